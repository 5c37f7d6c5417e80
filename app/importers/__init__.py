"""Importers: one module per format behind one registry.

``extract(name, data)`` turns the bytes of one file into articles. It raises
``ExtractionError`` with a reason a person understands when nothing can be made of it.
Nothing here imports Qt; the archive facade and the GUI call these functions.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.importers.base import Context
from app.importers.profiles import Profile, default_profiles, load_profiles
from app.importers.registry import SUPPORTED_SUFFIXES, detect, run
from app.model import Extracted, ExtractionError, ExtractionFailure

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Profile",
    "detect",
    "extract",
    "extract_clipboard",
    "load_profiles",
]


def extract(
    name: str,
    data: bytes,
    *,
    profiles: tuple[Profile, ...] | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[Extracted | ExtractionFailure]:
    """Articles in one file (many for a digest, mbox, zip, CSV or JSONL).

    Each article's ``original_part`` is its index inside the file, stable across runs.
    `mapping` names CSV/JSONL columns per field ({"title": "hl", "body": "story", …}).
    Raises ExtractionError when the whole file yields nothing.
    """
    ctx = Context(
        profiles=default_profiles() if profiles is None else tuple(profiles),
        mapping=dict(mapping or {}),
    )
    return run(name, data, ctx)


def extract_clipboard(
    text: str | None, html: str | None = None, *, profiles: tuple[Profile, ...] | None = None
) -> list[Extracted]:
    """Pasted text or HTML as articles (the GUI binds this to Ctrl+V); HTML preferred."""
    if html and html.strip():
        try:
            items = extract("clipboard.html", html.encode("utf-8"), profiles=profiles)
        except ExtractionError:
            if not (text and text.strip()):
                raise
        else:
            return [i for i in items if isinstance(i, Extracted)]
    if not (text and text.strip()):
        raise ExtractionError("the clipboard holds no text")
    items = extract("clipboard.txt", text.encode("utf-8"), profiles=profiles)
    return [i for i in items if isinstance(i, Extracted)]
