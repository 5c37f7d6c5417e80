"""A review's credit that names the outlet and the page but no day.

A daily media summary prints each clipping's outlet and page under its headline ('The
Herald, page 6 (News)', 'Daily Record, page 2', 'Example Zeitung, S. 4 (Politik)'): the day
is the summary's own, on its cover. With no day the line passed for no credit, and the
summary was read as one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# 'Outlet, page 6 (Desk)', 'Outlet, p. 12', 'Outlet, S. 4 (Politik)', 'Outlet, с. 3 (Город)'
_PAGE_CREDIT = re.compile(
    r"^(?P<outlet>[^\W\d_][^,:;()|·•\d]{1,50}?)\s*,\s*"
    r"(?:page|p\.|pp\.|seite|s\.|стр\.|с\.)\s*[A-Z]?\d{1,3}[a-z]?"
    r"(?:\s*\((?P<desk>[^\W\d_][^()\d]{1,30})\))?$",
    re.IGNORECASE,
)
_OUTLET_WORDS = 5  # an outlet's name is a few words, no sentence


@dataclass(frozen=True)
class PageCredit:
    """The outlet and the desk (maybe '') a dateless credit names."""

    outlet: str
    desk: str


def page_credit(line: str) -> PageCredit | None:
    """'The Herald, page 6 (News)' as outlet and desk, else None: a page tells the line
    from a headline or a byline, the outlet of a few words from a sentence."""
    m = _PAGE_CREDIT.match(line.strip())
    if m is None or len(line) > 90:
        return None
    outlet = m["outlet"].strip()
    if not 0 < len(outlet.split()) <= _OUTLET_WORDS:
        return None
    return PageCredit(outlet, (m["desk"] or "").strip())
