"""Text monitoring alerts: rules between items, headlines over stamps and field blocks.

A monitoring service's plain-text alert draws a rule of underscores between its items (only
the last one opens the footer), prints each item's headline over its stamp line or over a
block of fields a line each ('Outlet: X' / 'Date: …' / 'Section: Y'), wraps its text at a
column with the byline ('Autorin: Name') right under the headline, and ends each item in a
row of service links ('Open in the system · Add to report: https://…').
"""

from __future__ import annotations

from datetime import datetime

from app.importers.normalize import unwrap
from tests.importers.makers import REVIEW_DE_MORE, REVIEW_DE_TEXT, articles_of, mail_bytes

EN_TEXT = (
    "The harbour board on Tuesday approved a plan to dredge the eastern channel so that "
    "larger ferries can dock there from next spring, the board's chair told reporters.\n"
)
EN_MORE = (
    "Works will cost about 9 million pounds and are due to start in February, with the "
    "channel closed to small boats at night while the dredgers are at work, she said.\n"
)
RULE = "_" * 60


def test_underscore_rules_between_items_open_no_footer() -> None:
    def item(stamp: str, head: str) -> str:
        return (
            f"{stamp}\n\n{head}\nAutorin: Jana Beispiel\n\n{REVIEW_DE_TEXT}\n\n{REVIEW_DE_MORE}\n"
        )

    body = (
        "Beispiel Media Alert\nSuchprofil: Schulbau\n\n"
        f"{RULE}\n\n"
        + item(
            "Medium: Nordheimer Bote | Ressort: Region | Datum: 24.11.2025", "Schule wird größer"
        )
        + f"\n{RULE}\n\n"
        + item(
            "Medium: Südkurier Online | Ressort: Kreis | Datum: 25.11.2025",
            "Mehr Klassenräume für Südheim",
        )
        + f"\n{RULE}\n\nAlert-Einstellungen | Abmelden\n"
    )
    arts = articles_of("alert.eml", mail_bytes("Beispiel Alerts <a@alerts.example>", "Alert", body))
    assert [a.title for a in arts] == ["Schule wird größer", "Mehr Klassenräume für Südheim"]
    assert [a.source for a in arts] == ["Nordheimer Bote", "Südkurier Online"]
    assert [a.section for a in arts] == ["Region", "Kreis"]
    assert [a.author for a in arts] == ["Jana Beispiel"] * 2


def test_a_wrapped_headline_stays_apart_from_its_labelled_byline() -> None:
    head = "Die neue Regionalbahn über die Oder startet erst im April des Jahres"
    text = "\n".join(
        [
            head,
            "Autorin: Jana Beispiel",
            "",
            "Die angekündigte Verbindung zwischen den beiden Städten wird nicht wie",
            "geplant im Dezember starten, der Verkehrsverbund bestätigte das am Mittwoch",
            "und nannte als Grund die Technik an zwei Bahnübergängen, die noch fehlt und",
            "erst nachgerüstet werden muss, bevor das Eisenbahn-Bundesamt die Anlagen",
            "abnehmen kann und der Betrieb auf der ganzen Strecke aufgenommen wird, wie",
            "ein Sprecher des Verbunds auf Anfrage der Zeitung am Abend noch mitteilte.",
        ]
    )
    lines = unwrap(text).split("\n")
    assert lines[:2] == [head, "Autorin: Jana Beispiel"]


def test_headlines_over_stamp_lines_and_field_blocks() -> None:
    body = (
        "Example Monitor Alert: Harbour\n2 new mentions since your last alert\n\n"
        f"{'=' * 60}\n\n"
        "[1] Ferries to dock in the eastern channel\n"
        "Source: Harbour Post | Date: 25.11.2025 | Section: Port | Author: Ann Lee\n\n"
        f"{EN_TEXT}\n{EN_MORE}\n"
        "Open in the system · Add to report: https://monitor.example/m/1\n\n"
        f"{'=' * 60}\n\n"
        "Dredging plan wins board approval\n\n"
        "Outlet: Port Gazette\nDate: 26/11/2025 18:05\nAuthor: Tom Reed\nSection: Business\n"
        "Reach: 12K | Sentiment: Neutral\n\n"
        f"{EN_TEXT}\n{EN_MORE}\n"
    )
    arts = articles_of(
        "alert.eml", mail_bytes("Example Monitor <a@monitor.example>", "Alert", body)
    )
    assert [a.title for a in arts] == [
        "Ferries to dock in the eastern channel",
        "Dredging plan wins board approval",
    ]
    assert [a.source for a in arts] == ["Harbour Post", "Port Gazette"]
    assert [a.published for a in arts] == [datetime(2025, 11, 25), datetime(2025, 11, 26, 18, 5)]
    assert [a.section for a in arts] == ["Port", "Business"]
    assert [a.author for a in arts] == ["Ann Lee", "Tom Reed"]
    assert all(a.body.startswith("The harbour board") for a in arts)
    assert not any("Add to report" in a.body or "Reach:" in a.body for a in arts)


def test_html_review_items_under_credit_lines_end_at_their_rule() -> None:
    def item(credit: str, head: str) -> str:
        return f"<p>{credit}</p><p><b>{head}</b></p><p>{EN_TEXT}</p><p>{EN_MORE}</p><p>* * *</p>"

    html = (
        "<html><body><p>Example Port Authority · Press office</p><p>PRESS REVIEW 26.11.2025</p>"
        + item("Harbour Post, 26.11.2025, № 131, p. 3", "Ferries to dock in the eastern channel")
        + item("PortNews, 26.11.2025, 12:15, section «Business»", "Dredging plan wins approval")
        + "<p>Review prepared by the press office. For internal use.</p></body></html>"
    )
    mail = mail_bytes("Press Office <p@port.example>", "Review", html, "html")
    arts = articles_of("review.eml", mail)
    assert [a.title for a in arts] == [
        "Ferries to dock in the eastern channel",
        "Dredging plan wins approval",
    ]
    assert [a.source for a in arts] == ["Harbour Post", "PortNews"]
    assert [a.published for a in arts] == [datetime(2025, 11, 26), datetime(2025, 11, 26, 12, 15)]
    assert arts[1].section == "Business"
    assert not any("* * *" in a.body or "prepared by" in a.body for a in arts)


def test_desk_line_with_its_day_and_a_read_on_link_to_the_full_report() -> None:
    from app.importers.newsletter import frame_end
    from app.importers.sections import stated_section

    assert stated_section("Ressort Hafen – 26.11.2025, 11:20 Uhr") == "Hafen"
    assert stated_section("Ressort Hafen") == "Hafen"
    lines = [
        "Die Fähren legen ab dem Frühjahr am Ostkai an, wie die Hafenverwaltung mitteilte.",
        "Zur vollständigen Meldung im Basisdienst »",
        "Abonnement verwalten · Newsletter abbestellen",
    ]
    assert frame_end(lines) == 1


def test_the_issue_line_over_the_first_item_is_no_stamp_of_it() -> None:
    def item(head: str, byline: str) -> str:
        return f"<h2>{head}</h2><p>{byline}</p><p>{EN_TEXT}</p><p>{EN_MORE}</p>"

    html = (
        "<html><body><p>HARBOUR WEEKLY</p><p>Port Briefing · Wednesday 26 November 2025</p>"
        + item("Ferries to dock in the eastern channel", "By Ann Lee | 25 November 2025")
        + item("Dredging plan wins board approval", "By Tom Reed | 26 November 2025")
        + "</body></html>"
    )
    mail = mail_bytes("Harbour Weekly <n@harbour.example>", "Port Briefing", html, "html")
    arts = articles_of("briefing.eml", mail)
    assert [a.published.date() for a in arts] == [
        datetime(2025, 11, 25).date(),
        datetime(2025, 11, 26).date(),
    ]
    assert "Port Briefing" not in {a.source for a in arts}
