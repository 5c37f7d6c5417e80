"""Blind batch 105's families: bylines named after the piece ('Artikel von:'), a kicker
under a breadcrumb trail set one crumb a line, a menu entry under 'Home' read as the logo,
a broadcaster's dotted time before the day, JSON-LD's UTC time beside the page's local one,
the metadata's list of writers as the page prints it, an agency's source label under the
text, 'Copyright: Name' under a caption, a <title> cut from its <h1>, a state body's
notice around its paper's name, the day in the signature under the text, a syndicated
feed's disclaimer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.byline import author_of_line, printed_names
from app.importers.compose import compose
from app.importers.dates import parse_date
from app.importers.html import headline, parse_html
from app.importers.htmlmeta import page_meta
from app.importers.profiles import load_profiles
from app.importers.sitename import copyright_owner, site_from_title

PROFILES = load_profiles()
DE = (
    "Die Stadtverwaltung hat am Montag neue Regeln für den Wasserverbrauch beschlossen, die ab "
    "dem ersten Dezember für alle Haushalte und Betriebe in der Gemeinde gelten sollen."
)
DE_MORE = (
    "Der Bürgermeister sagte, man habe lange mit den Versorgern verhandelt und sei am Ende zu "
    "einem Ergebnis gekommen, das die Kosten für die meisten Familien stabil halten werde."
)
EN = (
    "The city council approved new rules on water use on Monday, which will apply to all "
    "households and businesses in the district from the first of December onwards."
)
EN_MORE = (
    "The mayor said the council had negotiated with the suppliers for months and reached a "
    "result that would keep costs stable for most families in the coming winter."
)
RU = (
    "Городская администрация в понедельник утвердила новые правила расхода воды, которые "
    "вступят в силу с первого декабря для всех жителей и предприятий района."
)
RU_MORE = (
    "Глава города сообщил, что переговоры с поставщиками шли несколько месяцев и завершились "
    "решением, которое позволит сохранить тарифы для большинства семей стабильными."
)


# --- a byline that names the piece before its writers ------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Artikel von: Jan Roth und Eva Lind", "Jan Roth und Eva Lind"),
        ("Ein Beitrag von Klara Sommer", "Klara Sommer"),
        ("Story by Jo Lee", "Jo Lee"),
        ("Article by Priya Nair and Tom Hale", "Priya Nair and Tom Hale"),
    ],
)
def test_byline_named_after_the_piece(line: str, author: str) -> None:
    assert author_of_line(line) == author


def test_a_sentence_about_an_article_is_no_byline() -> None:
    assert author_of_line("Der Artikel von gestern wurde korrigiert.") == ""


def test_labelled_byline_under_kicker_and_headline() -> None:
    paste = "\n".join([
        "Beispiel Blatt", "Home", "Politik", "Sport", "Startseite", "Geld", "Wohnen",
        "Strom-Ärger im Herbst",
        "Stadtwerke erhöhen zum Januar die Preise – so viel mehr zahlen Sie jetzt",
        "Artikel von: Jan Roth und Eva Lind", "25.11.2025 - 06:12 Uhr", DE, DE_MORE,
        "© 2025 Beispiel Blatt GmbH",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title.startswith("Stadtwerke erhöhen")
    assert art.author == "Jan Roth und Eva Lind"
    assert art.section == "Wohnen"
    assert art.source == "Beispiel Blatt"


# --- a kicker under a breadcrumb trail, a crumb a line ---------------------------------------


@pytest.mark.parametrize(
    ("trail", "kicker", "headline", "text", "more"),
    [
        (["Startseite", "Region", "Lokales"], "Wasser wird knapp",
         "Küstenstädte rationieren ab Dezember das Trinkwasser – was Familien jetzt wissen müssen",
         DE, DE_MORE),
        (["Home", "News", "Local"], "Water crisis",
         "Coastal towns will ration drinking water from December – here is what families need "
         "to know", EN, EN_MORE),
        (["Главная", "Новости", "Общество"], "Вода в дефиците",
         "Прибрежные города с декабря вводят нормы на питьевую воду – что нужно знать семьям",
         RU, RU_MORE),
    ],
)  # fmt: skip
def test_kicker_under_a_home_trail(
    trail: list[str], kicker: str, headline: str, text: str, more: str
) -> None:
    paste = "\n".join(["Beispiel Zeitung", *trail, kicker, headline, "25.11.2025", text, more])
    assert compose(paste, PROFILES).title == headline


def test_short_headline_under_a_menu_rubric_keeps_its_deck() -> None:
    paste = "\n".join([
        "Beispiel Zeitung", "Politik", "Sport", "Lokales", "Küstenstädte rationieren Wasser",
        "Zwei Hafenstädte müssen ab Dezember ihren Verbrauch um ein Sechstel senken und sparen",
        "25.11.2025", DE, DE_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).title == "Küstenstädte rationieren Wasser"


# --- a menu entry under the menu's 'Home' is no logo ----------------------------------------


@pytest.mark.parametrize(
    ("menu", "footer", "source", "text", "more"),
    [
        (["Home", "News", "Politics", "Business", "Example Radio Live", "Podcasts", "Video"],
         "Copyright © 2025 Beispielnews. All Rights Reserved.", "Beispielnews", EN, EN_MORE),
        (["Startseite", "Politik", "Unterhaltung", "Sport", "Reise"],
         "© 2025 Musterblatt Verlag GmbH", "Musterblatt", DE, DE_MORE),
        (["Главная", "Новости", "Примерное ТВ", "Спорт", "Культура"],
         "© 2025 Primer News", "Primer News", RU, RU_MORE),
    ],
)  # fmt: skip
def test_menu_entry_under_home_is_no_logo(
    menu: list[str], footer: str, source: str, text: str, more: str
) -> None:
    paste = "\n".join([*menu, "Water rules change as prices rise across the district",
                       "25.11.2025", text, more, footer])  # fmt: skip
    assert compose(paste, PROFILES).source == source


# --- a broadcaster's time with a full stop before the day -----------------------------------


@pytest.mark.parametrize(
    ("stamp", "when"),
    [
        ("13.42 24 Nov 2025", datetime(2025, 11, 24, 13, 42)),
        ("07.05 3 мая 2025", datetime(2025, 5, 3, 7, 5)),
        ("21.30 5. Dezember 2025", datetime(2025, 12, 5, 21, 30)),
    ],
)
def test_dotted_time_before_the_day(stamp: str, when: datetime) -> None:
    assert parse_date(stamp) == when


@pytest.mark.parametrize("stamp", ["6.35, 25 Nov 2025", "Seite 13.42 24 Nov 2025"])
def test_a_number_before_the_day_is_no_time(stamp: str) -> None:
    assert parse_date(stamp) == datetime(2025, 11, 25 if "6.35" in stamp else 24)


# --- JSON-LD's UTC beside the page's own clock -----------------------------------------------


def _meta_page(ld_time: str, tag_time: str) -> str:
    return (
        "<html><head>"
        f'<meta property="article:published_time" content="{tag_time}">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
        f'"datePublished":"{ld_time}"}}</script></head><body><h1>H</h1></body></html>'
    )


@pytest.mark.parametrize(
    ("ld_time", "tag_time", "hour"),
    [
        ("2025-11-25T10:00:00Z", "2025-11-25T05:00:00-05:00", 5),
        ("2025-11-25T09:30:00+00:00", "2025-11-25T10:30:00+01:00", 10),
        ("2025-11-25T07:15:00Z", "2025-11-25T10:15:00+03:00", 10),
    ],
)
def test_local_clock_over_utc(ld_time: str, tag_time: str, hour: int) -> None:
    published = page_meta(parse_html(_meta_page(ld_time, tag_time))).published
    assert published is not None and published.hour == hour


def test_another_instant_in_the_tags_leaves_json_ld() -> None:
    page = _meta_page("2025-11-25T10:00:00Z", "2025-11-24T05:00:00-05:00")
    assert page_meta(parse_html(page)).published == datetime(2025, 11, 25, 10, tzinfo=UTC)


# --- the metadata's writers as the byline prints them ---------------------------------------


@pytest.mark.parametrize(
    ("author", "line", "printed"),
    [
        ("Jane Doe, John Roe", "By Jane Doe and John Roe USA Example", "Jane Doe and John Roe"),
        ("Anna Roth, Jan Lind", "Anna Roth und Jan Lind, Redaktion", "Anna Roth und Jan Lind"),
        (
            "Анна Петрова, Иван Сидоров",
            "Анна Петрова и Иван Сидоров",
            "Анна Петрова и Иван Сидоров",
        ),
        ("A One, B Two, C Three", "A One, B Two and C Three", "A One, B Two and C Three"),
    ],
)
def test_printed_names(author: str, line: str, printed: str) -> None:
    assert printed_names(author, ["Menu", line]) == printed


def test_names_printed_apart_keep_the_list() -> None:
    assert printed_names("Jane Doe, John Roe", ["Jane Doe", "John Roe"]) == "Jane Doe, John Roe"


def test_page_byline_joins_metadata_writers() -> None:
    page = (
        '<html><head><script type=\'application/ld+json\'>{"@type":"NewsArticle",'
        '"headline":"Council sets new water rules for the district","author":['
        '{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":'
        '"John Roe"}]}</script></head><body><article>'
        "<h1>Council sets new water rules for the district</h1><div class='by'><a>Jane Doe</a>"
        f" and <a>John Roe</a></div><p>{EN}</p><p>{EN_MORE}</p></article></body></html>"
    )
    art = extract("a.html", page.encode())[0].article
    assert art.author == "Jane Doe and John Roe"


# --- an agency's source label under the text --------------------------------------------------


@pytest.mark.parametrize(
    ("label", "source", "text", "more"),
    [
        ("Quelle: APA", "APA", DE, DE_MORE),
        ("Source: AFP", "AFP", EN, EN_MORE),
        ("Источник: ТАСС", "TASS", RU, RU_MORE),
    ],
)
def test_agency_label_under_the_text(label: str, source: str, text: str, more: str) -> None:
    paste = "\n".join(["Beispiel Portal", "Politik", "Wirtschaft", "Chronik",
                       "Budget-Loch: Regierung streicht Förderungen", "21.11.2025, 11:32",
                       text, more, label, "Kommentare (3)",
                       "© 2025 Beispiel Portal GmbH"])  # fmt: skip
    assert compose(paste, PROFILES).source == source


def test_agency_label_under_a_caption_credits_the_picture() -> None:
    paste = "\n".join(["Beispiel Portal", "Politik", "Wirtschaft", "Chronik",
                       "Budget-Loch: Regierung streicht Förderungen", "21.11.2025, 11:32",
                       DE, DE_MORE, "Der Minister bei seiner Pressekonferenz im Ministerium.",
                       "Quelle: APA", DE, DE_MORE, "© 2025 Beispiel Portal GmbH"])  # fmt: skip
    assert compose(paste, PROFILES).source == "Beispiel Portal"


# --- the picture's rights holder under its caption ------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Copyright: Meike Muster", "Copyright: Jane Doe/Example Images", "Copyright: Пётр Иванов"],
)
def test_copyright_label_with_a_name_is_a_credit(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", ["Copyright 2025 Example", "Copyright: Example Verlag GmbH 2025"])
def test_footer_copyright_is_no_picture_credit(line: str) -> None:
    assert not is_caption(line)


def test_caption_over_copyright_credit_leaves_the_text() -> None:
    paste = "\n".join(["Beispiel Rundschau", "Startseite › Köln › Innenstadt",
                       "17.11.2025, 18:30 Uhr", "Neue Regeln für das Wasser in der Stadt",
                       "Von Jan Roth", "Voll besetzt: Zum Auftakt kamen Tausende in den Saal.",
                       "Copyright: Meike Muster", DE, DE_MORE])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.body.startswith("Die Stadtverwaltung") and "Voll besetzt" not in art.body


# --- a <title> cut from its <h1> ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Exporte brechen ein | Beispiel", "Exporte brechen ein: Die Branche spürt die Zölle"),
        ("Prices fall again | Example", "Prices fall again – and traders expect more cuts"),
        ("Цены снова падают | Пример", "Цены снова падают: трейдеры ждут новых снижений"),
    ],
)
def test_title_cut_from_h1(title: str, h1: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><h1>{h1}</h1></body></html>"
    stated = title.partition(" | ")[0]
    assert headline(parse_html(page), stated, "") == h1
    assert site_from_title(title, h1) == title.partition(" | ")[2]


def test_h1_of_another_story_is_no_whole_title() -> None:
    page = "<html><body><h1>Exporte brechen ein</h1></body></html>"
    assert headline(parse_html(page), "Exporte brechen ein", "") == "Exporte brechen ein"
    assert site_from_title("Exporte | Beispiel", "Exportverbot: neue Regeln") == ""


# --- a state body's notice around its paper's name -------------------------------------------


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("© КГАУ «Редакция газеты «Северная звезда», 2025", "Северная звезда"),
        ("© 2025 ГБУ «Редакция журнала «Пример»»", "Пример"),
        ("© АУ «Издательство газеты «Вестник края»», 2025", "Вестник края"),
    ],
)
def test_paper_in_its_office_notice(line: str, owner: str) -> None:
    assert copyright_owner(line) == owner


def test_company_in_plain_quotes_stays() -> None:
    assert copyright_owner("© ООО «Пример Медиа», 2025") == "Пример Медиа"


# --- the day in the signature under the text --------------------------------------------------


@pytest.mark.parametrize(
    ("sign", "when"),
    [
        (["Андрей Примеров", "Фото автора", "21.11.2025", "Просмотров: 1 204"],
         datetime(2025, 11, 21)),
        (["Анна Иванова", "21.11.2025"], datetime(2025, 11, 21)),
        (["Мария Петрова", "Фото: архив редакции", "3 декабря 2025"], datetime(2025, 12, 3)),
    ],
)  # fmt: skip
def test_day_in_the_signature(sign: list[str], when: datetime) -> None:
    paste = "\n".join(["Примерная звезда", "Главная / Новости / Общество", "Общество",
                       "Капремонт бульвара: движение перекроют до весны", RU, RU_MORE, *sign,
                       "Комментарии", "Добавить комментарий", "Другие новости рубрики",
                       "В городе откроют три новых катка", "Река у города покрылась шугой",
                       "© 2025 Примерная звезда",
                       "680000, г. Примерск, ул. Примерная, 5"])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.published == when


def test_day_by_the_headline_beats_the_signature() -> None:
    paste = "\n".join(["Примерная звезда", "Главная / Новости / Общество", "Общество",
                       "Капремонт бульвара: движение перекроют до весны", "20.11.2025 10:15",
                       RU, RU_MORE, "Андрей Примеров", "21.11.2025"])  # fmt: skip
    assert compose(paste, PROFILES).published == datetime(2025, 11, 20, 10, 15)


# --- a syndicated feed's disclaimer ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Except for the headline, this story has not been edited by Example Online staff and "
        "has been published from a syndicated feed.",
        "Except for the headline this article has not been edited by Example staff.",
        "(This report has not been edited by Example Times staff and is auto-published.)",
    ],
)
def test_syndicated_disclaimer(line: str) -> None:
    assert is_boilerplate(line)


def test_a_sentence_on_editing_stays() -> None:
    assert not is_boilerplate("Except for the headline, the editors changed nothing in the report.")
