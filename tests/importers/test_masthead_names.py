"""Mastheads of the eighth held-out batch's kind: a logo's alt text, regional newspaper
words, a donation button above the logo, a nationality before "News Agency"."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sections import section_of_line
from app.importers.sitename import brand_name, masthead_brand, site_from_masthead

MENU = ["Politik", "Wirtschaft", "Sport"]


def _chrome(line: str) -> bool:
    return is_boilerplate(line) or bool(section_of_line(line))


def test_logo_alt_text_is_not_part_of_the_name() -> None:
    lines = ["Zum Inhalt springen", "WDX Logo", "Nachrichten", "Suche", *MENU]
    assert masthead_brand(lines, _chrome, "Westdeutscher Beispielfunk") == "WDX"


def test_regional_newspaper_word_beats_the_owner_company() -> None:
    lines = ["Zum Hauptinhalt springen", "Seetaler Anzeiger", "Abo", "Login", *MENU]
    assert masthead_brand(lines, _chrome, "Beispiel Medien") == "Seetaler Anzeiger"
    lines = ["Nordkurier-Rundschau", "Abo", "Anmelden", *MENU]
    assert masthead_brand(lines, _chrome, "Beispiel Verlag") == "Nordkurier-Rundschau"


def test_support_button_above_the_logo_is_not_the_name() -> None:
    lines = ["Skip to main content", "Support", "Example Chronicle", "Subscribe", "Sign in"]
    assert site_from_masthead(lines, _chrome) == "Example Chronicle"


def test_nationality_ending_in_ine_keeps_news_agency() -> None:
    assert brand_name("Argentine News Agency") == "Argentine News Agency"
    assert brand_name("Examplia News Agency") == "Examplia"


def test_short_header_masthead_over_a_breadcrumb_names_the_outlet() -> None:
    text = (
        "Example Freight Weekly\n"
        "Home › News › Ports\n"
        "Ports\n"
        "Terminal operator doubles capacity at northern quay\n"
        "24 November 2025\n"
        "The operator of the northern container quay said on Monday it had doubled its annual "
        "handling capacity after the commissioning of four new ship-to-shore cranes and an "
        "extended storage yard, with rail connections to follow next spring.\n\n"
        "The company said the expansion would shorten waiting times for feeder vessels and "
        "allow two large ships to be handled at the same time during peak periods.\n"
    )
    article = extract("clip.txt", text.encode())[0].article
    assert article.source == "Example Freight Weekly"
    assert article.title == "Terminal operator doubles capacity at northern quay"


def test_consent_banner_over_the_page_is_chrome() -> None:
    banner = [
        "Wir respektieren Ihre Privatsphäre",
        "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und "
        "Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Mit "
        "einem Klick auf „Alle akzeptieren“ willigen Sie in die Verarbeitung Ihrer Daten ein.",
        "Alle akzeptieren",
        "Einstellungen",
        "Nur notwendige Cookies",
    ]
    assert all(is_boilerplate(line) for line in banner)
    assert not is_boilerplate(
        "Viele Websites verwenden Cookies, um Nutzer zu verfolgen, kritisierte die "
        "Verbraucherzentrale am Montag in Berlin."
    )
    text = "\n".join(
        [
            *banner,
            "Beispieler Kurier",
            "Abo",
            "Anmelden",
            "Stadt baut den Radweg an der Allee bis 2027 aus",
            "24.11.2025, 17:35",
            "BEISPIELSTADT - Die Allee bekommt auf ganzer Länge einen geschützten Radweg, das "
            "hat die Stadtverordnetenversammlung am Donnerstagabend mit großer Mehrheit "
            "beschlossen.",
            "Die Arbeiten sollen im Frühjahr beginnen und bis Ende 2027 abgeschlossen sein.",
            "© Beispiel Mediengruppe GmbH & Co. KG",
        ]
    )
    article = extract("paste.txt", text.encode())[0].article
    assert article.title == "Stadt baut den Radweg an der Allee bis 2027 aus"
    assert article.source == "Beispieler Kurier"
    assert article.body.startswith("BEISPIELSTADT - Die Allee")
