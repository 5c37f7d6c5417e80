"""Documents read by their layout: a release's sidebar of date and contacts beside its
headline, its letterhead and footer row naming the issuer on every page, a 'Label: value'
field over the release label, and a magazine's running head of name, day and address, its
writer's name in capitals over the text and the note on the writer under it.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.boilerplate import bio_name
from app.model import Extracted
from tests.importers.makers import Placed, docx_with, odt_with, pdf_with_layout

BODY = [
    "Die Wasserwerke haben im Norden der Stadt zwei neue Pumpen in",
    "Betrieb genommen, die bei Hitze mehr Wasser in das Netz geben",
    "und so den Druck in den oberen Etagen der Häuser sichern sollen.",
    "Die Anlage hat rund zwölf Millionen Euro gekostet, teilte das",
    "Unternehmen am Montag mit, die Preise steigen dadurch nicht.",
]
MORE = [
    "Bis zum Jahr 2030 sollen zwei weitere Werke im Süden folgen, die",
    "Planungen laufen bereits, der Bauantrag soll im Frühjahr kommen.",
]


def _column(lines: list[str], top: float) -> list[Placed]:
    return [(0, top - 21 * n, 11.5, t) for n, t in enumerate(lines)]


def _foot(page: int) -> list[Placed]:
    return [
        (14, 38, 7, "Beispiel Wasserwerke · Hauptstraße 1 · 10115 Berlin"),
        (302, 28, 7, f"Seite {page} von 2"),
    ]


def test_a_releases_sidebar_letterhead_and_footer_row() -> None:
    first = [
        (352, 774, 9, "Beispiel Wasserwerke"),
        (374, 720, 8, "Datum: 24.11.2025"),
        (0, 712, 16, "Presseinformation"),
        (374, 703, 7.5, "Pressesprecher: Jan Roe"),
        (374, 692, 7.5, "Telefon 030 0000-000"),
        (0, 680, 14, "Neue Pumpen sichern künftig im Sommer die"),
        (374, 671, 7.5, "presse@example.de"),
        (0, 660, 14, "Wasserversorgung"),
        *_column(BODY, 620),
        *_foot(1),
    ]
    second = [(352, 774, 9, "Beispiel Wasserwerke"), *_column(MORE, 730), *_foot(2)]
    (item,) = extract("release.pdf", pdf_with_layout([first, second]))
    assert isinstance(item, Extracted)
    art = item.article
    assert art.title == "Neue Pumpen sichern künftig im Sommer die Wasserversorgung"
    assert art.source == "Beispiel Wasserwerke"
    assert art.published == datetime(2025, 11, 24)
    assert art.body.startswith("Die Wasserwerke haben")


TEXT = (
    "In the town where I grew up there were four bakeries within living memory, and "
    "now there is one, which opens from Thursday to Sunday and sells very good bread."
)
MORE_TEXT = (
    "The figures are familiar by now: a quarter of the country's small bakeries have "
    "closed since the turn of the century, and the pace has hardly slowed since."
)


def test_a_magazines_running_head_capitals_byline_and_writer_note() -> None:
    assert bio_name("Jane Roe writes about rural affairs.") == "Jane Roe"
    assert bio_name("Medicare writes about costs.") == ""
    paras = [
        "THE EXAMPLE REVIEW | 22 NOVEMBER 2025 | WWW.EXAMPLEREVIEW.CO.UK",
        "FEATURES",
        "The slow decline of the village bakery",
        "Closures have slowed, but the survivors are becoming something else",
        "JANE ROE",
        TEXT,
        MORE_TEXT,
        TEXT.replace("four", "five"),
        "Jane Roe writes about rural affairs.",
    ]
    (item,) = extract("page.docx", docx_with(paras, table=False))
    assert isinstance(item, Extracted)
    art = item.article
    assert art.source == "The Example Review"
    assert art.published == datetime(2025, 11, 22)
    assert art.author == "Jane Roe"
    assert art.dateline == ""
    assert art.body.startswith("In the town where I grew up")
    assert "writes about" not in art.body


SPEECH = (
    "Thank you for inviting me this evening. It is a pleasure to be among so many people "
    "who spend their working lives thinking about how the harbour economy might go wrong."
)
SPEECH_MORE = (
    "My theme tonight is patience. It is a word that has been used so often in the last few "
    "years that it risks losing its meaning, and I want to give some of it back tonight."
)


def test_a_speech_under_its_label_alone_names_speaker_day_and_drops_the_thanks() -> None:
    paras = [
        "Northland Harbour Authority",
        "Speech",
        "Patience is a habit, not a project",
        "Given by Jane Roe, Deputy Chair for Harbour Safety",
        "Annual Dinner of the Harbour Pilots, Northport",
        "Published on 20 November 2025",
        SPEECH,
        SPEECH_MORE,
        "I would like to thank Jo Doe and Sam Poe for their help in preparing these remarks.",
    ]
    (item,) = extract("speech.odt", odt_with(paras))
    assert isinstance(item, Extracted)
    art = item.article
    assert art.title == "Patience is a habit, not a project"
    assert art.author == "Jane Roe"
    assert art.source == "Northland Harbour Authority"
    assert art.published == datetime(2025, 11, 20)
    assert art.body.startswith("Thank you for inviting me")
    assert "Pilots" not in art.body and "I would like to thank" not in art.body


PAPER = (
    "Seit dem Frühjahr erhebt die Stadt eine Abgabe auf Einwegbecher, die Händler an die "
    "Kundschaft weitergeben. Ein halbes Jahr später lässt sich erstmals prüfen, was sie bewirkt."
)
PAPER_MORE = (
    "Unsere Auswertung der Abfallstatistik zeigt, dass die Menge der Einwegbecher um ein "
    "Viertel gesunken ist, während Mehrwegbecher in den Cafés deutlich häufiger ausgegeben werden."
)


def test_a_policy_briefs_logo_box_heading_numbered_heading_and_address_row() -> None:
    paras = [
        "NORDHAFEN POLICY BRIEF",
        "NHI NORDHAFEN",
        "Nr. 12 · 26. November 2025",
        "Abgabe auf Einwegbecher: Wer zahlt sie am Ende?",
        "Anna Beispiel und Jan Muster",
        "Auf den Punkt",
        "• Die Abgabe hat die Zahl der Einwegbecher um ein Viertel gesenkt.",
        "• Die Kosten tragen vor allem die Kundinnen und Kunden.",
        "1 Ausgangslage",
        PAPER,
        PAPER_MORE,
        "Über die Autoren: Anna Beispiel ist Forscherin im Institut, Jan Muster leitet dessen "
        "Abteilung für Stadtökonomie.",
        "Nordhafen Institut für Stadtökonomie · Hafenstraße 6 · 24105 Nordhafen · www.example.de",
    ]
    (item,) = extract("brief.docx", docx_with(paras, table=False))
    assert isinstance(item, Extracted)
    art = item.article
    assert art.title == "Abgabe auf Einwegbecher: Wer zahlt sie am Ende?"
    assert art.source == "Nordhafen Institut für Stadtökonomie"
    assert art.published == datetime(2025, 11, 26)
    assert art.body.startswith("Seit dem Frühjahr")
    assert "Über die Autoren" not in art.body and "Ausgangslage" not in art.body
