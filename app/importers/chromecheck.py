"""Sanity checks on values picked from a pasted page's chrome.

Why: a paste copies the whole page, and rules fitted to one layout read its chrome as
metadata (a list heading or a pager as the byline, a menu entry as the section). These
checks hold for any layout: they name what a value can never be, not where it stands.
"""

from __future__ import annotations

import re

from app.importers.sections import (
    _ALL_NEWS,
    _ARROW,
    _HOME,
    _SPACED_ARROW,
    _cased,
    _deeper,
    in_menu_row,
)

# A pager's links: "Предыдущая Следующая", "« Vorheriger Artikel | Nächster Artikel »".
_PAGER = (
    "previous next older newer prev back vorheriger vorherige nächster nächste zurück weiter "
    "vor предыдущая следующая предыдущий следующий назад далее вперёд вперед précédent "
    "suivant article artikel story статья новость beitrag post « » ‹ › | < >"
)
_PAGER_WORDS = frozenset(_PAGER.split())
# A list's heading: "Letzte Einsatzberichte", "Latest news", "Другие новости".
_LIST_HEAD = re.compile(
    r"^(?:letzte|neueste|aktuelle|weitere|ältere|andere|latest|recent|more|other|related|"
    r"последние|другие|свежие|похожие|читайте)\s",
    re.IGNORECASE,
)
# An issuing office or unit: "Polizeidirektion Leipzig", "Bundespolizeiinspektion X",
# "Polizeipräsidium X", "Police Department", "Управление МВД": a body, not a person.
_OFFICE = re.compile(
    r"(?:\w*(?:direktion|inspektion|präsidium|revier|behörde|kommando|verwaltung|dienststelle|"
    r"feuerwehr|polizei|ministerium|pressestelle)\b)|\b(?:department|directorate|prefecture|"
    r"headquarters|constabulary|управление|отдел|департамент|министерство|пресс-служба|"
    r"гувд|мвд|мчс)\b",
    re.IGNORECASE,
)


def is_chrome_author(name: str) -> bool:
    """Whether a picked byline is page chrome: a pager, a list heading or an office."""
    words = name.lower().split()
    if words and all(w in _PAGER_WORDS for w in words):
        return True
    return bool(_LIST_HEAD.match(name.strip()) or _OFFICE.search(name))


def page_trail(lines: list[str], title_idx: int, span: int = 12) -> str:
    """The deepest crumb of a breadcrumb set with arrows in the header over the headline
    ("Startseite > Presse > Sachsen", "Site > Office > Medieninformationen", "News › Sport")
    when the trail is anchored in the page's own chrome: its first crumb is the home link,
    the all-news page, the site's name (the paste's first line) or a menu entry printed
    above it. That is the article's section, never a kicker or a menu entry."""
    site = next((ln.strip().lower() for ln in lines if ln.strip()), "")
    for i in range(title_idx - 1, max(-1, title_idx - span - 1), -1):
        line = lines[i].strip()
        if not _SPACED_ARROW.search(line):
            continue
        parts = [p.strip() for p in _ARROW.split(line) if p.strip()]
        if not 2 <= len(parts) <= 6 or not all(_deeper(p) or p.lower() in _HOME for p in parts[1:]):
            continue
        first = parts[0]
        anchored = (
            first.lower() in _HOME | _ALL_NEWS
            or first.lower() == site
            or any(lines[j].strip() == first or in_menu_row(first, lines[j]) for j in range(i))
        )
        if not anchored:
            continue
        last = parts[-1]
        return "" if last.lower() in _HOME | _ALL_NEWS else _cased(last)
    return ""
