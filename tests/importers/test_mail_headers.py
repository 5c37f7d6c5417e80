"""A mail's From and Subject as RFC 2047 decodes them: encoded words folded over two lines
join without a space, and raw 8-bit or damaged headers still give a readable name."""

from __future__ import annotations

from app.importers import extract
from app.model import Extracted

_TEXT = (
    "Министерство сообщило во вторник о запуске новой программы по восстановлению лесов, "
    "которая охватит двенадцать регионов страны и продлится до 2030 года.\n\n"
    "На первом этапе будет высажено около двух миллионов саженцев, уточнили в ведомстве."
)


def _mail(from_header: bytes, subject: bytes) -> bytes:
    return (
        b"From: " + from_header + b"\r\nTo: desk@example.org\r\nSubject: " + subject + b"\r\n"
        b"Date: Tue, 25 Nov 2025 10:00:00 +0300\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + _TEXT.encode()
    )


def _article(data: bytes):  # type: ignore[no-untyped-def]
    [item] = extract("mail.eml", data)
    assert isinstance(item, Extracted)
    return item.article


def test_encoded_words_folded_over_two_lines_join_without_a_space() -> None:
    name = "Министерство природы России".encode()
    head = "=?utf-8?b?" + __import__("base64").b64encode(name[:41]).decode() + "?="
    tail = "=?utf-8?b?" + __import__("base64").b64encode(name[41:]).decode() + "?="
    data = _mail(f"\r\n {head}\r\n {tail} <press@example.ru>".encode(), b"Programme")
    assert _article(data).source == "Министерство природы России"


def test_a_raw_8bit_subject_is_read_as_written() -> None:
    data = _mail(b"Press <press@example.ru>", "Запуск программы".encode())
    assert _article(data).title == "Запуск программы"
