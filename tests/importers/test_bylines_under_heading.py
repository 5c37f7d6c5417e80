"""Bylines joined to their date by a middle dot, and a byline in a plain element right
under the headline of a saved page."""

from __future__ import annotations

from app.importers import extract
from app.importers.byline import author_of_line


def test_byline_with_a_dotted_date() -> None:
    assert author_of_line("By Jane Roe · March 18, 2025") == "Jane Roe"
    assert author_of_line("Von Anna Keller • 12.03.2025") == "Anna Keller"


_PAGE = """<html><head><title>Dam plan approved – Example Review</title></head><body>
<article><div class="cat"><a href="/asia/">Asia</a></div>
<h1>Dam plan approved after two years of talks</h1>
<div class="post-info">By <a href="/authors/jane-roe/">Jane Roe</a> · March 18, 2025</div>
<div class="content">
<p>The government approved the plan for a new dam on the river on Wednesday, the ministry
said in a statement, after two years of talks with the neighbouring countries.</p>
<p>Construction is due to start next spring and to take five years, officials said.</p>
</div></article></body></html>"""


def test_byline_element_under_the_headline_names_the_author() -> None:
    art = extract("page.html", _PAGE.encode())[0].article
    assert art.author == "Jane Roe"


def test_bare_name_under_the_deck_is_the_author_and_the_deck_the_lead() -> None:
    text = (
        "Источник: Пример-газета, 24.11.2025\n\n"
        "Регионы просят отложить переход на новую систему оплаты\n\n"
        "Губернаторы опасаются кассовых разрывов у операторов\n\n"
        "Ирина Петрова\n\n"
        "Несколько регионов обратились в правительство с просьбой перенести на год переход "
        "к новой модели расчётов за вывоз отходов, говорится в письме рабочей группы.\n\n"
        "По новым правилам операторы будут получать средства через единого оператора.\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.title == "Регионы просят отложить переход на новую систему оплаты"
    assert art.author == "Ирина Петрова"
    assert art.lead == "Губернаторы опасаются кассовых разрывов у операторов"
    assert art.body.startswith("Несколько регионов обратились")
