"""Blind batch 142: a date line and its time on the next line, the date in brackets or the
time in 12-hour form ("[26/November/2025]" / "14:20", "Thursday, 20 November 2025" /
"1:15pm"), are one stamp; an agency no profile knows, credited by a one-word source label
under the text's last paragraph ("Quelle: Beispielpress", "Source : EXNA"), is the
source; a caption closed by "(Pic by Name)" is no text; a federal outlet's word-name run
on by a capitalised word ("Известия Примерска") names another outlet; an outlet's Latin
name printed on the page in English spelling ("Example-Online" of «Пример-Онлайн») beats
our transliteration."""

from __future__ import annotations

from datetime import datetime

from app.importers.sitename import printed_latin_spelling
from tests.importers.makers import CLIP_TEXT, article_of

DE, EN, RU = (CLIP_TEXT[k] for k in ("de", "en", "ru"))


def _page(
    head: list[str], title: str, meta: list[str], text: tuple[str, str], tail: list[str]
) -> str:
    return "\n".join([*head, title, *meta, text[0], "", text[1], *tail]) + "\n"


_NAV_EN = ["Example Radio", "Home", "News", "Sport", "Weather", "Contact"]
_NAV_DE = ["Beispiel Kurier", "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"]
_NAV_RU = ["Пример-Онлайн", "Главная", "Новости", "Политика", "Экономика", "Спорт"]

# --- a date line, its time alone on the next line ---------------------------------------


def test_time_in_12_hour_form_under_the_date_en() -> None:
    art = article_of(
        _page(
            _NAV_EN,
            "Council approves plan for new tram lines",
            ["Thursday, 20 November 2025", "1:15pm"],
            EN,
            ["Recent News"],
        )
    )
    assert art.published == datetime(2025, 11, 20, 13, 15)


def test_time_under_a_bracketed_date() -> None:
    art = article_of(
        _page(
            _NAV_EN,
            "Council approves plan for new tram lines",
            ["[26/November/2025]", "14:20"],
            EN,
            [],
        )
    )
    assert art.published == datetime(2025, 11, 26, 14, 20)
    art = article_of(
        _page(
            _NAV_DE,
            "Stadt stellt Pläne für das Bahnhofsviertel vor",
            ["(24.11.2025)", "09:05"],
            DE,
            [],
        )
    )
    assert art.published == datetime(2025, 11, 24, 9, 5)


def test_time_with_dotted_am_pm_under_the_date_ru_and_a_lone_day_stays() -> None:
    art = article_of(
        _page(
            _NAV_EN,
            "Council approves plan for new tram lines",
            ["Nov 18, 2025", "5:42 a.m."],
            EN,
            [],
        )
    )
    assert art.published == datetime(2025, 11, 18, 5, 42)
    # look-alike: a date alone, a number line that is no time under it
    art = article_of(
        _page(
            _NAV_RU,
            "Власти представили план реконструкции района",
            ["25 ноября 2025", "1250"],
            RU,
            [],
        )
    )
    assert art.published == datetime(2025, 11, 25)


# --- an unknown agency in a one-word source label under the text -------------------------


def test_one_word_agency_label_under_the_text_de_en() -> None:
    art = article_of(
        _page(
            _NAV_DE,
            "Stadt stellt Pläne für das Bahnhofsviertel vor",
            ["24.11.2025 | 10:47"],
            DE,
            ["", "Quelle: Beispielpress", "", "Schlagworte: Stadt  Bahn", "Teilen"],
        )
    )
    assert art.source == "Beispielpress"
    art = article_of(
        _page(
            _NAV_EN,
            "Council approves plan for new tram lines",
            ["27 November 2025"],
            EN,
            ["Source : EXNA", "Author : Jane Roe", "Share"],
        )
    )
    assert art.source == "EXNA"


def test_one_word_agency_label_ru_text() -> None:
    art = article_of(
        _page(
            ["Example Vesti", "Главная", "Новости"],
            "Власти представили план реконструкции района",
            ["25.11.2025 16:40"],
            RU,
            ["Источник: Primerpress", "Поделиться"],
        )
    )
    assert art.source == "Primerpress"


def test_issuer_or_photo_label_under_the_text_is_no_agency() -> None:
    page = _page(
        _NAV_DE,
        "Stadt stellt Pläne für das Bahnhofsviertel vor",
        ["24.11.2025 | 10:47"],
        DE,
        ["Quelle: Ministerium für Verkehr", "Teilen", "© 2025 Beispiel Kurier"],
    )
    assert article_of(page).source == "Beispiel Kurier"
    page = _page(
        _NAV_DE,
        "Stadt stellt Pläne für das Bahnhofsviertel vor",
        ["24.11.2025 | 10:47"],
        DE,
        ["Quelle: Pressemitteilung", "Teilen", "© 2025 Beispiel Kurier"],
    )
    assert article_of(page).source == "Beispiel Kurier"


# --- a caption closed by "(Pic by Name)" ----------------------------------------------------


def test_pic_by_caption_over_the_dateline() -> None:
    meta = [
        "Date : 22 Nov 2025 09:14:18",
        "By Jane Roe",
        "Trams parked at the northern depot. (Pic by John Doe)",
    ]
    text = (f"EXAMPLETOWN, Nov 22: {EN[0]}", EN[1])
    art = article_of(_page(_NAV_EN, "Council approves plan for new tram lines", meta, text, []))
    assert art.dateline == "Exampletown"
    assert "Pic by" not in art.body
    assert art.body.startswith("EXAMPLETOWN, Nov 22:")


# --- a federal outlet's name run on by a capitalised word -----------------------------------


def test_longer_title_beginning_with_a_profiles_name_ru() -> None:
    page = _page(
        ["Известия Примерска", "Главная", "Новости"],
        "Власти представили план реконструкции района",
        ["25 ноября 2025, 16:40"],
        RU,
        ["© 2025 Известия Примерска. Все права защищены."],
    )
    assert article_of(page).source == "Izvestiya Primerska"
    page = _page(
        ["Коммерсантъ Примерск", "Главная", "Новости"],
        "Власти представили план реконструкции района",
        ["25 ноября 2025, 16:40"],
        RU,
        ["© 2025 Коммерсантъ Примерск"],
    )
    assert article_of(page).source != "Kommersant"


def test_federal_outlet_itself_still_named() -> None:
    page = _page(
        ["Известия", "Главная", "Новости"],
        "Власти представили план реконструкции района",
        ["25 ноября 2025, 16:40"],
        RU,
        ["© 2025 Известия"],
    )
    assert article_of(page).source == "Izvestia"


# --- a Latin name in English spelling of a Cyrillic loanword -------------------------------


def test_english_spelling_of_a_loanword_name() -> None:
    assert printed_latin_spelling("Пример-Онлайн", ["© 2025 Primer-Online."]) == "Primer-Online"
    assert printed_latin_spelling("Пример Таймс", ["Primer Times"]) == "Primer Times"
    assert printed_latin_spelling("Лайф Пример", ["© Life Primer"]) == "Life Primer"
    # look-alike: another word, no spelling of ours
    assert printed_latin_spelling("Пример-Онлайн", ["© 2025 Primer-Onward."]) == ""


# --- lists of a site's recent or a desk's popular stories, co-authors' e-mail taglines ------


def test_recent_and_popular_lists_under_the_text() -> None:
    art = article_of(
        _page(
            _NAV_EN,
            "Council approves plan for new tram lines",
            ["Nov 18, 2025"],
            EN,
            [
                "Share",
                "Recent News",
                "Ferry timetable changes from Monday",
                "Example Radio, Main Street, Exampletown",
            ],
        )
    )
    assert "Recent News" not in art.body and "Ferry timetable" not in art.body
    art = article_of(
        _page(
            _NAV_EN,
            "Council approves plan for new tram lines",
            ["Nov 18, 2025"],
            EN,
            ["Popular in Local", "Snow possible as cold snap arrives"],
        )
    )
    assert "Snow possible" not in art.body
    art = article_of(
        _page(
            _NAV_DE,
            "Stadt stellt Pläne für das Bahnhofsviertel vor",
            ["24.11.2025"],
            DE,
            ["Beliebt in Kultur", "Theater zeigt neues Stück im Dezember"],
        )
    )
    assert "Theater zeigt" not in art.body


def test_co_authors_mail_taglines_under_the_text() -> None:
    tag = "Jane Roe: jroe@example.com; John Doe: jdoe@example.com"
    art = article_of(
        _page(
            _NAV_EN,
            "Council approves plan for new tram lines",
            ["By Jane Roe and John Doe", "Nov 18, 2025"],
            EN,
            ["", tag, "", "Share on Facebook"],
        )
    )
    assert "jroe@example.com" not in art.body
    # look-alike: a tagline run on into a sentence stays no bio
    from app.importers.boilerplate import is_end_bio

    assert not is_end_bio("Jane Roe: jroe@example.com; readers may write with tips")
