"""Tables that lay a page out, not tables of data.

Old sites (and CMS templates from the XHTML years) put the news feed in one cell and the
article in the next. The extractor keeps tables, so such a grid came out as one "| feed |
headline | text |" row: the paragraphs glued, the feed and the headline in the body. A
cell holding the page's headline or paragraphs of prose is a column of the page; its
table becomes plain blocks before the text is read.
"""

from __future__ import annotations

from lxml.html import HtmlElement

_PROSE = 80  # characters: a paragraph, not a cell's caption


def _rows(table: HtmlElement) -> list[HtmlElement]:
    """The table's own rows, in its row groups or straight under it."""
    groups = [g for g in table if g.tag in ("thead", "tbody", "tfoot")]
    return [r for part in (table, *groups) for r in part if r.tag == "tr"]


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
        if not any(_page_column(c) for c in cells):
            continue
        groups = [g for g in table if g.tag in ("thead", "tbody", "tfoot")]
        for el in (table, *groups, *rows, *cells):
            el.tag = "div"
