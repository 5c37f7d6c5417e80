"""Agency pastes (blind batch 90): the rubric right over the headline under a menu, with
the stamp under the headline and no date over it, beats a menu entry further up; a
caption ending in a broadcaster's still credit ("Кадр: Example TV", "Standbild: …") is
no headline; and a byline names its role and then the outlet and the place
("Name, корреспондент Example.az в …", "Name, Korrespondentin der Example Zeitung in …")."""

from __future__ import annotations

import pytest

from app.importers import boilerplate as bp
from app.importers.byline import author_of_line
from app.importers.compose import compose
from app.importers.profiles import default_profiles

_RU = (
    "С 1 декабря в городе частично ограничат движение транспорта по мосту через реку, "
    "сообщили в управлении транспорта администрации.\n"
    "На время ремонта для машин оставят по одной полосе в каждом направлении, работы "
    "планируется завершить к концу января.\n"
)
_DE = (
    "Ab dem 1. Dezember wird der Verkehr über die Flussbrücke teilweise eingeschränkt, wie "
    "das Verkehrsamt der Stadt am Dienstag mitteilte.\n"
    "Während der Arbeiten bleibt je Richtung eine Spur frei, fertig sein soll die Brücke "
    "Ende Januar.\n"
)
_EN = (
    "Traffic on the river bridge will be partly restricted from December 1, the city's "
    "transport office said on Tuesday.\n"
    "One lane in each direction will stay open during the works, which are due to finish "
    "at the end of January.\n"
)


@pytest.mark.parametrize(
    ("menu", "rubric", "headline", "stamp", "body"),
    [
        (
            "Новости\nСтатьи\nИнтервью\nФото\nВидео",
            "Город",
            "В городе на два месяца ограничат движение по мосту",
            "18 ноября 2025, 11:47",
            _RU,
        ),
        (
            "Nachrichten\nMeinung\nInterview\nVideo\nPodcast",
            "Stadtleben",
            "Flussbrücke wird zwei Monate lang teilweise gesperrt",
            "18.11.2025, 11:47 Uhr",
            _DE,
        ),
        (
            "News\nOpinion\nInterviews\nVideo\nPodcasts",
            "Metro",
            "River bridge to be partly closed for two months",
            "November 18, 2025 11:47",
            _EN,
        ),
    ],
)
def test_rubric_over_a_stamped_headline_beats_a_menu_entry(
    menu: str, rubric: str, headline: str, stamp: str, body: str
) -> None:
    text = f"Exampleinform\n{menu}\n{rubric}\n{headline}\n{stamp}\n{body}"
    art = compose(text, default_profiles())
    assert (art.title, art.section) == (headline, rubric)


def test_a_byline_over_the_headline_is_no_rubric() -> None:
    text = (
        "Exampleinform\nNachrichten\nMeinung\nInterview\nVideo\nAnna Beispiel\n"
        "Flussbrücke wird zwei Monate lang teilweise gesperrt\n18.11.2025, 11:47 Uhr\n" + _DE
    )
    assert compose(text, default_profiles()).section != "Anna Beispiel"


@pytest.mark.parametrize(
    "line",
    [
        "Станция на завершающем этапе строительства. Кадр: Пример ТВ",
        "Arbeiter im Werk bei der Endmontage. Standbild: Example TV",
        "Crews clear debris at the site on Monday. Screenshot: Example News",
        "Очередь у пункта выдачи. Кадр из видео: Пример24",
    ],
)
def test_captions_with_a_still_credit(line: str) -> None:
    assert bp.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Кадровый голод: почему заводам не хватает инженеров",
        "Der Screenshot als Beweismittel vor Gericht",
    ],
)
def test_headlines_with_those_words_are_no_captions(line: str) -> None:
    assert not bp.is_caption(line)


def test_a_caption_with_a_still_credit_is_no_headline() -> None:
    text = (
        "Пример ТВ\nПрямой эфир\nНовости\nГород\nГород\n24.11.2025 19:30 · 👁 1 245\n"
        "На новой линии метро начались пусконаладочные работы\nКорреспондент: Анна Примерова\n"
        "Станция на завершающем этапе строительства. Кадр: Пример ТВ\n" + _RU
    )
    art = compose(text, default_profiles())
    assert art.title == "На новой линии метро начались пусконаладочные работы"
    assert art.body.startswith("С 1 декабря")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Рамиль Примеров, корреспондент Example.az в Карабахском регионе", "Рамиль Примеров"),
        ("Иван Петров, собственный корреспондент «Примера» в Киеве", "Иван Петров"),
        ("Anna Beispiel, Korrespondentin der Beispiel Zeitung in Kairo", "Anna Beispiel"),
        ("Jane Doe, correspondent Example News in Nairobi", "Jane Doe"),
    ],
)
def test_role_then_outlet_and_place(line: str, name: str) -> None:
    assert author_of_line(line) == name


def test_a_sentence_naming_a_correspondent_is_no_byline() -> None:
    line = "Министр обороны, корреспондент которого спросил о сроках, ответил уклончиво"
    assert author_of_line(line) == ""
