"""Section (Ressort, рубрика) of an article from the page chrome around its title."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.importers.boilerplate import is_boilerplate, is_language_switch
from app.importers.dates import MONTHS

_SECTIONS = """
Politik Wirtschaft Gesellschaft Kultur Sport Wissenschaft Wissen Technik Technologie Digital
Panorama Ausland Inland Welt Regionen Region Lokales Finanzen Börse Meinung Kommentar
Gesundheit Umwelt Reise Auto Mobilität Bildung Karriere Medien Feuilleton Vermischtes Recht
Justiz Energie Klima Landwirtschaft Industrie Verteidigung Sicherheit International Europa
Unternehmen Märkte Netzwelt Kriminalität Leben Stil Zeitgeschehen Diplomatie Militär Tourismus
Politics Economy Economics Business Markets World Society Culture Sports Sport Science Technology
Tech Commodities Currencies Stocks Bonds Mining
Health Environment Opinion Regions Energy Finance Agriculture Industry Defense Defence Security
Education Tourism Entertainment Movies Lifestyle Europe Asia Africa Americas Diplomacy Incidents
Military Law Crime Media Companies Analysis Commentary Official Weather Wetter Погода Auto Motor
Политика Экономика Общество Культура Спорт Наука Технологии Регионы Происшествия Здоровье
Медицина Образование Экология Финансы Бизнес Энергетика Промышленность Армия Оборона
Безопасность Туризм Мнения Интервью Мир Дипломатия Криминал Агро АПК Транспорт Недвижимость
Schweiz Österreich Deutschland Hamburg Berlin Bayern Verkehr Arbeit Geld Immobilien Wohnen
Disaster Disasters Climate Transport Property Money Columns Features Investigations Trade
Деньги Авто Жизнь Кино Путешествия Строительство Город
Baden-Württemberg Hessen Niedersachsen Nordrhein-Westfalen NRW Rheinland-Pfalz Saarland Sachsen
Sachsen-Anhalt Schleswig-Holstein Thüringen Mecklenburg-Vorpommern Niederösterreich
Oberösterreich Steiermark Kärnten Tirol Vorarlberg Burgenland
"""
# The federal states and Länder above: regional broadcasters and papers file their news
# under them ("Niedersachsen" over an NDR headline). States named like their capital city
# (Bremen, Wien, Salzburg) stay out: a cased dateline ("Wien – …") is never a section name.
_MULTI = (
    "В мире", "Сельское хозяйство", "Международные отношения", "Middle East", "Asia Pacific",
    "Asia-Pacific", "Wirtschaft und Finanzen", "Politik und Gesellschaft", "Kultur und Medien",
    "Наука и технологии", "Экономика и бизнес", "Science and Technology", "Health and Science",
    "World News", "Business News", "Official news", "Regionen Kasachstans", "Политика и общество",
    "Weather & Disaster", "Oil & Gas", "Oil&Gas", "Science & Culture", "Science & Tech",
    "Climate Crisis", "Личные деньги", "Экономика и финансы",
)  # fmt: skip
VOCABULARY = {w.lower() for w in _SECTIONS.split()} | {m.lower() for m in _MULTI}
# Section names that are cities as well: "Hamburg." opening the text is its dateline.
CITIES = {"hamburg", "berlin"}
# the value up to a stamp's day after it: "Ressort: Politik · 25.11.2025, 16:48 Uhr"
_LABEL = re.compile(
    r"^(?:rubrik|rubric|ressort|section|desk|category|kategorie|рубрика|раздел|"
    # a broadcast clip's programme: "Sendung: Wirtschaft am Morgen", "Передача: …"
    r"sendung|programme|передача|программа)\s*:\s*(.+?)"
    r"(?:\s[·•|]\s+\d.*)?$",
    re.I,
)
# "APA-Basisdienst · Ressort Wirtschaft": a wire's desk named without a colon, alone or as
# the last part of a service line (only the desk words, not "Section 114 ..."), its name
# maybe in quotes ("рубрика «Экономика»").
_DESK = re.compile(
    r"^(?:.+\s[·•|]\s)?(?:ressort|rubrik|рубрика)\s+[«„“\"]?(?P<name>[^\W\d][\w-]*(?:\s[\w-]+){0,2})"
    # the item's day after a dash: "Ressort Kirche – 26.11.2025, 11:20 Uhr"
    r"[»“”\"]?(?:\s+[–—-]\s+\d[\d./]*\d\b.*)?$",
    re.I,
)
# An issuer wire's header: "EQS-News: Example AG / Schlagwort(e): Anleihe/Finanzierung",
# "EQS-News: Example AG / Keyword(s): Bond": the release's kind, its issuer, its keywords,
# which stand for the desk (a bare "Schlagworte: a, b" under the text is the tags).
_WIRE_KEYWORDS = re.compile(
    r"^[^\W\d][\w-]*:\s+[^/\n]{2,80}\s/\s(?:schlagwort\(e\)|keyword\(s\)|ключевые слова)"
    r"\s*:\s*(?P<name>[^\W\d][^,;\n]{1,60})$",
    re.I,
)
_CRUMB = re.compile(r"\s*(?:>|»|›|→|⇒|⟩|/|\|)\s*|\s[-–·•]\s")
# the arrows a trail is set with: "Home › World", "Главная → Новости" too
_SPACED_ARROW = re.compile(r"\s[›»>→⇒⟩]\s")
# "25.11.2025 09:12 · Wirtschaft": a wire item's stamp, its day and time, then its desk.
_STAMPED_DESK = re.compile(
    r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s+[·•]\s+"
    r"(?P<desk>[^\W\d][\w-]*(?:\s[\w-]+){0,2})$"
)
# A breadcrumb whose separators a paste lost: "Startseite Wirtschaft Unternehmen Deutsche Bahn".
_HOME = {"startseite", "home", "главная", "start", "homepage"}
# The crumb of the all-news page, which every article's trail passes through.
_ALL_NEWS = {"news", "nachrichten", "новости", "aktuelles", "aktuell", "alle nachrichten"}
_HOME_OR_ALL_NEWS = _HOME | _ALL_NEWS
# A desk's own news page as the first crumb: "Local News", "Sport-Nachrichten".
_NEWS_DESK = re.compile(r"^\w[\w-]*[ -](?:news|nachrichten)$", re.I)


# The desk labelled as the last field of a row of labelled fields: "Author: Jane Doe ·
# Section: Politics", "Autor: X | Ressort: Lokales", "Автор: X · Рубрика: Экономика".
_ROW_DESK = re.compile(
    r"^[^\W\d][\w-]*\s*:\s*[^:]{1,80}?\s[·•|]\s"
    r"(?:section|ressort|rubrik|desk|category|kategorie|рубрика|раздел)\s*:\s*"
    r"(?P<name>[^\W\d][\w&-]*(?:\s[\w&-]+){0,3})$",
    re.I,
)


# A web page's note of the print edition it comes from, its page and desk last: "Aus:
# Ausgabe vom 25.11.2025, Seite 4 / Inland", "From the print edition of 3 May 2025, page 12
# | World", "Из номера от 5 мая 2025, стр. 3 / Экономика": the desk is the section.
_PRINT_PAGE = re.compile(
    r"^(?:aus|erschienen in|from|из)\b:?\s*(?:der |the )?(?:gedruckten )?"
    r"(?:ausgabe|print edition|printausgabe|issue|edition|номера?|выпуска)\b[^/|·]{0,60}?"
    r"\b(?:seite|page|p\.|s\.|стр\.|с\.|полоса)\s*[\w-]{1,5}\s*[/|·–]\s*"
    r"(?P<name>[^\W\d][\w-]*(?:\s[\w&-]+){0,2})$",
    re.I,
)


# An office of the issuing body, which its letterhead prints where a page's desk stands:
# its press office ("Pressestelle", "Press Office", "Пресс-служба") or a department
# ("Главное управление растениеводства", "Abteilung Verkehr", "Directorate of Planning").
_OFFICE_UNIT = re.compile(
    r"(?:(?:press|media|news) (?:office|centre|center|desk|relations)|media relations|"
    r"pressestelle|presseabteilung|pressezentrum|medienstelle|"
    r"пресс-(?:служба|центр|бюро|отдел)|"
    r"(?:(?:главное|центральное|территориальное|региональное) )?управление [а-яё]\S*|"
    r"(?:отдел|департамент|сектор) [а-яё]\S*|"
    r"(?:abteilung|referat|dezernat|stabsstelle|fachbereich) \S+|"
    r"(?:directorate|division|department) (?:of|for) \S+)(?: [\w-]+){0,5}",
    re.I,
)


# Where a page is filed rather than its desk: a date or a period ("06/2019", "2019",
# "Oktober 2019"), an issue of the paper ("Ausgabe: 43", "Nr. 43/2019", "Jahrgang 2019",
# "Issue 12", "Выпуск № 5"), or the kind of page a CMS names ("article", "Artikel").
_FILING = re.compile(
    r"[\d\s./:-]+"
    r"|(?:ausgabe|heft|nr|nummer|issue|no|vol|volume|jahrgang|выпуск|номер)\.?\s*:?\s*№?\s*"
    r"\d[\d\s./-]*"
    r"|№\s*\d[\d\s./-]*"
    rf"|(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(?:19|20)\d\d"
    r"|article|artikel|beitrag|page|seite|статья|материал|публикация",
    re.I,
)
# An archive's crumb ("DIE ZEIT Archiv", "Heftarchiv", "Archives", "Архив новостей"): the
# stories of all desks are filed there.
_ARCHIVE = re.compile(r"(?:[\w.-]+\s){0,3}\w*(?:archiv|archive|archives|архив)(?:\s\w+)?", re.I)


def is_filing_label(label: str) -> bool:
    """Whether a crumb or a stated section names where the page is filed (a date, an issue,
    an archive, the page's kind), which a CMS sets where a desk stands: no section."""
    label = " ".join(label.split())
    if not label or len(label) > 60:
        return False
    return _FILING.fullmatch(label) is not None or _ARCHIVE.fullmatch(label) is not None


def is_office_unit(line: str) -> bool:
    """Whether a label names an office of the issuing body (its press office, a department)
    rather than a page's desk: the letterhead's unit, no section."""
    line = line.strip()
    return len(line) <= 80 and _OFFICE_UNIT.fullmatch(line) is not None


def stated_section(line: str) -> str:
    """The section a line states by its label ("Rubrik: Politik", "… · Ressort Wirtschaft",
    "Author: X · Section: Y", "Aus: Ausgabe vom …, Seite 4 / Inland")."""
    line = line.strip()
    m = _LABEL.match(line) or _DESK.match(line) or _WIRE_KEYWORDS.match(line)
    m = m or (_PRINT_PAGE.match(line) if line[:1] in "AaEeFfИи" else None)
    m = m or (_ROW_DESK.match(line) if line.count(":") >= 2 else None)
    desk = m.group(m.lastindex or 1).strip() if m else ""
    # a dash or mark for the label's empty value ('Рубрика: —', 'Ressort: -'): no desk
    return desk if any(c.isalnum() for c in desk) else ""


# The label a breadcrumb trail is printed after: "Sie sind hier:", "You are here:",
# "Sie befinden sich hier:".
_HERE_LABEL = re.compile(
    r"^(?:sie sind hier|du bist hier|sie befinden sich hier|du befindest dich hier|"
    r"you are here|вы здесь|вы находитесь здесь)\s*:\s*",
    re.I,
)


# A rubric label framed by dashes or marks, as a text newsletter sets it over an item, or
# in square brackets ('[ Environment ]').
_FRAMES = "—–-=*#~"
_FRAMED = re.compile(r"^[—–=*#~-]{1,5}\s+(?P<label>[^\W\d][^—–=*#~]{0,30}?)\s+[—–=*#~-]{1,5}$")
_BRACKETED = re.compile(r"^\[\s*(?P<label>[^\W\d][^\[\]\d]{0,30}?)\s*\]$")


# A rubric led by a chevron or pointer over a digest item's headline ('>> Sport', '» Region',
# '▶ Kultur'): a few words, no sentence; one '>' is a quoted reply's line, never a label.
_MARKED = re.compile(r"^(?:>>|»|›|▶|►)\s*(?P<label>[^\W\d][\w/&.' -]{1,38}?)\s*$")
_MARKED_WORDS = 4


def marked_rubric(line: str) -> str:
    """The rubric a chevron-led label names ('>> Crailsheim', '» Wirtschaft'), or ''."""
    if line[:1] not in ">»›▶►" or not (m := _MARKED.match(line.strip())):
        return ""
    label = m["label"]
    if len(label.split()) > _MARKED_WORDS or label.endswith("."):
        return ""
    return label


def framed_rubric(line: str) -> str:
    """The rubric a framed label names ('=== Sport ===', '[ Environment ]'), or ''."""
    line = line.strip()
    if marked := marked_rubric(line):
        return marked
    if line[:1] == "[" and line[-1:] == "]" and (m := _BRACKETED.match(line)):
        return section_of_line(m["label"])
    if line[:1] in _FRAMES and line[-1:] in _FRAMES and (m := _FRAMED.match(line)):
        return section_of_line(m["label"])
    return ""


# A byline after a desk's bar ('By Jane Doe', 'Von Anna Berg', 'Автор: Иван Петров').
_BYLINE_CRUMB = re.compile(r"^\s*(?i:by|von|автор:?|текст:?)\s+[A-ZÄÖÜА-ЯЁ]")


_DOT_MENU = 5  # a trail set with dots is shallower
_DOT_SEP = re.compile(r"\s[·•]\s")


def section_of_line(line: str, extra: Iterable[str] = ()) -> str:
    """The section a header line names ("Wirtschaft", "Rubrik: Politik", "Home > World")."""
    line = _HERE_LABEL.sub("", line.strip())  # "Sie sind hier: Home > News > Netze"
    if is_language_switch(line):
        return ""  # "Deutschland - Deutsch": the edition's language, no trail
    if stated := stated_section(line):
        return stated
    if line[:1] in _FRAMES and line[-1:] in _FRAMES and (m := _FRAMED.match(line)):
        return section_of_line(m["label"], extra)  # '— Business —', '=== Sport ==='
    if line[:1] == "[" and line[-1:] == "]" and (m := _BRACKETED.match(line)):
        return section_of_line(m["label"], extra)  # '[ Environment ]'
    known = VOCABULARY | {e.lower() for e in extra}
    if line.lower() in known and len(line.split()) <= 4:
        return _cased(line)
    if "|" in line and bar_menu_entries(line):
        return ""  # the site menu in one row: all its desks, none the article's own
    if (m := _STAMPED_DESK.match(line)) and m["desk"].lower() in known:
        return _cased(m["desk"])
    words = line.split()
    if (
        2 <= len(words) <= 8
        and words[0].lower() in _HOME
        and not is_trail(line)
        # the site menu led by its home link ("Home  News  Politics  Sport"): every desk
        # listed, none the article's own
        and not is_menu_line(line)
    ):
        named = [w for w in words[1:] if w.lower() in known]
        if named:
            return named[0]
    # a trail set with arrows: a slash joins two names in one crumb ("… > Energie / Umwelt")
    parts = [p for p in (_ARROW if _SPACED_ARROW.search(line) else _CRUMB).split(line) if p]
    if len(parts) > 1 and _BYLINE_CRUMB.match(parts[-1]):
        # 'Agriculture | By Jane Doe': the desk, then the writer's byline, no deeper crumb
        parts = [p.strip() for p in parts[:-1]]
        if len(parts) == 1:
            return _cased(parts[0]) if parts[0].lower() in known else ""
    if len(parts) > 2 and parts[0].lower() in _HOME and not _deeper(parts[-1]):
        # "Startseite » Wirtschaft » <the headline>": the trail ends in it (a label's small
        # word aside: "… » Цены на сырое молоко" is a section)
        parts = parts[:-1] if len(parts[-1].split()) > 3 else parts
    dotted = " · " in line or " • " in line
    if dotted and len(parts) >= _DOT_MENU and not _SPACED_ARROW.search(line):
        # the site menu in one row set with dots ('News · Sport · Farming · Notices ·
        # Subscribe'): five entries or more side by side, no trail, none the article's own
        return ""
    if len(parts) > 1 and all(len(p.split()) <= 4 for p in parts):
        named = [p for p in parts if p.lower() in known]
        if named and _deeper(parts[-1]) and parts.index(named[-1]) < len(parts) - 1:
            # "Nachrichten › Sachsen › Dresden", "Business / Automobiles": the trail goes
            # on below a known section, and its deepest crumb is the article's own
            return parts[-1]
        if named:
            return named[-1]
        if len(parts) >= 3 and is_dot_trail(line) and _deeper(parts[-1]):
            # "Example Post · Welt · Analyse": the site's name leads the trail in place of
            # home, the deepest crumb is the article's section
            return parts[-1]
        if parts[0].lower() in _HOME_OR_ALL_NEWS or _NEWS_DESK.search(parts[0]):
            # "Home › Tirol", "Главная / Новости / Облигации", "Nachrichten > Ruhrgebiet":
            # the last crumb after home and the all-news page names the section; a desk's
            # news over its section ("Local News | Transportation") too: the deepest level
            if len(parts) >= 3 and parts[0].lower() in _HOME and parts[-1].lower() in _ALL_NEWS:
                # "Главная / Пресс-центр / Новости": the news page is the deepest level
                # under a part of the site, the article's own section
                return parts[-1]
            if len(parts) == 2 and parts[0].lower() in _HOME and parts[1].lower() in _ALL_NEWS:
                # "Главная / Новости", "Home › News": a trail (a spaced slash or an arrow,
                # not a menu row's bar) whose only level is the news page
                return parts[1] if _CRUMB_SEP.search(line) else ""
            rest = [p for p in parts if p.lower() not in _HOME_OR_ALL_NEWS]
            rest = rest[1:] if _NEWS_DESK.search(parts[0]) else rest
            if rest and rest[-1][:1].isupper() and len(rest[-1]) <= 30:
                return rest[-1]
    return ""


def is_trail(line: str) -> bool:
    """Whether a label is a breadcrumb trail of several crumbs ("Город / Транспорт")."""
    return len([p for p in _CRUMB.split(line.strip()) if p]) > 1


def active_section(lines: list[str], title_idx: int, extra: Iterable[str] = ()) -> str:
    """The site menu's entry repeated as a label just above the headline (the menu lists
    "Kärnten", the article header shows "Kärnten" again, or a crumb "Home › Wirtschaft"):
    the page marks its own section so, beside kickers and other menu words. Of two such
    labels ("Business" over "Germany", DW), a known section name beats a topic tag."""
    if trail := _repeated_menu_pair(lines, title_idx):
        return trail
    found: list[str] = []
    for i in range(title_idx - 1, max(0, title_idx - 4) - 1, -1):
        line = lines[i].strip()
        names = [section_of_line(line, extra)]
        if 1 <= len(line.split()) <= 3 and line[:1].isupper() and not _NOT_LABEL.search(line):
            names.append(line)
        if len(crumbs := _CRUMB_SEP.split(line)) > 1 and len(line.split()) <= 8:
            names.append(crumbs[-1].strip())  # "Новости Омска / ЖКХ": the deepest crumb
        for name in filter(None, names):
            # a menu entry further up, not the same line printed twice; no menu word itself
            listed = any(lines[j].strip() == name for j in range(i - 1)) or any(
                in_menu_row(name, lines[j]) for j in range(i)
            )
            if listed and (not is_boilerplate(name) or _news_desk_label(lines, name, i, title_idx)):
                found.append(name)
                break
    known = VOCABULARY | {e.lower() for e in extra}
    return next((n for n in found if n.lower() in known), found[0] if found else "")


def _repeated_menu_pair(lines: list[str], title_idx: int) -> str:
    """The child of a trail of two crumbs, one a line, right over the headline that the
    menu above lists side by side in the same order ("Region" / "Altenburg" under a menu
    "Leipzig" / "Region" / "Altenburg" / "Borna"): the desk and its sub-desk, the deeper
    one the page's own section (a label pair in another order is a desk and a topic)."""
    if title_idx < 4:
        return ""
    parent, child = lines[title_idx - 2].strip(), lines[title_idx - 1].strip()
    if parent == child or not _menu_entry(parent) or not _menu_entry(child):
        return ""
    if not section_of_line(parent) or is_boilerplate(child) or not child[:1].isupper():
        return ""
    for j in range(title_idx - 3):
        if lines[j].strip() == parent and lines[j + 1].strip() == child:
            return child
    return ""


_MENU_ENTRY_WORDS = 3
_STACKED_MENU = 4  # entries of a menu pasted one a line
_LONG_MENU = 10  # so many short lines in a row are a menu, whatever their words


def _menu_entry(line: str) -> bool:
    line = line.strip()
    return 0 < len(line.split()) <= _MENU_ENTRY_WORDS and line[-1:].isalnum() and not is_trail(line)


def _chrome_entries(entries: list[str]) -> int:
    """The entries of a menu run that are the site's chrome ("Podcasts", "Contact")."""
    return sum(1 for entry in entries if is_boilerplate(entry))


def in_stacked_menu(lines: list[str], i: int, title_idx: int = -1, rooted: bool = False) -> bool:
    """Whether line i is an entry of a site menu pasted one entry a line ("Home" /
    "Politik" / "Kultur" / "Wirtschaft" / "Reisen"): four or more short lines in a row, two
    or more of them desks, or one desk and two of the site's chrome ("Podcasts",
    "Contact"), or any entries after the home link opening the run ("Startseite" /
    "Politik" / "Sport" / "Suche") standing apart from the headline over a date row. The
    menu lists the site's desks; none is the article's own, unless a line between the
    menu and the headline names it again ("Startseite >> Wirtschaft"). `rooted` asks for
    the menu opened by the home link only: its last entry stands by the headline and would
    pass for the page's own desk."""
    if not _menu_entry(lines[i]):
        return False
    # the run of entries around it; an entry printed again ("Startseite" under the menu's
    # "Startseite") begins a trail, one crumb a line, that is no part of the menu
    top, end = i, i + 1
    while top > 0 and _menu_entry(lines[top - 1]):
        top -= 1
    while end < len(lines) and _menu_entry(lines[end]):
        end += 1
    seen: set[str] = set()
    for j in range(top, end):
        entry = lines[j].strip()
        if entry in seen:
            if j > i:
                end = j
                break
            top, seen = j, set()
        seen.add(entry)
    if end - top < _STACKED_MENU:
        return False
    rooted_run = lines[top].strip().lower() in _HOME and i > top
    home_menu = rooted_run and _apart(lines, top, end, title_idx)
    if rooted and not home_menu:
        return False
    desks = sum(1 for line in lines[top:end] if section_of_line(line))
    # one desk amid the site's chrome ("Sport" / "Podcasts" / "Contact"), not at the run's
    # end (one entry and the headline under it), where a page prints its own desk
    chrome_menu = desks == 1 and i < end - 2 and _chrome_entries(lines[top:end]) >= 2
    # a long run (skip links, switchers, the menu's entries) is the menu even when only one
    # of its entries is a known desk ("Karriere" among "Service" / "Über uns"), unless the
    # entry stands under a home crumb ("Home" / "Nachrichten" / "Börse"): a trail
    long_menu = end - top >= _LONG_MENU and not any(
        ln.strip().lower() in _HOME for ln in lines[top + 1 : i]
    )
    if desks < 2 and not chrome_menu and not long_menu and not home_menu:
        return False
    name = lines[i].strip()
    return not any(name in line for line in lines[end : max(title_idx, end)])


_SIBLING_DESKS = 3  # desks of a menu run that list the site's desks side by side


def closes_desk_menu(lines: list[str], i: int, title_idx: int) -> bool:
    """Whether line i is an entry of a menu pasted one entry a line down to the headline
    ("Politik" / "Ausland" / "Wirtschaft" / "Kultur" / headline), its last three entries
    desks, and the page names it nowhere else. Why: the site's desks listed side
    by side; the last, by the headline, is no more the story's than the others (a trail
    goes one desk deep), unless the page marks it again (a tag, a stamp's desk)."""
    if not 0 <= i < title_idx or not _menu_entry(lines[i]) or not section_of_line(lines[i]):
        return False
    top, end = i, i + 1
    while end < title_idx and _menu_entry(lines[end]):
        end += 1
    if end != title_idx:
        return False
    while top > 0 and _menu_entry(lines[top - 1]):
        top -= 1
    if end - top < _STACKED_MENU:
        return False
    # the desks run on down to the headline: an entry after the site's chrome
    # ("eNewspaper" / "Agriculture"), in capitals of its own, or printed twice is the
    # page's rubric
    last = lines[end - _SIBLING_DESKS : end]
    if len(last) < _SIBLING_DESKS or not all(section_of_line(ln) for ln in last):
        return False
    if last[-1].isupper() and not last[-2].isupper():
        return False
    if last[-1].strip() == last[-2].strip():
        return False  # the menu's entry set again under it ("Sport" / "Sport"): the rubric
    name = lines[i].strip()
    return not any(name in ln for ln in lines[end + 1 :])


_TAGS_ROW_LABEL = re.compile(
    r"^(?i:filed under|tags|topics|themen|schlagw(?:ö|oe)rter|schlagworte|теги|темы|рубрики?)"
    r"\s*:"
)


def menu_closing_rubric(lines: list[str], title_idx: int) -> str:
    """The label right over the headline that closes a menu pasted one entry a line, when
    the page prints it again under the text (its 'Filed under' or tags row), and the menu
    over it lists three desks or more ("Politics" / "Business" / "Opinion" / "Business &
    Economy" / headline … "Business & Economy  broadband"). Why: the page marks the story's
    rubric twice; the menu's own entries it names once, in the menu."""
    k = title_idx - 1
    if k < _STACKED_MENU or not _menu_entry(lines[k]):
        return ""
    label = lines[k].strip()
    top = k
    while top > 0 and _menu_entry(lines[top - 1]) and lines[top - 1].strip() != label:
        top -= 1
    entries = lines[top:k]
    if len(entries) < _STACKED_MENU or sum(1 for e in entries if section_of_line(e)) < 3:
        return ""
    if any(e.strip() == label for e in entries):
        return ""  # the label is one of the menu's entries: no mark of its own
    below = lines[title_idx + 1 :]
    marked = (
        label in ln
        and ln.strip() != label
        and not ln.rstrip().endswith(".")
        # the tags row opening with the label, or with its own label before it ('Filed
        # under: X  tag  tag', 'Themen: X, …', 'Теги: X, …')
        and (ln.startswith(label) or _TAGS_ROW_LABEL.match(ln) is not None)
        for ln in below
    )
    return label if any(marked) else ""


def _apart(lines: list[str], top: int, end: int, title_idx: int) -> bool:
    """A run of four labels or more stands apart from the headline: a date row (not an
    entry, or one with figures, "21 ноября 2025, 10:15") comes between. A trail one crumb
    a line runs down to the headline, its last line the kicker ("Home" / "Region" / "Town"
    / "Topic")."""
    while end > top and any(c.isdigit() for c in lines[end - 1]):
        end -= 1
    return end - top >= _STACKED_MENU and (title_idx < 0 or end < title_idx)


def _news_desk_label(lines: list[str], name: str, i: int, title_idx: int) -> bool:
    """The menu's "News" repeated alone right over the headline: the page marks its news
    desk so (a "News" link elsewhere is chrome). A trail above ("Главная / Новости /
    Общество") goes deeper: its crumb is the section then."""
    if i != title_idx - 1 or name.lower() not in _NEWS_DESK_LABELS:
        return False
    return not any(_CRUMB_SEP.search(line) for line in lines[:i])


_NEWS_DESK_LABELS = frozenset({"news", "nachrichten", "новости"})
_MENU_ROW = (4, 12)  # words of a site's menu printed in one row


def in_menu_row(name: str, line: str) -> bool:
    """The label is an entry of the site menu printed in one row over it ('Футбол Хоккей
    Баскетбол Теннис' over 'Футбол', or 'Home | Nepal | World | …' over 'Nepal'): every
    word capitalised, no punctuation of a sentence."""
    if "|" in line:
        return name in bar_menu_entries(line)
    if " · " in line or " • " in line:
        # a row set with dots ('News · Sport · Farming · Notices'), its entry repeated in
        # the kicker's capitals ('NEWS') too
        entries = [e.strip().casefold() for e in _DOT_SEP.split(line)]
        return len(entries) >= _DOT_MENU and name.casefold() in entries
    words = line.split()
    if " " in name:
        # an entry joined by "&" ('Arts & Culture' in 'News Politics Arts & Culture Food &
        # Drink'): its words run together in the row, every other word capitalised
        # or any entry of a row led by the home link ('Home About Us Media Centre', its
        # gaps closed): every word a capitalised menu word, the entry's words in a run
        parts = name.split()
        homed = words[:1] != [] and words[0].lower() in _HOME and len(words) <= 16
        if "&" not in parts and not homed:
            return False
        if not homed and not _MENU_ROW[0] <= len(words) <= _MENU_ROW[1]:
            return False
        if not all(
            w == "&" or (w[:1].isupper() and w[-1:].isalnum()) or (homed and w in _MENU_JOINERS)
            for w in words
        ):
            return False
        n = len(parts)
        return any(words[k : k + n] == parts for k in range(len(words) - n + 1))
    return (
        name in words
        and _MENU_ROW[0] <= len(words) <= _MENU_ROW[1]
        and all(w[:1].isupper() and w[-1:].isalnum() for w in words)
    )


_BAR = re.compile(r"\s*\|\s*")
_BAR_MENU = 6  # entries: a trail is never so deep; a menu row lists the site's desks
_HOME_MENU = 4  # entries of a menu led by the home link, one a line or in one row


def bar_menu_entries(line: str) -> list[str]:
    """The entries of a site menu printed in one row with bars between them ('Home | Nepal
    | World | Business | Sports | Opinion | Epaper'): six or more entries of one to three
    capitalised words (four when the home link leads them), no digits, no sentence ends;
    [] for any other line. A breadcrumb is not so deep, and a stamp row ('Politik |
    24.11.2025 | 3 Min.') holds digits."""
    if line.count("|") < _HOME_MENU - 1:
        return []
    entries = [e for e in _BAR.split(line.strip()) if e]
    # led by the home link, four entries are the menu ('Home | World | Business | Login');
    # a trail set with bars is shallower ('Home | News | Business')
    least = _HOME_MENU if entries and entries[0].lower() in _HOME else _BAR_MENU
    if len(entries) < least or any(
        not 0 < len(e.split()) <= 3
        or not e[:1].isupper()
        or not e[-1:].isalnum()
        or any(c.isdigit() for c in e)
        for e in entries
    ):
        return []
    return entries


# Words that join a headline's parts and stand in no menu entry: "Council Backs Plan
# For The Bridge", "Fans Say No To New Stadium".
_HEADLINE_GLUE = frozenset({
    "a", "an", "the", "for", "to", "of", "in", "on", "at", "as", "with", "by", "after",
    "over", "from", "is", "are", "was", "will", "be", "has", "have", "says", "say", "und",
    "der", "die", "das", "für", "mit", "von", "im", "am", "zu", "ist", "в", "на", "с", "и",
    "по", "для",
})  # fmt: skip
_MENU_DESKS = frozenset({
    "news", "nachrichten", "новости", "home", "startseite", "главная",
    # a menu's entries that are no desk: the site's services, its ads, its surroundings
    # ("Kirchheim Umland Sport Kultur Service Anzeigen", "Обзор Афиша Объявления Видео")
    "service", "services", "anzeigen", "kleinanzeigen", "traueranzeigen", "trauer", "jobs",
    "classifieds", "notices", "umland", "video", "videos", "podcasts", "events", "termine",
    "видео", "афиша", "объявления", "спецпроекты", "подкасты",
})  # fmt: skip


def is_menu_row(line: str) -> bool:
    """The site menu printed in one single-spaced row ("News Sport Farming Property
    Lifestyle Notices"): four to twelve capitalised words, no sentence's punctuation, no
    word that joins a headline, and three or more of them the names of desks. A
    headline in title case joins its words with "for", "to", "the"."""
    words = line.split()
    if not _MENU_ROW[0] + 1 <= len(words) <= _MENU_ROW[1]:
        return False
    if not all(w[:1].isupper() and w[-1:].isalnum() for w in words):
        return False
    lows = [w.lower() for w in words]
    if any(w in _HEADLINE_GLUE for w in lows):
        return False
    return sum(w in VOCABULARY or w in _MENU_DESKS for w in lows) >= 3


_RUBRIC_ROW = 3  # desks named side by side: a menu row, however few its entries


def is_rubric_row(line: str) -> bool:
    """Several desks named in one row ('Новости Экономика Политика Спорт', a menu bar
    pasted single-spaced): three or more capitalised words, each a desk's name. A page
    files its story under one desk; a row of them is the site's menu, no section."""
    words = line.split()
    if len(words) < _RUBRIC_ROW or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    return all(w.lower() in VOCABULARY or w.lower() in _MENU_DESKS for w in words)


_WIDE_GAP = re.compile(r"[ \t]{2,}|\t")


def is_menu_line(line: str) -> bool:
    """A site menu pasted as one row of entries set apart by wide gaps ('News   Politics
    Money   Sport   Video', as a browser copies a menu bar's links): four or more entries
    of one to three capitalised words, none ending a sentence. No headline is printed so;
    a table row's cells are joined by ' | ' instead."""
    if "  " not in line and "\t" not in line:
        return False
    entries = _WIDE_GAP.split(line.strip())
    return len(entries) >= 4 and all(
        0 < len(e.split()) <= 3 and _entry_cased(e) and e[-1:].isalnum() for e in entries
    )


def _entry_cased(entry: str) -> bool:
    """A menu entry opens in a capital, or is one brand word cased inside ('ePaper',
    'iPlayer', 'eMagazin'), as menus print them."""
    if entry[:1].isupper():
        return True
    return " " not in entry and entry[:1].islower() and entry[1:2].isupper()


def trail_over_title(lines: list[str], title_idx: int, extra: Iterable[str] = ()) -> str:
    """A trail pasted one crumb a line over the headline ("Startseite" / "Finanzen" /
    "Energie", maybe a kicker under it): its deepest crumb when that is a known section
    name, a level below the one the menu repeats. An unknown word there ("Startseite" /
    "Schweiz" / "Gletscherschwund") is the story's topic, a kicker, and is left to the
    other rules."""
    known = VOCABULARY | {e.lower() for e in extra}
    for home in range(max(0, title_idx - _TRAIL_SPAN), title_idx - 2):
        if lines[home].strip().lower() not in _HOME:
            continue
        crumbs: list[str] = []
        for line in lines[home + 1 : title_idx]:
            if not _deeper(line.strip()) or is_trail(line):
                break
            crumbs.append(line.strip())
        if crumbs and in_stacked_menu(lines, home + len(crumbs), title_idx, rooted=True):
            continue  # the site's menu under its home link ("Startseite" / four desks)
        between = lines[home + 1 + len(crumbs) : title_idx]  # a kicker at most
        if len(between) > 1 or any(is_trail(b) or section_of_line(b) for b in between):
            continue  # a menu ("Startseite" / "Politik" / "Sport"), not the article's trail
        if len(crumbs) >= 2 and crumbs[-1].lower() in known and crumbs[-2].lower() in known:
            return _cased(crumbs[-1])
        if len(crumbs) == 3 and crumbs[0].lower() in known and crumbs[2].lower() not in known:
            # "Главная" / "Бизнес" / "Энергетика" / kicker: under a known section, the next
            # crumb is the deepest level (its own name, however unknown) and the last the kicker
            return _cased(crumbs[1])
    return ""


# A desk's own news page named as a crumb: "Greater Manchester News", "Irish news",
# "Sport-Nachrichten", "Новости Казани"; not the all-news labels ("Latest News").
_DESK_NEWS = re.compile(
    r"^(?!(?:latest|top|breaking|more|all|other|fake|good|bad|alle|weitere|neueste|aktuelle|"
    r"главные|все|другие|последние)\b)[^\W\d][\w-]*(?:\s[\w-]+){0,2}[ -](?:news|nachrichten)$"
    r"|^новости\s[^\W\d][\w-]*(?:\s[\w-]+)?$",
    re.I,
)


# Labels a page sets over a headline that name the kind of story, not a place's page.
_STORY_KINDS = frozenset({
    "exclusive", "breaking", "live", "update", "updated", "analysis", "opinion", "comment",
    "video", "watch", "podcast", "interview", "exklusiv", "eilmeldung", "kommentar",
    "analyse", "meinung", "liveticker", "эксклюзив", "мнение", "интервью", "видео",
})  # fmt: skip


def _town_under_desk_news(above: str, last: str) -> bool:
    """A place's page under a desk's news page, one crumb a line over the headline ("Local
    News" / "Exampleton", "Regionale Nachrichten" / "Beispielstadt"): one or two
    capitalised words, no kind of story ("Exclusive", "Analysis" are kickers)."""
    if not _DESK_NEWS.match(above) or not _deeper(last):
        return False
    words = last.split()
    return (
        len(words) <= 2
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and last.lower() not in _STORY_KINDS
        and last.lower() not in _ALL_NEWS
    )


def desk_crumb_over_title(lines: list[str], title_idx: int) -> str:
    """The deepest crumb of a trail pasted one crumb a line right over the headline, rooted
    in the home link or the all-news page ("News" / "Wien" / "Wien Aktuell", "Главная" /
    "Пресс-центр" / "Новости"), or a desk's news page alone over it ("Irish news"), when
    the crumb names a desk, not a topic: it extends the crumb over it ("Wien Aktuell"
    under "Wien"), it is a desk's news page ("Greater Manchester News"), or the news list
    under another crumb ("Пресс-центр" / "Новости"). A short unknown line under a trail
    may be a kicker (trail_over_title); these shapes never are."""
    if title_idx < 1:
        return ""
    last = lines[title_idx - 1].strip()
    if not (_deeper(last) or last.lower() in _ALL_NEWS) or is_trail(last):
        return ""
    if _DESK_NEWS.match(last):
        # under a trail of its own ("Главная > Новости > Облигации") it is a heading
        return "" if title_idx > 1 and is_trail(lines[title_idx - 2]) else _cased(last)
    if title_idx > 1 and _town_under_desk_news(lines[title_idx - 2].strip(), last):
        return last  # "Local News" / "Exampleton": the town's page under the local desk
    for root in range(title_idx - 3, max(-1, title_idx - _TRAIL_SPAN) - 1, -1):
        if lines[root].strip().lower() not in _HOME_OR_ALL_NEWS:
            continue
        crumbs = [c.strip() for c in lines[root + 1 : title_idx]]
        if not all((_deeper(c) or c.lower() in _ALL_NEWS) and not is_trail(c) for c in crumbs):
            return ""
        above = crumbs[-2].lower()
        if last.lower().startswith(f"{above} ") or (
            last.lower() in _ALL_NEWS and above not in _HOME_OR_ALL_NEWS
        ):
            return _cased(last)
        return ""
    return ""


_TRAIL_SPAN = 6  # home, up to three crumbs, a kicker, the headline
# Any breadcrumb separator, the slash too: a crumb the menu above lists marks the trail.
_CRUMB_SEP = re.compile(r"\s(?:›|»|>|→|⇒|⟩|/)\s")
# The arrows only a breadcrumb uses ("Philippines › Nation"; a slash or a bar joins other things).
_ARROW = re.compile(r"\s*[›»>→⇒⟩]\s*")


def arrow_crumbs(line: str) -> list[str]:
    """The crumbs of a trail set with arrows ("Startseite › Presse › Sachsen"), stripped. A
    menu row run on into the trail's home crumb ("News Sports Opinion Food News ›
    Environment", a print of the page's header) gives its last word as that crumb."""
    crumbs = [p.strip() for p in _ARROW.split(line.strip()) if p.strip()]
    if len(crumbs) > 1 and len(crumbs[0]) > 30 and _menu_run(crumbs[0]):
        crumbs[0] = crumbs[0].rsplit(None, 1)[-1]
    return crumbs


# Words a menu's entries join with ("Things to Do", "Arts & Culture", "Kultur und Freizeit").
_MENU_JOINERS = frozenset({"&", "and", "to", "of", "und", "и", "the"})


def _menu_run(text: str) -> bool:
    """Menu entries pasted single-spaced into one run ("News Sports Opinion Business
    Weather Things to Do Food"): six to twenty-five capitalised words, joiners aside, and no
    punctuation. A headline has a verb in lower case or fewer words capitalised."""
    words = text.split()
    if not 6 <= len(words) <= 25 or any(c in text for c in '.,:;!?«»"„“”'):
        return False
    return all(w[:1].isupper() or w.lower() in _MENU_JOINERS for w in words)


def is_arrow_trail(line: str) -> bool:
    """A breadcrumb trail set with arrows ("Land Example › Presse › Pressedienst", "Главная
    → Новости"): crumbs of a few words each, none a sentence. Never a headline, which
    joins clauses with a colon or a dash, not with an arrow between short labels."""
    if not _SPACED_ARROW.search(line) or len(line) > 120:
        return False
    crumbs = arrow_crumbs(line)
    return len(crumbs) > 1 and all(len(c.split()) <= 4 and c[-1] not in ".!?:" for c in crumbs)


def is_slash_trail(line: str) -> bool:
    """A breadcrumb trail set with slashes ("Пресс-центр / СМИ о нас", "Presse / Meldungen /
    Archiv"): two to six capitalised crumbs of a few words each, none a sentence. A
    headline does not join short labels with slashes."""
    if " / " not in line or len(line) > 100:
        return False
    crumbs = [c.strip() for c in line.split(" / ")]
    return 2 <= len(crumbs) <= 6 and all(
        c and len(c.split()) <= 4 and c[:1].isupper() and c[-1] not in '.!?:…"»“”' for c in crumbs
    )


_DOT = re.compile(r"\s+[·•]\s+")


def is_dot_trail(line: str) -> bool:
    """A breadcrumb trail set with middle dots, often led by the site's name ("Example Post
    · Welt · Analyse", "Пример · Регион · Общество"): three or four capitalised crumbs of a
    few words each, no figure, none a sentence. A headline does not join short labels so."""
    if ("·" not in line and "•" not in line) or len(line) > 100:
        return False
    crumbs = _DOT.split(line.strip())
    return 3 <= len(crumbs) <= 4 and all(
        len(c.split()) <= 4 and c[:1].isupper() and not _NOT_LABEL.search(c) for c in crumbs
    )


def arrow_trail_over_title(lines: list[str], title_idx: int) -> str:
    """A breadcrumb set with arrows right over the headline, or over its kicker
    ("Funding › Global Health" / "EXCLUSIVE" / headline): its deepest crumb is the
    article's section, known name or not, rather than a menu entry further up. The first
    crumb may be the home link in the site's own name ("Example24 > Region > Town")."""
    for i in range(title_idx - 1, max(-1, title_idx - 3), -1):
        line = lines[i].strip()
        parts = arrow_crumbs(line)
        if len(parts) >= 2:
            home = len(parts) >= 3 and len(parts[0].split()) <= 2 and not is_boilerplate(parts[0])
            rest = parts[1:] if home else parts
            # the all-news crumb the trail passes through ("Главная → Новости → Город")
            passed = _HOME_OR_ALL_NEWS
            if len(parts) <= 5 and all(_deeper(p) or p.lower() in passed for p in rest):
                last = parts[-1]
                return "" if last.lower() in passed else _cased(last)
            return ""
        if i < title_idx - 1 or not _deeper(line):
            return ""  # above the headline only a kicker may stand under the trail
    return ""


def _deeper(crumb: str) -> bool:
    """A crumb that reads as a section label: a capitalised name of up to three words, a
    small word between them aside ("Цены на сырое молоко", "Oil and Gas")."""
    words = crumb.split()
    return (
        len(words) <= 4
        and len([w for w in words if w.lower() not in _SMALL_WORDS]) <= 3
        and len(crumb) <= 30
        and crumb[:1].isupper()
        and not _NOT_LABEL.search(_ORDINAL_LEVEL.sub("", crumb))
        and not is_boilerplate(crumb)
    )


# A numbered level in a label's name, its ordinal and word ("Wien - 14. Bezirk", "3. Liga",
# "2. Bundesliga"): no figure of a headline's.
_ORDINAL_LEVEL = re.compile(r"(?<![\w.])\d{1,2}\. (?=[A-ZÄÖÜ][a-zäöüß]{3,}$)")


# Prepositions and conjunctions inside a section's name.
_SMALL_WORDS = frozenset(
    {"&", "-", "–", "and", "of", "for", "und", "für", "и", "на", "в", "о", "по", "для"}
)
_NOT_LABEL = re.compile(r"\d|[.!?:…\"»“”]$")


def _cased(name: str) -> str:
    """A section set in capitals by the page's style ("BUSINESS", "MIDDLE EAST") in the
    case the archive keeps ("Business"); short acronyms ("EU", "USA") stay."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())
    return name


# The issue's folio after a rubric: "Законодательство · Выпуск № 44 (3218)", "Lokales |
# Seite 3", "Business · Issue 12": a figure or a number sign in the part after the mark.
_FOLIO_TAIL = re.compile(r"\s+[·•|]\s+(?=[^·•|]*(?:\d|№|#)).*$")


# A news agency credited in brackets after the desk ("Politik (dpa)", "World (Reuters)",
# "Экономика (ТАСС)"): the item's wire, not a part of the desk's name.
_AGENCY_TAIL = re.compile(
    r"\s*\((?:dpa|afp|ap|apa|sda|kna|epd|ddp|dts|ots|anp|belga|ansa|efe|reuters|xinhua|"
    r"tass|ria novosti|ians|pti|тасс|риа новости|интерфакс)(?:[/,][^()]{1,20})?\)$",
    re.IGNORECASE,
)


def plain_section(section: str) -> str:
    """A section as filed, without the chrome printed along with it: the issue's folio
    after the rubric is cut off, so is an agency's credit in brackets after it ("Politik
    (dpa)"), a rubric set as a hashtag loses its mark ("#Sport"), and of an arrow trail
    ("Town > City desk", "News » Sport") the deepest crumb is the article's own section."""
    section = _FOLIO_TAIL.sub("", section.strip())
    if section[:1] == "#" and section[1:2].isalpha() and " " not in section:
        section = section[1:]  # a rubric set as a hashtag ("#Город", "#Wirtschaft")
    if section.endswith(")") and (cut := _AGENCY_TAIL.sub("", section)):
        section = cut
    if _SPACED_ARROW.search(section):
        parts = arrow_crumbs(section)
        section = parts[-1] if parts and _deeper(parts[-1]) else section
    if (m := _GLUED_CRUMB.match(section)) and _glued_root(m["root"]):
        section = m["rest"]  # "NewsLeeds News": the trail's crumbs pasted without a gap
    return section


# Two crumbs of a trail run together, the root's last letter glued to the next crumb's
# capital ("NewsLeeds News", "SportFootball", "NachrichtenWirtschaft"), as some pages'
# trails copy; a brand's inner capital ("YouTube", "McLaren") has no desk for its root.
_GLUED_CRUMB = re.compile(r"^(?P<root>[^\W\d_][a-zäöüßа-яё]{2,})(?P<rest>[A-ZÄÖÜА-ЯЁ][\w&' -]+)$")


def _glued_root(root: str) -> bool:
    low = root.lower()
    return low in _ALL_NEWS or low in _HOME or low in VOCABULARY


def page_trail(lines: list[str], title_idx: int, span: int = 12) -> str:
    """The deepest crumb of a breadcrumb set with arrows in the header over the headline
    ("Startseite > Presse > Sachsen", "Site > Office > Medieninformationen", "News › Sport")
    when the trail is anchored in the page's own chrome: its first crumb is the home link,
    the all-news page, the site's name (the paste's first line) or a menu entry printed
    above it. That is the article's section, never a kicker or a menu entry."""
    site = next((ln.strip().lower() for ln in lines if ln.strip()), "")
    for i in range(title_idx - 1, max(-1, title_idx - span - 1), -1):
        line = lines[i].strip()
        if _SPACED_ARROW.search(line):
            parts = arrow_crumbs(line)
        elif " / " in line and _slash_root(lines, i, line.split(" / ", 1)[0].strip()):
            parts = [p.strip() for p in line.split(" / ")]  # "Home / Business / Agriculture"
        else:
            continue
        if len(parts) >= 3 and _own_page_crumb(parts[-1], lines[title_idx]):
            parts = parts[:-1]  # "… > Pressemitteilungen > Pressemitteilung Nr. 87/2025"
        # the all-news crumb the trail passes through ('Startseite > Nachrichten > Desk')
        passed = _HOME_OR_ALL_NEWS
        crumbs = all(_deeper(p) or p.lower() in passed for p in parts[1:])
        if not 2 <= len(parts) <= 6 or not crumbs:
            continue
        first = parts[0]
        anchored = (
            first.lower() in _HOME_OR_ALL_NEWS
            or first.lower() == site
            or _spells_host(first, lines[:i])
            or any(
                lines[j].strip() == first
                or in_menu_row(first, lines[j])
                or _in_bar(first, lines[j])
                for j in range(i)
            )
        )
        if not anchored:
            continue
        last = parts[-1]
        return "" if last.lower() in _HOME_OR_ALL_NEWS else _cased(last)
    return ""


_HOST_IN_LINE = re.compile(r"(?:https?://)?(?:www\.)?([a-z0-9-]{3,30})\.[a-z]{2,6}(?:/|$|\s)")


def _spells_host(crumb: str, above: list[str]) -> bool:
    """Whether a trail's first crumb is the site's name as its address above spells it
    ('news38' under 'Quelle: https://www.news38.de/…'): the home link in the site's name."""
    key = crumb.strip().lower()
    return any(m[1] == key for ln in above for m in _HOST_IN_LINE.finditer(ln.lower()))


# The page's own entry at a trail's end: the document's kind and number ("Pressemitteilung
# Nr. 87/2025", "Press release No. 14", "Пресс-релиз № 52"), which names the item, not its desk.
_NUMBERED_ITEM = re.compile(
    r"^[^\W\d_][^\d]{2,40}?\s(?:nr\.?|no\.?|№|#)\s?\d[\d/.-]*$", re.IGNORECASE
)


def _own_page_crumb(crumb: str, title: str) -> bool:
    """Whether a trail's last crumb is the page itself: its numbered label or its headline
    (whole or cut short with an ellipsis), so the crumb before it is the section."""
    if any(c.isdigit() for c in crumb) and _NUMBERED_ITEM.match(crumb):
        return True
    head = crumb.rstrip(".… ")
    return len(head) >= 20 and title.strip().startswith(head)


# An arrow a pasted trail sets on a line of its own between two crumbs ("News" / "›" / "Town").
_LONE_ARROW = frozenset("›»>→⇒⟩")


def lined_arrow_trail(lines: list[str], title_idx: int) -> str:
    """A breadcrumb pasted one crumb a line with its arrows on lines of their own ("News" /
    "›" / "Linz" / kicker / headline), anchored in the chrome (its first crumb the home
    link, the news page or a menu entry above): the crumb under the last arrow is the
    section. Why: the trail ends where no arrow follows; a line between it and the headline
    is the story's kicker, no deeper crumb."""
    for j in range(title_idx - 2, max(0, title_idx - 8), -1):
        if lines[j].strip() not in _LONE_ARROW:
            continue
        crumb, root = lines[j + 1].strip(), lines[j - 1].strip()
        if not _deeper(crumb) or not (_deeper(root) or root.lower() in _HOME_OR_ALL_NEWS):
            return ""
        if title_idx - (j + 1) > 3:
            return ""  # more than a kicker and a badge between the trail and the headline
        top = j - 1
        while top >= 2 and lines[top - 1].strip() in _LONE_ARROW:
            top -= 2  # "Home" / "›" / "News" / "›" / "Town": the trail's first crumb
        first = lines[top].strip()
        anchored = first.lower() in _HOME_OR_ALL_NEWS or any(
            lines[k].strip() == first or in_menu_row(first, lines[k]) for k in range(top)
        )
        if not anchored or crumb.lower() in _HOME_OR_ALL_NEWS:
            return ""
        return _cased(crumb)
    return ""


def _slash_root(lines: list[str], i: int, first: str) -> bool:
    """The first crumb of a trail set with slashes: the home link ("Home / Business"), or a
    menu entry the header lists alone on its line above ("Пресс-центр" over "Пресс-центр /
    СМИ о нас"); a slash elsewhere joins two names ("Wirtschaft / Umwelt")."""
    if first.lower() in _HOME:
        return True
    return len(first) <= 30 and any(lines[j].strip() == first for j in range(max(0, i - 20), i))


def _in_bar(name: str, line: str) -> bool:
    """The name is an entry of a menu bar pasted as one row with bars between its links
    ("Resident | Business | Visitor | Press Office"): four entries or more, none a sentence."""
    if " | " not in line or name not in line:
        return False
    entries = [e.strip() for e in line.split(" | ")]
    return len(entries) >= 4 and name in entries and all(len(e) <= 30 for e in entries)


# A document's kind printed under the trail ("Press Release", "Пресс-релиз № 63",
# "Pressemitteilung: 13 644-221/25"): the page's label of the item, never a crumb.
_KIND_UNDER_TRAIL = re.compile(
    r"^(?:(?:press|news|media) release|pressemitteilung|pressemeldung|presseinformation|"
    r"medienmitteilung|medieninformation|presseaussendung|пресс-релиз|"
    r"информационное сообщение)\b",
    re.I,
)
# A paywall badge between the trail and the headline: "Example+", "EX+", "Example Plus",
# "Premium", "Exklusiv": the item's mark, which ends the trail (a kicker may follow it).
_PAYWALL_BADGE = re.compile(
    r"^(?:\S{1,16}\s?\+|\S{1,16} (?:plus|premium)|premium|exklusiv|эксклюзив)$", re.I
)
_STACK_SPAN = 14  # the trail's anchor, up to six crumbs, the item's label and date rows


def _news_crumb(lines: list[str], at: int, title_idx: int) -> bool:
    """A menu word as a middle crumb ("Home" / "About us" / "News" / "Press releases"): a
    word or two in capitals first, a deeper crumb right under it before the headline. Why:
    a trail passes through the site's news desk, which alone reads as a menu word."""
    line = lines[at].strip()
    return (
        at + 1 < title_idx
        and len(line.split()) <= 2
        and len(line) <= 20
        and line[:1].isupper()
        and not any(c.isdigit() for c in line)
        and _deeper(lines[at + 1].strip())
    )


def _dated_or_kind(line: str) -> bool:
    """The item's date row or its kind label ("21.11.2025, 15:40", "Published: 3 May
    2025 | News", "Press release") right under a trail: the trail ends there."""
    return bool(line) and (
        (any(c.isdigit() for c in line[:40]) and len(line.split()) <= 10)
        or _KIND_UNDER_TRAIL.match(line) is not None
    )


def stacked_trail(lines: list[str], title_idx: int, extra: Iterable[str] = ()) -> str:
    """A breadcrumb pasted one crumb a line over the headline, anchored in the page's
    chrome: after the home link ("Главная" / "Пресс-центр" / "Пресс-релизы") whose first
    crumb the menu above lists, or after the site's name repeated ("Example Canton" /
    "Police" / "Media releases"). Only the item's kind, its number and date rows, or a name
    printed above may stand between the trail and the headline. The deepest crumb is the
    section; an unknown word under a known section name and over the headline is a kicker
    ("… / Energie" / "Anhörung")."""
    if title_idx < 3:
        return ""
    site = next((ln.strip() for ln in lines if ln.strip()), "")
    top = max(1, title_idx - _STACK_SPAN)
    for anchor in range(top, title_idx - 2):
        head = lines[anchor].strip()
        by_home = head.lower() in _HOME
        if not by_home and head != site:
            continue
        crumbs: list[str] = []
        at = anchor + 1
        above = {ln.strip() for ln in lines[:anchor]}
        badged = False
        while at < title_idx:
            line = lines[at].strip()
            if crumbs and _PAYWALL_BADGE.match(line):
                badged = True  # "Example+" under the trail: the item's badge, no crumb
                break
            # a crumb the menu above lists may be a menu word ("Über uns"), the rest a label
            crumb = (
                _deeper(line)
                or (line in above and len(line) <= 30)
                or (crumbs and _news_crumb(lines, at, title_idx))
                # the home link's news page over a list page ("Home" / "News" / "Releases")
                or (by_home and line.lower() in _ALL_NEWS and _news_crumb(lines, at, title_idx))
                # the all-news page as the deepest crumb, the item's date or kind under it
                or (line.lower() in _ALL_NEWS and _dated_or_kind(lines[at + 1].strip()))
            )
            if not crumb or is_trail(line) or _KIND_UNDER_TRAIL.match(line):
                break
            crumbs.append(line)
            at += 1
        news_list = bool(crumbs) and crumbs[-1].lower() in _ALL_NEWS
        if not (1 if badged or (by_home and news_list) else 2) <= len(crumbs) <= 6 or not (
            _deeper(crumbs[-1]) or news_list
        ):
            continue
        # a release's kind label under the trail ("Medienmitteilung") marks it as one
        kind = at < title_idx and _KIND_UNDER_TRAIL.match(lines[at].strip())
        if by_home and crumbs[0] not in above and not kind:
            continue  # a menu that starts with the home link, no trail
        n = len(crumbs)
        if n > 1 and any(
            [ln.strip() for ln in lines[j : j + n]] == crumbs for j in range(anchor - n + 1)
        ):
            continue  # the menu printed a second time
        between = [ln.strip() for ln in lines[at:title_idx] if ln.strip()]
        if badged and len(between) == 2 and _deeper(between[1]):
            between = between[:1]  # the badge, then the kicker right over the headline
        if len(between) > 3 or not all(
            any(c.isdigit() for c in b)
            or _KIND_UNDER_TRAIL.match(b)
            or _PAYWALL_BADGE.match(b)
            or b in above
            or b in crumbs
            for b in between
        ):
            continue
        known = VOCABULARY | {e.lower() for e in extra}
        if n > 1 and not badged and crumbs[-2].lower() in known and crumbs[-1].lower() not in known:
            return _cased(crumbs[-2])
        if (
            by_home
            and not badged
            and not between
            and len(crumbs) >= 3
            and all(c in above for c in crumbs[:-1])
            and crumbs[-1] not in above
            and crumbs[-1].lower() not in known
        ):
            # "Startseite" / "Region" / "Town" / "Kreistag" / headline: the trail repeats
            # the menu's entries down to the town's page; the unknown word under them,
            # listed nowhere in the menu, is the story's kicker
            return _cased(crumbs[-2])
        return _cased(crumbs[-1])
    return ""


# A list page's back link under a pasted trail: "Zurück zur Übersicht", "Back to overview",
# "← Назад к списку новостей".
_BACK_LINK = re.compile(
    r"^(?:[<«‹←]\s*)?(?:zurück zu(?:r|m)? (?:übersicht|liste|newsübersicht)|"
    r"back to (?:the )?(?:overview|list|news(?:room)?|press releases|all news)|"
    r"назад к (?:списку(?: новостей)?|новостям))$",
    re.IGNORECASE,
)


def backlinked_trail(lines: list[str], title_idx: int) -> str:
    """The deepest crumb of a trail pasted one crumb a line right over a list page's back
    link ("Investoren" / "Finanznachrichten" / "Ad-hoc-Mitteilungen" / "Zurück zur
    Übersicht" / date / headline): the link leads back to the section's list, so the crumb
    above it is the section. Only a dated row may stand between the link and the headline."""
    rows = [(i, lines[i].strip()) for i in range(max(0, title_idx - 12), title_idx)]
    rows = [(i, ln) for i, ln in rows if ln]
    for k in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
        if _BACK_LINK.match(rows[k][1]):
            break
    else:
        return ""
    between = [ln for _, ln in rows[k + 1 :]]
    if not all(any(c.isdigit() for c in b) and len(b.split()) <= 10 for b in between):
        return ""
    crumbs: list[str] = []
    for _, ln in reversed(rows[:k]):
        if not _deeper(ln) or len(crumbs) == 5:
            break
        crumbs.append(ln)
    if len(crumbs) < 2 or crumbs[0].lower() in _HOME_OR_ALL_NEWS:
        return ""
    return _cased(crumbs[0])


def menu_rooted_trail(lines: list[str], title_idx: int) -> str:
    """A two-crumb trail over a listed item, rooted in a menu entry printed again: "Presse"
    (the menu's) / "Presseaussendungen" / back link, the item's kind or date / headline.
    The list page under the entry is the section; only a back link, the item's kind and
    its date rows may stand between it and the headline (a menu printed again has none)."""
    if title_idx < 4:
        return ""
    for anchor in range(max(1, title_idx - 7), title_idx - 2):
        head = lines[anchor].strip()
        if not _deeper(head) or head not in {ln.strip() for ln in lines[:anchor]}:
            continue
        crumb = lines[anchor + 1].strip()
        if not _deeper(crumb) or is_trail(crumb) or _KIND_UNDER_TRAIL.match(crumb):
            continue
        if crumb.lower() in _ALL_NEWS:
            continue  # "Latest", "Все новости": the news list, no desk
        if crumb in {ln.strip() for ln in lines[:anchor]}:
            continue  # the menu printed a second time
        between = [ln.strip() for ln in lines[anchor + 2 : title_idx] if ln.strip()]
        # the item's kind and its date row ("26.11.2025", "26.11.2025 | 10:42"), not a
        # list of other items each with its time ("27.11.2025 16:48 Port handles …")
        dated = [
            b
            for b in between
            if _KIND_UNDER_TRAIL.match(b) or (any(c.isdigit() for c in b) and len(b.split()) <= 4)
        ]
        if dated and len(between) <= 3 and all(b in dated or is_boilerplate(b) for b in between):
            return _cased(crumb)
    return ""


# The heading over the desk's other stories under the text, naming the desk: "Mehr
# Nachrichten aus Example-Land", "Weitere Artikel aus dem Ressort Beispiel", "More from
# Exampleshire", "Другие новости рубрики «Пример»".
_FOOT_DESK = re.compile(
    r"^(?:(?:mehr|weitere)(?: (?:nachrichten|meldungen|artikel|beiträge|news))? aus"
    r"(?: dem ressort| der rubrik)?|more (?:news |stories )?(?:from|in)|"
    r"другие (?:новости|материалы) рубрики)\s+[«\"„“]?(?P<desk>[^\W\d][\w-]*(?: [\w-]+)?)[»\"“”]?$",
    re.IGNORECASE,
)
_FOOT_DESK_LINES = 15  # the foot's lines where the desk's list stands
_DESK_SPAN = 8  # lines over the headline where the trail names it


def foot_named_desk(lines: list[str], title_idx: int) -> str:
    """The desk whose other stories the page lists under the text ("Mehr Nachrichten aus
    Example-Land"), when a line over the headline names it as a crumb: the story's section,
    whatever menu entries and kickers stand around it. Of several so named, the crumb
    nearest the headline (the deepest). '' otherwise."""
    if title_idx < 1:
        return ""
    desks = set()
    for line in lines[-_FOOT_DESK_LINES:]:
        if line[:1] not in "MmWwДд":
            continue
        if m := _FOOT_DESK.match(line.strip()):
            desks.add(m["desk"].lower())
    if not desks:
        return ""
    head = lines[:title_idx]
    if any(_CRUMB_SEP.search(line) for line in head):
        return ""  # a trail in one line ("Startseite > Region > Town > Town Centre") goes deeper
    # the outlet's own name ("More stories from Example" under the logo "Example") is no desk
    desks -= {line.strip().lower() for line in lines[:4]}
    for j in range(title_idx - 1, max(-1, title_idx - _DESK_SPAN - 1), -1):
        crumb = lines[j].strip()
        if crumb.lower() in desks:
            # a known desk under it ("Geld" / "Wohnen" / kicker) is the deeper level
            deeper = (ln.strip().lower() for ln in lines[j + 1 : title_idx])
            return "" if any(d in VOCABULARY for d in deeper) else crumb
    return ""


# A rubric trail's crumbs over a newsletter's headline: "North West | Deals", "Lokales · Minden".
TRAIL_SEP = re.compile(r"\s[·•|›»>/]\s")
_TRAIL_WORDS = 4  # a crumb is a name of a few words


def shared_trail_desks(lines: Iterable[str]) -> dict[str, str]:
    """The desk of each rubric trail over a digest's headlines where two trails or more
    open with the same crumbs and end in different ones ('NORTH WEST | DEALS', 'NORTH WEST
    | PEOPLE'): {trail: its last crumb, in the archive's case}. Why: the shared crumbs are
    the edition's (its region), the last is the item's desk, a name the desk list knows or
    not; a lone 'X | Y' may be a masthead and its edition, no trail."""
    split = {}
    for line in lines:
        parts = [p.strip() for p in TRAIL_SEP.split(line.strip())]
        if len(parts) < 2 or any(not p or len(p.split()) > _TRAIL_WORDS for p in parts):
            continue
        if any(re.search(r"[\d:;!?]", p) for p in parts) or is_boilerplate(line.strip()):
            continue
        split[line] = parts
    shared: dict[str, str] = {}
    for line, parts in split.items():
        others = [q for other, q in split.items() if other != line and q[:-1] == parts[:-1]]
        if any(q[-1].casefold() != parts[-1].casefold() for q in others):
            shared[line] = _cased(parts[-1])
    return shared
