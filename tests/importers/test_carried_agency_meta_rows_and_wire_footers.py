"""A portal carrying an agency's copy: the labelled source under the headline ("Source:
Example News") is the source and no standfirst, the byline after the text ("By Name,
Example News reporter") the author; the wire's footer (desk mail, disclaimers, a broker's
legal line, a related-stocks box, an office's other releases, an English postal address)
is boilerplate; a meta row opened by its place ("Town/Country | date | ABC | Rubric")
gives the dateline and a stamp's credit in capitals ("date | ABC") none; zones such as
"AMT" date the stamp; a standfirst over a described, credited caption is the lead; a logo
in a service's name is the source (invented pastes)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.importers import boilerplate as bp
from app.importers.agency import release_place
from app.importers.dates import find_dates
from tests.importers.makers import articles_of

_BODY = (
    "The second paragraph carries on with the story and has enough words to be the running "
    "text of the article, not a caption or a menu entry of the page.\n"
    "A third paragraph closes the report with some more words about what happens next and "
    "when the work is expected to end.\n"
)
_LEAD = (
    "Example Water PLC on Tuesday reported a sharp rise in first-half profit as higher "
    "customer bills fed through, the company said in a statement to the exchange."
)


@pytest.mark.parametrize(
    ("label", "source"),
    [
        ("Source: Example Wire News", "Example Wire News"),
        ("Quelle: Beispiel Presse", "Beispiel Presse"),
        ("SOURCE: Interfax-Example", "Interfax-Example"),
    ],
)
def test_labelled_source_under_headline_is_the_source(label: str, source: str) -> None:
    paste = (
        "example portal\nLog in\nMarkets\nNews\nHome > News > Company news\nCompany news\n"
        "Example Water lifts first-half profit\nTue 25 Nov 2025 10:41\n"
        f"{label}\n{_LEAD}\n{_BODY}"
    )
    art = articles_of("paste.txt", paste.encode())[0]
    assert art.source == source
    assert art.lead == ""
    assert art.body.startswith("Example Water PLC")


@pytest.mark.parametrize("label", ["Source: Pressemitteilung", "Source: Example Images"])
def test_document_kind_or_image_bank_label_is_no_source(label: str) -> None:
    paste = (
        "example portal\nLog in\nMarkets\nNews\nHome > News > Company news\nCompany news\n"
        "Example Water lifts first-half profit\nTue 25 Nov 2025 10:41\n"
        f"A pumping station by the river.\n{label}\n{_LEAD}\n{_BODY}"
    )
    assert articles_of("paste.txt", paste.encode())[0].source != label.split(": ")[1]


@pytest.mark.parametrize(
    "byline",
    ["By Jane Roe, Example Wire reporter", "Von Anna Berger", "BY JOHN DOE"],
)
def test_closing_by_byline_is_the_author(byline: str) -> None:
    paste = (
        f"Example Water lifts first-half profit\n25.11.2025 10:41\n{_LEAD}\n{_BODY}{byline}\n"
        "Copyright 2025 Example Wire Ltd. All Rights Reserved.\n"
    )
    art = articles_of("paste.txt", paste.encode())[0]
    assert art.author in {"Jane Roe", "Anna Berger", "John Doe"}
    assert byline not in art.body


def test_closing_staff_by_line_names_no_author() -> None:
    paste = (
        f"Example Water lifts first-half profit\n25.11.2025 10:41\n{_LEAD}\n{_BODY}"
        "By Example Wire Staff\n"
    )
    assert articles_of("paste.txt", paste.encode())[0].author == ""


@pytest.mark.parametrize(
    "line",
    [
        "Comments and questions to desk@example.com",
        "Hinweise und Fragen an redaktion@example.de",
        "Вопросы и замечания: news@example.ru",
        "Related stocks: Example Water (EXW)",
        "Erwähnte Werte: Beispiel AG",
        "These articles are provided for information purposes only. The content is not "
        "intended to be a personal recommendation to buy or sell any instrument.",
        "Dieser Beitrag dient ausschließlich Informationszwecken und ist keine Anlageberatung.",
        "Данный материал носит исключительно информационный характер.",
        "Example Invest Ltd, registered in England and Wales (01234567). Authorised and "
        "regulated by the Financial Conduct Authority.",
        "Example News Service, Example House, 16 Example Crescent, London W1 1AA",
        "Example Press Office, 200 Main Street, Springfield, IL 62701",
        "Example Trust · 5 Harbour Road · Dublin D02 X285",
    ],
)
def test_wire_footer_lines_are_boilerplate(line: str) -> None:
    assert bp.is_boilerplate(line) or bp.is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "The bank said questions to the regulator remained open after the meeting.",
        "The firm is regulated by the central bank and said profits rose in the quarter.",
        "The information is provided by the ministry for the first time this year.",
        "He grew up at 16 Example Crescent, London W1 1AA, with his two brothers.",
    ],
)
def test_look_alike_sentences_stay(line: str) -> None:
    assert not (bp.is_boilerplate(line) or bp.is_footer(line))


@pytest.mark.parametrize(
    "heading", ["Weitere Pressemitteilungen", "More press releases", "Другие пресс-релизы"]
)
def test_other_releases_heading_ends_the_text(heading: str) -> None:
    assert bp.is_footer(heading)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Beispielstadt/Deutschland | 24.11.2025 | ABC | Soziales", "Beispielstadt/Deutschland"),
        ("Lyon · 24.11.2025 · AFP", "Lyon"),
        ("Казань | 24 ноября 2025 | ТАСС", "Казань"),
        # a rubric or a weekday before the date is no place
        ("Politik | 24.11.2025 | ABC", ""),
        ("Montag | 24.11.2025", ""),
        ("Wirtschaft | 25.11.2025 | 10:30", ""),
    ],
)
def test_meta_row_opened_by_its_place(line: str, place: str) -> None:
    assert release_place(line) == place


def test_stamp_credit_in_capitals_is_no_dateline() -> None:
    paste = (
        "XYZ Example Press Service\nStartseite\nNachrichten\nSuche\n"
        "Nachrichten > International\nHilfswerk verteilt Winterhilfe in der Region\n"
        "24.11.2025 | XYZ\n"
        "Das Hilfswerk unterstützt in diesem Winter rund 6.000 Menschen in der Region mit "
        "Heizmaterial und warmer Kleidung, teilte die Organisation am Montag mit.\n"
        "Der zweite Absatz erzählt weiter und hat genug Wörter, um als Text des Artikels zu "
        "gelten, nicht als Bildunterschrift oder Menüeintrag.\n"
    )
    assert articles_of("paste.txt", paste.encode())[0].dateline == ""


@pytest.mark.parametrize(
    ("stamp", "hours"),
    [
        ("November 27, 2025 - 14:25 AMT", 4),
        ("25.11.2025 10:00 YEKT", 5),
        ("24 Nov 2025 09:00 EAT", 3),
    ],
)
def test_regional_zone_abbreviations(stamp: str, hours: int) -> None:
    when = find_dates(stamp)[0].value
    assert when.utcoffset() == timedelta(hours=hours)


@pytest.mark.parametrize(
    "stamp", ["November 27, 2025 - 2:25 PM", "25.11.2025 um 10:00 Amt für Statistik"]
)
def test_look_alike_zones_stay_naive(stamp: str) -> None:
    assert find_dates(stamp)[0].value.tzinfo is None


@pytest.mark.parametrize(
    "caption",
    [
        "Cows on a farm in the valley. (Photo: example.ch)",
        "Cows grazing on a farm above the lake. Photo: Example Dairy Board",
        "A milking parlour on a family farm [Picture: Example Farmers' Union]",
    ],
)
def test_standfirst_over_described_credited_caption(caption: str) -> None:
    standfirst = (
        "The dairy board keeps the guide price for milk unchanged for the first quarter. "
        "Farmers had asked for more."
    )
    paste = (
        "EXAMPLE.CH\nHome\nNews\nMarket\nMarket\nGuide price for milk stays unchanged\n"
        f"20.11.2025\n{standfirst}\n{caption}\n{_LEAD}\n{_BODY}"
    )
    art = articles_of("paste.txt", paste.encode())[0]
    assert art.lead == standfirst
    assert art.body.startswith("Example Water PLC")


def test_service_named_logo_over_menu_is_the_source() -> None:
    paste = (
        "Example Church News Service\nHome\nNews\nProvinces\nSearch\nHome › News › Africa\n"
        "Africa\nChurch trains farmers to cope with drought\nPosted on: November 20, 2025\n"
        f"By Jane Roe\n{_LEAD}\n{_BODY}© 2025 Example Consultative Council\n"
    )
    assert articles_of("paste.txt", paste.encode())[0].source == "Example Church News Service"
