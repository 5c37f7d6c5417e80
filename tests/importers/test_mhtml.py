"""Web pages saved as one file (.mhtml/.mht) import as the page they hold."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from app.importers import detect, extract
from app.model import Extracted, ExtractionError

HELDOUT = Path(__file__).parent / "data" / "heldout"
SAVED_ON = "Sat, 29 Nov 2025 10:41:07 -0000"
BOUNDARY = "----MultipartBoundary--Xq9dl0VnLp3kI8fHHxcPzZr3NnaLOS0E1BqG2cCdzs----"


def web_archive(
    html: bytes,
    url: str = "https://example.org/news/1",
    *,
    charset: str = "",
    encoding: str = "quoted-printable",
    frames: bool = True,
) -> bytes:
    """A single-file web archive as Chrome writes one: the page, then its other parts."""
    if encoding == "base64":
        payload = base64.encodebytes(html).decode("ascii")
    else:
        payload = quopri.encodestring(html).decode("ascii")
    page_type = f"text/html; charset={charset}" if charset else "text/html"
    frame = (
        f"--{BOUNDARY}\nContent-Type: text/html\nContent-ID: <frame-2@mhtml.blink>\n"
        "Content-Transfer-Encoding: quoted-printable\n\n<html><body><p>Advert</p></body></html>\n"
        if frames
        else ""
    )
    text = (
        "From: <Saved by Blink>\n"
        f"Snapshot-Content-Location: {url}\n"
        "Subject: =?utf-8?Q?Saved_page?=\n"
        f"Date: {SAVED_ON}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/related;\n\ttype="text/html";\n'
        f'\tboundary="{BOUNDARY}"\n\n\n'
        f"--{BOUNDARY}\nContent-Type: {page_type}\nContent-ID: <frame-1@mhtml.blink>\n"
        f"Content-Transfer-Encoding: {encoding}\nContent-Location: {url}\n\n{payload}\n"
        f"{frame}"
        f"--{BOUNDARY}\nContent-Type: text/css\nContent-Location: https://example.org/a.css\n\n"
        f"body {{ color: black; }}\n--{BOUNDARY}--\n"
    )
    return text.replace("\n", "\r\n").encode("ascii")


def _article(name: str, data: bytes):
    [item] = extract(name, data)
    assert isinstance(item, Extracted), item
    return item.article


FIELDS = ("title", "lead", "body", "published", "source", "dateline", "section", "language")


SAVED_FROM = {
    "aljazeera_en_egypt.html": "https://www.aljazeera.com/economy/2025/11/10/egypts-inflation",
    "fontanka_ru_metro.html": "https://www.fontanka.ru/2025/11/20/76123456/",
    "faz_de_autozoelle.html": "https://www.faz.net/aktuell/wirtschaft/autozoelle-110123.html",
}


@pytest.mark.parametrize("page", sorted(SAVED_FROM))
@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_archive_gives_the_article_of_the_page_it_holds(page: str, encoding: str) -> None:
    html = (HELDOUT / page).read_bytes()
    saved = _article(page, html)
    archive = web_archive(html, SAVED_FROM[page], encoding=encoding)
    archived = _article(page.replace(".html", ".mhtml"), archive)
    for field in FIELDS:
        assert getattr(archived, field) == getattr(saved, field), field


PLAIN_PAGE = """<html><head><title>Grain exports rise for a third month</title></head><body>
<h1>Grain exports rise for a third month</h1>
<p>MOSCOW, 20 November. Russia's grain exports rose for a third month in a row in November,
traders said on Thursday, as shipments of wheat to North Africa and the Middle East picked up
after a slow start to the season and freight rates in the Black Sea eased.</p>
<p>Analysts expect the export quota for the first half of next year to be set at a level close
to this year's, which would leave room for further growth in shipments in the spring months if
the weather allows, the traders added, citing port data and the ministry's own estimates.</p>
</body></html>"""


def test_the_saving_date_is_not_the_publication_date() -> None:
    article = _article("grain.mhtml", web_archive(PLAIN_PAGE.encode()))
    assert article.title == "Grain exports rise for a third month"
    assert article.published is None or article.published.day != 29


def test_the_address_it_was_saved_from_names_the_site() -> None:
    article = _article(
        "grain.mhtml", web_archive(PLAIN_PAGE.encode(), "https://tass.com/economy/1")
    )
    assert article.url == "https://tass.com/economy/1"
    assert article.source == "TASS"


def test_the_declared_charset_of_the_page_part_is_honoured() -> None:
    page = PLAIN_PAGE.replace("Grain exports", "Экспорт зерна").encode("cp1251")
    article = _article("zerno.mht", web_archive(page, charset="windows-1251", frames=False))
    assert article.title == "Экспорт зерна rise for a third month"


def test_detected_by_its_headers_whatever_its_name() -> None:
    assert detect("page.mhtml", web_archive(b"<p>x</p>")) == "mhtml"
    assert detect("download", web_archive(b"<p>x</p>")) == "mhtml"
    newsletter = (
        b"From: Newsroom <news@example.org>\nTo: a@b.c\nSubject: Daily\nDate: x\n"
        b'Content-Type: multipart/related; boundary="b"\n\n--b\n'
    )
    assert detect("daily.eml", newsletter) == "email"
    assert detect("daily", newsletter) == "email"


def test_an_archive_without_a_page_fails_clearly() -> None:
    data = web_archive(b"").replace(b"Content-Type: text/html", b"Content-Type: image/png")
    with pytest.raises(ExtractionError, match="holds no HTML page"):
        extract("empty.mhtml", data)
