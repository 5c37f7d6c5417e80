"""Declared charsets are read as browsers and mail readers read them (WHATWG labels)."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.encoding import declared_codec
from app.importers.html import decode_html
from app.model import Extracted

TEXT = (
    "Die Stadtwerke erweitern das Netz der Ladesäulen – bis Ende 2026 kommen 120 "
    "Ladepunkte dazu. „Wir bauen dort, wo die Nachfrage am größten ist“, sagte die "
    "Geschäftsführerin am Dienstag. Die Kosten von 2,4 Millionen Euro trägt zur Hälfte der Bund."
)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("iso-8859-1", "cp1252"),
        ("ISO_8859-1 ", "cp1252"),
        ("latin1", "cp1252"),
        ("us-ascii", "ascii"),  # mailers label any 8-bit text so: detection reads it
        ("windows-1251", "cp1251"),
        ("koi8-r", "koi8-r"),
        ("iso-8859-15", "iso8859-15"),
        ("utf-16", "utf-16"),  # Python's codec reads the byte order mark
        ("x-unknown", None),
    ],
)
def test_labels_name_the_codec_a_browser_uses(label: str, codec: str | None) -> None:
    assert declared_codec(label) == codec


def test_a_page_declared_latin1_with_windows_dashes_and_quotes() -> None:
    page = (
        b'<html><head><meta charset="iso-8859-1"><title>Mehr Lades\xe4ulen \x96 Stadtwerke'
        b"</title></head><body><article><h1>Mehr Lades\xe4ulen f\xfcr die Stadt</h1><p>"
        + TEXT.encode("cp1252")
        + b"</p></article></body></html>"
    )
    text = decode_html(page)
    assert "Ladesäulen – bis Ende 2026" in text and "„Wir bauen" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)
    [item] = extract("seite.html", page)
    assert isinstance(item, Extracted)
    assert "„Wir bauen dort, wo die Nachfrage am größten ist“" in item.article.body


def test_an_ascii_page_declaring_utf16_is_read_as_utf8() -> None:
    page = '<html><head><meta charset="utf-16"></head><body><p>Größe – Maß</p></body></html>'
    assert "Größe – Maß" in decode_html(page.encode("utf-8"))


def test_a_mail_part_labelled_latin1_with_windows_quotes() -> None:
    mail = (
        b"From: Redaktion <news@example.org>\r\nTo: desk@example.org\r\n"
        b"Subject: Mehr Lades\xe4ulen f\xfcr die Stadt\r\nDate: Tue, 25 Nov 2025 09:00:00 +0100\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + TEXT.encode("cp1252") + b"\r\n"
    )
    [item] = extract("meldung.eml", mail)
    assert isinstance(item, Extracted)
    body = item.article.body
    assert "Ladesäulen – bis Ende 2026" in body and "„Wir bauen" in body
