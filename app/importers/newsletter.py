"""The layout of mailed articles: newsletters, alerts and press releases sent by e-mail.

Why: a newsletter wraps its article(s) in a layout table with a masthead, a "view in your
browser" line, a rubric label over each headline, a "read on the site" link under each text
and an unsubscribe footer. Read as a web page, all of it is one flattened blob; read block by
block, the headline, stamp, byline and text are the lines the shared heuristics know. A mailed
press release ends in editors' notes (contact, "About the company") that are no part of it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from app.importers.boilerplate import audience_figure, clip_metric, clip_metrics, is_boilerplate
from app.importers.byline import author_of_line, stamp_byline, stamp_person
from app.importers.compose import is_prose
from app.importers.dates import STAMP_PARTS, DateHit, find_dates, is_only_date, year_dates
from app.importers.docfront import field_kind, labelled_credit
from app.importers.headrows import field_row
from app.importers.sections import (
    TRAIL_SEP,
    VOCABULARY,
    arrow_trail_over_title,
    section_of_line,
    shared_trail_desks,
    stated_section,
)
from app.importers.stampline import (
    OUTLET_LABEL,
    ItemStamp,
    bare_outlet,
    clock_stamp,
    clock_time,
    credit_stamp,
    field_outlet,
    first_desk,
    is_found_count,
    one_line_stamp,
    stamp_reporter,
)
from app.importers.wireslug import is_slug_field

_I = re.IGNORECASE

# What a subject line puts before the headline: reply/forward marks, a release's kind.
_SUBJECT_PREFIX = re.compile(
    r"^(?:(?:re|fwd?|aw|wg|tr|sv|vs|rif|ответ|пересл)\s*:\s*|"
    r"\[[^\]]{1,40}\]\s*|"
    r"(?:press|news|media) release\s*[:|–—-]\s*|(?:pressemitteilung|pressemeldung|"
    r"presseinformation|medienmitteilung|medieninformation|pressetext)\s*[:|–—-]\s*|"
    r"communiqué(?: de presse)?\s*[:|–—-]\s*|comunicado(?: de prensa)?\s*[:|–—-]\s*|"
    r"comunicato stampa\s*[:|–—-]\s*|persbericht\s*[:|–—-]\s*|"
    r"пресс-релиз\s*[:|–—-]\s*|"
    # an issuer's other labels for a release: "Информационное сообщение: X", "Media advisory:"
    r"(?:информационное сообщение|пресс-сообщение|сообщение для сми|media advisory|"
    r"press statement|presseerklärung)\s*[:|–—-]\s*|"
    # a release's number before the headline: "PM 187/2025:", "Pressemitteilung Nr. 12 –"
    r"(?:pm|pi|pressemitteilung|presseinformation|(?:press|news|media) release|пресс-релиз)"
    r"\s*(?:(?:nr\.?|no\.?|№)\s*\d{1,4}(?:/\d{2,4})?|\d{1,4}/\d{2,4})\s*[:|–—-]\s*)+",
    _I,
)

# A digest item's pointer to its outlet under the text: 'Read the full story at Example
# Transport (https://…)', 'Den ganzen Artikel lesen bei Beispiel Zeitung', 'Читать полностью
# на сайте «Пример»': the outlet named, no address, maybe its link in brackets after it.
_READ_AT = re.compile(
    r"^(?:read (?:the )?(?:full|whole|rest of the) (?:story|article|report)|read more|"
    r"continue reading|(?:den )?(?:ganzen|vollständigen) (?:artikel|beitrag) lesen|weiterlesen|"
    r"mehr dazu|читать (?:полностью|далее|дальше|целиком)|подробнее|полный текст)"
    r"\s+(?:at|on|in|from|bei|auf|im|in der|на сайте|на|в)\s+"
    r"(?P<outlet>[^()\n:|·•<>→›»-][^()\n:|·•<>→›]{1,58}?)\s*(?:\((?:https?://|www\.)\S+\)|[.›»>→])?$",
    _I,
)
_READ_AT_WORDS = 6


def read_on_outlet(line: str) -> str:
    """The outlet a digest item's read-on line under its text names ('Read the full story at
    Example Transport (https://…)'), '' where it names none (an address, 'our website').
    Why: the digest quotes that outlet's story; the sender only points to it."""
    line = line.strip()
    if len(line) > 200 or line[:1] not in "RrCcDdWwMmЧчПп":
        return ""
    m = _READ_AT.match(line)
    if m is None:
        return ""
    outlet = m["outlet"].strip(' «»"„“')
    if not outlet[:1].isupper() or _URL.search(outlet) or re.search(r"\w\.[a-zа-я]{2,6}\b", outlet):
        return ""  # 'example.com', 'сайте': an address or a word, no name
    if not 0 < len(outlet.split()) <= _READ_AT_WORDS or find_dates(outlet):
        return ""
    return outlet


def read_on_end(lines: list[str], end: int) -> int:
    """The frame's start moved under a read-on line naming the item's outlet: the line is the
    item's credit (read by the mail), not its frame."""
    return end + 1 if end < len(lines) and read_on_outlet(lines[end]) else end


# A link to the full story under a mailed text: it, and all below it, is the mail's frame.
_READ_ON = re.compile(
    r"^(?:weiterlesen|(?:den )?(?:ganzen|vollständigen) artikel lesen|mehr lesen|"
    r"(?:artikel|beitrag|meldung) lesen$|zum (?:artikel|beitrag)$|read (?:the )?article$|"
    r"читать (?:статью|материал|новость)$|"
    r"(?:zum |den )?volltext\b|"
    r"zu[rm] (?:vollständigen|ganzen) (?:meldung|nachricht|artikel|beitrag)|"
    r"(?:open |view )?(?:the )?full text\b|(?:открыть )?полный текст|"
    r"read (?:the )?(?:full|whole|rest of the) (?:story|article)|read more|continue reading|"
    r"read (?:it )?on\b|view (?:the )?(?:full )?(?:story|article|mention) (?:on|in)\b|"
    r"читать (?:на сайте|далее|полностью)|подробнее на|lire la suite|leer más|leggi tutto|"
    # a teaser for the outlet's other news: "Mehr Nachrichten aus X lesen Sie hier."
    r"mehr (?:nachrichten|artikel|meldungen|news) (?:aus|zu|über|von)\b[^.\n]{0,60}\b"
    r"(?:lesen sie|finden sie) hier|more (?:news|stories) (?:from|about)\b[^.\n]{0,60}\bhere\b)",
    _I,
)

# The mail's own footer: why you receive it, how to stop it.
MAIL_FOOTER = re.compile(
    r"^(?:--\s*$|_{5,}|Sie erhalten diese|(?:Ihr erhaltet|Du erhältst) diese|"
    r"You are receiving|You received this|"
    r"You have received|Abmelden|Newsletter abbestellen|Unsubscribe|Отписаться|"
    r"Вы получили это письмо|Вы (?:получили|получаете) (?:эту|это|данное) (?:рассылку|письмо|"
    r"уведомление|оповещение)|"
    # how to stop it: "To change your topics or unsubscribe, visit … or reply STOP"
    r"(?:to|if you)\b[^.\n]{0,60}\bunsubscribe\b|(?:um|wenn sie)\b[^.\n]{0,60}"
    r"\b(?:abbestellen|abmelden|abzubestellen|abzumelden)\b|(?:чтобы|если вы)\b[^.\n]{0,60}"
    r"\bотписаться\b|"
    # a short line offering the way out: "Abonnement verwalten oder abbestellen: https://…"
    r"(?=.{0,120}$).{0,50}\b(?:abbestellen|unsubscribe|отписаться)\b|"
    # the publisher's row ending in the way out: "Outlet · Publisher · address · Newsletter
    # abbestellen"
    r"(?=.{0,200}$)[^\n]*\s[·•|]\s*(?:[\w-]+\s+){0,2}(?:abbestellen|abmelden|unsubscribe|"
    r"отписаться)\s*$|"
    # … or in the alert's settings: "Media GmbH · Berlin · Alert-Einstellungen ändern"
    r"(?=.{0,200}$)[^\n]*\s[·•|]\s*(?:alert-?einstellungen(?: ändern)?|(?:manage|change) "
    r"(?:your )?alert(?: settings)?s?|alert settings|настро(?:ить|йки) (?:оповещени[йея]|"
    r"уведомлени[йея]))\s*$|"
    # the publisher's postal row under the last item: "160000, г. Город, ул. Примерная, д. 5.
    # Телефон редакции: …"
    r"\d{6},\s*г\.\s*[А-ЯЁ][^\n]{0,60}?\b(?:ул|пр|пр-т|пер|пл|наб)\.\s|"
    # a monitoring service's notice under its last clip: "Diese E-Mail wurde automatisch
    # erstellt.", "This alert was generated automatically", "Die Clippings sind urheberrechtlich
    # geschützt und nur für den internen Gebrauch bestimmt."
    r"(?:diese[rs]? (?:e-?mail|nachricht|alert|benachrichtigung)|this (?:e-?mail|message|alert|"
    r"notification)) (?:wurde|was|has been) (?:automatisch |automatically )?(?:erstellt|"
    r"generiert|versandt|generated|sent)(?: automatically)?\.|"
    r"(?:die|diese) (?:clippings?|ausschnitte|treffer|inhalte|beiträge) (?:sind|ist) "
    r"(?:urheberrechtlich geschützt und )?(?:nur|ausschließlich) für (?:den )?interne[n]? "
    r"(?:gebrauch|zwecke)|"
    # … its licence note ('Die Volltexte … sind urheberrechtlich geschützt … Nur zur internen
    # Verwendung.', 'Материалы предназначены для внутреннего использования', 'For internal
    # use only') and its maker ('Отчет сформирован системой X', 'This report was generated')
    r"(?=[^\n]{0,400}$)[^\n]*\burheberrechtlich geschützt\b[^\n]*\binterne[nr]? "
    r"(?:verwendung|nutzung|gebrauch)|"
    r"(?:материалы|сообщения|публикации|отч[её]т|обзор)[^\n]{0,40}\bпредназначен\w* "
    r"(?:только |исключительно )?для внутреннего (?:использования|пользования)|"
    r"(?:отч[её]т|обзор|рассылка|письмо|report|digest) (?:был |was |has been )?(?:сформирован|"
    r"подготовлен|создан|generated|compiled|produced)\w* (?:автоматически |automatically )?"
    r"(?:системой|сервисом|by)\b|"
    r"(?=[^\n]{0,200}$)(?:[^\n]*[.!] )?(?:for internal (?:use|distribution) only|"
    r"nur (?:zur|für die|für den) interne[n]? (?:verwendung|nutzung|gebrauch))\b|"
    # the service's contact for its monitoring under the clips: "Вопросы и предложения по
    # мониторингу: pr@…", "Fragen zum Monitoring: …", "Questions about this monitoring: …"
    r"(?:вопросы(?: и предложения)? по (?:мониторингу|обзору)|fragen (?:zum|zu diesem) "
    r"(?:monitoring|medienspiegel|pressespiegel)|questions (?:about|on) (?:this |the )?"
    r"(?:monitoring|alert|media review))\s*:|"
    # the reason it came, after a disclaimer in the same short paragraph ('Content is for
    # internal use only. You are receiving this newsletter because …')
    r"(?=[^\n]{0,400}$)[^\n]*?[.!?] (?:You (?:are receiving|received) this (?:newsletter|"
    r"e-?mail|message|alert|digest|bulletin)|Sie erhalten diese[n]? (?:Newsletter|E-Mail|"
    r"Nachricht)|Вы (?:получили|получаете) (?:эту|это|данное) (?:письмо|рассылку|сообщение)))",
    _I | re.M,
)

# Editors' notes under a release: contacts, the issuer's self-description, an end mark.
_RELEASE_TAIL = re.compile(
    r"^(?:(?i:notes? (?:to|for) editors|editor'?s? notes?|(?:for )?(?:further|more) "
    r"information(?: (?:please )?contact)?\s*:|(?:media|press) (?:contacts?|enquiries|"
    r"inquiries)\b|-?\s*ends?\s*-?$|#{3}$|hinweis(?:e)? (?:für|an) (?:die )?redaktion(?:en)?"
    r"\b|pressekontakt|medienkontakt|kontakt für (?:die )?medien|контакты для сми|"
    r"пресс-служба\b|"
    # the issuer's background note, on its own line or run on: "Справка:", "Справка о компании"
    r"(?:историческая )?справка(?: о (?:компании|предприятии))?\s*(?::|$)|"
    # the issuer's imprint under a ministry's release: "Herausgeber: Example, Referat Presse"
    r"herausgeber(?:in)?\s*:)|"
    # "About the Port Authority:" / "About Example Corp" / "Über Beispiel AG:": capitalised
    r"(?:About|Über|О компании)(?: (?:the |die |der |das )?[A-ZÄÖÜ][\w&.,'-]*"
    r"(?: (?:[A-ZÄÖÜ][\w&.,'-]*|of|and|for|&|für|und))*)?\s*(?::|$))"
)


@dataclass
class Block:
    """One block of a mail's HTML: its text and whether it is only a link."""

    text: str
    heading: bool
    link_only: bool
    tag: str = "p"
    href: str = ""  # a heading's link: the story's address


_HEADINGS = ("h1", "h2", "h3")
_INLINE_HOSTS = ("p", "li", "h1", "h2", "h3", "h4")
_BLOCKS = ("h1", "h2", "h3", "h4", "p", "li", "div", "td", "blockquote", "pre")
_URL = re.compile(r"https?://|www\.", _I)


def clean_subject(subject: str) -> str:
    """The headline in a subject line ('Press release: X', 'Fwd: X' -> 'X')."""
    return _SUBJECT_PREFIX.sub("", " ".join(subject.split())).strip()


# "ПРАЙМ: Headline", "Kathpress: Headline": one word, capitalised or in capitals
_BRAND_PREFIX = re.compile(r"^(?P<brand>[A-ZА-ЯЁ][\w&.-]{1,19}):\s+(?P<rest>\S.*)$")


def without_brand(subject: str, sender: str, text: str) -> str:
    """A wire's subject 'ПРАЙМ: Headline' without the brand before the colon,
    when the sender's name or the text's agency stamp ('МОСКВА, 24 ноя - ПРАЙМ.') names it;
    a topic in capitals ('NATO: …') named nowhere else stays."""
    m = _BRAND_PREFIX.match(subject)
    if not m:
        return subject
    brand = re.escape(m.group("brand"))
    stamp = re.search(rf"(?:[-–—(]\s*|^){brand}\b", text[:300], re.M)
    if re.search(rf"(?<!\w){brand}(?!\w)", sender) or stamp:
        return m.group("rest")
    return subject


def html_blocks(body: HtmlElement) -> list[Block]:
    """The mail's blocks in reading order (a layout cell's own text, a paragraph's lines).
    A cell's own text around a block inside it ("Headline" <div>18:05</div> <p>Teaser</p>
    "Read more") is read where it stands, before and after that block."""
    for br in body.iter("br"):
        br.tail = "\n" + (br.tail or "")
    order = {el: n for n, el in enumerate(body.iter())}
    placed: list[tuple[float, int, Block]] = []
    in_rows: set[HtmlElement] = set()
    labelled = _label_rows(body)
    paired = {row for row, _ in labelled}
    for row, line in [*[r for r in _field_rows(body) if r[0] not in paired], *labelled]:
        in_rows.update(row)
        placed.append((float(order[row]), len(placed), Block(line, False, False, "tr")))
    for el in body.iter(*_BLOCKS):
        if el in in_rows:
            continue
        if el.tag in ("div", "td", "blockquote"):  # a quote holds blocks of its own
            runs = _inline_runs(el, order)
        else:
            if any(p.tag in _INLINE_HOSTS for p in el.iterancestors()):
                continue
            text = _without_link_label(el, el.text_content())
            linked = " ".join(" ".join(a.text_content().split()) for a in el.iter("a"))
            runs = [(float(order[el]), text, _all_linked(text, linked))]
        heading = el.tag in _HEADINGS
        anchor = next(el.iter("a"), None)
        href = str(anchor.get("href") or "") if anchor is not None else ""
        opening = " ".join(anchor.text_content().split()) if anchor is not None else ""
        for key, text, link_only in runs:
            for line in text.split("\n"):
                if line := " ".join(line.split()):
                    # a heading's address, or a line's that opens with its link (a headline
                    # with a badge after it: 'Headline X+'): the story's
                    opens = bool(opening) and line.startswith(opening) and len(opening) > 20
                    link = href if heading or link_only or opens else ""
                    placed.append((key, len(placed), Block(line, heading, link_only, el.tag, link)))
    return [block for _, _, block in sorted(placed, key=lambda p: (p[0], p[1]))]


def _without_link_label(el: HtmlElement, text: str) -> str:
    """A paragraph's text without the link closing it that only says where to read on
    ('… teilte das Unternehmen mit. <a>Weiterlesen</a>'). Why: the label glued to the
    teaser made it no sentence, and the item's headline no headline over text."""
    last = el[-1] if len(el) else None
    if last is None or last.tag != "a" or (last.tail or "").strip():
        return text
    label = last.text_content().strip()
    kept = text.rstrip()
    if not label or not kept.endswith(label) or not is_link_label(label) or kept == label:
        return text
    return kept[: -len(label)].rstrip()


_ROW_CELLS = 3  # a table row of this many short cells or more is one line of fields
_CELL_WORDS = 6


def _field_rows(body: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The table rows that print one line of fields in cells of their own ('Outlet | Print |
    Monday, November 24, 2025 | Page A3 | Section: City'), each with that line as a stamp
    line spells it ('Outlet · Print · …'): short cells, none a link or a block of its own."""
    rows = []
    for row in body.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        texts = [" ".join(c.text_content().split()) for c in cells]
        if len(cells) < _ROW_CELLS or not all(
            0 < len(t.split()) <= _CELL_WORDS
            and c.find(".//a") is None
            and not any(d.tag in _LAYOUT for d in c.iterdescendants() if isinstance(d.tag, str))
            for c, t in zip(cells, texts, strict=True)
        ):
            continue
        rows.append((row, " · ".join(texts)))
    return rows


# A label cell of a table of fields: 'Source', 'Дата публикации:', 'Ressort:', two names of
# one figure joined by a slash ('Visits/Monat:', 'Auflage/Reichweite') (no digits).
_LABEL_CELL = re.compile(r"^[^\W\d][^\W\d_]*(?:[ /-][^\W\d_]+){0,2}\s*:?$")
_LABEL_ROWS = 3  # a table of at least this many label rows is a field table
_VALUE_WORDS = 12


def _label_rows(body: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The rows of a table of fields, a label cell beside its value ('Source' | 'Outlet',
    'Рубрика:' | 'Экономика'), each as one line 'Label: value'; a row of two such pairs or
    more ('Medium:' | 'Outlet' | '' | 'Medientyp:' | 'Print') as a line a pair. Why: read
    cell by cell, the label and its value fall on lines of their own, and no field reader
    sees them. The table's top rows count: a row of figures may close it."""
    rows = []
    for table in body.iter("table"):
        found = []
        trs = table.xpath("./tr|./tbody/tr")
        if header := _header_pairs(trs):
            rows.extend(header)
            continue
        for tr in trs:
            cells = _row_cells(tr)
            if any(d.tag in _LAYOUT for c in cells for d in c.iter() if d is not c):
                break
            texts = [" ".join(c.text_content().split()) for c in cells]
            pairs = _cell_pairs(texts, [_marked_label(c) for c in cells])
            if not pairs:
                break
            found.extend((tr, f"{label.rstrip(' :')}: {value}") for label, value in pairs)
        if len({id(tr) for tr, _ in found}) >= _LABEL_ROWS:
            rows.extend(found)
    return rows


def _row_cells(tr: HtmlElement) -> list[HtmlElement]:
    return [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _marked_label(cell: HtmlElement) -> bool:
    """A cell set as a label: a header cell, or its whole text in bold ('<b>Источник</b>'),
    as a monitoring table marks its labels where it writes no colon."""
    text = " ".join(cell.text_content().split())
    if not text or cell.find(".//a") is not None:
        return False
    if cell.tag == "th":
        return True
    bold = " ".join(" ".join(b.text_content().split()) for b in cell.iter("b", "strong"))
    return bold == text


_HEADER_PAIRS = 3  # a header table names this many fields at least


def _header_pairs(trs: list[HtmlElement]) -> list[tuple[HtmlElement, str]]:
    """A table of column names over its one row of values ('Publication | Date | Section'
    over 'Outlet | 01 Dec 2026 | Business') as 'Name: value' lines, as a label cell beside
    its value is read: the names say what each value is. A dash or empty value names none."""
    if len(trs) != 2:
        return []
    names, values = _row_cells(trs[0]), _row_cells(trs[1])
    if len(names) != len(values) or len(names) < _HEADER_PAIRS:
        return []
    name_texts = [" ".join(c.text_content().split()) for c in names]
    if not all(
        _marked_label(c) and _LABEL_CELL.match(t) for c, t in zip(names, name_texts, strict=True)
    ):
        return []
    if any(_marked_label(c) or d.tag in _LAYOUT for c in values for d in c.iter() if d is not c):
        return []
    found = []
    for name, cell in zip(name_texts, values, strict=True):
        value = " ".join(cell.text_content().split())
        if value.strip("-–—") and len(value.split()) <= _VALUE_WORDS:
            found.append((trs[1], f"{name.rstrip(' :')}: {value}"))
    return found if len(found) >= _HEADER_PAIRS else []


def _cell_pairs(texts: list[str], marked: list[bool] | None = None) -> list[tuple[str, str]]:
    """A row's cells as (label, value) pairs: two cells, a label and its value, or two
    pairs or more side by side, each label with its colon, empty spacer cells between them
    ('Datum:' | '01.12.2026' | '' | 'Seite:' | '17'); [] for any other row. A label set in
    bold or as a header cell beside a plain value needs no colon ('Источник' | 'Outlet' |
    'Дата' | '01.12.2026')."""
    if len(texts) == 2:
        ok = _LABEL_CELL.match(texts[0]) and 0 < len(texts[1].split()) <= _VALUE_WORDS
        return [(texts[0], texts[1])] if ok else []
    marks = marked or [False] * len(texts)
    shown = [(t, m) for t, m in zip(texts, marks, strict=True) if t]
    pairs = list(zip(shown[::2], shown[1::2], strict=False))
    if (
        len(shown) < 4
        or len(shown) % 2
        or not all(
            (label.endswith(":") or (label_marked and not value_marked))
            and _LABEL_CELL.match(label)
            and not value.endswith(":")
            and 0 < len(value.split()) <= _VALUE_WORDS
            for (label, label_marked), (value, value_marked) in pairs
        )
    ):
        return []
    return [(label, value) for (label, _), (value, _) in pairs]


# What stands between the links of a row of actions: "View result · Add to project · Mute".
_LINK_SEPARATORS = re.compile(r"[\s·•|/]+")


def _all_linked(text: str, linked: str) -> bool:
    """Whether a block's text is its links' and nothing else, but the separators between
    them (a row of actions under an alert's item, "View result · Add to project")."""
    words = _LINK_SEPARATORS.split(text.strip())
    return bool(text.strip()) and words == _LINK_SEPARATORS.split(linked.strip())


_LAYOUT = {*_BLOCKS, "table", "tbody", "tr", "ul", "ol", "section", "article", "header"}


def _inline_runs(cell: HtmlElement, order: dict) -> list[tuple[float, str, bool]]:  # type: ignore[type-arg]
    """A layout cell's own text, with its inline elements' (a headline linked inside a
    bold div) but not its blocks' (read on their own): one run before its first block and
    one after each, placed after that block's last element, and whether each is all link."""
    runs: list[tuple[float, str, bool]] = []
    key, parts, linked = float(order[cell]), [cell.text or ""], []

    def close() -> None:
        text = "".join(parts).strip()
        runs.append((key, text, _all_linked(text, " ".join(linked))))

    for child in cell:
        if isinstance(child.tag, str) and child.tag in _LAYOUT:
            close()
            last = next(reversed(list(child.iter())), child)
            key, parts, linked = order[last] + 0.5, [], []
        else:
            inner = child.text_content() if isinstance(child.tag, str) else ""
            parts.append(inner)
            if isinstance(child.tag, str) and (child.tag == "a" or child.find(".//a") is not None):
                linked.append(inner)
        parts.append(child.tail or "")
    close()
    return [run for run in runs if run[1]]


# Labels that never name a desk, wherever they stand over a headline: the mail's link to
# its web view ('View in browser', 'Im Browser ansehen', 'Открыть в браузере') and a
# monitoring alert's label over a clip's text ('Volltext', 'Full text', 'Полный текст').
NO_RUBRIC = re.compile(
    r"^(?:view (?:this (?:e-?mail|newsletter) |it )?(?:in (?:your |a )?browser|online|as "
    r"(?:a )?web ?page)|web ?version|online[- ]ansicht|webversion(?: anzeigen| ansehen)?|"
    r"(?:im|in ihrem|in deinem) browser (?:ansehen|anzeigen|öffnen|lesen)|"
    r"(?:открыть|смотреть|посмотреть|просмотреть) в браузере|веб-версия( письма)?|"
    r"full text|article text|volltext|artikeltext|полный текст|текст статьи)\s*:?$",
    _I,
)


# A mail's preheader offering its web view, over the masthead or the first item: 'View this
# email in your browser', 'Having trouble viewing this email? …', 'Probleme mit der
# Darstellung? …', 'Wird diese E-Mail nicht richtig angezeigt? …', 'Если письмо
# отображается некорректно, откройте веб-версию.'
WEB_VIEW = re.compile(
    r"^(?:(?:view|read|open|see) (?:this |the )?(?:e-?mail|newsletter|message|issue)?\s?"
    r"(?:in|on) (?:your|a|the) (?:web )?browser|"
    # a blog platform's preheader: 'View this post on the web at https://…', 'Read online'
    r"(?:view|read|open|see) (?:this |the )?(?:post|e-?mail|newsletter|issue|article)? ?"
    r"(?:on the web|online)\b|"
    r"(?:diesen )?(?:beitrag|artikel|newsletter) (?:im web|online) (?:ansehen|lesen|öffnen)|"
    r"(?:открыть|читать|посмотреть) (?:этот )?(?:пост|выпуск|письмо)? ?(?:на сайте|онлайн|в вебе)|"
    r"(?:having )?(?:trouble|problems?|difficult(?:y|ies)|can'?t|cannot|unable to) "
    r"(?:viewing|reading|seeing|to view|to read|view|read|see)\b[^.?!\n]{0,30}"
    r"\b(?:e-?mail|message|newsletter|images)|"
    r"(?:probleme|schwierigkeiten) (?:mit|bei) der (?:darstellung|anzeige)|darstellungsprobleme|"
    r"(?:wird|werden) (?:diese|die|dieser|der) (?:e-?mail|nachricht|newsletter|mail|bilder) "
    r"nicht (?:richtig |korrekt |einwandfrei )?angezeigt|"
    r"(?:e-?mail|newsletter) (?:im browser|online) (?:ansehen|anzeigen|öffnen|lesen)|"
    r"(?:если|в случае,? если) (?:это |данное )?(?:письмо|рассылка) (?:отображается|"
    r"показывается|не отображается) (?:некорректно|неправильно|неверно)?|"
    r"(?:не|плохо) (?:отображается|видно) (?:письмо|рассылка)|"
    r"не отображаются (?:картинки|изображения)|"
    r"(?:открыть|откройте|посмотреть|посмотрите|смотреть) (?:это )?(?:письмо )?в браузере)",
    _I,
)
_WEB_VIEW_LINES = 8  # the preheader stands over the masthead or right under it
_WEB_VIEW_CHARS = 160


def without_web_view(text: str) -> str:
    """A mailed text without its preheader's web-view offer among its first lines. Why: a
    sentence of its own, it read as the text of an item over the first, and every
    headline, day and dateline shifted onto the item before its own."""
    lines = text.split("\n")
    head = [ln for ln in lines[:_WEB_VIEW_LINES] if ln.strip()]
    cut = {
        ln
        for ln in head
        if len(ln) <= _WEB_VIEW_CHARS and ln.lstrip()[:1].isalpha() and WEB_VIEW.match(ln.strip())
    }
    if not cut:
        return text
    top = lines[:_WEB_VIEW_LINES]
    return "\n".join([ln for ln in top if ln not in cut] + lines[_WEB_VIEW_LINES:])


# A link's call to action alone on its line ('Weiterlesen', 'Read more', 'Mehr', 'Подробнее').
_ACTION_LABEL = re.compile(
    r"^\W*(?:mehr|more|details|hier|here|lesen|read|подробнее|далее|читать|"
    r"more (?:here|info)|mehr (?:dazu|erfahren|infos?)|"
    # the link to the clip in the service's portal ('Open in portal', 'Im Portal öffnen',
    # 'Открыть в СКАН')
    r"(?:open|view|открыть|смотреть)\s+(?:in|в)\s+\S{2,15}|(?:im|in)\s+\S{2,15}\s+(?:öffnen|ansehen)|"
    # the button to the clip itself ('View clip', 'Watch clip', 'Clip ansehen')
    r"(?:view|watch|play|open|listen to)\s+(?:the\s+)?(?:clip|mention|coverage)|"
    r"clip\s+(?:ansehen|öffnen|anhören))"
    r"\W*$",
    _I,
)


def is_link_label(text: str) -> bool:
    """Whether a short line is a link's label under an item ('Weiterlesen', 'Read more',
    'Подробнее'). Why: standing right over the next headline, it passed for that item's
    rubric, and every item but the first was filed under 'Weiterlesen'."""
    bare = text.strip()
    return len(bare) < 40 and bool(_READ_ON.match(bare) or _ACTION_LABEL.match(bare))


def _is_rubric(text: str) -> bool:
    """A section label over a headline: one to three words, no sentence, no date, no
    quotation (a quote over the headline, "'WE'RE DEVASTATED'", is its kicker)."""
    return (
        0 < len(text.split()) <= 3
        and not NO_RUBRIC.match(text.strip())
        and not re.search(r"[.!?:;,\d]", text)
        and text.strip()[:1] not in "'\"‘’“”„«»"
        # '– Lea', '— The editors': the intro's signature under its text, no desk
        and text.strip()[:1] not in "–—-"
        # 'Read more →', 'Weiterlesen »', 'Weiterlesen': a link's call to action, no desk
        and text.strip()[-1:] not in "→»›"
        and not is_link_label(text)
        and not find_dates(text)
        # 'Share this article' over a release's headline; a desk's one word ('News') stays
        and not (len(text.split()) > 1 and is_boilerplate(text))
    )


def _path_parts(href: str) -> set[str]:
    """The parts of an address's path ('/lokal/speyer_artikel,-…' -> lokal, speyer, …)."""
    return {p for p in re.split(r"[/_]", urlsplit(href).path.casefold()) if p}


def _over(blocks: list[Block], start: int) -> list[Block]:
    """The (at most two) text blocks right over the headline at ``start``, links and
    headings left out. Why: the rubric label and the item's stamp lines are read from the
    same place."""
    return [b for b in blocks[max(0, start - 2) : start] if not b.link_only and not b.heading]


_FIELD_ROWS_MAX = 6  # a monitoring item's field table: outlet, day, desk, author, page, kind


def _kind_or_page(label: str, value: str) -> bool:
    """A clip's medium or page row ('Medientyp: Print', 'Seite: 17', 'Page: A3')."""
    value = value.strip()
    if not value or len(label.split()) > 2:
        return False
    return is_medium_kind(value) or (field_kind(label) == "page" and len(value.split()) <= 2)


def _field_rows_over(blocks: list[Block], start: int) -> list[str]:
    """The labelled rows of a monitoring item's field table right over its headline
    ('Источник: X' / 'Дата выпуска: …' / 'Рубрика: …' / 'Автор: …'), two at least, else
    []. Why: the table is the item's own stamp, however many rows it has; read as the
    lines of the item above it, it gave that item the next one's outlet, day and desk."""
    rows: list[str] = []
    i = start - 1
    while i >= 0 and len(rows) < _FIELD_ROWS_MAX:
        text = blocks[i].text
        if blocks[i].heading or len(text) > 120 or ":" not in text:
            break
        label, _, value = text.partition(":")
        if (
            audience_figure(text)
            or clip_metrics(text)
            or clip_metric(text)
            or _kind_or_page(label, value)
        ):
            i -= 1  # the clip's reach, ad value, medium or page among its fields: no stamp
            continue
        m = _ALERT_LABEL.match(text)
        if m is None or not m["value"] or m.end() != len(text):
            break
        rows.insert(0, text)
        i -= 1
    return rows if len(rows) >= 2 else []


# An editor's intro signed over the first item: 'Your editorial team', 'Ihre Redaktion des
# Newsletters', 'Ваша редакция', 'Mit freundlichen Grüßen', 'Best wishes,'; the line under it
# (the team's department) is the signature's, no item's desk.
SIGNED_BY = re.compile(
    r"^(?:(?:ihre?|eure?|your|the|ваша?|ваш[иы]?)\s+(?:[^\W\d][\w-]*\s+){0,2}"
    r"(?:redaktion|team|editors?|editorial team|newsroom|редакция|команда)\b|"
    r"(?:mit )?(?:freundlichen|besten|herzlichen) grüßen|(?:best|kind|warm) (?:regards|wishes)|"
    r"с уважением)",
    re.I,
)


_ARROWS = ("›", "»", ">", "→")


def _rubric_over(blocks: list[Block], start: int) -> str:
    """The section label over the headline at ``start``: the label right over it, or, of two
    labels, the one the story's address names as a part of its path (a section 'Speyer'
    over a kicker 'Verkehr', linked to '/lokal/speyer/…'): the other is the kicker."""
    if start > 1 and is_slug_field(blocks[start - 1].text):
        # the wire's slug right over the headline ('POLITICS' / 'SLUG: POLITICS Budget'):
        # the desk is the label over it
        return _rubric_over(blocks[: start - 1] + blocks[start : start + 1], start - 1)
    labels = [b.text for b in _over(blocks, start) if _is_rubric(b.text)]
    parts = _path_parts(blocks[start].href) if blocks[start].href else set()
    named = [t for t in labels if "-".join(t.casefold().split()) in parts]
    before = blocks[start - 1].text if start > 0 else ""
    if start > 1 and _MEDIUM_LINE.match(before) and one_line_stamp(blocks[start - 2].text):
        before = ""  # a monitoring item's medium ('Online') under its stamp: no desk
    if named:
        return named[0]
    crumbs = [c.strip() for c in TRAIL_SEP.split(before.strip())]
    named = [c for c in crumbs if "-".join(c.casefold().split()) in parts]
    if len(crumbs) > 1 and len(named) == 1 and _is_rubric(before):
        # 'Hotellerie / Expansion' over a story linked to '/hotellerie/…': the desk the
        # address names, the crumb beside it the story's topic
        return named[0]
    if (kicked := _desk_over_kicker(blocks, start)) is not None:
        return kicked
    if start > 1 and SIGNED_BY.match(blocks[start - 2].text):
        return ""  # the intro's signature ('Ihre Redaktion' / 'Fachbereich X'): no desk
    path = _rubric_path(before)
    if not path and any(arrow in before for arrow in _ARROWS):
        # a trail set with arrows right over the headline ('Agency news › River transport'):
        # its deepest crumb is the desk, a name the desk list knows or not
        path = arrow_trail_over_title([before, blocks[start].text], 1)
    if not path and start > 1 and _is_rubric(before):
        # a trail over the label ('Region › Town desk' / 'Topic' / headline): the trail's
        # deepest crumb is the desk, the label under it the story's kicker
        above = blocks[start - 2].text
        path = _rubric_path(above) or arrow_trail_over_title([above, before, ""], 2)
    return path or (before if _is_rubric(before) else "")


def _desk_over_kicker(blocks: list[Block], start: int) -> str | None:
    """The desk of two labels stacked over the headline ('Wirtschaft' / 'Flughafen BER' /
    headline) where the upper one is a desk's name and the lower one is not: the lower is
    the story's kicker. None where the labels are not so. Why: the label right over the
    headline was taken for the desk, and the item filed under its kicker."""
    if start < 2 or any(b.link_only or b.heading for b in blocks[start - 2 : start]):
        return None
    upper, lower = (blocks[start - 2].text.strip(), blocks[start - 1].text.strip())
    if not (_is_rubric(upper) and _is_rubric(lower)) or _rubric_path(lower):
        return None  # a trail under the label ('Home / Business'): read as a trail
    if start > 2 and _is_rubric(blocks[start - 3].text):
        return None  # the last of a menu's labels ('Sport' / 'Opinion'), no desk over a kicker
    desk = upper.casefold() in VOCABULARY and lower.casefold() not in VOCABULARY
    return upper if desk else None


def desk_byline(text: str) -> tuple[str, str] | None:
    """A row over a headline naming the item's desk and its writer ('Finance · Jane Doe',
    'Политика · Иван Петров') as (desk, person), else None. Why: a person's name is no
    crumb of a section path, it is the byline."""
    if len(text) > 80 or ("·" not in text and "|" not in text and "•" not in text):
        return None
    parts = [part.strip() for part in STAMP_PARTS.split(text.strip())]
    if len(parts) != 2 or not _is_rubric(parts[0]) or stamp_person(parts[0]):
        return None
    if " " in parts[0] and not section_of_line(parts[0]):
        return None  # 'Example Post | Morning Alert': a masthead and its edition, no desk
    if find_dates(parts[1]) or is_boilerplate(parts[1]):
        return None
    person = stamp_person(parts[1])
    return (parts[0], person) if person else None


def _rubric_path(text: str) -> str:
    """The deepest part of a rubric path over a headline ('Lokales · Minden', 'News | Local
    Hubs | Town'), as a breadcrumb names the story's own section; '' for other lines."""
    if (row := desk_byline(text)) is not None:
        return row[0]
    parts = TRAIL_SEP.split(text.strip())
    if len(parts) < 2 or any(not p or len(p.split()) > 4 for p in parts) or find_dates(text):
        return ""
    return section_of_line(text)


# A digest item's link back up to the contents under its text ('Back to top', '↑ Nach oben',
# '[к оглавлению]'): nothing under it is the item's.
_BACK_LINK = re.compile(
    r"^[\W_]*(?:back to (?:the )?(?:top|contents|table of contents|headlines|overview)|"
    r"(?:zurück )?nach oben|zurück zu(?:m|r)? (?:inhalt(?:sverzeichnis)?|übersicht|anfang)|"
    r"(?:вернуться )?(?:к (?:оглавлению|содержанию|началу)|наверх))[\W_]*$",
    _I,
)


def frame_end(lines: list[str], link_only: list[bool] | None = None) -> int:
    """Where a mailed text ends: a 'read on the site' link (or such a line with no more text
    under it), the mail footer, or a bare link with no more text under it."""
    flags = link_only or [False] * len(lines)
    prose = [is_prose(line) for line in lines]
    # (the mail's own footer, 'You are receiving this alert because …', is no more text)
    last_prose = max(
        (i for i, is_text in enumerate(prose) if is_text and not MAIL_FOOTER.match(lines[i])),
        default=-1,
    )
    # the last 'Back to top' / '[к оглавлению]' under the text: the item ends over it (an
    # article's sections each closed by one keep theirs)
    back = max((i for i, line in enumerate(lines) if _BACK_LINK.match(line)), default=-1)
    seen_text = False
    for i, line in enumerate(lines):
        if seen_text:
            if i == back:
                return i
            no_more_text = i >= last_prose
            if MAIL_FOOTER.match(line) or (flags[i] and no_more_text):
                return i
            read_on = _READ_ON.match(line) and not _text_label(lines, i)
            if read_on and (flags[i] or _URL.search(line) or no_more_text):
                return i
            if no_more_text and _is_link_row(line):
                return i
            if _is_action_row(line):  # the buttons under the text, maybe over the footer
                footer = next(
                    (j for j in range(i, len(lines)) if MAIL_FOOTER.match(lines[j])), None
                )
                if not any(prose[i + 1 : footer]):
                    return i
        seen_text = seen_text or prose[i]
    return len(lines)


_FIELD_TEXT = re.compile(r"^[^\W\d][^\W\d_]*(?:[ /-][^\W\d_]+){0,2}: \S")


def _field_lines(
    lines: list[str], part: list[Block], start: int, blocks: list[Block], over: bool = True
) -> tuple[list[str], list[str]] | None:
    """A monitoring alert's clip with its table of fields ('Source: Outlet', 'Published:
    …', 'Section: Desk', 'Reach: …') right under its headline or (``over``, a one-clip
    alert's) right over it: (the field lines as its stamp, the headline and text without
    them, nor a 'Full text:' label under them); None where no such table is. Why: they name
    the clip's outlet, day and desk, the alert's sender is the service's; read as the clip's
    lines, a row ('Link: Open original') was its headline."""
    rows = [b.text for b in itertools.takewhile(lambda b: b.tag == "tr", part[1:])]
    if len(rows) >= _LABEL_ROWS or not over:
        rest = lines[1 + len(rows) :]
        if rest and _text_label(rest, 0):
            rest = rest[1:]
        out = [lines[0], *rest]
    else:
        # a bare 'Volltext' / 'Full text' label between the table and the headline
        skip = 1 if start > 0 and NO_RUBRIC.match(blocks[start - 1].text.strip()) else 0
        above = itertools.takewhile(lambda b: b.tag == "tr", reversed(blocks[: start - skip]))
        rows, out = [b.text for b in above][::-1], lines
    if len(rows) < _LABEL_ROWS or not all(map(_FIELD_TEXT.match, rows)):
        return None
    if not any(OUTLET_LABEL.match(row) for row in rows):
        return None
    return rows, out


_LABELLED_TEXT = 8  # words of the first line under a 'Full text:' label over the text


def _text_label(lines: list[str], i: int) -> bool:
    """Whether line i is a label over the text under it ('Full text:' over a paragraph, in a
    monitoring alert's fields), not a link to it: a colon ends it, a long line follows."""
    under = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
    return (
        lines[i].strip().endswith(":")
        and not _URL.search(under)
        and len(under.split()) >= _LABELLED_TEXT
    )


_ACTIONS = 3  # a row of this many short labels or more under a text is its buttons
_ACTION_WORDS = 3


def _is_link_row(line: str) -> bool:
    """A row of short labels ending in the item's address under the text ('Open in the
    system · Add to report: https://…'): the monitoring service's links, no text."""
    m = re.search(r"(?:https?://|www\.)\S+$", line.strip())
    labels = line.strip()[: m.start()].strip(" :·•|-") if m else ""
    return bool(labels) and len(labels.split()) <= _LINK_ROW_WORDS and not is_prose(labels)


_LINK_ROW_WORDS = 8


_NO_LABEL = re.compile(r"[\d.!?:;,]")


def _is_action_row(line: str) -> bool:
    """A row of buttons under an item ('Open mention · Add to favourites · Hide source'):
    three short labels or more between separators, no sentence in them, no figure but a
    labelled counter ('Engagement: 212')."""
    parts = STAMP_PARTS.split(line.strip())
    labels = [p for p in parts if 0 < len(p.split()) <= _ACTION_WORDS and not _NO_LABEL.search(p)]
    # a figure among them ('Вовлечённость: 212', 'Likes: 40'): the clip's counters, no text
    figures = [p for p in parts if _FIGURE_FIELD.match(p.strip())]
    return len(labels) >= _ACTIONS and len(labels) + len(figures) == len(parts)


# A newsletter's issue named over its one story: "Article of the Day", "Ihr Artikel des
# Tages", "Статья дня", "Morning Briefing", "Newsletter": the mailing, never an outlet.
_ISSUE_LABEL = re.compile(
    r"(?:(?:your|ihr|dein|ваша?)\s+)?(?:(?:article|story|read|pick|long ?read|artikel|beitrag|"
    r"lesetipp|geschichte|text|статья|материал|история|текст|выбор)\s+(?:of\s+the|des|der|"
    r"дня|недели)(?:\s+(?:day|week|tages|woche))?|(?:daily|weekly|morning|evening|"
    r"sunday)\s+(?:briefing|digest|newsletter|edition|read)|newsletter|дайджест|рассылка)",
    _I,
)


def is_issue_label(text: str) -> bool:
    """Whether `text` names a newsletter's issue, not an outlet ('ARTICLE OF THE DAY')."""
    text = text.strip(" .:|·-")
    return len(text) <= 40 and bool(_ISSUE_LABEL.fullmatch(text))


def is_release_tail(line: str) -> bool:
    """Whether a line opens a release's editors' notes ('Pressekontakt:', 'Notes to editors',
    'About Example Corp:')."""
    return bool(_RELEASE_TAIL.match(line.strip()))


def release_end(lines: list[str]) -> int:
    """Where a release's editors' notes begin (after two paragraphs of text at least)."""
    prose = 0
    for i, line in enumerate(lines):
        if prose >= 2 and _RELEASE_TAIL.match(line.strip()):
            return i
        prose += is_prose(line)
    return len(lines)


# A press review's numbered item line: "2. «Outlet» (outlet.ru), 25.11.2025".
_QUOTED_STAMP = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?[«\"„“](?P<outlet>[^«»\"„“”]{2,60})[»\"“”]"
    r"(?:\s*\([\w.-]+\.[^\W\d_]{2,6}\))?\s*,\s*(?P<rest>.*\d.*)$"
)


def _quoted_stamp(line: str) -> ItemStamp | None:
    """A review's item line, its number, the outlet in quotes, maybe its site, and the day
    ('1. «Outlet» (outlet.ru), 26.11.2025'): outlet and day; None for other lines. Why: the
    quotes mark the outlet's name, the site in brackets is its address, not its name."""
    m = _QUOTED_STAMP.match(line.strip())
    hits = year_dates(m["rest"]) if m else []
    if not hits or m["rest"][hits[0].end :].strip(" ."):
        return None
    return ItemStamp(m["outlet"].strip(), hits[0].value)


def item_stamp(above: list[str]) -> ItemStamp:
    """The outlet line and the date line ('Monday 24 November 2025 · Transport') a digest
    (media-monitoring alert) prints over each item's headline: the item's own source and day,
    not the alert service's name and sending time. Only a pair of both counts, or one line
    naming both ('Outlet | 24.11.2025 | Ressort: X')."""
    for line in above:
        single = one_line_stamp(line) or colon_stamp(line) or credit_stamp(line)
        if (single := single or _quoted_stamp(line)) is not None:
            # the desk the medium line under it names ('Print · Seite 11 · Ressort: X')
            medium = (ln for ln in above if _MEDIUM_LINE.match(ln))
            single.section = single.section or first_desk(
                [part for ln in medium for part in STAMP_PARTS.split(ln)]
            )
            single.section = single.section or _desk_before_page(line)
            return single
    if (desked := next((s for line in above if (s := _desk_day(line))), None)) is not None:
        return desked
    if (fielded := _outlet_over_fields(above)) is not None:
        return fielded
    stamp = ItemStamp()
    named = next((line for line in above if OUTLET_LABEL.match(line)), "")
    for n, line in enumerate(above):
        hits = year_dates(line)
        if not hits or n == 0:
            continue
        over = above[n - 1]
        if named and _FIELD_TEXT.match(over) and not OUTLET_LABEL.match(over):
            over = named  # a block of fields: the outlet's own ('Medium: X'), not 'Gattung: Y'
        outlet = field_outlet(over)
        if find_dates(outlet) or is_prose(outlet) or not 0 < len(outlet.split()) <= 6:
            continue
        stamp.outlet, stamp.published = outlet, hits[0].value
        rest = STAMP_PARTS.split(line[hits[0].end :].strip(" ,"), maxsplit=1)
        tail = rest[-1].strip(" ·•|") if rest else ""
        stamp.section = tail if _is_rubric(tail) else first_desk(STAMP_PARTS.split(line))
    if not stamp.complete and len(above) >= 2:
        stamp = _day_over_outlet(above) or stamp
    if stamp.complete and not stamp.section:
        # a field block a line each: the desk's own field ('Section: News')
        stamp.section = next(filter(None, map(stated_section, above)), "")
    when = stamp.published
    if when is not None and not (when.hour or when.minute):
        # the day's time in a field of its own ('Datum: 20.11.2025' / 'Uhrzeit: 11:47')
        clock = next((m for line in above if (m := _CLOCK_FIELD.match(line.strip()))), None)
        if clock is not None and int(clock[1]) < 24 and int(clock[2]) < 60:
            stamp.published = when.replace(hour=int(clock[1]), minute=int(clock[2]))
    return stamp


def labelled_day_row(line: str) -> ItemStamp | None:
    """A row of labelled fields naming a clip's day ('Дата: 30.11.2026 21:14 · Рубрика: X ·
    Автор: Y', 'Date: … | Section: …'): its outlet (if a field names it), day and desk; None
    for any other line. Why: a monitoring alert sets it under the headline, the outlet
    in a row of its own over it; neither read as a stamp, the clip took the mail's day."""
    parts = STAMP_PARTS.split(line.strip())
    if len(parts) < 2:
        return None
    fields: dict[str, str] = {}
    for part in parts:
        m = _ALERT_LABEL.fullmatch(part.strip())
        if m is None or not m["value"]:
            return None
        fields.setdefault(next(k for k in _ALERT_KINDS if m[k]), m["value"].strip())
    hits = year_dates(fields.get("date", ""))
    if not hits:
        return None
    return ItemStamp(fields.get("outlet", ""), hits[0].value, fields.get("section", ""))


# A site's address in brackets after the outlet's name ('Example (example.ru)').
_HOST_AFTER = re.compile(r"\s*\((?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-zрф]{2,12}\)$", _I)
# A labelled figure in an outlet's row ('Аудитория: 1,4 млн', 'Reach: 48,200').
_FIGURE_FIELD = re.compile(r"^[^\W\d][\w -]{1,30}:\s*[$€£]?\s*\d[\d.,  ]*\s*[^\W\d]{0,5}\.?$")
_ROW_NAME_WORDS = 6


def _outlet_row(line: str) -> str:
    """The outlet a monitoring alert's row over a clip names first, the rest of it the
    medium's kinds and figures ('Example (example.ru) · СМИ · Онлайн-СМИ · Аудитория: 1,4
    млн'): the name without its address; '' for other lines."""
    name, *rest = STAMP_PARTS.split(line.strip())
    if not rest or not all(is_medium_kind(p) or _FIGURE_FIELD.match(p.strip()) for p in rest):
        return ""
    name = _HOST_AFTER.sub("", name).strip()
    if not 0 < len(name.split()) <= _ROW_NAME_WORDS or ":" in name or find_dates(name):
        return ""
    return "" if is_prose(name) else name


def _outlet_over_fields(above: list[str]) -> ItemStamp | None:
    """A clip's outlet row over its labelled day row (see the two above) as one stamp."""
    for n, line in enumerate(above):
        if (day := labelled_day_row(line)) is None:
            continue
        day.outlet = day.outlet or next((o for ln in above[:n][::-1] if (o := _outlet_row(ln))), "")
        return day if day.outlet else None
    return None


def yearless_desk_day(line: str, sent: datetime) -> ItemStamp | None:
    """A digest item's row naming its desk and a day without its year ('Город 30 ноября,
    15:42'), that day in the year of the mail sent at ``sent`` (the year before for a day
    after it); None for any other line. Why: the row read as no stamp without a year, and
    the item lost its desk and time (dated by the issue's day)."""
    stamp = _desk_day(line, sent.year)
    if stamp is None or stamp.published is None or year_dates(line):
        return None
    when = stamp.published
    if when.date() > sent.date():
        stamp.published = when.replace(year=when.year - 1)  # 'Dec 31' in a mail of Jan 2
    return stamp


def _desk_day(line: str, year: int | None = None) -> ItemStamp | None:
    """A row over an item's headline naming its desk and its day, set apart by a space only
    ('ГОРОД 02.11.2026 18:25', '[Politik] 24.11.2025'): no outlet, the desk and the day;
    None for any other line. Why: with no bar or dot between them the row read as no stamp,
    and the item lost its desk and time (dated by the issue's day). A day without its year
    counts only given the ``year`` to read it in."""
    hits = year_dates(line) if year is None else find_dates(line, default_year=year)
    if not hits or line[hits[0].end :].strip():
        return None
    label = line[: hits[0].start].strip()
    bracketed = label[:1] == "[" and label[-1:] == "]"
    label = label.strip("[] ")
    if not label or not _is_rubric(label) or not all(w.isalpha() for w in label.split()):
        return None
    desk = section_of_line(label)
    return ItemStamp("", hits[0].value, desk or label) if desk or bracketed else None


_DAY_OVER_WORDS = 5  # an outlet's name under its day is a few words
_DAY_CHARS = 40  # and the day line over it a short line


def _day_over_outlet(above: list[str]) -> ItemStamp | None:
    """A review's day line over its outlet line ('02.12.2025' / 'Example Daily', the left
    column of a table of clippings) as the item's outlet and day; None where no line of a
    day alone stands over a name (a desk, a person or a line with a date is none)."""
    for day, name in itertools.pairwise(above):
        name = name.strip()
        if not name or not 0 < len(name.split()) <= _DAY_OVER_WORDS or ":" in name:
            continue
        if len(day) > _DAY_CHARS or sum(c.isdigit() for c in day) < 4:
            continue  # a day line is short and holds its year at least
        if not (hits := year_dates(day)) or not is_only_date(day):
            continue
        if find_dates(name) or is_prose(name) or section_of_line(name) or stamp_person(name):
            continue
        return ItemStamp(bare_outlet(name), hits[0].value)
    return None


# A field of its own for the time of a dated clip: 'Uhrzeit: 11:47', 'Time: 09:15', 'Время: 14:05'.
_CLOCK_FIELD = re.compile(
    r"^(?:uhrzeit|zeit|sendezeit|time|время)\s*:\s*(\d{1,2})[:.](\d{2})(?:\s*(?:uhr|h))?$", _I
)


_PAGE = re.compile(r"^(?:seite|s\.|page|p\.|стр\.|с\.)\s*\d+$", _I)


def _desk_before_page(line: str) -> str:
    """The plain rubric between a stamp's day and its page ('Outlet | 24.11.2025 | Münster |
    Seite 13'): the desk the clipping ran under, or ''."""
    parts = [part.strip() for part in STAMP_PARTS.split(line.strip())]
    if len(parts) != 4 or not _PAGE.match(parts[3]) or not year_dates(parts[1]):
        return ""
    desk = parts[2]
    return desk if 0 < len(desk.split()) <= 3 and not re.search(r"[\d:;,.!?@]", desk) else ""


# A monitoring item's medium line under its stamp: the kind of medium, maybe with the page
# and desk ("Print · Seite 11 · Ressort: Lokales", "Online", "TV · 19:00").
_MEDIUM_LINE = re.compile(
    r"^(?:print|online|web|tv|radio|hörfunk|fernsehen|agentur|social media|печать|онлайн|"
    r"интернет|тв|радио)(?:\s*[·•|]\s*[^·•|]{1,40}){0,4}$",
    _I,
)
# A monitoring service's group heading over the clips of one kind of medium ('PRESS',
# 'Online', 'Broadcast', 'Printmedien', 'Интернет-СМИ'): the medium, never an outlet.
_MEDIUM_KIND = re.compile(
    r"^(?:print|press|presse|printmedien|print media|online|online media|online news|web|"
    r"internet|tv|television|radio|broadcast|broadcasting|hörfunk|fernsehen|rundfunk|"
    r"agentur(?:en|meldungen)?|agenc(?:y|ies)|wire|newswires?|social(?: media)?|blogs?|"
    r"podcasts?|печать|пресса|печатные сми|онлайн|онлайн-сми|интернет|интернет-сми|тв|"
    r"телевидение|радио|информагентств[оа]|сми|соцсети|социальные сети)$",
    _I,
)


def is_medium_kind(label: str) -> bool:
    """Whether a label over a monitoring alert's clips names the kind of medium they ran
    in. Why: a group heading 'PRESS' over its clips was read as their outlet."""
    return bool(_MEDIUM_KIND.match(" ".join(label.split()).strip(" :")))


# A text digest's line over each item: "Braunschweiger Zeitung, 24.11.2025:" (outlet, day,
# maybe a page, and a colon that opens the item).
_COLON_STAMP = re.compile(r"^(?P<outlet>[^,:;\d]{2,60}?),\s*(?P<rest>[^:]*\d[^:]*):$")


def colon_stamp(line: str) -> ItemStamp | None:
    """'Outlet, 24.11.2025:' over a text digest's item as its outlet and day, else None."""
    m = _COLON_STAMP.match(line.strip())
    if not m or not 0 < len(m["outlet"].split()) <= 6:
        return None
    hits = year_dates(m["rest"])
    return ItemStamp(m["outlet"].strip(), hits[0].value) if hits else None


def stamp_author(above: list[str]) -> str:
    """The author a digest's stamp lines name ('Опубликовано: … · Автор: Ольга Ковалёва'),
    or a clipping service's credit by commas ('Outlet, 25.11.2025, автор: Jane Doe')."""
    parts = (
        part
        for line in above
        for part in (line.split(",") if credit_stamp(line) else STAMP_PARTS.split(line))
    )
    named = next((name for part in parts if (name := author_of_line(part))), "")
    # or the writer before the outlet ('Jane Doe | Example Post | Nov 3, 2026')
    named = named or next((name for line in above if (name := stamp_reporter(line))), "")
    # or the writer beside the desk in the row over the headline ('Finance · Jane Doe')
    return named or next((row[1] for line in above if (row := desk_byline(line))), "")


_NUMBERED = re.compile(r"(\d{1,3})\.\s+(?=\S)")


def unnumbered(headline: str, count: int) -> str:
    """A digest item's headline without its number ('2. Headline' as the second item): the
    number counts the items, it is no part of the headline ('3. Liga …' as the first is)."""
    m = _NUMBERED.match(headline)
    return headline[m.end() :] if m and int(m[1]) == count else headline


def _day_alone(block: Block) -> bool:
    """Whether a block is a day alone, maybe with its time ('30.11.2026 | 08:12 Uhr')."""
    return not block.link_only and bool(year_dates(block.text)) and is_only_date(block.text)


def _is_headline_line(text: str) -> bool:
    """A line that can head an item: a few words, no full stop at its end."""
    return 3 <= len(text.split()) <= 20 and not text.rstrip().endswith(".")


_ISSUE_WORDS = 3  # "Вторник,", "Ausgabe vom", "Morning Briefing ·" around the issue's day
_NAMED_ISSUE_WORDS = 8  # "MM am Morgen – Ihr Briefing für Mittwoch," before the day


def issue_date(body: HtmlElement) -> datetime | None:
    """The day a newsletter's masthead prints for its issue ("Вторник, 25 ноября 2025"):
    above the first heading, a short line that is a dated day and little else, or a line
    the weekday and day close ("Morning Briefing – your update for Wednesday, 26 November
    2025"): the issue's name before its day, no sentence."""
    blocks = html_blocks(body)
    masthead = False
    named = -1  # the issue's name between the masthead and its day
    for n, block in enumerate(blocks):
        if block.heading:
            # the masthead's name set as a heading, the issue's day right under it
            # ('Example Briefing' / 'Edition · Tuesday, 25 November 2025'): read that line
            nxt = blocks[n + 1] if n + 1 < len(blocks) else None
            issue_named = nxt is not None and n + 2 < len(blocks) and not nxt.heading
            if issue_named and _issue_name(nxt.text) and year_dates(blocks[n + 2].text):
                named = n + 1  # the issue's name between ('DAY IN FOUR STORIES')
                nxt = blocks[n + 2]
            short = len(block.text.split()) <= _DECKED_WORDS and not is_prose(block.text)
            if masthead or not short or nxt is None or nxt.heading or not year_dates(nxt.text):
                return None
            masthead = True
            continue
        if n == named:
            continue
        if masthead and not blocks[n - 1].heading and n - 1 != named:
            return None  # only the line right under that heading
        hits = year_dates(block.text)
        if n and hits and hits[0].has_time and is_prose(blocks[n - 1].text):
            # a day and time under running text (the greeting, an item's teaser) is an item's
            # stamp ('27.11.2025 - 14:48 Uhr' under the next headline), no masthead's line
            return None
        if hits and any(author_of_line(part) for part in STAMP_PARTS.split(block.text)[1:]):
            # a day with its writer's byline ('24 ноября 2025, 14:27 | Автор: X'): the first
            # item's stamp over its headline, no masthead's issue line
            return None
        rest = block.text[: hits[0].start] + block.text[hits[0].end :] if len(hits) == 1 else ""
        bar = [p.strip() for p in rest.split("|")] if len(hits) == 1 and "|" in rest else []
        if any(NO_RUBRIC.match(p) for p in bar):
            # the masthead bar's web-view link and the word 'Newsletter' beside the day
            # ('Newsletter | Thursday, 27 November 2025 | View in browser') are its chrome
            rest = " ".join(p for p in bar if not NO_RUBRIC.match(p) and not is_boilerplate(p))
        if len(hits) == 1 and len(re.findall(r"\w+", rest)) <= _ISSUE_WORDS:
            return hits[0].value
        if len(hits) == 1 and _ISSUE_NUMBER.match(block.text) and len(block.text) <= _ISSUE_CHARS:
            return hits[0].value  # 'Ausgabe 48/2025 · 5. Dezember 2025 · Pressestelle'
        if len(hits) == 1 and hits[0].weekday and _closes_issue_line(block.text, hits[0]):
            return hits[0].value
        # the day closing the issue's line after a separator, no weekday ('Daily news from
        # Example · Issue 47 · 6 December 2025', 'Главное за день · 1 декабря 2025')
        if (
            len(hits) == 1
            and _ISSUE_SEPARATED.search(block.text[: hits[0].start])
            and _closes_issue_line(block.text, hits[0], _NAMED_ISSUE_WORDS + 2)
        ):
            return hits[0].value
    return None


_ISSUE_SEPARATED = re.compile(r"\s[·|•]\s*$")
# a line opening with the issue's number: 'Ausgabe 48/2025', 'Issue 112', 'Выпуск № 47'
_ISSUE_NUMBER = re.compile(
    r"^(?:ausgabe|issue|edition|vol\.|volume|выпуск|номер|heft)\s*(?:nr\.|no\.|№|#)?\s*\d", re.I
)
_ISSUE_CHARS = 100  # the issue's line: number, day and maybe the issuer's office


def _closes_issue_line(text: str, hit: DateHit, words: int = _NAMED_ISSUE_WORDS) -> bool:
    """Whether the day ``hit`` found closes a short masthead line, no sentence."""
    head = text[: hit.start]
    return (
        not text[hit.end :].strip(" .")
        and len(re.findall(r"\w+", head)) <= words
        and not re.search(r"[!?;]|\.\s", head)
    )


def _anchor_texts(body: HtmlElement) -> set[str]:
    """The texts of the mail's links, as html_blocks spells its lines."""
    return {t for a in body.iter("a") if (t := " ".join(a.text_content().split()))}


def _linked_heads(blocks: list[Block], anchors: set[str]) -> list[int]:
    """An alert's items with no headings and no stamps: a linked headline over its outlet's
    name and a snippet ('Headline' / 'Example Daily' / 'Plans for …'), the layout repeating
    (two items at least)."""
    heads = [
        i
        for i in range(len(blocks) - 2)
        if blocks[i].text in anchors
        and _is_headline_line(blocks[i].text)
        and blocks[i + 1].text not in anchors
        and 0 < len(blocks[i + 1].text.split()) <= 5
        and not re.search(r"[\d.!?:;]", blocks[i + 1].text)
        and is_prose(blocks[i + 2].text)
    ]
    return heads if len(heads) >= 2 else []


def _timed_heads(blocks: list[Block], anchors: set[str]) -> list[int]:
    """A newsletter's items with no headings: a linked headline over the time the story
    went online ('18:05') and its teaser, or under that time and its rubric ('12:40 |
    Politik') over its teaser, the layout repeating (two items at least)."""
    heads = [
        i
        for i in range(len(blocks) - 2)
        if blocks[i].text in anchors
        and _is_headline_line(blocks[i].text)
        and (
            (clock_time(blocks[i + 1].text) is not None and is_prose(blocks[i + 2].text))
            or (
                i > 0
                and clock_stamp(blocks[i - 1].text) is not None
                and is_prose(blocks[i + 1].text)
            )
        )
    ]
    return heads if len(heads) >= 2 else []


def _foot_stamp(blocks: list[Block], at: int) -> bool:
    """Whether block ``at`` is a byline stamp under an item's text ('Jane Doe · 26.11.2025,
    18.30 Uhr' after its last paragraph): a dated line naming the author, prose over it."""
    text = blocks[at].text
    return (
        at > 0
        and not blocks[at].link_only
        and is_prose(blocks[at - 1].text)
        and bool(year_dates(text))
        and bool(stamp_byline(text))
    )


def _footed_heads(blocks: list[Block]) -> list[int]:
    """A newsletter's items with no headings that print their byline and stamp under the
    text: the headline is the short line right over the paragraphs that stamp closes, the
    layout repeating (two items at least)."""
    heads = []
    for at in (i for i in range(len(blocks)) if _foot_stamp(blocks, i)):
        first = at - 1
        while first > 0 and is_prose(blocks[first - 1].text):
            first -= 1
        head = first - 1
        if head >= 0 and not blocks[head].link_only and _is_headline_line(blocks[head].text):
            heads.append(head)
    return heads if len(heads) >= 2 else []


# The call to read an item on under its teaser in a digest ('Подробнее →', 'Read the full
# brief →', 'Weiterlesen: https://…'), or the credit of a summarised story under it ('— Outlet,
# 3 December 2025'): each closes one item.
_ITEM_END = re.compile(
    r"^(?:(?:подробнее|читать (?:далее|дальше|полностью|целиком)|read (?:more|on)|"
    r"read the (?:full|whole|rest of the) \w+|continue reading|mehr lesen|weiterlesen|"
    r"(?:den )?(?:ganzen|vollständigen) (?:artikel|beitrag|text) lesen)\s*(?:[:→›»>]|$)|"
    r"[—–] [A-ZА-Я][^,\n]{1,40}, .*\d{4}$)",
    _I,
)
_ITEM_END_CHARS = 160
_BYLINE_OPENER = re.compile(r"^(?:By|Von|Автор:?|Текст:)\s", _I)


def _item_end(text: str) -> bool:
    """Whether a block closes a digest item: its read-on link or its credit line."""
    return len(text) <= _ITEM_END_CHARS and bool(_ITEM_END.match(text.strip()))


def _intro_signature(blocks: list[Block], start: int) -> str:
    """The editor's signature under the issue's intro, two blocks over the first headline
    (intro text / 'Jane Doe, managing editor' / rubric / headline), else ''. Why: read
    among the first item's stamp lines, the editor became its author."""
    closing = blocks[start - 3].text.strip() if start >= 3 else ""
    if not (is_prose(closing) or closing.endswith(",")):  # its text, or 'Thanks for reading,'
        return ""
    line = blocks[start - 2].text
    undated = not year_dates(line) and not is_prose(line)
    return line if undated and stamp_author([line]) else ""


_DATED_WORDS = 8  # a stamp line: a day, a time, a name


def _dated_line(text: str) -> bool:
    """A short line with a dated day in it, no sentence: an item's stamp."""
    return len(text.split()) <= _DATED_WORDS and bool(year_dates(text)) and not is_prose(text)


def _read_on_heads(blocks: list[Block]) -> list[int]:
    """A digest's items with no headings, each closed by its read-on link or credit line:
    the headline is the short line right over the item's paragraphs (a byline under it left
    to the text), the layout repeating (two items at least). Why: read as one article, the
    digest's masthead was its title and its items ran together."""
    heads = []
    for at in (i for i in range(1, len(blocks)) if _item_end(blocks[i].text)):
        if not is_prose(blocks[at - 1].text):
            continue
        first = at - 1
        while first > 0 and is_prose(blocks[first - 1].text):
            first -= 1
        head = first - 1
        if head > 0 and _BYLINE_OPENER.match(blocks[head].text):
            head -= 1  # 'By Jane Doe, Fellow' between the headline and its text
        elif head > 0 and _dated_line(blocks[head].text):
            head -= 1  # its stamp ('11.12.2025 10:15 / Jane Doe') between the two
        if head >= 0 and _is_headline_line(blocks[head].text) and not _item_end(blocks[head].text):
            heads.append(head)
    return heads if len(heads) >= 2 else []


def _stamp_up(lines: list[str], part: list[Block]) -> list[str]:
    """An item's lines with the byline stamp printed under its text moved under its
    headline, where the article reader looks for the stamp and the byline."""
    at = next((i for i in range(1, len(lines)) if _foot_stamp(part, i)), None)
    return lines if at is None else [lines[0], lines[at], *lines[1:at], *lines[at + 1 :]]


def _issue_line(body: HtmlElement) -> str:
    """The masthead's date line the issue_date reader takes its day from, or ''."""
    day = issue_date(body)
    blocks = html_blocks(body) if day else []
    return next((b.text for b in blocks if (h := year_dates(b.text)) and h[0].value == day), "")


def _under_byline(blocks: list[Block], at: int) -> str:
    """The text of block ``at``, or of the one under it where ``at`` is a byline ('Autor:
    Jane Doe' between an alert item's headline and its text)."""
    if author_of_line(blocks[at].text) and at + 1 < len(blocks):
        return blocks[at + 1].text
    return blocks[at].text


_DECKED_WORDS = 5  # a headline over its deck runs this long; a masthead is a short name


_CONTENTS_ENTRIES = 2  # a contents list names this many of the headlines under it at least


def _without_contents_heads(blocks: list[Block], heads: list[int]) -> list[int]:
    """The heads without a contents heading ('Headlines' over each story's headline and
    teaser, the full stories under 'Full coverage' further down): its part lists the
    headlines of later heads line for line. Why: a bigger heading than the stories', it
    was taken for the mail's one item, and the stories under it for crossheads."""
    kept = []
    for n, at in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        listed = {b.text.casefold() for b in blocks[at + 1 : stop]}
        later = {blocks[i].text.casefold() for i in heads[n + 1 :]}
        if len(listed & later) < _CONTENTS_ENTRIES:
            kept.append(at)
    return kept


def _decked(blocks: list[Block], heads: list[int]) -> list[int]:
    """The heads with a one-article mail's headline put back over its deck: an h1 of a
    headline's length right over the only h2 with text under it ('Index: hunger rises in
    14 countries' / 'Charity calls for funding' / text) is the headline, the h2 its
    sub-headline. Why: the h1 has no text of its own under it, as a masthead has none."""
    if len(heads) != 1 or heads[0] < 1:
        return heads
    at = heads[0]
    top, deck = blocks[at - 1], blocks[at]
    headline = top.heading and top.tag < deck.tag and len(top.text.split()) >= _DECKED_WORDS
    return [at - 1] if headline and not is_prose(top.text) else heads


_RULE_LINE = re.compile(r"^(?:[-=_*~#]\s*){3,}$")  # '* * *', '-----' between the items
_RULE_TAIL_WORDS = 30  # under an item's last rule, a line or two is the mail's footer


def _last_rule(lines: list[str]) -> int:
    """Where an item ends at the rule drawn under its text, when only a few words (the
    next item's stamp, the issuer's footer) stand under that rule; len(lines) otherwise."""
    rules = [i for i, line in enumerate(lines) if i and _RULE_LINE.match(line.strip())]
    tail = " ".join(lines[rules[-1] + 1 :]) if rules else ""
    return rules[-1] if rules and len(tail.split()) < _RULE_TAIL_WORDS else len(lines)


def _kind_over(blocks: list[Block], i: int, over: list[int]) -> bool:
    """Whether heading ``i`` labels the kind of the stamped item under it ('PRINT', 'ONLINE',
    'RADIO' over a review's outlet line and headline): a word or three right over the item's
    stamp line, its headline under that. Why: taken for an item's headline, it made the
    review's items crossheads of one article under the sender's name."""
    if i + 2 not in over or len(blocks[i].text.split()) > _KIND_WORDS:
        return False
    return item_stamp([blocks[i + 1].text]).complete


_KIND_WORDS = 3


def _without_count_line(blocks: list[Block], heads: list[int]) -> list[int]:
    """The headlines over stamp lines without the alert's own name over its count line
    ('Daily Alert: X' / '4 new mentions · Dec 1 – Dec 2, 2026'), where two clips or more
    stand under it. Why: its note was read as a first item. (A one-clip alert's header
    stays: its readers take the clip from there.)"""
    kept = [
        i
        for i in heads
        if i + 1 >= len(blocks)
        or (stamp := one_line_stamp(blocks[i + 1].text)) is None
        or not is_found_count(stamp.outlet)
    ]
    return kept if len(kept) >= 2 else heads


def _stamped_over(blocks: list[Block]) -> list[int]:
    """The headlines each under their item's outlet-and-day stamp, text under them."""
    heads = [
        i
        for i in range(2, len(blocks) - 1)
        if _is_headline_line(blocks[i].text)
        and is_prose(_under_byline(blocks, i + 1))
        and item_stamp([b.text for b in blocks[i - 2 : i]]).complete
        # a clip's row of figures under its stamp ('Охват: 520 000 | Медиаиндекс: 64,2')
        and not clip_metrics(blocks[i].text)
        and not author_of_line(blocks[i].text)  # a byline under a stamp under a headline
        # the clip's field rows under its stamp ('Section: X · Author: Y', 'Reach: 4.9M')
        and not field_row(blocks[i].text)
    ]
    kept = [i for i in heads if not is_found_count(item_stamp([blocks[i - 1].text]).outlet)]
    return kept if len(kept) >= 2 else heads


# A newsletter's greeting to its readers, opening its editor's intro ('Good morning.',
# 'Guten Morgen, liebe Leserinnen und Leser,', 'Доброе утро!').
GREETING_OPEN = re.compile(
    r"^(?:good (?:morning|evening|afternoon)|guten (?:morgen|abend|tag)|доброе утро|"
    r"добрый (?:день|вечер)|hello|hallo|liebe leser\w*|dear readers?|здравствуйте|"
    # 'Hi all,', 'Hey friends!', 'Hallo zusammen,', 'Привет всем!': a writer's greeting
    r"(?:hi|hey|moin|привет)(?: (?:all|everyone|everybody|there|folks|friends|team|всем|друзья|"
    r"[^\W\d]+))?(?=\s*[,!])|hallo zusammen|"
    # a salutation of a few words closed by its comma or '!' ('Dear friends,', 'Liebe
    # Musterstädterinnen und Musterstädter,', 'Уважаемые коллеги!'), no 'Liebe Grüße,'
    r"(?:(?:dear|дорог(?:ие|ой|ая)|уважаем(?:ые|ый|ая))\s+[^\W\d][\w'’-]*"
    r"(?:\s+(?:(?:and|и|&)\s+)?[^\W\d][\w'’-]*){0,3}|"
    # (German nouns and names capitalised: 'Liebe ist ein Gefühl, das …' is a sentence)
    r"liebe[rs]?\s+(?-i:(?!Gr[üu])[A-ZÄÖÜ][\w'’-]*(?:\s+(?:und\s+(?:liebe\s+)?)?"
    r"[A-ZÄÖÜ][\w'’-]*){0,3}))(?=\s*[,!](?:\s|$)))\b",
    re.I,
)
_ITEM_TEXT_WORDS = 40  # text under a masthead longer than this, and no greeting: an item's


def _issue_name(text: str) -> bool:
    """A newsletter's name under its masthead ('DER TAG KOMPAKT', 'Morning Briefing'): a
    few words, no sentence, no day."""
    return 0 < len(text.split()) <= _DECKED_WORDS and not is_prose(text) and not year_dates(text)


def _counted_rubric(text: str, count: int) -> str:
    """A rubric over the headline counted as the digest's ``count``-th item ('2. ЭКОНОМИКА',
    '3. Sport'): the rubric without its count; '' for other lines."""
    if text[:1].isdigit() and (rubric := unnumbered(text, count)) != text and _is_rubric(rubric):
        return rubric
    return ""


def _masthead_head(blocks: list[Block], at: int) -> bool:
    """Whether heading ``at`` is the issue's masthead ('Example am Morgen' over 'Montag, 24.
    November 2025'): a short name right over the issue's date line, a greeting under it.
    Why: its greeting is text under a heading of the top level, so it passed for the only
    article and the items under their smaller headings for its crossheads."""
    text = blocks[at].text
    if len(text.split()) > _DECKED_WORDS or at + 1 >= len(blocks) or is_prose(text):
        return False
    under = blocks[at + 1].text
    if at + 2 < len(blocks) and not blocks[at + 2].heading and _issue_name(under):
        at += 1  # the issue's name between ('Example' / 'DAY IN FOUR STORIES' / 'Friday, …')
        under = blocks[at + 1].text
    # an item's text under it (article-length, no greeting): a headline over its time line
    nxt = next((i for i in range(at + 1, len(blocks)) if blocks[i].heading), len(blocks))
    prose = [b.text for b in blocks[at + 2 : nxt] if is_prose(b.text)]
    words = sum(len(p.split()) for p in prose)
    greeted = any(GREETING_OPEN.match(b.text) for b in blocks[at + 2 : nxt])
    if words > _ITEM_TEXT_WORDS and not greeted:
        return False
    hits = year_dates(under) if len(under) < 60 else []
    rest = under[: hits[0].start] + under[hits[0].end :] if len(hits) == 1 else ""
    if len(hits) == 1 and len(re.findall(r"\w+", rest)) <= _ISSUE_WORDS:
        return True
    # or the issue's name before its weekday and day ('Business Edition · Dienstag, 25.
    # November 2025'), a greeting under it: the issue's masthead, its edition named
    return len(hits) == 1 and greeted and hits[0].weekday and _closes_issue_line(under, hits[0])


def html_articles(body: HtmlElement, subject: str = "") -> list[tuple[str, list[str], list[str]]]:
    """Each article of a mail laid out as headings: (rubric label, lines from the headline
    to the end of its text, the short lines just over it). The masthead and greeting above
    the first rubric go. With no heading tags, the block that repeats the subject is the
    headline."""
    blocks = html_blocks(body)
    heads = [i for i, b in enumerate(blocks) if b.heading]
    dated: list[int] = []  # the headlines each over their day alone, among stamped ones
    by_credit = False  # the items' desks are in their credits, not over their headlines
    read_on: list[int] = []  # the items each closed by a read-on link or a credit line
    over = _stamped_over(blocks)  # the headlines each under their outlet-and-day stamp
    if not heads:
        # a press review without heading tags: each headline is the short line that its
        # stamp line ("Outlet | 24.11.2025 | Ressort: X") follows
        heads = [
            i
            for i, b in enumerate(blocks[:-1])
            if _is_headline_line(b.text) and one_line_stamp(blocks[i + 1].text) is not None
        ]
        heads = _without_count_line(blocks, heads)
        # in that layout, a linked headline whose line under it is its day alone (no
        # writer's name before it: '01.12.2026', '30.11.2026 | 08:12 Uhr') heads an item too
        dated = [
            i
            for i, b in enumerate(blocks[:-1])
            if heads and b.link_only and _is_headline_line(b.text) and _day_alone(blocks[i + 1])
        ]
        heads = sorted({*heads, *dated})
        # or under it a clipping service's credit ('Outlet, 26.11.2025, S. 8 (Desk)')
        credited = [
            i
            for i, b in enumerate(blocks[:-1])
            if _is_headline_line(b.text) and credit_stamp(blocks[i + 1].text) is not None
        ]
        by_credit = not heads and len(credited) >= 2
        heads = heads or (credited if by_credit else [])
        # or the items each print their outlet and day over the headline ('СМИ: X' /
        # 'Опубликовано: 24.11.2025 09:40 · Раздел: Y'), text under it: the layout that
        # repeats is the digest's (a stamp-like count line under the alert's header is not)
        # (as many of each: the stamp is over the headlines, and the lines found before it
        # are the end of the item above or the alert's header, so the stamped heads win)
        heads = over if len(over) >= max(2, len(heads)) else heads
        if len(heads) < 2 and (closed := _read_on_heads(blocks)) and heads < closed[:1]:
            # the issue's masthead over its stamp line ('Weekly Digest' / 'Publisher |
            # Friday, …') over items each closed by a read-on link: the items head it
            heads = read_on = closed
    elif len(over) >= 2 and all(
        i < over[0] or i in over or _kind_over(blocks, i, over) for i in heads
    ):
        # headings only over the first stamped item ('ОБЗОР ПРЕССЫ' / 'на 27 ноября'), or
        # a bigger heading over stamped headlines ('Daily Briefing' <h2> over <h3>s each
        # under its 'Outlet | date' line): the review's cover; each item's outlet line over
        # its (smaller) headline heads it. Why: the cover heading's level was taken for the
        # items' and the stamped items for crossheads of one article (items were lost)
        heads = over
    stamped = bool(heads) and heads == over if not by_credit else False
    anchors = _anchor_texts(body)
    linked = [] if heads else _linked_heads(blocks, anchors)
    timed = [] if heads or linked else _timed_heads(blocks, anchors)
    footed = [] if heads or linked or timed else _footed_heads(blocks)
    read_on = read_on or ([] if heads or linked or timed or footed else _read_on_heads(blocks))
    heads = heads or linked or timed or footed or read_on
    if not heads and subject:
        key = subject.casefold()
        heads = [next((i for i, b in enumerate(blocks) if b.text.casefold() == key), -1)]
        heads = [i for i in heads if i >= 0]
    if not heads:
        return []
    # a headline has text under it before the next heading (a masthead heading has none);
    # the top level of those heads the items, lower ones are crossheads in their text
    heads = [
        i
        for n, i in enumerate(heads)
        if any(
            is_prose(b.text) and not WEB_VIEW.match(b.text)
            for b in blocks[i + 1 : [*heads, len(blocks)][n + 1]]
        )
    ]
    heads = _without_contents_heads(blocks, heads)
    heads = _decked(blocks, heads)
    if len(heads) >= 3 and _masthead_head(blocks, heads[0]):
        heads = heads[1:]  # the issue's masthead over its items' headlines
    if heads:
        top = min(blocks[i].tag for i in heads)
        heads = [i for i in heads if blocks[i].tag == top]
    found: list[tuple[str, list[str]]] = []
    # the items' headlines counted 1, 2, 3 ('2. Headline'): the count is no headline's
    counted = len(heads) > 1 and all(
        unnumbered(blocks[i].text, n + 1) != blocks[i].text for n, i in enumerate(heads)
    )
    credit_under = ""  # the item's source line under its text ('(Quelle: X, 27.11.2025, S. 9)')
    # the trails over the headlines that share their first crumbs ('North West | Deals')
    trails = shared_trail_desks(blocks[i - 1].text for i in heads if i > 0)
    headed: list[bool] = []  # the items whose rubric is a heading right over the headline
    for n, start in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        if n + 1 < len(heads) and (
            _is_rubric(blocks[stop - 1].text)
            or _counted_rubric(blocks[stop - 1].text, n + 2)
            or _rubric_path(blocks[stop - 1].text)
            or (timed and clock_stamp(blocks[stop - 1].text))
            or _outlet_row(blocks[stop - 1].text)
        ):
            stop -= 1  # the next item's rubric, time or outlet's row over its headline
        if n + 1 < len(heads) and (rows := _field_rows_over(blocks, heads[n + 1])):
            stop = min(stop, heads[n + 1] - len(rows))  # the next item's field table
        while stamped and n + 1 < len(heads) and stop - 2 > start and stop + 2 >= heads[n + 1]:
            if is_prose(blocks[stop - 1].text):
                break
            if stamp_person(blocks[stop - 1].text) and (
                item_stamp([b.text for b in blocks[stop : heads[n + 1]]]).complete
            ):
                break  # a bare name over the next item's whole stamp: this text's sign-off
            stop -= 1  # the next item's outlet and day lines over its headline
        part = blocks[start:stop]
        lines = [b.text for b in part]
        lines[0] = unnumbered(lines[0], n + 1) if by_credit or counted else lines[0]
        if read_on and (close := next((k for k, t in enumerate(lines) if k and _item_end(t)), 0)):
            # the item ends at its read-on link (dropped) or its credit line (kept, read
            # below); the issue's rules, address and footer under the last item go
            lines = lines[: close + (lines[close].strip()[:2] in ("— ", "– "))]
        end = frame_end(lines, [b.link_only or (b.text in anchors and bool(linked)) for b in part])
        end = read_on_end(lines, min(end, _last_rule(lines)))
        lines = lines[: release_end(lines[:end])]
        rows = _field_rows_over(blocks, start)  # the item's own table: no issue's line
        stamps = rows or [b.text for b in _over(blocks, start)]
        # the item above's source line under its text is that item's, never this one's
        stamps = [line for line in stamps if line != credit_under]
        if n == 0 and (signed := _intro_signature(blocks, start)):
            stamps = [line for line in stamps if line != signed]
        credit_under = _credit_under(lines)
        if credit_under:
            lines.pop()
            stamps = stamps if item_stamp(stamps).complete else [credit_under]
        # the day line of the item's own stamp ('02.12.2025' over 'Example Daily', no day
        # in the line right over the headline) read for the issue's: the item's, it stays
        own = n == 0 and stamped and start > 1 and not year_dates(blocks[start - 1].text)
        own = own and item_stamp([blocks[start - 2].text, blocks[start - 1].text]).complete
        if n == 0 and len(heads) > 1 and not rows and not own and (issue := _issue_line(body)):
            # the issue's masthead line over the first of several items is the issue's
            # ('Briefing · Wednesday 26 November 2025'), not that item's stamp
            stamps = [line for line in stamps if line != issue]
        if len(lines) > 1 and (
            (one_line_stamp(lines[1]) or credit_stamp(lines[1])) is not None
            or (start in dated and _day_alone(part[1]))
        ):
            stamps = [lines.pop(1)]  # the stamp under the headline: the item's, not its text
            while len(lines) > 1 and _MEDIUM_LINE.match(lines[1]):
                stamps.append(lines.pop(1))  # 'Print · Seite 11 · Ressort: X' under it
        elif len(lines) > 1 and labelled_day_row(lines[1]) is not None:
            stamps = [*stamps, lines.pop(1)]  # 'Дата: … · Рубрика: …' under the outlet's row
        if len(heads) == 1 and (fields := _field_lines(lines, part, start, blocks)) is not None:
            stamps, lines = fields
        elif len(heads) > 1 and (fields := _field_lines(lines, part, start, [], False)):
            # each clip of a monitoring alert with its table of fields under its headline
            stamps, lines = fields
        # a byline stamp under the text: the item's, read where a stamp stands in an article
        lines = _stamp_up(lines, part) if footed else lines
        if timed and (over := clock_stamp(blocks[start - 1].text) if start else None):
            # the time and rubric over the headline: the item's stamp, its text under it
            found.append((over[1] or _rubric_over(blocks, start), lines, [blocks[start - 1].text]))
            continue
        if timed:
            # the time under the headline, on the issue's day (the mail reader dates it)
            found.append((_rubric_over(blocks, start), [lines[0], *lines[2:]], [lines[1]]))
            continue
        if linked:
            # the outlet under the linked headline, dated by the digest's date line
            stamps = [lines.pop(1), *([day_line] if (day_line := _issue_line(body)) else [])]
            found.append(("", lines, stamps))
            continue
        rubric = _rubric_over(blocks, start) if not by_credit else ""
        # (the item above's link alone over the headline, 'Открыть в X', is no rubric)
        labelled = start > 0 and not blocks[start - 1].link_only
        if not rubric and not by_credit and labelled:
            rubric = _counted_rubric(blocks[start - 1].text, n + 1)
        if not rubric and not by_credit and labelled:
            rubric = trails.get(blocks[start - 1].text, "")
        found.append((rubric, lines, stamps))
        headed.append(bool(rubric) and start > 0 and blocks[start - 1].heading)
    return _rubrics_carried(found, headed)


def _rubrics_carried(
    found: list[tuple[str, list[str], list[str]]], headed: list[bool]
) -> list[tuple[str, list[str], list[str]]]:
    """The items each under the last rubric heading over them, where the digest groups its
    items under two rubric headings or more ('Kammer aktuell' / item, 'Presse' / item /
    item): the heading heads its group, not only the item right under it. Why: the group's
    later items had no desk while the first had it. Only headings carry (a label over an
    item may be its outlet, read as such later)."""
    if (
        len(found) != len(headed)
        or len({r for (r, _, _), h in zip(found, headed, strict=True) if h}) < 2
    ):
        return found
    carried, last = [], ""
    for (rubric, lines, stamps), heading in zip(found, headed, strict=True):
        last = rubric if heading else ("" if rubric else last)
        carried.append((rubric or last, lines, stamps))
    return carried


_CREDIT_CHARS = 160  # a source line is a line, no paragraph


def _credit_under(lines: list[str]) -> str:
    """An item's labelled source line under its text ('(Quelle: Outlet, 27.11.2025, S. 9)',
    'Source: Outlet, 3 December 2025', '(Источник: X, 03.12.2025)'), naming the outlet and
    day; '' where its last line is none. Why: a digest that credits each item under its
    text put that line over the next headline, the next item's source."""
    last = lines[-1].strip() if len(lines) > 2 else ""
    if last[:2] in ("— ", "– ") and _item_end(last):
        # a summary's dash credit ('— Example Weekly, 3 December 2025'): read as the
        # labelled line it stands for, where the mail reads the item's outlet and day
        found = labelled_credit("Source: " + last[2:])
        return "Source: " + last[2:] if found is not None and found[0].complete else ""
    if not last or len(last) > _CREDIT_CHARS or ":" not in last[:20]:
        return ""
    found = labelled_credit(last)
    return last if found is not None and found[0].complete else ""


# A one-clip monitoring alert's labelled rows over its text, each 'Label: value' or the label
# alone on its line over its value (a table's two cells read out), by what each names.
_ALERT_LABEL = re.compile(
    r"(?:(?P<outlet>outlet|publication|source|medium|media outlet|quelle|zeitung|сми|издание|"
    r"источник)|(?P<date>published|publication date|date|datum|erscheinungsdatum|"
    r"erschienen(?: am)?|veröffentlicht|дата(?: выхода| выпуска| публикации)?|опубликовано)|"
    r"(?P<section>section|desk|ressort|rubrik|рубрика|раздел)|"
    r"(?P<author>author|byline|autor|verfasser|journalist|reporter|автор|журналист)|"
    r"(?P<headline>headline|title|titel|überschrift|schlagzeile|заголовок))"
    r"\s*(?::\s*(?P<value>\S.*))?",
    _I,
)
_ALERT_KINDS = ("outlet", "date", "section", "author", "headline")
# The label over the clip's text: 'Full text:', 'Volltext', 'Текст сообщения:'.
_ALERT_TEXT_LABEL = re.compile(
    r"(?:full text|full article|article text|text|volltext|artikeltext|wortlaut|"
    r"текст(?: сообщения| статьи| публикации)?|полный текст)\s*:?",
    _I,
)
_CLOCK_LABEL = re.compile(r"(?:uhrzeit|zeit|sendezeit|time|время)\s*:?", _I)
_NO_VALUE = frozenset({"n/a", "n.a.", "k.a.", "k. a.", "keine angabe", "none", "нет", "не указан"})
_ALERT_SPAN = 40  # the rows stand in the alert's first lines
_ALERT_FIELDS = 3  # the outlet and two more of its fields at least
_ALERT_VALUE_WORDS = 30
_ALERT_ROW_WORDS = 8  # a table's label or value cell, no sentence of the text


@dataclass
class AlertClip:
    """A one-clip alert's own fields: the clip's outlet, day and desk, its author and
    headline, and the line its text starts at (after the rows and a 'Full text:' label)."""

    stamp: ItemStamp
    author: str
    headline: str
    start: int


def _deepest_crumb(value: str) -> str:
    """'Business / Energy' -> 'Energy': the desk's own level of a trail in a desk field."""
    parts = [p.strip() for p in re.split(r"\s+[/>›»|]\s+", value) if p.strip()]
    return parts[-1] if parts else ""


def alert_clip(lines: list[str]) -> AlertClip | None:
    """The fields a one-clip monitoring alert prints over its text ('Outlet: X', 'Published:
    …', 'Section: Y', 'Author: Z', 'Headline: …'; 'Medium' / 'X' as a table's cells), where
    they name the clip's outlet and two more; else None. Why: they name the article's outlet,
    day, desk and author, never the service that mails them, and their 'Full text:' label is
    no headline."""
    fields: dict[str, str] = {}
    outlets = 0
    last = -1
    clock: tuple[int, int] | None = None
    i, end = 0, min(len(lines), _ALERT_SPAN)
    while i < end:
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        if len(line) > 160 or line[:1].isdigit():
            if fields and is_prose(line):
                break
            continue
        m = _ALERT_LABEL.fullmatch(line)
        if m is None and len(line) < 12 and i < end and _CLOCK_LABEL.fullmatch(line):
            line = f"{line.rstrip(': ')}: {lines[i].strip()}"  # 'Uhrzeit' / '11:47'
        if m is None and (c := _CLOCK_FIELD.match(line)) and int(c[1]) < 24 and int(c[2]) < 60:
            clock = (int(c[1]), int(c[2]))  # the day's time in a field of its own
            continue
        if m is None:
            if fields and _ALERT_TEXT_LABEL.fullmatch(line):
                last = i - 1
                break
            if fields and is_prose(line):
                break
            continue
        value = m["value"]
        if value is None:
            # the label alone: its value on the next line that is not another label
            j = next((k for k in range(i, end) if lines[k].strip()), -1)
            if j < 0 or _ALERT_LABEL.fullmatch(under := lines[j].strip()):
                continue
            value, i = under, j + 1
        kind = next(k for k in _ALERT_KINDS if m[k])
        outlets += kind == "outlet"
        value = value.strip()
        # (a dash or 'n/a' in the field: no value)
        filled = re.search(r"\w", value) and value.casefold() not in _NO_VALUE
        if filled and len(value.split()) <= _ALERT_VALUE_WORDS:
            fields.setdefault(kind, value)
        last = i - 1
    if outlets != 1 or "outlet" not in fields or len(fields) < _ALERT_FIELDS:
        return None
    outlet = field_outlet(fields["outlet"])
    if not 0 < len(outlet.split()) <= 8 or find_dates(outlet) or is_prose(outlet):
        return None
    start = last + 1
    while start < len(lines) and (
        not lines[start].strip()
        or _FIELD_TEXT.match(lines[start].strip())
        or _ALERT_TEXT_LABEL.fullmatch(lines[start].strip())
    ):
        start += 1  # rows of other fields ('Reach: 4.1M', 'URL: …') and the text's label
    # the other rows of a table read out, a label and its value a line each ('Size' / '286
    # sq cm' / 'Tone' / 'Positive'), down to the text's label ('Full text')
    ahead = min(len(lines), start + _ALERT_SPAN)
    label = next(
        (k for k in range(start, ahead) if _ALERT_TEXT_LABEL.fullmatch(lines[k].strip())), -1
    )
    if label > start and not any(
        len(ln.split()) > _ALERT_ROW_WORDS or is_prose(ln) for ln in lines[start:label]
    ):
        start = label + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
    hits = year_dates(fields.get("date", ""))
    when = hits[0].value if hits else None
    if when is not None and clock is not None and not (when.hour or when.minute):
        when = when.replace(hour=clock[0], minute=clock[1])
    stamp = ItemStamp(outlet, when)
    stamp.section = _deepest_crumb(fields.get("section", ""))
    return AlertClip(stamp, fields.get("author", ""), fields.get("headline", ""), start)
