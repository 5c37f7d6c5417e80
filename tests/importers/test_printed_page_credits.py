"""Credits of printed pages and cuttings: a web page's 'Byline · time · N views' line over
the text; a Word header naming the issue with its day ('PAPER · Full Name · № 48 от date');
an e-paper folio 'Weekday, date | site | page' over the masthead; an interview's standfirst
over its first question is the lead."""

from __future__ import annotations

from app.importers.creditline import byline_stamp
from tests.importers.makers import articles_of, docx_with, docx_with_header, pdf_with_paragraphs

_BRIDGE = [
    "Городские власти перенесли ремонт моста на весну из-за погоды и задержки поставок "
    "металла, сообщили в мэрии на брифинге в пятницу.",
    "Движение по мосту на время работ сохранят, но для машин оставят по две полосы в каждую "
    "сторону, а автобусные маршруты менять не планируют.",
]


def test_a_view_counter_leaves_the_byline_stamp() -> None:
    found = byline_stamp("Текст: Иван Примеров · 20 ноября 2025 в 11:15 · 1 234 просмотра")
    assert found is not None and found[0] == "Иван Примеров"
    assert found[1].isoformat() == "2025-11-20T11:15:00"
    assert byline_stamp("Текст: Иван Примеров · 20 ноября 2025 в 11:15") is None


def test_printed_page_byline_with_views() -> None:
    data = docx_with(
        ["Ремонт моста перенесли на весну",
         "Текст: Иван Примеров · 20 ноября 2025 в 11:15 · 1 234 просмотра", *_BRIDGE],
        table=False,
    )  # fmt: skip
    (article,) = articles_of("page.docx", data)
    assert article.author == "Иван Примеров"
    assert article.published is not None and article.published.isoformat() == "2025-11-20T11:15:00"
    assert "просмотр" not in article.body + article.lead


def test_header_issue_number_with_its_day_and_interview_standfirst() -> None:
    standfirst = (
        "Почему в городе не хватает автобусов и когда их станет больше, газета спросила "
        "директора транспортного предприятия Ивана Примерова."
    )
    data = docx_with_header(
        "ПГ · Примерная газета · № 12 от 21.11.2025",
        ["Рубрика: Интервью", "«Автобусов станет больше»", "Беседовала Анна Образцова",
         standfirst, "Иван Петрович, почему люди так долго ждут автобус?",
         "— Водителей не хватает. Мы набираем людей и учим их сами, но это занимает время, а "
         "новые машины придут только весной."],
    )  # fmt: skip
    (article,) = articles_of("interview.docx", data)
    assert article.title == "«Автобусов станет больше»"
    assert article.section == "Интервью"
    assert article.published is not None and article.published.date().isoformat() == "2025-11-21"
    assert article.body.startswith("Иван Петрович, почему")
    assert article.lead == standfirst


def test_epaper_folio_over_a_plain_masthead() -> None:
    text = (
        "The council has voted to keep parking charges in the town centre unchanged for "
        "another year, despite rising costs for the upkeep of its car parks."
    )
    more = (
        "Councillors agreed on Thursday that the charge for an hour will stay at one pound, "
        "while the discount for residents with a permit will also remain as it is."
    )
    data = pdf_with_paragraphs(
        ["Saturday, November 22, 2025 | northtownpost.co.uk | 8", "Northtown Post", "NEWS",
         "Parking charges frozen for another year", "BY JANE EXAMPLE", text, more],
    )  # fmt: skip
    (article,) = articles_of("page.pdf", data)
    assert article.title == "Parking charges frozen for another year"
    assert (article.source, article.section) == ("Northtown Post", "News")
    assert article.published is not None and article.published.date().isoformat() == "2025-11-22"
