"""The Whoosh schema and how an article becomes an index document.

Only the id is stored; everything shown to a person comes from the store. Columns
hold what facets and sorting need.
"""

from __future__ import annotations

from datetime import datetime

from whoosh.analysis import IDTokenizer, LowercaseFilter
from whoosh.columns import NumericColumn, RefBytesColumn, VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema
from whoosh.util.times import datetime_to_long

from app.index.analysis import (
    LANGUAGES,
    DigraphFilter,
    FoldFilter,
    StemFieldAnalyzer,
    analyzer,
    fold,
    stem_value,
)
from app.index.caching import cached
from app.lang.fold import fold_value
from app.lang.sentence_case import name_texts
from app.model import Article

#: text families and their ranking weight: title and lead above body mentions; the user's
#: own note is searchable (``note:``, and by default) but ranks far below the article's text
FAMILIES: dict[str, float] = {"title": 3.0, "lead": 2.0, "body": 1.0, "note": 0.3}
#: the article attribute each family indexes
_FAMILY_ATTRIBUTE = {"note": "notes"}
#: weight of a stemmed match relative to an exact (unstemmed) one
STEMMED_WEIGHT = 0.6
NAMES_FIELD = "names"
#: the title's name keys apart: a name in the title in the other script (*Путин* for
#: *Putin*) ranks as a title mention, not as one more body mention
TITLE_NAMES_FIELD = "title_names"
#: source and author names as words, so a bare word finds them ("Reuters", "Appenzeller");
#: far below a title or body mention, where the word is what the article is about
BYLINE_FIELD = "byline"
BYLINE_WEIGHT = 0.25
#: the ``published`` column's value for an undated article (as Whoosh's DATETIME had it)
NO_DATE = 2**64 - 1
TAG_SEPARATOR = "\x1f"


def has_names_field() -> bool:
    """True when the analysis layer offers cross-script name keys."""
    try:
        analyzer("translit")
    except ValueError:
        return False
    return True


def _keyword_analyzer():
    """A whole value, folded, its umlaut digraphs read as the letter (*Sueddeutsche*)."""
    return IDTokenizer() | LowercaseFilter() | FoldFilter() | DigraphFilter()


def build_schema() -> Schema:
    fields: dict = {
        "id": ID(stored=True, unique=True),
        "num": COLUMN(NumericColumn("i")),
        "tags": KEYWORD(lowercase=True, commas=True, scorable=False),
        "source": TEXT(analyzer=_keyword_analyzer(), phrase=False),
        "language": ID(),
        "dateline": TEXT(analyzer=_keyword_analyzer(), phrase=False),
        "section": TEXT(analyzer=_keyword_analyzer(), phrase=False),
        "author": TEXT(analyzer=analyzer("person")),
        BYLINE_FIELD: TEXT(analyzer=cached(analyzer("person"))),
        # a column, no terms: dates are filtered and sorted from it (index.dates); its
        # trie terms were a tenth of the index's terms and never read
        "published": COLUMN(NumericColumn("Q", default=NO_DATE)),
        "c_source": COLUMN(RefBytesColumn()),
        "c_language": COLUMN(RefBytesColumn()),
        "c_year": COLUMN(RefBytesColumn()),
        "c_tags": COLUMN(VarBytesColumn()),
        "c_title": COLUMN(VarBytesColumn()),
    }
    stems = StemFieldAnalyzer({lang: stem_analyzer(lang) for lang in LANGUAGES})
    for family in FAMILIES:
        fields[family] = TEXT(analyzer=cached(analyzer("exact")))
        fields[stem_field(family)] = TEXT(analyzer=stems)
    if has_names_field():
        # with positions: "Putin Trump"~5 must find "Путин и Трамп", which only the
        # name keys bring together
        fields[NAMES_FIELD] = TEXT(analyzer=cached(analyzer("translit")))
        fields[TITLE_NAMES_FIELD] = TEXT(analyzer=cached(analyzer("translit")), phrase=False)
    return Schema(**fields)


def stem_field(family: str) -> str:
    """The field holding the language-prefixed stems of ``family`` (``body_stem``)."""
    return f"{family}_stem"


def stem_analyzer(language: str):
    """The (cached) analyzer that turns text in ``language`` into prefixed stems."""
    return cached(analyzer(f"stem-{language}"))


def tag_ancestry(tags: list[str]) -> list[str]:
    """Each tag and its ancestors: ``Region/Kazakhstan`` counts for ``Region`` too."""
    terms: set[str] = set()
    for tag in tags:
        parts = tag.split("/")
        terms.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    return sorted(terms)


def tag_terms(tags: list[str]) -> list[str]:
    """What ``tag:`` matches: a tag, its ancestors and the name of any of its levels, also
    with the levels under it, so ``tag:Region`` finds ``Region/Kazakhstan``, ``tag:grain``
    ``Topic/grain`` and ``tag:Kazakhstan`` ``Region/Kazakhstan/Astana`` (every run of
    levels: ``tag:Kazakhstan/Astana`` too)."""
    terms: set[str] = set()
    for tag in tags:
        parts = tag.split("/")
        terms.update(
            "/".join(parts[start:end])
            for start in range(len(parts))
            for end in range(start + 1, len(parts) + 1)
        )
    return sorted(terms)


def document(article: Article, names_field: bool) -> dict:
    """The index document for a live article."""
    doc: dict = {
        "id": str(article.id),
        "num": article.id,
        "tags": ",".join(fold_value(t.replace(",", " ")) for t in tag_terms(article.tags)),
        "language": article.language or "none",
        "c_source": article.source.encode(),
        "c_language": article.language.encode(),
        "c_tags": TAG_SEPARATOR.join(article.tags).encode(),
        "c_title": fold(article.title).encode(),
    }
    for name in ("source", "dateline", "section", "author"):
        if getattr(article, name):
            doc[name] = getattr(article, name)
    byline = "\n".join(name for name in (article.source, article.author) if name)
    if byline:
        doc[BYLINE_FIELD] = byline
    if article.published:
        doc["published"] = datetime_to_long(local_time(article.published))
        doc["c_year"] = str(article.published.year).encode()
    for family in FAMILIES:
        text = getattr(article, _FAMILY_ATTRIBUTE.get(family, family))
        if not text:
            continue
        doc[family] = text
        if article.language in LANGUAGES:
            doc[stem_field(family)] = stem_value(article.language, text)
    if names_field:
        # a word capitalised only as a sentence's first is no name (*Tramp* ships)
        parts = (article.title, article.lead, article.body, article.notes)
        title, *texts = name_texts(article.language, *parts)
        doc[NAMES_FIELD] = "\n".join((title, *texts))
        doc[TITLE_NAMES_FIELD] = title
    return doc


def local_time(value: datetime) -> datetime:
    """The wall-clock time printed in the article: what an analyst means by a date."""
    return value.replace(tzinfo=None)
