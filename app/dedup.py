"""Duplicate detection: exact (normalised body hash) and near (MinHash LSH in SQLite).

The LSH bands live in the store (``minhash_bands``), so nothing has to be loaded into
memory at start-up and the lookup is one indexed query.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from collections import OrderedDict
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
    # each word encoded once, then joined as bytes: the same bytes as encoding each joined
    # shingle (UTF-8 encodes a string piece by piece), at two thirds of the cost
    encoded = [word.encode() for word in body_words]
    grams = zip(*(encoded[i:] for i in range(SHINGLE)), strict=False)  # the shorter tails end it
    shingles = {b" ".join(gram) for gram in grams}
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


signature_of = signature  # for find_near, whose parameter of that name shadows it


@cache
def _permutations():
    """The hash permutations for seed 7, drawn once (datasketch draws them per MinHash)."""
    from datasketch import MinHash

    drawn = MinHash(num_perm=NUM_PERM, seed=SEED)
    return drawn.scheme, drawn.permutations


def bands(signature: MinHash) -> list[tuple[int, int]]:
    """The LSH band keys: a hash of each band's ``ROWS`` values packed as native unsigned
    64-bit integers (``struct.pack("4Q", …)``; numpy packs all bands in one call)."""
    packed = signature.hashvalues.astype("uint64").tobytes()
    width = ROWS * 8
    return [(band, _band_key(packed[band * width : (band + 1) * width])) for band in range(BANDS)]


def _band_key(packed: bytes) -> int:
    digest = hashlib.blake2b(packed, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


#: a body of fewer words (a masthead, a line or two) is no evidence alone that two
#: clippings are one: a newsletter read as its masthead alone made every later issue a
#: "duplicate" of the first, so such a body counts only with the same (or a like) title
SHORT_BODY = 40
#: the share of title words two short clippings must have in common to be near-duplicates
TITLE_ALIKE = 0.5


def is_short(body_words: list[str]) -> bool:
    """Whether a body is too short to say on its own that two clippings are one."""
    return len(body_words) < SHORT_BODY


def titles_alike(one: str, other: str) -> float:
    """The Jaccard share of the two titles' words (1.0 for the same title, accents, case
    and punctuation ignored)."""
    a, b = set(words(one)), set(words(other))
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def find_exact(conn: sqlite3.Connection, digest: str, title: str | None = None) -> int | None:
    """The first live article of the same normalised body; with ``title`` (pass it for a
    short body, see ``is_short``) only one of the same title counts."""
    rows = conn.execute(
        "SELECT id, title FROM articles WHERE content_hash=? AND deleted_at IS NULL ORDER BY id",
        (digest,),
    )
    wanted = None if title is None else words(title)
    for article_id, stored in rows:
        if wanted is None or words(stored) == wanted:
            return article_id
    return None


def find_near(
    conn: sqlite3.Connection,
    signature: MinHash,
    threshold: float,
    keys: list[tuple[int, int]] | None = None,
    title: str | None = None,
    short: bool = False,
) -> tuple[int, float] | None:
    """The most similar live article above ``threshold`` (estimated Jaccard), if any.

    Given the new clipping's ``title``, where its body is ``short`` or the stored one is
    (``is_short``), the two titles must be alike too (``TITLE_ALIKE``): two short bodies
    alike (a masthead, a standard line) say nothing of whether the clippings are one story.
    ``keys`` are the signature's ``bands`` when the caller has them already. All bands are
    looked up in one query (SQLite searches the index once per band, a "multi-index OR"):
    sixteen queries cost three times as much.
    """
    keys = bands(signature) if keys is None else keys
    candidates = {
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM minhash_bands WHERE "
            + " OR ".join(["(band=? AND hash=?)"] * len(keys)),
            [number for key in keys for number in key],
        )
    }
    best: tuple[int, float] | None = None
    for article_id in sorted(candidates):
        row = conn.execute(
            "SELECT title, updated_at, content_hash FROM articles"
            " WHERE id=? AND deleted_at IS NULL",
            (article_id,),
        ).fetchone()
        if row is None:
            continue
        other, other_short = _stored_signature(conn, article_id, row[1], row[2])
        if other is None:
            continue
        similarity = signature.jaccard(other)
        if (
            title is not None
            and (short or other_short)
            and titles_alike(title, row[0]) < TITLE_ALIKE
        ):
            continue
        if similarity >= threshold and (best is None or similarity > best[1]):
            best = (article_id, similarity)
    return best


#: stored bodies' signatures by article, its last change (an edit or a re-extraction gives
#: a new key) and its body's hash (two archives open in one process share no entry unless
#: the body is the same): a big story cluster, or a CSV of templated rows, had every new
#: copy recompute the signature of every earlier copy, so 3,000 such rows took minutes
_SIGNATURES: OrderedDict[tuple[int, str, str], tuple[MinHash | None, bool]] = OrderedDict()
_SIGNATURES_KEPT = 10_000


def _stored_signature(
    conn: sqlite3.Connection, article_id: int, changed: str, content_hash: str
) -> tuple[MinHash | None, bool]:
    """A stored article's signature and whether its body ``is_short``, computed once per
    version of the article (``changed``: its ``updated_at``)."""
    key = (article_id, changed, content_hash)
    known = _SIGNATURES.get(key)
    if known is not None:
        _SIGNATURES.move_to_end(key)
        return known
    row = conn.execute("SELECT body FROM articles WHERE id=?", (article_id,)).fetchone()
    body_words = words(row[0]) if row else []
    known = (signature_of(body_words), is_short(body_words))
    _SIGNATURES[key] = known
    if len(_SIGNATURES) > _SIGNATURES_KEPT:
        _SIGNATURES.popitem(last=False)
    return known


def remember(
    conn: sqlite3.Connection,
    article_id: int,
    signature: MinHash | None,
    keys: list[tuple[int, int]] | None = None,
) -> None:
    """Store the signature's band keys (``keys``, when the caller has them already)."""
    conn.execute("DELETE FROM minhash_bands WHERE article_id=?", (article_id,))
    if signature is not None:
        keys = bands(signature) if keys is None else keys
        conn.executemany(
            "INSERT INTO minhash_bands VALUES (?, ?, ?)",
            [(band, value, article_id) for band, value in keys],
        )


def link(conn: sqlite3.Connection, article_id: int, related_id: int) -> None:
    """Put both articles into one story cluster (named by its first member)."""
    row = conn.execute("SELECT cluster_id FROM articles WHERE id=?", (related_id,)).fetchone()
    cluster = row[0] if row and row[0] else related_id
    conn.execute(
        "UPDATE articles SET cluster_id=? WHERE id IN (?, ?)", (cluster, article_id, related_id)
    )


def story_copies(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """For each of ``ids`` in a story cluster, the other copies (not in the trash) as
    (id, source), oldest first: one query for a page of results."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    clusters = dict(
        conn.execute(
            f"SELECT id, cluster_id FROM articles WHERE id IN ({marks}) AND cluster_id", ids
        ).fetchall()
    )
    if not clusters:
        return {}
    wanted = sorted(set(clusters.values()))
    members: dict[int, list[tuple[int, str]]] = {}
    for cluster, member, source in conn.execute(
        f"SELECT cluster_id, id, source FROM articles WHERE cluster_id IN "
        f"({','.join('?' * len(wanted))}) AND deleted_at IS NULL ORDER BY id",
        wanted,
    ):
        members.setdefault(cluster, []).append((member, source))
    copies = {}
    for article_id, cluster in clusters.items():
        others = [m for m in members.get(cluster, []) if m[0] != article_id]
        if others:
            copies[article_id] = others
    return copies


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
