"""Press reviews (blind batch 216a): a review whose clippings each end with their source
line under the text ('Source: Outlet, 2 December 2026, Business, p. 41'), one a page under a
cover and a contents list; a credit naming its desk with the medium in brackets ('…, Retail
(online)'). Each test builds its own review."""

from __future__ import annotations

from app.importers.base import Context
from app.importers.docfront import labelled_credit
from app.importers.review import document_items
from app.model import Extracted

from .makers import CYCLE_EN, FARES_EN


def _items(text: str) -> list:
    items = document_items(text, Context(profiles=()), "review.pdf")
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]


_COVER = [
    "Daily Media Review",
    "Tuesday 1 December 2026",
    "Example Energy plc | Press Office",
    "CONTENTS",
    "1. Council backs riverside cycle lane (The Courier)",
    "2 2. Bus fares to rise by six per cent (Evening Post)",
    "3 3. Fares rise angers commuters (Morning Star Gazette)",
    "4",
]


def _clip(headline: str, byline: str, text: tuple[str, ...], credit: str) -> list[str]:
    return [headline, *([byline] if byline else []), *text, credit]


# --- 1. the source line under each clipping's text --------------------------------------


def test_credits_closing_each_clipping_keep_the_first_and_their_own() -> None:
    text = "\n".join(
        [
            *_COVER,
            *_clip(
                "Council backs riverside cycle lane",
                "By Jane Roe",
                CYCLE_EN,
                "Source: The Courier, 1 December 2026, World, p. 7",
            ),
            *_clip(
                "Bus fares to rise by six per cent",
                "By John Doe",
                FARES_EN,
                "Source: Evening Post, 1 December 2026, Politics, p. 3",
            ),
            *_clip(
                "Fares rise angers commuters",
                "",
                FARES_EN[1:],
                "Source: Morning Star Gazette, 30 November 2026, Business, p. 12",
            ),
        ]
    )
    arts = _items(text)
    assert [a.title for a in arts] == [
        "Council backs riverside cycle lane",
        "Bus fares to rise by six per cent",
        "Fares rise angers commuters",
    ]
    assert [a.source for a in arts] == ["The Courier", "Evening Post", "Morning Star Gazette"]
    assert [a.section for a in arts] == ["World", "Politics", "Business"]
    assert [a.published.day for a in arts] == [1, 1, 30]
    assert [a.author for a in arts] == ["Jane Roe", "John Doe", ""]
    assert arts[0].body.startswith("The regional council approved")
    assert not any("Source:" in a.body for a in arts)


def test_credits_opening_each_clipping_still_open_them() -> None:
    # the credit over each headline, the last clipping ending with its text
    text = "\n".join(
        [
            "Daily Media Review",
            "Tuesday 1 December 2026",
            "Source: The Courier, 1 December 2026, World, p. 7",
            "Council backs riverside cycle lane",
            *CYCLE_EN,
            "Source: Evening Post, 1 December 2026, Politics, p. 3",
            "Bus fares to rise by six per cent",
            *FARES_EN,
        ]
    )
    arts = _items(text)
    assert [a.source for a in arts] == ["The Courier", "Evening Post"]
    assert [a.title for a in arts] == [
        "Council backs riverside cycle lane",
        "Bus fares to rise by six per cent",
    ]


# --- 2. a credit's desk named bare before the page, or with its medium -------------------


def test_desk_with_its_medium_in_brackets_is_the_credits_desk() -> None:
    credit = labelled_credit("Source: Trade Weekly, 1 December 2026, Retail (online)")
    assert credit is not None and credit[0].section == "Retail"


def test_a_person_before_the_page_is_no_desk() -> None:
    credit = labelled_credit("Source: Evening Post, 2 December 2026, Jane Roe, p. 29")
    assert credit is not None and credit[0].section == ""


def test_closing_credit_with_desk_and_medium_leaves_the_text() -> None:
    text = "\n".join(
        [
            *_COVER[:3],
            *_clip(
                "Council backs riverside cycle lane",
                "By Jane Roe",
                CYCLE_EN,
                "Source: The Courier, 1 December 2026, Business, p. 7",
            ),
            *_clip(
                "Bus fares to rise by six per cent",
                "By John Doe",
                FARES_EN,
                "Source: Trade Weekly, 30 November 2026, Retail (online)",
            ),
        ]
    )
    arts = _items(text)
    assert [(a.source, a.section) for a in arts] == [
        ("The Courier", "Business"),
        ("Trade Weekly", "Retail"),
    ]
    assert not any("Source:" in a.body for a in arts)


# --- 3. an agency's item among print clippings, under its short wire stamp ----------------


def test_agency_item_under_its_wire_stamp_is_a_clipping_of_its_own() -> None:
    from .makers import CYCLE_DE, FARES_DE

    text = "\n".join(
        [
            "Pressespiegel",
            "Dienstag, 1. Dezember 2026",
            "BEISPIEL-KURIER · 01.12.2026 · S. 5 · POLITIK",
            "Stadt beschließt neuen Radweg am Fluss",
            *CYCLE_DE,
            "dpa-Meldung vom 30.11.2026, 17:42 Uhr",
            "Busfahren wird im März teurer",
            "Hannover (dpa) - " + FARES_DE[0],
            *FARES_DE[1:],
            "BEISPIEL POST · 01.12.2026 · S. 8 · WIRTSCHAFT",
            "Fahrgastverband fordert Preisstopp",
            *FARES_DE[1:],
        ]
    )
    arts = _items(text)
    assert [a.title for a in arts] == [
        "Stadt beschließt neuen Radweg am Fluss",
        "Busfahren wird im März teurer",
        "Fahrgastverband fordert Preisstopp",
    ]
    assert (arts[1].source, arts[1].dateline) == ("dpa", "Hannover")
    assert arts[1].published.hour == 17
    assert "Busfahren" not in arts[0].body


# --- 4. a footer's address row with the body's long name ------------------------------------


def test_footer_row_closing_with_street_and_town_is_chrome() -> None:
    from app.importers.boilerplate import is_boilerplate

    assert is_boilerplate(
        "Bundesministerium für Beispiele, Muster, Proben und Tests · Referat Presse, "
        "Öffentlichkeitsarbeit · Musterstraße 12-14 · 10117 Berlin"
    )
    assert not is_boilerplate(
        "Die Stadt baut den Radweg, die Brücke und den Platz bis zum Sommer · Hauptstraße 12"
    )


# --- 5. a headline wrapped after its verb, a stamp wrapped after its separator ------------


def test_headline_cut_after_its_modal_verb_is_one_headline() -> None:
    from .makers import CYCLE_DE

    clip = [
        "BEISPIEL-KURIER · 01.12.2026 · S. 5 · POLITIK",
        "Radwegeprogramm soll",
        "Bau von Radwegen am Fluss beschleunigen",
        "Von Jana Beispiel",
        *CYCLE_DE,
    ]
    text = "\n".join(["Pressespiegel", *clip, *clip])
    arts = _items(text)
    assert arts[0].title == "Radwegeprogramm soll Bau von Radwegen am Fluss beschleunigen"
    assert arts[0].author == "Jana Beispiel"


def test_verb_last_headline_is_not_joined_with_the_line_under_it() -> None:
    from app.importers.compose import _MODAL_CUT

    assert _MODAL_CUT.match("Die Stadt will")
    assert not _MODAL_CUT.match("Was Europa tun muss")
    assert not _MODAL_CUT.match("Wer Kanzler wird")


def test_stamp_wrapped_after_its_separator_keeps_its_desk_and_outlet() -> None:
    from .makers import CYCLE_DE, FARES_DE

    text = "\n".join(
        [
            "Pressespiegel",
            "Dienstag, 1. Dezember 2026",
            "BEISPIEL-KURIER · 01.12.2026 · S. 7 ·",
            "NORDRHEIN-WESTFALEN",
            "Stadt beschließt neuen Radweg am Fluss",
            *CYCLE_DE,
            "BEISPIEL POST · 01.12.2026 · S. 8 · WIRTSCHAFT",
            "Fahrgastverband fordert Preisstopp",
            *FARES_DE,
        ]
    )
    arts = _items(text)
    assert [(a.source, a.section) for a in arts] == [
        ("Beispiel-Kurier", "Nordrhein-Westfalen"),
        ("Beispiel Post", "Wirtschaft"),
    ]


def test_hyphened_rubric_in_capitals_keeps_each_part_capitalised() -> None:
    from app.importers.casing import cased_section

    assert cased_section("BADEN-WÜRTTEMBERG") == "Baden-Württemberg"
    assert cased_section("SPORT UND FREIZEIT") == "Sport und Freizeit"
    assert cased_section("СЕВЕРО-ЗАПАД") == "Северо-запад"


# --- 6. a field's dash for its empty value ---------------------------------------------


def test_dash_for_an_empty_rubric_is_no_section() -> None:
    from app.importers.sections import stated_section

    assert stated_section("Рубрика: —") == ""
    assert stated_section("Ressort: -") == ""
    assert stated_section("Рубрика: Новости") == "Новости"


def test_field_block_day_with_the_minute_opens_no_item_of_its_own() -> None:
    from .makers import CYCLE_DE, FARES_DE

    def block(outlet: str, day: str, head: str, text: list[str]) -> list[str]:
        return [f"Medium: {outlet}", f"Datum: {day}", head, *text]

    text = "\n".join(
        [
            "Pressespiegel",
            *block("Beispiel-Kurier", "01.12.2026", "Stadt beschließt Radweg", [*CYCLE_DE]),
            *block(
                "dpa Landesdienst",
                "01.12.2026, 14:22 Uhr",
                "Busfahren wird teurer",
                ["Hannover (dpa) - " + FARES_DE[0], *FARES_DE[1:]],
            ),
            *block("Beispiel Post", "01.12.2026", "Fahrgäste fordern Preisstopp", [*FARES_DE]),
        ]
    )
    arts = _items(text)
    assert [a.title for a in arts] == [
        "Stadt beschließt Radweg",
        "Busfahren wird teurer",
        "Fahrgäste fordern Preisstopp",
    ]


# --- 7. a review's topic headings in plain case between its clippings ----------------------


def test_topic_headings_between_clippings_are_no_authors() -> None:
    from .makers import CYCLE_DE, FARES_DE

    def clip(outlet: str, head: str, author: str, text: list[str]) -> list[str]:
        return [f"{outlet} · 01.12.2026 · S. 5 · POLITIK", head, f"Von {author}", *text]

    text = "\n".join(
        [
            "Pressespiegel",
            "Verkehr und Umwelt",
            *clip("BEISPIEL POST", "Stadt beschließt Radweg", "Jana Beispiel", [*CYCLE_DE]),
            "Öffentlicher Verkehr",
            *clip("MUSTER ZEITUNG", "Busfahren wird teurer", "Jonas Muster", [*FARES_DE]),
            "Nahverkehr Land",
            *clip("BEISPIEL BOTE", "Fahrgäste fordern Preisstopp", "Erika Probe", [*FARES_DE]),
        ]
    )
    arts = _items(text)
    assert [a.author for a in arts] == ["Jana Beispiel", "Jonas Muster", "Erika Probe"]
    assert not any(a.body.endswith(("Öffentlicher Verkehr", "Nahverkehr Land")) for a in arts)
