"""Importers: one module per format behind one registry.

``extract(name, data)`` turns the bytes of one file into articles. It raises
``ExtractionError`` with a reason a person understands when nothing can be made of it.
Nothing here imports Qt; the archive facade and the GUI call these functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

from app.importers.profiles import Profile, default_profiles, load_profiles
from app.model import Extracted, ExtractionError, ExtractionFailure

if TYPE_CHECKING:
    from app.importers.fragment import complete_from_fragment
    from app.importers.registry import SUPPORTED_SUFFIXES, detect

#: names served from the format modules when first asked for: loading the extractors costs
#: about 0.8 s of CPU that a search, which only needs the profiles' names, never pays
_LAZY = {
    "SUPPORTED_SUFFIXES": "app.importers.registry",
    "detect": "app.importers.registry",
    "complete_from_fragment": "app.importers.fragment",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SUPPORTED_SUFFIXES",
    "Profile",
    "clipboard_flavours",
    "complete_from_fragment",
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
    on_record: Callable[[int, int], None] | None = None,
) -> list[Extracted | ExtractionFailure]:
    """Articles in one file (many for a digest, mbox, zip, CSV or JSONL).

    Each article's ``original_part`` is its index inside the file, stable across runs.
    `mapping` names CSV/JSONL columns per field ({"title": "hl", "body": "story", …}).
    Raises ExtractionError when the whole file yields nothing. ``on_record(read, rows)``
    hears a bulk file's rows as they are read (and may raise ``Cancelled``).
    """
    from app.importers.base import Context
    from app.importers.registry import run

    ctx = Context(
        profiles=default_profiles() if profiles is None else tuple(profiles),
        mapping=dict(mapping or {}),
        on_record=on_record,
    )
    return run(name, data, ctx)


def clipboard_flavours(text: str | None, html: str | None) -> list[tuple[str, bytes]]:
    """The flavours of a paste to read, best first, each as a file name and its bytes
    (the one an article comes from is kept as the original).

    A browser puts a selection on the clipboard twice: as text and as an HTML fragment
    without the page's head (no title, no metadata), where the page reader finds less
    than the text importer does (blind batch 25: 76% of fields right against 86%, and
    22 chrome lines left against none). So the text comes first, and the HTML first only
    when it is a whole page with its metadata."""
    found = []
    if text and text.strip():
        found.append(("clipboard.txt", text.encode("utf-8")))
    if html and html.strip():
        page = ("clipboard.html", html.encode("utf-8"))
        found.insert(0 if _PAGE_METADATA.search(html) else len(found), page)
    return found


def extract_clipboard(
    text: str | None, html: str | None = None, *, profiles: tuple[Profile, ...] | None = None
) -> list[Extracted]:
    """Pasted text or HTML as articles (the GUI binds this to Ctrl+V): the first of
    ``clipboard_flavours`` that gives one, the text's article completed from the HTML
    fragment (``complete_from_fragment``)."""
    flavours = clipboard_flavours(text, html)
    if not flavours:
        raise ExtractionError("the clipboard holds no text")
    known = default_profiles() if profiles is None else tuple(profiles)
    *before, (last_name, last_data) = flavours
    for name, data in before:
        try:
            return _articles(_completed(name, extract(name, data, profiles=known), html, known))
        except ExtractionError:
            continue  # the next flavour
    items = extract(last_name, last_data, profiles=known)
    return _articles(_completed(last_name, items, html, known))


def _completed(name: str, items: list, html: str | None, profiles: tuple[Profile, ...]) -> list:
    """The text flavour's articles with what only the HTML fragment shows."""
    if name != "clipboard.txt":
        return items
    from app.importers.fragment import complete_from_fragment

    return complete_from_fragment(items, html, profiles)


def _articles(items: list) -> list[Extracted]:
    return [i for i in items if isinstance(i, Extracted)]


#: what a whole page's head holds and a copied selection never does
_PAGE_METADATA = re.compile(
    r"<title[^>]*>\s*[^<\s]|<meta\s[^>]*(?:property|name)\s*=\s*[\"']?(?:og:|article:|description)"
    r"|application/ld\+json",
    re.IGNORECASE,
)
