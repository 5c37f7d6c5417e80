"""Regional papers' datelines and page tails: the day before the place in capitals, the
outlet's credit before place and day, a correspondent named between slashes, capitals
beyond Latin-1, a reporter's initials in the dateline's brackets; a headline of few words
under the rubric's label over its long deck, a 'Desk | day | 3 мин' row by the headline;
rating widgets, comment log-in prompts, day's-top lists, post pagers, handout captions,
hashtag rows and a 'Текст: Name' credit under the text."""

from __future__ import annotations

import pytest

from app.importers import boilerplate as bp
from app.importers.agency import bare_dateline, parse_dateline
from app.importers.compose import compose
from app.importers.profiles import load_profiles

PROFILES = load_profiles()
DE = (
    "Die Stadtverwaltung hat am Montag neue Regeln für den Wasserverbrauch beschlossen, die ab "
    "dem ersten Dezember für alle Haushalte und Betriebe in der Gemeinde gelten sollen."
)
DE_MORE = "Wer gegen die Auflagen verstößt, muss mit Geldstrafen rechnen, hieß es im Rathaus."
RU = (
    "Власти региона в понедельник утвердили новый порядок вывоза снега с городских улиц, "
    "который начнет действовать с первого декабря во всех районах областного центра."
)
RU_MORE = "Подрядчики обязаны убирать снег в течение суток после окончания снегопада."


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("24 ноября 2025, ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ. Вулкан выбросил", "Петропавловск-Камчатский"),
        ("3. März 2025, WIEN – Die Regierung hat beschlossen", "Wien"),
        ("Nov. 24, 2025, KYIV — Ukraine's parliament voted", "Kyiv"),
        ("HÀ NỘI — Việt Nam's exports rose sharply this year", "Hà Nội"),
        ("ĐÀ NẴNG — The city opened a new bridge on Monday", "Đà Nẵng"),
        ("ŁÓDŹ – Miasto otworzyło nowy dworzec w poniedziałek", "Łódź"),
        ("LA PAZ — Bolivia's congress approved the budget", "La Paz"),
    ],
)
def test_dateline_day_first_and_wide_capitals(line: str, place: str) -> None:
    found = bare_dateline(line)
    assert found is not None and found.place == place and found.agency == ""


@pytest.mark.parametrize(
    "line",
    [
        "US STOCKS — Wall Street closed higher on Monday",  # a kicker, no place
        "24 ноября 2025 года в городе прошли выборы депутатов",  # no place in capitals
        "EU LEADERS: Summit ends without a deal on the budget",
    ],
)
def test_no_dateline_in_look_alikes(line: str) -> None:
    assert bare_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("ExampleNews. Якутск, 26 ноября. В городе отменили занятия", "Якутск", "ExampleNews"),
        ("NordInfo. Tromsø, 3. März. Die Stadt meldet Schnee", "Tromsø", "NordInfo"),
        ("PortalRU. ОМСК, 5 мая. Власти города сообщили", "Омск", "PortalRU"),
    ],
)
def test_credit_before_place_and_day(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line, ())
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_ordinary_word_before_place_is_no_credit() -> None:
    assert parse_dateline("Berlin. Moskau, 3. März. Die Gespräche gehen weiter", ()) is None


@pytest.mark.parametrize(
    ("line", "place", "outlet", "writer"),
    [
        ("ЧИТА, 25 ноября. /Корр. «Пример» Ольга Ким/. Объем", "Чита", "Пример", "Ольга Ким"),
        ("Омск, 3 мая /Собкорр. ИА «Сибирь» Иван Петров/. Власти", "Омск", "Сибирь", "Иван Петров"),
        ("ТОМСК, 1 июня 2025. /Корр. «Томич» Анна Ли/. Город", "Томск", "Томич", "Анна Ли"),
    ],
)
def test_correspondent_between_slashes(line: str, place: str, outlet: str, writer: str) -> None:
    found = parse_dateline(line, ())
    assert found is not None
    assert (found.place, found.agency, found.writer) == (place, outlet, writer)


@pytest.mark.parametrize(
    ("header", "opener", "source", "author"),
    [
        (
            ["Musterstädter Zeitung", "Lokales", "Wasser wird knapp", "Von Stefanie Vogt"],
            "Swakopmund (sv) – ",
            "Musterstädter Zeitung",
            "Stefanie Vogt",
        ),
        (
            ["Beispiel Anzeiger", "Region", "Neue Regeln im Rathaus", "Von Klaus Maier"],
            "Hanau (km) – ",
            "Beispiel Anzeiger",
            "Klaus Maier",
        ),
        (
            ["Beispiel Anzeiger", "Region", "Neue Regeln im Rathaus", "Von Anna Beate Roth"],
            "Gera (abr) – ",
            "Beispiel Anzeiger",
            "Anna Beate Roth",
        ),
    ],
)
def test_reporter_initials_are_no_agency(
    header: list[str], opener: str, source: str, author: str
) -> None:
    paste = "\n".join([*header, "25. November 2025", opener + DE, DE_MORE, f"© 2025 {source}"])
    art = compose(paste, PROFILES)
    assert art.source == source and art.author == author
    assert art.dateline == opener.split(" (")[0]


def test_agency_credit_in_brackets_still_wins() -> None:
    paste = "\n".join([
        "Beispiel Anzeiger", "Region", "Neue Regeln im Rathaus", "25. November 2025",
        "Hanau (dpa) – " + DE, DE_MORE, "© 2025 Beispiel Anzeiger",
    ])  # fmt: skip
    assert compose(paste, PROFILES).source == "dpa"


@pytest.mark.parametrize(
    ("rubric", "headline", "deck"),
    [
        (
            "Lokales",
            "Küstenstädte rationieren Wasser",
            "Zwei Hafenstädte müssen ab Dezember ihren Verbrauch um ein Sechstel senken und sparen",
        ),
        (
            "Wirtschaft",
            "Werft baut ab",
            "Der Betrieb an der Küste streicht bis zum Sommer zweihundert Stellen in zwei Werken",
        ),
        (
            "Общество",
            "Снег убирают быстрее",
            "Подрядчики обязаны вывозить снег с улиц в течение суток после окончания снегопада",
        ),
    ],
)
def test_short_headline_under_rubric_over_long_deck(rubric: str, headline: str, deck: str) -> None:
    text, more = (RU, RU_MORE) if rubric == "Общество" else (DE, DE_MORE)
    paste = "\n".join(["Beispiel Zeitung", "Politik", "Sport", rubric, headline, deck,
                       "25.11.2025", text, more])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == headline


def test_kicker_over_headline_without_rubric_stays() -> None:
    paste = "\n".join([
        "Beispiel Zeitung", "Politik", "Sport", "Meinung", "Handel",
        "Verkehrswende in Hamburg", "Senat legt nach langem Streit die Bilanz der Radwege vor",
        "25.11.2025", DE, DE_MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Senat legt nach langem Streit die Bilanz der Radwege vor"


@pytest.mark.parametrize(
    ("row", "desk"),
    [
        ("Природа  |  24 ноября 2025, 09:05  |  3 мин", "Природа"),
        ("Umwelt | 24.11.2025, 09:05 | 4 Min. Lesezeit", "Umwelt"),
        ("Nature | November 24, 2025 | 5 min read", "Nature"),
    ],
)
def test_desk_in_stamp_with_reading_time(row: str, desk: str) -> None:
    text, more = (RU, RU_MORE) if desk == "Природа" else (DE, DE_MORE)
    headline = "Вулкан выбросил пепел на высоту восьми километров"
    paste = "\n".join(["Beispiel 24", "Общество", "Экономика", "Спорт", "Видео", row,
                       headline, text, more])  # fmt: skip
    assert compose(paste, PROFILES).section == desk


@pytest.mark.parametrize(
    "line",
    [
        "Оцените материал: 👍 18  👎 3",
        "Rate this article: ★★★★☆ (12)",
        "Для комментирования необходимо авторизоваться.",
        "Zum Kommentieren bitte anmelden.",
        "#ENERGY  #NATURAL GAS  #BLACK SEA",
        "#Якутск #морозы #школы",
        "A platform off the coast, Nov. 18, 2025. (Courtesy of the Energy Ministry)",
        "Die neue Brücke über den Fluss. (Foto mit freundlicher Genehmigung von Example AG)",
    ],
)
def test_widgets_prompts_tags_and_handout_captions(line: str) -> None:
    assert bp.is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Оцените материал: отлично написано",  # a reader's words, not a widget
        "#1 in the region for the third year running, the bank said on Monday.",
        "The minister thanked the donors for their support (courtesy of a long tradition, "
        "she said) and promised that the money would reach the families within weeks.",
    ],
)
def test_look_alikes_stay(line: str) -> None:
    assert not bp.is_boilerplate(line)


@pytest.mark.parametrize(
    "heading",
    ["Главное за сутки", "Популярное за неделю", "Beitrags-Navigation", "Post navigation",
     "Top stories of the day", "Das Wichtigste des Tages"],
)  # fmt: skip
def test_list_headings_end_the_text(heading: str) -> None:
    assert bp.is_footer(heading)


@pytest.mark.parametrize(
    ("credit", "author"),
    [("Текст: Анна Серебрякова", "Анна Серебрякова"), ("Text: Klaus Maier", "Klaus Maier")],
)
def test_text_credit_under_the_text_names_the_author(credit: str, author: str) -> None:
    text, more = (RU, RU_MORE) if "Текст" in credit else (DE, DE_MORE)
    paste = "\n".join(["Beispiel 24", "Новости", "Вулкан выбросил пепел", "24.11.2025",
                       text, more, credit, "Реклама", "Ещё по теме", "Другая новость дня",
                       "Ещё одна новость", "© 2025 Beispiel 24",
                       "Главный редактор: Е. В. Лаптева"])  # fmt: skip
    assert compose(paste, PROFILES).author == author
