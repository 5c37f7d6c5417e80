"""A source name given by a field (a CSV column, a JSON key) in the archive's spelling.

Every other import path files a source in Latin letters: a Cyrillic outlet under its
profile's or its listed Latin name, else transliterated. A bulk export that names the
outlet in Cyrillic ('БелТА') must land under the same name ('BelTA'), or the Sources
facet lists one outlet twice.
"""

from __future__ import annotations

import re

from app.importers.agency import profile_named
from app.importers.outlets import latin_of_printed
from app.importers.profiles import Profile
from app.importers.sitename import (
    brand_name,
    company_brand,
    has_cyrillic,
    is_institution,
    is_mixed_script,
    latin_name,
    ria_named,
    same_name_spelled,
)

_QUOTES = re.compile(r"[«»\"„“”]")


def filed_source(name: str, profiles: tuple[Profile, ...] = ()) -> str:
    """'БелТА' -> 'BelTA', 'Аргументы недели' -> 'Argumenty Nedeli'; a Latin name, a
    ministry's name and a brand of both scripts as given; a company's brand bare."""
    name = " ".join(name.split())
    if not has_cyrillic(name):
        return name
    if (profile := profile_named(name, profiles)) and not has_cyrillic(profile.name):
        return profile.name
    if is_institution(name) or is_mixed_script(name):
        return name
    if firm := company_brand(name):
        return firm
    brand = brand_name(name)
    ours = latin_name(ria_named(name) or brand)
    listed = latin_of_printed(name, brand)
    whole = latin_name(_QUOTES.sub("", name)) if listed else ""
    spelled = same_name_spelled(listed, ours) or same_name_spelled(listed, whole)
    return listed if spelled else ours
