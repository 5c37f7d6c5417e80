"""Plain data passed between the layers: no I/O, no Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

#: Article fields an importer fills in (and re-extraction may refresh).
EXTRACTED_FIELDS = (
    "title",
    "lead",
    "body",
    "source",
    "url",
    "author",
    "published",
    "dateline",
    "section",
    "language",
)
#: Article fields a user may edit; edits survive re-extraction.
EDITABLE_FIELDS = (*EXTRACTED_FIELDS, "notes")


@dataclass
class Article:
    """One news item as the archive keeps it."""

    title: str
    body: str
    lead: str = ""
    source: str = ""
    url: str = ""
    author: str = ""
    published: datetime | None = None
    dateline: str = ""
    section: str = ""
    language: str = ""
    notes: str = ""
    id: int | None = None
    tags: list[str] = field(default_factory=list)
    imported_at: datetime | None = None
    updated_at: datetime | None = None
    content_hash: str = ""
    original_sha: str = ""
    original_name: str = ""
    original_part: int = 0
    cluster: list[int] = field(default_factory=list)
    deleted_at: datetime | None = None
    #: a press review of one clipping per story names the outlets of the other copies
    also_reported: list[str] = field(default_factory=list)


@dataclass
class Extracted:
    """What an importer made of one item inside a file (a file may hold many)."""

    article: Article
    tags: list[str] = field(default_factory=list)
    origin: str = ""  # e.g. "digest.mbox#3" or "bundle.zip/a.txt", for messages


@dataclass
class ExtractionFailure:
    """One item inside a container file that could not be extracted."""

    origin: str
    reason: str


class ImportStatus(enum.StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near-duplicate"
    FAILED = "failed"


#: the import outcomes that add an article to the archive (a duplicate adds none)
ADDS_ARTICLE = (ImportStatus.IMPORTED, ImportStatus.NEAR_DUPLICATE)


@dataclass
class ImportResult:
    path: str
    status: ImportStatus
    id: int | None = None
    related_id: int | None = None
    error: str = ""

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "status": self.status.value,
            "id": self.id,
            "related_id": self.related_id,
            "error": self.error or None,
        }


@dataclass
class Tag:
    name: str
    count: int = 0
    color: str = ""


@dataclass
class Hit:
    id: int
    title: str
    source: str
    published: datetime | None
    language: str
    tags: list[str]
    snippet: str  # HTML-free text with matched terms wrapped in <b>…</b>
    score: float
    #: the title HTML-escaped with matched terms in <b>…</b>; "" when not marked
    title_marked: str = ""
    #: the story cluster's other copies (not in the trash) as (id, source), oldest first
    copies: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class SearchResult:
    query: str
    total: int
    took_ms: float
    hits: list[Hit]
    ids: list[int]  # every matching id in result order (the GUI model holds these)
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None  # "did you mean …" when the query finds little


@dataclass
class Progress:
    """Reported by long operations; `total` is 0 while unknown."""

    done: int
    total: int
    current: str = ""
    #: articles stored so far (an import counts the rows, stories or messages inside a
    #: file as they are stored, so a 1,000-row CSV does not look stuck)
    articles: int = 0
    #: of those, the articles new to the archive (not duplicates or failures): its count
    #: grows by this much, shown while the import runs
    added: int = 0
    #: inside a bulk file (CSV, JSON Lines rows, a mailbox's messages, a zip's files):
    #: parts done of parts, while it is ``stage`` "reading" (extracting) or "storing";
    #: 0 of 0 for a file of one article
    part: int = 0
    parts: int = 0
    stage: str = ""
    #: what a part is, singular: "row", "message", "zipped file"; "article" while a
    #: mailbox's or zip's articles are stored (a message may hold several)
    unit: str = "row"


class Cancelled(Exception):
    """Raised inside a long operation when its cancel flag was set."""


class ClippingsError(Exception):
    """A known error with a message meant for a person (no traceback)."""


class QueryError(ClippingsError):
    """An invalid query; `position` points at the problem in the query text."""

    def __init__(self, message: str, position: int = -1) -> None:
        super().__init__(message)
        self.position = position


class ExtractionError(ClippingsError):
    """A file that cannot become an article; the message names the reason."""
