"""Page headers met in the fifteenth held-out batch: a short kicker over a slightly longer
headline, an interview's headline quoting its guest, the interviewer's byline, a
two-digit-year stamp alone on its line and an agency-first photo credit (invented
clippings)."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_caption
from app.importers.byline import author_of_line
from app.importers.compose import compose

_TEXT = (
    "Die Stadtwerke haben am Donnerstag ihre Jahresbilanz vorgestellt. Demnach wurden bis "
    "Ende Oktober rund 40 Kilometer Leitungen erneuert, so viele wie nie zuvor.\n"
    "Der Ausbau soll im kommenden Jahr weitergehen, teilte ein Sprecher mit.\n"
)
_STANDFIRST = "Die Stadt erneuert so viele Leitungen wie nie. Doch Verbände mahnen mehr Tempo an."


def test_short_kicker_over_a_longer_headline() -> None:
    text = (
        "Startseite\nLokales\nNetzausbau in Südstadt\nStadtwerke legen Bilanz vor\n"
        f"{_STANDFIRST}\n20. 11. 25\nAnna Beispiel\n"
        "Ein Bagger an der Hauptstraße\nFoto: Max Muster\n" + _TEXT
    )
    art = compose(text, ())
    assert art.title == "Stadtwerke legen Bilanz vor"
    assert art.published == datetime(2025, 11, 20)
    assert art.author == "Anna Beispiel"
    assert art.lead == _STANDFIRST
    assert art.body.startswith("Die Stadtwerke haben am Donnerstag")


def test_quoted_interview_headline_under_its_kicker() -> None:
    text = (
        "Startseite\nWissen\nInterview zum Netzausbau\n"
        "«In zehn Jahren liegen alle Leitungen unter der Erde»\n"
        f"{_STANDFIRST}\nInterview: Anna Beispiel\nDienstag, 18.11.2025, 06:00 Uhr\n"
        "Ein Bagger steht an der Hauptstraße in der Südstadt.\nKeystone / Max Muster\n" + _TEXT
    )
    art = compose(text, ())
    assert art.title == "«In zehn Jahren liegen alle Leitungen unter der Erde»"
    assert art.published == datetime(2025, 11, 18, 6, 0)
    assert art.author == "Anna Beispiel"
    assert art.body.startswith("Die Stadtwerke haben am Donnerstag")


def test_interviewer_byline_needs_its_colon() -> None:
    assert author_of_line("Interview: Anna Beispiel") == "Anna Beispiel"
    assert author_of_line("Интервью: Анна Петрова") == "Анна Петрова"
    assert author_of_line("Interview mit Anna Beispiel") == ""


def test_interviewer_named_by_the_verb_of_the_talk() -> None:
    assert author_of_line("Беседовала Анна Петрова") == "Анна Петрова"
    assert author_of_line("Das Gespräch führte Jan Beispiel.") == "Jan Beispiel"
    assert author_of_line("Interviewed by Jo Example") == "Jo Example"
    assert author_of_line("Беседовали в Кремле") == ""


def test_agency_first_photo_credit() -> None:
    assert is_caption("Keystone / Jean-Marc Muster")
    assert is_caption("dpa / Max Muster")
    assert not is_caption("Wirtschaft / Europäische Union")  # a trail, not a credit
