"""What a document's own layout states about the article: report fields, a release's issuer.

Why: a media-monitoring report (PDF, Word) puts a field block over each clipping
("Источник: Ведомости", "Рубрика: Бизнес", "Дата выхода: …", "Автор: …", "URL: …"): the
article's metadata, with the report tool's masthead above it. A press release names its
issuer in the letterhead over a "PRESS RELEASE" label, or in an issuer line
("Example Corporation, Press release, 25 November 2025 at 10:00 EET"), and ends in notes
for editors (media contact, "About Example", "Example in brief") that are no part of it.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime

from app.importers.announcement import announcement_front
from app.importers.broadcast import broadcast_front
from app.importers.byline import author_of_line, stamp_person, without_role
from app.importers.casing import cased_section
from app.importers.compose import Hints, is_prose
from app.importers.creditline import byline_front
from app.importers.dates import STAMP_PARTS, find_dates, is_only_date
from app.importers.issuerwire import wire_release_front
from app.importers.magazine import magazine_page
from app.importers.outlets import edition_outlet_name
from app.importers.sections import VOCABULARY, is_office_unit, stated_section
from app.importers.sitename import (
    PRESS_OFFICE_OF,
    brand_name,
    has_cyrillic,
    is_institution,
    is_paper_name,
    latin_name,
    name_lines,
)
from app.importers.speech import speech_front
from app.importers.stampline import (
    EDITION_PART,
    ItemStamp,
    comma_stamp,
    credit_author,
    credit_stamp,
    medium_after_day,
    medium_name,
    one_line_stamp,
)
from app.importers.wireslug import slug_desk, transmission_time

_I = re.IGNORECASE

# A field line of a monitoring report: its label and value.
_FIELDS = {
    "source": r"источник|сми|издание|source|publication|medium|media|outlet|quelle|publikation",
    "section": r"рубрика|раздел|section|rubrik|ressort|rubrique|desk",
    "published": r"дата(?: выхода| публикации)?|date|published|publication date|datum|"
    r"erscheinungsdatum|erscheinungstag|veröffentlicht|erschienen|publiziert|опубликовано",
    # 'Autor/in', 'Autor:in', 'Autor*in': the label written for either
    "author": r"автор(?:ы)?|authors?|autor(?:in|[/*]in)?|byline",
    "page": r"page|seite|страница|полоса",
    "url": r"url|ссылка|link",
    "title": r"заголовок|title|headline|titel|überschrift",
    "language": r"language|sprache|язык",
}
# A translation's or a print copy's fields qualify their labels: "Original date:", "Section
# (original):", "Рубрика (оригинал):", "Datum (Print):"; the field is the same.
_FIELD = re.compile(
    r"^(?P<label>(?:original\s+|оригинальн(?:ая|ый)\s+)?(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _FIELDS.items())
    + r")(?:\s*\((?:original|orig\.|оригинал|print|online)\))?)\s*:\s*(?P<value>.*)$",
    _I,
)
_KIND = re.compile(
    r"(?:original\s+)?(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FIELDS.items()) + r")"
    r"(?:\s*\((?:original|orig\.|оригинал|print|online)\))?",
    _I,
)


def field_kind(label: str) -> str | None:
    """The field a clipping's field label names ('Quelle' -> source, 'Autor/in' ->
    author, 'Datum (Print)' -> published), None for any other words."""
    m = _KIND.fullmatch(label.strip())
    return next((k for k in _FIELDS if m.group(k)), None) if m else None


_FIELD_SPAN = 25  # the block stands at the top of the clipping
_TAIL_FIELDS = 8  # or, as a clipping export prints it, under the text
_LABELLED = re.compile(r"^[^\W\d][\w.-]*(?: [\w.-]+)?\s*:\s+\S.{0,40}$")

# A release's kind alone on its line, in the letterhead.
_RELEASE_LABEL = re.compile(
    r"^(?:press|news|media) release|pressemitteilung|pressemeldung|presseinformation|"
    # Austria's word for it: "PRESSEAUSSENDUNG"
    r"presseaussendung|"
    r"medienmitteilung|medieninformation|communiqué(?: de presse)?|comunicado(?: de prensa)?|"
    r"comunicato stampa|persbericht|пресс-релиз|информационное сообщение|"
    # an authority's notice under its letterhead: "ОФИЦИАЛЬНОЕ СООБЩЕНИЕ", "Amtliche
    # Mitteilung", "Official announcement"
    r"официальное (?:сообщение|заявление|информационное сообщение)|"
    r"amtliche (?:mitteilung|bekanntmachung|information)|"
    r"official (?:announcement|notice|communication|communiqué)|"
    r"(?:information|news|press) bulletin|(?:press|media) statement|media advisory|"
    # a government's note to the press, a listed company's news by its disclosure kind
    r"(?:press|media) note|corporate news|ad[- ]hoc[- ](?:mitteilung|announcement|news)|"
    # a Nordic listed company's disclosure: "Company announcement No. 38/2025"
    r"company announcement|stock exchange (?:release|announcement)|"
    r"пресс-сообщение|"
    r"информационный бюллетень|"
    # the wire convention over a release's headline: "FOR IMMEDIATE RELEASE"
    r"for immediate release|zur sofortigen veröffentlichung|"
    # an office's statement under its letterhead: "STATEMENT", "Erklärung", "Заявление"
    r"(?:official )?statement|erklärung|stellungnahme|заявление"
    # and whose statement it is, a government's body: "Stellungnahme der Regierung",
    # "Statement by the Ministry", "Заявление правительства"
    r"|(?:(?:official )?statement (?:of|by|from) the|(?:erklärung|stellungnahme) (?:der|des))"
    r" (?:(?:federal|state|bundes|landes)?(?:government|ministry|council|regierung|"
    r"ministeriums|rates|senats|kabinetts))|заявление (?:правительства|министерства|мэрии)",
    _I,
)
# "Example Oyj, Press release, 25 November 2025 at 10:00 EET": the issuer before the kind.
_ISSUER_LINE = re.compile(
    r"^(?P<org>[^,|:]{2,80}?)\s*[,|–—-]\s*(?:(?:press|news|media|stock exchange|company) "
    r"release|pressemitteilung|presseinformation|medienmitteilung|пресс-релиз)\b",
    _I,
)
_LEGAL_FORM = re.compile(
    r"\s+(?:corporation|corp\.?|oyj|abp|plc|ag|se|gmbh|inc\.?|ltd\.?|limited|asa|ab|n\.v\.|"
    r"s\.a\.|e\.\s?v\.|dac|clg|ооо|оао|пао|ао)$",
    _I,
)
# "ПАО «Северсталь»", "Beispiel AG": a company's name with its legal form, as a letterhead.
_FORM_FIRST = re.compile(
    r"^(?:ооо|оао|пао|зао|ао|ано|фгуп|гк)\s+[«\"„]?(?P<org>[^»\"“]{2,60})[»\"“]?$", _I
)
# "About Example" / "Über Uniper" / "О компании «X»" heading the issuer's self-description.
# ("Über das Ministerium", "About the Trust": the kind of body alone, no name.)
_ABOUT = re.compile(
    r"^(?:About|Über)\s+(?:the |die |den |das )?"
    r"(?!(?i:ministerium|ministry|department|company|unternehmen|konzern|stiftung|foundation|"
    r"trust|verband|association|behörde|agency|amt|stadt|gemeinde|council|organi[sz]ation|"
    r"institut|institute|verein|gruppe|group|charity|university|universität)\s*:?$)"
    r"(?P<org>[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ][\w&.-]*){0,3})\s*:?$"
)
# An analyst's source line over a clipping: "Источник: Независимая газета, 24.11.2025, № 254,
# с. 4", "Quelle: Handelsblatt, 24.11.2025, S. 12": the outlet and the day, not the headline.
_SOURCE_LINE = re.compile(
    r"^(?:источник|первоисточник|сми|издание|source|original source|quelle|originalquelle|"
    # where the clipping first ran: "Erschienen in: Outlet, 21.11.2025, S. 7"
    r"medium|publication|erschienen in|published in|first published in|опубликовано в|"
    # a translation's credit to the text it renders: "Original: Outlet, 17.11.2025, Rubrik: X"
    r"original|оригинал)"
    r"\s*:\s*(?P<outlet>[^,;|]{2,60}?)"
    # "Quelle: Outlet vom 22.11.2025, Seite 21": the day after 'vom'/'from'/'от' too
    # its parts split by commas or, in a clipping service's credit, by dots ('Outlet · date')
    r"(?:\s*[,;|·•]\s*|\s+(?:vom|from|dated|от)\s+(?=\d))(?P<rest>.*\d.*)$",
    _I,
)

# A clipping tool's stamp of when the clip was cut or saved: "Вырезка создана 19.11.2025",
# "Clip created 19/11/2025", "Ausschnitt erstellt am …", "exportiert am …", "retrieved on …".
_COPY_STAMP = re.compile(
    r"(?:вырезка|клип|clip|ausschnitt|снимок)\s+(?:создан[аo]?|сделан[аo]?|created|erstellt|"
    r"saved|gespeichert)|exportiert am|exported on|выгружено|сохранено|abgerufen am|"
    r"retrieved on|accessed on",
    _I,
)
_QUOTED_OUTLET = re.compile(r"^[«\"„“]([^«»\"„“”]{2,60})[»\"“”](?:\s*\([^()]{2,30}\))?$")
# A labelled outlet's addition in brackets: its town ('Example Era (Windhoek)', 'Звезда
# (Пермь)') or its site's domain ('ExampleNews (examplenews.uz)'); no part of its name.
_BRACKETED_ADDITION = re.compile(
    r"^(?P<name>[^()]{2,60}?)\s+\((?:[\w-]+(?:\.[\w-]+)+|(?-i:[A-ZÄÖÜА-ЯЁ])[\w-]+(?: [\w-]+)?"
    # its town and country: 'Example News (Townsville, Kazakhstan)'
    r"(?:, (?-i:[A-ZÄÖÜА-ЯЁ])[\w-]+(?: [\w-]+)?)?)\)$"
)


_DOMAIN_AFTER = re.compile(r"(?<=\S),\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,6}/?$")


# The outlet's domain in brackets, then its town after a comma: "Example K (example.kz),
# Townsville"; the town goes, then the brackets.
_TOWN_AFTER_DOMAIN = re.compile(r"(?<=\))\s*,\s*[A-ZÄÖÜА-ЯЁ][\w-]+(?:[ -][A-ZÄÖÜА-ЯЁ][\w-]+)?$")


def without_addition(outlet: str) -> str:
    """The labelled outlet without its town or domain in brackets, or its domain after a
    comma ('Example K (Townsville), example-k.kz') or its town after its domain ('Example K
    (example-k.kz), Townsville'); as given otherwise."""
    outlet = _DOMAIN_AFTER.sub("", outlet) or outlet
    if ")," in outlet and _BRACKETED_ADDITION.match(cut := _TOWN_AFTER_DOMAIN.sub("", outlet)):
        outlet = cut
    m = _BRACKETED_ADDITION.match(outlet) if outlet.endswith(")") else None
    return m["name"] if m and not m["name"].isupper() else outlet


# A wire's stamp over a release, its day then the issuer it carried the release for:
# "November 25, 2025 02:00 ET | Source: Example Oyj".
_SOURCE_PART = re.compile(r"^(?:source|quelle|источник)\s*:\s*(?P<name>[^\d:]{2,60})$", _I)


# The site that carried an agency's story, after its name: "Reuters, via Example.ge",
# "dpa über Example Online", "ТАСС через Example.ru": whose text it is comes first.
_CARRIER = re.compile(r",?\s+(?:via|über|через)\s+\S.*$", _I)


def _dated_source(line: str) -> ItemStamp | None:
    """A stamp line of a day and a labelled source ('date | Source: X') as source and day;
    else None. Why: the label names whose text it is, the other part only when it came."""
    parts = STAMP_PARTS.split(line.strip())
    named = [
        _CARRIER.sub("", m["name"]).strip() for part in parts if (m := _SOURCE_PART.match(part))
    ]
    days = [hits[0].value for part in parts if (hits := find_dates(part)) and is_only_date(part)]
    if len(parts) != 2 or len(named) != 1 or len(days) != 1:
        return None
    return ItemStamp(named[0], days[0], "")


# A paper's issue line: its quoted name, the issue's number (its count since the first
# issue in brackets) and its day: '«Пример» № 47 (1651) от 28 ноября 2025 г.',
# '„Example“ Nr. 47 vom 28.11.2025'.
_ISSUE_LINE = re.compile(
    r"^[«„“\"](?P<name>[^«»„“”\"\d]{2,40})[»“”\"]\s*,?\s*(?:№|nr\.|no\.)\s*\d+"
    r"(?:\s*\([\d ]+\))?\s*,?\s+(?:от|vom|of|from)\s+(?P<day>.{6,30})$",
    _I,
)


def _issue_line(line: str) -> ItemStamp | None:
    """The paper and day of an issue line over a clipping (see _ISSUE_LINE), else None."""
    m = _ISSUE_LINE.match(line.strip())
    hits = find_dates(m["day"]) if m else []
    if m is None or not hits or not hits[0].has_year:
        return None
    return ItemStamp(m["name"].strip(), hits[0].value, "")


def is_copy_stamp(line: str) -> bool:
    """Whether a line is a tool's or an archive's stamp of when the copy was exported,
    printed or saved ('Документ 1 из 1 · Сохранено 27.11.2025 10:41'): the reader's day,
    never a clipping's credit."""
    return len(line.split()) <= 16 and bool(_EXPORT.search(line) or _SAVED.search(line))


def is_source_line(line: str) -> bool:
    """Whether `line` is an analyst's source line naming an outlet and a day."""
    return bool((m := _SOURCE_LINE.match(line)) and find_dates(m.group("rest")))


def is_release_label(line: str) -> bool:
    """Whether a line is a release's kind alone ('Press release', 'ПРЕСС-РЕЛИЗ'), maybe with
    its number ('Pressemitteilung Nr. 1187/2025', 'Пресс-релиз № 45'): the office's label of
    the document, never its headline."""
    line = line.strip(" .:")
    if _RELEASE_LABEL.fullmatch(line):
        return True
    m = _RELEASE_NO.search(line) if any(c.isdigit() for c in line[-4:]) else None
    return bool(m and _RELEASE_LABEL.fullmatch(line[: m.start()].rstrip(" ,:")))


# A release's number after its kind: "Nr. 1187/2025", "No. 12", "№ 45-П", "Nr.: 187/2025".
_RELEASE_NO = re.compile(r"\s+(?:nr\.?|no\.?|№)\s*:?\s*\d[\d/.-]*[a-zа-я]?$", _I)


# A two-word place's first word, which a bare name after a credit's day never opens with:
# 'New York', 'Los Angeles', 'Hong Kong', 'Bad Homburg', 'Нижний Новгород'.
_PLACE_OPENERS = frozenset(
    [
        "new",
        "los",
        "las",
        "san",
        "santa",
        "são",
        "sankt",
        "st.",
        "bad",
        "hong",
        "kuala",
        "rio",
        "buenos",
        "abu",
        "tel",
        "нижний",
        "великий",
        "новый",
        "старый",
        "санкт",
    ]
)


def labelled_credit(line: str) -> tuple[ItemStamp, str] | None:
    """A source line, maybe in brackets under the text ('(Quelle: Outlet vom 26.11.2025,
    Seite 11, Ressort: Region - Autorin: Jane Doe)'), as its outlet, day and desk, and the
    author it names among its parts; else None."""
    line = line.strip()
    if line[:1] == "(" and line[-1:] == ")":
        line = line[1:-1]
    m = _SOURCE_LINE.match(line)
    hits = find_dates(m.group("rest")) if m else []
    if m is None or not hits:
        return None
    # a full stop before a labelled part ('…, 08.12.2025. Автор: X') parts it off too
    parts = re.split(r"[,;|·•]|\s[-–—]\s|\.\s+(?=\w{3,12}:)", m.group("rest"))
    desk = next(filter(None, (stated_section(part) for part in parts)), "") or _bare_desk(parts)
    desk = desk or _desk_between_bars(m.group("rest"))
    author = next(filter(None, (author_of_line(part) for part in parts)), "")
    if not author and len(parts) > 1 and find_dates(parts[-2]):
        # a bare name last, after the day ('Quelle: Example Blatt, 02.12.2025, Jane Doe'):
        # the reporter's, as a clip's credit names them
        named = stamp_person(parts[-1].strip())
        author = "" if named[:1] and named.split()[0].lower() in _PLACE_OPENERS else named
    author = author or _name_last_between_bars(m.group("rest"), desk)
    return ItemStamp(m.group("outlet").strip(), hits[0].value, desk), author


def _desk_between_bars(rest: str) -> str:
    """The desk of a credit set in fields between bars or dots after the day ('Outlet ·
    26 November 2026 · page 7 · News · by Jane Roe', 'Outlet · 27 November 2026 · North
    East and Cumbria'): the first plain name after the day and page, else ''. Why: there
    each field is one of the credit's, so a name there is no edition's town in a run of
    commas (`_bare_desk`)."""
    fields = [f.strip() for f in re.split(r"\s[|·•]\s", rest)]
    days = [k for k, f in enumerate(fields) if find_dates(f)]
    if len(fields) < 2 or not days:
        return ""
    for field in fields[days[0] + 1 :]:
        if _PAGE_PART.search(field) or medium_name(field):
            continue
        plain = field[:1].isupper() and len(field.split()) <= 5
        if plain and not re.search(r"\d|:", field) and not _BY.match(field):
            # a desk's word in it ('Sustainable Business'), else no person's name
            desk_word = any(w.casefold() in VOCABULARY for w in field.split())
            return field if desk_word or not stamp_person(field) else ""
        return ""
    return ""


def _name_last_between_bars(rest: str, desk: str) -> str:
    """A person's bare name in the last of a credit's fields between bars or dots, after
    the day and the desk ('Outlet · 25.11.2025 · Lokales · Jane Roe'): the author's."""
    fields = [f.strip() for f in re.split(r"\s[|·•]\s", rest)]
    if len(fields) < 3 or fields[-2] != desk or not find_dates(fields[0]):
        return ""
    if any(w.casefold() in VOCABULARY for w in fields[-1].split()):
        return ""
    return stamp_person(fields[-1])


def _bare_desk(parts: list[str]) -> str:
    """A source line's desk named bare among its parts after the day (`parts` the line's
    parts after the outlet), else '': a desk's word ('…, 27 November 2025, Business, p. 14
    - by Jane Doe'), a plain name right after the page, or one with the medium in brackets
    after it ('…, 1 December 2026, Retail (online)'). Why: a credit under the text names
    its desk so, and with no page the credit was left in the text. A plain name between
    the day and the page may be the edition's town ('…, Springfield, p. 3'): no desk."""
    word = next((p.strip() for p in parts[1:] if p.strip().casefold() in VOCABULARY), "")
    return word or _desk_after_page(parts) or _desk_with_medium(parts) or _adjective_desk(parts)


# A desk named by an adjective of its field ('Financial', 'Editorial', 'Political'): a
# town's name does not end so.
_ADJECTIVE_DESK = re.compile(r"[A-Z][a-z]{2,}i(?:c)?al")


def _adjective_desk(parts: list[str]) -> str:
    """A source line's desk between the day and the page named by an adjective ('…, 2
    December 2026, Financial, p. 29'), else ''. Why: the plain name there may be the
    edition's town (`_bare_desk`), an adjective of a field never is."""
    for day, part, page in zip(parts, parts[1:], parts[2:], strict=False):
        word = part.strip()
        if _ADJECTIVE_DESK.fullmatch(word) and find_dates(day) and _PAGE_PART.search(page.strip()):
            return word
    return ""


# A desk with the medium it ran in after it in brackets: 'Retail (online)', 'Sport (Print)'.
_DESK_MEDIUM = re.compile(r"^(?P<desk>[^\W\d_][^()\d:]{1,40}?)\s*\((?P<medium>[^()]{2,30})\)$")


def _desk_with_medium(parts: list[str]) -> str:
    """The desk of a part after the day naming it with its medium ('Retail (online)')."""
    for before, part in itertools.pairwise(parts):
        m = _DESK_MEDIUM.match(part.strip())
        if m and find_dates(before) and medium_name(m["medium"]) and _plain_desk(m["desk"]):
            return m["desk"].strip()
    return ""


def _plain_desk(name: str) -> bool:
    """A desk's name: up to three words, no figure or label, a desk's word first or no
    person's name (a person's there is the author's)."""
    name = name.strip()
    if not name or re.search(r"\d|:", name) or len(name.split()) > 3:
        return False
    return name.split()[0].casefold() in VOCABULARY or not stamp_person(name)


def _desk_after_page(parts: list[str]) -> str:
    """A source line's plain name last, right after the page ('…, 26.11.2025, S. 29,
    Rhein-Berg'): the local desk the clipping ran under, as after a print credit's page;
    '' for none (a person's name there is the author's)."""
    if len(parts) < 3 or not _PAGE_PART.search(parts[-2].strip()):
        return ""
    last = parts[-1].strip()
    plain = last and not re.search(r"\d|:", last) and len(last.split()) <= 3
    # a desk's word first ('Lokales Rosenheim', 'Sport Regional'): no person's name
    desk_word = plain and last.split()[0].casefold() in VOCABULARY
    return last if plain and (desk_word or not stamp_person(last)) else ""


# A document's dateline: "Düsseldorf, 26. November 2025 –", "Череповец, 27 ноября 2025 года."
# "ASTANA, Kazakhstan, November 25, 2025 –": the place, maybe its country, then the day.
_OPENING_PLACE = re.compile(r"^[A-ZÄÖÜА-ЯЁ][\w./ -]{1,40},(?:\s*[A-ZÄÖÜА-ЯЁ][\w. -]{1,30},)?\s*$")
# Editors' notes under a release: from here on nothing is the release's text.
_RELEASE_TAIL = re.compile(
    r"^(?:(?:media|press) (?:contacts?|enquiries|inquiries|relations)\b|"
    r"(?:for )?(?:further|more) information\b|contacts?\s*:|notes? (?:to|for) editors|"
    r"pressekontakt|medienkontakt|kontakt\b|ansprechpartner|über (?:die |den |das )?[A-ZÄÖÜ]|"
    r"пресс-служба\b|контакты для сми|контактная информация|о компании\b|справка\b|"
    r"about (?:the )?[A-Z]|[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ][\w&.-]*)* (?:in brief|in short|"
    r"im überblick|in kürze)$)",
    _I,
)


_NO_VALUE = re.compile(r"[-–—/.?]*|n/?a|k\.? ?a\.?|нет|не указан", _I)


# A field table's label alone on its line, its value on the next ('Outlet:' / 'The Example
# Times'), as a PDF's two columns come out; the next label may trail the value before it
# ('… headline text Outlet:').
_BARE_LABEL = re.compile(r"^[^\W\d][\w.-]*(?: [\w.-]+)?\s*:$")
_TRAILING_LABEL = re.compile(
    r"^(?P<value>\S.*?)\s+(?P<label>(?:" + "|".join(_FIELDS.values()) + r")\s*:)$", _I
)
_MIN_BARE = 3  # a table, not one stray 'Note:' over a paragraph
# The same table with its labels printed without colons ('Publication' / 'Example Times' /
# 'Date' / '19 November 2025 Section' / 'News'): a known field's name alone on its line,
# or capitalised at the end of the value line before it.
_FIELD_WORD = re.compile(r"(?:" + "|".join(_FIELDS.values()) + r")", _I)
_TRAILING_WORD = re.compile(r"^(?P<value>\S.*?)\s+(?P<label>(?-i:[A-ZА-ЯЁ])\w+(?: \w+)?)$")


def _unwrapped_labels(head: list[str]) -> list[str]:
    """A field name wrapped in its narrow cell, its last letters printed after the value
    ('Erscheinungsta' / '21.11.2025 g'), whole again over the bare value."""
    out = list(head)
    for i in range(len(out) - 1):
        label, value = out[i], out[i + 1]
        if " " in label or not 5 <= len(label) < 24 or not label.isalpha():
            continue
        rest, _, tail = value.rpartition(" ")
        if rest and len(tail) <= 4 and tail.isalpha() and _FIELD_WORD.fullmatch(label + tail):
            out[i], out[i + 1] = label + tail, rest
    return out


def _colon_labels(head: list[str]) -> list[str]:
    """The head's bare field names given their colons, where three or more stand alone."""
    head = _unwrapped_labels(head)
    if sum(1 for ln in head if len(ln) < 20 and _FIELD_WORD.fullmatch(ln)) < _MIN_BARE:
        return head
    out = []
    for line in head:
        m = _TRAILING_WORD.match(line)
        bare = len(line) < 20 and _FIELD_WORD.fullmatch(line)
        out.append(f"{line}:" if bare or (m and _FIELD_WORD.fullmatch(m["label"])) else line)
    return out


# Any one-word label glued to the value before it ('Headline text МИндекс:' over '312'): a
# label of the service's own, known by the table going on label over value under it.
_TRAILING_ANY = re.compile(r"^(?P<value>\S.*?)\s+(?P<label>(?-i:[A-ZА-ЯЁ])[\w-]{1,24}\s*:)$")


def _glued_next_label(head: list[str], k: int) -> bool:
    """Whether a value line inside a label-over-value table ends in the next row's label:
    a bare label stands over it, a bare value under it and a bare label under that."""
    return (
        k > 0
        and k + 2 < len(head)
        and bool(_BARE_LABEL.match(head[k - 1]))
        and not head[k + 1].endswith(":")
        and bool(_BARE_LABEL.match(head[k + 2]))
    )


def _split_field_rows(lines: list[str]) -> list[str]:
    """A field table printed label over value as 'label: value' rows."""
    lines = [*_colon_labels(lines[:_FIELD_SPAN]), *lines[_FIELD_SPAN:]]
    head = lines[:_FIELD_SPAN]
    if sum(1 for ln in head if ln.endswith(":") and _BARE_LABEL.match(ln)) < _MIN_BARE:
        return lines
    rows: list[str] = []
    for k, line in enumerate(head):
        m = _TRAILING_LABEL.match(line) if line.endswith(":") else None
        if m is None and line.endswith(":") and _glued_next_label(head, k):
            m = _TRAILING_ANY.match(line)
        if m and rows and _BARE_LABEL.match(rows[-1]) and not _BARE_LABEL.match(line):
            rows[-1] = f"{rows[-1]} {m.group('value')}"
            rows.append(m.group("label"))
        elif rows and _BARE_LABEL.match(rows[-1]) and not _BARE_LABEL.match(line):
            rows[-1] = f"{rows[-1]} {line}"
        else:
            rows.append(line)
    return rows + lines[_FIELD_SPAN:]


# An edition's label after the outlet's name in its field ('Outlet, Lokalausgabe Gera',
# 'Outlet, Regional Edition'): the outlet is the source.
_EDITION = re.compile(
    r"(?:lokal|regional|stadt|kreis|land|print|online)?ausgabe\b|\bedition\b|\bвыпуск\b", _I
)


def _report_fields(lines: list[str], hints: Hints) -> list[str]:
    """The field block's values as hints; the block and the report's masthead above go."""
    found: dict[str, tuple[int, str]] = {}
    lines = _split_field_rows(lines)
    first_text = next((i for i, ln in enumerate(lines) if is_prose(ln)), len(lines))
    tail = range(max(first_text + 1, len(lines) - _TAIL_FIELDS), len(lines))
    for i in sorted({*range(min(len(lines), _FIELD_SPAN)), *tail}):
        # a block may set two fields on a row ('Seite: 15 · Ressort: X', 'Veröffentlicht:
        # 18.11.2025, 16:20 · Rubrik: Wirtschaft'), each part labelled
        parts = STAMP_PARTS.split(lines[i])
        split = len(parts) > 1 and all(_LABELLED.match(p.strip()) for p in parts)
        for part in parts if split else [lines[i]]:
            m = _FIELD.match(part.strip())
            if m and len(m.group("label")) <= 25:
                kind = next(k for k in _FIELDS if m.group(k))
                # a blank's placeholder ("Autor: –", "Author: n/a") states no value
                blank = _NO_VALUE.fullmatch(m.group("value").strip())
                found.setdefault(kind, (i, "" if blank else m.group("value").strip()))
    # two rows will do where they open the clipping, its outlet's over its day's (a wire
    # item's 'Quelle: Agency' / 'Datum: 26.11.2025, 17:11' in a review)
    opening = [i for i, _ in found.values()] == [0, 1] and "published" in found
    if (len(found) < 3 and not opening) or "source" not in found:
        return lines
    if min(i for i, _ in found.values()) in tail:
        # the block's other rows of labelled figures go too ('Auflage: 31.600 · Reichweite: …')
        block = [i for i in tail if all(_LABELLED.match(p) for p in STAMP_PARTS.split(lines[i]))]
        found.update({f"row{i}": (i, "") for i in block})
    value = {k: v for k, (_, v) in found.items()}
    outlet, _, rest = value["source"].partition(",")
    if find_dates(rest):  # "Источник: Outlet, 24.11.2025": the outlet, and the day if no other
        value["source"] = outlet.strip()
        value.setdefault("published", rest)
    elif _EDITION.search(rest):  # "Medium: Outlet, Lokalausgabe Gera": the outlet's edition
        value["source"] = outlet.strip()
    if not hints.fallback_source:
        # an outlet's edition under the outlet's name ('Example Europe': 'Example')
        outlet = edition_outlet_name(without_addition(value["source"]))
        hints.fallback_source, hints.credited_source = outlet, True
    hints.section = hints.section or value.get("section", "") or _page_desk(value.get("page", ""))
    hints.author = hints.author or without_role(value.get("author", ""))
    if url := value.get("url", "").split():
        hints.url = hints.url or url[0]
    if hints.published is None and (hits := find_dates(value.get("published", ""))):
        hints.published = hits[0].value
    if value.get("title"):
        hints.title = hints.title or value["title"]
    rows = {i for i, _ in found.values()}
    if any(is_prose(line) for line in lines[: min(rows)]):
        # the block under the text ("Источник: …", "Рубрика: …" at the end): only its rows go
        return [line for i, line in enumerate(lines) if i not in rows]
    gap = [ln for ln in lines[min(rows) : max(rows)] if ":" not in ln]
    if gap and any(is_prose(ln) or len(ln.split()) >= 3 for ln in gap):
        # a headline between the block and a byline row ('Autor: Name') under it: the
        # headline stays, the rows go
        return [line for i, line in enumerate(lines) if i > min(rows) and i not in rows]
    return lines[max(rows) + 1 :]


# A page field's desk in brackets after the page ('14 (Politics)', 'online (Business)');
# the page's medium there ('4 (print)') names no desk.
_PAGE_DESK = re.compile(r"^[\w.-]{1,12}\s*\((?P<desk>[^\W\d_][^()\d]{1,40})\)$")
_NO_DESK = re.compile(r"online|print|web|e-?paper|digital|wire|gedruckt|печать|сайт", _I)


def _page_desk(page: str) -> str:
    """The desk a page field names in brackets after the page, else ''."""
    m = _PAGE_DESK.match(page.strip())
    return "" if m is None or _NO_DESK.fullmatch(m["desk"].strip()) else m["desk"].strip()


# An office memo's or a cable's header rows: who sent it to whom, when and on what
# ("FROM: Embassy X" / "TO: Ministry Y" / "DATE: 4 December 2025" / "SUBJECT: Headline";
# "Von: … / An: … / Betreff: …"; "От: … / Кому: … / Тема: …").
_MEMO_ROW = re.compile(
    r"^(?P<label>from|to|cc|bcc|date|ref(?:erence)?|our ref|file|subject|subj|von|an|kopie|"
    r"datum|aktenzeichen|az|geschäftszeichen|betreff|от|кому|копия|дата|исх(?:\. ?№)?|тема)"
    r"\.?\s*:\s*(?P<value>\S.*)$",
    _I,
)
_MEMO_SUBJECT = {"subject", "subj", "betreff", "тема"}
_MEMO_SENDER = {"from", "von", "от"}
_MEMO_ADDRESSEE = {"to", "an", "кому"}
# A mail's header pasted over a forwarded text has its sending time and reply marks: no memo.
_MAIL_SUBJECT = re.compile(r"^(?:re|aw|fwd?|wg|tr|rv|ответ|пересл)\s*:", _I)
_MAIL_SENT = re.compile(r"^(?:sent|gesendet|отправлено|date sent)\s*:", _I)
_MEMO_SPAN = 12
# A paper's security marking over and under it: "OFFICIAL", "OFFICIAL-SENSITIVE", "VS-NUR FÜR
# DEN DIENSTGEBRAUCH", "Для служебного пользования": no rubric, no text.
_MARKING = re.compile(
    r"(?:official(?:[- ]sensitive)?|unclassified|restricted|confidential|secret|"
    r"(?:vs[- ])?nur für den dienstgebrauch|vs-nfd|для служебного пользования|дсп|"
    r"конфиденциально|секретно)",
    _I,
)
# Its distribution list under the text: "Distribution: Desk A; Desk B", "Verteiler: …".
_DISTRIBUTION = re.compile(r"^(?:distribution|verteiler|рассылка)\s*:", _I)
# The sender that is an office, not a person: the subject's source.
_OFFICE_WORD = re.compile(
    r"\b(?:embassy|consulate|high commission|mission|delegation|ministry|department|"
    r"directorate|office|unit|agency|council|bureau|botschaft|generalkonsulat|konsulat|"
    r"vertretung|ministerium|referat|abteilung|amt|посольство|консульство|представительство|"
    r"министерство|департамент|управление|отдел|комитет|служба)",
    _I,
)


def _memo_header(lines: list[str], hints: Hints) -> list[str]:
    """A memo's or a cable's header rows and markings gone: its subject is the headline,
    its sender's office the source and its date the day; else the lines as they are."""
    rows: dict[str, str] = {}
    last = -1
    for i, line in enumerate(lines[:_MEMO_SPAN]):
        if len(line) < 300 and ":" in line[:20] and (m := _MEMO_ROW.match(line)):
            rows.setdefault(m["label"].lower().rstrip(".").split()[0], m["value"].strip())
            last = i
        elif _MAIL_SENT.match(line):
            return lines
    subject = next((v for k, v in rows.items() if k in _MEMO_SUBJECT), "")
    if len(rows) < 3 or not subject or _MAIL_SUBJECT.match(subject):
        return lines
    if not (rows.keys() & _MEMO_SENDER and rows.keys() & _MEMO_ADDRESSEE):
        return lines
    top = [ln for ln in lines[:last] if not _MEMO_ROW.match(ln)]
    if any(is_prose(ln) for ln in top):
        return lines  # rows under a text are a quoted header, not the paper's
    hints.title = hints.title or subject
    sender = next((v for k, v in rows.items() if k in _MEMO_SENDER), "")
    if _OFFICE_WORD.search(sender) or is_institution(sender):
        hints.source = hints.source or sender.split(";")[0].strip()
    day = next((v for k, v in rows.items() if k in {"date", "datum", "дата"}), "")
    if hints.published is None and (hits := find_dates(day)):
        hints.published = hits[0].value
    rest = [ln for ln in lines[last + 1 :] if not _MARKING.fullmatch(ln.strip(" .-–"))]
    while rest and _DISTRIBUTION.match(rest[-1]):
        rest.pop()
    return rest


# A release's distribution rows under its heading, no memo's (no addressee, no subject):
# who issues it, the day and when it may run ("FROM: The Registrar, X" / "DATE: 11 December
# 2025" / "STATUS: Immediate"; "Embargo: …"; "Von: Pressestelle X" / "Datum: …" / "Sperrfrist:
# …"; "От: … / Дата: … / Статус: …").
_RELEASE_ROW = re.compile(
    r"^(?P<label>from|issued by|date|status|embargo(?:ed)?(?: until)?|release|for release|"
    r"contact|von|herausgeber|datum|sperrfrist|freigabe|от|дата|статус|эмбарго)"
    r"\s*:\s*(?P<value>\S.{0,80})$",
    _I,
)
_RELEASE_TIMING = {"status", "embargo", "embargoed", "release", "for", "sperrfrist", "freigabe"}
_RELEASE_TIMING |= {"статус", "эмбарго"}
# The heading naming the issuer before its kind: "THE X COURT MEDIA SUMMARY – JUDGMENT …",
# "Example Council Media Statement", "X Press Summary".
_KIND_AFTER_ISSUER = re.compile(
    r"^(?:the\s+)?(?P<org>\S.{2,80}?)\s+(?:media|press|judgment) (?:summary|statement|release)"
    r"(?=\s*(?:[–—:-]|$))",
    _I,
)
_KIND_LINE = re.compile(r"^(?:media|press|judgment) (?:summary|statement|release)\b", _I)
# The note under those rows that the summary is no part of the decision or no official
# text: "Please note that the media summary is for the benefit of the media and does not
# form part of the judgment." - the court's or the office's disclaimer, no text.
_SUMMARY_DISCLAIMER = re.compile(
    r"^(?:please note[:,]?\s+|note:\s+|)(?:that\s+)?(?:this|the) (?:media |press )?summary\b"
    r".{0,160}\b(?:does not form (?:any )?part|is not (?:binding|part)|not an official)",
    _I,
)
# A role before the office in the sender's row: "The Registrar, Supreme Court of Appeal".
_SENDER_ROLE = re.compile(r"^(?:the\s+)?[^\W\d_][\w' -]{1,40},\s+(?=\S)", _I)


def _release_rows(lines: list[str], hints: Hints) -> list[str]:
    """A release's distribution rows (sender, day, status or embargo) and the disclaimer
    under them gone: the heading's issuer (else the sender's office, without the role before
    it) the source, the row's day the day; else the lines as they are. Why: the rows read as
    the text's start ('STATUS: Immediate' as a dateline), the heading as the headline and the
    registrar as the source, where the headline is the line under them."""
    rows: dict[str, str] = {}
    at: list[int] = []
    for i, line in enumerate(lines[:_MEMO_SPAN]):
        if ":" in line[:20] and len(line) < 120 and (m := _RELEASE_ROW.match(line)):
            rows.setdefault(m["label"].lower().split()[0], m["value"].strip())
            at.append(i)
        elif at:
            break
    if len(at) < 2 or not rows.keys() & _RELEASE_TIMING or at[-1] - at[0] != len(at) - 1:
        return lines
    top = lines[: at[0]]
    if any(is_prose(ln) for ln in top) or len(top) > 2:
        return lines
    issuer = next((m["org"] for ln in top if (m := _KIND_AFTER_ISSUER.match(ln))), "")
    if not issuer and len(top) == 2 and _KIND_LINE.match(top[1]):
        issuer = top[0]  # the issuer over the kind's line ('THE X COURT' / 'MEDIA SUMMARY')
    sender = next(
        (v for k, v in rows.items() if k in {"from", "issued", "von", "herausgeber", "от"}), ""
    )
    if not issuer and sender:
        issuer = _SENDER_ROLE.sub("", sender, count=1)
    if issuer and not hints.source:
        hints.source = _unshouted(issuer.strip(), lines[at[-1] + 1 :])
    day = next((v for k, v in rows.items() if k in {"date", "datum", "дата"}), "")
    if hints.published is None and (hits := find_dates(day)):
        hints.published = hits[0].value
    rest = lines[at[-1] + 1 :]
    if rest and _SUMMARY_DISCLAIMER.match(rest[0]):
        rest = rest[1:]
    return rest


# The kind of an office paper alone over its subject: "СПРАВКА", "ДОКЛАДНАЯ ЗАПИСКА",
# "MEMORANDUM", "Briefing note", "Vermerk": a form's heading, no rubric and no headline.
_PAPER_KIND = re.compile(
    r"(?:справка|информационная справка|(?:аналитическая|докладная|служебная|пояснительная|"
    r"информационная) записка|memorandum|memo|briefing note|background note|"
    r"note for the record|vermerk|aktenvermerk|aktennotiz|sachstandsbericht|"
    r"informationsvermerk|kurzinformation)",
    _I,
)
# Who prepared the paper, under it: "Подготовил: заместитель директора И.И. Петров",
# "Prepared by: Policy Officer J. Roe", "Erstellt von: Referentin A. Berg".
_PREPARED_BY = re.compile(
    r"^(?:подготовил[аи]?|составил[аи]?|prepared by|drafted by|erstellt von|verfasst von|"
    r"verfasser(?:in)?|bearbeiter(?:in)?)\s*:\s*(?P<value>\S.{0,120})$",
    _I,
)
# The signer's name closing that line, initials first or last ("И.И. Петров", "J. Roe",
# "Петров И.И."), or a name of two words alone.
_SIGNER = re.compile(
    r"(?:(?:[A-ZÄÖÜА-ЯЁ]\.\s?){1,2}[A-ZÄÖÜА-ЯЁ][\w'’-]+|"
    r"[A-ZÄÖÜА-ЯЁ][\w'’-]+\s(?:[A-ZÄÖÜА-ЯЁ]\.\s?){1,2}|"
    r"[A-ZÄÖÜА-ЯЁ][\w'’-]+\s[A-ZÄÖÜА-ЯЁ][\w'’-]+)$"
)
# Whom it is addressed to over it: "Губернатору X области", "To the Minister", "An den
# Landrat": an addressee, no rubric.
_ADDRESSEE = re.compile(
    r"^(?:губернатору|министру|главе|председателю|мэру|директору|начальнику|руководителю|"
    r"заместителю|президенту|премьер-министру|to:? the|for the attention of|"
    r"an (?:den|die|das|herrn|frau)|zur vorlage (?:bei|an))\s",
    _I,
)
_PAPER_SPAN = 10
_SIGNER_SPAN = 4


def _office_paper(lines: list[str], hints: Hints) -> list[str]:
    """An office paper's kind over its subject and the line naming who prepared it under
    the text gone, the preparer the author."""
    first_text = next((i for i, ln in enumerate(lines) if is_prose(ln)), len(lines))
    kinds = [
        i
        for i, ln in enumerate(lines[: min(first_text, _PAPER_SPAN)])
        if len(ln) < 40 and _PAPER_KIND.fullmatch(ln.strip(" .:"))
    ]
    if not kinds or kinds[0] == 0:
        return lines
    if kinds[0] + 1 < len(lines) and not is_prose(subject := lines[kinds[0] + 1]):
        hints.title = hints.title or subject  # the subject under it is the headline
    # over it the letterhead, the addressee, the security marking and the day with the
    # paper's number: the day dates it, the letterhead's last body issued it (a department
    # under its government), none of them is a rubric or text
    heads = []
    for line in lines[: kinds[0]]:
        if _ADDRESSEE.match(line) or _MARKING.fullmatch(line.strip(" .-–")):
            continue
        if hits := find_dates(line):
            hints.published = hints.published or hits[0].value
        elif not re.search(r"\d", line):
            heads.append(line.strip())
    issuer = [h for h in heads if is_institution(h)] or heads
    if issuer and not hints.source:
        hints.source = _unshouted(issuer[-1], lines[kinds[0] :])
    lines = lines[kinds[0] + 1 :]
    for i in range(max(0, len(lines) - _SIGNER_SPAN), len(lines)):
        if (m := _PREPARED_BY.match(lines[i])) and (who := _SIGNER.search(m["value"])):
            hints.author = hints.author or who.group().strip()
            return lines[:i] + lines[i + 1 :]
    return lines


# A newspaper page's service box beside the story, its label in capitals: "ПОГОДА" over the
# forecast, "ПОДПИСКА-2026" over the subscription note, "WETTER", "ABO-SERVICE": over the
# headline in a page's text layer, the box and its one paragraph are no headline or text.
_PAGE_BOX = re.compile(
    r"(?:погода|подписка|подписка[- ]\d{4}|прогноз погоды|wetter|das wetter|abo(?:-service)?|"
    r"abonnement|weather|subscribe|subscriptions?|subscription offer)(?:[- ]\d{4})?",
    _I,
)
_PAGE_BOX_SPAN = 12
_BOX_WORDS = 30  # a box's paragraph is short; the story's text runs longer
_BOX_TEXT = re.compile(r"[.!…]$|\d")


def _page_boxes(lines: list[str]) -> list[str]:
    """The lines without a page's service boxes over the headline (label and paragraph)."""
    head = next((i for i, ln in enumerate(lines) if len(ln.split()) > _BOX_WORDS), len(lines))
    boxes = [
        i
        for i, ln in enumerate(lines[: min(head, _PAGE_BOX_SPAN)])
        if ln.isupper() and len(ln) < 30 and _PAGE_BOX.fullmatch(ln.strip(" .:"))
    ]
    # each label with the one paragraph under it (the forecast, the offer), not a headline:
    # that paragraph ends a sentence or states figures (a kicker 'WETTER' over a headline
    # stays)
    gone = {j for i in boxes for j in (i, i + 1) if i + 1 < head and _BOX_TEXT.search(lines[i + 1])}
    if not gone:
        return lines
    # the page's folio alone in the running head over them ('3') is no line of the story
    gone |= {i for i in range(min(gone)) if lines[i].isdigit() and len(lines[i]) <= 3}
    return [ln for i, ln in enumerate(lines) if i not in gone]


# A terminal wire's sign-off under the text: the reporter after two dashes, maybe with the
# desk's address ("-- Jane Roe, newsdesk@example.com"), the editor's line under it
# ("-- Edited by John Doe, …"): the reporter is the author.
_DASH_SIGNOFF = re.compile(
    r"^-{2}\s?(?P<name>[A-ZÄÖÜА-ЯЁ][\w'’-]+(?: [A-ZÄÖÜА-ЯЁ][\w'’-]+){1,2})"
    r"(?:\s*(?:,|in)\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-ZÄÖÜА-ЯЁ][\w -]{1,30}))?$"
)
_DASH_SPAN = 8


def _dash_signoff(lines: list[str], hints: Hints) -> list[str]:
    """The lines without a wire's dashed sign-off; its reporter the author."""
    for i in range(max(0, len(lines) - _DASH_SPAN), len(lines)):
        if lines[i][:2] != "--" or not (m := _DASH_SIGNOFF.match(lines[i])):
            continue
        if not any(is_prose(ln) for ln in lines[:i]) or m["name"].split()[0] in _NOT_NAMES:
            continue
        hints.author = hints.author or m["name"]
        return lines[:i] + lines[i + 1 :]
    return lines


# Words that open the dashed line of an editor or a wire's own end: no reporter.
_NOT_NAMES = {"Edited", "Editing", "Reporting", "Writing", "Additional", "End", "Source"}


# A news terminal's slug: the wire's code before the headline it repeats ("RTRS - Headline").
_SLUG = re.compile(r"^[A-Z]{2,6}\s+[-–]\s+(?P<head>\S.*)$")
# A byline in a document ("By: Jane Doe", "Von Anna Muster", "Автор: …") and the job title
# printed on the line under it ("Senior Deputy Editor"): the role is no headline.
_BYLINE = re.compile(r"^(?:by|von|автор)\b:?\s*\S", _I)
_ROLE = re.compile(
    r"^(?:[\w&.-]+\s+){0,6}(?:editor|correspondent|reporter|writer|journalist|columnist|"
    r"analyst|redakteur(?:in)?|korrespondent(?:in)?|корреспондент|обозреватель|редактор)$",
    _I,
)
# An e-paper or database export's stamp: "E-Paper-Export | Artikel-ID 3318842 | exportiert
# am 20.11.2025 08:14", "Exported on 20.11.2025": the tool's, not the article's.
# An editor's credit under the text ("Edited by: Desk Reporter", "Redigiert von: …").
_EDITED = re.compile(r"^(?:edited by|editing by|redigiert von|redaktion|редактор)\s*:\s*\S", _I)
_EXPORT = re.compile(r"(?:^|\|\s*)(?:exportiert am|exported on|export(?:ed)? at|выгружено)\b", _I)
# … and an archive's printout or saved copy, the day it was printed or saved after its word
# ('NewsBank Archive · UK Newspapers · Printed 27/11/2025 09:14', 'Документ 1 из 1 ·
# Сохранено 27.11.2025 10:41', 'Abgerufen am 27.11.2025'): the reader's day, not the article's.
_SAVED = re.compile(
    r"(?:^|[|·•]\s*)(?:printed(?: on)?|gedruckt am|abgerufen am|retrieved(?: on)?|"
    r"downloaded(?: on)?|heruntergeladen am|сохранено|распечатано)\s*:?\s*\d",
    _I,
)
# An analyst's cover lines over a clipping: who prepared it and on what topic ("Подготовлено
# отделом мониторинга 25.11.2025", "Клиппинг · Тема: ЖКХ", "Prepared for: Policy Unit").
_PREPARED = re.compile(
    r"^(?:подготовлено|подготовил[аи]?|составлено|prepared (?:by|for)|compiled (?:by|for)|"
    r"erstellt (?:von|für|durch|am)|zusammengestellt (?:von|für))\b",
    _I,
)
_COVER_LABEL = re.compile(
    # the review's scope may stand in it: "ОБЗОР РЕГИОНАЛЬНЫХ СМИ", "Regional press review"
    r"^(?:клиппинг|мониторинг (?:[\w-]+ )?сми|обзор (?:[\w-]+ ){0,2}(?:сми|прессы)|clipping|"
    r"(?:[\w-]+ )?media (?:monitoring|clipping)|(?:[\w-]+ )?press (?:review|clipping)|"
    r"(?:[\w-]+ )?pressespiegel|medienspiegel|presseschau)\s*(?:[·|:–—-]|$)",
    _I,
)
# The same label with the review's topic and day after it: "Pressespiegel Energie, 27.11.2025",
# "Press review 28 November 2025", "Обзор прессы, 27.11.2025" (the day alone after the topic).
_DATED_COVER = re.compile(
    r"^(?:обзор (?:[\w-]+ ){0,2}(?:сми|прессы)|(?:[\w-]+ )?(?:media|press) (?:review|clipping)|"
    r"(?:[\w-]+ )?pressespiegel|medienspiegel|presseschau)(?P<topic>(?:\s+[^\W\d_][\w-]*){0,2})"
    r"\s*[,·|:–—-]?\s*(?:vom |от |of |for |за )?(?P<day>\d.*)$",
    _I,
)
# The label with the region or client it covers, then its day and topic between dots, bars
# or dashes ('Мониторинг СМИ Нижегородской области · 01.12.2025 · Транспорт', 'Medienspiegel
# Oberwallis – Mo, 01.12.2025 – Ablage: Verkehr'): the service's
# header over the clipping, its day the report's and its topic the service's, not the
# outlet's stamp.
_SCOPED_COVER = re.compile(
    r"^(?:мониторинг (?:[\w-]+ )?сми|обзор (?:[\w-]+ ){0,2}(?:сми|прессы)|"
    r"(?:[\w-]+ )?media (?:monitoring|clipping)|(?:[\w-]+ )?press (?:review|clipping)|"
    r"(?:[\w-]+ )?pressespiegel|medienspiegel|presseschau)(?: [\w.-]+){0,4}"
    r"\s+[·|•–—]\s+(?P<day>[^·|•–—]{6,32}?)(?:\s+[·|•–—]\s+[^·|•–—]{1,40})?$",
    _I,
)
_COVER_SPAN = 3  # the cover lines stand over the clipping's headline


def _day_alone_or_weekday(text: str) -> bool:
    """Whether a part is a day, maybe after its weekday ('Mo, 01.12.2025')."""
    if is_only_date(text):
        return True
    hits = find_dates(text)
    return bool(hits) and hits[-1].end == len(text) and bool(_WEEKDAY.match(text[: hits[-1].start]))


_WEEKDAY = re.compile(r"^[^\W\d]{2,11}\.?,?\s*$")


def _dated_cover(line: str) -> bool:
    """Whether a line is a review's title with its topic and day, no headline."""
    if (m := _SCOPED_COVER.match(line)) and _day_alone_or_weekday(m["day"].strip()):
        return True
    return bool((m := _DATED_COVER.match(line)) and is_only_date(m["day"]))


# The review's own numbered part over the clipping, under its cover: "Раздел 3. Экономика
# и промышленность (выдержка, 1 материал)", "Teil 2: Wirtschaft", "Section 4. Energy".
# The office compiling a review, named under its cover: "Pressestelle der Stadt X",
# "Press Office, Example County Council" (a Cyrillic state body is told by is_institution).
_COMPILER = re.compile(
    r"^(?:pressestelle|presse- und informationsamt|referat (?:presse|kommunikation)|"
    r"press office|media (?:monitoring )?(?:unit|team|office)|"
    r"communications (?:unit|office|team))\b",
    _I,
)
_REVIEW_PART = re.compile(r"^(?:раздел|часть|section|part|teil|abschnitt)\s+\d{1,2}[.:]\s+\S", _I)
# A translation's frame: what it was translated from, the original's title, the translator
# and their note ("Übersetzung aus dem Russischen", "Originaltitel: «…»", "Перевод: Name").
_TRANSLATION = re.compile(
    # a file's label may head it: "Dokument: Arbeitsübersetzung aus dem Russischen – …"
    r"^(?:(?:dokument|document|документ)\s*:\s*)?"
    r"(?:(?:(?:übersetzung|übersetzt) aus dem \w+|translated from(?: the)? \w+|"
    r"перевод с \w+(?: языка)?)\s*(?:$|:|(?:by|von|—|–|-)\s)|"
    # the original's title quoted after a bare label: "Original: «…», Outlet (host)"
    r"(?:original|оригинал)\s*:\s*[«„“\"‚]|"
    # the copy's status after a dash: "TRANSLATION – for internal use only"
    r"(?:translation|übersetzung|перевод)\s+[–—-]\s+(?:for internal|not for|nur für|nicht für|"
    r"для служебного|не для)|"
    r"(?:originaltitel|original title|оригинальное название|"
    r"заголовок оригинала|übersetzung|übersetzer(?:in)?|translation|translator|перевод|"
    r"переводчик|anmerkung(?:en)? (?:der|des) übersetzer(?:in|s)?|translator['’]s notes?|"
    r"примечани[ея] переводчика)\s*:|"
    # the translator's credit with the day and its note: "Übersetzt von: J. Roe, 25.11.2025
    # (maschinelle Vorübersetzung)", "Translated by: …", "Перевела: …"
    r"(?:übersetzt von|übersetzung von|translated by|перев[её]л[аи]?|перевод выполнил[аи]?)"
    r"\s*:\s*\S|"
    # a working copy's warning over it: "ARBEITSÜBERSETZUNG – nicht autorisiert, …",
    # "Working translation – not authorised", "Рабочий перевод, не для публикации"
    r"(?:arbeitsübersetzung|rohübersetzung|inoffizielle übersetzung|working translation|"
    r"unofficial translation|draft translation|рабочий перевод|неофициальный перевод|"
    r"черновой перевод)\b)",
    _I,
)
# An embassy's or a service's label over a translated article, under its letterhead: "Aus
# der usbekischen Presse – Übersetzung", "From the Kazakh press – translation", "Из узбекской
# прессы – перевод".
_PRESS_TRANSLATION = re.compile(
    r"^(?:aus der [\w-]+ presse|from the [\w-]+ (?:press|media)|из [\w-]+ (?:прессы|сми))"
    r"\s*(?:[–—-]|,)\s*(?:übersetzung|translation|перевод)$",
    _I,
)
_LETTERHEAD_SPAN = 3  # the sender's name, its address, maybe its office


# The original a translation's note names: "Original: «Наша газета» (Nasha Gazeta), Town,
# host, …", "Original: „Example Daily“, 01.12.2025": its name, its Latin spelling in brackets.
_ORIGINAL_OUTLET = re.compile(
    r"\b(?:original(?:quelle)?|оригинал|source of the original)\s*:\s*[«„\"“]"
    r"(?P<name>[^«»„\"“”]{2,60})[»\"“”](?:\s*\((?P<latin>[^()]{2,40})\))?",
    _I,
)


_OUTLET_AFTER_TITLE = re.compile(
    r"^\s*,\s*(?P<outlet>[^\W_][^,()«»]{1,40}?)\s*\((?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\)"
)


def _bracketed_translation(line: str) -> bool:
    """A translation's frame set as one note in brackets, however long ('[Arbeitsübersetzung
    aus dem Russischen, nicht redigiert. Übersetzung: … Original: «…», …]')."""
    return (
        line[:1] == "["
        and line.rstrip()[-1:] == "]"
        and len(line.split()) <= 80
        and bool(_TRANSLATION.match(line[1:]))
    )


def _translated_original(lines: list[str], hints: Hints) -> None:
    """The outlet a translation's frame names as its original (the Latin spelling it
    gives in brackets first): the source, the translator and their office being none."""
    for line in lines[:2]:
        if not (_bracketed_translation(line) or _TRANSLATION.match(line)):
            continue
        if m := _ORIGINAL_OUTLET.search(line):
            if len(m["name"].split()) > 4:
                # the original's headline in quotes, its outlet after it with its host
                # ('Original: «Headline …», Example 24 (example24.tv), 20.11.2025')
                if after := _OUTLET_AFTER_TITLE.match(line[m.end() :]):
                    hints.fallback_source = hints.fallback_source or after["outlet"].strip()
                return
            latin = (m["latin"] or "").strip()
            plain = latin and re.fullmatch(r"[A-Za-z][A-Za-z .'&-]{1,38}", latin)
            hints.fallback_source = hints.fallback_source or (
                latin if plain else brand_name(m["name"].strip())
            )
            return


# A translator's note, however long it runs: "Translator’s note: Figures are given …",
# "[Anm. d. Übers.: Der Erlass trägt im Original …]", "Примечание переводчика: …".
_TRANSLATOR_NOTE = re.compile(
    r"^\[?(?:anmerkung (?:der|des) übersetzer(?:in|s)?|anm\. d\. übers\.|translator['’]s note|"
    r"note of the translator|примечание переводчика|прим\. пер(?:\.|еводчика))\s*:",
    _I,
)
# The same note in brackets inside a paragraph: "… Sitzplatzwahl. [Anm. d. Übers.: Die App
# ist …]", "… [Translator's note: …]", "… [Прим. пер.: …]".
_INLINE_NOTE = re.compile(
    r"\s*\[(?:anm\. d\. übers\.|anmerkung (?:der|des) übersetzer(?:in|s)?|translator['’]s note|"
    r"note of the translator|прим\. пер(?:\.|еводчика)|примечание переводчика)\s*:[^\[\]]{1,400}\]",
    _I,
)
# The translator's notes under a translation: from their heading on, nothing is the text.
_TRANSLATOR_NOTES = re.compile(
    r"^(?:anmerkung(?:en)? (?:der|des) übersetzer(?:in|s)?|translator['’]s notes?|"
    r"notes? (?:of|by|from) the translator|примечани[ея] переводчика)\s*:?$",
    _I,
)


# A reader's note typed over the pasted clipping and cut off from it by a rule: "NOTE (J. Roe,
# 26/11): relevant for …", "Anmerkung: bitte prüfen …", "Примечание: …" / "————".
_ANALYST_NOTE = re.compile(
    # whose note it may say first: "ANALYST NOTE – R. Roe, 24/11/2025", "Interne Notiz – …"
    r"^(?:(?:analyst(?:['’]s)?|reader(?:['’]s)?|desk|internal|interne|redaktionelle)\s+)?"
    r"(?:note|n\.b\.|nb|fyi|comment|anmerkung|notiz|hinweis|kommentar|примечание|"
    r"комментарий|заметка|analystennotiz)\b"
    # its label then a colon, or a dash and who wrote it (its rule must close it then)
    r"(?:[^:\n]{0,64}:\s*\S|(?P<dashed>\s*[–—-]\s+\S[^:\n]{0,50}$))",
    _I,
)
_RULE_LINE = re.compile(r"^[-–—_=~*·•]{5,}$")
_NOTE_SPAN = 3  # the note's lines over its rule


def _without_note(lines: list[str]) -> list[str]:
    """The clipping without a reader's note over it: the note's label opens the document
    and a rule closes the note within a few lines. Why: the note is the reader's, the
    clipping starts under the rule."""
    if not lines or not (m := _ANALYST_NOTE.match(lines[0])):
        return lines
    rule = next(
        (i for i in range(1, min(len(lines), _NOTE_SPAN + 1)) if _RULE_LINE.match(lines[i])), 0
    )
    if rule:
        return lines[rule + 1 :]
    if m["dashed"]:  # a label over a dash without its rule may be a heading's
        return lines
    # a one-line note with its own day ("Notiz DS, 26.11.2025: für Dossier …") right over
    # the clipping's crumb or heading (no sentence): the note ends with its line
    if len(lines) > 2 and find_dates(lines[0][:60]) and not is_prose(lines[1]):
        return lines[1:]
    return lines


def _frame_lines(lines: list[str]) -> list[str]:
    """Without a reader's note over a rule, a terminal's slug repeating the headline, a job
    title under a byline, an export stamp, an analyst's cover lines and a translation's
    frame."""
    lines = _without_note(lines)
    kept: list[str] = []
    covered = False  # an analyst's cover line went
    for i, line in enumerate(lines):
        slug = _SLUG.match(line)
        if slug and slug.group("head") in lines[i + 1 : i + 3]:
            continue
        after_byline = (
            i > 0 and bool(_BYLINE.match(lines[i - 1])) and len(lines[i - 1].split()) <= 6
        )
        if after_byline and _ROLE.match(line) and not is_prose(line):
            continue
        if is_copy_stamp(line):
            continue
        if _EDITED.match(line) and len(line.split()) <= 8 and i > len(lines) // 2:
            continue
        cover = _PREPARED.match(line) or _COVER_LABEL.match(line) or _dated_cover(line)
        # its parts split by bars ('ОБЗОР СМИ | Region | date | Для служебного пользования')
        if cover and i < _COVER_SPAN and len(line.split()) <= (16 if " | " in line else 12):
            covered = True
            continue
        # the review's numbered part, or the office compiling it, under the cover
        framing = _REVIEW_PART.match(line) or _COMPILER.match(line) or is_institution(line)
        if covered and framing and i <= _COVER_SPAN and len(line.split()) <= 12:
            continue
        if i > len(lines) // 2 and _TRANSLATOR_NOTES.match(line):
            break  # the notes' heading: the notes under it go with it
        if (_TRANSLATION.match(line) and len(line.split()) <= 30) or _TRANSLATOR_NOTE.match(line):
            continue
        if i <= _LETTERHEAD_SPAN and len(line) < 80 and _PRESS_TRANSLATION.match(line):
            if not any(map(is_prose, kept)):
                kept.clear()  # the sender's letterhead over its label: neither is the article
            continue
        if i < 2 and _bracketed_translation(line):
            continue  # '[Arbeitsübersetzung aus dem Russischen … Original: «…» …]' at the top
        if "[" in line and (bare := _INLINE_NOTE.sub("", line)) != line:
            line = bare  # '… Sitzplatzwahl. [Anm. d. Übers.: …]': the translator's, no text
        kept.append(line)
    return kept


# The page a clipping was printed on, in a stamp line: "Seite 9", "S. 12", "page 3", "с. 4",
# a part's letter before its number ("S. C3");
# and in a monitoring tool's field row, labelled: "… | Page: 17 | …".
_PAGE_PART = re.compile(r"(?:^|[·|,]\s*)(?:seite|s\.|page|p\.|стр\.|с\.|полоса):?\s*[A-Z]?\d", _I)


def _print_credit(line: str) -> ItemStamp | None:
    """'The Courier, 24 November 2025, p. 7' as outlet and day; not a weekday before the
    day ('Donnerstag, 20. November 2025 | Seite 5', the page's own date line)."""
    stamp = comma_stamp(line)
    if stamp and any(h.weekday and h.start <= len(stamp.outlet) + 2 for h in find_dates(line)):
        return None
    return stamp


def print_stamp(line: str) -> ItemStamp | None:
    """An unlabelled print credit over a clipping ('Outlet | 25.11.2025 | Seite 3 | Rubrik')
    as outlet, day and desk: a plain rubric after the page is the desk it ran under."""
    stamp = one_line_stamp(line) if len(line.split()) <= 16 else None
    parts = STAMP_PARTS.split(line.strip())
    # the issue's number marks a print credit as the page does ('Outlet · date · № 214 · Desk')
    # or with its day ('Outlet · Full Name · № 48 от 26.11.2025'), the parts before it naming
    # the paper, no desk
    dated = [i for i, part in enumerate(parts) if i and _NUMBER_DATED.fullmatch(part.strip())]
    pages = (
        [i for i, part in enumerate(parts) if _PAGE_PART.search(part)]
        or [i for i, part in enumerate(parts) if i >= 2 and _NUMBER_ONLY.fullmatch(part.strip())]
        or dated
    )
    if stamp is None or not pages:
        return None
    page = pages[0]
    if pages == dated and stamp.section in parts[:page]:
        stamp.section = ""
    tail = parts[page + 1 :]
    if not stamp.section and len(tail) == 1 and not re.search(r"\d|:", tail[0]):
        stamp.section = tail[0] if len(tail[0].split()) <= 3 else ""
    # or the rubric right before the page, after the day: 'Outlet · date · Rubrik · Seite 13'
    before = parts[page - 1] if page >= 3 else ""
    if not stamp.section and not tail and find_dates(parts[page - 2]) and not find_dates(before):
        plain = not re.search(r"\d|:", before) and len(before.split()) <= 3
        stamp.section = before if plain else ""
    # or between the outlet and the day: 'Outlet | Desk | date | Page 9'
    if not stamp.section and not tail and page == 3 and find_dates(parts[2]):
        desk = parts[1]
        plain = not re.search(r"\d|:", desk) and len(desk.split()) <= 3 and not find_dates(desk)
        # the local edition ('Ausgabe Münster') names the paper's issue, not the desk
        stamp.section = desk if plain and not EDITION_PART.match(desk) else ""
    return stamp


def labelled_stamp(line: str) -> tuple[ItemStamp, str] | None:
    """'Outlet · 25.11.2025 · Rubrik: Politik · Autor: Jane Doe' as outlet, day, desk and
    the author it names, else None. Why: an outlet and day with parts named by their labels
    is a review's clipping credit, as sure as a page number makes one."""
    stamp = one_line_stamp(line) if len(line.split()) <= 16 else None
    if stamp is None or not stamp.complete:
        return None
    parts = STAMP_PARTS.split(line.strip())[1:]
    author = next(filter(None, (author_of_line(part) for part in parts)), "")
    # the one part besides day and desk, unlabelled: 'Outlet · date · Desk · Jane Doe',
    # 'Outlet | date | Jane Doe | Section: Desk'
    plain = [p for p in parts if not find_dates(p) and not stated_section(p)]
    plain = [p for p in plain if p.strip() != stamp.section]
    if not author and stamp.section and len(parts) == 3 and len(plain) == 1:
        author = stamp_person(plain[0])
    return (stamp, author) if author or any(map(stated_section, parts)) else None


def under_headline_stamp(line: str) -> ItemStamp | None:
    """A clipping's print credit right under its headline, outlet, rubric and day ('Outlet |
    Rubric | 25.11.2025'): all three parts, so that no dated byline passes for it."""
    if len(STAMP_PARTS.split(line.strip())) < 3 or len(line.split()) > 12:
        return None
    stamp = one_line_stamp(line)
    return stamp if stamp is not None and stamp.section else None


def _edition_line(lines: list[str], i: int) -> bool:
    """An e-paper's edition line under its masthead in capitals ('EXAMPLE-ZEITUNG' over
    'Town · Freitag, 21. November 2025 · Seite 11'): the weekday marks the page's own date
    line, whose first part is the local edition, not the outlet."""
    near = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]  # set above it or below it
    masthead = any(_shouted_masthead(line) for line in near)
    if not masthead or not any(hit.weekday for hit in find_dates(lines[i])):
        return False
    # a paper's name first ('Example Tagblatt | Dienstag, … | Lokales | Seite 13'): the
    # clipping's credit, the capitals by it a kicker
    return not is_paper_name(STAMP_PARTS.split(lines[i].strip())[0].strip())


def _shouted_masthead(line: str) -> bool:
    return line.isupper() and not re.search(r"\d", line) and len(line.split()) <= 5


def _masthead_over_stamp(lines: list[str]) -> list[str]:
    """A credit set on two lines, the masthead with its feed or edition ('Outlet · Лента
    новостей') over the day and desk ('25.11.2025 14:32 · Рубрика: X'), as one line: the
    day line alone names no outlet, the masthead alone no day."""
    if len(lines) < 3 or find_dates(lines[0]) or not find_dates(lines[1]):
        return lines
    parts = STAMP_PARTS.split(lines[0])
    # the issue's number opens the day line ('№ 138 (26841) · 2 декабря 2025 г. · Desk · с.
    # 5', 'Nr. 275 · 26.11.2025 · Seite 5'): a number names no outlet; the masthead over it,
    # maybe with its tagline ('PAPER · общественно-политическая газета …'), does
    issue = STAMP_PARTS.split(lines[1].strip(), maxsplit=1)[0]
    # (a masthead alone over the issue and weekday is an e-paper's page head, left to
    # _epaper_page; a policy brief's series over its number to _series_paper)
    tagged = len(parts) >= 2 and all(_tagline(p) or p.strip()[:1].islower() for p in parts[1:])
    weekday = any(hit.weekday for hit in find_dates(lines[1]))
    if _ISSUE_PART.match(issue) and _plain_name(parts[0].strip()) and tagged and not weekday:
        return [f"{parts[0].strip()} · {lines[1]}", *lines[2:]]
    if len(parts) < 2 or not any(EDITION_PART.match(p.strip()) for p in parts[1:]):
        return lines
    if one_line_stamp(lines[1]) is not None or len(lines[1].split()) > 10:
        return lines
    joined = f"{lines[0]} · {lines[1]}"
    return [joined, *lines[2:]] if one_line_stamp(joined) is not None else lines


_DESK_LABEL = re.compile(
    r"^(?:category|section|desk|department|ressort|rubrik|sparte|rubrique|рубрика|раздел|"
    r"категория)\s*:\s*(?P<desk>[^\W\d][^:|·\d]{1,40})$",
    _I,
)


# A byline by its label: "Autor: Name", "Author: Name", "Автор: Имя".
_AUTHOR_LABEL = re.compile(r"^(?:autor(?:in)?|author|автор)\s*:\s*\S", _I)
_CREDIT_SPAN = 6  # a letterhead and a label may stand over the headline


def _credit_over_author(lines: list[str], i: int) -> ItemStamp | None:
    """'Outlet, 13. Dezember 2025' right under the headline and over a labelled byline
    ('Autor: Name'), as an embassy's or a service's translation credits the article it
    renders: the outlet and its day. Not a place and day: the text's dateline ('Town –')
    names no outlet."""
    if i + 2 >= len(lines) or not _AUTHOR_LABEL.match(lines[i + 1]):
        return None
    stamp = comma_stamp(lines[i])
    if stamp is None or stamp.section or not 1 <= len(stamp.outlet.split()) <= 4:
        return None
    return None if lines[i + 2].startswith(stamp.outlet) else stamp


def _source_line(lines: list[str], hints: Hints) -> list[str]:
    """An analyst's 'Source: Outlet, date, No., page' line at the top gives source and date,
    and so does the same line without its label ('Outlet · 25.11.2025 · Seite 9 · Ressort:
    X') right over the headline; an analyst's 'Outlet, date, p. 7' under the headline too
    (its page marks it the print credit, not a place and day)."""
    lines = _masthead_over_stamp(lines)
    for i, line in enumerate(lines[:3]):
        if _edition_line(lines, i):
            continue  # the e-paper's own page line, left for _epaper_page
        if _dated_cover(line):
            continue  # a monitoring service's header, its day and topic its own
        if (dated := _dated_source(line)) is not None:
            hints.source = hints.source or dated.outlet  # named by its label: no guess
            hints.published = hints.published or dated.published
            return lines[:i] + lines[i + 1 :]
        if (issue := _issue_line(line)) is not None:
            hints.fallback_source = hints.fallback_source or issue.outlet
            hints.published = hints.published or issue.published
            return lines[:i] + lines[i + 1 :]
        short = len(line.split()) <= 16 and i < 2
        stamp = (print_stamp(line) or one_line_stamp(line) or credit_stamp(line)) if short else None
        # a page or the issue's number with its day ('№ 48 от 26.11.2025') marks a print credit
        marked = _PAGE_PART.search(line) or _NUMBER_DATED.search(line)
        # so does the edition or the feed it names ('Outlet · Лента новостей · date')
        marked = marked or any(EDITION_PART.match(p.strip()) for p in STAMP_PARTS.split(line))
        # or the kind of medium after the day ('Outlet | 23.11.2026 | online')
        marked = marked or medium_after_day(line)
        printed = stamp is not None and (stamp.section or marked)
        printed = printed and i + 1 < len(lines) and not is_prose(lines[i + 1])
        if not printed and i > 0 and _PAGE_PART.search(line) and not is_prose(lines[i - 1]):
            stamp = _print_credit(line)
            # a clipping service's credit names the desk after the page ('…, Seite 15, Desk')
            credit = credit_stamp(line) if short else None
            if credit is not None and credit.section and (stamp is None or not stamp.section):
                stamp = credit
            # or its parts by their bullets, the desk by its label ('Outlet, Nr. 22
            # (21.11.2026), S. 4 · Rubrik: X · Autorin: Y')
            full = print_stamp(line) if short else None
            if full is not None and full.section and (stamp is None or not stamp.section):
                stamp = full
            printed = stamp is not None
        # 'Headline' / 'Outlet | Rubric | date', maybe under a label line over the headline
        # ('CLIPPING · Client'), the text right under it
        heads = not any(is_prose(ln) for ln in lines[:i])
        under = i == 1 or (i == 2 and i + 1 < len(lines) and is_prose(lines[i + 1]))
        if not printed and under and heads:
            # or a clipping service's credit ('Outlet, 25.11.2025, рубрика «X»', 'Outlet,
            # 26.11.2025, Seite 8'): its page, desk or agency marks it a credit
            stamp = under_headline_stamp(line) or (credit_stamp(line) if short else None)
            printed = stamp is not None
        if printed and stamp is not None:
            if credit := labelled_stamp(line):
                hints.author = hints.author or credit[1]
            hints.author = hints.author or credit_author(line)
            # a masthead's capitals in a credit ('EXAMPLE GAZETTE · date · …') as written
            outlet = brand_name(stamp.outlet)  # 'Газета «Пример»', '„Example“': the name
            # one word of hyphened words too long for an acronym's ('EXAMPLE-ZEITUNG')
            joined = "-" in outlet and all(len(w) > 3 for w in outlet.split("-"))
            if len(outlet.split()) >= 2 or joined:
                outlet = _unshouted(outlet, lines[:i] + lines[i + 1 :])
            if _ISSUE_PART.match(outlet) or _ISSUE_PART.match(f"№ {outlet}"):
                # the issue's number opens the line ('№ 131 (5124) | date | Desk'): the
                # masthead over it names the paper, a number none
                above = lines[i - 1].strip() if i else ""
                outlet = _titled(above) if i and _plain_name(above) else ""
            if not hints.fallback_source:
                # the clipping's credit names its outlet as printed, as a labelled source
                # line does ('Example Allgemeine Zeitung | date | Seite 17'): the listed name
                hints.fallback_source, hints.credited_source = outlet, bool(outlet)
            hints.published = hints.published or stamp.published
            hints.section = hints.section or stamp.section
            rest = lines[i + 1 :]
            # a labelled desk under a desk system's code ('NAT' over 'Category: National')
            coded = stamp.section and hints.section == stamp.section
            if coded and rest and (desk := _DESK_LABEL.match(rest[0])):
                hints.section, rest = desk["desk"].strip(), rest[1:]
            if not hints.section and (rubric := _rubric_over_headline(rest)):
                hints.section, rest = rubric, rest[1:]
            return lines[:i] + rest
    # 'Outlet, 13. Dezember 2025' under the headline and over 'Autor: Name', a letterhead
    # maybe over them: a translation's credit to the article it renders
    for i in range(1, min(len(lines), _CREDIT_SPAN)):
        if is_prose(lines[i - 1]):
            break
        if stamp := _credit_over_author(lines, i):
            hints.fallback_source = hints.fallback_source or brand_name(stamp.outlet)
            hints.published = hints.published or stamp.published
            return lines[:i] + lines[i + 1 :]
    # the labelled line over the headline, or as a clipping service prints it, under the text
    # with the page it ran on (a figure's 'Source: Eurostat, 24.11.2025' names no page)
    tail = range(max(3, len(lines) - 3), len(lines))
    for i in [*range(min(3, len(lines))), *tail]:
        if i < 3 and (credit := _credit_under_headline(lines, i)) is not None:
            stamp, author = credit
            if not hints.fallback_source:
                hints.fallback_source, hints.credited_source = brand_name(stamp.outlet), True
            hints.published = hints.published or stamp.published
            hints.section = hints.section or stamp.section
            hints.author = hints.author or author
            return lines[:i] + lines[i + 1 :]
        m = _SOURCE_LINE.match(lines[i])
        parts = _LABELLED_PARTS.split(m.group("rest")) if m else []
        # the desk and author it names among its parts: "…, S. 17, Ressort: Wirtschaft",
        # "…, стр. 9. Рубрика: Бизнес. Автор: Имя"
        desk = next(filter(None, (stated_section(part) for part in parts)), "")
        if m and not desk:
            desk = _bare_desk(parts)  # 'Quelle: Outlet, 29.11.2025, Lokales, S. 11'
        author = next(filter(None, (author_of_line(part) for part in parts[1:])), "")
        hits = find_dates(m.group("rest")) if m else []
        # under the text, a page, desk or author names a clipping's credit, and so does the
        # minute an online item ran ('Quelle: Outlet, 23.11.2026, 18:05 Uhr, outlet.de'): a
        # figure's source names its day alone
        timed = any(h.has_time for h in hits)
        if m and i >= 3 and not (_PAGE_PART.search(m.group("rest")) or desk or author or timed):
            continue
        if m and hits:
            # the clipping tool's own stamp after the credit ('… стр. 3 • Вырезка создана
            # 19.11.2025 09:14'): when the clip was cut, not when the paper ran it
            if copied := _COPY_STAMP.search(m.group("rest")):
                hits = [h for h in hits if h.start < copied.start()]
            outlet = m.group("outlet").strip()
            # '«Звезда» (Пермь)': the paper's quoted name, not its town in brackets
            quoted = _QUOTED_OUTLET.match(outlet)
            if quoted and len(quoted[1].split()) > 4:
                continue  # 'Original: «Headline of five words or more», Outlet': no outlet
            outlet = quoted[1] if quoted else brand_name(without_addition(outlet))
            if not hints.fallback_source:
                hints.fallback_source, hints.credited_source = outlet, True
            hints.published = hints.published or (hits[0].value if hits else None)
            hints.section = hints.section or desk
            hints.author = hints.author or author
            return lines[:i] + lines[i + 1 :]
    return lines


# A source line's parts: split by commas or bars, and by a full stop before a labelled
# part ('…, 01.12.2026, стр. 9. Рубрика: Бизнес. Автор: Имя'), which otherwise hid the
# desk and author in the page's part.
_LABELLED_PARTS = re.compile(r"[,;|·•]|\.\s+(?=\w{3,12}:)")


def _credit_under_headline(lines: list[str], i: int) -> tuple[ItemStamp, str] | None:
    """A review's unlabelled credit right under a clipping's headline, outlet and day
    first, its page and more after them ('Example Blatt, 18.11.2025, S. 6 – Ressort: X –
    Von Jane Doe'), read as its labelled source line is; else None. Why: without the label
    the line read as a dateline, the outlet's name its place, its desk and author lost."""
    line = lines[i].strip()
    if not i or is_prose(lines[i - 1]) or len(line) > 160 or not _PAGE_PART.search(line):
        return None
    outlet, comma, rest = line.partition(",")
    hits = find_dates(rest) if comma and not re.search(r"\d|:", outlet) else []
    if not hits or hits[0].start > 1 or not 0 < len(outlet.split()) <= 5:
        return None
    if any(h.weekday for h in find_dates(line)[:1]):
        return None  # 'Donnerstag, 20.11.2025, Seite 5': the page's own date line
    return labelled_credit(f"Quelle: {line}")


def _rubric_over_headline(lines: list[str]) -> str:
    """The rubric set alone between a print credit naming no desk and the headline
    ('Outlet · date · Seite 11' / 'Münster' / headline / text): one to three plain words,
    the headline and the text under it; else ''."""
    # the headline under the label, the text (maybe under a byline) under the headline
    if len(lines) < 3 or is_prose(lines[1]) or not any(map(is_prose, lines[2:4])):
        return ""
    label = lines[0].strip()
    plain = 0 < len(label.split()) <= 3 and not re.search(r"[\d.:;,!?|·•@]", label)
    return label if plain and label[:1].isupper() and not is_prose(lines[1]) else ""


def _opening_date(lines: list[str], hints: Hints) -> None:
    """The day a document's first paragraph opens with after its place ('Place, date –'),
    at the time a stamp over the text gives that day ('Meldung vom 24.11.2025, 13:52')."""
    at = next((i for i, ln in enumerate(lines[:12]) if is_prose(ln)), -1)
    first = lines[at] if at >= 0 else ""
    hits = [h for h in find_dates(first[:80]) if h.has_year and h.start < 45]
    if hits and _OPENING_PLACE.match(first[: hits[0].start]):
        day = hits[0].value
        stamps = (h.value for ln in lines[:at] for h in find_dates(ln) if h.has_time)
        hints.published = next((v for v in stamps if v.date() == day.date()), day)


_SMALL_WORDS = {"of", "the", "in", "and", "for", "on", "at", "to", "de", "du", "des", "la", "le",
                "в", "во", "и", "при", "по", "на", "für", "und", "der", "die", "das", "von",
                "zu", "im", "am", "bei", "mit"}  # fmt: skip


# The words a state's name opens with in a body's name ('… Республики X', '… Российской
# Федерации', '… в Федеративной Республике Германия').
_STATE_WORD = re.compile(r"(?:РЕСПУБЛИК|РОССИЙСК|ФЕДЕРАЦИ|ФЕДЕРАТИВН|КЫРГЫЗСК|СОЕДИНЁНН|СОЕДИНЕНН)")


def _titled(name: str) -> str:
    """A letterhead in capitals in title case ('EMBASSY OF THE REPUBLIC OF X' -> 'Embassy
    of the Republic of X', 'ПОСОЛЬСТВО … В ФЕДЕРАТИВНОЙ РЕСПУБЛИКЕ ГЕРМАНИЯ' -> 'Посольство
    … в Федеративной Республике Германия', as such names are written)."""
    if not re.fullmatch(r"[A-ZÄÖÜÀ-ÞА-ЯЁ0-9 .,&'-]+", name):
        return name
    words = name.split()
    if has_cyrillic(name):
        # a Russian body's name in sentence case, the state's name in it capitalised
        # ('МИНИСТЕРСТВО ФИНАНСОВ РЕСПУБЛИКИ X' -> 'Министерство финансов Республики X')
        state = next((k for k, w in enumerate(words) if _STATE_WORD.match(w)), len(words))

        def sentence(i: int, word: str) -> str:
            lower = word.lower()
            if (i and i < state) or lower in _SMALL_WORDS:
                return lower if i else word.capitalize()
            return "-".join(part.capitalize() for part in word.split("-"))

        return " ".join(sentence(i, w) for i, w in enumerate(words))

    def cased(i: int, word: str) -> str:
        lower = word.lower()
        if i and lower in _SMALL_WORDS:
            return lower
        # two capitals that are no small word are an abbreviation ("HM Government", "UK")
        if len(word) == 2 and lower not in _SMALL_WORDS:
            return word
        return "-".join(part.capitalize() for part in word.split("-"))

    return " ".join(cased(i, w) for i, w in enumerate(words))


def _unshouted(name: str, lines: list[str]) -> str:
    """A letterhead in capitals as the text spells it ('МИНИСТЕРСТВО ЭНЕРГЕТИКИ' ->
    'Министерство энергетики'), else as printed."""
    if not name.isupper():
        return name
    # a whole word, not part of an address ('www.dgap.org' does not spell 'DGAP')
    word = re.compile(rf"(?<![\w.@/]){re.escape(name)}(?![\w@]|\.\w)", _I)
    shouted_too = False
    for line in lines:
        m = word.search(line)
        if m and _in_address(line, m.start()):
            continue  # 'rspb-images.com' (credit: …): a host's letters, no spelling of it
        if m and not m.group().isupper():
            return m.group()
        shouted_too = shouted_too or bool(m)
    # one word the text writes in capitals too is an acronym ('DGAP')
    return name if shouted_too and len(name.split()) == 1 else _titled(name)


def _in_address(line: str, at: int) -> bool:
    """Whether the word at ``at`` is part of a web or mail address ('example-images.com')."""
    token = line[at:].split(maxsplit=1)[0] if line[at:].strip() else ""
    return bool(re.search(r"\.[a-z]{2,}", token))


# Words that open a sentence before a company's name, not part of it.
_ARTICLES = {"die", "der", "das", "den", "dem", "the", "a", "an", "la", "le", "les", "el"}


def _in_full(name: str, lines: list[str]) -> str:
    """A letterhead's short name ('FÄHRE') as the release writes the company in full with
    its legal form, twice at least ('Die Nordstädter Fähre AG stellt …', 'Nordstädter Fähre
    AG · Pressestelle'): 'Nordstädter Fähre', without the form as from an issuer line."""
    full = re.compile(
        rf"((?:[A-ZÄÖÜ][\w&-]+ ){{1,3}})(?i:{re.escape(name)}) "
        r"(?:AG|SE|GmbH|KG|KGaA|plc|Inc\.?|Ltd\.?|Oyj|ASA|N\.V\.|S\.A\.)(?!\w)"
    )
    fronts: dict[str, int] = {}
    for line in lines:
        for m in full.finditer(line):
            words = m.group(1).split()
            while words and words[0].lower() in _ARTICLES:
                words = words[1:]
            if words:
                front = " ".join(words)
                fronts[front] = fronts.get(front, 0) + 1
    best = max(fronts, key=lambda f: fronts[f], default="")
    return f"{best} {name}" if best and fronts[best] >= 2 else name


# A release's number after its label: "Pressemitteilung Nr. 45/2025", "Press release No. 12".
# or bare, its count over the year: "Medieninformation 004/2026", "Press release 12/2026"
_ISSUE_NO = re.compile(r"\s+(?:(?:nr\.?|no\.?|№)\s*\d[\d/.-]*|\d{1,4}/(?:19|20)\d\d)$", _I)


_NUMBER_ONLY = re.compile(r"(?:nr\.?|no\.?|№)\s*\d[\d/.-]*", _I)
_NUMBER_DATED = re.compile(
    r"(?:nr\.?|no\.?|№)\s*\d[\d/.-]*,?\s+(?:от|vom|of|from|dated)\s+\d.{4,20}", _I
)
_BRACKETED = re.compile(r"^\((?P<name>[^()]{2,40})\)$")


_FIELD_LABEL = re.compile(r"^[^\W\d][\w .-]{1,30}:\s")


# A press office's name alone, printed by the issuer's logo over a release.
_PRESS_UNIT = re.compile(
    r"(?:(?:press|media|news) ?(?:centre|center|office|room|desk)|newsroom|media relations|"
    r"pressestelle|pressezentrum|presseabteilung|medienstelle|(?:unternehmens)?kommunikation|"
    r"(?:corporate )?communications|"
    r"пресс-(?:центр|служба|бюро))",
    _I,
)


def _desk_beside_label(lines: list[str], head: int, hints: Hints) -> None:
    """'Verkehr | Pressemitteilung' under a letterhead: the word beside the release's kind
    is the desk it files the release under (the letterhead over it names the issuer), so
    the label is left alone on its line for the letterhead rule."""
    for i, line in enumerate(lines[:head]):
        desk, bar, kind = line.partition(" | ")
        if not bar or not _RELEASE_LABEL.fullmatch(kind.strip(" .:")):
            continue
        plain = len(desk.split()) <= 3 and not re.search(r"\d|:", desk)
        if plain and [ln for ln in name_lines(lines[:i]) if not is_prose(ln)]:
            hints.section = hints.section or desk.strip()
            lines[i] = kind.strip()
        return


# A logo's name in capitals, a few words: "EXAMPLE PORT", "АЭРОПОРТ ПРИМЕР".
_SHOUTED_NAME = re.compile(r"[A-ZÄÖÜА-ЯЁ][A-ZÄÖÜА-ЯЁ&'’-]+(?: [A-ZÄÖÜА-ЯЁ&'’-]+){0,4}")


def _dated_label(label: str) -> str:
    """A release's label without the day printed beside it ('Пресс-релиз 21.11.2025',
    'Press release · 21 November 2025'), else the line as it is."""
    hits = find_dates(label)
    if hits and hits[-1].end >= len(label.rstrip(" .")) and hits[-1].start > 0:
        kind = label[: hits[-1].start].rstrip(" ·|,–—-")
        return kind if _RELEASE_LABEL.fullmatch(kind) else label
    return label


def _day_alone(line: str) -> datetime | None:
    """The day a line states and nothing else ('12. März 2025', '27 ноября 2025 года',
    'March 12, 2025'), a year's word after it aside; else None."""
    hits = find_dates(line.strip())
    if len(hits) != 1 or not hits[0].has_year:
        return None
    rest = line.strip()[: hits[0].start] + line.strip()[hits[0].end :]
    return hits[0].value if len(rest.strip(" .,")) <= 5 else None


def _without_kind(name: str) -> str:
    """A letterhead's name without the kind of document it heads ('Example Water Media
    Release', 'Beispielwerke Pressemitteilung'): the issuer is no release."""
    words = name.split()
    for k in (2, 1):
        if len(words) > k and _RELEASE_LABEL.fullmatch(" ".join(words[-k:]).strip(" .:|–-")):
            return " ".join(words[:-k]).rstrip(" |–-·")
    return name


_SITE_BEFORE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?\s+")


def _named_in_address(name: str, rows: list[str]) -> str:
    """The issuer's full name its address row under the letterhead opens with, its legal
    form after it ('PORT OF EXAMPLE' / 'Port of Example Company DAC · Quay Street 1 · …'):
    'Port of Example Company'; else ''."""
    for row in rows[:3]:
        parts = _ADDRESS_PARTS.split(row.strip())
        # the site's address a page's layout set before it ('www.example.ie Port of …')
        first = _SITE_BEFORE.sub("", parts[0].strip())
        if (
            len(parts) >= 3
            and first.casefold().startswith(f"{name.casefold()} ")
            and len(first.split()) <= len(name.split()) + 3
            and not re.search(r"\d", first)
            and _LEGAL_FORM.search(first)
        ):
            return _LEGAL_FORM.sub("", first)
    return ""


# Letters of Belarusian and Ukrainian that Russian has not.
_OTHER_SLAVIC = re.compile(r"[іїєґўІЇЄҐЎ]")


def _nominative_in_text(lines: list[str]) -> str:
    """The body a press office's sign-off under the text names in the genitive ('Пресс-служба
    Министерства X Республики Y') as the text spells it in the nominative ('Министерство X
    Республики Y продолжит …'): the same words but for their endings; else ''."""
    for line in lines[-4:]:
        m = PRESS_OFFICE_OF.match(line.strip())
        if not m or not has_cyrillic(m["head"]) or len(m["rest"].split()) > 10:
            continue
        signed = [m["head"], *m["rest"].split()]
        n, stem = len(signed), signed[0][:4].lower()
        for text in lines:
            words = text.split()
            for k in range(len(words) - n + 1):
                if words[k][:4].lower() == stem and words[k][:1].isupper():
                    window = [w.strip(",.;:") for w in words[k : k + n]]
                    if window != signed and _inflected(window, signed):
                        return " ".join(window)
    return ""


def _inflected(words: list[str], other: list[str]) -> bool:
    """The same name in another case: each word's stem the same ('Министерство',
    'Министерства'), a short word ('и', 'of') the same word."""
    for a, b in zip(words, other, strict=True):
        a, b = a.lower(), b.lower()
        n = min(4, len(a), len(b))
        if (a != b) if n < 3 else (a[:n] != b[:n]):
            return False
    return True


def _numbered_issuer(line: str) -> str:
    """The issuer beside a release's number under its label ('Nr. 87/2025 | Example
    GmbH', 'No. 12/2025 · Example Water plc', 'Example AG · Nr. 14'): a name of one to six
    words, no figure, set apart by a bar or a dot; else ''."""
    parts = [p.strip() for p in STAMP_PARTS.split(line.strip())]
    if len(parts) != 2:
        return ""
    numbered = [p for p in parts if _NUMBER_ONLY.fullmatch(p)]
    names = [p for p in parts if p not in numbered]
    if len(numbered) != 1 or len(names) != 1:
        return ""
    name = names[0]
    if re.search(r"\d|@|:", name) or not 0 < len(name.split()) <= 6 or not name[:1].isupper():
        return ""
    return name


# A name's line that stops on a word joining it to more: the name runs on on the next line.
_WRAPPED_NAME = re.compile(r"(?:\s(?:für|der|des|und|of|for|and|the|on|de|du|по|и|при|в)|,)$", _I)


# A logo's one word with its full stop ('Example.'), which is no part of the name.
_DOTTED_WORDMARK = re.compile(r"[^\W\d_][\w-]{2,20}\.")


def _wordmark_of(legal: str, lines: list[str]) -> str:
    """The logo's one word with its full stop ('Example.') among the letterhead's lines, when
    the legal name ('Example Wind Systems A/S') opens with it: the brand the company goes
    by. (A logo of words stacked one a line, 'Example' / 'Agency', spells the whole name.)"""
    first = legal.split()[0] if legal.split() else ""
    marks = (ln.strip() for ln in lines)
    return first if any(m == f"{first}." and _DOTTED_WORDMARK.fullmatch(m) for m in marks) else ""


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def _latin_initials(name: str) -> str:
    """A Cyrillic name's initials in Latin letters ('Трубная металлургическая компания' ->
    'TMK'), '' for a name of one word or none in Cyrillic."""
    words = name.split()
    if len(words) < 2 or not has_cyrillic(name):
        return ""
    return "".join(latin_name(w)[:1] for w in words if w[:1].isalpha()).upper()


def _latin_initials_mark(head: str, lines: list[str]) -> str:
    """The Latin logo of a Cyrillic name's initials, the letterhead's first line or among
    the others ('TMK' beside 'Трубная металлургическая компания'), or ''. Why: the company
    goes by the initials its logo prints, and the archive files sources in Latin letters."""
    marks = [ln.strip() for ln in lines]
    if _ACRONYM.fullmatch(head):
        return head if any(_latin_initials(m) == head for m in marks) else ""
    initials = _latin_initials(head)
    return next((m for m in marks if initials and m == initials), "")


# A name's line that goes on the one above: it opens with a particle in small letters
# ('für Bildung, Familie,' under 'Bundesministerium').
_NAME_GOES_ON = re.compile(r"^(?:für|der|des|und|of|for|and|the|on|de|du|по|и|при)\s")


def _wrapped(upper: str, lower: str) -> bool:
    """Whether a letterhead's line and the one under it are one name broken in two."""
    return bool(_WRAPPED_NAME.search(upper.strip()) or _NAME_GOES_ON.match(lower.strip()))


# A state's own name by its arms over a body's letterhead: 'Freistaat Example', 'Land
# Example', 'Republic of Example', 'Республика Пример'.
_STATE_OVER_BODY = re.compile(
    r"(?:freistaat|land|bundesland|kanton|republik|republic of|state of|government of|"
    r"commonwealth of|республика|правительство)\s+[\w-]+(?: [\w-]+){0,2}",
    _I,
)


_LOGO_WORD = re.compile(r"^[A-ZÄÖÜА-ЯЁ][A-ZÄÖÜА-ЯЁ-]{2,24}$")


def _stacked_logo_words(first: str, second: str, text: list[str]) -> bool:
    """A logo's name in capitals one word a line ('LANDTAG' / 'EXAMPLELAND', 'STADTWERKE'
    / 'MUSTERSTADT'): the second word is part of the name where the text names it too (the
    state, the town). Why: read alone, the first word ('Landtag') named no one body."""
    first, second = first.strip(), second.strip()
    if not (_LOGO_WORD.match(first) and _LOGO_WORD.match(second)):
        return False
    word = re.compile(rf"(?<!\w){re.escape(second)}(?!\w)", _I)
    return any(word.search(line) for line in text)


def _issuer(lines: list[str], head: int) -> tuple[str, int]:
    """The release's issuer and the label's line, or ('', -1)."""
    for i, line in enumerate(lines[:head]):
        if (m := _ISSUER_LINE.match(line)) and not is_prose(line):
            return _LEGAL_FORM.sub("", m.group("org").strip()), -1
        label = _dated_label(_ISSUE_NO.sub("", line.strip(" .:")))
        if _RELEASE_LABEL.fullmatch(label):
            # a field beside it ('Pressesprecherin: Jane Roe', 'Datum: …') is no letterhead
            above = [ln for ln in name_lines(lines[:i]) if not _FIELD_LABEL.match(ln)]
            # the press office's own line by the logo ('Media Centre') is no issuer
            above = [ln for ln in above if not _PRESS_UNIT.fullmatch(ln.strip())] or above
            if len(above) > 1 and _OTHER_SLAVIC.search(above[0]):
                # a Belarusian or Ukrainian name over the Russian one the text is written in
                # (a whole body's name: a column's wrapped tail 'РЕСПУБЛИКИ БЕЛАРУСЬ' is none)
                same = [
                    ln
                    for ln in above[1:]
                    if has_cyrillic(ln) and not _OTHER_SLAVIC.search(ln) and is_institution(ln)
                ]
                if not same and (named := _nominative_in_text(lines[i + 1 :])):
                    # the column's lines interleaved ('МИНИСТЕРСТВО X И РЭСПУБЛІКІ …'): the
                    # name as the text writes it, which its press office signs in the genitive
                    return named, i
                above = same + [ln for ln in above if ln not in same]
            state = len(above) > 1 and _STATE_OVER_BODY.fullmatch(above[0].strip())
            if state and _STATE_BODY.search(above[1]):
                # the state's coat of arms and name over its ministry's ('Freistaat
                # Example' / 'Ministerium für …'): the ministry issues the release
                above = above[1:]
            if len(above) > 1 and _wrapped(above[0], above[1]):
                # a long name wrapped over lines of the letterhead ('Ministerium für' /
                # 'Wirtschaft und Energie', 'Bundesministerium' / 'für Bildung, Familie,' /
                # 'Frauen und Jugend'): one name
                while len(above) > 1 and _wrapped(above[0], above[1]):
                    above = [f"{above[0].strip()} {above[1].strip()}", *above[2:]]
            elif len(above) > 1 and _stacked_logo_words(above[0], above[1], lines[i + 1 :]):
                above = [f"{above[0].strip()} {above[1].strip()}", *above[2:]]
            if above:
                # the letterhead's legal form goes, as from an issuer line ('Beispiel AG')
                # its press office after a dot ('Beispiel e.V. · Kommunikation') is no part
                name, _, unit = above[0].strip().partition(" · ")
                name = name if _PRESS_UNIT.fullmatch(unit.strip()) else above[0].strip()
                name = _without_kind(name)  # 'Example Networks Media Release': the issuer
                head = _LEGAL_FORM.sub("", name) or name
                # or before it, the name in quotes ('АО «ПРИМЕРВОД»', 'ООО "Пример"')
                head = m["org"].strip() if (m := _FORM_FIRST.match(head)) else head
                if _DOTTED_WORDMARK.fullmatch(head):
                    head = head[:-1]  # a wordmark with its full stop ('Example.'): the name
                # a logo's word over the name that spells it out ('CDU' / 'CDU-Fraktion …')
                if len(above) > 1 and len(head.split()) == 1 and above[1].startswith(head):
                    head = above[1].strip()
                elif len(head.split()) > 1 and (mark := _wordmark_of(head, above[1:])):
                    head = mark  # the legal name's address block over its logo ('Example.')
                # 'Трубная металлургическая компания' beside its logo 'TMK': an acronym,
                # however the text spells it
                acronym = _latin_initials_mark(head, above[1:])
                head = acronym or head
                # its short name in brackets under it ('(МИНПРИРОДЫ РОССИИ)') is the one used
                # (also under the name's second line in capitals: '… ХОЗЯЙСТВА' / 'РОССИЙСКОЙ
                # ФЕДЕРАЦИИ' / '(Минсельхоз России)')
                wrapped = len(above) > 2 and above[0].isupper() and above[1].isupper()
                for line in above[1 : 3 if wrapped else 2]:
                    if short := _BRACKETED.match(line.strip()):
                        head = short["name"]
                # the release's number alone under the label ('Nr. 214/2025') goes with it
                i += i + 1 < len(lines) and bool(_NUMBER_ONLY.fullmatch(lines[i + 1].strip()))
                if acronym:
                    return acronym, i
                if spelled := _named_in_address(head, lines[1:i]):
                    return spelled, i
                return _in_full(_unshouted(head, lines[i + 1 :]), lines[i + 1 :]), i
            # No letterhead over the label: the release's number beside its issuer under it
            # ('Nr. 87/2025 | Example GmbH'), the name as printed
            if i + 1 < len(lines) and (org := _numbered_issuer(lines[i + 1])):
                return org, i + 1
            # the company line under it ('ПАО «X»'), else the
            # name the editors' notes give ('Über X', 'About X').
            if i + 1 < len(lines) and (m := _FORM_FIRST.match(lines[i + 1])):
                return m.group("org").strip(), i + 1
            # or the logo's name in capitals under it, over the headline ('EXAMPLE PORT')
            if i + 2 < head and _SHOUTED_NAME.fullmatch(lines[i + 1].strip()):
                return _unshouted(lines[i + 1].strip(), lines[i + 2 :]), i + 1
            about = [m.group("org") for ln in lines if (m := _ABOUT.match(ln))]
            return (_LEGAL_FORM.sub("", about[0]), i) if about else ("", -1)
    # no label: a newsroom's letterhead, the name over its press office's line ('Example
    # Rail' / 'Media centre') at the top, is the issuer's
    for i, line in enumerate(lines[1 : min(head, 3)], start=1):
        above = [ln for ln in name_lines(lines[:i]) if not is_prose(ln)]
        if _PRESS_UNIT.fullmatch(line.strip()) and above and len(above[0].split()) <= 5:
            return _LEGAL_FORM.sub("", above[0].strip()) or above[0].strip(), i
        # a state body's letterhead in capitals over the department that wrote the paper
        # ('МИНИСТЕРСТВО … РЕСПУБЛИКИ X' / 'Главное управление …', 'MINISTERIUM FÜR X' /
        # 'Abteilung Y'): the body issues it, its department is no desk
        # (a unit in capitals too, 'ДЕПАРТАМЕНТ ИНФОРМАЦИИ', is the letterhead's second line:
        # the text's own short name for the body is read later)
        unit = is_office_unit(line) and not line.isupper()
        if above and unit and (body := _shouted_body(above[0])):
            return _unshouted(body, lines[i + 1 :]), i
    return "", -1


_STATE_BODY = re.compile(
    r"(?:ministry|ministerium|department|senatsverwaltung|staatskanzlei|landesamt|"
    r"bundesamt|agency|министерство|комитет|агентство|служба)\b",
    _I,
)


def _shouted_body(line: str) -> str:
    """A state body's name in capitals alone on a letterhead's line, else ''."""
    name = line.strip()
    if not name.isupper() or not 2 <= len(name.split()) <= 12 or re.search(r"\d|@|:", name):
        return ""
    return name if _STATE_BODY.match(name) or is_institution(_titled(name)) else ""


# A newsroom's category and day under the headline ('Regions & Routes: Wales & Western |
# Tuesday 25 Nov 2025'): the category's value is the desk.
_CATEGORY = re.compile(r"^[^\W\d][^:|·]{1,30}:\s*(?P<desk>[^\W\d][^:|·\d]{1,40})$")


_DAY_LABEL = re.compile(
    r"^(?:veröffentlicht|erschienen|published|posted|publié|опубликовано)(?:\s+(?:am|on|le))?"
    r"\s*:?\s+",
    _I,
)


def _category_line(lines: list[str], hints: Hints) -> None:
    """The desk a 'Category: Desk | day' line over the text names."""
    for line in lines[:6]:
        parts = STAMP_PARTS.split(line.strip())
        if len(parts) == 2:  # 'Themenbereich: X · Veröffentlicht am date': the day's label
            parts[1] = _DAY_LABEL.sub("", parts[1])
        hits = find_dates(parts[-1]) if len(parts) == 2 else []
        if not hits or len(parts[1]) - (hits[0].end - hits[0].start) > 12:
            continue  # the day, maybe its weekday, and nothing else after the category
        if m := _CATEGORY.match(parts[0].strip()):
            hints.section = hints.section or m["desk"].strip()
            return


# A think tank's series label heading a paper, with the institute before it or on the line
# above: "DGAP POLICY BRIEF", "Policy Brief | Issue 24/25 | 24 November 2025".
_SERIES = re.compile(
    r"^(?P<org>(?:\S+\s+){0,3}?)(?:(?:policy|issue|briefing|working|discussion|occasional|"
    r"research) (?:brief|paper|note|insight)|policy briefing|kurzanalyse|impulspapier|"
    r"аналитическая записка|аналитический доклад|briefing(?=\s*[|·])|"
    # a kind word alone after the institute's name: "Institute · IMPULS", "X | Studie"
    r"(?<=[|·•] )(?:impuls|studie|kurzstudie|analyse|diskussionspapier|positionspapier|"
    r"hintergrundpapier|discussion paper|position paper|white paper|исследование)(?=\s*$)|"
    # a numbered series: "Мониторинг экономической ситуации · № 21 (211) · 24 ноября 2025 г."
    # (a paper's own issue line is no series: "Общественно-политическая газета | № 4 | date")
    r"(?![^|·\d]*(?:газета|newspaper|zeitung|tageblatt|wochenblatt|еженедельник|weekly\b))"
    r"[^|·\d]{3,80}?(?=\s*[|·]\s*(?:№|no\.|nr\.|issue|ausgabe|выпуск)\s*\d)|"
    # its number run on, then the day: "IW-Kurzbericht Nr. 92/2025 · 25. November 2025"
    # (a release's numbered label or a bare 'Выпуск № 22 · date' is no series name)
    r"(?![^|·\d]*(?:press|пресс|media|medien))(?!(?:выпуск|issue|ausgabe|edition|heft)\b)"
    r"[^|·\d]{3,60}?(?=\s+(?:№|no\.|nr\.)\s*\d[\d/.()-]*\s*[|·]\s*[^|·]*\d{4}))"
    r"(?:\s*$|\s*[|·,–—:]\s*\S.*$|\s+(?:no\.|nr\.|№|\d).*$|"
    # its code glued to letters, then the paper's topic: "Briefing Note BN412 · Housing"
    r"\s+[a-z]{1,4}-?\d[\w/.-]*(?:\s*[|·•]\s*(?P<topic>[^\W\d][^|·•\d]{1,40}))?\s*$)",
    _I,
)
# A paper's abstract heading: the paragraph under it sums the paper up (the lead).
_ABSTRACT = re.compile(
    r"^(?:abstract|summary|аннотация|резюме|zusammenfassung|kurzfassung)\s*:?$", _I
)
# The summary box under the byline: a heading over bullet points.
_KEY_POINTS = re.compile(
    r"^(?:key (?:points|findings|messages|takeaways|recommendations)|summary|in brief|"
    r"kernpunkte|kernaussagen|das wichtigste in kürze|auf einen blick|auf den punkt|"
    r"at a glance|zusammenfassung|"
    # the findings box: "Zentrale Ergebnisse:", "Main findings", "Основные результаты"
    r"(?:zentrale|wichtigste|wesentliche) (?:ergebnisse|erkenntnisse|befunde|aussagen)|"
    r"(?:main|key|principal) (?:results|conclusions)|main findings|"
    r"(?:основные|ключевые) (?:выводы|тезисы|положения|результаты)|резюме)\s*:?$",
    _I,
)
# The box's heading with its one point run on: "Ключевые выводы: дефицит сильнее всего …".
_KEY_POINTS_RUN = re.compile(_KEY_POINTS.pattern.replace(r"\s*:?$", r"\s*:\s+(?=\S)"), _I)
# The series a paper belongs to, by its label in the series line: "Серия: Экономика регионов".
_SERIES_LABEL = re.compile(r"^(?:серия|series|reihe)\s*:\s*(?P<name>\S.{1,60})$", _I)
_BULLET = re.compile(r"^[•▪●◦‣■–\-*]\s")
_NAME_SEP = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bи\b|\bet\b)\s*")


def _names(line: str) -> str:
    """The line when it is nothing but the names of people ('Jane Doe and Jan Roe')."""
    if _BYLINE.match(line):
        return ""  # 'Von Anna Muster': a byline, read by author_of_line
    parts = _NAME_SEP.split(re.sub(r"\b(?:Dr|Prof)\.\s*", "", line))
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4 or part.isupper():
            return ""
        if not all(w[:1].isupper() and re.sub(r"[-’']", "", w).isalpha() for w in words):
            return ""
    return line


def _affiliation(line: str, institute: str) -> bool:
    """An author's post and institute under the name over the text ('Economist in the
    Housing Unit, Example Institute, Berlin'): a line, not a sentence, naming the institute
    or listing post, institute and place after commas."""
    if is_prose(line) or line.endswith((".", "!", "?", ":")) or len(line.split()) > 25:
        return False
    named = bool(institute) and institute.lower() in line.lower()
    return named or line.count(",") >= 2


_SHORT_NAME = re.compile(r"^(?P<short>(?:\S+ ){0,2}\S+) [–—] (?:\S+ ){2,9}\S+$")


def _spelled_out(short: str, name: str) -> bool:
    """Whether a name line spells out a short name by its words' initials, its small words'
    with them or not ('IFS': 'Institute for Fiscal Studies', 'NPI': 'Northam Policy …')."""
    words = name.split()
    if not 2 <= len(words) <= 8 or not short.isupper() or not short.isalpha():
        return False
    every = "".join(w[0] for w in words).upper()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    return short in (every, capitals)


def _series_paper(lines: list[str], hints: Hints) -> list[str]:
    """A policy brief's front: the institute is the source, the series and issue lines go,
    and under the headline the subtitle (the lead), the author line and the key-points
    box leave the text."""
    at = next((i for i, ln in enumerate(lines[:4]) if _SERIES.match(ln)), -1)
    if at < 0 or any(is_prose(ln) and not _SHORT_NAME.match(ln) for ln in lines[:at]):
        # the series line may end "г.", the institute's full name "e. V."
        return lines
    series = _SERIES.match(lines[at])
    org = series.group("org").strip(" |·,–—:")  # type: ignore[union-attr]
    above = name_lines(lines[:at])
    # "DIW Berlin – Deutsches Institut für …": the institute's short name before its full one
    short = _SHORT_NAME.match(above[-1]) if above else None
    org = org or (short["short"] if short else "")
    org = org or (above[-1] if above and len(above[-1].split()) <= 6 else "")
    if above and org and _spelled_out(org, above[-1]):
        org = above[-1]  # 'IFS Briefing Note' under 'Institute for Fiscal Studies'
    if not org:
        return lines
    rest = lines[at + 1 :]
    hints.source = _full_name(org, rest) or _unshouted(org, rest)
    labelled = (_SERIES_LABEL.match(p.strip()) for p in STAMP_PARTS.split(lines[at]))
    hints.section = hints.section or next((m["name"].strip() for m in labelled if m), "")
    hints.section = hints.section or (series["topic"] or "").strip()  # type: ignore[index]
    if hints.published is None and (hits := find_dates(lines[at])):
        hints.published = hits[0].value
    if len(rest) > 1 and _LOGO.match(rest[0]) and find_dates(rest[1]):
        rest = rest[1:]  # the institute's logo word between the series and its issue line
    if rest and re.search(r"\d", rest[0]) and not is_prose(rest[0]) and find_dates(rest[0]):
        _category_line(rest[:1], hints)  # 'Themenbereich: X · Veröffentlicht am date'
        hints.published = hints.published or find_dates(rest[0])[0].value
        rest = rest[1:]  # "Nr. 31 | 24. November 2025"
    if len(rest) < 3:
        return rest
    head, under = rest[0], rest[1:4]
    by = next((k for k, ln in enumerate(under) if _names(ln)), -1)
    if by < 0:
        return _without_tail(rest)
    hints.author = hints.author or _names(under[by])
    if by == 1 and not is_prose(under[0]):
        hints.lead = hints.lead or under[0]
    more = rest[by + 2 :]
    if len(more) > 1 and _affiliation(more[0], hints.source) and is_prose(more[1]):
        more = more[1:]  # the author's post under the name ('Economist …, Institute, City')
    if len(more) > 1 and _ABSTRACT.match(more[0]) and is_prose(more[1]):
        hints.lead = hints.lead or more[1]  # the paper's abstract under its heading
        more = more[2:]
    if more and _KEY_POINTS.match(more[0]):
        more = more[1:]
        while more and _BULLET.match(more[0]):
            more = more[1:]
        if len(more) > 1 and _FIRST_HEADING.match(more[0]) and is_prose(more[1]):
            more = more[1:]  # the text's first numbered heading ('1 Ausgangslage')
    return _without_tail([head, *more])  # "For more information: …" ends the paper too


# A journal's volume and issue line over a paper's headline: "Volume 31 · Comment 44 ·
# November 2025", "Vol. 12, No. 3, 2025", "Jahrgang 7 · Heft 2 · 2025".
_VOLUME = re.compile(
    r"^(?:vol(?:ume)?\.?|jahrgang|jg\.|band|bd\.|том)\s*\d+\s*[·•|,]\s*"
    r"(?:[^\W\d]+\.?\s*)?\d+\b(?=.*\b(?:19|20)\d{2}\b).{0,40}$"
    # a paper's issue number with its place and day: 'Nr. 11/2025 · München, 27. November 2025'
    r"|^(?:nr\.?|no\.?|№|heft|issue|выпуск)\s*\d+(?:/(?:19|20)\d{2})?\s*[·•|]\s*"
    r"[^\W\d][\w./ -]{1,30},\s*(?=.*\b(?:19|20)\d{2}\b).{4,30}$",
    _I,
)


def _volume_line(lines: list[str], hints: Hints) -> list[str]:
    """A series paper's volume and issue line near the top is no headline: the series name
    on the line above it is the section, the publisher's name above that the source."""
    at = next((i for i, ln in enumerate(lines[:4]) if _VOLUME.match(ln)), -1)
    if at < 0 or any(is_prose(ln) and not _SHORT_NAME.match(ln) for ln in lines[:at]):
        return lines
    # 'ifo Institut – Leibniz-Institut für …': the institute's short name before its full one
    names = [m["short"] if (m := _SHORT_NAME.match(ln)) else ln for ln in lines[:at]]
    above = [ln for ln in names if not re.search(r"\d", ln) and len(ln.split()) <= 6]
    if len(above) != at:
        return lines
    if hints.published is None and (hits := find_dates(lines[at])):
        hints.published = hits[0].value
    # the publisher's logo in capitals ('IISS') may stand beside the series name, read after it
    above.sort(key=lambda ln: not (ln.isupper() and len(ln.split()) == 1))
    if above and len(above[-1].split()) <= 4:
        hints.section = hints.section or above[-1]
        above = above[:-1]
    if above:
        hints.fallback_source = hints.fallback_source or above[-1]
    return lines[at + 1 :]


# The logo's word or two in capitals ('IfW KIEL'), and the text's first numbered heading.
_LOGO = re.compile(r"^(?:\w+ ){0,2}[A-ZÄÖÜ]{2,}$")
_FIRST_HEADING = re.compile(r"^1\.?\s+[A-ZÄÖÜА-ЯЁ][^.!?:]{2,60}$")
_ADDRESS_PARTS = re.compile(r"\s+[·•|]\s+")


def _full_name(org: str, lines: list[str]) -> str:
    """The institute's full name its address row under the paper gives ('Kiel Institut
    für Weltwirtschaft · Kiellinie 66 · 24105 Kiel · www.…') for the series line's short
    one ('KIEL POLICY BRIEF') that opens it, or ''."""
    for line in lines[-6:]:
        parts = _ADDRESS_PARTS.split(line.strip())
        name = parts[0]
        if (
            len(parts) >= 3
            and any(re.search(r"\d", p) for p in parts[1:])
            and not re.search(r"\d", name)
            and 2 <= len(name.split()) <= 7
            and name.split()[0].casefold() == org.casefold()  # not 'Verein XYZ e.V.'
        ):
            return name
    return ""


# The heading that opens a paper's text under its summary box.
_INTRO = re.compile(r"^(?:\d\.?\s+)?(?:introduction|einleitung|einführung|введение)\s*:?$", _I)


def _summary_box(lines: list[str], hints: Hints) -> list[str]:
    """A paper's summary box among its front lines ('SUMMARY' over bullet points, above
    the first running text) is its lead, and an 'Introduction' heading under it opens the
    text: neither is the text, nor a dateline."""
    first_text = next(
        (i for i, ln in enumerate(lines) if is_prose(ln) and not _BULLET.match(ln)), 0
    )
    at = next((i for i in range(min(first_text, 8)) if _KEY_POINTS.match(lines[i])), -1)
    head = min(first_text + 1, 8, len(lines))  # an empty clipping has none
    run = next((i for i in range(head) if _KEY_POINTS_RUN.match(lines[i])), -1)
    if at < 0 and 0 < run < len(lines) - 1 and is_prose(lines[run + 1]):
        # the box's one point run on after its heading, over the text: the lead
        hints.lead = hints.lead or _KEY_POINTS_RUN.sub("", lines[run])
        return lines[:run] + lines[run + 1 :]
    end = at + 1
    while at >= 0 and end < len(lines) and _BULLET.match(lines[end]):
        end += 1
    if at < 0 or end == at + 1:
        return lines
    hints.lead = hints.lead or " ".join(_BULLET.sub("", ln) for ln in lines[at + 1 : end])
    if end < len(lines) and _INTRO.match(lines[end]):
        end += 1
    return lines[:at] + lines[end:]


# An e-paper page's edition line under the masthead: "Среда, 26 ноября 2025 | № 218 |
# Полоса 5 | Выпуск «Москва»", "Mittwoch, 26. November 2025 | Nr. 275 | Seite 5".
_EDITION_PART = re.compile(
    r"^(?:№|nr\.?|no\.?|полоса|стр\.?|seite|s\.|page|p\.|ausgabe|выпуск|edition)\s*\S", _I
)
_EDITION_SEP = re.compile(r"\s+[|·•]\s+")


def _edition_row(line: str) -> bool:
    """An e-paper's edition or folio line: three parts or more, a page or issue and a day."""
    parts = _EDITION_SEP.split(line)
    edition = len(parts) >= 3 and any(_EDITION_PART.match(p) for p in parts)
    return edition and bool(find_dates(line)) and len(line.split()) <= 16


def _folio_line(line: str) -> bool:
    """A page's folio: its weekday and date, the paper's site, the bare page number
    ('Saturday, November 22, 2025 | example.co.uk | 8'), or the day with the page alone
    after it ('Wednesday, November 26, 2025   A5')."""
    parts = _EDITION_SEP.split(line)
    numbered = any(re.fullmatch(r"\d{1,3}", p.strip()) for p in parts)
    if len(parts) >= 3 and numbered and any(h.weekday for h in find_dates(line)):
        return True
    m = _DAY_PAGE.match(line.strip())
    hits = find_dates(m["day"]) if m else []
    if m is None or len(hits) != 1:
        return False
    # the weekday (which the hit marks) before the date, the date up to the page
    whole = hits[0].end >= len(m["day"]) - 1 and hits[0].start <= 12
    return whole and hits[0].weekday and hits[0].has_year


# A folio's day and the page after it, maybe with the section's letter: '… 2025   A5'.
_DAY_PAGE = re.compile(r"^(?P<day>.+?\d{4})\s+[A-Z]?\d{1,3}$")


def _plain_name(line: str) -> bool:
    """A masthead's name in plain letters ('Example Daily Mail')."""
    return not re.search(r"\d|[|·•:]", line) and len(line.split()) <= 5 and not is_prose(line)


_ISSUE_PART = re.compile(r"^(?:№|nr\.|no\.)\s?\d[\d ]*(?:\([\d ]+\))?$", _I)


def _tagline(line: str) -> bool:
    """A masthead's tagline: a few words of the paper's kind, no figure or sentence end."""
    words = line.split()
    return 4 <= len(words) <= 10 and not re.search(r"\d|[.!?:]$", line) and not is_prose(line)


def _epaper_page(lines: list[str], hints: Hints) -> list[str]:
    """An e-paper page export: the masthead over the edition line is the paper (the
    source), the line gives the day, the rubric under it the section (a second, smaller
    rubric goes too) and a names line under the headline the author."""
    top = len(lines) > 2 and (_edition_line(lines, 0) or _folio_line(lines[0]))
    if top and (_shouted_masthead(lines[1]) or _plain_name(lines[1])):
        lines = [lines[1], lines[0], *lines[2:]]  # the layout read the date line first
    for at, line in enumerate(lines[1:3], start=1):  # noqa: B007 (used after the loop)
        parts = _EDITION_SEP.split(line)
        edition = len(parts) >= 3 and any(_EDITION_PART.match(p) for p in parts)
        # or the issue's number beside its day alone ('№ 137 (27 812) • пятница, 5 декабря
        # 2025 года', 'Nr. 281 · Samstag, 29. November 2025')
        edition = edition or (len(parts) == 2 and bool(_ISSUE_PART.match(parts[0])))
        edition = edition or _folio_line(line)
        if edition and (hits := find_dates(line)):
            break
    else:
        return lines
    masthead = lines[0]
    if re.search(r"\d", masthead) or len(masthead.split()) > 5 or is_prose(masthead):
        return lines
    # the masthead's capitals as the paper writes its name ('EXAMPLE-ZEITUNG'), not an acronym
    shouted = masthead.isupper() and len(masthead) > 5
    hints.fallback_source = hints.fallback_source or (_titled(masthead) if shouted else masthead)
    hints.published = hints.published or hits[0].value
    # the page's folio at its foot repeats the edition line ('Seite 11 · PAPER · date')
    rest = lines[at + 1 :]
    rest = rest[:-3] + [ln for ln in rest[-3:] if not _edition_row(ln)]
    # the bare page number by the rubric ('ГОРОДСКАЯ СРЕДА' / '3') is the folio
    rest = [ln for i, ln in enumerate(rest) if i > 2 or not (ln.isdigit() and len(ln) <= 3)]
    if len(rest) > 2 and _tagline(rest[0]) and rest[1].isupper() and len(rest[1].split()) <= 3:
        # the paper's tagline under its edition line, over the rubric ('Общественно-
        # политическая газета X области' / 'ЖКХ'): no rubric, no headline
        rest = rest[1:]
    rubrics = 0
    while rubrics < 2 and len(rest) > rubrics + 1 and len(rest[rubrics].split()) <= 3:
        rubrics += 1
    while rubrics and len(rest[rubrics].split()) <= len(rest[rubrics - 1].split()):
        rubrics -= 1  # a short headline over its byline, not a rubric over the headline
    if rubrics:
        rubric = rest[0]
        hints.section = hints.section or cased_section(rubric)  # an acronym ('ЖКХ') stays
    rest = rest[rubrics:]
    if len(rest) > 2 and (names := author_of_line(rest[1]) or _names(rest[1])):
        # a surname in capitals ('Jane ROE') as names are written
        names = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in names.split())
        hints.author = hints.author or names
        rest = [rest[0], *rest[2:]]
    return rest


_CONTACT = re.compile(r"@[\w-]+\.|\+\d{1,3}[\s\d]{6,}")  # an e-mail address, a phone number


# "Ulaanbaatar, 24 November 2025" under a statement: where and when it was signed.
_PLACE_COMMA = re.compile(r"^[A-ZÄÖÜА-ЯЁ][\w'’-]+(?:[ -][A-ZÄÖÜА-ЯЁ][\w'’-]+)?,\s+")


def _signed_at(line: str) -> re.Match[str] | None:
    """A place and day alone on a line ('Berlin, 24. November 2025'): after the text the
    signing line, with only the number and contacts under it."""
    m = _PLACE_COMMA.match(line)
    return m if m and is_only_date(line[m.end() :].rstrip(" .г")) else None


_ABOUT_AUTHORS = re.compile(
    r"^(?:über (?:die|den) autor(?:in|en|innen)?|about the authors?|об авторах?)\b", _I
)


# 'About Example: Example makes …': the issuer's self-description run on after its label.
_ABOUT_LABEL = re.compile(r"^(?:About|Über) (?:the )?[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ][\w&.-]*){0,3}:\s")


# The editors' background note run on after its label, however long: "Справка: X основан
# в 1963 году …", "Notes to editors: …", "Hinweis an die Redaktion: …".
_NOTE_LABEL = re.compile(
    r"^(?:справка|(?:историческая )?справка о компании|notes? (?:to|for) editors|"
    r"hinweise? (?:an|für) (?:die )?redaktion(?:en)?)\s*:\s+\S",
    _I,
)


def _without_tail(lines: list[str], hints: Hints | None = None) -> list[str]:
    """The lines up to the editors' notes under the text (a contact line with its number
    and address may run longer than a heading); a signing line's day dates the release."""
    seen_text = False
    for i, line in enumerate(lines):
        short = len(line.split()) <= 12 or (len(line.split()) <= 25 and _CONTACT.search(line))
        if seen_text and short and _RELEASE_TAIL.match(line):
            return lines[:i]
        if seen_text and (
            _ABOUT_AUTHORS.match(line) or _ABOUT_LABEL.match(line) or _NOTE_LABEL.match(line)
        ):
            return lines[:i]  # 'Über die Autoren: …', however long the notes run
        if seen_text and (m := _signed_at(line)):
            if hints is not None and hints.published is None:
                hints.published = find_dates(line[m.end() :])[0].value
            return lines[:i]
        if seen_text and len(line) <= 16 and _ATTACHMENT.fullmatch(line.strip()):
            # 'Anlage', 'Attachment', 'Приложение 1' alone under the text: the release's
            # attachment (a table, a list of places) follows, no part of its text
            return lines[:i]
        seen_text = seen_text or (is_prose(line) and len(line.split()) > 15)
    return lines


# An attachment's label alone on its line under a document's text.
_ATTACHMENT = re.compile(
    r"(?:anlagen?|anhang|attachments?|annex(?:es)?|enclosures?|приложени[ея])(?:\s*\d{1,2})?:?",
    _I,
)


# 'Erschienen am 22.11.2025, 06:00 Uhr · Ressort X · Seite 21' under the text: a print
# page's own publication stamp, its label first.
_CLOSING_LABEL = re.compile(
    r"^(?:erschienen|veröffentlicht|publiziert|published|first published|опубликовано)"
    r"(?:\s+(?:am|on))?\s*:?\s+\S",
    _I,
)
_CLOSING_SPAN = 4  # the stamp stands within the last lines, among the credits


def _closing_stamp(lines: list[str], hints: Hints) -> list[str]:
    """The lines without a labelled publication stamp under the text whose other parts are
    its desk and page: the stamp dates the article and the desk files it."""
    for i in range(max(1, len(lines) - _CLOSING_SPAN), len(lines)):
        line = lines[i]
        if not _CLOSING_LABEL.match(line) or not any(is_prose(ln) for ln in lines[:i]):
            continue
        parts = [p.strip() for p in STAMP_PARTS.split(line) if p.strip()]
        hits = find_dates(parts[0]) if parts else []
        rest = [p for p in parts[1:] if not _PAGE_PART.match(p)]
        desks = [stated_section(p) for p in rest]
        if not hits or len(parts[0].split()) > 8 or not all(desks):
            continue
        hints.published = hints.published or hits[0].value
        hints.section = hints.section or next(iter(desks), "")
        return lines[:i] + lines[i + 1 :]
    return lines


# A release's end mark: 'ENDS', '-ends-', '###', '- 30 -', '~~~~ends~~~~'; the editors'
# notes follow it.
_END_MARK = re.compile(r"[-–—~*=\s]*(?:ENDS|Ends|ends|###|30)[-–—~*=\s]*")


_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s)", _I)


def _before_end_mark(lines: list[str]) -> list[str]:
    """The lines above a release's end mark under its text (a lone '30' needs its dashes)."""
    seen_text = False
    for i, line in enumerate(lines):
        bare = line.strip() == "30"
        if seen_text and _END_MARK.fullmatch(line) and not bare:
            # the copyright line under the notes stays: it names the publisher
            return lines[:i] + [ln for ln in lines[i + 1 :] if _COPYRIGHT.match(ln)]
        if seen_text and len(line) <= 16 and _ATTACHMENT.fullmatch(line.strip()):
            # 'Anlage', 'Attachment', 'Приложение 1' alone under the text: the release's
            # attachment (a table, a list of places) follows, no part of its text
            return lines[:i]
        seen_text = seen_text or (is_prose(line) and len(line.split()) > 15)
    return lines


# An attachment's label alone on its line under a document's text.
_ATTACHMENT = re.compile(
    r"(?:anlagen?|anhang|attachments?|annex(?:es)?|enclosures?|приложени[ея])(?:\s*\d{1,2})?:?",
    _I,
)


# An interview's answer, set off by its dash: "— Картина очень разная."
_ANSWER = re.compile(r"^[—–-]\s+\S")


def _interview_intro(lines: list[str], hints: Hints) -> None:
    """An interview's standfirst, the paragraph over its first question (a line ending '?'
    whose answer opens with a dash), is the lead: the text starts with the question (the
    paragraph stays in place, where the headline is looked for over it)."""
    at = next((i for i, ln in enumerate(lines[:8]) if is_prose(ln)), -1)
    if at < 0 or len(lines) < at + 3 or hints.lead:
        return
    intro, question, answer = lines[at : at + 3]
    asked = question.endswith("?") and not _ANSWER.match(question) and not intro.endswith("?")
    if not (asked and _ANSWER.match(answer) and not _ANSWER.match(intro)):
        return
    hints.lead = intro


# A figure's or table's caption where a PDF's chart stood: "Abbildung 1: BIP, preisbereinigt",
# "Figure 2. Output gap", "Рисунок 3: …": the chart's, not the text's.
_CAPTION = re.compile(
    r"^(?:abbildung|abb\.|grafik|schaubild|tabelle|figure|fig\.|chart|table|exhibit|"
    r"рисунок|рис\.|таблица|график|диаграмма)\s*\d+[.:]\s+\S(?:\S*\s+){0,24}\S*$",
    _I,
)


# An authority's letter's day and outgoing number under its letterhead, maybe with the
# blank for the reply's ('02.12.2025 № 11-3/1894 На № ____ от ____', '02.12.2025 Nr. 4/17').
_OUTGOING = re.compile(
    r"^(?P<day>\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г\.)?\s+(?:№|nr\.|no\.|az\.|исх\.\s*№)\s*"
    r"\d[\w./-]*(?:\s+(?:на|to|auf)\s+(?:№|nr\.|no\.)[\s_]*(?:от|from|vom)?[\s_]*)?$",
    _I,
)


def _outgoing_day(lines: list[str], hints: Hints) -> None:
    """The day an authority's letter or statement went out, printed beside its outgoing
    number under the letterhead: its publication when nothing else dates it."""
    if hints.published is not None:
        return
    for line in lines[:10]:
        if line[:1].isdigit() and (m := _OUTGOING.match(line.strip())):
            hits = find_dates(m["day"])
            if hits and hits[0].has_year:
                hints.published = hits[0].value
            return


def document_front(text: str, hints: Hints | None = None) -> tuple[str, Hints]:
    """The text without a report's field block or a release's label and editors' notes,
    and the metadata they state."""
    hints = hints or Hints()
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    lines = _report_fields(lines, hints)
    lines = _memo_header(lines, hints)
    lines = _release_rows(lines, hints)
    lines = _office_paper(lines, hints)
    lines = _page_boxes(lines)
    lines = _dash_signoff(lines, hints)
    lines = [ln for ln in lines if not _CAPTION.match(ln)]
    _outgoing_day(lines, hints)
    before = hints.source
    lines = _source_line(lines, hints)
    labelled = hints.source != before  # 'date | Source: X' beats a letterhead's name
    _translated_original(lines, hints)
    framed = _frame_lines(lines)
    if len(framed) < len(lines) and not (hints.source or hints.published):
        # the credit under an analyst's cover lines ('ОБЗОР СМИ | …' / 'Раздел 3. …' /
        # 'Outlet, date, № 47, с. 3'): read once the cover went
        framed = _source_line(framed, hints)
    lines = framed
    lines = _series_paper(lines, hints)
    lines = _volume_line(lines, hints)
    lines = _summary_box(lines, hints)
    lines = _epaper_page(lines, hints)
    lines = magazine_page(lines, hints)
    lines = speech_front(lines, hints)
    lines = announcement_front(lines, hints)
    lines = wire_release_front(lines, hints)
    lines = broadcast_front(lines, hints)
    _interview_intro(lines, hints)
    lines = _credit_under_byline(lines, hints)
    text_at = next((i for i, ln in enumerate(lines) if is_prose(ln)), len(lines))
    lines, author, when = byline_front(lines, text_at)
    hints.author, hints.published = hints.author or author, hints.published or when
    if (sent := transmission_time(lines)) is not None:
        hints.published = hints.published or sent[0]  # a wire's '261431 GMT Nov 25'
        del lines[sent[1]]
    hints.section = hints.section or slug_desk(lines)
    if hints.published is None:
        _opening_date(lines, hints)
    first_text = next((i for i, ln in enumerate(lines) if is_prose(ln)), len(lines))
    _category_line(lines[:first_text], hints)
    _desk_beside_label(lines, min(first_text, 8), hints)
    org, label = _issuer(lines, min(first_text, 8))
    if org:
        hints.source = hints.source if labelled else org
        if label >= 0:
            # the day printed beside the label ('Пресс-релиз 21.11.2025') is the release's
            top = lines[: label + 1]
            dated = [find_dates(ln)[-1].value for ln in top if _dated_label(ln) != ln]
            # or alone on its line in the letterhead over it ('27 ноября 2025 года')
            dated += [d for ln in top if (d := _day_alone(ln))]
            hints.published = hints.published or (dated[0] if dated else None)
            del lines[: label + 1]  # the letterhead (name, address) and the label
            if lines and (m := _signed_at(lines[0])) and hints.published is None:
                # 'München, 25. November 2025' under the label: when it was issued
                hints.published = find_dates(lines[0][m.end() :])[0].value
        lines = _without_tail(lines, hints)
    lines = _closing_stamp(lines, hints)
    lines = _without_paragraph_numbers(lines)
    hints.dateline = hints.dateline or _desk_town_opener(lines, hints.section)
    return "\n".join(_before_end_mark(_without_citation(lines))), hints


def _desk_town_opener(lines: list[str], desk: str) -> str:
    """The local desk's town in capitals opening the text with no mark after it, as a local
    paper prints its dateline ('DÜSSELDORF Die Rheinbahn …' under the desk 'Düsseldorf'):
    the place, else ''. Only the desk's own name: a word in capitals alone could be an
    acronym ('ADAC Die …')."""
    first = next((ln.strip() for ln in lines if is_prose(ln)), "")
    word, _, rest = first.partition(" ")
    if not desk or not word.isupper() or len(word) < 3 or not rest[:1].isupper():
        return ""
    return desk if word.casefold() == desk.casefold() else ""


# A judgment's or a report's paragraph number in brackets at its start: '[1] Today …'.
_BRACKET_NUMBER = re.compile(r"^\[(\d{1,3})\]\s+(?=\S)")
_NUMBERED_LEAST = 3


def _without_paragraph_numbers(lines: list[str]) -> list[str]:
    """The paragraphs without their numbers in brackets where they run [1], [2], [3] … from
    the text's first paragraph (a court's or a tribunal's numbered paragraphs): the numbers
    are the document's apparatus, no words of the text; a note list's '[1] …' under a text
    starts no text and keeps them."""
    if not any(ln[:3] == "[1]" for ln in lines):
        return lines  # the common case, decided without reading the text
    first = next((i for i, ln in enumerate(lines) if is_prose(ln)), -1)
    if first < 0 or not lines[first].startswith("[1]"):
        return lines
    marked = [i for i, ln in enumerate(lines) if ln[:1] == "[" and _BRACKET_NUMBER.match(ln)]
    counts = [int(_BRACKET_NUMBER.match(lines[i])[1]) for i in marked]
    if len(marked) < _NUMBERED_LEAST or counts != list(range(1, len(counts) + 1)):
        return lines
    out = list(lines)
    for i in marked:
        out[i] = _BRACKET_NUMBER.sub("", out[i], count=1)
    return out


# A paper's suggested citation under its text: "Zitiervorschlag: X (2025): Title.", "Please
# cite as: …", "Для цитирования: …": it and the page footer under it are no text.
_CITATION = re.compile(
    r"^(?:zitiervorschlag|zitierweise|bitte zitieren als|suggested citation|please cite "
    r"(?:this (?:paper|publication|report|brief) )?as|how to cite|для цитирования|"
    r"как цитировать|ссылка для цитирования)\s*:",
    _I,
)


def _without_citation(lines: list[str]) -> list[str]:
    """The lines over a suggested citation among the last three under the text."""
    start = max(1, len(lines) - 3)
    at = next((i for i in range(start, len(lines)) if _CITATION.match(lines[i])), -1)
    return lines[:at] if at > 0 and any(is_prose(ln) for ln in lines[:at]) else lines


# A wire byline over the agency's credit on its own line in capitals ('By Jane Roe' over
# 'THE EXAMPLE PRESS', 'Von Erika Muster' over 'DEUTSCHE PRESSE-AGENTUR'): the agency is the
# source, and the credit no dateline or text.
_BY = re.compile(r"^(?:by|von|par|por|di|от)\s+[A-ZÄÖÜА-ЯЁ][\w'’.-]+(?:\s+[\w'’.-]+){1,3}$", _I)
_MEDIA_WORD = re.compile(
    r"(?:\b|-)(?:press|news|agency|wire|service|presse|agentur|nachrichten|пресс|новости|"
    r"агентство)\b",
    _I,
)


def _credit_under_byline(lines: list[str], hints: Hints) -> list[str]:
    """The lines without an agency's credit under the byline, the agency in ``hints``."""
    for i, line in enumerate(lines[:6]):
        if is_prose(line):
            break
        if not _BY.match(line) or i + 1 >= len(lines):
            continue
        credit = lines[i + 1].strip()
        shouted = credit.isupper() and len(credit.split()) <= 5
        if shouted and _MEDIA_WORD.search(credit) and not re.search(r"\d|[—–]", credit):
            hints.source = hints.source or _unshouted(credit, lines[i + 2 :])
            return lines[: i + 1] + lines[i + 2 :]
        break
    return lines
