"""The outlet's own name from its page chrome, for sites no profile knows.

A site names itself in its copyright line ("© 2025 Tengrinews.kz. Все права защищены.",
"Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.") and in its <title>
("… - Zakon.kz", "… | ZEIT ONLINE"). A photo credit ("© Name/AFP") names the photographer's
agency, not the publisher, so only lines that read as a legal notice count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from app.importers.dates import is_only_date

_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_RIGHTS = re.compile(
    r"all rights reserved|alle rechte vorbehalten|все права защищены|tutti i diritti riservati",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\b")
# Legal forms and owner descriptions around the name: "GmbH & Co. KG", "ООО", "Media Network".
_LEGAL_WORDS = re.compile(
    r"(?<![\w.])(?:gmbh(?:\s*&\s*co\.?(?:\s*kg)?)?|ag|kg|se|s\.?a\.?|s\.?p\.?a\.?|s\.?r\.?l\.?|ltd\.?|"
    r"limited|private|pvt\.?|inc\.?|llc|plc|pcl|l\.p\.?|corp\.?|corporation|m\.?b\.?h\.?|verlagsgesellschaft|"
    r"(?-i:PT|Tbk)\.?|"  # an Indonesian company: "PT. Example Media Tenggara Tbk"
    # a Dutch, Belgian or Nordic one: "Example BV", "Example N.V.", "Example AS", "Example AB"
    r"(?-i:B\.V\.|BV|N\.V\.|NV|ASA|AS|AB|A/S|ApS|Oyj|Oy)|"
    r"sdn\.? bhd\.?|bhd\.?|berhad|"  # a Malaysian one: "Example Communications Sdn Bhd"
    r"verlag|verlagsgruppe|mediengruppe|media network|media group|publishing|"
    r"onlineausgabe|online-ausgabe|digitalausgabe|online edition|"
    r"ооо|оао|зао|пао|ао|фгбу|фгуп|гуп|муп|ано|ия|иа|сми|редакция|"
    # "АНО" spelled out in another language: a non-profit's legal form, not its brand
    r"autonome\s+nichtkommerzielle\s+organisation|"
    r"autonomous\s+non-?(?:commercial|profit)\s+organi[sz]ation|"
    # "Компания «Example»": the word for a company before its quoted name
    r"компания(?=\s*[«\"„“]))(?=\W|$)",
    re.IGNORECASE,
)
# "taz Verlags u. Vertriebs GmbH", "Rheinische Post Zeitungsverlag": German company words
# after the name; everything from the first of them on describes the owner, not the brand.
_COMPANY_TAIL = re.compile(
    r"\s(?:\w*verlag\w*|vertrieb\w*|mediengesellschaft|medienhaus)(?=\W|$)", re.IGNORECASE
)
# A registered association's or a charity's legal form after its name ("Beispielverband
# e.V.", "Example Hilfswerk gGmbH"): no part of the name, and no company's either (the
# association is the issuer, not a publisher owning brands).
_ASSOCIATION_FORM = re.compile(r"(?<![\w.])(?:e\.\s?v\.?|ggmbh)(?=\W|$)", re.IGNORECASE)
# (a footer's middle dot parts the brand from its company: "© 2025 Heute · AHVV Verlags GmbH")
# (not the dot of "им." or of an initial: "НИИ им. Н.В. Name", "J. Doe Stiftung")
# (nor the "г." of a Russian body's town inside its name: "Прокуратура г. Example-Града")
_CUT = re.compile(
    r"(?<!\bим)(?<!\w\sг)(?<![\s.][A-ZА-ЯЁ])\.\s|[,;(|]|\s[-–—·•]\s|\.$"
    # the address run on after the name, its postcode first: "X 630099, г. Y", "X 10115 Berlin"
    r"|\s\d{4,6}(?=,|\s+(?:г\.\s?)?[A-ZÄÖÜА-ЯЁ][\w-]+$)"
)
# The page's stamp run on after the notice, as a print view's footer joins its lines: "© X
# 2025 Stand: 01.12.2025", "… Last updated: 1 December 2025", "… Обновлено: 01.12.2025".
_STAMP_RUN_ON = re.compile(
    r"(?:\s|(?<=\d))(?:stand|zuletzt (?:aktualisiert|geändert)|aktualisiert|last (?:updated|"
    r"modified)|updated|обновлено|дата обновления)\s?:\s*\d",
    re.IGNORECASE,
)
_QUOTES = "«»„“”\"'‹›"


# "WZ – Wiener Zeitung": a logo's initials, then the name they stand for.
_INITIALS_NAME = re.compile(
    # the logo's letters before the name, with a dash or glued on ("WZ Westdeutsche Zeitung")
    r"^(?P<abbr>[A-ZÄÖÜА-ЯЁ]{2,5})\s+(?:[-–—]\s+)?(?P<name>(?:\w[\w.'’-]*\s?){2,5})"
)
# "Turan Information Agency", "Anadolu Agency": the agency's own name is the brand; a
# nationality before "News Agency" ("Bulgarian News Agency") is not a name on its own.
_AGENCY_SUFFIX = re.compile(
    r"^(?P<name>[^\W\d][\w.'’-]+)\s+(?:(?:news|information|press|telegraph)\s+)?agency$", re.I
)
# Countries of one word in English: "Kenya News Agency", "Oman News Agency" is a country's
# agency, whose name is all of it; "Example News Agency" is the brand "Example"'s.
_COUNTRY_NAMES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo
croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini
ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon
lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan
palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey türkiye
turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen
zambia zimbabwe
"""
_COUNTRIES = frozenset(_COUNTRY_NAMES.split())
# Countries as an address names them after the town ("Hamburg, Germany"), in more spellings
# than one English word.
_ADDRESS_COUNTRIES = _COUNTRIES | {
    "usa", "u.s.", "u.s.a.", "us", "uk", "u.k.", "united states", "united kingdom",
    "great britain", "south africa", "new zealand", "saudi arabia", "south korea",
    "united arab emirates", "uae", "czech republic", "deutschland", "österreich", "schweiz",
    "frankreich", "italien", "spanien", "россия", "германия", "австрия", "швейцария",
    "украина", "беларусь", "казахстан", "сша",
}  # fmt: skip


def is_country_name(name: str) -> bool:
    """Whether `name` is a country as an address writes it ("Germany", "Deutschland", "USA")."""
    return " ".join(name.split()).lower() in _ADDRESS_COUNTRIES


_NATIONALITY = re.compile(
    r"(?:ian|ese|ish|ean|ine|ic|ch|i|can|tan|ghan)$|"  # "Philippine", "African" too
    # nor is an adjective of scope: "National News Agency", "State Information Agency"
    r"^(?:national|state|central|federal|international|official|regional|global|world)$",
    re.I,
)


# "НИАТ «Ховар»", "ИА «Кабар»", "ФГУП «…»": an organisation-type acronym, then the name in quotes;
# "Газета «Время»", "Журнал «Пример»": the kind of publication in ordinary words, the same;
# and the publishing house that bears its paper's name ("АО «Издательский дом «Гудок»").
_ACRONYM_QUOTED = re.compile(
    r"^(?:[A-ZА-ЯЁ]{2,6}|(?i:(?:редакция\s+|редакции\s+|издательство\s+)?"
    # the kind's describing words: "Общественно-политическая газета «X»", "Районная газета"
    r"(?:[а-яё]+(?:-[а-яё]+)?(?:ая|ой|ый|ий|ое|ые|ого)\s+){0,3}"
    r"(?:газета|газеты|журнал|журнала|еженедельник|еженедельника|издание|издания|"
    r"интернет-издание|интернет-издания|сетевое издание|сетевого издания|информационный портал|"
    r"газэта|часопис|(?:информационное )?агентство|(?:информационного )?агентства|"
    # a broadcaster's kind: "Телеканал «Пример»", "Радиостанция «Пример FM»"
    r"телеканал|телеканала|телекомпания|телекомпании|телерадиокомпания|"
    r"телерадиокомпании|радиостанция|радиостанции)|"
    r"редакция|редакции|издательство|redaktion|verlag|"
    # the publisher named after its paper: "Издательский дом «Гудок»", "Медиахолдинг «X»"
    r"издательский дом|издательского дома|медиахолдинг|медиагруппа|"
    r"(?:redaktion |verlag )?der zeitung))"
    r"\s+[«„“\"](?P<name>[^«»„“”\"]{2,40})[»“”\"]"
)
# A legal form's quotes around the office of a paper, whose name stands in the inner quotes
# ('КГАУ «Редакция газеты «X»»', 'ГБУ «Редакция журнала «X»»', 'АУ «Издательство газеты «X»»').
_NESTED_KIND = re.compile(
    r"^[A-ZА-ЯЁ]{2,6}\s*[«„“\"]\s*(?i:(?:редакция|редакции|издательство|издательский дом)\s+)?"
    r"(?i:газеты|журнала|еженедельника|издания|агентства)\s+[«„“\"](?P<name>[^«»„“”\"]{2,40})"
)
# "Сетевое издание e1.ru": the kind of publication before a site's domain describes it too.
_KIND_DOMAIN = re.compile(
    r"^(?i:газета|журнал|издание|интернет-издание|сетевое издание|информационный портал|"
    r"online-ausgabe|online edition)\s+(?P<name>[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,})$"
)


# What a name's line never holds: figures, an e-mail address, a web address.
_NOT_A_NAME = re.compile(r"\d|@|www\.|https?:")


def name_lines(lines: Iterable[str]) -> list[str]:
    """The lines that may be a letterhead's name: not its address, number or web lines."""
    return [line for line in lines if not _NOT_A_NAME.search(line)]


# "ИА Example Daily", "НИА Пример": an agency's kind acronym before its name, unquoted.
_AGENCY_KIND = re.compile(r"^(?:ИА|НИА|ИИА)\s+(?P<name>[A-ZА-ЯЁ][\w.-]*(?:\s+[\w.-]+){0,3})$")
# "Телекомпания ПРИМЕР ТВ", "Телеканал Пример 24", "Радиостанция Example FM": a broadcaster's
# kind in ordinary words before its name, unquoted; the name opens with a capital or figure
# ("Радио Пример" names the station itself: the kind is a part of that name).
_BROADCASTER_KIND = re.compile(
    r"^(?i:телекомпания|телеканал|телерадиокомпания|радиостанция)\s+"
    r"(?P<name>[A-ZА-ЯЁ0-9][\w.-]*(?:\s+[\w.-]+){0,3})$"
)


# The kind of medium a monitoring service puts in brackets after the outlet ("Пример
# (Региональная газета)", "Example (Internet-Medium)", "Example (Trade magazine)").
_MEDIUM_KIND = re.compile(
    r"\s+\((?=[^()]{2,40}\)$)(?:[\w-]+\s+){0,2}(?i:газета|сми|интернет-сми|агентство|журнал|"
    r"издание|телеканал|радио|портал|сайт|newspaper|agency|magazine|weekly|daily|website|"
    r"portal|(?:tages|wochen)?zeitung|magazin|internet-medium|onlinemedium|fachzeitschrift|"
    r"(?:online|print|trade) (?:medium|media|magazine))\)$"
)
# The kind of medium a review writes after the outlet's name ('Example News website'):
# no part of the name.
_WEBSITE_TAIL = re.compile(r"(?<=\w)\s+(?:website|web site)$", re.IGNORECASE)
_QUOTED_WHOLE = re.compile(r"^[«„“\"](?P<name>[^«»„“”\"]{2,40})[»“”\"]$")
# An edition of a paper described around its quoted name, as a clipping's source line types
# it: "электронная версия газеты «X»", "сайт журнала «X»", "E-Paper der Zeitung „X“",
# "online edition of the newspaper “X”": the paper's name is the quoted part.
_EDITION_OF = re.compile(
    r"^(?i:(?:(?:электронн|печатн|сетев|цифров|мобильн)\w+\s+)?(?:pdf-)?"
    r"(?:версия|версии|выпуск|выпуска|сайт|сайта|приложение)\s+"
    r"(?:газеты|журнала|еженедельника|издания)|"
    r"(?:e-paper|epaper|online-ausgabe|printausgabe|digitalausgabe|webseite|website|ausgabe)"
    r"\s+(?:der\s+|des\s+)?(?:zeitung|wochenzeitung|magazins|tageszeitung)?|"
    r"(?:the\s+)?(?:e-paper|online|print|digital|web)\s+(?:edition|version)\s+of\s+(?:the\s+)?"
    r"(?:newspaper|magazine|weekly)?)"
    r"\s*[«„“\"](?P<name>[^«»„“”\"]{2,40})[»“”\"]$"
)


def edition_outlet(name: str) -> str:
    """The paper whose edition a source line describes ('электронная версия газеты «X»' →
    'X'); the name as given when it describes none."""
    m = _EDITION_OF.match(" ".join(name.split()))
    return m["name"].strip() if m else name


def without_agency_kind(name: str) -> str:
    """'ИА Example', 'НИА Пример' -> the agency's name without its kind acronym; else the
    name. Why: the acronym says what the outlet is, it is no part of its name."""
    m = _AGENCY_KIND.match(" ".join(name.split()))
    return m["name"].strip() if m else name


def brand_name(name: str) -> str:
    """The outlet's name without the description around it (see the patterns above)."""
    name = edition_outlet(" ".join(name.split()))
    kind = _BROADCASTER_KIND.match(name) if name[:1] in "ТтРр" else None
    if m := (
        _ACRONYM_QUOTED.match(name) or _KIND_DOMAIN.match(name) or _AGENCY_KIND.match(name) or kind
    ):
        name = m["name"].strip()
    if name.endswith(")") and (bare := _MEDIUM_KIND.sub("", name)) != name:
        name = bare
    name = _WEBSITE_TAIL.sub("", name) or name
    if (m := _QUOTED_WHOLE.match(name)) is not None:
        name = m["name"].strip()  # '„Example“', '«Пример»': the name in its quotes
    if (m := _INITIALS_NAME.match(name)) and _initials(m["name"]) == m["abbr"]:
        name = m["name"].strip()
    if (
        (m := _AGENCY_SUFFIX.match(name))
        and not _NATIONALITY.search(m["name"])
        and m["name"].lower() not in _COUNTRIES
    ):
        name = m["name"]
    return name


def is_short_form(short: str, full: str) -> bool:
    """Whether `short` is the letters a paper's name is shortened to ("OTZ" for
    "Ostthüringer Zeitung", "FR" for "Frankfurter Rundschau"): capitals that begin the
    name and spell, in order, a part of it. The name written out is the source then, as
    the held-out pages have it (a JSON-LD publisher "FR" beside og:site_name in full)."""
    words = full.split()
    if not (2 <= len(short) <= 5 and short.isupper() and short.isalpha() and len(words) >= 2):
        return False
    if short[0] != full[0].upper() or short[-1] != words[-1][0].upper():
        return False
    rest = iter(full.upper())
    return all(c in rest for c in short)


def _initials(name: str, skip: Iterable[str] = ()) -> str:
    """The name's initials, its particles in `skip` left out ("Bundesverband der Deutschen
    Industrie" → "BDI" when "der" is skipped)."""
    return "".join(w[0] for w in name.split() if w.lower() not in skip).upper()


# Small words an acronym leaves out besides the particles ("Centre for X", "Союз X и Y").
_SPELLED_SKIP = frozenset({"for", "für", "и", "по", "zur", "zum", "&"})
# A legal form closing an association's or company's name: "e.V.", "GmbH", "AG", "Inc.".
_LEGAL_FORM_END = re.compile(r"\s+(?:e\.\s?V\.|GmbH|AG|Inc\.|Ltd\.?|LLC|ООО|АО)$")


# An age rating after a site's name in its notice ('© 2025 Example.ru 18+'): no part of it.
_AGE_MARK = re.compile(r"(?<!\S)\d{1,2}\+(?!\S)")


def _owner(text: str) -> str:
    """The name left after years, legal forms and quotes are taken away."""
    if m := _STAMP_RUN_ON.search(text):
        text = text[: m.start()]
    text = _YEARS.sub(" ", text)
    text = _AGE_MARK.sub(" ", text)
    text = _RIGHTS.sub(" ", text)
    text = _MARK.sub(" ", text)
    if (m := _COMPANY_TAIL.search(text)) and text[: m.start()].strip(" .:-–—"):
        text = text[: m.start()]
    text = _LEGAL_WORDS.sub(" ", text)
    text = _ASSOCIATION_FORM.sub(" ", text).strip(" .:-–—")
    if (m := _INITIALS_NAME.match(text.strip())) and _initials(m["name"]) == m["abbr"]:
        text = text.strip()[m.start("name") :]
    # the legal form's quote left open before the description ('АО «Редакция газеты «X»')
    if m := _NESTED_KIND.match(text.strip()):
        text = m["name"]  # 'КГАУ «Редакция газеты «X»»': the state body's paper, in its quotes
    elif m := _ACRONYM_QUOTED.match(text.strip().lstrip(_QUOTES + " ")):
        text = m["name"]
    if m := _CUT.search(text):
        text = text[: m.start()]
    # quotes go, an apostrophe inside a word stays ("Lloyd's List", "People’s Daily")
    text = re.sub(rf"[{re.escape(_QUOTES)}](?!(?<=\w[’'])\w)", "", text)
    return brand_name(" ".join(text.split()).strip(" .,-–—·•"))


# The registered outlet a Russian footer states after a company's notice ("© 2025 ФГУП X.
# Все права защищены. Сетевое издание «Name»."): the site's own name, not its owner's (a
# brand's own notice, "© Example.ru. Сетевое издание «…»", keeps the brand).
_REGISTERED_OUTLET = re.compile(
    r"(?i:сетевое издание|сетевого издания|интернет-издание|электронное периодическое издание)"
    r"\s+[«„“\"](?P<name>[^«»„“”\"]{2,40})[»“”\"]"
)


_OFFERED_BY = re.compile(
    r"\s[–—-]\s+(?:ein (?:angebot|produkt|portal|service) (?:von|der|des)|an? (?:service|product|"
    r"brand|website|publication) of|(?:проект|издание|продукт) (?:компании|группы|холдинга)?)\s",
    re.IGNORECASE,
)


def copyright_owner(line: str) -> str:
    """The publisher a copyright notice names, or ''.

    "© DER SPIEGEL GmbH & Co. KG" → "DER SPIEGEL"; "Все права защищены ©1999-2025 ООО
    «Лента.Ру»" → "Лента.Ру"; "© Name/AFP" (a photo credit) → ''.
    """
    line = line.strip()
    marks = list(_MARK.finditer(line))
    rights = _RIGHTS.search(line) if marks else None
    if (
        rights
        and marks[0].start() < rights.start()
        and (len(line.split()) > 40 or marks[-1].start() > rights.end())
        and not _REGISTERED_OUTLET.search(line)
    ):
        # a syndicated story's notice with the distributor's terms after it ("Copyright ©
        # 2025 Example Daily. All rights reserved. Distributed by … To contact the copyright
        # holder …"): the notice is the part up to its rights
        line = line[: rights.end()]
        marks = list(_MARK.finditer(line))
    if not marks or len(line.split()) > 40:
        return ""
    legal = _RIGHTS.search(line) or _YEARS.search(line) or _LEGAL_WORDS.search(line)
    # a brand's notice naming the group offering it ('© Example – ein Angebot von Example
    # Media', '© Example, a service of …', '© Example — проект …'): a publisher's notice
    legal = legal or (" " in line and _OFFERED_BY.search(line))
    if not (legal or line.lower().startswith("copyright")):
        # a public body's bare notice ("© Example Police Headquarters", "© Министерство
        # …"): no year, no legal form, still its name; a bare "© Name" else is a credit
        # (also as the last part of a footer's row: "Impressum · Datenschutz · © Land X")
        part = line if line.startswith("©") else _FOOTER_PARTS.split(line)[-1]
        if part.startswith("©") and is_public_body(name := _owner(part[1:])):
            return name
        return ""
    m = _REGISTERED_OUTLET.search(line)
    if m and _LEGAL_WORDS.search(line[: m.start()]):
        return m["name"].strip()  # the owner a company ("ФГУП X"): the outlet is its brand
    # The name follows the last mark ("ALL RIGHTS RESERVED © Copyright ANSA"), else
    # precedes the first ("Trend News Agency ©").
    name = _owner(line[marks[-1].end() :]) or _owner(line[: marks[0].start()])
    if (brand := _brand_before(line[: marks[0].start()])) and _LEGAL_WORDS.search(
        line[marks[-1].end() :]
    ):
        name = brand  # "Example Mirror © 2025 Example Group plc": the brand its company owns
    words = name.split()
    # a public body's full name runs longer ("Администрация муниципального образования
    # город Example"), spelled out (abbreviations after its kind, "НИИ СП … ДЗМ", make a
    # legal name the header prints shorter)
    spelled = not any(len(w) > 1 and w.isupper() for w in words[1:])
    most = _BODY_WORDS if spelled and is_public_body(name) else _most_words(words)
    if not name or "/" in name or not 1 <= len(words) <= most or not name[:1].isalnum():
        return ""
    if words[0] in _DESCRIBING_ARTICLES:
        # a description of the owner ("© 2025 a Example plc subsidiary"), no name: the
        # outlet the notice names beside it, else none
        return _described_outlet(line[: marks[0].start()], line[marks[-1].end() :])
    lower_brand = len(words) == 1 and _LEGAL_WORDS.search(line)  # "© taz Verlags … GmbH"
    # a brand of figures in its quotes: "© 2025 Телеканал «24»", a channel's number
    quote = f"[{re.escape(_QUOTES)}]"
    numbered = name.isdigit() and re.search(rf"{quote}{name}{quote}", line)
    if not any(c.isupper() for c in name) and "." not in name and not (lower_brand or numbered):
        return ""  # a fragment of a sentence, not a name
    return small_words_lowered(name)


# The separators of a footer's row of parts: "Address · Impressum · Datenschutz · © Name".
_FOOTER_PARTS = re.compile(r"\s[·|•]\s")


# An indefinite article in lower case opens a description, never a name: "a division of …",
# "an Example Group company", "ein Unternehmen der …".
_DESCRIBING_ARTICLES = frozenset({"a", "an", "ein", "eine", "einer"})


_NAME_WORDS = r"[A-ZÄÖÜ][\w'’.&-]*(?: [A-ZÄÖÜ][\w'’.&-]*){0,3}"
# "Example Post is part of Example plc. © …", "Example Kurier ist Teil der …"
_PART_OF = re.compile(
    rf"^\s*(?P<name>{_NAME_WORDS}) (?:is (?:part|a member|a division) of|ist (?:Teil|ein "
    r"Unternehmen|eine Marke))\b"
)
# "… subsidiary. Example Live, 2 Example Park, Town.": the outlet heading its address
_ADDRESSED = re.compile(rf"\.\s+(?P<name>{_NAME_WORDS}),\s+\S")


def _described_outlet(before: str, after: str) -> str:
    """The outlet a notice that describes its owner names beside the description: the
    brand said to be part of the company before the mark, or heading the address after
    it; '' otherwise."""
    m = _PART_OF.match(before) or _ADDRESSED.search(after)
    return m["name"] if m else ""


def _brand_before(text: str) -> str:
    """The brand a footer names before its notice's mark ('Example Mirror' in 'Example
    Mirror © 2025 Example Group plc'): a short capitalised name alone, no label or year.
    '' otherwise."""
    text = text.strip(" |·•-–—")
    words = text.split()
    if not 1 <= len(words) <= _BRAND_WORDS or not all(w[:1].isupper() for w in words):
        return ""
    return text if not (re.search(r"[\d:/@]", text) or _CREDIT_WORD.match(text)) else ""


_BRAND_WORDS = 3
# A credit's label before a mark names no brand: "Foto © 2025 Example GmbH".
_CREDIT_WORD = re.compile(
    r"^(?:foto|fotos|photo|photos|bild|bilder|image|images|picture|grafik|graphic|"
    r"illustration|video|karte|map|text|quelle|source|copyrights?|rights|фото|иллюстрация|"
    r"видео|источник)\b",
    re.I,
)


# English function words inside a name ("The Times of Central Asia", "Voice of America").
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "in", "on"})


def _most_words(words: list[str]) -> int:
    """How long a name may be: four words, five with a small word inside and the others
    capitalised ("Carnegie Endowment for International Peace", "The Times of Central
    Asia"); a body's name joining its words with more small words one more each
    ("Securities and Exchange Board of India", "Bank for Reconstruction and Development"),
    up to seven; a tagline ("Papers on trade and transport") is no name."""
    small = [w.lower() in _SMALL_WORDS for w in words]
    titled = all(w[:1].isupper() for w, s in zip(words, small, strict=True) if not s)
    return min(7, 4 + sum(small[1:-1])) if titled else 4


def small_words_lowered(name: str) -> str:
    """A name set in title case with its small words in lower case, as the outlet writes
    it in running text: "The Times Of Central Asia" → "The Times of Central Asia"."""
    words = name.split(" ")
    return " ".join(
        w.lower() if 0 < i < len(words) - 1 and w.lower() in _SMALL_WORDS else w
        for i, w in enumerate(words)
    )


# A publisher's name that describes a company or the printed paper rather than the brand:
# "The Peninsula Newspaper", "Example Media Holdings", "Example Group".
_COMPANY_END = re.compile(r"\s(?:newspapers?|group|holdings?|company|medien|media)$", re.IGNORECASE)


def is_company_name(name: str) -> bool:
    """Whether `name` reads as the company that publishes an outlet ("Nordkurier
    Mediengruppe GmbH & Co. KG", "ООО «Пример»", "The Peninsula Newspaper"), which a page
    names as publisher beside the outlet's own brand."""
    name = " ".join(name.split())
    return bool(
        _LEGAL_WORDS.search(name) or _COMPANY_TAIL.search(name) or _COMPANY_END.search(name)
    )


def site_from_footer(lines: list[str], last: int = 12) -> str:
    """The owner named by a copyright notice among the last lines of a paste."""
    return _footer_notice(lines, last)[0]


# The heading over the outlet's other stories under the text: "More from The Courier",
# "Mehr vom Example Kurier", "Ещё от Example Газеты"; a press word tells the outlet from a
# desk ("More from Politics").
_MORE_FROM = re.compile(
    r"^(?:more (?:stories )?from|mehr (?:vo[nm]|aus de[rm])|ещ[её] от)\s+(?P<name>\w.{1,40})$",
    re.IGNORECASE,
)


def site_from_more_from(lines: list[str], last: int = 12) -> str:
    """The outlet named by the heading of its other stories among the last lines."""
    for line in reversed(lines[-last:]):
        m = _MORE_FROM.match(line.strip())
        if m and _PRESS_NAME.search(m["name"]) and len(m["name"].split()) <= 5:
            return m["name"].rstrip(" :")
    return ""


# A release's contact box naming its issuer: "Pressestelle: Example Staatskanzlei",
# "Press office: Example Ministry", "Пресс-служба: Министерство …".
_PRESS_OFFICE_LABEL = re.compile(
    r"^(?:pressestelle|herausgeber(?:in)?|press office|media office|пресс-служба)\s*:\s*"
    # the office's telephone after the label ("Pressestelle: Tel. +43 …") names no issuer
    r"(?!(?:tel|telefon|phone|fax|mobil|mobile|тел|телефон)\b)"
    r"(?P<name>[^\W\d_][^:|@]{3,80})$",
    re.IGNORECASE,
)


# "Pressekontakt: Example Ministry, Pressestelle, Street 1": the issuer, then its press office.
_PRESS_CONTACT = re.compile(
    r"^(?:pressekontakt|press contact|media contact|контакты для сми)\s*:\s*"
    r"(?P<name>[^\W\d_][^,:|@]{3,80}),\s*"
    r"(?:pressestelle|pressereferat|press office|media office|пресс-служба)\b",
    re.IGNORECASE,
)


# A press office signing under the text with its body's name in the genitive: "Пресс-служба
# Министерства водных ресурсов …", "Pressestelle des Bundesministeriums für Bildung", "Press
# Office of the Ministry of Finance"; the words after the body's head noun are kept.
PRESS_OFFICE_OF = re.compile(
    r"^(?i:пресс-служба|пресс-центр|пресс-секретарь|pressestelle|press office|media office)"
    r"(?:\s+(?i:of the|of|des|der))?\s+(?P<head>\S+)\s+(?P<rest>[^.!?:]{3,160})$"
)


def _signed_body(lines: list[str], last: int, head: int = 12) -> str:
    """The state body a portal's header names ("Министерство X" atop the page) when its
    press office signs the text under the same words ("Пресс-служба Министерства X"): the
    header spells the name in the nominative, the sign-off in the genitive."""
    for line in lines[-last:]:
        m = PRESS_OFFICE_OF.match(line.strip())
        if not m or len(m["rest"].split()) > 20:
            continue
        rest = m["rest"].strip().lower()
        signed = [m["head"], *m["rest"].split()]
        for top in lines[:head]:
            top = top.strip()
            words = top.split(None, 1)
            if top.isupper() and _same_stems(top.split(), signed):
                # "EXAMPLE REGIONAL COURT" atop, "Press secretary of the Example regional
                # court" under the text (Russian: the genitive): the name in the sign-off's case
                return " ".join(
                    t.capitalize() if s[:1].isupper() else t.lower()
                    for t, s in zip(top.split(), signed, strict=True)
                )
            if len(words) == 2 and words[1].lower() == rest and top[:1].isupper():
                return top
    return ""


def _same_stems(words: list[str], other: list[str]) -> bool:
    """Whether two names have the same words but for their endings ("областной суд",
    "областного суда"): a Russian name in another case."""
    if len(words) != len(other) or len(words) < 2:
        return False
    for a, b in zip(words, other, strict=True):
        a, b = a.lower(), b.lower()
        n = min(4, len(a), len(b))
        if n < 3 or a[:n] != b[:n]:
            return False
    return True


def site_from_press_office(lines: list[str], last: int = 16) -> str:
    """The issuer a release's contact box names by its press-office label among the last
    lines: a state body's page states its name there, not in a copyright notice; or the
    body a contact line names before its press office (a person's name never stands so);
    or the body a header names whose press office signs under the text."""
    foot = lines[-last:]
    for k, line in enumerate(foot):
        m = _PRESS_OFFICE_LABEL.match(line.strip()) or _PRESS_CONTACT.match(line.strip())
        if m and 1 <= len(m["name"].split()) <= 8 and m["name"][:1].isupper():
            return m["name"].strip()
        if name := imprint_issuer(foot, k):
            return name
    return _signed_body(lines, last)


def imprint_issuer(lines: list[str], i: int) -> str:
    """The public body an imprint's heading alone on line `i` names on the next line
    ("Herausgeber" over "Ministerium für … Example-Land"), else "": the release's issuer.
    A paper's publisher (a company) or a person under such a heading names no issuer."""
    line = lines[i]
    if len(line) > 24 or i + 1 >= len(lines) or not _IMPRINT_HEADING.match(line.strip()):
        return ""
    name = lines[i + 1].strip()
    if _INNER_UNIT.match(name):
        return ""  # "Communications Department": the body's office, the body named below
    return name if len(name.split()) <= _BODY_WORDS and is_public_body(name) else ""


# An imprint's heading alone on its line over the issuing body's name: "Herausgeber",
# "Herausgeberin:", "Publisher:", "Издатель" ("Issued by:" is the header's label, read by
# site_from_issuer_label with the body's office under it).
_IMPRINT_HEADING = re.compile(
    r"^(?:herausgeber(?:in)?|herausgegeben von|publisher|издатель)\s*:?$", re.IGNORECASE
)


# The issuer's label in a government page's meta rows: "From:" over "Example Ministry",
# "Issued by: Example Authority", "Herausgeber: Example Landesamt".
_ISSUER_LABEL = re.compile(
    r"^(?:from|issued by|published by|herausgeber(?:in)?|herausgegeben von)\s*:\s*(?P<name>.*)$",
    re.IGNORECASE,
)
_ISSUER_SPAN = 30  # the header's lines where the meta rows stand


def site_from_issuer_label(lines: list[str]) -> str:
    """The public body a page's meta rows name as the issuer by a label ("From:" with the
    name beside it or on the next line), among the first lines; a person is never taken
    (only a body's name counts: "From: Jane Doe" is an e-mail's sender)."""
    head = lines[:_ISSUER_SPAN]
    for i, line in enumerate(head):
        if ":" not in line or len(line) > 100:
            continue
        m = _ISSUER_LABEL.match(line.strip())
        if not m:
            continue
        name = m["name"].strip() or (head[i + 1].strip() if i + 1 < len(head) else "")
        below = head[i + 2].strip() if not m["name"].strip() and i + 2 < len(head) else ""
        if _INNER_UNIT.match(name) and 1 <= len(below.split()) <= _BODY_WORDS:
            # "Issued by:" / "Communications Department" / "Example Bank": the body's own
            # office over the body, which is the issuer
            name = below if is_public_body(below) or _inner_unit_of(below) else name
        if 1 <= len(name.split()) <= _BODY_WORDS and is_public_body(name):
            return name
    return ""


# A body's own office that signs for it, named by its task alone ("Communications
# Department", "Press and Public Relations Office", "Abteilung Kommunikation", "Управление
# информационной политики"): the body whose office it is is the issuer.
_INNER_UNIT = re.compile(
    r"^(?i:(?:(?:corporate |public |strategic )?communications?|press|media|public (?:relations|"
    r"affairs|information)|corporate (?:affairs|communications)|information)"
    r"(?: and [\w ]{3,30})? (?:department|office|unit|division|directorate|section|team)|"
    r"(?:abteilung|referat|stabsstelle) (?:kommunikation|presse|öffentlichkeitsarbeit)[\w ]*|"
    r"(?:presse|kommunikation)s?(?:stelle|abteilung|referat)|"
    r"(?:управление|отдел|департамент|служба) (?:по )?(?:информационной политики|"
    r"общественных связей|связей с общественностью|коммуникаций)[\w ]*)$"
)


def _inner_unit_of(name: str) -> bool:
    """A name printed under its office that reads as a body by its kind's word ('Bank of
    Example', 'Example Authority'), though is_public_body knows no word for it."""
    return bool(_BODY_END.search(name)) and not _PRESS_NAME.search(name)


_BODY_END = re.compile(
    r"\b(?:Bank|Authority|Agency|Commission|Council|Board|Ministry|University|Institute|"
    r"Office|Service|Bundesbank|Nationalbank|Zentralbank|Anstalt|Amt|Банк|Банка)\b"
)


def owner_is_company(lines: list[str], last: int = 12) -> bool:
    """Whether the footer's copyright notice names a company ("© Nikkei Inc.", "© 2025
    Ringier Medien Schweiz AG"), or a media group by its name alone ("© 2025 Example
    Media", "© Example Newspapers"), rather than a brand ("© SWR 2025")."""
    owner, notice = _footer_notice(lines, last)
    return bool(_LEGAL_WORDS.search(notice) or (owner and _COMPANY_END.search(owner)))


def _footer_notice(lines: list[str], last: int) -> tuple[str, str]:
    for line in reversed(lines[-last:]):
        if name := copyright_owner(line):
            return name, line
    for line in reversed(lines[-last:]):
        if name := stated_owner(line) or permission_owner(line):
            return name, line
    return "", ""


# A rights line naming whose permission a copy needs, no ©: "Vervielfältigung nur mit
# Genehmigung der Example-Gruppe", "Reproduction only with the written permission of
# Example Media Group". Why: the publisher names itself so in the footer.
_PERMISSION_OWNER = re.compile(
    r"\b(?i:(?:nur|ausschließlich) mit (?:der )?(?:vorherigen |ausdrücklichen )?"
    r"(?:schriftlichen )?(?:genehmigung|zustimmung|erlaubnis) (?:der|des|von)|"
    r"(?:only )?with(?:out)? (?:the )?(?:prior )?(?:express )?(?:written )?"
    r"(?:permission|consent) (?:of|from))\s+(?:the\s+)?"
    r"(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?: [A-ZÄÖÜ&][\w.&'’-]*){0,3})\.?$"
)
# What the permission is for: copying the page's content (a text's own "only with the
# permission of the Ministry" is about something else).
_COPYING = re.compile(
    r"vervielfältigung|nachdruck|weiterverbreitung|verbreitung|reproduction|reproduced|"
    r"republication|republished|reprint|redistribution|copying|copied",
    re.IGNORECASE,
)
# The group's or the publisher's word joined to the brand: "Example-Gruppe", "Example Group".
_GROUP_WORD = re.compile(
    r"[ -](?:gruppe|verlagsgruppe|mediengruppe|verlag|group|holding)$", re.IGNORECASE
)


def permission_owner(line: str) -> str:
    """The brand a rights line names as whose permission a copy needs ('… nur mit
    Genehmigung der Example-Gruppe' -> 'Example'), else ''. Why: some footers print no ©."""
    if len(line) > 240 or not (
        "enehmigung" in line
        or "ermission" in line
        or "onsent" in line
        or "ustimmung" in line
        or "rlaubnis" in line
    ):
        return ""
    m = _PERMISSION_OWNER.search(line.strip())
    if not m or not (_RIGHTS.search(line) or _COPYING.search(line)):
        return ""
    name = _GROUP_WORD.sub("", m["name"].rstrip(".")).strip()
    return name if name and not _LEGAL_WORDS.fullmatch(name) else ""


# A public site's footer stating whose it is in words, no ©: "Content owned by Example
# Ministry, Government of X", "This is the official website of the Example Embassy in X.",
# "Website maintained by the Example Council", "Официальный сайт Министерства X".
_STATED_OWNER = re.compile(
    r"^(?:this is )?(?:the )?(?:(?:content|website|site|portal|page)s? (?:is |are )?"
    r"(?:owned|maintained|managed|published|provided) by|"
    r"official (?:web ?site|portal|homepage) of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^,;:()]{2,80}?)(?:[,;:(]|(?<!(?-i:[.\s][A-Z]))\.(?:\s|$)|$)",
    re.IGNORECASE,
)


def stated_owner(line: str) -> str:
    """The body a footer names as the site's owner in words ('Content owned by Example
    Ministry, Government of X' -> 'Example Ministry'), else ''. Why: a government site
    prints no copyright notice; its footer says whose content it is instead."""
    line = line.strip()
    if len(line) > 240 or not (
        "owned" in line
        or "official" in line.lower()
        or "maintained" in line
        or "managed" in line
        or "provided" in line
        or "published" in line
    ):
        return ""
    m = _STATED_OWNER.match(line)
    if not m:
        return ""
    name = m["name"].strip()
    return name if name[:1].isupper() and 1 <= len(name.split()) <= 10 else ""


# "taz. die tageszeitung": a logo's name, a full stop, then its motto in lower case.
_TAGLINE = re.compile(r"\.\s+[a-zäöüа-яё].*$")


# A site named by its host ("NEWS.am", "Zakon.kz", "Lenta.ru"): one word, a dot, a domain.
_HOST_NAME = re.compile(r"^[^\W_][\w-]{1,30}\.[a-zA-Z]{2,6}$")
_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—•-]|::)\s+(?P<site>[^|–—•]{2,40})$")


def site_from_title(html_title: str, headline: str = "") -> str:
    """The site in a <title> suffix ("Казахстан ограничил … - Zakon.kz" → "Zakon.kz"),
    when what stands before it is the headline (or there is no headline to compare)."""
    if headline and _same_text(html_title, headline):
        return ""  # the headline whole ("Head – Baustart im Frühjahr"): no site after it
    prefix, sep, rest = html_title.partition(" | ")
    if sep and headline and " ".join(rest.split()).lower() == " ".join(headline.split()).lower():
        # "Site | Headline": the site's name first
        site = prefix.strip()
        return site if 0 < len(site.split()) <= 4 and site[:1].isalnum() else ""
    prefix, sep, rest = html_title.partition(": ")
    if sep and headline and " ".join(rest.split()).lower() == " ".join(headline.split()).lower():
        # "NEWS.am: Headline": a host-shaped name before the colon (a word there is the
        # kicker: "Niedersachsen: Headline")
        return prefix.strip() if _HOST_NAME.match(prefix.strip()) else ""
    parts = html_title.split(" / ")
    if headline and 2 <= len(parts) <= 3 and _same_text(parts[0], headline):
        # "Headline / Новости / ИА «Пример»": slashes part the headline, its rubric, the site
        site = brand_name(parts[-1])  # "ИА «Пример»": the agency's brand in its quotes
        return site if 0 < len(site.split()) <= 4 and site[:1].isalnum() else ""
    m = _TITLE_SUFFIX.search(html_title)
    if (
        headline
        and (not m or len(m["site"].split()) > 4)
        and (site := _site_before_motto(html_title, headline))
    ):
        return site
    if not m:
        return ""
    site = m["site"].strip()
    dated, _, rest = site.rpartition(" - ")
    if dated and not is_only_date(dated):
        return ""  # "Headline - Author - Site": not the site alone
    if dated:
        site = rest.strip()  # "Headline - 17 июля 2025 - Фонтанка.Ру": a date before the name
    if len(site.split()) > 4 or not site[:1].isalnum():
        return ""
    head = " ".join(html_title[: m.start()].split()).lower()
    whole = " ".join(headline.split()).lower()
    # or the headline's first part, cut at its colon or dash ("Head | Site" of "Head: more")
    cut = bool(head) and whole.startswith(head) and whole[len(head) :].lstrip()[:1] in ":–—-,"
    sep = html_title[m.start() :].split()[0]
    if headline and head != whole and not cut and not _rubric_after(head, whole, sep):
        return ""
    return _without_own_abbr(site)


#: the separators a <title> sets between the headline and the site's name ("Headline - Site")
TITLE_SEPARATORS = (" - ", " | ", " – ", " — ")


def title_after(title: str, head: str) -> str | None:
    """What a <title> says after it opens with the headline and a separator, from the
    separator on ("Headline - Site - motto": " - Site - motto"); None where it does not
    open so. Both with their spaces tidied; case is not compared. Each caller sets its own
    bounds (the headline's length, what follows)."""
    n = len(head)
    if title[n : n + 3] not in TITLE_SEPARATORS or title[:n].lower() != head.lower():
        return None
    return title[n:]


def _site_before_motto(html_title: str, headline: str) -> str:
    """The site in "Headline - Site - motto, keywords, keywords": the <title> opens with the
    headline and its separator, then a short name, the same separator and a motto of three
    words or more (an SEO template's taglines after the outlet's name)."""
    rest = title_after(" ".join(html_title.split()), " ".join(headline.split()))
    if rest is None or len(rest) <= 3:
        return ""
    sep = rest[:3]
    if sep not in rest[3:]:
        return ""
    name, _, motto = rest[3:].partition(sep)
    name = name.strip()
    if not 0 < len(name.split()) <= 4 or not name[:1].isalnum() or len(motto.split()) < 3:
        return ""
    if any(w[:1].islower() and len(w) > 3 for w in name.split()[1:]):
        return ""  # "Mayor says the plan": a sentence, no name ("Times of India" is one)
    return name if without_motto(f"{name}{sep}{motto}") == name else ""


_RUBRIC_PART = re.compile(r"^\s[–—|-]\s(?P<rubric>[^|–—]{2,30})$")


def _rubric_after(head: str, headline: str, sep: str) -> bool:
    """Whether the <title>'s part before the site is the headline and a rubric of one to
    three words parted by the site's own separator ("Headline – Kollektivverträge – Site"):
    the CMS files the page under its section between the two. (Another separator before
    the last part, "Headline - Site — Politics", puts the rubric last.)"""
    if not headline or not head.startswith(headline):
        return False
    m = _RUBRIC_PART.match(head[len(headline) :])
    if not m or head[len(headline) + 1] != sep:
        return False
    return len(m["rubric"].split()) <= 3 and m["rubric"][:1].isalnum()


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).lower() == " ".join(b.split()).lower()


# "Oesterreichische Nationalbank (OeNB)": the name, then its short form in brackets.
_NAME_ABBR = re.compile(r"^(?P<name>\w.{3,60}?)\s+\((?P<abbr>[A-ZÄÖÜ][\w.]{1,7})\)$")


def _without_own_abbr(site: str) -> str:
    """The name without its own abbreviation after it: the bracketed short form spells
    the name's initials in order, a compound's parts too ("OeNB", "EZB", "BfR")."""
    m = _NAME_ABBR.match(site)
    if not m or sum(c.isupper() for c in m["abbr"]) < 2:
        return site
    name, abbr = m["name"].lower(), m["abbr"].lower().replace(".", "")
    if abbr[0] != name[0] or any(w[0].lower() not in abbr for w in m["name"].split()[1:]):
        return site
    at = 0
    for c in abbr:  # the short form's letters in the name, in order
        at = name.find(c, at) + 1
        if not at:
            return site
    return m["name"]


# "Al-Monitor: The Middle East's leading independent news source", "Kyiv Post – Ukraine's
# Global Voice": a name, then a colon or spaced dash, then a motto of several words.
_NAME_THEN_MOTTO = re.compile(r"^(?P<name>[^:|–—]{2,40}?)(?::|\s[|–—-])\s+(?P<motto>.+)$")


# A motto set in title case that describes the site: "Zambia's Leading Online News Site",
# "Your Source For Local News", "Das Nachrichtenportal Der Region", "Новости Региона".
_SITE_MOTTO = re.compile(
    r"['’]s (?:\w+ ){0,3}(?:leading|number one|no\. ?1|favou?rite|premier|largest|biggest|first|"
    r"most)\b|\b(?:news (?:site|website|portal|source|platform)|online news|your source|"
    r"nachrichtenportal|nachrichtenseite|новостной (?:портал|сайт)|информационный портал)\b",
    re.IGNORECASE,
)


def reads_as_motto(text: str) -> bool:
    """Whether a logo's words are a motto, not a name: three words or more, two after the
    first in small letters ("Journalismus von links", "News without borders", "Новости без
    цензуры"; a name's small words are one particle, "The Times of India", or a letter,
    "Аргументы и факты"), or words that describe a news site ("Das Nachrichtenportal")."""
    words = text.split()
    if len(words) < 3:
        return False
    small = sum(1 for w in words[1:] if w[:1].islower() and len(w) > 2)
    return small >= 2 or bool(_SITE_MOTTO.search(text))


def without_motto(site: str) -> str:
    """A stated site name without the motto after it: the name is short, the motto runs to
    three words or more, at least one in lower case (a sentence, not a second name), or in
    title case when it describes a news site ("Zambia's Leading Online News Site"); a
    two-word motto after a one-word name too ("Example - Total regional"), when its small
    word is a plain word, not a host ("dw.com")."""
    m = _NAME_THEN_MOTTO.match(" ".join(site.split()))
    if not m:
        return site
    name, motto = m["name"].strip(), m["motto"].split()
    small = [w for w in motto if w[:1].islower()]
    # (a motto's closing full stop is no host's dot: "Example.co.zm - Zambia news.")
    short = (
        len(motto) == 2
        and len(name.split()) == 1
        and all(w.removesuffix(".").isalpha() for w in small)
    )
    if len(name.split()) > 4 or (len(motto) < 3 and not short):
        return site
    if not small and not _SITE_MOTTO.search(m["motto"]):
        return site
    return name


# What a source's name never carries: a qualifier in brackets after it ("New Era
# (Windhoek)", "UzNews (uznews.uz)", "Kun.uz (English edition)") or the kind of document it
# issued ("Example Networks Media Release", "Stadtwerke X Pressemitteilung").
_SOURCE_QUALIFIER = re.compile(r"\s*\([^()]{1,40}\)$")
_DOCUMENT_LABEL = re.compile(
    r"\s+(?:(?:media|press|news)\s+release|press\s+statement|"
    r"pressemitteilung|presseinformation|medienmitteilung|medieninformation|"
    r"пресс-релиз|пресс-сообщение)$",
    re.IGNORECASE,
)


# A press office's label before its body's name, where the name stays as the body writes
# it: an acronym or a contracted ministry ('Пресс-служба МЧС России', 'Пресс-служба
# Минприроды России'; 'Пресс-служба Министерства …' is declined and stays), 'Press office of
# X', 'X Press Office'.
_OFFICE_BEFORE = re.compile(
    r"^(?i:пресс-служба|пресс-центр)\s+(?=[A-ZА-ЯЁ]{2,}\b|Мин(?!истерств)[а-яё]+\b)|"
    r"^(?i:(?:the )?(?:press|media) office of (?:the )?)(?=[A-Z])"
)
_OFFICE_AFTER = re.compile(r"(?<=\w) (?:press|media) office$", re.I)


# A site line naming the host, then the paper: "example.de – Example Zeitung".
_HOST_THEN_NAME = re.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s+[–—|-]\s+(?P<name>\D{3,60})$"
)


# A section's generic label after the site's name in a <title> or a site line ("Court |
# Новости", "Office - Pressemitteilungen", "Example Grid | Newsroom"): the CMS titles every
# page of the desk so.
DESK_LABEL = re.compile(
    r"^(?:news|newsroom|press|press releases?|media|media centre|media center|latest news|"
    r"aktuelles|aktuelle meldungen|nachrichten|neuigkeiten|presse|pressemitteilungen|"
    r"pressemeldungen|presseinformationen|medien|mediencenter|"
    r"новости|пресс-релизы|пресс-центр|пресс-служба|события|анонсы)$",
    re.IGNORECASE,
)


def plain_source(name: str, lines: Sequence[str] = ()) -> str:
    """The source's name without a bracketed place, domain or edition after it and without
    the label of the document it issued or of the press office that signs for it; as given
    when nothing of its own would be left. A site line's host before the paper's name
    ('example.de – Example Zeitung') is its address, no part of the name. The logo's
    letters before the name they spell go when the page (`lines`, if given) prints the
    name without them too; a page that writes its name with its letters everywhere ('ABC –
    Alpha Beta Courier' in the masthead and the footer's site line) keeps them."""
    if "." in name[:40] and (m := _HOST_THEN_NAME.match(name)):
        name = m["name"].strip()
    if name[:1] in "ПпPpTt" and (m := _OFFICE_BEFORE.match(name)) and name[m.end() :].strip():
        name = name[m.end() :]
    elif name[-6:].lower() == "office" and (m := _OFFICE_AFTER.search(name)):
        name = name[: m.start()]
    if ")" in name[-1:]:
        name = _SOURCE_QUALIFIER.sub("", name) or name
    if " " in name and (m := _DOCUMENT_LABEL.search(name)) and m.start() > 1:
        name = name[: m.start()]
    if (
        name[:1].isupper()
        and (m := _ACRONYM_THEN_NAME.match(name))
        and _spelt(m["short"], m["name"])
        and (not lines or any(m["name"] in ln and m["short"] not in ln for ln in lines))
    ):
        name = m["name"]  # 'ZVW – Zeitungsverlag Waiblingen': the logo's letters, then the name
    if " | " in name:
        head, _, label = name.rpartition(" | ")
        if head.strip() and DESK_LABEL.match(label.strip()):
            name = head.strip()  # "Example Grid | Newsroom": the site line names the desk
    if "&" in name and lines and _AMPERSAND_INITIALS.match(name):
        name = _ampersand_spelt(name, lines) or name
    return name


# A trade paper's initials joined by an ampersand, as its credit gives them ('(E&M)', 'B&F').
_AMPERSAND_INITIALS = re.compile(r"^[A-ZÄÖÜ]{1,2}&[A-ZÄÖÜ]{1,2}$")
_NOTICE_SPAN = 12  # the notice stands among the page's last lines


def _ampersand_spelt(short: str, lines: Sequence[str]) -> str:
    """The name a copyright notice spells ampersand initials out with ('E&M' in '©
    Example & Media Verlag GmbH' -> 'Example & Media'), else ''. Why: the credit's
    initials are the paper's short name; the notice prints its name (the publisher's kind
    after it is no part of it)."""

    def words(letters: str) -> str:
        return " ".join(rf"{re.escape(c)}[\w-]+" for c in letters)

    left, right = short.split("&")
    pattern = re.compile(rf"(?<!\w)({words(left)} & {words(right)})(?!\w)")
    for line in lines[-_NOTICE_SPAN:]:
        noticed = "©" in line or "(c)" in line.lower() or "copyright" in line.lower()
        if noticed and (m := pattern.search(line)):
            return m[1]
    return ""


# A logo's letters before the name they stand for: "ABC – Alpha Beta Courier".
_ACRONYM_THEN_NAME = re.compile(
    r"^(?P<short>[A-ZÄÖÜА-ЯЁ]{2,6})\s+[–—-]\s+(?P<name>[^\W\d_][^\s–—|·]*(?: [^\s–—|·]+){1,5})$"
)


def _spelt(short: str, name: str) -> bool:
    """Whether a name spells out the letters before it: the first letters the same, every
    word's capital among the letters, the letters in order in the name's."""
    letters = short.lower()
    rest = iter(name.lower())
    capitals = [w[0].lower() for w in name.split() if w[:1].isupper()]
    return (
        letters[0] == name[0].lower()
        and all(c in letters for c in capitals)
        and all(c in rest for c in letters)
    )


def spelled_as_in_title(site: str, html_title: str) -> str:
    """A lower-case og:site_name or host ("euronews", "fontanka.ru") as the <title> spells
    it ("… | Euronews", "… - Фонтанка.Ру"): the metadata field is often a slug, the title
    is written for readers."""
    shown = site_from_title(html_title)
    if site.islower() and site.lower() in (shown.lower(), latin_name(shown).lower()):
        return shown
    # "The East African" over "… | The EastAfrican": the title prints the brand's words
    # run together as its logo does, the metadata field spaces them out
    if shown.count(" ") < site.count(" ") and _unspaced(shown) == _unspaced(site):
        return shown
    return site


def title_spelling_of_capitals(site: str, html_title: str) -> str:
    """A Cyrillic logo set in capitals ("ПРИМЕРНОВОСТИ") that the <title> prints in the case
    of its name ("Примерновости — …"): the title's spelling, which transliterates in Title
    Case as the archive writes such names ("Primernovosti", not "PRIMERNOVOSTI"); else
    `site`. A title in capitals too keeps the capitals (an acronym, "ТАСС"). A Latin
    masthead in capitals is kept as printed (a convention: "EXAMPLE" may be an acronym)."""
    letters = [c for c in site if c.isalpha()]
    if len(letters) < 5 or not all(c.isupper() for c in letters) or not has_cyrillic(site):
        return site
    if not html_title:
        return site
    m = re.search(rf"(?<!\w){re.escape(site)}(?!\w)", html_title, re.IGNORECASE)
    return m[0] if m and not m[0].isupper() else site


def _unspaced(name: str) -> str:
    return "".join(name.split()).lower()


# The logo link's label: "SRF Startseite", "Example News Home"; an image's alt text
# pasted with it: "NDR Logo".
_HOME_LABEL = re.compile(
    r"\s+(?:startseite|homepage|home|главная(?: страница)?|logo|логотип)$", re.IGNORECASE
)
# Words of a newspaper's or broadcaster's own name ("The Straits Times", "AP News",
# "Tages-Anzeiger", "Augsburger Allgemeine", "Ведомости").
_PRESS_NAME = re.compile(
    r"\b(?:times|post|news|weekly|zeitung|tribune|herald|journal|gazette|daily|online|radio|tv|"
    r"anzeiger|rundschau|kurier|allgemeine|tagblatt|abendblatt|morgenpost|presse|echo|bote|"
    r"observer|guardian|independent|chronicle|telegraph|standard|mirror|courier|express|"
    # a radio station's band: "Example FM", "Радио Пример FM"
    r"fm|"
    r"газета|новости|радио|ведомости|известия|вестник|правда|курьер)\b"
    # German compounds: "Handelszeitung", "Tiroler Tageszeitung", "Hamburger Wochenblatt"
    r"|\w(?:zeitung|blatt|anzeiger|rundschau|kurier|nachrichten)\b",
    re.IGNORECASE,
)


def is_press_name(name: str) -> bool:
    """Whether a name holds a newspaper's or broadcaster's word ('Daily Herald', 'Kurier')."""
    return bool(_PRESS_NAME.search(name))


# a paper's name in one German compound ending in "-post" or "-bote": "Tagespost", "Landbote"
_PAPER_COMPOUND = re.compile(r"\w(?:post|bote)\b", re.IGNORECASE)


def is_paper_name(name: str) -> bool:
    """Whether a name is a paper's, its word maybe the end of a compound ('Example Tagespost',
    'Der Landbote'): a running head's or a stamp's part that names no person."""
    return is_press_name(name) or bool(_PAPER_COMPOUND.search(name))


# The lines a logo may stand on at the top of a paste (chrome lines above it passed over:
# screen-reader links, a consent banner's heading and buttons).
_MASTHEAD_LINES = 8


# The logo link's label spelled out: "The Guardian - Back to home", "Example Zeitung –
# zurück zur Startseite", "Пример — на главную".
_BACK_HOME = re.compile(
    r"^(?P<name>\w.{1,40}?)\s*(?:[-–—|:]\s*)?(?:back to (?:the )?home(?:page)?|"
    r"(?:zurück )?zur startseite|на главную(?: страницу)?)$",
    re.IGNORECASE,
)
_BACK_HOME_LINES = 15


def _back_home_logo(lines: list[str]) -> str:
    """The logo named by its link's label "… - Back to home" among the first lines (under
    a donation box and sign-in links, below where a logo is otherwise looked for)."""
    for line in lines[:_BACK_HOME_LINES]:
        if len(line.split()) <= 10 and (m := _BACK_HOME.match(line.strip())):
            return brand_name(m["name"])
    return ""


# A one-word logo set with a full stop ("example."): a wordmark, not a sentence.
_DOTTED_LOGO = re.compile(r"^[^\W\d_][\w-]{2,20}\.$")


def _echoed(name: str, below: Iterable[str]) -> bool:
    """Whether the logo's name recurs inside other lines under the headline ("Фото: Name /
    V1.RU", "Volksstimme-Newsletter: …"): the page naming itself, not a menu word."""
    return bool(_echo(name, below))


def _signs_story(name: str, below: list[str]) -> bool:
    """Whether the logo's name stands alone as the byline beside the story's stamp under
    the headline ("EXAMPLE1" over "07.12.2025 • 14:28 Uhr"): the outlet signs its story."""
    for i, line in enumerate(below[:4]):
        if line.strip() == name and any(is_only_date(b) for b in below[max(i - 1, 0) : i + 2]):
            return True
    return False


def _echo(name: str, below: Iterable[str]) -> str:
    """The logo's name as a line under the headline prints it, or '': a logo set in
    capitals ("EXAMPLE") is echoed in its own case too ("Folgen Sie Example auf …")."""
    flags = re.IGNORECASE if name.isupper() and len(name) > 3 else 0
    word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", flags)
    for line in below:
        if line.strip() != name and (m := word.search(line)):
            return m[0]
    return ""


# The separators of a breadcrumb trail: "Startseite › Lokales › Chemnitz", "Canada > B.C.".
_TRAIL_SEP = re.compile(r"\s(?:›|»|>|→|⇒|⟩|/)\s")


def is_trail(line: str) -> bool:
    """Whether `line` is a breadcrumb trail of two levels or more."""
    return len(_TRAIL_SEP.split(line)) > 1 and len(line.split()) <= 12


def _trail_levels(lines: Iterable[str]) -> set[str]:
    """The levels of the breadcrumb trails among `lines`, in lower case; a first crumb
    that is an abbreviation ("BR24 › Wirtschaft") is the site's own name, no level."""
    levels: set[str] = set()
    for line in lines:
        if len(parts := [p.strip() for p in _TRAIL_SEP.split(line)]) > 1:
            plain = parts[0][1:].islower() and parts[0][1:].isalpha()
            levels.update(p.lower() for p in (parts if plain else parts[1:]))
    return levels


# A phone page's top bar: the menu's icon, the logo's text, then the search's or the
# account's icons ("☰  EXAMPLE GAZETTE  🔍", "≡ Example News ⋮").
_APP_BAR = re.compile(
    r"^(?:☰|≡|⋮)\s+(?P<name>[^\W\d_][^.!?:|]{0,38}?)(?:\s+(?:🔍|🔎|⌕|⋮|👤|🔔))*$"
)
_BAR_WORDS = frozenset({"menu", "menü", "меню", "search", "suche", "поиск", "navigation"})


def app_bar_logo(line: str) -> str:
    """The logo's text between a phone page's menu icon and its search icon, or ''."""
    m = _APP_BAR.match(line.strip()) if line[:1] in "☰≡⋮" else None
    if not m or not 1 <= len(words := m["name"].split()) <= 5:
        return ""
    return "" if any(w.lower() in _BAR_WORDS for w in words) else m["name"].strip()


def _masthead(
    lines: list[str], is_chrome: Callable[[str], bool], owner: str = "", echo: Iterable[str] = ()
) -> tuple[str, bool]:
    """The logo text and whether the page itself marks it as its name: a link to the home
    page ("SRF Startseite") or a switcher of sister brands under it ("Deutschlandfunk",
    "Deutschlandfunk Kultur", "Deutschlandfunk Nova"). The first line that is no chrome
    among the first few: screen-reader links ("Skip to main content", "Accessibility
    links") may stand over the logo; a logo link labelled "Back to home" is marked
    wherever it stands in the header."""
    if name := _back_home_logo(lines):
        return name, True
    for i, line in enumerate(lines[:_MASTHEAD_LINES]):
        if bar := app_bar_logo(line):
            return unshouted(brand_name(bar)), True  # the phone page's top bar marks its logo
        host, dash, _ = line.partition(" - ")
        # "Example.de - motto" over "© Example Media GmbH": the logo, whatever its motto reads as
        owned_host = bool(dash) and bool(_HOST_LOGO.match(host)) and _owner_begins(owner, host)
        if is_chrome(line) and not owned_host:
            continue
        if _SHOP_LINK.match(line.strip()):
            continue  # "Example-Shop" over the logo: the top bar's link to the shop
        under_parent = i > 0 and _parent_body(lines[i - 1], line)
        if i + 1 < len(lines) and _parent_body(line, lines[i + 1]):
            continue  # "Департамент здравоохранения" over "НИИ X": the body above the logo
        if any(ln.strip().lower() in _MENU_HOME for ln in lines[:i]):
            return "", False  # under the menu's "Home" entry: a menu item, the logo is above
        if _DOTTED_LOGO.match(line):
            line = line.rstrip()[:-1]  # a wordmark with its full stop ("example.")
        head, dash, _ = line.partition(" - ")
        if dash and (_PRESS_NAME.search(head) or _owner_begins(owner, head)):
            line = head  # "Example Times - Kenya's Leading Daily": the logo, then its motto
        elif dash and echo and _echoed(head, echo):
            line = head  # "Example - news of the dairy market" over "Фото: Example": the same
        elif (town := line.partition(" · "))[1] and echo and _echoed(town[0], echo):
            line = town[0]  # "Example · Town": the logo and its edition's town, "Фото: Example"
        words = line.split()
        initialled = False
        if (m := _INITIALS_NAME.match(line)) and _initials(m["name"]) == m["abbr"]:
            words = m["name"].split()  # "WZ – Westdeutsche Example Zeitung": the name's words
        elif (
            m
            and (legal := _LEGAL_FORM_END.sub("", m["name"])) != m["name"]
            and _initials(legal, skip=_NAME_PARTICLES | _SPELLED_SKIP) == m["abbr"]
        ):
            # "BDX – Bundesverband der Deutschen X e.V.": the short form is the brand, the
            # legal name (its particles aside) spells it out
            line = m["abbr"]
            words = [line]
            initialled = True
        # an institution under its parent body: its name in its own case, however long
        most = 8 if under_parent else _most_words(words)
        if not 1 <= len(words) <= most or not line[:1].isalnum() or line.rstrip()[-1:] in ".!?:":
            return "", False
        name = _HOME_LABEL.sub("", line)
        if name.strip().lower() in _trail_levels(lines):
            return "", False  # the first menu item ("Canada" over "Canada › British Columbia")
        below = lines[i + 1 : i + 4]
        if below and _SITE_MOTTO.search(below[0]) and reads_as_motto(below[0]):
            # "Example Derana" / "Sri Lanka's Most Trusted News Source": the motto under the
            # logo says the line over it is the outlet's name, whoever owns it
            return unshouted(brand_name(name)), True
        sisters = sum(b != name and b.startswith(f"{name} ") for b in below)
        # A name with a press word ("ARAB NEWS") needs less chrome under it: an edition
        # switcher ("Edition: English Arabic …") is no menu word.
        # So does the name the copyright owner's begins with ("Rappler" over "© Rappler
        # Holdings Corporation"): the company's brand, not a menu word.
        owned = bool(owner) and owner.lower().startswith(f"{name.lower()} ")
        needed = 1 if _PRESS_NAME.search(name) or owned or initialled or under_parent else 2
        if _HOST_LOGO.match(name.lower()):
            # a host name ("example.de", "EXAMPLE.DE") over the menu names the site, no menu word
            needed = 0
        if echo and _echoed(name, echo):
            needed = 0  # a company's notice under a logo the page names itself by
        if echo and _signs_story(name, list(echo)):
            return unshouted(brand_name(name)), True
        if sum(is_chrome(b) for b in below) + sisters >= needed:
            return unshouted(brand_name(name)), name != line or sisters >= 2
        return "", False
    return "", False


def _parent_body(upper: str, lower: str) -> bool:
    """A state body's name printed over an institution's it runs, both in Cyrillic
    ("Департамент здравоохранения города X" over "НИИ скорой помощи им. Y"): the header
    of a subordinate institution's site, whose own name is the logo."""
    upper, lower = upper.strip(), lower.strip()
    return (
        upper != lower
        and 2 <= len(upper.split()) <= 8
        and 2 <= len(lower.split()) <= 8
        and has_cyrillic(upper)
        and has_cyrillic(lower)
        and is_institution(upper)
        and is_institution(lower)
    )


# A link to the outlet's shop in the top bar: "Example-Shop", "Example Store", "Shop",
# "Магазин": the shop's, never the outlet's name.
_SHOP_LINK = re.compile(r"^(?:\S{1,20}[- ])?(?:shop|store|webshop|onlineshop|магазин)$", re.I)


# The menu's first entry, which the logo stands over, never under.
_MENU_HOME = frozenset({"home", "startseite", "главная", "homepage"})


# A logo that is the site's host name: "example.de", "news.example.com" (one word, a dot,
# a known ending); a menu word never reads so.
_HOST_LOGO = re.compile(r"^[^\W_][\w-]*(?:\.[\w-]+)*\.(?:[a-z]{2}|com|net|org|news|info)$")


# Articles and particles of a name: short, but words, not acronyms ("THE", "DIE", "OF").
_NAME_PARTICLES = {"the", "of", "and", "die", "der", "das", "des", "und", "la", "le", "les", "el",
                   "il", "de", "du", "di", "van", "von"}  # fmt: skip


def unshouted(name: str) -> str:
    """A logo set in capitals in the case of its name: "ARAB NEWS" → "Arab News", "DIE
    RHEINPFALZ" → "Die Rheinpfalz"; an acronym ("KUNA", "BBC NEWS" → "BBC News") stays."""
    words = name.split()
    letters = [c for c in name if c.isalpha()]
    if len(words) < 2 or not letters or not all(c.isupper() for c in letters):
        return name
    return " ".join(
        (w.lower() if i else _capitalized(w))
        # a particle ends no name: a last "DE" is an edition's country ("RT DE"), not "de"
        if w.lower() in _NAME_PARTICLES and i < len(words) - 1
        else w
        if len(w) <= 3 and not _paired_word(words, i)
        else _capitalized(w)
        for i, w in enumerate(words)
    )


# A vowel: a short word in capitals with none ("TV", "SRF") reads as an acronym.
_VOWEL = re.compile(r"[AEIOUYÄÖÜÉÈАЕЁИОУЫЭЮЯ]")


def _paired_word(words: list[str], i: int) -> bool:
    """A short word joined by '&' to a long one is a word as its partner ("WANN & WO" →
    "Wann & Wo"); one without a vowel stays an acronym ("RADIO & TV")."""
    if not _VOWEL.search(words[i]):
        return False
    partners = [
        words[j] for j in (i - 2, i + 2) if 0 <= j < len(words) and words[(i + j) // 2] == "&"
    ]
    return any(len(p) > 3 for p in partners)


def _capitalized(word: str) -> str:
    """A word in capitals capitalised after the quote or bracket it opens with ('"ПРИМЕР"'
    → '"Пример"', where str.capitalize lower-cased every letter of it)."""
    lead = len(word) - len(word.lstrip("\"'«„“‚‘(["))
    return word[:lead] + word[lead:].capitalize()


def site_from_masthead(lines: list[str], is_chrome: Callable[[str], bool]) -> str:
    """The outlet's logo text at the top of a paste ("Nikkei Asia" above "Subscribe",
    "Log in" and the menu): a short name among the first lines, followed by chrome."""
    return _masthead(lines, is_chrome)[0]


def masthead_brand(
    lines: list[str],
    is_chrome: Callable[[str], bool],
    owner: str,
    company: bool = False,
    below: Iterable[str] = (),
) -> str:
    """The logo text when it names the outlet more surely than the copyright `owner`
    ("Copyright 2025 SPH Media Limited" under "The Straits Times", "© Kursiv Media
    Kazakhstan" under "Kursiv"): a company owns several brands, the logo is this one; a
    logo that adds to a `company`'s name ("Nikkei Asia" over "© Nikkei Inc.") too, but
    not one over a notice in the brand's own name ("SWR Aktuell" over "© SWR 2025"). Only
    a masthead that reads as a name counts: the page marks it as such, it has a press word
    ("Times", "News"), or the owner's name starts with it; menus and taglines do not."""
    # under a company's notice, a logo the text below names again is the brand ("V1.RU"
    # over "Фото: Name / V1.RU" and "© ООО «Хёрст Шкулёв Диджитал Регионы»")
    # with no notice at all, a logo the text below names again ("Фото: Example") too
    below = list(below)
    # under a notice in a domain ("© Example.kg"), a logo the text names too ("Фото Example")
    domain = _DOMAIN_END.sub("", owner) != owner
    echo = below if company or not owner or domain else ()
    name, marked = _masthead(lines, is_chrome, owner, echo)
    if name and name.lower() == owner.lower():
        # "Example.at" as logo and notice, "Foto: Example Archiv" in the text: the name
        # without its domain ending as the paper credits its own pictures (a promotion,
        # "example Newsletter: …", is no such credit)
        return _bare_stem(name, [b for b in below if _PICTURE_CREDIT.match(b)])
    if not name:
        return ""
    # "Kursiv" over "Kursiv Media Kazakhstan"; "Nikkei Asia" over "Copyright © Nikkei
    # Inc.": the brand is the owner's name with or without the company's description
    name = _TAGLINE.sub("", name)  # "taz. die tageszeitung": the logo, then its motto
    if name.lower() == owner.lower():
        return ""
    if _portal_over_owner(lines, name, owner):
        return ""  # "Example Justice Portal" over "Example Court", "© Example Court" below
    owned = _owner_begins(owner, name) or (company and name.lower().startswith(f"{owner.lower()} "))
    # a company's notice in another name ("© Example Media GmbH" under "Example Post")
    # names the owner of several outlets: the logo over it is this one
    other = company and not _shares_name(name, owner)
    # "Example" over "© Example.kg 2012-2025": the logo is the notice's domain without its
    # ending, the name the outlet goes by
    bare_domain = domain and _DOMAIN_END.sub("", owner).lower() == name.lower()
    named = marked or owned or other or bare_domain or _abbreviated(name, owner)
    # a host name over the menu ("example.de") with no notice to name the outlet
    named = named or (not owner and bool(_HOST_LOGO.match(name.lower())))  # "EXAMPLE.DE" too
    named = named or (not owner and _echoed(name, below))
    if not (named or _PRESS_NAME.search(name)):
        return ""
    if _HOST_LOGO.match(name) and owned:
        return name  # "Example.de" over "© Example Media GmbH": the stem names the company
    if name.isupper() and (printed := _echo(name, below)):
        name = printed  # "EXAMPLE" over "Folgen Sie Example …": the case the text gives it
    return _bare_stem(name, below) or name


# A service's name: two to five words, each capitalised or a short particle ("Radio Example
# International", "Voice of Example"), no digits, no sentence.
_SERVICE_NAME = re.compile(
    r"^(?:[A-ZÀ-ÞА-ЯЁ][\w'’-]*|[a-zà-ÿ]{1,3})(?:\s+(?:[A-ZÀ-ÞА-ЯЁ][\w'’-]*|[a-zà-ÿ]{1,3})){1,4}$"
)
_FOOT_SPAN = 15  # the page's last lines, where its imprint names the service again


def service_under_owner_logo(head: list[str], owner: str, foot: list[str]) -> str:
    """The name under the owner's logo ('STVR' / 'Example Radio International' over the
    menu, '© 2025 STVR – Full Company Name' in the footer) that the footer prints again
    as the heading of its imprint, the address under it: a broadcaster's or a
    group's service, whose page it is; '' when there is none. The owner's own full name
    (printed in its notice, 'SONNA – Example National News Agency') is no service."""
    if not owner:
        return ""
    top = [ln.strip() for ln in head[:4]]
    at = next((i for i, ln in enumerate(top) if ln.casefold() == owner.casefold()), -1)
    if at < 0 or at + 1 >= len(top):
        return ""
    name = top[at + 1]
    if not _SERVICE_NAME.match(name) or name.casefold() == owner.casefold():
        return ""
    if is_paper_name(name) and _PUBLISHER_WORD.search(owner):
        # a publishing house's logo ('Example Medien') over its paper's name ('Example
        # Landeszeitung'): the paper is the outlet
        return name
    if _spells_short(owner, name):
        return ""  # 'DIHK' over 'Deutsche Industrie- und Handelskammer': its full name
    tail = [ln.strip() for ln in foot[-_FOOT_SPAN:]]
    # the imprint's heading: the address under it ('Example Street 1, 12345 City'), no
    # link of the footer's row ('Leichte Sprache' under the owner's logo and in the foot)
    if not any(ln == name and any(c.isdigit() for c in nx) for ln, nx in pairwise(tail)):
        return ""
    folded = name.casefold()
    if any(owner in ln and folded in ln.casefold() for ln in tail):
        return ""  # the owner's notice spells its own name out: no other service
    return name


# A publishing house's last word: "Example Medien", "Example Verlag", "Example Media Group".
_PUBLISHER_WORD = re.compile(r"\s(?:Medien|Mediengruppe|Verlag|Verlagsgruppe|Media|Group)$")


def _spells_short(short: str, name: str) -> bool:
    """Whether a one-word short name's letters open `name` and follow in it in order
    ('DIHK': 'Deutsche Industrie- und Handelskammer', 'SONNA': 'Somali National News
    Agency'): the long form of the same name, not another one."""
    if " " in short:
        return False
    letters, rest = short.casefold(), iter(name.casefold())
    return letters[:1] == name[:1].casefold() and all(c in rest for c in letters)


_PICTURE_CREDIT = re.compile(r"(?i:foto|fotos|bild|photo|picture|фото)\s*:")


def _portal_over_owner(lines: list[str], name: str, owner: str) -> bool:
    """A state portal's banner over the public body whose page it carries: the body's name
    alone on the line under the banner, and the footer's notice in the same name ("Justice
    Portal" / "Example Court" … "© Example Court"). The body is the issuer, not the portal."""
    if not owner or owner.lower() in name.lower() or not is_public_body(owner):
        return False
    top = [ln.strip() for ln in lines[:6]]
    return name in top and top.index(name) + 1 < len(top) and top[top.index(name) + 1] == owner


def _bare_stem(name: str, below: list[str]) -> str:
    """The name without its domain ending ("Example.at" as the logo, "Foto: Example,
    Archiv" in the text): how the outlet calls itself; '' when the text does not name it so."""
    stem = _DOMAIN_END.sub("", name)
    bare = re.compile(rf"(?<![\w.]){re.escape(stem)}(?!\w|\.\w)")  # not "Example.at" again
    return stem if stem != name and any(bare.search(b) for b in below) else ""


_DOMAIN_END = re.compile(r"\.(?:at|de|ch|ru|by|kz|uz|kg|ua|com|net|org|news|info)$")


def _owner_begins(owner: str, name: str) -> bool:
    """Whether the owner's name begins with the logo's ("© Example Holdings" under
    "Example") or with a host-name logo's stem ("© Example Media GmbH" under "Example.de"):
    the company named after its site, whose logo is the brand."""
    stem = _DOMAIN_END.sub("", name) if _HOST_LOGO.match(name) else name
    return any(owner.lower().startswith(f"{n.lower()} ") for n in {name, stem})


def _shares_name(name: str, owner: str) -> bool:
    """Whether logo and owner are one name: the logo's words all in the owner's
    ("Tagesspiegel", "© Verlag Der Tagesspiegel GmbH") or the logo is the owner's initials
    ("WZ", "Wiener Zeitung")."""
    words = {w.lower() for w in re.findall(r"\w{3,}|\d+", owner)}
    # every word of the logo: "Schweizer Bauer" is no name of "Schweizer Agrarmedien AG",
    # nor a channel's number "Example 1" of "© Company «Tele-Example»"
    own = [w.lower() for w in re.findall(r"\w{3,}|\d+", name) if w.lower() not in _NAME_PARTICLES]
    if own and all(w in words for w in own):
        return True
    return _initials(owner) == name.upper() or _initials(name) == owner.upper()


def _abbreviated(name: str, owner: str) -> bool:
    """Whether the owner is a company's abbreviation that begins with the logo's initials
    and adds to them ("THG", The Hindu Group, under "The Hindu"): the group named after
    its paper, whose logo is the brand. The initials alone ("BBC" under "British
    Broadcasting Corporation") are the brand's own short name."""
    initials = _initials(name)
    if len(initials) < 2 or not owner.isupper() or " " in owner:
        return False
    return owner.startswith(initials) and len(owner) > len(initials)


_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
_ROMAN = (
    "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g",
    "q", "ng", "o", "u", "u", "h", "i",
)  # fmt: skip
_LATIN = dict(zip(_CYRILLIC, _ROMAN, strict=True))


_CYRILLIC_TLD = re.compile(r"(?<=\w)\.(?:ру|рф|кз|уз|бел)$", re.IGNORECASE)
_REGION_IA = re.compile(r"(?<=-)(?P<stem>[А-ЯЁ][а-яё]+)ия(?![а-яё])")


# A whole name in quotes, no quote inside: "«Вечерняя Москва»", "„Новая газета“"
_WRAPPED = re.compile(r"^\s*[«\"„“](?P<inner>[^«»\"„“”]+)[»\"“”]\s*$")


def latin_name(name: str) -> str:
    """A Cyrillic outlet name in Latin letters ("Вечерний Бишкек" → "Vecherniy Bishkek",
    "КазТАГ" → "KazTAG"): the archive names sources in Latin script, as its profiles do.
    A region after a hyphen takes the English ending: "Новости-Армения" → "Novosti-Armenia"."""
    if m := _WRAPPED.match(name):
        name = m["inner"]  # «Вечерняя Москва» names the outlet; its quotes are no part of it
    name = _REGION_IA.sub(lambda m: latin_name(m["stem"]) + "ia", name)
    if m := _CYRILLIC_TLD.search(name):
        name = name[: m.start()] + m.group().lower()  # "Фонтанка.Ру": a domain ends in lower case
    out: list[str] = []
    for i, ch in enumerate(name):
        low = ch.lower()
        if low not in _LATIN:
            out.append(ch)
            continue
        latin = _LATIN[low]
        if low == "ь" and name[i + 1 : i + 2].lower() == "е" and not name[i + 2 : i + 3].isalpha():
            latin = "y"  # a region's "-ье" as English spells it: "Приморье" → "Primorye"
        if ch.isupper():
            nxt = name[i + 1 : i + 2]
            caps_word = nxt.isupper() or (not nxt.isalpha() and name[i - 1 : i].isupper())
            latin = latin.upper() if caps_word else latin.capitalize()
        out.append(latin)
    return _title_cased("".join(out))


# "РИА «Дагестан»", "РИА 27 Регион": the agency's kind acronym "РИА" before its name, in
# quotes or not. It is part of such outlets' names (RIA Dagestan, RIA 27 Region, RIA Tomsk)
# before a place or a number; a coined brand after it ('РИА «ФедералПресс»', 'РИА
# «Башинформ»') is the outlet's whole name.
_RIA = re.compile(r"^РИА\s*[«„“\"]?(?P<name>[^«»„“”\"]{2,40}?)[»“”\"]?$")
_COINED = re.compile(r"^[А-ЯЁ][а-яё]+[А-ЯЁ]\w*$|(?i:информ|пресс|ньюс|медиа|инфо)$")


def same_name_spelled(theirs: str, ours: str) -> bool:
    """Whether a listed Latin name spells the name we transliterated, in its own spelling
    ('Grozny-Inform' for 'Groznyy-Inform'): as many words, each with the same initial, the
    first with its first four letters; another name ('Channel Five' for 'Pyatyy Kanal',
    'Biznes-Kurs' for 'BK55', 'Expert' for 'Ekspert') is no spelling of it."""
    a, b = theirs.lower().split(), ours.lower().split()
    if not a or len(a) != len(b) or a[0][:4] != b[0][:4]:
        return False
    return all(x[:1] == y[:1] for x, y in zip(a, b, strict=True))


def ria_named(name: str) -> str:
    """'РИА «Воронеж»' -> 'РИА Воронеж' (transliterated 'RIA Voronezh'), the kind acronym kept
    before a place or a number; '' for any other name or a coined brand after 'РИА'."""
    m = _RIA.match(" ".join(name.split()))
    if m is None or _COINED.search(m["name"].strip()):
        return ""
    return f"РИА {m['name'].strip()}"


_RU_VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_CAPITALS_WORD = re.compile(r"(?<![\w-])[А-ЯЁ]{5,}(?![\w-])")
# Acronyms of five letters or more that read as words: spelled as printed.
_KNOWN_ACRONYMS = frozenset({"АЗЕРТАДЖ", "УНИАН", "РАПСИ"})
_WORD_OF_ONE_VOWEL = 6


def cased_capitals(name: str, lines: Iterable[str] = ()) -> str:
    """A Cyrillic name set in capitals on a logo with its words in ordinary case ('ФАКТЫ' ->
    'Факты', transliterated 'Fakty'): a word of five letters or more with two vowels at least,
    or of six or more with one ('ВЗГЛЯД' -> 'Vzglyad').
    An acronym stays in capitals ('ТАСС', 'РБК', 'ВГТРК' are too short or have one vowel; a
    known one, or one the page spells out, 'РАПСИ' over 'Российское агентство правовой и
    судебной информации')."""
    lines = list(lines)
    spelled = {_initials(line, _SPELLED_SKIP) for line in lines if len(line.split()) >= 3}
    spelled |= {w for line in lines for w in line.split() if w.isupper() and w.isascii()}

    def cased(m: re.Match[str]) -> str:
        word = m.group()
        vowels = sum(c in _RU_VOWELS for c in word)
        if (
            # one vowel in six letters or more reads as a word ('ВЗГЛЯД'), not an acronym
            (vowels < 2 and (vowels == 0 or len(word) < _WORD_OF_ONE_VOWEL))
            or word in _KNOWN_ACRONYMS
            or word in spelled
            or latin_name(word) in spelled
        ):
            return word
        return word.capitalize()

    return _CAPITALS_WORD.sub(cased, name)


def own_latin_brand(name: str, printed: Iterable[str]) -> str:
    """The outlet's own Latin name printed on the page ("© Novaya Gazeta Europe" under
    the logo "Новая газета Европа"), or '': a name in Latin letters of as many words,
    each with the initial of the transliteration's ("Novaya Gazeta Evropa"), the first
    with its first four letters, so it names the same outlet, in the spelling the outlet
    chose, which beats ours."""
    words = latin_name(name).lower().split()
    for candidate in printed:
        theirs = candidate.lower().split()
        if len(words) < 2 or has_cyrillic(candidate) or len(theirs) != len(words):
            # one word ("© ИА REGNUM" under "Регнум") differs at most in its case
            continue
        same_start = theirs[0][:4] == words[0][:4]
        if same_start and all(t[:1] == w[:1] for t, w in zip(theirs, words, strict=True)):
            return candidate
    return ""


# Where an outlet's own Latin spelling departs from a letter-by-letter transliteration
# of its name, in order: "нью" as "new" (ПортНьюс: PortNews), "кс" as "x" (Медиамакс:
# Mediamax), "х" as "h", "ц" as "tz", "ж" as "j", iotated vowels and "y" as "i"/"j".
_SPELLING_FOLDS = (
    ("nyu", "nu"),
    ("new", "nu"),
    ("ks", "x"),
    ("kh", "h"),
    ("tz", "c"),
    ("ts", "c"),
    ("zh", "j"),
    ("yu", "u"),
    ("iu", "u"),
    ("ju", "u"),
    ("ya", "a"),
    ("ia", "a"),
    ("ja", "a"),
    ("ye", "e"),
    ("yo", "e"),
    ("y", "i"),
    ("j", "i"),
)
# A run of capitalised Latin words in a line: "Подписывайтесь на Mediamax в Telegram".
# (a full stop after the name ends its sentence, "© 2025 Example. Все права …"; one before a
# letter makes it a domain)
_LATIN_RUN = re.compile(r"(?<![\w.@/])[A-Z][A-Za-z]*(?:[ -][A-Z][A-Za-z]*)*(?![\w@/]|\.\w)")


def _spelling_key(name: str) -> str:
    """The name's letters with the spelling variants folded word by word: a fold never
    spans two words ("Rudnyy Altay" must not fold "y A" as the "ya" of "Rudny Altai")."""
    return "".join(map(_word_key, name.lower().split()))


# An English word's silent e at its end ("online", "times"): the Cyrillic spelling of the
# loanword writes the vowel before it as "ай" ("Онлайн", "Таймс", "Лайф").
_SILENT_E = re.compile(r"(?<=[^aeiou])es?$")


def _word_key(word: str) -> str:
    key = re.sub(r"[^a-z]", "", word)
    for variant, common in _SPELLING_FOLDS:
        key = key.replace(variant, common)
    if "ai" in key or key.endswith(("e", "es")):
        # "Online" of «Онлайн» ("Onlayn"), "Times" of «Таймс» ("Tayms"): one key
        key = _SILENT_E.sub(lambda m: m.group()[1:], key).replace("ai", "i")
    return re.sub(r"(.)\1+", r"\1", key)


def printed_latin_spelling(name: str, lines: Iterable[str]) -> str:
    """The outlet's own Latin spelling of its Cyrillic name where the page prints it
    ("Подписывайтесь на Mediamax" on a page of «Медиамакс», a logo "PortNews" over
    «ПортНьюс»), or '': a Latin name that reads as our transliteration up to the usual
    variants (ks/x, нью/new, ya/ia, y/i), so it names the same outlet in the spelling the
    outlet chose ("Mediamaks" and "PortNyus" are nobody's)."""
    ours = latin_name(name)
    key = _spelling_key(ours)
    if len(key) < 4:
        return ""
    size = len(ours.split())
    shouted = ""  # a logo in capitals ("JAHON"): the footer's "© Jahon" gives the case
    lines = list(lines)
    channel = re.compile(rf"^{re.escape(ours)} \d{{1,3}}$", re.IGNORECASE)
    if logo := next((ln.strip() for ln in lines if channel.match(ln.strip())), ""):
        return logo  # a channel's logo alone on its line ("Example 24" of «Пример»): its number too
    for line in lines:
        for run in _LATIN_RUN.findall(line):
            words = run.split()
            for i in range(len(words) - size + 1):
                candidate = " ".join(words[i : i + size])
                if candidate.lower() == ours.lower():
                    if ours.isupper() and not candidate.isupper():
                        return candidate  # «ИНФОМАРКЕТ» over "© 2025 InfoMarket": its own case
                    if not shouted and not ours.isupper():
                        return ""  # ours already ("REGNUM" is only a logo's lettering)
                    continue
                if _spelling_key(candidate) != key:
                    continue
                if not candidate.isupper():
                    return candidate
                shouted = shouted or candidate
    return unshouted(shouted)


def _latin_word(word: str) -> bool:
    """A capitalised word of Latin letters, accents and Vietnamese ones included ("Dân")."""
    return word[:1].isupper() and all(
        c.isalpha() and (ord(c) < 0x370 or 0x1E00 <= ord(c) <= 0x1EFF) for c in word
    )


def paired_latin_name(name: str, lines: Iterable[str]) -> str:
    """The Latin name the page pairs with its Cyrillic one in brackets, of as many words
    ("© Газета Нянзан (Nhân Dân)", "Nhân Dân (Газета Нянзан)"), or '': the outlet's own
    spelling, which a transliteration ("Gazeta Nyanzan") cannot guess."""
    size = len(name.split())
    pattern = re.compile(
        rf"{re.escape(name)}\s*\((?P<after>[^()\n]{{2,40}})\)|(?P<before>[^()\n]{{2,40}}?)\s*"
        rf"\({re.escape(name)}\)"
    )
    for line in lines:
        if name not in line:
            continue  # both forms write the name: no scan of the line's every position
        for m in pattern.finditer(line):
            words = (m["after"] or m["before"] or "").split()[-size:]
            if len(words) == size and all(_latin_word(w) for w in words):
                return " ".join(words)
    return ""


# A copyright notice pairing a Latin brand with the outlet's Cyrillic name by a dash:
# "© 2025 ExampleNews — информационное агентство «Пример»", "© Example Daily - «Пример»".
_DASHED_NOTICE = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<latin>[A-Z][A-Za-z0-9.&+]*(?: [A-Z][A-Za-z0-9.&+]*){0,3}?)(?:\s+[—–-]|\.)\s+"
    r"(?P<rest>.{2,120})$",
    re.IGNORECASE,
)
# A medium's kind before its name in a sender's name ('ИА «Пример»', 'ТК Пример'): the notice
# spells the kind out ('Информационное агентство «Пример»'), the name is the same.
_KIND_ABBREVIATION = re.compile(r"^(?:ИА|ИД|ТК|ТРК|ИИС|МИА)\s+", re.IGNORECASE)


def dashed_latin_name(name: str, lines: Iterable[str]) -> str:
    """The Latin brand a copyright notice sets before a dash and the outlet's Cyrillic
    name ("© 2025 ExampleNews — агентство «Пример»" for «Пример»), or '': the outlet's own
    Latin name, which a transliteration cannot guess."""
    key = _KIND_ABBREVIATION.sub("", name.strip()).strip(' «»"').casefold()
    if not key or not has_cyrillic(key):
        return ""
    for line in lines:
        line = line.strip()
        if "©" not in line[:12] and "(c)" not in line[:12].lower():
            continue
        m = _DASHED_NOTICE.match(line)
        if m and key in m["rest"].casefold() and not has_cyrillic(m["latin"]):
            return m["latin"]
    return ""


# A host name in a line of text: "ссылка на example.ge обязательна", "www.example.com".
_HOST_IN_TEXT = re.compile(r"(?<![\w@.])(?:www\.)?(?P<stem>[a-z0-9][a-z0-9-]{1,30})\.[a-z]{2,6}\b")
_LATIN_LOGO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&.+-]*(?: [A-Za-z0-9&.+-]+){0,2}$")


def domain_logo(lines: list[str]) -> str:
    """The Latin logo on the page's first line ("1TV" over "Общественный вещатель Грузии")
    when the page's own host name is that logo ("ссылка на 1tv.ge обязательна"): the brand
    the outlet uses in Latin letters, which beats a transliteration of its Cyrillic name."""
    logo = lines[0].strip() if lines else ""
    if not _LATIN_LOGO.match(logo) or not any(c.isalpha() for c in logo):
        return ""
    key = re.sub(r"[^a-z0-9]", "", logo.lower())
    hosts = (m["stem"].replace("-", "") for ln in lines[1:] for m in _HOST_IN_TEXT.finditer(ln))
    return logo if any(stem == key for stem in hosts) else ""


def is_other_script(name: str) -> bool:
    """Whether a name is written in neither Latin nor Cyrillic letters ("Առավոտ" in a
    copyright line): a script the archive's readers may not read."""
    letters = [c for c in name if c.isalpha()]
    latin = (c for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return bool(letters) and not any(latin) and not has_cyrillic(name)


def latin_logo(lines: list[str]) -> str:
    """The page's Latin logo on its first line when its host name is that logo
    ("Example.am" over the page, "ссылка на example.am"), or ''; by the bare name when the
    text calls the outlet so ("Фото: Example"), as the notice in the other script does
    (no host name in it)."""
    logo = domain_logo(lines)
    first = lines[0].strip() if lines else ""
    if not logo and first.isascii() and _DOMAIN_NAME.match(first):
        # the logo a host name itself ("Example.am"), printed again below ("ссылка на …")
        again = re.compile(rf"(?<![\w.]){re.escape(first)}(?!\w)", re.IGNORECASE)
        logo = first if any(again.search(line) for line in lines[1:]) else ""
    if not logo:
        return ""
    stem = re.sub(r"\.[a-z]{2,6}$", "", logo, flags=re.IGNORECASE)
    bare = re.compile(rf"(?<![\w.]){re.escape(stem)}(?!\w|\.\w)")
    return stem if stem != logo and any(bare.search(line) for line in lines[1:]) else logo


# A host name as a logo or copyright line prints it: "example.ch", "www.example-news.com".
_BARE_HOST = re.compile(
    r"^(?:www\.)?(?P<stem>[a-z0-9][a-z0-9-]{2,40})(?:\.[a-z]{2,3})?\.[a-z]{2,6}$", re.IGNORECASE
)
# The words of a name line: capitalised words, maybe an article or "of" among them.
_SPELLED_NAME = re.compile(r"^[A-ZÄÖÜ][\w'’&-]*(?: [\w'’&-]+){1,4}$")
_NAME_SPAN = 12  # lines at the head and at the foot of a page where its name stands


def spelled_name_of_host(host: str, lines: list[str]) -> str:
    """The outlet's name in words ("Example Valley Register", "Der Example") that a page
    prints in its masthead or footer for the host name its logo or copyright line shows
    ("www.examplevalleyregister.com", "example.ch"): the host spells that name without
    its spaces (and its article); the name is how the outlet writes itself, the host only
    its address. '' when no such line is printed."""
    m = _BARE_HOST.match(host.strip())
    if not m:
        return ""
    stem = m["stem"].lower().replace("-", "")
    head = lines[:_NAME_SPAN]
    foot = lines[-_NAME_SPAN:] if len(lines) > _NAME_SPAN else []
    for line in (*head, *foot):
        line = " ".join(line.split())
        if line[:1] == "©":
            line = line[1:].strip()  # a bare notice in the footer: "© Example Zeitung"
        if not 4 < len(line) <= 50 or not _SPELLED_NAME.match(line.replace(". ", " ")):
            continue  # "St. Example Zeitung": an abbreviated word is a name's too
        words = line.lower().split()
        if words[0] in _NAME_PARTICLES and "".join(words[1:]) == stem:
            return line  # "Der Example" over "example.ch"
        if "".join(words).replace("-", "") == stem:
            return line
        if len(stem) >= 3 and _initials(line) == stem.upper() and is_press_name(line):
            return line  # "Baltic Example News" for "ben.ee": a paper's initials as its host
    return ""


# A messenger channel's header: its member count under its name ("412 805 подписчиков",
# "12.4K subscribers", "3 210 Abonnenten").
_MEMBER_COUNT = re.compile(
    r"^\d[\d\s.,]*[kкКKmм]?\s+(?:подписчик\w*|участник\w*|subscribers?|members?|abonnenten)$",
    re.IGNORECASE,
)
# The post's call to follow the channel by its short name: "Подписаться на Пример | …",
# "Subscribe to Example", "Folgen Sie Example".
_FOLLOW_CHANNEL = re.compile(
    r"(?:подпис(?:аться|ывайтесь) на|подпишитесь на|subscribe to|folgt|folgen sie)\s+"
    r"(?P<name>[^|.!:]{2,40}?)\s*(?:\||$)",
    re.IGNORECASE,
)


# A post copied from a messenger's desktop app: the channel's name and the post's stamp in
# brackets open it ("Пример, [20.11.2025 9:47]", "Example News, [11/20/2025 9:47 AM]").
_COPIED_POST = re.compile(
    r"^(?P<name>[^\[\]]{2,60}?),\s*\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]$"
)


def channel_name(lines: list[str]) -> str:
    """A messenger channel's name over its member count at the top of a post ("Пример
    Город | Новости" / "412 805 подписчиков"), the desk after its bar left off; the short
    name the post's call to follow it gives ("Подписаться на Пример") when the name begins
    so; the name before the stamp of a post copied from the desktop app. '' when no such
    header opens the paste."""
    if lines and (copied := _COPIED_POST.match(lines[0].strip())):
        return copied["name"].strip()
    for i, line in enumerate(lines[:3]):
        if i + 1 < len(lines) and _MEMBER_COUNT.match(lines[i + 1].strip()):
            name = line.split(" | ")[0].strip()
            break
    else:
        return ""
    if not 1 <= len(name.split()) <= 6:
        return ""
    for line in lines[-8:]:
        if (m := _FOLLOW_CHANNEL.search(line)) and f"{name} ".startswith(f"{m['name']} "):
            return m["name"]
    return name


def reader_view_host(lines: list[str], title_idx: int) -> str:
    """The host name a browser's reader view prints over the headline ("example.ee" /
    headline / byline / "3–4 minutes"), or '': the page's own address, its only masthead."""
    if title_idx != 1 or not lines or len(first := lines[0].strip()) > 40:
        return ""
    return first if _HOST_LOGO.match(first.lower()) else ""


def names_host(line: str, host: str) -> bool:
    """Whether a line under a reader view's headline is the outlet's name for `host` (its
    byline slot holds the site's name when no writer is named): "Example News" for
    "en.ee", "Example.uz" for "ru.example.uz"."""
    line = line.strip()
    if "." in line and " " not in line:
        return host.lower() == line.lower() or host.lower().endswith(f".{line.lower()}")
    return bool(line) and spelled_name_of_host(host, [line]) == line


_LOWER_DOMAIN = re.compile(r"^(?P<stem>[a-z0-9][a-z0-9-]{1,30})\.[a-z]{2,6}$")
_QUOTED_CYRILLIC = re.compile(r"[«\"„“](?P<name>[А-ЯЁ][А-Яа-яЁё -]{2,30})[»\"“”]")


def quoted_name_of_domain(domain: str, lines: Iterable[str]) -> str:
    """The outlet's name for a bare host name in its copyright line ("(c) 2025 example.ru"):
    the quoted Cyrillic name the page gives itself ("Информационное агентство «Пример»")
    in Latin letters, when the host spells that name ("primer.ru"); else ''."""
    m = _LOWER_DOMAIN.match(domain)
    if not m:
        return ""
    key = _spelling_key(m["stem"])
    for line in lines:
        for quoted in _QUOTED_CYRILLIC.finditer(line):
            latin = latin_name(quoted["name"])
            if len(key) >= 4 and _spelling_key(latin) == key:
                return latin
    return ""


# The head noun of a state body's or an institution's name: "Министерство иностранных дел
# …", "Акимат города …", "Национальный банк …". Such a name describes the body in ordinary
# words; it has no Latin spelling but a translation, and its transliteration
# ("Ministerstvo Inostrannykh Del …") is read by nobody.
# The kinds of body a name can open or close with. ONE list for both shapes of a body's
# name: kind first ("Бюро национальной статистики", "Почта России", "Водоканал …") and
# place and rank first ("Московская городская Дума", "Кировский районный суд"). No kind of
# outlet is one (газета, правда, вестник, канал, радио, …).
_BODY_KINDS = (
    r"министерство|ведомство|комитет|правительство|губернатор|администрация|акимат|мэрия|"
    # a head of state's or government's own site: "Президент России", "Мэр Москвы"
    r"президент|премьер-министр|мэр|кабинет министров|полиция|"
    r"департамент|управление|агентство|служба|пресс-служба|посольство|консульство|"
    r"представительство|парламент|сенат|мажилис|дума|суд|прокуратура|палата|аппарат|"
    r"канцелярия|совет|собрание|фонд|банк|бюро|университет|институт|академия|центр|"
    # a commission, a chamber of commerce by its abbreviation: "Евразийская экономическая
    # комиссия", "ТПП РФ", "ТПП Новосибирской области"
    r"комиссия|тпп|"
    # an organisation named by its kind ('Аэропорт X', 'Компания X', 'Почта X'): no outlet
    r"аэропорт|компания|корпорация|холдинг|завод|комбинат|предприятие|ассоциация|"
    r"почта|водоканал|больница|музей|театр|библиотека|филармония|"
    # a research institute, a hospital, a school: "НИИ X", "ГБУЗ «X»", "Клиника X"
    r"нии|гбуз|гбу|фгбу|фгбоу|гку|клиника|госпиталь|поликлиника|школа|колледж|лицей|гимназия"
)
_INSTITUTION = re.compile(
    r"^(?:(?:национальн|государственн|центральн|верховн|конституционн|генеральн)\w*\s+)?"
    rf"(?:{_BODY_KINDS}|"
    # a ministry's short name with its country: "Минздрав России", "Минфин РФ"
    r"мин[а-яё]{3,}\s+(?:россии|рф)|"
    # a federal body's abbreviation, maybe its main regional office's: "ГУ МВД России по
    # … области", "УМВД по …", "МЧС России", "УФССП по …"
    r"(?:гу\s+)?(?:у?мвд|гувд|увд|мчс|у?фсин|фсб|у?фнс|гибдд|у?фссп|гу\s+мчс)|"
    # any federal service's abbreviation in capitals with its country: "ФАС России", "ФТС
    # России", "ФМБА России" (the federal bodies' 'Ф…'; an outlet never so names itself)
    r"(?-i:Ф[А-ЯЁ]{1,5})\s+(?:россии|рф)(?=\s|$))(?:\s|$)",
    re.IGNORECASE,
)


# A Russian federal body's compound short name: "Роспотребнадзор", "Россельхознадзор",
# "Росстат", "Росреестр", "Росгвардия" (an outlet "Росбалт" is none).
_FEDERAL_BODY = re.compile(
    r"^рос[а-яё]*(?:надзор|стат|реестр|гвардия|авиация|недра|архив|казначейство|"
    r"рыболовство|лесхоз|морречфлот|водресурсы|аккредитация|патент|молодежь|туризм)$",
    re.IGNORECASE,
)


# A Russian company's name with its legal form: "ПАО «Пример»", "АО \"Пример-Энерго\"".
_RU_COMPANY = re.compile(
    r"^(?:ПАО|ОАО|ЗАО|НАО|АО|ООО|ГК|ФГУП|МУП|ГУП)\s+[«\"“„](?P<name>[^«»\"“”„]{2,40})[»\"”“]$"
)
_RU_PRESS_WORD = re.compile(
    r"газет|журнал|редакци|издательств|медиа|media|информ|пресс|радио|телерадио|тв\b|"
    r"телекомпани|агентств|новост|вестник|ведомост|известия|правда",
    re.IGNORECASE,
)


def company_brand(name: str) -> str:
    """The name a Russian company prints without its legal form ("ПАО «Пример»" →
    "Пример"), when it reads as no publisher (no press word: "АО «Редакция газеты …»" is a
    paper's firm): a company's newsroom heads its pages with the firm, which keeps its name
    as printed, Cyrillic included; else ''."""
    m = _RU_COMPANY.match(name.strip()) if name[:1] in "ПОЗНАГФМ" else None
    return m["name"].strip() if m and not _RU_PRESS_WORD.search(m["name"]) else ""


# A press office's label before its company's brand: "Пресс-служба Пример", "Пресс-центр
# «Пример»".
_OFFICE_OF_BRAND = re.compile(
    r"^(?:пресс-служба|пресс-центр|пресс-офис)\s+[«\"]?(?P<brand>[^«»\"]{2,40}?)[»\"]?$", re.I
)


def office_company(sender: str, text: str) -> str:
    """The company a press office sends for ("Пресс-служба Пример"), as its text prints it
    with its legal form ("ПАО «Пример»"), or '': the office is no source, the firm is,
    and only the firm's printed name proves the words after the label are its brand (a
    body in the genitive, "Пресс-служба Министерства …", is printed no such way)."""
    m = _OFFICE_OF_BRAND.match(sender.strip()) if sender[:1] in "Пп" else None
    if not m or not text:
        return ""
    brand = re.escape(m["brand"].strip())
    printed = re.search(
        rf"(?<!\w)(?:ПАО|ОАО|ЗАО|НАО|АО|ООО|ГК|ФГУП|МУП|ГУП)\s+[«\"“„]{brand}[»\"”“]", text
    )
    return printed.group(0) if printed else ""


# A public body or institution named in Latin letters by its kind: "Polizeipräsidium X",
# "Landgericht X", "Example Ministry of Finance", "X Police", "Example City Council",
# "Universität X", "Example Central Bank" (a paper's name with such a word has a press word).
_LATIN_BODY = re.compile(
    r"\b(?:\w*polizei\w*|\w*präsidium|\w*ministerium|\w*gericht|\w*staatsanwaltschaft|"
    r"landtag|bundestag|bundesrat|rathaus|universität|hochschule|bundesanstalt|"
    r"police|constabulary|ministry|court|prosecutor'?s office|parliament|council|treasury|"
    r"authority|commission|department|directorate|"
    r"(?:home|cabinet|foreign|prime minister'?s) office|"
    r"university|central bank)\b",
    re.IGNORECASE,
)
_BODY_WORDS = 9  # the longest public body's name a notice or a header gives


def is_public_body(name: str) -> bool:
    """Whether a name is a public body's or an institution's, in either script: no outlet,
    and named in full (its name may run longer than a brand's)."""
    if not name or len(name) > 120 or _PRESS_NAME.search(name):
        return False
    if has_cyrillic(name):
        return is_institution(name)
    return bool(_PUBLIC_BODY.search(name) or _LATIN_BODY.search(name))


def is_institution(name: str) -> bool:
    """Whether a Cyrillic name is a state body's or an institution's ("Министерство
    иностранных дел Республики Казахстан", "Роспотребнадзор"), kept in the script it is
    printed in, rather than an outlet's brand ("Вечерний Бишкек" → "Vecherniy Bishkek"),
    which the archive names in Latin letters as its profiles do."""
    name = name.strip()
    if _INSTITUTION.match(name) or _FEDERAL_BODY.match(name):
        return True
    return bool(_NAMED_BODY.match(name)) and not _RU_PRESS_WORD.search(name)


# A federal body's regional office as its header prints it under the body's logo:
# "Главное управление МЧС России по Новосибирской области", "Управление Росреестра по …",
# "ГУ МВД России по …", "Отделение Банка России по …".
_REGIONAL_OFFICE = re.compile(
    r"^(?:(?:главное|территориальное|региональное|межрегиональное)\s+)?"
    r"(?:управление|гу|отделение|департамент|представительство)\s+\S.{0,80}\s(?:по|в)\s+\S",
    re.IGNORECASE,
)


def owner_cased(name: str, lines: list[str]) -> str:
    """A masthead's name in Latin capitals ('EXAMPLE GUIDE NETWORK') as the footer's
    copyright notice writes the same words ('© 2025 Example Guide Network'), else ''. Why:
    the logo's capitals are lettering; the notice is how the outlet writes its name."""
    if len(name.split()) < 2 or not name.isupper() or not name.isascii():
        return ""
    for line in lines[-12:]:
        if "©" in line or "opyright" in line:
            owner = copyright_owner(line)
            if owner and not owner.isupper() and owner.casefold() == name.casefold():
                return owner
    return ""


def spelled_institution(short: str, lines: list[str]) -> str:
    """The institution's full name that a page prints under or beside its abbreviation
    ('НГУ' over 'Новосибирский государственный университет', again in the footer), else
    ''. Why: an institution keeps its name as printed, and the logo's initials are no name."""
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return ""
    for line in [*lines[:4], *lines[-8:]]:
        words = line.split()
        if not 2 <= len(words) <= 8 or not is_public_body(line.strip()):
            continue
        every = "".join(w[0] for w in words).upper()
        capitals = "".join(w[0] for w in words if len(w) > 2).upper()
        if short in (every, capitals):
            return line.strip()
    return ""


def regional_office(name: str, lines: Iterable[str]) -> str:
    """The regional office of the body `name` that a page's header prints under the body's
    logo ("МЧС России" over "Главное управление МЧС России по Новосибирской области"):
    the office issues the release, not the whole body; '' when the header names none."""
    for line in lines:
        line = line.strip()
        if name in line and line != name and len(line) <= 120 and _REGIONAL_OFFICE.match(line):
            return line
    return ""


# An institution named by its place and rank before its kind: "Московский городской суд",
# "Кировский районный суд", "Московская городская Дума", "Белорусская торгово-промышленная
# палата" (an outlet's brand names no kind of body: "Московский комсомолец"; one that does
# has a press word: "Российское информационное агентство"). A "служба" after an adjective
# is a broadcaster's language service ("Русская служба Би-би-си"): that kind comes first.
_NAMED_BODY = re.compile(
    r"^(?:[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее)\s+){1,3}(?!служба(?:\s|$))"
    rf"(?:арбитражный суд|{_BODY_KINDS})(?:\s|$)",
    re.IGNORECASE,
)


# A public body's site calling itself so in its logo or <title>: "Официальный портал",
# "Официальный сайт администрации …", "Offizielles Portal der Stadt …", "Official website".
_OFFICIAL_PORTAL = re.compile(
    r"\b(?:официальн\w* (?:интернет-)?(?:портал|сайт)|official (?:web ?)?(?:portal|website|site)|"
    r"offizielle[sn]? (?:stadt|landes|bundes)?(?:portal|website|webseite|internetseite|"
    r"internetauftritt))\b",
    re.IGNORECASE,
)
# A public body's name in Latin letters: "Stadt Example", "Landeshauptstadt …", "Gemeinde …",
# "City of …", "Ministry of …", "Bundesministerium für …", "Example County Council".
_PUBLIC_BODY = re.compile(
    r"^(?:(?:landeshaupt|kreis|universitäts|hanse)?stadt|markt(?:gemeinde)?|gemeinde|"
    r"landkreis|kanton|bezirk|land|freistaat|bundesland|bundes\w*ministerium|ministerium|"
    r"senatsverwaltung|regierung|magistrat|city of|town of|county of|borough of|ministry|"
    r"department|government of|state of)\b|\b(?:city|county|borough|district|town) council$",
    re.IGNORECASE,
)


def official_portal_owner(
    texts: Iterable[str], owners: Iterable[str] | Callable[[], Iterable[str]]
) -> str:
    """The public body whose copyright notice a site's footer prints, when its logo or
    <title> calls the site its official portal ("Example.ru — Официальный портал" over
    "© Администрация города Example"): the articles are the body's, the portal is only
    its address; '' otherwise (an outlet's "official website" has a company as owner)."""
    if not any(_OFFICIAL_PORTAL.search(t) for t in texts if t):
        return ""
    for owner in owners() if callable(owners) else owners:
        owner = owner.strip()
        if is_institution(owner) or _PUBLIC_BODY.search(owner):
            return owner
    return ""


def _title_cased(name: str) -> str:
    """A transliterated title in the case English gives it: "Kazakhstanskaya pravda" →
    "Kazakhstanskaya Pravda", as papers' names are written in Latin script; short words
    ("Argumenty i Fakty") stay in lower case."""
    words = name.split(" ")
    if len(words) < 2 or not words[0][:1].isupper():
        return name
    return " ".join(w[:1].upper() + w[1:] if len(w) > 2 and w.islower() else w for w in words)


# "NUR.KZ", "URA.RU", "EXAMPLE.CO.KE": a domain set in capitals in a logo or a copyright line.
_SHOUTED_DOMAIN = re.compile(r"^[A-Z0-9][A-Z0-9-]*(?:\.[A-Z]{2,3})?\.[A-Z]{2,4}$")


_HOST_STEM = re.compile(r"^(?:www\.)?(?:[\w-]+\.)*?(?P<stem>[a-z][a-z0-9]{3,30})\.[a-z]{2,6}$")


def host_spelled_name(name: str, host: str) -> str:
    """A one-word Cyrillic outlet name in the Latin spelling of the host that serves it
    ("Мойка78" mailed from moika78.ru -> "Moika78", where we would write "Moyka78"), or
    ``name``: the outlet spells itself so in its address, and a source is filed under the
    Latin name an outlet uses itself. Only a host naming the same word in another
    spelling counts (y/i, ks/x, …); a host of other words, or one that only runs a name's
    parts together, leaves the name alone."""
    m = _HOST_STEM.match(host.lower().strip())
    if m is None or not has_cyrillic(name) or len(name.split()) != 1:
        return name
    ours, stem = latin_name(name), m["stem"]
    if not ours.isalnum():
        return name  # 'Омск-Информ' at omskinform.ru: the host only drops the hyphen
    if re.sub(r"\D", "", ours) != re.sub(r"\D", "", stem) or ours.lower() == stem:
        return name  # other figures, or our spelling already
    if _spelling_key(ours) != _spelling_key(stem):
        return name
    return stem.upper() if ours.isupper() else stem[:1].upper() + stem[1:]


def host_spelled_words(name: str, ours: str, hosts: Iterable[str]) -> str:
    """A Cyrillic name of two words in the Latin words its host runs together ("Ритм
    Евразии" on ritmeurasia.ru -> "Ritm Eurasia", where we write "Ritm Evrazii"), or '':
    the host opens with our first word and goes on with one word that starts as our second
    does, the outlet's own (English) spelling of it."""
    words = ours.split()
    if not has_cyrillic(name) or len(words) != 2 or not all(w.isalpha() for w in words):
        return ""
    first, second = words[0].lower(), words[1].lower()
    for host in hosts:
        m = _HOST_STEM.match(host.lower().strip())
        if m is None or not m["stem"].startswith(first):
            continue
        rest = m["stem"][len(first) :]
        if second.startswith(rest) or rest.startswith(second):
            continue  # "vestiural.ru" for "Vesti Urala": our word cut short, no other spelling
        if len(rest) >= 4 and rest.isalpha() and rest[0] == second[0]:
            return f"{words[0]} {rest.capitalize()}"
    return ""


def latin_host_of(name: str, logo: str, footers: Iterable[str]) -> str:
    """The Latin host name a page's logo shows ("OILCAPITAL.RU", "example.ru") over a
    Cyrillic site name that is no spelling of it ("Нефть и Капитал", "Официальный сайт
    …"), as the footer prints it ("© Oilcapital.ru"): the outlet's own Latin name,
    where our transliteration would give a name nobody uses; '' otherwise."""
    if not has_cyrillic(name) or not _HOST_LOGO.match(logo.lower()):
        return ""
    stem = logo.lower().split(".")[0]
    if _spelling_key(latin_name(name)).startswith(_spelling_key(stem)):
        return ""  # "Коммерсантъ" over "kommersant.ru": the name in the other script
    host = re.compile(rf"(?<![\w.]){re.escape(logo)}(?![\w]|\.\w)", re.IGNORECASE)
    printed = [m[0] for text in footers for m in host.finditer(text)]
    return next((p for p in printed if not p.isupper()), "")


def domain_cased(name: str) -> str:
    """A domain-style name in capitals in its usual case ("NUR.KZ" → "Nur.kz"): the
    capitals are the logo's lettering, not the name's spelling."""
    return name.capitalize() if _SHOUTED_DOMAIN.match(name) else name


_DOMAIN_NAME = re.compile(r"^[\w-]+\.[a-zа-я]{2,4}$", re.IGNORECASE)


def printed_domain_case(name: str, lines: Iterable[str]) -> str:
    """A domain-style name as the page's own sentences and credits spell it ("Подписывайтесь
    на Primer.kz", "Фото: Name / Primer.kz"), not its logo or copyright line alone (which
    may shout or lower it) nor an e-mail or web address: the commonest spelling there, or
    '' when the name is not printed so. (Capitals there are still lettering: see domain_cased.)"""
    if not _DOMAIN_NAME.match(name):
        return ""
    # an address spells a host, not the name ("letters@example.in", "https://example.in/x")
    found = re.compile(rf"(?<![\w.@/]){re.escape(name)}(?![\w/]|\.\w)", re.IGNORECASE)
    spellings = Counter(
        m.group(0)
        for line in lines
        if line.strip().lower() != name.lower() and not _MARK.search(line)
        for m in found.finditer(line)
    )
    return spellings.most_common(1)[0][0] if spellings else ""


# "Example NG", "Example UK": a site's name with its country's code after it.
_COUNTRY_TAIL = re.compile(r"^(?P<name>\w.{1,40}?)\s+[A-Z]{2}$")


def printed_without_country(name: str, printed: Iterable[str]) -> str:
    """A stated site name with its country's code after it ("Exampleday NG", the edition's
    slug) as the page's logo prints the outlet: the logo's spelling ("ExampleDay") when it
    reads the same without the code, or ''."""
    m = _COUNTRY_TAIL.match(" ".join(name.split()))
    if not m:
        return ""
    key = m["name"].lower().replace(" ", "")
    return next((p for p in printed if p.lower().replace(" ", "") == key), "")


# Words after a brand that name the kind of outlet, not the outlet ("Example Online").
_KIND_TAIL = frozenset({"online", "newspaper", "newspapers", "digital", "web", "онлайн"})


def brand_without_kind(name: str, logo: str, title: str) -> str:
    """A stated site name that is the name the header's logo prints plus a word for the
    kind of outlet ("Example Newspapers" under the logo "Example") where the <title> does
    not name the site so: the brand as stated without that word, or ''. Without the logo's
    evidence, or with a <title> that ends in the whole name, the word stays: for some
    sites it is part of the name."""
    words, printed = name.split(), " ".join(logo.split()).lower()
    if len(words) < 2 or words[-1].lower() not in _KIND_TAIL or not printed:
        return ""
    if " ".join(title.split()).lower().endswith(" ".join(words).lower()):
        return ""
    brand = " ".join(words[:-1])
    return brand if brand.lower() == printed else ""


def paper_of_online_edition(name: str, logo: str, title: str) -> str:
    """A stated site name that is a short form of the web edition's ("Example Online" for the
    paper "Daily Example") where the <title> names the site as the header's logo plus
    "Online" ("… | Daily Example Online" under the logo "Daily Example"): the paper's name
    as its logo prints it, or ''. A logo no longer than the stated name's stem ("Example
    ONLINE" under the logo "Example") leaves the stated name: it is the outlet's own."""
    name, logo = " ".join(name.split()), " ".join(logo.split())
    stem = name[:-6].strip() if name.lower().endswith("online") else ""
    if not stem or not logo or len(logo) <= len(stem):
        return ""
    if not logo.lower().endswith(" " + stem.lower()):
        return ""  # "Example Online" under "Daily Example": the logo's last word is the stem
    return logo if " ".join(title.split()).lower().endswith(f"{logo.lower()} online") else ""


def edition_brand(name: str, logo: str, footers: Iterable[str]) -> str:
    """A stated site name that is the logo's brand plus its edition ("Example Magazine
    Deutschland", "Example India") when the page's copyright notice names the brand alone
    ("© Example Magazine 2025"): the brand, or ''. (A sister brand, "Example Kultur", is
    no edition: its notice names the owner, not the logo's name.)"""
    name, logo = " ".join(name.split()), " ".join(logo.split())
    tail = name[len(logo) :].split() if logo and name.lower().startswith(logo.lower() + " ") else []
    if not 1 <= len(tail) <= 2 or not all(w[:1].isupper() for w in tail):
        return ""
    notice = re.compile(rf"©\s*(?:(?:19|20)\d\d\s+)?{re.escape(logo)}(?!\s*{re.escape(tail[0])})\b")
    if any(notice.search(f) for f in footers):
        return logo
    # a logo in capitals ("EXAMPLE") over "© Example – …": the brand as the name spells it
    notice = re.compile(notice.pattern, re.I)
    return name[: len(logo)] if any(notice.search(f) for f in footers) else ""


def is_mixed_script(name: str) -> bool:
    """Whether a name has words in both Latin and Cyrillic letters ("БИЗНЕС Online"): a
    brand written so on purpose, which a transliteration of its Cyrillic half only
    mangles ("BIZNES Online")."""
    words = name.split()
    latin = any(w.isascii() and any(c.isalpha() for c in w) for w in words)
    return latin and has_cyrillic(name)


def has_cyrillic(text: str) -> bool:
    return any("а" <= c.lower() <= "я" or c in "ёЁ" for c in text)
