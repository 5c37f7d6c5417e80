"""A breadcrumb trail pasted one crumb a line over the headline (invented clippings): its
deepest crumb, a known section under another, is the section; an unknown word there is the
story's topic (a kicker), and a menu of section names is no trail. "Trade" is a known
section name (a label over a page's headline)."""

from __future__ import annotations

from app.importers import extract
from app.importers.compose import compose
from tests.importers.makers import ARTICLE_HTML

_TEXT = (
    "Mehrere Hundert Grundversorger haben zum Jahreswechsel Preissenkungen angekündigt, "
    "wie ein Vergleichsportal am Freitag mitteilte.\n"
    "Wer trotzdem wechselt, kann nach Angaben der Verbraucherzentralen noch mehr sparen.\n"
)
_MENU = "Beispiel Online\nNachrichten\nSport\nFinanzen\nLeben\nSamstag, 29.11.2025\n"


def test_deepest_known_crumb_with_a_kicker_under_it() -> None:
    text = _MENU + (
        "Startseite\nFinanzen\nEnergie\nStrompreise 2026\n"
        "Viele Versorger senken zum Jahreswechsel die Preise\n24.11.2025, 10:00 Uhr\n"
    )
    art = compose(text + _TEXT, ())
    assert art.title == "Viele Versorger senken zum Jahreswechsel die Preise"
    assert art.section == "Energie"


def test_unknown_deepest_crumb_is_a_topic() -> None:
    text = _MENU + (
        "Startseite\nFinanzen\nVersorgerwechsel\n"
        "Viele Versorger senken zum Jahreswechsel die Preise\n24.11.2025, 10:00 Uhr\n"
    )
    assert compose(text + _TEXT, ()).section == "Finanzen"


def test_trade_is_a_known_section_in_a_label_over_the_headline() -> None:
    page = (
        "<html><head><title>EXAMPLE</title></head><body><main>"
        "<div class='label'>Trade</div><h1>Steel talks stall as capitals split</h1>"
        f"{ARTICLE_HTML}</main></body></html>"
    )
    assert extract("p.html", page.encode())[0].article.section == "Trade"
