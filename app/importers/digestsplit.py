"""A digest's items found from its layout alone, where no rule for its shape knows them.

Why: a newsletter is filled into a template, so its items repeat one shape: in HTML the
same subtree (a headline link or heading, a teaser paragraph, a read-on link) once an item
under one container; in a text mail the same run of lines (a short headline line, a
paragraph, a link line) or items counted 1, 2, 3. Rules keyed to wording or to one
family's stamp lines miss every new shape, and the digest then reads as one article with
every item lost in its body. The repeated structure is what all digests share; the
masthead, greeting, contents list, calendar and footer around the items do not repeat it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml.html import HtmlElement

from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line, stamp_person
from app.importers.compose import is_prose
from app.importers.dates import find_dates
from app.importers.docfront import field_kind
from app.importers.newsletter import (
    WEB_VIEW,
    frame_end,
    html_blocks,
    is_medium_kind,
    is_release_tail,
)
from app.importers.stampline import credit_stamp, one_line_stamp

Chunk = tuple[str, str, list[str]]  # (rubric label, headline and text, stamp lines over it)

_MAX_NODES = 6000  # a mail's elements looked at; a bigger one is read as it stands
_MAX_LINES = 4000  # and its text lines
_SHAPE_NODES = 120  # the descendants one element's shape is taken from
_SHAPE_DEPTH = 4  # how deep under an element its shape looks
_ALIKE = 0.5  # two siblings this alike in their tag paths (Jaccard) are one template's
_GROUP = 3  # a record spread over this many sibling rows at most (headline, teaser, link)
_MIN_ITEMS = 2
_HEAD_WORDS = (2, 25)  # a headline's length in words
_HEAD_CHARS = 12
_TEXT_WORDS = 12  # an item's teaser or text runs this long at least
_COVER = 0.45  # the items hold this share of the mail's running text at least
_NEARLY = 0.75  # a run holding this share of the most text holds the items as well
_OVER_LINES = 3  # rubric, outlet and day lines over an item's headline
_FIELD_LINES = 6  # a monitoring clip's count, field and rule lines over its headline
_LABEL_WORDS = 8  # a label, stamp or read-on line runs this long at most
_LABEL_CHARS = 40
_CREDIT_WORDS = 20  # a labelled credit line (outlet, day, page, desk, author)
_NAME_WORDS = 3  # a bare name over a text (its author) runs this long at most
_DATED_WORDS = 6  # a line this short with a date in it is a date line
_RUBRIC_WORDS = 4  # a rubric over an item's headline, a button in a row of them
# inline tags: no part of a template's shape (the same row bolds one headline, not another)
_INLINE = frozenset(
    (
        "a",
        "b",
        "strong",
        "i",
        "em",
        "span",
        "font",
        "u",
        "small",
        "big",
        "sup",
        "sub",
        "br",
        "center",
        "wbr",
        "abbr",
        "s",
        "strike",
        "mark",
    )
)
_SKIP = frozenset(("script", "style", "head", "title", "meta", "link", "noscript"))
_STOP = (".", "!", "?", ";", ",", ":")


def _words(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=4096)
def _chrome(line: str) -> bool:
    """Boilerplate (the shared test, costly: once a line)."""
    return is_boilerplate(line)


def _headline_like(line: str) -> bool:
    """A short line, no sentence's end, no chrome, no date or stamp line."""
    line = line.strip()
    n = _words(line)
    if not _HEAD_WORDS[0] <= n <= _HEAD_WORDS[1] or len(line) < _HEAD_CHARS:
        return False
    if len(_WORD.findall(line)) < _HEAD_WORDS[0]:
        return False  # '[ Environment ]', '— Business —': a rubric
    if line[0].islower() and ":" not in line[:_LABEL_CHARS]:
        return False  # 'heute geht es um …': a sentence's rest ('outlet (date): head' is one)
    if _BROWSER.search(line):
        return False  # 'View it in your browser': the preheader's link
    if line.endswith(_STOP) and not line.endswith(("?", "!")):
        return False
    if line.isupper() and n <= _LABEL_WORDS:
        return False  # 'WHAT WE ARE READING': a rubric over the items, no headline
    return _headline_sized(line, n)


@lru_cache(maxsize=4096)
def _headline_sized(line: str, n: int) -> bool:
    """Whether a line of a headline's size is no chrome, stamp, byline or date line (the
    costly tests, once a line: every strategy asks of the same lines)."""
    if WEB_VIEW.match(line) or _URL.search(line) or _HEADER_FIELD.match(line):
        return False
    if _SIGN_OFF.match(line) or _ISSUE_LINE.match(line):
        return False  # 'Mit freundlichen Grüßen'; 'Выпуск N 231 от 5 декабря': the issue's
    if "|" in line and all(_words(p) <= _RUBRIC_WORDS for p in line.split("|")):
        return False  # a row of buttons or menu entries ('View | Rate | Share')
    if is_release_tail(line) or author_of_line(line):
        return False  # 'About Example Corp', a byline: a release's notes, a story's author
    if n <= _NAME_WORDS and stamp_person(line) == line:
        return False  # a bare name over a story's text is its author's
    if n <= _DATED_WORDS and find_dates(line):
        return False
    if one_line_stamp(line) is not None or credit_stamp(line) is not None:
        return False
    return not _chrome(line)


# a mail header's or a document's field line: 'From: X', 'Betreff: Y', 'Тема: Z'
_HEADER_FIELD = re.compile(
    r"^(?:from|to|cc|sent|date|subject|von|an|gesendet|datum|betreff|от|кому|тема|дата|"
    r"отправлено)\s*:",
    re.I,
)
# a letter's closing line over the sender's name and contacts
_SIGN_OFF = re.compile(
    r"^(?:(?:mit )?(?:freundlichen|herzlichen|besten|vielen|viele|beste|liebe) grüßen?|"
    r"(?:best|kind|warm)(?: regards| wishes)|regards|sincerely|yours|"
    r"с уважением|с наилучшими пожеланиями)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_BROWSER = re.compile(r"^\W*(?:view|read|open|see)\b.{0,24}\bbrowser\b", re.I)
# the issue's count or day line under the masthead ('Issue 48 · 5 December', 'Ausgabe vom …')
_ISSUE_LINE = re.compile(r"^\W*(?:issue|edition|ausgabe|выпуск|номер)\b.{0,30}\d", re.I)
# a field label before an item's headline ('Titel: X', 'Заголовок: X')
_HEAD_LABEL = re.compile(
    r"^(?:title|headline|titel|überschrift|schlagzeile|заголовок)\s*:\s*", re.I
)
_URL = re.compile(r"https?://|www\.\w", re.I)
_URL_LINE = re.compile(r"^\s*(?:<?https?://\S+>?|www\.\S+)\s*$", re.I)
# a labelled link line closing an item ('Link: https://…', '> Weiterlesen: https://…')
_LINK_LINE = re.compile(
    r"^\W{0,3}[^\W\d]{2,20}(?: [^\W\d]{2,20})?\s*:\s*<?(?:https?://|www\.)\S+>?\s*$"
)


def _text_words(lines: list[str]) -> int:
    """The words of running text (no chrome) among the lines."""
    return sum(_prose_words(ln) for ln in lines)


@lru_cache(maxsize=4096)
def _prose_words(line: str) -> int:
    return _words(line) if is_prose(line) and not _chrome(line) else 0


# ---------------------------------------------------------------- HTML: repeated records


@dataclass
class _Record:
    """One item found: the lines over its headline, the headline, its text lines."""

    over: list[str]
    head: str
    lines: list[str] = field(default_factory=list)
    anchored: bool = True  # it links to its story or names its outlet or day
    group: str = ""  # the heading over its group of items (an outlet, a region, a desk)

    def words(self) -> int:
        return _text_words(self.lines)

    def chunk(self) -> Chunk:
        label = self.group or next((ln for ln in self.over[:1] if _rubric_like(ln)), "")
        if not label and len(self.over) > 1 and not any(map(_stamp_like, self.over)):
            # a group's heading over the first item of its group ('Other Stories You Should
            # Know' / 'Environment' / headline): the label right over the headline is its desk
            label = next((ln for ln in self.over[-1:] if _rubric_like(ln)), "")
        over = [ln for ln in self.over if ln != label]
        lines = self.lines
        if lines and _words(lines[-1]) <= _LABEL_WORDS and _credit_line(lines[-1]):
            # the credit closing the item ('— Outlet, 3 December 2025'): its stamp line
            # (its source label kept: 'Quelle: X, date' reads as X's credit, 'X, date' alone
            # as a place and a day)
            over, lines = [_CREDIT_MARK.sub("", lines[-1]).strip(" )")], lines[:-1]
        return (label, "\n".join([_HEAD_LABEL.sub("", self.head), *lines]), over)


# what opens a credit line under an item's text: a dash, a bracket
_CREDIT_MARK = re.compile(r"^[\s—–-]*\(?\s*")


def _consistent(recs: list[_Record]) -> list[_Record]:
    """The first item with as many lines over its headline as the others: the masthead and
    greeting over it are the mail's, no rubric or stamp of the item; the last item ending
    as the others do: the footer under it (the sender's office, address, phone, notice)
    is the mail's, no text of the item."""
    if len(recs) >= _MIN_ITEMS:
        keep = min(len(r.over) for r in recs[1:])
        recs[0].over = recs[0].over[len(recs[0].over) - keep :] if keep else []
        if all(_text_end(r.lines) == len(r.lines) for r in recs[:-1]):
            recs[-1].lines = recs[-1].lines[: _text_end(recs[-1].lines)]
    return recs


_CONTACT = re.compile(r"@\w|\b(?:tel|phone|fax|тел|телефон)\b\.?:?\s*\+?\d|\+\d[\d ()-]{6,}", re.I)


def _text_end(lines: list[str]) -> int:
    """Where an item's text ends: after its last paragraph of running text and the credit,
    link or signature lines closing it; lines under those are no text of the item."""
    last = max(
        (i for i, ln in enumerate(lines) if is_prose(ln) and not _CONTACT.search(ln)), default=-1
    )
    end = last + 1
    while end < len(lines) and (
        _stamp_like(lines[end]) or _closer(lines[end]) or _signed(lines[end])
    ):
        end += 1
    return end if last >= 0 else len(lines)


def _rubric_like(line: str) -> bool:
    """A rubric over an item's headline: a word or a few, no date, no stamp, no chrome."""
    return (
        0 < _words(line) <= _RUBRIC_WORDS
        and not any(ch.isdigit() for ch in line)  # 'Beitrag 2 von 3': the item's count
        and not _chrome(line)
        and not WEB_VIEW.match(line)
        and one_line_stamp(line) is None
        and not _source_field(line)
    )


def _source_field(line: str) -> bool:
    """A field table's row naming the item's outlet ('Источник: Outlet', 'Publication: X'):
    the item's stamp, no rubric over it."""
    label, colon, value = line.partition(":")
    return bool(colon and value.strip()) and field_kind(label) == "source"


def _shape(el: HtmlElement) -> frozenset[str]:
    """The element's tag paths a few levels down, inline tags and text-less leaves left out
    (a template's item repeats them; its words differ)."""
    paths = {str(el.tag)}
    stack: list[tuple[HtmlElement, str, int]] = [(el, str(el.tag), 0)]
    seen = 0
    while stack and seen < _SHAPE_NODES:
        node, path, depth = stack.pop()
        for child in node:
            if not isinstance(child.tag, str) or child.tag in _SKIP:
                continue
            seen += 1
            here = path if child.tag in _INLINE and child.tag != "a" else f"{path}/{child.tag}"
            if child.tag == "a" and (child.text_content() or "").strip():
                paths.add(f"{here}:text")
            paths.add(here)
            if depth < _SHAPE_DEPTH:
                stack.append((child, here, depth + 1))
    return frozenset(paths)


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a & b) / max(1, len(a | b)) >= _ALIKE


def _record(elements: list[HtmlElement]) -> _Record | None:
    """The item the sibling elements hold: the headline (a heading, a linked line or the
    first headline-like line, maybe under its rubric and stamp lines), the text under it;
    None where they hold no headline over running text."""
    blocks = [b for el in elements for b in html_blocks(el)]
    blocks = [b for b in blocks if not WEB_VIEW.match(b.text)]
    if not blocks:
        return None
    # a table of the item's fields over its headline, a row a line ('Источник: X' / 'Дата:
    # …' / 'Рубрика: …' / 'Аудитория: …'), counts as one stamp however many rows it has
    rows = next((i for i, b in enumerate(blocks) if b.tag != "tr"), len(blocks))
    over = max(_OVER_LINES, rows) + 1
    at = next(
        (
            i
            for i, b in enumerate(blocks[:over])
            if (b.heading or b.link_only or b.tag in ("h4", "strong", "b"))
            and _headline_like(b.text)
        ),
        next((i for i, b in enumerate(blocks[:over]) if _headline_like(b.text)), -1),
    )
    if at < 0:
        return None
    lines = [b.text for b in blocks[at + 1 :]]
    end = frame_end(lines, [b.link_only for b in blocks[at + 1 :]])
    lines = [ln for ln in lines[:end] if not _chrome(ln) and not _URL_LINE.match(ln)]
    rec = _Record([b.text for b in blocks[:at]], blocks[at].text, lines)
    ends = [*rec.over, *rec.lines[:2], *rec.lines[-1:]]
    rec.anchored = any(
        (a.text_content() or "").strip() for el in elements for a in el.iter("a")
    ) or any(_stamp_like(ln) or _closer(ln) or _signed(ln) for ln in ends)
    return rec if rec.words() >= _TEXT_WORDS else None


def _stamp_like(line: str) -> bool:
    """A line naming an item's outlet or day: a stamp, a credit or a short dated line."""
    if one_line_stamp(line) is not None or credit_stamp(line) is not None:
        return True
    if _SOURCE_LABEL.match(line) and _words(line) <= _CREDIT_WORDS:
        return bool(find_dates(line))  # 'Quelle: Outlet, 25.11.2025, Seite 7, Autor: X'
    return _words(line) <= _LABEL_WORDS and bool(find_dates(line))


def _credit_line(line: str) -> bool:
    """A stamp line naming the outlet before its day ('— Outlet, 3 December 2025'), no
    sentence that ends in a day ('(Press release of X of 4 December 2025)': the text's)."""
    if not _stamp_like(line):
        return False
    if one_line_stamp(line) is not None or credit_stamp(line) is not None:
        return True
    return bool(_SOURCE_LABEL.match(line) or _PARTED_DAY.search(line))


_PARTED_DAY = re.compile(r"[,|·•]\s*\d|\d\s*[|·•]")


def _signed(line: str) -> bool:
    """A byline ('By Jane Doe') or a writer's signature under the text ('—Jane Doe')."""
    if author_of_line(line):
        return True
    name = line.strip().lstrip("—–-").strip()
    return line.strip()[:1] in "—–-" and _words(name) <= _NAME_WORDS and stamp_person(name) == name


_SOURCE_LABEL = re.compile(r"^\W*(?:quelle|source|источник)\s*:", re.I)


def _runs(
    parent: HtmlElement, shapes: dict[HtmlElement, frozenset[str]]
) -> list[list[list[HtmlElement]]]:
    """The parent's children grouped into records of one to three rows, in runs of
    records alike in shape (the rows of one template filled once per item)."""
    kids = [c for c in parent if isinstance(c.tag, str) and c.tag not in _SKIP]
    kids = [c for c in kids if (c.text_content() or "").strip()]
    if len(kids) < _MIN_ITEMS:
        return []
    found: list[list[list[HtmlElement]]] = []
    for k in range(1, _GROUP + 1):
        for start in range(k if k > 1 else 1):
            groups = [kids[i : i + k] for i in range(start, len(kids) - k + 1, k)]
            if len(groups) < _MIN_ITEMS:
                continue
            if k > 1:
                # rows of one kind in a row (paragraphs) are no headline row over teaser rows
                groups = [g for g in groups if not _alike(shapes[g[0]], shapes[g[1]])]
                if len(groups) < _MIN_ITEMS:
                    continue
            sig = [
                frozenset(f"{n}{p}" for n, el in enumerate(g) for p in shapes[el]) for g in groups
            ]
            run, last = [groups[0]], 0
            for i in range(1, len(groups)):
                if _alike(sig[last], sig[i]):
                    run.append(groups[i])
                    last = i
                elif i == last + 1 and i + 1 < len(groups) and _alike(sig[last], sig[i + 1]):
                    continue  # an ad or a banner between two items of the run
                else:
                    if len(run) >= _MIN_ITEMS:
                        found.append(run)
                    run, last = [groups[i]], i
            if len(run) >= _MIN_ITEMS:
                found.append(run)
    # the children split at their headline rows: items of a teaser paragraph or two each
    by_shape: dict[frozenset[str], list[int]] = {}
    for i, c in enumerate(kids):
        if _head_row(c):
            by_shape.setdefault(shapes[c], []).append(i)
    for at in by_shape.values():
        if len(at) >= _MIN_ITEMS:
            # the rubric or stamp rows right over a headline open its item
            at = [
                next(
                    s for s in range(max(0, a - 2), a + 1) if all(_label_row(c) for c in kids[s:a])
                )
                for a in at
            ]
            found.append([kids[a:b] for a, b in zip(at, [*at[1:], len(kids)], strict=True)])
    return found


def _label_row(el: HtmlElement) -> bool:
    """A short row over a headline: a rubric, an outlet or a date line, no sentence."""
    text = " ".join((el.text_content() or "").split())
    return 0 < _words(text) <= _LABEL_WORDS and not is_prose(text) and not _headline_like(text)


def _head_row(el: HtmlElement) -> bool:
    """A child that is only a headline: a heading, a link or bold line of headline size."""
    text = " ".join((el.text_content() or "").split())
    if not _headline_like(text):
        return False
    if el.tag in ("h1", "h2", "h3", "h4", "h5"):
        return True
    marked = [x for x in el.iter("a", "b", "strong", "h1", "h2", "h3", "h4", "h5")]
    return any(" ".join((m.text_content() or "").split()) == text for m in marked)


def _html_items(body: HtmlElement) -> list[Chunk]:
    """The records of the run that holds the most running text, where that is a fair share
    of the mail's and no record holds a run of records itself."""
    nodes = [el for el in body.iter() if isinstance(el.tag, str) and el.tag not in _SKIP]
    if len(nodes) > _MAX_NODES:
        return []
    lines = [b.text for b in html_blocks(body)]
    total = _text_words(lines)
    if total < _MIN_ITEMS * _TEXT_WORDS or sum(map(_headline_like, lines)) < _MIN_ITEMS:
        return []  # no two headlines over text: nothing to look for
    shapes = {el: _shape(el) for el in nodes}
    candidates: list[tuple[int, list[_Record], list[list[HtmlElement]]]] = []
    for parent in nodes:
        for run in _runs(parent, shapes):
            recs = [(g, r) for g in run if (r := _record(g)) is not None]
            if len(recs) < _MIN_ITEMS or len(recs) * 2 < len(run):
                continue
            # items link to their stories or name their outlet or day; an article's
            # crossheads over its paragraphs do neither
            if sum(r.anchored for _, r in recs) < max(_MIN_ITEMS, len(recs) - 1):
                continue
            candidates.append(
                (sum(r.words() for _, r in recs), [r for _, r in recs], [g for g, _ in recs])
            )
    if not candidates:
        return []
    # the run holding the most text, unless a record of it holds a run of records itself:
    # then it is a container of the items (the issue's content table), no item
    items = [c for c in candidates if not any(_holds_items(g, candidates) for g in c[2])]
    if not items:
        return []
    # of the runs holding nearly the most text, the one of the most records: rows grouped
    # two or three at a time swallow the greeting or an ad with the items, in fewer records
    most = max(c[0] for c in items)
    best = max((c for c in items if c[0] >= _NEARLY * most), key=lambda c: (len(c[1]), c[0]))
    if best[0] < _COVER * total:
        return []
    recs = _consistent(_without_contents(best[1]))
    return [r.chunk() for r in recs] if len(recs) >= _MIN_ITEMS else []


def _holds_items(
    group: list[HtmlElement], candidates: list[tuple[int, list[_Record], list[list[HtmlElement]]]]
) -> bool:
    """Whether every record of some run stands inside the group's elements."""
    inside = {id(d) for el in group for d in el.iterdescendants()}
    return any(all(id(g[0]) in inside for g in groups) for _, _, groups in candidates)


def _without_contents(recs: list[_Record]) -> list[_Record]:
    """The records without a contents entry whose headline an item further down repeats."""
    heads = [r.head.casefold() for r in recs]
    kept = []
    for n, r in enumerate(recs):
        if any(heads[n] in h or h in heads[n] for h in heads[n + 1 :]):
            continue  # a contents entry: the item further down repeats its headline
        text = "\n".join(r.lines).casefold()
        if sum(h in text for k, h in enumerate(heads) if k != n) >= _MIN_ITEMS:
            continue  # the masthead's block listing the items' headlines
        kept.append(r)
    return kept


# ---------------------------------------------------------------- text: repeated line roles

_RULE = re.compile(r"^\s*([-=*_~#·•])(?:\s?\1){2,}\s*$")
_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$")
_READ_ON = re.compile(
    r"^\s*(?:read (?:more|on|the full)|read it (?:via|at|on|in)\b|full (?:story|article)|"
    r"continue reading|"
    r"(?:weiter|mehr |jetzt )lesen|zum (?:ganzen )?(?:artikel|beitrag)|"
    r"den ganzen (?:artikel|beitrag)|"
    r"читать|подробнее|далее\b)",
    re.I,
)


@lru_cache(maxsize=4096)
def _closer(line: str) -> bool:
    """An item's last line in a text digest: its link or read-on line."""
    if _URL_LINE.match(line) or _LINK_LINE.match(line):
        return True
    if _READ_ON.match(line) and _words(line) <= _LABEL_WORDS:
        return True
    return _stamp_like(line) and not _headline_like(line)  # '— Outlet, 3 December 2025'


def _paragraph_start(lines: list[str], i: int) -> bool:
    return i == 0 or not lines[i - 1].strip() or bool(_RULE.match(lines[i - 1]))


def _heads_paragraph(lines: list[str], i: int) -> bool:
    """Whether the line opens its paragraph, or opens it under the item's own credit or
    stamp line ('Quelle: Example Zeitung, 26.11.2025' / headline). Why: a press review sets
    the source line over each headline, and its items under one group heading were read as
    one item and the text of the others lost its credit."""
    if _paragraph_start(lines, i):
        return True
    return i > 0 and _paragraph_start(lines, i - 1) and _stamp_like(lines[i - 1].strip())


def _text_item(lines: list[str], head: str, over: list[str]) -> _Record | None:
    body = [ln.strip() for ln in lines if ln.strip() and not _RULE.match(ln)]
    end = frame_end(body)
    edges = [*over, *body[:_OVER_LINES], *body[-1:]]
    linked = any(_URL.search(ln) for ln in body)
    body = [ln for ln in body[:end] if not _URL_LINE.match(ln) and not _LINK_LINE.match(ln)]
    # the stamp under the headline and the credit closing the text are the item's, no chrome
    ends = {0, len(body) - 1}
    body = [ln for k, ln in enumerate(body) if not _chrome(ln) or (k in ends and _stamp_like(ln))]
    rec = _Record(over, head, body)
    rec.anchored = (
        linked
        or bool(find_dates(head))
        or any(_stamp_like(ln) or _closer(ln) or _signed(ln) for ln in edges)
    )
    return rec if rec.words() >= _TEXT_WORDS else None


def _ruled(lines: list[str]) -> list[_Record]:
    """Items each between two rule lines ('-----', '====='): the cut by every rule or, where
    a review draws two kinds, by one kind alone (its '=====' between the items, its '-----'
    between an item's fields and its text), whichever gives the more items."""
    kinds = {m[1] for ln in lines if (m := _RULE.match(ln))}
    cuts = [
        [i for i, ln in enumerate(lines) if (m := _RULE.match(ln)) and m[1] in kind]
        for kind in [kinds, *({k} for k in kinds if len(kinds) > 1)]
    ]
    found = [_rule_items(lines, at) for at in cuts]
    return max(found, key=lambda recs: (len(recs), sum(r.words() for r in recs)))


def _rule_items(lines: list[str], cuts: list[int], least: int = _MIN_ITEMS) -> list[_Record]:
    """The items between the rules at the cuts: a headline in a block's first lines (under
    its rubric, stamp or field lines) over its text. The masthead, contents and footer
    blocks hold no headline over text; half the blocks at least are items."""
    blocks = [lines[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(lines)], strict=True)]
    blocks = [[ln.strip() for ln in b if ln.strip() and not _RULE.match(ln)] for b in blocks]
    blocks = [b for b in blocks if b]
    recs = []
    for block in blocks:
        # the headline: the longest headline-like line over the text (an outlet's name over
        # or under it, '2. Outlet' or 'Example Daily (City)', is a short one)
        text_at = next((i for i, ln in enumerate(block) if is_prose(ln)), len(block))
        heads = [i for i in range(min(text_at, _FIELD_LINES)) if _headline_like(block[i])]
        at = max(heads, key=lambda i: (_words(block[i]), i)) if heads else -1
        if at < 0 or any(is_prose(ln) or _SIGN_OFF.match(ln) for ln in block[:at]):
            continue  # text over the headline, or the sender's signature block
        if (rec := _text_item(block[at + 1 :], block[at], block[:at])) is not None:
            recs.append(rec)
    # the masthead's block over the first rule and the sign-off's under the last: no link,
    # stamp or credit where the items between them have theirs
    while len(recs) > _MIN_ITEMS and not recs[0].anchored and all(r.anchored for r in recs[1:]):
        recs, blocks = recs[1:], blocks[1:]
    while len(recs) > _MIN_ITEMS and not recs[-1].anchored and all(r.anchored for r in recs[:-1]):
        recs, blocks = recs[:-1], blocks[:-1]
    if sum(r.anchored for r in recs) < max(least, len(recs) - 1):
        return []  # blocks under a rule that neither link nor date nor credit: no items
    return recs if len(recs) >= least and len(recs) * 2 >= len(blocks) else []


def _numbered(lines: list[str]) -> list[_Record]:
    """Items counted 1, 2, 3 at the head of their paragraphs, each over its text (a
    contents list counting the same headlines with no text under them is passed by)."""
    at: dict[int, int] = {}
    for i, line in enumerate(lines):
        m = _NUMBER.match(line)
        if m and _paragraph_start(lines, i) and _headline_like(m[2]):
            at[int(m[1])] = i  # the last such line of a count: the item, not its listing
    run = []
    n = 1
    while n in at and (not run or at[n] > run[-1]):
        run.append(at[n])
        n += 1
    if len(run) < _MIN_ITEMS:
        return []
    recs = []
    for k, i in enumerate(run):
        stop = run[k + 1] if k + 1 < len(run) else len(lines)
        m = _NUMBER.match(lines[i])
        rec = _text_item(lines[i + 1 : stop], m[2].strip() if m else lines[i], [])
        if rec is None:
            return []
        recs.append(rec)
    return recs


def _closed(lines: list[str], least: int = _MIN_ITEMS) -> list[_Record]:
    """Items each a headline line over its text, closed by its link, read-on or credit
    line: the line pattern repeats item for item (an article's crossheads close with none)."""
    recs: list[_Record] = []
    i = start = 0  # start: where the lines over the next headline begin
    while i < len(lines):
        if not (_heads_paragraph(lines, i) and _headline_like(lines[i])):
            i += 1
            continue
        j, prose = i + 1, False
        while j < len(lines):
            if prose and _closer(lines[j]):
                break
            if _headline_like(lines[j]) and _paragraph_start(lines, j):
                break  # another headline before this one closed: no item of this shape
            prose = prose or is_prose(lines[j])
            j += 1
        if j < len(lines) and prose and _closer(lines[j]):
            over = [ln.strip() for ln in lines[start:i] if ln.strip() and not _RULE.match(ln)]
            # the short lines under the last text over the headline (the first item's rubric
            # under the editor's intro), no more than its rubric, outlet and day lines
            text = max((k for k, ln in enumerate(over) if is_prose(ln)), default=-1)
            over = over[text + 1 :][-_OVER_LINES:]
            rec = _text_item(lines[i + 1 : j + 1], lines[i].strip(), over)
            if rec is not None:
                recs.append(rec)
                i = start = j + 1
                continue
        i = j if j > i + 1 else i + 1
    return recs if len(recs) >= least else []


# a heading typed between runs of one mark: '***** Example Daily *****', '=== Region ==='
_DECORATED = re.compile(
    r"^\s*([*=#~_+-])(?:\s?\1){2,}\s*(?P<label>[^*=#~_+\s-].*?)\s*\1(?:\s?\1){2,}\s*$"
)


def _label_sized(line: str) -> bool:
    """A heading's size and kind: a few words, no sentence, no link, no date line."""
    line = line.strip()
    return (
        0 < _words(line) <= _LABEL_WORDS
        and len(line) <= 2 * _LABEL_CHARS
        and not line.endswith(_STOP[:3])
        and not _URL.search(line)
        and not find_dates(line)
        # a monitoring alert's medium ('PRINT') reads as a print button's label
        and (not _chrome(line) or is_medium_kind(line))
    )


def _headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """The group headings among the lines, each (its first line, the line after it, its
    label): a short line typed between marks ('***** Outlet *****') or standing between
    two rule lines (a rule over and under a short line is a heading, no two item cuts)."""
    found = []
    i = 0
    while i < len(lines):
        m = _DECORATED.match(lines[i])
        if m and _label_sized(m["label"]):
            found.append((i, i + 1, m["label"].strip()))
            i += 1
            continue
        if _RULE.match(lines[i]):
            j = i + 1 + (i + 1 < len(lines) and not lines[i + 1].strip())
            k = j + 1 + (j + 1 < len(lines) and not lines[j + 1].strip())
            if k < len(lines) and _RULE.match(lines[k]) and _label_sized(lines[j]):
                found.append((i, k + 1, lines[j].strip()))
                i = k + 1
                continue
        i += 1
    return found


_DATE_LED = re.compile(
    r"^\W*(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\d{4}-\d{2}-\d{2}|\d{1,2}[:.]\d{2}\b|"
    r"\d{1,2}\.?\s+[^\W\d]{3,}\.?(?=[\s,]|$)|(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|"
    r"пн|вт|ср|чт|пт|сб|вс)\w*\.?,?\s+\d|[^\W\d]{3,9}\.?\s+\d{1,2}\b)",
    re.I,
)


def _calendar(lines: list[str]) -> bool:
    """Whether the lines are an events list: days or times leading short lines (a day, its
    time, the place; maybe the day in a line of its own over the event), a third of the
    lines at least, and no article's running text among them."""
    body = [ln.strip() for ln in lines[:_MAX_LINES] if ln.strip() and not _RULE.match(ln)]
    body = [ln for ln in body if not _chrome(ln)]
    if len(body) < _MIN_ITEMS or any(_words(ln) > _HEAD_WORDS[1] for ln in body):
        return False
    led = sum(bool(_DATE_LED.match(ln) and find_dates(ln[:24])) for ln in body)
    return led >= _MIN_ITEMS and led * 3 >= len(body) and _text_words(body) < 2 * _TEXT_WORDS


def is_calendar(text: str) -> bool:
    """Whether a digest's part is its events list (a calendar), no article."""
    return _calendar(text.split("\n"))


def _headed(lines: list[str]) -> list[_Record]:
    """Items under group headings ('***** Outlet *****', a region between two rules): a
    heading names the outlet or desk of the items under it and is no item of its own; a
    group holds one item or several closed by their link lines; a calendar or a job list
    under a heading holds none."""
    heads = _headings(lines)
    if len(heads) < _MIN_ITEMS:
        return []
    recs: list[_Record] = []
    groups = 0
    for n, (_, end, label) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        block = lines[end:stop]
        if _calendar(block):
            continue
        found = _closed(block, 1)
        if not found:
            cut = next((k for k, ln in enumerate(block) if _RULE.match(ln)), len(block))
            found = _rule_items(block[:cut], [], 1)
        for rec in found:
            rec.group = label
        groups += bool(found)
        recs.extend(found)
    if groups < _MIN_ITEMS or sum(r.anchored for r in recs) < max(_MIN_ITEMS, len(recs) - 1):
        return []  # crossheads over an article's parts: no link, stamp or credit under them
    return recs


def _text_items(text: str) -> list[Chunk]:
    lines = text.replace("\r", "").split("\n")[:_MAX_LINES]
    if len(_headings(lines)) >= _MIN_ITEMS:
        recs = _consistent(_without_contents(_headed(lines)))
        if len(recs) >= _MIN_ITEMS:
            return [r.chunk() for r in recs]
    total = _text_words([p.replace("\n", " ") for p in re.split(r"\n\s*\n", text)])
    for find, marks in ((_numbered, _NUMBER.match), (_ruled, _RULE.match), (_closed, _closer)):
        if sum(bool(marks(ln)) for ln in lines) < _MIN_ITEMS:
            continue  # no two counted headlines, no two closing lines: no item of that shape
        recs = _consistent(_without_contents(find(lines)))
        words = sum(r.words() for r in recs)
        if len(recs) >= _MIN_ITEMS and words >= _COVER * total:
            return [r.chunk() for r in recs]
    return []


def ruled_headings_unruled(text: str) -> str:
    """The text with the rules over and under each short heading line dropped, the heading
    kept ('=====' / 'Region' / '=====' reads 'Region'). Why: a reader cutting a mail at its
    rule lines read a heading between two rules as an item of its own (or dropped it as a
    part too short), cutting an article at its crossheads and a digest's group off its
    label; a heading is no cut."""
    lines = text.split("\n")
    if len(lines) > _MAX_LINES or sum(bool(_RULE.match(ln)) for ln in lines) < 2:
        return text
    drop: set[int] = set()
    for start, end, _ in _headings(lines):
        if not _opens_item(lines[end:]):
            drop.update(k for k in range(start, end) if _RULE.match(lines[k]))
    return "\n".join(ln for k, ln in enumerate(lines) if k not in drop) if drop else text


def _opens_item(lines: list[str]) -> bool:
    """Whether the lines open with an item's head: a headline over its stamp or byline line
    ('Headline' / 'Outlet | 11 December 2025 | Desk' / 'By Jane Doe'). Why: the rules over and
    under a region's heading in a review are its items' cuts as well, the rule over the
    heading closing the item before; dropped, the last item of a group ran on into the next
    group's first (an article's crosshead has running text under it, no headline)."""
    head = [ln.strip() for ln in lines[: _OVER_LINES + 2] if ln.strip()][:_OVER_LINES]
    return (
        len(head) >= 2
        and _headline_like(head[0])
        and any(_stamp_like(ln) or _signed(ln) for ln in head[1:])
    )


_MARK_RUN = re.compile(r"([*=#~_+-])(?:\s?\1){2,}")


def headed_digest(tree: HtmlElement | None, text: str) -> list[Chunk]:
    """The digest's items under its group headings ('***** Outlet *****', a region between
    two rules), two or more; [] where the mail has no such headings. Why: the rules that
    cut a digest at its rule lines read such a heading as an item or two rule cuts, and a
    calendar under a heading as one more item; the headings say where the groups are."""
    if tree is not None and not text.strip():
        if tree.find(".//hr") is None and not _MARK_RUN.search(tree.text_content() or ""):
            return []  # no rule and no marked heading anywhere: nothing to look for
        body = tree.find("body")
        body = copy.deepcopy(body if body is not None else tree)
        for hr in body.iter("hr"):
            hr.tag, hr.text = "p", "-" * 20
        text = "\n\n".join(b.text for b in html_blocks(body))
    lines = text.replace("\r", "").split("\n")[:_MAX_LINES]
    if len(_headings(lines)) < _MIN_ITEMS:
        return []
    recs = _consistent(_without_contents(_headed(lines)))
    return [r.chunk() for r in recs] if len(recs) >= _MIN_ITEMS else []


def split_digest(tree: HtmlElement | None, text: str) -> list[Chunk]:
    """The digest's items found from their repeated structure, two or more, each (rubric
    label, headline and text, stamp lines over it); [] where the mail repeats none."""
    if tree is not None:
        body = tree.find("body")
        body = copy.deepcopy(body if body is not None else tree)  # html_blocks marks its <br>s
        if items := _html_items(body):
            return items
        # a template of paragraphs in a row: read as lines, a block a paragraph
        for hr in body.iter("hr"):
            hr.tag, hr.text = "p", "-" * 20  # a rule between items, as a text mail draws it
        blocks = "\n\n".join(b.text for b in html_blocks(body))
        if items := _text_items(blocks):
            return items
    return _text_items(text) if text.strip() else []
