"""The Whoosh engine behind a small interface: write documents, search, count.

One writer at a time (a lock plus ``writer(timeout=…)``); the searcher is reused and
refreshed after each commit. Nothing here is the only copy of anything.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh import index as windex
from whoosh import query as wq
from whoosh.index import LockError
from whoosh.sorting import FieldFacet

from app.index import analysis, fast_writing, whoosh_fixes
from app.index import facets as facet_counts
from app.index.analysis import LANGUAGES, stem_value
from app.index.arrays import ArrayCache
from app.index.compile import compile_query
from app.index.dates import DateColumn
from app.index.evaluate import SegmentEvaluator, Statistics
from app.index.merging import merge_tiered
from app.index.proximity import Near
from app.index.schema import build_schema, stem_field
from app.index.suggest import article_key_terms, correct_query
from app.model import Article, ClippingsError, QueryError
from app.query import ast

whoosh_fixes.apply()
fast_writing.apply()

#: bump when the schema or the way documents are built changes
INDEX_FORMAT = 7  # 7: the byline field
STAMP_FILE = "clippings-index.json"
SORT_FIELDS = {
    "source": ("c_source", False),
    "title": ("c_title", False),
}


class IndexCorrupt(ClippingsError):
    """The index folder cannot be opened; it must be rebuilt from the store."""


@dataclass
class EngineResult:
    total: int
    ids: list[int]
    scores: list[float]
    facets: dict[str, dict[str, int]]
    query: wq.Query


def _best_first(docnums: np.ndarray, scores: np.ndarray, limit: int | None) -> np.ndarray:
    """Positions of the ``limit`` best scores, ties in index order."""
    if limit is not None and len(scores) > limit:
        if limit <= 0:
            return np.zeros(0, dtype=np.int64)
        kth = np.partition(-scores, limit - 1)[limit - 1]
        candidates = np.flatnonzero(-scores <= kth)
        order = candidates[np.lexsort((docnums[candidates], -scores[candidates]))]
        return order[:limit]
    return np.lexsort((docnums, -scores))


def _newest_first(docnums: np.ndarray, dates: np.ndarray, limit: int | None) -> np.ndarray:
    """Positions of the newest ``limit`` matches; undated ones last, ties in index order."""
    order = np.lexsort((docnums, -dates[docnums]))
    return order if limit is None else order[:limit]


def _oldest_first(docnums: np.ndarray, dates: np.ndarray, limit: int | None) -> np.ndarray:
    """Positions of the oldest ``limit`` matches; undated ones last here too (they are
    -1, which would put them first), ties in index order."""
    values = dates[docnums]
    undated = values < 0
    order = np.lexsort((docnums, values, undated))
    return order if limit is None else order[:limit]


def index_stamp() -> dict:
    """What an index was built with; any change means it must be rebuilt."""
    return {"format": INDEX_FORMAT, "analysis": getattr(analysis, "ANALYSIS_VERSION", 0)}


def _read_stamp(path: Path) -> dict | None:
    try:
        return json.loads((path / STAMP_FILE).read_text())
    except (OSError, ValueError):
        return None


class WhooshIndex:
    def __init__(self, path: Path, memory_mb: int = 128) -> None:
        self.path = path
        self.memory_mb = memory_mb
        self.schema = build_schema()
        self._write_lock = threading.Lock()
        self._read_lock = threading.RLock()
        self._columns = facet_counts.ColumnCache()
        self._dates = DateColumn()
        self._arrays = ArrayCache()
        try:
            if windex.exists_in(path):
                if _read_stamp(path) != index_stamp():
                    raise IndexCorrupt(f"the index in {path} was built by another version")
                # our schema, not the pickled one: analysis code may have improved
                self.ix = windex.open_dir(str(path), schema=self.schema)
            else:
                path.mkdir(parents=True, exist_ok=True)
                self.ix = windex.create_in(str(path), self.schema)
                (path / STAMP_FILE).write_text(json.dumps(index_stamp()))
            self._searcher = self.ix.searcher()
        except IndexCorrupt:
            raise
        except Exception as exc:  # Whoosh raises many kinds on damaged files
            raise IndexCorrupt(f"the index in {path} cannot be read ({exc})") from exc

    @classmethod
    def create_empty(cls, path: Path, memory_mb: int = 128) -> WhooshIndex:
        shutil.rmtree(path, ignore_errors=True)
        return cls(path, memory_mb)

    # -- writing ---------------------------------------------------------------

    def write(self, docs: Sequence[dict], delete_ids: Iterable[int] = ()) -> None:
        """Add or replace ``docs`` and remove ``delete_ids`` in one commit."""
        delete_ids = list(delete_ids)
        if not docs and not delete_ids:
            return
        with self.batch() as batch:
            batch.delete(delete_ids)
            for doc in docs:
                batch.add(doc)

    def batch(self) -> IndexBatch:
        """A writer for changes that arrive over time, applied in one commit."""
        return IndexBatch(self)

    def refresh(self) -> None:
        with self._read_lock:
            old = self._searcher
            if old.up_to_date():
                return
            # A fresh searcher, not Searcher.refresh(): reusing segment readers keeps
            # their old deletion sets, so replaced documents would show up twice.
            self._searcher = self.ix.searcher()
            old.close()

    # -- reading ---------------------------------------------------------------

    def compile(self, node: ast.Node) -> wq.Query:
        return compile_query(node, self.schema, self._dates)

    def search(
        self,
        node: ast.Node,
        *,
        limit: int | None = 50,
        sort: str = "relevance",
        facets: bool = True,
        every_id: bool = False,
    ) -> EngineResult:
        """The best ``limit`` hits; with ``every_id`` the other matches follow them in
        index order (ranking 100,000 matches costs seconds; nobody reads past the top)."""
        query = self.compile(node)
        self.refresh()  # another process (the CLI beside the app) may have committed
        with self._read_lock:
            searcher = self._searcher
            columns = self._columns.columns(searcher)
            if sort in ("relevance", "date", "oldest"):
                matched, scores = self._match(searcher, query)
                if sort == "relevance":
                    order = _best_first(matched, scores, limit)
                elif sort == "date":
                    order = _newest_first(matched, self._date_values(searcher), limit)
                else:
                    order = _oldest_first(matched, self._date_values(searcher), limit)
                top = matched[order]
                shown_scores = scores[order].tolist() if sort == "relevance" else []
            elif sort in SORT_FIELDS:
                name, reverse = SORT_FIELDS[sort]
                sortedby = FieldFacet(name, reverse=reverse)
                if _has_near(query):  # the evaluator's matches: Whoosh's spans differ
                    matched, _ = self._match(searcher, query)
                    within = set(matched.tolist()) or {-1}  # an empty filter is none
                    results = searcher.search(
                        wq.Every(), filter=within, limit=limit, sortedby=sortedby
                    )
                else:
                    results = searcher.search(query, limit=limit, sortedby=sortedby)
                    matched = np.array(sorted(results.docs()), dtype=np.int64)
                top = np.array([docnum for _, docnum in results.top_n], dtype=np.int64)
                shown_scores = []
            else:
                raise ClippingsError(f"unknown sort order {sort!r}")
            ids = columns.ids[top].tolist()
            scores_out = shown_scores or [0.0] * len(ids)
            if every_id and len(ids) < len(matched):
                rest = np.setdiff1d(matched, top, assume_unique=True)
                ids += columns.ids[rest].tolist()
                scores_out += [0.0] * len(rest)
            counts = facet_counts.count(columns, matched) if facets else {}
        return EngineResult(
            total=len(matched), ids=ids, scores=scores_out, facets=counts, query=query
        )

    def _match(self, searcher, query: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """Every live match (global docnums, ascending) and its score."""
        stats = Statistics(searcher)
        found, scores = [], []
        for leaf, offset, arrays in self._arrays.for_searcher(searcher):
            try:
                ids, score = SegmentEvaluator(leaf, arrays, stats).run(query)
            except wq.QueryError as error:  # a query Whoosh cannot run: a message, no crash
                raise QueryError(f"this search cannot be run: {error}") from error
            found.append(ids.astype(np.int64) + offset)
            scores.append(score)
        if not found:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        return np.concatenate(found), np.concatenate(scores)

    def _date_values(self, searcher) -> np.ndarray:
        parts = [self._dates.values(reader) for reader, _ in searcher.reader().leaf_readers()]
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    def more_like(self, article: Article, limit: int) -> list[int]:
        """Articles sharing the most distinctive words of ``article`` (itself excluded)."""
        text = f"{article.title}\n{article.lead}\n{article.body}"
        field = "body"
        if article.language in LANGUAGES:
            field, text = stem_field("body"), stem_value(article.language, text)
        with self._read_lock:
            searcher = self._searcher
            docnum = searcher.document_number(id=str(article.id))
            if docnum is None:
                return []
            results = searcher.more_like(docnum, field, text=text, top=limit, numterms=12)
            columns = self._columns.columns(searcher)
            return [int(columns.ids[docnum]) for _, docnum in results.top_n]

    def suggest(self, query_text: str) -> tuple[str | None, bool]:
        """A corrected query when words look misspelt (did you mean …?), and whether a
        replaced word is in no clipping as written (``suggest.correct_query``)."""
        with self._read_lock:
            searcher = self._searcher

            def count(word: str) -> int:
                # the word's own forms (stems, compound parts), not its sound-alike names
                matched, _ = self._match(searcher, self.compile(ast.Phrase((word,))))
                return len(matched)

            return correct_query(
                searcher.reader(), query_text, found=lambda word: count(word) > 0, count=count
            )

    def key_terms(self, article: Article, limit: int = 8) -> list[str]:
        with self._read_lock:
            return article_key_terms(self._searcher.reader(), article, limit)

    def doc_count(self) -> int:
        with self._read_lock:
            return self._searcher.doc_count()

    def all_ids(self) -> set[int]:
        with self._read_lock:
            columns = self._columns.columns(self._searcher)
            reader = self._searcher.reader()
            return {int(columns.ids[d]) for d in reader.all_doc_ids()}

    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.glob("*") if f.is_file())

    def close(self) -> None:
        with self._read_lock:
            self._searcher.close()
        self.ix.close()


class IndexBatch:
    """One writer's worth of changes: added a document at a time, committed at once.

    Holds the index's write lock (and Whoosh's) from creation to ``commit`` or
    ``cancel``; as a context manager it commits on success and cancels on an error.
    """

    def __init__(self, index: WhooshIndex) -> None:
        self._index = index
        index._write_lock.acquire()
        try:
            self._writer = fast_writing.writer(index.ix, timeout=30, limitmb=index.memory_mb)
        except LockError as exc:
            index._write_lock.release()
            raise ClippingsError(f"the index in {index.path} is locked by another program") from exc
        except BaseException:
            index._write_lock.release()
            raise
        self._open = True

    def add(self, doc: dict) -> None:
        """Add ``doc``, replacing the document with the same id."""
        self._writer.update_document(**doc)

    def delete(self, ids: Iterable[int]) -> None:
        for article_id in ids:
            self._writer.delete_by_term("id", str(article_id))

    def commit(self) -> None:
        self._finish(lambda: self._writer.commit(mergetype=merge_tiered))
        self._index.refresh()

    def cancel(self) -> None:
        self._finish(self._writer.cancel)

    def _finish(self, end) -> None:
        if not self._open:
            return
        self._open = False
        try:
            end()
        finally:
            self._index._write_lock.release()

    def __enter__(self) -> IndexBatch:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:
            self.cancel()


def _has_near(query: wq.Query) -> bool:
    return any(isinstance(leaf, Near) for leaf in query.leaves())
