"""Shared plumbing for format modules: the per-call context and item helpers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from app.importers.compose import Hints, compose
from app.importers.profiles import Profile
from app.model import Article, Extracted, ExtractionError, ExtractionFailure

Item = Extracted | ExtractionFailure


@dataclass(frozen=True)
class Context:
    """What every extractor needs besides the bytes."""

    profiles: tuple[Profile, ...]
    depth: int = 0  # nesting of containers (a zip inside a zip …)
    mapping: Mapping[str, str] = field(default_factory=dict)  # CSV/JSONL: field → column
    #: a bulk file's reader calls it before each of its parts (parts read, parts, and what
    #: a part is: "row", "message", "zipped file"); it may raise ``Cancelled`` to stop the
    #: import between them
    on_record: Callable[..., None] | None = field(default=None, compare=False)


def tell_part(ctx: Context, done: int, total: int, unit: str) -> None:
    """A container's reader is at part ``done`` of ``total`` (may raise ``Cancelled``)."""
    if ctx.on_record is not None:
        ctx.on_record(done, total, unit)


def inside_part(ctx: Context, done: int, total: int, unit: str) -> Context:
    """The context a container's part (a zipped file, a mailbox's message) is read in: a
    CSV inside it reports the container's part, not its own rows (the bar would jump
    between two counts), and still stops between its rows on cancel."""

    def relay(*_: object) -> None:
        tell_part(ctx, done, total, unit)

    return replace(ctx, on_record=relay if ctx.on_record else None)


def finish(article: Article, origin: str, part: int, tags: list[str] | None = None) -> Extracted:
    """Stamp an article with where it came from; reject one with no text."""
    if not article.body.strip() and not article.title.strip():
        raise ExtractionError("no article text found")
    article.original_part = part
    merged = list(dict.fromkeys([*(tags or []), *article.tags]))
    article.tags = merged
    return Extracted(article=article, tags=merged, origin=origin)


def from_text(
    text: str, ctx: Context, origin: str, part: int = 0, hints: Hints | None = None
) -> Extracted:
    """Run the shared heuristics on one item's text."""
    article = compose(text, ctx.profiles, hints)
    if not article.body.strip():
        raise ExtractionError("no article text found (only navigation or boilerplate)")
    return finish(article, origin, part, hints.tags if hints else None)
