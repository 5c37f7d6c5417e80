"""Blind batch 59 (agency and state-media pastes): a channel's logo over its company's
notice, a Latin logo over a notice in a third script, a dated list of other headlines
over the story, a place in capitals with the site's domain after it, a place and day
before a colon, address rows without phone or mail, and the page's sharing, follow,
comments and podcast lines (invented pages and clippings)."""

from __future__ import annotations

from app.importers import extract
from app.importers.agency import bare_dateline
from app.importers.boilerplate import is_boilerplate, is_footer, is_teaser_marker
from app.importers.sitename import copyright_owner, is_other_script, latin_logo
from tests.importers.makers import MAIL_RU, NEWS_MORE, NEWS_TEXT


def _paste(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _one(text: str):
    return extract("a.txt", text.encode("utf-8"))[0].article


def test_channel_logo_with_its_number_beats_the_company_notice() -> None:
    # "Компания «X»" is a company's notice; "X 1" over the menu is the channel's name
    assert copyright_owner('Компания "Tele-Primer" © 2025. Все права защищены.') == "Tele-Primer"
    art = _one(
        _paste(
            "Primer 1",
            "Главная  Новости  Видео  Программа",
            "RO  RU",
            "Новости",
            "Общество",
            "Мосты отремонтируют до конца следующего года",
            "25.11.2025 17:40",
            MAIL_RU,
            MAIL_RU,
            'Компания "Tele-Primer" © 2025. Все права защищены.',
        )
    )
    assert art.source == "Primer 1"


def test_notice_in_a_third_script_yields_to_the_latin_host_logo() -> None:
    assert is_other_script("Առավոտ") and is_other_script("ნიმუში")
    assert not is_other_script("Пример") and not is_other_script("Exämple")
    lines = ["Primer.am", "Главная  Политика", "Фото: Primer", "ссылка на Primer.am обязательна"]
    assert latin_logo(lines) == "Primer"
    art = _one(
        _paste(
            "Primer.am",
            "Главная  Политика  Экономика  Общество",
            "Новости",
            "Экономика",
            "Мосты отремонтируют до конца следующего года",
            "27.11.2025, 14:12",
            MAIL_RU,
            "Фото: Primer",
            MAIL_RU,
            "При использовании материалов ссылка на Primer.am обязательна.",
            "© 2025 «Առավոտ». Все права защищены.",
        )
    )
    assert art.source == "Primer"


def test_dated_list_of_other_headlines_is_no_headline() -> None:
    art = _one(
        _paste(
            "Example Weekly",
            "Home  National  Business  Sports",
            "Latest News",
            "24 Nov 2025  Harbour bridge reopens after three months of repairs",
            "24 Nov 2025  Council approves the budget for next year",
            "City",
            "Tram Network To Grow By 40 Kilometres Over Next Decade",
            "Published on: 24 Nov 2025, 5:42 pm",
            NEWS_TEXT,
            NEWS_MORE,
        )
    )
    assert art.title == "Tram Network To Grow By 40 Kilometres Over Next Decade"


def test_capital_place_then_the_sites_domain_before_the_dash() -> None:
    line = "АСТАНА. PRIMER.KZ – Городские власти утвердили план ремонта мостов."
    found = bare_dateline(line)
    assert found is not None and found.place == "Астана"
    # a second word in capitals is still a place of two words, not a domain
    assert bare_dateline("НУР-СУЛТАН. Городские власти утвердили план.").place == "Нур-Султан"


def test_place_and_day_before_a_colon_open_the_text() -> None:
    found = bare_dateline("Kathmandu, Nov 24: The city council approved a plan on Tuesday.")
    assert found is not None and found.place == "Kathmandu"
    assert bare_dateline("Kathmandu, Durbar Square: The council approved a plan.") is None


def test_address_rows_without_phone_or_mail() -> None:
    assert is_boilerplate("Example Kirche e.V. · Mustergasse 12 · 30419 Hannover")
    assert is_boilerplate("Example News Agency S.A., 36-38 Example Street, 11521 Athens")
    assert is_boilerplate("Адрес редакции: 100000, г. Ташкент, ул. Примерная, 32.")
    # a sentence naming a street and a town stays
    assert not is_boilerplate("The office moved to 12 Main Street in Athens last year.")


def test_share_follow_comments_and_syndication_lines() -> None:
    assert is_boilerplate("Share this: Facebook Twitter Viber")
    assert is_boilerplate("Teilen Sie diesen Artikel: Facebook WhatsApp E-Mail Link kopieren")
    assert is_boilerplate("Folgen Sie Example Radio auf Facebook und Instagram")
    assert is_boilerplate("Kommentare sind für diesen Artikel deaktiviert.")
    assert is_boilerplate(
        "(This story has not been edited by Example staff and is auto-generated from news "
        "agency feeds.)"
    )
    assert is_footer("Empfehlungen der Redaktion")
    assert is_teaser_marker("Hören Sie auch")
    assert not is_boilerplate("Folgen Sie der Debatte im Landtag auf unserer Seite.")


def test_archive_picture_credit_via_an_agency_goes() -> None:
    assert is_boilerplate("Rathaus (Archiv), via Example Nachrichtenagentur")
    assert is_boilerplate("Town hall (file), via Example")
    assert not is_boilerplate("The ministers joined the talks, via video link")


def test_language_switch_and_edition_label_are_chrome() -> None:
    assert is_boilerplate("Magyar  English  Deutsch")
    assert is_boilerplate("English Edition")
    assert not is_boilerplate("Magyar Telekom reported higher profits")


def test_podcast_teaser_with_its_running_time_goes() -> None:
    art = _one(
        _paste(
            "Example Radio",
            "Nachrichten  Podcasts  Kultur",
            "Nachrichten",
            "Stadt baut zwei neue Radwege am Ufer",
            "Veröffentlicht 26 November 2025 4:15pm",
            "Die Stadt baut bis zum Sommer zwei neue Radwege am Ufer, teilte das Bauamt am "
            "Dienstag mit. Die Kosten liegen bei rund drei Millionen Euro, den Großteil zahlt "
            "das Land.",
            "Hören Sie auch",
            "Podcast: Wie finde ich eine Wohnung in Berlin? 12 Min.",
            "Die Arbeiten beginnen im Frühjahr an der Nordseite des Flusses, teilte das Amt mit, "
            "und sollen bis zum Herbst abgeschlossen sein, wenn das Wetter mitspielt.",
        )
    )
    assert "Podcast" not in art.body
    assert "Arbeiten beginnen" in art.body
