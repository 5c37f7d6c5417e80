"""Duplicate detection: exact (normalised body hash) and near (MinHash LSH in SQLite).

The LSH bands live in the store (``minhash_bands``), so nothing has to be loaded into
memory at start-up and the lookup is one indexed query.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import struct
import zlib
from functools import cache
from typing import TYPE_CHECKING

from app.index.analysis import fold

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
SEED = 7
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def content_hash(title: str, body: str) -> str:
    """Same normalised text, same hash: whitespace, case, accents and punctuation ignored."""
    return digest(words(body), title)


def digest(body_words: list[str], title: str) -> str:
    """``content_hash`` of a body already split by ``words`` (an import splits it once)."""
    normal = " ".join(body_words) or " ".join(words(title))
    return hashlib.sha256(normal.encode()).hexdigest()


def minhash(body: str) -> MinHash | None:
    return signature(words(body))


def signature(body_words: list[str]) -> MinHash | None:
    """The MinHash of a body's word 3-shingles; None for a body too short to compare."""
    if len(body_words) < SHINGLE * 3:
        return None
    shingles = {
        " ".join(body_words[i : i + SHINGLE]).encode() for i in range(len(body_words) - SHINGLE + 1)
    }
    from datasketch import MinHash  # imported late: it pulls in SciPy (0.4 s at start-up)

    scheme, permutations = _permutations()
    found = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=zlib.crc32,
        permutations=permutations,
        scheme=scheme,
    )
    found.update_batch(list(shingles))
    return found


@cache
def _permutations():
    """The hash permutations for seed 7, drawn once (datasketch draws them per MinHash)."""
    from datasketch import MinHash

    drawn = MinHash(num_perm=NUM_PERM, seed=SEED)
    return drawn.scheme, drawn.permutations


def bands(signature: MinHash) -> list[tuple[int, int]]:
    values = signature.hashvalues
    out = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(struct.pack(f"{ROWS}Q", *map(int, chunk)), digest_size=8)
        out.append((band, int.from_bytes(digest.digest(), "big", signed=True)))
    return out


def find_exact(conn: sqlite3.Connection, digest: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM articles WHERE content_hash=? AND deleted_at IS NULL ORDER BY id LIMIT 1",
        (digest,),
    ).fetchone()
    return row[0] if row else None


def find_near(
    conn: sqlite3.Connection, signature: MinHash, threshold: float
) -> tuple[int, float] | None:
    """The most similar live article above ``threshold`` (estimated Jaccard), if any."""
    candidates: set[int] = set()
    for band, value in bands(signature):
        candidates.update(
            r[0]
            for r in conn.execute(
                "SELECT article_id FROM minhash_bands WHERE band=? AND hash=?", (band, value)
            )
        )
    best: tuple[int, float] | None = None
    for article_id in sorted(candidates):
        row = conn.execute(
            "SELECT body FROM articles WHERE id=? AND deleted_at IS NULL", (article_id,)
        ).fetchone()
        other = minhash(row[0]) if row else None
        if other is None:
            continue
        similarity = signature.jaccard(other)
        if similarity >= threshold and (best is None or similarity > best[1]):
            best = (article_id, similarity)
    return best


def remember(conn: sqlite3.Connection, article_id: int, signature: MinHash | None) -> None:
    conn.execute("DELETE FROM minhash_bands WHERE article_id=?", (article_id,))
    if signature is not None:
        conn.executemany(
            "INSERT INTO minhash_bands VALUES (?, ?, ?)",
            [(band, value, article_id) for band, value in bands(signature)],
        )


def link(conn: sqlite3.Connection, article_id: int, related_id: int) -> None:
    """Put both articles into one story cluster (named by its first member)."""
    row = conn.execute("SELECT cluster_id FROM articles WHERE id=?", (related_id,)).fetchone()
    cluster = row[0] if row and row[0] else related_id
    conn.execute(
        "UPDATE articles SET cluster_id=? WHERE id IN (?, ?)", (cluster, article_id, related_id)
    )


def cluster_of(conn: sqlite3.Connection, article_id: int) -> list[int]:
    row = conn.execute("SELECT cluster_id FROM articles WHERE id=?", (article_id,)).fetchone()
    if not row or not row[0]:
        return []
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM articles WHERE cluster_id=? AND id<>? AND deleted_at IS NULL "
            "ORDER BY id",
            (row[0], article_id),
        )
    ]
