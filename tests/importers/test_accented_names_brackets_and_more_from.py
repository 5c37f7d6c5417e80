"""A bare byline whose name has accents ("Desirée Vogt"), the Singapore papers' bracketed
dateline ("[SINGAPORE] …"), a donation box's coffee pitch and the comment rules under the
text, the outlet named by the heading of its other stories ("More from The Example
Courier") and microdata's articleSection over a deeper breadcrumb."""

from __future__ import annotations

from app.importers import extract
from app.importers.agency import bare_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import site_from_more_from
from tests.importers.makers import ARTICLE_HTML, NEWS_MORE, NEWS_TEXT


def test_accented_bare_name_by_the_stamp_is_the_author() -> None:
    text = (
        "Inland\n"
        "Gemeinde plant neue Tramlinie bis zum Bahnhof\n"
        "Der Gemeinderat legt einen Bericht zur Finanzierung vor. Die Opposition zweifelt.\n"
        "Zoë Brändlé-Núñez\n"
        "27.11.2025 · 18:12\n"
        "Der Gemeinderat will die neue Tramlinie bis zum Bahnhof in drei Jahren bauen und hat "
        "dafür am Donnerstag einen Bericht verabschiedet, über den das Parlament entscheidet.\n"
        "Die Kosten schätzt die Regierung auf rund 40 Millionen Franken für die ganze Strecke.\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.author == "Zoë Brändlé-Núñez"
    assert art.body.startswith("Der Gemeinderat will")


def test_bracketed_capitals_place_opening_the_text_is_the_dateline() -> None:
    found = bare_dateline("[SINGAPORE] Resale prices of flats rose 0.9 per cent in the quarter.")
    assert found is not None and found.place == "Singapore"
    found = bare_dateline("[KUALA LUMPUR] The central bank kept its policy rate unchanged.")
    assert found is not None and found.place == "Kuala Lumpur"
    assert bare_dateline("[UPDATE] The central bank kept its policy rate unchanged.") is None
    assert bare_dateline("[VIDEO] Crowds gathered in the square on Sunday evening.") is None


def test_donation_box_coffee_pitch_is_chrome() -> None:
    pitch = (
        "Support our Newsroom today – For the price of a cup of coffee a month you can help "
        "us create an independent, not-for-profit news service for the people of the region, "
        "by the people of the region."
    )
    assert is_boilerplate(pitch)
    assert is_boilerplate(
        "Unterstützen Sie Beispielblatt – für den Preis einer Tasse Kaffee im Monat sichern "
        "Sie unabhängigen Lokaljournalismus in der ganzen Region, jeden Tag und überall."
    )
    assert not is_boilerplate(
        "Support for the scheme has grown, the minister said, and a coffee shop owner "
        "told the committee the price of a cup of coffee had doubled in two years."
    )


def test_comment_rules_under_the_text_are_chrome() -> None:
    assert is_boilerplate("Please read our rules before commenting.")
    assert is_boilerplate("Read our community guidelines before posting.")
    assert is_boilerplate("Bitte beachten Sie unsere Netiquette.")
    assert not is_boilerplate("He told members to read our rules before voting on the plan.")


def test_more_from_heading_names_the_outlet() -> None:
    assert site_from_more_from(["Sign in to comment", "More from The Example Courier"]) == (
        "The Example Courier"
    )
    assert site_from_more_from(["Mehr vom Beispieler Tagblatt", "Impressum"]) == (
        "Beispieler Tagblatt"
    )
    assert site_from_more_from(["More from Politics", "Contact us"]) == ""
    text = (
        "Tram network to grow by 40 kilometres under council plan\n"
        "By Jane Roe\n"
        "November 25 2025, 5.45pm\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
        "Please read our rules before commenting.\n"
        "Sign in to comment\n"
        "More from The Example Courier\n"
        "Trams\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.source == "The Example Courier"
    assert "Please read our rules" not in art.body


def test_microdata_article_section_over_a_deeper_crumb() -> None:
    page = (
        "<html lang='en'><head><title>Rail trips hit record</title></head><body>"
        "<div class='breadcrumbs'><a href='/'>Home</a> » <a href='/economy/'>Economy</a> » "
        "<a href='/economy/transport/'>Transport</a></div>"
        "<article itemscope itemtype='https://schema.org/NewsArticle'>"
        "<meta itemprop='articleSection' content='Economy'>"
        "<h1 itemprop='headline'>Rail trips hit record</h1>"
        f"{ARTICLE_HTML}</article></body></html>"
    )
    art = extract("p.html", page.encode())[0].article
    assert art.section == "Economy"
