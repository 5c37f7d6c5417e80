"""Institutional release pages pasted as text (batch 116's families).

- The low-vision switch of an authority's header ("Версия для слабовидящих", with the
  language link beside it) and a press picture's rights line ("Fotocredit: …") are chrome.
- A police report's incident time ("Tatzeit: …", "Time of incident: …") is when it
  happened, never the report's stamp.
- A breadcrumb whose first crumb is a menu entry printed above, set with slashes
  ("Пресс-центр / СМИ о нас") or rooted in a menu bar pasted with bars ("Resident |
  Business | Press Office"), names the section by its deepest crumb, and is never the title.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.model import Extracted

_DE = (
    "Die Beamten nahmen in der Nacht zwei Männer fest, die im Verdacht stehen, mehrere "
    "Fahrräder aus einem Innenhof entwendet zu haben. Die Ermittlungen dauern an, weitere "
    "Taten werden geprüft.",
    "Zeugen, die verdächtige Beobachtungen gemacht haben, werden gebeten, sich bei der "
    "Polizei zu melden. Die Männer wurden nach Feststellung ihrer Personalien entlassen.",
)
_EN = (
    "Officers arrested two men overnight on suspicion of stealing catalytic converters "
    "from vehicles parked along the harbour road. Inquiries are continuing and further "
    "offences are being examined.",
    "Anyone who saw suspicious activity in the area is asked to contact the police. Both "
    "men were released on bail pending further inquiries by detectives.",
)
_RU = (
    "Сотрудники полиции задержали двух мужчин, подозреваемых в краже кабеля с территории "
    "строительной площадки на окраине города. Проверка продолжается, устанавливаются все "
    "обстоятельства произошедшего.",
    "Очевидцев просят сообщить известную им информацию в дежурную часть. Задержанные "
    "доставлены в отдел полиции, решается вопрос о возбуждении уголовного дела.",
)


def _article(text: str, name: str = "page.txt"):
    items = extract(name, text.encode("utf-8"))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert len(arts) == 1
    return arts[0]


@pytest.mark.parametrize(
    "line",
    [
        "ENG   ВЕРСИЯ ДЛЯ СЛАБОВИДЯЩИХ   ПОИСК",
        "Версия для слабовидящих",
        "Version for the visually impaired",
        "Fotocredit: Beispielwerke AG – Abdruck honorarfrei",
        "Bildcredit: Stadtwerke Musterstadt",
        "Photo credits: Example Council",
    ],
)
def test_header_switch_and_picture_rights_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Eng verbunden mit der Region bleibt die Firma auch nach dem Umzug.",
        "Для слабовидящих пассажиров установят звуковые маяки на всех остановках.",
        "Fotografen der Agentur dokumentierten die Eröffnung.",
    ],
)
def test_lookalikes_stay(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("stamp", "event", "body", "want"),
    [
        (
            "24.11.2025, 11:15 Uhr",
            "Tatzeit: 22.11.2025, 02:40 Uhr",
            _DE,
            datetime(2025, 11, 24, 11, 15),
        ),
        (
            "24 November 2025, 10:05",
            "Time of incident: 22 November 2025, 01:30",
            _EN,
            datetime(2025, 11, 24, 10, 5),
        ),
        (
            "24 ноября 2025, 09:40",
            "Время происшествия: 22 ноября 2025, 03:10",
            _RU,
            datetime(2025, 11, 24, 9, 40),
        ),
    ],
)
def test_incident_time_is_not_the_stamp(
    stamp: str, event: str, body: tuple, want: datetime
) -> None:
    text = "\n".join(
        [
            "Beispielstadt Polizei",
            "Presse",
            "Meldungen",
            "",
            "Meldungen",
            stamp,
            "",
            "Zwei Festnahmen nach Diebstahlserie am Hafen",
            "",
            event,
            "",
            *body,
        ]
    )
    art = _article(text)
    assert art.published == want


def test_report_stamp_without_incident_label_unchanged() -> None:
    text = "\n".join(
        [
            "Beispielstadt Polizei",
            "24.11.2025, 11:15 Uhr",
            "",
            "Zwei Festnahmen nach Diebstahlserie am Hafen",
            "",
            *_DE,
        ]
    )
    assert _article(text).published == datetime(2025, 11, 24, 11, 15)


def test_slash_trail_from_menu_entry_is_section_not_title() -> None:
    text = "\n".join(
        [
            "Примерский государственный университет",
            "Абитуриентам",
            "Наука",
            "Пресс-центр",
            "",
            "Пресс-центр / СМИ о нас",
            "",
            "21 ноября 2025",
            "",
            "В университете создали новый датчик для диагностики кабельных линий",
            "",
            *_RU,
        ]
    )
    art = _article(text)
    assert art.title.startswith("В университете создали")
    assert art.section == "СМИ о нас"


def test_slash_trail_from_menu_entry_de() -> None:
    text = "\n".join(
        [
            "Beispielhochschule Nord",
            "Studium",
            "Forschung",
            "Presse",
            "",
            "Presse / Medienspiegel",
            "",
            "21.11.2025",
            "",
            "Hochschule entwickelt neuen Sensor für die Prüfung von Kabeln",
            "",
            *_DE,
        ]
    )
    art = _article(text)
    assert art.title.startswith("Hochschule entwickelt")
    assert art.section == "Medienspiegel"


def test_arrow_trail_rooted_in_menu_bar() -> None:
    text = "\n".join(
        [
            "Town of Exampleton",
            "Residents | Business | Visitors | Council News Office",
            "Council News Office > Media Releases",
            "",
            "November 20, 2025",
            "",
            "Council Expands Winter Road Gritting to All Residential Streets",
            "",
            *_EN,
        ]
    )
    art = _article(text)
    assert art.section == "Media Releases"
