"""A wire item's agency credit on its own line in capitals under the byline ('By Jane Roe'
over 'THE EXAMPLE PRESS') is the source, neither dateline nor text; a labelled desk under a
desk system's stamp ('Category: National' under 'XP WIRE | NAT | date') beats the stamp's
code; a place alone in capitals under a byline stays the dateline."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with, odt_with

_EN = (
    "HALIFAX — The provincial government will pay for 400 new beds in long-term care homes "
    "under an agreement signed on Monday, the health minister said."
)
_EN2 = (
    "The deal adds about $90 million to the existing programme and aims to cut waiting "
    "lists in rural areas, where families now wait more than a year for a place."
)
_DE = (
    "KIEL — Das Land will bis 2027 rund 400 neue Pflegeplätze schaffen, wie die "
    "Gesundheitsministerin am Montag in der Landeshauptstadt mitteilte."
)
_DE2 = (
    "Die Vereinbarung sieht zusätzliche Mittel von 90 Millionen Euro vor und soll vor allem "
    "die Wartelisten in ländlichen Regionen verkürzen, wo Familien oft lange warten."
)


def test_agency_credit_under_the_byline_and_labelled_desk_under_the_stamp() -> None:
    data = docx_with(
        [
            "XP WIRE  |  NAT  |  Mar 3, 2025  09:10 ET  |  Words: 300",
            "Category: National",
            "Province to fund 400 care beds",
            "By Jane Roe",
            "THE EXAMPLE PRESS",
            _EN,
            _EN2,
        ],
        table=False,
    )
    (art,) = articles_of("wire.docx", data)
    assert art.source == "The Example Press"
    assert art.section == "National"
    assert art.author == "Jane Roe"
    assert art.dateline == "Halifax"
    assert art.body.startswith("HALIFAX —")


def test_german_agency_credit_under_von_byline() -> None:
    data = odt_with(
        [
            "Land schafft 400 Pflegeplätze",
            "Von Erika Muster",
            "NORDDEUTSCHE PRESSE-AGENTUR",
            _DE,
            _DE2,
        ]
    )
    (art,) = articles_of("meldung.odt", data)
    assert art.source.lower() == "norddeutsche presse-agentur"
    assert art.dateline == "Kiel"
    assert "AGENTUR" not in art.body


def test_news_service_credit_in_word() -> None:
    data = docx_with(
        ["Province to fund 400 care beds", "By John Doe", "ATLANTIC NEWS SERVICE", _EN, _EN2],
        table=False,
    )
    (art,) = articles_of("service.docx", data)
    assert art.source == "Atlantic News Service"
    assert "NEWS SERVICE" not in art.body


def test_place_alone_under_the_byline_is_no_credit() -> None:
    text = _EN.replace("HALIFAX — ", "")
    data = docx_with(
        ["Province to fund 400 care beds", "By Jane Roe", "HALIFAX", text, _EN2], table=False
    )
    (art,) = articles_of("placed.docx", data)
    assert art.source != "Halifax"
