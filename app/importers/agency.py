"""Agency and dateline place from the first line of a wire story.

Wire copy opens with a dateline: "ASTANA, 5. November (BelTA) –", "МОСКВА, 5 ноября. /ТАСС/.",
"LONDON, Nov 5 (Reuters) -", "ASTANA. KAZINFORM –", "МОСКВА, 5 ноя — РИА Новости.".
Known agencies come from the source profiles; an unknown bracketed credit after an all-caps
or one-word place ("Bonn (epd) -") is still taken, as written. Sites that print only the
place ("ASTANA –", a lone "ANKARA" line) give a dateline without an agency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.importers.dates import MONTHS, find_dates, is_only_date, year_dates
from app.importers.outlets import names_outlet
from app.importers.profiles import Profile
from app.importers.sections import CITIES, VOCABULARY
from app.importers.sentences import ends_sentence
from app.importers.sitename import _PRESS_NAME, brand_name, ria_named

_WORD = r"[^\W\d_][\w'’.\-]*"
# The dashes after a dateline, the typographic hyphen U+2010 and its kin among them ("Bonn ‐ …")
_DASH = "–—‐‑‒-"
# capitals beyond Latin-1 too: "HÀ NỘI", "ŁÓDŹ", "İZMİR", "ČESKÉ BUDĚJOVICE"
_EXTENDED = [chr(c) for r in ((0x100, 0x250), (0x1E00, 0x1F00)) for c in range(*r)]
_UPPER = "A-ZÄÖÜÀ-ÖØ-ÞА-ЯЁІЇЄЎ" + "".join(c for c in _EXTENDED if c.isupper())
_PLACE = rf"(?P<place>[{_UPPER}][\w'’.\-]*(?:[ /]{_WORD}){{0,3}}?)"
# the date after the place may carry a slash before its year ("November 25/2025")
_REST = r"(?:\s*[,.]\s*(?P<rest>(?:[^()/\n]|/(?=\d)){0,40}?))?"
_BRACKETED = re.compile(
    rf"^{_PLACE}{_REST}\s*[.,]?\s*(?P<marker>\([^()\n]{{1,40}}\)|/[^/\n]{{2,25}}/)"
    rf"\s*[.:]?\s*(?P<dash>[{_DASH}]{{1,2}}|\.|:)?"
)
_BARE_MARKER = re.compile(r"^\s*(?P<marker>\([^()\n]{1,30}\))\s*(?:[-–—]{1,2})")
# A place in ordinary case alone in the opener's brackets: "Nairobi", "New York", "Санкт-Петербург".
_BRACKETED_PLACE = re.compile(
    rf"^[{_UPPER}][^\W\d_A-ZА-Я]{{2,}}(?:[- ][{_UPPER}][^\W\d_A-ZА-Я]{{2,}}){{0,2}}$"
)
# "(dts Nachrichtenagentur)", "(Trend News Agency)", "(агентство «Кабар»)": a bracketed
# credit naming itself an agency is one, however long, known or not.
_AGENCY_WORD = re.compile(
    r"(?i:\b(?:nachrichtenagentur|presseagentur|news agency|press agency|agence|agencia"
    r"|агентство|агентства)\b)"
)
_QUOTE_MARKS = "«»„“”\"'"
# (and the particles inside a city's name: "DAR ES SALAAM", "RIO DO SUL", "PORTO DA BARRA")
_CONNECTORS = {
    "am", "an", "der", "de", "la", "le", "upon", "on", "im", "in", "del", "на",
    "es", "da", "do", "dos", "das", "di", "des", "du",
}  # fmt: skip
# particles inside a hyphenated place ("Aix-en-Provence", "Boulogne-sur-Mer")
_HYPHEN_PARTICLES = _CONNECTORS | {
    "en", "sur", "sous", "lès", "aux", "au", "na", "nad", "под", "над"
}  # fmt: skip
_NOT_PLACES = {"by", "von", "автор", "foto", "photo", "фото"}


@dataclass
class Dateline:
    """What a dateline told us; `agency` is a profile name or the credit as written."""

    place: str
    agency: str
    profile: Profile | None
    writer: str = ""  # the correspondent the credit names ("/Корр. «Example» Name/")


def _plausible_place(place: str) -> bool:
    """Capitalised words or connectors only, and not a byline ("By John Smith")."""
    words = place.replace("/", " ").split()
    if not words or words[0].lower() in _NOT_PLACES:
        return False
    if len(words) == 1 and words[0].rstrip(".").lower() in MONTHS and len(words[0]) <= 5:
        return False  # 'Nov. 25 (UPI) --', 'Dez. 3 (dpa)': the day, not a place
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


# "Интерфакс-Казахстан", "Novosti-Armenia": an agency's name joined to a capitalised region
# is a different agency (a regional one) and is kept whole.
_REGIONAL = re.compile(rf"(?P<head>[^\W\d_][\w.]*)-(?P<region>[{_UPPER}][^\W\d_]+)")


def _regional(name: str) -> re.Match[str] | None:
    return _REGIONAL.fullmatch(name.strip())


# ... but a quarter of the agency's own country ("ИНТЕРФАКС-ЦЕНТР", "Интерфакс-Юг", "epd-West",
# "dpa-Nord") names a desk of the same agency, whose story it is: the region is a point of
# the compass or a home macro-region, not a country with an agency of its own.
_HOME_DESKS = frozenset(
    {
        "центр",
        "юг",
        "север",
        "запад",
        "восток",
        "сибирь",
        "урал",
        "поволжье",
        "приволжье",
        "черноземье",
        "кавказ",
        "centre",
        "center",
        "south",
        "north",
        "west",
        "east",
        "siberia",
        "ural",
        "urals",
        "volga",
        "midwest",
        "mitte",
        "nord",
        "süd",
        "ost",
        "südwest",
        "nordwest",
        "nordost",
        "südost",
    }
)


def _home_desk(name: str, profiles: tuple[Profile, ...]) -> Profile | None:
    """The agency whose home desk a regional credit names ("ИНТЕРФАКС-ЦЕНТР" → Interfax),
    else None (a country's agency, "Интерфакс-Казахстан", is another agency)."""
    regional = _regional(name)
    if regional is None or regional["region"].lower() not in _HOME_DESKS:
        return None
    return profile_named(regional["head"], profiles)


_TLD = re.compile(r"\.[^\W\d_]{2,3}(?![\w.])")  # ".az" after "INTERFAX"


def _continues(text: str, end: int, profile: Profile | None = None) -> bool:
    """A name found in `text` ending at `end` goes on as "-Region", or as a domain that is
    not the profile's own ("INTERFAX.AZ" is Interfax-Azerbaijan's site, not Interfax's)."""
    nxt = text[end : end + 1]
    if nxt == "-":
        return text[end + 1 : end + 2].isupper()
    if nxt != "." or profile is None or not (m := _TLD.match(text, end)):
        return False
    domain = f"{text[:end].rsplit(None, 1)[-1]}{m.group()}".lower()
    return not any(h == domain or h.endswith(f".{domain}") for h in profile.hosts)


# A Russian outlet's word-name run on by a capitalised word: "Известия Примерска", "Правда
# Севера" name a regional paper of their own, not the federal one whose name they begin with.
_TITLE_RUN_ON = re.compile(r" [А-ЯЁ][а-яё]")


def _longer_title(text: str, m: re.Match[str]) -> bool:
    """The alias `m` found is a Cyrillic word in title case ("Известия", not "ТАСС") that
    a capitalised Cyrillic word follows: a longer title, another outlet's."""
    word = m.group()
    if not ("А" <= word[:1] <= "Я" and word[1:2].islower()):
        return False
    return bool(_TITLE_RUN_ON.match(text, m.end()))


# "(example.net/KNA)": a site's domain, then the agency it took the story from.
_DOMAIN_THEN_AGENCY = re.compile(
    r"^\(\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s*/\s*(?P<agency>[^/()]+?)\s*\)$"
)


def _profile_for_marker(marker: str, profiles: tuple[Profile, ...]) -> Profile | None:
    if (m := _DOMAIN_THEN_AGENCY.match(marker.strip())) and (
        found := _profile_for_marker(f"({m['agency']})", profiles)
    ):
        return found  # the agency credited, not the site that carries its story
    whole = marker.strip("()/ ").split("/")[0].strip()
    by_alias = _lookup(profiles).by_alias
    if _regional(whole):
        return by_alias.get(whole.lower()) or _home_desk(whole, profiles)
    for profile in profiles:
        # "(INTERFAX.KZ)": Interfax's marker, but another site's domain (not its profile's)
        if any(
            (m := p.search(marker)) and not _continues(marker, m.end(), profile)
            for p in profile.dateline
        ):
            return profile
    return by_alias.get(marker.strip("()/ ").split("/")[0].split("-")[0].strip().lower())


def normalise_place(place: str) -> str:
    """ASTANA → Astana, NUR-SULTAN → Nur-Sultan, FRANKFURT AM MAIN → Frankfurt am Main."""
    place = place.strip(" ,.")
    letters = [c for c in place if c.isalpha()]
    if letters and all(c.isupper() for c in letters):

        def fix(word: str) -> str:
            if word.lower() in _CONNECTORS:
                return word.lower()
            # "РОСТОВ-НА-ДОНУ", "STRATFORD-UPON-AVON": a particle inside the name stays small
            parts = word.split("-")
            return "-".join(
                part.lower() if i and part.lower() in _HYPHEN_PARTICLES else part.capitalize()
                for i, part in enumerate(parts)
            )

        place = " ".join(fix(w) for w in place.split(" "))
        place = "/".join(p[:1].upper() + p[1:] for p in place.split("/"))
    return place


@dataclass(frozen=True)
class _Lookup:
    """What the functions here look up in a profiles tuple, built once per tuple."""

    bare_regex: re.Pattern[str]  # "PLACE, date — ALIAS." over every profile's aliases
    bare_alias: dict[str, Profile]  # alias as written → the first profile with it
    by_alias: dict[str, Profile]  # alias, lower case → the first profile with it
    by_name: dict[str, Profile]  # name or alias, lower case → the first profile with it
    alias_words: tuple[tuple[Profile, re.Pattern[str]], ...]  # aliases as whole words
    alias_texts: tuple[str, ...]  # alias_words' aliases as written, in the same order


_LOOKUPS: dict[int, tuple[tuple[Profile, ...], _Lookup]] = {}


def _lookup(profiles: tuple[Profile, ...]) -> _Lookup:
    """The tables for `profiles`, cached by identity: the profiles are loaded once, and
    hashing the tuple (every field of every profile, on each call) cost more than the
    lookups. The cache holds the tuple, so its id cannot be reused while cached."""
    hit = _LOOKUPS.get(id(profiles))
    if hit is not None and hit[0] is profiles:
        return hit[1]
    bare_alias = {a: p for p in reversed(profiles) for a in p.aliases}
    aliases = "|".join(sorted(map(re.escape, bare_alias), key=len, reverse=True))
    by_alias: dict[str, Profile] = {}
    by_name: dict[str, Profile] = {}
    for profile in profiles:
        for alias in profile.aliases:
            by_alias.setdefault(alias.lower(), profile)
        for key in (profile.name.lower(), *(a.lower() for a in profile.aliases)):
            by_name.setdefault(key, profile)
    table = _Lookup(
        bare_regex=re.compile(
            rf"^{_PLACE}{_REST}\s*(?:[.,]|[-–—])\s*(?:[-–—]\s*)?(?P<marker>{aliases})\b"
            # not the start of a regional branch's name or another site's domain
            rf"(?!-[{_UPPER}]|\.[^\W\d_])\s*[.:]?\s*(?P<dash>[-–—]{{1,2}}|\.|:)"
        ),
        bare_alias=bare_alias,
        by_alias=by_alias,
        by_name=by_name,
        alias_words=tuple(
            (profile, re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)"))
            for profile in profiles
            for alias in profile.aliases
            if len(alias) >= 3
        ),
        alias_texts=tuple(
            alias for profile in profiles for alias in profile.aliases if len(alias) >= 3
        ),
    )
    if len(_LOOKUPS) >= 8:
        _LOOKUPS.clear()
    _LOOKUPS[id(profiles)] = (profiles, table)
    return table


# "New Delhi [India], November 26 (ANI): …", "Mumbai (Maharashtra) [India], …": the
# place's country in square brackets (its state before it in round ones), read past as
# part of the place
_COUNTRY_AFTER_PLACE = re.compile(
    rf"^(?P<place>[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*){{0,3}})"
    r"(?: \([^()\[\]\n]{2,30}\))? \[[^\[\]\n]{2,30}\](?=[,.])"
)


# Every form below has a place of at most four words (joined by a space or a slash), then,
# maybe after spaces, one of these (or it opens with the bracket): a line without one in
# its first five words is no dateline.
_SEPARATORS = ",.(/-–—"


# A US state as the wires abbreviate it after the city ("SALINAS, Calif.--(BUSINESS WIRE)--").
_US_STATES = frozenset(
    re.split(
        r"\s+",
        "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss "
        "Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash "
        "W.Va Wis Wyo",
    )
)


def _with_state(place: str, rest: str | None) -> str:
    """The city with the state its wire dateline abbreviates ('Salinas, Calif.'): the state
    tells the town from its namesakes, and the wires print it as part of the dateline."""
    state = (rest or "").strip(" .-–—")
    return f"{place}, {state}." if place and state in _US_STATES else place


# The river or region a German town's name carries in brackets ("Frankfurt (Oder)", "Halle
# (Saale)", "Lohne (Oldb.)"): part of the place, no credit.
_QUALIFIERS = frozenset({
    "oder", "saale", "eder", "main", "elbe", "donau", "rhein", "mosel", "lahn", "fulda", "weser",
    "ems", "havel", "spree", "neckar", "isar", "inn", "lech", "ruhr", "sieg", "wupper", "saar",
    "nahe", "werra", "ilm", "aller", "leine", "mulde", "pleiße", "oste", "dosse", "iller",
    "wümme", "enz", "murr", "rems", "kocher", "jagst", "tauber", "ostfriesland", "breisgau",
    "oberpfalz", "allgäu", "vogtland", "erzgebirge", "taunus", "pfalz", "holstein", "westerwald",
    "eifel", "hunsrück", "odenwald", "spessart", "rhön", "harz", "uckermark", "altmark",
    "wendland", "thüringen", "sachsen", "oberbayern", "niederbayern", "schwaben", "westfalen",
})  # fmt: skip
# its short form with a stop: "(Westf.)", "(Oldb.)", "(Opf.)", "(Brsg.)"
_DOTTED_QUALIFIER = re.compile(r"\((?-i:[A-ZÄÖÜ][a-zäöüß]{2,6})\.\)")


def _place_qualifier(marker: str) -> bool:
    """Whether a bracket after a place is the town's river or region ('(Oder)')."""
    inner = marker[1:-1]
    if not marker.startswith("(") or not 3 <= len(inner) <= 14:
        return False
    if inner.lower() in _QUALIFIERS and inner[:1].isupper():
        return True
    return bool(_DOTTED_QUALIFIER.fullmatch(marker))


def parse_dateline(line: str, profiles: tuple[Profile, ...]) -> Dateline | None:
    """The dateline at the start of `line`, or None."""
    head = _COUNTRY_AFTER_PLACE.sub(r"\g<place>", line[:200], count=1)
    if not head[:1].isupper() and not head.startswith("("):
        return None
    if not any(c in word for word in head.split(None, 5)[:5] for c in _SEPARATORS):
        return None  # most lines of text: no pattern below can match
    m = _BRACKETED.match(head)
    if m and _plausible_place(m["place"]) and _place_qualifier(m["marker"]) and m["dash"]:
        # "Frankfurt (Oder) –", "Allendorf (Eder) –": the town's river or region in brackets
        # is part of its name, no agency's credit
        return Dateline(f"{normalise_place(m['place'])} {m['marker']}", "", None)
    if m and _plausible_place(m["place"]):
        marker = m["marker"]
        profile = _profile_for_marker(marker, profiles)
        place = m["place"]
        if profile is not None:
            return Dateline(normalise_place(place), profile.name, profile)
        caps = place.replace(" ", "").replace("-", "").replace("/", "").isupper()
        inner = _without_desk_initials(marker.strip("()/ "))
        agency_like = (
            (len(inner) <= 20 and len(inner.split()) <= 3 and not inner.isdigit())
            or bool(_AGENCY_WORD.search(inner))
            or (_named_credit(inner) and _dated_rest(m))
        )
        # a place of several words in small letters ("Addis Ababa") only with a date
        # between it and the credit: "Addis Ababa, November 25/2025 (ENA) - …"
        placed = caps or " " not in place or _dated_rest(m)
        if m["dash"] and m["dash"] not in ".:" and agency_like and placed:
            return Dateline(_with_state(normalise_place(place), m["rest"]), inner, None)
        if _lower_acronym_opener(m, head):
            return Dateline(normalise_place(place), inner, None)
        if not m["dash"] and _acronym_after_date(m, head):
            # "New Delhi, Mar 5 (PTI) India's …": no dash, but a date and an agency acronym
            return Dateline(normalise_place(place), inner, None)
        if m["dash"] == ":" and _dotted_acronym(inner) and _acronym_after_date(m, head):
            # "New Delhi, 15 January (H.S.): The Centre …": a date, the agency's initials
            # with their full stops in brackets and a colon; a speaker's label before a
            # colon ("Smith (Labour): I …") has no date and no initials
            return Dateline(normalise_place(place), inner, None)
        if not m["dash"] and (caps or " " not in place) and _slashed_credit_after_date(m, head):
            # "ДУШАНБЕ, 14.04.2025 /НИАТ «Ховар»/. Рогунская …", "Ташкент, 22 апреля /ИА
            # «Дунё»/. …": the credit between slashes
            return Dateline(normalise_place(place), _credit_brand(inner), None)
        if _RELEASE_STAMP.match(inner) and m["dash"] and m["dash"] not in ".:":
            # "Wien (pte012/24.11.2025/11:30) - …": a release service's stamp (its code,
            # day and hour) where the credit would stand; the dateline all the same
            return Dateline(normalise_place(place), "", None)
        if _slashed_credit_then_stop(m, head, caps):
            return Dateline(normalise_place(place), _credit_brand(inner), None)
        if _colon_after_credit(m, head, caps, inner):
            return Dateline(normalise_place(place), inner, None)
    if profiles:
        table = _lookup(profiles)
        m = table.bare_regex.match(head)
        if m and _plausible_place(m["place"]):
            profile = table.bare_alias[m["marker"]]
            return Dateline(normalise_place(m["place"]), profile.name, profile)
    if found := (
        _marker_first(head, profiles)
        or _place_date_credit(head, profiles)
        or _slashed(head)
        or _bracketed_opener(head, profiles)
        or _place_acronym(head)
        or _colon_credit(head, profiles)
        or _credit_first(head, profiles)
        or _correspondent(head)
    ):
        return found
    m = _BARE_MARKER.match(head) or _BARE_MARKER.match(_without_day(head))
    if m:
        profile = _profile_for_marker(m["marker"], profiles)
        if profile is not None:
            return Dateline("", profile.name, profile)
        inner = m["marker"].strip("() ")
        if _shouted_credit(inner):
            return Dateline("", inner, None)  # "(VOVWORLD) - …": an unknown broadcaster's
        if (
            _BRACKETED_PLACE.match(inner)
            and not _not_a_place(inner)
            and not _AGENCY_WORD.search(inner)
            and not _PRESS_NAME.search(inner.lower())  # "(Alliance News) -": a wire's credit
            and len(line.split()) >= _OPENER_WORDS
        ):
            # "(Nairobi) – Kenyan authorities …", "(Genf) – Die …": a rights group's or an
            # office's release opens with its place in brackets, in ordinary case (a wire
            # credit so written is a known profile's, found above)
            return Dateline(inner, "", None)
    m = _SHOUTED_OPENER.match(head)
    if m and _shouted_credit(m["marker"]) and len(line.split()) >= _OPENER_WORDS:
        # "(KPL) The Ministry of Energy …": a wire's credit in capitals opens a paragraph of
        # text without a dash; the text starts there, whatever stands above it
        profile = _profile_for_marker(f"({m['marker']})", profiles)
        return Dateline("", profile.name, profile) if profile else Dateline("", m["marker"], None)
    return None


# A day without the place before a wire's credit: "Nov. 25 (UPI) --", "25. Nov. (dpa) -".
_LEADING_DAY = re.compile(
    r"^(?:(?P<m1>[^\W\d_]{3,9})\.?\s+\d{1,2}|\d{1,2}\.?\s+(?P<m2>[^\W\d_]{3,9})\.?),?"
)


def _without_day(head: str) -> str:
    """``head`` without the month and day that open it in place of a dateline's place."""
    m = _LEADING_DAY.match(head)
    return head[m.end() :] if m and (m["m1"] or m["m2"]).lower() in MONTHS else head


_SHOUTED_OPENER = re.compile(rf"^\((?P<marker>[{_UPPER}]{{3,8}})\)\s+(?=[\"„«“]?[{_UPPER}]\w)")
_OPENER_WORDS = 12


# "Nampa/km", "Xinhua/ab": an agency's name and, after a slash, the initials of the editor
# who handled the piece (in small letters, as the desks sign): the credit is the name alone
_DESK_INITIALS = re.compile(r"^(?P<name>[^\W\d_][\w.\-]{1,24})/[a-zäöü]{1,3}$")


# "hib/HAU", "epd/KNA": a credit in small letters with the editor's initials in capitals
_DESK_CAPITALS = re.compile(r"^(?P<name>[a-zäöü]{2,12})/[A-ZÄÖÜ]{2,4}$")


def _without_desk_initials(credit: str) -> str:
    m = _DESK_INITIALS.match(credit) or _DESK_CAPITALS.match(credit)
    return m["name"] if m else credit


def _shouted_credit(name: str) -> bool:
    """One word in capitals ("VOVWORLD", "KUNA") opening the text in brackets before a
    dash: the outlet's credit, unless a label of the kind of piece ("(UPDATE) -")."""
    letters = [c for c in name if c.isalpha()]
    return (
        len(letters) >= 3
        and " " not in name
        and all(c.isupper() for c in letters)
        and name.lower() not in _BRACKET_LABELS
    )


def _lower_acronym_opener(m: re.Match[str], head: str) -> bool:
    """'Hamburg (ddp). Der Hafen …': a one-word place, an agency's short name in small
    letters (the German agencies' style: dpa, ddp, epd, kna) and a full stop, the sentence
    after it. Small letters tell the credit from a party ('Merz (CDU).')."""
    inner = m["marker"].strip("()")
    if not (2 <= len(inner) <= 5 and inner.isalpha() and inner.islower()) or m["rest"]:
        return False
    after = head[m.end("marker") :].lstrip()
    return " " not in m["place"] and after[:1] == "." and after[1:].lstrip()[:1].isupper()


# an agency's initials with their full stops: "H.S.", "U.N.I.", "A.P."
_DOTTED_ACRONYM = re.compile(rf"^(?:[{_UPPER}]\.){{2,4}}$")


def _dotted_acronym(inner: str) -> bool:
    return len(inner) <= 8 and bool(_DOTTED_ACRONYM.match(inner))


def _acronym_after_date(m: re.Match[str], head: str) -> bool:
    """A bracketed agency acronym ("(PTI)", "(IANS)", "(H.S.)") after place and date, the
    sentence starting right after it: a dateline even without its dash."""
    inner = m["marker"].strip("()/ ")
    acronym = 2 <= len(inner) <= 6 and inner.isalpha() and inner.isupper()
    acronym = acronym or _dotted_acronym(inner)
    # or an agency's name of a few capitalised words: "(Prensa Latina)", "(Пренса Латина)"
    if not (acronym or (m["marker"].startswith("(") and _named_credit(inner))):
        return False
    if not _dated_rest(m):
        return False
    after = head[m.end() :].lstrip()
    return after[:1].isupper()


# "People's Daily Online", "Пренса Латина": two to four capitalised words, no digits
_NAMED_CREDIT = re.compile(rf"^[{_UPPER}][\w'’.&-]*(?: [{_UPPER}][\w'’.&-]*){{1,3}}$")


def _named_credit(inner: str) -> bool:
    return len(inner) <= 40 and bool(_NAMED_CREDIT.match(inner))


# "(Pajhwok)", "(AFP)", "(Xinhua)": one name in brackets, cased or in capitals
_ONE_NAME = re.compile(rf"^[{_UPPER}][\w'’&-]{{1,24}}$")


def _colon_after_credit(m: re.Match[str], head: str, caps: bool, inner: str) -> bool:
    """'KABUL (Example): Afghanistan's trade …', 'LAGOS (XNA): The …': the place in
    capitals, the agency's one-word credit in brackets, a colon, then a whole paragraph of
    text (South Asian and African agencies' style). A place in ordinary case before a
    bracket and a colon is a speaker's label ("Smith (Labour): I …"), no dateline."""
    colon = ":" in head[m.end("marker") : m.end()]
    if not colon or not caps or m["marker"][:1] != "(" or not _ONE_NAME.match(inner):
        return False
    if sum(c.isalpha() for c in m["place"]) < 4 or (m["rest"] and not _dated_rest(m)):
        return False
    after = head[m.end() :].lstrip()
    return after[:1].isupper() and len(head.split()) >= _OPENER_WORDS


def _dated_rest(m: re.Match[str]) -> bool:
    """The words between place and bracket are a date ("Wuhan, 24. November (…)")."""
    return bool(m["rest"]) and bool(find_dates(m["rest"], 2000))


# "pte012/24.11.2025/11:30": a release's running number, its day and hour
_RELEASE_STAMP = re.compile(r"^[a-z]{2,5}\d{1,4}/\d{1,2}\.\d{1,2}\.\d{2,4}(?:/\d{1,2}[:.]\d{2})?$")


def _slashed_credit_then_stop(m: re.Match[str], head: str, caps: bool) -> bool:
    """'Ереван /Медиамакс/. Пассажиропоток …': a one-word place, the credit between
    slashes and a full stop, the sentence after it: a dateline without a date."""
    inner = m["marker"].strip("/ ")
    after = head[m.end("marker") :].lstrip()
    if not m["marker"].startswith("/") or after[:1] != "." or m["rest"]:
        return False
    if not (caps or " " not in m["place"]) or len(inner.split()) > 3 or not inner[:1].isupper():
        return False
    return after[1:].lstrip()[:1].isupper()


def _slashed_credit_after_date(m: re.Match[str], head: str) -> bool:
    """A short name between slashes after an all-caps place and a date, a sentence after it."""
    inner = m["marker"].strip("/ ")
    if not m["marker"].startswith("/") or len(inner.split()) > 3 or not inner[:1].isupper():
        return False
    if not m["rest"] or not find_dates(m["rest"], 2000):
        return False
    return head[m.end() :].lstrip()[:1].isupper()


# "Тегеран, ИРНА – Грузооборот …", "Damascus, SANA - …": a place in small letters, the
# agency's short name in capitals without brackets, a dash and the sentence.
_PLACE_ACRONYM = re.compile(
    rf"^(?P<place>[{_UPPER}][^\W\d_'’.\-]+(?:[ -][{_UPPER}][^\W\d_]+)?),\s*"
    rf"(?P<marker>[{_UPPER}]{{3,6}})\s+[{_DASH}]{{1,2}}\s+[{_UPPER}]"
)
# Countries and unions in short ("Вашингтон, США – …" names where, not who).
_COUNTRY_ACRONYMS = frozenset(
    "USA UAE EU UK PRC DPRK ROK США ОАЭ ФРГ КНР КНДР ЕАЭС СНГ".lower().split()
)


def _place_acronym(head: str) -> Dateline | None:
    m = _PLACE_ACRONYM.match(head)
    if not m or m["place"].isupper() or m["marker"].lower() in _COUNTRY_ACRONYMS:
        return None
    return Dateline(normalise_place(m["place"]), m["marker"], None)


# "Berlin: (hib/HAU) Die Deutsche Bahn …": a one-word place before a colon, then the short
# credit in brackets and the sentence; a parliament's or ministry's news service sets it so.
_COLON_CREDIT = re.compile(
    rf"^(?P<place>[{_UPPER}][^\W\d_'’.]{{2,}}(?:[-/][{_UPPER}][^\W\d_]+)?):\s*"
    rf"\((?P<marker>[^()\n]{{2,24}})\)\s+(?=[\"„«“]?[{_UPPER}])"
)


def _colon_credit(head: str, profiles: tuple[Profile, ...]) -> Dateline | None:
    m = _COLON_CREDIT.match(head)
    if not m or _not_a_place(m["place"]):
        return None
    marker = _without_desk_initials(m["marker"].strip())
    if (profile := _profile_for_marker(f"({marker})", profiles)) is not None:
        return Dateline(normalise_place(m["place"]), profile.name, profile)
    short = len(marker.split()) <= 2 and not any(c.isdigit() for c in marker)
    return Dateline(normalise_place(m["place"]), marker, None) if short else None


# "(ANSA) - ROME, APR 2 - Italian …": the agency's marker first, the place after it.
_MARKER_FIRST = re.compile(
    rf"^\((?P<marker>[^()\n]{{2,30}})\)\s*[-–—]{{1,2}}\s*(?P<place>[{_UPPER}][{_UPPER}'’.\-]+"
    rf"(?: [{_UPPER}][{_UPPER}'’.\-]+){{0,2}})"
    r"\s*(?:,\s*(?P<rest>[^-–—\n]{1,25}?))?\s*[-–—]{1,2}\s"
)
# "Baku, 24. Oktober, AZERTAC" alone on its line, "YEREVAN, MARCH 13, ARMENPRESS. Armenia…":
# place, date, then the agency's name in capitals instead of a bracketed credit.
# "Алматы. 12 марта. КазТАГ –", "Баку. 12 мая. REPORT.AZ/": the same with full stops, a
# name in mixed capitals and a slash after it. "CANBERRA, Nov 24 AAP – …": the name right
# after the day's number, with a dash after it. "Астана. 25 ноября. KAZAKHSTAN TODAY -": a
# name of two words in capitals. "Phnom Penh, November 27, 2025 AKP -- …": the year
# after a comma.
_PLACE_DATE_CREDIT = re.compile(
    # the place in capitals may name its country before the day: "BRIDGETOWN, Barbados,
    # Nov 26, CMC – …", "KINGSTON, Jamaica, 12 May, EXA – …"
    rf"^{_PLACE}(?:(?<=[{_UPPER}]{{3}}),\s*[{_UPPER}][^\W\d_]+(?: [{_UPPER}][^\W\d_]+)?(?=,))?"
    rf"\s*[,.]\s*(?P<date>[^,\n]{{3,25}}?(?:,\s*\d{{4}})?)"
    r"(?:\s*[,.]\s*|(?<=\d)\s+(?=\S+\s[-–—]))"
    rf"(?P<marker>[{_UPPER}][\w.&\-]{{1,29}}(?: [{_UPPER}][{_UPPER}\d.\-]+(?=\s[-–—]))?)"
    r"\s*(?:$|[.:]\s|[-–—]{1,2}\s|/)"
)
# "Калининград, 3 сентября 2025, 11:05 — ИА Регнум. …": place, date (and time), then the
# agency's name after the word for news agency, which makes any capitalised name a credit.
_PLACE_DATE_AGENCY = re.compile(
    rf"^{_PLACE}\s*[,.]\s*(?P<date>[^—–\n]{{3,40}}?)\s*(?:[,.]\s*|\s[-–—]{{1,2}}\s*)"
    r"(?i:ИА|НИА|информационное агентство|агентство|news agency|nachrichtenagentur)\s+"
    rf"[«„\"]?(?P<marker>[{_UPPER}][\w.\-]{{1,24}})[»“\"]?\s*(?:[.:]\s|[-–—]{{1,2}}\s|$)"
)
# "Душанбе, 3 апр — «Азия-Плюс». …", "Bishkek, 5 May — «Example». …": place and date, a
# dash, then a name in quotes: a quoted name there can only be the credit.
_PLACE_DATE_QUOTED = re.compile(
    rf"^{_PLACE}\s*[,.]\s*(?P<date>[^—–\n]{{3,25}}?)\s+[-–—]{{1,2}}\s*[«„\"]"
    rf"(?P<marker>[{_UPPER}][^»“”\"\n.!?,]{{1,28}})[»“”\"]\s*(?:[.:]\s|[-–—]{{1,2}}\s|$)"
)
# "Махачкала, 28 ноября, РИА «Example». …": place and date, then the agency's kind acronym
# with its quoted name before the full stop.
_PLACE_DATE_ACRONYM_QUOTED = re.compile(
    rf"^{_PLACE}\s*[,.]\s*(?P<date>[^,.—–\n]{{3,25}}?)\s*[,.]\s*"
    rf"(?P<marker>[{_UPPER}]{{2,5}}\s?[«„\"][{_UPPER}][^»“”\"\n.!?,]{{1,28}}[»“”\"])"
    r"\s*(?:[.:]\s|[-–—]{1,2}\s|$)"
)
# "АСТАНА, 20 мая – 24.kz. Аэропорты …": place and date, a dash, then the site's domain as
# its credit (a domain may start with a digit, so the capitals rule above misses it).
_PLACE_DATE_DOMAIN = re.compile(
    rf"^{_PLACE}\s*[,.]\s*(?P<date>[^—–\n]{{3,25}}?)\s+[-–—]{{1,2}}\s*"
    r"(?P<marker>\w[\w-]{0,24}\.[^\W\d_]{2,6})\.?\s*(?:[.:]\s|[-–—]{1,2}\s|$)"
)
# "Баку/25.03.25/Turan: …": place, numeric date and the agency between slashes.
_SLASHED = re.compile(
    rf"^(?P<place>[{_UPPER}][\w'’.\-]+(?: [{_UPPER}][\w'’.\-]+)?)\s*/\s*"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})\s*/\s*(?P<marker>[^\W\d][\w .\-]{1,24}?)\s*[:–—-]\s"
)


def _credit_brand(credit: str) -> str:
    """A credit's outlet as its masthead names it: 'РИА «Дагестан»' -> 'РИА Дагестан' (the
    kind acronym part of the name before a place or a number), 'ИА «Кабар»' -> 'Кабар'."""
    return ria_named(credit) or brand_name(credit)


def _bracketed_opener(head: str, profiles: tuple[Profile, ...]) -> Dateline | None:
    m = _BRACKETED_OPENER.match(head)
    if not m or _not_a_place(m["place"]) or not _is_dated(m["date"]):
        return None
    credit = (m["marker"] or m["portal"] or "").strip().strip(_QUOTE_MARKS).strip()
    if credit and (profile := _profile_for_marker(f"({credit})", profiles)) is not None:
        return Dateline(m["place"], profile.name, profile)
    named = credit[:1].isupper() and len(credit.split()) <= 4 and not find_dates(credit)
    return Dateline(m["place"], _credit_brand(credit) if named else "", None)


def _credited(place: str, marker: str, profiles: tuple[Profile, ...]) -> Dateline | None:
    """A dateline whose credit is a known agency or reads like one (short, capitals)."""
    if not _plausible_place(place):
        return None
    profile = _profile_for_marker(f"({marker})", profiles)
    if profile is not None:
        return Dateline(normalise_place(place), profile.name, profile)
    if (regional := _regional(marker)) and (parent := profile_named(regional["head"], profiles)):
        # a regional branch of a known agency: its Latin name with the region
        region = regional["region"]
        region = region.capitalize() if region.isupper() and len(region) > 3 else region
        return Dateline(normalise_place(place), f"{parent.name}-{region}", None)
    letters = [c for c in marker if c.isalpha()]
    capitals = sum(c.isupper() for c in marker.split()[0])
    if len(letters) >= 3 and len(marker.split()) <= 2 and capitals >= 2:
        return Dateline(normalise_place(place), _credit_name(marker), None)
    return None


def _stopped_credit(m: re.Match[str], head: str) -> Dateline | None:
    """'Сухум. 22 ноября. Апсныпресс. …': place, day and one word each closed by a full
    stop; a word standing alone between the day and the text can only be the credit, so
    an agency's name in ordinary case counts there as one in capitals does."""
    marker = m["marker"]
    between = head[m.end("date") : m.start("marker")].strip()
    after = head[m.end("marker") : m.end("marker") + 2]
    if (
        between == "."
        and after == ". "
        and " " not in marker
        and sum(c.isalpha() for c in marker) >= 4
        and _is_day(m["date"].strip())
        and _plausible_place(m["place"])
    ):
        return Dateline(normalise_place(m["place"]), _credit_name(marker), None)
    return None


def _credit_name(marker: str) -> str:
    """A credit as written, but a domain in capitals as a name: "REPORT.AZ" → "Report.az"."""
    marker = marker.strip().rstrip(".")
    if "." in marker and marker.isupper():
        return marker[:1] + marker[1:].lower()
    return marker


def _slashed(head: str) -> Dateline | None:
    m = _SLASHED.match(head)
    if m and _plausible_place(m["place"]) and m["marker"][:1].isupper():
        return Dateline(normalise_place(m["place"]), _credit_name(m["marker"]), None)
    return None


def _marker_first(head: str, profiles: tuple[Profile, ...]) -> Dateline | None:
    m = _MARKER_FIRST.match(head)
    if m and sum(c.isalpha() for c in m["place"]) >= 3:
        return _credited(m["place"], m["marker"].strip(), profiles)
    return None


def _place_date_credit(head: str, profiles: tuple[Profile, ...]) -> Dateline | None:
    m = _PLACE_DATE_CREDIT.match(head)
    if m and find_dates(m["date"], 2000):
        return _credited(m["place"], m["marker"], profiles) or _stopped_credit(m, head)
    m = _PLACE_DATE_AGENCY.match(head)
    if m and find_dates(m["date"], 2000) and _plausible_place(m["place"]):
        return _credited(m["place"], m["marker"], profiles) or Dateline(
            normalise_place(m["place"]), _credit_name(m["marker"]), None
        )
    m = _PLACE_DATE_DOMAIN.match(head)
    if m and find_dates(m["date"], 2000) and _plausible_place(m["place"]):
        return _credited(m["place"], m["marker"], profiles) or Dateline(
            normalise_place(m["place"]), _credit_name(m["marker"]), None
        )
    m = _PLACE_DATE_ACRONYM_QUOTED.match(head)
    if m and find_dates(m["date"], 2000) and _plausible_place(m["place"]):
        # the credit as a masthead's 'РИА «Example»' reads: 'РИА Example' before a place,
        # else the quoted name (brand_name)
        name = _credit_brand(m["marker"])
        return _credited(m["place"], name, profiles) or Dateline(
            normalise_place(m["place"]), name, None
        )
    m = _PLACE_DATE_QUOTED.match(head)
    quoted = m and len(m["marker"].split()) <= 3 and _plausible_place(m["place"])
    if m and quoted and find_dates(m["date"], 2000):
        return _credited(m["place"], m["marker"], profiles) or Dateline(
            normalise_place(m["place"]), m["marker"].strip(), None
        )
    return None


# "ASTANA – Kazakhstan plans …", "BAKU, Azerbaijan, October 21. Azerbaijan exported …",
# a release's "ASTANA, Kazakhstan, November 25, 2025 – The Embassy …": a place in capitals,
# maybe a country and a day (with its year), then a dash or full stop; no agency.
_CAPS = f"[{_UPPER}][{_UPPER}'’.-]{{2,}}"
# "АСТАНА. BAQ.KZ – Экспорт …": the place in capitals, a full stop, the outlet's name in
# capitals (a site's domain), a dash: the place alone is the dateline, the name its credit.
_CAPS_WORD = f"[{_UPPER}][{_UPPER}'’-]{{2,}}"
_CAPS_PLACE_STOP_CREDIT = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}})\.\s+"
    rf"(?P<credit>[{_UPPER}][{_UPPER}\d-]*(?:\.[{_UPPER}]{{2,4}})+)\s[{_DASH}]{{1,2}}\s+"
    rf"(?=[\"„«“‘]?[{_UPPER}])"
)
_BARE_PLACE = re.compile(
    # a two-letter particle only between words: "FRANKFURT AM MAIN", "RIO DE JANEIRO"; a
    # two-letter first word ("HÀ NỘI", "LA PAZ") only as _short_head allows it
    rf"^(?P<place>(?P<short>[{_UPPER}]{{2}} )?{_CAPS}(?: (?:[{_UPPER}]{{2}} )?{_CAPS}){{0,2}})"
    rf"(?:,\s*[{_UPPER}][\w.-]+(?: [{_UPPER}][\w.-]+){{0,2}})?"
    # (an English ordinal day: "ACCRA, 26th November 2025 –", "LAGOS, March 3rd, 2025 –")
    r"(?:,\s*(?:[^\W\d]{3,}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\.? [^\W\d]{3,}\.?)"
    r"(?:,? (?:19|20)\d\d)?)?"
    # or the day in brackets before a colon: "KUALA LUMPUR (Nov 27): …"
    r"(?:\s\((?:[^\W\d]{3,}\.? \d{1,2}|\d{1,2}\.? [^\W\d]{3,}\.?)(?:,? (?:19|20)\d\d)?\)(?=:))?"
    rf"\s*(?:[.:]|\s[{_DASH}]{{1,2}})\s+\S"
)
# The place glued to a long dash, no spaces (the Nigerian papers', the Wall Street Journal's
# style): "ABUJA—NIGERIA'S reserves …", "KYIV—Ukraine's president …", "LAGOS–The …"; a
# hyphen joins a compound ("ABC-News"), so only an en or em dash counts.
_GLUED_PLACE = re.compile(
    rf"^(?P<place>{_CAPS}(?: (?:[{_UPPER}]{{2}} )?{_CAPS}){{0,2}})(?:,\s*[{_UPPER}][\w.-]+)?"
    rf"[—–](?=[\"„«“‘]?[{_UPPER}][\w'’]*\s)"
)
_LONE_PLACE = re.compile(rf"^{_CAPS}(?: {_CAPS}){{0,2}}$")
# The Singapore papers' style: the place in capitals in square brackets, "[SINGAPORE] Resale
# prices …"; a bracketed label of the kind of piece ("[UPDATE]", "[VIDEO]") is no place.
_BRACKET_PLACE = re.compile(rf"^\[(?P<place>{_CAPS}(?: {_CAPS}){{0,2}})\]\s+\S")
_BRACKET_LABELS = frozenset({
    "update", "updated", "updates", "video", "videos", "photo", "photos", "watch", "live",
    "breaking", "exclusive", "opinion", "analysis", "correction", "corrected", "sponsored",
    "advertisement", "ad", "podcast", "audio", "gallery", "interview", "editorial",
    "explainer", "feature", "review", "eilmeldung", "видео", "фото",
})  # fmt: skip


# "Baghdad-INA", "Kuwait City – KUNA" alone over the text (the Gulf and Iraqi agencies'
# style): the place in ordinary case, a dash, the agency's short name in capitals.
_PLACE_DASH_CREDIT = re.compile(
    rf"^(?P<place>[{_UPPER}][^\W\d_'’.]+(?: [{_UPPER}][^\W\d_'’.]+){{0,2}})"
    rf"\s*[{_DASH}]{{1,2}}\s*(?P<credit>[{_UPPER}]{{2,6}})$"
)


def _place_dash_credit(line: str) -> Dateline | None:
    """'Baghdad-INA' on its own line over the text: the place and the agency's credit; a
    place in capitals ('BADEN-BADEN') or a label ('Sport - NBA', 'Europa – EU') is none."""
    m = _PLACE_DASH_CREDIT.match(line.strip())
    if not m or m["place"].isupper() or _not_a_place(m["place"]):
        return None
    credit = m["credit"]
    if credit.lower() in _COUNTRY_ACRONYMS or credit.lower() in _BRACKET_LABELS:
        return None
    return Dateline(normalise_place(m["place"]), credit, None)


# The day first, the place in capitals after it: "24 ноября 2025, ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ.
# Вулкан …", "3. März 2025, WIEN – …", "Nov. 24, 2025, KYIV — …" (regional Russian sites
# date their text so).
_DATE_FIRST = re.compile(
    rf"^(?P<date>[^,\n]{{4,25}}?(?:,\s*\d{{4}})?),\s*"
    rf"(?P<place>{_CAPS}(?: (?:[{_UPPER}]{{2}} )?{_CAPS}){{0,2}})"
    rf"\s*(?:[.:]|\s[{_DASH}]{{1,2}})\s+(?=[\"„«“‘]?[{_UPPER}])"
)


def _date_first(line: str) -> Dateline | None:
    first = line.split(None, 1)[0].rstrip(".,").lower() if line else ""
    if not (line[:1].isdigit() or first in MONTHS):
        return None
    m = _DATE_FIRST.match(line[:100])
    if (
        not m
        or sum(c.isalpha() for c in m["place"]) < 4
        or not (_is_dated(m["date"]) or _is_day(m["date"]))
    ):
        return None
    return Dateline(normalise_place(m["place"]), "", None)


def lone_place(line: str) -> str:
    """A place alone on its line in capitals ("NEW DELHI"), normalised, or ''."""
    line = line.strip()
    if not _LONE_PLACE.match(line) or sum(c.isalpha() for c in line) < 4:
        return ""
    return normalise_place(line)


def bare_dateline(line: str, next_line: str = "") -> Dateline | None:
    """A dateline without an agency: capitals opening the first paragraph, or a lone
    capitalised place on the line above it (Anadolu's "ANKARA"), or a place and the
    agency's short name there ("Basra-XNA", which gives the credit too). The caller makes sure
    `line` (or `next_line` for a lone place) is running text."""
    if _LONE_PLACE.match(line) and next_line:
        return Dateline(normalise_place(line), "", None)
    dashed = next_line and len(line) <= 48 and any(d in line for d in _DASH)
    if dashed and (found := _place_dash_credit(line)):
        return found
    if found := _date_first(line):
        return found
    m = _CAPS_PLACE_STOP_CREDIT.match(line[:80])
    if m and sum(c.isalpha() for c in m["place"]) >= 4:
        return Dateline(normalise_place(m["place"]), m["credit"], None)
    m = _BARE_PLACE.match(line[:120])
    if m and next_line and _quoted_outlet(line, m["place"]):
        return None  # 'АТОР: спрос вырос вдвое' over the text: a headline quoting an outlet
    if m and sum(c.isalpha() for c in m["place"]) >= 4 and _short_head(m["short"]):
        return Dateline(normalise_place(m["place"]), "", None)
    m = _GLUED_PLACE.match(line[:80])
    if m and sum(c.isalpha() for c in m["place"]) >= 4 and not _glued_label(m["place"]):
        return Dateline(normalise_place(m["place"]), "", None)
    m = _BRACKET_PLACE.match(line[:60])
    if m and m["place"].lower() not in _BRACKET_LABELS and not _not_a_place(m["place"]):
        return Dateline(normalise_place(m["place"]), "", None)
    m = _CASED_PLACE.match(line[:80])
    if m and not _not_a_place(m["place"]):
        return Dateline(m["place"], "", None)
    if found := _cased_pair(line):
        return found
    m = _CASED_PLACE_DATE.match(line[:100])
    dated = m and (_is_dated(m["date"]) or (not m["colon"] and _is_day(m["date"])))
    if m and dated and not _not_a_place(m["place"]):
        return Dateline(m["place"], "", None)
    m = _CASED_PLACE_DAY.match(line[:60])
    if m and not _not_a_place(m["place"]) and is_only_date(m["date"]):
        return Dateline(m["place"], "", None)
    m = _CASED_PLACE_REGION.match(line[:100])
    if m and not _not_a_place(m["place"]):
        return Dateline(m["place"], "", None)
    if m := _CODE_BEFORE_COLON.match(line[:80]):
        return bare_dateline(line[: m.start("code")] + line[m.end("code") :], next_line)
    return None


# The standfirst run into the text's first paragraph ("18 Menschen verschleppt. Kabul – Nach
# …", as a page pasted without its breaks gives it): a sentence end within the first words,
# then a dashed place opening the rest.
_TEASER_END = re.compile(r"(?:(?<=[^\W\d_][.!?])[\"“”»]?|(?<=[\"“”»)][.!?]))\s+(?=[^\W\d_])")
_TEASER_WORDS = 45  # a standfirst is two or three sentences
_RUN_IN_TEXT_WORDS = 20  # the text the dateline opens runs on


def dateline_after_teaser(line: str) -> Dateline | None:
    """A place with a spaced dash ("Wien – ", "Gaza/Jerusalem - ") opening the sentence that
    follows a standfirst of a sentence or two on the same line. Why only dashed places: a
    place before a full stop ("Danke. Die …") or a colon reads as any short sentence."""
    words = 0
    for m in _TEASER_END.finditer(line):
        words = len(line[: m.start()].split())
        if words > _TEASER_WORDS:
            return None
        rest = line[m.end() :]
        if words < 3 or len(rest.split()) < _RUN_IN_TEXT_WORDS:
            continue
        stop = m.start() - 1 if line[m.start() - 1] in ".!?" else m.start() - 2
        if not ends_sentence(line, stop):
            continue  # 'übergab St. Martinsorden in Gold – …': an abbreviation's full stop
        if found := dashed_dateline(rest):
            return found
    return None


def dashed_dateline(text: str) -> Dateline | None:
    """A place and a spaced dash opening `text` ("Wien – Die …", "Gaza/Jerusalem - …"), the
    German papers' dateline; a capitalised label before a colon ("STANDARD: Warum …", an
    interview's question) is none."""
    found = bare_dateline(text)
    if found and re.match(rf"{re.escape(found.place)} [{_DASH}]{{1,2}} ", text):
        return found
    return None


# A place's two-letter first word: an article or particle ("LA PAZ", "EL PASO", "HA NOI"),
# or one with a diacritic ("HÀ NỘI", "ĐÀ NẴNG"); "US STOCKS:", "EU LEADERS —" are kickers.
_SHORT_HEADS = frozenset({"la", "le", "el", "al", "da", "de", "du", "ha", "st", "sa", "lo"})


def _quoted_outlet(line: str, head: str) -> bool:
    """Whether the capitals before a colon opening ``line`` name a known outlet ('ТАСС: …',
    'АТОР: …'). Over the text such a line is the headline quoting the outlet, and its
    capitals no dateline's place."""
    return line[len(head) :].lstrip()[:1] == ":" and names_outlet(head)


def _short_head(word: str | None) -> bool:
    word = (word or "").strip()
    return not word or not word.isascii() or word.lower() in _SHORT_HEADS


def _glued_label(place: str) -> bool:
    """A kicker glued to the text like a place ("BREAKING—", "EXCLUSIVE—"), no place."""
    return place.lower() in _BRACKET_LABELS or _not_a_place(place.title())


def colon_dateline(line: str) -> Dateline | None:
    """A place in ordinary case before a colon opening the text ("Dubai: The Roads …"). The
    caller checks that `line` is the text's first paragraph, not a caption or a headline
    ("Kyrgyzstan: Bishkek bets …"), which put a topic before a colon as often."""
    m = _COLON_PLACE.match(line[:60])
    if m and _short_sentence(line[m.end() :]):
        return None  # "Republikaner: Transparenzregeln umgangen. …": a kicker and its headline
    if m and not any(map(_not_a_place, m["place"].replace(",", "").split())):
        return Dateline(m["place"], "", None)
    return None


_COLON_SENTENCE_WORDS = 4  # "Dubai: Police arrested two men." runs a whole sentence


def _short_sentence(text: str) -> bool:
    """Whether the sentence opening `text` has fewer words than a reported sentence."""
    end = re.search(r"[.!?](?:\s|$)", text)
    return bool(end) and len(text[: end.start()].split()) < _COLON_SENTENCE_WORDS


def _is_day(text: str) -> bool:
    """A day and month in words without the year ("24 November", "Nov 24"): agencies such
    as STA or Kyodo open the text so ("Ljubljana, 24 November - …"); a numeric "24.11."
    could be a score or a reference, so it takes a month's name."""
    return is_only_date(text) and any(c.isalpha() for c in text)


def _is_dated(text: str) -> bool:
    """Whether `text` is a date with its year ("21 ноября 2025 года", "November 21, 2025")
    and little else: a clause between a place and a dash is no dateline."""
    hits = year_dates(text)
    return bool(hits) and hits[0].start <= 3 and len(text) - hits[-1].end <= 6


# "Magdeburg. Der US-Chiphersteller …", "Wien – Die Inflation …", "Frankfurt/Main – …":
# newspapers set the place in ordinary case before a full stop or a dash, or both
# ("Баткен. — В Баткенской области …"), or a middle dot ("Bernkastel-Kues · Die …").
_LOWER = "a-zäöüßà-öø-ÿа-яёіїєў" + "".join(c for c in _EXTENDED if c.islower())
_CASED_WORD = rf"[{_UPPER}][{_LOWER}'’]{{2,}}"
_CASED_PLACE = re.compile(
    # (a town's name after its cased prefix: "Bad Homburg", "Schwäbisch Hall", "Sankt
    # Wendel", "Нижний Тагил"; other pairs of cased words are nouns: "Das Ende. Die …")
    rf"^(?P<place>(?:(?:Bad|Sankt|St\.|Neu|Groß|Klein|Alt|Hohen|Markt|[A-ZÄÖÜ][a-zäöü]+isch|"
    rf"Нижний|Великий|Старый|Новый) )?{_CASED_WORD}(?:[-/]{_CASED_WORD})?"
    # (a particle of a city's name: "Dar es Salaam", "Rio de Janeiro", "Porto da Barra")
    rf"(?: (?:am|an der|upon|on|im|de|del|na|es|da|do|di) {_CASED_WORD})?)"
    rf"(?:\.(?:\s*[–—]{{1,2}})?|\s[{_DASH}]{{1,2}}|\s·)\s+(?=[\"„«“‘]?[{_UPPER}])"
)
# "Beaver Creek – Der Österreicher …", "Santa Clara — The chipmaker …": a place of two
# cased words before a spaced long dash (a full stop after two such words ends a phrase:
# "Das Ende. Die …"); no word a rubric's or opener's, no article, pronoun or adjective first.
_CASED_PAIR = re.compile(
    rf"^(?P<place>(?P<first>{_CASED_WORD}) {_CASED_WORD}) [–—]{{1,2}} (?=[\"„«“‘]?[{_UPPER}])"
)
_PAIR_NOT_FIRST = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "kein",
    "keine", "mein", "meine", "unser", "unsere", "sein", "seine", "ihr", "ihre", "dieser",
    "diese", "dieses", "jeder", "jede", "alle", "viele", "the", "this", "that", "these",
    "those", "our", "your", "their", "his", "her", "its", "my", "good", "bad", "big",
    "great", "last", "next", "first", "second", "top", "key", "short", "long", "breaking",
    "этот", "эта", "это", "наш", "наша", "ваш", "их", "все",
})  # fmt: skip


def _cased_pair(line: str) -> Dateline | None:
    if " –" not in line[:40] and " —" not in line[:40]:
        return None
    m = _CASED_PAIR.match(line[:60])
    if not m or m["first"].lower() in _PAIR_NOT_FIRST or m["first"].endswith(("e", "en", "es")):
        return None  # "Gute Nachricht – Die …", "Neue Regeln – …": a phrase
    if any(map(_not_a_place, m["place"].split())):
        return None
    return Dateline(m["place"], "", None)


# "Dubai: The Roads and Transport Authority …": Gulf papers set the place before a colon
# (one word, or two cased words: "Abu Dhabi: …", "Hong Kong: …"; "Güterzug im
# Rangierbahnhof: …" is a caption's subject, and no word may be a rubric: "Live Update: …"),
# maybe with its country after a comma ("Doha, Qatar: …").
_COLON_PLACE = re.compile(
    rf"^(?P<place>{_CASED_WORD}(?:[- ]{_CASED_WORD})?(?:, {_CASED_WORD}(?: {_CASED_WORD})?)?)"
    rf":\s+(?=[{_UPPER}])"
)
# "Jorf Lasfar (El Jadida province) - The group …", "Sillamäe (Ida-Viru maakond) – …",
# "Тула (Тульская область) — …": the place in ordinary case (up to three words) with its
# region named in brackets by a region word before the dash; "Berlin (dpa) -" is a credit.
_REGION_WORD = (
    r"province|provinz|prov\.|region|regione|prefecture|district|county|state|governorate|"
    r"oblast|kreis|landkreis|bezirk|kanton|canton|département|departamento|provincia|"
    r"maakond|wilaya|voivodeship|woiwodschaft|область|край|район|провинция|округ"
)
_CASED_PLACE_REGION = re.compile(
    rf"^(?P<place>{_CASED_WORD}(?:[- ]{_CASED_WORD}){{0,2}})"
    rf" \((?=[^()]{{0,40}}\b(?i:{_REGION_WORD})\b)[^()]{{2,40}}\)"
    rf"\s[{_DASH}]{{1,2}}\s+(?=[\"„«“‘]?[{_UPPER}])"
)
# A place's name before the day in a dated opener: a cased word, or a two-letter town's
# ('Ош, 21 ноября – …', 'Ys, 3. März – …'), which the day after it makes a place.
_DATED_WORD = (
    rf"(?:{_CASED_WORD}|(?!(?:In|On|At|Am|Im|An|As|By|To|Of|Au|Zu|Da|So|Wo|Es|Er|Du|Ja|No|"
    rf"На|По|Об|Из|За|До|От|Во|Но|Не|Ни|Он|Мы|Вы|Их|Да|Же|Ну|Уж|Бы),)[{_UPPER}][{_LOWER}](?=,))"
)
# "Берлин, 21 ноября 2025 года – Заместитель …", "Genf, 3. März 2025 – Die …": a press
# release opens with the place in ordinary case, the full date and a dash, maybe with the
# place's country ("Gland, Switzerland, 27 November 2025 – …").
# The paper's own code in brackets after the place and day, before the colon ("Kohima,
# November 25 (EXN): …", an Indian paper's own service): no agency, the place's dateline.
_CODE_BEFORE_COLON = re.compile(r"^[^():\n]{6,50}?(?P<code>\s+\([A-Za-z]{2,8}\))(?=:\s)")
_CASED_PLACE_DATE = re.compile(
    rf"^(?P<place>{_DATED_WORD}(?:[-/]{_CASED_WORD})?"
    # a particle inside the place's name: "Frankfurt am Main, 21. November 2025 – …" ("im",
    # "on" join a noun's phrase as often: "Neubau im Zentrum", "Focus on Growth"), or a
    # second cased word ("Нижний Новгород, 3 марта 2025 г. – …", "Bad Ems, …"): the full
    # date and the dash after it make it the place
    rf"(?: (?:(?:am|an der|upon|de|del|na) )?{_CASED_WORD})?"
    rf"(?:, {_CASED_WORD}(?: {_CASED_WORD})?)?),\s*"
    # a dash after the date, or (Irish and British releases) a colon after the full date:
    # "Cork, 24th November 2025: The port …"
    rf"(?P<date>[^–—\n]{{6,32}}?)(?:\s+[–—-]{{1,2}}|(?P<colon>:))\s+(?=[\"„«“‘]?[{_UPPER}])"
)
# "Минск, 22 ноября. На следующей неделе …": the place, the day and month, a full stop
# (papers of the former Soviet Union open the text so, after their agencies), or the year
# and its abbreviation ("Санкт-Петербург, 25 ноября 2025 г. Комитет …", a release), or a
# colon (South Asian agencies: "Kathmandu, Nov 24: Nepal has …").
_CASED_PLACE_DAY = re.compile(
    rf"^(?P<place>{_DATED_WORD}(?:[-/]{_CASED_WORD})?),\s*"
    rf"(?P<date>[^,–—\n]{{2,16}}?(?:\d|[^\W\d_]{{3}}|\d{{4}}\s?г)"
    # the month first with the year after a comma: "Mumbai, November 25, 2025: …"
    rf"|[{_UPPER}][{_LOWER}]{{2,8}}\.? \d{{1,2}}, \d{{4}})"
    rf"[.:]\s+(?=[\"„«“‘]?[{_UPPER}])"
)
# "Wien, 19. November 2025" alone on its line by the headline: a press release's place and
# date, printed above its title instead of opening the text.
_PLACE_DATE_LINE = re.compile(
    rf"^(?P<place>{_CASED_WORD}(?:[-/]{_CASED_WORD})?),\s*(?P<date>.{{6,32}})$"
)
# A release portal's meta row, the place first: "Town/Country | 24.11.2025 | AGENCY | Rubric",
# "Town · 24 November 2025 · Desk" (the fields after the date name the credit and desk).
_PLACE_PIPE_DATE = re.compile(
    rf"^(?P<place>{_CASED_WORD}(?:[-/]{_CASED_WORD})?)\s+[|·•]\s+(?P<date>[^|·•]{{6,32}}?)"
    rf"(?:\s+[|·•]\s+[^|·•]{{1,40}}){{0,3}}$"
)

# "SakhaNews. Якутск, 26 ноября. В Якутске …", "NEWS.EX. Berlin, 3. März. Die …": the
# outlet's credit first, then place and day, each closed by a full stop.
_CREDIT_FIRST = re.compile(
    rf"^(?P<marker>[{_UPPER}][\w\-]{{1,20}}(?:\.[^\W\d_]{{2,4}})?)\.\s+"
    rf"(?P<place>{_CASED_WORD}(?:-{_CASED_WORD})*|{_CAPS}),\s*"
    rf"(?P<date>(?:\d{{1,2}}\.\s*)?[^.,\n]{{3,20}}?)\.\s+(?=[\"„«“‘]?[{_UPPER}])"
)


# "ЧИТА, 25 ноября. /Корр. «Example» Name Surname/. …", "ОМСК, 3 мая /Собкорр. ИА «X» Name/.":
# a regional outlet's correspondent credited between the slashes, the outlet in quotes.
_CORRESPONDENT = re.compile(
    rf"^(?P<place>{_CAPS}(?: {_CAPS}){{0,2}}|{_CASED_WORD}(?:-{_CASED_WORD})*),\s*"
    r"(?P<date>[^/\n]{3,25}?)[.,]?\s*/\s*(?i:корр\.|собкорр\.|соб\. корр\.|корреспондент)\s*"
    r"(?:[A-ZА-ЯЁ]{2,4}\s*)?[«\"](?P<outlet>[^»\"\n]{2,30})[»\"]\s*"
    r"(?P<writer>[A-ZА-ЯЁ][\w-]+(?: [A-ZА-ЯЁ][\w.-]*){1,2})\s*/"
)


def _correspondent(head: str) -> Dateline | None:
    if "/" not in head[:40]:
        return None
    m = _CORRESPONDENT.match(head)
    if not m or not (_is_day(m["date"].strip()) or _is_dated(m["date"].strip())):
        return None
    return Dateline(normalise_place(m["place"]), m["outlet"].strip(), None, m["writer"])


def _credit_first(head: str, profiles: tuple[Profile, ...]) -> Dateline | None:
    m = _CREDIT_FIRST.match(head)
    if not m or not (_is_day(m["date"]) or _is_dated(m["date"])):
        return None
    marker = m["marker"]
    profile = _profile_for_marker(f"({marker})", profiles)
    if profile is not None:
        return Dateline(normalise_place(m["place"]), profile.name, profile)
    # a brand's capitals inside the word ("SakhaNews", "ИА REGNUM") or a domain; a word in
    # ordinary case there ("Berlin. Moskau, 3. März.") names no credit
    if sum(c.isupper() for c in marker) < 2 and "." not in marker:
        return None
    if _not_a_place(m["place"]):
        return None
    return Dateline(normalise_place(m["place"]), _credit_name(marker), None)


# "(Казань, 20 ноября 2025, «Татар-информ»). Северный …", "(Berlin, 3. März 2025) – Die …":
# place, date and maybe the credit together in brackets at the start of the text; a release
# portal's own credit in brackets before them: "(PresseBox) (Hamburg, 27.11.2025) Die …".
_BRACKETED_OPENER = re.compile(
    r"^(?:\((?P<portal>[^\W\d_][^()\n]{1,28})\)\s*)?"
    rf"\((?P<place>[{_UPPER}][{_LOWER}'’]{{2,}}(?:[- ][{_UPPER}][{_LOWER}'’]{{2,}})?),\s*"
    r"(?P<date>[^,()\n]{3,30}?)(?:,\s*(?P<marker>[^()\n]{2,40}?))?\)\s*[.:]?\s*"
    rf"(?:[-–—]{{1,2}}\s*)?(?=[\"„«“]?[{_UPPER}])"
)


def release_place(line: str) -> str:
    """The place of a press release's "Place, full date" line, or '': the date with its
    year and no weekday (a header bar's "Berlin, Mittwoch, 26. November 2025" is the day
    of copying, and a weekday's comma leaves no date after the place's)."""
    m = _PLACE_DATE_LINE.match(line.strip()) or _placed_meta_row(line.strip())
    if not m or _not_a_place(m["place"]):
        return ""
    hits = find_dates(m["date"])
    if len(hits) != 1 or not hits[0].has_year or hits[0].weekday:
        return ""
    if any(h.weekday for h in find_dates(line)):
        return ""  # "Monday, 3 March 2025": the weekday stands where the place would
    return m["place"] if hits[0].start == 0 and hits[0].end == len(m["date"]) else ""


def _placed_meta_row(line: str) -> re.Match[str] | None:
    """A meta row opened by its place: a place and its country ("Town/Country | date"), or
    a place before the date with an agency's credit in capitals among the fields after
    ("Town | date | ABC | Rubric"); a rubric before a date ("Sport | 25.11.2025") is none."""
    m = _PLACE_PIPE_DATE.match(line)
    if not m:
        return None
    fields = [f.strip() for f in re.split(r"\s+[|·•]\s+", line)[2:]]
    return m if "/" in m["place"] or any(_CREDIT_FIELD.match(f) for f in fields) else None


_CREDIT_FIELD = re.compile(rf"^[{_UPPER}]{{2,6}}$")


# One-word sentences and labels that open a paragraph the same way ("Update – …").
_OPENERS = """
update updates exklusiv eilmeldung analyse kommentar interview korrektur nachtrag hintergrund
fazit achtung wichtig hinweis nein ja doch also gut klar okay heute gestern morgen jetzt nun
aktuell schluss ende zunächst erstens zweitens breaking exclusive analysis opinion comment
correction editorial yes no well again finally today yesterday first second note warning
live watch listen read more срочно молния эксклюзив мнение комментарий итак да нет сегодня
вчера обновлено внимание важно frage antwort question answer quelle source note foto photo
bild video audio update вопрос ответ источник фото видео disclaimer summary zusammenfassung
background kontext context explainer transcript sponsored anzeige werbung
"""
_NOT_OPENER_WORDS = set(_OPENERS.split())


def _not_a_place(place: str) -> bool:
    low = place.lower()
    return low in _NOT_OPENER_WORDS or (low in VOCABULARY and low not in CITIES)


def is_desk_word(word: str) -> bool:
    """A rubric or opener word ("Politics", "Update") that no dateline names."""
    return _not_a_place(word)


def profile_named(name: str, profiles: tuple[Profile, ...]) -> Profile | None:
    """The profile whose name or alias is `name` (case-insensitive); a masthead without
    its article ("Independent") names the outlet whose name has it ("The Independent")."""
    by_name = _lookup(profiles).by_name
    key = name.strip().lower()
    found = by_name.get(key) or by_name.get(f"the {key}")
    return None if found is not None and _word_in_lower_case(name.strip(), found) else found


def _word_in_lower_case(name: str, profile: Profile) -> bool:
    """A name in lower case ('trend', an Austrian magazine's) that the profile writes as a
    word with a capital ('Trend', the Baku agency): the ordinary word, no credit of the
    profile's. An acronym ('AFP' as '(afp)') or a name the profile writes in lower case
    ('dpa') still names it."""
    if not name.islower() or " " in name:
        return False
    written = [w for w in (profile.name, *profile.aliases) if w.lower() in (name, f"the {name}")]
    return bool(written) and all(w[:1].isupper() and not w.isupper() for w in written)


def mentioned_agency(text: str, profiles: tuple[Profile, ...]) -> Profile | None:
    """A profile whose dateline marker or alias (as a whole word) occurs in `text`; of
    several, the one named first ("(FRANCE 24 with AFP)" is France 24's item)."""
    for profile in profiles:
        for pattern in profile.dateline:
            if (m := pattern.search(text)) and not _continues(text, m.end(), profile):
                return profile
    first: tuple[int, Profile] | None = None
    lookup = _lookup(profiles)
    # an alias's pattern matches only where the alias is written: a substring test skips
    # the search for the 250 aliases a line does not hold (the search was most of the cost)
    words = lookup.alias_words
    for i in [i for i, alias in enumerate(lookup.alias_texts) if alias in text]:
        profile, pattern = words[i]
        m = pattern.search(text)
        if m and (_continues(text, m.end(), profile) or _longer_title(text, m)):
            continue
        if m and (first is None or m.start() < first[0]):
            first = (m.start(), profile)
    return first[1] if first else None


def profile_for_url(url: str, profiles: tuple[Profile, ...]) -> Profile | None:
    """The profile whose site hosts `url`."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    if not host:
        return None
    for profile in profiles:
        if any(host == h or host.endswith("." + h) for h in profile.hosts):
            return profile
    return None
