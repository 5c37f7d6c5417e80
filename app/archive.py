"""The one API the GUI and the command line call.

Every write is one store transaction that also records, in the index outbox, which
articles the index must catch up on; the index is brought up to date right after, and
again on the next open if the process died in between.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import dedup, warming
from app.blobs import BlobStore
from app.bulk import BulkIndexer, fill_through_worker
from app.config import Config, config_dir, load_config, read_yaml
from app.export import backup as backups
from app.export import export_articles
from app.export.data import Writer, check_format
from app.export.review import newest_first
from app.index.engine import EngineResult, IndexCorrupt, WhooshIndex
from app.index.schema import NAMES_FIELD, document
from app.index.snippets import TermMatcher, first_spans, mark, match_spans, snippet
from app.lang.once import loaded_once
from app.lang.place_stems import PLACES_FILE
from app.model import (
    ADDS_ARTICLE,
    EDITABLE_FIELDS,
    Article,
    Cancelled,
    ClippingsError,
    Extracted,
    ExtractionError,
    ExtractionFailure,
    Hit,
    ImportResult,
    ImportStatus,
    Progress,
    QueryError,
    SearchResult,
    Tag,
)
from app.query import parse
from app.query.aliases import alias_table, merged_counts, with_aliases
from app.query.ast import Node
from app.query.tag_rename import rename_tag_in_query
from app.store import Store, articles, tags

if TYPE_CHECKING:  # the importers load on first use, never for a search
    from app import maintenance
    from app.maintenance import CheckReport

log = logging.getLogger(__name__)

ORGANISATIONS_FILE = PLACES_FILE.with_name("organisations.yaml")
#: the alias table of organisations: no query field, only capitalised bare words use it
ORGANISATIONS = "organisations"

ProgressCallback = Callable[[Progress], None]
CancelCheck = Callable[[], bool]
MessageCallback = Callable[[str], None]

#: "date" is newest first, "oldest" the other way; undated clippings come last in both
SORTS = ("relevance", "date", "oldest", "source", "title")
#: below this many hits a search also offers a spelling correction
FEW_HITS = 3


def wants_suggestion(query: str, total: int) -> bool:
    """Whether a query that found ``total`` is worth a "did you mean": it finds nothing or
    very little. The one rule for the CLI and the GUI (which asks after showing the rows)."""
    return bool(query.strip()) and total < FEW_HITS


def clearly_more(corrected: int, found: int, typo: bool = False) -> bool:
    """A correction is offered only if it finds clearly more than the query as typed:
    something where that finds nothing, three times as much where it finds a little,
    or just more where a corrected word is in no clipping as written, a sure typo
    ("pipline OR wheat": 2 hits, "pipeline OR wheat" 3)."""
    if corrected <= found:
        return False
    return typo or found == 0 or corrected >= 3 * found


#: how many hits of a result window are put in order of relevance (or date …)
RANKED = 1000
LIVE_COUNT = "SELECT COUNT(*) FROM articles WHERE deleted_at IS NULL"
#: a long import makes what it stored searchable at least this often (not only every
#: ``index_batch`` articles), so that the window's list can show what has come in
INDEX_EVERY_S = 5.0
#: one common word of each indexed language (de, en, ru), searched by ``warm_up``
WARM_UP_WORDS = ("Regierung", "government", "правительство")
#: articles read at once for an export (progress and cancelling between batches)
EXPORT_BATCH = 500


@dataclass
class TagChange:
    """What a tagging operation really changed (so it can be undone exactly)."""

    added: dict[str, list[int]] = field(default_factory=dict)
    removed: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class TagState:
    """The tags under ``roots`` (names) as they were: undoes a tag rename, merge or delete."""

    roots: list[str]
    saved: list[tuple[str, str | None, list[int]]]
    #: the saved searches' queries (a rename rewrites those naming the tag)
    searches: dict[str, str] = field(default_factory=dict)

    @property
    def article_ids(self) -> list[int]:
        return sorted({i for _name, _color, ids in self.saved for i in ids})


@dataclass
class SavedSearch:
    name: str
    query: str


STORE_FILE = "archive.sqlite"


class Archive:
    """An archive folder: ``archive.sqlite``, ``index/`` and ``originals/``."""

    def __init__(
        self,
        root: Path,
        *,
        config: Config | None = None,
        on_message: MessageCallback | None = None,
        on_progress: ProgressCallback | None = None,
        read_only: bool = False,
    ) -> None:
        """``on_progress`` hears how far a rebuild of the index on opening has got.

        ``read_only`` is for a command that only reads (stats, search, show, export …)
        while another process, the app, may hold the index's writer: an index behind the
        archive is read as it is and said so in one message, never repaired here (that
        waited 30 s per try for the writer's lock and then failed)."""
        self.root = root
        self.read_only = read_only
        self.config = config or load_config()
        self._message = on_message or (lambda _text: None)
        self._open_progress = on_progress
        self._lock = threading.RLock()
        self._bulk: BulkIndexer | None = None
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ClippingsError(f"cannot create the archive folder {root}: {exc}") from exc
        self.store = Store(root / STORE_FILE)
        self.blobs = BlobStore(root / "originals")
        self.index = self._open_index()
        self._catch_up()

    @classmethod
    def open(cls, root: Path, **kwargs) -> Archive:
        return cls(Path(root), **kwargs)

    @staticmethod
    def exists(root: Path) -> bool:
        """Whether ``root`` holds an archive (``open`` would create one)."""
        return (Path(root) / STORE_FILE).is_file()

    def close(self) -> None:
        with self._lock:
            self.index.close()
            self.store.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- index upkeep ----------------------------------------------------------

    def _open_index(self) -> WhooshIndex:
        path = self.root / "index"
        absent = not path.exists()
        try:
            index = WhooshIndex(path, self.config.index_memory_mb)
            if absent and self.store.scalar(LIVE_COUNT):
                # no index at all (a restored backup holds none): built here with
                # ``on_progress`` told how far, not found missing by ``_catch_up``, silently
                self._fill(index, self._open_progress)
            return index
        except IndexCorrupt as exc:
            self._message(f"{exc}; rebuilding it from the archive")
            index = WhooshIndex.create_empty(path, self.config.index_memory_mb)
            self._fill(index, self._open_progress)
            return index

    def _catch_up(self) -> None:
        """Replay the outbox; reconcile when counts disagree (a lost or stale index).
        Opened read-only: only say how far behind the index is."""
        if self.read_only:
            self._say_if_behind()
            return
        pending = self.store.scalar("SELECT COUNT(*) FROM index_outbox")
        if pending:
            self._message(f"the index was behind the archive by {pending} change(s); caught up")
            self._sync_index()
        live = self.store.scalar("SELECT COUNT(*) FROM articles WHERE deleted_at IS NULL")
        if live != self.index.doc_count():
            missing, extra = self._index_differences()
            if missing or extra:
                self._message(
                    f"the index disagreed with the archive ({len(missing)} missing, "
                    f"{len(extra)} extra); repaired"
                )
                self._reindex_ids(missing | extra)

    def _say_if_behind(self) -> None:
        pending = self.store.scalar("SELECT COUNT(*) FROM index_outbox")
        live = self.store.scalar(LIVE_COUNT)
        indexed = self.index.doc_count()
        if pending or live != indexed:
            self._message(
                f"the search index holds {indexed:,} of {live:,} articles"
                + (f" and is {pending:,} change(s) behind" if pending else "")
                + "; read as it is (the program writing the archive brings it up to date)"
            )

    def _index_differences(self) -> tuple[set[int], set[int]]:
        live = {r[0] for r in self.store.query("SELECT id FROM articles WHERE deleted_at IS NULL")}
        indexed = self.index.all_ids()
        return live - indexed, indexed - live

    def _sync_index(self) -> None:
        with self._lock:
            if self._bulk is not None:
                self._bulk.sync()  # through the worker: it holds the index's writer
            else:
                self._index_outbox_here()

    def _index_outbox_here(self) -> None:
        """Write what the outbox holds to the index in this process."""
        ids = self._outbox()
        if ids:
            self._index_now(ids)

    def _index_now(self, ids: list[int]) -> None:
        """Write ``ids`` to the index in this process, then clear them from the outbox."""
        self._reindex_ids(ids)
        self._outbox_done(ids)

    def _outbox(self) -> list[int]:
        return [r[0] for r in self.store.query("SELECT article_id FROM index_outbox")]

    def _outbox_done(self, ids: Iterable[int]) -> None:
        with self.store.transaction() as conn:
            conn.executemany("DELETE FROM index_outbox WHERE article_id=?", [(i,) for i in ids])

    def _reindex_ids(self, ids: Iterable[int]) -> None:
        ids = sorted(ids)
        for start in range(0, len(ids), self.config.index_batch):
            self.index.write(*self._documents(ids[start : start + self.config.index_batch]))

    def _documents(
        self, ids: Sequence[int], index: WhooshIndex | None = None
    ) -> tuple[list[dict], list[int]]:
        """Documents for ``index`` (the archive's) of the live ``ids``, and the ids to
        remove from it."""
        with self.store.transaction() as conn:
            found = articles.get_many(conn, ids)
        live = [a for a in found if a.deleted_at is None]
        live_ids = {a.id for a in live}
        names = NAMES_FIELD in (index or self.index).schema
        return [document(a, names) for a in live], [i for i in ids if i not in live_ids]

    def _fill(
        self,
        index: WhooshIndex,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> None:
        ids = [r[0] for r in self.store.query("SELECT id FROM articles WHERE deleted_at IS NULL")]
        batch = self.config.index_batch
        done = 0
        if len(ids) >= 2 * batch and self.config.index_worker:
            done = fill_through_worker(self, index, ids, progress, cancel)
        for start in range(done, len(ids), batch):
            if cancel and cancel():
                raise Cancelled()
            docs, _gone = self._documents(ids[start : start + batch], index)
            index.write(docs)
            if progress:
                progress(Progress(min(start + batch, len(ids)), len(ids), "indexing"))

    def reindex(
        self, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> int:
        """Rebuild the index into a new folder and swap it in; returns the article count."""
        with self._lock:
            fresh_path = self.root / "index.new"
            fresh = WhooshIndex.create_empty(fresh_path, self.config.index_memory_mb)
            try:
                # no final merge into one segment: it took longer than the indexing itself
                # at 100,000 articles, and array search barely notices a few segments
                self._fill(fresh, progress, cancel)
            finally:
                fresh.close()
            self.index.close()
            old = self.root / "index.old"
            shutil.rmtree(old, ignore_errors=True)
            (self.root / "index").rename(old)
            fresh_path.rename(self.root / "index")
            shutil.rmtree(old, ignore_errors=True)
            self.index = WhooshIndex(self.root / "index", self.config.index_memory_mb)
            with self.store.transaction() as conn:
                conn.execute("DELETE FROM index_outbox")
            return self.index.doc_count()

    # -- import ----------------------------------------------------------------

    def import_paths(
        self,
        paths: Sequence[Path | str],
        *,
        tags: Sequence[str] = (),
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
        mapping: Mapping[str, str] | None = None,
        mappings: Mapping[Path | str, Mapping[str, str]] | None = None,
        mapping_for: Callable[[Path], Mapping[str, str] | None] | None = None,
    ) -> list[ImportResult]:
        """Import files and folders; stops between files when ``cancel()`` turns true, and
        inside a bulk file (CSV, JSON Lines, mailbox, zip) between its rows, messages or
        files: while it is read, nothing of that file is stored; while it is stored, the
        articles stored so far stay (whole, each logged) and the rest is not.
        ``mapping`` names the columns of CSV/JSON files per field ({"text": "Inhalt"});
        ``mappings`` names them for single files (by path), as the GUI asks per file;
        ``mapping_for`` is asked for any other file's (the GUI: the mapping kept for its
        header set, so that a folder's export of a known shape imports)."""
        from app import importing  # the extractors load on the first import, never for a search

        files = list(importing.walk(Path(p) for p in paths))
        per_file = {Path(p): dict(m) for p, m in (mappings or {}).items()}
        results: list[ImportResult] = []
        stored = 0
        added = 0  # new articles: the archive's count grows by this much
        since_sync = 0
        synced_at = 0.0  # the first file's articles searchable at once, then every 5 s
        bulk = self._start_bulk(len(files))
        batch_size = self.config.bulk_index_batch if bulk else self.config.index_batch
        try:
            with self.store.bulk():  # fewer checkpoints; still a transaction per file
                for number, path in enumerate(files):
                    if cancel and cancel():
                        break
                    if progress:
                        progress(Progress(number, len(files), str(path), stored, added))

                    unit = ["row"]  # what the file's reader counts: rows, messages …

                    def row_read(
                        read: int,
                        total: int,
                        what: str = "row",
                        *,
                        number: int = number,
                        path: Path = path,
                        before: tuple[int, int] = (stored, added),
                        unit: list[str] = unit,
                    ) -> None:
                        if cancel and cancel():
                            raise Cancelled()
                        unit[0] = what
                        if progress:
                            progress(
                                Progress(
                                    number,
                                    len(files),
                                    str(path),
                                    *before,
                                    read,
                                    total,
                                    "reading",
                                    what,
                                )
                            )

                    def item_stored(
                        count: int,
                        new: int,
                        items: int,
                        number: int = number,
                        path: Path = path,
                        before: tuple[int, int] = (stored, added),
                        unit: list[str] = unit,
                    ) -> None:
                        # a CSV stores a row per row; a mailbox's message or a zip's
                        # file may give several articles, or none
                        if progress:
                            progress(
                                Progress(
                                    number,
                                    len(files),
                                    str(path),
                                    before[0] + count,
                                    before[1] + new,
                                    count,
                                    items,
                                    "storing",
                                    "row" if unit[0] == "row" else "article",
                                )
                            )

                    try:
                        data = importing.read_file(path)
                    except ExtractionError as exc:
                        results.append(importing.failed(str(path), str(exc)))
                        continue
                    try:
                        batch = self._import_data(
                            str(path),
                            path.name,
                            data,
                            tags,
                            sync=False,
                            on_item=item_stored,
                            on_record=row_read,
                            cancel=cancel,
                            mapping=per_file.get(path, mapping)
                            or (mapping_for(path) if mapping_for else None),
                        )
                    except Cancelled:
                        break  # while reading a bulk file: nothing of it was stored
                    results.extend(batch)
                    stored += len(batch)
                    new = [r.id for r in batch if r.id is not None and r.status in ADDS_ARTICLE]
                    added += len(new)
                    since_sync += len(new)
                    with self._lock:
                        if bulk is not None:
                            bulk.stored(new)
                        due = time.monotonic() - synced_at >= INDEX_EVERY_S
                        if since_sync >= batch_size or (since_sync and due):
                            bulk.flush() if bulk is not None else self._sync_index()
                            since_sync, synced_at = 0, time.monotonic()
        finally:
            self._stop_bulk()
            self._sync_index()
        if progress:
            progress(Progress(len(files), len(files), "", stored, added))
        return results

    def _start_bulk(self, files: int) -> BulkIndexer | None:
        """A second process writes the index while a big import goes on extracting."""
        if files < 2 * self.config.index_batch or not self.config.index_worker:
            return None
        with self._lock:
            if self._bulk is None:
                try:
                    self._bulk = BulkIndexer(self)
                except (ClippingsError, OSError) as exc:  # frozen build, no processes left
                    self._message(f"indexing in this process: {exc}")
                    return None
            return self._bulk

    def _stop_bulk(self) -> None:
        with self._lock:
            bulk, self._bulk = self._bulk, None
            if bulk is not None:
                bulk.close()

    def import_bytes(
        self, name: str, data: bytes, *, tags: Sequence[str] = (), display: str = ""
    ) -> list[ImportResult]:
        return self._import_data(display or name, name, data, tags, sync=True)

    def import_clipboard(
        self, text: str | None, html: str | None = None, *, tags: Sequence[str] = ()
    ) -> list[ImportResult]:
        """Pasted text or HTML becomes a clipping: the first of the clipboard's
        flavours (``importers.clipboard_flavours``) that gives an article, kept as its
        original like a file; the text's article completed from the HTML fragment as
        ``importers.extract_clipboard`` does."""
        from app import importers

        results: list[ImportResult] = []
        for name, data in importers.clipboard_flavours(text, html):
            fragment = html if name == "clipboard.txt" else None
            results = self._import_data("clipboard", name, data, tags, sync=True, fragment=fragment)
            if any(r.status is not ImportStatus.FAILED for r in results):
                break
        if not results:
            failure = ExtractionFailure("clipboard", "the clipboard holds no text")
            results = self._store("clipboard", "", "", [failure], tags, sync=True)
        return results

    def add(self, article: Article, *, tags: Sequence[str] = ()) -> ImportResult:
        """Add an article typed or composed by hand (no original file behind it)."""
        (result,) = self._store(article.title, "", "", [Extracted(article)], tags, sync=True)
        return result

    def _import_data(
        self,
        display: str,
        name: str,
        data: bytes,
        extra_tags: Sequence[str],
        *,
        sync: bool,
        fragment: str | None = None,
        on_item: Callable[[int, int, int], None] | None = None,
        on_record: Callable[[int, int], None] | None = None,
        cancel: CancelCheck | None = None,
        mapping: Mapping[str, str] | None = None,
    ) -> list[ImportResult]:
        """One file's articles stored; a pasted text's `fragment` (the clipboard's HTML)
        completes them. ``on_record`` hears a bulk file's rows read and may raise
        ``Cancelled`` (nothing of the file is stored then); ``cancel`` stops storing
        between its rows."""
        from app import importers, importing

        with self._lock:
            sha = self.blobs.put(data) if data else ""  # the original first, always
            try:
                items = importing.extract_safely(name, data, on_record, mapping)
                items = importers.complete_from_fragment(items, fragment)
            except ExtractionError as exc:
                items = [ExtractionFailure(display, str(exc))]
            return self._store(
                display, sha, name, items, extra_tags, sync=sync, on_item=on_item, cancel=cancel
            )

    def _store(
        self,
        display: str,
        sha: str,
        name: str,
        items: Sequence[Extracted | ExtractionFailure],
        extra_tags: Sequence[str],
        *,
        sync: bool,
        on_item: Callable[[int, int, int], None] | None = None,
        cancel: CancelCheck | None = None,
    ) -> list[ImportResult]:
        """One transaction for the items of one file (or one hand-made article)."""
        from app import importing

        with self._lock:
            with self.store.transaction() as conn:
                results = importing.store_items(
                    conn,
                    display=display,
                    sha=sha,
                    name=name,
                    items=items,
                    extra_tags=extra_tags,
                    threshold=self.config.near_duplicate_threshold,
                    on_item=on_item,
                    cancel=cancel,
                )
            if sync:
                self._sync_index()
            return results

    # -- reading ---------------------------------------------------------------

    def get(self, article_id: int) -> Article:
        found = self.get_many([article_id])
        if not found:
            raise ClippingsError(f"no article with id {article_id}")
        return found[0]

    def get_many(self, ids: Sequence[int]) -> list[Article]:
        with self.store._lock:
            found = articles.get_many(self.store.conn, list(ids))
            for article in found:
                article.cluster = dedup.cluster_of(self.store.conn, article.id)
        return found

    def search(
        self,
        query: str,
        *,
        limit: int | None = 50,
        sort: str = "relevance",
        facets: bool = True,
        snippets: bool = True,
        suggest: bool = False,
    ) -> SearchResult:
        """Run a query of the query language; raises ``QueryError`` for invalid ones.

        With ``suggest``, a query that finds almost nothing also gets a spelling
        correction (80–100 ms: search-as-you-type asks for it separately, see ``suggest``).
        """
        started = time.perf_counter()
        if sort not in SORTS:
            raise ClippingsError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
        result = self.index.search(self._parsed(query), limit=limit, sort=sort, facets=facets)
        hits = self._hits(result, snippets)
        few = suggest and wants_suggestion(query, result.total)
        suggestion = self.suggest(query, found=result.total) if few else None
        found = _outlets_once(result.facets, query)
        took = (time.perf_counter() - started) * 1000
        return SearchResult(query, result.total, took, hits, result.ids, found, suggestion)

    def warm_up(self, stop: Callable[[], bool] | None = None) -> bool:
        """Load now what the first search would load while the user waits (0.6–1.4 s on a
        10,000-clipping archive, later searches 20–100 ms): what any search loads
        (``warming.warm_analysis``: alias tables, morphology, analyzers, word lists; done
        already when the GUI warmed it before the archive opened), then one small search a
        language, which opens the index readers and reads the stored articles. ``stop`` is
        asked between steps (the GUI: a search of the user's waits, which must not share the
        processor with this); False when stopped."""
        if not warming.warm_analysis(stop):
            return False
        for word in WARM_UP_WORDS:
            if stop is not None and stop():
                return False
            self.search_window(word, first=1, facets=False)
        return True

    def _parsed(self, query: str) -> Node:
        return parsed_query(query)

    def suggest(self, query: str, found: int | None = None) -> str | None:
        """A corrected query ("did you mean …") when words of ``query`` look misspelt, unless
        the correction finds nothing or less: "Parasite SAG" finds its clipping, "Parasite
        saga" none, so a rare but right word is not corrected to a frequent neighbour.
        ``found``: how many ``query`` finds, when the caller has just counted it, so that
        the query is not run a second time."""
        corrected, typo = self.index.suggest(query)
        if corrected is None:
            return None
        try:
            finds = self._count(corrected)
            if not clearly_more(finds, self._count(query) if found is None else found, typo):
                return None
        except QueryError:
            return None
        return corrected

    def _count(self, query: str) -> int:
        return self.index.search(self._parsed(query), limit=0, facets=False).total

    def search_window(
        self,
        query: str,
        *,
        sort: str = "relevance",
        first: int = 40,
        facets: bool = True,
        snippets: bool = True,
    ) -> SearchResult:
        """Every matching id, but rows only for the first ``first``.

        The GUI's table holds all ids of a 100,000-hit result and fetches the other rows
        lazily through ``hits``; building snippets for all of them here would be wasted.
        Without ``snippets`` a row shows its article's opening words: the GUI shows the
        rows at once and asks ``hits`` for the marked passages next.
        """
        started = time.perf_counter()
        if sort not in SORTS:
            raise ClippingsError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
        result = self.index.search(
            self._parsed(query), limit=RANKED, sort=sort, facets=facets, every_id=True
        )
        head = EngineResult(
            result.total, result.ids[:first], result.scores[:first], {}, result.query
        )
        hits = self._hits(head, snippets=snippets and bool(query.strip()))
        found = _outlets_once(result.facets, query)
        took = (time.perf_counter() - started) * 1000
        return SearchResult(query, result.total, took, hits, result.ids, found)

    def hits(self, ids: Sequence[int], query: str = "") -> list[Hit]:
        """Rows for the given ids with snippets for ``query`` (the GUI fetches lazily)."""
        compiled = self.index.compile(self._parsed(query))
        fake = EngineResult(len(ids), list(ids), [0.0] * len(ids), {}, compiled)
        return self._hits(fake, snippets=bool(query.strip()))

    def _hits(self, result: EngineResult, snippets: bool) -> list[Hit]:
        found = {a.id: a for a in self.get_many_plain(result.ids)}
        with self.store._lock:
            copies = dedup.story_copies(self.store.conn, list(found))
        matcher = TermMatcher.from_query(result.query) if snippets else None
        hits = []
        for article_id, score in zip(result.ids, result.scores, strict=True):
            article = found.get(article_id)
            if article is None:
                continue
            text = article.lead + "\n" + article.body if article.lead else article.body
            if matcher is not None:
                spans = first_spans(
                    text, ("lead", "body"), matcher, self.index.schema, article.language
                )
                text_snippet = snippet(text, spans)
                title_spans = match_spans(
                    article.title, ("title",), matcher, self.index.schema, article.language
                )
                title_marked = mark(article.title, title_spans) if title_spans else ""
            else:
                text_snippet, title_marked = snippet(text, []), ""
            hits.append(
                Hit(
                    id=article.id,
                    title=article.title,
                    source=article.source,
                    published=article.published,
                    language=article.language,
                    tags=article.tags,
                    snippet=text_snippet,
                    score=round(score, 4),
                    title_marked=title_marked,
                    copies=copies.get(article.id, []),
                )
            )
        return hits

    def get_many_plain(self, ids: Sequence[int]) -> list[Article]:
        with self.store._lock:
            return articles.get_many(self.store.conn, list(ids))

    def highlight(self, article_id: int, query: str) -> dict[str, str]:
        """Title, lead and body as HTML-escaped text with the query's matches marked."""
        article = self.get(article_id)
        matcher = TermMatcher.from_query(self.index.compile(self._parsed(query)))
        schema = self.index.schema
        return {
            family: mark(
                getattr(article, family),
                match_spans(getattr(article, family), (family,), matcher, schema, article.language),
            )
            for family in ("title", "lead", "body")
        }

    def more_like_this(self, article_id: int, limit: int = 20) -> list[int]:
        return self.index.more_like(self.get(article_id), limit)

    def key_terms(self, article_id: int, limit: int = 8) -> list[str]:
        """Words that characterise an article against the archive: tag suggestions."""
        return self.index.key_terms(self.get(article_id), limit)

    # -- editing ---------------------------------------------------------------

    def tag(
        self, ids: Sequence[int], add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> TagChange:
        change = TagChange()
        with self._lock:
            with self.store.transaction() as conn:
                before = {a.id: set(a.tags) for a in articles.get_many(conn, list(ids))}
                if remove:
                    tags.remove(conn, list(before), remove)
                if add:
                    tags.add(conn, list(before), add)
                after = {a.id: set(a.tags) for a in articles.get_many(conn, list(before))}
            for article_id in before:
                for name in after[article_id] - before[article_id]:
                    change.added.setdefault(name, []).append(article_id)
                for name in before[article_id] - after[article_id]:
                    change.removed.setdefault(name, []).append(article_id)
            self._sync_index()
        return change

    def undo_tag(self, change: TagChange) -> None:
        with self._lock:
            with self.store.transaction() as conn:
                for name, ids in change.added.items():
                    tags.remove(conn, ids, [name])
                for name, ids in change.removed.items():
                    tags.add(conn, ids, [name])
            self._sync_index()

    def update(self, article_id: int, changes: dict) -> dict:
        """Edit fields; returns the previous values (for undo)."""
        _validate(changes)
        with self._lock:
            old = self.get(article_id)
            with self.store.transaction() as conn:
                articles.update_fields(conn, article_id, changes, by_user=True)
            self._sync_index()
        return {key: getattr(old, key) for key in changes}

    def update_many(self, changes: dict[int, dict]) -> dict[int, dict]:
        """Edit several articles in one transaction and one index update (a batch edit of
        hundreds); returns each one's previous values, which undo it the same way."""
        for fields in changes.values():
            _validate(fields)
        with self._lock:
            old = {a.id: a for a in self.get_many_plain(list(changes))}
            with self.store.transaction() as conn:
                for article_id in old:
                    articles.update_fields(conn, article_id, changes[article_id], by_user=True)
            self._sync_index()
        return {i: {key: getattr(a, key) for key in changes[i]} for i, a in old.items()}

    def delete(self, ids: Sequence[int]) -> list[int]:
        """Move to the trash; returns the ids that moved."""
        return self._set_deleted(ids, True)

    def restore(self, ids: Sequence[int]) -> list[int]:
        return self._set_deleted(ids, False)

    def _set_deleted(self, ids: Sequence[int], deleted: bool) -> list[int]:
        with self._lock:
            with self.store.transaction() as conn:
                changed = articles.set_deleted(conn, ids, deleted)
            self._sync_index()
        return changed

    def trash(self) -> list[Article]:
        ids = [
            r[0]
            for r in self.store.query(
                "SELECT id FROM articles WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC"
            )
        ]
        return self.get_many_plain(ids)

    def empty_trash(self) -> int:
        with self._lock:
            ids = [
                r[0]
                for r in self.store.query("SELECT id FROM articles WHERE deleted_at IS NOT NULL")
            ]
            with self.store.transaction() as conn:
                articles.purge(conn, ids)
            self._sync_index()
        return len(ids)

    # -- tags and saved searches -------------------------------------------------

    def source_names(self) -> list[str]:
        """Every source as filed, each spelling of an outlet apart (the search bar's
        completer offers each; the facets count an outlet's names as one)."""
        result = self.index.search(self._parsed(""), limit=0, facets=True)
        return sorted(result.facets.get("sources", {}))

    def tags(self) -> list[Tag]:
        with self.store._lock:
            return tags.all_with_counts(self.store.conn)

    def tag_counts_under(self) -> dict[str, int]:
        """Each tag and parent level with the clippings carrying it or a tag under it."""
        with self.store._lock:
            return tags.counts_under(self.store.conn)

    def rename_tag(self, old: str, new: str) -> int:
        """Rename on every clipping, and in the saved searches that name the tag
        (``tag:Old``, ``tag:"Old name"``, ``tag:Old/Child``), so they find the same."""
        old, new = tags.normalize(old), tags.normalize(new)
        with self._lock:
            with self.store.transaction() as conn:
                others = tags.names_outside(conn, old)
                affected = tags.rename(conn, old, new)
                for name, query in conn.execute("SELECT name, query FROM saved_searches"):
                    renamed = rename_tag_in_query(query, old, new, others)
                    if renamed != query:
                        conn.execute(
                            "UPDATE saved_searches SET query=? WHERE name=?", (renamed, name)
                        )
            self._sync_index()
        return len(affected)

    def delete_tag(self, name: str) -> int:
        with self._lock:
            with self.store.transaction() as conn:
                affected = tags.delete(conn, name)
            self._sync_index()
        return len(affected)

    def tag_carriers(self, name: str) -> list[int]:
        """The live articles carrying the tag or one under it (each once)."""
        with self.store._lock:
            return tags.carriers(self.store.conn, name)

    def tag_state(self, roots: Sequence[str]) -> TagState:
        """The tags named ``roots`` and those under them, to put back with
        ``restore_tag_state`` (the undo of ``rename_tag`` or ``delete_tag``)."""
        with self.store._lock:
            searches = dict(
                self.store.conn.execute("SELECT name, query FROM saved_searches").fetchall()
            )
            return TagState(list(roots), tags.snapshot(self.store.conn, roots), searches)

    def restore_tag_state(self, state: TagState) -> list[int]:
        """The tags under ``state.roots`` as they were; the affected article ids."""
        with self._lock:
            with self.store.transaction() as conn:
                affected = tags.put_back(conn, state.roots, state.saved)
                conn.executemany(
                    "UPDATE saved_searches SET query=? WHERE name=?",
                    [(query, name) for name, query in state.searches.items()],
                )
            self._sync_index()
        return affected

    def set_tag_color(self, name: str, color: str) -> None:
        with self.store.transaction() as conn:
            tags.set_color(conn, name, color)

    def saved_searches(self) -> list[SavedSearch]:
        return [
            SavedSearch(r[0], r[1])
            for r in self.store.query("SELECT name, query FROM saved_searches ORDER BY name")
        ]

    def save_search(self, name: str, query: str) -> None:
        parse(query)  # never save an invalid query
        if not name.strip():
            raise ClippingsError("a saved search needs a name")
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO saved_searches(name, query, created_at) "
                "VALUES (?, ?, datetime('now')) "
                "ON CONFLICT(name) DO UPDATE SET query=excluded.query",
                (name.strip(), query),
            )

    def rename_saved_search(self, old: str, new: str) -> None:
        """Keep the query, change the name (F2 in the sidebar); refuses a taken name."""
        if not new.strip():
            raise ClippingsError("a saved search needs a name")
        with self.store.transaction() as conn:
            taken = conn.execute(
                "SELECT 1 FROM saved_searches WHERE name=? AND name<>?", (new.strip(), old)
            ).fetchone()
            if taken:
                raise ClippingsError(f"there is already a saved search called “{new.strip()}”")
            conn.execute("UPDATE saved_searches SET name=? WHERE name=?", (new.strip(), old))

    def delete_saved_search(self, name: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM saved_searches WHERE name=?", (name,))

    # -- facts -------------------------------------------------------------------

    def stats(self) -> dict:
        size = sum(f.stat().st_size for f in self.root.rglob("*") if f.is_file())
        return {
            "articles": self.store.scalar("SELECT COUNT(*) FROM articles WHERE deleted_at IS NULL"),
            "trashed": self.store.scalar(
                "SELECT COUNT(*) FROM articles WHERE deleted_at IS NOT NULL"
            ),
            "indexed": self.index.doc_count(),
            "tags": self.store.scalar("SELECT COUNT(*) FROM tags"),
            "sources": self.store.scalar(
                "SELECT COUNT(DISTINCT source) FROM articles "
                "WHERE deleted_at IS NULL AND source<>''"
            ),
            "originals": sum(1 for _ in self.blobs.all()),
            "size_bytes": size,
            "schema_version": self.store.version,
        }

    def check(self, repair: bool = False) -> CheckReport:
        """Do store, index and originals agree? With ``repair``, fix what can be fixed."""
        from app import maintenance

        with self._lock:
            return maintenance.check(self, repair)

    def reextract(self, ids: Sequence[int] | None = None) -> list[int]:
        """Re-run extraction from the originals, keeping user edits, tags and notes."""
        return self.reextract_report(ids).changed

    def reextract_report(
        self,
        ids: Sequence[int] | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> maintenance.ReextractReport:
        """``reextract`` with progress (originals done of originals), a cancel checked
        between originals, and what happened to the rest ("unchanged", "without an
        original" …)."""
        from app import maintenance

        with self._lock:
            return maintenance.reextract(self, list(ids) if ids else None, progress, cancel)

    def load_articles(
        self,
        ids: Sequence[int],
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> list[Article]:
        """The articles of ``ids`` in that order, read in batches that report progress;
        raises ``Cancelled`` between batches once ``cancel()`` turns true."""
        ids = list(ids)
        found: list[Article] = []
        for start in range(0, len(ids), EXPORT_BATCH):
            if cancel and cancel():
                raise Cancelled()
            found.extend(self.get_many(ids[start : start + EXPORT_BATCH]))
            if progress:
                progress(Progress(min(start + EXPORT_BATCH, len(ids)), len(ids), ""))
        return found

    def export(
        self,
        ids: Sequence[int],
        fmt: str,
        path: Path,
        *,
        title: str = "Press review",
        newest: bool = False,
        writer: Writer | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
        one_per_story: bool = False,
        delimiter: str = ",",
        language: str = "en",
        omit_tags: Sequence[str] = (),
    ) -> int:
        """Write the articles as csv (split at ``delimiter``), json, jsonl, yaml or an HTML
        review (its own words in ``language``, ``omit_tags`` not printed per article: the
        query's), in the order of
        ``ids`` or, with ``newest``, newest first (a press review's order). A ``writer``
        writes instead (the GUI's PDF review); nothing is written once cancelled. With
        ``one_per_story``, the first copy of each story cluster stands for the others,
        whose outlets it names (``also_reported``)."""
        if writer is None:
            check_format(fmt)
        found = self.load_articles(ids, progress=progress, cancel=cancel)
        if newest:
            found = newest_first(found)
        if one_per_story:
            found = self._one_per_story(found)
        if cancel and cancel():
            raise Cancelled()
        if writer is not None:
            writer(found, Path(path), title)
        else:
            export_articles(
                found,
                fmt,
                Path(path),
                title=title,
                delimiter=delimiter,
                language=language,
                omit_tags=omit_tags,
            )
        return len(found)

    def _one_per_story(self, found: list[Article]) -> list[Article]:
        kept: list[Article] = []
        taken: set[int] = set()
        for article in found:
            if article.id in taken:
                continue
            taken.update([article.id, *article.cluster])
            kept.append(article)
        others = [i for a in kept for i in a.cluster]
        sources = {a.id: a.source for a in self.get_many_plain(others)}
        for article in kept:
            names = (sources[i] or "(no source)" for i in article.cluster if i in sources)
            article.also_reported = [
                n for n in dict.fromkeys(names) if n.casefold() != article.source.casefold()
            ]
        return kept

    def backup(self, path: Path) -> dict:
        """A zip of a consistent store snapshot and every original (the index is derived)."""
        with self._lock:
            return backups.backup(
                self.store.conn, self.blobs.root, Path(path), hold=self.store._lock
            )

    @staticmethod
    def restore_backup(source: Path, root: Path, progress: ProgressCallback | None = None) -> dict:
        """Unpack a backup into an empty folder; the index is rebuilt on the next open
        (``Archive.open(..., on_progress=...)`` reports that). ``progress`` counts the
        originals unpacked."""
        return backups.restore(Path(source), Path(root), progress)

    def article_count(self) -> int:
        return self.store.scalar("SELECT COUNT(*) FROM articles WHERE deleted_at IS NULL")

    def original(self, article_id: int) -> tuple[str, bytes]:
        """The verbatim original an article was imported from: (file name, bytes)."""
        article = self.get(article_id)
        if not article.original_sha or not self.blobs.exists(article.original_sha):
            raise ClippingsError(f"the original of article {article_id} is missing")
        return article.original_name, self.blobs.get(article.original_sha)


def _validate(changes: dict) -> None:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ClippingsError(f"cannot edit {', '.join(sorted(unknown))}")
    if "title" in changes and not str(changes["title"]).strip():
        raise ClippingsError("the title cannot be empty")
    published = changes.get("published")
    if published is not None and not isinstance(published, datetime):
        raise ClippingsError("the publication date must be a date and time")
    url = changes.get("url")
    if url and not str(url).startswith(("http://", "https://")):
        raise ClippingsError(f"not a web address: {url!r} (it must start with http:// or https://)")
    language = changes.get("language")
    if language and (len(language) != 2 or not language.isalpha()):
        raise ClippingsError(f"not a language code: {language!r} (use two letters such as de)")


def parsed_query(query: str) -> Node:
    """The query's tree, a source, place or organisation named by another of its names
    ("source:ТАСС", "dateline:Moskau", a bare "ТАСС", "Ägypten" or "ОБСЕ") widened to all;
    a bare place's other names only in the languages that write it so (``app.query.exonyms``)."""
    tables = {
        "source": _source_aliases,
        BARE_SOURCES: _profile_aliases,
        "dateline": _place_aliases,
        ORGANISATIONS: _organisation_aliases,
    }
    return with_aliases(
        parse(query),
        tables,
        bare=BARE_SOURCES,
        names=("dateline", ORGANISATIONS),
        exonyms=("dateline",),
    )


#: the table a bare word naming a source is widened by: the profiles' agencies only, not
#: the outlet list's 3,200 outlets, whose names include words (*Mint*, *Today*)
BARE_SOURCES = "bare source"


@loaded_once
def _profile_aliases() -> dict[str, tuple[str, ...]]:
    """Every source profile's names (built-in and the user's), read once per process."""
    from app.importers.profiles import default_profiles

    return alias_table((p.name, *p.aliases) for p in default_profiles())


@loaded_once
def _source_aliases() -> dict[str, tuple[str, ...]]:
    """A ``source:`` value's other names: the profiles' and the outlet list's (name,
    aliases), so ``source:ZDF`` finds a clipping filed as "Zweites Deutsches Fernsehen"
    and ``source:"Westdeutscher Rundfunk"`` one filed as "WDR" (filing keeps a name as
    printed, so one outlet is stored under several)."""
    from app.importers.outlets import default_gazetteer
    from app.importers.profiles import default_profiles

    groups = [(p.name, *p.aliases) for p in default_profiles()]
    return alias_table(groups + default_gazetteer().name_groups(), union=True)


def _outlets_once(facets: dict[str, dict[str, int]], query: str) -> dict[str, dict[str, int]]:
    """``facets`` with each outlet's names counted as one source (``merged_counts``),
    labelled by the name the query filters it by, if any."""
    if not facets.get("sources"):
        return facets
    named = [a or b for a, b in _SOURCE_TERM.findall(query)]
    merged = merged_counts(facets["sources"], _source_aliases(), prefer=named)
    return {**facets, "sources": merged}


#: a ``source:`` filter of a query, quoted or not (what the facets' clicks write)
_SOURCE_TERM = re.compile(r'(?:^|[\s(])-?source:(?:"([^"]*)"|([^\s"()]+))', re.IGNORECASE)


@loaded_once
def _place_aliases() -> dict[str, tuple[str, ...]]:
    """The places list's names (resources/places.yaml, then the user's places.yaml)."""
    return _listed_aliases(PLACES_FILE)


@loaded_once
def _organisation_aliases() -> dict[str, tuple[str, ...]]:
    """The organisations list's names and acronyms (resources/organisations.yaml, then the
    user's organisations.yaml): ``OSZE``, ``OSCE`` and ``ОБСЕ`` find each other."""
    return _listed_aliases(ORGANISATIONS_FILE)


def _listed_aliases(builtin: Path) -> dict[str, tuple[str, ...]]:
    """The alias table of a list of name groups shipped in resources/, extended by the
    user's file of the same name in the config folder."""
    groups: list[list[str]] = []
    for path in (builtin, config_dir() / builtin.name):
        try:
            data = read_yaml(path) if path.is_file() else []
        except ClippingsError as exc:  # a user's broken list: searches go on with the built-in one
            log.warning("skipping the list %s: %s", builtin.name, exc)
            continue
        groups.extend(g for g in data or [] if isinstance(g, list))
    return alias_table([str(n) for n in g] for g in groups)
