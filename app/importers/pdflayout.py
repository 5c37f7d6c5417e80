"""Paragraphs from a PDF's text layer by the geometry of its lines.

A PDF breaks every printed line; a plain text dump makes each one a paragraph (and a
justified Cyrillic column defeats the character-count unwrap). Here lines of one block
are joined unless a vertical gap, a change of type size, an indent or a line that stops
short of the column's right edge ends the paragraph; a hyphen at a line end joins the
word halves. Running heads and feet (print date and page title, URL and "1/2",
"Page 1 of 2", "Стр. 1 из 2") go: on every page where they repeat, and the page-number
kind even on a single page. So do footnotes at a page's foot (small type under the text,
opening with their mark) and a later page's running head that repeats the title.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.importers.boilerplate import is_boilerplate
from app.importers.dates import year_dates
from app.importers.sitename import unshouted

_TERMINAL = tuple('.!?:;…"»“”)')
_PAGE_NO = re.compile(
    r"^(?:(?:page|seite|pag\.?|página|pagina|стр\.?|страница|с\.)\s*\d+"
    r"(?:\s*(?:of|von|из|de|di|/)\s*\d+)?|\d+\s*/\s*\d+|[-–]\s*\d+\s*[-–])$",
    re.IGNORECASE,
)
_PRINT_STAMP = re.compile(  # a browser's print header: "20/11/2025, 08:14", "11/20/25, 8:14 AM"
    r"^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?$", re.IGNORECASE
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_DIGITS = re.compile(r"\d+")
_FIELD = re.compile(r"^[A-ZÄÖÜА-ЯЁ][\w .\-/]{0,24}:(?:\s|$)")  # "Источник: ...", "Source: ..."
# A contact line's label: a word of its own ('Tel.', 'Тел.:', 'E-Mail'), not the start of
# a word that runs on ('Телецентра', 'Telekom', 'Webster').
# An analyst's flag opening a line ('▶ Quoted: …'): an entry of its own, never a run-on.
_FLAG = re.compile(r"^[▶►▸▷➤➜]\s")
_CONTACT = re.compile(
    r"^(?:(?:tel|тел|telefon|телефон|telephone|phone|fax|telefax|факс|mobile?|mob|моб|handy|"
    r"e-?mail|web|webseite|website)(?!\w)|эл\.|www\.|https?://)",
    re.IGNORECASE,
)
# An address row of parts between middle dots ending in the web or e-mail address
# ('Example Chamber · 3rd Floor, Main Street, Dublin 2 · www.example.ie'): a footer's line
# of its own, whatever stands under it.
_ADDRESS_ROW = re.compile(r"\s[·•|]\s.*\s[·•|]\s(?:www\.|https?://|[\w.+-]+@)[^\s·•|]+$")
_CONJUNCTION = re.compile(r"^(?:und|oder|bzw|sowie|and|or|и|или|а|et|ou|y|o)\b")
# A footnote opens with its mark: "¹ See …", "12 Ibid.", "* Figures for 2024."
_NOTE_MARK = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s?|\d{1,2}\s|\*\s?)\S")


# A typesetter's ligature glyphs as the letters they join ("Wasserstoﬀ" is "Wasserstoff"):
# the text layer keeps the glyph, and the word would match no search for it.
LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "st", "\ufb06": "st"}
)  # fmt: skip


@dataclass
class Line:
    """One printed line (or one cell of a row split by a wide horizontal gap)."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    row: int  # cells of one printed row share it


def page_lines(page: Any) -> list[Line] | None:
    """The page's lines in content order, or None when pypdf's layout data fails."""
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ContentStream

        contents = page.get_contents()
        if contents is None:
            return []
        fonts = page._layout_mode_fonts()
        ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
        groups = _layout_mode.text_show_operations(ops, fonts, True, None)
    except Exception:  # a private pypdf API: any failure falls back to plain text
        return None
    lines: list[Line] = []
    seams: dict[int, list[tuple[int, float]]] = {}  # glued runs set apart wider than a space
    row = -1
    for g in _cells(groups):
        text = " ".join(g["text"].split()).translate(LIGATURES)
        if not text:
            continue
        size = float(g["font_height"] or g["font_size"] or 10.0)
        x0, x1, y = float(g["tx"]), float(g["displaced_tx"]), float(g["ty"])
        last = lines[-1] if lines else None
        if last and abs(last.y - y) <= 0.4 * max(size, last.size) and g.get("cell"):
            if x0 < last.x1:  # a run spaced apart but placed from the line's start
                x0, x1 = last.x1 + size, last.x1 + size + x1 - x0
        elif last and abs(last.y - y) <= 0.4 * max(size, last.size):
            gap = x0 - last.x1
            if -size <= gap <= 2 * size:  # same cell: glue, with a space where one shows
                sep = " " if gap > 0.15 * size and not last.text.endswith(" ") else ""
                if gap > 0.5 * size:
                    seams.setdefault(id(last), []).append((len(last.text) + len(sep), x0))
                last.text += sep + text
                last.x1 = max(last.x1, x1)
                continue
            if (
                last.x0 - 0.5 * size <= x0 < last.x1 - 2 * size
                and last.size == size
                and (text[0] in "–—-" or text[0].islower() or abs(x0 - last.x0) < 0.5)
            ):
                # a run set back over the run before it that goes on with its sentence
                # ('Place, date' in bold, then '– The company …'), or one placed where
                # the line starts (a bold run-in 'FULDA.', then ' Die Stadtwerke …' in
                # the same line whose start the reader did not move on): printed text
                # never overlaps, so it goes on the same line after it
                last.text += " " + text
                last.x1 += x1 - x0
                continue
        else:
            row += 1
        lines.append(Line(text, x0, x1, y, size, row))
    return _downward(_split_at_columns(lines, seams))


_COLUMN_STARTS = 3  # cells starting at one x that make it a column's left edge


def _split_at_columns(lines: list[Line], seams: dict[int, list[tuple[int, float]]]) -> list[Line]:
    """The lines with a run glued across a narrow gutter cut where the next column starts.
    Why: an e-paper page sets its columns a word's width or two apart; the runs of one row
    read as one line ran the columns' sentences into each other. A column's start is an x
    where cells of other rows start too (a word space is never one)."""
    if not seams:
        return lines
    starts: dict[int, int] = {}
    for a, b in itertools.pairwise(lines):
        if a.row == b.row:
            starts[round(b.x0)] = starts.get(round(b.x0), 0) + 1
    for ln in lines:
        for _, x in seams.get(id(ln), []):
            starts[round(x)] = starts.get(round(x), 0) + 1

    def column_start(x: float) -> bool:
        near = sum(n for at, n in starts.items() if abs(at - x) <= 1)
        return near >= _COLUMN_STARTS

    out: list[Line] = []
    for ln in lines:
        cuts = [(at, x) for at, x in seams.get(id(ln), []) if column_start(x)]
        if not cuts:
            out.append(ln)
            continue
        bounds = [(0, ln.x0), *cuts]
        for k, (at, x) in enumerate(bounds):
            end = bounds[k + 1][0] if k + 1 < len(bounds) else len(ln.text)
            right = bounds[k + 1][1] - ln.size if k + 1 < len(bounds) else ln.x1
            text = ln.text[at:end].strip()
            if text:
                out.append(Line(text, x, max(x, right), ln.y, ln.size, ln.row))
    return out


def _downward(lines: list[Line]) -> list[Line]:
    """The lines with their height counted up the page, as PDF's own space counts it. Why:
    some writers (a GUI toolkit's print-to-PDF) flip the page so that text space counts
    down from the top; read as it is, every line would stand above the one before it, and
    no line would run on into a paragraph."""
    steps = [a.y - b.y for a, b in itertools.pairwise(lines) if a.row != b.row]
    up = sum(step < 0 for step in steps)
    if up < 2 or up <= len(steps) - up:
        return lines
    for ln in lines:
        ln.y = -ln.y
    return lines


# a justified line drawn with wide spaces between all its words: one cell, not many
_JUSTIFIED = re.compile(r"^\s*\S+(?:\s{3,}\S+)+\s*$")


def _cells(groups: Any) -> Any:
    """Each text run, split where it spaces its parts wide apart: a generator that draws a
    menu row ('Brand   News   Sport') as one string sets cells apart by spaces, not by
    position; each part is placed at its share of the run's width. A justified line (wide
    spaces between all its words) or two parts ('Date     A5') stay whole."""
    for g in groups:
        text = g["text"]
        if "   " not in text.strip() or _JUSTIFIED.search(text):
            yield g
            continue
        parts = list(re.finditer(r"\S+(?:\s{1,2}\S+)*", text))
        if len(parts) < 3 or any(len(p.group().split()) > 4 for p in parts):
            yield g  # a menu's entries are several and short
            continue
        x0, x1, width = float(g["tx"]), float(g["displaced_tx"]), max(len(text), 1)
        for k, part in enumerate(parts):
            yield {
                **g,
                "text": part.group(),
                "tx": x0 + (x1 - x0) * part.start() / width,
                "displaced_tx": x0 + (x1 - x0) * part.end() / width,
                "cell": k > 0,
            }


def _rows(lines: list[Line]) -> list[list[Line]]:
    rows: dict[int, list[Line]] = {}
    for ln in lines:
        rows.setdefault(ln.row, []).append(ln)
    return sorted(rows.values(), key=lambda cells: -cells[0].y)


def _key(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _placed(cells: list[Line]) -> tuple[str, int, int]:
    """A row's text and where it stands on the page."""
    return _key(" ".join(c.text for c in cells)), round(cells[0].y), round(cells[0].x0)


def _page_number(text: str) -> bool:
    """'Seite 2 von 3', '2/3', '- 2 -' (not '2024/25': a page is not past the count)."""
    if not _PAGE_NO.match(text):
        return False
    nums = [int(n) for n in _DIGITS.findall(text)]
    return len(nums) == 1 or 0 < nums[0] <= nums[1] < 1000


def _is_page_furniture(cells: list[Line], top: bool) -> bool:
    texts = [c.text for c in cells]
    if any(_page_number(t) for t in texts) and all(
        _page_number(t) or _URL.match(t) or t.startswith("©") or len(t) < 60 for t in texts
    ):
        return True
    return top and bool(
        _PRINT_STAMP.match(texts[0]) or (len(texts) == 1 and _STAMPED.match(texts[0]))
    )


def _size(size: float) -> float:
    """A type size as a key: 9.5 and 10.5 point stay apart (round() would make both 10)."""
    return round(size, 1)


def _body_size(lines: list[Line]) -> float:
    """The type size that carries most of the page's text."""
    weight: dict[float, int] = {}
    for ln in lines:
        weight[_size(ln.size)] = weight.get(_size(ln.size), 0) + len(ln.text)
    return max(weight, key=lambda k: weight[k]) if weight else 0.0


def _footnotes(lines: list[Line]) -> set[int]:
    """The rows of the footnotes at the page's foot: in smaller type than the text, under
    all of it, from the first line that opens with a note mark down."""
    body = _body_size(lines)
    lowest = min((ln.y for ln in lines if abs(ln.size - body) < 0.3), default=0.0)
    notes: set[int] = set()
    for ln in sorted(lines, key=lambda ln: -ln.y):
        if ln.y >= lowest or ln.size > body - 0.9:
            continue
        if notes or _NOTE_MARK.match(ln.text):
            notes.add(ln.row)
    return notes


def _title_words(lines: list[Line]) -> list[str]:
    """The words of the first page's largest type (its headline)."""
    top = max((ln.size for ln in lines), default=0.0)
    return " ".join(ln.text for ln in lines if abs(ln.size - top) < 0.3).split()


def _running_title(cells: list[Line], title: list[str], body: float) -> bool:
    """A later page's head in small type that repeats the headline (or its first words):
    'Policy Brief 3/25 · Making the grids deliver', 'Doe, Roe: Headline'."""
    text = " ".join(c.text for c in cells)
    opening = " ".join(title[:4])
    return len(title) >= 3 and cells[0].size < body - 0.9 and opening in text


def strip_running_lines(pages: list[list[Line]], band: int = 2) -> list[list[Line]]:
    """Without the rows at a page's top or foot that repeat on another page or number it,
    the footnotes at its foot and a running head repeating the headline."""
    heads: list[list[list[Line]]] = []
    feet: list[list[list[Line]]] = []
    below: list[list[list[Line]]] = []  # the two rows under the head band
    for lines in pages:
        rows = _rows(lines)
        heads.append(rows[:band])
        feet.append(rows[-band:] if len(rows) > band else [])
        below.append(rows[band : band + 2])
    seen: dict[str, set[int]] = {}
    for n, edge in enumerate(heads + feet):
        for cells in edge:
            seen.setdefault(_key(" ".join(c.text for c in cells)), set()).add(n % len(pages))
    # a logo's further line under the band, at the same place on every page ('Network' /
    # 'Rail' with the press office's label between): running too
    placed: dict[tuple[str, int, int], set[int]] = {}
    for n, edge in enumerate(below):
        for cells in edge:
            placed.setdefault(_placed(cells), set()).add(n)
    title = _title_words(pages[0]) if pages else []
    out: list[list[Line]] = []
    for n, lines in enumerate(pages):
        drop = _footnotes(lines)
        body = _body_size(lines)
        for top, edge in ((True, heads[n]), (False, feet[n])):
            for cells in edge:
                repeated = len(seen[_key(" ".join(c.text for c in cells))]) > 1
                running = top and n > 0 and _running_title(cells, title, body)
                if repeated or running or _is_page_furniture(cells, top):
                    drop.add(cells[0].row)
        for cells in below[n]:
            if len(placed[_placed(cells)]) == len(pages) > 1:
                drop.add(cells[0].row)
        out.append([ln for ln in lines if ln.row not in drop])
    return out


def head_row(page: list[Line]) -> list[Line]:
    """The cells of the page's top row, left to right (a running head set in two cells)."""
    rows = _rows(page)
    return rows[0] if rows else []


def lost_folio(page: list[Line], kept: list[Line]) -> tuple[str, datetime | None]:
    """A newspaper page's folio that went as page furniture ('Tuesday, November 25, 2025'
    beside 'Page 5') dates the page, and the one masthead line over it names the paper:
    (masthead or '', day), or ('', None) when the page lost no dated folio."""
    rows = _rows(page)[:3]
    for cells in _rows(page)[-2:]:
        if len(cells) == 1 and cells[0] not in kept and (found := _one_line_folio(cells[0].text)):
            return found
    for n, cells in enumerate(rows):
        if any(c in kept for c in cells) or not any(_page_number(c.text) for c in cells):
            continue
        hits = [h for c in cells for h in year_dates(c.text)]
        if not hits:
            if name := _masthead_beside_page(cells, page):
                # 'Example Courier' in big type beside 'Seite 5', the day in a row of its own
                days = [h for row in rows for c in row for h in year_dates(c.text)]
                return name, days[0].value if days else None
            continue
        above = [c.text for row in rows[:n] for c in row]
        plain = len(above) == 1 and not _DIGITS.search(above[0]) and len(above[0].split()) <= 5
        return (above[0] if plain else ""), hits[0].value
    return "", None


_FOOT_PARTS = re.compile(r"\s+[·|•]\s+")


def _masthead_beside_page(cells: list[Line], page: list[Line]) -> str:
    """A newspaper's name set in big type in the folio's row beside its page number
    ('Example Courier' … 'Seite 5'): the one other cell, twice the text's size at least,
    a few words without figures; else ''. A running title in the folio is set small."""
    names = [c for c in cells if not _page_number(c.text)]
    if len(names) != 1:
        return ""
    name = names[0].text.strip()
    body = _body_size(page)
    if not body or names[0].size < 2 * body or _DIGITS.search(name):
        return ""
    return name if 0 < len(name.split()) <= 4 and name[:1].isupper() else ""


# A journal's volume or issue in its folio, after the title: "Vol 648", "No. 12", "Heft 3".
_VOLUME = re.compile(r"^(?:vol(?:ume)?|no|nr|issue|heft|jg|jahrgang)\.?\s?\d{1,5}$", re.I)


def foot_folio(page: list[Line]) -> list[Line]:
    """The one-line folio at the page's foot ('Title | Vol 6 | date | page') that a page
    alone keeps (no other page repeats it): page furniture, never the text's last line."""
    return [
        cells[0] for cells in _rows(page)[-2:] if len(cells) == 1 and _one_line_folio(cells[0].text)
    ]


def _one_line_folio(text: str) -> tuple[str, datetime | None] | None:
    """A magazine's folio in one line at the page's foot: day, title and page number
    between bars ('29 November 2025 | The Example | 13', '13 | The Example | 29 November
    2025'): (title, day), or None for any other line."""
    parts = _FOOT_PARTS.split(text.strip())
    if len(parts) == 4 and _VOLUME.match(parts[1]):
        # a journal's 'Title | Vol 648 | 27 November 2025 | 783': the title, then the day
        parts = [parts[2], parts[0], parts[3]]
    if len(parts) != 3 or not any(p.isdigit() and 0 < int(p) < 1000 for p in parts[::2]):
        return None
    hits = [h for p in parts[::2] for h in year_dates(p)]
    name = parts[1]
    if not hits or _DIGITS.search(name) or not 0 < len(name.split()) <= 5 or not name[:1].isupper():
        return None
    return name, hits[0].value


_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?$", re.I)


def _lost(pages: list[list[Line]], kept: list[list[Line]]) -> set[int]:
    """The ids of the lines the pages lost as running lines or furniture."""
    return {id(ln) for page in pages for ln in page} - {id(ln) for left in kept for ln in left}


def lost_footer_name(pages: list[list[Line]], kept: list[list[Line]]) -> str:
    """The publisher's full name in a page footer that went as furniture ('European
    Example Institute · example.org · © EEI 2025'): the footer with a copyright notice
    names the publisher in its part without the mark, figures or a domain, else ''."""
    gone = _lost(pages, kept)
    for page in pages:
        for row in _rows(page)[-2:]:
            for line in (c for c in row if id(c) in gone and "©" in c.text):
                parts = _FOOT_PARTS.split(line.text.strip())
                names = [
                    p
                    for p in parts
                    if "©" not in p
                    and not _DIGITS.search(p)
                    and not _DOMAIN.match(p)
                    and 1 < len(p.split()) <= 7
                    and p[:1].isupper()
                ]
                if len(parts) > 1 and names:
                    return names[0]
    return ""


def lost_letterhead(pages: list[list[Line]], kept: list[list[Line]]) -> str:
    """The issuer's name a letterhead repeats at the top of every page when the footer's
    address row opens with it too ('Example Water' over the pages, 'Example Water · Main
    Street 1 · 10115 Berlin' under them): both went as running lines, the name is the
    source. '' otherwise (a report's running title has no address row under it)."""
    if len(pages) < 2 or not pages[0]:
        return ""
    gone = _lost(pages, kept)
    if logo := _big_logo(pages[0], gone):
        return logo
    if short := _bracketed_short_name(pages[0], gone):
        return short
    head = _rows(pages[0])[0]
    name = head[0].text.strip() if len(head) == 1 and id(head[0]) in gone else ""
    name = _stacked_logo(pages[0], gone) or name
    if not name or _DIGITS.search(name) or not 1 < len(name.split()) <= 6:
        return ""
    for row in _rows(pages[0])[-2:]:
        for line in (c for c in row if id(c) in gone):
            parts = _FOOT_PARTS.split(line.text.strip())
            if len(parts) > 1 and parts[0] == name and _DIGITS.search(line.text):
                return name
            if line.text.startswith(name + " ") and _REGISTERED.search(line.text):
                return name  # 'Name Infrastructure Limited. Registered office: …'
    return ""


_REGISTERED = re.compile(r"\bregistered (?:office|in|number|no)\b|\bcompany (?:no|number)\b", re.I)


_LOGO_NAME = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß&.'-]*(?: [A-Za-zÄÖÜäöüß&.'-]+){0,2}$")


def _big_logo(page: list[Line], gone: set[int]) -> str:
    """A logo's name set at least twice the body's type size at the top of every page
    ('EXAMPLE' in 30 points beside the address block over 11-point text), gone as a running
    line: the issuer's name as it writes it in Latin letters, or ''. A running title is set
    no bigger than the text, a headline is no running line."""
    body = _body_size(page)
    for row in _rows(page)[:4]:
        for cell in row:
            name = cell.text.strip()
            if id(cell) in gone and body and cell.size >= 2 * body and _LOGO_NAME.match(name):
                return name
    return ""


_BRACKETED_NAME = re.compile(r"^\((?P<name>[^\W\d_][^()\d]{1,40})\)$")


def _bracketed_short_name(page: list[Line], gone: set[int]) -> str:
    """The issuer's short name in brackets under its full name in capitals at the top of
    every page ('МИНИСТЕРСТВО …' / '… ФЕДЕРАЦИИ' / '(Минсельхоз России)'), gone as running
    lines: the name it goes by, or ''."""
    rows = [row for row in _rows(page)[:5] if len(row) == 1]
    for above, row in itertools.pairwise(rows):
        if id(row[0]) not in gone or id(above[0]) not in gone:
            continue
        m = _BRACKETED_NAME.match(row[0].text.strip())
        if m and above[0].text.isupper() and 1 <= len(m["name"].split()) <= 4:
            return m["name"].strip()
    return ""


def _stacked_logo(page: list[Line], gone: set[int]) -> str:
    """A logo of one-word lines stacked at the page's top left ('Network' over 'Rail',
    a press office's label set beside them at the right), gone as running lines: its
    words in one name, or ''."""
    width = max((ln.x1 for ln in page), default=0.0)
    top = [c for row in _rows(page)[:4] for c in row if id(c) in gone]
    words = [c for c in top if c.x1 < width / 2]
    if len(words) < 2 or any(" " in c.text.strip() for c in words):
        return ""
    return " ".join(c.text.strip() for c in words)


def _folio_at_foot(page: list[Line]) -> bool:
    return any(len(cells) == 1 and _one_line_folio(cells[0].text) for cells in _rows(page)[-2:])


def folio_desk(page: list[Line]) -> str:
    """A magazine page's running head: the one short label on its top row over the
    headline ('News', 'Features') when the page's foot carries the one-line folio
    ('29 November 2025 | The Example | 13'); the desk the page belongs to, else ''."""
    rows = _rows(page)
    if len(rows) < 3 or len(rows[0]) != 1 or not _folio_at_foot(page):
        return ""
    head = rows[0][0]
    top = max(ln.size for ln in page)
    words = head.text.split()
    shaped = 1 <= len(words) <= 3 and head.text[:1].isupper() and not _DIGITS.search(head.text)
    return head.text.strip() if shaped and head.size < top - 0.3 else ""


_NAMED_DAY = re.compile(r"(?:\s+[^\W\d_]{2,11},)?\s*$")  # 'Samstag,' before the day


def head_desk(page: list[Line]) -> str:
    """A newspaper page's running head in two cells, the page's rubric on one side and the
    paper with its day on the other ('Stadt & Land' … 'Example Zeitung | Samstag, 6. Dezember
    2025'): the rubric, the desk the page belongs to, else ''. Why: read as the text's first
    line it was lost, and the place kicker over the headline stood in as the section."""
    rows = _rows(page)
    # the page's number at the edge ('13' / 'REGION HALL' … 'PAPER Samstag, 29. November
    # 2025') is no part of the head's two cells
    cells = [c for c in rows[0] if not c.text.strip().isdigit()] if rows else []
    if len(rows) < 3 or len(cells) != 2:
        return ""
    dated = [c for c in cells if year_dates(c.text)]
    if len(dated) != 1:
        return ""
    text = dated[0].text.strip()
    parts = _FOOT_PARTS.split(text)
    if len(parts) == 1 and len(cells) < len(rows[0]):
        # the paper's name in capitals run into its day: the words before the day
        parts = [_NAMED_DAY.sub("", text[: year_dates(text)[0].start]), text]
    if len(parts) != 2 or not parts[0]:
        return ""  # a whole folio ('Paper · Desk · day · Seite 5'): its own parts say the desk
    name = parts[0]
    label = next(c for c in cells if c is not dated[0]).text.strip()
    if label.isupper() and name.isupper():
        label = unshouted(label)  # the folio set in capitals: the rubric in its case
    words = label.split()
    if _DIGITS.search(name) or not 0 < len(name.split()) <= 5:
        return ""
    plain = 1 <= len(words) <= 4 and label[:1].isupper() and not _DIGITS.search(label)
    # a handling mark in the rubric's place ('Для служебного пользования'): no desk
    plain = plain and not is_boilerplate(label)
    return label if plain and not re.search(r"[|·•:@]|www\.", label) and label != name else ""


_APART = 4.0  # a gap of this many body lines sets a block apart from the text


def boxes_under_text(page: list[Line]) -> set[int]:
    """The rows under a magazine page's text (the page has the one-line folio at its
    foot) that stand apart from it by a wide gap with no line in the text's type: a
    picture's caption, an 'In brief' box of other items. Why: the page prints them
    beside the article, not in it."""
    body = _body_size(page)
    texts = [ln for ln in page if _size(ln.size) == body]
    if not texts or not _folio_at_foot(page):
        return set()
    last = min(ln.y for ln in texts)
    under = [ln for ln in page if ln.y < last and not _one_line_folio(ln.text)]
    if not under or max(ln.y for ln in under) > last - _APART * body * 1.2:
        return set()
    return {ln.row for ln in under}


# An advertisement's mark, alone in small type at its box's corner.
_AD_MARK = re.compile(r"^(?:anzeige|werbung|advertisement|реклама)$", re.I)
_AD_LINE_GAP = 2.5  # body lines: the gap between lines of one box at most
_AD_BOX_LINES = 4  # an ad's slogan, offer and address: a few lines, never a column


def marked_ad_box(page: list[Line]) -> set[int]:
    """The rows of an advertisement box under the text whose mark ('ANZEIGE') stands in
    small type at its foot: the mark and the lines over it up to the wide gap that sets
    the box apart from the text. Why: an e-paper page's ad beside the article is no part
    of it, and its slogan and address ran on under the text."""
    body = _body_size(page)
    marks = [ln for ln in page if _AD_MARK.match(ln.text.strip()) and ln.size < body - 0.3]
    if not body or len(marks) != 1:
        return set()
    mark = marks[0]
    above = sorted((ln for ln in page if ln.y > mark.y), key=lambda ln: ln.y)
    box: list[Line] = []
    for ln in above:
        if box and ln.y - box[-1].y > _AD_LINE_GAP * body * 1.2:
            break
        box.append(ln)
    rest = above[len(box) :]  # the box is the run of lines the loop took from the top
    if not box or len(box) > _AD_BOX_LINES:
        return set()  # the text's column itself runs down to a mark under it
    if not rest or rest[0].y - box[-1].y <= _APART * body * 1.2:
        return set()  # no wide gap over the box: the mark's lines run on from the text
    return {ln.row for ln in [*box, mark]}


_STAMPED = re.compile(
    r"^(\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?) (\S.*\|.*)$", re.I
)


def _header_cells(rows: list[list[Line]]) -> list[str]:
    """The print header's cells: the stamp and the title, also when the reader glued them
    into one run ('25.11.25, 16:08 Headline | Site'); [] when the page has none."""
    if not rows:
        return []
    if len(rows[0]) > 1 and _PRINT_STAMP.match(rows[0][0].text):
        return [c.text for c in rows[0]]
    glued = _STAMPED.match(rows[0][0].text) if len(rows[0]) == 1 else None
    if glued:
        return [glued.group(1), glued.group(2)]
    # Firefox's: the title at the left, the page's address at the right, the stamp at the
    # foot beside the page's number ('1 of 2 … 11/25/26, 10:14 AM')
    top = [c.text for c in rows[0]]
    if len(top) == 2 and _URL.match(top[1]) and not _URL.match(top[0]):
        foot = [c.text for c in rows[-1]] if len(rows) > 1 else []
        return [next((t for t in foot if _PRINT_STAMP.match(t)), ""), top[0]]
    return []


def print_day(pages: list[list[Line]]) -> datetime | None:
    """The day of printing a browser stamps beside the page title: it gives a year-less
    stamp on the page ('27 ноября, 21:14') its year."""
    for lines in pages[:1]:
        rows = _rows(lines)
        if cells := _header_cells(rows):
            hits = year_dates(cells[0])
            return hits[0].value.replace(tzinfo=None) if hits else None
    return None


def print_title(pages: list[list[Line]]) -> str:
    """The page title a browser prints beside the date at the top ('Headline | Site')."""
    for lines in pages[:1]:
        rows = _rows(lines)
        if cells := _header_cells(rows):
            title = " ".join(cells[1:])
            # a long title wrapped after its separator: the site's name on the next row
            wrapped = len(rows) > 1 and len(rows[1]) == 1 and len(rows[1][0].text) <= 40
            if title.endswith(" |") and wrapped:
                return f"{title} {rows[1][0].text}"
            return title
        # or stacked: the date, the title under it, then the page's address
        stacked = len(rows) > 2 and len(rows[0]) == 1 and len(rows[1]) == 1
        if stacked and _PRINT_STAMP.match(rows[0][0].text) and _URL.match(rows[2][0].text):
            return rows[1][0].text
    return ""


def _right_edge(lines: list[Line]) -> tuple[float, float]:
    """The text column's left and right edges (most lines reach them)."""
    if not lines:
        return 0.0, 0.0
    ends = sorted(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    return left, ends[int(0.9 * (len(ends) - 1))]


def _pitches(lines: list[Line]) -> dict[float, float]:
    """The tightest line spacing of each type size: a wider one is a paragraph gap."""
    best: dict[float, float] = {}
    for a, b in itertools.pairwise(lines):
        step = a.y - b.y
        if abs(a.size - b.size) < 0.3 and 0.9 * a.size <= step <= 3 * a.size:
            key = _size(a.size)
            best[key] = min(best.get(key, step), step)
    return best


def _continues(a: Line, b: Line, left: float, right: float, pitch: dict[float, float]) -> bool:
    """Line b goes on a's paragraph."""
    if b.row == a.row or abs(a.size - b.size) >= 0.3:
        return False
    step = a.y - b.y
    if step <= 0 or step > 1.12 * pitch.get(_size(a.size), 1.5 * a.size):
        return False
    listed = _FIELD.match(a.text) and _FIELD.match(b.text) and not a.text.endswith(",")
    if _CONTACT.match(b.text) or _FLAG.match(b.text) or listed:
        return False  # a contact or field list: one entry a line (a comma runs the entry on)
    if _ADDRESS_ROW.search(a.text) or _label_under_menu(a.text, b.text):
        return False
    width = max(right - left, 1.0)
    if _flush_right(a, b, left, width):
        return False  # a letterhead's address set flush right: one entry a line
    filled = (a.x1 - left) / width
    centred = abs((a.x0 + a.x1) - (b.x0 + b.x1)) < 2 * a.size
    if b.x0 > a.x0 + 0.8 * a.size and not centred and not _hangs(a, b):
        return False  # an indented first line
    # the paragraph's last line stops short of the edge
    return not (filled < 0.6 or (filled < 0.85 and a.text.endswith(_TERMINAL)))


def _flush_right(a: Line, b: Line, left: float, width: float) -> bool:
    """Lines set flush right in the page's right half, their starts ragged ('Example
    Agency' / 'Mill Lane 4' / 'Town AB1 2CD' by the logo): a letterhead's address, whose
    lines all reach the edge as a paragraph's do, but each is an entry of its own."""
    ragged = abs(a.x0 - b.x0) > a.size
    return ragged and abs(a.x1 - b.x1) < 1.0 and min(a.x0, b.x0) > left + 0.5 * width


def _label_under_menu(above: str, line: str) -> bool:
    """A rubric's label in capitals ('SOFTWARE') under a row of capitalised words (the
    site's menu): the label over the headline, no word of the menu's row."""
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    label = 1 <= len(words) <= 3 and len(letters) >= 4 and all(c.isupper() for c in letters)
    menu = above.split()
    # a menu's entries capitalised, not in capitals (a letterhead's name wraps in capitals)
    cased = any(c.islower() for c in above)
    return label and cased and len(menu) >= 3 and all(w[:1].isupper() for w in menu)


# A numbered paragraph's mark at the margin, its text indented after it: '[1] Today …',
# '12. The court …'.
_PARAGRAPH_MARK = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.|\([a-z\d]{1,4}\))\s")


def _hangs(a: Line, b: Line) -> bool:
    """Whether b runs on a paragraph set with a hanging indent: a opens with its number at
    the margin, b stands where a's text after the number starts (no mark of its own). Why:
    read as an indented first line, the paragraph broke after its first line and that line
    became the lead."""
    return (
        b.x0 - a.x0 <= 4 * a.size
        and bool(_PARAGRAPH_MARK.match(a.text))
        and not _PARAGRAPH_MARK.match(b.text)
    )


def join_wrapped(text: str, more: str) -> str:
    """Two lines of one paragraph as one: a word hyphenated at the break joined again
    ("Kantons-" / "rat"), a compound's hyphen kept ("E-" / "Mail"), a dropped part before
    a conjunction kept ("Energie-" / "und Wasser")."""
    if text.endswith(("-", "\u00ad")) and len(text) > 1 and text[-2].isalpha():
        head = text[:-1]
        if more[:1].islower():
            if _CONJUNCTION.match(more):  # "Energie- und Wasserversorger"
                return f"{text} {more}"
            return head + more
        if text.endswith("-") and more[:1].isupper():  # "Восточно-Казахстанской", "E-Mail"
            return text + more
    return f"{text} {more}"


def _sidebar_together(lines: list[Line]) -> list[Line]:
    """The page's lines with a sidebar's read as one block where its first line stands: a
    column of small type right of the text column (a release's date, spokesperson and
    contacts beside its headline), which the content order interleaves with the headline's
    lines by their height on the page."""
    body = _body_size(lines)
    main = [ln for ln in lines if abs(ln.size - body) < 0.3]
    if not main:
        return lines
    edge = max(ln.x1 for ln in main)
    side = [ln for ln in lines if ln.x0 >= edge and ln.size < body - 0.3]
    if len(side) < _SIDEBAR_LINES or len(side) == len(lines):
        return lines
    at = lines.index(side[0])
    rest = [ln for ln in lines if ln not in side]
    return [*rest[:at], *side, *rest[at:]]


_SIDEBAR_LINES = 2
_COLUMN_ROWS = 3  # rows with a line in both columns that show the page is set in two


def _gutters(lines: list[Line]) -> list[float]:
    """Where a page's second and further text columns start when the content order reads
    its columns across (each printed row a line of each column in turn), else []. Why: an
    e-paper clipping or a magazine page of two or three columns lists its lines by height,
    so one column's text would run into the next one's line by line."""
    body = _body_size(lines)
    rows: dict[int, list[Line]] = {}
    for ln in lines:
        rows.setdefault(ln.row, []).append(ln)
    starts: dict[int, int] = {}
    for cells in rows.values():
        text = [c for c in cells if 0.75 * body <= c.size <= 1.25 * body]
        text.sort(key=lambda c: c.x0)
        if not 2 <= len(text) <= 4:
            continue
        for a, b in itertools.pairwise(text):
            if b.x0 - a.x1 >= body and len(a.text) > 15 and len(b.text) > 15:
                starts[round(b.x0)] = starts.get(round(b.x0), 0) + 1
    found: list[float] = []
    for at in sorted(starts, key=lambda k: -starts[k]):
        if any(abs(at - g) <= 2 * body for g in found):
            continue
        near = sum(n for x, n in starts.items() if at - body <= x <= at + 2 * body)
        if near >= _COLUMN_ROWS:
            found.append(float(at))
    return sorted(found)


def _column_of(ln: Line, gutters: list[float]) -> int:
    """The column a line stands in (0 the leftmost), or -1 when it crosses a gutter."""
    k = sum(ln.x0 >= g - 1 for g in gutters)
    return k if k == len(gutters) or ln.x1 <= gutters[k] - 1 else -1


def _columns_in_order(lines: list[Line], gutters: list[float]) -> list[Line]:
    """The page's lines with a stretch set in columns read column by column: between lines
    that cross a gutter (a headline, a caption, a footer over the full width), the left
    column's lines, then the next one's."""
    if not gutters:
        return lines
    body = _body_size(lines)
    out: list[Line] = []
    cols: list[list[Line]] = [[] for _ in range(len(gutters) + 1)]
    for ln in [*lines, None]:
        k = _column_of(ln, gutters) if ln is not None else -1
        if k >= 0:
            cols[k].append(ln)
            continue
        # a line over a gutter (or the page's end) closes the stretch
        left, right = cols[0], cols[1]
        if len(cols) == 2 and (cut := _next_article(left, right, body)) >= 0:
            # the page's next article beside the clipped one: what stands over its
            # rubric (the masthead's issue line) heads the page, the article goes
            out += right[:cut] + left
        else:
            out += [c for col in cols for c in col]
        cols = [[] for _ in range(len(gutters) + 1)]
        if ln is not None:
            out.append(ln)
    return out


_HEADLINE_SIZE = 1.3  # times the body's type: a headline's
_HEAD_SPAN = 4  # the column's first lines, where its headline stands


def _next_article(left: list[Line], right: list[Line], body: float) -> int:
    """Where the right column's own article starts (its rubric or its headline), when an
    e-paper page sets two articles side by side: each column opens with a headline in large
    type at the same height, the right one a line of text, not a quote, over text in the
    body's type. Else -1."""
    if not body or len(right) < _HEAD_SPAN or len(left) < _HEAD_SPAN:
        return -1

    def head(col: list[Line]) -> int:
        return next(
            (k for k, ln in enumerate(col[:_HEAD_SPAN]) if ln.size >= _HEADLINE_SIZE * body), -1
        )

    a, b = head(left), head(right)
    if a < 0 or b < 0 or abs(left[a].y - right[b].y) > 3 * body:
        return -1
    if right[b].text[:1] in "«“„\"'‘" or not any(abs(ln.size - body) < 0.3 for ln in right[b:]):
        return -1
    # its rubric right over the headline, a short label in small type
    rubric = b > 0 and len(right[b - 1].text.split()) <= 3 and right[b - 1].size <= body
    return b - 1 if rubric else b


def _column_goes_on(
    a: Line, b: Line, gutters: list[float], edges: dict[int, tuple[float, float]]
) -> bool:
    """Line b, at the top of the next column, goes on the sentence that line a left open
    at the foot of the column before: a reaches the column's edge without a full stop, and
    b, in the same type, is not indented."""
    if not gutters or b.y <= a.y:
        return False
    k = _column_of(a, gutters)
    if k < 0 or _column_of(b, gutters) != k + 1:
        return False
    left, right = edges[k]
    width = max(right - left, 1.0)
    full = (a.x1 - left) / width >= 0.85 and not a.text.endswith(_TERMINAL)
    return full and abs(a.size - b.size) < 0.3 and b.x0 <= edges[k + 1][0] + 0.8 * b.size


def paragraphs(pages: list[list[Line]]) -> str:
    """One line per paragraph; a paragraph running on over a page break stays whole."""
    out: list[str] = []
    carry: Line | None = None  # the last line of the previous page, when its sentence is open
    for lines in pages:
        if not lines:
            continue
        gutters = _gutters(lines)
        lines = _sidebar_together(_columns_in_order(lines, gutters))
        page_edges = _right_edge(lines)
        pitch = _pitches(lines)
        # each column's own edges: a column's full line stops at the gutter (none without one:
        # they are read only where there is a gutter)
        edges = {
            k: _right_edge([ln for ln in lines if _column_of(ln, gutters) == k])
            for k in range(len(gutters) + 1 if gutters else 0)
        }
        prev: Line | None = None
        for ln in lines:
            if prev is None and carry is not None:
                open_end = not carry.text.endswith(_TERMINAL)
                if open_end and abs(carry.size - ln.size) < 0.3 and ln.text[:1].islower():
                    out[-1] = join_wrapped(out[-1], ln.text)
                    prev = ln
                    continue
            left, right = page_edges
            if gutters and prev is not None and (k := _column_of(prev, gutters)) >= 0:
                left, right = edges[k]
            if prev is not None and (
                _column_goes_on(prev, ln, gutters, edges)
                or _continues(prev, ln, left, right, pitch)
            ):
                out[-1] = join_wrapped(out[-1], ln.text)
            else:
                out.append(ln.text)
            prev = ln
        carry = prev
    return "\n".join(out)
