"""Author from a byline: "By Jane Doe", "Von Max Muster", "Autor: …", "Автор: …"."""

from __future__ import annotations

import re

_NAME = r"[A-ZÄÖÜА-ЯЁ][\w'’.\-]+(?:\s+(?:[A-ZÄÖÜА-ЯЁ][\w'’.\-]*|von|van|de|der|di|da|bin|al))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|und|и|&)\s*{_NAME})*"
_BYLINE = re.compile(
    rf"^(?:by|von|written by|text|текст|автор|авторы|autor|autorin|autoren|author|authors)"
    rf"\s*:?\s+(?P<name>{_NAMES})\s*(?:[,|/(–—-].{{0,60}})?$",
    re.IGNORECASE,
)
_REPORTING = re.compile(rf"^(?:additional )?reporting by (?P<name>{_NAMES})", re.IGNORECASE)


def author_of_line(line: str) -> str:
    """The author named by a byline, or ''."""
    line = line.strip()
    if len(line.split()) > 12:
        return ""
    m = _BYLINE.match(line)
    if m and m["name"].split()[0][:1].isupper():
        return m["name"].strip()
    return ""


def reporting_credit(line: str) -> str:
    """Reuters-style "Reporting by X; Editing by Y" at the foot of a story."""
    m = _REPORTING.match(line.strip())
    return m["name"].strip() if m else ""
