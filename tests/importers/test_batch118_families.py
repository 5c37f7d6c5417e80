"""Blind batch 118's families: a caption closing with its credit after a bar ("PHOTO |
FILE") or with the photographer's e-mail address is no headline; a text-to-speech player's
chrome; the published time a page states only at its foot ("This story was originally
published …"); a translator's credit ("Übersetzt von: …") over a translation; a labelled
outlet's domain after a comma; a reader's note over a rule above a pasted clipping; the
particles inside a city's name in capitals ("DAR ES SALAAM")."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.agency import normalise_place
from app.importers.boilerplate import is_boilerplate
from app.importers.docfront import without_addition
from tests.importers.makers import article_of, docx_with, odt_with

_TEXT = (
    "The regional council approved the budget for the new ferry terminal on Thursday after a "
    "debate that lasted well into the evening, with two members voting against it.\n"
    "Construction is expected to begin next spring and should take about two years, the "
    "council said in a statement issued after the vote.\n"
)


def test_caption_with_bar_credit_over_the_text_is_not_the_title() -> None:
    art = article_of(
        "Harbour Courier\n"
        "Home  /  News\n"
        "Council backs new ferry terminal\n"
        "Jane Roe\n"
        "November 25, 2025 at 10:12 am\n"
        "Passengers boarding a ferry at the old terminal. PHOTO | FILE\n" + _TEXT
    )
    assert art.title == "Council backs new ferry terminal"
    assert art.body.startswith("The regional council approved")


def test_caption_with_photographer_email_is_not_the_title() -> None:
    art = article_of(
        "Bay Tribune\n"
        "Ferry terminal wins council backing after long debate\n"
        "By Jane Roe\n"
        "Updated November 19, 2025 6:48 PM\n"
        "Passengers wait at the old ferry terminal on Tuesday, Nov. 18, 2025. John Doe "
        "jdoe@baytribune.example\n" + _TEXT
    )
    assert art.title == "Ferry terminal wins council backing after long debate"


def test_caption_with_foto_slash_credit_de() -> None:
    art = article_of(
        "Kurier Nord\n"
        "Stadtrat billigt neues Fährterminal\n"
        "Anna Muster\n"
        "25.11.2025, 10:12 Uhr\n"
        "Fahrgäste am alten Terminal im Hafen. FOTO / Max Beispiel\n"
        "Der Stadtrat hat am Donnerstag den Bau des neuen Fährterminals gebilligt, nachdem "
        "die Debatte bis in den Abend gedauert hatte und zwei Mitglieder dagegen stimmten.\n"
        "Der Bau soll im nächsten Frühjahr beginnen und rund zwei Jahre dauern.\n"
    )
    assert art.title == "Stadtrat billigt neues Fährterminal"


def test_headline_with_colon_and_no_credit_stays_title() -> None:
    art = article_of(
        "Harbour Courier\n"
        "Ferry terminal: council says yes. Critics say no\n"
        "November 25, 2025\n" + _TEXT
    )
    assert art.title == "Ferry terminal: council says yes. Critics say no"


def test_audio_player_chrome_is_boilerplate() -> None:
    for line in (
        "Only have a minute? Listen instead",
        "Powered by Example Audio",
        "00:00 / 04:12",
        "0:00 / 1:02:33",
        "Take Us With You",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("The match ended 2:1 after extra time.")
    assert not is_boilerplate("Listen instead to what the residents say, she told the council.")


def test_originally_published_at_the_foot_beats_the_update() -> None:
    art = article_of(
        "Bay Tribune\n"
        "Ferry terminal wins council backing after long debate\n"
        "By Jane Roe\n"
        "Updated November 19, 2025 6:48 PM\n"
        + _TEXT
        + "This story was originally published November 19, 2025 at 4:30 PM.\n"
    )
    assert art.published == datetime(2025, 11, 19, 16, 30)
    assert "originally published" not in art.body


def test_translator_credit_is_frame_not_title() -> None:
    data = docx_with(
        [
            "Übersetzt von: A. Muster, 25.11.2025 (maschinelle Vorübersetzung, redigiert)",
            "Stadt will bis 2028 alle Busse auf Strom umstellen",
            "Die Stadtverwaltung will bis 2028 sämtliche Busse im Nahverkehr auf Elektroantrieb "
            "umstellen. Das teilte der Bürgermeister am Montag mit.",
            "Derzeit verkehren in der Stadt rund 900 Busse, davon fahren 200 bereits elektrisch.",
        ],
        table=False,
    )
    art = extract("tr.docx", data)[0].article
    assert art.title == "Stadt will bis 2028 alle Busse auf Strom umstellen"
    assert "Übersetzt von" not in art.body


def test_translator_credit_en_ru() -> None:
    for head in ("Translated by: J. Roe, 25.11.2025", "Перевела: А. Иванова, 25.11.2025"):
        data = odt_with(
            [
                head,
                "City to switch all buses to electric power by 2028",
                "The city administration wants to switch all public buses to electric power "
                "by 2028, the mayor said on Monday at a press conference.",
                "Around 900 buses currently run in the city, 200 of them electric.",
            ]
        )
        art = extract("tr.odt", data)[0].article
        assert art.title == "City to switch all buses to electric power by 2028", head


def test_labelled_outlet_without_domain_after_comma() -> None:
    assert without_addition("Example K (Townsville), example-k.kz") == "Example K"
    assert without_addition("Kurier Nord, kurier-nord.de") == "Kurier Nord"
    assert without_addition("Вечерний Пример (Омск), vp-omsk.ru") == "Вечерний Пример"
    assert without_addition("Example.ru") == "Example.ru"  # the name is the domain


def test_reader_note_over_rule_is_dropped() -> None:
    for note in (
        "NOTE (J. Roe, 26/11): relevant for the logistics file; check the figures",
        "Anmerkung: bitte mit den Quartalszahlen abgleichen",
        "Примечание (А. Иванова): для папки по логистике",
    ):
        data = docx_with(
            [
                note,
                "—————————————————————",
                "Harbour Courier",
                "Home  /  Business",
                "Port cuts container dwell time to five days",
                "Jane Roe",
                "November 25, 2025 at 10:12 am",
                "PORT TOWN: THE Port Authority says the average time containers spend at the "
                "port has dropped to five days, down from nine days a year ago.",
                "The director told reporters that efficiency had also cut the waiting time.",
            ],
            table=False,
        )
        art = extract("note.docx", data)[0].article
        assert art.title == "Port cuts container dwell time to five days", note
        assert art.dateline == "Port Town", note
        assert not art.body.startswith(note[:10])


def test_note_without_rule_is_kept() -> None:
    data = docx_with(
        [
            "Note: the council meets again in December to decide on the terminal's funding.",
            "Council backs new ferry terminal",
            "The regional council approved the budget for the new ferry terminal on Thursday "
            "after a debate that lasted well into the evening.",
        ],
        table=False,
    )
    art = extract("plain.docx", data)[0].article
    assert "Note: the council meets again" in art.body or art.title.startswith("Note")


def test_particles_of_a_city_name_in_capitals() -> None:
    assert normalise_place("DAR ES SALAAM") == "Dar es Salaam"
    assert normalise_place("RIO DO SUL") == "Rio do Sul"
    assert normalise_place("DES MOINES") == "Des Moines"  # the first word keeps its capital
    assert normalise_place("FRANKFURT AM MAIN") == "Frankfurt am Main"


def test_letterhead_tagline_over_a_release_date_is_no_section() -> None:
    for head, note in (
        ("Always serving the valley\nDate: 17 November 2025\n", "FOR IMMEDIATE RELEASE"),
        ("Wasser für die Region\nDatum: 17. November 2025\n", "Zur sofortigen Veröffentlichung"),
        ("Чистая вода для всех\nДата: 17 ноября 2025\n", "ПРЕСС-РЕЛИЗ"),
    ):
        art = article_of(
            head + note + "\n£14m upgrade to secure water supplies for 30,000 customers\n" + _TEXT
        )
        assert art.section == "", head


def test_desk_over_a_story_stamp_still_read() -> None:
    art = article_of(
        "Harbour Courier\nBusiness\nNovember 25, 2025\nCouncil backs new ferry terminal\n" + _TEXT
    )
    assert art.section == "Business"
