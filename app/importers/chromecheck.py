"""Sanity checks on values picked from a pasted page's chrome.

Why: a paste copies the whole page, and rules fitted to one layout read its chrome as
metadata (a list heading, a pager or an issuing office as the byline). These
checks hold for any layout: they name what a value can never be, not where it stands.
"""

from __future__ import annotations

import re

# A pager's links: "Предыдущая Следующая", "« Vorheriger Artikel | Nächster Artikel »".
_PAGER = (
    "previous next older newer prev back vorheriger vorherige nächster nächste zurück weiter "
    "vor предыдущая следующая предыдущий следующий назад далее вперёд вперед précédent "
    "suivant article artikel story статья новость beitrag post « » ‹ › | < >"
)
_PAGER_WORDS = frozenset(_PAGER.split())
# A list's heading: "Letzte Einsatzberichte", "Latest news", "Другие новости".
_LIST_HEAD = re.compile(
    r"^(?:letzte|neueste|aktuelle|weitere|ältere|andere|latest|recent|more|other|related|"
    r"последние|другие|свежие|похожие|читайте)\s",
    re.IGNORECASE,
)
# An issuing office or unit: "Polizeidirektion Leipzig", "Bundespolizeiinspektion X",
# "Polizeipräsidium X", "Police Department", "Управление МВД": a body, not a person.
_OFFICE = re.compile(
    r"(?:\w*(?:direktion|inspektion|präsidium|revier|behörde|kommando|verwaltung|dienststelle|"
    r"feuerwehr|polizei|ministerium|pressestelle)\b)|\b(?:department|directorate|prefecture|"
    r"headquarters|constabulary|управление|отдел|департамент|министерство|пресс-служба|"
    r"гувд|мвд|мчс)\b",
    re.IGNORECASE,
)

# A button's call to act under the text: "Contribute Now", "Donate today", "Jetzt spenden",
# "Unterstützen Sie uns", "Поддержать редакцию": a verb to the reader, no name.
_ACTION = re.compile(
    r"^(?:contribute|donate|subscribe|support|spenden|unterstützen|abonnieren|поддержать|"
    r"подписаться|пожертвовать)\b|^jetzt\s|\s(?:now|today|jetzt|сейчас)!?$",
    re.IGNORECASE,
)


# A meta row's topic label: "Thema Verbraucherschutz", "Topic: Energy", "Рубрика Экономика".
_TOPIC_LABEL = re.compile(
    r"^(?:thema|themen|rubrik|kategorie|topics?|category|тема|рубрика|категория)\b:?\s",
    re.IGNORECASE,
)


def is_chrome_author(name: str) -> bool:
    """Whether a picked byline is page chrome: a pager, a list heading, an office or a
    button's call to act."""
    words = name.lower().split()
    if words and all(w in _PAGER_WORDS for w in words):
        return True
    if _ACTION.search(name.strip()):
        return True
    name = name.strip()
    return bool(_LIST_HEAD.match(name) or _TOPIC_LABEL.match(name) or _OFFICE.search(name))
