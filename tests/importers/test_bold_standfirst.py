"""A paragraph set wholly in bold under the headline, the byline and the stamp, before the
plain text: the standfirst (invented pages)."""

from __future__ import annotations

from app.importers import extract

_TEXT = (
    "<p>Die Straßenbahn wird ab dem 13. Dezember bis zum Flughafen fahren. Das teilte die "
    "Ministerin am Dienstag bei einer Pressekonferenz mit.</p>"
    "<p>Vom Hauptbahnhof bis zum Flughafen benötigt die Bahn künftig etwa 25 Minuten. In den "
    "Stoßzeiten sollen die Bahnen alle sechs Minuten verkehren.</p>"
    "<p>Die Kosten für die Verlängerung belaufen sich auf rund 190 Millionen Euro, etwas mehr "
    "als ursprünglich geplant, so die Ministerin.</p>"
)
_BOLD = (
    "Nach Jahren der Bauarbeiten ist die Verlängerung der Linie fertiggestellt. Der Betrieb "
    "startet im Dezember."
)


def _page(first: str) -> str:
    return (
        "<html lang='de'><head><title>Bahn fährt bis zum Flughafen</title></head><body><main>"
        "<h1>Bahn fährt bis zum Flughafen</h1><p class='author'>Jane Doe</p>"
        f"<p class='time'>18.11.2025 um 16:05</p>{first}{_TEXT}</main></body></html>"
    )


def test_bold_paragraph_under_the_stamp_is_the_lead() -> None:
    art = extract("p.html", _page(f"<p><strong>{_BOLD}</strong></p>").encode())[0].article
    assert art.lead == _BOLD
    assert art.body.startswith("Die Straßenbahn wird ab dem 13. Dezember")


def test_bold_words_inside_a_paragraph_make_no_lead() -> None:
    page = _page(f"<p><strong>Luxemburg.</strong> {_BOLD}</p>")
    assert extract("p.html", page.encode())[0].article.lead == ""
