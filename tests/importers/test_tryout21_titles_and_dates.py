"""One-line German clippings (a standfirst, a dashed dateline, the text, a dated sign-off):
the title is the first sentence, not cut at an ordinal or abbreviation's full stop nor
opened by the dateline; a yearless day in the running text dates nothing; the writer named
in the sign-off is the author."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import extract
from app.importers.sentences import first_sentence
from app.model import Article, Extracted

TEXT = (
    "Kurz vor dem Wechsel hat der Premier mit einer Äußerung für Aufsehen gesorgt, zitierte "
    "ihn die Nachrichtenagentur am Mittwochabend. Das Problem sei nicht so sehr, dass "
    "Menschen kommen, erklärte der Premierminister demnach weiter vor Journalisten."
)


def article(text: str) -> Article:
    items = [i for i in extract("clip.txt", text.encode("utf-8")) if isinstance(i, Extracted)]
    assert len(items) == 1
    return items[0].article


@pytest.mark.parametrize(
    "teaser",
    [
        "Das Land übernimmt am 1. Juli den Vorsitz, der Premier warnt vor Änderungen.",
        "Bis 6. März gibt es in der Stadt wieder Filme von Frauen zu sehen.",
        "Staatsschulden bei 72 Mrd. Dollar, die Wirtschaft schrumpft seit Jahren.",
        "Der Trainer von Wr. Neustadt will wieder selbst spielen.",
        "Der Bischof übergab St. Martinsorden in Gold an den Polizeichef.",
        "Die Serie spielt im London des frühen 20. Jahrhunderts.",
    ],
)
def test_title_is_the_whole_first_sentence(teaser):
    art = article(f"{teaser} Bratislava – {TEXT}\n")
    assert art.title == teaser


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Die Zahl stieg auf 25. Die Polizei ermittelt.", "Die Zahl stieg auf 25."),
        ("Das ist z.B. gut. Ja.", "Das ist z.B. gut."),
        ("Dr. Roe kam am 6. Oktober. Dann ging sie.", "Dr. Roe kam am 6. Oktober."),
        ("Mr. Doe won on Jan. 5 in Ohio. The vote", "Mr. Doe won on Jan. 5 in Ohio."),
        ("Выручка составила 5 млрд. рублей. В Москве", "Выручка составила 5 млрд. рублей."),
        ("Он родился в 1990 г. в Москве. Потом", "Он родился в 1990 г. в Москве."),
    ],
)
def test_first_sentence_ends_after_a_figure_only_before_a_sentences_opener(text, sentence):
    assert first_sentence(text) == sentence


def test_yearless_day_in_the_running_text_dates_nothing():
    art = article(f"Bratislava – Am 1. Juli beginnt der Vorsitz. {TEXT}\n")
    assert art.dateline == "Bratislava"
    assert art.published is None


def test_yearless_day_in_the_standfirst_of_a_run_in_dateline_dates_nothing():
    art = article(f"Das Land übernimmt am 1. Juli den Vorsitz. Bratislava – {TEXT}\n")
    assert art.published is None


def test_yearless_day_of_the_dateline_itself_still_dates_the_story():
    art = article(f"Berlin, 27. November (dpa) - {TEXT}\n")
    assert (art.published.month, art.published.day) == (11, 27)


@pytest.mark.parametrize(
    ("signoff", "author"),
    [
        ("(Jana Beispiel, 19.1.2016)", "Jana Beispiel"),
        ("(Jana Beispiel, Max Muster, 19.1.2016)", "Jana Beispiel, Max Muster"),
        ("(Max Muster aus Moskau, 19.1.2016)", "Max Muster"),
        ("(APA, 19.1.2016)", ""),
        ("(red, 19.1.2016)", ""),
        ("(stu., 19.1.2016)", ""),
    ],
)
def test_writer_named_in_the_dated_signoff_is_the_author(signoff, author):
    art = article(f"Das Land übernimmt den Vorsitz. Wien – {TEXT} {signoff}\n")
    assert art.published == datetime(2016, 1, 19)
    assert art.author == author


def test_byline_beats_the_signoff():
    art = article(f"Von Erika Roe\n\nWien – {TEXT} (Jana Beispiel, 19.1.2016)\n")
    assert art.author == "Erika Roe"


@pytest.mark.parametrize("opener", ["Cambridge - ", "Cambridge – ", "CAMBRIDGE – "])
def test_title_taken_from_the_text_leaves_the_dateline_out(opener):
    art = article(f"{opener}{TEXT}\n")
    assert art.dateline == "Cambridge"
    assert art.title.startswith("Kurz vor dem Wechsel")
