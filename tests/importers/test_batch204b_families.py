"""Press reviews of blind batch 204b: a long cover whose contents list names the clippings,
the review's section headings between them; clippings whose credit closes them under the
text, a byline under the headline and a summary paragraph in the cover; a closing credit's
local desk after the page and an online item's minute; a field block's desk in brackets
after the page and the role after a byline field's name. Each family with a look-alike that
keeps its reading."""

from __future__ import annotations

from datetime import datetime

from app.importers.docfront import document_front

from .makers import REVIEW_DE_MORE, REVIEW_DE_TEXT, articles_of, docx_with

_EN_TEXT = (
    "The council of Example Town will extend its primary school by four classrooms before "
    "the summer of 2027, the mayor told the council meeting on Monday evening."
)
_EN_MORE = (
    "The cost is put at around 4.1 million pounds, about half of it to come from the "
    "government's school building fund and the rest from the council's own budget."
)
_HEADS = (
    "Council to extend primary school by four classrooms",
    "Bus company orders twenty electric buses for the valley",
    "Chamber warns of shortage of land for new businesses",
)

# --- 1. a long cover with a contents list naming the clippings ------------------------------


def _cover() -> list[str]:
    return [
        "EXAMPLE FEDERATION OF EMPLOYERS",
        "Department of Communications and Public Affairs",
        "Press Review",
        "Tuesday 24 November 2026",
        "Today's highlights",
        "The local papers carry our school building figures; the regional paper reports the "
        "bus order, and the chamber's land survey is picked up in the business press.",
        "Contents",
        "LOCAL NEWS",
        f"{_HEADS[0]} (Example Gazette)",
        f"{_HEADS[1]} (Example Courier)",
        "BUSINESS",
        f"{_HEADS[2]} (Example Business Daily)",
        "For internal use only. Not to be passed on outside the federation.",
    ]


def _clipping(head: str, outlet: str) -> list[str]:
    return [head, f"Source: {outlet}, 24.11.2026, p. 3", "Author: Jane Roe", _EN_TEXT, _EN_MORE]


def test_contents_list_lets_a_long_cover_open_a_review() -> None:
    paragraphs = [
        *_cover(),
        "Local news",
        *_clipping(_HEADS[0], "Example Gazette"),
        *_clipping(_HEADS[1], "Example Courier"),
        "Business",
        *_clipping(_HEADS[2], "Example Business Daily"),
    ]
    arts = articles_of("review.docx", docx_with(paragraphs, table=False))
    assert [a.title for a in arts] == list(_HEADS)
    assert [a.source for a in arts] == [
        "Example Gazette",
        "Example Courier",
        "Example Business Daily",
    ]
    # the review's section heading over the next clipping is neither its rubric nor text
    assert arts[1].section == "" and not arts[1].body.rstrip().endswith("Business")


def test_long_cover_without_contents_stays_one_article() -> None:
    # a report whose statistics carry source lines deep in its text: no contents list
    # names headlines under them, so the long opening is the report's own
    paragraphs = [
        *[line for line in _cover() if "(" not in line and line != "Contents"],
        *_clipping(_HEADS[0], "Example Gazette"),
        *_clipping(_HEADS[1], "Example Courier"),
    ]
    arts = articles_of("report.docx", docx_with(paragraphs, table=False))
    assert len(arts) == 1


# --- 2. the credit closing each clipping under its text -------------------------------------


def test_credit_under_the_text_closes_each_clipping() -> None:
    paragraphs = [
        "Beispielkammer für Nordheim",
        "Pressespiegel",
        "Dienstag, 24. November 2026",
        "Die Kammer in den Medien: drei Erwähnungen, davon eine mit Zitat der "
        "Hauptgeschäftsführung und zwei mit Zahlen aus der jüngsten Umfrage.",
        "Region",
        "Gemeinde baut Grundschule um",
        "Von Erika Muster",
        REVIEW_DE_TEXT,
        REVIEW_DE_MORE,
        "Quelle: Beispiel-Kurier, 24.11.2026, S. 5",
        "* * *",
        "Neue Busse für das Tal",
        REVIEW_DE_TEXT,
        "Quelle: Beispiel-Bote, 23.11.2026, S. 8",
        "* * *",
        "Wirtschaft",
        "Kammer warnt vor Mangel an Gewerbeflächen",
        "Von Max Muster",
        REVIEW_DE_TEXT,
        REVIEW_DE_MORE,
        "Quelle: Beispiel-Anzeiger, 22.11.2026, S. 2",
        "* * *",
    ]
    arts = articles_of("pressespiegel.docx", docx_with(paragraphs, table=False))
    assert [a.title for a in arts] == [
        "Gemeinde baut Grundschule um",
        "Neue Busse für das Tal",
        "Kammer warnt vor Mangel an Gewerbeflächen",
    ]
    assert [a.source for a in arts] == ["Beispiel-Kurier", "Beispiel-Bote", "Beispiel-Anzeiger"]
    assert [a.published.day for a in arts] == [24, 23, 22]
    assert [a.author for a in arts] == ["Erika Muster", "", "Max Muster"]
    assert all(a.body.startswith("Die Gemeinde Nordheim") for a in arts)
    assert "Wirtschaft" not in arts[1].body.split("\n")


# --- 3. a closing credit's desk and minute ---------------------------------------------------


def _closed_by(credit: str) -> str:
    return "\n".join(
        [
            "Gemeinde baut Grundschule um",
            "Von Erika Muster",
            f"Nordheim – {REVIEW_DE_TEXT}",
            REVIEW_DE_MORE,
            credit,
        ]
    )


def test_closing_credit_names_a_local_desk_after_the_page() -> None:
    body, hints = document_front(
        _closed_by("Quelle: Beispiel-Volksblatt, 22.11.2026, S. 11, Lokales Nordheim")
    )
    assert hints.fallback_source == "Beispiel-Volksblatt"
    assert hints.section == "Lokales Nordheim"
    assert "Quelle:" not in body
    # a person's name after the page stays no desk
    _, hints = document_front(
        _closed_by("Quelle: Beispiel-Volksblatt, 22.11.2026, S. 11, Erika Muster")
    )
    assert hints.section == ""


def test_closing_credit_with_the_minute_dates_an_online_item() -> None:
    body, hints = document_front(
        _closed_by("Quelle: Beispiel24, 23.11.2026, 18:05 Uhr, example.de")
    )
    assert hints.fallback_source == "Beispiel24"
    assert hints.published == datetime(2026, 11, 23, 18, 5)
    assert "example.de" not in body
    # a statistic's source under the text names its day alone: no credit of the clipping
    body, hints = document_front(_closed_by("Quelle: Statistisches Landesamt, 23.11.2026"))
    assert hints.fallback_source == "" and "Statistisches Landesamt" in body


# --- 4. a field block's desk after the page, a byline field's role ---------------------------


def _field_block(page: str, byline: str) -> str:
    return "\n".join(
        [
            "Outlet: Example Gazette",
            "Date: 24 November 2026",
            f"Page: {page}",
            f"Byline: {byline}",
            "Council to extend primary school by four classrooms",
            _EN_TEXT,
            _EN_MORE,
        ]
    )


def test_page_field_names_the_desk_in_brackets() -> None:
    cases = [
        ("14 (Politics)", "Politics"),
        ("online (Business)", "Business"),
        ("3 (UK News)", "UK News"),
        ("4 (print)", ""),
        ("14", ""),
        ("wire", ""),
    ]
    for page, desk in cases:
        _, hints = document_front(_field_block(page, "Jane Roe"))
        assert hints.section == desk, page


def test_byline_field_without_the_role_after_the_name() -> None:
    cases = [
        ("Jane Roe, Policy editor", "Jane Roe"),
        ("Jane Roe, Industrial Correspondent", "Jane Roe"),
        ("Jane Roe, Max Muster", "Jane Roe, Max Muster"),
        ("Jane Roe", "Jane Roe"),
    ]
    for byline, author in cases:
        _, hints = document_front(_field_block("2", byline))
        assert hints.author == author, byline
