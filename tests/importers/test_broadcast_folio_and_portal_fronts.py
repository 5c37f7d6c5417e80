"""Fronts of documents: a broadcast transcript, a newspaper page's folio, a state portal's
printed page, a letterhead's logo word and a release number under the label.

A station's transcript names station, air time and presenter over the conversation; a
newspaper page's folio ('Tuesday, November 25, 2025' beside 'Page 5') dates it under the
masthead even though it goes as page furniture; a browser print of a state portal whose
title the header cut off is the body's that runs it; a logo's word over the full name
('ABC' / 'ABC-Fraktion …') yields to the name, and 'Nr. 12/2025' under the label goes.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.pdf import _printed_page
from app.model import Extracted
from tests.importers.makers import (
    NEWS_MORE,
    NEWS_TEXT,
    docx_with,
    odt_with,
    pdf_with_paragraphs,
)

QUESTION = "Jana Muster: Herr Beispiel, wie steht es um die Brücken im Land?"
ANSWER = (
    "Max Beispiel: Nicht gut. Fast jede dritte Brücke muss in den nächsten zehn Jahren "
    "saniert werden, und das Geld dafür fehlt in vielen Gemeinden bisher vollständig."
)


def _article(name: str, data: bytes):  # type: ignore[no-untyped-def]
    (item,) = extract(name, data)
    assert isinstance(item, Extracted)
    return item.article


def test_broadcast_transcript_front() -> None:
    data = odt_with(
        ["Radio Beispiel · Das Interview", "Sendung vom 21.11.2025, 08:10 Uhr",
         "„Die Brücken brauchen mehr Geld“",
         "Viele Brücken im Land sind marode: Der Ingenieur Max Beispiel über die Lage.",
         "Moderation: Jana Muster", QUESTION, ANSWER,
         "Das Gespräch wurde für die schriftliche Fassung leicht gekürzt."],
    )  # fmt: skip
    article = _article("talk.odt", data)
    assert article.title == "„Die Brücken brauchen mehr Geld“"
    assert (article.source, article.author) == ("Radio Beispiel", "Jana Muster")
    assert article.published == datetime(2025, 11, 21, 8, 10)
    assert article.body == f"{QUESTION}\n\n{ANSWER}"


def test_interview_editing_note_is_boilerplate() -> None:
    assert is_boilerplate("The interview has been edited for length and clarity.")
    assert not is_boilerplate("Das Gespräch wurde am Montag in Berlin geführt.")


def test_newspaper_folio_dates_the_page_under_its_masthead() -> None:
    head = [(60.0, 800.0, 20, "The Northport Herald"),
            (60.0, 780.0, 9, "Monday, November 24, 2025"), (480.0, 780.0, 9, "Page 3"),
            (60.0, 760.0, 9, "Business"),
            (60.0, 740.0, 16, "Harbour wall repairs to start in spring")]  # fmt: skip
    data = pdf_with_paragraphs([NEWS_TEXT, NEWS_MORE], head=head, top=700.0)
    article = _article("page.pdf", data)
    assert article.title == "Harbour wall repairs to start in spring"
    assert article.published == datetime(2025, 11, 24)
    assert article.source == "The Northport Herald"


def test_state_portals_cut_title_yields_to_the_body_running_it() -> None:
    title = "В области открыли мост | Официальный портал органов власти Прим"
    text = (
        "Официальный портал органов власти Примерной области\n"
        "Правительство Примерной области\nВ области открыли мост\nТекст."
    )
    assert _printed_page(title, text).fallback_source == "Правительство Примерной области"
    # a cut title alone: the name printed in full above the headline
    text = "Вестник Примерной области\nВ области открыли мост\nТекст."
    hints = _printed_page("В области открыли мост | Вестник Примерной обл", text)
    assert hints.fallback_source == "Вестник Примерной области"


def test_logo_word_over_the_letterhead_name_and_number_under_the_label() -> None:
    data = docx_with(
        ["ABC", "ABC-Fraktion im Landtag Beispielland", "PRESSEMITTEILUNG", "Nr. 12/2025",
         "Fraktion fordert mehr Geld für Brücken", ANSWER[14:], NEWS_MORE],
        table=False,
    )  # fmt: skip
    article = _article("pm.docx", data)
    assert article.source == "ABC-Fraktion im Landtag Beispielland"
    assert article.title == "Fraktion fordert mehr Geld für Brücken"
    assert "Nr. 12" not in article.body


def test_the_press_offices_line_by_the_logo_is_no_issuer() -> None:
    # "Media Centre" printed beside the logo (and read before it) names the office
    for office in ("Media Centre", "Pressestelle", "Пресс-центр"):
        data = docx_with(
            [office, "Example Airport", "NEWS RELEASE", "20 November 2025",
             "Airport to trial driverless baggage tugs", NEWS_TEXT, NEWS_MORE],
            table=False,
        )  # fmt: skip
        assert _article("release.docx", data).source == "Example Airport"
