"""A page shared from an outlet's app, a caption credit before the byline, a staff note on
the writer, a trade paper's ampersand initials and a rubric in capitals over the headline.

Why: the app names the outlet where the notice names its owner company; a caption ending
'Jane Roe / Agency via Images' is no first paragraph, so the dateline under the byline is
read; 'X is a reporter for Y.' under the text is no part of it; '(E&M)' is the paper the
notice spells 'Energie & Management'; 'STROMNETZ' over the headline is the rubric.
"""

from email.message import EmailMessage

import pytest

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.compose import _CAPTION_CREDIT_END, _capital_kicker, compose
from app.importers.profiles import default_profiles
from app.importers.sitename import plain_source

_TEXT = (
    "Federal regulators on Thursday proposed new rules that would require airlines to pay "
    "passengers automatically when flights are delayed by more than three hours.\n\n"
    "The proposal opens a 90-day comment period, and a final rule is not expected before "
    "the end of the year, officials told reporters on a call.\n"
)


def _shared(app_line: str, notice: str, place: str = "CHICAGO") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Pat Reader <pat.reader@mail.example>"
    msg["To"] = "desk@firm.example"
    msg["Subject"] = "Airlines face automatic payouts"
    msg["Date"] = "Thu, 15 Jan 2026 18:44:02 -0500"
    msg.set_content(
        f"{app_line}\n\nAirlines face automatic payouts\n\n"
        "Carriers say fares would rise; passenger groups say it is overdue.\n\n"
        "Passengers wait at a gate in the main terminal. Jane Roe / Agency via Example "
        "Images file\n\nBy Sam Writer\nJan. 15, 2026, 2:31 PM EST\n\n"
        f"{place} — {_TEXT}\nSam Writer is a transport reporter for Example News.\n\n"
        f"--\nRead more in the app\n{notice}\n"
    )
    return bytes(msg)


def test_the_app_a_page_was_shared_from_names_its_outlet() -> None:
    data = _shared("Shared from the Example News app", "© 2026 Example Media Group, LLC")
    art = extract("shared.eml", data)[0].article
    assert art.source == "Example News"
    assert art.dateline == "Chicago"
    assert "transport reporter" not in art.body


def test_a_notice_naming_the_app_in_full_keeps_it() -> None:
    data = _shared("Shared from the Example Times app", "© 2026 The Example Times")
    assert extract("shared.eml", data)[0].article.source == "The Example Times"


@pytest.mark.parametrize(
    "line",
    [
        "Workers at the plant in May. Max Muster / Agentur Beispiel",
        "Рабочие на заводе в мае. Иван Петров / Пример",
        "Passengers at a gate. Jane Roe / Agency via Example Images file",
    ],
)
def test_a_caption_ends_in_a_spaced_slash_credit(line: str) -> None:
    assert _CAPTION_CREDIT_END.search(line)


@pytest.mark.parametrize(
    "line", ["Why rates rise. And / or fall", "The vote is set for May. Greens / SPD split"]
)
def test_a_slash_in_a_headline_is_no_credit(line: str) -> None:
    assert not _CAPTION_CREDIT_END.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe is a business reporter for Example News.",
        "Sam Writer is a producer for Example News based in Chicago.",
        "Max Muster ist Korrespondent der Beispiel Zeitung in Wien.",
    ],
)
def test_a_staff_note_on_the_writer_is_no_text(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "John Smith is a reporter for the local radio station, and he was there.",
        "Jane Roe is a former editor at Example Times who now runs a charity, and she said "
        "the law was wrong.",
    ],
)
def test_a_sentence_about_a_reporter_stays_text(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("short", "notice", "want"),
    [
        ("E&M", "© Example & Media Verlagsgesellschaft mbH, Hauptstraße 1", "Example & Media"),
        ("B&F", "Copyright 2025 Bau & Fach GmbH. Alle Rechte vorbehalten.", "Bau & Fach"),
        ("HB&T", "© 2026 Harbour Boats & Travel Ltd", "Harbour Boats & Travel"),
        # a name printed without a notice, and a notice spelling other letters: kept
        ("E&M", "Example & Media", "E&M"),
        ("E&M", "© 2026 Example Verlag GmbH", "E&M"),
    ],
)
def test_ampersand_initials_spelt_by_the_notice(short: str, notice: str, want: str) -> None:
    assert plain_source(short, ["…", notice]) == want


_ITEM = (
    "{kicker}\n{head}\n\n13.01.2026, 16:48\n\n{by}\n\n{place} - {text}\n\n"
    "Als Gründe nennen die Unternehmen Verzögerungen bei der Lieferung von Anlagen sowie "
    "zusätzliche Abstimmungen mit den Behörden, sagte ein Sprecher auf Anfrage.\n"
)


@pytest.mark.parametrize(
    ("kicker", "want"),
    [("STROMNETZ", "Stromnetz"), ("ALTES LAND", "Altes Land"), ("ГОРОД", "Город")],
)
def test_a_rubric_in_capitals_over_the_headline(kicker: str, want: str) -> None:
    text = _ITEM.format(
        kicker=kicker,
        head="Netzbetreiber legen Zeitplan für neue Trasse vor",
        by="Von Max Muster",
        place="Berlin",
        text="Die Netzbetreiber haben der Behörde einen neuen Zeitplan für die Leitung "
        "vorgelegt. Der erste Abschnitt soll Ende 2032 in Betrieb gehen.",
    )
    assert compose(text, default_profiles()).section == want


def test_a_forms_label_in_capitals_is_no_rubric() -> None:
    lines = ["ANALYSE", "Netzbetreiber legen Zeitplan vor", "13.01.2026, 16:48", "Berlin - …"]
    assert _capital_kicker(lines, 1, True) == ""
    # no dateline opening the text: no newsletter item's rubric read
    assert _capital_kicker(["STROMNETZ", *lines[1:]], 1, False) == ""
