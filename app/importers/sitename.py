"""The outlet's own name from its page chrome, for sites no profile knows.

A site names itself in its copyright line ("© 2025 Tengrinews.kz. Все права защищены.",
"Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.") and in its <title>
("… - Zakon.kz", "… | ZEIT ONLINE"). A photo credit ("© Name/AFP") names the photographer's
agency, not the publisher, so only lines that read as a legal notice count.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_RIGHTS = re.compile(
    r"all rights reserved|alle rechte vorbehalten|все права защищены|tutti i diritti riservati",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\b")
# Legal forms and owner descriptions around the name: "GmbH & Co. KG", "ООО", "Media Network".
_LEGAL_WORDS = re.compile(
    r"(?<![\w.])(?:gmbh(?:\s*&\s*co\.?(?:\s*kg)?)?|ag|kg|se|s\.?a\.?|s\.?p\.?a\.?|s\.?r\.?l\.?|ltd\.?|"
    r"limited|inc\.?|llc|plc|l\.p\.?|corp\.?|corporation|m\.?b\.?h\.?|verlagsgesellschaft|"
    r"verlag|verlagsgruppe|mediengruppe|media network|media group|publishing|"
    r"ооо|оао|зао|пао|ао|фгбу|ано|ия|иа|сми|редакция)(?=\W|$)",
    re.IGNORECASE,
)
_CUT = re.compile(r"\.\s|[,;(|]|\s[-–—]\s|\.$")
_QUOTES = "«»„“”\"'‹›"


def _owner(text: str) -> str:
    """The name left after years, legal forms and quotes are taken away."""
    text = _YEARS.sub(" ", text)
    text = _RIGHTS.sub(" ", text)
    text = _MARK.sub(" ", text)
    text = _LEGAL_WORDS.sub(" ", text).strip(" .:-–—")
    if m := _CUT.search(text):
        text = text[: m.start()]
    text = "".join(c for c in text if c not in _QUOTES)
    return " ".join(text.split()).strip(" .,-–—")


def copyright_owner(line: str) -> str:
    """The publisher a copyright notice names, or ''.

    "© DER SPIEGEL GmbH & Co. KG" → "DER SPIEGEL"; "Все права защищены ©1999-2025 ООО
    «Лента.Ру»" → "Лента.Ру"; "© Name/AFP" (a photo credit) → ''.
    """
    line = line.strip()
    marks = list(_MARK.finditer(line))
    if not marks or len(line.split()) > 40:
        return ""
    legal = _RIGHTS.search(line) or _YEARS.search(line) or _LEGAL_WORDS.search(line)
    if not (legal or line.lower().startswith("copyright")):
        return ""
    # The name follows the last mark ("ALL RIGHTS RESERVED © Copyright ANSA"), else
    # precedes the first ("Trend News Agency ©").
    name = _owner(line[marks[-1].end() :]) or _owner(line[: marks[0].start()])
    words = name.split()
    if not name or "/" in name or not 1 <= len(words) <= 4 or not name[:1].isalnum():
        return ""
    if not any(c.isupper() for c in name) and "." not in name:
        return ""  # a fragment of a sentence, not a name
    return name


def site_from_footer(lines: list[str], last: int = 12) -> str:
    """The owner named by a copyright notice among the last lines of a paste."""
    for line in reversed(lines[-last:]):
        if name := copyright_owner(line):
            return name
    return ""


_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—-]|::)\s+(?P<site>[^|–—]{2,40})$")


def site_from_title(html_title: str, headline: str = "") -> str:
    """The site in a <title> suffix ("Казахстан ограничил … - Zakon.kz" → "Zakon.kz"),
    when what stands before it is the headline (or there is no headline to compare)."""
    m = _TITLE_SUFFIX.search(html_title)
    if not m:
        return ""
    site = m["site"].strip()
    if len(site.split()) > 4 or not site[:1].isalnum():
        return ""
    head = " ".join(html_title[: m.start()].split()).lower()
    if headline and head != " ".join(headline.split()).lower():
        return ""
    return site
