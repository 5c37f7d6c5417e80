"""Agency pastes (blind batch 75 leftovers): a news service's 'Place: (credit/EDITOR)'
opener and a wire's '(ACR) Text' credit without a dash give the dateline; a "Story
Highlights" box's points that restate the text are the standfirst; a caption under its
'Photo: Name' credit, a release's 'About X' box and an agency's 'Name - street, town'
footer are no text; an arrow trail's deepest crumb of two names is one section."""

from __future__ import annotations

from app.importers.agency import parse_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.compose import compose
from app.importers.profiles import default_profiles
from app.importers.sections import section_of_line
from tests.importers.makers import NEWS_MORE, NEWS_TEXT


def test_a_colon_after_the_place_and_a_credit_with_the_editors_capitals() -> None:
    found = parse_dateline("Bonn: (pn/KLM) Der Ausschuss hat am Mittwoch beschlossen.", ())
    assert found is not None and (found.place, found.agency) == ("Bonn", "pn")
    assert parse_dateline("Hinweis: (Archiv) Der Text stammt aus dem Jahr 2019.", ()) is None


def test_a_wire_credit_in_capitals_opens_the_text_under_a_caption() -> None:
    text = (
        "Example Agency\nHome\nEconomy\nTown plans a new tram line\n2025-11-26 09:15:33\n"
        "The old depot in the north of the town.\n"
        f"(EXA) {NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    art = compose(text, default_profiles())
    assert art.source == "EXA"
    assert art.body.startswith("(EXA) The city council")
    assert "old depot" not in art.body
    update = "(UPDATE) The council met again on Tuesday to vote on the plan."
    assert parse_dateline(update, ()) is None


def test_highlights_that_restate_the_text_are_the_standfirst() -> None:
    text = (
        "Town plans a new tram line\nBy: Jane Roe, November 27, 2025\nStory Highlights\n"
        "The council approved a tram network plan for the next decade.\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    art = compose(text, default_profiles())
    assert art.body.startswith("The city council approved")
    assert "tram network plan" in art.lead


def test_a_caption_under_its_labelled_photo_credit_is_no_text() -> None:
    text = (
        f"Town plans a new tram line\nBy Jane Roe\n{NEWS_TEXT}\nPhoto: John Doe\n"
        f"Workers laying tracks in the northern district.\n{NEWS_MORE}\n"
    )
    art = compose(text, default_profiles())
    assert "Workers laying" not in art.body and "financed by a mix" in art.body


def test_a_releases_about_box_and_an_agencys_dashed_address_are_no_text() -> None:
    text = (
        f"Stadtwerke bauen neue Ladepunkte\n{NEWS_TEXT}\n{NEWS_MORE}\n"
        "Über Beispiel Energie GmbH\nDie Beispiel Energie GmbH betreibt Netze in der Region.\n"
    )
    art = compose(text, default_profiles())
    assert "Über Beispiel" not in art.body and "betreibt Netze" not in art.body
    files = f"{NEWS_TEXT}\n{NEWS_MORE}\nDownloads\nBeschluss des Stadtrats (PDF, 210 KB)\n"
    assert "Beschluss" not in compose(f"Neue Ladepunkte\n{files}", default_profiles()).body
    blurb = (
        "Example News Agency (ENA) is the country's national news agency. Plot 4, Main "
        "Street, Central District, Capital."
    )
    assert is_boilerplate(blurb)
    assert is_boilerplate("Example Presse - 7 Avenue Victor Hugo, 2092 El Manar, Tunis")


def test_an_arrow_trails_last_crumb_of_two_names_is_one_section() -> None:
    assert section_of_line("Startseite > Meldungen > Energie / Umwelt") == "Energie / Umwelt"
    text = (
        "Startseite > Meldungen > Energie / Umwelt\nAnsprechpartner\nEnergie / Umwelt\n"
        f"Stadtwerke bauen neue Ladepunkte\n{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    assert compose(text, default_profiles()).section == "Energie / Umwelt"
