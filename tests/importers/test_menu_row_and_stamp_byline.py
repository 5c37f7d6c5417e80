"""A printed page's site menu in one row and a byline beside the stamp (blind batch 56).

A browser print sets the site menu as one row of capitalised words ('Sport Kultur Reisen
Wetter Technik'); its entry repeated over the headline ('Sport') is the page's section,
and the row is no headline. The author set beside the stamp on one row ('27 ноября, 21:14
Jane Doe') is the byline.
"""

from __future__ import annotations

from app.importers import extract
from app.importers.byline import stamp_byline
from app.importers.sections import in_menu_row
from app.model import Extracted
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, pdf_with_paragraphs


def test_menu_row_over_its_entry_gives_section_not_headline() -> None:
    head = [(60.0, 800.0, 8, "Transit Culture Travel Weather Science"),
            (60.0, 780.0, 9, "Transit"),
            (60.0, 760.0, 18, "City approves a longer tram network"),
            (60.0, 740.0, 8, "25.11.2025, 14:20 Jane Example")]  # fmt: skip
    data = pdf_with_paragraphs([NEWS_TEXT, NEWS_MORE], head=head, top=700.0)
    (item,) = extract("page.pdf", data)
    assert isinstance(item, Extracted)
    article = item.article
    assert article.title == "City approves a longer tram network"
    assert (article.section, article.author) == ("Transit", "Jane Example")


def test_menu_row_shape() -> None:
    assert in_menu_row("Футбол", "Футбол Хоккей Баскетбол Теннис Биатлон")
    assert not in_menu_row("Футбол", "Футбол и хоккей уходят с экранов")
    assert not in_menu_row("Sport", "Sport, Kultur, Reisen, Wetter")


def test_name_beside_the_stamp_is_the_byline() -> None:
    assert stamp_byline("27 ноября, 21:14 Денис Пример") == "Денис Пример"
    assert stamp_byline("25.11.2025, 14:20 Jane Example") == "Jane Example"
    assert stamp_byline("25.11.2025 Jane Example") == ""  # no time: not this layout


def test_name_after_the_stamp_and_its_revision_stamp_is_the_byline() -> None:
    line = "26 ноября 2025, 09:40 Обновлено 26 ноября 2025, 14:05 Денис Пример"
    assert stamp_byline(line) == "Денис Пример"
    revised = "25.11.2025, 14:20 Updated 25.11.2025, 16:05 Jane Example"
    assert stamp_byline(revised) == "Jane Example"
    assert stamp_byline("25.11.2025, 14:20 bis 26.11.2025, 16:05 Jane Example") == ""
