"""Notes under the text that are no text (an op-ed's writer blurb, its print-edition line, a
"like us on Facebook" plea, an editor's update note, a broker's disclosure, a local desk's
"Weitere Artikel aus …" list) and a saved page's breadcrumb written as plain text."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate


def test_opinion_page_notes_are_chrome() -> None:
    assert is_boilerplate("The writer is a water engineer based in Example City")
    assert is_boilerplate("Die Autorin ist Professorin für Stadtplanung in Kassel.")
    assert is_boilerplate("Published in The Example Tribune, March 3rd, 2025.")
    assert is_boilerplate("Like Opinion & Editorial on Facebook, follow @ExOpEd on X for updates.")
    # a sentence about a writer in the text stays
    assert not is_boilerplate("The writer is said to have left the city in a hurry last year.")


def test_update_note_and_broker_disclosure_are_chrome() -> None:
    assert is_boilerplate(
        "Update, March 4: This article has been updated to correct the name of the contractor."
    )
    assert is_boilerplate(
        "Hinweis auf Interessenkonflikte: Der Autor hält keine Positionen in den besprochenen "
        "Wertpapieren. Risikohinweis: Jedes Investment ist mit Risiken verbunden."
    )


_LOCAL = "\n".join(
    [
        "Startseite > Region > Example > Example Stadt",
        "Hafenausbau",
        "Hafenausbau in Example: Kaimauer wird teurer",
        "Von Anna Keller",
        "27. November 2025 - 07:00 Uhr",
        (
            "Example. Die neue Kaimauer am Hafen wird deutlich teurer als geplant, teilte die "
            "Stadtverwaltung in der Sitzung des Bauausschusses mit. Grund seien gestiegene "
            "Preise für Stahl."
        ),
        "Der Ausschuss stimmte den Mehrkosten zu, die Arbeiten sollen im Frühjahr beginnen.",
        "Artikel teilen:  Facebook  WhatsApp  E-Mail",
        "Weitere Artikel aus Example",
        "Adventsmarkt am Rathausplatz eröffnet",
        "Example plus: Jetzt 4 Wochen für 0,99 Euro testen",
        "Impressum  Datenschutz  Kontakt  Mediadaten",
        "© 2025 example – Mediengruppe Example Tagblatt",
        "",
    ]
)


def test_local_desk_list_ends_the_text() -> None:
    art = extract("clip.txt", _LOCAL.encode())[0].article
    assert art.body.endswith("die Arbeiten sollen im Frühjahr beginnen.")


_PAGE = """<html><head><meta charset="utf-8"><title>Example Börse - Nachrichten</title></head>
<body><header><a class="logo">EXAMPLE BÖRSE</a></header>
<main><div class="breadcrumb">Home &gt; News &gt; Rohstoffe</div>
<h1>Kupferpreis steigt auf Jahreshoch</h1>
<p>Der Kupferpreis ist am Mittwoch in London auf den höchsten Stand seit einem Jahr gestiegen.
Händler verwiesen auf die starke Nachfrage aus China und knappe Lagerbestände.</p>
<p>Auch die Aktien der großen Minenkonzerne legten zu.</p>
</main></body></html>"""


def test_plain_text_breadcrumb_gives_the_deepest_crumb() -> None:
    art = extract("page.html", _PAGE.encode())[0].article
    assert art.section == "Rohstoffe"
