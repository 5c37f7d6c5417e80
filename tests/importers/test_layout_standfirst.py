"""Page layouts of 2025 pastes: standfirst above the stamp, split date/time, kickers and
breadcrumbs above the headline. Small inline texts, one rule each."""

from __future__ import annotations

from datetime import datetime

from app.importers.compose import compose
from app.importers.profiles import load_profiles
from app.importers.sections import section_of_line

PROFILES = load_profiles()
TEXT = "Die Gewerkschaft hat mit Streiks gedroht, sagte der Vorsitzende am Mittwoch in Frankfurt."
MORE = "Die Bahn hatte in der vergangenen Woche eine Lohnerhöhung von 4,5 Prozent angeboten."


def test_standfirst_above_byline_and_stamp_is_the_lead() -> None:
    paste = "\n".join([
        "Politik", "Wirtschaft",
        "Tarifkonflikt bei der Bahn",
        "Lokführer drohen mit unbefristeten Streiks im Güterverkehr",
        "Die Gewerkschaft lehnt das Angebot ab. Betroffen wären vor allem Chemiekunden im Westen.",
        "Von Anna Keller", "12.03.2025, 14.32 Uhr",
        "Güterzug im Rangierbahnhof: Kunden fürchten Engpässe bei der Versorgung der Werke.",
        "Foto: Marcus Brandt / dpa",
        TEXT, MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Lokführer drohen mit unbefristeten Streiks im Güterverkehr"
    assert art.published == datetime(2025, 3, 12, 14, 32)
    assert art.author == "Anna Keller"
    assert art.body.startswith("Die Gewerkschaft hat mit Streiks")
    assert "Kunden fürchten" not in art.body and art.lead.startswith("Die Gewerkschaft lehnt")


def test_prose_without_a_stamp_below_stays_the_first_paragraph() -> None:
    art = compose(f"Überschrift der Meldung hier\n{TEXT}\n{MORE}", PROFILES)
    assert art.body.startswith("Die Gewerkschaft hat")


def test_date_and_time_on_two_lines_make_one_stamp() -> None:
    paste = f"Italian wine exports dip as US demand slows\n02 April 2025\n15:41\n{TEXT}\n{MORE}"
    assert compose(paste, PROFILES).published == datetime(2025, 4, 2, 15, 41)


def test_breadcrumb_without_separators_names_the_section() -> None:
    assert section_of_line("Startseite Wirtschaft Unternehmen Deutsche Bahn") == "Wirtschaft"
    assert section_of_line("ANSA.it - English - News - Business") == "Business"
    assert section_of_line("Home office rules change") == ""


def test_html_lead_class_standfirst_and_bold_place_opener() -> None:
    from app.importers import extract

    para = "Der Hafen hat im Februar deutlich mehr Container umgeschlagen als ein Jahr zuvor. " * 3
    page = (
        "<html><head><title>Hafen meldet Rekord</title></head><body><article>"
        "<h1>Hafen meldet Rekord beim Umschlag</h1>"
        '<p class="story-leadText">Der Containerumschlag im Hafen wächst wieder kräftig, '
        "die Reedereien melden volle Schiffe und längere Liegezeiten.</p>"
        f"<p><strong>Bremerhaven</strong> – {para}</p>"
        f"<p>Die Betreiber rechnen mit einem weiteren Anstieg im Frühjahr. {para}</p>"
        "</article></body></html>"
    )
    art = extract("p.html", page.encode("utf-8"))[0].article
    assert art.dateline == "Bremerhaven"
    assert art.body.startswith("Bremerhaven – Der Hafen")
    assert art.lead.startswith("Der Containerumschlag")
