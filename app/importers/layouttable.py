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

from app.importers.boilerplate import is_teaser

_PROSE = 80  # characters: a paragraph, not a cell's caption
_HEADER_ROWS = 3  # a header bar: the logo's row, a menu's, a date's


def _rows(table: HtmlElement) -> list[HtmlElement]:
    """The table's own rows, in its row groups or straight under it."""
    groups = [g for g in table if g.tag in ("thead", "tbody", "tfoot")]
    return [r for part in (table, *groups) for r in part if r.tag == "tr"]


_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")


def _header_bar(cells: list[HtmlElement]) -> list[HtmlElement]:
    """The logo links of a header bar, or []: a row or three of short cells or menus, one
    of them the logo's picture linked to the home page, as old layouts open the page ("|
    logo | 30 ноября 2025 г. | Курсы валют: … |" over "| Главная | Новости | … |"),
    chrome that read as the first lines of the text."""
    if len(cells) < 2 or any(
        len(c.text_content().strip()) > _PROSE and not _menu(c) for c in cells
    ):
        return []
    return [
        a
        for c in cells
        for a in c.iter("a")
        if _HOME.match((a.get("href") or "x").strip()) and next(a.iter("img"), None) is not None
    ]


def _menu(cell: HtmlElement) -> bool:
    """A cell of links only, their separators aside ("Главная | Новости | Спорт")."""
    return sum(_solid(a.text_content()) for a in cell.iter("a")) >= 0.8 * _solid(
        cell.text_content()
    )


_UNSHOWN = ("script", "style", "noscript")


def _shows_text(cell: HtmlElement) -> bool:
    """Whether a reader sees words in the cell (a script's or a counter's code is none)."""
    if (cell.text or "").strip():
        return True
    for el in cell.iterdescendants():
        if (el.tail or "").strip():
            return True
        if isinstance(el.tag, str) and el.tag not in _UNSHOWN and (el.text or "").strip():
            return True
    return False


def _one_column(rows: list[HtmlElement]) -> bool:
    """Whether each row shows words in one cell at most: a box or a band of the page
    ("| © 2025 Example. Свидетельство о регистрации … | <counter> |"), where a table of
    data has columns."""
    return all(sum(_shows_text(c) for c in row if c.tag in ("td", "th")) <= 1 for row in rows)


def _page_column(cell: HtmlElement) -> bool:
    """A cell holding a headline, or two paragraphs of prose: in <p>s, or as the runs of
    text after <br>s that old table templates wrote their paragraphs as ("…<br><br>Im
    Bauausschuss hatte …")."""
    if next(cell.iter("h1"), None) is not None:
        return True
    long = 0
    for el in cell.iter("p", "br"):
        text = el.text_content() if el.tag == "p" else el.tail or ""
        long += len(text.strip()) >= _PROSE
        if long >= 2:
            return True
    return False


def _solid(text: str) -> int:
    return len("".join(text.split()))


_LABEL_TAGS = ("b", "strong", "span", "p", "div", "h2", "h3", "h4", "h5")


def _teaser_box(cell: HtmlElement) -> bool:
    """A box of "read also" links floated in the text: its label ("Auch interessant:")
    first, then links only. The extractor keeps the headlines and drops the label."""
    kids = [c for c in cell if isinstance(c.tag, str) and c.tag != "br"]
    if len(kids) < 2 or (cell.text or "").strip() or kids[0].tag not in _LABEL_TAGS:
        return False
    label = " ".join(kids[0].text_content().split())
    if not label or not is_teaser(label):
        return False
    rest = _solid(cell.text_content()) - _solid(label)
    return rest > 0 and sum(_solid(a.text_content()) for a in cell.iter("a")) >= rest


def unframe_layout_tables(tree: HtmlElement) -> None:
    """Turn the grid of each layout table (its own row groups, rows and cells, not the
    tables nested in them) into <div>s, in place."""
    for table in list(tree.iter("table")):
        rows = _rows(table)
        cells = [c for row in rows for c in row if c.tag in ("td", "th")]
        if len(rows) <= _HEADER_ROWS and (logos := _header_bar(cells)):
            for a in logos:  # the logo stays where it was, the page's name
                table.addprevious(a)
            table.drop_tree()  # the header bar: the logo, today's date, rates; no text
            continue
        if not cells or not (_one_column(rows) or any(_page_column(c) for c in cells)):
            continue
        groups = [g for g in table if g.tag in ("thead", "tbody", "tfoot")]
        for el in (table, *groups, *rows, *cells):
            el.tag = "div"
        if len(cells) == 1 and _teaser_box(cells[0]):
            for el in list(cells[0]):
                cells[0].remove(el)  # the tail below is the text the box interrupted
            cells[0].text = None
        if len(cells) == 1 and table.tail and table.tail.strip():
            # the text run after a box floated in the text: the extractor reads a table's
            # tail but drops a <div>'s, the paragraph the box interrupted
            run = table.makeelement("p", {})
            run.text, table.tail = table.tail, None
            table.addnext(run)
