"""Text (+ whatever metadata a container already gave) → one clean Article.

Every format ends here, so the seed-style heuristics (title above the dateline, header-bar
date vs publication stamp, agency from the dateline, boilerplate and teaser removal) work on
plain text, HTML main text, e-mail parts, PDF and Word documents alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from app.importers import boilerplate as bp
from app.importers.agency import (
    Dateline,
    bare_dateline,
    colon_dateline,
    dashed_dateline,
    dateline_after_teaser,
    is_desk_word,
    lone_place,
    mentioned_agency,
    normalise_place,
    parse_dateline,
    profile_for_url,
    profile_named,
    release_place,
)
from app.importers.byline import (
    after_name,
    author_of_line,
    byline_place,
    deck_writer,
    desk_credit,
    glued_role_names,
    name_with_outlet,
    reporting_credit,
    role_line,
    run_in_role_name,
    staff_line,
    stamp_byline,
    stamp_person,
    unnamed_reporter,
    with_agency,
    without_credit,
)
from app.importers.casing import cased_section, cased_title
from app.importers.chromecheck import is_chrome_author
from app.importers.dates import (
    REVISION_LABEL,
    STAMP_PARTS,
    DateHit,
    find_dates,
    first_published_time,
    is_only_date,
    relative_stamp,
    rights_year,
    without_issue,
    year_dates,
)
from app.importers.dbrecord import read_record
from app.importers.language import detect_language
from app.importers.normalize import clean_text, unwrap
from app.importers.outlets import (
    default_gazetteer,
    edition_of_sender,
    is_agency_name,
    is_listed_name,
    known_outlet_name,
    latin_of_printed,
    listed_name_under_logo,
    outlet_of_host,
    outlet_source,
    printed_hosts,
)
from app.importers.profiles import Profile
from app.importers.pullquote import is_pull_quote
from app.importers.sections import (
    _HOME,
    VOCABULARY,
    active_section,
    arrow_trail_over_title,
    backlinked_trail,
    bar_menu_entries,
    closes_desk_menu,
    desk_crumb_over_title,
    foot_named_desk,
    in_menu_row,
    in_stacked_menu,
    is_arrow_trail,
    is_dot_trail,
    is_menu_line,
    is_menu_row,
    is_office_unit,
    is_rubric_row,
    is_slash_trail,
    lined_arrow_trail,
    menu_closing_rubric,
    menu_rooted_trail,
    page_trail,
    plain_section,
    section_of_line,
    stacked_trail,
    stated_section,
    trail_over_title,
)
from app.importers.sentences import first_sentence
from app.importers.signoff import dated_signoff, signoff_agency, signoff_writer
from app.importers.sitename import (
    app_bar_logo,
    brand_name,
    cased_capitals,
    channel_name,
    company_brand,
    dashed_latin_name,
    domain_cased,
    domain_logo,
    has_cyrillic,
    host_spelled_words,
    imprint_issuer,
    is_company_name,
    is_institution,
    is_mixed_script,
    is_other_script,
    is_press_name,
    is_public_body,
    is_trail,
    latin_logo,
    latin_name,
    masthead_brand,
    names_host,
    own_latin_brand,
    owner_cased,
    owner_is_company,
    paired_latin_name,
    plain_source,
    printed_domain_case,
    printed_latin_spelling,
    quoted_name_of_domain,
    reader_view_host,
    regional_office,
    ria_named,
    same_name_spelled,
    service_under_owner_logo,
    site_from_footer,
    site_from_issuer_label,
    site_from_masthead,
    site_from_more_from,
    site_from_press_office,
    spelled_institution,
    spelled_name_of_host,
)
from app.importers.stampline import (
    folio_rubric,
    page_heads,
    press_running_head,
    slash_stamp,
    typed_credit,
)
from app.model import Article

_SENTENCE_END = tuple('.!?…:"»“”)')
# quotation marks around a name: «Пример», „Example“
_QUOTES = re.compile(r"[«»\"„“”]")
# A closing quote ends a sentence only after its full stop ('… said "no."'); a headline
# may end in a quoted name ("… о товарном знаке «Чебурашка»")
_QUOTE_END = re.compile(r"[^.!?…][\"»“”]$")
_LABELLED = re.compile(
    r"(?:veröffentlicht|erschienen|publiziert|published|posted|опубликовано|дата публикации|"
    r"дата|datum|\bdate)\b",  # whole words: "Last update on:" is no publication label
    re.IGNORECASE,
)
# The day a court or an authority decided what the release reports, printed as the
# case's reference under the headline: "Beschluss vom 28. Oktober 2025", "Urteil vom …",
# "Judgment of 4 March 2025", "Решение от 12.11.2025": the case's date, not the release's.
_DECISION_DAY = re.compile(
    r"(?:^|\b)(?:beschluss|urteil|entscheidung|verfügung|judgment|judgement|ruling|decision|"
    r"order|решение|постановление|определение|приговор)\s+(?:vom|of|dated|от)\s*$",
    re.IGNORECASE,
)
# The time of the incident a police report opens with ("Tatzeit: 22.11.2025, 02:40 Uhr",
# "Time of incident: …", "Время происшествия: …"): when it happened, never the report's stamp.
_EVENT_TIME = re.compile(
    r"^(?:tatzeit|tatzeitraum|tattag|unfallzeit|einsatzzeit|ereigniszeit|zeit des vorfalls|"
    r"time of (?:the )?(?:incident|offence|offense|accident)|incident (?:date|time)|"
    r"(?:время|дата) (?:происшествия|совершения|дтп|инцидента))\s*:",
    re.IGNORECASE,
)
# A kicker naming the document's kind ("Statistical Release", "Joint Statement", "Amtliche
# Mitteilung", "Официальное сообщение"), read as a byline's name: no person is called so.
_KIND_OF_DOCUMENT = re.compile(
    r"\b(?:release|statement|bulletin|communiqu[eé]|announcement|notice|advisory|"
    r"press(?:e)?mitteilung|mitteilung|medienmitteilung|presseinformation|пресс-релиз|"
    r"сообщение|информация)$",
    re.IGNORECASE,
)
# The first publication, printed under the text beside a later stamp in the header.
_FIRST_PUBLISHED = re.compile(
    r"^(?:erstpublikation|erstveröffentlichung|erstmals veröffentlicht|first published|"
    r"originally published|впервые опубликовано|первая публикация|"
    # the sentence a US chain's pages close with: "This story was originally published
    # November 19, 2025 at 4:30 PM." (the header states only the update)
    r"this (?:story|article|report) was (?:originally|first) published)\b",
    re.IGNORECASE,
)
# A publication stamp with its label, which a portal prints in its footer below the list of
# related links: "Veröffentlicht am 27.11.2025", "Published on 3 March 2025", "Опубликовано:
# 12.11.2025" (read only when nothing else dates the page).
_FOOT_PUBLISHED = re.compile(
    r"^(?:veröffentlicht|erschienen|publiziert|published|posted|опубликовано|дата публикации|"
    r"дата размещения|publication date|date of publication|datum der veröffentlichung)"
    # a paper's print issue before its day: "Erschienen in Ausgabe 24/2025 vom 04.12.2025",
    # "Published in issue 12/2025 of 3 March 2025", "Опубликовано в номере 45/2025 от …"
    r"(?:\s+(?:in|в)\s+(?:der |dem |the )?(?:[\w.+№-]+\s+){0,3}\d{1,3}/(?:\d{2}|\d{4})"
    r"\s+(?:vom|of|from|от)\b)?"
    # the day in figures, or the month's name first: "Published: November 27, 2025"
    r"(?:\s+(?:am|on|at))?\s*:?\s*(?:\d|[^\W\d_]{3,9}\.?\s+\d)",
    re.IGNORECASE,
)
# A rule drawn with a character repeated ("______", "==========", "----------").
_RULE_LINE = re.compile(r"^\s*(?:_{8,}|={8,}|-{8,}|–{8,}|—{8,})\s*$")
# A reader's or analyst's note under such a rule, by its label: "Analyst comment (J. Roe,
# 21.11.2025):", "Anmerkung der Redaktion:", "Interne Einschätzung:", "Комментарий аналитика:".
_ANNOTATION_LABEL = re.compile(
    r"^\s*(?:(?:analyst|editor|editor's|internal|desk|our|reviewer's|interne|eigene)\s+)?"
    r"(?:comment|note|remark|assessment|kommentar|anmerkung|einschätzung|bewertung|notiz|"
    r"комментарий|примечание|оценка)(?:\s+(?:der redaktion|аналитика|редакции))?"
    r"(?:\s*\([^()]{2,60}\))?\s*:\s*$",
    re.IGNORECASE,
)
# A newspaper page's column of short items under the story, by its label alone on its line:
# "KURZ NOTIERT", "In Kürze", "IN BRIEF", "News in brief", "КОРОТКО".
_BRIEFS_LABEL = re.compile(
    r"^\s*(?:kurz notiert|kurz gemeldet|in kürze|kurznachrichten|in brief|news in brief|"
    r"briefly|коротко|кратко|новости коротко)\s*$",
    re.IGNORECASE,
)
# A fact box's label in capitals over its one figure: "ЦИФРА" / "312 млн рублей – …", "DIE
# ZAHL" / "4,1 Millionen …", "BY THE NUMBERS".
_FIGURE_BOX = re.compile(
    r"^\s*(?:ЦИФРА(?: ДНЯ)?|ЦИФРЫ|DIE ZAHL|ZAHL DES TAGES|IN ZAHLEN|BY THE NUMBERS|THE NUMBER|"
    r"IN NUMBERS)\s*$"
)
_FOOT_FIRSTS = frozenset("VvEePpОоДдDd")  # the letters _FOOT_PUBLISHED's labels open with
# A wire's sign-off closing its text with the day in figures, the editor's initials before
# it: "(LM) (Agenzia Example 21/11/2025)", "(Example News, 21.11.2025)", "(jd/ab) (ИА Пример
# 21.11.2025)": the story's day of publication, printed under the text only.
_DATED_SIGNOFF = re.compile(
    r"^(?:\([^\W\d_]{1,5}(?:/[^\W\d_]{1,5})*\)\s*)?"
    r"\([^\W\d_][^()\d]{1,40}?[\s,]\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\)$"
)
_WORDS = re.compile(r"\w+")
_ORG_WORDS = re.compile(
    r"\b(?:agency|agentur|news|information|press|media|zeitung|times|post|online|group|"
    # an institution under a press officer's byline: "Technische Universität Example"
    r"universit(?:ät|y)|hochschule|institut|institute|ministerium|ministry|stiftung|"
    # a bank or a public body signing under its release: "European Central Bank"
    r"bank|banque|банк|commission|kommission|parliament|parlament|government|regierung|"
    r"агентство|новости|газета|redaktion|rédaction|редакция)\b",
    re.IGNORECASE,
)
_DATELINE_SCAN = 80
_STAMP_LINES = 3  # a byline and a stamp line (or two) between a caption and the text
_STAMP_WORDS = 16  # 'Jan. 15, 2026, 2:31 PM EST / Updated Jan. 15, 2026, 6:10 PM EST'
# How far from the headline a press release's "Place, date" line stands (above it, or
# under it with the sub-headline between).
_RELEASE_PLACE_SPAN = 3
# A breadcrumb trail's first crumb set in capitals (a site's abbreviation): "BNN › Business".
_HOME_CRUMB = re.compile(r"^(?P<home>[A-ZÄÖÜА-ЯЁ]{2,8}) (?:›|>|») \S")
_STANDFIRST_WORDS = 45  # a standfirst is two or three sentences
_CAPTION_WORDS = 25  # captions are a sentence or two; a standfirst runs longer
_MIN_STANDFIRST_WORDS = 6  # fewer words under a headline are a kicker or a label
# A sentence that says who reported the news ("Об этом Example.az сообщили в агентстве",
# "as the ministry told Example", "wie das Amt mitteilte"): the text's own, never a caption's.
_REPORTED = re.compile(
    r"(?:^|[.!?]\s+)об этом\b(?:[^.!?]|\.(?=\w)){0,80}\b(?:сообщ|заяв|рассказ)\w*|"
    r"\bкак сообща\w+\b|"
    r"\b(?:told|reported to) (?-i:[A-Z])[\w.-]+|\bwie (?:der|die|das) [^.!?,]{2,60} mitteilte\b",
    re.IGNORECASE,
)
# Latin letters with their accents too ("Desirée", "Łukasz Śliwa", "Núñez").
_NAME_UP = "A-ZÀ-ÖØ-ÞА-ЯЁĀ-Ž"
_NAME_LOW = "a-zß-öø-ÿа-яёā-ž'’"
# (an Irish surname's capital after its apostrophe too: "O'Riordan", "D'Arcy")
_NAME_WORD = (
    rf"[{_NAME_UP}][{_NAME_LOW}]+(?:(?<=['’])[{_NAME_UP}][{_NAME_LOW}]+)?"
    rf"(?:-[{_NAME_UP}][{_NAME_LOW}]+)?"
)
# A name, or a surname after initials as Mongolian and Russian bylines print it ("Б.Солонго"),
# or a given name and surname after one, as Indian bylines do ("K. Lakshmi Narayanan")
_PERSON = (
    rf"(?:{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}|"
    rf"(?:[{_NAME_UP}]\. ?){{1,2}}{_NAME_WORD}(?: {_NAME_WORD})?)"
)
# A line of names only ("Jakob Meier", "Hannah Rowe and Kenji Arai"): a byline without "By".
# FT-style "Rachel Oduya in London": the names, then where the reporter writes from, a
# place of two words or with its particle ("Rio de Janeiro", "Frankfurt am Main").
_PLACE_AFTER_IN = (
    rf" in {_NAME_WORD}(?: (?:de|do|da|del|am|an der|upon|on) {_NAME_WORD}| {_NAME_WORD})?"
)
_NAMES_LINE = re.compile(
    rf"^(?P<names>{_PERSON}(?:\s*(?:,|&|\band\b|\bund\b|\bи\b)\s*{_PERSON})*)"
    rf"(?:{_PLACE_AFTER_IN})?$"
)
# A writer's signature under the text in the style of papers of the former Soviet Union:
# the given name, then the surname in capitals ("Нурлан АСАНОВ", "Anna BEISPIEL").
_SHOUTED_SURNAME = re.compile(rf"^{_NAME_WORD} [{_NAME_UP}]{{2,}}(?:-[{_NAME_UP}]{{2,}})?$")
# Reporters filing from two places: "Helena Marsh in Athens and Tom Price in Brussels".
_PERSON_IN = rf"{_PERSON} in {_NAME_WORD}(?: {_NAME_WORD})?"
_NAMES_IN_PLACES = re.compile(rf"^{_PERSON_IN}(?:\s*(?:,|&|\band\b|\bund\b)\s*{_PERSON_IN})+$")
# A reporter's name and, after a comma, the one-word place filed from ("Jane Doe, Stavanger").
_NAME_COMMA_PLACE = re.compile(rf"^(?P<name>{_PERSON}),\s+{_NAME_WORD}$")
_IN_PLACE = re.compile(rf" in {_NAME_WORD}(?: {_NAME_WORD})?(?=\s*(?:,|&|\band\b|\bund\b|$))")
# Authors with their academic titles, as a study or brief prints them ("Dr. Jane Doe ·
# Prof. Dr. John Roe"): the titles are no part of the names.
_ACADEMIC_TITLE = (
    r"(?:(?:Jun\.-)?Prof\.|Dr\.|PD|Dipl\.-[A-Z][a-z]*\.|Mag\.)(?: ?(?:h\. ?c\.|habil\.))?"
)
_TITLED = rf"(?:{_ACADEMIC_TITLE} )+{_PERSON}"
_TITLED_NAMES = re.compile(
    rf"^{_TITLED}(?:\s*(?:[,·•;&]|\band\b|\bund\b)\s*(?:{_TITLED}|{_PERSON}))*$"
)
_TITLE_WORDS = re.compile(rf"(?:{_ACADEMIC_TITLE} )+")
_NAME_SEPARATOR = re.compile(r"\s*(?:[,·•;&]|\band\b|\bund\b)\s*")


# An agency's credit after a byline's names: "Jane Doe, PA", "Anna Berger, dpa".
_BYLINE_CREDIT = re.compile(r",\s*(?P<name>[A-ZА-ЯЁ]{2,6}|[a-z]{2,4})$")


def byline_credit(line: str) -> tuple[str, str]:
    """A byline of names with an agency's credit after the comma, as (names, agency), or
    ('', ''): the paper carries the agency's copy under its reporter's name."""
    m = _BYLINE_CREDIT.search(line.strip())
    if not m or not _NAMES_LINE.match(names := line.strip()[: m.start()].strip()):
        return "", ""
    return names, m["name"]


def _bio_under_name(lines: list[str], i: int, author: str) -> str:
    """The author's name when line i is her one-sentence biography ("Jane Roe is a
    business reporter covering energy.") under her byline, as pages print it over the
    text: the name is the byline's or the line above's. '' otherwise."""
    line, above = lines[i], lines[i - 1].strip()
    if not (author and line.startswith(author)) and not (above and line.startswith(above)):
        return ""
    name = bp.bio_name(line) if bp.is_end_bio(line) else ""
    return name if name and name in (author, above) else ""


def _name_over_role(lines: list[str], i: int) -> bool:
    """A names line over a byline's role line ("Jane Doe" / "Senior Business Reporter"): a
    byline block that a page sets in bold as the text's first paragraph. A name in capitals
    right over a paragraph that opens with its own dateline is such a byline too."""
    if i + 1 >= len(lines):
        return False
    if _shouted_over_dateline(lines[i], lines[i + 1]):
        return True
    if not role_line(lines[i + 1]):
        return False
    return bool(_byline_names(lines[i]) or _shouted_name(lines[i]))


def _desk_after_outlet(section: str, source: str) -> str:
    """'Example Courier | Valley' over the headline: the outlet's name, then its desk; the
    section is the desk (the outlet is the source, never a level of the rubric)."""
    head, sep, desk = section.partition(" | ")
    if not sep or not source or not desk.strip() or _key(head) != _key(source):
        return section
    return desk.strip()


def _shouted_over_dateline(line: str, after: str) -> bool:
    """'JANE ANN DOE' alone over 'Srinagar, Nov 24: Growers …': the byline in capitals as a
    print page sets it, since the paragraph under it opens with its own place; a lone place
    in capitals there would stand for the dateline, never repeat another."""
    name = _shouted_name(line)
    if not name or not is_prose(after) or not (found := bare_dateline(after)):
        return False
    return found.place.casefold() not in (name.casefold(), line.strip().casefold())


def _shouted_name(line: str) -> str:
    """A name in capitals alone on its line ('JANE DOE', as a print page sets the byline)
    in a name's case, or ''; trusted over a role line only ('Business reporter')."""
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.isupper() for w in words):
        return ""
    titled = " ".join(w.capitalize() for w in words)
    return titled if _byline_names(titled) == titled else ""


def _byline_names(line: str) -> str:
    """The names of a byline without "By" ("Jakob Meier", "Rachel Oduya in London"), of
    several reporters each with their place too (the places left out), or ''."""
    if bp.is_language_switch(line):
        return ""  # "O'zbekcha Русский English": the site's languages, not people
    if names := byline_credit(line)[0]:
        return names  # "Jane Doe, PA": the agency's credit after the name
    if _TITLED_NAMES.match(line.strip()):
        untitled = _TITLE_WORDS.sub("", line.strip())
        return ", ".join(n for n in _NAME_SEPARATOR.split(untitled) if n)
    if m := _NAMES_LINE.match(line):
        names = m["names"]
        while "," in names and after_name(names.rsplit(",", 1)[1]):
            names = names.rsplit(",", 1)[0].strip()  # "Jane Doe, Health Editor"
        return names
    if _SHOUTED_SURNAME.match(line.strip()) and len(line.split()[-1]) >= 4:
        given, surname = line.split()  # "Шахло АЗИЗОВА" over the text: the surname unshouted
        return f"{given} {surname.title()}"
    if _NAMES_IN_PLACES.match(line):
        return _IN_PLACE.sub("", line)
    if m := _NAME_COMMA_PLACE.match(line.strip()):
        return m["name"]  # "Jane Doe, Stavanger": the reporter and the place filed from
    # "Jane Doe Live reporter and John Roe", "Jane Doe Local Democracy Reporting Service"
    return glued_role_names(line) or run_in_role_name(line)


# A source label under the text that names the outlet and its reporter after a slash
# ("Quelle: Example Today/Jane Doe", "Source: Example FM / John Roe"): the byline.
_SOURCE_AND_NAME = re.compile(
    rf"^(?i:quelle|source|источник)\s*:\s*[^/\s][^/]{{1,40}}?\s*/\s*(?P<name>{_PERSON})$"
)


# A site's host name alone on its line ("ru.example.lt", "www.example.ch"): the outlet a
# byline writes for, or a logo; never a headline.
_HOST_LINE = re.compile(r"^(?:https?://)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?$")


# A release's kind alone on its line by the headline ("Press Release", "Pressemitteilung"):
# the page's label of the document type, not the text's first paragraph.
_KIND_LABEL = re.compile(
    r"(?:press|news|media) release|pressemitteilung|pressemeldung|presseinformation|"
    r"medienmitteilung|medieninformation|presseaussendung|(?:press|media) statement|пресс-релиз",
    re.IGNORECASE,
)
_RELEASE_HEAD = 4  # the release's kind stands among the lines right over its headline


def _released(lines: list[str], title_idx: int) -> bool:
    """Whether the release's kind stands alone over the headline ('ПРЕСС-РЕЛИЗ' / date /
    headline): the text is a press release, its source the issuing organisation."""
    over = lines[max(0, title_idx - _RELEASE_HEAD) : max(0, title_idx)]
    return any(len(ln) < 40 and _KIND_LABEL.fullmatch(ln.strip()) for ln in over)


# A byline pasted onto its label without a space ("ByJane Doe", "VonEva Roth", "АвторИван").
_GLUED_BY = re.compile(r"^(?:By|Von|Автор:?)(?=[A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё])")
# A label alone on its line, the name on the next: "Автор" / "Author of the article:";
# a writing role with its colon ("Reporter:" / "Jane Doe", "Корреспондент:" / "Имя"), as
# "Reporter: Jane Doe" on one line is the byline (the editor or photographer is no author).
_AUTHOR_LABEL = re.compile(
    r"^(?:(?:author of the article|authors?|autor(?:in|en)?|автор(?:ы)?|von|by|text|текст)\s*:?|"
    r"(?:reporter(?:in)?|writer|korrespondent(?:in)?|корреспондент)\s*:)$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:©|\(c\)|(?:foto|photo|фото|bild|image|picture|bildrechte|bildquelle|quelle|"
    r"credit|source|источник|copyright(?=\s*:\s*[^\W\d][^©\d]{1,60}$))\s*:)\s*\S+",
    re.IGNORECASE,
)
# "Updated - March 05, 2025 11:02 am IST - NEW DELHI": the place after the stamp, in capitals.
_STAMP_PLACE = re.compile(r"^\s*[-–—|]\s*(?P<place>[A-ZÄÖÜА-ЯЁ][A-ZÄÖÜА-ЯЁ'’. -]{2,30})$")
# An agency credit alone on a line under the headline: "PTI", "(AP)", "Quelle: dpa".
_AGENCY_LINE = re.compile(
    r"^(?:(?i:quelle|source|источник)\s*:\s*)?\(?(?P<name>[A-ZА-ЯЁ]{2,6}|[a-z]{2,4})\)?$"
)
# A video player's credit over its caption: "Video: Example TV", "Видео: Example".
_VIDEO_CREDIT = re.compile(r"^(?:video|видео)\s*:\s*\S+(?:\s\S+){0,4}$", re.IGNORECASE)
_VIDEO_CAPTION_WORDS = 15
# A copyright notice names the site ("© 2025 Deutsche Welle"), a photo credit does not;
# whole words only: "Bildrechte: picture alliance/dpa" is a picture credit.
_LEGAL = re.compile(r"\b(?:(?:19|20)\d\d|rights|rechte|права|copyright)\b", re.IGNORECASE)
# An agency's credit in brackets closing the text's last paragraph: "… geplant. (dpa)",
# "… am Montag. (dpa/lsa)"; its name before any regional desk, or after the editor's
# initials ("(mal/KNA)"). After a dash as Malaysian and Singaporean papers mark carried
# copy: "… of subsidised fuel. — Bernama".
_CLOSING_CREDIT = re.compile(
    r"(?<=[.!?\"»“”])\s+(?:\((?P<name>[^\W\d][\w-]{1,11})(?:/(?P<after>[\w-]{1,11}))?\)"
    r"|[—–]\s?(?P<dashed>[^\W\d][\w-]{1,11}))$"
)
# A desk's sign-off under the text in small letters, the editor's initials and the agencies
# after slashes ("/kna", "may/afp", "/dpa/epd"): the agencies' names as the desk writes them.
_DESK_SIGNOFF = re.compile(r"^/?[a-zäöü]{2,5}(?:/[a-zäöü]{2,5}){0,3}$")


def _signoff_agency(line: str, profiles: tuple[Profile, ...]) -> Profile | None:
    """The agency a desk's sign-off names in small letters ('/kna' for KNA), else None: the
    case-insensitive alias, as the sign-off lowers every name it credits."""
    line = line.strip()
    if len(line) > 30 or "/" not in line or not _DESK_SIGNOFF.match(line):
        return None
    named = (profile_named(part, profiles) for part in line.split("/") if part)
    return next((p for p in named if p is not None), None)


# A carried story's credit under its text: "This report by Example Press was first
# published Nov. 24, 2025." (the agency's own wording for its copy in a paper).
_FIRST_RUN_CREDIT = re.compile(
    r"^This (?:report|story|article) by (?P<name>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})"
    r" was (?:first )?published\b.{0,40}$"
)
# A report's or briefing's first section heading over its text ("Summary", "1. Введение"):
# the document's outline, never its headline.
_DOCUMENT_HEADING = re.compile(
    r"^(?:\d\.?\s+)?(?:(?:executive )?summary|abstract|introduction|key (?:points|findings)|"
    r"zusammenfassung|einleitung|kurzfassung|kernpunkte|das wichtigste in kürze|"
    r"аннотация|резюме|введение|основные выводы|краткое содержание)\s*:?$",
    re.IGNORECASE,
)
# A bulleted line: a summary's points ("· Das Bundesgericht hat …") over the stamp.
_BULLET = re.compile(r"^[•·▪●◦‣■*–-]\s")
_KEY_POINT = frozenset("•▪●◦‣■")  # a list's bullet glyph: no headline starts with one
# An agency's end mark closing the last paragraph, with the desk's initials after it
# (KUNA's "… agreement. (end) ah.rk", a parliament service's "… vertagt. (Schluss) kar").
_END_MARK = re.compile(
    r"(?<=[.!?\"»”])\s+\((?:end|ende|schluss|конец)\)(?:\s+[a-z]{1,4}(?:\.[a-z]{1,4})*)?$",
    re.IGNORECASE,
)
# A release's end mark alone on its line ("***", "###", "-30-"): what follows without a
# paragraph of text is the site's frame (the desk's initials, the release number, links).
# A wire's sign-off does the same: "(END) Example Newswires", "--SPA" (two dashes, the
# agency's short name).
# A podcast's or video's teaser under "Hören Sie auch" ends in its running time ("… 12 Min.",
# "… 4 min"): its full stop closes the unit, not a sentence of the text.
_RUNTIME_END = re.compile(r"\s\d{1,3}\s?(?:min|mins|minuten|sek|sec|мин|сек)\.?$", re.IGNORECASE)

_END_LINE = re.compile(
    r"^(?:\*\s*){3,6}$|^(?:#\s*){3}$|^-\s*30\s*-$|"
    r"^\((?i:end|ende|конец)\)(?: [\w&.'’ -]{2,40})?$|^-{2} ?[A-ZА-ЯЁ]{2,8}$|"
    # the desk's initials alone under the text: "(ma)", "(ks/jh)"
    r"^\([a-z]{1,4}(?:/[a-z]{1,4})*\)$|"
    # the editor's initials after a rule of equals signs: "======== R.Sh."
    r"^={4,}\s*[A-ZА-ЯЁ][a-zа-яё]{0,2}\.(?:\s?[A-ZА-ЯЁ][a-zа-яё]{0,2}\.?){0,2}$"
)
# The header's news ticker over the headline, its label before another story's headline:
# "Breaking: Fire in the harbour", "Eilmeldung: …", "Срочно: …", "Just in – …".
_NEWS_TICKER = re.compile(
    r"^(?:breaking(?: news)?|just in|news alert|eilmeldung|eil|aktuell|срочно|молния|"
    # a live ticker's latest entry: "LIVE-TICKER: …", "Newsticker – …", "Онлайн: …"
    r"главное|live(?:[- ]?ticker|[- ]?blog)?|(?:news)?ticker|онлайн|лента)\s*[:|–—-]\s*\S",
    re.IGNORECASE,
)
# Index tickers in a page header: "DAX 24.112 -0,3%", "USD ЦБ 80,95", "Berlin 14°".
_DEGREE_GAP = re.compile(r"\s+°")
_TICKER = re.compile(r"[-+−]?\d[\d.,]*\s*(?:%|°\w?|pts?)?$")
# A channel's name: a cased word and its number, no sign, unit or decimals ("Example 24").
_CHANNEL_NAME = re.compile(r"^[A-ZА-ЯЁ][\w-]{2,}\s\d{1,2}$")
# A quote in a box of the securities a story names: "Siemens Energy AG 112,40 +3,85%" (the
# name, the price, the signed change in per cent).
_QUOTE = re.compile(r"^\D{2,60}?\s\d[\d.,]*\s+[-+−]\d[\d.,]*\s?%$")


@dataclass
class Hints:
    """Metadata a container format knows; non-empty values win over the heuristics."""

    title: str = ""
    lead: str = ""
    source: str = ""
    fallback_source: str = ""  # newsletter sender, site name: used when no agency is named
    # the fallback is the outlet a clipping's own source line or field table names ('Quelle:
    # Example Zeitung'), as printed, not a site's brand
    credited_source: bool = False
    # a person who mailed the text: their name only where the text names no outlet at all
    # (its masthead, its footer's notice); a colleague forwarding a page is not its source
    last_source: str = ""
    url: str = ""
    author: str = ""
    published: datetime | None = None
    dateline: str = ""
    byline_place: str = ""  # "By Jane Doe in Almaty": the dateline when the text has none
    section: str = ""
    language: str = ""
    stated_language: str = ""  # a page's own claim: taken when the text confirms it
    tags: list[str] = field(default_factory=list)
    reference: datetime | None = None  # e.g. a newsletter's date: gives datelines a year
    # the headline a printed page's title names ('Headline • Site'): the header is read as
    # ever, the headline among its lines is this one, not a menu or motto over it
    headline: str = ""


def _is_crumb(name: str, lines: list[str], title_idx: int) -> bool:
    """Whether `name` is a crumb of a breadcrumb trail over the headline: a desk, no byline."""
    key = _key(name)
    for line in lines[max(0, title_idx - 12) : max(0, title_idx)]:
        if is_trail(line) and key in {_key(p) for p in _CRUMB_SEP.split(line)}:
            return True
    return False


_CRUMB_SEP = re.compile(r"\s(?:›|»|>|→|/|\|)\s")


def _key(line: str) -> str:
    return " ".join(_WORDS.findall(line.lower()))


def _has_key(line: str, key: str) -> bool:
    """`_key(line) == key`, most lines told apart by their first word without squashing
    the whole line (a paragraph of text against a headline)."""
    low = line.lower()
    first = _WORDS.search(low)
    if first is None:
        return key == ""
    return key.startswith(first.group()) and " ".join(_WORDS.findall(low)) == key


@lru_cache(maxsize=8192)
def _words(line: str) -> int:
    """A line's number of words, remembered: dozens of rules ask it of the same lines."""
    return len(line.split())


_ECHO_WORDS = re.compile(r"[^\W\d_]{4,}")


def _echoes_title(line: str, title: str) -> bool:
    """A short line, no sentence, whose longer words are nearly all the headline's ("The UAE
    and Japan sign agreement on low-carbon hydrogen" between paragraphs under "UAE, Japan
    sign agreement on low-carbon hydrogen supply chain"): a picture's caption."""
    if _words(line) > 15 or line.rstrip().endswith(_SENTENCE_END):
        return False
    words = [w.lower() for w in _ECHO_WORDS.findall(line)]
    if len(words) < 4:
        return False
    headline = {w.lower() for w in _ECHO_WORDS.findall(title)}
    return sum(w in headline for w in words) >= 0.8 * len(words)


def _is_question_headline(lines: list[str], i: int) -> bool:
    """A headline put as a short question ("Can the Corridor Survive Its Own Success?"):
    one sentence of up to 12 words ending in "?", with running text on the next line (or
    under the writer's bare name there: 'Jane Doe'). Its length and full stop make it read
    as prose; above the standfirst it is the title."""
    line = lines[i].rstrip()
    k = i + 1
    if k + 1 < len(lines) and not is_prose(lines[k]) and stamp_person(lines[k].strip()):
        k += 1  # the byline under the headline, the text under it
    return (
        line.endswith("?")
        and _words(line) <= 12
        and not re.search(r"[.!?…]\s", line)
        and line[:1].isupper()
        and k < len(lines)
        and is_prose(lines[k])
        and not lines[k].rstrip().endswith("?")
    )


# A line wholly in quotation marks, with no full stop, "?" or "!" closing the quote: an
# interview's headline quoting its guest («In zwanzig Jahren sind … verschwunden»), which
# its closing mark makes look like a sentence.
_QUOTED_HEADLINE = re.compile(r"^[«„“\"‚‹](?:[^«»„“”\"]+)[»“”\"‘›]$")


def _is_quoted_headline(line: str) -> bool:
    """A short line quoted whole, with no sentence end inside its quote."""
    line = line.strip()
    return (
        _words(line) <= 16
        and bool(_QUOTED_HEADLINE.match(line))
        and not line[:-1].rstrip().endswith(tuple(".!?…"))
    )


# A word no headline ends on (a preposition, an article, a conjunction) or a hyphen: the
# line goes on below ('Baselbiet verschärft Regeln für', 'Council sets out plans for').
# Not a German verb's particle ('legt … vor', 'bricht … ein', 'baut … aus') nor an English
# one ('sets in', 'signs off on'), nor a letter that names ('Gruppe A', 'Hepatitis A').
_DANGLING_END = re.compile(
    r"(?:\s(?:von|vom|im|am|für|zum|zur|der|die|das|den|dem|des|eine|einen|einem|und|oder|"
    r"als|wie|dass|of|for|with|from|the|and|or|"
    r"в|во|на|с|со|к|ко|по|из|от|до|для|о|об|и|а|но|за|у|что|как)|[^\W\d_]-)$",
    re.I,
)
_CONTINUED_WORDS = 10  # the rest of a headline under its first line
# A German headline's first line cut after its finite verb in second place, a modal or
# 'wird' ('Gebäudeprogramm soll' / 'Heizungstausch beschleunigen', 'Die Stadt will' / …):
# the infinitive ends the headline on the next line. Not a clause with its verb last ('Was
# Europa tun muss', 'Wer Kanzler wird'), which may be the whole headline.
_MODAL_CUT = re.compile(
    r"^(?!(?:was|wer|wen|wem|wie|warum|wo|wann|wieso|weshalb|weswegen|ob|wenn|dass|weil)\b)"
    r"(?-i:[A-ZÄÖÜ])[\w-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w-]*){0,2}\s+"
    r"(?:soll|sollen|will|wollen|muss|müssen|kann|können|darf|dürfen|wird|werden)$",
    re.I,
)
# The German infinitive that ends such a headline's second line ('… beschleunigen'), which
# an English headline under a kicker ('Political Will' / 'Congress again fails …') lacks.
_INFINITIVE_END = re.compile(r"[a-zäöüß]+(?:en|ern|eln)[»“\"'!?]*$")


def _modal_cut(line: str, below: str) -> bool:
    """A German headline's first part ending on its modal ('Radwegeprogramm soll'), the
    infinitive closing the line under it ('… beschleunigen'). Why the infinitive: a kicker
    in capitals ('Political Will') over an English headline is no cut headline."""
    return bool(_MODAL_CUT.match(line.strip()) and _INFINITIVE_END.search(below.strip()))


def _opens_lower(line: str) -> bool:
    """A line opening in lower case, a brand's 'iPhone' or 'eBay' excepted."""
    s = line.strip().lstrip("«„“\"'‚‹(")
    first = s.split(" ", 1)[0] if s else ""
    return first[:1].islower() and first.islower()


def _cut_line(line: str) -> bool:
    """A line of running text cut by its column, no headline: it opens in lower case
    ('unter bestehenden Kanälen …', 'восточной части …') or stops on a word no sentence
    ends on ('… montags bis samstags von')."""
    if _opens_lower(line):
        return True
    s = line.strip()
    return bool(_DANGLING_END.search(s)) and not s.endswith(_SENTENCE_END)


def _split_head(line: str) -> bool:
    """A heading of a few words ending in its colon, the headline's first part."""
    return 2 <= _words(line) <= 6 and not is_prose(line)


# The label opening a bar of topics: a word or two and its colon ("Trending Now:").
_BAR_LABEL = re.compile(r"^[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?:\s+")


def _bar_row(line: str) -> bool:
    """Three or more labels of a word or two between bars ("Märkte | Polen | Energie",
    "News | World | Asia"): a path or a kicker of crumbs, never a headline (a headline
    with a bar sets a clause on at least one side: "Budget 2026 | What changes for you")."""
    if line.count(" | ") < 2:
        return False
    parts = line.strip().split(" | ")
    if (m := _BAR_LABEL.match(parts[0])) and len(parts) >= 3:
        # "Trending Now: Cyclone warning | Budget 2026 | Port City", "Top-Themen: …": the
        # bar's label, then its topics of a few words each
        return all(0 < len(p.split()) <= 3 for p in [parts[0][m.end() :], *parts[1:]])
    return all(0 < len(p.split()) <= 2 for p in parts)


def _menu_bar(line: str) -> bool:
    """The site's desks in one row with bars ('Home | Politics | Business | Regions'):
    page furniture, never a headline; the bar is looked for before the entries are."""
    return "|" in line and bool(bar_menu_entries(line))


def _kicker_over(kicker: str, headline: str) -> bool:
    """Two short headings: the first, a few words, over a longer second is the kicker
    ("Verkehrswende in Hamburg" over "Senat legt Radwege-Bilanz vor"); a deck under its
    headline is longer still (the rule for lines of more than four words takes those)."""
    return _words(kicker) <= 4 and _words(headline) > _words(kicker) and not _topic_headed(kicker)


# A headline closed by its day in brackets, no sentence: "Other story (19.11.2025)",
# "Another story - what next (2025-11-19)": a link to another story set amid the text.
_DATED_LINK = re.compile(
    r"^[^.!?]{12,160}\s\((?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
    r"\d{1,2}/\d{1,2}/(?:19|20)\d\d)\)$"
)
# A headline in the "Topic: statement" form ("Schweinepreis: Notierung bleibt stabil",
# "Ukraine: talks resume", "Нефть: цены растут"): words on both sides of the colon, no
# list after it ("Stichwörter: Bundesrat, Armee" is a field), and the statement in words,
# not a code or number ("Aktenzeichen: 3 S 1187/25" is a field too).
_TOPIC_COLON = re.compile(r"^[^\W\d_][\w-]*(?: [\w-]+)?: ([^\W\d_][^\s,;]* [^,;]+)$")
_WORD = re.compile(r"[^\W\d_]{2,}")


_DECK_WORDS = 12  # a sub-headline's length; a headline under a kicker is rarely as long


def _deck_under_rubric_headline(lines: list[str], short: int, long: int) -> bool:
    """'Lokales' / 'Küstenstädte rationieren Wasser' / a line of a dozen words: the desk's
    label already stands over the short line, so that line is the headline (a page sets
    no kicker under its rubric label and over the headline there), the long one its deck."""
    if long != short + 1 or not short or _words(lines[long]) < _DECK_WORDS:
        return False
    above = lines[short - 1].strip()
    if _closes_home_trail(lines, short - 1):
        return False  # 'Startseite' / 'Geld' / 'Wohnen': the page's path, a kicker may follow
    if _words(above) > 2 and is_trail(above):
        # 'Главная / Город' in one row: the trail's last crumb is the desk's label
        return bool(section_of_line(above))
    return _words(above) <= 2 and bool(section_of_line(above)) and not is_trail(above)


def _kicker_headline_deck(lines: list[str], first: int, long: int) -> bool:
    """'Aus: Ausgabe vom …' / 'Tarifkampf im Handel' / 'Kassen bleiben leer' / a line of a
    dozen words: two short headings stacked over a deck under a dated line. The upper is
    the kicker, the lower (right over the deck) the headline (a headline under a kicker is
    longer, so a third line as long as a deck is its deck)."""
    head, kicker = long - 1, long - 2
    return (
        kicker >= 1
        and first in (kicker, head)
        and _words(lines[long]) >= _DECK_WORDS
        and 2 <= _words(lines[head]) <= 4
        and 1 <= _words(lines[kicker]) <= 4
        and not _topic_headed(lines[kicker])
        # a stamp or the print edition's note over the kicker, no menu of desks ('Future
        # of Business' over a long headline)
        and any(c.isdigit() for c in lines[kicker - 1])
    )


def _closes_home_trail(lines: list[str], i: int) -> bool:
    """The line closes a breadcrumb trail set one crumb a line under its home word
    ('Startseite' / 'Geld' / 'Wohnen'): the page's path, which sites set over a kicker."""
    return any(lines[j].strip().lower() in _HOME for j in range(max(0, i - 3), i))


def _topic_headed(line: str) -> bool:
    """A short heading in the "Topic: statement" form is a headline of its own, not a
    kicker over the longer line under it (that line is its deck): a kicker names a topic
    alone ("Verkehrswende in Hamburg") or ends in its colon ("Tarifkonflikt:")."""
    m = _TOPIC_COLON.match(line.strip())
    return bool(m) and len(_WORD.findall(m[1])) >= 2


def _ends_sentence(line: str) -> bool:
    """Whether `line` ends as a sentence does; a closing quote only after its full stop
    ('Landeshauptmann: "Jetzt wird es ernst"' is a headline)."""
    line = line.rstrip()
    return line.endswith(_SENTENCE_END) and not _QUOTE_END.search(line)


def is_prose(line: str) -> bool:
    """A paragraph of running text rather than a heading, menu item or label."""
    n = _words(line)
    if n >= 25:
        return True
    line = line.rstrip()
    return n >= 8 and line.endswith(_SENTENCE_END) and not _QUOTE_END.search(line)


# A masthead's tagline under the logo: "Example News" / "Breaking news, business, sport
# coverage … Africa's news leader." over the site menu, one short entry a line.
_TAGLINE_MENU = 3


def _masthead_tagline(lines: list[str], i: int) -> bool:
    """A sentence in the page's first lines, under a short logo line and over a menu of at
    least three short entries (a word or three each, no sentence): the site's tagline, no
    text. Why: a paper's first paragraph is followed by more text, never by its menu."""
    if not 0 < i < _MASTHEAD_LINES or _words(lines[i - 1]) > 4 or is_prose(lines[i - 1]):
        return False
    menu = lines[i + 1 : i + 1 + _TAGLINE_MENU]
    short = [ln for ln in menu if _words(ln) <= 3 and not ln.rstrip().endswith(_SENTENCE_END)]
    return len(menu) == _TAGLINE_MENU and len(short) == _TAGLINE_MENU


# How far above the headline block a list's label ("Weitere Meldungen") is looked for.
_LIST_LABEL_SPAN = 8


def _under_list_label(lines: list[str], first: int) -> bool:
    """Three or more headings over the text that run up to a list's label ("Weitere
    Meldungen dieser Ausgabe", "Other news") with only unstamped headings between: the
    issue's other headlines, the text's own headline last. Why: such a list is printed right
    over the story it leads to."""
    for j in range(first - 1, max(first - 1 - _LIST_LABEL_SPAN, -1), -1):
        line = lines[j]
        if _words(line) <= 6 and (bp.is_footer(line) or bp.is_teaser(line)):
            return True
        if is_prose(line) or _words(line) <= 4 or find_dates(line) or _stamped_item(line):
            return False  # a stamped list ("12:08 Headline") or a trail stops the search
        if is_trail(line) or re.search(r"\s[»›>|/]\s", line):
            return False
    return False


# A publication's issue number alone on its line: "Ausgabe 224 / 2025", "Nr. 12/2025", "Issue
# 47"; a press office's release number: "Pressemitteilung Nr.: 187/2025".
_ISSUE_NUMBER = re.compile(
    r"^(?:(?:presse)?mitteilung |press release |пресс-релиз )?"
    r"(?:ausgabe|nr\.|no\.|issue|heft|выпуск|№)\s*:?\s*\d{1,4}(?:\s*/\s*(?:\d{2}|\d{4}))?$",
    re.I,
)


def keyword_list(line: str) -> bool:
    """A monitoring sheet's keywords under their label ('Harbour; wave energy; marine
    park'): three or more short terms split by semicolons, none a sentence. No headline
    is set as a list so."""
    parts = [p.strip() for p in line.split(";")]
    return len(parts) >= 3 and all(
        0 < len(p.split()) <= 4 and p[-1:] not in ".!?:…" and ":" not in p for p in parts
    )


def _issue_title(lines: list[str], i: int) -> bool:
    """A name of a few words over an issue number ("Rathaus Umschau" / "Ausgabe 224 / 2025")
    or a release number ("Ministerium für Bildung" / "Pressemitteilung Nr.: 187/2025"): the
    publication or the issuing office, no person. Why: only they number what they issue."""
    if i + 1 >= len(lines) or not 1 < _words(lines[i]) <= 4 or find_dates(lines[i]):
        return False  # one word there is rather a menu's entry ("Presse")
    return bool(_ISSUE_NUMBER.match(lines[i + 1].strip())) and not is_prose(lines[i])


# A press officer's name run into the office's name: "Dr. Jane Roe Presse- und
# Öffentlichkeitsarbeit", "John Doe Media Relations" (a science wire's release byline).
_NAME_THEN_OFFICE = re.compile(
    r"^(?P<name>(?:(?:Dr|Prof|PD)\.\s)*[A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+){1,2})\s+"
    r"(?:Presse-? und Öffentlichkeitsarbeit|Pressestelle|Pressesprecher(?:in)?|"
    r"(?:Unternehmens|Hochschul|Wissenschafts)?[Kk]ommunikation|Stabsstelle Kommunikation|"
    r"Press Office|Media Relations|Communications(?: Office)?|Public Relations)$"
)


# A release wire credited in the dateline: "(ots)", "/PRNewswire/", "(BUSINESS WIRE)".
_RELEASE_WIRE = re.compile(
    r"^(?i:(?:apa-)?ots|pr ?newswire|business ?wire|globe ?newswire|accesswire|prweb|"
    r"news aktuell|eqs(?:-news)?)$"
)
# The release's closing line naming its issuer: "SOURCE Example Corp" (the wire's capitals,
# no colon), "Original-Content von: Example GmbH, übermittelt durch news aktuell".
_ISSUER_CLOSING = re.compile(
    r"^(?:SOURCE\s+(?P<name>[A-Z][\w&.,'’ -]{1,60}?)|"
    r"(?i:original-content von)\s*:\s*(?P<orig>[^,]{2,60}?)\s*,\s*(?i:übermittelt durch)\b.*)\s*$"
)


def release_issuer(lines: list[str]) -> str:
    """The issuer a wire's release names in its closing line ('SOURCE Example Corp',
    'Original-Content von: Example GmbH, übermittelt durch …'), else ''. Why: the wire in
    the dateline only distributed the release; its issuer is the source."""
    for line in lines:
        if line[:1] in "SO" and (m := _ISSUER_CLOSING.match(line.strip())):
            name = (m["name"] or m["orig"]).strip(" ,")
            if len(name.split()) <= 6:
                return name
    return ""


def _name_then_office(line: str) -> str:
    """The name of a press officer whose office follows it on the line, titles kept as
    printed ('Dr. Jane Roe Pressestelle' -> 'Dr. Jane Roe'), else ''. Why: a release
    wire prints the contact who issued the text so, the institution on the line under it."""
    m = _NAME_THEN_OFFICE.match(line.strip())
    return m["name"] if m else ""


# A place's name in ordinary case alone on its line: "Srinagar", "Rivertown".
_CASED_PLACE = re.compile(
    r"^[A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё'’-]{2,20}(?:[ -][A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё'’-]{2,20})?$"
)
# A currency's rate in a header bar: "USD 2,9468", "EUR: 91,84", "1 EUR = 384,62 HUF".
_RATE = re.compile(
    r"\b(?:USD|EUR|RUB|GBP|CHF|CNY|JPY|KZT|BYN|UAH|HUF|PLN|CZK|TRY|KGS|UZS)\b\s*[:=]?\s*\d[\d.,]*"
)


def _is_rates_bar(line: str) -> bool:
    """A header bar of exchange rates with its label ("Курсы НБРБ на 30.11.2025: USD 2,9468
    | EUR 3,4120 | RUB 3,7210 (за 100)"): two rates or more and a few words besides."""
    if len(line) > 160 or not ("USD" in line or "EUR" in line):
        return False
    rates = _RATE.findall(line)
    return len(rates) >= 2 and len(_WORD.findall(_RATE.sub(" ", line))) <= 5


_TICKER_TOKENS = 30  # a market strip's quotes, the longest ticker line


def _is_ticker(line: str) -> bool:
    """A short line that is mostly figures (market tickers, weather, exchange rates)."""
    if _is_rates_bar(line):
        return True
    if "°" in line:
        line = _DEGREE_GAP.sub("°", line)  # "Минск: −2 °C": the unit goes with its figure
    tokens = line.split()
    if len(tokens) > _TICKER_TOKENS:
        return False  # a paragraph (each of its words matched made long lines slow)
    numeric = sum(bool(_TICKER.match(t)) for t in tokens)
    if _CHANNEL_NAME.match(line.strip()):
        return False  # "Example 1", "Example 24": a broadcaster's channel, a name
    if 0 < len(tokens) <= 6 and 2 * numeric >= len(tokens) and not find_dates(line):
        return True
    if len(tokens) > 6 and 2 * numeric >= len(tokens) and "%" in line:
        # a market strip of several quotes ("IDX 1.234,5 +0,4%  ABC 98,1 −1,2%"): two signed
        # changes at least, most words figures
        moves = sum(t[0] in "+-−" and t[-1] == "%" for t in tokens)
        if moves >= 2 and not find_dates(line):
            return True
    return len(tokens) <= 10 and bool(_QUOTE.match(line))


# A photo credit naming its photographer without a colon: "Фото Сергея Иванова", "Foto
# Anna Beispiel", "Photo by Jane Example"; two or three capitalised name words after it.
_PHOTO_BY = re.compile(
    r"^(?:фото|foto|photo|bild)(?: by| von)? [A-ZÄÖÜА-ЯЁ][\w'’-]+(?: [A-ZÄÖÜА-ЯЁ][\w'’-]+){1,2}$",
    re.IGNORECASE,
)


def is_credit_line(line: str) -> bool:
    """A photo credit line of any form ("Foto: dpa", "Annick Ramp / NZZ", "(Foto: IMAGO/…)")."""
    stripped = line.strip().strip("()")
    if _PICTURE_DESK.match(stripped):
        return True  # "epd-bild/Jane Roe", "KNA-Bild/Name": a picture service's credit
    if _ARCHIVE_CREDIT.match(stripped):
        return True  # "Jane Roe, Example Press file": a picture from the paper's archive
    return _is_credit(stripped) or (bp.is_caption(stripped) and _words(stripped) <= 8)


# A picture service's credit without its label: the agency's name joined to its picture
# desk's word, a slash, the photographer ("epd-bild/Jane Roe", "dpa-Bildfunk/Name",
# "Example-Foto / Name", "РИА-фото/Имя")
_PICTURE_DESK = re.compile(
    r"^[^\W\d_][\w.]{1,15}[- ](?i:bild|bildfunk|foto|fotos|photo|photos|images|фото)"
    r"\s?/\s?[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}$"
)


# A photographer and the archive the picture comes from, as US papers credit an older
# picture: "Jane Roe, Associated Press file", "John Doe, Example World file photo".
_ARCHIVE_CREDIT = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}, (?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3} "
    r"file(?: photo)?$"
)


def _is_credit(line: str) -> bool:
    """A photo credit with a name after its marker ("© Name/AFP", "Foto: epd-bild/Name").
    A bar of fields with a timed stamp ("Quelle: Example | Autor: Name | 2025-11-24 10:47")
    is the article's meta line under its headline, no credit."""
    if not _CREDIT.match(line) or _words(line) > 10:
        return False
    return " | " not in line or not any(hit.has_time for hit in find_dates(line))


def _stamp_place(line: str) -> str:
    """The dateline place printed after a date stamp ("… IST - NEW DELHI"), or ''."""
    hits = _date_line(line)
    m = _STAMP_PLACE.match(line[hits[-1].end :]) if hits else None
    return normalise_place(m["place"]) if m else ""


def _credit_named(place: str, masthead: list[str], profiles: tuple[Profile, ...]) -> bool:
    """Whether a stamp's word in capitals ("24.11.2025 | ABC") is the agency's credit, no
    place: an agency profile knows it, or the masthead above the headline opens with it
    ("ABC Example Press Service")."""
    if profile_named(place, profiles):
        return True
    key = place.casefold()
    return any(ln.split()[0].casefold() == key for ln in masthead[:_MASTHEAD_LINES] if ln.split())


def _outlet_opener(place: str, masthead: list[str]) -> bool:
    """Whether a place-only dateline is the outlet's own name, its logo on the page's first
    line ("Example24" over the page, "Example24 — Власти …"). Only the first line counts:
    a city's name in the menu or as a trail's first crumb ("Hamburg › Wirtschaft" over
    "Hamburg. Der Hafen …") is a desk, and the place is the dateline; so is the line alone
    right over the headline: the story's place rubric ("Nürnberg" / headline / "NÜRNBERG -")."""
    return len(masthead) > 1 and masthead[0].strip().casefold() == place.casefold()


def _agency_credit(line: str) -> str:
    """The agency an agency-credit line names ("PTI", "(AP)", "Quelle: dpa"), or ''."""
    m = _AGENCY_LINE.match(line.strip()) or _LABELLED_SOURCE.match(line.strip())
    if not m or (m["name"].islower() and ":" not in line and "(" not in line):
        return ""  # a bare lower-case word is no credit; "Quelle: dpa", "(dpa)" are
    return "" if _DOCUMENT_KIND.match(m["name"]) else m["name"]


# A labelled source of some capitalised words under the headline: "Source: Example News",
# "Quelle: Beispiel Presse", "Источник: Пример Медиа": the agency whose copy a portal carries.
_LABELLED_SOURCE = re.compile(
    r"^(?i:quelle|source|источник)\s*:\s*"
    r"(?P<name>[A-ZÄÖÜА-ЯЁ][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜА-ЯЁ&][\w&.'’-]*)){0,3})$"
)
_SOURCE_LABEL_START = ("quelle", "source", "источник")


def _source_under_text(
    lines: list[str], start: int, last: str, profiles: tuple[Profile, ...]
) -> tuple[Profile | None, str]:
    """The agency a source label right under the text's last paragraph names ("Quelle:
    APA", "Source: AFP", "Источник: ТАСС"): the copy is the agency's. Under a caption the
    same label credits the picture; under the text, the text. An agency no profile knows
    counts when the label names it in one word, an acronym or a name ("Source : EXNA",
    "Quelle: Beispielpress"), and no text follows: a wire's name is one word; "Quelle:
    Ministerium für X" names an issuer, no agency, and is left. (None, '') if none."""
    last = last.strip()
    for i in range(max(start, 1), len(lines)):
        line = lines[i].strip()
        if ":" not in line[:10] or not line.lower().startswith(_SOURCE_LABEL_START):
            continue
        if lines[i - 1].strip() != last or not (m := _LABELLED_SOURCE.match(line)):
            continue
        if named := profile_named(m["name"], profiles):
            return named, named.name
        name = m["name"]
        if _agency_word(name) and not any(is_prose(n) for n in lines[i + 1 : i + 3]):
            return None, name
    return None, ""


def _dated_signoff_agency(
    lines: list[str], start: int, profiles: tuple[Profile, ...]
) -> Profile | None:
    """The agency the text's dated sign-off credits ("(APA, 3.5.2016)" closing it), else
    None ("(red, …)" is the paper's own desk, "(Jane Roe, …)" its writer)."""
    for line in lines[max(start, 0) :]:
        if signed_off := dated_signoff(line):
            return signoff_agency(signed_off, profiles)
    return None


def _dated_signoff_writer(lines: list[str], start: int, profiles: tuple[Profile, ...]) -> str:
    """The writer the text's dated sign-off names ("(Jane Roe, 3.5.2016)"), else ''."""
    for line in lines[start:]:
        if signed_off := dated_signoff(line):
            return signoff_writer(signed_off, profiles)
    return ""


# An agency's sign-off alone under the text: its name and the editor's initials after
# slashes ("Example/ab", "EXA/xyz", "exa/abc/dpa"), the desk's way of crediting the copy.
_SLASHED_SIGNOFF = re.compile(r"^[^\W\d_][\w-]{1,11}(?:/[^\W\d_][\w-]{0,11}){1,3}$")


def _signoff_under_text(
    lines: list[str], start: int, last: str, profiles: tuple[Profile, ...]
) -> Profile | None:
    """The agency a slashed sign-off on the line right under the text's last paragraph
    names ("… setzt." / "EXA/tafi"): the copy is that agency's, whatever the page's chrome
    after it (a gallery, a most-read list) pushes the line out of the page's last lines.
    Only a part a profile knows counts: a desk's initials alone ("red/ab") name no one."""
    last = last.strip()
    for i in range(max(start, 1), len(lines)):
        line = lines[i].strip()
        if len(line) > 30 or "/" not in line or lines[i - 1].strip() != last:
            continue
        if not _SLASHED_SIGNOFF.match(line):
            return None
        named = (profile_named(part, profiles) for part in line.split("/"))
        return next((p for p in named if p is not None), None)
    return None


def _agency_word(name: str) -> bool:
    """A wire's name as a source label gives it: one Latin word, an acronym of 2-6 capitals
    ("EXNA") or a capitalised name ("Beispielpress"), no kind of document or picture."""
    if " " in name or not name.isascii() or not name.isalpha() or len(name) < 2:
        return False
    if not (name.isupper() and len(name) <= 6) and not (name[0].isupper() and name[1:].islower()):
        return False
    return not _DOCUMENT_KIND.match(name)


def _credits_picture(layout: _Layout, i: int, name: str, profiles: tuple[Profile, ...]) -> bool:
    """Whether the source label on line `i` ("Source: Example Foods") heads the picture's
    caption that stands between it and the text: the label credits the picture, and the
    name no profile knows as an agency is the company or body that handed it out. Why:
    an agency's copy is credited over the text, a handout photo over its caption."""
    if profile_named(name, profiles) is None and _credits_caption_above(layout, i, name):
        return True
    nxt = i + 1
    if nxt >= layout.body_start or profile_named(name, profiles) is not None:
        return False
    caption = layout.lines[nxt]
    return (
        _words(caption) <= _CAPTION_WORDS
        and not caption.rstrip().endswith(":")
        and not layout.is_meta(caption)
        and nxt not in layout.lead_idx
    )


def _credits_caption_above(layout: _Layout, i: int, name: str) -> bool:
    """Whether the source label on line `i` names a person ("Quelle: Max Muster", "Source:
    Jane Doe") right under the picture's caption: the photographer, no agency (a wire is
    no person's name; a person writes no text under a caption line)."""
    prev = i - 1
    if prev <= layout.title_idx or prev in layout.lead_idx or not stamp_person(name):
        return False
    if any(w.isupper() for w in name.split()):
        return False  # "Keystone SDA", "Beispiel AP": an agency's acronym in it
    caption = layout.lines[prev].rstrip()
    return (
        _words(caption) <= _CAPTION_WORDS
        and caption.endswith((".", "!", "?", "»", "“", '"'))
        and not layout.is_meta(caption)
        and not _LABELLED_SOURCE.match(caption)
    )


# What a source label may name that is no outlet: the kind of document, its issuer's office
# or an image bank.
_DOCUMENT_KIND = re.compile(
    r"^(?i:press release|pressemitteilung|pressemeldung|presseinformation|mitteilung|"
    r"statement|release|company|unternehmen|eigene recherche|own research|пресс-релиз|"
    r"пресс-служба|сообщение|company announcement|website|internet)$|"
    # a picture's credit under its caption: "Source: Example Images", "Quelle: Beispiel Foto"
    r".*\b(?i:images?|photos?|pictures?|stock|fotos?|bilder|фото)$"
)


# A labelled byline whose value is an organisation: "Author of the article: The Canadian Press"
_LABELLED_ORG = re.compile(
    r"^(?i:author of the article|authors?|autor(?:in|en)?|автор(?:ы)?)\s*:\s*"
    r"(?P<org>[A-ZА-ЯЁ][\w&.'’-]*(?:\s+[A-ZА-ЯЁ][\w&.'’-]*){1,4})$"
)


def _labelled_org(line: str) -> str:
    """The agency or outlet a labelled byline names instead of a person, or ''."""
    m = _LABELLED_ORG.match(line.strip())
    return m["org"] if m and _ORG_WORDS.search(m["org"]) else ""


# "Jane DoeLocal Democracy Reporter": a byline box's name and role pasted without a gap
_GLUED_ROLE = re.compile(
    r"^(?P<name>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}? [^\W\d_][\w'’-]*?[a-zäöüßа-яё])"
    r"(?P<role>[A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё][^\n]*)$"
)
_GLUE = re.compile(r"[a-zäöüßа-яё][A-ZÄÖÜА-ЯЁ]")
# The byline's "By" / "Von" run into the name when copied ("ByJane Doe Senior Reporter",
# "VonMax Muster"): the marker, at once a capitalised name and a second capitalised word
# ("Byron Doe", "ByteDance …", "Vonovia …" have a small letter after the marker).
_GLUED_BY = re.compile(r"^(?:By|Von)(?=[A-ZÄÖÜ][a-zäöüß'’-]+ [A-ZÄÖÜ][a-zäöüß])")
_GLUED_ROLE_SPAN = 40  # a byline box stands in the header


def _glued_menu(line: str) -> bool:
    """A menu bar whose entries ran together when copied ("NewsSportWhat's OnFood &
    DrinkProperty"): three or more words glued at a small letter and a capital (a
    headline's brand has one or two: "iPhone", "McLaren")."""
    return len(_GLUE.findall(line)) >= 3


def _split_glued_roles(lines: list[str]) -> list[str]:
    """ "Jane DoeSenior Reporter" -> "Jane Doe" / "Senior Reporter": the author box's name
    and role run together when the page is copied, which hides the name from every byline
    rule; split where a names-only part meets a role's line."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i < _GLUED_ROLE_SPAN and len(line) <= 80 and _GLUED_BY.match(line):
            line = f"{line[:2]} {line[2:]}" if line[0] == "B" else f"{line[:3]} {line[3:]}"
        if i < _GLUED_ROLE_SPAN and len(line) <= 80 and _GLUE.search(line):
            m = _GLUED_ROLE.match(line.strip())
            if m and _byline_names(m["name"]) and role_line(m["role"]):
                out += [m["name"], m["role"]]
                continue
        out.append(line)
    return out


def _merge_author_labels(lines: list[str]) -> list[str]:
    """ "Автор" + "Ирина Петрова" → "Автор: Ирина Петрова", so a byline reads as one."""
    out: list[str] = []
    merged = False
    for k, line in enumerate(lines):
        if out and _AUTHOR_LABEL.match(out[-1]) and _words(line) <= 6:
            out[-1] = f"{out[-1].rstrip(' :')}: {line}"
            merged = True
        elif merged and (org := _labelled_org(out[-1])) and (name := stamp_person(line)):
            # the label's agency over the writer's name ("Author of the article:" / "The
            # Example Press" / "Jane Roe"): the agency is the writer's, not the writer
            out[-1] = f"{out[-1][: out[-1].rindex(org)]}{name}, {org}"
            merged = False
        elif merged and not _labelled_org(out[-1]) and _co_writer_under(lines, k):
            out[-1] = f"{out[-1]}, {line.strip()}"  # "By" / "Jane Roe" / "John Doe" / role
        else:
            out.append(line)
            merged = False
    return out


# A byline's second writer on the next line after the conjunction, with a role of his own
# ("By Jane Roe  Staff Writer" / "and John Doe  Staff Writer").
_AND_WRITER = re.compile(
    r"^(?P<conj>and|und|и|&)\s+(?P<rest>[A-ZÄÖÜА-ЯЁ][\w'’.-]*(?:\s+\S+){1,5})$"
)


def _and_co_writer(lines: list[str], i: int, author: str) -> str:
    """The byline's writers as printed when a second one follows on the next line after
    "and" ("Jane Roe and John Doe"); `author` alone else."""
    if i + 1 >= len(lines) or lines[i + 1][:1] not in "auи&" or " and " in author:
        return author
    if not (m := _AND_WRITER.match(lines[i + 1].strip())):
        return author
    label = lines[i].split()[0]  # the first line's label ("By", "Von", "Автор:") for both
    co = author_of_line(f"{label} {m['rest']}")
    return f"{author} {m['conj']} {co}" if co and co not in author else author


def _co_writer_under(lines: list[str], k: int) -> bool:
    """Line `k` is a further writer under a byline label and its first name, one name a
    line ("By" / "Jane Roe" / "John Doe" / "Senior Reporters"): a bare name of two or three
    words, the run of names closed by the writers' role or the date stamp. Why: a page
    that sets its writers one a line under one label credits them all; a kicker or a
    caption under a lone byline is closed by neither."""
    line = lines[k].strip()
    if len(line.split()) not in (2, 3) or role_line(line) or _byline_names(line) != line:
        return False
    for after in lines[k + 1 : k + 4]:
        if role_line(after) or _stamp(after):
            return True
        if len(after.split()) not in (2, 3) or _byline_names(after) != after.strip():
            return False
    return False


# A caption's closing credit: "… in Tokyo on March 10, 2025. (Kyodo)", "… (BTA Photo)",
# "… in spring. (Photo by Rei Tanaka)", "(Photo: Shutterstock)"; a bare agency's name
# after the caption's full stop: "… closed the mill in Kajaani. Lehtikuva".
_UNIT_ABBREVIATIONS = ("mio", "mrd", "tsd", "mill", "bn", "mln", "mlrd", "тыс", "млн", "млрд")
# nor a place's abbreviated kind before its name: "… ниже г. Минска", "… in St. Louis"
_PLACE_ABBREVIATIONS = ("г", "гг", "ул", "пос", "пгт", "st", "mt", "ft")
_NO_UNIT_BEFORE = "".join(rf"(?<!\b{a})" for a in _UNIT_ABBREVIATIONS + _PLACE_ABBREVIATIONS)
_CAPTION_CREDIT_END = re.compile(
    # every branch starts at a stop or a bracket: looked for first, the search skips the
    # last branch's ten look-behinds at every other character of the line
    r"(?=[.!?(])"
    r"(?:(?:[.!?]\s*\((?:[\w.-]+(?:\s[\w.-]+)?(?:/[\w. -]+)?)\)|"
    r"\([^()]{0,30}\b(?:photo|foto|фото|bild|image|picture)\b[^()]{0,40}\))\.?"
    # a labelled credit after the caption's stop: "… of the council. Photo: Jane Roe", maybe
    # with its own full stop ("… Photo: Jane Roe.")
    r"|[.!?]\s+(?:photo|foto|фото|bild|image|picture)s?\s*:\s*[^.!?:()]{2,60}\.?"
    # or after a bar or slash, the label in capitals as East African papers set it:
    # "… at the port. PHOTO | FILE", "… in Mombasa. FOTO / Jane Roe"
    r"|[.!?]\s+(?:photo|foto|фото|bild|image|picture)s?\s*[|/]\s*[^.!?|/()]{2,40}"
    # or a copyright mark: "… am Anleger fest. © Max Muster/Agentur"
    r"|[.!?]\s+©\s*[^\W\d_][^.!?©()]{1,50}"
    # or unlabelled, the agency and photographer after a slash: "… in Town. Image
    # Agency/Jane Roe", "… am Ufer. Foto Agentur/Max Muster", "… у причала. Фото ТАСС/Имя"
    r"|[.!?]\s+(?:photo|foto|фото|bild|image|picture)\s+[^\W\d_][\w.-]*\s?/\s?[^\W\d_][^.!?|/()]{1,40}"
    # the photographer's name and e-mail address after the stop: "… on Tuesday. Jane Roe
    # jroe@example.com" (no headline ends in an address)
    r"|[.!?]\s+(?:[^\W\d_][\w'’.-]*\s){1,3}[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # or the photographer and the agency after a spaced slash, unlabelled: "… at the
    # airport. Jane Roe / Agency via Example Images file"
    r"|[.!?]\s+(?-i:[A-ZÄÖÜА-ЯЁ][\w'’.-]*\s){2,3}/\s[^\W\d_][^.!?|/()]{1,50}$"
    # (no abbreviated unit before the stop: "… über 150 Mio. Euro" ends a headline, nor a
    # day's or rank's ordinal: "… im 22. Bezirk", "… zum 3. Mal"; a year's stop may end one)
    + "|"
    + _NO_UNIT_BEFORE
    + r"(?<!\b\d)(?<!\b\d\d)[.!?]\s+(?-i:[A-ZÄÖÜА-ЯЁ][^\W\d_]{2,}))$",
    re.IGNORECASE,
)
# A caption with the photographer's credit glued to its last sentence, no space after the
# stop ("… stay elevated into 2026.Jane Roe/The Example Post", "… am Ufer.Max Muster/Agentur"):
# a paste of the caption and the credit element; no headline ends with "Name Name/Outlet".
_GLUED_CREDIT = re.compile(
    r"[^\W_][.!?][A-ZÄÖÜА-ЯЁ][\w'’-]+(?: [A-ZÄÖÜА-ЯЁ][\w'’.-]+){1,2} ?/ ?"
    r"[A-ZÄÖÜА-ЯЁ][\w&'’.-]*(?: [\w&'’.-]+){0,4}$"
)


def _glued_credit(line: str) -> bool:
    """Whether a caption ends in its photographer's credit glued to the last sentence."""
    tail = line[-90:]
    return "/" in tail and _GLUED_CREDIT.search(tail) is not None


# A caption opened by its credit in brackets, the photographer and outlet split by a bar or
# a slash: "(Jane Roe | The Example Times) Brine flies swarm …", "(Foto: Max Muster / Agentur)".
_LEADING_CREDIT = re.compile(r"^\([^()|/]{3,40}\s[|/]\s[^()|/]{2,40}\)\s+\S")
# A caption with its credit after a bar: "Bags of rice at a market in May | Bloomberg".
_BAR_CREDIT = re.compile(r"\s\|\s(?P<credit>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})$")
# A bare "Site/Provider" credit right above the text ("FOCUS online/Wochit").
_SLASH_CREDIT = re.compile(r"^[^\W\d][\w .-]{1,30}/[^\W\d][\w.-]{1,30}$")
# "15:41", "15.41 Uhr", "1:15pm", "5:42 a.m.", "09:30 GMT": a time alone on its line.
_TIME_ONLY = re.compile(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:Uhr|h|ч\.?|[A-Z]{3,4}|(?i:[ap]\.?m\.?)))?$"
)


# A blog's meta row under the headline, its parts set apart by dashes: the day, the writers,
# the category after 'in', the comment count ('24.11.2025 um 09:41 Uhr – Jane Doe, John Roe –
# in Politics – 3 comments').
_DASHED_PARTS = re.compile(r"\s+[–—-]\s+")
_IN_DESK = re.compile(
    r"^(?:in|posted in|veröffentlicht in|abgelegt unter|filed under|в рубрике|рубрика:?)\s+"
    r"(?P<desk>[^\W\d_][\w&-]*(?:\s[\w&-]+){0,2})$",
    re.I,
)
_NAME_LIST = re.compile(r"\s*,\s*|\s+(?:und|and|и|&)\s+")
_META_ROW_LINES = 8  # the meta row stands under the headline, among the first lines


def _dashed_meta_row(line: str) -> tuple[str, str, str] | None:
    """A dashed meta row opening with its day as (day, writers, desk), else None: every
    other part must be writers' names, the category after 'in', a counter or a reading
    time (a headline with a dash or a dateline's sentence has other parts)."""
    if not line[:1].isdigit() or " " not in line or len(line) > 160:
        return None
    parts = _DASHED_PARTS.split(line.strip())
    if len(parts) < 3 or not is_only_date(parts[0]) or not year_dates(parts[0]):
        return None
    names, desk = "", ""
    for part in parts[1:]:
        if _COUNTERS.fullmatch(part) or _STAMP_READING.fullmatch(part):
            continue
        if (m := _IN_DESK.match(part)) and not desk:
            desk = m["desk"]
        elif not names and all(stamp_person(n) for n in _NAME_LIST.split(part)):
            names = part
        else:
            return None
    return (parts[0], names, desk) if names or desk else None


def _meta_rows(lines: list[str], hints: Hints) -> tuple[list[str], Hints]:
    """The lines with a dashed meta row near the top cut to its day, and its writers and
    category as the hints' author and section (where no hint names them yet)."""
    for i, line in enumerate(lines[:_META_ROW_LINES]):
        if (row := _dashed_meta_row(line)) is not None:
            day, names, desk = row
            hints = replace(hints, author=hints.author or names, section=hints.section or desk)
            return [*lines[:i], day, *lines[i + 1 :]], hints
    return lines, hints


_ARTICLE_SPAN = 12  # the page's foot, where its copyright line stands


def _with_article(source: str, foot: list[str]) -> str:
    """The outlet's name with the article its copyright line gives it: a logo's alt text
    ('Example Bee Logo') drops it, '© 2025 The Example Bee' prints the name in full.
    Why: the outlet writes its own name so; the logo is an image's label."""
    if source[:4] in ("The ", "the ") or not source[:1].isupper():
        return source
    full = f"The {source}"
    for line in foot:
        if "©" in line and (at := line.find(full)) >= 0:
            # the name ends there ('© The Example Bee.'), no longer one ('The Example Bee
            # Media Group')
            rest = line[at + len(full) : at + len(full) + 2]
            if not rest or rest[0] in ".,;|)" or (rest[0] == " " and not rest[1:].isupper()):
                return full
    return source


def _bare_day(value: datetime) -> bool:
    """A day read without its time (midnight, as a date alone gives it)."""
    return value.hour == 0 and value.minute == 0 and value.second == 0


def _stamp_of_day(lines: list[str], stamps: list[int], day: datetime) -> datetime | None:
    """The time a stamp between or under the paragraphs ("Stand: 03.02.2025, 16:40 Uhr")
    prints for `day`, a stated day without its time; None when none prints that day."""
    for i in stamps[:2]:
        hits = find_dates(lines[i])
        if hits and hits[0].has_time and hits[0].value.date() == day.date():
            return hits[0].value
    return None


# A channel post's foot: its views, then the time it was posted ("👁 48,2K   10 дек в 16:45",
# "12.4K views  10 Dec at 16:45", "1 204 просмотра 16:45").
_VIEWS_ROW = re.compile(r"^(?:👁|\d[\d\s.,]*[kкКK]?\s+(?:views|просмотр\w*|aufrufe)\b)", re.I)


def _posted_time(lines: list[str], day: datetime) -> datetime | None:
    """The time a channel post's views row prints for `day`, its bare day over the post."""
    for line in lines[-4:]:
        if line[:1] in "👁0123456789" and _VIEWS_ROW.match(line):
            hits = find_dates(line, day.year)
            if hits and hits[0].has_time and hits[0].value.date() == day.date():
                return hits[0].value
    return None


def _printed_minute(lines: list[str], stamps: list[int], stated: datetime) -> datetime:
    """The stated time without its seconds when a stamp under the text prints the same
    minute ("Posted: 2:05 pm March 3, 2025" under a stated 14:05:38): the page's time
    is the minute it prints."""
    minute = stated.replace(second=0, microsecond=0)
    for i in stamps[:2]:
        hits = find_dates(lines[i])
        if (
            hits
            and hits[0].has_time
            and hits[0].value.replace(tzinfo=None) == minute.replace(tzinfo=None)
        ):
            return minute
    return stated


def _merge_split_stamps(lines: list[str]) -> list[str]:
    """ "02 April 2025" + "15:41" → one stamp: sites print the date and the time in two
    elements, which a paste puts on two lines (the time alone reads as nothing). A date in
    brackets ("[26/November/2025]" / "14:20") loses them, so the time runs on from it."""
    out: list[str] = []
    for line in lines:
        hits = _date_line(out[-1]) if out and _TIME_ONLY.match(line.strip()) else []
        if hits and not any(h.has_time for h in hits) and _words(out[-1]) <= 5:
            day = out[-1].strip()
            if day[:1] in "[(" and day[-1:] in "])":
                day = day[1:-1]
            out[-1] = f"{day} {line.strip()}"
        else:
            out.append(line)
    return out


# "Published - March 01, 2025 06:12 pm IST" repeated under the text is a bare stamp too.
# "Posted on: November 24, 2025 at 4:22 pm" under the text: a label and its "on" too.
# (and the page's "Stand:", the state of the text as it prints it under the text)
_PUBLISHED_LABELS = {"published", "posted", "veröffentlicht", "erstellt", "опубликовано", "stand"}
_LABEL_LINKS = {"on", "am"}


# Every time find_dates reads has an hour, a ":" or "." and two digits of minutes.
_CLOCK = re.compile(r"\d[:.][0-5]\d")


def _is_bare_stamp(line: str) -> bool:
    """A date with year and time and nothing else ("24.10.2025 [16:52]"): sites print it
    under the text; related headlines after it carry their own words."""
    if not _CLOCK.search(line):
        return False  # no time of day: most lines, found without looking for dates
    hits = find_dates(line)
    if len(hits) != 1 or not (hits[0].has_time and hits[0].has_year):
        return False
    rest = line[: hits[0].start] + line[hits[0].end :]
    if len(rest) > 6:  # "2 декабря 2025, 18:07 · 3 412 просмотров": the page's counter beside it
        rest = _COUNTERS.sub(" ", rest)
    words = _WORDS.findall(rest.lower())
    if hits[0].weekday and len(_WORDS.findall(line[: hits[0].start])) == 1:
        words = words[1:]  # the day's name before it: "Mittwoch, 26.11.2025, 14:57 Uhr"
    if len(words) == 2 and words[1] in _LABEL_LINKS:
        words = words[:1]
    return not words or (len(words) == 1 and words[0] in _PUBLISHED_LABELS)


# Two full stamps with their labels: "Published March 11, 2025 at 09:40 · Updated March 11,
# 2025 at 15:02" (what is left besides the dates must still be a few words).
_STAMP_WORDS = 16
# The stamp's own byline after a bar, its writer's role with it ('Filed 05:52 GMT, 26 Nov
# 2025 · By Jane Doe, Political Correspondent'): the stamp's words, no headline's.
_BARRED_BYLINE = re.compile(r"(?<=\s[·•|]\s)[^·•|]+$")


def _stamp_byline_part(part: str, line: str) -> bool:
    """Whether the stamp's last part is its byline: labelled ('By Jane Doe, Political
    Correspondent') or the names alone that the stamp's byline reads ('Jane Doe and John
    Roe' after 'Commentary | November 19, 2025')."""
    return bool(author_of_line(part)) or part.strip() == stamp_byline(line)


# A stamp's reader and comment counters: "412 Leser", "0 Kommentare", "1.2k views", "85 просмотров".
_COUNTERS = re.compile(
    # "3 412 просмотров": thousands set apart by a space
    r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d[\d.,]*\s?k?|keine|no|нет)\s"
    r"(?:leser|kommentare?|ergänzung(?:en)?|aufrufe|"
    r"views|reads|comments?|просмотр\w*|комментари\w*)\b|"
    # the label first: "Просмотров: 2 314", "Views: 1,204", "Aufrufe: 312"
    r"(?<!\w)(?:просмотр(?:ов|ы)|прочтений|views|aufrufe|reads)\s*:\s*\d[\d\s.,]*",
    re.I,
)


# A stamp's reading time beside its day: "Reading time: 3 min (596 words)", "Lesezeit 4 Min.",
# "5 min read", "Время чтения: 2 минуты" (the row's meta, no words of a sentence).
_STAMP_READING = re.compile(
    r"(?:reading time|read time|lesezeit|lesedauer|время (?:чтения|прочтения))\s*:?\s*(?:~\s*)?"
    r"\d{1,3}\s*(?:min\w*|мин\w*)\.?(?:\s*\(\d[\d.,\s]*(?:words|wörter|слов\w*)\))?|"
    r"\b\d{1,3}\s*(?:min\.?|minutes?|minuten?|мин\.?|минут\w*)\s+(?:read|lesezeit|чтения|прочтения)\b",
    re.I,
)


# A stamp row's revision counted back from the day of reading: "Last updated 4 days ago",
# "Aktualisiert vor 3 Stunden", "Обновлено 2 часа назад" beside the day of publication
# (the row's meta, which dates nothing itself).
_STAMP_REVISION_AGO = re.compile(
    r"(?:(?:last )?updated|aktualisiert|обновлено|изменено)\s*:?\s*(?:"
    r"(?:\d{1,3}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago|"
    r"vor\s+(?:\d{1,3}|einer?|einem)\s+(?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)|"
    r"\d{1,3}\s+(?:минут\w*|час\w*|дн\w*|день|недел\w*)\s+назад)",
    re.I,
)


def _date_line(line: str) -> list[DateHit]:
    """Dates of a line that is mostly a date stamp ("Stand: 05.11.2025, 12:33 Uhr")."""
    if " | " in line and (cell := _published_cell(line) or _numbered_release_row(line)):
        return cell
    if _words(line) > _STAMP_WORDS:
        return []
    hits = find_dates(line)
    if not hits:
        return []
    rest = without_issue(line)  # "aus FALTER 47/25 vom 19.11.2025": the stamp's own words
    rest = _COUNTERS.sub(lambda m: " " * len(m[0]), rest)  # "| 412 Leser | 0 Kommentare"
    rest = _STAMP_READING.sub(lambda m: " " * len(m[0]), rest)  # "| Reading time: 3 min"
    if " ago" in rest or "vor " in rest or "назад" in rest:  # "• Last updated 4 days ago"
        rest = _STAMP_REVISION_AGO.sub(lambda m: " " * len(m[0]), rest)
    if (barred := _BARRED_BYLINE.search(rest)) and _stamp_byline_part(barred[0], line):
        rest = rest[: barred.start()] + " " * len(barred[0])
    for hit in reversed(hits):
        rest = rest[: hit.start] + rest[hit.end :]
    words = len(_WORDS.findall(rest))
    if not any(h.has_year or h.has_time for h in hits):
        # "Mittwoch, 5. November" is a stamp; "Отопительный сезон начнется 10 октября" is a
        # headline that names a day: a bare day and month allow a label, not a sentence.
        return hits if words <= 2 else []
    return hits if words <= 5 else []


# A release's number opening its file row: "Nr. 231/2025", "No. 45", "PM 12/2025", "№ 318".
_RELEASE_NUMBER = re.compile(
    r"^(?:(?:pressemitteilung|presseinformation|press release|media release|пресс-релиз|pm)"
    r"\s+)?(?:nr|no|№)\.?\s?\d{1,4}(?:[/-]\d{2,4})?$",
    re.IGNORECASE,
)


def _numbered_release_row(line: str) -> list[DateHit]:
    """The day of a release's file row, its cells set apart by bars: the release's number
    first, a cell that is a date alone among the others (the issuer, its abbreviation):
    'Nr. 231/2025 | 12.12.2025 | WM | Ministerium für X'. Why: the row dates the release
    as its stamp; its number and issuer are no words of a headline."""
    cells = line.split(" | ")
    if len(cells) < 3 or not _RELEASE_NUMBER.match(cells[0].strip()):
        return []
    at = 0
    for cell in cells:
        if is_only_date(cell.strip()) and (hits := find_dates(cell)):
            for hit in hits:
                hit.start, hit.end = hit.start + at, hit.end + at
            return hits
        at += len(cell) + 3
    return []


def _published_cell(line: str) -> list[DateHit]:
    """The dates of a meta row's cell labelled as the publication ('Desk | Published:
    November 24, 2025 18:02 IST | Updated: … | Read Time: 3 mins'): the row is the story's
    stamp, its desk, update and reading time around it; [] for any other row."""
    at = 0
    for cell in line.split(" | "):
        label = cell.split(":", 1)[0].strip().lower() if ":" in cell[:16] else ""
        if label in _PUBLISHED_LABELS and (hits := _date_line(cell)):
            for hit in hits:
                hit.start, hit.end = hit.start + at, hit.end + at
            return hits
        at += len(cell) + 3
    return []


def _stamp(line: str) -> bool:
    """Whether a line is a date stamp, a relative one too ("вчера, 18:40", "gestern, 18:40
    Uhr"), which dates the story only with the day the page was read (`_pick_date`); a
    byline's too ('Jane Doe · Today at 06:00')."""
    if _date_line(line) or relative_stamp(line) is not None:
        return True
    parts = STAMP_PARTS.split(line.strip())
    return len(parts) == 2 and any(relative_stamp(part) for part in parts)


def _listed_stamp(lines: list[str], i: int) -> bool:
    """A bare stamp two lines from another, a headline between them: an item of a list of
    stamped headlines ("Meistgelesen", "Latest news") by the article, not the article's own
    stamp, even when the list stands nearer the headline."""
    if _is_bare_stamp(lines[i]):
        return any(
            0 <= j < len(lines) and _is_bare_stamp(lines[j]) and not _stamp(lines[(i + j) // 2])
            for j in (i - 2, i + 2)
        )
    shape = _stamp_shape(lines[i])  # "Rubrik | 25.11.2025 | 11:12" over each headline
    return bool(shape) and any(
        0 <= j < len(lines) and _stamp_shape(lines[j]) == shape and not _stamp(lines[(i + j) // 2])
        for j in (i - 2, i + 2)
    )


def _stamp_shape(line: str) -> str:
    """The layout of a stamp with its year, time and a rubric ("Bildung | 25.11.2025 |
    11:12" -> "w|D"): two stamps of one shape two lines apart are entries of a list of
    stamped headlines, as bare stamps are; "" for any other line."""
    hits = _date_line(line)
    if len(hits) != 1 or not (hits[0].has_year and hits[0].has_time):
        return ""
    rest = f"{line[: hits[0].start]}D{line[hits[0].end :]}"
    shape = re.sub(r"\s+", "", re.sub(r"[^\W\d_]+", "w", re.sub(r"\d+", "", rest)))
    return shape if "w" in shape else ""


def _greeting_intro(lines: list[str], i: int) -> bool:
    """A sentence or two under a newsletter's greeting to its readers ("Guten Morgen, liebe
    Leserinnen und Leser," / "heute mit …") with a headline under them: the editor's intro,
    not the text's start (a letter's text under its greeting has no headline below)."""
    below = lines[i + 1 : i + 4]
    if not any(ln.strip() and not is_prose(ln) and len(ln.split()) >= 4 for ln in below):
        return False
    for back in (1, 2):
        if i < back:
            return False
        above = lines[i - back]
        if len(above) < 60 and bp.READER_GREETING.match(above.strip()):
            return True
        if not is_prose(above):
            return False
    return False


def _headline_first_list(lines: list[str], i: int) -> bool:
    """Whether the stamped list that stamp ``i`` closes sets each headline over its stamp
    ("Meistgelesene Nachrichten / Headline / 24.11.2025 10:02 / …"): the line over its
    first stamp is an item, not the list's heading. Then the headline under stamp ``i`` is
    no item but the article's own, which follows the list on such pages."""
    top = i
    while top >= 2 and _is_bare_stamp(lines[top - 2]) and not _stamp(lines[top - 1]):
        top -= 2
    over = lines[top - 1] if top else ""
    return _words(over) > 3 and not over.rstrip().endswith(":") and not is_prose(over)


def _text_below(lines: list[str], extra_bp: tuple[re.Pattern[str], ...]) -> bool:
    """Whether a paragraph of text follows an end mark; a copyright notice ("Copyright (c)
    2025 Example Inc.") under a wire's sign-off is the frame, not text."""
    return any(
        is_prose(ln) and not bp.is_boilerplate(ln, extra_bp) and not _OWNER_COPYRIGHT.match(ln)
        for ln in lines
    )


# The owner's notice opening with its name: "Example © 2025 All rights reserved. The
# content of this website may not be reproduced …": the frame, though a sentence.
_OWNER_COPYRIGHT = re.compile(r"^[^.!?]{0,40}(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)


# A menu's entry of one word ("Politics", "Регионы"); two of them right over a names
# line make it the next entry of the menu, no byline.
_MENU_WORD = re.compile(r"^[^\W\d_][\w&-]{1,24}$")
# A news feed's entry under its time alone: "16:40 Headline of the entry".
_CLOCK_ITEM = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d\s+[^\W\d_]")
# An entry closed by its time alone: "Headline of another story 16:40".
_END_CLOCK = re.compile(r"\s(?:[01]?\d|2[0-3]):[0-5]\d\s*$")
# Words before an hour in a headline's own sentence: "… beginnt um 16:40", "… at 16:40".
_HOUR_WORDS = frozenset(["gegen", "until", "after", "before", "since", "около", "после"])


def _clock_closed(line: str) -> bool:
    """Whether a headline of four words or more ends in a bare time after a space, as a
    feed's entries print theirs ("Headline of another story 16:40"); not after a short
    lower-case word or a label's colon ("… um 16:40", "… в 16:40", "Beginn: 16:40"): a
    headline may name the hour it tells of."""
    if not (m := _END_CLOCK.search(line)):
        return False
    before = line[: m.start()].split()
    if len(before) < 4 or find_dates(line[: m.start()]):
        return False
    prev = before[-1]
    if prev.endswith((":", ",", "-", "–")) or (prev.islower() and len(prev) <= 3):
        return False
    return prev.casefold() not in _HOUR_WORDS


# A weekday before the date of a stamp: "Tue 25 Nov 2025 10:55 Headline".
_WEEKDAY_FIRST = re.compile(r"^[^\W\d_]{2,11}\.?,?\s+(?=\d)")
# An entry closed by its own dated stamp after a dash: "Headline - Nov 22/2025".
_DASH_STAMP = re.compile(r"\s[-–—|]\s*(?P<stamp>[^-–—|]{4,30})$")


def _stamped_item(line: str) -> bool:
    """A line that opens with a date and time (after its weekday too), or with a time
    alone, and runs on as a headline ("29 ноября 18:40 В городе открыли мост", "16:40
    Headline", "Tue 25 Nov 2025 10:55 Headline"), or a headline closed by its own stamp
    ("Headline - Nov 22/2025", "Headline 16:40"): an item of a news list, no headline (a
    headline carries no stamp of its own)."""
    if (m := _DASH_STAMP.search(line)) and _words(line[: m.start()]) > 3:
        stamp = m["stamp"].strip()
        if is_only_date(stamp) and any(h.has_year for h in find_dates(stamp)):
            return True
    if not _CLOCK.search(line):
        return False
    if _CLOCK_ITEM.match(line) and _words(line) > 4 and not is_only_date(line):
        return True  # (not the stamp alone: "7:15 AM CST on Dec 1, 2025")
    if _clock_closed(line):
        return True
    hits = find_dates(line)
    if not hits:
        return False
    if (m := _WEEKDAY_FIRST.match(line)) and hits[0].start == m.end() and hits[0].weekday:
        hits[0] = replace(hits[0], start=0)  # "Tue 25 Nov 2025 10:55 Headline"
    last = hits[-1]  # "Headline 25.11.2025 15:40": its date and time after it
    if last.end >= len(line.rstrip()) - 1 and last.has_time and last.has_year:
        return _words(line[: last.start]) > 3 and len(hits) == 1
    if not (hits[0].start == 0 and hits[0].has_time and _words(line) > 4):
        return False
    # "November 21, 2025, Friday @ 15:42 | By Jane Doe": the stamp's own byline after a bar
    # runs on past the time, no headline
    return not (_BAR_AFTER.match(line, hits[0].end) and stamp_byline(line))


_BAR_AFTER = re.compile(r"\s*[·•|]\s")


def _listed_entry(lines: list[str], i: int, extra_bp: tuple[re.Pattern[str], ...]) -> bool:
    """A headline with its own stamp on its line ("Other story 16:40", "Other story
    16 ноября 2025, 18:30") beside another such entry or a list's label ("Related news"):
    an entry of a list of other stories, neither the story's headline nor its date."""
    if not _stamped_item(lines[i]) or REVISION_LABEL.search(lines[i]):
        return False
    return any(
        0 <= j < len(lines)
        and (_stamped_item(lines[j]) or bp.is_boilerplate(lines[j], extra_bp))
        and not _stamp(lines[j])  # "Von Name. Erstellt am … | 05:30" over "Aktualisiert am …"
        for j in (i - 1, i + 1)
    )


def _stamp_headed(line: str) -> bool:
    """A list entry with its full stamp whose headline is short enough for the line to
    read as a stamp ("23/11/2025 12:30 Tbilisi hosts regional forum"): a headline of
    three words or more after the one date, no label such as "aktualisiert 16:00"."""
    if not _stamped_item(line):
        return False
    hits = find_dates(line)
    if len(hits) != 1:
        return False
    # the row's own meta after the day is no headline: "15.01.2026, 09:40 · 3 мин чтения ·
    # Просмотров: 1254", "Jan 5, 2026 · 4 min read · 1.2K views"
    rest = _COUNTERS.sub(" ", _STAMP_READING.sub(" ", line[hits[0].end :]))
    return len(_LETTER_WORDS.findall(rest)) >= 3


_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")


def _dated_list_item(lines: list[str], i: int) -> bool:
    """A headline after its day with the year ("24 Nov 2025 Headline of another story")
    with a line beside it opening so too: a list of dated headlines ("Latest News"), no
    headline of the story under it (a headline alone may open with a day)."""

    def dated(j: int) -> bool:
        if not 0 <= j < len(lines):
            return False
        hits = find_dates(lines[j][:30])
        return bool(hits) and hits[0].start == 0 and hits[0].has_year

    def closed(j: int) -> bool:  # "Headline of another story  November 26, 2025"
        if not 0 <= j < len(lines) or not (hits := find_dates(lines[j])):
            return False
        end, last = lines[j].rstrip(), hits[-1]
        return last.has_year and last.end >= len(end) - 1 and _words(end[: last.start]) > 3

    line = lines[i]
    if not is_prose(line) and closed(i):
        return closed(i - 1) or closed(i + 1)
    if not dated(i) or _words(line[find_dates(line[:30])[0].end :]) < 4:
        return False
    return dated(i - 1) or dated(i + 1)


def _end_bio_names(lines: list[str], line: str) -> bool:
    """Whether the note on the writer under the text ('Jane Roe writes about …') names
    the person ``line`` names: a byline in capitals over the text, no place."""
    named = (bp.bio_name(ln) for ln in lines[-4:])
    return any(n and n.casefold() == " ".join(line.split()).casefold() for n in named)


def _repeated_below(lines: list[str], i: int) -> int:
    """1 when the dateline stands alone over the paragraph that opens with it again
    ("Baku, 24 November, AGENCY" over "Baku, 24 November, AGENCY. The exhibition …"):
    the text starts at the paragraph; else 0."""
    line, after = lines[i].rstrip(" .:-–—"), lines[i + 1] if i + 1 < len(lines) else ""
    return int(_words(line) <= 8 and len(after) > len(line) + 20 and after.startswith(line))


# A key-facts box's heading over a few points at the top of the text.
_FACTS_HEADING = re.compile(
    r"^(?:das wichtigste in kürze|das wichtigste(?: im überblick)?|auf einen blick|in kürze|"
    r"key (?:points|facts|takeaways)|at a glance|the essentials|главное|коротко о главном|"
    r"кратко)\s*:?$",
    re.IGNORECASE,
)
_FACTS_BOX_LINES = 6
# A summary box's heading whose points repeat the story: "Story Highlights", "Key points"
_HIGHLIGHTS_HEADING = re.compile(
    r"^(?:story highlights|highlights|key (?:points|takeaways)|at a glance|quick read)\s*:?$",
    re.I,
)
_HIGHLIGHT_POINTS = 5
_SUMMARY_POINTS = 6  # bullets of a summary list under the headline
_RESTATED_SHARE = 0.6


def _restated(point: str, below: list[str]) -> bool:
    """Whether most of the point's words (of four letters or more, by their first five)
    come again in the text below it: a summary's point, not a paragraph of its own."""
    stems = {w.casefold()[:5] for w in _WORDS.findall(point) if len(w) >= 4}
    text = {w.casefold()[:5] for ln in below for w in _WORDS.findall(ln) if len(w) >= 4}
    return len(stems) >= 4 and len(stems & text) >= _RESTATED_SHARE * len(stems)


# A picture's credit label, where a caption's description ends: "… Emmental. (Bild: X)"
_CREDIT_LABEL = re.compile(
    r"[(\[]?\b(?i:bild|foto|photo|фото|image|picture|credit|quelle|source|источник)\s*:"
)


def _described(caption: str) -> bool:
    """Whether a caption describes its picture before the credit it ends in ("Cows on a
    farm in the valley. (Photo: X)"), three words or more, not a bare credit ("Foto: X")."""
    return _words(_CREDIT_LABEL.split(caption, maxsplit=1)[0]) >= 3


def _brand_labels(lines: list[str]) -> frozenset[str]:
    """The masthead's name with one word after it, printed again by the headline ("Example
    Echo Live", "Example Presse Plus", "Example Zeitung+"): the outlet's product badge (a
    live blog, a paywall tier), never a byline or a headline."""
    names = [m for ln in lines[:_MASTHEAD_LINES] if 4 <= len(m := ln.strip()) <= 40]
    if not names:
        return frozenset()
    found = set()
    for ln in lines[_MASTHEAD_LINES:_DATELINE_SCAN]:
        line = ln.strip()
        if len(line) > 60 or not line[:1].isupper():
            continue
        for name in names:
            if not line.startswith(name) or line == name:
                continue
            rest = line[len(name) :].strip()
            if rest == "+" or (" " not in rest and rest[:1].isupper() and line[len(name)] == " "):
                found.add(ln)
    return frozenset(found)


class _Layout:
    """Where the header ends, which line is the title, where the body starts."""

    def __init__(
        self,
        lines: list[str],
        profiles: tuple[Profile, ...],
        hints: Hints,
        menus: frozenset[str] = frozenset(),
    ) -> None:
        self.lines = lines
        self.menus = menus  # menu bars pasted with wide gaps, as the lines show them
        self.profiles = profiles
        self.hints = hints
        self.extra_bp = bp.profile_patterns(profiles)
        # The home crumb of a trail ("BNN › Business › Transport"): the site's name, which
        # a page may print again as a label (not a dateline, not a kicker) over its text.
        self.site_crumbs = {
            m["home"] for ln in lines[:_DATELINE_SCAN] if (m := _HOME_CRUMB.match(ln))
        }
        self.brand_labels = _brand_labels(lines)
        self.dateline: Dateline | None = None
        self.dateline_idx = -1
        for i, line in enumerate(lines[:_DATELINE_SCAN]):
            found = parse_dateline(line, profiles)
            if found:
                self.dateline, self.dateline_idx = found, i + _repeated_below(lines, i)
                break
        # Captions and a standfirst passed over on the way to a place-only dateline.
        self.header_prose: list[int] = []
        if self.dateline is None:
            self._bare_dateline(lines)
        self.title_idx = -1
        self.title_text = ""  # the headline when printed over two lines, joined
        self.lead_idx: list[int] = []
        self.body_start = 0
        if hints.title:
            self._with_known_title(hints.title)
        else:
            self._detect()
            if self.title_idx >= 0 and self._column_line(self.title_idx):
                self._header_headline()
            if self.title_idx >= 0:
                self._whole_headline()
            if hints.headline:
                self._named_headline(hints.headline)

    def _named_headline(self, headline: str) -> None:
        """The header's line the page's title names is its headline: the lines read as a
        headline over it (a menu run into one line, the site's motto) are none."""
        key = _key(headline)
        top = self.body_start if self.body_start > self.title_idx else len(self.lines)
        named = next((i for i in range(min(top, 40)) if _key(self.lines[i]) == key), -1)
        if named < 0 or named == self.title_idx:
            return
        self.title_idx, self.title_text = named, ""
        self.lead_idx = [j for j in self.lead_idx if j > named]

    def _column_line(self, t: int) -> bool:
        """A line of the columns: cut itself, or the first line under the byline with the
        column's next line opening in lower case ('By Jane Doe' / 'The new link will carry'
        / 'containers straight from …'); a headline is never run on so under a byline."""
        lines = self.lines
        if _cut_line(lines[t]):
            return True
        return (
            0 < t < len(lines) - 1
            and bool(author_of_line(lines[t - 1]))
            and _opens_lower(lines[t + 1])
            and not lines[t].rstrip().endswith(_SENTENCE_END)
        )

    def _header_headline(self) -> None:
        """The title found is a line cut out of the running text (a printed page's columns
        read across: it opens in lower case or stops on 'von', 'for', 'в'): no headline.
        The headline is the top heading of the run of headings over the text's first cut
        line or over the byline, below the masthead's meta (the desk, the issue's date).
        Why: a page sets its headline, deck and byline over the columns, never amid them."""
        lines, title = self.lines, self.title_idx
        end = next(
            (i for i in range(title) if _cut_line(lines[i]) or author_of_line(lines[i])), title
        )
        j = end - 1
        while j >= 0 and self.is_meta(lines[j]):
            j -= 1  # a caption's credit or a stamp between the heading and the byline
        run: list[int] = []
        while j >= 0 and not self.is_meta(lines[j]):
            run.insert(0, j)
            j -= 1
        heads = [
            k
            for k in run
            if _words(lines[k]) > 2
            and not is_prose(lines[k])
            and not lines[k].rstrip().endswith(_SENTENCE_END)
            and not _cut_line(lines[k])
        ]
        if heads:
            self.title_idx = heads[0]
            self.lead_idx = [k for k in self.lead_idx if k != heads[0]]

    def _whole_headline(self) -> None:
        """A headline printed over two lines: its first part stops on a word no headline
        ends on ('Baselbiet verschärft Regeln für' / 'Kurzzeitvermietungen') or on a
        colon ('Straßenbahn zum Ostkreuz:' / 'Neubaustrecke geht … in Betrieb'), the rest a
        short heading under it: both lines are the title. Why: a line break set by the
        page's width is no end of the headline; a kicker names its topic without a colon."""
        lines, t = self.lines, self.title_idx
        first = t
        if t > 0 and _split_head(lines[t - 1]) and lines[t - 1].rstrip().endswith(":"):
            first = t - 1  # the kicker over the chosen line ends in the headline's colon
        elif t > 0 and _modal_cut(lines[t - 1], lines[t]):
            first = t - 1  # read as a kicker, the headline's first part ends on its verb
        elif not (
            _DANGLING_END.search(lines[t])
            or lines[t].rstrip().endswith(":")
            or (t + 1 < len(lines) and _modal_cut(lines[t], lines[t + 1]))
        ):
            return
        second = first + 1
        if second >= len(lines) or (first == t and second in (self.body_start, self.dateline_idx)):
            return  # the line under the first part opens the text
        rest = lines[second]
        if (
            _words(rest) > _CONTINUED_WORDS
            or is_prose(rest)
            or rest.rstrip().endswith(tuple(".!?…"))
            or self.is_meta(rest)
            or author_of_line(rest)
            or (_cut_line(rest) and not _DANGLING_END.search(lines[first]))
        ):
            return
        self.title_idx = first
        self.title_text = f"{lines[first].strip()} {rest.strip()}"
        self.lead_idx = [k for k in self.lead_idx if k not in (first, second)]
        self.body_start = max(self.body_start, second + 1)

    def _bare_dateline(self, lines: list[str]) -> None:
        """A place-only dateline on the first paragraph of running text (or alone above it).
        Captions and a standfirst come before it on many pages: prose above a photo credit,
        ending in a credit "(Kyodo)", or followed by the byline and stamp is skipped."""
        skipped: list[int] = []
        lead_key = _key(self.hints.lead) if self.hints.lead else ""
        for i, line in enumerate(lines[:_DATELINE_SCAN]):
            if not is_prose(line) or self.is_meta(line) or _masthead_tagline(lines, i):
                continue
            if _greeting_intro(lines, i):
                continue  # a newsletter's intro under its greeting: the text comes later
            if lead_key and _has_key(line, lead_key):
                continue  # the page's marked standfirst: the text, and its dateline, follow
            above = lines[i - 1] if i else ""
            if above and _shouted_over_dateline(above, line):
                above = ""  # 'JANE DOE' over 'Srinagar, Nov 24: …': a byline, no lone place
            if above and not self.is_meta(above) and (found := bare_dateline(above, line)):
                if _end_bio_names(lines, above):
                    return  # the writer's name in capitals, whom the note under the text names
                self.dateline, self.dateline_idx = found, i - 1
            elif found := bare_dateline(line):
                self.dateline, self.dateline_idx = found, i
            elif self._header_prose(i):
                skipped.append(i)
                continue
            elif (found := dateline_after_teaser(line)) or (
                (found := colon_dateline(line)) and not _is_speaker(lines, found.place)
            ):
                self.dateline, self.dateline_idx = found, i
            if self.dateline is not None and skipped:
                self.header_prose = skipped
            return

    def _is_short_caption(self, i: int) -> bool:
        """A caption sentence above its credit; a long paragraph there is the lead that a
        photo credit happens to follow."""
        line = self.lines[i]
        if _REPORTED.search(line):
            return False  # "… Об этом Example.az сообщили в ведомстве.": the text's lead
        return is_prose(line) and _words(line) <= _CAPTION_WORDS and self._is_caption_prose(i)

    def _is_caption_prose(self, i: int) -> bool:
        after = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        if self.lines[i][:1] == "(" and _LEADING_CREDIT.match(self.lines[i]):
            return True  # "(Jane Roe | The Example Times) Brine flies swarm …"
        if _CAPTION_CREDIT_END.search(self.lines[i]) or is_credit_line(after):
            return True
        if self._caption_over_dateline(i):
            return True
        # a sentence under its credit ("Photo: © Agency/Name" / "A family collects …"),
        # the date stamp alone after it and the headline below that: the picture over the
        # header is captioned (under a headline, such a sentence is the standfirst)
        before, line = self.lines[i - 1] if i else "", self.lines[i]
        if self._caption_under_header_credit(i):
            return True
        if self._caption_over_headline(i):
            return True
        if not (
            _CREDIT.match(before)
            and _words(line) <= _CAPTION_WORDS
            and is_only_date(after.rstrip())
        ):
            return False
        below = self.lines[i + 2 : i + 4]
        return any(_words(b) > 4 and not is_prose(b) and not self.is_meta(b) for b in below)

    def _caption_over_headline(self, i: int) -> bool:
        """A sentence under its photo credit ("Foto: Name – Agentur" / "Workers at the
        plant.") with the headline right under it (a one- or two-word label between them
        allowed) and that headline's stamp or byline within the next lines: the caption of
        the picture over the header. Why: the text starts under its headline, never above
        it, so a short sentence there is no first paragraph."""
        lines = self.lines
        if not 0 < i < len(lines) - 2 or not _CREDIT.match(lines[i - 1]):
            return False
        if _words(lines[i]) > _CAPTION_WORDS or _LEGAL.search(lines[i - 1]):
            return False
        k = i + 1
        if _words(lines[k]) <= 2 and not is_prose(lines[k]):
            k += 1  # "Analyse", "Interview": the article's label over its headline
        if k >= len(lines) or not self._heading(lines[k]):
            return False
        return any(_stamp(ln) or author_of_line(ln) for ln in lines[k + 1 : k + 4])

    def _caption_over_dateline(self, i: int) -> bool:
        """A sentence under its photo credit ("Foto: Example/Name" / "Minister X (l.) and
        Y at …") right over a paragraph that opens with a dateline ("Graz – Die …"): the
        picture's caption. Why: a dateline opens the text, so a short sentence between it
        and the credit cannot be the text's first paragraph."""
        if not 0 < i < len(self.lines) - 1 or not _CREDIT.match(self.lines[i - 1]):
            return False
        if _words(self.lines[i]) > _CAPTION_WORDS:
            return False
        after = self.lines[i + 1]
        return is_prose(after) and bare_dateline(after) is not None

    def _standfirst_over_dateline(self, i: int) -> bool:
        """One short sentence right under the stamp, over a paragraph that opens with a
        dateline ("… 14:32" / "Residents will be without water for a week." / "CAPE TOWN -
        The utility …"): the standfirst. Why: the dateline opens the text, so the sentence
        between it and the header is the header's, not the text's first paragraph."""
        if not 0 <= i < len(self.lines) - 1 or _words(self.lines[i]) > _CAPTION_WORDS:
            return False
        if i < self._opening_standfirst():
            return True  # "Teaser." / "Wien – Die …", no headline pasted over it
        if i == 0:
            return False
        after = self.lines[i + 1]
        if not (_stamp(self.lines[i - 1]) or self._headline_above(i)):
            return False
        if _words(after) <= _words(self.lines[i]):
            return False
        return is_prose(after) and bare_dateline(after) is not None

    def _opening_standfirst(self) -> int:
        """The clipping's first line a sentence or two, maybe one more short sentence under
        it, over the paragraph a dashed dateline opens ("Teaser." / "Wien – Die …", "Title."
        / "Teaser." / "Wien – Die …"): the header pasted without a headline line of its
        own. Why: the dateline opens the text, so what stands over it is the header's. The
        dateline's line, else 0."""
        lines, k = self.lines, 1
        if len(lines) < 2 or _words(lines[0]) > _CAPTION_WORDS:
            return 0
        if k + 1 < len(lines) and _words(lines[k]) <= _CAPTION_WORDS and _ends_sentence(lines[k]):
            k += 0 if dashed_dateline(lines[k]) else 1  # "Title." / "Teaser." / "Wien – …"
        if _words(lines[k]) <= _words(lines[0]) or not is_prose(lines[k]):
            return 0
        return k if dashed_dateline(lines[k]) else 0

    def _headline_above(self, i: int) -> bool:
        """The line over `i` is a heading of several words (the headline, no sentence, no
        meta), as under a headline set without a stamp ("Brenner-Transit: … Blockade" /
        "Die Frächter verlangen …" / "Bozen – …"): a standfirst sits there, never a text's
        first paragraph, which the dateline opens."""
        above = self.lines[i - 1]
        return (
            _words(above) > 2
            and not is_prose(above)
            and not _ends_sentence(above)
            and not self.is_meta(above)
        )

    def _caption_under_header_credit(self, i: int) -> bool:
        """A sentence under the credit of the video that opens the text ("Video: Example" /
        "The site sees 9000 passengers a day."), the stamp or byline over that credit and a
        longer paragraph under the sentence: the player's caption (under a photo credit
        such a sentence is as often the text's first paragraph)."""
        if i < 2 or i + 1 >= len(self.lines) or not _VIDEO_CREDIT.match(self.lines[i - 1]):
            return False
        line, header, after = self.lines[i], self.lines[i - 2], self.lines[i + 1]
        if _words(line) > _VIDEO_CAPTION_WORDS or _words(after) <= _words(line):
            return False
        return bool(_stamp(header) or author_of_line(header)) and is_prose(after)

    def _dateline_under(self, k: int) -> bool:
        """Whether the first paragraph from line ``k`` on, past a few short byline and stamp
        lines, opens with a dateline."""
        for line in self.lines[k : k + _STAMP_LINES + 1]:
            if is_prose(line):
                return bare_dateline(line) is not None
            if _words(line) > _STAMP_WORDS:
                return False
        return False

    def _header_prose(self, i: int) -> bool:
        """Prose that belongs to the header: a caption (above its credit or ending in a
        bracketed credit) or a standfirst followed by the byline or date stamp."""
        line, after = self.lines[i], self.lines[i + 1] if i + 1 < len(self.lines) else ""
        if (_CAPTION_CREDIT_END.search(line) or _glued_credit(line)) and _words(line) <= 30:
            return True
        if not after:
            return False
        if self._caption_over_dateline(i) or self._standfirst_over_dateline(i):
            return True
        if (
            i + 2 < len(self.lines)
            and is_prose(after)
            and _words(after) <= _CAPTION_WORDS
            and is_credit_line(self.lines[i + 2])
        ):
            return True  # a standfirst over the picture, its caption and credit under it
        if (
            i + 2 < len(self.lines)
            and _words(line) <= _CAPTION_WORDS
            and _CAPTION_CREDIT_END.search(after)
            and self._dateline_under(i + 2)
        ):
            # a standfirst over a caption ending in its credit, the dateline under (the
            # byline and stamp lines between)
            return True
        return bool(
            is_credit_line(after)
            or _stamp(after)
            or author_of_line(after)
            or (_byline_names(after) and self.is_name_by_stamp(i + 1))
            or self.deck_over_bare_byline(i)
        )

    def deck_over_bare_byline(self, i: int) -> bool:
        """A printed page's deck under the headline, the writer's name alone under it, then
        the text its dateline opens ('Headline' / 'Deck.' / 'Jana Beispiel' / 'Stadt. Es
        war …'): the deck is the header's, the name its byline."""
        lines = self.lines
        return (
            0 < i < len(lines) - 2
            and len(lines[i + 1].split()) <= 4  # a name alone: two or three words
            and self._headline_above(i)
            and bool(_byline_names(lines[i + 1]))
            and is_prose(lines[i + 2])
            and (
                bare_dateline(lines[i + 2]) is not None
                # or no dateline: a deck of full sentences over a plain name of two or
                # three words, the text running on under it ('Deck. More deck.' / 'Jana
                # Beispiel' / 'Wer morgens …' / more paragraphs); a name between two
                # paragraphs of a short text is a subheading's place
                or (
                    _ends_sentence(lines[i])
                    and bool(_NAME_ALONE.match(lines[i + 1].strip()))
                    and i + 3 < len(lines)
                    and is_prose(lines[i + 3])
                )
            )
        )

    def is_meta(self, line: str) -> bool:
        return bool(
            line in self.site_crumbs
            or line in self.brand_labels  # "Example Echo Live" by the byline: a badge
            or bp.is_boilerplate(line, self.extra_bp)
            or _stamp(line)
            or author_of_line(line)
            or staff_line(line) is not None  # "Editor: Name", "Оператор: Name" by the byline
            or bool(_labelled_org(line))  # "Author of the article: The Canadian Press"
            or bool(_name_then_office(line))  # "Dr. Jane Roe Pressestelle" over the text
            or desk_credit(line)
            or section_of_line(line)
            or bp.is_footer(line)
            or (_words(line) <= 6 and mentioned_agency(line, self.profiles) is not None)
            or _is_ticker(line)
            or bool(_IDENTIFIER.match(line.strip()))  # "DOI: 10.…", "ISSN 1234-5678"
            or ("/" in line and bool(_PICTURE_DESK.match(line.strip())))  # "xyz-bild/Name"
            or ("; " in line and keyword_list(line))  # a clip sheet's search terms
            or not any(c.isalpha() for c in line)  # a player's "00:00 / 03:12", separators
            # the release's kind or the wire's "FOR IMMEDIATE RELEASE" over it: no headline
            or _document_kind(line)
            or bool(_EMBARGO_NOTE.match(line))  # "EMBARGO: NOT TO BE PUBLISHED BEFORE …"
            # a newsletter's greeting to its readers ("Liebe Leserinnen und Leser,"): no title
            or (len(line) < 60 and line[-1:] in ",!:" and bool(bp.READER_GREETING.match(line)))
        )

    def _facts_box_over(self, start: int) -> int:
        """Where the text starts when a key-facts box ("Das Wichtigste in Kürze", "Key
        points" over a few short points) stands right over the dateline's paragraph: at
        its heading, the box is the article's, not its standfirst; else `start`."""
        for k in range(start - 1, max(-1, start - _FACTS_BOX_LINES - 2), -1):
            if _FACTS_HEADING.match(self.lines[k].strip()):
                points = self.lines[k + 1 : start]
                return k if points and all(_words(p) <= 40 for p in points) else start
        return start

    def is_name_by_stamp(self, i: int) -> bool:
        """A names-only line within two lines of a date stamp or byline: the author."""
        if _name_over_role(self.lines, i) and _shouted_name(self.lines[i]):
            return True  # "JANE DOE" over "Business reporter"
        if not _byline_names(self.lines[i]) or section_of_line(self.lines[i]):
            return False
        if self.lines[i] in self.brand_labels:
            return False  # "Example Echo Live": the outlet's badge, no person
        if bp.is_footer(self.lines[i]) or bp.is_boilerplate(self.lines[i], self.extra_bp):
            return False  # "Neueste Nachrichten", "Alle Nachrichten" by stamped headlines
        if _FACTS_HEADING.match(self.lines[i].strip()):
            return False  # "Das Wichtigste in Kürze" by the stamp is a box's heading
        if _ORG_WORDS.search(self.lines[i]):
            return False  # "Turan Information Agency" under the masthead is no author
        if _issue_title(self.lines, i):
            return False  # "Rathaus Umschau" over "Ausgabe 224 / 2025": the publication
        if i + 1 < len(self.lines) and _stamped_item(self.lines[i + 1]):
            return False  # "Latest News" over "27.11.2025 09:15 Headline": a list's heading
        near = self.lines[max(0, i - 2) : i] + self.lines[i + 1 : i + 3]
        if i + 1 < len(self.lines) and role_line(self.lines[i + 1]):
            return True  # "Laura Smith" over "Business reporter, BBC News"
        if i + 1 < len(self.lines) and self._outlet_place(i + 1):
            return True  # "Jane Doe" over "Example News, Leipzig"
        if i >= 2 and all(_MENU_WORD.match(ln.strip()) for ln in self.lines[i - 2 : i]):
            return False  # "Sport / Politics / Market Data": an entry of the menu
        if i + 1 < len(self.lines) and self.lines[i + 1] == self.lines[i]:
            return self.is_name_by_stamp(i + 1)  # an author box printing the name twice
        if i + 1 < len(self.lines) and _profile_of(self.lines[i], self.lines[i + 1]):
            # a community site's author box: 'Jane Roe' / 'Jane Roe aus Town' / 'folgen' /
            # 'Town | vor 5 Tagen' over the stamp
            return any(_stamp(n) for n in self.lines[i + 2 : i + 5])
        if 0 < i < len(self.lines) - 1 and self._between_heading_and_text(i):
            return True  # "Olga Ivanova" under the sub-headline, over the text
        return any(_stamp(n) or author_of_line(n) for n in near)

    def _between_heading_and_text(self, i: int) -> bool:
        """A names line right under a heading of some words (the headline or its deck)
        and right over the running text (or over the picture's caption above it, as a
        printed page sets it): a byline printed without "By"."""
        above, below = self.lines[i - 1], self.lines[i + 1]
        if bp.is_caption(below) and i + 2 < len(self.lines):
            below = self.lines[i + 2]
        heading = _words(above) > 3 and not is_prose(above) and not self.is_meta(above)
        return heading and is_prose(below) and _words(below) > 15

    def place_by_byline(self, i: int) -> str:
        """A place in capitals alone between the byline and the date stamp ("Priya Rao" /
        "NEW DELHI" / "Updated - …"): where the story was filed, the dateline (not a
        headline; it is page chrome around the byline)."""
        if not 0 < i < len(self.lines) - 1:
            return ""
        line = self.lines[i].strip()
        if place := self._outlet_place(i):
            return place  # "Jane Doe" / "Example News, Leipzig": her outlet and her place
        if not (place := lone_place(line)):
            # a place in ordinary case under the byline, over the stamp ("Jane Doe" /
            # "Srinagar" / "Posted on: …"): a name of a word or two, no role
            # (one word that the text's opening lines name again: no second name, no role)
            cased = _CASED_PLACE.match(line) and " " not in line and not role_line(line)
            cased = cased and any(line in ln for ln in self.lines[i + 2 : i + 12])
            before = self.lines[i - 1]
            named = cased and (author_of_line(before) or self.is_name_by_stamp(i - 1))
            # or over the first paragraph itself ("By Jane Doe" / "Kitwe" / "THE council …"):
            # a desk word there ("Politics") is a rubric, no place
            after = self.lines[i + 1]
            opens = is_prose(after) and not is_desk_word(line)
            return line if named and (_stamp(after) or opens) else ""
        before, after = self.lines[i - 1], self.lines[i + 1]
        named = author_of_line(before) or self.is_name_by_stamp(i - 1)
        if (named and _stamp(after)) or (_stamp(before) and author_of_line(after)):
            return place
        return ""

    def _outlet_place(self, i: int) -> str:
        """The place in an 'Outlet, Place' line under a byline's names ("Jane Doe" /
        "Example News, Leipzig"), the outlet a paper's name or the masthead's: where the
        reporter filed from, a dateline; '' for any other line."""
        line = self.lines[i]
        if ", " not in line or i < 1 or _words(line) > 6:
            return ""
        outlet, _, place = line.strip().rpartition(", ")
        if not _CASED_PLACE.match(place) or is_desk_word(place) or role_line(place):
            return ""
        above = self.lines[i - 1]
        if not _byline_names(above) or self.is_meta(above):
            return ""
        known = outlet in self.lines[:i] or self._outlet_line(outlet)
        return place if known or mentioned_agency(outlet, self.profiles) else ""

    def is_quote_label(self, i: int) -> bool:
        """A group's label in a quote box ("Aktien", "Indizes" over "DAX 40 23.412,55
        +0,84%"): one or two words over a quote, never the headline."""
        line, lines = self.lines[i], self.lines
        return _words(line) <= 2 and i + 1 < len(lines) and _is_ticker(lines[i + 1])

    def _outlet_line(self, line: str) -> bool:
        """A line that is an outlet's name: a paper's word in it, or the source known."""
        if is_press_name(line):
            return True
        known = (self.hints.source, self.hints.fallback_source)
        return _key(line) in {_key(k) for k in known if k}

    def is_role_under_name(self, i: int) -> bool:
        """A byline's role line under the name ("Business reporter, BBC News"), or the
        company the author writes for under a "By …" byline ("Nation Media Group")."""
        if i < 1:
            return False
        line, above = self.lines[i], self.lines[i - 1]
        if is_company_name(line) and _words(line) <= 6 and author_of_line(above):
            return True
        outlet = _words(line) <= 5 and not is_prose(line) and self._outlet_line(line)
        if outlet and (author_of_line(above) or self.is_name_by_stamp(i - 1)):
            # the paper the reporter writes for ("Jane Doe" / "Example Free Press" / the
            # stamp): a byline's second line, never the headline
            return True
        if role_line(line) and author_of_line(above):
            return True  # "By Jane Doe" / "Journalists @Example Vision": the byline's role
        if _name_then_office(above) and _words(line) <= 8 and _ORG_WORDS.search(line):
            return True  # "Dr. Jane Roe Pressestelle" / "Universität Example": her employer
        return role_line(line) and self.is_name_by_stamp(i - 1)

    def _with_known_title(self, title: str) -> None:
        key = _key(title)
        limit = self.dateline_idx if self.dateline_idx >= 0 else min(len(self.lines), 40)
        broken = -1
        for i in range(limit):
            if _has_key(self.lines[i], key):
                self.title_idx = i
        if self.title_idx < 0:
            # the headline printed over two lines ('Headline part one:' / 'part two')
            for i in range(limit - 1):
                line = self.lines[i]
                prefix = len(line) < len(title) and title.startswith(line)
                if prefix and _has_key(f"{line} {self.lines[i + 1]}", key):
                    self.title_idx = broken = i
                    break
        if self.dateline_idx >= 0:
            self.body_start = self.dateline_idx
        elif self.title_idx >= 0:
            self.body_start = self.title_idx + (2 if broken >= 0 else 1)
            self._summary_bullets()  # "Key points" over bullets that the text restates
        if 0 <= self.title_idx < self.dateline_idx and not self.hints.lead:
            # nothing lost: a sentence between the known headline and the dateline's text
            # that no rule reads as a stamp, byline, credit or caption is its standfirst
            between = range(self.title_idx + 1, self.dateline_idx)
            self.lead_idx = [j for j in between if self._standfirst_line(j)]

    def _standfirst_line(self, i: int) -> bool:
        """A line of words under the headline that states no metadata and frames nothing."""
        line = self.lines[i]
        return (
            _MIN_STANDFIRST_WORDS <= _words(line) <= _STANDFIRST_WORDS
            and not self.is_meta(line)  # a stamp, a byline, boilerplate among them
            and not self.is_name_by_stamp(i)
            and not self.is_role_under_name(i)
            and not _agency_credit(line)
            and not is_credit_line(line)
            and not self._is_photo_caption(i, self.dateline_idx)
        )

    def _is_photo_caption(self, i: int, start: int) -> bool:
        """A caption ending in a bracketed photo credit ("… (BTA Photo)"), or a bare
        "Site/Provider" credit right above the text: passed over, not the title."""
        line = self.lines[i]
        if i == start - 1 and _SLASH_CREDIT.match(line):
            return True
        if i == start - 1 and self._bar_credited(line):
            return True
        if self._is_short_caption(i):
            return True
        if self._doubled_caption(i):
            return True
        if (
            0 < i == start - 1 == self.dateline_idx - 1
            and _words(line) <= _CAPTION_WORDS
            and is_credit_line(self.lines[i - 1])
        ):
            return True  # under the photo credit, over the dateline: the picture's caption
        if line.rstrip().endswith(".") and self._caption_over_headline(i):
            return True  # a short sentence under its credit, over the headline
        if line[:1] == "[" and _PICTURE_PLACEHOLDER.match(line):
            return True  # "[Photo] Alt text of the picture": the picture's caption as printed
        # under the byline, over the photo credit that opens the text: the picture's
        # caption ("Беседовала Name" / "Обмелевшее побережье …" / "Фото: Name")
        if (
            0 < i == start - 2
            and is_credit_line(self.lines[i + 1])
            and not is_credit_line(line)
            and (
                (author_of_line(self.lines[i - 1]) and self._headline_over_byline(i - 1))
                # a sentence under the stamp's meta ("Lesezeit: 3 Min."): no headline ends so
                or (line.rstrip().endswith(".") and self.is_meta(self.lines[i - 1]))
            )
        ):
            return True
        if 1 < i == start - 2 and _stamp(self.lines[i - 1]) and self._credited_under_heading(i):
            return True
        glued = _CAPTION_CREDIT_END.search(line) or _glued_credit(line)
        return bool(glued) and 3 <= _words(line) <= 40

    def _doubled_caption(self, i: int) -> bool:
        """A picture's alt text and its caption printed one over the other in the same
        words, the second maybe with its credit run on ('Police at the scene' / 'Police at
        the scene(Image: X)'), under the header's date stamp with a heading above that
        stamp: the picture's caption, never the headline. Why: a headline is printed once,
        over its stamp; only a picture's words come twice, from its alt text."""
        lines = self.lines
        line = lines[i].strip()
        if len(line) < 12 or _words(line) < 3:
            return False
        doubled = False
        for j in (i - 1, i + 1):
            if not 0 <= j < len(lines):
                continue
            other = lines[j].strip()
            short, long = (line, other) if len(line) <= len(other) else (other, line)
            if other == line or (
                long.startswith(short) and _CREDIT_LABEL.match(long[len(short) :].lstrip(" ("))
            ):
                doubled = True
                break
        if not doubled:
            return False
        for k in range(i - 1, max(-1, i - 8), -1):
            if _stamp(lines[k]):
                return any(
                    self._heading(lines[h]) and _words(lines[h]) >= 3 and not _stamp(lines[h])
                    for h in range(max(0, k - 12), k)
                )
        return False

    def _headline_over_byline(self, b: int) -> bool:
        """Whether a headline stands over the byline on line `b`: a heading in the lines
        above it that is neither the site's menu nor a stamp. A page that sets its rubric,
        stamp and byline over the headline ("Экономика" / "5 декабря 2025, 11:20" /
        "Текст: Имя" / headline / "Фото: Имя/ТАСС") has its headline under the byline, over
        the photo credit, and that line is no caption."""
        lines = self.lines
        for k in range(b - 1, max(-1, b - 6), -1):
            line = lines[k]
            if _stamp(line) or _words(line) < 3:
                continue
            if self._heading(line) and not _NEWS_TICKER.match(line):
                return True
        return False

    def _credited_under_heading(self, i: int) -> bool:
        """Line `i` under the header's date stamp and over a photo credit that the text
        follows ("25 Nov 2025 6:00 PM" / "Walkers on the new path" / "(Picture: Name)"),
        with a headline above the stamp's byline block: the picture's caption. Why: the
        headline stands over its byline and stamp, never between the stamp and the photo."""
        lines = self.lines
        if not is_credit_line(lines[i + 1]) or is_credit_line(lines[i]):
            return False
        # the header's ticker ("Срочно: other story") over the stamp is no headline
        return any(
            self._heading(lines[k]) and not _NEWS_TICKER.match(lines[k])
            for k in range(max(0, i - 8), i - 1)
        )

    def _bar_credited(self, line: str) -> bool:
        """A caption right above the text with a picture or news agency's credit after a
        bar ("… in Tokyo in September | Bloomberg"): never the headline."""
        m = _BAR_CREDIT.search(line)
        if not m or _words(line[: m.start()]) < 3:
            return False
        credit = m["credit"]
        return bp.is_caption(credit) or mentioned_agency(credit, self.profiles) is not None

    def _is_caption_text(self, i: int) -> bool:
        """Caption text beside its photo credit ("… Flammen" / "© Name/AFP"), when the
        header also has a heading next to a date stamp, which is then the title."""
        lines = self.lines
        credit = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and _is_credit(lines[j])]
        if not credit and i and _words(lines[i - 1]) <= 5 and is_credit_line(lines[i - 1]):
            credit = [i - 1]  # a bare credit over its caption ("Getty Images", BBC)
        if not credit and i + 1 < len(lines) and _PHOTO_BY.match(lines[i + 1]):
            credit = [i + 1]  # a credit without colon under it ("Фото Имени Фамилии")
        if (
            not credit
            and i + 2 < len(lines)
            and i + 1 != self.dateline_idx  # the dateline's paragraph is the text, no caption
            and is_credit_line(lines[i + 2])
        ):
            # alt text above the caption sentence, both above the credit
            caption = lines[i + 1]
            credit = [i + 2] if is_prose(caption) and _words(caption) <= 30 else []
        if not credit or (is_prose(lines[i]) and _words(lines[i]) > 40):
            return False
        for j in range(i - 1, max(-1, i - 8), -1):
            if not _stamp(lines[j]):
                continue
            for k in (j - 1, j - 2, j + 1):
                if k == i or not 0 <= k < len(lines) or self.is_meta(lines[k]):
                    continue
                if k == j - 2 and not (is_prose(lines[j - 1]) or self.is_meta(lines[j - 1])):
                    # only a standfirst may sit between headline and stamp, or a label of
                    # the page's own ("vor 3 Stunden", a byline) beside the stamp
                    continue
                if not is_prose(lines[k]) and _words(lines[k]) >= 3 and not _menu_bar(lines[k]):
                    return True
        return False

    def _heading(self, above: str) -> bool:
        """A headline over the stamp: some words, no sentence, no chrome, and no entry of
        a list with its own stamp ("25.11.2025 15:40 Another story")."""
        return (
            _words(above) > 4
            and not is_prose(above)
            and not self.is_meta(above)
            and not _stamped_item(above)
            and not is_arrow_trail(above)  # the page's breadcrumb over the stamp
            and not is_slash_trail(above)
            and above not in self.menus  # the site's menu bar ('News   Sport   Video')
        )

    def _tags_under_stamp(self, block: list[int], i: int) -> bool:
        """One- or two-word lines between a date stamp (line `i`) and the text, with a
        heading above the stamp: topic tags (a country, a person), not the headline."""
        lines = self.lines
        if not _stamp(lines[i]) or any(_words(lines[j]) > 2 for j in block) or i < 1:
            return False
        above = lines[i - 1]
        return self._heading(above)

    def _standfirst_under_stamp(self, block: list[int], i: int) -> bool:
        """Prose between a date stamp (with chrome under it such as a "Subscribe" button,
        line `i` and up) and a dateline's text, a heading above the stamp: the standfirst,
        and the heading is the title (not the dateline's first sentence)."""
        lines = self.lines
        if self.dateline_idx < 0 or not all(is_prose(lines[j]) for j in block):
            return False
        j, dated = i, False
        while j >= 0 and i - j < 5 and self.is_meta(lines[j]):
            dated = dated or bool(_stamp(lines[j]))
            j -= 1
        if not dated or j < 0:
            return False
        above = lines[j]
        return self._heading(above)

    def _deck_under_stamp(self, block: list[int], i: int) -> bool:
        """Headings between a date stamp (line `i`, or the line over a view count there)
        and the text, with a longer headline right above the stamp: a sub-headline
        ("Exporters blame weak European demand" under "Türkiye’s car exports fall …" and
        its date), the lead rather than the title."""
        lines = self.lines
        if i < 1 or any(is_prose(lines[j]) for j in block):
            return False
        j = i
        while j > i - 2 and not _stamp(lines[j]):
            if any(c.isalpha() for c in lines[j]) and not author_of_line(lines[j]):
                break
            j -= 1  # a view count ("5 214") or the byline ("Автор: Name") under the stamp
        if j < 1 or not _stamp(lines[j]):
            return False
        if j > 2 and (self._logo_byline(j - 1) or author_of_line(lines[j - 1])):
            # "Headline" / "By Jane Doe" / "15th January 2026", or the site signing as the
            # author ("EXAMPLE" / "22.01.2026 | 21:48"): the headline is over the byline
            j -= 1
        above = lines[j - 1]
        # "25.11.2025 Headline (hib 805/2025)" over the stamp: a listed entry, no headline
        return self._heading(above) and not _dated_list_item(lines, j - 1)

    def _logo_byline(self, k: int) -> bool:
        """Line `k` repeats the logo of the page's first lines ("EXAMPLE" at the top and
        again between the headline and the stamp): the site signed as the author. Why: a
        site credits itself so on agency copy; a headline is never its own logo."""
        key = _key(self.lines[k])
        return (
            bool(key)
            and _words(self.lines[k]) <= 3
            and any(_key(ln) == key for ln in self.lines[: min(3, k)])
        )

    def _sentence_head(self, i: int) -> bool:
        """A headline or its deck written as sentences ('X rose for the first time in
        years. Scientists say don't celebrate yet.'), over the byline at the page's top:
        only page furniture above it, the byline one or two lines below. Why: the text
        starts under the byline, never over it with nothing but a label above."""
        lines = self.lines
        if i >= _SENTENCE_HEAD_SPAN or _words(lines[i]) > 40:
            return False
        if not any(author_of_line(ln) for ln in lines[i + 1 : i + 3]):
            return False
        above = lines[:i]
        heads = [ln for ln in above if not self.is_meta(ln)]
        return len(heads) <= 1 and all(is_prose(ln) and _words(ln) <= 30 for ln in heads)

    def _detect(self) -> None:
        lines = self.lines
        if self.header_prose[:1] == [0]:
            # no headline pasted over the standfirst ("Teaser." / "Wien – Die …"): the
            # standfirst heads the clipping, and the text starts at the dateline
            self.title_idx, self.body_start = 0, self.dateline_idx
            between = range(1, self.dateline_idx)
            self.lead_idx = [i for i in between if not self._is_caption_prose(i)]
            return
        if self.header_prose:
            # The title stands above the first header prose; of that prose only a
            # standfirst (not a caption) is the lead, and the text starts at the dateline.
            skipped, self.header_prose = self.header_prose, []
            self.dateline_idx, keep = -1, self.dateline_idx
            self._detect()
            self.dateline_idx, self.body_start, self.header_prose = keep, keep, skipped
            self.lead_idx = [i for i in skipped if not self._is_caption_prose(i)]
            return
        if self.dateline_idx >= 0:
            start = self._facts_box_over(self.dateline_idx)
        else:
            start = next(
                (
                    i
                    for i, ln in enumerate(lines)
                    if is_prose(ln)
                    and not self.is_meta(ln)
                    and not _masthead_tagline(lines, i)
                    and not self._is_short_caption(i)
                    and not _is_question_headline(lines, i)
                    and not _is_quoted_headline(ln)
                    and not _dated_list_item(lines, i)
                    and not _greeting_intro(lines, i)
                    and not self._sentence_head(i)
                    and not self.deck_over_bare_byline(i)
                ),
                len(lines),
            )
        if start == len(lines):
            # No running text at all (a flash, a note): first real line is the title.
            first = next((i for i, ln in enumerate(lines) if not self.is_meta(ln)), -1)
            self.title_idx = first
            self.body_start = first + 1 if first >= 0 else len(lines)
            return
        block: list[int] = []
        deck: list[int] = []
        i = start - 1
        while i >= 0 and len(block) < 4:
            line = lines[i]
            if self._is_photo_caption(i, start):
                pass  # a caption between the headline and the text is passed over
            elif not (block or deck) and _listed_entry(lines, i, self.extra_bp):
                pass  # "Related: / Other story 16:40 / …" between the headline and the text
            elif not deck and line[:1] in _KEY_POINT:
                block = []  # "• Curbs re-imposed on Monday": the key points and their note
            elif not block and _HIGHLIGHTS_HEADING.match(line.strip()):
                pass  # "Quick Read" over the key points: the box's heading, no headline
            elif (block or deck) and _stamp_headed(line):
                break  # "23/11/2025 12:30 Short headline": a listed entry, though stamp-like
            elif (
                self.is_meta(line)
                or self.is_name_by_stamp(i)
                or self.is_role_under_name(i)
                or self.is_quote_label(i)
                or self.place_by_byline(i)
                or self._is_caption_text(i)
                or _agency_credit(line)
                or _DOCUMENT_HEADING.match(line)
                or _HOST_LINE.match(line)  # "ru.example.lt" under the byline: its outlet
            ):
                if block and block[0] == i + 1 and _listed_stamp(lines, i):
                    if _headline_first_list(lines, i):
                        break  # the list's items end at this stamp; the headline under it is ours
                    del block[0]  # the last item of a stamped list ("Последние новости")
                    if block:
                        break
                elif block and self._tags_under_stamp(block, i):
                    block = []  # "Таджикистан" under the stamp tags the story; the title is above
                elif block and self._deck_under_stamp(block, i):
                    deck, block = block, []  # a sub-headline; the headline is above the stamp
                elif block and self._standfirst_under_stamp(block, i):
                    deck, block = block, []  # the standfirst; the headline is above the stamp
                elif block:
                    break
            elif (block or deck) and (_stamped_item(line) or _dated_list_item(lines, i)):
                break  # "29 ноября 18:40 Headline": a list of stamped headlines over the story
            else:
                block.insert(0, i)
            i -= 1
        headings = [
            j
            for j in block
            if not is_prose(lines[j])
            or (j == block[0] and self._sentence_head(j))
            or _is_question_headline(lines, j)
            or _is_quoted_headline(lines[j])
        ]
        if len(headings) > 1:
            # a breadcrumb trail over the headline is never the headline
            headings = [
                j
                for j in headings
                if not (is_arrow_trail(lines[j]) or is_dot_trail(lines[j]) or _bar_row(lines[j]))
            ] or headings
        # the site's desks in a row with bars ('News | Sport | Community | Business'): no
        # headline, though no other heading is left
        headings = [j for j in headings if not _menu_bar(lines[j])]
        if headings:
            # Kickers and menu items ("Schweiz", "Handel") stand above the real headline;
            # a kicker of a few words ("Tarifkonflikt bei der Bahn") above a longer line.
            long = [j for j in headings if _words(lines[j]) > 2]
            # the site menu in one row over its entry repeated as the label ('Футбол Хоккей
            # Теннис Биатлон' over 'Футбол'): no headline
            labels = [lines[j].strip() for j in block]
            long = [j for j in long if not any(in_menu_row(n, lines[j]) for n in labels)]
            long = [j for j in long if lines[j] not in self.menus]  # 'News   Sport   Video'
            # … or single-spaced ('News Sport Farming Property Lifestyle'): no headline
            long = [j for j in long if not is_menu_row(lines[j])] or long
            # … or glued when copied ('NewsSportWhat's OnFood & DrinkProperty'): no headline
            long = [j for j in long if not _glued_menu(lines[j])] or long
            # a trail one crumb a line under its home word names the issuing body on its
            # way to the headline ('Startseite' / 'Ministerium für X' / 'Aktuelles'): a crumb
            long = [
                j
                for j in long
                if j == long[-1]
                or _words(lines[j + 1]) > 2  # the crumbs run on, a word or two each
                or not (_closes_home_trail(lines, j) and is_public_body(lines[j]))
            ]
            if (
                len(long) > 1
                and _NEWS_TICKER.match(lines[long[0]])
                # a live blog's own headline ('LIVE: Road closed after crash - latest
                # updates') is restated by the text under it; another story's is not
                and not _restated(lines[long[0]], lines[start : start + 2])
            ):
                del long[0]  # "Breaking: Other story" over the headline: the header's ticker
            title = long[0] if long else headings[-1]
            longer = [j for j in long if _words(lines[j]) > 4]
            if len(long) > 2 and _under_list_label(lines, block[0]):
                title = long[-1]  # the list's last entry nearest the text is the headline
            elif longer and _deck_under_rubric_headline(lines, title, longer[0]):
                pass  # the rubric's label over the headline, its deck under it
            elif longer and _kicker_headline_deck(lines, title, longer[0]):
                title = longer[0] - 1  # kicker, short headline, deck: the line over the deck
            elif _words(lines[title]) <= 4 and longer and not _topic_headed(lines[title]):
                title = longer[0]
            elif (after := [j for j in long if j > title]) and _kicker_over(
                lines[title], lines[after[0]]
            ):
                title = after[0]
            self.title_idx = title
            # the headline printed twice ('Headline' / 'Headline'): once the title, no lead
            self.lead_idx = [j for j in block if j > title and lines[j] != lines[title]]
        else:
            self.lead_idx = block
        self.body_start = start if start < len(lines) else (self.title_idx + 1)
        stamped = self.lead_idx and any(
            _stamp(lines[j]) or self.is_name_by_stamp(j)
            for j in range(max(self.lead_idx) + 1, start)
        )
        if self.dateline_idx < 0 and not stamped:
            # 'Deck.' / 'Jana Beispiel' / the text: the deck the lead, the name its byline
            named = [j + 1 for j in self.lead_idx if self.deck_over_bare_byline(j)]
            if named and named[-1] == start - 1:
                self.lead_idx, stamped = [j for j in self.lead_idx if j not in named], True
        # a sub-headline between the headline and the text (a heading, no sentence): the deck
        decked = self.title_idx >= 0 and not any(
            is_prose(lines[j]) or lines[j].rstrip().endswith(_SENTENCE_END) for j in self.lead_idx
        )
        if self.dateline_idx < 0 and self.lead_idx and not stamped and not decked:
            # Without a dateline the "lead" lines are simply the first paragraphs (unless a
            # date stamp stands between them and the text: then they are the standfirst).
            self.body_start = min(self.lead_idx)
            self.lead_idx = []
        if deck and self.title_idx >= 0:
            self.lead_idx = [*self.lead_idx, *deck]
        if self.dateline_idx < 0:
            self._skip_standfirst()
        if self.dateline_idx < 0 and not self.lead_idx:
            self._standfirst_over_picture()
        if self.dateline_idx < 0 and not self.lead_idx:
            self._highlights_box()
        if self.dateline_idx < 0 and not self.lead_idx:
            self._summary_bullets()

    def _summary_bullets(self) -> None:
        """Bullet points right under the headline, over the first paragraph (a "Key points"
        heading over them at most), that restate the text below: the story's summary, its
        standfirst, and the text starts at the first paragraph. Why: a summary list sums
        the story up before it starts; an article's own list follows its opening paragraph.
        Without the heading, most points must come again in the text."""
        lines, first = self.lines, self.body_start
        if not 0 <= self.title_idx < first < len(lines) - 2:
            return
        head = lines[first].strip()
        headed = bool(_FACTS_HEADING.match(head) or _HIGHLIGHTS_HEADING.match(head))
        j = first + headed
        points: list[int] = []
        while j < len(lines) and len(points) < _SUMMARY_POINTS and _BULLET.match(lines[j]):
            if _words(lines[j]) > 40:
                return
            points.append(j)
            j += 1
        if len(points) < 2 - headed or j >= len(lines) or not is_prose(lines[j]):
            return
        if not headed and 2 * sum(_restated(lines[p], lines[j:]) for p in points) < len(points):
            return
        self.lead_idx, self.body_start = points, j

    def _highlights_box(self) -> None:
        """A "Story Highlights" heading right over the first paragraphs: the points under
        it that restate the text below are the standfirst, the text starts at the first
        paragraph that does not. Why: a highlights box sums the story up; its points are
        the text's own facts again, the story's opening paragraph brings new ones."""
        lines, first = self.lines, self.body_start
        if not 0 < first < len(lines) or not _HIGHLIGHTS_HEADING.match(lines[first - 1].strip()):
            return
        points: list[int] = []
        for j in range(first, min(len(lines) - 1, first + _HIGHLIGHT_POINTS)):
            if _words(lines[j]) > 40 or not _restated(lines[j], lines[j + 1 :]):
                break
            points.append(j)
        if points and points[-1] + 1 < len(lines) and is_prose(lines[points[-1] + 1]):
            self.lead_idx, self.body_start = points, points[-1] + 1

    def _standfirst_over_picture(self) -> None:
        """A short paragraph right under the byline or stamp, then the lead picture's
        caption (with chrome such as a short link or "Advertisement"), then the text: the
        standfirst, which DW and SWR print above the picture, is the lead. A bare credit
        ("Photo: PAP/Name") may follow the first paragraph of the text itself."""
        lines, first = self.lines, self.body_start
        if not 0 < first < len(lines) - 2 or _words(lines[first]) > _STANDFIRST_WORDS:
            return
        above = lines[first - 1]
        if not (_stamp(above) or author_of_line(above) or self.is_name_by_stamp(first - 1)):
            return
        pictured = False
        for j in range(first + 1, min(len(lines), first + 5)):
            line = lines[j]
            if bp.is_caption(line) and (not is_credit_line(line) or _described(line)):
                pictured = True  # a caption that describes the picture, not a bare credit
            elif (
                not pictured
                and j + 1 < len(lines)
                and _words(line) <= _CAPTION_WORDS
                and not self.is_meta(line)
                and is_credit_line(lines[j + 1])
            ):
                pictured = True  # a caption sentence above its credit ("Фото: LETA")
            elif not self.is_meta(line):
                if pictured and is_prose(line):
                    self.lead_idx, self.body_start = [first], j
                return

    def _skip_standfirst(self) -> None:
        """Prose, then a byline or date stamp, then more prose: the first prose was the
        standfirst (DW, Spiegel, NZZ print it between the headline and the stamp), and the
        text starts after the stamp block. Captions (prose beside a credit) are skipped."""
        lines = self.lines
        first = self.body_start
        if first >= len(lines) or not is_prose(lines[first]):
            return
        # a deck that names its writer at its end ('…, writes JANE ROE') is signed as a byline
        stamped = bool(deck_writer(lines[first]))
        standfirst = [first]
        summed = first > 0 and bool(_DOCUMENT_HEADING.match(lines[first - 1]))
        for j in range(first + 1, min(len(lines), first + 14)):
            line = lines[j]
            if _stamp(line) or author_of_line(line) or self.is_name_by_stamp(j):
                stamped = True
            elif not stamped and _BULLET.match(lines[first]) and _BULLET.match(line):
                standfirst.append(j)  # "Das Wichtigste in Kürze": bullets over the stamp
            elif not stamped and summed and is_prose(line) and j == standfirst[-1] + 1:
                standfirst.append(j)  # "Summary" over its points without bullet marks
            elif is_prose(line) and not self.is_meta(line):
                if j + 1 < len(lines) and is_credit_line(lines[j + 1]):
                    continue  # a caption above its photo credit
                if self._caption_under_header_credit(j):
                    continue  # "Video: Example" / its caption, over the text
                if stamped:
                    self.lead_idx = standfirst
                    self.body_start = j
                return


# Desks named after a text's form, which pages also print as a kicker over the headline.
_FORM_LABELS = {"интервью", "interview", "kommentar", "commentary", "analysis", "analyse",
                "мнения", "мнение", "meinung", "opinion", "columns", "features"}  # fmt: skip


# A stamp's reading time: "3 мин", "4 Min. Lesezeit", "5 min read", "7 минут чтения"
_READING_TIME = re.compile(
    r"^\d{1,3}\s*(?:мин(?:ут[аы]?)?\.?|min(?:uten?|utes?|s)?\.?)"
    r"(?:\s+(?:lesezeit|read|чтения|прочтения))?$",
    re.I,
)


# A release's embargo note over its headline: "EMBARGO: Not to be published before 16:00",
# "Sperrfrist: 10 Uhr", "Embargoed until …", "Не для публикации до 14:00": when the text
# may run, never its headline.
_EMBARGO_NOTE = re.compile(
    r"^(?:embargo(?:ed)?\b|sperrfrist\b|эмбарго\b|"
    r"not (?:to be )?(?:published|broadcast|released|for (?:publication|release|broadcast))"
    r" (?:or \w+ )?(?:before|until|prior to)\b|не для (?:публикации|распространения) до\b)",
    re.IGNORECASE,
)


def _document_kind(line: str) -> bool:
    """Whether a line names the document's kind ("Press release", "Stellungnahme der
    Regierung", "ЗАЯВЛЕНИЕ"), which an office's letterhead prints where a page's desk stands."""
    from app.importers.docfront import is_release_label  # docfront builds on this module

    return len(line) <= 60 and is_release_label(line)


def _rubric_under_foot_stamp(lines: list[str], start: int, published: datetime | None) -> str:
    """The rubric under the text's own stamp at its foot ("Автор: Name" / "20 ноября 2025,
    10:15" / "Общество"): the page's label of the item, which beats a menu entry by the
    headline (a site lists its sections over every article)."""
    if published is None:
        return ""
    for i in range(max(start, 1), len(lines) - 1):
        line = lines[i]
        if len(line) > 60 or not any(c.isdigit() for c in line[:30]):
            continue
        hits = year_dates(line)
        if not hits or hits[0].value.date() != published.date() or not _stamp(line):
            continue
        below = lines[i + 1].strip()
        if _words(below) <= 3 and (desk := section_of_line(below)) and not is_trail(below):
            return desk
    return ""


_RUBRIC_LABEL = re.compile(r"^[А-ЯЁ][а-яё-]+(?: [а-яёА-ЯЁ-]+){0,2}$")


def _rubric_under_bar_date(lines: list[str], title_idx: int) -> str:
    """A Cyrillic label of a word or three between the header bar's date and the headline,
    the item's own stamp under it ("28 ноября 2025, Пятница" / "Дорожное хозяйство" /
    headline / "17.11.2025 11:20"): the page's rubric. Why: chrome frames it on both
    sides, and Russian pages set no kicker there."""
    if not 2 <= title_idx < len(lines) - 1:
        return ""
    label = lines[title_idx - 1].strip()
    if len(label) > 40 or not _RUBRIC_LABEL.match(label) or bp.is_boilerplate(label):
        return ""
    if _byline_names(label):
        return ""  # "Мария Соколова" over the headline: the author
    bar, stamp = lines[title_idx - 2].strip(), lines[title_idx + 1].strip()
    if len(bar) > 40 or len(stamp) > 40 or not year_dates(bar) or not year_dates(stamp):
        return ""
    return label


def desk_in_stamp(line: str) -> str:
    """The desk a 'Desk | day' stamp names beside the day: one or two plain capitalised
    words and a day with nothing else, not a byline's name. The day may come first, and a
    byline last ('25 ноября 2025 в 14:20 | Экономика | Текст: X', 'day · Desk · By X')."""
    parts = STAMP_PARTS.split(line.strip())
    if len(parts) == 3 and (author_of_line(parts[2]) or _READING_TIME.match(parts[2].strip())):
        parts = parts[:2]  # the byline or the reading time after the day ('… | 3 мин')
    if len(parts) != 2:
        return ""
    desk, day = parts if not is_only_date(parts[0]) else parts[::-1]
    hits = year_dates(day)
    if not hits or len(day) - (hits[0].end - hits[0].start) > 2:
        return ""
    if len(desk.split()) > 2 or re.search(r"[\d:.]", desk) or not desk[:1].isupper():
        return ""
    # a news agency's name beside the day ('ТАСС | 24.11.2025 10:14') is the item's source
    return "" if is_agency_name(desk) or _byline_names(desk) else desk


_RELEASE_NOTE = re.compile(
    r"^(?:for immediate release|zur sofortigen veröffentlichung|для немедленного распространения|"
    # the release's kind alone over its date ('ПРЕСС-РЕЛИЗ' / '27.11.2025'): no desk either
    r"(?:press|news|media) release|pressemitteilung|presseinformation|medieninformation|"
    r"medienmitteilung|presseaussendung|(?:press|media) statement|communiqué de presse|"
    r"пресс-релиз)$",
    re.I,
)


def _section_by_position(
    lines: list[str], header: list[int], title_idx: int, layout: _Layout
) -> str:
    """A short label right above the date stamp (page chrome puts the section there).

    The stamp nearest the title: a header bar's date (the day of copying) comes earlier,
    under the site menu.
    """
    dated = [i for i in header if i < title_idx and _stamp(lines[i])]
    if not dated:
        return _rubric_over_stamped_title(lines, header, title_idx, layout)
    if dated[-1] == title_idx - 2 and title_idx - 1 in header:
        # the rubric between the header bar's date and the headline ("суббота, 29. ноября
        # 2025" / "Эстония" / headline), below the menu it need not be part of
        label = lines[title_idx - 1]
        if _rubric_label(label) and not layout.is_meta(label) and not _byline_names(label):
            return label
    if dated[-1] < title_idx - 2 and any(i > title_idx and _stamp(lines[i]) for i in header):
        # the header bar's date over the menu, the article's own stamp under the headline:
        # over that date stands the masthead, the rubric right above the headline if any
        label = lines[title_idx - 1]
        desk = _DESK_NEWS.search(label) or not _byline_names(label)  # "Local News": no person
        return label if _rubric_label(label) and not layout.is_meta(label) and desk else ""
    above = dated[-1] - 1
    masthead = above == 0 and not section_of_line(lines[0])  # no rubric ('LOKALES')
    if masthead and dated[-1] < title_idx - 1 and title_idx - 1 in header:
        # the masthead over the issue's day at the page's top, a rubric right over the
        # headline further down ('EXAMPLE NEWS' / '№ 96 · 5 декабря 2025' / 'ЖКХ' / headline):
        # the rubric is the desk, the paper's name none
        label = lines[title_idx - 1]
        if _rubric_label(label) and not layout.is_meta(label) and not _byline_names(label):
            return label
    if above < 0 or above not in header:
        return ""
    line = lines[above]
    words = line.split()
    if not 1 <= len(words) <= 4 or any(c.isdigit() for c in line) or not line[:1].isupper():
        return ""
    if line.rstrip().endswith(tuple('.!?:…"»“”')) or layout.is_meta(line):
        return ""
    if _RELEASE_NOTE.match(line.strip()):
        return ""  # a release's 'For immediate release' over its date: no desk
    if above == 0 and any(_RELEASE_NOTE.match(lines[j].strip()) for j in header if j < title_idx):
        return ""  # the letterhead's tagline opening a release ('Always serving X' / date)
    if re.match(r"[^\W\d]\w*\s*:\s", line):
        return ""  # a wire's field over its stamp ('Slug: Send funding councils')
    # a page's rubric the vocabulary knows over the story's kicker ('Lokales' /
    # 'Trinkwasser' / day): the rubric is the desk, the kicker a topic word
    desk = section_of_line(lines[above - 1]) if above - 1 in header else ""
    if desk and _key(desk) == _key(lines[above - 1]) and not section_of_line(line):
        return desk
    return line


def _rubric_over_stamped_title(
    lines: list[str], header: list[int], title_idx: int, layout: _Layout
) -> str:
    """The rubric right above the headline under a menu, the article's stamp right under
    the headline and no date over it ("Город" / headline / "18 ноября 2025, 11:47"): the
    page's desk, which a menu entry further up ("Интервью") is not."""
    if title_idx < 2 or title_idx - 1 not in header:
        return ""
    if not any(_stamp(lines[i]) for i in (title_idx + 1, title_idx + 2) if i in header):
        # or under the standfirst and the byline ("Rubrik" / headline / standfirst / "Von
        # Name" / "25.11.2025"): the headline's own block, nothing else between
        stamp = next(
            (i for i in range(title_idx + 3, title_idx + 5) if i in header and _stamp(lines[i])), -1
        )
        between = range(title_idx + 1, stamp)
        # (the byline's name over its outlet, which repeats the masthead: 'Jane Doe' /
        # 'Example Post')
        logo = {_key(ln) for ln in lines[: min(_MASTHEAD_LINES, title_idx)]}
        # (under the standfirst too: 'Deck' / 'Jane Doe' / 'Example Post' / stamp)
        signed = (
            len(between) >= 2
            and bool(_byline_names(lines[between[-2]]))
            and _key(lines[between[-1]]) in logo
        )
        if stamp < 0 or not all(
            j in layout.lead_idx
            or author_of_line(lines[j])
            or (signed and j >= between[-2])
            # a badge's alt text by the byline ('Verified Example Staff Badge'): chrome
            or (j > title_idx + 1 and _words(lines[j]) <= 6 and bp.is_boilerplate(lines[j]))
            for j in between
        ):
            return ""
    label, above = lines[title_idx - 1], lines[title_idx - 2]
    if not _rubric_label(label) or layout.is_meta(label) or _byline_names(label):
        return ""
    # over it a menu's entry, the menu's row or the header's ticker ('LIVE-TICKER: …'):
    # chrome, so the label between it and the headline is the rubric, no kicker of prose
    chrome = _words(above) <= 3 or above in layout.menus or bool(_NEWS_TICKER.match(above))
    return label if not is_prose(above) and chrome else ""


_DESK_NEWS = re.compile(r"\s(?:news|nachrichten|новости)$", re.I)


def _rubric_label(line: str) -> bool:
    """A section label's shape: one or two capitalised words, no figures or punctuation."""
    words = line.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words)


# A related-links box lists a handful of headlines; more short lines are a list of other
# stories, not a box inside the text.
_MAX_BOX_LINKS = 6


def _box_end(lines: list[str], i: int, extra_bp: tuple[re.Pattern[str], ...]) -> int:
    """A related-links box in mid-text ("Материалы по теме:", "Mehr zum Thema:",
    "Related:", "Read more:"): its marker, its linked headlines (short lines, not sentences
    of the text), then the article's paragraphs again. Only the box goes, never the text
    after it: the index of the first paragraph after the links, or 0 when no text resumes
    (the box closed the text and other stories follow). The text resumes with a long
    paragraph, or with two paragraphs in a row (a teaser's blurb stands alone under its
    headline). A question right before that paragraph, after a first link, is the text's
    own (an interview's next question)."""
    marker = lines[i]
    if not bp.is_teaser(marker):
        return 0
    if _words(marker) > 4 and not marker.rstrip().endswith(":") and not bp.is_teaser_marker(marker):
        # "Read more: <headline>" carries its one link: the next lines are the text's, its
        # subheadings too, when a long paragraph comes within two lines
        after = lines[i + 1 : i + 3]
        resumes = any(_words(n) >= 25 and is_prose(n) for n in after)
        return i + 1 if resumes and not any(bp.is_footer(n) for n in after) else 0
    end = min(len(lines), i + 2 + _MAX_BOX_LINKS)
    for j in range(i + 1, end):
        line = lines[j]
        if bp.is_footer(line):
            return 0
        if not _resumed_text(line, extra_bp) or _linked_headline(line):
            continue  # a linked headline, its date or its picture credit
        after = lines[j + 1] if j + 1 < len(lines) else ""
        if not (_words(line) >= 25 or _resumed_text(after, extra_bp)):
            return 0
        if j - i > 2 and lines[j - 1].rstrip().endswith("?"):
            return j - 1  # the text's own question over it (an interview's), after the links
        return j
    return 0


def _linked_headline(line: str) -> bool:
    """A headline in a links box: short, and not closed by a full stop as the text's
    sentences are (a quoted headline ends in its quote mark, a question in "?")."""
    ended = line.rstrip().endswith(".") and not _RUNTIME_END.search(line)
    return _words(line) <= 20 and not ended


def _resumed_text(line: str, extra_bp: tuple[re.Pattern[str], ...]) -> bool:
    """A paragraph of running text (not another teaser, not small print)."""
    return is_prose(line) and not bp.is_teaser(line) and not bp.is_boilerplate(line, extra_bp)


def _text_after(lines: list[str], i: int, extra_bp: tuple[re.Pattern[str], ...]) -> bool:
    """Whether a paragraph of running text (not small print, not another teaser) follows
    line `i` before the page's list of other stories begins."""
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if bp.is_footer(line):
            return False
        if is_prose(line) and not bp.is_teaser(line) and not bp.is_boilerplate(line, extra_bp):
            return True
        if _resumes_after_teaser(lines, j, extra_bp):
            return True
    return False


_SHORT_TEXT_WORDS = 3  # "Die Gespräche gehen weiter.": the fewest words of a sentence of text
_SENTENCE_STOP = tuple(".!?…")


def _short_sentence(line: str, extra_bp: tuple[re.Pattern[str], ...]) -> bool:
    """A sentence of the text however short ("Talks will continue next week."): it opens in
    a capital, ends in a stop, and has a word in lower case after the first (a verb, a
    small word), which a headline in title case or a label lacks; no credit, no chrome."""
    line = line.strip()
    words = line.split()
    return (
        len(words) >= _SHORT_TEXT_WORDS
        and line[:1].isupper()
        and line.endswith(_SENTENCE_STOP)
        and any(w[:1].islower() for w in words[1:])
        and "|" not in line
        and not is_credit_line(line)
        and not bp.is_teaser(line)
        and not bp.is_footer(line)
        and not bp.is_boilerplate(line, extra_bp)
    )


def _resumes_after_teaser(lines: list[str], j: int, extra_bp: tuple[re.Pattern[str], ...]) -> bool:
    """Line j is the text resumed right after a teaser inside it ("Lesen Sie auch: <headline>"
    / "Die Parteien sprachen auch über Dünger." / "Foto: …" / footer): a sentence, however
    short, with no other short line under it. Why: a short last paragraph over the page's
    photo credit read as a caption, and the text was cut at the teaser. A list of teased
    headlines ("Read more:" / "A. " / "B.") has more short lines under its first."""
    if j < 1:
        return False
    # the teaser over it first: it is the rarer, and _short_sentence asks four predicates
    teaser = bp.is_teaser(lines[j - 1])
    if not teaser and j >= 2 and bp.is_teaser(lines[j - 2]):
        marker = lines[j - 2]
        # "Lesen Sie auch:" over its one headline, then the text
        teaser = marker.rstrip().endswith(":") or bp.is_teaser_marker(marker)
        teaser = teaser and _linked_headline(lines[j - 1])
    if not teaser or not _short_sentence(lines[j], extra_bp):
        return False
    below = lines[j + 1] if j + 1 < len(lines) else ""
    return (
        not below
        or is_prose(below)
        or bp.is_footer(below)
        or is_credit_line(below)
        or bp.is_boilerplate(below, extra_bp)
    )


# A byline with its label ("Автор: Name", "Autorin: Name"), which may stand anywhere under
# the text; "By"/"Von" lines there are as often a teaser's.
# An interviewer's credit is as plain: "Das Interview führte Jane Doe.", "Беседовала Анна Иванова".
# A byline's capitalised preposition, as a closing byline prints it ("By Jane Doe, …").
_BY_OPENER = re.compile(r"^(?:By|BY|Von|VON|От|ОТ)\s")
# The writer's credit under the text: "Текст: Name", "Text: Name" (beside "Фото: Name")
_TEXT_CREDIT = re.compile(r"^(?:текст|text)\s*:\s*[A-ZÄÖÜА-ЯЁ]", re.I)
_LABELLED_BYLINE = re.compile(
    r"^(?:(?:autor(?:in|en)?|authors?|автор(?:ы)?)\s*:|das (?:gespräch|interview) führten?\s|"
    r"interview(?:ed)? by\s|беседовала?\s|беседу вела?\s)",
    re.IGNORECASE,
)


# Where the text says something happened: "in New Delhi", "aus Genf", "в Москве".
_LOCATIVE = ("in ", "at ", "aus ", "nach ", "в ", "во ", "из ")


def _place_in_text(name: str, body: list[str]) -> bool:
    """Whether the text names `name` as a place ("held in New Delhi", "в Екатеринбурге"):
    a sign-off over a day under the text names where it was issued, not who wrote it. A
    Russian place is matched on its stem, as the text inflects it."""
    stem = name if name[-1:].isascii() else name[:-1]
    if len(stem) < 3:
        return False
    text = " ".join(body)
    return any(f"{w}{stem}" in text or f"{w.capitalize()}{stem}" in text for w in _LOCATIVE)


# A press officer's rank and name under her role, the name by its initials: "советник
# юстиции Е.В. Малахова", "майор полиции А. Иванов", "senior counsel J. R. Smith".
_RANKED_NAME = re.compile(
    r"^(?:[a-zа-яё][\w-]*\s+){1,4}"
    r"(?P<name>(?:[A-ZА-ЯЁ]\.\s?){1,2}[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)$"
)
_OFFICER_ROLE_WORDS = 14


def _officer_signoff(
    lines: list[str], i: int, body: list[str], extra_bp: tuple[re.Pattern[str], ...]
) -> str:
    """The officer who signs a release under its text: a role line ("Старший помощник
    прокурора области по взаимодействию со СМИ", no sentence) over her rank in lower case
    and her initials and surname ("советник юстиции Е.В. Малахова"), no text after: the
    name is the author, the role and the rank are no text. Why: an office's releases are
    signed so, the name last, where a byline names no rank."""
    line = lines[i].strip()
    if len(line) > 80 or "." not in line or not (m := _RANKED_NAME.match(line)):
        return ""
    role = lines[i - 1].strip()
    if body[-1].strip() != role or not role[:1].isupper() or role.endswith(_SENTENCE_END):
        return ""
    if _words(role) > _OFFICER_ROLE_WORDS or len(body) < 2 or not is_prose(body[-2]):
        return ""
    return "" if _text_after(lines, i, extra_bp) else m["name"]


def _closing_author(
    lines: list[str], i: int, body: list[str], extra_bp: tuple[re.Pattern[str], ...]
) -> str:
    """The author named under the text: a labelled byline, or a line of names alone right
    after the last paragraph ("Anna Beispiel", "Name Name, УзА" with the agency's credit),
    when no running text follows and no other short label (a list of topic tags) comes
    next."""
    line = lines[i]
    if _words(line) > 8:
        return ""  # a paragraph, not a byline (the common case: decided on its length)
    if _LABELLED_BYLINE.match(line):
        return author_of_line(line)
    if not (body and is_prose(body[-1]) and lines[i - 1] == body[-1]):
        return ""
    if _BY_OPENER.match(line) and (name := author_of_line(line)):
        # "By Jane Doe, Example News reporter" closing a wire's story: its credit words
        # name the employer, no organisation signing instead of the writer
        return "" if _text_after(lines, i, extra_bp) else name
    m = _NAMES_LINE.match(without_credit(line))
    names = m["names"] if m else ""
    if not names and _SHOUTED_SURNAME.match(line.strip()):
        names = line.strip()  # "Нурлан АСАНОВ": the paper's signature, as printed
    if not names or section_of_line(line) or _ORG_WORDS.search(line):
        return ""
    if _masthead_part(names, lines):
        return ""  # "Example People" under the text, the masthead's 'Portal | Example People'
    after = lines[i + 1] if i + 1 < len(lines) else ""
    if after and bp._BOX_LABEL.match(after.strip()):
        # the paper's fact box under the signature ('Справка «КР»' over its text): the box
        # is the paper's, the name the story's writer
        return author_of_line(line) or names
    if after and _words(after) <= 4 and after.rstrip()[-1] not in ".!?:" and not _stamp(after):
        chrome = bp.is_boilerplate(after, extra_bp) or bp.is_footer(after) or bp.is_teaser(after)
        chrome = chrome or role_line(after)  # "Jane Doe" / "Redakteurin Buchhandel": her post
        if not chrome:
            return ""  # "Berliner Senat" over "Franziska Giffey": topic tags
    if _text_after(lines, i, extra_bp):
        return ""
    if is_only_date(after.strip()) and _place_in_text(names, body):
        return ""  # "New Delhi" / "November 21, 2025": the place the release is signed at
    # "Von Jane Doe" / "By Jane Doe" closing the text: the name without its preposition
    return author_of_line(line) or names


_MASTHEAD_PARTS = re.compile(r"\s*[|·•]\s*")


def _masthead_part(names: str, lines: list[str]) -> bool:
    """Whether a name closing the text is the masthead's, a line or a part of one among the
    page's first lines ('Portal.ie | Example People'): the paper names itself under the text
    over its newsletter's plea, no writer signs so. Why: taken as the signature, the name
    was then dropped as the outlet and the byline under the headline never read."""
    key = names.strip().casefold()
    return any(
        part.casefold() == key
        for line in lines[:_MASTHEAD_LINES]
        for part in _MASTHEAD_PARTS.split(line.strip())
    )


_GALLERY_COUNT = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}$")
_CLOSED = (".", "!", "?", "…", ".»", ".“", '."')  # a sentence's end
# a picture's credit by its label: 'Фото: пресс-служба', 'Foto - X', 'Photo by Jane Roe'
_PICTURE_LABEL = re.compile(r"^\W{0,2}(?:photos?|fotos?|фото|bild|picture|image)\b", re.I)
_CAPTION_OVER_CREDIT_WORDS = 12  # "Die Containerbrücken am Burchardkai."


def _caption_in_text(lines: list[str], i: int, extra_bp: tuple[re.Pattern[str], ...] = ()) -> bool:
    """A caption between paragraphs without a marker of its own: a short line over its
    photo credit ("The cranes at the terminal." / "Foto: Name / Agency"), or a gallery's
    caption and credit over its counter ("1 / 5"). A sentence over the credit that closes
    the text ("Программа рассчитана на четыре года." / "Фото: пресс-служба", no text
    under it) is the text's last paragraph: a paste was cut short of it."""
    line, after = lines[i], lines[i + 1 : i + 3]
    if _words(line) > _CAPTION_WORDS or not after or _TABLE_ROW.match(line):
        return False  # a table's last row over its "Source: X" is no caption
    if any(_GALLERY_COUNT.match(a) for a in after):
        return True
    if i and bp.gallery_counter(lines[i - 1]):
        return True  # "2 of 6" / "Workers on the bridge. /EX": the caption under its counter
    if _byline_names(line) or _LABELLED_BYLINE.match(line):
        # the author's name under the text ("Автор: Name"), then the picture's or the
        # story's credit ("Источник: Example")
        return False
    if _words(line) > _CAPTION_OVER_CREDIT_WORDS:
        return False
    if is_credit_line(after[0]):
        closing = _PICTURE_LABEL.match(after[0]) and not _text_after(lines, i + 1, extra_bp)
        return not (closing and line.rstrip().endswith(_CLOSED))
    if i and _labelled_credit_over(lines[i - 1]) and len(after) and is_prose(after[0]):
        # "Photo: Name" / "Coffee beans being sorted at the plant." / the text resumes: a
        # page that sets the credit over its caption (a short line, the text longer)
        return _words(after[0]) > _words(line)
    # "A bus at the new station." / "(Ministry of Environment)" / the text resumes: the
    # picture's source alone in brackets under its caption
    return (
        len(after) == 2
        and _BRACKETED_SOURCE.match(after[0]) is not None
        and _words(after[0]) <= 4
        and is_prose(after[1])
    )


# A photo credit with its label and a name: "Photo: Jane Roe", "Foto: Name/Agency"
# a picture's placeholder a page print or a paste keeps before its caption: "[Photo] …",
# "[Bild] …", "[Фото] …"
_PICTURE_PLACEHOLDER = re.compile(
    r"\[(?:photo|foto|фото|bild|image|picture|grafik|graphic|video|видео)\]\s*\S", re.I
)
_LABELLED_CREDIT = re.compile(r"^(?:photo|foto|фото|picture|bild)\s*:\s*\S", re.I)


def _labelled_credit_over(line: str) -> bool:
    return _words(line) <= 5 and bool(_LABELLED_CREDIT.match(line)) and is_credit_line(line)


# A picture's source alone in brackets: "(Umweltministerium)", "(Photo Service)"
_BRACKETED_SOURCE = re.compile(r"^\([^\W\d_][^()]{1,40}\)$")


def _trailing_junk(line: str) -> bool:
    """A short line at the very end that is not a sentence or a list item of the text."""
    if is_prose(line) or _words(line) >= 8:
        return False
    if line.rstrip().endswith(tuple('.!?…"»“”)')):
        return False
    if _TABLE_ROW.match(line):
        return False  # a row of the text's table of figures ("Marokko | 110.000 | 12.000")
    return not (line.startswith(("- ", "• ")) and _words(line) >= 5)


def _profile_of(name: str, line: str) -> bool:
    """Whether `line` is the writer's profile line under her name: the name again with her
    town ('Jana Beispiel aus Neustadt', 'Jane Roe from Lakeside')."""
    name = name.strip()
    rest = line.strip().removeprefix(name)
    return bool(name) and rest != line.strip() and bool(_PROFILE_TOWN.match(rest))


_PROFILE_TOWN = re.compile(r"^ (?:aus|from|из) [A-ZÄÖÜА-ЯЁ][\w.-]+(?: [\w.-]+){0,2}$")
# A writer's name alone on its line, two or three capitalised words ('Jana Beispiel').
_NAME_ALONE = re.compile(r"^[A-ZÄÖÜА-ЯЁ][\w'’.-]+(?:\s[A-ZÄÖÜА-ЯЁ][\w'’.-]+){1,2}$")
# A letter's closing line over its signature: "Best regards,", "Mit freundlichen Grüßen",
# "С уважением,".
_SIGN_OFF = re.compile(
    r"^(?:(?:many |best |kind |warm )?regards|best wishes|yours (?:sincerely|faithfully)|"
    r"(?:mit )?(?:freundlichen|besten|herzlichen) grüßen|(?:viele|beste|freundliche|herzliche) "
    r"grüße|с уважением|с наилучшими пожеланиями)\s*[,!.]?$",
    re.IGNORECASE,
)
# A postcode in a signature's address: "Cavan H12 X2C4", "Dublin 2, D02 X658", "G32 8FG",
# "8400 Winterthur", "050000 Алматы".
_SIGNATURE_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]\d{2} [A-Z\d]{4}\b|"
    r"(?:^|,\s)\d{4,6} [A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё]+"
)
_SIGNATURE_SPAN_MAX = 8  # name, role, unit, firm, street, town, phone, mail
_SIGNATURE_WORDS = 14
_SIGNATURE_STOPS = (".", "!", "?", ":", ";")


def _signature_line(line: str) -> bool:
    """A line a mail's signature holds: short, no sentence."""
    return _words(line) <= _SIGNATURE_WORDS and not line.rstrip().endswith(_SIGNATURE_STOPS)


def _name_like(line: str) -> bool:
    """A person's name alone on its line ("Pádraig Ó Raghallaigh", "Айгерим Сейтказиева")."""
    words = line.split()
    return (
        2 <= len(words) <= 4
        and len(line) <= 40
        and all(
            w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
            for w in words
        )
    )


def _reach_line(line: str) -> str:
    """How a signature's line reaches its sender: "phone", "mail", "address" or ""."""
    if bp._CONTACT_PHONE.search(line):
        return "phone"
    if "@" in line and bp._CONTACT_MAIL.search(line):
        return "mail"
    if bp._address_part(line, _words(line)) or _SIGNATURE_POSTCODE.search(line):
        return "address"
    return ""


def _signature_block(body: list[str]) -> int:
    """How many paragraphs closing the body are a mail's signature block, 0 for none: short
    lines, no sentence among them: a sign-off ("С уважением,") over a name, or a name with
    a phone or mail (or a street address, the block four lines at least). Why: a forwarded
    article's sender signs under it ("Name / Policy Analyst | Unit / Firm / 14 Example
    Street, Dublin 2"); no text ends in such a block."""
    n = 0
    while n < min(_SIGNATURE_SPAN_MAX, len(body) - 2) and _signature_line(body[-1 - n]):
        n += 1
    if n < 3:
        return 0
    block = body[-n:]
    for k, line in enumerate(block[:-1]):
        if _SIGN_OFF.match(line.strip()) and _name_like(block[k + 1].strip()):
            return n - k  # the sign-off, its name and what follows
    reach = {_reach_line(line) for line in block}
    named = any(_name_like(line.strip()) for line in block)
    if named and reach & {"phone", "mail"}:
        return n
    return n if named and "address" in reach and n >= 4 else 0


#: a table row as documents give it: cells between " | ", one of them a figure
_TABLE_ROW = re.compile(r"^(?=.*\|\s*[-+−]?\d[\d.,  ]*\s*%?\s*(?:\||$))[^|\n]+(?:\|[^|\n]*)+$")


def _role_bio(line: str) -> bool:
    """The author box's one sentence closing the text, the writer's name, role and desk
    ("Jane Roe ist Redaktorin im Ressort Stadt und berichtet seit 2019 …", "Jane Roe is a
    reporter at …"): the writer's, not the story's; its name is the author."""
    return _words(line) <= 30 and bool(bp.bio_name(line)) and line.rstrip().endswith(".")


def _with_year(hit: DateHit, reference: datetime) -> DateHit | None:
    """A yearless hit in the year of `reference` (the page's day of copying), or the year
    before when the day would otherwise come after it ("28 дек" copied on 2 January)."""
    reference = reference.replace(tzinfo=None)  # a mail's Date header is aware; stamps are not
    try:
        value = hit.value.replace(year=reference.year)
        if value.replace(tzinfo=None) > reference + timedelta(days=1):
            value = value.replace(year=reference.year - 1)
    except ValueError:  # 29 February
        return None
    return replace(hit, value=value, has_year=True)


_TYPED_SPAN = 2  # the typed source line, maybe a rubric, then the headline


_STAMP_LINE = 40  # a stamp line is short; a sentence naming a day and an hour is none


# the spaced dash after a dateline's place, credit or day that opens the text
_DATELINE_DASH = re.compile(r"\s[-–—]{1,2}\s|--")


def _dateline_opener(line: str, place: str) -> str:
    """The dateline's own words on its line: from its place (after the standfirst when the
    dateline is run on: 'Teaser. Bratislava – Kurz vor …') to the dash that opens the
    text. Why: a day in the text after it ('Wien – Am 1. Juli …') is an event's, no stamp,
    and a yearless one would date the story in the year of the import."""
    m = None
    if place:
        at = rf"(?<!\w){re.escape(place)}(?!\w)"
        m = re.search(at + r"\s+[-–—]", line, re.I) or re.search(at, line, re.I)
    opener = line[m.start() :] if m else line
    if place and opener[len(place) : len(place) + 1] == ":":
        return opener[: len(place)]  # 'Dubai: The …': a colon dateline, the text after it
    dash = _DATELINE_DASH.search(opener)
    return opener[: dash.start()] if dash else opener


_DASHED_OPENER_WORDS = 5  # 'Berlin, 27. November (dpa) – ': a day and a credit at most


def _after_dashed_dateline(text: str, place: str) -> str:
    """The text after the dashed dateline opening it ('Cambridge - Schimpansen …' gives
    'Schimpansen …'), else `text`: a title taken from the first sentence starts with the
    story's words, the place is the dateline's field."""
    if not place or not re.match(rf"{re.escape(place)}(?!\w)", text, re.I):
        return text
    dash = _DATELINE_DASH.search(text, len(place))
    if dash is None or len(text[len(place) : dash.start()].split()) > _DASHED_OPENER_WORDS:
        return text
    return text[dash.end() :].lstrip()


def _yearless_dateline(
    dl_text: str, lines: list[str], today: datetime | None = None, opener: str | None = None
) -> datetime | None:
    """The dateline's day without a year ('Минск. 27 ноября. ИНТЕРФАКС -', 'Berlin, 27.
    November (dpa)') on a page that dates nothing else: in the year its rights notice prints
    ('Интерфакс, 2025'), else the nearest such day on or before the import. Why: the day is
    the story's own; leaving it out loses the one date the paste gives. `opener`: the
    dateline's own words on the line (see _dateline_opener), the whole line by default."""
    opener = dl_text if opener is None else opener
    hit = next((h for h in find_dates(opener[:60]) if h.start < 40), None)
    if hit is None or hit.has_year:
        return None
    now = today or datetime.now()
    year = rights_year(lines)
    reference = now if year is None or year >= now.year else datetime(year, 12, 31, 23, 59)
    dated = _with_year(hit, reference)
    if dated is None:
        return None
    # the page's stamp over the text prints the same day, yearless, with its time ('25 НОЯ,
    # 10:15' over 'МОСКВА, 25 ноября. /ТАСС/.'): the time is the story's
    over = lines[: lines.index(dl_text)] if dl_text in lines else []
    timed = (
        h.value
        for line in over
        if len(line) <= _STAMP_LINE
        for h in find_dates(line)
        if h.has_time and not h.has_year and h.value.timetuple()[1:3] == hit.value.timetuple()[1:3]
    )
    if shown := next(timed, None):
        return dated.value.replace(hour=shown.hour, minute=shown.minute)
    return dated.value


def _revision_day(
    found: list[tuple[int, str, DateHit]], revision: list[bool | None]
) -> date | None:
    """The earliest day an "Updated" stamp names (`revision`: per hit with its year, whether
    its label says so): a story is published before it is revised, so a later date on the
    page is the day the page was copied."""
    days = [hit.value.date() for (_, _, hit), rev in zip(found, revision, strict=True) if rev]
    return min(days) if days else None


_RELATIVE_SPAN = 3  # lines from the headline a relative stamp ("gestern, 18:40") may stand


def _pick_date(
    lines: list[str],
    header: list[int],
    tail: list[int],
    dl_text: str,
    title_idx: int = -1,
    reference: datetime | None = None,
    body_start: int = -1,
) -> datetime | None:
    ref = find_dates(dl_text[:60]) if dl_text else []
    ref_hit = ref[0] if ref and ref[0].start < 40 else None
    if ref_hit and ref_hit.has_year and ref_hit.has_time:
        # "Wien (pte012/24.11.2025/11:30) - …": the text's own stamp of day and hour in
        # its dateline, over any listed stamp of the page around it
        return ref_hit.value
    best: tuple[int, tuple[int, bool], datetime] | None = None
    found: list[tuple[int, str, DateHit]] = []
    firsts: list[DateHit] = []  # a first publication's time on a revision's stamp line
    for i in header + tail:
        line = lines[i]
        hits = _date_line(line) if (i in tail or _words(line) > 12) else find_dates(line)
        found.extend((i, line, hit) for hit in hits)
        if hits and (first := first_published_time(line, hits)):
            firsts.append(first)  # "Updated <day, time>, first published <time>"
            found.append((i, line, first))
    dated = [h.value.replace(tzinfo=None) for _, _, h in found if h.has_year]
    # the day a browser printed the page, its header gone with the running lines
    dated = dated or ([reference] if reference else [])
    # per hit with its year, whether a revision's label ("Updated") stands before it (None
    # for a yearless hit): read once for the revision's day, the first publication and the
    # score
    revision = [
        (bool(REVISION_LABEL.search(ln[: h.start])) and all(h is not f for f in firsts))
        if h.has_year
        else None
        for _, ln, h in found
    ]
    revised = _revision_day(found, revision)
    # the earliest day a plain stamp beside the revision's prints before it (a related
    # list's days further down are no publication): the first publication
    first_day = None
    if revised:  # looked for only on a page with a revision: most have none
        rev_lines = [i for (i, _, _), rev in zip(found, revision, strict=True) if rev]
        first_day = min(
            (
                h.value.date()
                for (i, _, h), rev in zip(found, revision, strict=True)
                if h.has_year
                and h.value.date() < revised
                and any(abs(i - r) <= 3 for r in rev_lines)
                and not rev
            ),
            default=None,
        )
    for (i, line, hit), rev in zip(found, revision, strict=True):
        if revised and hit.has_year and hit.value.date() > revised:
            continue  # after the revision: the header bar's day of copying, not the first stamp
        score = 3 * hit.has_time
        if not hit.has_year:
            # "12 авг, 16:20" by the headline, "Четверг, 14 августа 2025" in the header bar:
            # a stamp with a time but no year takes the year of the page's other dates.
            if not (dated and hit.has_time and i in header and _date_line(line)):
                continue
            if (hit := _with_year(hit, max(dated))) is None:
                continue
            score -= 1  # a stamp that states its year wins over one given a year
        if _LABELLED.search(line[: hit.start]):
            score += 2
        elif rev if rev is not None else REVISION_LABEL.search(line[: hit.start]):
            # (a yearless hit's label read only here, once it is given a year)
            score -= 1  # a later revision; the first publication is what we keep
            if first_day is not None and hit.has_year and first_day < hit.value.date():
                # "27th November 2025" by the byline, "Updated 28th November 2025 08:12"
                # under it: the day of publication beats the revision's clock
                score -= 3
        elif hit.start < 40 and _DECISION_DAY.search(line[: hit.start]):
            score -= 2  # "Beschluss vom 28. Oktober 2025": the decided case's day
        elif hit.start < 40 and _EVENT_TIME.match(line):
            score -= 4  # "Tatzeit: 22.11.2025, 02:40 Uhr": when the incident happened
        under_title = 0 <= title_idx < i and i in header
        if hit.weekday and not hit.has_time and not under_title:
            # the header bar's "today", not a publication stamp (which a page prints under
            # the headline: "Jakarta ● Tue, November 25, 2025" by the byline)
            score -= 3
        elif hit.weekday and i in header and header.index(i) < len(header) - 6:
            score -= 2  # a clock in the header bar, above the menu
        if _listed_stamp(lines, i) or (i in header and _listed_entry(lines, i, ())):
            score -= 3  # a listed story's stamp ("Other story 16 ноября 2025, 18:30" too)
        # Of equal stamps, the one by the headline (not the header bar's clock) wins; at
        # equal distance the one under it (the header bar's copy date stands above).
        near = (-abs(i - title_idx), i > title_idx) if title_idx >= 0 else (0, False)
        if ref_hit and (hit.value.month, hit.value.day) == (
            ref_hit.value.month,
            ref_hit.value.day,
        ):
            score += 1
        if best is None or (score, near) > best[:2]:
            best = (score, near, hit.value)
    if (best is None or best[0] < 3) and dated and title_idx >= 0:
        # "вчера, 18:40" by the headline, counted from the header bar's day of reading
        # (no stamp with a time of its own beats it)
        near = (i for i in header if abs(i - title_idx) <= _RELATIVE_SPAN)
        today = max(dated).date()
        if when := next((w for i in near if (w := _relative_part(lines[i], today))), None):
            return when
    if best and ref_hit and not ref_hit.has_year and best[0] < 2 and not _by_headline(best[1]):
        # (a day printed right under the headline is the web page's own: a print-style
        # dateline a day earlier, "CITY, Nov 20:", is the day the story was filed)
        return _dateline_day(ref_hit, best[2])
    if ref_hit and ref_hit.has_year and (best is None or best[0] < 3):
        # "(Hamburg, 27.11.2025) Die …": the text's own full date over any day without a
        # time around it (a list of older releases, the header bar's day of copying)
        return ref_hit.value
    if best and best[0] < 0 and body_start >= 0 and (day := _foot_published(lines, body_start)):
        # only a demoted stamp (the header bar's "Friday, 28 November 2025", a listed
        # story's): the labelled "Published: …" under the text is the story's own
        return day
    if best:
        return best[2]
    return None


_SIGNATURE_SPAN = 3  # the writer's name, the picture's credit, the day


def _bar_day(lines: list[str], title_idx: int, day: datetime) -> bool:
    """Whether `day` is printed only far over the headline (the header bar's date over the
    menu), no date standing by the headline."""
    if title_idx < 4:
        return False
    near = range(max(0, title_idx - 3), min(len(lines), title_idx + 4))
    if any(year_dates(lines[i]) for i in near):
        return False
    return any(
        h.value.date() == day.date() for ln in lines[: title_idx - 3] for h in year_dates(ln)
    )


def _signature_day(lines: list[str], signed: int) -> datetime | None:
    """The day alone on its line in the signature under the text ('Name' / 'Фото автора'
    / '21.11.2025'): a paper that prints no stamp by its headline dates the story there."""
    for line in lines[signed + 1 : signed + 1 + _SIGNATURE_SPAN]:
        if is_only_date(line.strip()) and (hits := [h for h in find_dates(line) if h.has_year]):
            return hits[0].value
    return None


def _foot_published(lines: list[str], start: int) -> datetime | None:
    """The day of a labelled stamp under the text, past the related links a portal lists
    before its footer ("Veröffentlicht am 27.11.2025"): the page's only date, when nothing
    by the headline states one."""
    for i, line in enumerate(lines[start:], start):
        if _words(line) > 8:
            if signed_off := dated_signoff(line):
                return signed_off.day  # "… sagte er. (APA, 3.5.2016)": the story's day
            continue
        labelled = _FOOT_PUBLISHED.match(line) or (line[-1:] == ")" and _DATED_SIGNOFF.match(line))
        signed = _signed_day(lines, i) or _placed_day(lines, i) or _closing_day(lines, i)
        if (labelled or (signed and is_only_date(line.strip()))) and (
            hits := [h for h in find_dates(without_issue(line)) if h.has_year]
        ):
            return hits[0].value
    return None


_CLOSING_PARAGRAPH_WORDS = 12


def _closing_day(lines: list[str], i: int) -> bool:
    """A day alone right under the text's last paragraph and over the share row ("… базой."
    / "08.12.2025" / "Поделиться"): an analysts' portal dates its piece there, under the
    text, when the header prints no day (a day over tags or links may be a list's entry)."""
    if i < 1 or i + 1 >= len(lines) or len(lines[i]) > 24:
        return False
    above, below = lines[i - 1].rstrip(), lines[i + 1]
    if _words(above) < _CLOSING_PARAGRAPH_WORDS or not above.endswith((".", "!", "?", "»", '"')):
        return False
    return below.strip().rstrip(" :").casefold() in _SHARE_LABELS


# The share row's label under a text ("Поделиться", "Teilen", "Share this article").
_SHARE_LABELS = frozenset({
    "поделиться", "поделиться в соцсетях", "поделитесь", "teilen", "artikel teilen",
    "beitrag teilen", "jetzt teilen", "share", "share this", "share this article",
    "share this story", "share article",
})  # fmt: skip


def _signed_day(lines: list[str], i: int) -> bool:
    """A day alone right under the writer's note closing the text ("Jane Roe is a reporter
    at Example" / "20 Nov 2025"): the page prints its publication there, not above."""
    return i > 0 and len(lines[i]) <= 40 and bp.is_end_bio(lines[i - 1])


def _placed_day(lines: list[str], i: int) -> bool:
    """A day alone right under the place a release is signed at ("Mumbai" / "November 18,
    2025", "Genf" / "24. November 2025"): the issuer dates its release there, under the
    text, not above it."""
    if i < 1 or len(lines[i]) > 40:
        return False
    place = lines[i - 1].strip()
    words = place.split()
    return (
        0 < len(words) <= 3
        and len(place) <= 30
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def _relative_part(line: str, today: date) -> datetime | None:
    """A relative stamp alone on its line or in a part of a byline's ('Jane Doe · Today at
    06:00'), counted from `today`; else None."""
    parts = [line, *STAMP_PARTS.split(line.strip())] if len(line.split()) <= 12 else [line]
    return next((w for part in parts if (w := relative_stamp(part, today))), None)


_HEADLINE_STAMP_SPAN = 3  # lines under the headline where its page prints its day


def _by_headline(near: tuple[int, bool]) -> bool:
    """Whether a picked stamp's distance from the headline (`near` as _pick_date ranks
    it) puts it right under the headline, where a page prints its own day."""
    return near[1] and -near[0] <= _HEADLINE_STAMP_SPAN


def _stacked_names(lines: list[str], i: int, title_idx: int, names: str) -> str:
    """A byline of several reporters printed one name a line right under the headline
    ("Jane Example" over "John Sample", maybe the outlet, then the date): the run of names
    that holds the one found by the stamp, in its order ("Jane Example, John Sample").
    Each other name must be printed again further down (the reporters' contact lines
    under the text): a kicker of capitalised words ("Metro Transit Update") only looks
    like a name."""
    found: list[str] = []
    for j in range(title_idx + 1, min(len(lines), title_idx + 5)):
        line = lines[j].strip()
        other = _byline_names(line) if len(line.split()) in (2, 3) else ""
        if not other or other != line or section_of_line(line) or _ORG_WORDS.search(line):
            break
        if role_line(line) or other in found:
            break  # "Health Correspondent" under the name; the name set twice
        if j != i and not any(other in below for below in lines[max(i, j) + 1 :]):
            break
        found.append(other)
    return ", ".join(found) if len(found) > 1 and title_idx < i <= title_idx + len(found) else names


def _dateline_day(ref_hit: DateHit, picked: datetime) -> datetime:
    """The dateline's own day without a year ("Баку, 24 ноября, АЗЕРТАДЖ") over a bare
    date of another day elsewhere (the header bar's day of copying): the story's day, in
    the year that puts it on or before that date."""
    dated = _with_year(ref_hit, picked.replace(tzinfo=None))
    if dated is None or (picked.month, picked.day) == (ref_hit.value.month, ref_hit.value.day):
        return picked
    return dated.value


def _without_outlet(author: str, source: str, profiles: tuple[Profile, ...]) -> str:
    """The byline without the agency or outlet after its last comma ("Jane Doe, Reuters",
    "Jane Doe, The Example Times"): the credit of the story's source, not a co-author."""
    head, comma, last = author.rpartition(",")
    last = last.strip()
    if not comma or not head.strip() or not last:
        return author
    if profile_named(last, profiles) or (source and last.lower() == source.lower()):
        return head.strip()
    # the writer's role at the outlet ("Jane Doe, Redaktorin Example", "Jane Doe, Senior
    # Reporter The Example Post"): the role and the outlet, no co-author
    if source and last.lower().endswith(" " + source.lower()):
        role = last[: -len(source)].strip()
        if role_line(role):
            return head.strip()
    return author


# The words a paper adds to its name to credit its own news desk: "Example Express News".
_DESK_AFTER_NAME = re.compile(r"\s+(?:news(?: service| desk)?|news service|bureau|desk)$", re.I)
_ARTICLE = re.compile(r"^(?:the|die|der|das)\s+", re.I)


def _outlet_news_credit(author: str, source: str) -> bool:
    """Whether the byline credits the outlet's own desk ('Example Express News' under 'The
    Example Express'): a desk, no person. Why: the paper's name and 'News' look like a name."""
    m = _DESK_AFTER_NAME.search(author)
    if not m or not source:
        return False
    return _key(_ARTICLE.sub("", author[: m.start()])) == _key(_ARTICLE.sub("", source))


# A source label on the stamp's line, before another label or the line's end.
_STAMP_SOURCE = re.compile(
    r"(?:^|\s)(?:quelle|source|источник)\s*:\s*(?P<name>[^\W\d][\w.&-]*(?: [^\W\d][\w.&-]*){0,2}?)"
    r"\s*(?:$|[|·•]|\s\S+\s*:)",
    re.IGNORECASE,
)


def _stamp_source(line: str) -> str:
    """The source a date stamp's line names by its label ("… 16:32:11  Quelle: CRI  Redakteur:
    Name"): the text's source, as the dateline's credit would be; '' on other lines."""
    if ":" not in line or not _CLOCK.search(line) or not find_dates(line):
        return ""
    m = _STAMP_SOURCE.search(line)
    return m["name"] if m else ""


# A page's first lines are its masthead (name, tagline, the day's date) when the headline
# stands well below them, behind the menu.
_MASTHEAD_LINES = 3


def _ria_credited(name: str, lines: list[str]) -> str:
    """'РИА 27 Регион' when the page's head or foot credits 'РИА «27 Регион»' under the logo
    '27 РЕГИОН' (the kind acronym part of the name, see sitename.ria_named); else ''."""
    if not name or not has_cyrillic(name):
        return ""
    credit = re.compile(rf"РИА\s*[«\"„“]?{re.escape(name)}(?![\w-])", re.IGNORECASE)
    for line in (*lines[:12], *lines[-12:]):
        if m := credit.search(line):
            return ria_named(m.group())
    return ""


def _logo_spelling(name: str, lines: list[str]) -> str:
    """A head or foot line of the page that is ``name`` in another case ('MOLDPRES' for
    'Moldpres'): the outlet's own Latin spelling of it; ``name`` when the page writes it so
    ('Информационное агентство Infotag' under 'INFOTAG'); '' when the page prints neither."""
    key, span = name.casefold(), (*lines[:12], *lines[-12:])
    printed = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")  # once, not per line
    if any(printed.search(line) for line in span):
        return name  # 'Информационное агентство Infotag' under 'INFOTAG': printed so too
    for line in span:
        if line.strip().casefold() == key and line.isascii():
            return line.strip()
    return ""


_MASTHEAD_SPAN = 8


# A Cyrillic domain's ending on a site's name in its notice ("© Пример.РУ", "Пример.рф").
_CYRILLIC_DOMAIN_END = re.compile(r"\.(?i:ру|рф|ком)$")


def _bare_masthead(name: str, masthead: list[str]) -> str:
    """The logo's bare name ("ПРИМЕР") for a notice's name with a Cyrillic domain ending
    ("© 2025 ПРИМЕР.РУ"): the outlet as its masthead writes it; else ``name``."""
    m = _CYRILLIC_DOMAIN_END.search(name)
    if not m:
        return name
    key = name[: m.start()].casefold()
    return next((ln.strip() for ln in masthead if ln.strip().casefold() == key), name)


_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ]\.){2,4}$")
# … or a logo's initials in mixed case ("nCa" over "News Central Asia"): never a word
_MIXED_INITIALS = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])[A-Za-z]{2,4}$")


def _spelled_initials(credit: str, names: list[str]) -> str:
    """A dateline's credit of initials with their full stops ("(H.S.):") as the name they
    stand for, the site's or masthead's name whose words they open ("Hindusthan Samachar"),
    else ''. Why: the initials are the agency's own short credit, no name of its own."""
    if not _INITIALS.match(credit) and not _MIXED_INITIALS.match(credit):
        return ""
    letters = credit.replace(".", "").upper()
    for name in names:
        words = name.split()
        if len(words) == len(letters) and all(
            w[:1].upper() == c for w, c in zip(words, letters, strict=True)
        ):
            return name.title() if name.isupper() else name
    return ""


def _masthead_cased(credit: str, masthead: list[str]) -> str:
    """A dateline's credit of several words in capitals ("KAZAKHSTAN TODAY"), or a word
    too long for an acronym ("(EXAMPLA)"), as the masthead over the headline prints the
    name ("Kazakhstan Today", "Exampla"); else as credited."""
    if not credit.isupper() or (" " not in credit and len(credit) < 6):
        return credit
    key = credit.casefold()
    return next((ln.strip() for ln in masthead if ln.strip().casefold() == key), credit)


# An issuer wire's label run into the headline ("ABC-NEWS: Example Corp.: Headline"): the
# wire that carried the release, no words of its headline.
_WIRE_LABEL = re.compile(r"^[A-Z]{2,6}-(?i:news|press)\s*:\s+(?=\S)")


# A paper's or issue's identifier on its own line: "DOI: 10.1234/x.2025.7", "ISBN 978-3-…",
# "ISSN 0341-1234", "https://doi.org/10.…": never a headline, a byline or text.
_IDENTIFIER = re.compile(
    r"^(?:(?:doi|isbn|issn|urn)\b\s*:?\s*(?:10\.|97[89]|\d{4}-|nbn)|"
    r"(?:https?://)?(?:dx\.)?doi\.org/10\.)\S*(?:\s+\S+){0,2}$",
    re.I,
)


def _writer_initials(dl: Dateline, author: str) -> bool:
    """'Swakopmund (sv) –' under 'Von Stefanie Vogt': a paper's reporter signs the dateline
    with the initials in small letters where a wire's credit would stand; those letters
    name no agency. Two letters no profile knows, or the byline's initials."""
    credit = dl.agency
    if dl.profile is not None or not (2 <= len(credit) <= 3 and credit.isalpha()):
        return False
    if not credit.islower():
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", author) if w[:1].isupper())
    return len(credit) == 2 or credit == initials.lower()


def _own_initials(dl: Dateline, site: str) -> bool:
    """'PORTVILLE, Ore. (PN) —' on a page of 'Portville Network': the outlet signs
    its own dateline with its initials (all or the first of them) where a wire's credit
    would stand; those letters name no agency, the site is the source. An agency a profile
    knows keeps its credit."""
    credit = dl.agency
    if dl.profile is not None or not site or not (2 <= len(credit) <= 5 and credit.isupper()):
        return False
    words = [w for w in re.split(r"[\s-]+", site) if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    return len(words) >= 2 and credit.isalpha() and initials.startswith(credit)


# pictographs set before a headline's words ('🚍 ', '❄️ ', '⛏ '): a channel's decoration
_LEAD_PICTOGRAPHS = re.compile(r"^[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\ufe0f\u200d\s]+")


def _clean_title(title: str) -> str:
    title = title.strip().strip("#").strip()
    if title[:1] > "\u22ff" and (bare := _LEAD_PICTOGRAPHS.sub("", title)) and bare[:1].isalnum():
        title = bare
    title = _WIRE_LABEL.sub("", title)
    title = _TITLE_LABEL.sub("", title)
    return re.sub(r"\s+", " ", title)


# A report's headline field read as the headline with its label ('Заголовок: X',
# 'Headline: X', 'Überschrift: X'): the label is the report's, no part of the headline.
_TITLE_LABEL = re.compile(r"^(?:заголовок|headline|überschrift|titel)\s*:\s+(?=\S)", re.I)


#: "Минск, 5 ноября (БЕЛТА). ", "MINSK, Nov 5 (Reuters) - ", "МОСКВА, 5 ноября. /ТАСС/. "
_DATELINE_OPENER = re.compile(
    r"^[^\n.!?()/]{1,80}?(?:\.\s*)?(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)\s*[.,:]?\s*(?:[-–—]\s*)?(?=\w)"
)


def _first_sentence(text: str, limit: int = 120) -> str:
    sentence = first_sentence(text)
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence


def _outlet_office(author: str, source: str) -> bool:
    """A byline of the outlet's initials and a city ("PIB Delhi" under the "Press
    Information Bureau"): the office that issued the text, no person."""
    first, _, rest = author.partition(" ")
    words = [w for w in source.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    return len(words) >= 2 and first == initials and len(rest.split()) <= 1


_MENU_SPAN = 30  # a site's menu bar stands among the paste's first lines
_SENTENCE_HEAD_SPAN = 6  # a headline written as sentences stands among the first lines


def _menu_rows(text: str) -> frozenset[str]:
    """The menu bars pasted as one row of entries set apart by wide gaps ('News   Politics
    Sport   Video'), single-spaced as the lines show them: single spacing makes them a
    headline-like row of capitalised words, no headline. They stay in the text, where the
    masthead rules read them as the chrome they are."""
    if "  " not in text[:4000] and "\t" not in text[:4000]:
        return frozenset()
    head = text.split("\n", _MENU_SPAN)[:_MENU_SPAN]
    return frozenset(" ".join(ln.split()) for ln in head if is_menu_line(ln))


def compose(
    text: str,
    profiles: tuple[Profile, ...],
    hints: Hints | None = None,
) -> Article:
    """Build an Article from the text of one item; `hints` win where given."""
    hints = hints or Hints()
    text, record = read_record(text)  # a press database's record: its fields, stated
    if record:
        hints = replace(hints, **{k: v for k, v in record.items() if v and not getattr(hints, k)})
    menus = _menu_rows(text)
    text = unwrap(clean_text(text))
    lines = _merge_split_stamps(_merge_author_labels([ln for ln in text.split("\n") if ln]))
    lines = _split_glued_roles(lines)
    lines, hints = _meta_rows(lines, hints)
    layout = _Layout(lines, profiles, hints, menus)
    dl = layout.dateline
    title_idx = layout.title_idx
    if dl and not dl.agency and _outlet_opener(dl.place, lines[: max(title_idx, 0)]):
        dl = None  # "Example24 — Власти …": the outlet's own name opens its text, no place
    elif dl and not dl.agency and _key(dl.place) == _key(hints.fallback_source):
        dl = None  # "Example News: Frau X, …?": the site's own interviewer asks, no place
    title = hints.title or layout.title_text or (lines[title_idx] if title_idx >= 0 else "")
    # a reader view's host name over the headline, the site's name in the byline's slot
    # under it ("example.ee" / headline / "Example News"): the outlet, never a lead
    reader_site = reader_view_host(lines, title_idx)
    if reader_site and (named := [i for i in layout.lead_idx if names_host(lines[i], reader_site)]):
        layout.lead_idx = [i for i in layout.lead_idx if i not in named]
        reader_site = lines[named[0]].strip()
    elif reader_site:
        # the browser's address line, no name the page prints: a known outlet's own name
        reader_site = outlet_of_host(reader_site) or reader_site
    header = [i for i in range(layout.body_start) if i != title_idx and i not in layout.lead_idx]
    lead = hints.lead or " ".join(lines[i] for i in layout.lead_idx)

    # Body: from the body start, without page furniture, teasers and title repeats.
    profile = dl.profile if dl else None
    extra_bp = layout.extra_bp
    title_key = _key(title)
    lead_key = _key(lead)
    body: list[str] = []
    author = hints.author
    skip_next = False
    skip_stamp = False  # a teaser's "Name, 19.06.2025" under its headline
    ended = False  # past the text: only a first-publication stamp is still looked for
    first_published: datetime | None = None
    signed_at = -1  # the line of the writer's name under the text
    stamps: list[int] = []  # a bare stamp between paragraphs: the article's own time
    resume = 0  # past a related-links box in the text: its links are skipped up to here
    # an e-paper's running head over each page and the folio row under it: no text
    furniture = page_heads(lines) if layout.body_start < len(lines) else set()
    for i in range(layout.body_start, len(lines)):
        line = lines[i]
        if i in furniture:
            continue
        if _FIRST_PUBLISHED.match(line) and (hits := find_dates(line)):
            first_published = first_published or hits[0].value
            continue
        if ended or i < resume:
            continue
        if body and _is_bare_stamp(line):
            stamps.append(i)
            continue
        if skip_stamp:
            skip_stamp = False
            if _stamp(line) and not is_prose(line):
                continue
        if skip_next:
            skip_next = False
            teaser = _words(line) <= 20 and not line.endswith(".")
            if not is_prose(line) or teaser or _RUNTIME_END.search(line):
                skip_stamp = True
                continue
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if bp.is_footer(line, below) and any(is_prose(b) for b in body):
            if not (resume := _box_end(lines, i, extra_bp)):
                break
            continue  # a related-links box: its links go, the text after it stays
        if bp.is_teaser(line):
            if any(is_prose(b) for b in body) and not _text_after(lines, i, extra_bp):
                ended = True  # "read also" with no text after it: only related stories follow
                continue
            if any(is_prose(b) for b in body) and (resume := _box_end(lines, i, extra_bp)):
                continue  # "Read more:" over several links, then the text again
            marker_only = len(line.split()) <= 4 or line.rstrip().endswith(":")
            marker_only = marker_only or bp.is_teaser_marker(line)
            skip_next = marker_only
            continue
        if body and dl and dl.agency and line.strip() == dl.agency and is_prose(body[-1]):
            continue  # "GNA" alone under the text: the wire's sign-off, its dateline's credit
        if body and _END_LINE.match(line) and not _text_below(lines[i + 1 :], extra_bp):
            break  # the release's end mark, the site's frame under it
        if body and _END_MARK.search(body[-1]):
            break  # "… vertagt. (Schluss) kar": the wire's text ends, its page's notes follow
        if body and _TEXT_CREDIT.match(line) and (name := author_of_line(line)):
            author = author or name  # "Текст: Name" under the text: the writer
            continue
        if (
            body
            and len(line) < 80
            and (credit := _SOURCE_AND_NAME.match(line.strip()))
            and not _text_after(lines, i, extra_bp)  # a picture's "Quelle: Agency/Name"
        ):
            author = author or credit["name"]
            continue  # "Quelle: Example/Jane Doe" under the text: the outlet, its reporter
        if bp.is_boilerplate(line, extra_bp):
            continue
        if body and line[:1] in "_=-–—" and _RULE_LINE.match(line):
            if _ANNOTATION_LABEL.match(lines[i + 1] if i + 1 < len(lines) else ""):
                break  # a rule, then "Analyst comment (J. Weber, 21.11.2025):": the reader's
            continue  # a rule between paragraphs: no text
        if body and len(line) <= 24 and imprint_issuer(lines, i):
            break  # "Herausgeber" / "Ministerium für …" / its press office: the imprint
        if body and len(line) <= 30 and _BRIEFS_LABEL.match(line) and any(map(is_prose, body)):
            break  # "KURZ NOTIERT" under the story: the page's short items follow, no text
        if body and len(line) <= 20 and _FIGURE_BOX.match(line) and lines[i + 1 : i + 2]:
            skip_next = lines[i + 1][:1].isdigit()  # "ЦИФРА" / "312 млн рублей – …": a box
            continue
        if body and line[:1] in _FOOT_FIRSTS and _FOOT_PUBLISHED.match(line) and _stamp(line):
            continue  # "Publiziert: 27.11.2025 | Aktualisiert: …" under the text: no text
        if body and _DATED_LINK.match(line.strip()):
            continue  # "Other story - So geht es weiter (19.11.2025)": a linked story amid the text
        if (
            body
            and not _resumes_after_teaser(lines, i, extra_bp)
            and _caption_in_text(lines, i, extra_bp)
        ):
            skip_next = bool(_BRACKETED_SOURCE.match(lines[i + 1]))  # its source under it
            continue
        if _words(line) <= 4 and any(bp.is_appeal(n) for n in lines[i + 1 : i + 3]):
            continue  # a donation box's heading ("… zahl ich"), its plea, its button
        if title_key and _has_key(line, title_key):
            continue
        if body and is_pull_quote(lines, i):
            continue  # a quote of the text set again in large type, its speaker under it
        if body and _echoes_title(line, title):
            continue  # the picture's caption in the headline's words, no credit with it
        if not body and title_key and _kicker_and_title(line, title_key):
            continue  # the page's h1, its kicker run into the headline
        if lead and not body and _has_key(line, lead_key):
            continue
        if not body and (name := author_of_line(line)):
            author = author or name
            continue
        if not body and author and len(line) <= 80 and line.strip(" .:*") == author:
            continue  # the byline's names set again as the text's first paragraph
        if not body and i and (name := _bio_under_name(lines, i, author)):
            author = author or name
            continue  # "Jane Roe is a reporter covering X." under her byline: no text
        if not body and _KIND_LABEL.fullmatch(line.strip(" .:")):
            continue  # "Press Release" over the text: the page's label of the document type
        if not body and _name_over_role(lines, i):
            author = author or _byline_names(line) or _shouted_name(line)
            continue  # "Jane Doe" over "Senior Business Reporter": the byline opening the text
        if not body and i and role_line(line) and _name_over_role(lines, i - 1):
            continue
        if body and (staff := staff_line(line)):
            author = author or (staff[1] if staff[0] else "")
            continue  # "Reporter: Name", "Editor: Name" under the text
        if body and (name := _officer_signoff(lines, i, body, extra_bp)):
            author = author or name
            body.pop()  # the officer's role over her rank and name
            continue
        if body and (name := _closing_author(lines, i, body, extra_bp)):
            author = author or name
            signed_at = i if signed_at < 0 else signed_at
            continue
        if body and signed_at == i - 1 and role_line(line):
            continue  # the closing byline's post under the name ("Redakteurin Buchhandel")
        if not body and _stamp(line) and not dl:
            header.append(i)
            continue
        body.append(line)
    if len(body) > 3 and (cut := _signature_block(body)):
        del body[-cut:]  # "Best regards," / name / role / firm / phone under a mailed text
    tail = [i for i in range(max(layout.body_start, len(lines) - 4), len(lines))]
    bio_author = ""
    while len(body) > 1 and (
        _trailing_junk(body[-1]) or bp.is_end_bio(body[-1]) or _role_bio(body[-1])
    ):
        # trailing menu items, share buttons, "Letzte Nachrichten aus …"; the author's
        # biography under the text (with the "Authors" label or the name in capitals),
        # whose name is the author's when no byline names one
        bio_author = bp.bio_name(body[-1]) or bio_author
        body.pop()
    if not bio_author:  # a role bio under the text goes as boilerplate, its name stays
        bio_author = next((n for ln in lines[-4:] if (n := bp.bio_name(ln))), "")
    if body and (end := _END_MARK.search(body[-1])):
        body[-1] = body[-1][: end.start()]

    if not body and title and not hints.title:
        body = [title]  # a one-line flash: the line is both title and text
    if not title:
        first = body[0] if body else lead
        if dl:  # a clipping without a headline: its first sentence after the dateline
            first = _DATELINE_OPENER.sub("", first, count=1) or first
            first = _after_dashed_dateline(first, dl.place) or first
        title = _first_sentence(first)
    title = _clean_title(title)

    # Metadata from the header zone (and a few lines at the foot).
    dl_text = lines[layout.dateline_idx] if dl else ""
    dl_open = _dateline_opener(dl_text, dl.place) if dl else ""
    foot = stamps[:1] + [i for i in tail if i not in header and i not in stamps]
    published = (
        hints.published
        or first_published
        or _pick_date(lines, header, foot, dl_open, title_idx, hints.reference, layout.body_start)
    )
    if published is not None and published is hints.published and _bare_day(published):
        # a typed source line's bare day ('Source: Outlet, 21 November 2025') over the page,
        # whose stamp over the text prints that day with its time ('21 Nov 2025 1:30 AM'):
        # the stamp's (an export stamp under the text, 'Exported … 06:12', is no such stamp)
        stamp = _pick_date(lines, header, [], "", title_idx, hints.reference, layout.body_start)
        if stamp is not None and not _bare_day(stamp) and stamp.date() == published.date():
            published = stamp
        elif shown := _stamp_of_day(lines, stamps, published):
            published = shown  # a page's bare day, its stamp under the text with the time
    elif published is not None and published is hints.published and published.second:
        # a page's stated "14:05:38" under the text's stamp "2:05 pm": the printed minute
        published = _printed_minute(lines, stamps, published)
    if published is not None and not hints.published and _bare_day(published):
        published = _posted_time(lines, published) or published  # a post's views row
    if published is None:
        published = _foot_published(lines, layout.body_start)
    if published is None and signed_at >= 0:
        published = _signature_day(lines, signed_at)
    elif signed_at >= 0 and not (hints.published or first_published):
        # the header bar's day of copying over the menu, the story's own day in the
        # signature under the text ('Name' / '19. November 2025'): the signature dates it
        signed = _signature_day(lines, signed_at)
        if signed and signed.date() != published.date() and _bar_day(lines, title_idx, published):
            published = signed
    if published is None and dl_text and hints.reference is not None:
        near = [h for h in find_dates(dl_open[:60], hints.reference.year) if h.start < 40]
        published = near[0].value if near else None
    if published is None and dl_text:
        published = _yearless_dateline(dl_text, lines, opener=dl_open)
    section = hints.section
    if not section and furniture and title_idx > 0 and (first := min(furniture)) < title_idx:
        section = folio_rubric(lines[first + 1]) if first + 1 in furniture else ""
    topic = _topic_label(lines, title_idx) if title_idx >= 0 else ""
    if not section:
        # A known section name right by the title, then the label above the date stamp,
        # then a known name further away (a menu of sections is the last resort).
        around = sorted(header, key=lambda i: (i > title_idx, abs(i - title_idx)))
        section_words = tuple(s for p in profiles for s in p.sections)
        named = [(i, f) for i in around if (f := section_of_line(lines[i], section_words))]
        # the site's menu one entry a line under its home link ("Startseite" / "Politik" /
        # "Sport" / "Suche" over the date): its last desk stands near the headline, no label
        named = [(i, f) for i, f in named if not in_stacked_menu(lines, i, title_idx, rooted=True)]
        # … or its desks listed side by side down to the headline, the last no label
        named = [(i, f) for i, f in named if not closes_desk_menu(lines, i, title_idx)]
        near = [f for i, f in named if title_idx < 0 or abs(i - title_idx) <= 3]
        # a form's kicker over the headline ('ИНТЕРВЬЮ', 'Kommentar') under the desk's
        # stamp line ('Экономика · 21 ноября 2025'): the desk is the section
        near = sorted(near, key=lambda f: f.lower() in _FORM_LABELS)
        # a desk the header states by its label ("Ressort Wirtschaft") over a keyword line
        stated = next((f for i in around if (f := stated_section(lines[i]))), "")
        # the desk a 'Desk | day' stamp over the headline names ('Банки | 26 ноября 2025')
        # beats a form's kicker and a logo over it
        over = (i for i in header if i < title_idx or 0 <= title_idx < i <= title_idx + 2)
        stamp_desks = [(i, d) for i in over if (d := desk_in_stamp(lines[i]))]
        stamp_desk = stamp_desks[0][1] if stamp_desks else ""
        # the stamp right by the headline ('Природа | day | 3 мин') states the desk over a
        # menu entry two lines up that the vocabulary knows ('Спорт')
        # (the desk first in its row, in ordinary case: '24.11.2025 | APD' names a credit)
        stamp_by_title = next(
            (
                d
                for i, d in stamp_desks
                if abs(i - title_idx) == 1 and lines[i].startswith(d) and not d.isupper()
            ),
            "",
        )
        # a desk named in a dated row by the headline ('Mobilität | 26.11.2025 | 10:47')
        dated_desk = stamp_desk or any(
            abs(i - title_idx) <= 2 and year_dates(lines[i]) for i, _ in named
        )
        named_near = [f for f in near if f.lower() not in _FORM_LABELS]
        # an arrow trail's deepest crumb of two names ('… > Energie / Umwelt') is one desk,
        # which the label over the headline repeats and a slash would split
        joined = next((f for _, f in named if " / " in f), "")
        section = (
            stated
            or foot_named_desk(lines, title_idx)  # "Mehr Nachrichten aus X" under the text
            or joined
            or trail_over_title(lines, title_idx, section_words)
            or stacked_trail(lines, title_idx, section_words)
            or backlinked_trail(lines, title_idx)
            or lined_arrow_trail(lines, title_idx)  # "News" / "›" / "Town" / kicker
            or menu_rooted_trail(lines, title_idx)
            # a breadcrumb anchored in the chrome beats a kicker and a menu entry, not the
            # desk a 'Desk | day' stamp states
            or (page_trail(lines, title_idx) if title_idx > 0 and not dated_desk else "")
            or desk_crumb_over_title(lines, title_idx)
            or active_section(lines[: title_idx + 1], title_idx, section_words)
            or arrow_trail_over_title(lines, title_idx)
            or _rubric_under_foot_stamp(lines, layout.body_start, published)
            or stamp_by_title
            or menu_closing_rubric(lines, title_idx)
            or (named_near[0] if named_near else "")
            or stamp_desk
            or (near[0] if near else "")
            or topic
            or _rubric_under_bar_date(lines, title_idx)
            or _capital_kicker(lines, title_idx, bool(dl))
            or _place_rubric(lines, title_idx, dl.place if dl else "")
            or _section_by_position(lines, header, title_idx, layout)
            # a desk listed in a menu pasted one entry a line is the site's, not the story's
            or next((f for i, f in named if not in_stacked_menu(lines, i, title_idx)), "")
        )
    # "Autor: Name" over the text states the byline; it beats a name guessed elsewhere
    labelled = (author_of_line(lines[i]) for i in header if _LABELLED_BYLINE.match(lines[i]))
    author = hints.author or next((n for n in labelled if n), "") or author
    if not author:
        for i in header + tail:
            if i in furniture:
                continue  # "Example AZ Donnerstag, 4. Dezember 2025": the page's head, no byline
            line = lines[i]
            found = author_of_line(line) or reporting_credit(line) or stamp_byline(line)
            if i < layout.body_start and not found:
                # "Jane Doe, Example Office", or "JANE DOE" over "Business reporter"
                found = _name_then_office(line) or (
                    _shouted_name(line) if _name_over_role(lines, i) else ""
                )
            if found:
                author = _and_co_writer(lines, i, found) if i < layout.body_start else found
                break
            if named_outlet := name_with_outlet(line):
                author = named_outlet[0]  # "Jane Doe (The Example Post)"
                break
    by = -1  # the line of a byline guessed by its shape near the headline
    if not author:
        # The byline under the headline, before a menu entry by the header bar's date
        # ("Saudi Arabia" under "Thursday, Apr 10, 2025") that only looks like a name.
        nearest = sorted(header, key=lambda i: (i < title_idx, abs(i - title_idx)))
        author, by = next(
            (
                (names, i)
                for i in nearest
                if layout.is_name_by_stamp(i) and lines[i].strip() != topic
                # not the masthead's tagline ("Die Stimme Vietnams") over the menu
                if not (i < _MASTHEAD_LINES and title_idx - i > _MASTHEAD_SPAN)
                if (names := _byline_names(lines[i]))
                # nor a press database's line of the paper's listed name over the day
                if not is_listed_name(names)
            ),
            ("", -1),
        )
        if author and by > title_idx >= 0:
            author = _stacked_names(lines, by, title_idx, author)
    # 'Deck.' / 'Jana Beispiel' / 'Stadt. Es war …': the name under the deck, also over a
    # kicker of two words over the headline that only looks like a name ('Altes Rathaus')
    kicker = bool(author) and 0 <= by < title_idx
    deck = max(layout.lead_idx) if layout.lead_idx else -1
    if (not author or kicker) and deck >= 0 and layout.deck_over_bare_byline(deck):
        author = _byline_names(lines[deck + 1])
    # "/Корр. «Example» Name/" in the dateline: the correspondent is the author
    author = author or bio_author or (dl.writer if dl else "")
    if not author and layout.lead_idx:
        # the deck that names its writer at its end ('…, writes JANE ROE')
        author = next((n for i in layout.lead_idx if (n := deck_writer(lines[i]))), "")
    if not author and layout.body_start >= 0:
        # "(András Szigetvari, 19.1.2016)" closing the text: its writer, where no byline is
        author = _dated_signoff_writer(lines, layout.body_start, profiles)
    if author and not hints.author and is_chrome_author(author):
        author = ""  # a list heading, a pager or the issuing office is no byline
    if author and unnamed_reporter(author):
        author = ""  # "Our Correspondent", "Staff Reporter": the role, no person

    if section and not hints.section and author and _key(section) == _key(author):
        section = ""  # the byline right above the stamp is a person, never a section
    if section and not hints.section and _document_kind(section):
        section = ""  # "Pressemitteilung", "Stellungnahme der Regierung": a kind, no desk
    if section and not hints.section and is_office_unit(section):
        section = ""  # "Pressestelle", "Главное управление …": the issuer's office, no desk
    if section and not hints.section and _GLUED_BY.match(section):
        section = ""  # "ByLiveblog team": a byline pasted onto its "By", never a desk
    if section and not hints.section and (section in layout.menus or is_rubric_row(section)):
        section = ""  # "Новости  Экономика  Политика  Спорт": the site's menu row, no desk
    stamp_place = ""
    if not dl:  # "… IST - NEW DELHI", or "NEW DELHI" alone between byline and stamp
        placed = (_stamp_place(lines[i]) or layout.place_by_byline(i) for i in header)
        masthead = lines[: max(title_idx, 0)]
        stamp_place = next(
            (p for p in placed if p and not _credit_named(p, masthead, profiles)), ""
        )
    if not dl and not stamp_place and title_idx >= 0:
        # "Wien, 19. November 2025" by a press release's headline
        by_title = (i for i in header if abs(i - title_idx) <= _RELEASE_PLACE_SPAN)
        stamp_place = next((p for i in by_title if (p := release_place(lines[i]))), "")
    if not dl and not stamp_place:
        # "By Jane Doe in Almaty": the place in the byline is the dateline
        stamp_place = hints.byline_place or next(
            (p for i in header if (p := byline_place(lines[i], VOCABULARY))), ""
        )
    source = hints.source
    if not source and dl and _RELEASE_WIRE.match(dl.agency):
        # "Ort (ots) -", "CITY, Dec. 3, 2025 /Example Newswire/ --": the wire only carried
        # the release; the issuer its closing line names is the source
        source = release_issuer(lines[layout.body_start :])
    if (
        not source
        and dl
        and not _writer_initials(dl, author)
        and not _own_initials(dl, hints.fallback_source)
    ):
        masthead = lines[: max(title_idx, 0)]
        source = _spelled_initials(dl.agency, [hints.fallback_source, *masthead])
        # the site's own name (og:site_name) spells it where the logo is an image
        source = source or _masthead_cased(dl.agency, [hints.fallback_source, *masthead])
    if not source and title_idx >= 0:
        # "2025-11-25 16:32:11  Quelle: CRI  Redakteur: Name": the stamp's source label
        labelled = (
            _stamp_source(lines[i]) or (st.outlet if (st := slash_stamp(lines[i])) else "")
            for i in header
            if title_idx < i < layout.body_start
        )
        if label := next((s for s in labelled if s), ""):
            named = profile_named(label, profiles)
            profile, source = (named, named.name) if named else (profile, label)
    if not source and title_idx > 0 and not hints.fallback_source:
        # "Example Tagespost · Donnerstag, 20. November 2025" over an e-paper's cutting: the
        # paper's running head names the paper (a kicker under it is no masthead)
        heads = (
            press_running_head(lines[i], repeated=i in furniture)
            for i in header
            if i < min(title_idx, 6)
        )
        if head := next((h for h in heads if h), ""):
            head = known_outlet_name(head)  # 'Example News' of a known outlet 'Example'
            named = profile_named(head, profiles)
            profile, source = (named, named.name) if named else (profile, head)
    if not source and title_idx >= 0:
        # an agency credit between the headline and the text names the text's author
        credit = next(
            (
                c
                for i in header
                if title_idx < i < layout.body_start and lines[i] not in layout.site_crumbs
                if (c := _agency_credit(lines[i])) and not _credits_picture(layout, i, c, profiles)
            ),
            "",
        )
        if credit and (named := profile_named(credit, profiles)):
            profile, source = named, named.name
        elif credit:
            source = credit
    if not source and not hints.author and title_idx >= 0:
        # "Author of the article: The Canadian Press": the labelled byline names an agency
        # or outlet, no person; the copy is that agency's, and the page names no author
        orgs = (_labelled_org(lines[i]) for i in header if title_idx < i < layout.body_start)
        if org := next((o for o in orgs if o), ""):
            named = profile_named(org, profiles)
            profile, source = (named, named.name) if named else (profile, org)
            author = ""
    if not source and author and title_idx >= 0:
        # the byline's agency credit ("Jane Doe, PA"): the agency's copy, the paper's name
        # on it; only an agency a profile knows, an outlet's initials may follow a name too
        credits = (byline_credit(lines[i]) for i in header if title_idx < i < layout.body_start)
        agency = next((c[1] for c in credits if c[0] == author), "")
        if agency and (named := profile_named(agency, profiles)):
            profile, source = named, named.name
    closing = _CLOSING_CREDIT.search(body[-1]) if body and not source else None
    credits = (closing["name"] or closing["dashed"], closing["after"]) if closing else ()
    if named := next((p for c in credits if c and (p := profile_named(c, profiles))), None):
        # the agency's credit closing the text ("… als geplant. (dpa)"): carried agency copy
        profile, source = named, named.name
    if len(body) > 1 and not source and (first_run := _FIRST_RUN_CREDIT.match(body[-1])):
        # "This report by Example Press was first published Nov. 24, 2025.": the agency's
        # copy, credited only under the text; the credit is the page's, not the story's
        named = profile_named(first_run["name"], profiles)
        profile, source = (named, named.name) if named else (profile, first_run["name"])
        body.pop()
    if not source and body:
        # "… zu sanieren sein." / "Quelle: APA"
        named, under = _source_under_text(lines, layout.body_start, body[-1], profiles)
        profile, source = named or profile, under
    if (
        not source
        and body
        and (named := _signoff_under_text(lines, layout.body_start, body[-1], profiles))
    ):
        profile, source = named, named.name  # "… setzt." / "EXA/tafi"
    if not source:
        found_profile = None
        for i in tail + header:
            line = lines[i]
            if _words(line) > 8:
                continue
            if (is_credit_line(line) or bp.is_caption(line)) and not _LEGAL.search(line):
                continue  # "Фото: Name / РИА Новости" credits the photo, not the text
            if with_agency(line):
                continue  # "By Jane Doe with EFE": the outlet's story, the agency helped
            if found_profile := mentioned_agency(line, profiles) or _signoff_agency(line, profiles):
                break
        if found_profile is None and hints.url:
            found_profile = profile_for_url(hints.url, profiles)
        if found_profile is not None:
            profile = found_profile
            source = found_profile.name
    if not source and not hints.fallback_source:
        # the outlet in brackets after the byline's name: the paper the reporter writes for
        outlets = (o for i in header if (o := name_with_outlet(lines[i])))
        if outlet := next(outlets, None):
            named = profile_named(outlet[1], profiles)
            profile, source = (named, named.name) if named else (profile, outlet[1])
    if not source and not hints.fallback_source and title_idx >= 0:
        # "Rathaus Umschau" over "Ausgabe 224 / 2025": the publication whose issue it is
        source = next((lines[i] for i in header if i < title_idx and _issue_title(lines, i)), "")
    if not source and not hints.fallback_source and 0 < title_idx <= _TYPED_SPAN:
        # a reader's typed 'Outlet, date' line over the pasted headline ('The Guardian, 29
        # November 2025', 'Süddeutsche Zeitung, 28.11.2025'): the outlet whose story it is
        typed = typed_credit(lines[0])
        if typed is not None:
            named = profile_named(typed.outlet, profiles)
            profile, source = (named, named.name) if named else (profile, typed.outlet)
    site = (
        hints.fallback_source
        or site_from_press_office(lines)
        or site_from_issuer_label(lines)
        or site_from_footer(lines)
        or site_from_more_from(lines)
    )
    # a short header is a masthead only when a breadcrumb trail stands under it ("Example
    # Gazette" over "Home › News › Business", maybe with the menu between them), or the
    # desk the page files it under
    desk = title_idx == 2 and bool(section) and _key(lines[1]) == _key(section)
    # or its desk and day under it, a kicker over the headline ('NEWS' / 'Desk · date' /
    # 'INTERVIEW' / headline)
    desk = desk or (
        title_idx == 3 and bool(section) and _key(section_of_line(lines[1])) == _key(section)
    )
    # or the site's menu bar under it ('Example Times' / 'News   Sport   Video' / headline)
    menu = any(lines[i] in layout.menus for i in range(1, max(title_idx, 1)))
    # … its entries glued when copied ('Example Live' / 'NewsSportWhat's OnFood & Drink')
    menu = menu or any(_glued_menu(lines[i]) for i in range(1, max(title_idx, 1)))
    if (
        title_idx > 3
        or any(is_trail(lines[i]) for i in range(1, max(title_idx, 1)))
        or desk
        or menu
        or (title_idx > 0 and bool(app_bar_logo(lines[0])))  # '☰  EXAMPLE  🔍' over the page
    ) and not hints.fallback_source:
        masthead = lines[:title_idx]

        def chrome(line: str) -> bool:
            # a logo in a service's name ("Example Church News Service") over the menu
            # reads as a desk's credit elsewhere; in the masthead it is the outlet's name
            if is_trail(line) or ("|" in line and bar_menu_entries(line)):
                return True  # a breadcrumb trail, the site's desks in one row with bars
            return layout.is_meta(line) and not desk_credit(line)

        # a media group's notice ("© Example Media Ireland 2025", the gazetteer knows the
        # group) names the owner of several titles: the logo over it is this one
        company = owner_is_company(lines) or bool(site and default_gazetteer().group_outlets(site))
        # or a broadcaster's notice ("© 2025 Example TV") under the logo of its news
        # brand, which the gazetteer lists as the owner's: the owner is an outlet too
        company = company or bool(
            site and any(default_gazetteer().owned_by(ln, site) for ln in masthead[:3])
        )
        site = (
            masthead_brand(masthead, chrome, site, company, lines[title_idx + 1 :])
            or site
            or site_from_masthead(masthead, chrome)
        )
        # 'STVR' / 'Example Radio International' over the menu, the service's name alone
        # again in the footer: the owner's logo over its service's, which is the outlet
        site = service_under_owner_logo(masthead, site, lines[title_idx + 1 :]) or site
        # 'EZ' over 'Example Zeitung', the outlet listed under that name: the name in full
        site = listed_name_under_logo(masthead, site) or site
    site = site or hints.last_source or reader_site
    if not site and title_idx > 0:
        site = channel_name(lines)  # "Example Town | News" / "412 805 subscribers": the channel
    if not source and site:
        # A site name ("Коммерсантъ", "tagesschau.de", the owner in a copyright notice) is
        # the source, under its profile's name when a profile knows it.
        named = profile_named(site, profiles)
        # a clipping's source line naming the outlet as listed, in full ('Quelle: Example
        # Allgemeine Zeitung', its profile 'EAZ'): as printed, the list's name
        credited = hints.credited_source and site == hints.fallback_source
        credited = credited and is_listed_name(site)
        source = named.name if named and not credited else site
    if not source and (named := _dated_signoff_agency(lines, layout.body_start, profiles)):
        # "… sagte er. (APA/dpa, 3.5.2016)" with no outlet named: the agency's copy
        profile, source = named, named.name
    # "New Era (Windhoek)", "X Media Release": the name; a listed name whose qualifier is
    # part of it ('Example News (Australia)') stays whole
    source = source if is_listed_name(source) else plain_source(source, lines)
    if profile is None and source:
        source = _with_article(source, lines[-_ARTICLE_SPAN:])
        profile = profile_named(source, profiles)
        if profile is not None and has_cyrillic(source) and not has_cyrillic(profile.name):
            source = profile.name  # 'Коммерсантъ' of a profile 'Kommersant': filed in Latin
    printed = source  # before its Latin spelling: the gazetteer knows Cyrillic names too
    if profile is None and not hints.source and has_cyrillic(source):
        # an outlet's brand in Latin letters; a ministry's name and a brand of both
        # scripts ("БИЗНЕС Online") as printed
        keep = is_institution(source) or is_mixed_script(source)
        if not keep and (full := spelled_institution(source, lines)):
            source, keep = full, True  # 'НГУ' over 'Новосибирский государственный университет'
        # a press release's issuer ('ПРЕСС-РЕЛИЗ' over the headline): an organisation, no
        # outlet, named as printed (a paper's own name still reads as a paper's)
        keep = keep or (_released(lines, title_idx) and not is_press_name(source))
        if firm := company_brand(source):
            source, keep = firm, True  # a company's newsroom ("ПАО «Пример»"): no outlet
        # the outlet's own Latin name in the footer ("© Example Gazeta Europe") first
        own = own_latin_brand(source, [site_from_footer(lines)])
        own = own or printed_latin_spelling(source, lines)  # "Подписывайтесь на Mediamax"
        own = own or paired_latin_name(source, lines)  # "© Газета Example (Latin Name)"
        own = own or dashed_latin_name(source, lines[-_ARTICLE_SPAN:])  # "© Latin — «Имя»"
        own = own or domain_logo(lines)  # "1TV" over the name, "1tv.ge" in the footer
        # the name the sender's notice spells in Latin ('© 2025 Example. Агентство «Экзампл»',
        # cut off with a digest's footer) for the agency credited in the item's dateline
        own = own or printed_latin_spelling(brand_name(source), [hints.fallback_source])
        # the Latin name of an outlet the gazetteer lists by this Cyrillic name ('РИА
        # «Воронеж»' -> 'RIA Voronezh', 'РИА «ФедералПресс»' -> 'FederalPress')
        brand = brand_name(source)
        # an agency's kind before its quoted name ("ИА «Пример»"): the name alone, but
        # "РИА" before a place or a number is part of it ('РИА «Дагестан»': 'RIA Dagestan');
        # a word in capitals on the logo in ordinary case ('ФАКТЫ': 'Fakty')
        named = ria_named(source) or _ria_credited(brand, lines) or brand
        named = _bare_masthead(named, lines[: min(max(title_idx, 1), _MASTHEAD_SPAN)])
        ours = latin_name(cased_capitals(named, lines[:12]))
        # the page's logo in Latin letters, spelled as the name ('MOLDPRES' over the credit
        # '/МОЛДПРЕС/'): as printed, before any list's spelling
        own = own or _logo_spelling(ours, lines)
        # the two words its address runs together ('ritmeurasia.ru' for 'Ритм Евразии')
        own = own or host_spelled_words(named, ours, printed_hosts(lines))
        listed = latin_of_printed(source, brand) if not keep and not own else ""
        # the listed name spells ours, or the whole printed name with its kind acronym
        # ('AGN Moskva' for 'АГН «Москва»', where ours is the brand 'Moskva')
        whole = latin_name(_QUOTES.sub("", source)) if listed else ""
        spelled = same_name_spelled(listed, ours) or same_name_spelled(listed, whole)
        own = own or (listed if spelled else "")
        source = source if keep else (own or ours)
        if keep and title_idx > 0:
            # "МЧС России" over "Главное управление МЧС России по … области": the office
            source = regional_office(source, lines[: min(title_idx, 8)]) or source
    if profile is None and not hints.source and is_other_script(source):
        # "© «Առավոտ»" under a page whose logo is "Example.am": the outlet's Latin brand
        source = latin_logo(lines) or source
    if profile is None and not hints.source:
        source = quoted_name_of_domain(source, lines) or source  # «Пример» over primer.ru
        source = spelled_name_of_host(source, lines) or source  # "Der Example" for example.ch
        source = domain_cased(printed_domain_case(source, lines) or source)
        source = outlet_source(source, printed=printed, url=hints.url, lines=lines)
        source = owner_cased(source, lines) or source  # the logo's capitals, the notice's case

    if source and hints.fallback_source:
        # 'МИНСК, 24 ноя – Sputnik.' in a mail from 'Sputnik Беларусь': the edition's copy
        source = edition_of_sender(source, hints.fallback_source) or source
    if author and (profile_named(author, profiles) or author.lower() == source.lower()):
        author = ""  # "By Reuters": the agency's credit, not a person
    if author and has_cyrillic(author) and _key(latin_name(brand_name(author))) == _key(source):
        author = ""  # "Пример Новостей" as byline, filed as "Primer Novostey": the outlet
    if author and _KIND_OF_DOCUMENT.search(author):
        author = ""  # "Statistical Release" over the headline: the document's kind, no person
    if author and _outlet_office(author, source):
        author = ""  # "by PIB Delhi": the outlet's office, not a person
    masthead = {_key(m) for m in lines[:_MASTHEAD_LINES]}
    if author and _ORG_WORDS.search(author) and _key(author) in masthead:
        author = ""  # "Von: Example Zeitung / MTI" under the logo "EXAMPLE ZEITUNG": the outlet
    author = _without_outlet(author, source, profiles)
    if author and _outlet_news_credit(author, source):
        author = ""  # "By: Example Express News" under "The Example Express": its news desk
    if author and source and author.lower().endswith(f" {source.lower()}") and "," not in author:
        # 'By Jane Doe  Example News': the reporter, then the outlet the byline names
        named = author[: -len(source)].strip(" |·-")
        author = named if len(named.split()) >= 2 else author
    if author and (_key(author) == _key(section) or _is_crumb(author, lines, title_idx)):
        author = ""  # "Posted on … · Press Releases": the desk's link, no person
    if len(body) > 1 and source and _key(body[0]) == _key(source):
        body = body[1:]  # the outlet's name alone over the text ('Global News'): its credit
    section = _desk_after_outlet(section, source)
    body_text = "\n\n".join(body)
    if not section and profile is not None:
        section = profile.section
    language = hints.language or detect_language(
        f"{title}\n{body_text}",
        default=profile.language if profile else "",
        stated=hints.stated_language,
    )
    return Article(
        title=cased_title(title, f"{lead}\n{body_text}"),
        body=body_text,
        lead=lead,
        source=source,
        url=hints.url,
        author=author,
        published=published,
        dateline=hints.dateline or (dl.place if dl else "") or stamp_place,
        section=cased_section(plain_section(section)),
        language=language,
        tags=list(hints.tags),
    )


_QUESTION_TURN = re.compile(r"^(?:Frage|Question|Q|F|Вопрос|В)\s?:", re.IGNORECASE)


# The story's topic links under the text: "Topics: Humanitarian Aid · Food Security".
_TOPICS_LINE = re.compile(
    r"^(?:(?:topics|tags|themen|schlagworte|темы|теги|метки)\s*:|"
    # the heading over more stories on the topic: "More on Pacific Islands", "Mehr zu X"
    r"more on|more about|mehr zu(?:m|r)?|больше (?:о|об|по теме))\s*(?P<topics>\S.+)$",
    re.IGNORECASE,
)


_KICKER_STAMP_SPAN = 4  # the stamp under a headline: right under it, or under a byline


def _capital_kicker(lines: list[str], title_idx: int, datelined: bool) -> str:
    """A rubric in capitals right over the headline, a word or two ('STROMNETZ', 'ALTES
    LAND'), with the item's dated stamp under the headline and a dateline opening the text:
    the newsletter's rubric, in ordinary case ('Stromnetz'). Why: a rubric no vocabulary
    knows was left unread; a form's label ('ANALYSE') or a document's kind is no desk."""
    if title_idx < 1:
        return ""
    line = lines[title_idx - 1].strip()
    words = line.split()
    # or one the site's menu row over it names ('Security Software Offbeat' / 'SOFTWARE')
    menu = [ln.split() for ln in lines[max(0, title_idx - 4) : title_idx - 1]]
    named = any(len(row) >= 3 and line.title() in " ".join(row) for row in menu)
    if not (datelined or named):
        return ""
    if not 1 <= len(words) <= 2 or len(line) < 4 or not line.isupper():
        return ""
    if not all(w.isalpha() for w in words) or line.lower() in _FORM_LABELS:
        return ""
    if _document_kind(line) or bp.is_boilerplate(line):
        return ""
    under = lines[title_idx + 1 : title_idx + 1 + _KICKER_STAMP_SPAN]
    # the stamp, maybe with the byline on its line ('Jane Doe Tue 24 Nov 2025 // 13:45 UTC')
    if not any(year_dates(ln) and _words(ln) <= _KICKER_STAMP_SPAN * 3 for ln in under):
        return ""
    return " ".join(w.capitalize() for w in words)


def _place_rubric(lines: list[str], title_idx: int, place: str) -> str:
    """The line alone right over the headline that names the place the text's dateline
    opens with ('Nürnberg' / headline / stamp / 'NÜRNBERG - …'): a local paper's desk, its
    section. Why: no vocabulary knows a town's desk; the dateline under it says it is one."""
    if title_idx < 1 or not place:
        return ""
    line = lines[title_idx - 1].strip()
    if line.casefold() != place.casefold() or len(line.split()) > 3:
        return ""
    under = lines[title_idx + 1 : title_idx + 1 + _KICKER_STAMP_SPAN]
    # the stamp, maybe with the byline on its line ('Jane Doe Tue 24 Nov 2025 // 13:45 UTC')
    if not any(year_dates(ln) and _words(ln) <= _KICKER_STAMP_SPAN * 3 for ln in under):
        return ""
    return line if not line.isupper() else place


def _topic_label(lines: list[str], title_idx: int) -> str:
    """A label right over the headline (or over its stamp) that the topic links under the
    text list too ("Humanitarian Aid" over the headline, "Topics: Humanitarian Aid · …"
    at the foot): the story's topic, its section, and never a byline, however much it
    looks like a name."""
    topics = {
        t.strip().lower()
        for ln in lines[title_idx + 1 :]
        if (m := _TOPICS_LINE.match(ln.strip()))
        for t in re.split(r"\s*[·•|,;]\s*", m["topics"])
    }
    if not topics or title_idx < 1:
        return ""
    for i in range(title_idx - 1, max(-1, title_idx - 4), -1):
        label = lines[i].strip()
        if label.lower() in topics and _words(label) <= 4:
            return label
    return ""


def _kicker_and_title(line: str, title_key: str) -> bool:
    """The headline with its kicker before it on one line ("Rentenpaket Koalition einigt
    sich …", a topline and the headline in one h1): a repeat of the title over the text."""
    if _words(line) > 30 or len(title_key.split()) < 3:
        return False
    key = _key(line)
    if not key.endswith(" " + title_key):
        return False
    return 1 <= len(key[: -len(title_key)].split()) <= 4


def _is_speaker(lines: list[str], name: str) -> bool:
    """Whether "Name:" opens an interview's turn, not a dateline: the same name opens
    another paragraph too, or a question is put ("Frage:", "Q:", "Вопрос:"). Only running
    text counts as a turn: a related link's headline under the text ("Delhi: Metro fares to
    rise") opens with the same place as the dateline and says nothing."""
    head = f"{name}:"
    turns = sum(1 for line in lines if line.startswith(head) and is_prose(line))
    return turns > 1 or any(_QUESTION_TURN.match(line) for line in lines)
