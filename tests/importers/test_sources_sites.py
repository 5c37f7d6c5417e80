"""Site profiles and source rules: the first-named outlet of a credit wins, a photo credit
never names the source, reader controls are chrome, Asian zone names give offsets."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.importers.agency import mentioned_agency
from app.importers.boilerplate import is_boilerplate
from app.importers.compose import compose
from app.importers.dates import find_dates
from app.importers.profiles import load_profiles

PROFILES = load_profiles()
TEXT = "Die Zahl der Autokredite ist im Februar deutlich gesunken, teilte das Kreditbüro mit."
RU = "Выдача автокредитов в феврале сократилась на треть, сообщило бюро кредитных историй."


def test_first_named_outlet_of_a_credit_wins() -> None:
    found = mentioned_agency("(FRANCE 24 with AFP)", PROFILES)
    assert found is not None and found.name == "France 24"


def test_photo_credit_does_not_name_the_source() -> None:
    paste = f"Выдача автокредитов упала на треть\nФото: Сергей Бобылев / РИА Новости\n{RU}\n{RU}"
    assert compose(paste, PROFILES).source == ""


def test_copyright_line_still_names_the_site() -> None:
    paste = f"Autokredite brechen ein\n12.03.2025\n{TEXT}\n{TEXT}\n© 2025 DER SPIEGEL GmbH"
    assert compose(paste, PROFILES).source == "Der Spiegel"


def test_reader_controls_are_chrome() -> None:
    for line in (
        "Artikel anhören • 4 Min",
        "Watch video 1:52",
        "Write to the editorial team",
        "Read the article in: Armenian, Russian",
        "Die Wiedergabe wurde unterbrochen.",
    ):
        assert is_boilerplate(line), line  # fmt: skip
    assert not is_boilerplate("Die Wiedergabe der Rede wurde im Fernsehen übertragen.")


def test_japan_time_zone() -> None:
    (hit,) = find_dates("Sep 5, 2025 14:10 JST")
    assert hit.value == datetime(2025, 9, 5, 14, 10, tzinfo=timezone(timedelta(hours=9)))


def test_menu_items_above_the_headline_are_not_the_title() -> None:
    paste = "\n".join(["Business", "Science & Culture", "Weather & Disaster",
                       "Typhoon brings heavy rain to western Japan, disrupts trains",
                       "Sep 5, 2025 14:10 JST", TEXT, TEXT])  # fmt: skip
    assert compose(paste, PROFILES).title.startswith("Typhoon brings")
