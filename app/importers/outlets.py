"""Known news outlets: which outlet a web host or a printed name variant belongs to.

A clipping names its outlet in many ways: a host, a logo in capitals, "News and Star" in
the metadata where the logo prints "News & Star", the owning group in the © line, the
platform that carried it. Analysts filter and facet by source, so every variant must become
the one name the outlet writes itself. The heuristics find *a* name on the page; this
gazetteer (``resources/outlets/*.yaml``, extended by ``outlets/*.yaml`` in the config dir)
turns a host, a variant or a group into that name. It never overrides an agency credit.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from app.config import config_dir, read_yaml
from app.importers.profiles import yaml_strings
from app.importers.sitename import has_cyrillic
from app.model import ClippingsError

log = logging.getLogger(__name__)

BUILTIN_DIR = Path(__file__).resolve().parents[2] / "resources" / "outlets"

# host prefixes that name no part of an outlet: "www.x.de", "m.x.de", "amp.x.de"
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|mobile|amp|edition|eu|en|de|ru)\.")
# a host printed on the page: "© 2025 example.co.uk", "www.example.de/impressum"
_PRINTED_HOST = re.compile(r"(?<![\w@.-])(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\b")
_KEY_DROP = re.compile(r"[^\w]+")
# the separator after a line's first field: "Example Zeitung · 24.11.2025 | Seite 5"
_FIELD_SEP = re.compile(r"\s+[·•|–—/-]\s+|\s*[,;:]\s+")
# "© 2025 ", "(c) 2025 ", "Copyright © 2025 " before a footer's name
_COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?", re.I)
# the gazetteer's "The Gazette (Colorado Springs)": a town that tells two namesakes apart
_TOWN_SUFFIX = re.compile(r"\s*\([^()]*\)$")
_LEADING_THE = re.compile(r"^the\s+")
# a group's corporate words after its brand ("Example Media Group plc" → "example")
_CORPORATE_TAIL = re.compile(
    r"(?:\s+(?:media|medien|mediengruppe|group|gruppe|holding|verlag|verlagsgruppe|publishing"
    r"|publications|newspapers|news|communications|gmbh|ag|se|kg|co|plc|ltd|limited|inc|llc"
    r"|corp|corporation|company|ооо|ао|пао|зао|медиа|холдинг|группа))+$"
)


@dataclass(frozen=True)
class Outlet:
    """One news outlet as the archive names it."""

    name: str
    hosts: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    group: str = ""
    country: str = ""
    language: str = ""
    kind: str = ""
    latin: str = "printed"  # a Cyrillic outlet's Latin name: "printed" by it, or "transliterated"


def name_key(name: str) -> str:
    """A name's spelling-blind key: "The News and Star" and "News & Star" share one."""
    key = name.casefold().replace("&", " and ").replace("ё", "е")
    key = _LEADING_THE.sub("", key.strip())
    return " ".join(_KEY_DROP.sub(" ", key).split())


def _strings(value: object) -> tuple[str, ...]:
    """The profiles' reading of a string-or-list field, each string trimmed, blanks dropped."""
    return tuple(s for s in (v.strip() for v in yaml_strings(value)) if s)


def outlet_from_mapping(data: object) -> Outlet:
    """One YAML entry; raises ValueError naming what is wrong."""
    if not isinstance(data, dict) or not str(data.get("name") or "").strip():
        raise ValueError("an outlet needs a 'name'")
    return Outlet(
        name=str(data["name"]).strip(),
        hosts=tuple(h.lower() for h in _strings(data.get("hosts"))),
        aliases=_strings(data.get("aliases")),
        group=str(data.get("group") or "").strip(),
        country=str(data.get("country") or ""),
        language=str(data.get("language") or ""),
        kind=str(data.get("kind") or ""),
        latin=str(data.get("latin") or "printed"),
    )


def bare_host(host: str) -> str:
    """``host`` without the prefixes that name no outlet ("www.", "m.", "amp.")."""
    host = host.lower().strip().rstrip(".")
    while (m := _HOST_PREFIX.match(host)) and host.count(".") > 1:
        host = host[m.end() :]
    return host


class Gazetteer:
    """Outlets by host and by name key; a key two outlets share is nobody's."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self.outlets = tuple(outlets)
        self._by_host: dict[str, Outlet] = {}
        by_key: dict[str, Outlet | None] = {}
        for outlet in self.outlets:
            for host in outlet.hosts:
                self._by_host[bare_host(host)] = outlet
            for variant in (outlet.name, *outlet.aliases):
                key = name_key(variant)
                if key and by_key.get(key, outlet) is not outlet:
                    by_key[key] = None  # "Express" names two papers: it names neither
                elif key:
                    by_key[key] = outlet
        self._by_key = {k: o for k, o in by_key.items() if o is not None}
        # spelled exactly as listed, for a line's first field; a lone plain word ("Mint",
        # "Today", "Print") is a menu's or a headline's as often as a name
        by_variant: dict[str, Outlet | None] = {}
        for outlet in self.outlets:
            for variant in (outlet.name, *outlet.aliases):
                variant = " ".join(variant.split())
                if " " not in variant and variant.isalpha() and variant[1:].islower():
                    continue
                seen = by_variant.setdefault(variant, outlet)
                if seen is not outlet:
                    by_variant[variant] = None
        self._by_variant = {v: o for v, o in by_variant.items() if o is not None}
        self._groups: dict[str, list[Outlet]] = {}
        for outlet in self.outlets:
            key = name_key(outlet.group)
            # "© Example Media Group GmbH" is read as the brand "Example": the group either way
            for group in {key, _CORPORATE_TAIL.sub("", key)} - {""}:
                if group not in by_key:
                    self._groups.setdefault(group, []).append(outlet)

    def for_host(self, host: str) -> Outlet | None:
        """The outlet serving ``host`` or a parent domain of it ("lokal.example.de")."""
        host = bare_host(host)
        while host.count(".") >= 1:
            if outlet := self._by_host.get(host):
                return outlet
            host = host.split(".", 1)[1]
        return None

    def for_url(self, url: str) -> Outlet | None:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return None
        return self.for_host(host) if host else None

    def named(self, name: str) -> Outlet | None:
        """The outlet ``name`` spells, in any of its known variants."""
        return self._by_key.get(name_key(name))

    def opening_a_line(self, lines: Sequence[str], head: int = 8, tail: int = 12) -> Outlet | None:
        """A known outlet that is the first field of a short line of the page's head or
        foot: an e-paper's "Example Zeitung · 24.11.2025 · Seite 5", a footer's "© 2025
        Example"), spelled as listed. A line that only opens with the name ("Neue Studie
        …" under "NEUE") is running text."""
        for line in (*lines[:head], *lines[max(head, len(lines) - tail) :]):
            if len(line) > 100:
                continue
            field = _COPYRIGHT.sub("", _FIELD_SEP.split(line.strip(), maxsplit=1)[0])
            outlet = self._by_variant.get(" ".join(field.split()))
            if outlet is not None and outlet.kind != "aggregator":
                return outlet
        return None

    def owned_by(self, name: str, owner: str) -> bool:
        """Whether ``name`` spells a known outlet whose group is ``owner`` ("1 News" of
        "Example Broadcasting"), though the owner is an outlet of its own name too."""
        outlet = self.named(name)
        return (
            outlet is not None
            and bool(outlet.group)
            and (name_key(outlet.group) == name_key(owner))
        )

    def name_groups(self) -> list[tuple[str, ...]]:
        """Each outlet's names (its name and aliases) for a search by any of them
        (``source:ZDF`` finds "Zweites Deutsches Fernsehen"); a name two outlets share
        ("Kurier") is left out, as ``named`` leaves it."""
        groups = []
        for outlet in self.outlets:
            variants = (outlet.name, *outlet.aliases)
            names = [v for v in variants if self._by_key.get(name_key(v)) is outlet]
            if len(set(names)) > 1:
                groups.append(tuple(dict.fromkeys(names)))
        return groups

    def group_outlets(self, name: str) -> list[Outlet]:
        """The outlets of the group ``name`` is, or [] when it names no group."""
        return self._groups.get(name_key(name), [])


def edition_of_sender(credited: str, sender: str, gazetteer: Gazetteer | None = None) -> str:
    """The listed edition a mail's sender names ('Sputnik Беларусь' -> 'Sputnik Belarus')
    when its item credits only the group's bare brand ('МИНСК, 24 ноя – Sputnik.'), or ''.
    Why: a regional edition signs its own copy with the brand; the edition is the outlet.
    Only an outlet of the same group whose listed name is the brand and more counts."""
    gz = gazetteer or default_gazetteer()
    brand, own = gz.named(credited), gz.named(sender)
    if brand is None or own is None or own is brand or not own.group:
        return ""
    if name_key(own.group) != name_key(brand.group):
        return ""
    return own.name if own.name.casefold().startswith(f"{brand.name.casefold()} ") else ""


def _read_dir(folder: Path) -> list[Outlet]:
    outlets: list[Outlet] = []
    for path in sorted(folder.glob("*.y*ml")):
        try:
            entries = read_yaml(path) or []
            if not isinstance(entries, list):
                raise ValueError("the file must be a list of outlets")
            outlets.extend(outlet_from_mapping(entry) for entry in entries)
        except (ClippingsError, ValueError) as exc:
            log.warning("skipping outlets file %s: %s", path, exc)
    return outlets


def load_gazetteer(user_dir: Path | None = None) -> Gazetteer:
    """Built-in outlets, then the user's (which win a host or a name they share)."""
    outlets = _read_dir(BUILTIN_DIR)
    if user_dir is not None and user_dir.is_dir():
        outlets += _read_dir(user_dir)
    return Gazetteer(outlets)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return load_gazetteer(config_dir() / "outlets")


def printed_hosts(lines: Sequence[str], head: int = 12, tail: int = 20) -> list[str]:
    """Hosts printed in the page's header and footer lines ("© 2025 example.de")."""
    picked = list(lines[:head]) + list(lines[max(head, len(lines) - tail) :])
    hosts = []
    for line in picked:
        if "." not in line or len(line) > 160:
            continue
        for m in _PRINTED_HOST.finditer(line.lower()):
            hosts.append(m[1])
    return hosts


def _printed_name(outlet: Outlet) -> str:
    return _TOWN_SUFFIX.sub("", outlet.name) or outlet.name


def outlet_of_host(host: str, gazetteer: Gazetteer | None = None) -> str:
    """The name of the known outlet serving ``host`` (a reader view's domain line over
    the headline: the address the browser shows, not a name the site prints), else ''.
    An outlet named by its address ('Example.ru' for example.ru) keeps it as printed."""
    outlet = (gazetteer or default_gazetteer()).for_host(host)
    if outlet is None or outlet.kind == "aggregator":
        return ""
    name = _printed_name(outlet)
    return "" if bare_host(name.casefold()) == bare_host(host.casefold()) else name


def listed_name_under_logo(
    head: Sequence[str], short: str, gazetteer: Gazetteer | None = None
) -> str:
    """The listed name of the outlet whose short name ``short`` is the logo, printed on the
    line under it ('EZ' over 'Example Zeitung'), else ''. Why: the masthead spells out the
    name the archive files the outlet under; the logo's letters alone filed it apart."""
    top = [" ".join(ln.split()) for ln in head[:4]]
    if short not in top or top.index(short) + 1 >= len(top):
        return ""
    outlet = (gazetteer or default_gazetteer()).named(short)
    if outlet is None or outlet.kind == "aggregator" or outlet.name == short:
        return ""
    return outlet.name if top[top.index(short) + 1] == outlet.name else ""


def known_outlet_name(name: str, gazetteer: Gazetteer | None = None) -> str:
    """The name a known outlet goes by when ``name`` spells one of its variants ('SRF News'
    -> 'SRF'), else ``name`` as printed."""
    outlet = (gazetteer or default_gazetteer()).named(name)
    return _printed_name(outlet) if outlet is not None and outlet.kind != "aggregator" else name


def joint_masthead_name(name: str, gazetteer: Gazetteer | None = None) -> str:
    """The listed name of the outlet whose papers a joint masthead names ('Example
    Nachrichten / Example Zeitung', a paper and its sister edition, both spellings of one
    listed outlet), else ''. Why: the logo and the <title> print both titles; the archive
    files the outlet under its one name."""
    parts = [p.strip() for p in name.split(" / ")]
    if len(parts) < 2 or not all(parts):
        return ""
    gaz = gazetteer or default_gazetteer()
    found = {gaz.named(p) for p in parts}
    outlet = found.pop() if len(found) == 1 else None
    return _printed_name(outlet) if outlet is not None and outlet.kind != "aggregator" else ""


def is_listed_name(name: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether ``name`` is a known outlet's listed name in full ('Example Allgemeine
    Zeitung'), not one of its other spellings ('EAZ')."""
    outlet = (gazetteer or default_gazetteer()).named(name)
    return outlet is not None and outlet.name == name.strip()


def edition_outlet_name(name: str, gazetteer: Gazetteer | None = None) -> str:
    """The listed name of the outlet whose edition ``name`` names, the outlet's name and
    its region after it ('EXAMPLE Europe' -> 'Example'), else ``name``. Other listed
    spellings stay as printed: a paper listed under its group's site ('Example Democrat'
    under 'Example Live') is still the paper."""
    outlet = (gazetteer or default_gazetteer()).named(name)
    if outlet is None or outlet.kind == "aggregator":
        return name
    listed, words = outlet.name.casefold().split(), name.casefold().split()
    return outlet.name if len(words) > len(listed) and words[: len(listed)] == listed else name


def names_outlet(name: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether ``name`` spells a known outlet in any of its variants ('АТОР', 'ATOR')."""
    return (gazetteer or default_gazetteer()).named(name) is not None


# A supplement or regional page named after its paper's name and a dash ('Example
# Gazette - Business North', 'Российская газета - Экономика Сибири').
_SUPPLEMENT_DASH = re.compile(r"\s+[-–—]\s+")


def supplement_outlet_name(name: str, gazetteer: Gazetteer | None = None) -> str:
    """The paper a monitoring service's 'Paper - Supplement' names, as printed, where the
    part before the dash is a known outlet's spelling and the whole is none; else ``name``.
    Why: the supplement is a part of the paper, which is the item's source."""
    parts = _SUPPLEMENT_DASH.split(name.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[1][:1].isupper():
        return name
    gaz = gazetteer or default_gazetteer()
    if gaz.named(name) is not None:
        return name
    outlet = gaz.named(parts[0])
    return parts[0] if outlet is not None and outlet.kind != "aggregator" else name


def is_agency_name(name: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether ``name`` spells a known news agency's ('ТАСС', 'РИА Новости'): beside a day
    it credits the item, never a desk's rubric."""
    outlet = (gazetteer or default_gazetteer()).named(name)
    return outlet is not None and outlet.kind == "agency"


_BARE_HOST_NAME = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$")


def host_outlet_name(name: str, gazetteer: Gazetteer | None = None) -> str:
    """The name of the known outlet a bare address in small letters serves ('example.de' ->
    'Example'), else ``name``. Why: a newsletter whose sender calls itself by its site's
    address credited its items to the address, where the outlet goes by its name."""
    if not _BARE_HOST_NAME.match(name.strip()):
        return name
    outlet = (gazetteer or default_gazetteer()).for_host(name.strip())
    if outlet is None or outlet.kind == "aggregator":
        return name
    # an outlet listed by its address ('Example.ru') goes by it: as printed
    return name if name_key(outlet.name) == name_key(name) else _printed_name(outlet)


def site_outlet_name(name: str, host: str, gazetteer: Gazetteer | None = None) -> str:
    """The listed Latin name of the outlet serving ``host`` where the Cyrillic ``name`` is
    one of its listed spellings ('Пример' mailed from primer.ru, listed 'Primer'), else
    ``name``. Why: our
    transliteration of a Cyrillic sender ('Primyer') stood in for the outlet's own Latin
    name, though its address and name both named the listed outlet."""
    if not has_cyrillic(name):
        return name  # a Latin name is the outlet's own spelling: as printed
    outlet = (gazetteer or default_gazetteer()).for_host(host) if host else None
    if outlet is None or outlet.kind == "aggregator":
        return name
    keys = {name_key(v) for v in (outlet.name, *outlet.aliases)}
    return _printed_name(outlet) if name_key(name) in keys else name


def host_spelled_outlet_name(name: str, host: str, gazetteer: Gazetteer | None = None) -> str:
    """The listed Latin name of the outlet serving ``host`` where the Cyrillic ``name`` is
    one of its listed spellings and the host spells that Latin name ('Еврорадио' on
    euroradio.fm: 'Euroradio'), else ''. Why: the outlet's address is the Latin name it
    uses itself, which beats our transliteration ('Evroradio'); a listed Latin name the
    address does not spell ('Channel Five' on 5-tv.ru) stays a translation, not used."""
    listed = site_outlet_name(name, host, gazetteer) if host else name
    if listed == name:
        return ""
    return listed if name_key(listed).replace(" ", "") in host.lower() else ""


def outlet_source(
    source: str,
    *,
    printed: str = "",
    url: str,
    lines: Sequence[str],
    gazetteer: Gazetteer | None = None,
) -> str:
    """The outlet of a clipping whose source the heuristics named ``source`` (``printed``:
    the same before its Latin spelling), where that name is no outlet's.

    An empty source, a media group's name ("© 2025 Example Media Group") or a platform's
    gives way to the outlet of the clipping's address, else of a host printed in its header
    or footer, else (for a group) to the group's outlet named there. Any other name stays as
    the page prints it: measured on 2,968 items, respelling known names ("HORIZONT" →
    "Horizont", "Finmarket.ru" → "Finmarket") lost three times what it won.
    """
    gaz = gazetteer or default_gazetteer()
    if not gaz.outlets:
        return source
    group = gaz.group_outlets(source) or (gaz.group_outlets(printed) if printed else [])
    known = gaz.named(source) if source else None
    platform = known is not None and known.kind == "aggregator"
    if source and known is None and (owned := _under_group_word(source, gaz)) is not None:
        return _printed_name(owned)  # '© EXAMPLE Lokalblatt': the group's word, the outlet
    if source and not group and not platform and not _own_address(source, url):
        return source
    own = gaz.for_url(url) if url else None
    if own is not None and own.kind != "aggregator":
        return _printed_name(own)
    for host in printed_hosts(lines):  # a footer prints partners' hosts too: the group's own
        outlet = gaz.for_host(host)
        if outlet is not None and outlet.kind != "aggregator" and (not group or outlet in group):
            return _printed_name(outlet)
    if not source and (outlet := gaz.opening_a_line(lines)) is not None:
        return _printed_name(outlet)
    if group:
        keys = [f" {name_key(ln)} " for ln in (*lines[:12], *lines[-20:]) if len(ln) < 120]
        # the longest name printed: 'Oltner Tagblatt' is no 'Tagblatt' of its sister paper
        best, longest = None, 0
        for outlet in group:
            variants = {f" {name_key(v)} " for v in (outlet.name, *outlet.aliases)}
            found = [len(v) for v in variants for key in keys if v in key]
            if found and max(found) > longest:
                best, longest = outlet, max(found)
        if best is not None:
            return _printed_name(best)
    return source


def _under_group_word(source: str, gaz: Gazetteer) -> Outlet | None:
    """The listed outlet a name spells after its group's first word ('FUNKE Lokalblatt' for
    'Lokalblatt' of 'Funke Mediengruppe'), else None: a copyright line's brand, the group's
    name set before the outlet's."""
    words = source.split()
    if len(words) < 2:
        return None
    outlet = gaz.named(" ".join(words[1:]))
    group = name_key(outlet.group).split() if outlet is not None else []
    return outlet if group and group[0] == name_key(words[0]) else None


def _own_address(source: str, url: str) -> bool:
    """Whether ``source`` is only the clipping's own address in small letters ("example.com"
    of https://www.example.com/…): the page printed no name, the host stood in for one."""
    if not url or "." not in source or source != source.lower():
        return False
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    return bool(host) and bare_host(source) == bare_host(host)


def latin_of_printed(printed: str, *bare: str, gazetteer: Gazetteer | None = None) -> str:
    """The Latin name of the outlet a Cyrillic name printed on the page spells ('РИА
    «Воронеж»', 'РИА Воронеж' -> 'RIA Voronezh'; ``bare``: the same without its kind word
    or quotes, 'ФедералПресс' -> 'FederalPress'), or ''. The outlet's own Latin name beats
    our transliteration of it. A short form of a longer listed name ('Факты' of 'Факты и
    комментарии', listed 'Fakty i Kommentarii') is no spelling of it: ''. One dict lookup
    per name."""
    gaz = gazetteer or default_gazetteer()
    for name in (printed, *bare):
        outlet = gaz.named(name) if name else None
        if outlet is None or outlet.kind == "aggregator" or has_cyrillic(outlet.name):
            continue
        key = name_key(name)
        if any(name_key(a).startswith(key + " ") for a in (outlet.name, *outlet.aliases)):
            return ""  # the page prints the short form of a longer listed name
        return _printed_name(outlet)
    return ""
