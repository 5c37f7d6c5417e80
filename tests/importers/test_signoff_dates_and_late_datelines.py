"""German and Austrian papers' habits in plain-text clippings: the dated sign-off closing
the text ("(APA, 3.5.2016)") dates an undated story and names its agency, and a dateline
("Wien – …") opening the paragraph after the standfirst, or run on after it, is found
while a kicker before a colon ("Tageszeitung: …") is none."""

from __future__ import annotations

import csv
import re
from datetime import datetime
from pathlib import Path

import pytest

from app.importers import extract
from app.model import Article, Extracted

BODY = (
    "Die Gewerkschaft sieht Handlungsbedarf bei sogenannten All-in-Verträgen. Für mehr "
    "Transparenz hat sie nun ein Werkzeug vorgestellt, das Arbeitnehmern mit solchen "
    "Verträgen helfen soll, sich einen Überblick über ihre Bezahlung zu verschaffen."
)
TEASER = "Die Gewerkschaft stellt einen Rechner vor und will die Vertragsform beschränken."
HEADLINE = "Gewerkschaft will All-in-Verträge eindämmen"


def article(text: str) -> Article:
    items = [i for i in extract("clip.txt", text.encode("utf-8")) if isinstance(i, Extracted)]
    assert len(items) == 1
    return items[0].article


# --- dated sign-offs --------------------------------------------------------------------


def test_signoff_closing_the_last_paragraph_dates_the_story_and_names_the_agency():
    art = article(f"{HEADLINE}\n\n{TEASER}\n\nWien – {BODY} (APA, 3.5.2016)\n")
    assert art.published == datetime(2016, 5, 3)
    assert art.source == "APA"
    assert art.body.endswith("(APA, 3.5.2016)")  # the text as printed keeps it


@pytest.mark.parametrize(
    ("signoff", "source"),
    [
        ("(APA/dpa, 21.6.2015)", "APA"),
        ("(Reuters, 21.6.2015)", "Reuters"),
        ("(red, 21.6.2015)", ""),
    ],
)
def test_signoff_credit_gives_the_first_agency_and_the_desk_none(signoff, source):
    art = article(f"{HEADLINE}\n\n{BODY} {signoff}\n")
    assert art.published == datetime(2015, 6, 21)
    assert art.source == source


def test_writers_signoff_glued_to_the_last_sentence_dates_without_a_source():
    art = article(f"{HEADLINE}\n\n{BODY}(Renate Beispiel, 12.1.2016)\n")
    assert art.published == datetime(2016, 1, 12)
    assert art.source == ""


def test_signoff_before_a_results_box_on_the_same_line_dates_the_story():
    text = f"{HEADLINE}\n\n{BODY} (APA, 18.3.2016) Ergebnisse vom Sonntag: Ried – Rapid 0:3 (0:1)\n"
    assert article(text).published == datetime(2016, 3, 18)


def test_bracketed_day_inside_a_sentence_is_no_signoff():
    text = f"{HEADLINE}\n\n{BODY} Der Vertrag (Fassung, 3.5.2016) wurde gestern unterschrieben.\n"
    assert article(text).published is None


def test_stamp_under_the_headline_wins_over_the_signoff():
    art = article(f"{HEADLINE}\n18. März 2025, 10:14\n\n{BODY} (APA, 17.3.2025)\n")
    assert art.published == datetime(2025, 3, 18, 10, 14)


# --- datelines after the standfirst -----------------------------------------------------


def test_dateline_under_a_standfirst_with_no_headline_line():
    art = article(f"{TEASER}\n\nWien – {BODY}\n")
    assert art.dateline == "Wien"
    assert art.title == TEASER
    assert art.body.startswith("Wien – Die Gewerkschaft")


def test_dateline_under_a_sentence_headline_and_a_short_standfirst():
    text = f"Brüssel will Paketzustellung billiger machen.\n\n{TEASER}\n\nBrüssel – {BODY}\n"
    art = article(text)
    assert art.dateline == "Brüssel"
    assert art.title == "Brüssel will Paketzustellung billiger machen."


def test_dateline_under_a_kicker_headline_ending_in_a_quote():
    kicker = 'Landeshauptmann: "Jetzt wird Sicherheitspolitik ernst genommen"'
    text = f"{kicker}\n\n{TEASER}\n\nEisenstadt – {BODY}\n"
    assert article(text).dateline == "Eisenstadt"


def test_kicker_before_a_colon_is_no_dateline_when_a_dateline_follows():
    kicker = "Tageszeitung: Russland soll sich für den früheren Minister einsetzen."
    text = f"{kicker}\n\nBelgrad – {BODY}\n"
    art = article(text)
    assert art.dateline == "Belgrad"


def test_dateline_run_on_after_the_standfirst_in_one_paragraph():
    art = article(f"{TEASER} Wien – {BODY}\n")
    assert art.dateline == "Wien"


def test_kicker_and_short_headline_run_into_the_text_give_no_dateline():
    art = article(f"Republikaner: Transparenzregeln umgangen. {BODY}\n")
    assert art.dateline == ""


def test_dashed_phrase_later_in_the_text_is_no_dateline():
    art = article(f"{TEASER} Das Ergebnis – eine Einigung in letzter Minute. {BODY}\n")
    assert art.dateline == ""


# --- the real corpus (10kGNAD, read from ../shared when present) ------------------------

_SIGNOFF = re.compile(r"\([^()\d]{1,60}?,\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\)")
_RUN_IN_DATELINE = re.compile(
    r"^[^\n]{10,400}?[a-zäöüß][.!?] (?P<place>[A-ZÄÖÜ][\w-]+(?:/[A-ZÄÖÜ][\w-]+)*) – [A-ZÄÖÜ]"
)


def _gnad_rows(shared: Path, limit: int = 400) -> list[str]:
    path = shared / "corpus" / "10kgnad" / "test.csv"
    if not path.is_file():
        pytest.skip("10kGNAD is not in ../shared")
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader(fh, delimiter=";", quotechar="'")
        return [row[-1] for _, row in zip(range(limit), rows, strict=False)]


def test_gnad_items_with_a_signoff_get_its_day(shared):
    rows = [t for t in _gnad_rows(shared, 1028) if _SIGNOFF.search(t)]
    assert len(rows) >= 50
    dated = 0
    for text in rows:
        day, month, year = map(int, _SIGNOFF.findall(text)[0])
        if article(text + "\n").published == datetime(year, month, day):
            dated += 1
    assert dated >= 0.9 * len(rows), f"{dated}/{len(rows)}"


def test_gnad_items_with_a_run_in_dateline_get_it(shared):
    rows = [(t, m["place"]) for t in _gnad_rows(shared) if (m := _RUN_IN_DATELINE.match(t))]
    assert len(rows) >= 50
    found = sum(article(text + "\n").dateline == place for text, place in rows)
    assert found >= 0.85 * len(rows), f"{found}/{len(rows)}"
