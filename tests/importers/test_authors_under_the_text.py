"""The author named under the text: a labelled byline below the last paragraph, a line of
names alone right after it (with an agency's credit), and a saved page's byline element
whose class says "authors" or whose name sits in a span beside a button (eleventh
held-out batch)."""

from __future__ import annotations

from app.importers import extract
from app.importers.compose import compose
from tests.importers.makers import ARTICLE_HTML

_HEAD = "Новости\nЭкономика\nВойти\nЭкономика\nНацбанк продал на рынке $1 млрд в мае\n"
_PARA = (
    "Национальный банк в мае продал на валютном рынке около одного миллиарда долларов, "
    "говорится в сообщении регулятора, опубликованном в пятницу.\n"
)
_PARA2 = (
    "Аналитики ожидают, что до конца года курс останется в прежнем диапазоне, а главным "
    "фактором будут цены на нефть.\n"
)


def test_labelled_byline_below_the_text_names_the_author() -> None:
    text = f"{_HEAD}{_PARA}{_PARA2}Автор: Ирина Примерова\nПоделиться\nЧитайте также\n"
    art = compose(text, ())
    assert art.author == "Ирина Примерова"
    assert "Автор" not in art.body


def test_names_alone_after_the_last_paragraph_name_the_author() -> None:
    art = compose(f"{_HEAD}{_PARA}{_PARA2}Ирина Примерова\nПоделиться\n", ())
    assert art.author == "Ирина Примерова"
    art = compose(f"{_HEAD}{_PARA}{_PARA2}Ирина Примерова, ПРИМА\nПоделиться\n", ())
    assert art.author == "Ирина Примерова"  # the agency's credit after the name


def test_names_line_with_text_after_it_or_among_tags_is_no_author() -> None:
    art = compose(f"{_HEAD}{_PARA}Ирина Примерова\n{_PARA2}", ())
    assert art.author == ""  # a subheading between paragraphs, not a byline
    art = compose(f"{_HEAD}{_PARA}{_PARA2}Центральный Банк\nВалютный Рынок\n", ())
    assert art.author == ""  # topic tags under the text


def _page(byline: str) -> bytes:
    return (
        "<html lang='en'><head><title>Rail trips hit record</title></head><body>"
        "<main><article><h1>Rail trips hit record</h1>"
        f"{ARTICLE_HTML}{byline}</article></main></body></html>"
    ).encode()


def test_byline_element_with_authors_class() -> None:
    art = extract("p.html", _page("<p class='doc__text document_authors'>Mei Chen</p>"))[0]
    assert art.article.author == "Mei Chen"


def test_name_in_a_span_beside_a_button() -> None:
    page = _page("<div class='article-author'><span>Mei Chen</span> <span>Read more</span></div>")
    assert extract("p.html", page)[0].article.author == "Mei Chen"
