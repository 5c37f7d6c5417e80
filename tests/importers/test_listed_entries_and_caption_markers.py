"""Agency pastes (blind batch 80): a list of other stories, each headline with its own
stamp on its line ("Other story 16:40", "Other story 16 ноября 2025, 18:30", "Tue 25 Nov
2025 10:55 Other story"), is neither the headline nor the date of the story between them;
a caption marker in brackets ("[File Photo]") is no headline; a call to stay informed
before the outlet's social accounts is boilerplate."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate
from app.importers.compose import _stamped_item, compose
from app.importers.profiles import default_profiles
from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT


def test_entries_closed_by_their_time_over_the_headline_are_a_list() -> None:
    text = (
        "Example News\nHome/Region\nTop of the day\n"
        "Mayor opens the new harbour bridge today 16:40\n"
        "Regional rail strike called off after talks 15:05\n"
        "Town plans a new tram line\n"
        "Forty kilometres of new track by 2035\n"
        f"22.11.2025 11:45\n{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    art = compose(text, default_profiles())
    assert art.title == "Town plans a new tram line"
    assert art.published == datetime(2025, 11, 22, 11, 45)


def test_entries_with_their_full_stamp_under_the_headline_are_no_title_or_date() -> None:
    text = (
        "Пример ТВ\nГлавная  >  Общество\n"
        "Мэрия утвердила план ремонта мостов\nНовости по теме\n"
        "В городе открыли новую станцию метро     17 ноября 2025, 10:12\n"
        "Цены на проезд останутся прежними     16 ноября 2025, 18:30\n"
        f"18 ноября 2025, 15:20\n{MAIL_RU}\n{MAIL_RU}\n"
    )
    art = compose(text, default_profiles())
    assert art.title == "Мэрия утвердила план ремонта мостов"
    assert art.published == datetime(2025, 11, 18, 15, 20)


def test_entries_opened_by_weekday_date_and_time_end_at_the_rubric() -> None:
    text = (
        "Example Invest\nHome > News > Company news\nLatest news\n"
        "Tue 25 Nov 2025 11:02  Water stocks lift the index, miners lag\n"
        "Tue 25 Nov 2025 10:55  Airline expects record winter bookings\n"
        "Company news\nTown plans a new tram line\nTue 25 Nov 2025 10:41\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    assert compose(text, default_profiles()).title == "Town plans a new tram line"


def test_a_headline_naming_its_hour_is_no_listed_entry() -> None:
    assert _stamped_item("Gemeinderat beschließt den Haushalt der Stadt 18:30")
    assert not _stamped_item("Anpfiff in Dortmund heute um 20:30")
    assert not _stamped_item("Заседание парламента начнется в 16:40")
    assert not _stamped_item("Beginn der Veranstaltung: 16:40")
    text = f"Example Zeitung\nSperrung der Brücke ab Montag um 06:00\n{MAIL_DE}\n{MAIL_DE}\n"
    assert compose(text, default_profiles()).title == "Sperrung der Brücke ab Montag um 06:00"


def test_a_caption_marker_in_brackets_is_no_headline() -> None:
    for marker in ("[File Photo]", "(Archivbild)", "[Фото: ТАСС]", "[Photo: Jane Roe]"):
        assert is_boilerplate(marker), marker
    assert not is_boilerplate("[Photo] shows the mayor opening the bridge in spring")
    text = (
        "Example News\nBUSINESS\nTown plans a new tram line\nJane Roe\n"
        f"November 20, 2025 4:45 pm\n[File Photo]\n{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    art = compose(text, default_profiles())
    assert art.title == "Town plans a new tram line"
    assert "File Photo" not in art.body


def test_a_call_to_stay_informed_before_the_social_accounts_is_boilerplate() -> None:
    assert is_boilerplate("Stay updated - follow Example News on Facebook and Instagram")
    assert is_boilerplate("Bleiben Sie informiert: Folgen Sie Radio X auf Instagram")
    assert is_boilerplate("Будьте в курсе — подписывайтесь на Пример в Telegram")
    assert not is_boilerplate("Stay updated as the story develops, officials said on Monday.")
