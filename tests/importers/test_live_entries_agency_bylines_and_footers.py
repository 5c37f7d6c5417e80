"""Twenty-second blind batch: a print issue on the stamp under a page's headline, a live
blog's entry as the article, the deepest crumb under a known section, an agency as the only
byline, and the lines under a text (correction invitation, wire take-over note, an opinion
piece's bio with its views disclaimer, a bare photo credit)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_end_bio

PARA = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den "
    "Fluss beschlossen, die Arbeiten sollen im kommenden Frühjahr beginnen. "
)
EN_PARA = (
    "The regional council approved the new bridge over the river on Tuesday after a long "
    "debate, and construction is due to start next spring. "
)


def _paste(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_print_issue_stamp_under_the_h1_dates_a_page() -> None:
    page = (
        "<html><head><title>MUSTERBLATT.at</title></head><body>"
        "<h1>Die Brücke kommt</h1>"
        "<div class='autor'>Erika Muster | aus MUSTERBLATT 12/25 vom 03.04.2025</div>"
        f"<div class='text'><p>{PARA * 3}</p><p>{PARA * 2}</p></div></body></html>"
    )
    art = extract("a.html", page.encode("utf-8"))[0].article
    assert art.published is not None and art.published.date().isoformat() == "2025-04-03"


def test_live_blog_entry_shown_on_the_page_is_the_article() -> None:
    ld = (
        '{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Live: Day 3",'
        '"datePublished":"2025-05-02T06:00:00+02:00","liveBlogUpdate":[{"@type":"BlogPosting",'
        '"headline":"Council Approves Bridge","datePublished":"2025-05-02T14:20:00+02:00"},'
        '{"@type":"BlogPosting","headline":"Other Entry",'
        '"datePublished":"2025-05-02T12:00:00+02:00"}]}'
    )
    page = (
        "<html><head><title>Live: Day 3 | Example Post</title>"
        '<meta property="og:title" content="Council Approves Bridge">'
        f'<script type="application/ld+json">{ld}</script></head><body>'
        f"<article><h1>Council Approves Bridge</h1><p>{EN_PARA * 3}</p><p>{EN_PARA * 2}</p>"
        "</article></body></html>"
    )
    art = extract("a.html", page.encode("utf-8"))[0].article
    assert art.title == "Council Approves Bridge"
    assert art.published == datetime(2025, 5, 2, 14, 20, tzinfo=timezone(timedelta(hours=2)))


def test_crumb_under_a_known_section_over_the_kicker_is_the_section() -> None:
    text = _paste(
        "Beispielblatt",
        "Politik",
        "Wirtschaft",
        "Sport",
        "Startseite",
        "Wirtschaft",
        "Regionale Wirtschaft",
        "Neue Pläne",
        "Die Brücke über den Fluss kommt im Frühjahr",
        "Erika Muster",
        "03.04.2025, 10:15",
        PARA * 3,
        PARA * 2,
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.section == "Regionale Wirtschaft"


def test_lines_under_the_text_are_boilerplate() -> None:
    assert is_boilerplate("Hast du einen Fehler gefunden? Jetzt melden.")
    assert is_boilerplate("Haben Sie einen Fehler entdeckt? Hier melden")
    assert is_boilerplate("Found an error? Let us know.")
    assert is_boilerplate(
        "Dieser Artikel wurde automatisch aus dem Dienst der Nachrichtenagentur XYZ "
        "übernommen. Bei Fragen wende dich an feedback@example.ch"
    )
    assert is_boilerplate("Фото ИА «Пример»")
    assert not is_boilerplate("Der Fehler wurde gefunden und behoben, sagte der Sprecher.")


def test_opinion_bio_with_its_views_disclaimer_ends_the_text() -> None:
    bio = "Jane Doe is a researcher at a Vilnius-based think tank. The views expressed are her own."
    assert is_end_bio(bio)
    text = _paste("The bridge we need", EN_PARA * 3, EN_PARA * 2, bio, "Share · Print")
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert "researcher" not in art.body


def test_agency_as_the_only_byline_is_the_source() -> None:
    page = (
        "<html><head><title>Die Brücke kommt | Obertaler Zeitung</title>"
        '<meta property="og:site_name" content="Obertaler Zeitung"></head><body><article>'
        "<h1>Die Brücke kommt im Frühjahr</h1>"
        "<div class='byline'><span class='author'>APA</span> "
        "<span class='date'>03.04.2025 10:15</span></div>"
        f"<p>{PARA * 3}</p><p>{PARA * 2}</p></article></body></html>"
    )
    art = extract("a.html", page.encode("utf-8"))[0].article
    assert art.source == "APA"
    assert not art.author
    person = page.replace(">APA<", ">Erika Muster<")
    assert extract("a.html", person.encode("utf-8"))[0].article.source == "Obertaler Zeitung"
