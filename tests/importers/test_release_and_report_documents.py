"""What a document's layout states: a monitoring report's field block, a release's issuer.

A press-review report puts "Source:", "Section:", "Date:", "Author:", "URL:" over each
clipping: the article's metadata (the report tool's masthead is not the source). A press
release names its issuer in the letterhead over a 'PRESS RELEASE' label or in an issuer
line ('Example Oyj, Press release, 25 November 2025'); the letterhead, the label and the
editors' notes under the text (media contact, 'About X', 'X in brief') are not the text.
A page printed from a browser names its site (and section) in the printed page title.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import Placed, docx_with, pdf_with_layout

TEXT = (
    "The Northfield Water Board will raise its tariffs by six per cent from January, its "
    "chairman said on Monday, after two dry summers cut the reservoirs to record lows."
)
MORE = (
    "Households using an average amount of water will pay about 40 euros more a year, and "
    "the extra money will go to repairing leaking pipes across the whole district."
)
HEADLINE = "Water board raises tariffs after two dry summers"


def _article(name: str, data: bytes):  # type: ignore[no-untyped-def]
    [item] = extract(name, data)
    assert isinstance(item, Extracted)
    return item.article


def test_report_field_block_gives_the_articles_metadata() -> None:
    data = docx_with(
        [
            "Mediascope - Press review",
            "Report created 28.11.2025 10:12",
            "Source: Northfield Courier",
            "Section: Regional",
            "Date: 24.11.2025 21:05",
            "Author: Jane Miller",
            "URL: https://www.northfield-courier.example/regional/water-tariffs-1234",
            "Title:",
            HEADLINE,
            TEXT,
            MORE,
        ],
        table=False,
    )
    art = _article("review.docx", data)
    assert art.title == HEADLINE
    assert art.source == "Northfield Courier"
    assert art.section == "Regional"
    assert art.author == "Jane Miller"
    assert art.published == datetime(2025, 11, 24, 21, 5)
    assert art.url.startswith("https://www.northfield-courier.example/")
    assert art.body.startswith(TEXT)
    assert "Mediascope" not in art.body and "Source:" not in art.body


def test_russian_report_fields() -> None:
    data = docx_with(
        [
            "Мониторинг СМИ",
            "Источник: Северный курьер",
            "Рубрика: Экономика",
            "Дата выхода: 24.11.2025 21:05",
            "Автор: Анна Петрова",
            "Заголовок:",
            "Тарифы на воду вырастут с января",
            "Тарифы на воду в области вырастут на шесть процентов с января, сообщил в "
            "понедельник председатель водоканала, сославшись на два засушливых лета подряд.",
            "Средняя семья будет платить примерно на 40 евро в год больше, а дополнительные "
            "средства пойдут на ремонт протекающих труб по всему району.",
        ],
        table=False,
    )
    art = _article("obzor.docx", data)
    assert art.section == "Экономика"
    assert art.author == "Анна Петрова"
    assert art.published == datetime(2025, 11, 24, 21, 5)
    assert art.title == "Тарифы на воду вырастут с января"


def test_release_letterhead_label_and_editors_notes() -> None:
    data = docx_with(
        [
            "NORTHFIELD WATER BOARD",
            "12 River Street, Northfield. Tel. +44 1234 567890",
            "PRESS RELEASE",
            "Northfield, 20 November 2025",
            HEADLINE,
            TEXT,
            MORE,
            "Media contact:",
            "Jane Doe, press officer, +44 1234 567891, press@northfield-water.example",
            "About Northfield Water Board",
            "The board supplies drinking water to 300,000 people in the district and is "
            "owned by its eleven member towns.",
        ],
        table=False,
    )
    art = _article("release.docx", data)
    assert art.title == HEADLINE
    assert art.source == "Northfield Water Board"  # spelled as the text spells it
    assert art.section == ""
    assert art.body == f"{TEXT}\n\n{MORE}"


def test_release_issuer_line_names_the_issuer_without_its_legal_form() -> None:
    data = docx_with(
        [
            "Example Marine Oyj, Press release, 25 November 2025 at 10:00 EET",
            "Example Marine to supply engines for two ferries",
            "Technology group Example Marine will supply the main engines for two new "
            "ferries ordered by a Norwegian operator, with delivery scheduled for 2027.",
            "The order was booked in November and includes a long-term service agreement "
            "covering both vessels for the first ten years of their operation.",
            "Example Marine in brief",
            "Example Marine is a global leader in technologies for the marine markets.",
        ],
        table=False,
    )
    art = _article("release.docx", data)
    assert art.title == "Example Marine to supply engines for two ferries"
    assert art.source == "Example Marine"
    assert "in brief" not in art.body and "global leader" not in art.body


def test_printed_page_title_names_site_and_section() -> None:
    page: list[Placed] = [
        (20.0, 815.0, 7.5, "20/11/2025, 08:14"),
        (200.0, 815.0, 7.5, f"{HEADLINE} | Environment | Northfield News"),
        (60.0, 790.0, 8, "Environment"),
        (60.0, 770.0, 16, HEADLINE),
        (60.0, 740.0, 10, TEXT[:80]),
    ]
    data = pdf_with_layout([page])
    art = _article("printed.pdf", data)
    assert art.title == HEADLINE
    assert art.source == "Northfield News"
    assert art.section == "Environment"
