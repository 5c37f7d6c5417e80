"""Twenty-fifth blind batch (pasted pages): the first menu item is no logo, a caption with
its credit after a bar is no headline, a contributor's 'Special to X' line is no headline,
an agency's name alone as the byline makes the text the agency's."""

from __future__ import annotations

from app.importers import extract_clipboard
from app.importers.sitename import copyright_owner

EN_PARA = (
    "The city council voted on Tuesday to allow up to six homes on most residential lots, "
    "a change its backers say will add thousands of units over the next decade. "
)
EN_MORE = (
    "Opponents said the rules would do little for prices unless permits came faster, and "
    "asked the council to review the policy after two years. "
)
DE_PARA = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den "
    "Fluss beschlossen, die Arbeiten sollen im kommenden Frühjahr beginnen. "
)


def _paste(*lines: str):  # type: ignore[no-untyped-def]
    [item] = extract_clipboard("\n".join(lines) + "\n")
    return item.article


def test_first_menu_item_named_by_the_trail_is_no_logo() -> None:
    art = _paste(
        "Nordstadt",
        "Umland",
        "Region",
        "Sport",
        "Kultur",
        "Anmelden",
        "Startseite › Lokales › Nordstadt",
        "Nordstadt baut eine neue Brücke über den Fluss",
        "Von Erika Muster",
        "27.11.2025, 17:45 Uhr",
        DE_PARA * 3,
        DE_PARA * 2,
        "Impressum",
        "© Musterblatt Verlag GmbH",
    )
    assert art.source != "Nordstadt"
    assert art.section == "Nordstadt"


def test_contributor_line_and_bar_credited_caption_are_no_headline() -> None:
    headline = "Council approves sixplex rules for most residential lots"
    art = _paste(
        "Canada",
        "World",
        "Business",
        "Opinion",
        "Sports",
        "Subscribe",
        "Canada › British Columbia",
        headline,
        "Jane Roe",
        "Special to The Example Herald",
        "Published November 23, 2025",
        "Houses in a neighbourhood of the city in May | Getty Images",
        EN_PARA * 3,
        EN_MORE * 2,
        "© Copyright 2025 The Example Herald Inc. All rights reserved.",
    )
    assert art.title == headline
    assert art.author == "Jane Roe"
    assert art.section == "British Columbia"
    assert art.source == "The Example Herald"
    assert "Special to" not in art.body and "Getty Images" not in art.body


def test_agency_name_alone_as_byline_is_the_agency() -> None:
    headline = "Rice stockpile falls to lowest level in decades"
    art = _paste(
        headline,
        "KYODO",
        "Nov 21, 2025 | 17:02 JST",
        "Bags of rice at a supermarket in September | Bloomberg",
        "TOKYO – " + EN_PARA * 3,
        EN_MORE * 2,
    )
    assert art.title == headline
    assert art.source == "Kyodo"
    assert art.author == "" and art.section == ""


def test_outlet_after_the_name_and_weekday_stamp_under_the_headline() -> None:
    headline = "Rail operator opens new line to passenger trains"
    art = _paste(
        "Business",
        "World",
        "Opinion",
        "Subscribe",
        "Saturday, November 29, 2025",
        "Home › Business › Economy",
        headline,
        "The first railway on the island is expected to carry two million passengers a year.",
        "Jane Roe (The Example Post)",
        "Northport ● Tue, November 25, 2025",
        "State-owned railway operator PT Example Rail began regular passenger services on "
        "Monday. " + EN_PARA * 2,
        EN_MORE * 2,
        "© 2016 - 2025 PT. Example Media Group",
    )
    assert art.author == "Jane Roe"
    assert art.source == "The Example Post"
    assert art.published is not None and art.published.day == 25


def test_indonesian_company_form_is_no_owner_name() -> None:
    assert copyright_owner("© 2016 - 2025 PT. Example Media Tenggara") == "Example Media Tenggara"
    assert copyright_owner("© 2025 PT Example Media Tbk. All rights reserved.") == "Example Media"
