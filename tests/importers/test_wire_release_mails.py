"""A release wire's alert mail: the dateline 'SALINAS, Calif.--(EXAMPLE WIRE)--' keeps its
state, the issuer named first in the text is the source (the wire only carried it), and the
subject 'Example Wire alert: X' stands for the printed headline that opens with X.
"""

from __future__ import annotations

from app.importers.agency import parse_dateline
from tests.importers.makers import NEWS_MORE, articles_of, mail_bytes


def test_a_wire_dateline_keeps_the_us_state_after_the_city() -> None:
    line = "PORTLAND, Ore.--(EXAMPLE WIRE)--Acme Tools Inc., a maker of hand tools, today said"
    dateline = parse_dateline(line, ())
    assert dateline is not None and dateline.place == "Portland, Ore."
    other = parse_dateline("BERLIN, 24.11.2025 (dpa) - Die Regierung", ())
    assert other is not None and other.place == "Berlin"


def test_a_wire_alerts_issuer_and_printed_headline() -> None:
    text = (
        "Acme Tools Opens New Plant in Oregon to Double Output of Hand Tools\n\n"
        "November 24, 2025 08:00 AM Eastern Standard Time\n\n"
        "PORTLAND, Ore.--(EXAMPLE WIRE)--Acme Tools Inc., a maker of hand tools for builders, "
        "today announced the opening of a new plant near Portland that will double its output "
        "of hand tools by the end of next year.\n\n"
        f"{NEWS_MORE}\n\nContacts\nMedia: Jane Doe, press@example-acme.com\n"
    )
    subject = "Example Wire alert: Acme Tools Opens New Plant in Oregon"
    (art,) = articles_of(
        "alert.eml", mail_bytes("Example Wire <alerts@example-wire.com>", subject, text)
    )
    assert art.title == "Acme Tools Opens New Plant in Oregon to Double Output of Hand Tools"
    assert art.source == "Acme Tools"
    assert art.dateline == "Portland, Ore."
