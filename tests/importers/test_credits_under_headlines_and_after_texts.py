"""Credits set under a clipping's headline or after its text (blind batch 76).

A press office's review puts each clipping's labelled source line under its headline
('Quelle: Outlet | Ausgabe vom 25.11.2025 | Seite 3 | Ressort: X | Autor: Y'), with a
contents line over the first: one article per clipping, each with its own fields. A
clipping's credits after the text ('Erschienen am …, 06:00 Uhr · Ressort X · Seite 21'), a
pipe credit under the headline below a label line, and a printed page's 'date · Автор: X ·
N просмотров' are read the same way, and so is a masthead with its feed ('ИА X · Лента
новостей') over the day and desk line. A policy note's 'Серия: X' files it and its run-on
'Ключевые выводы: …' is the lead; an e-paper's 'Weekday, date   A5' folio is the page's
date line.
"""

from __future__ import annotations

from datetime import datetime

from app.importers.creditline import byline_stamp
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of, docx_with, odt_with
from tests.importers.makers import REVIEW_DE_MORE as TWO
from tests.importers.makers import REVIEW_DE_TEXT as ONE


def test_review_with_labelled_source_lines_under_the_headlines() -> None:
    data = docx_with(
        ["Gemeinde Beispiel · Pressespiegel vom 24.11.2025",
         "Inhalt: 1. Nordheim erweitert seine Grundschule – 2. Neue Buslinie nach Südstadt",
         "Nordheim erweitert seine Grundschule",
         "Quelle: Beispielbote | Ausgabe vom 24.11.2025 | Seite 3 | Ressort: Region | "
         "Autor: Jana Muster",
         ONE, TWO,
         "Neue Buslinie nach Südstadt",
         "Quelle: Kreiszeitung | Ausgabe vom 22.11.2025 | Seite 11 | Ressort: Verkehr | Autor: –",
         NEWS_TEXT, NEWS_MORE],
        table=False,
    )  # fmt: skip
    first, second = articles_of("review.docx", data)
    assert first.title == "Nordheim erweitert seine Grundschule"
    assert (first.source, first.section, first.published, first.author) == (
        "Beispielbote", "Region", datetime(2025, 11, 24), "Jana Muster")  # fmt: skip
    assert first.body == f"{ONE}\n\n{TWO}"
    assert second.title == "Neue Buslinie nach Südstadt"
    assert (second.source, second.section, second.published, second.author) == (
        "Kreiszeitung", "Verkehr", datetime(2025, 11, 22), "")  # fmt: skip


def test_publication_stamp_under_an_interview_dates_and_files_it() -> None:
    data = docx_with(
        ["„Wir bauen die Schule bis 2027 um“", ONE, TWO,
         "Das Gespräch führte Max Beispiel.",
         "Erschienen am 22.11.2025, 06:00 Uhr · Ressort Nordheim · Seite 21"],
        table=False,
    )  # fmt: skip
    (art,) = articles_of("interview.docx", data)
    assert art.published == datetime(2025, 11, 22, 6, 0)
    assert art.section == "Nordheim"
    assert "Erschienen am" not in art.body and "Seite 21" not in art.body


def test_pipe_credit_under_the_headline_below_a_label_line() -> None:
    data = docx_with(
        ["CLIPPING · Example Harbour · Press office",
         "City approves a bigger tram network",
         "Example Live | 21/11/2025 07:00 | Jane Roe | Section: Business",
         NEWS_TEXT, NEWS_MORE,
         "Read more at examplelive.com",
         "Clipping prepared for internal use. Copyright remains with the publisher."],
        table=False,
    )  # fmt: skip
    (art,) = articles_of("clipping.docx", data)
    assert art.title == "City approves a bigger tram network"
    assert (art.source, art.section, art.author) == ("Example Live", "Business", "Jane Roe")
    assert art.published == datetime(2025, 11, 21, 7, 0)
    assert art.body == f"{NEWS_TEXT}\n\n{NEWS_MORE}"


def test_a_view_counter_stamp_with_the_day_before_the_byline() -> None:
    found = byline_stamp("20 ноября 2025, 11:15 · Автор: Иван Примеров · 1 234 просмотра")
    assert found is not None and found[0] == "Иван Примеров"
    assert found[1] == datetime(2025, 11, 20, 11, 15)


_GAS = [
    "Новосибирск, 25 ноября. /ИА Sibir Post/. Власти области с января запустят программу "
    "субсидий для жителей, которые подключают дома к газу, сообщили в министерстве.",
    "Размер выплаты составит до 100 тыс. рублей на одно домохозяйство, деньги можно будет "
    "потратить на прокладку газопровода, покупку котла и установку счётчиков.",
]


def test_masthead_with_its_feed_over_the_day_and_desk_line() -> None:
    data = odt_with(
        ["ИА Sibir Post · Лента новостей", "25.11.2025 14:32 · Рубрика: Экономика",
         "ЭКСКЛЮЗИВ", "В области запустят программу субсидий на подключение к газу", *_GAS]
    )  # fmt: skip
    (art,) = articles_of("wire.odt", data)
    assert art.title == "В области запустят программу субсидий на подключение к газу"
    assert (art.source, art.section) == ("Sibir Post", "Экономика")
    assert art.published is not None and art.published.replace(tzinfo=None) == datetime(
        2025, 11, 25, 14, 32
    )


_STAFF = [
    "По оценкам института, в 2025 году предприятиям региона не хватает около 40 тысяч "
    "работников, сильнее всего в промышленности, строительстве и на транспорте.",
    "Основными причинами дефицита остаются демографический спад и отток молодёжи в крупные "
    "города, а рост зарплат лишь частично сглаживает проблему.",
]


def test_series_label_files_a_note_and_its_run_on_key_finding_is_the_lead() -> None:
    data = docx_with(
        ["ИНСТИТУТ ПРИМЕРНЫХ ИССЛЕДОВАНИЙ",
         "Аналитическая записка · Серия: Рынок труда · Дата публикации: 20.11.2025",
         "Кадровый дефицит: где не хватает работников",
         "Авторы: Мария Примерова, Иван Образцов",
         "Ключевые выводы: дефицит кадров сильнее всего ощущается в промышленности",
         *_STAFF],
        table=False,
    )  # fmt: skip
    (art,) = articles_of("note.docx", data)
    assert art.title == "Кадровый дефицит: где не хватает работников"
    assert art.section == "Рынок труда"
    assert art.body.startswith("По оценкам института")
    assert "Ключевые выводы" not in art.body


def test_epaper_folio_of_day_and_page_under_the_masthead_gives_the_page_rubric() -> None:
    data = docx_with(
        ["Wednesday, November 26, 2025   A5", "THE EXAMPLE POST", "NEWS", "CITY HALL",
         "City approves a bigger tram network",
         "Councillors back the plan but warn of costs", "Jane Roe", NEWS_TEXT, NEWS_MORE],
        table=False,
    )  # fmt: skip
    (art,) = articles_of("page.docx", data)
    assert art.title == "City approves a bigger tram network"
    assert (art.source, art.section) == ("The Example Post", "News")
    assert art.published == datetime(2025, 11, 26)
