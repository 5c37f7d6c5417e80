"""A person who mails, forwards or shares a page is never its source while the page names
its outlet: an app's share line ('Shared via The X app') and the page pasted under a
signature's '--', a masthead the page's footer repeats before its tagline, a subject's
outlet printed alone over the page. A page that names no outlet keeps the person."""

from __future__ import annotations

from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes


def test_an_app_share_over_a_signature_dash_reads_the_pasted_page_and_its_agency() -> None:
    body = (
        "Tram network to grow by forty kilometres\n"
        "https://www.examplewire-news.example/city/tram-network\n\n"
        "Shared via The Example Ledger app\n\n--\n"
        "pasted the full text below since the link wants a login on my laptop\n\n"
        "News\nCity\nTram network to grow by forty kilometres\nStaff\n"
        "Published: 22 Nov 2025, 4:18 PM\n3 min read\n\n"
        f"Springfield, Nov 22 (Reuters) {NEWS_TEXT}\n\n{NEWS_MORE}\n\n{NEWS_TEXT}\n\n"
        "Sent from my iPhone\n"
    )
    data = mail_bytes("Dana Whitmore <dana.w@mail.example>", "Tram network", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Reuters"
    assert art.dateline == "Springfield"
    assert art.body.startswith("Springfield, Nov 22 (Reuters) The city council")
    assert "Shared via" not in art.body


def test_an_app_share_without_agency_names_the_apps_outlet() -> None:
    body = (
        "Zwei neue Radwege am Ufer bis zum Sommer geplant\n"
        "https://www.beispielbote.example/lokales/radwege\n\n"
        "Geteilt über die Beispielbote-App\n\n--\n"
        "Lokales\nZwei neue Radwege am Ufer bis zum Sommer geplant\n"
        "25.11.2025, 07:30 Uhr\nVon Jana Muster\n\n"
        f"{MAIL_DE}\n\n{MAIL_DE}\n\n{MAIL_DE}\n"
    )
    data = mail_bytes("Jörg Mustermann <j.m@verband.example>", "Radwege", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Beispielbote"


def test_a_forwarded_page_whose_footer_repeats_its_masthead_names_that_outlet() -> None:
    body = (
        "Fürs Archiv.\n\nViele Grüße\nLea\n\n"
        "---------- Forwarded message ---------\n"
        "Von: Tom Beispiel <tom.beispiel@mail.example>\n"
        "Date: Fr., 21. Nov. 2025 um 18:20 Uhr\nSubject: Radwege\n"
        "To: Lea Muster <lea@verein.example>\n\n\n"
        "Hi Lea, das passt zu unserer Anfrage.\nTom\n\n"
        "RECHERCHEWERK\n\nSpenden\n\nNewsletter\n\n"
        "Zwei neue Radwege am Ufer bis zum Sommer geplant\n\n"
        "von Anna Beispiel\n\n21. November 2025\n\n"
        f"{MAIL_DE}\n\n{MAIL_DE}\n\n{MAIL_DE}\n\n"
        "RECHERCHEWERK – Recherchen für alle · Impressum · Datenschutz\n"
    )
    data = mail_bytes("Lea Muster <lea@verein.example>", "Fwd: Radwege", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "RECHERCHEWERK"


def test_a_subjects_outlet_printed_alone_over_the_page_is_the_source() -> None:
    body = (
        "I saw this in the app and thought you'd want it for the file.\n\n"
        "Sent from my Galaxy\n\n----\n\n"
        "Example Herald\nNews\nTram network to grow by forty kilometres\n"
        "Jo Writer\nFri 28 Nov 2025 at 12:30\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    )
    data = mail_bytes(
        "Aileen Murphy <a.murphy@comms.example>", "Example Herald: Tram network grows", body
    )
    (art,) = articles_of("m.eml", data)
    assert art.source == "Example Herald"


def test_a_subject_short_of_the_notices_leading_article_takes_the_name_in_full() -> None:
    body = (
        "Clip for the digest.\n\nKevin\n\n"
        "Subscribe\nLog In\nLocal News\n\n"
        "Власти утвердили план ремонта двенадцати мостов\n\n"
        f"{MAIL_RU}\n\n{MAIL_RU}\n\n{MAIL_RU}\n\n"
        "Copyright © 2025 The Example Sun\n"
    )
    data = mail_bytes("Kevin Doe <kdoe@coalition.example>", "Example Sun: мосты", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "The Example Sun"


def test_a_persons_own_note_naming_no_outlet_keeps_the_person() -> None:
    # look-alike: a device signature, a dash and a capitalised first line, but no outlet
    body = (
        f"Notes from today\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{NEWS_TEXT}\n\n"
        "Sent from my iPhone\n\n--\nPriya Sharma\nAnalyst\n"
    )
    data = mail_bytes("Priya Sharma <p.sharma@think.example>", "Notes from today", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Priya Sharma"


def test_a_dateline_opening_with_a_crumbs_place_is_no_footer_masthead() -> None:
    """A short page's last lines hold its paragraphs: 'Beispielstadt – Der Stadtrat …' opens
    with the place a crumb over the headline printed alone, and is no footer naming it."""
    body = (
        "Hallo zusammen,\n\nbitte für den Pressespiegel aufnehmen.\n\nViele Grüße\nSabine\n\n"
        "Von: Muster, Tom <t.muster@planung.example>\n"
        "Gesendet: Montag, 24. November 2025 08:57\nBetreff: Artikel Radwege\n\n"
        "Startseite\nBeispielstadt\nZwei neue Radwege am Ufer bis zum Sommer geplant\n"
        "Stand: 24.11.2025, 06:45 Uhr\nVon: Jana Muster\n"
        f"Beispielstadt – {MAIL_DE}\n\n{MAIL_DE}\n\n{MAIL_DE}\n"
    )
    data = mail_bytes('"Brandl, Sabine" <s.brandl@planung.example>', "WG: Artikel Radwege", body)
    (art,) = articles_of("m.eml", data)
    assert art.dateline == "Beispielstadt"
    assert art.source != "Beispielstadt"
