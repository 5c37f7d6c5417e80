"""The byte counts behind binary and UTF-16 sniffing, done in C, count what they say."""

from __future__ import annotations

import random

from app.importers import encoding


def test_counts_match_a_count_byte_by_byte() -> None:
    rng = random.Random(11)
    for _ in range(500):
        data = bytes(rng.choice(range(48)) for _ in range(rng.randrange(200)))
        controls = sum(1 for b in data if b < 9 or 13 < b < 32)
        assert encoding._count(data, encoding._CONTROL_BYTES) == controls
        assert encoding._count(data, encoding._HIGH_BYTES) == sum(1 for b in data if b <= 4)


def test_sniffing_still_tells_text_from_binary_and_utf16() -> None:
    text = "Grüße aus Köln, привет из Москвы. " * 20
    assert not encoding.looks_binary(text.encode())
    assert encoding.looks_binary(bytes(range(1, 32)) * 10)
    assert not encoding.looks_binary(b"line\r\n\tindented\x0c" * 50)
    assert encoding._utf16_without_bom(text.encode("utf-16-le")) == "utf-16-le"
    assert encoding._utf16_without_bom(text.encode("utf-16-be")) == "utf-16-be"
    assert encoding._utf16_without_bom(text.encode()) is None
