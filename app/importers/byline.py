"""Author from a byline: "By Jane Doe", "Von Max Muster", "Autor: …", "Автор: …"."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from app.importers.dates import REVISION_LABEL, STAMP_PARTS, find_dates, relative_stamp
from app.importers.sitename import is_country_name, is_paper_name

_NAME = r"[A-ZÄÖÜА-ЯЁ][\w'’.\-]+(?:\s+(?:[A-ZÄÖÜА-ЯЁ][\w'’.\-]*|von|van|de|der|di|da|bin|al))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|und|и|&)\s*{_NAME})*"
_BYLINE = re.compile(
    rf"^(?:by|von|written by|reported by|edited by|text|текст|автор|авторы|autor|autorin|autoren|"
    # the gender-neutral forms: "Autor/in:", "Autor*in:", "Autor:in"
    rf"autor(?:/|\*|:|_)in(?:nen)?|"
    rf"author of the (?:article|story)|author|authors|"
    # the inclusive plural and the writer's other names: "Autorinnen und Autoren:", "Verfasser:"
    rf"autorinnen(?:\s+und\s+autoren)?|autoren\s+und\s+autorinnen|verfasser(?:in|innen)?|"
    rf"authors?\s+and\s+contributors|"
    # the piece named before its writers: "Artikel von: Jan Roth und Eva Lind", "Story by Jo Lee"
    rf"(?:ein\s+)?(?:artikel|beitrag|text)\s+von|(?:an?\s+)?(?:article|story)\s+by|"
    # the genre before the name: "Ein Kommentar von …", "An analysis by …"
    rf"(?:(?:ein|eine|an?)\s+)?(?:kommentar|analyse|kolumne|gastbeitrag|glosse|essay|"
    rf"reportage|bericht|hintergrund|commentary|analysis|column|opinion)"
    rf"\s+(?:von|by)|"
    # the interviewer of an interview: "Interview: Simone Frei" (with its colon only),
    # "Беседовала Анна Иванова", "Das Gespräch führte Jan Roth", "Interviewed by Jo Lee"
    rf"interview(?=\s*:)|интервью(?=\s*:)|"
    # a magazine's credit for the writer: "Words: Jane Doe", "Words by Jane Doe"
    rf"words(?=\s*:)|words by|беседовала?|беседу вела?|интервью взяла?|"
    rf"das (?:gespräch|interview) führten?|die fragen stellten?|interview(?:ed)? by|"
    # who prepared the item, as Russian-language sites sign it: "Подготовила Анна Иванова"
    rf"подготовил[аи]?)"
    rf"\s*:?\s+(?P<name>{_NAMES})\s*(?:(?:[,|/(–—·•]|(?<!\w)-).{{0,60}})?$",
    re.IGNORECASE,
)
# A broadcast piece's maker with its running time: "Beitrag: Jo Lee (2:40 Min.)",
# "Сюжет: Иван Петров (1:55)", "Report: Jane Roe (3:10 min)".
_PIECE_BY = re.compile(
    rf"^(?:beitrag|bericht|report|reporter|сюжет|репортаж)\s*:\s*(?P<name>{_NAMES})\s*"
    r"\(\s*\d{1,2}:\d{2}(?:\s*(?:min\.?|minuten|мин\.?))?\s*\)$",
    re.IGNORECASE,
)
# "From Nur Aisyah Rahman" (Bernama): "from" only with a whole name of two or more words.
_FROM = re.compile(
    r"^(?:From|FROM)\s+(?P<name>[A-ZÄÖÜА-ЯЁ][\w'’.\-]+"
    r"(?:\s+(?:[A-ZÄÖÜА-ЯЁ][\w'’.\-]+|bin|binti|al|van|von|de)){1,4})$"
)
# "From Example's Jane Doe" (a live page's post, a US network's credit): the writers after
# the outlet's possessive, the outlet no part of a name.
_FROM_OUTLET = re.compile(r"^(?:From|FROM)\s+[A-Z][\w.&-]{1,20}['’]s\s+(?P<names>[A-ZÄÖÜ].{2,80})$")
# "Jane Doe reports from the Example Stadium", "Anna Berg berichtet aus Kiew", "Иван Петров
# сообщает из Киева": a sports or field reporter's byline saying where the piece was filed.
_REPORTS_FROM = re.compile(
    r"^(?P<name>[A-ZÄÖÜА-ЯЁ][\w'’.\-]+(?:\s+(?:[A-ZÄÖÜА-ЯЁ][\w'’.\-]+|van|von|de)){1,3})"
    r"\s+(?:reports|reporting|writes|berichtet|berichten|сообщает|рассказывает)\s+"
    r"(?:from|at|aus|vom|von|из|с)\s+\S.{0,50}$"
)
# "RYO NAKAMURA, Nikkei staff writer", "Jane Doe, Reuters correspondent in Kyiv": a name,
# then its role; the role words tell a byline from a list of names. A slash may stand for
# the comma, the role capitalised ("Jane Doe/Staff Reporter", Caribbean papers' style), or a
# bar or a dot as a page sets the two apart ("Jane Doe | Local Democracy Reporter").
_ROLE = re.compile(
    rf"^(?P<name>{_NAME}(?:\s*(?:and|&)\s*{_NAME})?)(?:,\s+|\s*/\s*|\s+[|·]\s+)(?:[\w.&'’-]+\s+){{0,3}}"
    r"(?i:(?:(?:staff|senior|chief|special|foreign|business|political)\s+)?"
    r"(?:staff writers?|writers?|correspondents?|reporters?|editors?|columnists?|"
    r"redakteur(?:in)?|korrespondent(?:in)?|корреспондент|обозреватель|"
    # an analyst's or a journalist's byline: "Jane Doe, аналитик", "Max Muster, Analyst"
    r"analysts?|analystin|аналитик|журналист(?:ка)?|редактор|"
    # the outlet's staff after the name's comma: "Jane Doe, Example Staff"
    r"(?-i:Staff)))"
    # the outlet after the role, as Russian and German put it ("корреспондент Example.az в
    # Карабахском регионе", "Korrespondentin der Example Zeitung in Kairo")
    r"(?:\s+(?:der\s+|des\s+)?[«„\"]?[A-ZÄÖÜА-ЯЁ][\w.&'’-]*(?:\s[A-ZÄÖÜА-ЯЁ][\w.&'’-]*)?[»“\"]?)?"
    r"(?:\s+(?:in|at|for|based in|в|во|на|по|für|bei|aus)\s+[\w .'’-]{2,30})?$"
)
# A scholar's byline: the name, then the post and the institution ("Jane Doe, Associate
# Professor of Hydrology, University of Leeds", "Jan Roth, Dozent für Recht, Uni Jena").
_SCHOLAR = re.compile(
    rf"^(?P<name>{_NAME}),\s+(?:[\w'’-]+\s+){{0,3}}"
    r"(?:professor(?:in)?|lecturer|reader|research(?:er)?\s+fellow|researcher|fellow|"
    r"phd (?:candidate|student)|doctoral (?:candidate|researcher)|dozent(?:in)?|"
    r"wissenschaftliche[rn]? mitarbeiter(?:in)?|профессор|доцент|научный сотрудник)"
    r"(?:\s+(?:of|in|for|at|für|an der|am)\s+[^,;]{2,60})?(?:,\s*[^,;]{2,80})?$",
    re.I,
)
# A printed page runs the byline's two lines into one: "Jane Doe Social affairs
# correspondent" (the name, then its role with no comma, the role's noun in lower case:
# "Consumer Affairs Correspondent" alone is a role line, not a name).
_GLUED_ROLE = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][\w'’.-]+(?:\s[A-ZÄÖÜ][\w'’.-]+){1,2}?)\s"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+\s(?:[a-zäöüß&-]+\s){0,3})?"
    r"(?:correspondent|reporter|editor|writer|columnist|journalist)$"
)
# Reach's papers run each name's role into a byline of two: "Jane Doe Live reporter and
# John Roe" (the role after the first name, the last one without).
_GLUED_SPLIT = re.compile(r"\s+(?:and|&)\s+|,\s+")
_GLUED_ROLE_WORDS = ("correspondent", "reporter", "editor", "writer", "journalist", "columnist")
_PLAIN_NAME = re.compile(r"^[A-ZÄÖÜ][\w'’.-]+(?:\s[A-ZÄÖÜ][\w'’.-]+){1,2}$")


def glued_role_names(line: str) -> str:
    """The names of a byline of several whose roles are run in after the names ("Jane Doe
    Live reporter and John Roe" → "Jane Doe and John Roe"), or ''."""
    line = line.strip()
    if len(line) > 120 or not (" and " in line or " & " in line):
        return ""
    low = line.lower()
    if not any(w in low for w in _GLUED_ROLE_WORDS):
        return ""
    parts = _GLUED_SPLIT.split(line)
    if not 2 <= len(parts) <= 4:
        return ""
    glued = False
    for part in parts:
        if m := _GLUED_ROLE.match(part):
            line = line.replace(part, m["name"], 1)
            glued = True
        elif not _PLAIN_NAME.match(part) or any(w[:1].islower() for w in part.split()):
            return ""
    return line if glued else ""


# Words that make "From Our Correspondent", "From Monday On" a phrase rather than a name.
_NOT_NAME_WORDS = frozenset({
    "our", "the", "a", "an", "on", "in", "at", "to", "of", "for", "and", "staff", "agencies",
    "correspondent", "correspondents", "reporter", "wire", "wires", "news", "today", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "latest", "stories",
    "breaking", "top",
    "ausgabe", "edition", "seite", "page",  # an e-paper's stamp: "Seite 5 | Ausgabe Dresden"
    # a stamp's label before its weekday: "Posted Tue, Dec 2, 2025 at 3:14 pm ET"
    "posted", "published", "updated", "veröffentlicht", "aktualisiert", "опубликовано",
    "обновлено",
    # an administrative unit a paper's desk is named after: "Kanton Uri", "County Kerry",
    # "Район Пример" (never a first name)
    "kanton", "canton", "landkreis", "bezirk", "gemeinde", "county", "province", "oblast",
    "район", "область", "край", "регион",
})  # fmt: skip
# A date stamp that ends in its byline (WordPress themes): "Veröffentlicht am 17. März 2025
# von Olga Schmidt", "Posted on March 3, 2025 by Jane Doe", "Опубликовано 3 марта, автор: …".
_STAMP_BY = re.compile(
    rf"^(?:veröffentlicht|erschienen|published|posted|опубликовано)(?:\s+(?:am|on))?\s+"
    rf".{{3,40}}?,?\s+(?:von|by|автор:?)\s+(?P<name>{_NAMES})$",
    re.IGNORECASE,
)
# A byline that credits the outlet's staff or desk, no person: "By Example Wire Staff Writer",
# "By the Example Post Newsroom", "Von der Wirtschaftsredaktion", "Автор: Редакция сайта".
_STAFF_CREDIT = re.compile(
    r"\b(?i:staff|desk|newsroom|team|editors|wires?|agencies|agenturen)\b|"
    r"(?i:redaktion|редакция)"
)
_REPORTING = re.compile(rf"^(?:additional )?reporting by (?P<name>{_NAMES})", re.IGNORECASE)
# A portal's byline: the writer, a slash, the portal's host name ("Jane Doe / example.ch")
_NAME_SLASH_HOST = re.compile(
    rf"^(?P<name>{_NAME})\s+/\s+(?:www\.)?[a-z0-9-]{{2,30}}(?:\.[a-z]{{2,6}})+$"
)


NAME_SEP = re.compile(r"\s*(?:,|&|\b(?:and|und|и)\b)\s*", re.IGNORECASE)


def _is_name(part: str) -> bool:
    """A person's name, not an agency credit ("dpa", "AFP") or a role in lower case."""
    words = part.split()
    if not words or not words[0][:1].isupper():
        return False
    return not (len(words) == 1 and (words[0].isupper() or len(words[0]) <= 3))


# An agency credited beside the reporter ("Lucía Navarro with EFE", "… mit dpa",
# "… with agencies"): the outlet's own story with the agency's help, not a co-author.
_WITH_AGENCY = re.compile(
    r"\s+(?i:with|mit|при участии)\s+(?:(?i:agencies|wires|agenturen|агентств\w*|reuters|"
    r"dpa|afp|ap|efe|ansa|apa|kna|epd)|[A-ZА-ЯЁ]{2,6})"
    r"(?:\s*(?:,|&|\band\b|\bund\b)\s*(?:[A-ZА-ЯЁ]{2,6}|(?i:reuters|dpa|afp|agencies)))*\s*$"
)


def with_agency(line: str) -> bool:
    """Whether a byline ends in an agency's co-credit ("By Jane Doe with EFE")."""
    return bool(_WITH_AGENCY.search(line.strip()))


# A desk or bureau after the name's comma: "ARD-Hauptstadtstudio", "Wirtschaftsredaktion",
# "Berlin Bureau", "Редакция новостей" (capitalised words ending in the desk's word); a
# paper's own wire ("Times News Service") credits its staff the same way.
_DESK = re.compile(
    r"^(?:[A-ZÄÖÜА-ЯЁ][\w&.'’-]*\s+){0,2}[A-ZÄÖÜА-ЯЁ]?[\w-]*(?i:studio|redaktion|büro|"
    r"(?<!information )bureau|desk|newsroom|ressort|news service|wire service|редакция|бюро)$"
)  # a government's "Press Information Bureau" is an office that issues releases, no desk


# A byline that names the paper's reporter by role alone, no person: "Our Correspondent",
# "From Our Special Correspondent", "Staff Reporter", "Unser Korrespondent", "Собственный
# корреспондент" (a possessive or a role's adjective before it: a bare "Reporter" is a label).
_UNNAMED_REPORTER = re.compile(
    r"^(?i:(?:from |by |von |от )?(?:(?:our|unser(?:e[mnr]?)?|наш(?:его)?|собственн(?:ый|ого))\s+"
    r"(?:own |special |staff |senior |district |eigene[rn]? |специальн(?:ый|ого) )?|"
    r"(?:special|staff|senior|district|eigene[rn]?|специальн(?:ый|ого)) )"
    r"(?:correspondent|reporter|writer|korrespondent(?:in)?|reporter(?:in)?|корреспондент(?:а)?)s?)$"
)


def unnamed_reporter(name: str) -> bool:
    """A byline naming the reporter's role alone ("Our Correspondent"): no author."""
    name = name.strip()
    return len(name.split()) <= 4 and bool(_UNNAMED_REPORTER.match(name))


def desk_credit(line: str) -> bool:
    """A line that credits a desk or the paper's news service instead of a person ("Times
    News Service", "Web Desk", "Berlin Bureau", "Our Correspondent"): a byline, no
    standfirst or headline."""
    line = line.strip()
    if len(line.split()) > 4 or not line[:1].isupper():
        return False
    return bool(_DESK.match(line) or _UNNAMED_REPORTER.match(line))


# A press office or press service named where a byline stands ("Landespressedienst
# Example", "Pressestelle der Stadt X", "Press Office", "Пресс-служба администрации"): the
# issuer's desk, no person.
_PRESS_OFFICE = re.compile(
    r"^(?:\w*presse(?:dienst|stelle|büro|amt|referat)|press (?:office|service|desk)|"
    r"пресс-(?:служба|центр|бюро))\b",
    re.IGNORECASE,
)


def press_office(name: str) -> bool:
    """Whether a credited name is a press office's (see _PRESS_OFFICE), no author."""
    return bool(name) and bool(_PRESS_OFFICE.match(name.strip()))


def staff_credit(name: str) -> bool:
    """A credit of the outlet's staff or team instead of a person ("FP Staff", "Web Team",
    "Redaktion Example", "The Editors"): a CMS's default author, which a printed byline beats."""
    name = name.strip()
    return 1 <= len(name.split()) <= 4 and "," not in name and bool(_STAFF_CREDIT.search(name))


# The head of a desk or bureau: "Abuja Bureau Chief", "Head of Business Desk", "Leiterin
# Hauptstadtbüro", "руководитель бюро" (the desk's words with the head's before or after).
_DESK_HEAD = re.compile(
    r"^(?i:(?:head|chief) of(?: the)?|(?:büro)?leiter(?:in)?(?: (?:des|der))?|"
    r"руководитель|глава)\s+(?P<desk>.+)$|^(?P<desk2>.+?)\s+(?i:chief|head|leiter(?:in)?)$"
)


def after_name(part: str) -> bool:
    """What follows a byline's name after a comma without being a person: the reporter's
    job ("Health Editor", "Chief Political Correspondent"), desk ("ARD-Hauptstadtstudio")
    or the desk's head ("Abuja Bureau Chief")."""
    part = part.strip()
    if m := _DESK_HEAD.match(part):
        desk = (m["desk"] or m["desk2"]).strip()
        part = desk[:1].upper() + desk[1:]
    return bool(_DESK.match(part)) or role_line(part)


# A byline's role set after the name without a comma, its own line run in: "Jane Doe
# Correspondent" (two name words at least before it: "Jane Writer" may be a name; none ends
# in a comma: "Jane Doe, Crime Reporter" sets its role apart, and all of it goes).
# The role may name its beat in a few words first ("Jane Doe Local Democracy Reporter",
# "Jan Roe Chief Political Correspondent"): words of a desk, never of a name.
_ROLE_WORDS = (
    r"Staff|Senior|Chief|Special|Deputy|Junior|Trainee|Freelance|Contributing|Local|"
    r"Democracy|Political|Politics|Parliamentary|Diplomatic|Foreign|Home|Affairs|Business|"
    r"Economics|Health|Education|Crime|Courts?|Environment|Climate|Energy|Sports?|Transport|"
    r"Social|Consumer|Science|Technology|Culture|Arts|Data|Digital|Investigations|Community|"
    r"and|&"
)
_ROLE_WORD = re.compile(rf"(?i:{_ROLE_WORDS})")
_RUN_IN_ROLE = re.compile(
    r"^(?P<name>[^\s,]+(?:\s+[^\s,]+){1,3}?)\s+"
    # the role in title case, or in sentence case after a name in capitals ('JANE DOE Local
    # democracy reporter', as a database's byline field runs them together)
    rf"(?i:(?:(?:{_ROLE_WORDS})\s+){{0,4}}"
    r"(?:Correspondent|Reporter|Writer|Columnist|Journalist|Contributor|Reporting\s+Service|"
    r"[A-ZÄÖÜ][a-zäöüß]*(?:korrespondent|redakteur|reporter)(?:in)?|"
    r"Korrespondent(?:in)?|Redakteur(?:in)?|Reporter(?:in)?))$"
)


# A byline that sets the writer's post and desk before the name ("ITV News Border Reporter
# Jane Doe", "Senior Political Correspondent Jan Roe"): capitalised words up to the role,
# then the writer's two or three names, the last words of the line.
_ROLE_BEFORE_NAME = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){1,5}(?:Reporter|Correspondent|Editor|Writer|Journalist)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})$"
)


def _tidy(names: str) -> str:
    """Drop trailing credits ("Anna Berger, dpa", "Lucía Navarro with EFE") and a job or
    desk after the name ("Eleanor Doe, Health Editor", "Jane Doe Correspondent"),
    title-case shouted names (MARIA LOPEZ)."""
    names = _WITH_AGENCY.sub("", names.strip())
    if (m := _ROLE_BEFORE_NAME.match(names)) or (m := _RUN_IN_ROLE.match(names)):
        names = m["name"]
    if re.search(r"\w{3}\.$", names):
        names = names[:-1]  # the byline's full stop ("Von Jan Roth."), not an initial's
    while True:
        parts = NAME_SEP.split(names)
        if len(parts) >= 2 and "," in names and (after_name(parts[-1]) or _outlet_after(parts[-1])):
            names = names[: names.rindex(",")].strip()
            continue
        if len(parts) < 2 or (_is_name(parts[-1]) and not _shouted_after(parts)):
            break
        cut = [m.start() for m in NAME_SEP.finditer(names)][-1]
        names = names[:cut].strip()
    letters = [c for c in names if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        names = " ".join(w.capitalize() if len(w) > 2 else w for w in names.split())
        names = re.sub(r"(?<=[-'’])\w", lambda m: m.group(0).upper(), names)
    return names


def _outlet_after(part: str) -> bool:
    """Whether a byline's part after the name's comma names the outlet or the wire the
    writer works for ("The Associated Press", "The Example Times", "Deutsche
    Presse-Agentur", "Агентство Пример"): the affiliation, never a second writer, whose
    name brings no article and no press word."""
    words = part.split()
    if not 2 <= len(words) <= 5 or not words[0][:1].isupper():
        return False
    return words[0] in ("The", "Der", "Die", "Das") or _WIRE_WORDS.search(part) is not None


def _shouted_name_of(names: str) -> str:
    """The name in capitals a wire's byline runs its affiliation on after, with no comma
    ('DALE ROE Associated Press'): the name, else ''."""
    words = names.split()
    cut = next((i for i, w in enumerate(words) if not _shouted(w)), len(words))
    if not 2 <= cut <= 4 or cut == len(words):
        return ""
    rest = " ".join(words[cut:])
    return " ".join(words[:cut]) if _WIRE_WORDS.search(rest) or _outlet_after(rest) else ""


def _shouted(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _shouted_after(parts: list[str]) -> bool:
    """A part in capitals after a name in ordinary case ("Anna Berger, MDR SACHSEN"):
    the desk or outlet, set as a logo; names in one byline share their case."""
    return _shouted(parts[-1]) and not _shouted(parts[0])


def without_credit(names: str) -> str:
    """A names line without the agency credit after it ("Anna Berger, dpa" → "Anna
    Berger"), shouted names in title case."""
    return _tidy(names)


# The stamp run on after a byline's full stop: "Von Jan Roth. Erstellt am 20. November
# 2025 | 05:30", "By Jane Doe. Updated 3 March 2025".
_STAMP_AFTER = re.compile(
    r"\.\s+(?=(?i:erstellt|veröffentlicht|aktualisiert|published|updated|posted|"
    r"опубликовано|обновлено)\b.*\d)"
)


# A byline row's reading time after a bar or a dot: "… by Jane Doe · 3 min read",
# "Von Anna Berg | 4 Min. Lesezeit".
_READING_TAIL = re.compile(
    r"\s+[·|•]\s+\d{1,3}\s*(?:min(?:ute)?s?\.?|минут\w*|мин\.?)\s+(?:read|lesezeit|чтения)$",
    re.I,
)


# The place the author filed from after the name ("By Jane Doe in Adré, Chad | date"): the
# byline's case-blind name pattern reads "in Adré" as more name words; "in" in lower case
# before a capitalised word ends the name.
_IN_PLACE_TAIL = re.compile(r"\s+in\s+[A-ZÄÖÜА-ЯЁ].*$")


# A byline's part after a comma that is the writer's post, capitalised as German and
# headline case write it ("Korrespondent Süddeutschland", "Senior Reporter", "Chefredakteurin"):
# the role word first or after a word or two, a region or desk at most after it.
_ROLE_PART = re.compile(
    r"^(?:[A-ZÄÖÜ][\w-]*\s+){0,2}(?i:[\w-]*(?:korrespondent|redakteur|reporter|correspondent|"
    r"editor|columnist|kolumnist)(?:in|en|innen)?s?)(?:\s+[A-ZÄÖÜ][\w-]*){0,2}$"
)


# One capitalised word after a full name and a comma ("Von Jane Doe, Hamburg", "By Jane Doe,
# Tokyo", "Автор: Иван Петров, Алматы"): the place the writer filed from (or the paper's
# name), never a second writer, who would bring a first name and a surname.
_PLACE_WORD = re.compile(r"^[A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё]+(?:-[A-ZÄÖÜА-ЯЁ]?[a-zäöüßа-яё]+)?$")


def _without_place_word(names: str) -> str:
    """The names of a byline without the one-word place after the last of them (a space
    typed before the comma, "By Jane Doe , Springfield", is no part of the name)."""
    head, comma, tail = names.rpartition(", ")
    head = head.rstrip()
    last = head.split(", ")[-1].split()
    return head if comma and len(last) >= 2 and _PLACE_WORD.match(tail) else names


def _without_role_part(names: str) -> str:
    """The names of "Von Jane Doe, Korrespondent Süddeutschland" up to the post that
    follows them after a comma: a role is no second writer."""
    parts = names.split(", ")
    for k, part in enumerate(parts[1:], 1):
        if _ROLE_PART.match(part):
            return ", ".join(parts[:k])
    return names


# A role's title of a beat and the role run on after a given name and surname with no comma,
# capitalised as a page's byline box sets it ('By Jane Doe Transportation Reporter').
_ROLE_TITLE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+[A-Z][a-z]+\s+"
    r"(?:Reporter|Correspondent|Editor|Writer|Columnist|Journalist)$"
)


def without_role(names: str) -> str:
    """A field's names without the role after them ('Jane Doe, Policy editor' -> 'Jane
    Doe', 'Jane Doe, Industrial Correspondent'), else as they stand: a 'Byline:' field
    names the writer's post after the comma, no second writer."""
    m = _ROLE.match(names.strip())
    return m["name"].strip() if m else names


def _without_role_title(name: str) -> str:
    """A given name and surname without the capitalised role title after them ('Jane Doe
    Transportation Reporter' -> 'Jane Doe'), else the name as it stands."""
    m = _ROLE_TITLE.match(name.strip())
    return m["name"] if m else name


def author_of_line(line: str) -> str:
    """The author named by a byline, or ''."""
    line = line.strip()
    if m := _STAMP_AFTER.search(line):
        line = line[: m.start()]
    if m := _READING_TAIL.search(line):
        line = line[: m.start()]  # 'Posted on … by Jane Doe · 3 min read': the row's meta
    if (line[:6].lower() in _TEXT_LABELS or line[:9].lower() in _INTERVIEW_LABELS) and (
        m := _GLUED_PICTURES.search(line)
    ):
        line = line[: m.start()]  # "Text: Jane Roe Fotos: John Doe [Foto: …]": the writer
    if len(line.split()) > 12:
        return ""
    if (" | " in line or " · " in line or " • " in line) and (m := _DESK_THEN_BYLINE.match(line)):
        # a desk's row with the byline after its bar ('Agriculture | By Jane Doe', 'Wirtschaft
        # · Von Anna Berg'): the byline's name, the desk is no part of it
        return author_of_line(m["byline"])
    m = _BYLINE.match(line)
    if m and (shouted := _shouted_name_of(m["name"])):
        return _tidy(shouted)
    if m and m["name"].split()[0][:1].isupper() and _is_name(m["name"].split(",")[0]):
        name = _without_role_title(m["name"])
        name = _tidy(_IN_PLACE_TAIL.sub("", _without_role_part(name)))
        if "," in name and (_SCHOLAR.match(name) or _ROLE.match(name)):
            name = name.split(",")[0]  # 'Jane Doe, Research Fellow, Example Center': the name
        name = _without_place_word(name)
        return "" if _STAFF_CREDIT.search(name.split(",")[0]) else name
    if (
        line[-1:] == ")"
        and (m := _PIECE_BY.match(line))
        and _is_name(m["name"])
        and all(w[:1].isupper() for w in m["name"].split())
    ):
        return _tidy(m["name"])
    m = _STAMP_BY.match(line)
    if m and _is_name(m["name"].split(",")[0]):
        return _tidy(m["name"])
    m = _NAME_SLASH_HOST.match(line)
    if m and _is_name(m["name"]) and 2 <= len(m["name"].split()) <= 4:
        return _tidy(m["name"])
    if (m := _FROM_OUTLET.match(line)) and all(_is_name(p) for p in NAME_SEP.split(m["names"])):
        return _tidy(m["names"])  # "From Example's Jane Doe and John Roe"
    m = _FROM.match(line) or _ROLE.match(line) or _GLUED_ROLE.match(line) or _SCHOLAR.match(line)
    m = m or _REPORTS_FROM.match(line)
    words = m["name"].split() if m else []
    if m and _is_name(m["name"]) and len(words) >= 2:
        return "" if _NOT_NAME_WORDS & {w.lower() for w in words} else _tidy(m["name"])
    # a labelled reporter ("Reporter: Jane Doe") under the headline is the byline too
    staff = staff_line(line)
    return staff[1] if staff and staff[0] else ""


# A magazine's credit line, the writer's label first and the photographer's run on after
# the name with no mark between: "Text: Jane Roe Fotos: John Doe", "Текст: Имя Фото: Имя".
_TEXT_LABELS = frozenset({"text: ", "text:", "texte:", "текст:", "текст ", "words:"})
# … or the interviewer's: "Interview: Jane Roe Bilder: John Doe", "Интервью: Имя Фото: Имя"
_INTERVIEW_LABELS = frozenset({"interview", "интервью:", "интервью "})
_GLUED_PICTURES = re.compile(
    r"\s+(?:fotos?|bilder?|photos?|photography|illustrations?|grafik|фото|иллюстрации)\s*:\s*\S",
    re.IGNORECASE,
)


# A desk of a word or three, a bar, and a byline with its word: 'Transport | By Jane Doe'.
_DESK_THEN_BYLINE = re.compile(
    r"^[^\W\d][\w&-]*(?: [\w&-]+){0,2} [|·•] (?P<byline>(?i:by|von|text:?|автор:?|текст:?) \S.*)$"
)


# A stamp and the byline on one line: "22.11.2025, 10:15 Uhr · Von Jane Doe, Site",
# "23 ноября 2025 · 11:20 · Мария Иванова"; the name before a stamp's label: "Jane Doe
# Published November 19, 2025", or before its weekday: "Jane Doe Tue 24 Nov 2025".
_BARE_NAME = re.compile(rf"^{_NAME}$")
_NAME_BEFORE_STAMP = re.compile(
    rf"^(?P<name>{_NAME})\s+(?=(?i:published|posted|updated|veröffentlicht|aktualisiert|"
    r"опубликовано|обновлено)\b"
    # or right before the stamp's weekday: "Jane Doe Tue 24 Nov 2025 // 13:45 UTC"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d)"
)
# Words that make a capitalised phrase an outlet or a desk, not a person.
_OUTLET_WORDS = re.compile(
    r"\b(?:zeitung|news|times|post|online|agency|agentur|redaktion|desk|staff|press|газета|"
    r"новости|редакция|агентство)\b",
    re.IGNORECASE,
)


# What names a wire after a byline's bar: "Jane Roe | Example Associated Press".
_WIRE_WORDS = re.compile(
    r"\b(?:press|presse|agency|agence|agentur|nachrichtenagentur|агентство|wire)\b", re.I
)


_BRACKETED_DESK = re.compile(r"\s+\([^()]{2,40}\)$")


_BYLINE_LABELS = frozenset({"by", "by:", "von", "von:", "автор", "автор:", "от"})


# Two to four writers' names joined in one part of a stamp line ('Jane Doe, John Roe',
# 'Илья Иванов и Мария Петрова'): each a bare name of two or three words.
_NAME_LIST_SPLIT = re.compile(r",\s+(?:and\s+|und\s+|и\s+)?|\s+(?:and|und|и|&)\s+")


def _person(part: str) -> str:
    """A part of a stamp line that is a byline or a bare name of two to four words, or
    the names of two to four writers joined by commas or 'and' (as printed)."""
    if name := author_of_line(part):
        return name
    if ", " in part or " & " in part or " and " in part or " und " in part or " и " in part:
        names = _NAME_LIST_SPLIT.split(part.strip())
        if 2 <= len(names) <= 4 and all(
            2 <= len(n.split()) <= 3 and _person(n) == n for n in names
        ):
            return " ".join(part.split())  # the writers as the row prints them
    # the outlet or programme in brackets after the name: "Jane Doe (Radio 4)"
    part = _BRACKETED_DESK.sub("", part)
    words = part.split()
    if words and words[0].lower() in _BYLINE_LABELS:
        return ""  # "By PTI": a byline the reading above found no person in, no bare name
    if not 2 <= len(words) <= 4 or not _BARE_NAME.match(part) or _OUTLET_WORDS.search(part):
        return ""
    if any(c.isdigit() for c in part):
        return ""  # 'S. R4', a page's letter and number: no person's name has a figure
    if is_paper_name(part):
        return ""  # "Example Tagespost · Donnerstag, 20. November 2025": the paper's running head
    return "" if _NOT_NAME_WORDS & {w.lower() for w in words} else _tidy(part)


def run_in_role_name(line: str) -> str:
    """The writer of a byline whose role is run in after the name without a comma ('Jane
    Doe Local Democracy Reporting Service', 'Jan Roe Chief Political Correspondent'), or
    ''. Why: a byline box sets name and role on one line; the role's words make no name."""
    m = _RUN_IN_ROLE.match(line.strip())
    if m is None or any(_ROLE_WORD.fullmatch(w) for w in m["name"].split()):
        return ""
    name = m["name"]
    return name if _PLAIN_NAME.match(name) and _person(name) == name else ""


def stamp_person(part: str) -> str:
    """The person a stamp line's part names, a byline or a bare name of two to four words
    ('Jane Doe'), else ''."""
    return _person(part)


# "Dio Example (The Example Post)": a reporter's name with the outlet in brackets after it,
# or after a bar ("Jane Roe | Example Associated Press", "Max Muster | Beispiel Zeitung").
_NAME_WITH_OUTLET = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:\((?P<outlet>[^()]{{2,40}})\)|\|\s+(?P<barred>[^|()]{{2,40}}))$"
)


def name_with_outlet(line: str) -> tuple[str, str] | None:
    """A byline of a name and the outlet it writes for in brackets ("Jane Doe (The Example
    Post)"), as (name, outlet), when the bracket names an outlet by a press word."""
    line = line.strip()
    if (line[-1:] != ")" and " | " not in line) or not (m := _NAME_WITH_OUTLET.match(line)):
        return None
    if not 2 <= len(m["name"].split()) <= 4 or not _is_name(m["name"]):
        return None
    if m["barred"] and not (_WIRE_WORDS.search(m["barred"]) and _person(m["name"])):
        return None  # after a bar a wire only, beside a bare name ("Top Stories | X News")
    outlet = (m["outlet"] or m["barred"]).strip()
    if not outlet[:1].isupper() or not (_OUTLET_WORDS.search(outlet) or _WIRE_WORDS.search(outlet)):
        return None
    return _tidy(m["name"]), outlet


# A byline's label right after the stamp's time or year, with no separator between them.
_LABEL_AFTER_STAMP = re.compile(
    r"(?:(?<=\d)|(?<=Uhr))(?:\s+[-–—]|,)?\s+(?=(?i:автор|author|autor(?:in)?)\s*:|(?:By|Von|Автор)\s)"
)


def stamp_byline(line: str) -> str:
    """The author printed on the date stamp's line, or '': one of its parts split at "·",
    "•" or "|" (the others a date or time), or the name right before a "Published" label."""
    line = line.strip()
    # or a relative stamp in a part of its own: "Jane Doe · Today at 06:00"
    relative = any(relative_stamp(part) for part in STAMP_PARTS.split(line))
    if len(line.split()) > 16 or not (find_dates(line) or relative):
        return ""
    if (m := _NAME_BEFORE_STAMP.match(line)) and _is_name(m["name"]):
        return _person(m["name"])
    if (m := _LABEL_AFTER_STAMP.search(line)) and (name := author_of_line(line[m.end() :])):
        return name  # "24 ноября 2025, 12:07 Автор: Name": the byline run on after the time
    if name := _name_comma_stamp(line):
        return name
    if name := _name_after_stamp(line):
        return name
    if name := _by_after_stamp(line):
        return name
    if name := _by_before_stamp(line):
        return name
    # a spaced slash sets the parts apart too: "November 18, 2025 / Jane Doe"
    parts = _STAMP_OR_SLASH.split(line)
    if len(parts) < 2:
        return ""
    for part in parts:
        if not find_dates(part) and not relative_stamp(part) and (name := _person(part)):
            return name
    return ""


_STAMP_OR_SLASH = re.compile(r"\s+[·•|/]\s+")
_CLOCK = re.compile(r"\d{1,2}:\d{2}\s*$")


_BY_WORD = re.compile(r"^(?:by|von)\s", re.I)


def _by_after_stamp(line: str) -> str:
    """The stamp first, then a comma and the byline ('December 1, 2026, by Jane Doe', '1.
    Dezember 2026, von Jana Beispiel'): the name. Why: the CMS prints the two on one line,
    and the name after the day read as no byline."""
    hits = find_dates(line)
    if not hits or hits[0].start:
        return ""
    rest = line[hits[0].end :].lstrip(" ,;·|–—-")
    return author_of_line(rest) if _BY_WORD.match(rest) else ""


def _by_before_stamp(line: str) -> str:
    """The byline first, then the stamp with no mark between ('By Jane Doe November 24,
    2025 — 5:48 pm', 'By Jane Doe     November 26, 2025'): the name. Why: a theme sets the
    two side by side, and the name run into the day read as no byline."""
    if not _BY_WORD.match(line) or not (hits := find_dates(line)) or not hits[0].start:
        return ""
    head = line[: hits[0].start].rstrip(" ,;·|–—-")
    if len(head.split()) < 3 or len(line[hits[-1].end :].split()) > _STAMP_TAIL_WORDS:
        return ""  # 'By Monday, November 24, the council …': a sentence, no byline
    return author_of_line(head)


_STAMP_TAIL_WORDS = 3  # '— 5:48 pm', 'Updated 6:02 pm' after the day


def _name_after_stamp(line: str) -> str:
    """The stamp with its time first, then a name and nothing else ('27 ноября, 21:14
    Jane Doe', the two set side by side on a printed page's byline row)."""
    hits = find_dates(line)
    if not hits or hits[0].start or not _CLOCK.search(line[: hits[0].end]):
        return ""
    end = hits[0].end
    # the revision's stamp beside it: "26 ноября 2025, 09:40 Обновлено 26 ноября 2025, 14:05 Name"
    if len(hits) > 1 and REVISION_LABEL.fullmatch(line[end : hits[1].start].strip(" ,:")):
        end = hits[1].end
    rest = line[end:].strip()
    if rest[-1:].isdigit() or rest[-5:].lower() in ("views", "frufe", "reads") or "просм" in rest:
        # the page's view counter after the name: "… 18:20 Jane Doe Просмотров: 2 314"
        rest = _TRAILING_VIEWS.sub("", rest)
    return _person(rest) if rest and _is_name(rest) else ""


# A view counter closing a stamp row: "Просмотров: 2 314", "1,204 views", "Aufrufe: 312".
_TRAILING_VIEWS = re.compile(
    r"\s+(?:(?:просмотр(?:ов|ы)|прочтений|views|aufrufe|reads)\s*:\s*\d[\d\s.,]*(?:k|m|тыс\.?)?|"
    r"\d[\d\s.,]*\s*(?:k|m|тыс\.?)?\s*(?:просмотр\w*|прочтени\w*|views?|aufrufe|reads))$",
    re.IGNORECASE,
)


def _name_comma_stamp(line: str) -> str:
    """A name, a comma, then the stamp and nothing else: "Jane Doe, 25.11.2025, 13:40",
    "Jane Doe , Wednesday 26 Nov 2025" (a CMS's space before the comma, the weekday first)."""
    comma = line.find(", ")
    if comma < 0 or not (hits := find_dates(line[comma + 2 :])):
        return ""
    hit = hits[0]
    weekday = hit.weekday and len(line[comma + 2 : comma + 2 + hit.start].split()) == 1
    if (hit.start and not weekday) or line[comma + 2 + hit.end :].strip(" .,|"):
        return ""
    return _person(line[:comma].strip())


# "Reporter: Name" / "Editor: Name" lines under the text (ANTARA and others): the reporter
# is the author, the editor only a credit; "WRITER: Name" under a stamp is the author too.
# A TV report's camera and cutting credits ("Оператор: Name", "Kamera: Name") are credits.
_STAFF = re.compile(
    rf"^(?P<role>reporters?|reporterin|writers?|korrespondent(?:in)?|корреспондент|editors?|editing|"
    rf"redakteur(?:in)?|redaktion|редактор|photographer|fotograf(?:in)?|(?:видео)?оператор|"
    rf"монтаж|kamera(?:mann|frau)?|schnitt|camera(?:man|woman)?|videographer)"
    rf"\s*:\s*(?P<name>{_NAMES})$",
    re.IGNORECASE,
)
_WRITING_ROLES = ("reporter", "writer", "korrespondent", "корреспондент")


def staff_line(line: str) -> tuple[bool, str] | None:
    """A "Reporter: Name" / "Editor: Name" line: (whether the name wrote the text, name)."""
    m = _STAFF.match(line.strip())
    if not m or not _is_name(m["name"].split(",")[0]):
        return None
    return m["role"].lower().startswith(_WRITING_ROLES), _tidy(m["name"])


def reporting_credit(line: str) -> str:
    """Reuters-style "Reporting by X; Editing by Y" at the foot of a story."""
    m = _REPORTING.match(line.strip())
    return m["name"].strip() if m else ""


# A byline's second line, the role under the name ("Business reporter, BBC News",
# "Consumer Affairs Correspondent", "Wirtschaftsredakteurin"): capitalised words before the
# role, maybe the outlet after a comma, or a site's domain after a space ("Корреспондент
# E1.RU").
_ROLE_LINE = re.compile(
    r"^(?:(?:[A-ZÄÖÜА-ЯЁ][\w&'’-]*|&|of|for|and)\s+){0,3}"
    r"(?i:[\w-]*(?:reporter|correspondent|editor|writer|columnist|journalist|redakteur|redaktor|"
    r"korrespondent)(?:in)?s?|корреспондент(?:ы)?|обозревател[ьи]|редактор(?:ы)?|журналист(?:ы)?)"
    r"(?:,\s*[A-ZÄÖÜА-ЯЁ][\w .&'’-]{1,40}|\s+(?-i:[A-ZА-ЯЁ0-9][\w&'’-]*\.[A-Za-z]{2,})|"
    # a German role before its desk, one noun ("Redakteurin Buchhandel", "Korrespondent
    # Wirtschaft"; two capitalised words after it are a name: "Redakteur Max Muster")
    r"(?:(?<=eur)|(?<=tor)|(?<=ent)|(?<=rin)|(?<=tin))\s+(?-i:[A-ZÄÖÜ][a-zäöüß]{3,})|"
    # the outlet as a handle: "Journalists @Example Vision"
    r"\s+@\s?(?-i:[A-ZА-ЯЁ])[\w .&'’-]{1,40})?$"
)


# A role under a Russian writer's name in ordinary case, as analysts' portals set it:
# "политолог, эксперт Example.Ru", "экономист", "главный редактор журнала «Пример»" (a
# known kind of writer first; no sentence's stop at its end, a site's dot inside).
_LOWER_ROLE = re.compile(
    r"^(?:(?:главный|старший|ведущий|специальный|собственный|научный|независимый|"
    r"политический|военный|экономический) )?"
    r"(?:политолог|экономист|эксперт|аналитик|историк|журналист|обозреватель|корреспондент|"
    r"редактор|колумнист|публицист|социолог|юрист|востоковед|директор|руководитель|"
    r"сотрудник|доцент|профессор|кандидат|доктор|исследователь|политтехнолог)"
    r"(?:[,\s][^!?:]{0,80})?(?<!\.)$"
)


# A contributor's line under the name: "Special to The Globe and Mail", "Special for X".
_SPECIAL_TO = re.compile(
    r"^(?i:special|exclusive)\s+(?i:to|for)\s+(?:the\s+)?[A-Z][\w&.'’ -]{1,40}$"
)


def role_line(line: str) -> bool:
    """A line that only gives a byline's role ("Business reporter, BBC News") or says the
    author wrote for the paper ("Special to The Globe and Mail")."""
    line = line.strip()
    if len(line.split()) > 8:
        return False
    if line[:1].islower():
        return bool(_LOWER_ROLE.match(line))
    if not line[:1].isupper():
        return False
    return bool(_ROLE_LINE.match(line) or _SPECIAL_TO.match(line))


# "By Jane Doe in Almaty", "By Jane Doe in New York, March 3, 2025": the place the author
# filed from, printed in the byline instead of a dateline opening the text.
_FILED_FROM = re.compile(
    rf"^(?i:by)\s+(?P<name>{_NAME})\s+in\s+"
    r"(?P<place>[A-ZÄÖÜА-ЯЁ][\w'’.-]+(?:\s[A-ZÄÖÜА-ЯЁ][\w'’.-]+)?)(?P<rest>.*)$"
)


# A reporter's name and the place filed from, with no 'By' ('Jane Doe in Frankfurt'), as a
# paper sets it under the headline.
_PLACED_NAME = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})\s+in\s+"
    r"[A-ZÄÖÜ][\w'’.-]+(?:\s[A-ZÄÖÜ][\w'’.-]+)?$"
)


def placed_name(line: str) -> str:
    """The name of a bare 'Jane Doe in Frankfurt' byline, else ''. Alone it could be a
    headline ('Minister Doe in Berlin'): trusted only where a byline stands, under a
    clipping's credit."""
    m = _PLACED_NAME.match(line.strip())
    return m["name"] if m and _is_name(m["name"]) else ""


# "Von Henrik Sauer, Stuttgart" (German papers): the name, a comma, the place in ordinary
# case (one word: "Von Anna Berger, dpa" credits an agency, "…, Korrespondentin" a role).
_VON_PLACE = re.compile(rf"^(?i:von)\s+(?P<name>{_NAME}),\s+(?P<rest>.+)$")
_CASED_PLACE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][a-zäöüß]{2,}(?:[-/][A-ZÄÖÜ][a-zäöüß]+)?)(?P<rest>.*)$"
)


def place_after_name(after: str, not_places: Collection[str] = ()) -> str:
    """The place printed after a byline's name (", Bern" after "Georg Brunner"), or '':
    one word in ordinary case, nothing after it but a date; no role ("Redakteurin") and
    no section (in `not_places`)."""
    m = _CASED_PLACE.match(after.strip().removeprefix(",").strip())
    if not m or m["place"].lower() in not_places or role_line(m["place"]):
        return ""
    rest = m["rest"].strip(" ,|·•–—-")
    return m["place"] if not rest or ((hits := find_dates(rest)) and hits[0].start <= 3) else ""


def byline_place(line: str, not_places: Collection[str] = ()) -> str:
    """The place a byline says the author wrote from ("By Jane Doe in Almaty" → "Almaty",
    "Von Henrik Sauer, Stuttgart" → "Stuttgart"), or ''. Only a date or a separator may
    follow it; a section ("By Jane Doe in Business on 3 March", in `not_places`) is where
    the page filed the story, not a place."""
    line = line.strip()
    if len(line.split()) <= 14 and (von := _VON_PLACE.match(line)) and _is_name(von["name"]):
        return place_after_name(von["rest"], not_places)
    m = _FILED_FROM.match(line) if len(line.split()) <= 14 else None
    if not m or not _is_name(m["name"]):
        return ""
    words = m["place"].split()
    for size in range(1, len(words) + 1):  # "Almaty November 21": the place is one word
        place = " ".join(words[:size])
        rest = (" ".join(words[size:]) + m["rest"]).strip(" ,|·•–—-")
        if place.lower() in not_places:
            return ""
        if not rest or ((hits := find_dates(rest)) and hits[0].start <= 3):
            return place
    return ""


_JOINERS = (", ", " and ", " und ", " и ", " & ", ", and ", " e ", " et ")


def printed_names(author: str, lines: Iterable[str]) -> str:
    """A page's metadata lists its writers ("Jane Doe, John Roe"); the byline it prints
    joins them in its own words ("Jane Doe and John Roe", "Anna Roth und Jan Lind"). The
    names as the first printed line holding them all in that order joins them, else
    `author`."""
    names = author.split(", ")
    if len(names) < 2:
        return author
    for line in lines:
        start = line.find(names[0])
        if start < 0:
            continue
        end, ok = start + len(names[0]), True
        for name in names[1:]:
            joined = next((j for j in _JOINERS if line.startswith(j + name, end)), "")
            if not joined:
                ok = False
                break
            end += len(joined) + len(name)
        if ok:
            return line[start:end]
    return author


# A company's legal form as companies write it: the case counts ("АО" is a form, "Ао" a
# name; "Ag" a name, "AG" a form).
_LEGAL_FORM = re.compile(
    r"(?<![\w.])(?:g?GmbH|AG|KG|KGaA|SE|Ltd\.?|LTD\.?|Limited|LLC|L\.L\.C\.|Inc\.?|INC\.?|"
    r"Corp\.?|plc|PLC|S\.A\.|S\.p\.A\.|S\.r\.l\.|B\.V\.|N\.V\.|"
    r"ООО|ОАО|ЗАО|ПАО|НАО|АО|АНО|ФГУП|ГУП|МУП)(?=\W|$)"
)
# The words of a publishing house no person bears ("Example Verlag", "Beispiel Mediengruppe")
_HOUSE_WORDS = re.compile(
    r"(?i:\w*verlag\w*|mediengruppe|medienhaus|media group|издательский дом|"
    r"медиагруппа|медиахолдинг)(?=\W|$)"
)
# A street address after the name: a street word with its number, or a postcode and town
_ADDRESS = re.compile(
    r"(?i:stra(?:ss|ß)e|str\.|street|road|avenue|platz|улица|ул\.|проспект|пр-т)\s*\d"
    r"|\b\d{1,4}[a-z]?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|Road|Avenue|Lane|Square)\b"
    r"|\b\d{4,6}\s+[A-ZÄÖÜА-ЯЁ]"
)


# A town of an address: up to three capitalised words ("Hamburg", "Frankfurt am Main").
_PLACE = re.compile(r"[A-ZÄÖÜА-ЯЁ][\w.'’-]+(?:\s[\w.'’-]+){0,2}")


_HOST = re.compile(r"(?:www\.)?[\w-]{2,}(?:\.[\w-]+)*\.[a-z]{2,6}")


def _company(part: str) -> bool:
    return bool(_LEGAL_FORM.search(part) or _HOUSE_WORDS.search(part))


def person_author(name: str) -> str:
    """A stated author as a person: '' for a company ("Example Media Ltd, London",
    "ООО «Пример», Москва", "Example Verlag, Hauptstraße 5, 10115 Berlin"), the names before
    it for people with their employer ("Jane Doe, Example Media Ltd"). Pages state the
    publisher as author; shown as the writer, it hides the byline the page prints."""
    parts = [p.strip() for p in name.split(",") if p.strip()]
    if len(parts) >= 3 and is_country_name(parts[-1]) and _PLACE.fullmatch(parts[-2]):
        # "Example Online, Hamburg, Germany": the town and the country of an address
        parts = parts[:-2]
        name = ", ".join(parts)
    if not parts or _company(parts[0]) or any(_ADDRESS.search(p) for p in parts[1:]):
        return ""
    if len(parts) == 1 and _HOST.fullmatch(parts[0]):
        return ""  # "example.de": the site's address, no writer
    cut = next((i for i, p in enumerate(parts) if _company(p)), len(parts))
    if cut == len(parts):
        return name.strip()
    people = parts[:cut]
    return ", ".join(people) if all(_is_name(p) for p in people) else ""


# A magazine's deck that names its writer last: "… are not keeping up, writes JANE ROE",
# "…, schreibt Anna Berg", "…, пишет Иван Петров" (the name in capitals or not).
_DECK_WRITER = re.compile(
    r"[^\W\d]{2}[.,!?…:;»“”\"]?\s*[,–—-]?\s+(?:writes|reports|schreibt|berichtet|пишет)\s+"
    r"(?P<name>(?-i:[A-ZÄÖÜА-ЯЁ])[\w'’.-]+(?:\s(?-i:[A-ZÄÖÜА-ЯЁ])[\w'’-]+){1,2})\.?$",
    re.I,
)
_DECK_WRITER_WORDS = (10, 70)


def deck_writer(line: str) -> str:
    """The writer a deck names at its end ('…, writes JANE ROE' gives 'Jane Roe'), or ''."""
    line = line.strip()
    if not _DECK_WRITER_WORDS[0] <= len(line.split()) <= _DECK_WRITER_WORDS[1]:
        return ""
    if not any(w in line[-60:] for w in ("writes", "reports", "schreibt", "berichtet", "пишет")):
        return ""
    m = _DECK_WRITER.search(line, max(0, len(line) - 70))
    if not m or not _is_name(m["name"]):
        return ""
    name = m["name"]
    return " ".join(w.capitalize() for w in name.split()) if name.isupper() else name
