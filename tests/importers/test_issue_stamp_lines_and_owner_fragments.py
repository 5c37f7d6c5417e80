"""Twenty-second blind batch: a print issue on a pasted stamp line ("Name | aus X 47/25 vom
…"), a footer's owner cut at its middle dot, a media group as publisher."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.dates import without_issue
from app.importers.sitename import copyright_owner, is_company_name

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


def test_print_issue_on_the_stamp_leaves_its_date() -> None:
    assert without_issue("aus MUSTERBLATT 12/25 vom 03.04.2025").split() == ["03.04.2025"]
    text = _paste(
        "Die Brücke kommt",
        "Erika Muster | aus MUSTERBLATT 12/25 vom 03.04.2025",
        PARA * 3,
        PARA * 2,
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.published == datetime(2025, 4, 3)
    assert art.author == "Erika Muster"


def test_footer_owner_is_cut_at_its_middle_dot() -> None:
    assert copyright_owner("© 2025 Beispiel · XYZ Verlags GmbH · Impressum") == "Beispiel"
    assert copyright_owner("© 2025 Beispielblatt · Alle Rechte vorbehalten") == "Beispielblatt"


def test_media_group_publisher_does_not_beat_the_site_name() -> None:
    assert is_company_name("XY Media")
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Die Brücke kommt",'
        '"datePublished":"2025-04-03T10:15:00+02:00","publisher":{"@type":"Organization",'
        '"name":"XY Media"}}'
    )
    page = (
        "<html><head><title>Die Brücke kommt | Obertaler Zeitung</title>"
        '<meta property="og:site_name" content="Obertaler Zeitung">'
        f'<script type="application/ld+json">{ld}</script></head><body>'
        f"<article><h1>Die Brücke kommt</h1><p>{PARA * 3}</p><p>{PARA * 2}</p></article>"
        "<footer>© XY Media · Impressum</footer></body></html>"
    )
    art = extract("a.html", page.encode("utf-8"))[0].article
    assert art.source == "Obertaler Zeitung"
