"""A print credit that names the issue's number instead of the page ('OUTLET · date · № 12 ·
Desk'), here in a Word page header, gives outlet (as the text writes it), day and desk."""

from __future__ import annotations

from app.importers.docfront import print_stamp
from tests.importers.makers import articles_of, docx_with_header

_TEXT = [
    "Мэр: «Новый мост откроем к лету»",
    "Беседовал Иван Примеров",
    "Сергей Петрович, когда по мосту пойдут первые машины? Горожане ждут его уже третий год.",
    "Если погода не подведёт, то к началу лета. Осталось уложить асфальт и поставить освещение.",
]


def test_an_issue_number_marks_a_print_credit() -> None:
    stamp = print_stamp("ПРИМЕРНАЯ ГАЗЕТА · 21.11.2025 · № 12 · Общество")
    assert stamp is not None and stamp.section == "Общество"
    assert print_stamp("Примерный город · 21.11.2025 · 12 · Общество") is None


def test_the_page_header_credit_with_the_issue_number() -> None:
    data = docx_with_header("ПРИМЕРНАЯ ГАЗЕТА · 21.11.2025 · № 12 · Общество", _TEXT)
    (article,) = articles_of("interview.docx", data)
    assert article.published is not None and article.published.date().isoformat() == "2025-11-21"
    assert article.section == "Общество"
    assert article.source == "Primernaya Gazeta"
    assert article.title == _TEXT[0]
