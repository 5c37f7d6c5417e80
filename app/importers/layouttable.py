"""Tables that lay a page out, not tables of data.

Old sites (and CMS templates from the XHTML years) put the news feed in one cell and the
article in the next. The extractor keeps tables, so such a grid came out as one "| feed |
headline | text |" row: the paragraphs glued, the feed and the headline in the body. A
cell holding the page's headline or paragraphs of prose is a column of the page; its
table becomes plain blocks before the text is read.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_PROSE = 80  # characters: a paragraph, not a cell's caption


def _rows(table: HtmlElement) -> list[HtmlElement]:
    """The table's own rows, in its row groups or straight under it."""
    groups = [g for g in table if g.tag in ("thead", "tbody", "tfoot")]
    return [r for part in (table, *groups) for r in part if r.tag == "tr"]


_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")


def _header_bar(cells: list[HtmlElement]) -> list[HtmlElement]:
    """The logo links of a header bar, or []: one row of short cells, one of them the
    logo's picture linked to the home page, as old layouts open the page ("| logo | 30
    ноября 2025 г. | Курсы валют: … |"), chrome that read as the first line of the text."""
    if len(cells) < 2 or any(len(c.text_content().strip()) > _PROSE for c in cells):
        return []
    return [
        a
        for c in cells
        for a in c.iter("a")
        if _HOME.match((a.get("href") or "x").strip()) and next(a.iter("img"), None) is not None
    ]


def _page_column(cell: HtmlElement) -> bool:
    """A cell holding a headline, or two paragraphs of prose."""
    if next(cell.iter("h1"), None) is not None:
        return True
    long = 0
    for p in cell.iter("p"):
        long += len(p.text_content()) >= _PROSE
        if long >= 2:
            return True
    return False


def unframe_layout_tables(tree: HtmlElement) -> None:
    """Turn the grid of each layout table (its own row groups, rows and cells, not the
    tables nested in them) into <div>s, in place."""
    for table in list(tree.iter("table")):
        rows = _rows(table)
        cells = [c for row in rows for c in row if c.tag in ("td", "th")]
        if len(rows) == 1 and (logos := _header_bar(cells)):
            for a in logos:  # the logo stays where it was, the page's name
                table.addprevious(a)
            table.drop_tree()  # the header bar: the logo, today's date, rates; no text
            continue
        if not any(_page_column(c) for c in cells):
            continue
        groups = [g for g in table if g.tag in ("thead", "tbody", "tfoot")]
        for el in (table, *groups, *rows, *cells):
            el.tag = "div"
