"""Twelfth blind batch: captions with their credit on the line or the next ("Keystone",
"… Фото из архива Site.kz", "(Agency/Name)"), an author's bio and a newsletter box under
the text, a paywall mark before a teaser, a syndication disclaimer, a "popular" list."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_caption, is_footer, is_teaser
from app.importers.html import parse_html
from app.importers.htmlmeta import page_meta


def test_caption_with_its_credit() -> None:
    assert is_caption("Keystone")
    assert is_caption("Здание мэрии в Примерске. Фото из архива Site.kz")
    assert is_caption("A crane at the port of Example, Oct. 28, 2025. (Agency/Jane Doe)")
    assert not is_caption("The port handled more cargo in October than a year ago.")


def test_bio_and_newsletter_box_under_the_text() -> None:
    assert is_boilerplate("Max Muster ist Redaktor im Ressort Unternehmen der «Beispielzeitung».")
    assert is_boilerplate("Jane Doe is a reporter at Example News.")
    assert is_boilerplate("Das Wichtigste aus der Wirtschaft – jeden Morgen kostenlos.")
    assert is_boilerplate("Получайте новости первыми - подпишитесь на рассылку")
    assert is_boilerplate("Информационное агентство Site.kz. Все права защищены.")
    assert not is_boilerplate("Die Firma ist jeden Morgen ab sieben Uhr für Kunden geöffnet.")


def test_syndication_disclaimer() -> None:
    line = (
        "The views and opinions expressed herein are the views and opinions of the author "
        "and do not necessarily reflect those of Example, Inc."
    )
    assert is_boilerplate(line)


def test_paywall_mark_before_a_teaser() -> None:
    assert is_teaser("XY+ Lesen Sie auch: Wie sich die Skigebiete auf den Winter vorbereiten")
    assert not is_teaser("XY+ Die Skigebiete bereiten sich auf den Winter vorbereiten")


def test_popular_heading_ends_the_text() -> None:
    assert is_footer("Популярное")
    assert is_footer("Popular")


def test_standfirst_then_caption_over_its_credit() -> None:
    text = "\n".join(
        [
            "Бизнес",
            "Банк Примерии ухудшил прогноз роста ВВП на 2026 год",
            "14.11.2025 09:41",
            "Центральный банк ожидает более медленного восстановления экономики из-за "
            "слабого внешнего спроса.",
            "Здание банка в Примерске.",
            "Фото: Агентство",
            "Банк Примерии ухудшил прогноз роста экономики страны на следующий год. Согласно "
            "обновленному прогнозу, рост составит меньше, чем ожидалось.",
            "Главными причинами пересмотра в банке называют слабый внешний спрос и медленное "
            "восстановление инвестиций в экономике страны.",
        ]
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.lead.startswith("Центральный банк ожидает")
    assert art.body.startswith("Банк Примерии ухудшил прогноз роста экономики")


def test_byline_element_with_the_agency_credit() -> None:
    page = (
        "<html><body><article><h1>Завод открыт</h1><p>Текст.</p>"
        "<div class='news-item__author'>Анна Примерова, ПрА</div></article></body></html>"
    )
    assert page_meta(parse_html(page)).author == "Анна Примерова"


def test_sentences_of_the_text_are_no_pitch_or_disclaimer() -> None:
    assert not is_boilerplate("Museums are open every day and entry is free.")
    assert not is_boilerplate("He said the views expressed by the minister were wrong.")
