"""Photo credits without a "Foto:" marker ("Name Name / Agency", "… Photographer: Name/
Agency"), a gift-link button and a page footer's legal links and prompts, met in the
eleventh held-out batch; each rule on its own invented lines."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.compose import compose, is_credit_line


def test_name_slash_agency_is_a_photo_credit() -> None:
    assert is_credit_line("Petra Muster / Keystone")
    assert is_credit_line("Jan Beispiel / KEYSTONE")
    assert is_credit_line("Élodie Exemple / Reuters")
    assert not is_credit_line("Wirtschaft / Unternehmen")  # one word before the slash: a path
    assert not is_credit_line("Merz / Scholz")
    assert not is_credit_line("petra muster / keystone")


def test_caption_ending_in_photographer_credit() -> None:
    assert is_caption("Trucks queue at the border crossing at dawn. Photographer: Jane Roe/Example")
    assert is_caption("Lastwagen am Grenzübergang. Fotograf: Max Muster")
    assert not is_caption("The photographer said the crossing had been closed since May.")


def test_caption_over_name_credit_is_not_the_text() -> None:
    text = (
        "Wirtschaft\n"
        "Die Exporte der Seilbahnbauer brechen ein\n"
        "Die Ausfuhren sinken um ein Fünftel. Die Branche hofft auf den Winter in Asien.\n"
        "Hans Beispiel\n"
        "18.11.2025, 09.12 Uhr\n"
        "Teilen\n"
        "Ein Monteur prüft eine Gondel. Die Branche blickt vorsichtig auf die Saison.\n"
        "Petra Muster / Keystone\n"
        "Die Schweizer Seilbahnbauer haben im Oktober deutlich weniger Anlagen ins Ausland "
        "verkauft, wie der Branchenverband am Dienstag mitteilte. Es ist der stärkste Rückgang "
        "seit Jahren.\n"
    )
    art = compose(text, ())
    assert art.title == "Die Exporte der Seilbahnbauer brechen ein"
    assert art.body.startswith("Die Schweizer Seilbahnbauer haben")
    assert "Monteur" not in art.body and "Keystone" not in art.body


def test_photographer_caption_is_not_the_title() -> None:
    text = (
        "Markets\n"
        "Port Operator Picks Three Bidders for New Container Terminal\n"
        "State company narrows the field after a year of talks\n"
        "By Jane Roe\n"
        "November 13, 2025 at 9:15 AM EST\n"
        "Save\n"
        "Gift this article\n"
        "Listen\n"
        "Cranes at the harbour at dusk. Photographer: John Doe/Example\n"
        "The state port operator has narrowed the list of potential partners for its new "
        "container terminal to three companies, people familiar with the matter said.\n"
    )
    art = compose(text, ())
    assert art.title == "Port Operator Picks Three Bidders for New Container Terminal"
    assert art.body.startswith("The state port operator")


def test_gift_link_and_footer_legal_links_are_chrome() -> None:
    for line in (
        "Gift this article",
        "LEARN MORE",
        "Terms of Service",
        "Privacy Policy",
        "Trademarks",
        "AGB",
        "Do Not Sell or Share My Personal Information",
        "Политика конфиденциальности",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("The terms of service changed in May, the regulator said.")


def test_reader_prompts_and_revision_note_under_the_text() -> None:
    assert is_boilerplate("Have a confidential tip for our reporters? Get in touch")
    assert is_boilerplate("Sollten Sie Fehler im Artikel entdecken, melden Sie diese bitte.")
    assert is_boilerplate("(Updates with comment from the company in fourth paragraph.)")
    assert not is_boilerplate("(The company declined to comment.)")
