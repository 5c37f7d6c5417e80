"""Blind batch 137 (fixer 137): a site's menu bar is never the headline, and a typed source
line that describes the paper's edition names the paper.

- A menu bar pasted with wide gaps over the article's meta row ('27.11.2025 | 11:20 |
  Desk') read as the headline over a stamp, the real headline under it as a deck.
- A menu entry cased inside ('ePaper', 'iPlayer') kept the row from reading as a menu.
- 'Источник: электронная версия газеты «X», стр. 3' gave the whole description as the
  outlet; the paper is the quoted name.
"""

from __future__ import annotations

from app.importers.compose import Hints, compose
from app.importers.docfront import _source_line
from app.importers.profiles import default_profiles
from app.importers.sections import is_menu_line
from app.importers.sitename import brand_name, edition_outlet

P = default_profiles()


def test_menu_bar_over_the_meta_row_is_no_headline() -> None:
    cases = [
        ("ПРИМЕРНЫЕ ВЕСТИ",
         "Новости   Общество   Экономика   Спорт   Культура",
         "12 марта 2025 | 09:40 | Общество | 3 мин.",
         "В Примерске отремонтируют двенадцать школ до сентября",
         "ПРИМЕРСК, 12 марта. Двенадцать школ Примерска отремонтируют до начала учебного "
         "года, сообщили в городской администрации. На работы выделено 400 млн рублей."),
        ("EXAMPLE TIMES",
         "News   Politics   Business   Sport   Culture",
         "12 March 2025 | 09:40 | Politics | 3 min read",
         "Council backs plan for twelve new schools in the east of the city",
         "The city council on Tuesday backed a plan to build twelve new schools in the east "
         "of the city, where the population has doubled in a decade, officials said."),
        ("BEISPIELBLATT",
         "Lokales   Politik   Wirtschaft   Sport   Kultur",
         "12.03.2025 | 09:40 | Lokales | 3 Min.",
         "Stadt saniert bis zum Herbst zwölf Schulen im Osten",
         "Die Stadt will bis zum Herbst zwölf Schulen im Osten sanieren. Das hat der "
         "Stadtrat am Dienstag beschlossen, die Kosten liegen bei 40 Millionen Euro."),
    ]  # fmt: skip
    for mast, menu, meta, title, body in cases:
        article = compose("\n".join([mast, menu, meta, title, body]), P)
        assert article.title == title, article.title


def test_menu_entry_cased_inside_keeps_the_row_a_menu() -> None:
    assert is_menu_line("News   Business   Sports   Opinion   ePaper")
    assert is_menu_line("Startseite   Politik   Sport   eMagazin   Kontakt")
    assert is_menu_line("Home   News   iPlayer   Sport   Weather")
    text = "\n".join([
        "The Example",
        "Our Independent Newspaper",
        "News Headlines   Business   Sports   Lifestyle   Opinion   ePaper",
        "Farmers warn new export rules could cost the region millions",
        "Written by Jane Roe",
        "Farmers have warned that new export rules could cost the region millions of dollars "
        "a year if traceability systems are not ready in time, an association said.",
    ])  # fmt: skip
    assert compose(text, P).title.startswith("Farmers warn")
    # a look-alike: words in lower case are no menu, nor a sentence with gaps
    assert not is_menu_line("News   business   sports   opinion")
    assert not is_menu_line("ePaper and more   News   Sport   Video")


def test_edition_described_around_the_quoted_name() -> None:
    assert edition_outlet("электронная версия газеты «Примерная правда»") == "Примерная правда"
    assert edition_outlet("сайт журнала «Пример»") == "Пример"
    assert edition_outlet("E-Paper der Zeitung „Beispielbote“") == "Beispielbote"
    assert edition_outlet("the online edition of the newspaper “Example Star”") == "Example Star"
    assert brand_name("печатная версия газеты «Вести Примерска»") == "Вести Примерска"
    # look-alikes keep their names
    assert edition_outlet("Версия") == "Версия"
    assert edition_outlet("Новая газета") == "Новая газета"
    assert brand_name("Газета «Пример»") == "Пример"


def test_typed_source_line_names_the_paper() -> None:
    hints = Hints()
    lines = [
        "Headline of the clipping about the bridge",
        "Some text of the clipping. " * 5,
        "Источник: электронная версия газеты «Примерная правда», стр. 3 • 19.11.2025",
    ]
    _source_line(lines, hints)
    assert hints.fallback_source == "Примерная правда"
