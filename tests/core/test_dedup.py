"""Duplicate keys stay what archives already store: a change would miss every old duplicate."""

from __future__ import annotations

import sqlite3

from app import dedup
from app.store.migrations import MIGRATIONS

TEXT = (
    "Die Bundesregierung in Berlin und die Europäische Union verhandeln über Öl und Gas; "
    "Президент Казахстана встретился с премьер-министром. The Caspian Sea pipeline opens in May. "
) * 3
#: computed by the first implementation (one shingle string at a time, struct-packed bands)
BANDS = [
    -3585288742910924668, -8983365815782948580, -3400823787416540190, 2036304931777482685,
    400741808286594455, -9029956549643865596, -3652534748277915942, -4025553526806829560,
    -4322676534513516925, -1645453837299970166, -6857512462478453251, -3817689188026604625,
    8051442598875920668, -6240020020840916197, -7325807659759439837, -4178779360864773419,
]  # fmt: skip
CONTENT_HASH = "4e56d1ad6ef3b8e01dbcbea6f96e365f13421a13ef2e0888036b6675e5bdab9d"


def test_band_keys_and_content_hash_are_stable() -> None:
    signature = dedup.minhash(TEXT)
    assert signature is not None
    assert dedup.bands(signature) == list(enumerate(BANDS))
    assert dedup.content_hash("Title", TEXT) == CONTENT_HASH


def test_shingles_are_the_words_in_threes() -> None:
    """The signature is that of the encoded three-word shingles, as datasketch computes it."""
    import zlib

    from datasketch import MinHash

    words = dedup.words(TEXT)
    scheme, permutations = dedup._permutations()
    expected = MinHash(
        num_perm=dedup.NUM_PERM,
        seed=dedup.SEED,
        hashfunc=zlib.crc32,
        permutations=permutations,
        scheme=scheme,
    )
    for i in range(len(words) - 2):
        expected.update(" ".join(words[i : i + 3]).encode())
    assert list(dedup.signature(words).hashvalues) == list(expected.hashvalues)


def _store() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(MIGRATIONS[0])
    return conn


def test_near_duplicates_are_found_through_any_one_band() -> None:
    conn = _store()
    conn.execute(
        "INSERT INTO articles (id, title, body, imported_at, updated_at, content_hash) "
        "VALUES (1, 't', ?, '', '', '')",
        (TEXT,),
    )
    signature = dedup.minhash(TEXT)
    dedup.remember(conn, 1, signature)
    assert sorted(r[0] for r in conn.execute("SELECT hash FROM minhash_bands")) == sorted(BANDS)
    assert dedup.find_near(conn, signature, 0.6) == (1, 1.0)
    # one band in common is enough to compare; the others may differ
    keys = [(band, 0) for band in range(dedup.BANDS - 1)] + [(dedup.BANDS - 1, BANDS[-1])]
    assert dedup.find_near(conn, signature, 0.6, keys) == (1, 1.0)
    assert dedup.find_near(conn, signature, 0.6, [(band, 0) for band in range(16)]) is None


def _copies(conn: sqlite3.Connection, count: int) -> None:
    """``count`` stored copies of one story, each remembered by its bands."""
    for number in range(1, count + 1):
        body = f"{TEXT} Copy {number}."
        conn.execute(
            "INSERT INTO articles (id, title, body, imported_at, updated_at, content_hash) "
            "VALUES (?, 't', ?, '', '2026-12-01T00:00:00+00:00', ?)",
            (number, body, dedup.content_hash("t", body)),
        )
        dedup.remember(conn, number, dedup.minhash(body))


def test_a_stored_copy_is_signed_once_however_many_copies_follow(monkeypatch) -> None:
    """A big story cluster (or a CSV of templated rows) made every new copy recompute the
    signature of every earlier one: 1,000 such rows took 23 s, now 7 s."""
    conn = _store()
    _copies(conn, 30)
    calls = []
    real = dedup.signature_of
    monkeypatch.setattr(dedup, "signature_of", lambda words: calls.append(1) or real(words))
    signature = dedup.minhash(TEXT)
    for _ in range(5):
        assert dedup.find_near(conn, signature, 0.6)[1] > 0.6
    assert len(calls) <= 30  # each stored copy once, not once per lookup


def test_an_edited_body_is_signed_afresh() -> None:
    conn = _store()
    _copies(conn, 1)
    signature = dedup.minhash(TEXT)
    assert dedup.find_near(conn, signature, 0.6) is not None
    other = (
        "Ein ganz anderer Text über Weizen, Häfen und Zölle in Zentralasien, Woche für Woche. " * 3
    )
    conn.execute(
        "UPDATE articles SET body=?, updated_at='2026-12-01T00:00:05+00:00' WHERE id=1", (other,)
    )
    assert dedup.find_near(conn, signature, 0.6) is None  # the edit, not the cached old body
