"""A topic label over the headline that the topic links under the text repeat, a caption
under its credit above the header, a byline's job or desk after the comma, a bracketed
programme after the name on the stamp line, the h1 (kicker and headline) repeated over the
text, a rubric between the header bar's date and the headline, an authority's accessibility
links under its logo, and chrome between and under paragraphs (comments button and policy,
podcast and app ads, language versions, footer link rows, related publications)."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line, stamp_byline

_TEXT = (
    "The city council approved the new tram line on Tuesday after a debate that lasted "
    "well into the evening, with most members backing the plan.\n"
    "Work on the first section is due to begin next spring, and the line should open to "
    "passengers within three years, the council said.\n"
)


def _one(text: str):
    return extract("clip.txt", text.encode())[0].article


def test_topic_label_over_the_headline_is_the_section_not_an_author() -> None:
    art = _one(
        "Northport Today\nHome\nTopics\nVideos\nNewsletter\n"
        "Photo: © Northport/Jane Roe\n"
        "Passengers wait for a tram at the central station in Northport.\n"
        "24 November 2025\nUrban Transport\n"
        "Council backs new tram line despite cost worries\n"
        f"{_TEXT}Topics: Urban Transport · Budget\n"
    )
    assert art.title == "Council backs new tram line despite cost worries"
    assert art.section == "Urban Transport"
    assert art.author == ""
    assert "Passengers wait" not in art.lead and art.body.startswith("The city council")


def test_standfirst_under_a_credit_below_the_headline_stays_the_lead() -> None:
    art = _one(
        "Northport Today\nHome\nCouncil backs new tram line despite cost worries\n"
        "Photo: Northport/Jane Roe\n"
        "The city wants the first trams running within three years, whatever the cost.\n"
        "24 November 2025 10:15\n"
        f"{_TEXT}"
    )
    assert art.lead.startswith("The city wants")


def test_job_or_desk_after_the_comma_is_not_part_of_the_name() -> None:
    assert author_of_line("By Jane Roe, Health Editor") == "Jane Roe"
    assert author_of_line("Von Anna Berger, ARD-Hauptstadtstudio") == "Anna Berger"
    assert author_of_line("By Jane Roe, Berlin Bureau") == "Jane Roe"
    assert author_of_line("By Jane Roe, Tom Price") == "Jane Roe, Tom Price"
    art = _one(
        "Northport Today\nHome\nCouncil backs new tram line despite cost worries\n"
        f"Jane Roe, Chief Political Correspondent\n24 November 2025 7:00pm GMT\n{_TEXT}"
    )
    assert art.author == "Jane Roe"


def test_programme_in_brackets_after_the_name_on_the_stamp_line() -> None:
    assert stamp_byline("26 ноября 2025 09:47 · Мария Петрова (Радио 4)") == "Мария Петрова"


def test_kicker_and_headline_printed_over_the_text_are_not_body() -> None:
    from app.importers.compose import Hints, compose

    art = compose(
        f"Tramway Council backs new tram line despite cost worries\n{_TEXT}",
        (),
        Hints(title="Council backs new tram line despite cost worries"),
    )
    assert art.body.startswith("The city council")


def test_rubric_between_the_header_date_and_the_headline() -> None:
    art = _one(
        "Northport Today\nWorld\nSport\nCulture\nSubscribe\nLog in\n"
        "Saturday, 29 November 2025\nHarbourside\n"
        "Council backs new tram line despite cost worries\nNPA\n"
        f"24 November 2025 13:20\n{_TEXT}"
    )
    assert art.section == "Harbourside"


def test_accessibility_links_under_an_authoritys_logo() -> None:
    art = _one(
        "Bundesamt für Beispiele\nFür Mensch und Umwelt\nLeichte Sprache\nGebärdensprache\n"
        "English\nPresse\nPressemitteilung Nr. 4/2025\n"
        "Neue Straßenbahn: Rat stimmt zu\n21.11.2025\n"
        "Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen. Die Debatte "
        "dauerte bis in den Abend, die meisten Mitglieder stimmten für den Plan.\n"
        "Die Arbeiten am ersten Abschnitt sollen im kommenden Frühjahr beginnen.\n"
    )
    assert art.source == "Bundesamt für Beispiele"


def test_chrome_between_and_under_paragraphs() -> None:
    for line in (
        "Show comments",
        "Kommentare anzeigen",
        "The Northport Post values your comments but kindly requests all posts are on topic.",
        "Listen to our podcast: The Tram Hour",
        "Download the Northport News app for your iOS or Android devices.",
        "Эта новость на других языках: RO · EN",
        "Northport News Centre · Copyright · Fraud alert · Privacy notice · Terms of use",
        "The views expressed in this Commentary are the author’s, and do not represent "
        "those of the institute.",
        "Verwandte Publikationen",
        "Related publications",
    ):
        assert is_boilerplate(line), line
    for line in (
        "The council values your comments on the plan, the mayor said in a letter to residents.",
        "Listen to the podcast the mayor recorded, residents were told at the meeting.",
        "Trams · Buses · Ferries · Bicycles",
    ):
        assert not is_boilerplate(line), line
