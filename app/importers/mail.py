"""E-mail (.eml) and mailbox (.mbox) files; a newsletter digest becomes one article per item.

An HTML part is read block by block (newsletter.py): one article per headline with text under
it, its rubric label as the section, the mail's frame dropped. A text part is split at
separator lines ("-----", "* * *"); its subject, without a 'Press release:' mark, titles a
single item. The sender's display name is the source where no agency is named; the mail's
Date stands in only where an item prints no stamp of its own.

A forwarded message (a message/rfc822 part, or an inline "Forwarded message" / "Original
Message" / "Von: … Betreff:" header block under a cover note) is read as the e-mail, with its
own Subject, From and Date; its HTML part, where it lays the forwarded newsletter out in
headings, gives the headline, rubric and stamp the text part flattens. Attached files of
the kinds Clippings imports are extracted through the registry, each its own item
("mail.eml/name.pdf"); the mail's own text is an item beside them only when it is more than
a cover note ("see attached", "FYI", a signature).
"""

from __future__ import annotations

import copy
import email
import email.policy
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from functools import cache
from pathlib import PurePosixPath

from lxml.html import HtmlElement

from app.importers.agency import profile_named
from app.importers.alertitems import (
    alert_items,
    block_text,
    names_service,
    review_day,
    table_items,
)
from app.importers.base import Context, Item, from_text, inside_part, tell_part
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line, stamp_byline, stamp_person
from app.importers.compose import Hints, is_prose
from app.importers.dates import STAMP_PARTS, find_dates, is_only_date, year_dates
from app.importers.dbrecord import headless_record
from app.importers.digestsplit import (
    headed_digest,
    is_calendar,
    ruled_headings_unruled,
    split_digest,
)
from app.importers.docfront import document_front, is_release_label, labelled_credit
from app.importers.encoding import declared_codec, decode
from app.importers.headrows import fields_under_head
from app.importers.html import extract_from_tree, parse_html
from app.importers.newsletter import (
    GREETING_OPEN,
    MAIL_FOOTER,
    SIGNED_BY,
    AlertClip,
    ItemStamp,
    alert_clip,
    clean_subject,
    frame_end,
    html_articles,
    html_blocks,
    is_issue_label,
    is_medium_kind,
    is_release_tail,
    issue_date,
    item_stamp,
    read_on_end,
    read_on_outlet,
    release_end,
    stamp_author,
    unnumbered,
    without_brand,
    without_web_view,
    yearless_desk_day,
)
from app.importers.normalize import unwrap
from app.importers.outlets import (
    edition_of_sender,
    host_outlet_name,
    known_outlet_name,
    site_outlet_name,
    supplement_outlet_name,
)
from app.importers.profiles import Profile
from app.importers.reviewnote import without_reviewer_notes
from app.importers.sections import VOCABULARY, framed_rubric, marked_rubric
from app.importers.sitename import (
    brand_name,
    company_brand,
    copyright_owner,
    dashed_latin_name,
    host_spelled_name,
    is_company_name,
    is_institution,
    is_press_name,
    latin_name,
    office_company,
    printed_latin_spelling,
    unshouted,
    without_agency_kind,
)
from app.importers.stampeditems import digest_stamp, headed_stamp, stamped_items
from app.importers.stampline import (
    OUTLET_LABEL,
    clock_stamp,
    comma_stamp,
    credit_number,
    credit_stamp,
    dashed_byline,
    day_first_row,
    one_line_stamp,
    typed_credit,
)
from app.model import Extracted, ExtractionError, ExtractionFailure

_FROM_LINE = re.compile(rb"(?:\A|\n)From [^\n]*\n")
_SEPARATOR = re.compile(r"^\s*(?:[-=_*~#─━═—–]\s*){3,}\s*$", re.M)  # "-----", "───", "— — —"


def _header(msg: EmailMessage, name: str) -> str:
    """A header's text as RFC 2047 decodes it: encoded words folded over two lines join
    without the folding's space ("…Р" + "оссии" is "России", which the policy parser
    splits into "Р оссии")."""
    raw = next((str(v) for key, v in msg.raw_items() if key.lower() == name.lower()), None)
    parsed = " ".join(str(msg.get(name, "")).split())
    if raw is None or not raw.isascii():
        return parsed  # raw 8-bit text, which the parser reads in its charset
    try:
        return " ".join(str(make_header(decode_header(raw))).split())
    except (HeaderParseError, LookupError, UnicodeDecodeError):
        return parsed  # a damaged encoded word


# A name with a comma left unquoted before its address ('Lindemann, Petra <p@example.de>'),
# as Outlook writes a directory name into a forward's header: one person, not two addresses.
_COMMA_NAME = re.compile(
    r"^\s*(?P<name>[^<>\",@]+,[^<>\",@]+?)\s*<(?P<addr>[^<>\s]+@[^<>\s]+)>\s*$"
)


def _name_addr(value: str) -> tuple[str, str]:
    """A From value's name and address, where parseaddr would take an unquoted comma in the
    name for a second address."""
    m = _COMMA_NAME.match(value)
    return (m["name"].strip(), m["addr"]) if m else parseaddr(value)


def _sender(msg: EmailMessage) -> str:
    name, addr = _name_addr(_header(msg, "From"))
    return name.strip() or addr.split("@")[-1]


# An organisation's press office as a sender's name after it: "Example Water Press Office",
# "Stadtwerke X – Pressestelle": the office writes for the organisation. (Not the office's
# name before the organisation's, "Pressestelle des Landkreises X": that is inflected.)
_OFFICE_NAME = re.compile(
    r"^(?P<org>.+?)(?:\s*[-–—|·:,]?\s+|-)(?:(?:press|media|news) (?:office|team|desk)|"
    r"media relations|investor relations|(?-i:IR)|"
    r"newsroom|(?:corporate )?communications (?:team|office)|pressestelle|presseabteilung|"
    r"pressebüro|medienstelle|pressedienst|пресс-служба|пресс-центр|пресс-бюро|"
    # a corporate communication desk ('Example Air Corporate Communication'); a bare
    # 'Communications' is rather a company's name ('Example Communications')
    r"corporate communications?|unternehmenskommunikation|konzernkommunikation|"
    # an outlet's app sharing its story ('Example News App', 'Beispiel-App'): the outlet
    r"(?-i:App)|приложение)$",
    re.I,
)


# The office's word before the organisation's name in its nominative: "Presse Example
# Institut", "Press Office Example Water" (not "Pressestelle des …", "Press Office of …").
_OFFICE_FIRST = re.compile(
    r"^(?:presse|pressestelle|medienstelle|press office|media office|media relations)"
    r"\s*[-–—|·:]?\s+(?!(?i:des|der|den|dem|the|of|von|für|for)\s)(?P<org>[A-Z]\S*(?: \S+){0,5})$",
    re.I,
)


# A sender named after its press office by a bare word ('Example Presse', 'Example
# Media'): the organisation where the text names it on its own too.
_OFFICE_WORD = re.compile(r"^(?P<org>.+?)\s+(?:presse|press|media|medien|пресса)$", re.I)


def _named_organisation(sender: str, text: str) -> str:
    """The organisation of a sender 'X Presse' / 'X Media' where the text names X (a
    media company 'X Media' that the text does not name otherwise keeps its name)."""
    m = _OFFICE_WORD.match(sender.strip())
    if not m or not text:
        return sender
    org = m["org"].strip()
    return (
        org
        if re.search(rf"(?<!\w){re.escape(org)}(?![\w-]* (?i:presse|press|media))", text)
        else sender
    )


# The office's name before the organisation's, which stands inflected after it: "Пресс-служба
# Минздрава России", "Pressestelle des Landkreises X", "Press Office of the X Council".
_OFFICE_OF = re.compile(
    r"^(?:пресс-служба|пресс-центр|пресс-бюро|(?:pressestelle|presseabteilung|medienstelle)"
    r" (?:des|der)|(?:press|media) office of(?: the)?)\s+(?P<org>\S.{1,60})$",
    re.I,
)
_KEPT_STEM = 3  # the letters of an inflected word its other forms surely share


def _office_of(sender: str, text: str) -> str:
    """The organisation a sender 'Press office of X' writes for, in the form the text names
    it ('Пресс-служба Минздрава России' -> 'Минздрав России' where the text says so: the
    shortest form is the nominative); else the sender."""
    m = _OFFICE_OF.match(sender.strip())
    if not m or not text:
        return sender
    words = m["org"].split()
    stems = [re.escape(w[: max(_KEPT_STEM, len(w) - 2)]) + r"\w*" for w in words]
    found = [
        " ".join(f.split())
        for f in re.findall(r"(?<![\w-])" + r"\s+".join(stems) + r"(?!\w)", text)
    ]
    # another form as short ('Минстрой России' for 'Минстроя России'): the one said most
    other = [f for f in found if f != m["org"] and len(f) <= len(m["org"])]
    named = min(other, key=lambda f: (len(f), -other.count(f)), default="")
    if not named:
        # the head word alone in a shorter form ('Минтруд подготовил …'), its complement
        # as it stands ('Пресс-служба Минтруда России' -> 'Минтруд России')
        alone = re.findall(rf"(?<![\w-]){stems[0]}(?!\w)", text)
        head = min(alone, key=len, default="")
        named = " ".join([head, *words[1:]]) if head and len(head) < len(words[0]) else ""
    if named.count("«") > named.count("»") and m["org"].endswith("»"):
        named += "»"  # 'ПАО «X»': the stems stop short of the closing quote
    if not named or len(named) > len(m["org"]):
        return sender
    # a common noun heading the name stands in lower case mid-sentence ('… аэропорт X'):
    # the name, as a source, begins with a capital
    return named[:1].upper() + named[1:]


# A site's share-by-mail sender: the reader who shared, then the site ('Jane Doe via Example
# News', 'Max Muster über Beispiel Online', 'Иван Петров через Пример').
_SHARED_VIA = re.compile(r"^(?P<person>.{3,60}?)\s+(?:via|über|через)\s+(?P<org>\S.{1,60})$")


def _organisation(sender: str) -> str:
    """The organisation a press office's sender name names ('X Press Office' -> 'X',
    'Presse X' -> 'X'), or the site a reader shared an article from ('Jane Doe via X' ->
    'X': the reader is no source)."""
    if (via := _SHARED_VIA.match(sender.strip())) and _is_person(via["person"]):
        return via["org"].strip()
    m = _OFFICE_NAME.match(sender.strip()) or _OFFICE_FIRST.match(sender.strip())
    org = m.group("org").strip() if m else ""
    # a news agency's sender name with its kind acronym ('ИА Example'): the name alone
    return org if org[:1].isalnum() else without_agency_kind(sender)


# A sender's name with its mailing list's name after a dash or bar: 'Example University -
# campus-news', 'Stadt Beispiel | Rathaus-Newsletter'.
_LISTED_SENDER = re.compile(r"^(?P<org>[^\W\d].{2,60}?)\s+[-–—|]\s+(?P<list>\S.{1,40})$")


def _without_list_name(sender: str, subject: str) -> str:
    """The organisation of a sender named 'Organisation - List' where the subject opens
    with the list's name ('campus-news weekly 48/2025: …'), else the sender. Why: the list
    is the organisation's product, and the source the organisation that sends it."""
    if " - " not in sender and " – " not in sender and " — " not in sender and " | " not in sender:
        return sender
    m = _LISTED_SENDER.match(sender.strip())
    if m is None:
        return sender
    name, head = m["list"].strip().casefold(), subject.strip().casefold()
    if not head.startswith(name) or head[len(name) : len(name) + 1] not in ("", " ", ":", ","):
        return sender
    return m["org"].strip()


# The words that carry a sender's short name on into its full name: "Embassy of X in Y",
# "Botschaft von X in der Bundesrepublik Deutschland", "Посольство X в Германии".
_NAME_GOES_ON = re.compile(
    r"^(?:in|of|at|for|to|in der|in den|im|bei|für|zu|der|des|в|во|при|по)\s", re.I
)


def _name_words(rest: str) -> bool:
    """Whether the words after a short name carry on a name ('of the Republic of X in
    Germany'), each capitalised or a small joining word; a headline opening with the name
    goes on in a sentence ('X to launch direct flights between …')."""
    return all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES or _NAME_GOES_ON.match(f"{w} ")
        for w in rest.split()
    )


def _printed_name(sender: str, text: str) -> str:
    """The sender's name as the mail's masthead prints it in full over the text
    ('Botschaft von X' -> 'Botschaft von X in der Bundesrepublik Deutschland'), else the
    sender. Why: the display name is a short form of the name the mail is signed with."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:3]
    for n, line in enumerate(lines):
        rest = line[len(sender) :].strip()
        # or the letterhead's name over its press office's line ('Example Council of the
        # Region' / 'Press office'), the name going on in any words
        office = n + 1 < len(lines) and bool(_BARE_OFFICE.match(lines[n + 1]))
        if (
            sender
            and line.lower().startswith(sender.lower() + " ")
            and ((_NAME_GOES_ON.match(rest) and _name_words(rest)) or office)
            and len(line.split()) <= 12
            and not re.search(r"\d|[.!?:]$|[|·•,]", line)
        ):
            return line
    return sender


_PLAIN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L"})


def _plain(word: str) -> str:
    """A word without its accents and special letters ('Ørsted' → 'Orsted')."""
    bare = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
    return "".join(c for c in bare if not unicodedata.combining(c))


def _text_spelling(sender: str, text: str) -> str:
    """A plain-letter sender ('Orsted', 'Nestle SA') as the text spells it, accents and
    special letters and all ('Ørsted', 'Nestlé SA'), where the text does so at least twice;
    else the sender. Why: a mail header's display name is often kept to plain letters."""
    name = sender.strip()
    if not name or not name.isascii() or not re.search(r"[A-Za-z]{3}", name):
        return sender
    words = len(name.split())
    pattern = r"(?<!\w)" + r"\s+".join([r"[^\W\d_][\w'’&.-]*"] * words) + r"(?!\w)"
    found: dict[str, int] = {}
    for m in re.finditer(pattern, text):
        run = " ".join(m[0].split())
        if not run.isascii() and _plain(run) == name:
            found[run] = found.get(run, 0) + 1
    best = max(found, key=lambda k: found[k], default="")
    return best if best and found[best] >= 2 else sender


# A sender named only by its office ('Media Relations', 'Pressestelle'): no organisation.
_BARE_OFFICE = re.compile(
    r"^(?:media relations|(?:press|media|news) (?:office|team|desk)|newsroom|communications|"
    r"corporate communications|press|presse|pressestelle|presseabteilung|pressebüro|"
    r"unternehmenskommunikation|пресс-служба|пресс-центр)$",
    re.I,
)
# A release's boilerplate heading on its own line: 'About Example Port', 'Über die X'.
_ABOUT = re.compile(
    r"^(?:about|über(?: die| den| das)?|о компании|об?)\s+(?P<org>\S.{1,60}?)\s*:?$", re.I
)


# A PR agency's cover note over a client's release: 'on behalf of our client, X', 'im
# Auftrag unseres Kunden', 'по поручению нашего клиента'.
_FOR_CLIENT = re.compile(
    r"\b(?:on behalf of (?:our )?(?:client|customer)s?|im auftrag (?:unserer|unseres) "
    r"(?:kunden|kundin|mandanten|mandantin)|(?:по поручению|от имени) (?:нашего )?(?:клиента|"
    r"заказчика))\b",
    re.I,
)
# ... or one that passes the client's release on by name: 'Please find below a press release
# from Example Air', 'anbei die Pressemitteilung der Beispiel AG', 'направляем пресс-релиз
# компании АО «Пример»' (a German or Russian name inflects after its article: 'der
# Deutschen Beispielbahn', 'Московской биржи'; only a company's legal name, its form last or
# its quoted brand, is read there as printed)
_RELEASE_FROM = re.compile(
    r"\b(?:find|enclosed|attached|below|sharing|share|herewith|anbei|nachstehend|untenstehend|"
    r"finden sie|направляем|высылаем|пересылаем|ниже)\b[^.\n]{0,40}?\b(?:(?:press|news|media) "
    r"release (?:from|by|issued by|of)|(?:pressemitteilung|presseinformation|medienmitteilung|"
    r"medieninformation) (?:von|der|des|unseres kunden|unserer kundin)|пресс-релиз(?: компании)?)"
    r"(?= [\w«\"„“])",
    re.I,
)
_NOTE_SPAN = 1200  # the cover note stands over the release, in the mail's first lines


_CLIENT_WORDS = 5  # a client's name after the agency's phrase: a few capitalised words
_LEGAL_FORM = re.compile(r"^(?:AG|SE|GmbH|KG|Ltd|Limited|plc|PLC|Inc|LLC|SA|NV|BV)\.?$")


def _client_named(text: str) -> str:
    """The client a PR agency's cover note names after its phrase ('on behalf of our
    client, Example Air, for …', 'im Auftrag unseres Kunden Beispiel AG übermitteln …',
    'по поручению нашего клиента ПАО «Пример» направляем …'): its capitalised words (a
    quoted name whole), '' where the note names none. Why: the agency and its person only
    send the release; the client issues it."""
    head = text[:_NOTE_SPAN]
    if not (
        ("behalf" in head or "uftrag" in head or "клиент" in head or "заказчик" in head)
        and (m := _FOR_CLIENT.search(head))
    ) and not (
        ("elease" in head or "mitteilung" in head or "nformation" in head or "релиз" in head)
        and (m := _RELEASE_FROM.search(head))
    ):
        return ""
    words: list[str] = []
    for word in head[m.end() :].lstrip(" ,:").split(None, _CLIENT_WORDS + 1)[:_CLIENT_WORDS]:
        quoted = word[:1] in '«"„“'
        if not (word[:1].isupper() or word[:1].isdigit() or quoted or word == "&"):
            break
        words.append(word.rstrip(",.;:"))
        if word[-1:] in ",.;:" or word.endswith("»") or _LEGAL_FORM.match(words[-1]):
            break
    name = " ".join(words)
    if m.re is _RELEASE_FROM and not m[0].lower().endswith(("from", "by", "of")):
        legal = bool(words) and (_LEGAL_FORM.match(words[-1]) or words[-1].endswith("»"))
        name = name if legal else ""  # 'der Deutschen Beispielbahn': inflected, unread
    return name if name[:1].isupper() and len(name) > 1 else ""


def _about_issuer(sender: str, text: str) -> str:
    """The organisation a release's 'About X' heading names, for a sender named only by its
    office ('Media Relations') or a PR agency (or its person) whose note sends it for a
    client (the client as the note names it, where it does); else the sender. Why: the
    office or agency writes for that issuer."""
    head = text[:_NOTE_SPAN]
    if client := _client_named(head):
        return client
    if not _BARE_OFFICE.match(sender.strip()) and not (
        ("behalf" in head or "uftrag" in head or "клиент" in head or "заказчик" in head)
        and _FOR_CLIENT.search(head)
    ):
        return sender
    lines = (ln.strip() for ln in text.split("\n"))
    found = (m["org"] for ln in lines if len(ln.split()) <= 8 and (m := _ABOUT.match(ln)))
    return next((org for org in found if org[:1].isupper()), sender)


# The small words inside an organisation's full name ("für", "und", "of", "and", "по").
_NAME_PARTICLES = frozenset(
    ("für", "und", "der", "des", "die", "das", "of", "and", "for", "the", "de", "du", "la",
     "по", "и", "для")
)  # fmt: skip


def _spelled_out(sender: str, text: str) -> str:
    """An acronym sender ('EXA') by the name the text spells it out with ('Die Example
    Xylo Association (EXA)'), the run of capitalised words before the bracket that starts
    with its first letter and holds its letters in order; else the sender."""
    if not re.fullmatch(r"[A-ZÄÖÜА-ЯЁ]{2,6}", sender.strip()):
        return sender
    acr = sender.strip()
    # a ministry's name holds small words between its capitalised ones ('Bundesministerium
    # für Landwirtschaft, Ernährung und Heimat (BMEL)'): up to one between each two
    span = 2 * len(acr) + 1
    for m in re.finditer(rf"((?:\S+\s+){{1,{span}}})\({re.escape(acr)}\)", text):
        words = m[1].split()
        for n in range(1, len(words) + 1):
            run = words[-n:]
            if run[0][:1] != acr[0] or not all(
                w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in run
            ):
                continue
            if run[-1].lower() in _NAME_PARTICLES:
                continue
            letters = iter("".join(w for w in run if w[:1].isupper()).lower())
            if all(c in letters for c in acr.lower()):
                return " ".join(run)
    return _letterhead_name(acr, text) or sender


_LETTERHEAD_LINES = 3  # a long name set over up to three lines in the letterhead


def _letterhead_name(acr: str, text: str) -> str:
    """The name the letterhead spells an acronym out with, on the text's first line or
    set over its first lines ('Bundesministerium' / 'für Wohnen, Stadtentwicklung' / 'und
    Bauwesen' for 'BMWSB'): its first word opens with the acronym's first letter, its
    capitalised words hold the acronym's letters in order and open with none outside it;
    '' where the letterhead is no such name."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:_LETTERHEAD_LINES]
    for n in range(len(lines), 0, -1):
        name = " ".join(lines[:n])
        caps = [w for w in re.findall(r"[^\W\d_][\w-]*", name) if w[:1].isupper()]
        if re.search(r"\d|[:|@]", name) or len(caps) < 2 or name[:1] != acr[0]:
            continue
        if acr in caps:
            return ""  # 'EXA – Example Xylo Association': the short name is the brand
        letters = iter("".join(caps).lower())
        own = all(w[0].lower() in acr.lower() for w in caps)
        if own and all(c in letters for c in acr.lower()):
            return name
    return ""


def declared_text(part: EmailMessage, detect: Callable[[bytes], str]) -> str:
    """A MIME part's text by its declared charset; where that is unknown or does not fit
    the bytes (windows-1251 labelled 'x-unknown' or 'utf-8'), by ``detect`` instead of a
    body of replacement characters."""
    payload = part.get_payload(decode=True) or b""
    if not isinstance(payload, bytes):
        return str(payload)
    charset = part.get_content_charset()
    codec = declared_codec(charset) if charset else None  # "iso-8859-1" is windows-1252
    if codec:
        try:
            return payload.decode(codec)
        except UnicodeError:
            pass
    return detect(payload)


def _part_text(part: EmailMessage) -> str:
    return declared_text(part, _detected)


def _detected(payload: bytes) -> str:
    """As the text importer decodes a file; bytes that are no text at all, replaced."""
    try:
        return decode(payload)
    except ExtractionError:
        return payload.decode("utf-8", errors="replace")


def _body_parts(msg: EmailMessage) -> tuple[str, str]:
    """The message's HTML and plain-text bodies ('' where missing)."""
    html = text = ""
    for kind in ("html", "plain"):
        part = msg.get_body(preferencelist=(kind,))
        if part is None:
            continue
        content = _part_text(part)  # type: ignore[arg-type]
        if kind == "html":
            html = content
        else:
            text = content
    return html, text


# A last part this short that gives no article is the mail's footer. Written as 30, but
# the footer line's bound further down once had the same name and rebound it, so every
# check has run with 16 and the rules since were tuned on that; 30 needs a batch run.
_LAST_PART_WORDS = 16


def _above(pattern: re.Pattern[str], text: str) -> str:
    """``text`` over the first line ``pattern`` finds (all of it where it finds none).
    Why: the mail footer and a disclaimer end a mail's text the same way wherever read."""
    cut = pattern.search(text)
    return text[: cut.start()] if cut else text


# A release's end mark alone on its line ("###", "-30-", a wire's "ENDS"): under it, the
# editors' notes.
_END_MARK = re.compile(r"^\s*(?:#\s*){3}\s*$|^\s*-\s*30\s*-\s*$|^\s*-?\s*ENDS?\s*-?\s*$", re.M)


def _prose_under(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a paragraph of running text stands under the line ``pattern`` finds."""
    cut = pattern.search(text)
    return bool(cut) and any(is_prose(p) for p in _paragraphs(text[cut.end() :]))


_UNDERLINE_SLACK = 2  # a headline's underline is as long as the headline, give or take


def _without_underlines(text: str) -> str:
    """The text without its headlines' underlines: a rule right under a line and as long
    as it ('Headline' over '--------') marks that line a headline, it separates nothing."""
    lines = text.split("\n")
    keep = [
        not (
            i
            and lines[i - 1].strip()
            and not _SEPARATOR.match(lines[i - 1])
            and _SEPARATOR.match(line)
            and abs(len(line.strip()) - len(lines[i - 1].strip())) <= _UNDERLINE_SLACK
        )
        for i, line in enumerate(lines)
    ]
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


_RULE = re.compile(r"^_{5,}\s*$")


def _footer_cut(text: str) -> str:
    """The text over the mail footer. Why: a rule of underscores ends many mails' text, but
    a digest also draws one between its items; a rule with running text under it (before
    the next footer line) separates items, it opens no footer."""
    found = list(MAIL_FOOTER.finditer(text))
    for n, m in enumerate(found):
        under = text[m.end() : found[n + 1].start() if n + 1 < len(found) else len(text)]
        if not (
            (_RULE.match(m[0]) or _masthead_row(text, m))
            and any(is_prose(p) for p in _paragraphs(under))
        ):
            return text[: m.start()]
    return text


_MASTHEAD_SPAN = 400  # the masthead's lines over a digest's first item, at most


def _masthead_row(text: str, m: re.Match[str]) -> bool:
    """Whether the footer line found is a link row of the masthead ('Profil bearbeiten |
    Abbestellen' under the newsletter's name and issue line). Why: the way out offered at
    the top, over the items, ends no text; only masthead lines, no prose, stand over it."""
    if m.start() > _MASTHEAD_SPAN or _RULE.match(m[0]) or m[0].strip() == "--":
        return False
    return not any(is_prose(p) for p in _paragraphs(text[: m.start()]))


def _split_text(text: str) -> list[str]:
    text = ruled_headings_unruled(_without_underlines(_footer_cut(text)))
    if len(_END_MARK.findall(text)) == 1 and not _prose_under(_END_MARK, text):
        text = _above(_END_MARK, text)  # the mark ends the release; marks between items stay
    chunks = [c.strip() for c in _SEPARATOR.split(text)]
    if "Document " in text and len(documents := _database_documents(chunks)) > 1:
        return documents  # a database's alert: its documents, not its header or headline list
    chunks = _fields_joined([c for c in chunks if len(c.split()) >= 5 and not _is_ad_box(c)])
    if len(chunks) == 2 and _is_trailer(chunks[-1]):
        chunks = chunks[:-1]  # the sender's distribution note under the rule under the text
    elif len(chunks) > 1 and _is_footer_part(chunks[-1]):
        chunks = chunks[:-1]  # the sender's sign-off, contacts or disclaimer under the text
    return chunks


# 'Document 2 of 3' over a record a news database's alert delivers (Factiva-style).
_DOCUMENT_MARK = re.compile(r"^\s*Document (\d{1,3}) of (\d{1,3})\s*$", re.M)


def _database_documents(chunks: list[str]) -> list[str]:
    """A news database's alert's records, each under its 'Document N of M' mark. Why: the
    alert prints its search, its count and a list of the headlines over the records, all
    between the same rules; read by the rules, the records ran together as one item and the
    alert's header and the headline list became items of their own."""
    documents: list[str] = []
    for chunk in chunks:
        marks = list(_DOCUMENT_MARK.finditer(chunk))
        for n, m in enumerate(marks):
            end = marks[n + 1].start() if n + 1 < len(marks) else len(chunk)
            if int(m[1]) == len(documents) + 1 and int(m[1]) <= int(m[2]):
                documents.append(chunk[m.end() : end].strip())
    return documents


def _fields_joined(chunks: list[str]) -> list[str]:
    """A monitoring alert's rows of fields framed by rules of their own ('Medium: X' /
    'Ressort: Y' / 'Datum: …' between two dashed lines) joined to the part under them. Why:
    they are the clip's outlet, day and desk, no item; the headline and text under the rule
    are the clip they describe."""
    joined: list[str] = []
    rows = False  # the part before was such rows
    for n, chunk in enumerate(chunks):
        if rows:
            joined[-1] += "\n\n" + chunk
            rows = False
            continue
        lines = chunk.split("\n")
        if " | " in chunk and len(chunk) < _ROWS_CHARS and not any(map(is_prose, lines)):
            # rows of fields set apart by bars, no text: a field a line, as alerts print them
            chunk = "\n".join(map(_field_cells, lines))
        joined.append(chunk)
        lines = chunk.split("\n")
        if n + 1 < len(chunks) and len(lines) <= _ALERT_ROWS and ":" in chunk:
            clip = alert_clip(lines)
            rows = clip is not None and not any(ln.strip() for ln in lines[clip.start :])
    return joined


_ALERT_ROWS = 15  # a part of fields alone: outlet, medium, desk, day, page, reach, tone, …
_ROWS_CHARS = 600  # a part of a few rows of fields, no item's text
# A cell of a row of fields: 'Medium: Example Zeitung', 'Seite: 17', 'Tonalität: neutral'.
_FIELD_CELL = re.compile(r"^[^\W\d][\w.-]*(?: [\w.-]+){0,2}:\s+\S")


def _field_cells(line: str) -> str:
    """A row of fields set apart by bars ('Medium: X | Datum: 26.11.2025 | Ressort: Y') as a
    field a line, as an alert prints them: each cell is a label and its value."""
    cells = line.split(" | ")
    if len(cells) > 1 and all(_FIELD_CELL.match(c.strip()) for c in cells):
        return "\n".join(c.strip() for c in cells)
    return line


# An advertisement's label over the box a newsletter sets between its rules ('ANZEIGE',
# 'Advertisement', 'Sponsored', 'Реклама', 'Werbung'), alone on its line.
_AD_LABEL = re.compile(
    r"^(?:anzeige|werbung|advertisement|advert|sponsored(?: content)?|promoted|реклама|"
    r"на правах рекламы|партнерский материал)\W*$",
    re.I,
)
_AD_WORDS = 40  # an ad box is a line or two of copy; a sponsored story runs longer


def _is_ad_box(chunk: str) -> bool:
    """Whether a part between a digest's rules is an advertisement's box: its label on its
    first line and a line or two of copy under it, no item of the digest's own."""
    first = chunk.lstrip().split("\n", 1)[0].strip()
    if len(chunk.split()) >= _AD_WORDS:
        return False
    # or the label with the advertiser's marking on the first line ('Реклама. ООО «X», ИНН
    # …. erid: 2SDn…'), as the Russian law has it
    marked = _AD_LABEL.match(first.split(".", 1)[0]) is not None and is_boilerplate(first)
    return (len(first) < 30 and bool(_AD_LABEL.match(first))) or (marked and "erid" in first)


# A contact line: a phone or an e-mail address ('Tel.: +7 495 …', 'press@example.ru').
_CONTACT_LINE = re.compile(
    r"^(?:tel|тел|telefon|телефон|phone|fon|fax)\b\.?\s*:?\s*\+?\d|\S@\S+\.\w", re.I | re.M
)


def _is_trailer(chunk: str) -> bool:
    """Whether the part under a mail's last rule is its distribution note ('This release
    was distributed by X. Unsubscribe') or its sender's contact lines: one short paragraph,
    where a digest's item has a headline over its text."""
    paras = _paragraphs(chunk)
    if len(paras) == 1 and len(chunk.split()) < _LAST_PART_WORDS and _CONTACT_LINE.search(chunk):
        return True  # the office's name over its phone and address
    if (
        len(paras) == 1
        and len(chunk.split()) < _TRAILER_WORDS
        and any(c.isdigit() for c in chunk)
        and any(_ADDRESS_ROW.search(ln) for ln in chunk.strip().split("\n")[:_TRAILER_LINES])
    ):
        return True  # an offer's line over the publisher's address row ('X · Str. 6 · 74564 Y')
    lines = [ln.strip() for ln in chunk.strip().split("\n")]
    short = len(paras) == 1 and len(lines) <= _TRAILER_LINES
    if short and len(chunk.split()) < _TRAILER_WORDS and _USE_NOTICE.search(lines[0]):
        return True  # a review's use notice ('Dieser Medienspiegel ist nur für den internen …')
    if short and len(chunk.split()) < _TRAILER_WORDS and all(map(is_boilerplate, lines)):
        return True  # 'Subscribe: …' over '© 2025 Example. Registered as …': the footer
    if len(paras) == 1 and "\n" not in chunk and len(chunk.split()) < _LAST_PART_WORDS:
        return True
    # a monitoring service's clip footer: a link to the clip in its portal, its licence
    # notice and its own address, a line each ('… ansehen: https://…' / 'Example Monitoring
    # AG, Street 1, Town, www.example.ch'): links and the sender's imprint, no item's text
    lines = chunk.strip().split("\n")
    return (
        len(paras) == 1
        and len(lines) <= _TRAILER_LINES
        and len(chunk.split()) < _TRAILER_WORDS
        and "http" in lines[0]
        and lines[-1].count(",") >= 2
        and any(c.isdigit() for c in lines[-1])
        and bool(_IMPRINT_LINE.search(lines[-1]))
    )


_TRAILER_LINES = 4


def _all_chrome(chunk: str) -> bool:
    """Whether a digest's part under its last rule is chrome line by line, a paragraph or a
    few (the paper's subscription offer, its imprint, the unsubscribe line): no item."""
    lines = [ln.strip() for ln in chunk.strip().split("\n")]
    return len(chunk.split()) < _FOOTER_PART_WORDS and all(map(is_boilerplate, lines))


# A review's notice that it is for its client's use alone: no item's text.
_USE_NOTICE = re.compile(
    r"\b(?:f(?:ü|ue)r den internen (?:gebrauch|dienstgebrauch)|(?:for|restricted to) internal "
    r"use|для (?:служебного|внутреннего) (?:использования|пользования))\b",
    re.I,
)
# A publisher's address row: its name, street and postcode with the town, set apart by dots,
# bars or commas ('Example Zeitung · Hauptstr. 6-10 · 74564 Musterstadt', '…, 123456, г. X').
_ADDRESS_ROW = re.compile(
    r"^\d{6},\s*(?:г\.\s*)?[А-ЯЁ]|^[^·|,•]{2,60}[·|,•].{0,80}\b(?:\d{4,5}\s+[A-ZÄÖÜ][\w-]+|\d{6},?\s+(?:г\.\s*)?[А-ЯЁ]|"
    r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|[A-Z]{2} \d{5}\b)"
)
# A sender's imprint line: its name, street and town, then its site ('Example AG,
# Street 15, 8000 Town, www.example.ch').
_IMPRINT_LINE = re.compile(r",\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-zрф]{2,12}/?\s*$")
_TRAILER_WORDS = 45
_FOOTER_PART_WORDS = 120  # a mail's closing block runs a few lines; an item runs longer


def _is_footer_part(chunk: str) -> bool:
    """Whether the part under a mail's last rule is its closing block, however many
    paragraphs it has: it opens with a sign-off ('Mit freundlichen Grüßen', 'С уважением'),
    a disclaimer ('This e-mail is confidential'), the editors' notes ('Pressekontakt:') or
    the sender's contact lines ('Press Office / address / tel.: +7 …'), and is short. Why:
    under its rule it looks like one more item of a digest, but no item opens so."""
    if len(chunk.split()) >= _FOOTER_PART_WORDS:
        return False
    paras = re.split(r"\n\s*\n", chunk.strip())
    first_para, last_para = paras[0], paras[-1]
    first = first_para.split("\n", 1)[0].strip()
    # a compiler's note ('Zusammenstellung: Pressestelle. Nur für den internen Gebrauch.')
    # over the sender's address and phone: an item opens with a headline, no sentence
    contacts = len(paras) > 1 and "\n" in last_para and bool(_CONTACT_LINE.search(last_para))
    if contacts and is_prose(first_para):
        return True
    return bool(
        _SIGN_OFF.match(first)
        or _DISCLAIMER.match(first)
        or _COMPILER.match(first)
        or is_release_tail(first)
        or ("\n" in first_para and _CONTACT_LINE.search(first_para))
        # a clip's link to its original or the service's portal ('Originalartikel (PDF):
        # https://…'): no item opens with an address, an item's headline holds none
        or ("://" in first and len(first.split()) <= _LINK_LINE_WORDS)
    )


_LINK_LINE_WORDS = 6


def _paragraphs(chunk: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", chunk) if p.strip()]


def _lead_in(chunk: str) -> int:
    """How many short paragraphs (headline, stamp, byline) stand over an item's text."""
    paras = _paragraphs(chunk)
    return next((i for i, p in enumerate(paras) if is_prose(p)), len(paras))


_CONTENTS_HEAD = 15  # a headline this long repeated in the first part marks its contents


def _lists_headlines(first: str, rest: list[str]) -> bool:
    """Whether the first part lists the headlines of two items under it or more ('Inhalt:
    1. X / 2. Y'): the digest's contents, no item of its own, however it is worded."""
    listed = " ".join(first.split()).lower()
    shown = [
        c
        for c in rest
        for line in _head_lines(c)
        if len(line) > _CONTENTS_HEAD and not is_prose(line) and line.lower() in listed
    ]
    return len(shown) >= 2


_LABEL_ROW = re.compile(r"^[^\W\d][\w .()/-]{1,30}:\s*\S")


def _head_lines(chunk: str) -> list[str]:
    """An item's first three lines that are no labelled rows: a monitoring clip opens with
    its counter and 'Medium: X' / 'Datum: Y' / 'Ressort: Z' rows over its headline."""
    lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
    return [ln for ln in lines[:_HEAD_ROWS] if not _LABEL_ROW.match(ln)][:3]


_HEAD_ROWS = 10  # a clip's label rows over its headline are fewer


_GREETING_OPEN = GREETING_OPEN
_INTRO_WORDS = 80  # an editor's intro runs a paragraph or two; an item's text runs longer


def _greeting_part(chunk: str) -> bool:
    """Whether a digest's first part is the editor's intro: its text opens with a greeting
    and is short. Why: masthead, date line and a greeting of a sentence or two look like
    a headline over its text, but no item has a greeting for its lead."""
    prose = [p for p in _paragraphs(chunk) if is_prose(p) or _GREETING_OPEN.match(p)]
    words = sum(len(p.split()) for p in prose)
    return bool(prose) and bool(_GREETING_OPEN.match(prose[0])) and words < _INTRO_WORDS


# A review's restriction note under its header ('Для служебного пользования. Подготовлено …',
# 'For internal use only. Prepared by …', 'Nur für den internen Gebrauch.').
_RESTRICTED = re.compile(
    r"^(?:для служебного пользования|только для внутреннего (?:использования|пользования)|"
    r"(?:for )?internal use only|nur für den (?:internen|dienstlichen) gebrauch)\b",
    re.I,
)
# The compiler's line opening a review's closing block ('Исполнитель: Name, тел. …',
# 'Compiled by: …', 'Zusammengestellt von: …').
_COMPILER = re.compile(
    r"^(?:исполнитель|исп\.|составитель|подготовил[аи]?|compiled by|prepared by|"
    r"zusammengestellt von|bearbeiter(?:in)?)\s*:",
    re.I,
)


def _without_intro(chunks: list[str]) -> list[str]:
    """A digest's greeting or intro line before its first item ('Your daily digest') is the
    mail's frame: the first item has no more short lines over its text than the others."""
    if len(chunks) < 2:
        return chunks
    if len(chunks) > 3 and _lists_headlines(chunks[1], chunks[2:]):
        # a monitoring report's header ('Client: …' / 'Query: …') over its list of contents
        return chunks[2:]
    item = _after_greeting(chunks[0])  # an item under the greeting, in the same part
    if item == chunks[0] and _greeting_part(chunks[0]):
        item = _after_intro(chunks[0], _usual_lead_in(chunks[1:]))  # or under its intro
    if item != chunks[0] and not _lists_headlines(item, chunks[1:]):
        chunks = [item, *chunks[1:]]
    elif _lists_headlines(chunks[0], chunks[1:]) or _greeting_part(chunks[0]):
        return _without_listing(chunks[1:])
    prose = [p for p in _paragraphs(chunks[0]) if is_prose(p)]
    if prose and all(_RESTRICTED.match(p) for p in prose):
        return chunks[1:]  # the review's header over its restriction note: no item
    if _issue_header(chunks[0]):
        return _without_listing(chunks[1:])
    if _intro_note(prose, chunks[1:]):
        return _without_listing(chunks[1:])
    usual = _usual_lead_in(chunks[1:])
    paras = _paragraphs(chunks[0])
    first = _lead_in(chunks[0])
    if first == len(paras):  # no text at all: an intro of its own
        return _without_listing(chunks[1:])
    if first > usual:
        # the paragraphs as they stand: a date line over the headline stays a line of its own
        kept = [p.strip() for p in re.split(r"\n\s*\n", chunks[0]) if p.strip()]
        chunks = ["\n\n".join(kept[first - usual :]), *chunks[1:]]
    return chunks


# An issue line in a digest's header ('Выпуск за 19 декабря 2025 года', 'Ausgabe vom
# 3. Dezember 2025', 'Issue 231 · 5 December 2025', 'Edition of 5 December').
_ISSUE_HEAD = re.compile(
    r"^\W*(?:issue|edition|ausgabe|выпуск|номер)\s*(?:(?:no\.?|nr\.?|№|#)\s*\d|\d|"
    r"(?:за|от|vom|of|from)\s+(?:[^\W\d]+,?\s+)?\d)",
    re.I,
)
_ISSUE_HEAD_WORDS = 12  # an issue line is a label and a day, no sentence


def _issue_header(chunk: str) -> bool:
    """Whether a digest's first part is its header: one short block (no blank line in it)
    whose first lines hold the issue's line ('ЛЕНТА ДЛЯ ПОДПИСЧИКОВ' / 'Выпуск за 19 декабря
    2025 года' / a reprint notice). Why: the notice under it reads as prose, so the block
    passed for the first item, its masthead for a headline, and every item after it took
    the headline of the one before."""
    if len(chunk.split()) >= _INTRO_WORDS or re.search(r"\n\s*\n", chunk.strip()):
        return False
    lines = [ln.strip() for ln in chunk.strip().split("\n")][:3]
    return len(lines) > 1 and any(
        len(ln.split()) <= _ISSUE_HEAD_WORDS and _ISSUE_HEAD.match(ln) for ln in lines
    )


def _intro_note(prose: list[str], rest: list[str]) -> bool:
    """Whether a digest's first part is its masthead over the editor's note of a sentence or
    two ('Не успели следить за лентой? Собрали главные посты дня.'), where every item under
    it runs a paragraph of text: the note introduces them, no item of its own. Why: it read
    as an item headlined with the issue's line."""
    words = sum(len(p.split()) for p in prose)
    if not prose or words > _NOTE_TEXT_WORDS or len(rest) < 2:
        return False
    items = rest if len(rest) < 3 else rest[:-1]  # (the last part may be the footer)
    return all(
        sum(len(p.split()) for p in _paragraphs(c) if is_prose(p)) >= _ITEM_TEXT_WORDS
        for c in items
    )


_NOTE_TEXT_WORDS = 25


def _after_greeting(chunk: str) -> str:
    """A digest's first part from its first item on, where the masthead and the editor's
    greeting ('Guten Morgen! Das sind die wichtigsten Nachrichten:') stand over the item's
    headline in the same part: the greeting ends the mail's frame. Why: with no rule under
    the greeting the first item read as masthead-headlined, the greeting its text."""
    raw = [p.strip("\n") for p in re.split(r"\n\s*\n", chunk) if p.strip()]
    paras = [" ".join(p.split()) for p in raw]
    g = next((i for i, p in enumerate(paras[:3]) if _GREETING_OPEN.match(p)), -1)
    if g < 0 or len(paras[g].split()) >= _INTRO_WORDS or len(paras) < g + 3:
        return chunk
    # the item under it: a headline (maybe with its stamp lines) over a paragraph of text
    if is_prose(paras[g + 1]) or not is_prose(paras[g + 2]):
        return chunk
    return "\n\n".join(raw[g + 1 :])


def _usual_lead_in(items: list[str]) -> int:
    """The most short paragraphs over an item's text among the digest's later parts."""
    # (a closing part with no text, the offer over the imprint, sets no item's lead-in)
    leads = [n for c in items if (n := _lead_in(c)) < len(_paragraphs(c))]
    return max(leads or [_lead_in(c) for c in items])


def _after_intro(chunk: str, usual: int) -> str:
    """A digest's first part from its first item on, where the greeting ('Guten Morgen, Frau
    X,') and the editor's intro of a paragraph or two stand over the item's rubric,
    headline and teaser in the same part: the item keeps as many short lines over its text
    as the later items have. Why: the part read as the intro alone, and its item was lost."""
    raw = [p.strip("\n") for p in re.split(r"\n\s*\n", chunk) if p.strip()]
    paras = [" ".join(p.split()) for p in raw]
    g = next((i for i, p in enumerate(paras[:3]) if _GREETING_OPEN.match(p)), -1)
    if g < 0:
        return chunk
    k, words = g + 1, len(paras[g].split())
    while k < len(paras) and is_prose(paras[k]) and words < _INTRO_WORDS:
        words, k = words + len(paras[k].split()), k + 1  # the intro under the greeting
    text = next((i for i in range(k, len(paras)) if is_prose(paras[i])), len(paras))
    if k == g + 1 or text == k or text == len(paras) or words >= _INTRO_WORDS:
        return chunk  # no intro, or no headline over a text under it
    start = max(k, text - max(usual, 1))
    if _SIGN_OFF.match(paras[start]) or SIGNED_BY.match(paras[start]):
        return chunk  # the intro's signature over a postscript, no item
    return "\n\n".join(raw[start:])


def _marked_item(chunk: str) -> tuple[str, str, list[str]]:
    """A text digest's item with the rubric marked over its headline ('>> Region'), or the
    time it was posted alone over it ('🕘 09:14', '18:05'): the rubric its label, the time
    its stamp line, either line out of its text; else the item as it stands. Why: read as
    the text's first line, neither is a headline, and the time dates the item that day."""
    first, _, rest = chunk.lstrip().partition("\n")
    if not rest.strip():
        return "", chunk, []
    if label := marked_rubric(first):
        return label, rest.lstrip("\n"), []
    bare = _PICTOGRAPHS.sub("", first).strip()
    if _clock_line(bare):
        return "", rest.lstrip("\n"), [bare]
    return "", chunk, []


_CAPITAL_LABEL_CHARS = 30


def _capital_label(chunk: str) -> str:
    """The label in capitals alone on an item's first line, over its headline ('LOCAL' /
    'NORTH CAROLINA' / headline), or ''."""
    first, _, rest = chunk.lstrip().partition("\n")
    first = first.strip()
    words = first.split()
    if not rest.strip() or not 0 < len(words) <= _RUBRIC_WORDS or len(first) > _CAPITAL_LABEL_CHARS:
        return ""
    if not first.isupper() or not all(w.isalpha() for w in words) or is_boilerplate(first):
        return ""
    return first


def _capital_labels(items: list[tuple[str, str, list[str]]]) -> list[tuple[str, str, list[str]]]:
    """A text digest's items each under a label in capitals ('LOCAL', 'BUSINESS'): the
    label their rubric, out of their text, where every item (the closing part aside) has
    one. Why: the text reader takes such a line for a rubric only where a vocabulary knows
    it, so a desk no list names ('Local') was lost in the one item and kept in the next."""
    labels = [_capital_label(chunk) if not label else "" for label, chunk, _ in items]
    heads = labels[:-1] if len(items) > 2 and not labels[-1] else labels
    if len(heads) < 2 or not all(heads):
        return items
    return [
        (label, chunk.lstrip().partition("\n")[2].lstrip("\n"), over)
        if label
        else (lb, chunk, over)
        for label, (lb, chunk, over) in zip(labels, items, strict=True)
    ]


def _clock_line(bare: str) -> bool:
    """Whether a stripped line is an item's time with maybe its rubric ('18:05', '12:40 |
    Politik', 'Wirtschaft · 9.15 Uhr'): short, opening or ending with its clock."""
    if not 3 < len(bare) <= _CLOCK_CHARS or not (bare[:1].isdigit() or bare[-1:] in _CLOCK_ENDS):
        return False
    return clock_stamp(bare) is not None


_CLOCK_ENDS = frozenset("0123456789rhR")  # '… 9.15', '… 9.15 Uhr', '… 9h'


_CLOCK_CHARS = 24  # '09:14', '18:05 · Sport', '9.40 Uhr'
# pictographs set before a line's words ('🕘 ', '📌 ', '❄️ ')
_PICTOGRAPHS = re.compile(r"^[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\ufe0f\u200d\s]+")


def _without_listing(chunks: list[str]) -> list[str]:
    """The parts without a contents list under the masthead's own rule ('TOP STORIES / 1. X
    / 2. Y' between two rules): the headlines of the items under it, never an item. Why:
    read as the first item it shifted every headline onto the text of the item before."""
    if len(chunks) > 2 and _lists_headlines(chunks[0], chunks[1:]):
        return chunks[1:]
    return chunks


def _numbered_items(chunks: list[str]) -> list[str]:
    """A text digest's parts without the count before each headline ('1. X', '2. Y'), where
    every part is so numbered in turn: the number counts the items, no part of a headline."""
    if len(chunks) < 2:
        return chunks
    plain = [unnumbered(c.lstrip(), n + 1) for n, c in enumerate(chunks)]
    return plain if all(p != c.lstrip() for p, c in zip(plain, chunks, strict=True)) else chunks


_COUNTED_HEAD = re.compile(r"(\d{1,2})\.\s+\S[^\n]{0,160}$")


def _counted_parts(chunk: str) -> list[str]:
    """A part split before each counted headline paragraph ('1. HEADLINE' alone over its
    text, then '2. …', '3. …' in turn), where it opens with the first. Why: a brief with no
    rule between its items lays them out so; read as one article, its later headlines stayed
    in the first item's text."""
    if not chunk.startswith("1."):
        return [chunk]
    paras = [p.strip() for p in re.split(r"\n\s*\n", chunk) if p.strip()]
    starts, count = [], 1
    for i, para in enumerate(paras[:-1]):
        m = _COUNTED_HEAD.match(para)
        if m and int(m[1]) == count and is_prose(paras[i + 1]) and not is_prose(para):
            starts.append(i)
            count += 1
    if len(starts) < 2:
        return [chunk]
    return ["\n\n".join(paras[a:b]) for a, b in zip(starts, [*starts[1:], len(paras)], strict=True)]


def _parts_at(
    chunk: str, lines: list[str], starts: list[int], opening: Callable[[str], list[str]]
) -> list[str]:
    """``chunk`` split at the item lines ``starts`` (two or more, else ``chunk`` whole):
    the frame over the first where it holds prose, then each item from its line, which
    ``opening`` gives as it is kept (a headline without its mark, nothing for a counter)."""
    if len(starts) < 2:
        return [chunk]
    head = "\n".join(lines[: starts[0]]).strip("\n")
    parts = [head] if any(is_prose(p) for p in _paragraphs(head)) else []
    for a, b in itertools.pairwise([*starts, len(lines)]):
        parts.append("\n".join([*opening(lines[a]), *lines[a + 1 : b]]).strip("\n"))
    return parts


# A headline set off by a square, a bullet or a triangle: "■ Headline", "► Headline".
_MARKED_HEAD = re.compile(r"^[■□▪▫●◆◇►▶▸]\s+(?P<head>\S.*)$")
_MARKED_DAY_WORDS = 8  # '21 января 2026, 11:20', 'Mittwoch, 21. Januar 2026, 11:20 Uhr'


def _marked_parts(chunk: str) -> list[str]:
    """A part split before each headline set off by a mark ('■ Headline') with its day line
    under it and the text under that, where the part holds two such items or more; the
    headline without its mark. Lines over the first one with no prose are the frame. Why:
    a digest with no rule between its items read as one article, its later headlines in
    the first item's text."""
    if not any(c in chunk for c in "■□▪▫●◆◇►▶▸"):
        return [chunk]
    lines = chunk.split("\n")
    starts: list[int] = []
    for i, line in enumerate(lines):
        m = _MARKED_HEAD.match(line.strip())
        if not m or len(m["head"].split()) > _HEAD_WORDS or is_prose(m["head"]):
            continue
        below = [ln.strip() for ln in lines[i + 1 : i + 4] if ln.strip()]
        if (
            len(below) >= 2
            and len(below[0].split()) <= _MARKED_DAY_WORDS
            and find_dates(below[0])
            and is_prose(below[1])
        ):
            starts.append(i)
    return _parts_at(chunk, lines, starts, lambda line: [_MARKED_HEAD.match(line.strip())["head"]])


# A monitoring report's counter alone over each clip: 'ITEM 2', 'Treffer 2 von 4', 'Hit 3
# of 12', 'Материал 2 из 5'.
_HIT_LINE = re.compile(
    r"^(?:item|treffer|hit|clip|artikel|beitrag|meldung|материал|публикация|сообщение)\s+"
    r"(\d{1,3})(?P<of>\s*(?:von|of|/|из)\s*\d{1,3})?$",
    re.I,
)


def _hit_counter(lines: list[str], i: int) -> re.Match[str] | None:
    """The clip counter on line i: one that counts 'of' a total ('Treffer 2 von 4'), is
    set in capitals ('ITEM 2') or has a clip's field rows under it ('Title: …'). Why: a
    plain mail's own headings ('Artikel 1' over a statute's paragraph) are no counters."""
    line = lines[i].strip()
    m = _HIT_LINE.match(line)
    if m is None or m["of"] or line.isupper():
        return m
    below = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
    return m if _LABEL_ROW.match(below) else None


def _hit_parts(chunk: str) -> list[str]:
    """A part split at each clip's counter line ('ITEM 1', 'ITEM 2', …, counted from 1),
    where it holds two clips or more; the counters go, and so do the report's header lines
    over the first one where they hold no prose. Why: a report with no rule between its
    clips read as one article, the clips' field rows in its text."""
    lines = chunk.split("\n")
    starts: list[int] = []
    for i in range(len(lines)):
        m = _hit_counter(lines, i)
        if m and int(m[1]) == len(starts) + 1:
            starts.append(i)
    return _parts_at(chunk, lines, starts, lambda line: [])  # the counters go


def _clocked_parts(chunk: str) -> list[str]:
    """A part split before each item's time line ('18:40 | Общество', '09:15 · Politik',
    '7.30 Uhr') alone over a headline line with the text under it, where the part holds two
    such items or more; lines over the first one with no prose are the frame. Why: a digest
    of the day's items with no rule between them read as one article, its masthead the
    title and every later headline in the first item's text."""
    lines = chunk.split("\n")
    starts: list[int] = []
    for i, line in enumerate(lines):
        if not _clock_line(line.strip()):
            continue
        below = [ln.strip() for ln in lines[i + 1 : i + 5] if ln.strip()][:2]
        if (
            len(below) == 2
            and len(below[0].split()) <= _HEAD_WORDS
            and not is_prose(below[0])
            and clock_stamp(below[0]) is None
            and is_prose(below[1])
        ):
            starts.append(i)
    return _parts_at(chunk, lines, starts, lambda line: [line])


_STAMP_LINES = 12  # a text digest's item line stands among the first lines of its part


def _stamp_at(lines: list[str]) -> int:
    """Where a text digest's item line ('Outlet, 24.11.2025:') stands over a headline, or -1."""
    for i, line in enumerate(lines[:_STAMP_LINES]):
        stamp = item_stamp([line.strip()])
        stamp = stamp if stamp.complete else typed_credit(line, numbered=True) or stamp
        below = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
        if stamp.complete and below and not is_prose(below):
            return i
    return -1


# An item's number before its headline in a numbered digest: "[1] Headline", "2) Headline".
_ITEM_NUMBER = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\))\s+")
_HEAD_WORDS = 20
_TEXT_WORDS = 15  # a paragraph of text under a stamp runs longer than a headline
_BLOCK_LINES = 6  # a field block under a headline: outlet, day, author, desk, page, reach
_FIELD_LINE = re.compile(r"^[^:|]{1,30}:\s*\S|\s[|·•]\s")  # 'Label: value', 'A | B'


def _headline_over(lines: list[str]) -> tuple[int, int]:
    """Where a digest item's headline stands over its stamp, and where the stamp ends, with
    the text under it: '[1] Headline' over 'Source: Outlet | Date: 25.11.2025 | …', or over
    a block of fields a line each ('Outlet: X' / 'Date: 26/11/2025' / 'Section: Y'); (-1, -1)
    where none. Why: such services print the headline first; the stamp is no text."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:_STAMP_LINES]
    for a, b in itertools.pairwise(filled):
        head = lines[a].strip()
        if not 2 < len(head.split()) <= _HEAD_WORDS or is_prose(head):
            continue
        block = list(itertools.takewhile(str.strip, lines[b : b + _BLOCK_LINES + 1]))
        end = b + len(block)
        # no headline among them; or a clipping service's credit ('Outlet, date, рубрика X')
        fields = all(_FIELD_LINE.search(line) or credit_stamp(line) for line in block)
        # and the byline under the stamp ('Von Jane Doe'), no headline either
        fields = fields or (
            _FIELD_LINE.search(block[0]) is not None and all(map(author_of_line, block[1:]))
        )
        if len(block) > _BLOCK_LINES or not fields or any(is_prose(line) for line in block):
            continue
        # the text's first paragraph under the stamp, not a headline of its own
        c = next((i for i in range(end, len(lines)) if lines[i].strip()), len(lines))
        first = " ".join(itertools.takewhile(str.strip, lines[c:]))
        stamp = item_stamp([line.strip() for line in block])
        if is_prose(first) and len(first.split()) >= _TEXT_WORDS and stamp.complete:
            return a, end
    return -1, -1


# A monitoring alert's item given as labelled fields, its headline among them ('Headline: X'
# over 'Source: Outlet' / 'Date: …' / 'Summary: …'), the text maybe under a 'Full text:' label.
_HEADLINE_FIELD = re.compile(
    r"^(?:headline|title|titel|überschrift|schlagzeile|заголовок)\s*:\s*(?P<head>\S.*)$", re.I
)
_TEXT_LABEL = re.compile(
    r"^(?:full text|text|article text|volltext|artikeltext|текст|полный текст)\s*:$", re.I
)
_LABELLED_BLOCK = 10  # headline, outlet, day, desk, author, page, reach, summary, url, …


def _labelled_headline(lines: list[str]) -> tuple[str, list[str], list[str]] | None:
    """A digest item whose headline is a labelled field over the other fields: its headline,
    the field lines (its stamp) and the lines of its text; None where the part is none.
    Why: the labels say which line is the headline; the summary field is no text."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:_STAMP_LINES]
    at = next((i for i in filled if _HEADLINE_FIELD.match(lines[i].strip())), -1)
    if at < 0:
        return None
    block = [ln.strip() for ln in itertools.takewhile(str.strip, lines[at + 1 :])]
    # the headline field last, under the others ('Источник: X' / … / 'Заголовок: Y')
    rest = lines[at + 1 + len(block) :]
    above = [ln.strip() for ln in itertools.takewhile(str.strip, reversed(lines[:at]))][::-1]
    if all(map(_FIELD_LINE.match, above)):
        block = [*above, *block]
    if not block or len(block) > _LABELLED_BLOCK or not all(map(_FIELD_LINE.match, block)):
        return None
    c = next((i for i, line in enumerate(rest) if line.strip()), -1)
    if c >= 0 and _TEXT_LABEL.match(rest[c].strip()):
        rest = rest[c + 1 :]
    if not item_stamp(block).complete:
        return None
    return _HEADLINE_FIELD.match(lines[at].strip())["head"].strip(), block, rest


# A monitoring report's item count over its rows ('Материал 1', 'Item 2', 'Beitrag 3', '#4').
_ITEM_COUNT = re.compile(
    r"^(?:(?:материал|публикация|сообщение|статья|item|article|clip|story|artikel|beitrag|"
    r"meldung|treffer)\s*(?:№|no\.|nr\.)?\s*|#\s?)\d{1,3}\.?$",
    re.I,
)


def _field_rows_item(chunk: str) -> tuple[str, list[str]] | None:
    """A monitoring report's item as its rows of fields, one 'Label: value' a line, the
    headline labelled among them ('СМИ: X' / 'Дата: …' / 'Заголовок: Y' / 'Текст:' / text),
    maybe under its count ('Материал 1'): (headline over text, the other rows); None for
    other items. Why: the labels say which row is the headline and which the outlet; read
    as lines, the count was the headline, the outlet row its credit and 'Заголовок: Y' or
    the bare 'Текст:' label the title."""
    lines = chunk.strip("\n").split("\n")
    at = 1 if lines and _ITEM_COUNT.match(lines[0].strip()) else 0
    rows: list[str] = []
    head = ""
    while at < len(lines) and len(rows) <= _LABELLED_BLOCK:
        line = lines[at].strip()
        if not line or _TEXT_LABEL.match(line) or not _FIELD_LINE.match(line) or len(line) > 160:
            break
        if (m := _HEADLINE_FIELD.match(line)) is not None and not head:
            head = m["head"].strip()
        else:
            rows.append(line)
        at += 1
    if not head or len(rows) < 2 or not any(OUTLET_LABEL.match(r) for r in rows):
        return None
    while at < len(lines) and (not lines[at].strip() or _TEXT_LABEL.match(lines[at].strip())):
        at += 1
    if at >= len(lines) or not item_stamp(rows).outlet:
        return None
    return "\n".join([head, "", *lines[at:]]), rows


def _fields_over(lines: list[str]) -> tuple[str, list[str], list[str]] | None:
    """A digest item under a block of fields a line each ('Quelle: X' / 'Erscheinungsdatum:
    25.11.2025' / 'Ressort: Y' / 'Seite: 9'), its headline under the block and its text
    under that: (headline, the fields, the text's lines); None for other parts. Why: the
    fields name the clipping's own outlet and day, not the alert service's."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return None
    block = [ln.strip() for ln in itertools.takewhile(str.strip, lines[filled[0] :])]
    rest = [i for i in filled if i >= filled[0] + len(block)]
    if len(block) < 2 or len(block) > _LABELLED_BLOCK or len(rest) < 2:
        return None
    if not all(map(_FIELD_LINE.match, block)) or not item_stamp(block).complete:
        return None
    head = lines[rest[0]].strip()
    if not 2 < len(head.split()) <= _HEAD_WORDS or is_prose(head) or _FIELD_LINE.match(head):
        return None
    if not is_prose(" ".join(itertools.takewhile(str.strip, lines[rest[1] :]))):
        return None  # the text's first paragraph (maybe hard-wrapped) under the headline
    return head, block, lines[rest[0] + 1 :]


def _name_apart(lines: list[str]) -> list[str]:
    """An item's lines with a blank line between its headline and a person's name right
    under it ('Headline' / 'Jane Doe'): the bare byline, no part of the headline."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:_BLOCK_LINES]
    for a, b in itertools.pairwise(filled):
        if b == a + 1 and not is_prose(lines[a]) and _is_person(lines[b]):
            return [*lines[:b], "", *lines[b:]]
    return lines


def _article_part(part: str, rest: list[str]) -> bool:
    """Whether a digest's part over its stamped items holds an item's text: a headline over
    article-length prose, no greeting over it, no contents list. Why: what stands over the
    first stamped item is dropped as the mail's frame, and no article text may be lost."""
    paras = _paragraphs(part)
    prose = [p for p in paras if is_prose(p)]
    if sum(len(p.split()) for p in prose) <= _ITEM_TEXT_WORDS or paras[0] in prose:
        return False
    if any(_GREETING_OPEN.match(p) for p in paras):
        return False
    return not _lists_headlines(part, rest)


_ITEM_TEXT_WORDS = 40  # an item's text runs longer than a contents note or a legal line


def _digest_items(parts: list[str]) -> list[tuple[str, str, list[str]]]:
    """A text digest's items told apart by their stamp lines, where a part holds two or
    more ('Headline' / text / 'Quelle: Outlet, 24.11.2025', or the stamp over the headline):
    each item its headline and text, its stamp line over it. The other parts keep their one
    stamped item; a part with none is the mail's frame (greeting, contents, footer), and
    any article text in it is the safety net's. [] for other mails. Why: items of a few
    sentences each read as one article otherwise, under one item's outlet."""
    found = [stamped_items(part, least=1) for part in parts]
    if not any(len(items) >= 2 for items in found):
        return []
    return [("", item.chunk(), [item.stamp]) for items in found for item in items]


def _stamped_parts(parts: list[str]) -> list[tuple[str, str, list[str]]]:
    """A text digest whose items each open with their outlet and day ('Braunschweiger
    Zeitung, 24.11.2025:') over the headline: each item from under that line, the line as
    its stamp. What stands over the first one (greeting, contents) is the mail's frame; a
    short last part with no such line (a legal note) is its footer. [] for other mails."""
    found: list[tuple[str, str, list[str]]] = []
    for n, part in enumerate(parts):
        lines = part.split("\n")
        first = next((ln for ln in lines if ln.strip()), "")
        if (headed := headed_stamp(first)) is not None:
            # 'Outlet (04.12.2025): Headline' over the text: the stamp and the headline
            rest = lines[lines.index(first) + 1 :]
            found.append(("", "\n".join([headed[1], "", *rest]).strip("\n"), [headed[0]]))
            continue
        at = _stamp_at(lines)
        head, end = _headline_over(lines)
        labelled = _labelled_headline(lines) if head < 0 and at < 0 else None
        labelled = labelled or (_fields_over(lines) if head < 0 and at < 0 else None)
        if labelled is not None:
            text = "\n".join([labelled[0], "", *labelled[2]]).strip("\n")
            found.append(("", text, labelled[1]))
        elif head >= 0:
            # the item's headline over its stamp: the headline kept, the stamp out of the text
            title = _ITEM_NUMBER.sub("", lines[head].strip())
            title = unnumbered(title, sum(bool(over) for _, _, over in found) + 1)
            text = "\n".join([title, "", *lines[end:]]).strip("\n")
            # a framed rubric right over the headline ('[ Environment ]', '=== Sport ===')
            rubric = framed_rubric(lines[head - 1]) if head > 0 else ""
            found.append((rubric, text, [ln.strip() for ln in lines[head + 1 : end] if ln.strip()]))
        elif at >= 0:
            text = "\n".join(_name_apart(lines[at + 1 :])).strip("\n")
            found.append(("", text, [lines[at].strip()]))
        elif found and (n < len(parts) - 1 or len(part.split()) >= _LAST_PART_WORDS):
            found.append(("", part, []))
        elif not found and n < len(parts) - 1 and _article_part(part, parts[n + 1 :]):
            # an unstamped first item: its headline on, the header lines over it the frame
            kept = [p.strip() for p in re.split(r"\n\s*\n", part) if p.strip()]
            first = next(i for i, p in enumerate(kept) if is_prose(" ".join(p.split())))
            head = first - 1
            while head > 0 and (author_of_line(kept[head]) or year_dates(kept[head])):
                head -= 1  # the byline or day line under the headline
            found.append(("", "\n\n".join(kept[max(head, 0) :]), []))
    # each item credited, over its headline or under its text ('— Outlet, date, desk')
    dashed = [_dashed_credit(re.split(r"\n\s*\n", text.strip())[-1]) for _, text, _ in found]
    credited = sum(bool(over) or bool(d) for (_, _, over), d in zip(found, dashed, strict=True))
    return found if credited > 1 and any(over for _, _, over in found) else []


# A newsletter item signed under its text with a dash and the writers' names ('—Jane Doe',
# '– Eva Muster und Max Beispiel'): two or three capitalised words a person.
_DASH_SIGNED = re.compile(
    r"^[—–]\s?(?P<names>[A-ZÄÖÜА-ЯЁ][\w'’.-]+(?: [A-ZÄÖÜА-ЯЁ][\w'’.-]+){1,2}"
    r"(?:(?:,| and| und| и| &) [A-ZÄÖÜА-ЯЁ][\w'’.-]+(?: [A-ZÄÖÜА-ЯЁ][\w'’.-]+){1,2}){0,3})$"
)


def _dash_signed(chunk: str) -> tuple[str, str] | None:
    """A digest item's text up to its writers' dash signature, and their names; None where
    none signs it. Why: the signature ends the item, what follows (a sponsor's box, the
    issue's one-liners and referral footer) is the newsletter's."""
    lines = chunk.split("\n")
    for i, line in enumerate(lines):
        line = line.strip()
        if line[:1] not in "—–" or len(line) > 90 or not (m := _DASH_SIGNED.match(line)):
            continue
        if sum(map(is_prose, lines[:i])) >= 2:
            return "\n".join(lines[:i]).rstrip(), m["names"]
    return None


_FOOT_BY = re.compile(r"^(?:by|von|от|автор:?)\s", re.I)
_FOOT_WORDS = 14  # 'By Jane Doe • December 1 2026, 3.45pm': a name and a day, no sentence


def _foot_byline(chunk: str) -> tuple[str, str, datetime, str] | None:
    """A digest item's text up to the byline with its day under it ('By Jane Doe • December
    1 2026, 3.45pm'), the writer, the day and that line; None where none closes the text.
    Why: read as the next item's line over its headline, every writer moved one item down
    and the items kept the issue's day; what follows it (a sponsor's box) is the digest's."""
    lines = chunk.rstrip().split("\n")
    for i in range(2, len(lines)):
        line = lines[i].strip()
        if not _FOOT_BY.match(line) or len(line.split()) > _FOOT_WORDS:
            continue
        name, hits = author_of_line(line), year_dates(line)
        if not name or not hits or not any(map(is_prose, lines[1:i])):
            continue
        if any(map(is_prose, lines[i + 1 :])):
            return None  # text under it: a byline over the text, no closing one
        return "\n".join(lines[:i]).rstrip(), name, hits[0].value, line
    return None


def _name_signed(chunk: str) -> tuple[str, str] | None:
    """A digest item's text without the bare name on its last line right under its last
    paragraph ('… reagiert verhalten.' / 'Jane Doe'), and that name; None for other items.
    Why: a clipping service sets the writer's name under the text, where the item had no
    author (the name was dropped as a stray line)."""
    lines = chunk.rstrip().split("\n")
    filled = [ln.strip() for ln in lines if ln.strip()]
    if len(filled) < 3 or filled[-2][-1:] not in '.!?»“"' or not any(map(is_prose, filled[1:-1])):
        return None
    name = filled[-1]
    if not _is_person(name) or stamp_person(name) != name:
        return None
    return "\n".join(lines[:-1]).rstrip(), name


def _credit_part(part: str) -> tuple[ItemStamp, str] | None:
    """The part under a paste's last rule when it is its source line ('Source: Example
    Daily, Wednesday, 26 November 2025, Page 4'), maybe with the address and the sender's
    signature under it: the outlet, day and desk, and the author it names; else None. Why:
    the credit names the article's outlet and day; the signature is a person's."""
    first = part.lstrip().split("\n", 1)[0].strip()
    if len(first) > 160 or ":" not in first[:20] or any(map(is_prose, _paragraphs(part)[1:])):
        return None
    found = labelled_credit(first)
    return found if found is not None and found[0].complete else None


def _credited_paste(chunk: str) -> tuple[str, str, ItemStamp, str] | None:
    """A colleague's paste of an article under a short comment ('FYI, see below'), or a
    clipping typed up under a greeting cut off before: the headline and text, credited by
    an 'Outlet, 24 November 2025' line under the text, or a labelled one ('Source: Outlet,
    27 November 2025, Business, p. 14 - by Jane Doe') over the colleague's sign-off, as
    (headline and text, headline, credit, author). The comment is the mail's, the credit
    names the article's source, day, desk and author, not the colleague's. None otherwise."""
    paras = _paragraphs(chunk)
    while len(paras) > 3 and len(paras[-1]) < _SIGN_OFF_CHARS and _SIGN_OFF.match(paras[-1]):
        paras = paras[:-1]  # 'Regards,' under the credit line
    credit = comma_stamp(paras[-1]) if len(paras) > 3 else None
    author, labelled = "", False
    if (credit is None or not credit.complete) and len(paras) > 2 and paras[-1][:1].isalpha():
        found = labelled_credit(paras[-1]) if ":" in paras[-1][:20] else None
        credit, author = found if found else (None, "")
        labelled = True
    if credit is None or not credit.complete:
        return None
    # the headline: the line that is no sentence over the text, under the comment
    start = next((i for i, p in enumerate(paras) if is_prose(p) and len(p.split()) >= 15), 0)
    head = start - 1
    if labelled and head >= 1 and _is_person(paras[head]) and not is_prose(paras[head - 1]):
        author = author or paras[head]
        head -= 1  # the reporter's name under the headline: a byline, no headline
    if not (1 if not labelled else 0) <= head <= 2 or is_prose(paras[head]):
        return None
    if len(" ".join(paras[:head]).split()) >= COVER_WORDS:
        return None
    return "\n\n".join(paras[head:-1]), paras[head], credit, author


_SIGN_OFF_CHARS = 40


# Desks' names no outlet is named by alone (a stamp's first part 'News · 20 Nov 2025').
_NEWS_DESKS = {"news", "nachrichten", "новости", "aktuell", "latest", "top news", "top stories"}
# The kinds of text a publisher's bulletin files its pieces under ('Comment | 25 November
# 2026', 'Explainer | …'): its rubrics, never an outlet's name.
_TEXT_KINDS = {
    "comment", "explainer", "report", "press release", "interview", "feature", "long read",
    "briefing", "kommentar", "analyse", "erklärstück", "pressemitteilung", "комментарий",
    "мнение", "интервью", "пресс-релиз",
}  # fmt: skip


def _desk_word(name: str) -> bool:
    """Whether a stamp's first part is a desk's name, no outlet's. Why: an outlet's own
    alert prints its desk and time over the headline, never its own name."""
    folded = " ".join(name.casefold().split())
    return folded in VOCABULARY or folded in _NEWS_DESKS or folded in _TEXT_KINDS


_DESK_TAIL = 5  # the desk word a compound ends in runs this long at least ('sport')
_DESK_HEAD = 3


def _compound_desk(name: str) -> bool:
    """A German compound ending in a desk's word ('Stadtpolitik', 'Regionalsport',
    'Lokalkultur'): a desk, where the digest's other stamps name desks. Why: an outlet's
    digest stamped its first item with such a desk, and that was read for the item's outlet
    while the next items' 'Wohnen' were desks (in a review whose labels are outlets it may
    be an outlet's name)."""
    if " " in name or not name[:1].isupper() or len(name) < _DESK_HEAD + _DESK_TAIL:
        return False
    folded = name.casefold()
    return any(folded[k:] in VOCABULARY for k in range(_DESK_HEAD, len(folded) - _DESK_TAIL + 1))


_NAME_DESK_WORDS = 5  # an outlet's name before its desk on an alert's line


def _outlet_desk(line: str) -> ItemStamp | None:
    """An alert's 'Outlet · Desk' line right over its clip's headline, with no day (the day
    stands in the byline under the headline): the clip's outlet and desk; None for other
    lines. Why: the alert service is never the source while the clip's line names it."""
    if len(line) > 80 or not any(c in line for c in "·|•"):
        return None
    parts = STAMP_PARTS.split(line.strip())
    if len(parts) != 2:
        return None
    name, desk = parts[0].strip(), parts[1].strip()
    if not _desk_word(desk) or _desk_word(name) or find_dates(line):
        return None
    if not name[:1].isupper() or not 0 < len(name.split()) <= _NAME_DESK_WORDS:
        return None
    if author_of_line(name) or is_boilerplate(line):
        return None
    return ItemStamp(name, None, desk)


def _desk_stamp(line: str) -> ItemStamp | None:
    """A desk and day under an outlet's own digest item ('Economy | 26.11.2025, 12:40'): the
    first part names a desk, no outlet; None for other lines."""
    stamp = one_line_stamp(" ".join(line.split()))
    if stamp is None or stamp.outlet.lower() not in VOCABULARY:
        return None
    return ItemStamp("", stamp.published, stamp.outlet)


def _dashed_credit(para: str) -> ItemStamp | None:
    """A monitoring service's credit under an item's text, after a dash and maybe over its
    labelled fields ('— Outlet, 25.11.2025 09:15, рубрика «X»' / 'Ссылка: …' / 'Тональность:
    …'): its outlet, day and desk; None for other paragraphs. Why: the dash sets it off as
    the clipping's source, the fields under it are the service's."""
    lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
    while len(lines) > 1 and _FIELD_LINE.match(lines[-1]) and not credit_stamp(lines[-1]):
        lines.pop()
    if len(lines) != 1 or lines[0][:1] not in "—–-" or len(lines[0].split()) > _HEAD_WORDS:
        return None
    return credit_stamp(lines[0].lstrip("—–- "))


def _source_under(chunk: str) -> tuple[str, ItemStamp, str] | None:
    """A digest item whose source line stands under its text ('(Quelle: Outlet vom
    26.11.2025, Seite 11, Ressort: X - Autor: Y)'): the text without it, its outlet, day and
    desk, and its author; None where the last paragraph is no such line."""
    paras = re.split(r"\n\s*\n", chunk.strip())
    last = paras[-1].rsplit("\n", 1)
    if len(last) == 2 and len(last[1]) < _COUNTER_CHARS and _COUNTER_ROW.match(last[1]):
        paras[-1] = last[0]  # the post's views and comments under its source line
    if len(paras) > 1 and (dashed := _dashed_credit(paras[-1])) is not None:
        return "\n\n".join(paras[:-1]), dashed, ""
    credit = labelled_credit(" ".join(paras[-1].split())) if len(paras) > 1 else None
    if credit is None and len(paras) > 1 and (desk := _desk_stamp(paras[-1])) is not None:
        return "\n\n".join(paras[:-1]), desk, ""
    if credit is None and len(paras) > 2 and (named := _BARE_SOURCE.match(paras[-1].strip())):
        # 'Источник: Example City Council' alone under a post's text, no day: the body
        # whose post the digest repeats (an outlet's, an agency's or an office's)
        return "\n\n".join(paras[:-1]), ItemStamp(named["name"]), ""
    if credit is None:
        return None
    return "\n\n".join(paras[:-1]), *credit


# A source label alone under a digest item's text, naming a body of a few words, no day.
_BARE_SOURCE = re.compile(
    r"^(?i:source|quelle|источник)\s*:\s*(?P<name>[«\"„“]?[A-ZÄÖÜА-ЯЁ][^\n:!?|]{1,78}?)\.?$"
)
# A channel post's counters ('👁 18,4K   💬 57   🔁 311'): pictographs and counts, no words.
_COUNTER_ROW = re.compile(r"^\s*(?:[^\w\s]{1,3}\ufe0f?\s*\d[\d.,]*\s*[KkMmКкМм]?\s*){1,6}$")
_COUNTER_CHARS = 60


# A reporter's credit beside a labelled outlet ('Quelle: X · Text: Jane Doe').
_TEXT_BY = re.compile(
    r"^(?:text|von|by|autor(?:in)?|author|автор|текст)\s*:?\s+(?P<name>\S.*)$", re.I
)
_CREDIT_WORDS = 6  # an outlet's name in a credit line is a few words, no sentence


def _credit_under_head(
    chunk: str, sent: datetime | None = None, piped: bool = False
) -> tuple[str, ItemStamp, str] | None:
    """A digest item's credit line right under its headline, naming another outlet by a
    label ('Quelle: Example News · Text: Jane Doe', 'Source: X') or with the day ('Example
    Daily, 20.11.2025'): the item without that line, the outlet (and day), and the author
    it names; None where the line is none. Why: the digest carries the outlet's story; the
    sender only links to it."""
    first, _, rest = chunk.strip("\n").partition("\n")
    gap = "\n" if rest[:1] == "\n" else ""  # a blank line between headline and credit
    lines = [first, *rest.lstrip("\n").split("\n", 1)]
    if len(lines) < 3 or len(lines[1]) > 120:
        return None
    line = lines[1].strip()
    stamp, author = None, ""
    if m := OUTLET_LABEL.match(line):
        parts = [p.strip() for p in STAMP_PARTS.split(line[m.end() :]) if p.strip()]
        if parts and len(parts[0].split()) <= _CREDIT_WORDS and not find_dates(parts[0]):
            stamp = item_stamp([line])
            stamp = stamp if stamp.outlet else ItemStamp(brand_name(parts[0]) or parts[0])
            names = (t["name"] for p in parts[1:] if (t := _TEXT_BY.match(p)))
            author = next(names, "") or stamp_author([line])
        elif (credited := labelled_credit(line)) is not None and credited[0].complete:
            stamp = credited[0]  # 'Quelle: Example Zeitung, 01.12.2025, S. 4': outlet and day
    elif (comma := comma_stamp(line)) is not None and comma.complete:
        named = len(comma.outlet.split()) <= _CREDIT_WORDS and not _desk_word(comma.outlet)
        stamp = comma if named else None
        # the reporter's byline after the day ('Example Zeitung, 14.12.2025 · Von Jane Doe')
        author = next((a for p in STAMP_PARTS.split(line)[1:] if (a := author_of_line(p))), "")
        # or set off by a dash ('Example Post, 10 December 2025 – by Jane Doe')
        author = author or (author_of_line(by) if (by := dashed_byline(line)[1]) else "")
    elif sent is not None and (m := _BRACKETED_CREDIT.match(line)) is not None:
        stamp = _yearless_credit(m["outlet"], m["day"], sent)
    elif piped and (row := _alert_row(line)) is not None:
        # a monitoring alert's row under the clip's headline ('Outlet | 09 Dec 2025 | Page 17
        # | Desk'): the clip's outlet, day and desk (piped: the alert's, no outlet's digest)
        stamp, author = row, stamp_author([line])
    elif piped and (named := _name_over_day(line, lines[2].split("\n", 1)[0])) is not None:
        stamp = named  # 'Example Zeitung' / '10.12.2025, S. 9' under a review's headline
    if stamp is None or not stamp.outlet or is_prose(stamp.outlet):
        return None
    return f"{lines[0]}\n{gap}{lines[2]}", stamp, author


_ROW_PARTS = 3  # a clip's row: its outlet, its day and its page, site or desk


def _alert_row(line: str) -> ItemStamp | None:
    """A monitoring clip's row of fields ('Outlet | 09 Dec 2025 | Page 17 | Desk'), three
    parts at least, its first an outlet's name (no desk, no issue's 'Daily alert'); else
    None."""
    if len(STAMP_PARTS.split(line)) < _ROW_PARTS or (row := one_line_stamp(line)) is None:
        return None
    named = not _desk_word(row.outlet) and not is_issue_label(row.outlet)
    return row if named and not _ISSUE_NAMED.match(row.outlet) else None


_NAME_LINE_WORDS = 4  # an outlet's name on a line of its own
_DAY_LINE_WORDS = 6  # its day line: the day, maybe a time and a page


def _name_over_day(line: str, under: str) -> ItemStamp | None:
    """A review item's outlet named on a line of its own under the headline with its day on
    the line under that ('Example Zeitung' / '10.12.2025, S. 9'): the outlet and day, else
    None. Why: with the review's name as the fallback, an outlet no profile knows lost its
    item to the review."""
    words = line.split()
    if not 0 < len(words) <= _NAME_LINE_WORDS or not line[:1].isupper() or find_dates(line):
        return None
    if line[-1:] in ".!?:;," or is_prose(line) or author_of_line(line) or _desk_word(line):
        return None
    hits = year_dates(under)
    if not hits or len(under.split()) > _DAY_LINE_WORDS or is_prose(under):
        return None
    return ItemStamp(line.strip(), hits[0].value)


# a digest's bracketed credit under the headline, the day without its year ('(Example
# Times, Dec 1)', '(Beispiel-Kurier, 1. Dez.)')
_BRACKETED_CREDIT = re.compile(r"^\((?P<outlet>[^(),\d]{2,40}),\s*(?P<day>[^(),]{3,24})\)$")


def _yearless_credit(outlet: str, day: str, sent: datetime) -> ItemStamp | None:
    """The outlet and its day in the year the mail was sent (the year before, where that
    day would fall after the mail), else None. Why: the day alone stayed unread and every
    item took the day the digest was mailed."""
    outlet = outlet.strip()
    if not 0 < len(outlet.split()) <= _CREDIT_WORDS or _desk_word(outlet) or is_prose(outlet):
        return None
    hits = find_dates(day, default_year=sent.year)
    if len(hits) != 1 or year_dates(day):
        return None
    when = hits[0].value
    if when.date() > sent.date() + timedelta(days=1):
        when = when.replace(year=when.year - 1)
    return ItemStamp(outlet, when)


_FIELD_ROWS = 3  # a table of fields over one clip: outlet, day and more

_OUTLET_WORDS = 4  # an outlet's name on its line under a forwarded headline


def _timed_outlet_line(chunk: str) -> tuple[str, ItemStamp] | None:
    """A forwarded article's outlet line under its headline, 'Outlet, 24 ноября 2025, 15:40':
    its source and the time it went online, as (the text without it, the stamp), else None.
    Why the time: a place and day there ('Barnaul, 24 November 2025') is a release's
    dateline, and a release prints no clock; an outlet's page stamps its time."""
    lines = chunk.split("\n")
    filled = [i for i, ln in enumerate(lines) if ln.strip()][:3]
    for i in filled[1:]:
        name, _, rest = lines[i].strip().partition(",")
        hits = year_dates(rest)
        if (
            hits
            and hits[0].has_time
            and not rest[hits[0].end :].strip(" .")
            and 0 < len(name.split()) <= _OUTLET_WORDS
            and not re.search(r"[\d:;|·]", name)
            and not is_prose(lines[filled[0]])
        ):
            return "\n".join(lines[:i] + lines[i + 1 :]), ItemStamp(name.strip(), hits[0].value)
    return None


# A forwarder's line over the text naming where it was read ("From this morning's Oxford
# Mail website:", "Aus der heutigen Rheinpfalz:", "Из сегодняшних «Известий»:"): the
# outlet's name without the day's and the medium's words.
_READ_IN = re.compile(
    r"^(?:from|seen (?:in|on)|via|aus|gesehen (?:in|bei|auf)|из)\s+"
    r"(?:(?:the|this morning's|today's|yesterday's|tonight's|this week's|der|dem|den|des|"
    r"heutigen|gestrigen|сегодняшн\w*|вчерашн\w*|утренн\w*)\s+)*"
    r"(?P<outlet>[^:\n]{2,50}?)"
    r"(?:\s+(?:website|site|online|print edition|paper|newspaper|app|e-?paper|"
    r"printausgabe|ausgabe|webseite|zeitung|сайта?|газеты|выпуска))?\s*:\s*$",
    re.I,
)
_READ_IN_WORDS = 5  # an outlet named there has at most this many words


def _read_in(chunk: str) -> tuple[str, str]:
    """A forwarded text without its forwarder's 'From X's website:' line, and the outlet
    that line names ('' where the text opens otherwise)."""
    lines = chunk.split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    m = _READ_IN.match(lines[first].strip()) if first is not None else None
    if m is None:
        return chunk, ""
    outlet = m["outlet"].strip(" «»\"'“”„")
    if len(outlet.split()) > _READ_IN_WORDS or not outlet[:1].isupper():
        return chunk, ""
    return "\n".join(lines[first + 1 :]).strip("\n"), outlet


# A person's name as a mail's sender shows it: two or three capitalised words of letters.
# (accented letters too: 'Ciarán Ó Briain', 'Zoë Müller', 'Łukasz Kowalczyk')
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ", "a-zß-öø-ÿā-žа-яё"
# (a surname's particle too: 'Pádraig Ó Raghallaigh', 'Anna van Dijk', 'Liam O'Neill')
_PERSON = re.compile(
    rf"^(?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\s){{1,2}}"
    r"(?:(?:Ó|Ní|Nic|Mac|Ua|de|da|di|van|von|van der|von der|le|la)\s)?"
    rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$"
)
# A Russian name opening with an adjective ('Новая …', 'Вечерняя …', 'Северный …'): an
# outlet's or a place's name; no given name ends so.
_ADJECTIVE_FIRST = re.compile(r"^[А-ЯЁ][а-яё]+(?:ая|яя|ый|ое|ее)\s")
# An English title's article opening the name ('The Example Mill'): no given name reads so.
_ARTICLE_FIRST = re.compile(r"^The\s")
_SUBJECT_LABEL = re.compile(r"^(?P<name>[^:|–—]{2,40}?)\s*[:|–—]\s+\S")


def _is_person(sender: str) -> bool:
    """Whether a sender is a person's name, as printed ('Petra Lindemann') or as Outlook's
    directory lists it, surname first ('Lindemann, Petra')."""
    surname, comma, given = sender.strip().partition(", ")
    if not comma and _ARTICLE_FIRST.match(sender.strip()):
        return False  # 'The Example Mill': a name with its article is a title, no person's
    if not comma and _ADJECTIVE_FIRST.match(sender.strip()):
        return False  # 'Новая Сибирь', 'Вечерняя Столица': an outlet's adjective, no given name
    if not comma and _INSTITUTION_KIND.match(sender.rsplit(None, 1)[-1] if sender.strip() else ""):
        return False  # 'Example Policy Center': an institution named like a person
    return bool(_PERSON.match(f"{given} {surname}" if comma else sender.strip()))


def _mailed_by_person(sender: str, site: str) -> bool:
    """Whether the mail's sender is a person's name ('Jane Doe', 'Doe, Jane'), not an
    outlet named like one that sends from its own domain ('Example Post' at
    examplepost.com). Why: a person who mails a text is never its source; the text's own
    masthead or notice names it first, the person only where it names none."""
    name = _folded(sender)
    return _is_person(sender) and not (len(name) > 3 and name in _folded(site))


_MASTHEAD_MARK = re.compile(r"^(?:©|\(c\)|copyright)\s*(?P<name>[^\W\d][^/|©]{1,40})$", re.I)


def _masthead_mark(lines: list[str]) -> str:
    """The name of a bare '© Name' line in a pasted page's last lines that its masthead,
    among its first lines, prints alone too ('Example Champion' / … / '© Example
    Champion'), else ''. Why: with no year or rights after it, '© Name' may credit a
    picture; the masthead over the page makes it the outlet's own."""
    head = {ln.casefold() for ln in lines[:3]}
    for line in reversed(lines[-12:]):
        m = _MASTHEAD_MARK.match(line) if line[:1] in "©(Cc" else None
        if m and m["name"].strip().casefold() in head:
            return m["name"].strip()
    return ""


def _initials_masthead(short: str, lines: list[str]) -> str:
    """The masthead among a pasted page's first lines whose words' initials the subject's
    short label spells ('EZ' -> 'Example-Zeitung', 'DTN' -> 'Daily Tribune News'), else ''.
    Why: the notice names the publishing company; the paper's name is its masthead's."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= _MASTHEAD_WORDS):
        return ""
    for line in lines:
        words = re.split(r"[\s-]+", line.strip())
        cased = all(w[:1].isupper() and w[1:].islower() for w in words)
        if len(words) == len(short) and cased and "".join(w[0] for w in words) == short:
            return line.strip()
    return ""


_MENU_ENTRIES = 3  # a site's menu under its masthead: a few one-word entries, one a line


def _menu_masthead(lines: list[str]) -> str:
    """The masthead over a pasted page's menu ('Example Star' / 'Home' / 'News' / 'Sport'):
    a short line of capitalised words, no digits, that a run of one-word capitalised lines
    follows; '' where the page opens with no menu. Why: the notice under a regional paper
    names the group that publishes it; the paper's own name is the one over its menu."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    for i, line in enumerate(lines[: -_MENU_ENTRIES or None]):
        words = line.split()
        if not 1 <= len(words) <= _MASTHEAD_WORDS or any(c.isdigit() for c in line):
            continue
        if not all(w[:1].isupper() for w in words) or ":" in line or "@" in line:
            continue
        menu = lines[i + 1 : i + 1 + _MENU_ENTRIES]
        one_word = all(_menu_entry(m) for m in menu)
        if i and _menu_entry(lines[i - 1]):
            continue  # 'Politik' under 'Anmelden' over 'Wirtschaft': an entry of the menu
        if (one_word or _menu_row(lines[i + 1])) and line not in menu and not is_boilerplate(line):
            return line
    return ""


def _menu_entry(line: str) -> bool:
    """A menu's entry pasted on a line of its own: one capitalised word."""
    return " " not in line and line[:1].isupper() and line.isalpha()


_MENU_GAP = re.compile(r"\s{2,}|\s[|·•]\s")  # the gap between a menu row's entries, as copied
_ENTRY_WORDS = 3


def _menu_row(line: str) -> bool:
    """Whether a line is a site's menu copied as one row ('Energy Transition  Hydrogen  Wind
    Vessels  Events'): a few capitalised entries of a word or three, no figures."""
    entries = _MENU_GAP.split(line.strip())
    return len(entries) >= _MENU_ENTRIES and all(
        0 < len(e.split()) <= _ENTRY_WORDS and e[:1].isupper() and not any(c.isdigit() for c in e)
        for e in entries
    )


def _footer_outlet(frame: _Frame, text: str) -> str:
    """The outlet of an article a person forwarded: the owner its copyright notice names
    ('Copyright © 2025 Example Free Press'), by the short name the subject opens with where
    the notice holds it ('Forbes: …' over '© 2025 Forbes Russia'); '' for a forward from an
    organisation or of a text without a notice. Why: a colleague who forwards a clipping
    is no source of it; the page's footer, forwarded with it, names its outlet."""
    lines = [ln.strip(" >") for ln in text.split("\n") if ln.strip(" >")]
    notice = next((ln for ln in reversed(lines[-12:]) if copyright_owner(ln)), "")
    if not _is_person(frame.sender):
        return _initials_owner(frame.sender, copyright_owner(notice) if notice else "")
    if not notice:
        found = _hosted_mark(lines[-12:], text) or _domain_mark(lines[-12:])
        found = found or _name_mark(lines[-12:]) or _reprint_mark(lines[-12:])
        found = found or _source_line(lines[-12:])
        return found or _masthead_mark(lines) or _copied_from(lines[:3])
    m = _SUBJECT_LABEL.match(frame.subject)
    short = m["name"].strip() if m else ""
    # (a site that names itself by its address all through the text keeps it: 'Example:
    # …' over a logo and a notice 'Example.ru'; a bare 'Example' printed anywhere, as in a
    # credit 'Фото: «Example»', is its name)
    held = (
        re.search(rf"(?<!\w){re.escape(short)}(?:\.\w{{2,6}})?(?![\w.])", notice) if short else None
    )
    owner = copyright_owner(notice)
    if re.sub(r"^the\s+", "", owner.casefold()) == short.casefold():
        return owner  # 'Example Sun: …' over '© 2025 The Example Sun': the name in full
    company = is_company_name(owner) or is_company_name(notice)  # '© 2026 Example BV'
    if company and (masthead := _menu_masthead(lines[:_PAGE_HEAD])):
        # 'Example Star' over its menu, '© 2025 Example Media' under it ('EXAMPLE' in the
        # case the subject or text prints it)
        return _printed_case(masthead, f"{frame.subject}\n{text}")
    if (masthead := _initials_masthead(short, lines[: _PAGE_HEAD * 2])) and not held:
        return masthead  # 'EZ: …' over 'Example-Zeitung' and '© Example Verlag GmbH'
    if held and short[:1].isupper() and len(short.split()) <= _READ_IN_WORDS:
        bare = re.search(rf"(?<!\w){re.escape(short)}(?![\w.])", text)
        return short if bare else held.group()
    return owner


# An app's share line under a shared headline: the outlet's app ('Shared via The Example
# Times app', 'Geteilt über die Example-App').
_SHARED_APP = re.compile(
    r"^(?i:shared (?:from|with|via)|geteilt (?:über|via|mit|aus)) (?:the |die |der )?"
    r"(?P<name>[A-ZÄÖÜ][\w'’&.]*(?: [A-ZÄÖÜ][\w'’&.]*){0,3})[- ](?i:app)\b"
)
_PAGE_HEAD = 12  # a pasted page's masthead stands among the mail's first lines
_PAGE_FOOT = 8  # its footer among the last
_FOOTER_LINE_WORDS = 16  # a footer line is a name and a tagline or links, not a paragraph
_MASTHEAD_WORDS = 4
# A footer line opening with the outlet's name, its tagline or legal links after a dash,
# bar or dot ('Example – Recherchen für alle · Impressum · Datenschutz').
_NAMED_FOOTER = re.compile(r"\s*[–—|·•-]\s+\S")


def _shared_app(lines: list[str]) -> str:
    """The outlet whose app a share line names, else ''."""
    return next((m["name"] for ln in lines if (m := _SHARED_APP.match(ln))), "")


def _masthead_line(lines: list[str], name: str) -> str:
    """``name`` as a line among the page's first lines prints it alone, else ''."""
    key = name.casefold()
    return next((ln for ln in lines[:_PAGE_HEAD] if ln.casefold() == key), "")


def _subject_masthead(subject: str, lines: list[str]) -> str:
    """The outlet a forwarder's subject opens with ('Example Champion: headline') where the
    page under it prints that name alone as its masthead, else ''."""
    m = _SUBJECT_LABEL.match(subject)
    name = m["name"].strip() if m else ""
    if not name or len(name.split()) > _MASTHEAD_WORDS or not name[:1].isupper():
        return ""
    if printed := _masthead_line(lines, name):
        return printed
    # the outlet's listed short name ('StZ: headline') over its masthead in full ('Example
    # Zeitung'): the masthead, where the list knows both as one outlet's
    listed = known_outlet_name(name)
    if listed == name:
        return ""
    return next((ln for ln in lines[:_PAGE_HEAD] if known_outlet_name(ln) == listed), "")


def _footer_masthead(lines: list[str]) -> str:
    """The masthead over a pasted page ('EXAMPLE') that a footer line opens with before its
    tagline or legal links ('EXAMPLE – Recherchen für alle · Impressum'), else ''. A
    paragraph of a short page opening with a crumb's place is a dateline ('Town – The
    council …'), no footer."""
    head = [ln for ln in lines[:_PAGE_HEAD] if len(ln.split()) <= _MASTHEAD_WORDS]
    for line in lines[-_PAGE_FOOT:]:
        if len(line.split()) > _FOOTER_LINE_WORDS:
            continue
        for name in head:
            if (
                len(name) > 2
                and name[:1].isupper()
                and line.casefold().startswith(name.casefold())
                and _NAMED_FOOTER.match(line, len(name))
            ):
                return name
    return ""


_PARAGRAPH_WORDS = 15
# The labels before a site's own name in its address ('eadt.co.uk', 'example.com.au').
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne"})


def _site_name(host: str) -> str:
    """The site's own name in its address ('www.example.co.uk' -> 'example')."""
    labels = host.lower().split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else ""


def _repeated_masthead(lines: list[str]) -> str:
    """The masthead alone on a line among a pasted page's first lines that the page's foot
    prints alone again, or names as its app or by its site's address ('Example' … 'Read in
    the Example app', 'https://www.example.de/…'), else ''. Why: a rubric or a menu entry
    is no site's name; the name the page repeats at its end is its outlet's."""
    # the page's text opens with its first paragraph (a cover note's line is shorter)
    text_at = next(
        (i for i, ln in enumerate(lines[:_PAGE_HEAD]) if len(ln.split()) >= _PARAGRAPH_WORDS),
        _PAGE_HEAD,
    )
    foot = lines[max(text_at + 1, len(lines) - _PAGE_FOOT) :]
    if not foot:
        return ""
    head = [
        ln
        for ln in lines[:text_at]
        if len(ln) > 2 and len(ln.split()) <= _MASTHEAD_WORDS and not find_dates(ln)
    ]
    head = [ln for ln in head if not is_boilerplate(ln) and not is_prose(ln)]
    if not head:
        return ""
    keys = {ln.casefold() for ln in foot}
    sites = {_site_name(m["host"]) for ln in foot for m in _HOST.finditer(ln)}
    for name in head:
        if name.casefold() in keys or (" " not in name and _folded(name) in sites):
            return name
        app = re.compile(rf"(?<![\w-]){re.escape(name)}[- ]app\b", re.I)
        if any(app.search(ln) for ln in foot):
            return name
    return ""


def _page_outlet(frame: _Frame, text: str) -> str:
    """The outlet a page mailed by a person names: its copyright notice or marks
    (_footer_outlet), the app it was shared from, a subject's outlet that the page prints
    as its masthead, a masthead its footer repeats; '' where it names none. Why: a person
    who mails or shares a page is never its source while the page names its outlet."""
    lines = [ln.strip(" >\r") for ln in text.split("\n") if ln.strip(" >\r")]
    footer, app = _footer_outlet(frame, text), _shared_app(lines[:_PAGE_HEAD])
    if app and footer and app.casefold() not in footer.casefold():
        # the app a page was shared from names its outlet; the notice under it its owner
        # ('Shared from the Example News app' over '© 2026 Example Media Group, LLC')
        return app
    return (
        footer
        or app
        or _subject_masthead(frame.subject, lines)
        or _footer_masthead(lines)
        or _repeated_masthead(lines)
    )


def _owner_part(sender: str, text: str) -> str:
    """The part of a sender's name that the mail's copyright notice names ('Morning Brief |
    Example Zeitung' over '© 2025 Example Zeitung'), else the sender. Why: a newsletter
    sends under its own name beside its outlet's, and the newsletter's name is no outlet."""
    if " | " not in sender and " · " not in sender:
        return sender
    parts = [p.strip() for p in re.split(r"\s+[|·]\s+", sender) if p.strip()]
    lines = [ln.strip(" >") for ln in text.rstrip().split("\n")[-15:] if ln.strip(" >")]
    marks = [ln for ln in lines if "©" in ln or "(c)" in ln.lower()]
    owners = {re.sub(r"\W", "", o.casefold()) for ln in marks if (o := copyright_owner(ln))}
    return next((p for p in parts if re.sub(r"\W", "", p.casefold()) in owners), sender)


def _initials_owner(sender: str, owner: str) -> str:
    """The notice's owner where the forwarded sender's name opens with its initials ('EZ
    Digital' over '© Example Zeitung 2025'), else ''. Why: the newsletter's sender is the
    outlet's short brand; the notice spells out the outlet."""
    short = sender.split()[0] if sender.split() else ""
    words = [w for w in owner.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    return owner if 2 <= len(short) <= 5 and short.isupper() and initials == short else ""


# A bare mark under a forwarded text ('© Example Zeitung'), with no year or rights words.
_BARE_MARK = re.compile(r"^(?:©|\(c\))\s*(?P<name>[^\W\d_][^\d/©|:]{1,50}?)\s*\.?$", re.I)
_HOST = re.compile(r"https?://(?:www\.)?(?P<host>[\w.-]+)")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _folded(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().translate(_FOLD))


def _letters(name: str) -> str:
    """The name's letters and digits in any script, case folded ('Ирина Петрова' stays)."""
    return re.sub(r"[\W_]", "", name.casefold())


# A mark whose name is a site's address, with or without the site's tagline after a dash
# ('© 66.example — новости города. 18+', '(c) town-news.example - the voice of Town').
_DOMAIN_MARK = re.compile(
    r"^(?:©|\(c\))\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+)?"
    r"(?P<name>[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,12}|рф))(?:\s+[-–—|]\s+.{0,80})?\.?$",
    re.I,
)


# A page's reprint notice naming its outlet: 'При использовании материалов гиперссылка на
# Example.az обязательна', 'Bei Verwendung ist ein Link auf Example.de Pflicht', 'A link to
# Example.com is required when quoting'.
_REPRINT_NOTICE = re.compile(
    r"(?:(?:гипер)?ссылка на|(?:link|hyperlink|credit) (?:to|auf|zu)|quellenangabe)\s+"
    r"(?P<name>«[^»]{2,40}»|\"[^\"]{2,40}\"|[\w.-]{3,40}\.[a-zрф]{2,12})[\s,]+"
    r"(?:обязательн|(?:is |ist )?(?:required|mandatory|erforderlich|pflicht|obligatory))",
    re.I,
)


_REPRINT_WORDS = ("обязательн", "quired", "pflicht", "orderlich", "mandatory", "obligatory")


# The outlet's name before the mark and its years, opening a footer line ('Example
# Gazette (c) 1991-2025. All rights reserved.').
_NAME_MARK = re.compile(
    r"^(?P<name>[^\W\d][\w .&'’«»\"-]{1,40}?)\s*(?:©|\(c\))\s*(?:\d{4}\s*[-–]\s*)?\d{4}\b", re.I
)


def _name_mark(lines: list[str]) -> str:
    """The outlet a footer line names before its copyright mark and years, else ''. Why: the
    page's own notice names its outlet as it writes itself, over a reprint notice's site."""
    for line in reversed(lines):
        if ("©" in line or "(c)" in line.lower()) and (m := _NAME_MARK.match(line)):
            name = m["name"].strip()
            # 'Copyright © 2025 Example Times': the notice's word, the owner after the mark
            return "" if "copyright" in name.casefold() else name
    return ""


def _reprint_mark(lines: list[str]) -> str:
    """The outlet a reprint notice in a pasted page's foot names (by its site's address or
    its quoted name), else ''. Why: a page asks to be credited by its own name only."""
    for line in reversed(lines):
        low = line.lower()
        if any(w in low for w in _REPRINT_WORDS) and (m := _REPRINT_NOTICE.search(line)):
            return m["name"].strip('«»"')
    return ""


def _domain_mark(lines: list[str]) -> str:
    """The site a bare mark under a forwarded text names by its address, else ''. Why: a
    photographer's credit is a person's name, never an address; a site's own notice is."""
    return next((m["name"] for ln in reversed(lines) if (m := _DOMAIN_MARK.match(ln))), "")


def _hosted_mark(lines: list[str], text: str) -> str:
    """The name a bare '© Name' line under a forwarded text gives, where a link printed in
    the text is to that name's site ('https://www.name.de/…'). Why: a bare mark may be a
    photographer's credit; the site's address shows it is the outlet's own notice."""
    hosts = [_folded(m["host"]) for m in _HOST.finditer(text)]
    for line in reversed(lines):
        m = _BARE_MARK.match(line)
        name = _folded(m["name"]) if m else ""
        short = m is not None and len(m["name"].split()) <= _READ_IN_WORDS
        if m and short and len(name) > 3 and any(name in host for host in hosts):
            return m["name"].strip()
    return ""


# The line a forwarder sets under a pasted text to say where it is from: 'Source: Example
# Free Press, https://www.example.com/story/…', 'Quelle: Beispiel Zeitung', 'Источник:
# «Пример Газета», https://…'.
_SOURCE_LINE = re.compile(
    r"^(?i:source|quelle|источник)\s*:\s*(?P<name>[«\"„“]?[A-ZÄÖÜА-ЯЁ][^,|:«»\"„“]{1,40}?)"
    r"[»\"“]?\s*(?:[,|–—-]\s*(?P<url>(?:https?://|www\.)\S+))?\s*$"
)


def _source_line(lines: list[str]) -> str:
    """The outlet a 'Source: Name, URL' line among a paste's last lines names, where the
    link follows it or the name is a paper's ('Example Herald'), else ''. Why: the person
    who forwards a page is no source; a bare 'Source: Example Statistics' under a chart
    credits its figures."""
    for line in reversed(lines):
        if line[:1] not in "SsQqИи" or not (m := _SOURCE_LINE.match(line.strip())):
            continue
        name = m["name"].strip().strip('«»"„“')
        if len(name.split()) <= _MASTHEAD_WORDS and (m["url"] or is_press_name(name)):
            return name
    return ""


# A forwarder's note naming the site the text was copied from ('copied below from the
# Example Telegraph site', 'kopiert von der Website der Example Zeitung').
_COPIED_FROM = re.compile(
    r"\b(?:copied|pasted|taken)\s+(?:(?:below|here|in full)\s+)?from\s+(?:the\s+)?"
    r"(?P<outlet>(?:[A-Z][\w'.&-]*\s+){0,3}[A-Z][\w'.&-]*)\s+(?:web\s?site|site|app|paper|e-?paper)\b"
)


# A site named in a forwarder's note: a link ('Ссылка: https://example.ru/articles/1/') or
# a bare address ('pasted below from example.com').
_NOTE_SITE = re.compile(
    r"(?:(?P<url>https?://)(?:www\.)?|(?<![\w@./-]))(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})"
    r"(?![\w-])",
    re.I,
)


def _linked_site(lines: list[str]) -> str:
    """The outlet whose site a forwarder's note links or names ('here is the text:
    https://www.example.de/…'): a known outlet by its name, an unknown one linked by its
    address as its name ('Example.ru'); else ''. Why: the forwarder is no source, and the
    link is the article's address."""
    for line in lines:
        for m in _NOTE_SITE.finditer(line):
            host = m["host"].lower()
            known = host_outlet_name(host)
            if known != host:
                return known
            if m["url"] and not _NOT_A_SITE.search(host):
                return host[:1].upper() + host[1:]
    return ""


_NOT_A_SITE = re.compile(
    r"(?:^|\.)(?:mail|e?mail|t|bit|goo|lnkd|youtu|facebook|vk|ok|x|"
    r"twitter|instagram|telegram|google|yandex|drive|docs)\.[a-z]{2,6}$"
)


def _copied_from(lines: list[str]) -> str:
    """The outlet a forwarder's opening note says the text was copied from, else ''."""
    m = next((m for ln in lines if (m := _COPIED_FROM.search(ln))), None)
    return m["outlet"] if m else ""


_NOT_A_BASE = frozenset(
    {
        "www",
        "mail",
        "email",
        "news",
        "newsletter",
        "newsletters",
        "co",
        "com",
        "gov",
        "org",
        "net",
        "ac",
    }
)
_RUBRIC_WORDS = 3


def _site_base(host: str) -> str:
    """A host's own name ('news.example.co.uk' → 'example'): its longest label other than
    the top-level domain and the service words."""
    labels = [lb for lb in host.lower().split(".")[:-1] if lb not in _NOT_A_BASE]
    return _folded(max(labels, key=len)) if labels else ""


# The service words a mailing host opens with ('newsletter.example.com'), or its click
# tracker ('links.example.com', 'click.example.ch', 'nl.example.de'): the same site.
_MAILING_HOST = re.compile(
    r"^(?:www|mail|email|e-mail|news|newsletters?|info|m|links?|clicks?|track(?:ing)?|nl)\."
)


def _home(host: str) -> str:
    host = host.lower().rstrip(".")
    while (cut := _MAILING_HOST.sub("", host)) != host and "." in cut:
        host = cut
    return host


# A monitoring service or press review names itself so in its sender, subject or head:
# its items' labels are the outlets it quotes, whatever its links.
_MONITORING = re.compile(
    r"alert|monitor|medienbeobachtung|pressespiegel|press review|clipping|treffer|results|"
    r"mentions|мониторинг|уведомлени|оповещени|упоминани|обзор прессы",
    re.I,
)

# 'Eurasia Daily Monitor', 'The Example Science Monitor': a publication named a monitor, a
# title-cased name's last word; a monitoring firm's own name says what it watches
_NAMED_MONITOR = re.compile(r"(?<=[a-z] )Monitor\b(?![ -]?[A-Za-z])")
_WATCHED = frozenset({"media", "press", "presse", "medien", "brand", "social", "web", "news"})


def _monitoring(head: str) -> bool:
    """Whether a mail's sender, subject or first lines say it monitors other outlets. Why:
    a publication named a monitor ('Eurasia Daily Monitor') digests its own analyses; read
    as a monitoring service's, each item's rubric over its headline became its outlet."""
    for m in _MONITORING.finditer(head):
        if m[0] != "Monitor" or not _NAMED_MONITOR.match(head, m.start()):
            return True
        before = head[: m.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].lower() in _WATCHED:
            return True
    return False


# A mail that reviews other outlets' articles without monitoring them: a PR firm's coverage
# report, a think tank's reading list ('Weekly Coverage Report', 'What we're reading',
# 'Medienresonanz', 'Lesetipps', 'Что мы читаем').
_REVIEW_KIND = re.compile(
    r"coverage (?:report|summary|round-?up)|media coverage|what we(?:'|’)re reading|"
    r"reading list|medienresonanz|lesetipps|leseliste|что (?:мы )?читаем|обзор публикаций",
    re.I,
)
_OUTLET_HEAD_WORDS = 5
_HOST_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,6}$")
_OUTLET_NAME_WORDS = 3  # an outlet's name in normal case: a few words
_DAY_LINE = 40  # the item's day line under its headline: a date and a time
# The report's client named over its items ('Client: Example AG | Week ending …').
_CLIENT_LABEL = re.compile(r"^(?:client|kunde|auftraggeber|клиент|заказчик)\s*:", re.I)


def _outlet_heading(chunk: str, text: str = "") -> tuple[str, str] | None:
    """A review's item opened by its outlet's name in capitals over the headline ('THE
    EXAMPLE TIMES' / 'Headline' / 'date | By Jane Doe'): the outlet as it writes it in
    normal case (as `text`, the whole mail, prints it elsewhere where it does) and the item
    without it; None for other items."""
    first, _, rest = chunk.partition("\n")
    first = first.strip()
    head = next((ln.strip() for ln in rest.split("\n") if ln.strip()), "")
    if not 0 < len(first.split()) <= _OUTLET_HEAD_WORDS:
        return None
    if not first.isupper():
        # a name in normal case ('Example Herald', '76.ru') over the headline and its day
        filled = [ln.strip() for ln in rest.split("\n") if ln.strip()][1:3]
        named = len(first.split()) <= _OUTLET_NAME_WORDS and first[-1:] not in ".:!?,;"
        if not named or not any(len(ln) < _DAY_LINE and find_dates(ln) for ln in filled):
            return None
    digits = any(c.isdigit() for c in first) and not _HOST_NAME.match(first)  # '76.ru' names
    if digits or _desk_word(first) or not head or is_prose(head):
        return None
    return unshouted(_printed_case(first, text)), rest.lstrip("\n")


# A rubric's words on an item's first line: one to three, capitalised, no sentence or number.
_LEAD_RUBRIC = re.compile(r"^[^\W\d_][^\s.!?:;,\d]*(?: [^\s.!?:;,\d]+){0,2}$")
_HEADLINE_WORDS = 4  # the line under the rubric: a headline, four words or more


def _lead_rubric(chunk: str) -> str:
    """The rubric opening an item's text ('Luzern' over its headline), else ''."""
    lines = [ln.strip() for ln in chunk.strip().split("\n", 2)]
    if len(lines) < 3 or not _LEAD_RUBRIC.match(lines[0]) or not lines[0][:1].isupper():
        return ""
    return lines[0] if len(lines[1].split()) >= _HEADLINE_WORDS else ""


def _links_home(site: str, text: str, tree: HtmlElement | None) -> bool:
    """Whether (nearly) all links of a digest go to pages of its sender's own site. Why: an
    outlet's newsletter links its items to its own pages, so the label over each item is
    a rubric; a press review or a monitoring alert links to the outlets it quotes or to
    its portal ('app.example-monitor.com', another host than the sender's)."""
    links = [m["host"] for m in _HOST.finditer(text)]
    if tree is not None:
        hrefs = (str(a.get("href") or "") for a in tree.iter("a"))
        links += [m["host"] for h in hrefs if (m := _HOST.match(h))]
    if not site or len(links) < 2:
        return False
    home = sum(_home(h) == _home(site) for h in links)
    return home >= 0.8 * len(links)


# The kind word ending an institution's name ('Center', 'Institut', 'Фонд').
_INSTITUTION_KIND = re.compile(
    r"(?:cent(?:er|re)|institute?|foundation|stiftung|council|association|verband|society|"
    r"centrum|zentrum|университет|институт|центр|фонд|союз|ассоциация)$",
    re.I,
)


def _brand_of_site(sender: str, site: str) -> str:
    """A sender named by its outlet and a sub-brand ('Example Global' from example.com):
    the outlet's name, the longest run of its first words that the site's name spells."""
    base = _site_base(site)
    words = sender.split()
    if len(words) < 2 or not base:
        return sender
    runs = [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)]
    if _folded(sender) in base or _INSTITUTION_KIND.match(words[-1]):
        return sender  # 'Example Policy Center': an institution's kind, no sub-brand
    return next((r for r in runs if len(_folded(r)) >= 4 and _folded(r) in base), sender)


# The edition words a newsletter adds to its outlet's name ('X Daily', 'X am Morgen').
_EDITION = re.compile(
    r"\s+(?:(?:morning|evening|daily|weekly|weekend|midday) )?(?:daily|weekly|morning|evening|"
    r"brief|briefing|newsletter|digest|update|bulletin|roundup|"
    # its alert service ('X Alerts', 'X Breaking News', 'X Eilmeldungen')
    r"(?:news |breaking )?alerts?|breaking news|eilmeldung(?:en)?|"
    r"срочно|срочные новости|молния|"
    # a Russian outlet's morning or evening edition ('X Утро', 'X Вечер', 'X: утренний выпуск')
    r"утро|вечер|утренн(?:ий|яя|ее) (?:выпуск|лента|обзор)|вечерн(?:ий|яя|ее) (?:выпуск|лента|"
    r"обзор)|дайджест|"
    r"am (?:morgen|mittag|abend)|kompakt|(?:morgen|abend)post|"
    # an edition named as a time of day with its article ('X Der Morgen', 'X The Evening')
    r"(?:der|die|das|the) (?:morgen|mittag|abend|tag|woche|morning|evening|day|week))$",
    re.I,
)


def _edition_initials(sender: str, text: str) -> str:
    """A newsletter named by its outlet's initials and edition words ('WNZ am Morgen') as
    the outlet's full name the text prints, its capitalised words' initials those letters
    ('Wetzlarer Neue Zeitung' in the footer); else the sender. Why: the edition is the
    outlet's product, its short name no name the outlet goes by in print."""
    m = _EDITION.search(sender.strip())
    acr = sender.strip()[: m.start()].strip() if m else ""
    if not re.fullmatch(r"[A-ZÄÖÜА-ЯЁ]{2,5}", acr):
        return sender
    words = r"[A-ZÄÖÜА-ЯЁ][\w-]+"
    runs = [
        run[1]
        for run in re.finditer(rf"(?<!\w)(?=({words}(?:[ \t]+{words}){{{len(acr) - 1}}}))", text)
        if "".join(w[0] for w in run[1].split()) == acr
    ]
    # the name as printed in running text ('© 2026 Example Nachrichten'), not its logo's
    # capitals ('EXAMPLE NACHRICHTEN' over the greeting), which are in the case of its name
    printed = next((run for run in runs if unshouted(run) == run), "")
    return printed or (unshouted(runs[0]) if runs else sender)


def _edition_sent(outlet: str, sender: str) -> str:
    """The listed edition the mail's sender names ('Sputnik Беларусь') for the group's bare
    brand its items are credited to ('МИНСК, 24 ноя – Sputnik.'), else ``outlet``."""
    return (edition_of_sender(outlet, sender) if outlet and sender else "") or outlet


def _edition_brand(sender: str, site: str) -> str:
    """A newsletter's outlet where its sender is the product ('X Daily' from example-x.de,
    'X am Morgen'): the name without the edition words where the address spells only it.
    Why: the newsletter is the outlet's, and an outlet whose name holds the word ('China
    Daily' from chinadaily.example) keeps it, as its address spells it whole."""
    base = _site_base(site)
    m = _EDITION.search(sender.strip())
    brand = sender.strip()[: m.start()].strip() if m else ""
    if not brand or not base or names_service(sender, "", ""):
        return sender  # an alert service's own name ('Example Alerts') is no outlet's product
    if (_folded(sender) or _folded(latin_name(sender))) in base:
        return sender
    folded = _folded(brand) or _folded(latin_name(brand))  # 'НТВ Срочно' from ntv.example
    if len(folded) >= 2 and folded in base:
        return brand
    # 'The Example Brief' from example.edu: the article is the newsletter's, the outlet's
    # name the one its address spells ('The Example Times' from theexampletimes.com keeps it)
    bare = _NEWSLETTER_ARTICLE.sub("", brand)
    folded = _folded(bare)
    return bare if bare != brand and len(folded) >= _BARE_BRAND and folded in base else sender


_NEWSLETTER_ARTICLE = re.compile(r"^(?:the|der|die|das)\s+", re.I)
_BARE_BRAND = 4  # a brand this long at least is the address's word, no chance letters


_FOOTER_SPAN = 8  # a newsletter's imprint stands among its last lines
_FULLER_WORDS = 2  # the words a paper's full name sets before its short brand ('Stader')


def _footer_fuller(sender: str, text: str) -> str:
    """A newsletter's one-word brand ('TAGEBLATT' of 'TAGEBLATT am Abend') as the imprint
    under the mail spells the outlet in full, opening a line before a separator ('Stader
    Tageblatt · Verlag X GmbH · Straße …'); else the sender. Why: the brand is the outlet's
    short name; its imprint names it as it goes by in print. A name with a legal form or
    more after it ('Tageblatt Verlag GmbH') is the publisher's, no fuller name."""
    brand = sender.strip()
    if not brand or " " in brand or len(brand) < 4 or not brand[:1].isupper():
        return sender
    key = brand.casefold()
    for line in text.rstrip().split("\n")[-_FOOTER_SPAN:]:
        line = line.strip(" >\r")
        if key not in line.casefold():
            continue
        m = re.match(
            rf"^((?:[A-ZÄÖÜА-ЯЁ][\w-]+ ){{1,{_FULLER_WORDS}}}){re.escape(brand)}(?=\s*[·|•–—,]|$)",
            line,
            re.I,
        )
        if m and not re.search(r"\d", m[1]) and all(w[:1].isupper() for w in m[1].split()):
            return line[: m.end()]
    return sender


def _without_outlet(subject: str, outlet: str) -> str:
    """A forward's subject 'Oxford Mail – Botley Road' without the outlet it names first
    (its headline's first words are the rest, found in the text by _printed_headline)."""
    if not outlet or not subject.lower().startswith(outlet.lower()):
        return subject
    m = re.match(r"\s*[–—:|-]\s*(\S.*)$", subject[len(outlet) :])
    return m[1] if m else subject


def _own_text(chunk: str) -> str:
    """A text item without its frame: the 'read on the site' link, editors' notes."""
    lines = chunk.split("\n")
    lines = lines[: read_on_end(lines, frame_end(lines))]
    return "\n".join(lines[: release_end(lines)])


def _own_parts(chunk: str) -> list[str]:
    """A part's items, each without its frame. Why: a digest need not rule its items off;
    a 'read on' link ('Weiterlesen: https://…') with another item's text under it ends one
    item, no mail, and what follows it is kept, never cut off with the link."""
    parts: list[str] = []
    for piece in _credit_items(chunk):
        lines = piece.split("\n")
        while (end := frame_end(lines)) < len(lines) and not MAIL_FOOTER.match(lines[end]):
            rest = "\n".join(lines[end + 1 :]).strip("\n")
            more = any(is_prose(p) for p in _paragraphs(rest))
            if not more or _is_trailer(rest) or _is_footer_part(rest):
                break
            parts.append(_own_text("\n".join(lines[: read_on_end(lines, end)])))
            lines = rest.split("\n")
        parts.append(_own_text("\n".join(lines)))
    return [p for p in parts if p.strip()]


def _credit_items(chunk: str) -> list[str]:
    """A part split before each item's credit line ('1) Example Post, 27.11.2025' over the
    headline), where the part holds two such items or more: numbered as the count runs (1,
    2, 3 …), or each naming an outlet by its press word ('Nordheimer Zeitung, 28.11.2025').
    What stands over the first one (the digest's title, its day) stays with the first.
    Why: a digest that sets no rule between its items reads as one article otherwise."""
    lines = chunk.split("\n")

    def headed(i: int) -> bool:  # a headline right under the credit, not the text
        below = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
        return bool(below) and not is_prose(below)

    numbered = [i for i, ln in enumerate(lines) if credit_number(ln) is not None]
    numbered = [i for i in numbered if typed_credit(lines[i], numbered=True) and headed(i)]
    runs = [credit_number(lines[i]) for i in numbered] == list(range(1, len(numbered) + 1))
    heads = numbered if runs else []
    heads = heads or [i for i, ln in enumerate(lines) if typed_credit(ln) and headed(i)]
    if len(heads) < 2:
        return [chunk]
    cuts = [0, *heads[1:], len(lines)]
    return ["\n".join(lines[a:b]).strip("\n") for a, b in itertools.pairwise(cuts)]


# The header block of a message forwarded inline: a marker line, then From/Date/Subject.
_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|"
    r"ursprüngliche nachricht|original-nachricht|пересылаемое сообщение|исходное сообщение|"
    r"message transféré|message d'origine)\s*-*|begin forwarded message:|"
    r"anfang der weitergeleiteten nachricht:|_{10,})\s*$",
    re.I,
)
_FORWARD_FIELD = re.compile(
    r"^\s*[*>]?\s*(from|von|от кого|от|de|date|sent|gesendet|datum|дата|отправлено|envoyé|subject|"
    r"betreff|тема|objet|to|an|кому|à|cc|kopie|копия)\s*:\s*\**\s*(.*)$",
    re.I,
)
_FIELD_KIND = {
    **dict.fromkeys(("from", "von", "от кого", "от", "de"), "from"),
    **dict.fromkeys(("date", "sent", "gesendet", "datum", "дата", "отправлено", "envoyé"), "date"),
    **dict.fromkeys(("subject", "betreff", "тема", "objet"), "subject"),
}
COVER_WORDS = 40  # a cover note over a forward or an attachment is shorter than this
# over a marked forward ('-------- Weitergeleitete Nachricht --------') a note may run a
# paragraph or two: the forwarder's briefing on the text under the mark
MARKED_COVER_WORDS = 120
# (Outlook marks a forward 'Original Message' over the forwarded header block)
_FORWARDED = re.compile(
    r"forward|weitergeleitet|пересыла|transféré|original message|ursprüngliche nachricht|"
    r"original-nachricht|исходное сообщение|message d'origine",
    re.I,
)
# A company's e-mail disclaimer under the signature: no part of any text.
_DISCLAIMER = re.compile(
    r"^(?:this (?:e-?mail|message)(?: and any attachments?)? (?:is|are|may be|may contain) "
    r"(?:confidential|privileged)|confidentiality notice|disclaimer\s*:|diese (?:e-?mail|"
    r"nachricht)(?: und (?:alle|etwaige|ihre) anhänge)? (?:enthält|enthalten|ist|kann|können) "
    r"(?:vertrauliche?|rechtlich)|(?:это|данное|настоящее) (?:электронное )?(?:письмо|сообщение)"
    r"(?: и (?:все|любые) (?:приложения|вложения)(?: к нему)?)? "
    r"(?:содержит|содержат|является|может содержать|могут содержать) конфиденциальн)",
    re.I | re.M,
)
# Attached files by MIME type, where the name does not tell.
_ATTACHED_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "text/html": ".html",
    "text/plain": ".txt",
    "application/zip": ".zip",
}
MAX_MAIL_DEPTH = 4  # a forward of a forward …: deeper than this is not read


@dataclass
class _Frame:
    """What a message says about its article(s): subject, sender, date sent."""

    subject: str
    sender: str
    sent: datetime | None
    site: str = ""  # the domain of the sender's address


def _date(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value) if value.strip() else None
    except (TypeError, ValueError, IndexError):
        hits = year_dates(value)
        return hits[0].value if hits else None


def _frame(msg: EmailMessage) -> _Frame:
    return _Frame(
        clean_subject(_header(msg, "Subject")),
        _sender(msg),
        _date(str(msg.get("Date") or "")),
        parseaddr(_header(msg, "From"))[1].rpartition("@")[2].lower(),
    )


# A letter's closing line ("Thanks,", "Best regards,", "Viele Grüße", "С уважением,"): the
# name and signature block under it are no part of the note's words.
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:danke|vielen dank|thanks|thank you|спасибо)\s*(?:&|und|and|и|,)\s*)?"
    r"(?:(?:many |best |kind |warm )?(?:thanks|regards|wishes)|cheers|best|"
    r"(?:(?:viele|beste|liebe|freundliche|herzliche|schöne) )?gr(?:ü(?:ß|ss)e|u(?:ß|ss))|"
    r"(?:mit )?(?:freundlichen|besten|herzlichen) grüßen|lg|vg|mfg|thank you|all the best|"
    r"с уважением|спасибо|всего доброго)(?:\s*[,!.]\s*[^\n]{0,20})?\s*$",
    re.I | re.M,
)


def _cover_note(text: str) -> str:
    """The text over its first sign-off, disclaimer or mail footer: a cover note's words."""
    return _above(_SIGN_OFF, _above(_DISCLAIMER, _above(MAIL_FOOTER, text)))


def _is_cover(text: str, limit: int = COVER_WORDS) -> bool:
    """A note over a forward or an attachment ('see attached', 'FYI', a signature)."""
    return len(_cover_note(text).split()) < limit


# The one line some mail clients put under the forward's mark instead of a header block:
# '25.11.2025, 09:02, "Outlet" <digest@example.ru>:', 'On 25 Nov 2025 at 09:02, X <x@y> wrote:'.
_SAID_LINE = re.compile(
    r"^(?:on\s+|am\s+)?(?P<date>[^\"<>]*\d{4}[^\"<>]*?),?\s+\"?(?P<name>[^\"<>,]{2,60}?)\"?\s*"
    r"<(?P<addr>[^<>@\s]+@[^<>\s]+)>\s*(?:wrote|schrieb|пишет|написал\w*)?\s*:$",
    re.I,
)


def _said_forward(lines: list[str], i: int, frame: _Frame) -> tuple[list[str], _Frame] | None:
    """The forward's text and its sender and date where the forward's mark at line i has
    the client's one-line header under it ('25.11.2025, 09:02, "Outlet" <a@b>:'), else None."""
    if not _FORWARD_MARK.match(lines[i]):
        return None
    at = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), -1)
    m = _SAID_LINE.match(lines[at].strip()) if at > 0 else None
    if m is None:
        return None
    site = m["addr"].rpartition("@")[2].lower()
    own = _Frame(frame.subject, m["name"].strip(), _date(m["date"]) or frame.sent, site)
    return lines[at + 1 :], own


# A reply's one line over the mail it quotes whole ('On 26 Nov 2025, at 07:02, Outlet
# <news@example.com> wrote:' over lines opening with '>'): how Apple Mail and others forward.
_WROTE_LINE = re.compile(
    r"^(?:on|am|le|el)\s+(?P<date>.*?\d{4}.*?),?\s+\"?(?P<name>[^\"<>,]{2,60}?)\"?\s*"
    r"<(?P<addr>[^<>@\s]+@[^<>\s]+)>\s*(?:wrote|schrieb|a écrit|escribió|пишет|написал\w*)\s*:$",
    re.I,
)
_QUOTED = re.compile(r"^\s?>\s?")
_QUOTED_SHARE = 0.8  # the lines under the sender's line are the quote's, bar a few


def _quoted_mail(lines: list[str], i: int, frame: _Frame) -> tuple[str, _Frame] | None:
    """The mail quoted whole under line i ('On …, Outlet <a@b> wrote:' over '> …' lines),
    unquoted, with that sender and day; else None. Why: the quoted mail is the article;
    the note over it and the quote marks are the forwarder's."""
    m = _WROTE_LINE.match(lines[i].strip()) or _SAID_LINE.match(lines[i].strip())
    filled = [ln for ln in lines[i + 1 :] if ln.strip()]
    if m is None or not filled:
        return None
    if sum(bool(_QUOTED.match(ln)) for ln in filled) < _QUOTED_SHARE * len(filled):
        return None
    last = max(j for j in range(i + 1, len(lines)) if _QUOTED.match(lines[j]))
    rest = [_QUOTED.sub("", ln) for ln in lines[i + 1 : last + 1]]
    site = m["addr"].rpartition("@")[2].lower()
    own = _Frame(frame.subject, m["name"].strip(), _date(m["date"]) or frame.sent, site)
    return "\n".join(rest).strip("\n"), own


def _inline_forward(text: str, frame: _Frame) -> tuple[str, _Frame] | None:
    """The text of a message forwarded inline under at most a cover note, and its own
    subject, sender and date from the header block ('From:/Date:/Subject:', 'Von:/Gesendet:/
    Betreff:', 'От:/Отправлено:/Тема:') or the client's one line under the mark."""
    lines = text.split("\n")
    marked = any(_FORWARD_MARK.match(ln) and _FORWARDED.search(ln) for ln in lines)
    limit = MARKED_COVER_WORDS if marked else COVER_WORDS
    # the cover note ends at its sign-off, signature or disclaimer: what stands under them
    # (an Outlook signature's confidentiality notice) is not the note's prose
    note_end = len(_cover_note(text))
    note_words = -1
    offset = 0
    for i, line in enumerate(lines):
        offset, at = offset + len(line) + 1, offset
        if (quoted := _quoted_mail(lines, i, frame)) is not None:
            return quoted if _is_cover("\n".join(lines[:i])) else None
        if (said := _said_forward(lines, i, frame)) is not None:
            if not _is_cover("\n".join(lines[:i]), limit):
                return None
            return "\n".join(said[0]).strip("\n"), said[1]
        run = i
        fields: dict[str, str] = {}
        while run < len(lines) and (m := _FORWARD_FIELD.match(lines[run])):
            kind = _FIELD_KIND.get(m[1].lower())
            if kind and kind not in fields:
                fields[kind] = m[2].strip()
            run += 1
        if run - i >= 2 and "from" in fields and ("date" in fields or "subject" in fields):
            cover = lines[:i]
            if cover and _FORWARD_MARK.match(cover[-1]):
                cover = cover[:-1]
            if not _is_cover("\n".join(cover), limit):
                return None
            value = re.sub(r"\s*\[mailto:[^\]]*\]", "", fields["from"])
            name, addr = _name_addr(value) if "@" in value else (value, "")
            own = _Frame(
                clean_subject(fields.get("subject", "")) or frame.subject,
                name.strip().strip("'\"") or addr.split("@")[-1] or frame.sender,
                _date(fields.get("date", "")) or frame.sent,
                addr.rpartition("@")[2].lower(),
            )
            rest = lines[run:]
            if lines[i].lstrip().startswith(">"):
                # a forward quoted whole ('> From: …', '> Headline'): its text unquoted
                rest = [re.sub(r"^\s?>\s?", "", ln) for ln in rest]
            return "\n".join(rest).strip("\n"), own
        if is_prose(line):
            if at < note_end:
                words = len(text[:at].split())
            else:
                note_words = len(text[:note_end].split()) if note_words < 0 else note_words
                words = note_words
            if words >= limit:
                return None
    return None


def _split_fields_forward(text: str, frame: _Frame) -> _Frame | None:
    """The sender and day of an HTML forward whose header block sets each label apart from
    its value ('Von:' / 'Outlet <a@b>' / 'Gesendet:' / …, as Outlook's bold labels read
    out of the tree), under at most a cover note; else None."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    joined: list[str] = []
    for line in lines:
        bare = joined and (m := _FORWARD_FIELD.match(joined[-1])) and not m[2].strip()
        if bare and not _FORWARD_FIELD.match(line):
            joined[-1] = f"{joined[-1]} {line}"  # 'Von:' then its value on the next line
        else:
            joined.append(line)
    if len(joined) == len(lines):
        return None  # no label apart from its value: the text reader's case
    forward = _inline_forward("\n".join(joined), frame)
    return forward[1] if forward is not None else None


def _under_split_fields(text: str) -> str:
    """An HTML forward's text under its split header block ('Von:' / value / … / 'Betreff:'
    / value), or the text as it stands where it holds none. Why: the cover note and the
    forwarder's fields over the article are no part of it ('Von: Name' reads as a byline)."""
    lines = text.split("\n")
    seen_from = False
    for i, line in enumerate(lines):
        m = _FORWARD_FIELD.match(line)
        label = m[1].lower() if m else ""
        seen_from = seen_from or label in {"from", "von", "от", "de"}
        if m and seen_from and label in {"subject", "betreff", "тема", "objet"}:
            rest = lines[i + 1 :]
            at = 0 if m[2].strip() else next((k for k, ln in enumerate(rest) if ln.strip()), 0)
            return "\n".join(rest[at + 1 :] if not m[2].strip() else rest)
    return text


def _attachment_name(part: EmailMessage, n: int) -> str | None:
    """The attached file's name, where its kind is one Clippings imports."""
    from app.importers.registry import SUPPORTED_SUFFIXES

    name = (part.get_filename() or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    kind = _ATTACHED_TYPES.get(part.get_content_type())
    if PurePosixPath(name.lower()).suffix in SUPPORTED_SUFFIXES:
        return name
    if kind is None or (not name and part.get_content_maintype() == "text"):
        return None  # an image, a calendar invite; an unnamed text part is no file
    return f"{name or f'attachment-{n}'}{kind}"


def _attachments(msg: EmailMessage) -> list[EmailMessage]:
    """The message's attachments, also those of a multipart nested in it."""
    found: list[EmailMessage] = []
    if not msg.is_multipart():
        return found
    for part in msg.iter_attachments():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            found.extend(_attachments(part))  # type: ignore[arg-type]
        else:
            found.append(part)  # type: ignore[arg-type]
    return found


def _attached_items(
    parts: list[EmailMessage], origin: str, ctx: Context, alone: bool
) -> list[Item]:
    """Items of forwarded messages and attached files, like the members of a zip."""
    from app.importers.registry import detect, handler

    inner = replace(ctx, depth=ctx.depth + 1)
    items: list[Item] = []
    for n, part in enumerate(parts, 1):
        if part.get_content_type() == "message/rfc822":
            forwarded = part.get_content()
            if not isinstance(forwarded, EmailMessage) or not forwarded.keys():
                continue
            name = part.get_filename() or f"forwarded-{n}.eml"
            where = origin if alone else f"{origin}/{name}"
            try:
                items.extend(_message_items(forwarded, where, inner, 0))
            except ExtractionError as exc:
                items.append(ExtractionFailure(where, str(exc)))
            continue
        name = _attachment_name(part, n)
        if name is None:
            continue
        where = f"{origin}/{name}"
        try:
            blob = part.get_payload(decode=True) or b""
            if not isinstance(blob, bytes) or not blob.strip():
                raise ExtractionError("the attached file is empty")
            items.extend(handler(detect(name, blob))(where, blob, inner))
        except ExtractionError as exc:
            items.append(ExtractionFailure(where, str(exc)))
    return items


def _message_items(msg: EmailMessage, origin: str, ctx: Context, first_part: int) -> list[Item]:
    """The message's own article(s), its forwarded messages' and its attached files'."""
    if ctx.depth > MAX_MAIL_DEPTH:
        raise ExtractionError("messages forwarded inside each other too deeply")
    frame = _frame(msg)
    html, text = _body_parts(msg)
    # the HTML part is parsed at most once, and only where it is read: for the cover test
    # (with no text part) and by the digest and page readers, which share the tree
    tree = cache(lambda: _parsed(html))
    parts = _attachments(msg)
    own = text or (_html_text(page) if (page := tree()) is not None else "")
    cover = _is_cover(own)
    alone = cover and len(parts) == 1 and parts[0].get_content_type() == "message/rfc822"
    attached = _attached_items(parts, origin, ctx, alone) if parts else []
    items: list[Item] = []
    if not (cover and any(isinstance(i, Extracted) for i in attached)):
        try:
            items = _own_items(frame, tree(), text, origin, ctx)
        except ExtractionError:
            if not attached:
                raise
    items.extend(attached)
    items = _without_contents(items)
    if not (cover and attached):
        # over an inline forward, the forwarder's note is the frame, no text of an article
        forward = _inline_forward(text, frame) if text.strip() else None
        items = _with_lost_text(items, forward[0] if forward else own, origin, ctx, frame)
    if not items:
        raise ExtractionError("the e-mail has no readable text")
    for n, item in enumerate(items):
        if isinstance(item, Extracted):
            item.article.original_part = first_part + n
    return items


_LOST_WORDS = 40  # a block of prose this long in no item is article text, never chrome
_LOST_HEAD = 3  # the headline of a lost block stands in the paragraphs right over it


def _letter_key(text: str) -> str:
    """The text's letters and digits alone, case folded: the same words however the
    reader re-spaced, re-quoted or re-lined them."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _is_chrome(para: str) -> bool:
    """Whether a paragraph is known mail chrome: a greeting, a sign-off, a disclaimer, the
    footer's way out, a licence or © notice, a quoted line."""
    first = para.split("\n", 1)[0].strip()
    return bool(
        first.startswith(">")
        or _GREETING_OPEN.match(first)
        or _issuer_tail(first)
        or MAIL_FOOTER.search(para)
        or is_boilerplate(" ".join(para.split()))
    )


def _issuer_tail(first: str) -> bool:
    """Whether a paragraph's first line opens the issuer's tail under the text: a sign-off,
    a disclaimer, 'Notes to editors' or 'About X'."""
    return bool(_SIGN_OFF.match(first) or _DISCLAIMER.match(first) or is_release_tail(first))


def _lists_titles(para: str, titles: list[str]) -> bool:
    """Whether every line of the paragraph is an item's headline with little beside it ('1.
    Headline (Outlet, 05.11.2026)'): a report's contents, no lost text however long."""
    lines = [_letter_key(ln) for ln in para.split("\n") if ln.strip()]
    return bool(lines) and all(
        any(t in ln and len(ln) - len(t) <= _ENTRY_EXTRA for t in titles) for ln in lines
    )


_ENTRY_EXTRA = 60  # a contents entry's outlet and day beside the headline, in letters


def _with_lost_text(
    items: list[Item], said: str, origin: str, ctx: Context, frame: _Frame
) -> list[Item]:
    """The items with every block of article-length prose of the mail's own text that no
    item holds made an item of its own (the short line over it its headline) or, with no
    headline between, put back into the item whose text runs on into it. Why: the digest
    readers each know a shape; a shape none of them knows lost whole articles, and the
    product promises that no text of a mail is lost whatever its layout. Known chrome
    (greeting, sign-off, footer, notices, quoted lines) may go; a contents list is short
    lines, no prose, and never a block."""
    arts = [i.article for i in items if isinstance(i, Extracted)]
    if not arts or not said.strip():
        return items
    held = _letter_key(" ".join(f"{a.title} {a.lead} {a.body}" for a in arts))
    titles = [key for a in arts if len(key := _letter_key(a.title)) > _CONTENTS_HEAD]
    paras = [u for p in re.split(r"\n\s*\n", said) if p.strip() for u in _units(p)]
    # a paragraph held by no item: prose of a sentence at least, no chrome; under an
    # issuer's tail (sign-off, 'Notes to editors', 'About X', disclaimer) up to the next
    # text an item holds, and an editor's intro under its greeting, are the mail's frame
    lost: list[bool] = []
    tail = False
    for n, p in enumerate(paras):
        first = p.split("\n", 1)[0].strip()
        kept = _letter_key(p) in held
        if not kept and p.rstrip()[-1:].isdigit():
            # an item's text without the time that closed it (read as the item's time)
            kept = _letter_key(_TAIL_CLOCK.sub("", p.rstrip())) in held
        tail = (tail and not kept) or _issuer_tail(first)
        greeted = any(_GREETING_OPEN.match(q) for q in paras[max(0, n - 2) : n + 1])
        intro = greeted and len(p.split()) < _INTRO_WORDS
        prose = is_prose(" ".join(p.split())) and not _lists_titles(p, titles)
        lost.append(prose and not kept and not tail and not intro and not _is_chrome(p))
    if not any(lost):
        return items
    items = list(items)
    n = 0
    while n < len(paras):
        if not lost[n]:
            n += 1
            continue
        end = n
        while end < len(paras) and lost[end]:
            end += 1
        block = paras[n:end]
        start, n = n, end
        if sum(len(p.split()) for p in block) < _LOST_WORDS:
            continue
        # its headline: a short line of no item's, right over it (a stamp or byline between)
        head = next(
            (
                j
                for j in range(start - 1, max(-1, start - 1 - _LOST_HEAD), -1)
                if _headline_like(" ".join(paras[j].split()))
                and not _is_chrome(paras[j])
                and _letter_key(paras[j]) not in held
            ),
            -1,
        )
        text = "\n\n".join(paras[head if head >= 0 else start : end])
        before = _holder(items, paras[:start], held)
        if head < 0 and before is not None:
            before.article.body = f"{before.article.body}\n\n{text}".strip()
            held = held + _letter_key(text)
            continue
        try:
            hints = Hints(fallback_source=arts[0].source, reference=frame.sent)
            item = from_text(text, ctx, f"{origin}#{len(items)}", 0, hints)
        except ExtractionError:
            if before is None:
                continue
            before.article.body = f"{before.article.body}\n\n{text}".strip()
        else:
            if item.article.published is None:
                # a digest's text of no stamp of its own: the day it was mailed, as its
                # other unstamped items take it (the mailing minute is no item's time)
                item.article.published = _day_of(frame.sent) if len(arts) > 1 else frame.sent
            hollow = _hollow(items) if before is None else None
            if hollow is not None:
                # the mail's only item holds no text of its own (a page's chrome read for
                # the article): the lost block is that article, its header's fields kept
                old = hollow.article
                item.article.source = old.source or item.article.source
                item.article.author = item.article.author or old.author
                item.article.published = old.published or item.article.published
                items[items.index(hollow)] = item
            else:
                # in the mail's order: after the item over it; a block over every item's
                # text (an editor's essay heading the issue) first
                first = before is None and not any(_letter_key(p) in held for p in paras[:start])
                at = items.index(before) + 1 if before is not None else 0 if first else len(items)
                items.insert(at, item)
        held = held + _letter_key(text)
    return items


def _units(para: str) -> list[str]:
    """A paragraph's units for the lost-text check: its lines where it sets one sentence or
    paragraph a line (a page pasted line by line), else the paragraph whole (a hard-wrapped
    text, no line of it a sentence of its own)."""
    lines = [ln.strip() for ln in para.strip().split("\n") if ln.strip()]
    if len(lines) > 1 and any(is_prose(ln) or _ENTRY_MARK.match(ln) for ln in lines):
        return lines
    if len(lines) > 1 and any(len(ln) < _WRAP_CHARS for ln in lines[:-1]):
        return lines  # rows of fields or a list, no text wrapped at a width
    return [para.strip()]


_WRAP_CHARS = 40  # a hard-wrapped text's lines run this long at least, all but its last


def _hollow(items: list[Item]) -> Extracted | None:
    """The mail's only article where its text holds no paragraph of prose, else None."""
    arts = [i for i in items if isinstance(i, Extracted)]
    if len(arts) != 1:
        return None
    paras = [p for p in arts[0].article.body.split("\n") if is_prose(" ".join(p.split()))]
    return arts[0] if sum(len(p.split()) for p in paras) < _LOST_WORDS else None


def _holder(items: list[Item], over: list[str], held: str) -> Extracted | None:
    """The item holding the last prose paragraph over a lost block, else None."""
    for para in reversed(over):
        if not is_prose(" ".join(para.split())):
            continue
        key = _letter_key(para)
        if key not in held:
            continue
        for item in items:
            art = item.article if isinstance(item, Extracted) else None
            if art is not None and key in _letter_key(f"{art.title} {art.lead} {art.body}"):
                return item
        return None
    return None


# A list entry's mark: a dash, bullet or number before the entry ('- X', '• X', '2. X').
_ENTRY_MARK = re.compile(r"^(?:[-–—•·*▪►]|\d{1,2}[.)])\s*")


def _without_contents(items: list[Item]) -> list[Item]:
    """The items without one whose text only lists the other items' headlines ('In this
    issue: - X - Y', 'Inhalt: 1. X 2. Y', 'В выпуске:'): the digest's contents box, read as
    an item of its own. Nothing is lost: each entry is the headline of an item kept."""
    arts = [i.article for i in items if isinstance(i, Extracted)]
    if len(arts) < 3:
        return items

    def lists_others(item: Extracted) -> bool:
        body = item.article.body.split("\n")
        entries = [" ".join(_ENTRY_MARK.sub("", p).split()).casefold() for p in body]
        if _ENTRY_MARK.match(item.article.title):
            # the list's first entry read for the item's headline ('1. X')
            entries.append(" ".join(_ENTRY_MARK.sub("", item.article.title).split()).casefold())
        titles = {
            " ".join(_ENTRY_MARK.sub("", a.title).split()).casefold()
            for a in arts
            if a is not item.article
        }
        entries = [e for e in entries if e]
        return len(entries) >= 2 and all(e in titles for e in entries)

    return [i for i in items if not (isinstance(i, Extracted) and lists_others(i))]


def _parsed(html: str) -> HtmlElement | None:
    """The HTML part's tree; None where there is none or it cannot be read."""
    if not html.strip():
        return None
    try:
        return parse_html(html)
    except ExtractionError:
        return None


_RULED_HEAD = 400  # the review's kind is named in its header
_RULED_PARTS = 2  # a digest's items between its rules: two at least
_RULED_WORDS = 40  # an item's text runs this long at least


def _ruled_text(body: HtmlElement) -> str:
    """An HTML mail's text a block a paragraph, its horizontal rules as rules of dashes,
    where the rules set apart two items of running text or more (a monitoring review's
    clippings between <hr> lines, no heading among them); '' for other mails. Why: read as
    one page, the review's header became the headline and every clipping one text."""
    if len(body.findall(".//hr")) < _RULED_PARTS:
        return ""
    body = copy.deepcopy(body)
    for hr in body.iter("hr"):
        hr.tag, hr.text = "p", "-" * 40
    text = "\n\n".join(block.text for block in html_blocks(body))
    parts = _SEPARATOR.split(text)
    texts = [
        p
        for p in parts
        if sum(len(q.split()) for q in _paragraphs(p) if is_prose(q)) >= _RULED_WORDS
    ]
    return text if len(texts) >= _RULED_PARTS else ""


def _html_text(tree: HtmlElement) -> str:
    """The tree's text, a paragraph per text node (the <br> newlines html_blocks adds to
    the tree are whitespace here, so it reads the same before and after it)."""
    return "\n\n".join(t for t in (" ".join(x.split()) for x in tree.itertext()) if t)


# An app's share mail opens with the sharer's line: 'Jane Doe shared a story with you on
# Example', 'Max hat einen Artikel mit dir geteilt', 'Иван поделился с вами статьёй'.
_SHARE_LINE = re.compile(
    r"^.{2,60}? (?:shared (?:a |an |this )?(?:story|article|link|post|page)s? with you"
    r"|(?:hat|haben) (?:einen |diesen )?(?:Artikel|Beitrag|Link|Bericht) mit (?:dir|Ihnen) geteilt"
    r"|поделил(?:ся|ась|ись) с вами (?:статьёй|материалом|ссылкой|новостью))",
    re.I,
)
_SHARE_SPAN = 3  # the sharer's line stands among the mail's first lines
_CARD_WORDS = 4  # an outlet's name on the share card


def _footer_links(line: str) -> bool:
    """Whether a line is boilerplate, or links that each are ('Get the app | Follow us')."""
    return is_boilerplate(line) or (
        " | " in line and all(is_boilerplate(p) for p in line.split(" | ") if p.strip())
    )


def _shared_story(text: str) -> tuple[str, str] | None:
    """The story an app's share mail carries in full under its card ('X shared a story with
    you on App' / the sharer's note / 'Outlet' / 'Headline' / a rule / the page), and the
    outlet the card names over or under the headline; None where the mail is none or
    carries the card alone. Why: the card and the app's footer are no second article, and
    neither the app nor the sharer is the story's source."""
    lines = [ln.strip() for ln in text.split("\n")]
    head = [ln for ln in lines if ln][:_SHARE_SPAN]
    if not any(" with you" in ln or " geteilt" in ln or " с вами" in ln for ln in head):
        return None
    if not any(_SHARE_LINE.match(ln) for ln in head):
        return None
    parts = [c.strip() for c in _SEPARATOR.split(text) if c.strip()]
    if len(parts) < 2:
        return None
    story = max(parts, key=lambda c: len(c.split()))
    if story == parts[0]:
        return None
    kept = [ln for ln in story.split("\n") if ln.strip()]
    while len(kept) > 1 and (copyright_owner(kept[-1]) or _footer_links(kept[-1])):
        kept.pop()  # the page's footer under the story: the app's links, the notice
    story = story[: story.rindex(kept[-1]) + len(kept[-1])]
    card = [ln.strip() for ln in parts[0].split("\n") if ln.strip()]
    story_lines = {ln.strip() for ln in story.split("\n") if ln.strip()}
    outlet = ""
    for i, ln in enumerate(card):
        if ln in story_lines and len(ln.split()) > 2:  # the headline
            near = [card[j] for j in (i - 1, i + 1) if 0 <= j < len(card)]
            outlet = next(
                (
                    n
                    for n in near
                    if len(n.split()) <= _CARD_WORDS
                    and n[:1].isupper()
                    and not _SHARE_LINE.match(n)
                    and ":" not in n
                    and not n.startswith(('"', "“", "„", "«"))
                ),
                "",
            )
            break
    return story, outlet


def _day_of(sent: datetime | None) -> datetime | None:
    """The day a mail was sent, as its sender's clock read it: the day of an alert's items
    that print no stamp of theirs (the mailing minute is no item's time)."""
    return sent.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None) if sent else None


def _own_items(
    frame: _Frame, tree: HtmlElement | None, text: str, origin: str, ctx: Context
) -> list[Item]:
    """The article(s) in the message's own text."""
    shared = _shared_story(text or (_html_text(tree) if tree is not None else ""))
    if shared is not None:
        # an app's share mail: the story under its card, read as a text by its outlet
        text, tree = shared[0], None
        outlet = shared[1] or _page_outlet(frame, shared[0])
        frame = replace(frame, sender=outlet or frame.sender, subject="")
    forward = _inline_forward(text, frame) if text.strip() else None
    for _ in range(MAX_MAIL_DEPTH):
        # a forward of a forward, or a reply quoting one: the innermost mail's text
        inner = _inline_forward(*forward) if forward is not None else None
        if inner is None:
            break
        forward = inner
    split_forward = False  # an HTML forward whose header block sets labels apart from values
    named = False  # the sender replaced by the outlet the forwarded text names
    if forward is None and not text.strip() and tree is not None:
        # an HTML forward under the client's one-line header: the article's sender, not the
        # forwarder's (its layout is read from the tree as it stands)
        lines = _html_text(tree).split("\n")
        for i in range(len(lines)):
            if (said := _said_forward(lines, i, frame)) is not None:
                cover = _is_cover("\n".join(lines[:i]))
                frame = replace(frame, sender=said[1].sender) if cover else frame
                break
    if forward is not None:
        # the text part shows the forwarded header block plainly; the HTML part is read
        # only where it lays the forwarded newsletter out in headings (its headline, rubric)
        text, frame = forward
        text, outlet = _read_in(text)
        outlet = outlet or _footer_outlet(frame, text)
        if not outlet and _is_person(frame.sender):
            # a colleague's forward whose note links the article ('Ссылка: https://…')
            outlet = _linked_site([ln.strip() for ln in text.split("\n") if ln.strip()][:3])
        frame = replace(frame, sender=outlet) if outlet else frame
        named = bool(outlet)
    elif not text.strip() and tree is not None:
        own = _split_fields_forward(_html_text(tree), frame)
        split_forward = own is not None
        frame = replace(frame, sender=own.sender, site=own.site) if own is not None else frame
        # a person's forward of a clipping: the outlet its footer names, as in a text forward
        outlet = _footer_outlet(frame, _html_text(tree)) if own is not None else ""
        frame = replace(frame, sender=outlet) if outlet else frame
        named = bool(outlet)
    # a sender named in capitals ('DAILY EXAMPLE') is the outlet in the case of its name
    subject, sender, sent = frame.subject, unshouted(_organisation(frame.sender)), frame.sent
    sender = _without_list_name(sender, subject)
    edition = _edition_brand(sender, frame.site)
    credit = ItemStamp()  # a pasted article's 'Outlet, date' line under its text
    templated = False  # the items the template repeats, each opening with its headline
    credited_by = ""  # and the author that line names
    said = text if text.strip() or tree is None else _html_text(tree)
    branded, sender = edition != sender, edition
    sender = _edition_initials(_owner_part(sender, said), said)
    sender = _printed_name(_named_organisation(_office_of(sender, said), said), said)
    sender = _text_spelling(_spelled_out(_about_issuer(sender, said), said), said)
    sender = host_outlet_name(sender)  # 'example.de' as the sender: the outlet it serves
    sender = site_outlet_name(sender, frame.site)  # 'Пример' from primer.ru: listed 'Primer'
    sender = host_spelled_name(sender, frame.site)  # 'Мойка78' from moika78.ru: 'Moika78'
    client = _client_named(said)  # a PR agency's client: the issuer, whoever mailed it
    chunks: list[tuple[str, str, list[str]]] = []  # (rubric label, text, lines over it)
    title = ""
    document = False  # one text mailed as a document: its letterhead, label and stamp line
    # an alert service's digest: headline / outlet line / snippet an item, the rest its frame
    alert_text = text if text.strip() else (block_text(tree) if tree is not None else "")
    alerted_items = names_service(frame.sender, subject, alert_text)
    # a digest in a shape no rule knows: its items found from their repeated layout (the
    # mail's own, never a forward's or a share's: a forwarded page repeats its link lists)
    own_text, own_tree = text, tree
    splittable = forward is None and shared is None and not split_forward and not named
    found = alert_items(alert_text) if alerted_items else []
    if found:
        # the found items are the day's the alert names ('… · 3 декабря 2025 г.') or the
        # day it was mailed, not the minute
        named_day = (issue_date(tree) or review_day(tree)) if tree is not None else None
        sent = named_day or _day_of(sent)
    if not found and forward is None and tree is not None and not text.strip():
        # a review laid out as a table of outlet, headline and summary columns: a row an
        # item, dated by the review's day over the table
        found = table_items(tree)
        sent = (issue_date(tree) or review_day(tree) or sent) if found else sent
    if found:
        chunks = [("", item.chunk(), [item.outlet]) for item in found]
    elif tree is not None:
        body = tree.find("body") if tree.find("body") is not None else tree
        chunks = [(lb, "\n".join(lines), ov) for lb, lines, ov in html_articles(body, subject)]
        if len(chunks) == 1 and forward is None:
            title = _subject_printed(subject, sender, chunks[0][1])
        # the day printed over the (first) headline, for items that print none of theirs
        sent = issue_date(body) or sent
        # a forward without headings: its text part, where the cover note is cut off
        # a one-clip alert laid out in a table of label and value cells, no heading: read
        # as its text, where its rows name the clip's outlet, day, desk and author
        alerted = not chunks and forward is None and not text.strip()
        alerted = alerted and alert_clip(_html_text(body).split("\n")[:_CLIP_SPAN]) is not None
        ruled = (
            _ruled_text(body) if len(chunks) < 2 and forward is None and not text.strip() else ""
        )
        if ruled and _MONITORING.search(ruled[:_RULED_HEAD]):
            # a monitoring review's clippings between rules (its header no headline of an
            # item): read as a text digest
            text, chunks, title = ruled, [], ""
        elif (
            not chunks
            and forward is None
            and not alerted
            and _has_headline(tree, frame.subject)
            and not (splittable and split_digest(tree, own_text))
        ):
            hints_item = _single_html(tree, origin, ctx, 0, sender)
            if hints_item is not None:
                return [hints_item]
        elif not chunks and forward is None and not text.strip():
            # a letter laid out in a table, with no heading and no <title>: its
            # paragraphs are the text and the subject is its title, as in a text mail
            text = _html_text(body)
            text = _under_split_fields(text) if split_forward else text
    if not chunks and text.strip():
        text = without_web_view(text)  # the preheader's 'view in your browser' line
        noted = _without_note(text)
        under_note = noted != text  # an article pasted or forwarded under a personal note
        parts = [p for c in _split_text(_without_greeting(noted)) for p in _own_parts(c)]
        parts = [q for p in parts for q in _counted_parts(p)] if len(parts) < 3 else parts
        parts = [q for p in parts for q in _marked_parts(p)]
        parts = [q for p in parts for q in _hit_parts(p)]
        parts = [q for p in parts for q in _clocked_parts(p)] if ":" in noted else parts
        trailer = len(parts) > 2 and (_is_trailer(parts[-1]) or _all_chrome(parts[-1]))
        if trailer and len(_without_intro(parts[:-1])) > 1:
            parts = parts[:-1]  # a digest's imprint under its last rule: no item of its own
        if len(parts) == 2 and (under := _credit_part(parts[1])) is not None:
            # a paste's source line under a rule below the text, over the sender's signature
            parts, credit, credited_by = parts[:1], *under
        chunks = (
            _digest_items(parts)
            or _stamped_parts(parts)
            or _capital_labels([_marked_item(c) for c in _numbered_items(_without_intro(parts))])
        )
        title = without_brand(subject, sender, chunks[0][1]) if len(chunks) == 1 else ""
        title = _without_outlet(title, sender)
        title = _printed_headline(title, chunks[0][1]) if title else title
        if title and is_boilerplate(title):
            title = ""  # the subject repeats the alert's count line ('New results …: 1')
        if forward and title != subject and title.lower() not in chunks[0][1].lower():
            # a forwarder's words after the outlet's name ('Outlet: rates story'): the
            # printed headline that holds them all, else the text's own
            title = _printed_headline(title, chunks[0][1], 1)
            title = title if title.lower() in chunks[0][1].lower() else ""
        if (forward or under_note) and len(chunks) == 1 and _own_header(chunks[0][1]):
            title = ""  # the forwarded article's own headline, found by the text reader
        if title and len(chunks) == 1 and _unprinted_subject(title, chunks[0][1]):
            title = ""  # the sender's topic ('Pflegedienst Bonus'): the page's headline wins
        if len(chunks) == 1 and credit.complete:
            title = ""  # the paste's own headline under the note, found by the text reader
        elif len(chunks) == 1 and (pasted := _credited_paste(chunks[0][1])) is not None:
            text_under, title, credit, credited_by = pasted
            chunks = [("", text_under, [])]
        elif len(chunks) == 1 and forward and (timed := _timed_outlet_line(chunks[0][1])):
            text_under, credit = timed
            chunks = [("", text_under, [])]
        if under_note and forward is None and _is_person(sender):
            # a person's paste under a note: the outlet the page names (notice, masthead)
            sender = _footer_outlet(replace(frame, sender=sender), noted) or sender
        document = len(chunks) == 1 and not credit.complete
    if len(chunks) < 2 and splittable and not found and (split := split_digest(own_tree, own_text)):
        # the items the template repeats, where the rules found one article or none
        chunks, title, document, credit, credited_by = split, "", False, ItemStamp(), ""
        templated = True
    elif (
        len(chunks) >= 2
        and splittable
        and not found
        and (split := headed_digest(own_tree, own_text))
    ):
        # the items under the digest's group headings, where the rules cut at every rule
        # line (a heading between two rules read as an item, a calendar under one as well)
        chunks, title, document, credit, credited_by = split, "", False, ItemStamp(), ""
    if not chunks:
        raise ExtractionError("the e-mail has no readable text")
    if len(chunks) > 1:
        # a digest's events list ('What's on' over days, times and places) is no item
        chunks = [c for c in chunks if not is_calendar(c[1])] or chunks
    clip = _one_clip(chunks, tree) if len(chunks) == 1 else None
    if clip is not None:
        chunks = [("", clip[0], [])]
    items: list[Item] = []
    whole = len(chunks) == 1 and (bool(text.strip()) or tree is not None)
    said_head = "\n".join([frame.sender, subject, *said.strip().split("\n")[:4]])
    monitored = alerted_items or _monitoring(said_head)  # an alert service's mail monitors
    # a review's items are other outlets' articles: the name set over each is its outlet
    reviewed = len(chunks) > 1 and (monitored or bool(_REVIEW_KIND.search(said_head)))
    own_site = len(chunks) > 1 and not monitored
    own_site = own_site and _links_home(frame.site, text, tree)
    sender = _brand_of_site(sender, frame.site) if own_site else sender
    if len(chunks) > 1 and re.search("[а-яё]", sender, re.I):
        # a digest's notice pairs the sender's Cyrillic name with its own Latin brand
        # ('© 2025 ExampleNews — агентство «Пример»'): the brand names every item's outlet
        whole_text = text if "©" in text else (_html_text(tree) if tree is not None else "")
        if "©" in whole_text:
            tail = whole_text.split("\n")[-40:]
            # or spells the sender's name in Latin letters ('© 2025 Example Media' under
            # «Экзампл»): the outlet's own spelling beats a transliteration
            notices = [line for line in tail if "©" in line]
            sender = (
                dashed_latin_name(sender, tail) or printed_latin_spelling(sender, notices) or sender
            )
    mailed_by = not named and not client and _mailed_by_person(sender, frame.site)
    outlet = _page_outlet(replace(frame, sender=sender), said) if mailed_by else ""
    if outlet and _letters(sender) not in _letters(outlet):
        # a person is never the source while the page they mail names its outlet (an
        # outlet's name that reads as a person's, 'Example Express', names itself)
        sender, mailed_by = outlet, False
    if branded and sender == edition:
        # a newsletter's brand that its imprint spells in full ('Stader Tageblatt · …'): that
        # name (read here, as a name of two capitalised words reads as a person's before)
        sender = _footer_fuller(sender, said)
    # a digest crediting each item's outlet in brackets before its headline ('[Example
    # Daily] Headline'): two outlets at least, where an outlet's own labels its rubrics
    credited = [_bracketed_outlet(c) for _, c, _ in chunks] if len(chunks) > 1 else []
    # the report's own note under each clip ('Agency note: …'): the reviewer's, no text
    chunks = without_reviewer_notes(chunks) if len(chunks) > 1 else chunks
    # a wire's items each signed with the time and the same agency ('11:08 ИА «X»' under
    # one, '14:32 ИА «X»' under the next): the name two items sign with at least (a
    # programme's '10:00 Begrüßung' under an event's text signs nothing)
    signed_by = [s[2] for _, c, _ in chunks if (s := _clock_signed(c))] if len(chunks) > 1 else []
    signers = {name for name in signed_by if signed_by.count(name) > 1}
    credited = credited if len({b.casefold() for b in credited if b}) > 1 else []
    # a digest whose items' stamps name desks ('Wohnen · 3. Dezember 2025'): a compound
    # desk in that place ('Stadtpolitik') is one too
    desk_digest = len(chunks) > 1 and any(
        _desk_word(item_stamp(ov).outlet) for _, _, ov in chunks if ov
    )
    # an outlet's own digest whose every item opens with a rubric over its headline
    # ('Luzern' / headline, 'Zug' / headline, 'Sport' / headline): each its item's desk,
    # a town's name or not (the shared place over every headline says what it is)
    leads = [_lead_rubric(c) for _, c, _ in chunks] if own_site else []
    leads = leads if leads and all(leads) else []
    closing = ""  # the item above's byline under its text: no line of this item's
    for n, (label, chunk, over) in enumerate(chunks):
        over = [ln for ln in over if ln.strip() != closing] if closing else over
        foot = _foot_byline(chunk) if len(chunks) > 1 else None
        closing = foot[3] if foot is not None else ""
        chunk = foot[0] if foot is not None else chunk
        where = origin if len(chunks) == 1 else f"{origin}#{n}"
        if credited and credited[n]:
            chunk = _without_bracketed_outlet(chunk)
        chunk = _without_badge(chunk, sender) if len(chunks) > 1 else chunk
        if n + 1 < len(chunks) and chunks[n + 1][2]:
            chunk = _without_next_row(chunk, chunks[n + 1][2][-1])
        # one clip of a monitoring alert under its table of fields: the clip's own stamp
        fielded = len(over) >= _FIELD_ROWS and any(OUTLET_LABEL.match(ln) for ln in over)
        stamp = item_stamp(over) if len(chunks) > 1 or fielded else credit
        if found:
            # the alert's outlet line: the item's source ('example.de': the outlet it serves)
            stamp = ItemStamp(host_outlet_name(over[0]))
        if n == 0 and len(chunks) > 1 and _ISSUE_NAMED.match(stamp.outlet):
            # the issue's line over the first item ('Вечерний дайджест ИА «X» • 5 декабря
            # 2025'): its name and day, no item's outlet and day
            stamp = ItemStamp()
        if len(chunks) > 1 and not stamp.complete and len(over) == 1:
            # a digest's typed credit over the item ('2) Example Post, 28.11.2025')
            stamp = typed_credit(over[0], numbered=True) or digest_stamp(over[0]) or stamp
        author = stamp_author(over) if len(chunks) > 1 or fielded else credited_by
        if fielded and stamp.complete:
            label = ""  # the line over the clip's headline is the alert's header, no desk
        if clip is not None:
            # a one-clip alert's rows: the clip's outlet, day, desk, author and headline
            stamp, author = clip[1].stamp, clip[1].author or author
            title, label = clip[1].headline or title, ""
            if title and title.casefold() not in chunk[: len(title) * 2].casefold():
                title = ""  # the alert's subject ('Profile - 1 new hit'): the clip's headline
        if len(chunks) > 1 and not over and (rowed := _field_rows_item(chunk)) is not None:
            # a monitoring report's item as rows of fields: its outlet, day, desk, author
            chunk, over = rowed
            stamp, author = item_stamp(over), stamp_author(over) or author
        if len(chunks) > 1 and not stamp.complete and (under := _source_under(chunk)):
            chunk, stamp, author = under
        reviewed_outlet = False  # the outlet a review names over the item
        if reviewed and _CLIENT_LABEL.match(stamp.outlet):
            stamp = ItemStamp()  # the report's 'Client: X | Week ending …' line: no stamp
        if reviewed and not stamp.outlet and not found and not headless_record(chunk, 1):
            # the outlet's name over the headline, set apart as a label or in capitals on
            # the item's first line: no desk of the sender's, the outlet it reviews
            kind = is_medium_kind(label)
            label = "" if kind else label  # 'PRESS' over its group
            if kind and len(over) == 1 and _badge_outlet(over[0]):
                # a card's medium badge beside the outlet's name ('ONLINE' | 'Example
                # News'): the name is the item's outlet
                stamp.outlet, reviewed_outlet = over[0].strip(), True
            elif label and not _desk_word(label):
                stamp.outlet, label, reviewed_outlet = label, "", True
            elif (heading := _outlet_heading(chunk, said)) is not None:
                (stamp.outlet, chunk), reviewed_outlet = heading, True
                # its row under the name ('example.ru | Рубрика: Экономика | 16.12.2025'):
                # the item's desk and day (the outlet is the heading's)
                row = chunk.lstrip().split("\n", 1)[0]
                row_stamp = one_line_stamp(row) if "|" in row or "·" in row else None
                if row_stamp is not None:
                    stamp.section = stamp.section or row_stamp.section
                    stamp.published = stamp.published or row_stamp.published
        if len(chunks) > 1 and not stamp.outlet:
            # the row over the headline, in the item's text or among the lines over it
            row = _outlet_byline_row(chunk) or (
                _outlet_byline_row(f"{over[-1]}\n{chunk}") if over else None
            )
            chunk, stamp.outlet, author = (
                (row[0], row[1], author or row[2]) if row else (chunk, stamp.outlet, author)
            )
        if len(chunks) > 1 and not stamp.outlet and (dashed := _dashed_headline(chunk)):
            chunk, stamp = dashed  # 'Outlet – 28 November 2025 – Headline'
        if len(chunks) > 1 and (row := _day_row_under_head(chunk)) is not None:
            # '25 Nov 2026 · Page 9 · News · Jane Doe' under the headline: the clip's day,
            # desk and writer
            chunk, day_row, writer = row
            stamp.published = stamp.published or day_row.published
            stamp.section, author = stamp.section or day_row.section, author or writer
        if len(chunks) > 1 and (rows := fields_under_head(chunk)) is not None:
            # 'Section: Business · Author: Jane Doe' / 'Reach: 4.9M' under the headline: the
            # clip's desk and writer (a rubric's label over the headline is no desk then)
            chunk, desk, writer = rows
            label, stamp.section = ("", desk) if desk else (label, stamp.section)
            author = author or writer
        headed = None  # a credit line right under the headline ('Quelle: X · Text: Y')
        if len(chunks) > 1 and not stamp.outlet:
            headed = _credit_under_head(chunk, sent, reviewed)
        if headed is not None:
            chunk, stamp, author = headed[0], headed[1], headed[2] or author
        # the outlet line of a forwarded clipping ('Outlet | Desk | date'), first over the
        # headline or right over it (under the forward's header block)
        own = next((s for line in over[:1] + over[-1:] if (s := one_line_stamp(line))), None)
        if own is not None and (is_issue_label(own.outlet) or _ISSUE_NAMED.match(own.outlet)):
            # 'ARTICLE OF THE DAY · Saturday, 22 November 2025': the newsletter's issue and the
            # day it was mailed, neither the story's outlet nor its day
            own = None
        if own is not None and (is_release_label(own.outlet) or _issued_at(own.outlet)):
            # 'Press release | 27.11.2025': the kind of text, never its source; 'Derby, UK |
            # 27.11.2025': where a release was issued
            own.outlet = ""
        if own is not None and not own.section and _desk_word(own.outlet):
            own.section, own.outlet = own.outlet, ""  # 'News · 20 Nov 2025 13:15': the desk
        if own is None and monitored and len(chunks) == 1 and not stamp.outlet and over:
            own = _outlet_desk(over[-1])  # a one-clip alert's 'Outlet · Desk' over the headline
        if reviewed and own is not None and _CLIENT_LABEL.match(own.outlet):
            own = None  # the report's 'Client: X | Week ending …' line: no item's stamp
        if not stamp.complete and own is not None and not reviewed_outlet:
            stamp = own
            author = author or stamp_author(over)  # '… | Autor: Jane Doe' in that line
        if foot is not None:
            author = foot[1]  # 'By Jane Doe • December 1 2026, 3.45pm' under the text
            when = stamp.published
            stamp.published = foot[2] if when is None or not (when.hour or when.minute) else when
        if len(chunks) > 1 and not author and (signed := _dash_signed(chunk)) is not None:
            chunk, author = signed
        if len(chunks) > 1 and not author and (signed := _name_signed(chunk)) is not None:
            chunk, author = signed  # 'Jane Doe' alone under the text: its writer
        if (
            stamp.outlet
            and not author
            and len(over) == 1
            and _byline_sized(over[0])
            and not _PRINT_PART.search(over[0])
        ):
            # 'Jane Doe · Fri, 21 Nov, 2025 - 07:42' by the headline: the reporter's byline
            # with the time, no outlet (a person's name is never the source)
            named = stamp_byline(over[0])
            if (
                named
                and named == stamp.outlet
                and not is_press_name(named)
                and not _host_beside(named, over[0])
            ):
                author, stamp.outlet = named, ""
        if (
            len(chunks) > 1
            and not monitored
            and not stamp.section
            and (_desk_word(stamp.outlet) or (desk_digest and _compound_desk(stamp.outlet)))
        ):
            # an outlet's own digest stamps each item with its desk, never with an outlet's
            # name ('Экономика · 27 ноября 2025, 13:05', 'Politics | 26.11.2025')
            stamp.section, stamp.outlet = stamp.outlet, ""
        if label and stamp.outlet and label.casefold() == stamp.outlet.casefold():
            label = ""  # the outlet set apart over its stamp row is the item's source, no desk
        if leads and not label and not stamp.outlet and not stamp.section:
            stamp.section = leads[n]  # the rubric opening every item of the digest
        if own_site and not label and not stamp.outlet and not stamp.section:
            # an outlet's own digest: a kicker in capitals alone over the headline
            # ('LOKALES', 'NORDSTADT', 'BADEN-WÜRTTEMBERG') is the item's local desk
            stamp.section = _capitals_kicker(over)
        if (
            own_site
            and stamp.outlet
            and len(stamp.outlet.split()) <= _RUBRIC_WORDS
            and not _agency_credit(stamp.outlet, ctx.profiles)
            # a labelled outlet ('Source: Example Times | date') credits that outlet, as
            # does a credit under the headline
            and not any(OUTLET_LABEL.match(line) for line in over)
            and headed is None
        ):
            # an outlet's own newsletter: the label over each item is its rubric (an
            # agency's name in its place credits the agency's copy: 'PTI | 17/NOV/2025')
            stamp.section, stamp.outlet = stamp.section or stamp.outlet, ""
        if len(chunks) > 1 and (bracketed := _bracketed_desk(chunk)) is not None:
            chunk, when, desk = bracketed
            stamp.published = stamp.published or when
            stamp.section = stamp.section or desk
        if credited and credited[n]:
            stamp.outlet = credited[n]  # the outlet the headline credits, over the sender
        if (read := _read_on_credit(chunk)) is not None:
            # 'Read the full story at Example Transport (https://…)' under a digest item:
            # the outlet whose story the digest quotes
            chunk = read[0]
            stamp.outlet = stamp.outlet or (read[1] if len(chunks) > 1 else "")
        if len(chunks) > 1 and not stamp.outlet:
            # a partner's story in a distributor's digest ends in its owner's notice
            # ('Copyright © 2025 Example Daily. All rights reserved. Distributed by …')
            stamp.outlet = _item_owner(chunk, sender)
        day = next((d for line in reversed(over) if (d := _timed_day(line))), None)
        if stamp.published is None and day is not None:
            stamp.published = day  # '25 Nov, 2025, 07:00 GMT' alone over the headline
        desked = (
            next((d for line in reversed(over) if (d := yearless_desk_day(line, sent))), None)
            if len(chunks) > 1 and sent is not None and stamp.published is None
            else None
        )
        if desked is not None:
            # 'Город 30 ноября, 15:42' over the headline: the item's desk and its day
            stamp.published, stamp.section = desked.published, stamp.section or desked.section
        if stamp.published is None and len(chunks) > 1:
            # the item's day alone under its headline ('30.11.2026'), not the issue's
            stamp.published = next(
                (h[0].value for ln in over if is_only_date(ln) and (h := year_dates(ln))), None
            )
        signed = _clock_signed(chunk) if signers else None
        if signed is not None and signed[2] in signers:
            chunk = signed[0]
            if stamp.published is None and sent is not None:
                stamp.published = datetime.combine(sent.date(), signed[1])
            stamp.outlet = stamp.outlet or signed[2]
        tail = _tail_clock(chunk) if len(chunks) > 1 and stamp.published is None else None
        if tail is not None and sent is not None:
            chunk, stamp.published = tail[0], datetime.combine(sent.date(), tail[1])
        clock = next((t for line in over if (t := clock_stamp(line))), None)
        if stamp.published is None and clock is not None and sent is not None:
            stamp.published = datetime.combine(sent.date(), clock[0])  # "18:05" on the issue's day
        if clock is not None and not stamp.section:
            stamp.section = clock[1]  # "18:05 · Транспорт": the item's rubric by its time
        if len(chunks) > 1 and stamp.outlet:
            # an outlet's name in capitals over its item ('EXAMPLE ZEITUNG') in the case the
            # mail prints it elsewhere (its contents list, the 'Quelle:' line under the text)
            stamp.outlet = _printed_case(stamp.outlet, said)
            # a paper's supplement after a dash ('Paper - Supplement'): the paper's item
            stamp.outlet = supplement_outlet_name(stamp.outlet)
        try:
            hints = Hints(
                title=title or (_sentence_head(chunk) if templated else ""),
                source=_release_issuer(text or _html_text(tree)) if whole else "",
                # the outlet without the medium's kind a monitoring service adds
                # ('Пример (Региональная газета)')
                fallback_source=_edition_sent(
                    brand_name(stamp.outlet) or ("" if mailed_by else sender), frame.sender
                ),
                last_source=sender if mailed_by else "",
                # a digest item's stamp names its outlet as printed ('Neue Zürcher Zeitung /
                # 01.12.2026'), no profile's short name for it
                credited_source=len(chunks) > 1 and bool(stamp.outlet),
                author=author,
                reference=sent,
                # a document kind over the headline ("ПРЕСС-РЕЛИЗ", "Press release") is no desk
                section=(label if not is_release_label(label) else "") or stamp.section,
                published=stamp.published,
            )
            if whole and not hints.source and _cyrillic_issuer(said, sender, frame.sender):
                # a release mailed by its issuer ('ПРЕСС-РЕЛИЗ' over the headline): an
                # organisation, no outlet, keeps its name as printed
                hints.source = company_brand(sender) or sender  # 'ПАО «X»': the brand X
                # 'Пресс-служба X' over a text naming 'ПАО «X»': the company as printed
                hints.source = office_company(sender, said) or hints.source
            if document:
                chunk, hints = _mailed_document(chunk, hints)
            hints.source = client if client and whole else _spelt_as(hints.source, sender)
            if len(chunks) > 1 and not hints.source and _own_credit(stamp.outlet, sender):
                # a body's bulletin crediting its own news by its short name ('Пример' in a
                # bulletin of 'Ассоциация Пример'): that name as printed, no outlet's
                hints.source = stamp.outlet
            item = from_text(chunk, ctx, where, n, hints)
            # the item's own printed date (a yearless one in the mail's year, by the
            # reference hint), else the day it was mailed: a printed day stays a day
            if item.article.published is None:
                item.article.published = sent
            items.append(item)
        except ExtractionError as exc:
            if len(chunks) == 1:
                raise
            done = any(not isinstance(i, ExtractionFailure) for i in items)
            if n == len(chunks) - 1 and done and len(chunk.split()) < _LAST_PART_WORDS:
                continue  # the mail's footer under its last rule ("(c) Agency. …")
            if items and isinstance(items[-1], Extracted) and chunk.strip():
                # an item that reads as no article of its own stays with the one before
                # it, never dropped: its text is the digest's all the same (its chrome lines,
                # the mail's imprint and unsubscribe line under the last rule, go)
                kept = "\n".join(ln for ln in chunk.split("\n") if not is_boilerplate(ln.strip()))
                kept = re.sub(r"\n\s*\n(?:\s*\n)+", "\n\n", kept).strip()
                if kept:
                    items[-1].article.body = f"{items[-1].article.body}\n\n{kept}"
                continue
            items.append(ExtractionFailure(where, str(exc)))
    return items


def _badge_outlet(line: str) -> bool:
    """Whether a line beside a card's medium badge reads as an outlet's name: a few words,
    no date, no sentence."""
    line = line.strip()
    return 0 < len(line.split()) <= 6 and not find_dates(line) and not is_prose(line)


def _day_row_under_head(chunk: str) -> tuple[str, ItemStamp, str] | None:
    """The item without its day-first row under the headline (see day_first_row), with
    that row's day and desk and the writer it names; None where the line under the
    headline is no such row."""
    lines = chunk.split("\n")
    at = next((i for i in range(1, min(len(lines), 3)) if lines[i].strip()), 0)
    row = day_first_row(lines[at]) if at else None
    if row is None:
        return None
    return "\n".join(lines[:at] + lines[at + 1 :]), row[0], row[1]


_ROW_HOST = re.compile(r"(?<![\w@/.-])(?:www\.)?([\w-]+(?:\.[\w-]+)*)\.[a-z]{2,6}(?![\w.])")
_HOST_WORD = 4  # a word of the name this long in the host names the same outlet


def _host_beside(name: str, row: str) -> bool:
    """Whether the stamp row sets a host of the name's own words beside it ('Example
    Insider Africa · africa.exampleinsider.com · Dec 16, 2025'): the outlet with its site,
    never a reporter's byline. Why: three capitalised words read as a person's name, and a
    monitoring alert's item lost its source to its author field."""
    if "." not in row:
        return False
    hosts = [m[1].lower() for m in _ROW_HOST.finditer(row)]
    words = [w.lower() for w in re.findall(r"\w+", name) if len(w) >= _HOST_WORD]
    return any(w in host for host in hosts for w in words)


_HEAD_WORDS = 20  # a headline of a sentence runs shorter than an item's teaser


def _sentence_head(chunk: str) -> str:
    """The headline a template's item opens with where it reads as a sentence ('Who really
    pays for tariffs on intermediate goods?', 'Series: Can X survive a trade war?'), else
    ''. Why: the digest's template marks it the headline, and the text reader took a
    question of eight words for prose and the teaser's first sentence for the headline."""
    head = chunk.lstrip().split("\n", 1)[0].strip()
    return head if is_prose(head) and len(head.split()) <= _HEAD_WORDS else ""


def _without_next_row(chunk: str, row: str) -> str:
    """An item's text without its last line where that is the row right over the next
    item's headline ('OUTLET | Ressort: Wissen | 16.12.2025'): the next item's outlet and
    day, read there, no line of this one's. Why: a box's header row closed the item before
    it in the mail's text, and stayed in its body."""
    head, _, last = chunk.rstrip().rpartition("\n")
    if head and last.strip() == row.strip() and not is_prose(last):
        if OUTLET_LABEL.match(last.strip()) or read_on_outlet(last):
            return chunk  # this item's own credit ('Quelle: X, 13.12.2025'), read under it
        return head.rstrip()
    return chunk


_SHOUTED_LETTERS = 4  # 'ZDF', 'ТАСС': an acronym is written so, no shouted name


def _printed_case(name: str, text: str) -> str:
    """An outlet's name set in capitals ('EXAMPLE ZEITUNG', 'ГТРК "ПРИМЕР"') in the case the
    text prints it elsewhere, its first letter a capital ('Quelle: Example Zeitung, 13.12.',
    '2. ГТРК "Пример" - Headline'); else as it stands. Why: a review sets each outlet's name
    in capitals as the item's heading, and the capitals became the source (a one-word or
    quoted name was no logo any casing rule knew)."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < _SHOUTED_LETTERS or not all(c.isupper() for c in letters):
        return name
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I):
        found = m[0]
        if any(c.islower() for c in found) and next(c for c in found if c.isalpha()).isupper():
            return found
    return name


# A clipping's desk or page by its label ('Ressort: Region', 'Seite 3', 'p. 14', 'полоса 2'):
# an outlet's stamp names them, a reporter's byline does not.
_PRINT_PART = re.compile(
    r"(?:^|[·|•,]\s*)(?:ressort|rubrik|section|рубрика)\s*:|"
    r"(?:^|[·|•,]\s*)(?:seite|s\.|page|p\.|стр\.|полоса|с\.)\s*\d",
    re.I,
)


def _one_clip(
    chunks: list[tuple[str, str, list[str]]], tree: HtmlElement | None
) -> tuple[str, AlertClip] | None:
    """A one-clip monitoring alert's text (under its rows and 'Full text:' label, its
    headline field over it where the text prints none) and its fields, read from the rows
    over the text (in the chunk, or the HTML lines over its headline); else None."""
    lines = chunks[0][1].split("\n")
    clip = alert_clip(lines)
    if clip is not None and clip.start > 0:
        rest = lines[clip.start :]
        head = clip.headline
        if head and not (rest and rest[0].strip().casefold() == head.casefold()):
            rest = [head, *rest]
        return "\n".join(rest), clip
    if tree is None or not lines[0].strip():
        return None
    shown = [ln for ln in _html_text(tree).split("\n") if ln]
    first = lines[0].strip()
    at = next((i for i, ln in enumerate(shown[:_CLIP_SPAN]) if ln == first), -1)
    clip = alert_clip(shown[:at]) if at > 0 else None
    return (chunks[0][1], clip) if clip is not None else None


_CLIP_SPAN = 60  # the headline under an alert's rows stands in its first lines
_OWNER_LINES = 3  # an item's own notice stands in its last paragraphs


_DASHED_HEAD = re.compile(
    r"(?P<outlet>[^\W\d][^–—\n]{1,60}?) [–—-] (?P<day>[^–—\n]{6,32}?) [–—-] (?P<head>\S[^\n]{9,})"
)
_DASHED_OUTLET_WORDS = 6


_ROW_BAR = re.compile(r"\s+[|·•]\s+")
_ROW_OUTLET_WORDS = 5


def _outlet_byline_row(chunk: str) -> tuple[str, str, str] | None:
    """A reading list's credit row over the headline, the outlet and the writer ('Example
    Times | Jane Doe'): the text under it, the outlet, the writer; None for other lines. Why:
    the row was dropped as a kicker, the sender stood for every item's outlet and no item
    had its author. A desk before the name ('Politics | Jane Doe') names no outlet."""
    first, _, rest = chunk.partition("\n")
    if first.count("|") + first.count("·") + first.count("•") != 1:
        return None
    parts = _ROW_BAR.split(first.strip())
    if len(parts) != 2 or not rest.strip():
        return None
    outlet, name = parts
    if not 0 < len(outlet.split()) <= _ROW_OUTLET_WORDS or any(c.isdigit() for c in outlet):
        return None
    if stamp_person(name) != name or _desk_word(outlet):
        return None  # (an outlet named like a person, 'Foreign Policy', stands first too)
    if is_prose(rest.split("\n", 1)[0]):
        return None  # a headline under the row, no text
    return rest, outlet, name


# An issue's name opening a stamp line in an outlet's place: 'Вечерний дайджест ИА «X»',
# 'Morning Digest · Example Post', 'Wochenrückblick der X'.
_ISSUE_NAMED = re.compile(
    r"(?i:(?:утренний|вечерний|еженедельный|ежедневный|главное за|morning|evening|daily|"
    r"weekly|der|die|das)\s+)?(?i:дайджест|digest|newsletter|рассылка|briefing|"
    r"wochenrückblick|tagesrückblick|abendausgabe|morgenausgabe)\b"
)


def _dashed_headline(chunk: str) -> tuple[str, ItemStamp] | None:
    """A digest item's headline line credited before it with its outlet and day between
    dashes ('Example Times – 28 November 2025 – Headline'): the headline alone over the
    text, the outlet and day the item's stamp. Why: read whole, the credit stayed in the
    title and the sender's name and sending day stood for every item's."""
    first, _, rest = chunk.partition("\n")
    first = unnumbered(first.strip(), int(first[:1])) if first[:1].isdigit() else first
    m = _DASHED_HEAD.fullmatch(first.strip())
    if m is None or len(m["outlet"].split()) > _DASHED_OUTLET_WORDS:
        return None
    found = find_dates(m["day"])
    if len(found) != 1 or found[0].start > 0 or found[0].end < len(m["day"].rstrip(".")):
        return None  # the middle part is a day and nothing else
    stamp = ItemStamp(outlet=m["outlet"].strip(), published=found[0].value)
    return f"{m['head']}\n{rest}", stamp


_TAIL_CLOCK = re.compile(r"(?<=[.!?»\"”])\s+([01]?\d|2[0-3]):([0-5]\d)$")


def _tail_clock(chunk: str) -> tuple[str, time] | None:
    """A digest item's time closing its text paragraph ('… des Programms. 18:42'): the text
    without it and the time, or None. Why: the item's time on the issue's day, no word of its text
    (a sentence that ends in a time ends in its own words: 'um 18:42.')."""
    lines = chunk.split("\n")
    found = [
        (i, m)
        for i, line in enumerate(lines)
        if line[-1:].isdigit() and line[-3:-2] == ":" and (m := _TAIL_CLOCK.search(line))
    ]
    if len(found) != 1:
        return None  # the item's text paragraph closes with it, no other line does
    i, m = found[0]
    lines[i] = lines[i][: m.start()]
    return "\n".join(lines), time(int(m[1]), int(m[2]))


# An item's closing line of its time and its agency ('11:08 ИА "Пример"', '18:42 (dpa)',
# '07:15 | Example Wire').
_CLOCK_SIGNED = re.compile(
    r"^([01]?\d|2[0-3])[:.]([0-5]\d)\s+(?:[|·•–—-]\s+)?(?P<name>[(«\"„A-ZА-ЯЁ][^.!?:\n]{1,48})$"
)
_CLOCK_SIGNED_WORDS = 5


def _clock_signed(chunk: str) -> tuple[str, time, str] | None:
    """A digest item's last line where it is its time and its agency's name ('14:32 ИА
    "Пример"'): the text over it, the time and the name; else None. Why: a wire's mail
    service signs each item so under its text, the issue's day printed once in its header;
    left in, the line stayed in the body and the item went undated and uncredited."""
    text = chunk.rstrip()
    head, _, last = text.rpartition("\n")
    last = last.strip()
    if not head or not last[:1].isdigit() or len(last) > 60:
        return None
    m = _CLOCK_SIGNED.match(last)
    if m is None or len(m["name"].split()) > _CLOCK_SIGNED_WORDS:
        return None
    name = m["name"].strip().strip("()").strip()
    return head.rstrip(), time(int(m[1]), int(m[2])), name


def _read_on_credit(chunk: str) -> tuple[str, str] | None:
    """A digest item's text without its last line where that is a read-on line naming the
    outlet ('Read the full story at Example Transport'), and that outlet; else None."""
    text = chunk.rstrip()
    head, _, last = text.rpartition("\n")
    named = read_on_outlet(last) if head else ""
    return (head.rstrip(), named) if named else None


def _item_owner(chunk: str, sender: str) -> str:
    """The owner a digest item's own copyright notice names under its text when it is not
    the sender (a partner's story the digest distributes), else ''."""
    lines = [line for line in chunk.split("\n") if line.strip()][-_OWNER_LINES:]
    for line in reversed(lines):
        if (owner := copyright_owner(line)) and _folded(owner) not in _folded(sender):
            return owner if _folded(sender) not in _folded(owner) else ""
    return ""


# A town and its country's short name ('Derby, UK') beside the day over a headline.
_ISSUED_AT = re.compile(
    r"^[A-ZÄÖÜА-ЯЁ][\w'’.-]+(?: [A-ZÄÖÜА-ЯЁ][\w'’.-]+){0,2},\s*(?P<country>[A-ZА-ЯЁ]{2,4})$"
)
_ISSUED_AT_COUNTRIES = frozenset("USA US UK UAE ФРГ США ОАЭ РФ".lower().split())


def _issued_at(part: str) -> bool:
    """Whether a stamp's first part is a town and its country ('Derby, UK'), not an outlet."""
    m = _ISSUED_AT.match(part.strip())
    return m is not None and m["country"].lower() in _ISSUED_AT_COUNTRIES


# A release wire's issuer line: 'News provided by X' over the headline, 'SOURCE X' under
# the release (the wire's own capitals, no colon: 'Source: X, 24.11.2025' is a clipping's).
_ISSUER_LINE = re.compile(
    r"^\s*(?:(?i:news provided by)|SOURCE)\s+(?P<name>[A-Z][\w&.,' -]{1,60}?)\s*$", re.M
)
_ISSUER_WORDS = 6


# The wire's credit between dashes in the dateline, then the issuer's name opening the first
# sentence: '--(EXAMPLE WIRE)--Example Robotics Inc., a maker of …' / '… today announced'.
_WIRE_OPENER = re.compile(
    r"--\s*\([^()\n]{0,25}(?i:wire)\)\s*--\s*"
    r"(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5}?)"
    r"(?:,? (?:Inc|Corp|Corporation|Ltd|LLC|plc|AG|GmbH|S\.A|N\.V)\.?)?"
    r"(?:, (?:a|an|the) | (?:today|announced|has|will|said|is)\b)"
)


def _own_credit(outlet: str, sender: str) -> bool:
    """Whether an item's credited outlet is the sender itself by a short name, the sender a
    body that is no outlet ('Пример' under 'Ассоциация Пример', 'Beispiel' under 'Verband
    Beispiel e.V.'). Why: an organisation keeps its name as printed, never transliterated."""
    if not outlet or not sender or len(outlet) < 3 or outlet == sender:
        return False
    key = _letters(outlet)
    return len(key) >= 3 and key in _letters(sender) and is_institution(sender)


def _spelt_as(found: str, sender: str) -> str:
    """The sender's spelling of a name a release's letterhead sets as one lower-case word
    (the wordmark 'examplegrid' over a sender 'Example Grid Media Relations', organisation
    'Example Grid'), else the name found. Why: a logo's word squashes the name it stands for."""
    if found and " " not in found and " " in sender and _folded(found) == _folded(sender):
        return sender
    return found


def _agency_credit(name: str, profiles: tuple[Profile, ...]) -> bool:
    """Whether `name` is a news agency's, a profile that knows the agency's datelines."""
    profile = profile_named(name, profiles)
    return profile is not None and bool(profile.dateline)


_BYLINE_PARTS = 3  # 'Jane Doe · Fri, 21 Nov 2025 · 07:42': a byline with its day and time


def _byline_sized(line: str) -> bool:
    """Whether a stamp line is short enough to be a byline with its day: a monitoring row
    ('Outlet · Country · date · Reach 6K · Sentiment: Positive') names its outlet first,
    however much that outlet's name looks like a person's."""
    return len(STAMP_PARTS.split(line.strip())) <= _BYLINE_PARTS


def _release_issuer(text: str) -> str:
    """The company a release wire distributed the release for, by its issuer line or the
    name opening the text after the wire's credit; '' where none. Why: the wire named in
    the dateline ('HATFIELD, England, Nov. 25, 2025 /Example Newswire/ --') only carried
    the release; its issuer is the source."""
    names = [m["name"] for m in _ISSUER_LINE.finditer(text)]
    names += [m["name"] for m in _WIRE_OPENER.finditer(" ".join(text[:3000].split()))]
    return next((n for n in names if len(n.split()) <= _ISSUER_WORDS), "")


# A text digest's item line over its headline: the time in brackets, then the rubric
# ('[26.11.2025 10:15] Region', '[10:15] Politik').
_BRACKETED_DESK = re.compile(r"^\[(?P<when>[\d.:/ -]{4,20})\]\s+(?P<desk>[^\W\d][\w -]{1,40})$")
# or the rubric in brackets first, then the day and time ('[Wirtschaft] 24.11.2025 - 08:12')
_DESK_BRACKETED = re.compile(r"^\[(?P<desk>[^\W\d][\w -]{1,40})\]\s+(?P<when>\d[\d.:/ -]{4,24})$")


# A digest item's headline credited to its outlet in brackets first ('[Example Daily]
# Headline', '[Пример] Заголовок'): a name, no date, number or mark.
_BRACKETED_OUTLET = re.compile(r"^\[(?P<outlet>[^\W\d][^\]\d|:]{1,40})\]\s+(?P<head>\S.{9,})$")
# the same after the headline: 'Headline [Example Daily]', a press review's credit
_OUTLET_BRACKETED = re.compile(r"^(?P<head>\S.{9,}?)\s+\[(?P<outlet>[^\W\d][^\[\]\d|:]{1,40})\]$")
# A label in brackets before a headline tells the kind of piece, no outlet.
_PIECE_LABELS = frozenset(
    [
        "video",
        "foto",
        "photo",
        "photos",
        "update",
        "live",
        "breaking",
        "exklusiv",
        "exclusive",
        "eilmeldung",
        "interview",
        "podcast",
        "opinion",
        "meinung",
        "kommentar",
        "analyse",
        "analysis",
        "anzeige",
        "ad",
        "sponsored",
        "advertorial",
        "видео",
        "фото",
        "анонс",
        "эксклюзив",
        "интервью",
        "мнение",
        "реклама",
        "обновлено",
    ]
)


_KICKER_WORDS = 3  # a desk's or a town's name, no sentence


def _capitals_kicker(over: list[str]) -> str:
    """The one line over a digest item's headline when it is set in capitals (a town's or a
    desk's name, 'NORDSTADT', 'RHEIN-KREIS'), else ''. Why: an outlet's own newsletter sets
    its local desk so over each story; digits or punctuation make it a stamp or a note."""
    if len(over) != 1:
        return ""
    line = over[0].strip()
    words = line.replace("-", " ").split()
    if not words or len(line.split()) > _KICKER_WORDS or not line.isupper():
        return ""
    if not all(w.isalpha() and len(w) > 1 for w in words):
        return ""
    # in a name's case, each part of a hyphened name its capital ('Baden-Württemberg')
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in line.split())


def _without_badge(chunk: str, outlet: str) -> str:
    """A digest item's headline without the outlet's paywall badge after it ('Headline
    EXAMPLE+', '… [Example+]'). Why: the badge marks the story as for subscribers, it is
    no word of the headline (another brand's '+', 'Serie startet bei Disney+', stays)."""
    if not outlet.strip():
        return chunk
    lead = chunk[: len(chunk) - len(chunk.lstrip("\n"))]
    head, sep, rest = chunk.lstrip("\n").partition("\n")
    badge = rf"\s+\[?{re.escape(outlet.strip())}\s?(?:\+|plus)\]?\s*$"
    head = re.sub(badge, "", head, flags=re.I)
    # or before it, by the outlet's initials too ('[EB+] Headline', 'EB+Headline' where a
    # badge's box was glued on): its capitals and the plus, as printed
    initials = "".join(w[0] for w in outlet.split() if w[:1].isupper())
    names = [outlet.strip(), outlet.strip().upper()] + ([initials] if len(initials) > 1 else [])
    alt = "|".join(re.escape(n) for n in dict.fromkeys(names))
    head = re.sub(rf"^\[?(?:{alt})\+\]?\s*(?=[^\W\d_]|\d)", "", head)
    return lead + head + sep + rest


def _bracketed_outlet(chunk: str) -> str:
    """The outlet a digest item's headline names in brackets before or after it ('[Example
    Daily] Headline', 'Headline [Example Daily]'), else ''."""
    first = chunk.lstrip("\n").split("\n", 1)[0].strip()
    m = _BRACKETED_OUTLET.match(first) if first[:1] == "[" else None
    m = m or (_OUTLET_BRACKETED.match(first) if first[-1:] == "]" else None)
    if m is None:
        return ""
    name = m["outlet"].strip()
    return "" if _desk_word(name) or name.casefold() in _PIECE_LABELS else name


def _without_bracketed_outlet(chunk: str) -> str:
    """The item's text with its headline stripped of the outlet in brackets by it."""
    head, _, rest = chunk.lstrip("\n").partition("\n")
    m = _BRACKETED_OUTLET.match(head.strip()) or _OUTLET_BRACKETED.match(head.strip())
    return m["head"] + "\n" + rest


def _bracketed_desk(chunk: str) -> tuple[str, datetime | None, str] | None:
    """A digest item without its opening '[date time] Rubric' line, the day and the rubric
    it names, where a headline stands under it; else None."""
    lines = chunk.strip("\n").split("\n")
    m = _BRACKETED_DESK.match(lines[0].strip()) or _DESK_BRACKETED.match(lines[0].strip())
    if not m or len(m["desk"].split()) > 3 or len(lines) < 2 or is_prose(lines[1]):
        return None
    hits = year_dates(m["when"])
    return "\n".join(lines[1:]), hits[0].value if hits else None, m["desk"].strip()


# A release's embargo note before the time it may run: "Не для публикации до", "Not for
# publication before" ('Embargoed until' and 'Sperrfrist:' not: such releases are filed
# under their day, the held-out set's convention).
_EMBARGO = re.compile(
    r"^(?:not for (?:publication|release|broadcast) (?:before|until)|"
    r"не для (?:публикации|распространения) до|эмбарго до)\s*:?\s*",
    re.I,
)


def _timed_day(line: str) -> datetime | None:
    """The day and time a line states and nothing else ('25 Nov, 2025, 07:00 GMT'), maybe
    after an embargo note ('Не для публикации до 14:00 (мск) 24 ноября 2025 года'), else
    None. Why: alone over a mailed article's headline, it is when the article came out."""
    line = _EMBARGO.sub("", line.strip())
    hits = year_dates(line)
    whole = hits and hits[0].has_time and not line[: hits[0].start].strip()
    return hits[0].value if whole and not line[hits[0].end :].strip(" .") else None


_RELEASE_HEAD = 6  # a release's kind stands in its first lines


_PRESS_SERVICE = re.compile(r"пресс-служб|пресс-центр|пресс-бюро|пресс-офис", re.I)


def _cyrillic_issuer(text: str, sender: str, mailed_as: str) -> bool:
    """Whether a text mailed whole is a release (its kind alone in its first lines) and its
    sender an organisation named in Cyrillic (its press service's, or no person's name),
    not a paper."""
    if not sender or not re.search("[а-яё]", sender, re.I) or is_press_name(sender):
        return False
    if _is_person(sender) and not _PRESS_SERVICE.search(mailed_as):
        return False
    head = [ln for ln in text.split("\n")[: _RELEASE_HEAD * 2] if ln.strip()][:_RELEASE_HEAD]
    return any(len(ln) < 40 and is_release_label(ln) for ln in head)


def _mailed_document(text: str, hints: Hints) -> tuple[str, Hints]:
    """A text mailed whole is read as the document it is: a release's letterhead and label
    ('Pressemitteilung Nr. 12/2025') name its issuer over the sender, and an outlet line
    under a forwarded article's headline ('Outlet | Desk | 24.11.2025') its source, day and
    desk over the forwarder's (document_front, as for an attached PDF)."""
    sender = hints.fallback_source
    text, hints = document_front(unwrap(text), replace(hints, fallback_source=""))
    hints.fallback_source = hints.fallback_source or sender
    short, _, rest = hints.source.partition(" ")
    if rest and rest in (sender, hints.last_source) and short.isupper() and short.isalpha():
        # the logo's short name before the sender's full one ('SWM Stadtwerke München')
        hints.source = rest
    return text, hints


# A letter's salutation ("Уважаемые коллеги!", "Sehr geehrte Damen und Herren,", "Dear
# colleagues,", "Hallo zusammen,") opens a cover note, not the article.
_SALUTATION = re.compile(
    r"^(?:(?:уважаем|дорог)\w+|здравствуйте|добрый день|доброе утро|"
    r"(?:коллеги|друзья|всем)[,!]?\s+(?:добрый день|доброе утро|привет|здравствуйте)|"
    r"sehr geehrte\w*|liebe\w*|hallo|guten (?:tag|morgen)|moin|"
    r"dear|hello|hi|good (?:morning|afternoon)|(?:morning|afternoon|evening) "
    r"(?:all|everyone|team|folks))\b[^.?\n]{0,60}[,!:]?$",
    re.I,
)
_COVER_PARAS = 3  # a cover note under a salutation is at most this many paragraphs
_COVER_NOTE_WORDS = 60


def _without_greeting(text: str) -> str:
    """The text without a salutation and the cover note under it ("Уважаемые коллеги!
    Направляем вам пресс-релиз …"), which end where the first headline-like paragraph (no
    closing stop, a date or the text itself) begins; a long letter stays whole."""
    paras = _paragraphs(text)
    if not paras or not _SALUTATION.match(paras[0]):
        return text
    for n in range(1, min(len(paras), _COVER_PARAS + 1)):
        if not re.search(r"[.!?:;)]$", paras[n]) and not is_prose(paras[n]):
            if paras[n] == "--":
                break  # the note's signature under its rule: a forward's header may follow
            cover = paras[:n]
            if sum(len(p.split()) for p in cover) <= _COVER_NOTE_WORDS:
                # the rest with its lines: a letterhead's, a signature's lines stay apart
                raw = [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]
                return "\n\n".join(raw[n:])
            break
    return text


_NAME_LINES = 2  # a sign-off's name (and role) under it, a few words a line
_NAME_WORDS = 4
_NOTE_REST = 3  # the text under a note is this many times as long as the note at least
_NOTE_WORDS = 20  # (a note counted as this long at least)
_NOTE_HEAD = 3  # the pasted page's header: this many short lines over its first paragraph
_ASIDE_WORDS = 25  # a forwarder's one-sentence aside is at most this long
# A word by which a note speaks to or for its writer ('Saw this, copying the text for you',
# 'zur Info', 'посмотри') and an article's first sentence seldom does.
_PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|we|you|my|our|me|us|fyi|ich|wir|du|dir|dich|euch|mir|uns|zur info|"
    r"я|мы|вы|ты|мне|нам|вам|тебе|посмотри\w*|пересылаю)\b|"
    # or opens as a note does without its 'I' ('Saw this tonight, …', 'Gerade gesehen')
    r"^(?:saw|spotted|found|came across|just seen|gerade gesehen|gesehen|видел\w*|нашл\w*)\b",
    re.I,
)


def _header_follows(rest: list[str], least: int = 0) -> bool:
    """Whether the paragraphs under a note open with a pasted page's header (masthead,
    rubric, headline, byline: short lines, no sentence; ``least`` of them, else the usual
    count) over more text."""
    lines = [ln for p in rest for ln in p.split("\n") if ln.strip()]
    head = list(itertools.takewhile(lambda ln: not is_prose(ln), lines[: _NOTE_HEAD + 1]))
    return len(head) >= (least or _NOTE_HEAD) and len(lines) > len(head)


# A phone's or an app's signature under a mail written on it ('Sent from my Galaxy', 'Sent
# from the X app', 'Gesendet aus der X App für iOS', 'Von meinem iPhone gesendet',
# 'Отправлено с iPhone', 'Get Outlook for Android'), alone on its line.
_DEVICE_SIGNATURE = re.compile(
    r"^(?:sent (?:from|with|via) (?:my \S|the \S|\S[^.\n]{0,40}\bapp\b)|"
    # an app's share line ('Shared via the X app', 'Geteilt über die X-App')
    r"shared (?:from|with|via) \S[^.\n]{0,40}\bapp\b|"
    r"geteilt (?:über|via|mit|aus) \S[^.\n]{0,40}app\b|"
    r"gesendet (?:von|mit|aus|über) (?:meinem|meiner|der|dem) |von meinem \S[^.\n]{0,30} gesendet|"
    r"отправлено (?:с|из) |get outlook for )[^\n]{0,60}$",
    re.I,
)
_SIG_DASHES = re.compile(r"^--[ \t]*\r?$", re.M)
_SHARE_WORDS = 80  # a share's frame (note, headline, link, signature) runs a few lines


def _under_share(text: str) -> str:
    """The text under the rule under an app's share (a note, the headline and its link,
    'Sent from my phone'), else ''. Why: the share is the sender's frame, no item; the
    page pasted under the rule is the article, with its own header."""
    if not any(f"{c}{e}" in text for c in "-_=" for e in "\r\n"):
        return ""
    # a rule, or the '--' that opens a signature: under a share, the pasted page follows it
    found = _SEPARATOR.search(text) or _SIG_DASHES.search(text)
    if found is None:
        return ""
    over, under = text[: found.start()], text[found.end() :]
    lines = [ln.strip() for ln in over.split("\n") if ln.strip()]
    if not lines or len(over.split()) > _SHARE_WORDS or not _DEVICE_SIGNATURE.match(lines[-1]):
        return ""
    if len(under.split()) <= _NOTE_REST * len(over.split()):
        return ""
    # the sharer's aside under the rule ('pasted the full text below since …') over the page
    raw = [p.strip("\n") for p in re.split(r"\n\s*\n", under) if p.strip()]
    first = _aside_of(raw[0]) if raw else ""
    aside = first and len(first.split()) <= _ASIDE_WORDS and _PERSONAL.search(first)
    return "\n\n".join(raw[1:]) if aside and _header_follows(raw[1:]) else under.strip()


def _aside_of(para: str) -> str:
    """A note's one paragraph as its sentence, without the writer's initial or name on the
    lines under it ('Dan, pasting the piece for you.' / '-M'), else ''."""
    lines = [ln.strip() for ln in para.strip().split("\n") if ln.strip()]
    signed = lines[1:]
    if len(signed) > _NAME_LINES or any(
        len(ln.split()) > _NAME_WORDS or ln[-1:] in ".!?:" for ln in signed
    ):
        return ""
    return " ".join(lines[0].split()) if lines else ""


_FIRST_NAME = re.compile(r"^[A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё]{1,15}$")
_SIGNED_HEAD = 2  # a headline and its byline at least under a note signed so


def _without_note(text: str) -> str:
    """The text under a personal note over a pasted or forwarded article: a note that
    ends in a sign-off ('Viele Grüße' / 'Ralf', 'Thanks,' / name), or a one-sentence aside
    in the first person ('Saw this tonight, copying the text since …', signed or not) over
    the page's header, or an app's share over a rule; the text as it stands elsewhere.
    Why: the note is the sender's words, not the article's, and the article's own header
    under it names its headline and outlet."""
    if len(text) < _COVER_NOTE_WORDS * 4:
        return text
    if shared := _under_share(text):
        return shared
    raw = [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]
    first = _aside_of(raw[0]) if raw else ""
    if (
        len(raw) > 1
        and first
        and len(first.split()) <= _ASIDE_WORDS
        and (
            (first[-1:] in ".!" and _PERSONAL.search(first))
            # a greeting run on into the note ('Moin Jana, steht seit gestern online, hier
            # der Text:'), no greeting alone ('Уважаемые коллеги!')
            or ((m := _GREETING_OPEN.match(first)) and len(first[m.end() :].split()) > 2)
        )
        and _header_follows(raw[1:])
    ):
        return "\n\n".join(raw[1:])
    words = 0
    for n, para in enumerate(raw[: _COVER_PARAS + 2]):
        lines = [ln.strip() for ln in para.split("\n")]
        rest = raw[n + 1 :]
        if (
            n > 0
            and words <= _COVER_NOTE_WORDS
            and _FIRST_NAME.match(para.strip())
            and para.strip().casefold() not in VOCABULARY  # a rubric over the headline
            and all(map(is_prose, raw[:n]))  # under the note's sentences alone
        ):
            # a note signed with the sender's first name alone ('… the cost figure.' /
            # 'Arjun') over the pasted page's header
            long = len(" ".join(rest).split()) > _NOTE_REST * max(words, _NOTE_WORDS)
            if long and _header_follows(rest, _SIGNED_HEAD):
                return "\n\n".join(rest)
        if not _SIGN_OFF.match(lines[0]):
            words += len(para.split())
            continue
        name = lines[1:]
        signed = len(name) <= _NAME_LINES and all(len(ln.split()) <= _NAME_WORDS for ln in name)
        long = len(" ".join(rest).split()) > _NOTE_REST * max(words, _NOTE_WORDS)
        if signed and words <= _COVER_NOTE_WORDS and long and _header_follows(rest):
            return "\n\n".join(rest)
        break
    return text


def _subject_printed(subject: str, sender: str, text: str) -> str:
    """The line of a mailed page's text that prints the subject's headline ('Пресс-релиз:
    X' over a line 'X …'), else ''. Why: a letterhead's lines (the office, its department)
    over a headline set in no heading look like one; the subject tells which it is."""
    said = _without_outlet(without_brand(subject, sender, text), sender)
    head = _printed_headline(said, text) if said else ""
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    at = lines.index(head) if head in lines else -1
    # a headline under other lines, right over the text (not an alert's masthead over its
    # field lines; a headline opening the text is found there as it is)
    return head if 0 < at < len(lines) - 1 and is_prose(lines[at + 1]) else ""


def _printed_headline(subject: str, text: str, fewest: int = 0) -> str:
    """The headline the text prints over its first paragraphs when the subject is a part
    of it ("Пресс-релиз: X" cleaned to "X" over "Минприроды России: X"): the subject's
    label stood in for the headline's first words."""
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    heads = [ln for ln in lines[:_HEAD_LINES] if not is_prose(ln) and ln[-1:] not in ".!?"]
    held = (ln for ln in heads if subject.lower() in ln.lower())
    # or the subject's words after its label ('Example Wire alert: X') open the headline
    tail = subject.partition(":")[2].strip().lower()
    opened = (
        ln for ln in heads if len(tail.split()) >= _SUBJECT_WORDS and ln.lower().startswith(tail)
    )
    reworded = (ln for ln in heads if _rephrases(subject, ln, fewest))
    # the line under a release's label ('ПРЕСС-РЕЛИЗ' / headline) is its headline where it
    # holds half the subject's words: the subject paraphrases it more freely
    under = lines[1] if len(lines) > 1 and is_release_label(lines[0]) else ""
    if under not in heads or not _rephrases(subject, under, fewest, _LABELLED_SHARE):
        under = ""
    return next(held, None) or next(opened, None) or next(reworded, None) or under or subject


_SUBJECT_WORDS = 4  # a subject this long or longer can be a headline's shortened form
_SHORT_SUBJECT = 3  # a shorter one only where the headline holds all its words
_SHARED = 0.75  # the part of a subject's words its printed headline holds


_LABELLED_SHARE = 0.5  # the part of the subject's words a headline under a release label holds


def _rephrases(subject: str, line: str, fewest: int = 0, share: float = _SHARED) -> bool:
    """Whether a printed line is the headline the subject shortens or rewords ('Canada and
    X launch mining programme for women' over 'Canada and X launch joint programme to train
    women in mining'): it holds nearly all the subject's words."""
    said = re.findall(r"\w+", subject.lower())
    words = set(re.findall(r"\w+", line.lower()))
    if line.lower() == subject.lower() or len(said) < min(fewest or _SUBJECT_WORDS, _SHORT_SUBJECT):
        return False
    if len(said) < (fewest or _SUBJECT_WORDS):
        share = 1.0  # a subject of three words: the headline holds every one of them
    # a word in another form counts ('новые маршруты' in 'новых маршрута'): its stem
    stems = {w[:_STEM] for w in words if len(w) > _STEM}
    held = sum(w in words or (len(w) > _STEM and w[:_STEM] in stems) for w in said)
    return held >= share * len(said)


_STEM = 4  # the letters two forms of an inflected word share (новые/новых, Stadt/Städte no)


_HEAD_LINES = 4  # the lines over a mailed text where its headline stands


_STAMP_SPAN = 3  # a headline's date line under it, a byline line between at most


def _unprinted_subject(subject: str, text: str) -> bool:
    """Whether a pasted page's own headline stands in the text while the subject is no
    line of it (a few words of the sender's, maybe repeated in the note over the paste):
    a line of five words or more, no sentence, over a date line a byline apart at most.
    Why: the subject names the sender's topic; the headline printed over its stamp is the
    article's."""
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    key = subject.casefold()
    if any(ln.casefold() == key or (key in ln.casefold() and _headline_like(ln)) for ln in lines):
        return False
    for i, line in enumerate(lines[:_PAGE_HEAD_LINES]):
        if not _headline_like(line) or len(line.split()) <= _SUBJECT_WORDS or line[-1:] == ":":
            continue
        under = lines[i + 1 : i + 1 + _STAMP_SPAN]
        # (or right over it, under the rubric: 'Общество' / '24 ноября 2025, 11:05' / headline)
        over = lines[i - 1 : i] if i and year_dates(lines[i - 1]) else []
        if any(len(ln.split()) <= _DATE_LINE_WORDS and year_dates(ln) for ln in under + over):
            return True
    return False


_DATE_LINE_WORDS = 8


def _headline_like(line: str) -> bool:
    return not is_prose(line) and line[-1:] not in ".!?"


_PAGE_HEAD_LINES = 40  # a pasted page's note, logo, menu and trail over its headline


def _own_header(text: str) -> bool:
    """Whether a forwarded text opens with its own header: a headline and at least one
    more line (a rubric, a standfirst, a byline, a stamp) over its first paragraph. Why:
    then the forwarder's subject ('U3 Artikel NN') is a note, and the printed headline
    with its rubric and byline is read as on the page."""
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    head = list(itertools.takewhile(lambda ln: not is_prose(ln), lines[: _HEAD_LINES + 2]))
    headline = any(len(ln.split()) > _SUBJECT_WORDS and ln[-1:] not in ".!?" for ln in head)
    return headline and len(head) >= 2 and len(head) < len(lines)


def _has_headline(tree: HtmlElement, subject: str) -> bool:
    """Whether a mailed page names its article (a heading or a <title>) for the page
    reader to find; a letter without either is read as a text mail under its subject.
    A short <title> that shares no word with the subject ("Пресс-релиз" over the subject
    "Пресс-релиз: X", cleaned to "X") names the kind of mail, not its article."""
    if any(el.text_content().strip() for el in tree.iter("h1", "h2", "h3")):
        return True
    said = set(re.findall(r"\w+", subject.lower()))
    for el in tree.iter("title"):
        words = re.findall(r"\w+", el.text_content().lower())
        if words and (len(words) > _LABEL_WORDS or said.intersection(words)):
            return True
    return False


_LABEL_WORDS = 3  # a <title> of more words is a headline even when the subject differs


def _single_html(
    tree: HtmlElement, origin: str, ctx: Context, part: int, sender: str
) -> Item | None:
    try:
        item = extract_from_tree(tree, origin, ctx, part)
    except ExtractionError:
        return None
    if not hasattr(item, "article"):
        return item
    if not item.article.source or item.article.source == "":
        item.article.source = sender
    return item


def _parse(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def extract_eml(name: str, data: bytes, ctx: Context) -> list[Item]:
    """A single message; a digest yields one item per article."""
    msg = _parse(data)
    if not msg.keys():
        raise ExtractionError("this is not an e-mail message (no headers)")
    return _message_items(msg, name, ctx, 0)


def extract_mbox(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Every message of a mailbox, every digest item of every message."""
    messages = [m for m in _FROM_LINE.split(data.replace(b"\r\n", b"\n")) if m.strip()]
    messages = [re.sub(rb"(?m)^>(>*From )", rb"\1", m) for m in messages]
    if not messages:
        raise ExtractionError("the mailbox contains no messages")
    items: list[Item] = []
    for n, raw in enumerate(messages):
        tell_part(ctx, n, len(messages), "message")  # cancel stops here, nothing stored yet
        origin = f"{name}#{n}"
        try:
            inner = inside_part(ctx, n, len(messages), "message")
            found = _message_items(_parse(raw), origin, inner, len(items))
        except ExtractionError as exc:
            items.append(ExtractionFailure(origin, str(exc)))
            continue
        items.extend(found)
    return items
