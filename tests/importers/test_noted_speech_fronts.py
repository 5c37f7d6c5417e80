"""A speech manuscript without a speech label whose front ends in its delivery note or its
occasion line ('Check against delivery', 'Address to …', 'Rede vor …'): the speaker is the
name over its role, the day the place-and-day line's, the running head 'Issuer | Series'
the issuer and the section; a report whose first lines merely name a person is left."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with, docx_with_header, odt_with

_EN = (
    "Thank you for having me here tonight. I want to speak about harbour fees and what they "
    "mean for the prices that households in the region pay every week."
)
_EN2 = (
    "Over the past decade the fees have risen faster than wages, and the board has asked "
    "what can be done to bring them back in line with the cost of running the port."
)
_DE = (
    "Sehr geehrte Damen und Herren, ich danke Ihnen für die Einladung und freue mich, heute "
    "über die Zukunft der Häfen in unserer Region sprechen zu dürfen."
)
_DE2 = (
    "In den vergangenen Jahren sind die Gebühren schneller gestiegen als die Löhne, und der "
    "Vorstand hat gefragt, wie sie wieder mit den Kosten des Betriebs in Einklang kommen."
)


def test_running_head_speaker_role_occasion_day_and_note_in_word() -> None:
    data = docx_with_header(
        "Northland Harbour Board | Speeches",
        [
            "Harbour Fees, Wages and Prices",
            "Jane Roe, Deputy Chair (Operations)",
            "Address to the Northport Chamber of Commerce Annual Dinner",
            "Northport – 4 March 2025",
            "Check against delivery",
            _EN,
            _EN2,
        ],
    )
    (art,) = articles_of("talk.docx", data)
    assert art.title == "Harbour Fees, Wages and Prices"
    assert (art.author, art.source, art.section) == (
        "Jane Roe",
        "Northland Harbour Board",
        "Speeches",
    )
    assert art.published is not None and (art.published.month, art.published.day) == (3, 4)
    assert art.body.startswith("Thank you for having me")
    assert "Check against" not in art.body and "Deputy Chair" not in art.body


def test_german_front_without_note_ends_in_its_occasion_line() -> None:
    data = odt_with(
        [
            "Häfen im Wandel",
            "Dr. Erika Muster, Senatorin für Wirtschaft",
            "Rede vor dem Hafenverband Nord",
            _DE,
            _DE2,
        ]
    )
    (art,) = articles_of("rede.odt", data)
    assert art.title == "Häfen im Wandel"
    assert art.author.endswith("Erika Muster")
    assert art.body.startswith("Sehr geehrte Damen")


def test_note_first_and_day_under_it() -> None:
    data = docx_with(
        [
            "Check against delivery",
            "Ports and Prices",
            "John Doe, Minister for Transport",
            "Remarks at the Port Users Forum",
            "Eastbay, 12 May 2025",
            _EN,
            _EN2,
        ],
        table=False,
    )
    (art,) = articles_of("remarks.docx", data)
    assert art.author == "John Doe"
    assert art.body.startswith("Thank you for having me")
    assert "Port Users Forum" not in art.body


def test_report_naming_a_person_over_its_text_is_no_speech() -> None:
    data = docx_with_header(
        "Northland Harbour Board | Annual Report",
        ["Harbour Fees, Wages and Prices", "Jane Roe, Deputy Chair (Operations)", _EN, _EN2],
    )
    (art,) = articles_of("report.docx", data)
    assert art.section != "Annual Report"
    assert "Annual Report" not in art.source
