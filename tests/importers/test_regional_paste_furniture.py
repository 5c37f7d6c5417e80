"""Regional sites' pasted furniture (blind batch 163).

- A register nag over the text ("You can save this article by registering for free here")
  is chrome, not the text's first paragraph.
- A caption's sentence closed by a bare "Picture X" credit (the Australian papers' style) or
  by its source in brackets ("… (Source: Example News)") is a caption, never the title or
  the text.
- A byline naming the wire after a bar ("Jane Roe | Example Associated Press") is the
  reporter's byline.
- A print issue's stamp under the text ("Erschienen in Ausgabe 24/2025 vom 04.12.2025")
  dates the story when nothing over the headline does.
- A breadcrumb pasted one crumb a line with its arrows on lines of their own ("News" / "›" /
  "Town" / kicker / headline) ends at the crumb under the last arrow: that is the section,
  the line under it a kicker.
- A broadcaster's © notice under the logo of its news brand, which the gazetteer lists as
  the broadcaster's, leaves the logo the source.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.byline import name_with_outlet
from app.importers.outlets import Gazetteer, Outlet
from app.importers.sections import lined_arrow_trail
from tests.importers.makers import article_of

_EN = (
    "The regional council approved a new funding plan for rural bus routes on Tuesday, "
    "promising more frequent services to the valley towns from next spring."
)
_EN2 = (
    "Councillors said the plan would cost about four million dollars a year and would be "
    "reviewed after eighteen months of operation."
)
_DE = (
    "Der Gemeinderat hat am Dienstag einen neuen Plan für die Buslinien im Tal beschlossen, "
    "ab dem kommenden Frühjahr sollen die Busse häufiger fahren."
)
_DE2 = (
    "Die Kosten werden mit rund vier Millionen Euro im Jahr beziffert, nach achtzehn Monaten "
    "soll das Angebot überprüft werden."
)
_RU = (
    "Власти района утвердили новый план работы автобусных маршрутов во вторник, с весны "
    "автобусы будут ходить в долину чаще."
)
_RU2 = (
    "По словам депутатов, план обойдется примерно в четыре миллиона рублей в год и будет "
    "пересмотрен через полтора года."
)


# --- the register nag -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "You can save this article by registering for free here. Or sign-in if you have an "
        "account.",
        "Save this story by creating a free account.",
        "Sie können diesen Artikel merken, wenn Sie sich kostenlos registrieren.",
        "Чтобы сохранить статью, зарегистрируйтесь или войдите.",
    ],
)
def test_register_nag_is_chrome(line: str) -> None:
    assert is_boilerplate(line)


def test_a_sentence_about_saving_stays() -> None:
    assert not is_boilerplate("You can save money by registering your car before March.")


def test_register_nag_is_not_the_first_paragraph() -> None:
    art = article_of(
        "\n".join(
            [
                "Example Valley Herald",
                "News",
                "Politics",
                "Council backs new rural bus plan",
                "Published Nov 29, 2025",
                "You can save this article by registering for free here. Or sign-in if you "
                "have an account.",
                _EN,
                _EN2,
            ]
        )
    )
    assert art.title == "Council backs new rural bus plan"
    assert art.body.startswith("The regional council approved")


# --- captions: "Picture X" after the sentence, "(Source: X)" --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Residential building activity has slowed in the outer suburbs. Picture AAP",
        "The new ferry arrives at the harbour on Friday. Picture supplied",
        "Students at the opening of the new library. Picture by Jane Roe",
        "Farmers have begun moving stock to higher paddocks. (Source: Example News)",
        "Die neue Fähre im Hafen von Beispielstadt. (Quelle: Beispiel TV)",
        "Паром у причала в порту Примерного. (Источник: Пример ТВ)",
    ],
)
def test_caption_credits(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Picture Perfect",
        "Picture the scene: hundreds of people queueing in the rain for a bus.",
        # a paragraph of running text with its figure's source is no caption
        "Unemployment rose to 5.2 per cent in the three months to September, the highest "
        "level in four years, with youth unemployment rising fastest. (Source: Example "
        "Statistics)",
    ],
)
def test_caption_look_alikes(line: str) -> None:
    assert not is_caption(line)


def test_picture_caption_is_not_the_title() -> None:
    art = article_of(
        "\n".join(
            [
                "Subscribe",
                "The Example Chronicle",
                "News",
                "National",
                "National",
                "Bus routes to valley towns get funding boost",
                "Jane Roe | Example Associated Press",
                "December 4 2025 - 12:48pm",
                "The valley's buses will run every half hour. Picture AAP",
                _EN,
                _EN2,
            ]
        )
    )
    assert art.title == "Bus routes to valley towns get funding boost"
    assert art.author == "Jane Roe"
    assert art.body.startswith("The regional council approved")


# --- "Name | Wire" bylines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Jane Roe | Example Associated Press", ("Jane Roe", "Example Associated Press")),
        ("Max Muster | Beispiel Nachrichtenagentur", ("Max Muster", "Beispiel Nachrichtenagentur")),
        (
            "Иван Петров | Информационное агентство Пример",
            ("Иван Петров", "Информационное агентство Пример"),
        ),
        ("Jane Doe (The Example Post)", ("Jane Doe", "The Example Post")),
    ],
)
def test_name_with_wire_after_bar(line: str, want: tuple[str, str]) -> None:
    assert name_with_outlet(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "Latest Stories | Example Press Agency",  # a list's heading, no person
        "Jane Roe | The Example Times",  # after a bar only a wire
        "Politics | Example Press",
    ],
)
def test_bar_look_alikes(line: str) -> None:
    assert name_with_outlet(line) is None


# --- the print issue's stamp under the text ---------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "text", "want"),
    [
        ("Erschienen in Ausgabe 24/2025 vom 04.12.2025", [_DE, _DE2], datetime(2025, 12, 4)),
        ("Published in issue 12/2025 of 3 March 2025", [_EN, _EN2], datetime(2025, 3, 3)),
        ("Опубликовано в номере 45/2025 от 12.11.2025", [_RU, _RU2], datetime(2025, 11, 12)),
    ],
)
def test_issue_stamp_under_the_text_dates_it(stamp: str, text: list[str], want: datetime) -> None:
    art = article_of(
        "\n".join(
            [
                "Beispiel Wind",
                "Abo",
                "Kontakt",
                "Startseite / Aktuelle Ausgabe / Tal",
                "Buslinien im Tal werden ausgebaut",
                *text,
                "Text: Anna Beispiel",
                stamp,
                "0 Kommentare",
            ]
        )
    )
    assert art.published == want


def test_a_town_after_erschienen_is_no_stamp() -> None:
    from app.importers.compose import _FOOT_PUBLISHED

    assert not _FOOT_PUBLISHED.match("Erschienen in Beispielstadt ist das Buch 2025")


# --- a trail pasted one crumb a line, its arrows alone ------------------------------------


@pytest.mark.parametrize(
    ("crumbs", "want"),
    [
        (["News", "›", "Beispielstadt", "Straßenbahn"], "Beispielstadt"),
        (["Home", ">", "Region", ">", "Valley Towns", "Buses"], "Valley Towns"),
        (["Новости", "→", "Район", "Транспорт"], "Район"),
    ],
)
def test_lined_arrow_trail(crumbs: list[str], want: str) -> None:
    lines = ["Example TV", "Live", "News", "Weather", "Home", "Новости", *crumbs, "Headline here"]
    assert lined_arrow_trail(lines, len(lines) - 1) == want


def test_lined_arrow_trail_unanchored_or_far() -> None:
    # the first crumb is nowhere in the chrome above
    lines = ["Example TV", "Live", "Weather", "Somewhere", "›", "Town", "Kicker", "Headline"]
    assert lined_arrow_trail(lines, len(lines) - 1) == ""
    # no arrow alone: a stacked menu, no trail
    lines = ["Example TV", "News", "Weather", "News", "Town", "Kicker", "Headline"]
    assert lined_arrow_trail(lines, len(lines) - 1) == ""


def test_lined_trail_kicker_is_not_the_section() -> None:
    art = article_of(
        "\n".join(
            [
                "Beispiel TV – Dein Fernsehen im Tal",
                "Live-TV",
                "News",
                "Wetter",
                "News",
                "›",
                "Beispielstadt",
                "Buslinien",
                "Beispielstadt: Neue Buslinien ins Tal ab Frühjahr",
                "28.11.2025",
                _DE,
                _DE2,
            ]
        )
    )
    assert art.section == "Beispielstadt"


# --- a broadcaster and its news brand --------------------------------------------------

_GAZ = Gazetteer(
    [
        Outlet(
            name="Spot News", hosts=("spotnews.example",), aliases=(), group="Example Broadcasting"
        ),
        Outlet(name="Example Broadcasting", hosts=("exb.example",), aliases=()),
    ]
)


def test_owned_by() -> None:
    assert _GAZ.owned_by("Spot News", "Example Broadcasting")
    assert not _GAZ.owned_by("Spot News", "Other Media")
    assert not _GAZ.owned_by("Example Broadcasting", "Example Broadcasting")
