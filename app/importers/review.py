"""An analyst's press review: several clippings in one document, each under its source line.

Analysts paste the day's clippings into one Word file or PDF, each under a line such as
"Quelle: Handelsblatt, 24.11.2025, S. 12" and often with a comment of their own under it.
Read as one article, the review took its cover title and ran every clipping together; read
clipping by clipping, each keeps its own outlet, day, headline and byline, and the
analyst's comment becomes the article's note instead of its text.
"""

from __future__ import annotations

import re

from app.importers.base import Context, Item, from_text
from app.importers.compose import Hints, is_prose
from app.importers.docfront import document_front, is_source_line
from app.model import ExtractionError, ExtractionFailure

# The analyst's own remark under a clipping: "Comment (analyst): …", "Kommentar: …",
# "Комментарий аналитика: …".
_COMMENT = re.compile(
    r"^(?:(?:analyst(?:'s)? )?comment|note|assessment|kommentar|anmerkung|bewertung|"
    r"комментарий|примечание|оценка)(?:\s+\w+)?(?:\s*\([^()]{1,30}\))?\s*:\s*\S",
    re.IGNORECASE,
)
_HEADLINE_SPAN = 3  # the headline stands within this many lines under the source line
_COVER_LINES = 6  # the review's title, date and distribution lines above its first clipping


def _headline_under(lines: list[str]) -> bool:
    """Whether a headline (a line that is no running text) follows the source line."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return bool(first) and not is_prose(first)


def clippings(text: str) -> list[str]:
    """The review's clippings, each from its source line up to the next; the cover lines
    above the first are the review's own. One clipping or none: the text as it is."""
    lines = text.split("\n")
    starts = [
        i
        for i, line in enumerate(lines)
        if is_source_line(line.strip()) and _headline_under(lines[i + 1 : i + 1 + _HEADLINE_SPAN])
    ]
    # a review opens with its first clipping under a few cover lines; source lines deep in
    # a text are its tables' ("Source: Eurostat, 24.11.2025")
    if len(starts) < 2 or sum(bool(line.strip()) for line in lines[: starts[0]]) > _COVER_LINES:
        return [text]
    ends = [*starts[1:], len(lines)]
    return ["\n".join(lines[start:end]) for start, end in zip(starts, ends, strict=True)]


def _without_comments(text: str) -> tuple[str, str]:
    """The clipping without the analyst's comment lines, and those comments."""
    kept, notes = [], []
    for line in text.split("\n"):
        (notes if _COMMENT.match(line.strip()) else kept).append(line)
    return "\n".join(kept), "\n".join(n.strip() for n in notes)


def document_items(text: str, ctx: Context, origin: str, hints: Hints | None = None) -> list[Item]:
    """The articles of a document's text: one, or one per clipping of a press review (a
    clipping that gives no article is reported, the others go on)."""
    parts = clippings(text)
    reference = hints.reference if hints else None
    items: list[Item] = []
    for n, part in enumerate(parts):
        notes = ""
        if any(is_source_line(line.strip()) for line in part.split("\n")[:3]):
            part, notes = _without_comments(part)
        # a print title names the review, not its clippings
        part_hints = hints if len(parts) == 1 else Hints(reference=reference)
        body, part_hints = document_front(part, part_hints)
        try:
            extracted = from_text(body, ctx, origin=origin, part=n, hints=part_hints)
        except ExtractionError as exc:
            if len(parts) == 1:
                raise
            items.append(ExtractionFailure(f"{origin} (clipping {n + 1})", str(exc)))
            continue
        extracted.article.notes = notes
        items.append(extracted)
    return items
