"""A press review of short clippings in Word, and PDFs printed by a toolkit that counts the
page's height downwards (a desktop app's print-to-PDF): wrapped lines and headlines joined,
the byline's place and the subscription offer under the text left out."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line
from app.importers.pdflayout import page_lines, paragraphs
from tests.importers.makers import articles_of, pdf_with_paragraphs


def _docx(paragraphs: list[tuple[str, str]]) -> bytes:
    """A Word file of (style, text) paragraphs, as an analyst types a review."""
    from docx import Document

    doc = Document()
    for style, text in paragraphs:
        doc.add_paragraph(text, style=style)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# --- a review of clippings of one paragraph each --------------------------------------------

REVIEW_DE = [
    ("Title", "Medienspiegel Energie, 27.11.2025"),
    ("Normal", "Erstellt für: Geschäftsleitung"),
    ("Heading 1", "Netzbetreiber investiert in neue Leitungen"),
    ("Normal", "Quelle: Beispiel Zeitung, 26.11.2025"),
    (
        "Normal",
        "ERFURT – Der Netzbetreiber will bis 2030 rund zwei Milliarden Euro in neue "
        "Stromleitungen stecken. Die ersten Trassen sollen im kommenden Jahr genehmigt werden.",
    ),
    ("Normal", "Kommentar: Für das Netz-Dossier vormerken."),
    ("Heading 1", "Stadtwerke senken den Gaspreis zum Januar"),
    ("Normal", "Quelle: Beispiel Kurier, 25.11.2025"),
    (
        "Normal",
        "JENA – Die Stadtwerke senken zum Jahreswechsel den Gaspreis für Haushaltskunden um "
        "acht Prozent. Grund seien günstigere Einkaufspreise.",
    ),
]


def test_review_of_one_paragraph_clippings_under_headings_gives_one_article_each() -> None:
    arts = articles_of("spiegel.docx", _docx(REVIEW_DE))
    assert [a.title for a in arts] == [
        "Netzbetreiber investiert in neue Leitungen",
        "Stadtwerke senken den Gaspreis zum Januar",
    ]
    assert [a.source for a in arts] == ["Beispiel Zeitung", "Beispiel Kurier"]
    assert [a.published.day for a in arts] == [26, 25]
    assert [a.dateline for a in arts] == ["Erfurt", "Jena"]
    assert arts[0].notes == "Kommentar: Für das Netz-Dossier vormerken."
    assert "Kommentar" not in arts[0].body and arts[1].notes == ""
    assert "Stadtwerke" not in arts[0].body and "Netzbetreiber" not in arts[1].body
    assert all(a.author == "" for a in arts)  # the review's title names no writer


def test_review_with_the_source_line_under_each_clipping() -> None:
    paragraphs = [
        ("Normal", "Press review 28 November 2025"),
        ("Normal", "Port of Example reports record container traffic"),
        (
            "Normal",
            "HULL – The port handled more containers in October than in any month before, "
            "helped by two new shipping services to northern Europe.",
        ),
        ("Normal", "Source: The Example Times, 27.11.2025"),
        ("Normal", "Comment: relevant for the logistics file"),
        ("Normal", "Council delays vote on the new bridge"),
        (
            "Normal",
            "YORK – The council has put off its vote on the new bridge until January, "
            "because studies of its cost are still missing.",
        ),
        ("Normal", "Source: Example Evening Post, 26.11.2025"),
    ]
    arts = articles_of("review.docx", _docx(paragraphs))
    assert [a.title for a in arts] == [
        "Port of Example reports record container traffic",
        "Council delays vote on the new bridge",
    ]
    assert [a.source for a in arts] == ["The Example Times", "Example Evening Post"]
    assert [a.published.day for a in arts] == [27, 26]
    assert arts[0].notes == "Comment: relevant for the logistics file"
    assert "Comment" not in arts[0].body and arts[1].notes == ""


def test_russian_review_of_one_paragraph_clippings() -> None:
    paragraphs = [
        ("Title", "Обзор прессы, 27.11.2025"),
        ("Heading 1", "В Омске построят новый мост через Иртыш"),
        ("Normal", "Источник: Вечерний город, 26.11.2025"),
        (
            "Normal",
            "ОМСК – Власти области утвердили проект нового моста через Иртыш. Строительство "
            "начнётся весной и продлится три года.",
        ),
        ("Normal", "Комментарий: отслеживать сроки конкурса."),
        ("Heading 1", "Аэропорт Томска откроет рейсы в Ташкент"),
        ("Normal", "Источник: Деловой вестник, 25.11.2025"),
        (
            "Normal",
            "ТОМСК – Аэропорт откроет прямые рейсы в Ташкент с декабря. Полёты будут "
            "выполняться два раза в неделю.",
        ),
    ]
    arts = articles_of("obzor.docx", _docx(paragraphs))
    # a Cyrillic outlet's name in its Latin spelling, as every source is
    assert [a.source for a in arts] == ["Vecherniy Gorod", "Delovoy Vestnik"]
    assert [a.published.day for a in arts] == [26, 25]
    assert arts[0].notes == "Комментарий: отслеживать сроки конкурса."
    assert arts[1].title == "Аэропорт Томска откроет рейсы в Ташкент"


def test_report_with_a_source_under_its_table_stays_one_article() -> None:
    """A look-alike: one report whose sections each cite a statistic's source."""
    paragraphs = [
        ("Heading 1", "Arbeitsmarkt im Herbst"),
        (
            "Normal",
            "Die Zahl der Arbeitslosen ist im Oktober leicht gesunken, vor allem in den "
            "Dienstleistungsberufen. Die Industrie meldet dagegen weiter Kurzarbeit an.",
        ),
        ("Normal", "Quelle: Statistisches Landesamt, 24.11.2025"),
        ("Heading 1", "Ausblick"),
        (
            "Normal",
            "Für den Winter erwarten die Fachleute wieder mehr Arbeitslose, weil am Bau und "
            "in der Landwirtschaft weniger zu tun ist. Im Frühjahr soll die Zahl sinken.",
        ),
    ]
    arts = articles_of("bericht.docx", _docx(paragraphs))
    assert len(arts) == 1
    assert "Ausblick" in arts[0].body or "Winter" in arts[0].body


def test_headings_with_one_paragraph_each_and_no_source_lines_stay_one_article() -> None:
    paragraphs = [
        ("Heading 1", "Annual report of the harbour board"),
        ("Heading 2", "Traffic"),
        (
            "Normal",
            "Container traffic rose by four per cent over the year, while bulk cargo fell "
            "slightly because of lower coal imports.",
        ),
        ("Heading 2", "Investment"),
        (
            "Normal",
            "The board spent twelve million pounds on new cranes and dredging, and plans to "
            "spend as much again next year.",
        ),
    ]
    assert len(articles_of("report.docx", _docx(paragraphs))) == 1


# --- PDFs printed with the page's height counted downwards ----------------------------------


# made by scripts/make_printed_downwards_pdfs.py (Qt's PDF writer, as a desktop app prints)
PRINTED = Path(__file__).parent / "data" / "printed_downwards"


def _printed(name: str) -> bytes:
    return (PRINTED / f"{name}.pdf").read_bytes()


@pytest.mark.parametrize(
    ("name", "title", "author", "dateline", "first", "offer"),
    [
        (
            "clip_de",
            "Die Regierung plant einen neuen Fonds für die Förderung von Wasserstoffprojekten "
            "im Norden",
            "Anna Berg",
            "Hamburg",
            "HAMBURG – Die Landesregierung will einen neuen Fonds für Wasserstoffprojekte "
            "auflegen. Das Programm soll",
            "gratis",
        ),
        (
            "clip_en",
            "Regional airline orders twelve new aircraft to expand its routes across the north",
            "Jane Doe",
            "Leeds",
            "LEEDS – A regional airline has ordered twelve new turboprop aircraft as it plans "
            "to add routes",
            "month free",
        ),
        (
            "clip_ru",
            "Правительство утвердило программу строительства новых мостов через реку в регионе",
            "Иван Петров",
            "Омск",
            "ОМСК – Правительство области утвердило программу строительства трёх новых мостов "
            "через Иртыш.",
            "бесплатно",
        ),
    ],
    ids=["de", "en", "ru"],
)
def test_pdf_printed_downwards_joins_wrapped_lines(
    name: str, title: str, author: str, dateline: str, first: str, offer: str
) -> None:
    (art,) = articles_of("clip.pdf", _printed(name))
    assert art.title == title  # the headline's two lines, one title
    assert art.author == author and art.dateline == dateline
    paragraphs = art.body.split("\n\n")
    assert len(paragraphs) == 2  # each paragraph's wrapped lines joined, no more
    assert paragraphs[0].startswith(first)
    assert offer not in art.body and author not in art.body


def test_pdf_printed_downwards_keeps_a_list_of_short_lines_apart() -> None:
    """A look-alike: a fact box's short entries are lines of their own, also upside down."""
    reader = PdfReader(io.BytesIO(_printed("box_de")))
    lines = paragraphs([page_lines(reader.pages[0]) or []]).split("\n")
    assert lines[:5] == [
        "Hafen in Zahlen",
        "Der Hafen hat im Oktober so viele Container umgeschlagen wie nie zuvor in einem Monat. "
        "Grund seien vor allem zusätzliche Liniendienste nach Asien, teilte die Gesellschaft mit.",
        "Container: 412.000",
        "Schiffsanläufe: 610",
        "Beschäftigte: 3.200",
    ]


def test_pdf_counted_upwards_reads_as_before() -> None:
    """A look-alike: PDF's own upward space, the common case, is left as it is."""
    text = (
        "The regional airline has ordered twelve new turboprop aircraft as it plans to add "
        "routes to smaller airports across the north of England over the next three years."
    )
    (art,) = articles_of("up.pdf", pdf_with_paragraphs([text, text.replace("twelve", "ten")]))
    assert art.body.split("\n\n") == [text, text.replace("twelve", "ten")]


def test_pdf_ligatures_are_read_as_their_letters() -> None:
    (art,) = articles_of("ligaturen.pdf", _printed("ligatures_de"))
    assert "Stoffe" in art.body and "Finanzierung" in art.body
    assert not any("\ufb00" <= c <= "\ufb06" for c in art.title + art.body)


# --- the byline's place and the subscription offer ------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Von Anna Berg, Hamburg", "Anna Berg"),
        ("By Jane Doe, Tokyo", "Jane Doe"),
        ("Автор: Иван Петров, Омск", "Иван Петров"),
        ("Von Anna Berg, Peter Keller", "Anna Berg, Peter Keller"),  # two writers
        ("Von Anna Berg, Peter Keller, Hamburg", "Anna Berg, Peter Keller"),
        ("Von Anna Berg", "Anna Berg"),
    ],
)
def test_byline_place_after_the_name(line: str, author: str) -> None:
    assert author_of_line(line) == author


@pytest.mark.parametrize(
    ("line", "ad"),
    [
        ("Beispiel-Abo: Jetzt 1 Monat gratis testen · beispiel.de/abo", True),
        ("Subscription: try one month free | example.com/subscribe", True),
        ("Подписка: первый месяц бесплатно · example.ru/sub", True),
        ("Abo: Die Zahl der Abonnenten stieg im Oktober um fünf Prozent.", False),
        ("Subscription: The service costs ten dollars a month for new users.", False),
        ("Подписка: число подписчиков выросло на пять процентов за месяц.", False),
    ],
)
def test_subscription_offer_under_its_label(line: str, ad: bool) -> None:
    assert is_boilerplate(line) is ad


# --- a review of one clipping: its cover's title is no writer, its comment a note ------------


@pytest.mark.parametrize(
    ("cover", "compiled", "source_line", "comment", "source"),
    [
        (
            "Medienspiegel Energie, 27.11.2025",
            "Zusammengestellt von: Analyseabteilung",
            "Quelle: Beispiel Zeitung, 26.11.2025",
            "Kommentar: Für das Netz-Dossier vormerken.",
            "Beispiel Zeitung",
        ),
        (
            "Press review 27 November 2025",
            "Prepared by: Policy Unit",
            "Source: The Example Times, 26.11.2025",
            "Comment: keep for the grid file.",
            "The Example Times",
        ),
        (
            "Обзор прессы, 27.11.2025",
            "Подготовлено: отдел мониторинга",
            "Источник: Деловой вестник, 26.11.2025",
            "Комментарий: отслеживать сроки.",
            "Delovoy Vestnik",
        ),
    ],
    ids=["de", "en", "ru"],
)
def test_review_of_one_clipping(
    cover: str, compiled: str, source_line: str, comment: str, source: str
) -> None:
    paragraphs = [
        ("Title", cover),
        ("Normal", compiled),
        ("Heading 1", "Netzbetreiber investiert in neue Leitungen"),
        ("Normal", source_line),
        (
            "Normal",
            "ERFURT – Der Netzbetreiber will bis 2030 rund zwei Milliarden Euro in neue "
            "Stromleitungen stecken. Die ersten Trassen sollen im kommenden Jahr genehmigt werden.",
        ),
        ("Normal", comment),
    ]
    (art,) = articles_of("review.docx", _docx(paragraphs))
    assert art.title == "Netzbetreiber investiert in neue Leitungen"
    assert art.source == source and art.published.day == 26
    assert art.author == ""  # the review's title is no byline
    assert art.notes == comment and comment not in art.body
    assert cover not in art.body


def test_a_headline_naming_a_review_stays_the_title() -> None:
    """A look-alike: an article about a review, its headline no cover line."""
    paragraphs = [
        ("Heading 1", "Pressespiegel 2025: Die Bilanz des Jahres"),
        (
            "Normal",
            "Die Redaktion blickt auf ein Jahr zurück, in dem die Energiepreise wieder gesunken "
            "sind und viele Stadtwerke neue Netze geplant haben.",
        ),
    ]
    (art,) = articles_of("bilanz.docx", _docx(paragraphs))
    assert art.title == "Pressespiegel 2025: Die Bilanz des Jahres"
