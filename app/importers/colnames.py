"""Which article field a column's header names, in the many ways exports and analysts
spell it ('Erschienen am', 'Pub.-Datum', 'Дата публикации', 'Meldung (Kopf)').

Why: a bulk file's or a review table's columns are named by whoever made it; the exact
names of ``frontmatter._ALIASES`` found 'Datum' but not 'Erschienen am', and a column not
found was dropped without a word (rows without dates, no title proposed in the mapping).
The exact names stay first; this reads the words of a header a name does not match.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The words that name each field, in the order a header naming two is read: 'Source URL'
# is the address, 'Titel des Mediums' the outlet, 'Meldung (Kopf)' the headline.
_FIELD_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("url", frozenset({"url", "urls", "link", "links", "permalink", "canonical", "webadresse",
                       "ссылка", "ссылки", "адрес"})),
    ("published", frozenset({"date", "dated", "pubdate", "published", "publication date",
                             "datum", "erschienen", "erscheinungsdatum", "erscheinungstag",
                             "veröffentlicht", "veröffentlichung", "veröffentlichungsdatum",
                             "publikationsdatum", "publiziert", "дата", "опубликовано",
                             "опубликован", "время публикации"})),
    ("author", frozenset({"author", "authors", "byline", "autor", "autoren", "autorin",
                          "verfasser", "verfasserin", "journalist", "автор", "авторы"})),
    ("section", frozenset({"section", "category", "desk", "ressort", "rubrik", "kategorie",
                           "sparte", "рубрика", "раздел"})),
    ("source", frozenset({"published by", "veröffentlicht von", "source", "outlet",
                          "publisher", "publication", "agency", "media", "medium",
                          "mediums", "medien", "newspaper", "quelle", "agentur", "zeitung",
                          "medienname", "medientitel", "источник", "сми", "издание",
                          "агентство", "газета"})),
    ("lead", frozenset({"lead", "teaser", "summary", "abstract", "description", "vorspann",
                        "anriss", "zusammenfassung", "kurzfassung", "kurztext", "лид",
                        "анонс", "аннотация"})),
    ("title", frozenset({"title", "headline", "heading", "head", "titel", "überschrift",
                         "ueberschrift", "schlagzeile", "kopf", "kopfzeile", "заголовок",
                         "название", "заглавие"})),
    ("body", frozenset({"text", "body", "content", "fulltext", "volltext", "fließtext",
                        "artikeltext", "meldungstext", "inhalt", "текст", "содержание",
                        "содержимое"})),
    ("tags", frozenset({"tags", "keywords", "topics", "categories", "schlagworte",
                        "stichworte", "schlagwörter", "теги", "ключевые"})),
    ("language", frozenset({"language", "lang", "sprache", "язык"})),
)  # fmt: skip
_HEADER_WORDS = 5  # a header is a name of a few words, no sentence
_NOT_A_WORD = re.compile(r"[^\w]+")


def header_words(name: str) -> list[str]:
    """A header's words, in lower case, without its punctuation ('Pub.-Datum' -> pub,
    datum; 'Meldung (Kopf)' -> meldung, kopf)."""
    return [w for w in _NOT_A_WORD.split(name.casefold().replace("_", " ")) if w]


@lru_cache(maxsize=1024)
def column_field(name: str) -> str | None:
    """The field a header names by its words ('Erschienen am' -> published, 'Дата
    публикации' -> published, 'Meldung (Kopf)' -> title), None for a header that names none
    (or a cell of data: a sentence is no header)."""
    words = header_words(name)
    if not words or len(words) > _HEADER_WORDS:
        return None
    pairs = {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
    for field, names in _FIELD_WORDS:  # two words first: 'published by' is the outlet
        if names.intersection(pairs):
            return field
    for field, names in _FIELD_WORDS:
        if names.intersection(words):
            return field
    # a compound ending in the name ('Erscheinungsdatum', 'Artikelüberschrift')
    if any(len(w) > 6 and w.endswith("datum") for w in words):
        return "published"
    if any(len(w) > 11 and w.endswith("überschrift") for w in words):
        return "title"
    return None
