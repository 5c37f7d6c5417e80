"""Documents of blind batch 205: an e-paper page set in three columns a word's width or two
apart under a running head of page number, rubric in capitals and paper with its day; a
release's letterhead set flush right, or a wordmark with its slogan; a press database's
export of a group's paper; a paper's issue line in quotes; a printed page's pointers to
another page; a deck over a bare name with no dateline. Each family with a look-alike that
keeps its reading."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_footer
from app.importers.outlets import Gazetteer, Outlet, outlet_source
from app.importers.pdflayout import page_lines
from app.model import Extracted

from .makers import docx_with, docx_with_header, pdf_with_layout


def _one(name: str, data: bytes):
    items = [i for i in extract(name, data) if isinstance(i, Extracted)]
    assert len(items) == 1
    return items[0].article


# --- 1. an e-paper page of three columns under its running head ------------------------------

_COLUMNS = (
    [
        "Neustadt. Wer im kommenden Sommer im",
        "Stadtbad schwimmen wollte, muss sich",
        "gedulden. Bei der Sanierung des Beckens",
        "sind im Herbst Schäden an der Platte",
        "entdeckt worden, die erst nach dem",
        "Ablassen des Wassers sichtbar wurden,",
        "wie die Stadtwerke am Mittwoch sagten.",
    ],
    [
        "Der Gemeinderat stimmte am Abend mit",
        "knapper Mehrheit für die zusätzlichen",
        "Mittel. Kritik kam vor allem aus den",
        "Reihen der Opposition. Stadtrat Peter",
        "Muster bemängelte, die Verwaltung habe",
        "das Gremium viel zu spät informiert,",
        "obwohl die Befunde bekannt waren.",
    ],
    [
        "Für die Badegäste soll es im Sommer",
        "einen Ersatz geben. Die Stadtwerke",
        "verhandeln mit der Nachbargemeinde",
        "über vergünstigte Eintrittskarten für",
        "das dortige Freibad. Die Wiedereröffnung",
        "des Stadtbads ist nun für Mai 2027",
        "vorgesehen, sagte der Geschäftsführer.",
    ],
)


def _epaper(head: list[tuple[float, float, float, str]], gap: float) -> bytes:
    """A page whose three columns start `gap` points after the widest line of the one before."""
    placed = [
        *head,
        (30, 725, 9, "Bäder"),  # the topic's label over the headline
        (30, 700, 22, "Stadtbad öffnet erst 2027 wieder"),
        (30, 670, 8.5, "Von Eva Beispiel"),
    ]
    x = 30.0
    for column in _COLUMNS:
        for k, text in enumerate(column):
            placed.append((x, 650 - 11.5 * k, 9, text))
        x += max(len(t) for t in column) * 4.6 + gap  # Helvetica 9 pt: about 4.6 pt a letter
    return pdf_with_layout([placed])


_RUNNING_HEAD = [
    (30, 800, 9, "13"),
    (60, 800, 9, "REGION NEUSTADT"),
    (360, 800, 8.5, "NEUSTÄDTER ANZEIGER Samstag, 29. November 2025"),
]


def test_columns_a_gutter_apart_read_one_after_another() -> None:
    art = _one("seite.pdf", _epaper(_RUNNING_HEAD, gap=14))
    paragraphs = art.body.split("\n\n")
    first, second, third = (" ".join(c) for c in _COLUMNS)
    assert paragraphs[0] == first
    assert paragraphs[1] == second
    assert paragraphs[2].startswith(third.split(" Die Wiedereröffnung")[0])
    assert art.dateline == "Neustadt"


def test_running_head_rubric_beside_page_number_is_the_section() -> None:
    art = _one("seite.pdf", _epaper(_RUNNING_HEAD, gap=14))
    assert art.section == "Region Neustadt"
    assert art.title == "Stadtbad öffnet erst 2027 wieder"


def _with_ad(gap: float) -> bytes:
    placed = [
        (30, 760, 18, "Stadtbad öffnet erst 2027 wieder"),
        *[(30, 730 - 12 * k, 9, t) for k, t in enumerate(_COLUMNS[0])],
    ]
    top = 730 - 12 * len(_COLUMNS[0]) - gap
    placed += [
        (120, top, 14, "Autohaus Beispiel · Winterreifen-Wochen"),
        (120, top - 17, 9, "Räderwechsel ab 29 € · Hauptstraße 12 · Neustadt"),
        (500, top - 60, 6.5, "ANZEIGE"),
    ]
    return pdf_with_layout([placed])


def test_advertisement_box_over_its_mark_is_no_part_of_the_text() -> None:
    art = _one("seite.pdf", _with_ad(gap=50))
    assert "Winterreifen" not in art.body and "Räderwechsel" not in art.body
    assert art.body.startswith("Neustadt. Wer im kommenden Sommer")


def test_lines_right_under_the_text_over_a_mark_stay() -> None:
    # no wide gap between the text and the lines over the mark: they run on from the text
    art = _one("seite.pdf", _with_ad(gap=12))
    assert "Räderwechsel" in art.body


def test_text_column_over_a_mark_under_it_stays() -> None:
    # the text's own column under a picture's gap, the mark of an ad below the page's text
    placed = [
        (30, 760, 18, "Stadtbad öffnet erst 2027 wieder"),
        (30, 740, 8.5, "Von Eva Beispiel"),
        *[(30, 660 - 12 * k, 9, t) for k, t in enumerate(_COLUMNS[0])],
        (30, 660 - 12 * len(_COLUMNS[0]) - 8, 7, "ANZEIGE"),
    ]
    art = _one("seite.pdf", pdf_with_layout([placed]))
    assert art.body.startswith("Neustadt. Wer im kommenden Sommer")
    assert "wie die Stadtwerke am Mittwoch sagten." in art.body


def test_words_spaced_apart_in_one_column_stay_one_line() -> None:
    # runs of one line a little apart, at no x another row starts at: one line
    placed = [(30, 700, 18, "Headline over the text of the page")]
    for k in range(6):
        placed.append((30, 660 - 12 * k, 9, "The council met on Monday"))
        placed.append((30 + 25 * 4.6 + 12 + 3 * k, 660 - 12 * k, 9, "and voted for the plan."))
    art = _one("page.pdf", pdf_with_layout([placed]))
    assert "Monday and voted" in art.body


# --- 2. a release's letterhead set flush right, its wordmark's slogan ------------------------


def _release(letterhead: list[tuple[float, float, float, str]]) -> bytes:
    placed = [
        *letterhead,
        (30, 700, 12, "PRESS RELEASE"),
        (30, 680, 9.5, "Date: 27 November 2025"),
        (30, 650, 16, "New flood scheme for Lakeside moves to construction"),
        (30, 620, 10, "Construction of a flood scheme for Lakeside will start in January 2026,"),
        (30, 607, 10, "the agency has confirmed. Work on walls along the river begins first."),
        (30, 585, 10, "The scheme will protect more than 400 homes and businesses in the town."),
    ]
    return pdf_with_layout([placed])


def _set_right(lines: list[str], right: float = 500.0) -> list[tuple[float, float, float, str]]:
    """The lines in 7.5-point type set flush right at `right`, one under the other."""
    probe = PdfReader(
        io.BytesIO(pdf_with_layout([[(0, 790 - 9 * k, 7.5, t) for k, t in enumerate(lines)]]))
    )
    widths = {ln.text: ln.x1 - ln.x0 for ln in page_lines(probe.pages[0]) or []}
    return [(right - widths[t], 790 - 9 * k, 7.5, t) for k, t in enumerate(lines)]


def test_flush_right_address_is_no_part_of_the_issuer() -> None:
    head = _set_right(["Example Agency", "Mill Lane 4, Riverside", "Lakeside LK1 2AB"])
    logo = [(30, 780, 15, "Example"), (30, 764, 15, "Agency")]
    art = _one("release.pdf", _release([*head, *logo]))
    assert art.source == "Example Agency"


def test_wordmark_over_legal_name_names_the_company() -> None:
    head = _set_right(["Examplo Wind Systems A/S", "Harbour Road 42 · 8200 Aarhus · Denmark"])
    art = _one("release.pdf", _release([*head, (30, 784, 16, "Examplo.")]))
    assert art.source == "Examplo"


def test_wordmark_slogan_in_the_page_header_is_no_part_of_the_issuer() -> None:
    paragraphs = [
        "PRESS RELEASE",
        "Embargoed until 00:01, Tuesday 25 November 2025",
        "Curlew chicks fledge in record numbers on the hills",
        "Curlews have had their best breeding season in over a decade, new figures from "
        "the EXBS show.",
        "Images are available to download here (credit: Jane Roe, exbs-images.com).",
        "The EXBS is the UK's largest nature conservation charity.",
    ]
    art = _one("release.docx", docx_with_header("EXBS  ·  giving nature a home", paragraphs))
    assert art.source == "EXBS"


def test_named_letterhead_keeps_its_dotted_part() -> None:
    # a name with a mid dot and a capitalised part is the name, not a slogan
    paragraphs = [
        "PRESS RELEASE",
        "New depot opens in the north of the city",
        "The new depot opens on Monday, the company said in a statement on Friday.",
    ]
    art = _one("release.docx", docx_with_header("Example · North Rail", paragraphs))
    assert "North Rail" in art.source


# --- 3. a press database's export of a group's paper, a paper's issue line ------------------


def test_group_paper_named_in_full_beats_a_sister_alias() -> None:
    gaz = Gazetteer(
        [
            Outlet("St. Example Blatt", aliases=("Blatt",), group="Example Media"),
            Outlet("Oltingen Blatt", group="Example Media"),
        ]
    )
    lines = ["Mediendatenbank – Dokument 1 von 1", "Oltingen Blatt", "27.11.2025, Seite 23"]
    assert outlet_source("Example Media", url="", lines=lines, gazetteer=gaz) == "Oltingen Blatt"
    lines = ["Mediendatenbank – Dokument 1 von 1", "Blatt", "27.11.2025, Seite 23"]
    assert outlet_source("Example Media", url="", lines=lines, gazetteer=gaz) == "St. Example Blatt"


def test_issue_line_in_quotes_names_the_paper_and_day() -> None:
    paragraphs = [
        "«Новая Газета Примерска» № 47 (1651) от 28 ноября 2025 г.",
        "Рубрика: ГОРОД",
        "Теплотрассу на окраине переложат летом",
        "Мэрия и теплосеть договорились о графике ремонта магистрали, из-за которой в ноябре "
        "без тепла остались 40 домов, две школы и поликлиника.",
        "Аварийный участок теплотрассы заменят целиком летом 2026 года. Решение приняли на "
        "совещании в мэрии, сообщили в пресс-службе.",
    ]
    art = _one("clip.docx", docx_with(paragraphs, table=False))
    assert art.source == "Novaya Gazeta Primerska"
    assert art.published is not None and art.published.date().isoformat() == "2025-11-28"


# --- 4. printed pointers to another page ------------------------------------------------------


def test_pointer_to_another_page_is_chrome() -> None:
    for line in (
        "Turn to page 12 for our Comment.",
        "Kommentar Seite 14",
        "Leitartikel auf Seite 2",
    ):
        assert is_boilerplate(line), line
    for line in ("Turn to the left at the church.", "Kommentar Seite 14 sagt mehr dazu als alles"):
        assert not is_boilerplate(line), line


def test_list_heading_with_its_colon_ends_the_text() -> None:
    assert is_footer("Mehr News aus Neustadt:")
    assert is_footer("Mehr News aus Neustadt")
    assert not is_footer("Mehr News aus Neustadt: Die Stadt baut.")


# --- 5. a site's trail whose first crumb is its address's name --------------------------------


def test_trail_rooted_in_the_host_name_beats_the_label_over_the_headline() -> None:
    paragraphs = [
        "Quelle: https://www.stadt42.de/neustadt/article31045/bruecke-gesperrt.html",
        "abgerufen am 01.12.2025",
        "stadt42  ›  Neustadt",
        "Verkehr",
        "Neustadt: Brücke an der Hauptstraße wird voll gesperrt",
        "Jana Beispiel",
        "28.11.2025, 14:05 Uhr",
        "Neustadt. Autofahrer müssen sich ab Montag auf Umwege einstellen, die Stadt sperrt "
        "die Brücke für drei Wochen.",
        "Die Arbeiten sollen bis zum 19. Dezember abgeschlossen sein, teilte die Stadt mit.",
    ]
    art = _one("clip.docx", docx_with(paragraphs, table=False))
    assert art.section == "Neustadt"


# --- 6. a deck over a bare name, no dateline --------------------------------------------------


def test_deck_over_bare_name_gives_lead_and_author() -> None:
    paragraphs = [
        "Mediendatenbank – Dokument 1 von 1",
        "27.11.2025, Seite 23",
        "Ressort: Region",
        "Bahnhof",
        "Velostation am Bahnhof soll doppelt so gross werden",
        "Die Bahn und die Stadt wollen bis 2028 rund 1200 Plätze schaffen. Das Parlament "
        "entscheidet im Januar.",
        "Jana Beispiel",
        "Wer morgens am Bahnhof sein Velo abstellen will, braucht Geduld. Die Velostation ist "
        "an Werktagen bereits kurz nach sieben Uhr voll.",
        "Nun soll sich das ändern: Stadt und Bahn haben am Mittwoch ein Projekt vorgestellt.",
    ]
    art = _one("clip.docx", docx_with(paragraphs, table=False))
    assert art.author == "Jana Beispiel"
    assert art.body.startswith("Wer morgens am Bahnhof")


def test_deck_over_a_sentence_stays_the_text() -> None:
    # no bare name under the first paragraph: it is the text's, not a deck
    paragraphs = [
        "Velostation am Bahnhof soll doppelt so gross werden",
        "Die Bahn und die Stadt wollen bis 2028 rund 1200 Plätze schaffen. Das Parlament "
        "entscheidet im Januar.",
        "Wer morgens am Bahnhof sein Velo abstellen will, braucht Geduld. Die Velostation ist "
        "an Werktagen bereits kurz nach sieben Uhr voll.",
    ]
    art = _one("clip.docx", docx_with(paragraphs, table=False))
    assert art.body.startswith("Die Bahn und die Stadt")
