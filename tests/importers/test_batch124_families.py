"""Blind batch 124's families: a menu entry by the headline is no section when the page
states its rubric elsewhere (a print-edition note "Aus: Ausgabe vom …, Seite 4 / Inland",
a one-crumb-a-line trail ending at a paywall badge and a kicker, the rubric under the
text's own stamp at its foot); a kicker, a short headline and a deck stacked; a header
bar of exchange rates; a shop or subscription link over the logo; an archive credit
("File/ EX"); a place in ordinary case between the byline and the stamp."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.compose import _is_rates_bar
from app.importers.sections import stated_section
from tests.importers.makers import article_of

_DE = (
    "Mit Transparenten haben am Montag mehrere hundert Beschäftigte in drei Städten ihre "
    "Arbeit niedergelegt, wie die Gewerkschaft am Abend mitteilte und weitere Aktionen "
    "ankündigte.\n"
    "Die Unternehmen lehnen Verhandlungen bislang ab und verweisen auf freiwillige "
    "Erhöhungen der Löhne im Frühjahr, die nach ihren Angaben über dem Branchenschnitt lagen.\n"
)
_EN = (
    "The regional council approved the budget for the new ferry terminal on Thursday after a "
    "debate that lasted well into the evening, with two members voting against it.\n"
    "Construction is expected to begin next spring and should take about two years, the "
    "council said in a statement issued after the vote.\n"
)
_RU = (
    "Строительство нового моста через реку планируется завершить в следующем году, сообщили "
    "в региональном министерстве транспорта в понедельник после заседания комиссии.\n"
    "По словам специалистов, пропускная способность переправы вырастет почти вдвое, а время "
    "в пути между районами сократится на сорок минут.\n"
)


# --- a print-edition note names the desk -------------------------------------------------


def test_print_edition_note_states_the_desk() -> None:
    assert stated_section("Aus: Ausgabe vom 25.11.2025, Seite 4 / Inland") == "Inland"
    assert stated_section("From the print edition of 3 May 2025, page 12 | World") == "World"
    assert stated_section("Из номера от 5 мая 2025, стр. 3 / Экономика") == "Экономика"
    assert stated_section("Erschienen in der Ausgabe vom 2.3.2025, Seite 11 / Feuilleton") == (
        "Feuilleton"
    )


def test_prose_with_a_slash_is_no_print_note() -> None:
    assert stated_section("Aus Sicht der Kassen / Politik") == ""
    assert stated_section("From the archive / World") == ""


def test_print_note_page_kicker_headline_deck_and_shop_link_de() -> None:
    art = article_of(
        "Nordblatt-Shop\n"
        "Abo\n"
        "Probeabo\n"
        "Login\n"
        "Nordblatt\n"
        "Die Tageszeitung\n"
        "Inland\n"
        "Ausland\n"
        "Feuilleton\n"
        "Sport\n"
        "Aus: Ausgabe vom 25.11.2025, Seite 4 / Inland\n"
        "Tarifkampf im Handel\n"
        "Kassen bleiben leer\n"
        "Beschäftigte mehrerer Ketten legen vor dem Weihnachtsgeschäft die Arbeit nieder, die "
        "Gewerkschaft spricht von wachsender Wut\n"
        "Von Erika Muster\n" + _DE
    )
    assert art.title == "Kassen bleiben leer"
    assert art.section == "Inland"
    assert art.published is not None and art.published.date().isoformat() == "2025-11-25"
    assert art.source == "Nordblatt"


def test_kicker_headline_deck_en() -> None:
    art = article_of(
        "Harbour Courier\n"
        "Print edition, 25 November 2025, page 3 | Region\n"
        "Ferry politics\n"
        "Council says yes\n"
        "The regional council backs the new ferry terminal and its budget for two years\n"
        "By Jane Roe\n" + _EN
    )
    assert art.title == "Council says yes"


def test_long_headline_under_kicker_stays() -> None:
    art = article_of(
        "Harbour Courier\n"
        "25.11.2025\n"
        "Ferry politics\n"
        "Council backs new ferry terminal after a debate lasting well into the evening\n"
        "By Jane Roe\n" + _EN
    )
    assert art.title == (
        "Council backs new ferry terminal after a debate lasting well into the evening"
    )


def test_shop_and_offer_links_are_chrome() -> None:
    assert is_boilerplate("Aktionsabo")
    assert is_boilerplate("Digitalabo")
    assert is_boilerplate("Probe-Abo")
    assert not is_boilerplate("Abonnentenzahl steigt")


# --- a header bar of exchange rates ----------------------------------------------------------


def test_rates_bar_is_chrome() -> None:
    assert _is_rates_bar("Курсы ЦБ на 30.11.2025: USD 79,32 | EUR 91,84 | CNY 11,10")
    assert _is_rates_bar("USD 79,32 ↓ EUR 91,84 ↑")
    assert _is_rates_bar("Devisen: EUR 1,1620 USD | CHF 0,9340")
    assert not _is_rates_bar(
        "Der Umsatz stieg auf USD 2,4 Mrd., der Gewinn auf EUR 1,1 Mrd., wie das "
        "Unternehmen am Montag mitteilte."
    )


def test_rates_bar_under_menu_is_no_text_start_ru() -> None:
    art = article_of(
        "Деловой вестник\n"
        "Еженедельная газета\n"
        "Новости\n"
        "Финансы\n"
        "АПК\n"
        "Промышленность\n"
        "Право\n"
        "Курсы на 30.11.2025: USD 2,9468 | EUR 3,4120 | RUB 3,7210 (за 100)\n"
        "Главная / Новости / Транспорт\n"
        "Новый мост через реку откроют в следующем году\n"
        "21 ноября 2025 г., 11:40\n" + _RU
    )
    assert art.title == "Новый мост через реку откроют в следующем году"
    assert art.section == "Транспорт"


# --- a trail pasted one crumb a line, ending at a paywall badge ------------------------------


def _badged(
    home: str, crumbs: list[str], badge: str, kicker: str, title: str, stamp: str, text: str
):
    menu = "\n".join(["Politik", "Wirtschaft", "Sport", "Kultur"])
    return article_of(
        f"Landesblatt\n{menu}\n{home}\n"
        + "".join(f"{c}\n" for c in crumbs)
        + f"{badge}\n{kicker}\n{title}\n{stamp}\n"
        + text
    )


def test_badge_ends_the_trail_de() -> None:
    art = _badged(
        "Startseite", ["Politik", "Landespolitik"], "LB+", "Landtag",
        "Haushalt 2026: Koalition einigt sich mit der Opposition", "26.11.2025, 18:12 Uhr", _DE,
    )  # fmt: skip
    assert art.section == "Landespolitik"


def test_badge_ends_the_trail_en() -> None:
    art = _badged(
        "Home", ["Politik", "Harbour Affairs"], "Courier Plus", "Budget",
        "Council backs new ferry terminal after long debate", "November 26, 2025", _EN,
    )  # fmt: skip
    assert art.section == "Harbour Affairs"


def test_badge_ends_the_trail_ru() -> None:
    art = _badged(
        "Главная", ["Wirtschaft", "Транспорт"], "Premium", "Мосты",
        "Новый мост через реку откроют в следующем году", "26 ноября 2025, 18:12", _RU,
    )  # fmt: skip
    assert art.section == "Транспорт"


def test_trail_without_badge_keeps_its_kicker_rule() -> None:
    # no badge: an unknown word under a known crumb and over the headline is a kicker
    art = article_of(
        "Landesblatt\nPolitik\nWirtschaft\nSport\nStartseite\nPolitik\nLandespolitik\n"
        "Haushalt 2026: Koalition einigt sich mit der Opposition\n26.11.2025, 18:12 Uhr\n" + _DE
    )
    assert art.section == "Politik"


# --- archive credits and places by the byline ------------------------------------------------


def test_archive_credit_is_a_caption() -> None:
    assert is_caption("File/ EX")
    assert is_caption("File: Example Times")
    assert is_caption("Representational image")
    assert not is_caption("Filed under: Politics")
    assert not is_caption("Files show the harm")


def test_cased_place_between_byline_and_stamp_is_no_headline() -> None:
    art = article_of(
        "Valley Herald\n"
        "Home\n"
        "Valley\n"
        "Council announces winter power schedule for the valley towns\n"
        "Metered areas to get twenty hours of supply\n"
        "Jane Roe\n"
        "Rivertown\n"
        "Posted on: 22 Nov 2025 11:42 pm\n"
        "Updated on: 23 Nov 2025 1:05 am\n"
        "Representational image\n"
        "File/ VH\n"
        "Rivertown, Nov 22: " + _EN
    )
    assert art.title == "Council announces winter power schedule for the valley towns"
    assert art.author == "Jane Roe"
    assert art.published is not None and art.published.hour == 23


def test_second_byline_name_under_byline_is_no_place() -> None:
    art = article_of(
        "Valley Herald\n"
        "Council announces winter power schedule for the valley towns\n"
        "Jane Roe\n"
        "Mary Smith\n"
        "22 Nov 2025 11:42 pm\n" + _EN
    )
    assert art.dateline == ""


# --- the rubric under the text's own stamp at its foot ---------------------------------------


def _footed(
    menu: list[str], title: str, text: str, author: str, stamp: str, rubric: str, other: str
):
    return article_of(
        "Вестник края\n"
        + "".join(f"{m}\n" for m in menu)
        + "Главное\n"
        + f"{title}\n"
        + text
        + f"Автор: {author}\n{stamp}\n{rubric}\nТеги: мост, дороги\nПопулярное\n{other}\n"
    )


def test_rubric_under_foot_stamp_ru() -> None:
    art = _footed(
        ["Новости", "Политика", "Общество", "Спорт", "Культура"],
        "Новый мост через реку откроют в следующем году", _RU,
        "Ольга Петрова", "20 ноября 2025, 10:15", "Общество", "Морозы ожидаются на выходных",
    )  # fmt: skip
    assert art.section == "Общество"


def test_rubric_under_foot_stamp_other_rubric() -> None:
    art = _footed(
        ["Новости", "Политика", "Экономика", "Спорт", "Культура"],
        "Новый мост через реку откроют в следующем году", _RU,
        "Ольга Петрова", "20 ноября 2025, 10:15", "Экономика", "Морозы ожидаются на выходных",
    )  # fmt: skip
    assert art.section == "Экономика"


def test_rubric_under_foot_stamp_en() -> None:
    art = article_of(
        "Valley Herald\nNews\nPolitics\nBusiness\nSport\nCulture\nTop story\n"
        "Council backs new ferry terminal after long debate\n"
        + _EN
        + "Author: Jane Roe\n20 November 2025, 10:15\nBusiness\nTags: ferry, council\n"
    )
    assert art.section == "Business"


# --- pitches and prompts under the text ------------------------------------------------------


def test_foot_pitches_and_prompts_are_boilerplate() -> None:
    assert is_boilerplate("Um Kommentare zu schreiben, melden Sie sich bitte an.")
    assert is_boilerplate("To leave a comment, please log in.")
    assert is_boilerplate("Чтобы оставить комментарий, авторизуйтесь.")
    assert is_boilerplate("The day's top stories delivered to your inbox every morning.")
    assert is_boilerplate(
        "Never miss the latest news from the Valley Herald - subscribe to our e-paper today."
    )
    assert is_boilerplate("Leserbriefe zu diesem Artikel:")
    assert is_boilerplate(
        "Unterstützen Sie unabhängigen Journalismus aus Graz – werden Sie Mitglied!"
    )


def test_prose_about_inboxes_and_comments_stays() -> None:
    assert not is_boilerplate(
        "The top stories in your inbox are not always the most important, said the "
        "researcher, who studies how readers consume the news each morning."
    )
    assert not is_boilerplate(
        "Never miss a chance to see the northern lights, the guide told the group before "
        "they set off across the frozen lake."
    )


# --- the signature's day under the text beats the header bar's day of copying ---------------


def _signed(bar: str, menu: list[str], title: str, text: str, name: str, day: str, near: str = ""):
    return article_of(
        f"{bar}\nDonaublatt\nUnabhängige Zeitung seit 1854\n"
        + "".join(f"{m}\n" for m in menu)
        + f"Wirtschaft\n{title}\n{near}"
        + text
        + f"\n{name}\n{day}\n\nArtikel teilen:\n"
    )


def test_signature_day_beats_header_bar_de() -> None:
    art = _signed(
        "Sonntag, 30. November 2025", ["Politik", "Wirtschaft", "Kultur", "Reise"],
        "Notenbank hält Leitzins stabil", _DE, "Erika Muster", "19. November 2025",
    )  # fmt: skip
    assert art.published is not None and art.published.date().isoformat() == "2025-11-19"


def test_signature_day_beats_header_bar_en() -> None:
    art = _signed(
        "Sunday, 30 November 2025", ["Politics", "Business", "Culture", "Travel"],
        "Council backs new ferry terminal", _EN, "Jane Roe", "19 November 2025",
    )  # fmt: skip
    assert art.published is not None and art.published.date().isoformat() == "2025-11-19"


def test_signature_day_beats_header_bar_ru() -> None:
    art = _signed(
        "Воскресенье, 30 ноября 2025", ["Политика", "Экономика", "Культура", "Спорт"],
        "Новый мост откроют в следующем году", _RU, "Ольга Петрова", "19 ноября 2025",
    )  # fmt: skip
    assert art.published is not None and art.published.date().isoformat() == "2025-11-19"


def test_stamp_by_headline_stays() -> None:
    art = _signed(
        "Sonntag, 30. November 2025", ["Politik", "Wirtschaft", "Kultur", "Reise"],
        "Notenbank hält Leitzins stabil", _DE, "Erika Muster", "19. November 2025",
        near="21.11.2025, 10:00 Uhr\n",
    )  # fmt: skip
    assert art.published is not None and art.published.date().isoformat() == "2025-11-21"


# --- a consent banner's third button over the logo ---------------------------------------------


def test_consent_customise_button_is_chrome() -> None:
    assert is_boilerplate("Customise")
    assert is_boilerplate("Customize settings")
    assert is_boilerplate("Anpassen")
    assert is_boilerplate("Настроить")
    assert not is_boilerplate("Customise your feed to follow the stories that matter")


def test_logo_under_consent_banner_names_the_source() -> None:
    art = article_of(
        "We value your privacy\n"
        "Accept All\n"
        "Reject All\n"
        "Customise\n"
        "Valley Herald\n"
        "The valley's paper since 1901\n"
        "Home\n"
        "News\n"
        "Sport\n"
        "Council backs new ferry terminal after long debate\n"
        "By Jane Roe\n"
        "November 25, 2025\n" + _EN + "© 2025 Example Media Holdings. All Rights Reserved.\n"
    )
    assert art.source == "Valley Herald"
