"""A monitoring alert whose clips print the outlet's row over or under the headline and
rows of labelled fields under it ('Section: X · Author: Y', 'Reach: 1.2M UMV Sentiment:
Positive'), under the alert's own name and count line ('3 new mentions · date – date')."""

from __future__ import annotations

from email.message import EmailMessage

from app.importers import extract
from app.importers.headrows import field_row, fields_under_head
from app.importers.newsletter import is_link_label
from app.importers.stampline import is_found_count
from app.model import Extracted

_CLIPS = [
    (
        "Harbour board delays the ferry terminal rebuild again",
        "Example Coast Herald · Online News · Nov 30, 2026 3:05 PM ET",
        "Section: Metro · Author: Jane Sample",
        "The harbour board voted on Monday to push back the rebuild of the ferry terminal "
        "by another year, citing rising steel prices and a shortage of marine contractors.",
    ),
    (
        "Ferry operators warn of winter timetable cuts",
        "Example Wire · Wire · Nov 30, 2026 6:40 PM ET",
        "Section: Transport & Logistics · Author: John Example",
        "Two ferry operators said on Monday they could cut winter sailings by a fifth if "
        "the terminal works run on, leaving island residents with fewer crossings a day.",
    ),
    (
        "Island residents plan protest over crossing cuts",
        "Example Valley Times · Online News · Dec 1, 2026 7:15 AM ET",
        "Section: Local",
        "Residents of the two largest islands said they would gather at the harbour on "
        "Saturday to protest against the planned cuts to the winter ferry timetable.",
    ),
]


def _alert() -> bytes:
    rows = []
    plain = [
        'Example Monitor | Daily Alert: "Ferry Terminal"',
        "3 new mentions · Nov 30, 2026 12:00 PM – Dec 1, 2026 8:00 AM ET",
        "",
        "Note from your account team: duplicate wire copies were removed.",
        "",
    ]
    for n, (head, stamp, fields, text) in enumerate(_CLIPS, 1):
        rows.append(
            f'<tr><td><a href="https://app.example/clip/{n}"><b>{head}</b></a>'
            f"<div>{stamp}</div><div>{fields}</div>"
            f"<div><span>Reach: {n}.2M UMV</span> <span>Sentiment: Neutral</span></div>"
            f'<p>{text}</p><a href="https://app.example/clip/{n}">View clip</a></td></tr>'
        )
        plain += [f"{n}. {head}", stamp, fields, f"Reach: {n}.2M UMV · Sentiment: Neutral", ""]
        plain += [text, "", f"View clip: https://app.example/clip/{n}", ""]
    html = (
        "<html><body><table>"
        '<tr><td><b>Example Monitor</b><br>Daily Alert: "Ferry Terminal"</td></tr>'
        "<tr><td>3 new mentions · Nov 30, 2026 12:00 PM – Dec 1, 2026 8:00 AM ET<br>"
        "<i>Note from your account team: duplicate wire copies were removed.</i></td></tr>"
        + "".join(rows)
        + "<tr><td>Manage this alert</td></tr></table></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "Example Monitor Alerts <alerts@monitor.example>"
    msg["To"] = "press@example.org"
    msg["Subject"] = "Daily Alert: Ferry Terminal (3 new)"
    msg["Date"] = "Tue, 01 Dec 2026 08:01:00 -0500"
    msg.set_content("\n".join(plain))
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


def test_alert_clips_read_their_field_rows_under_the_headline() -> None:
    items = [i.article for i in extract("alert.eml", _alert()) if isinstance(i, Extracted)]
    assert [a.title for a in items] == [c[0] for c in _CLIPS]
    assert [a.source for a in items] == [
        "Example Coast Herald",
        "Example Wire",
        "Example Valley Times",
    ]
    assert [a.section for a in items] == ["Metro", "Transport & Logistics", "Local"]
    assert [a.author for a in items] == ["Jane Sample", "John Example", ""]
    for art in items:
        assert "Reach:" not in art.body and "View clip" not in art.body


def test_field_row_cells() -> None:
    assert field_row("Section: Metro · Author: Jane Sample") == [
        ("Section", "Metro"),
        ("Author", "Jane Sample"),
    ]
    assert field_row("Reach: 4.9M UMV Sentiment: Neutral") == [
        ("Reach", "4.9M UMV"),
        ("Sentiment", "Neutral"),
    ]
    assert field_row("Analysis: Why markets fell") == []
    assert field_row("Update: the council said on Monday it would appeal the ruling.") == []


def test_fields_under_head() -> None:
    chunk = "Headline of the clip\nSection: Metro · Author: Jane Sample\nReach: 48k\nText."
    assert fields_under_head(chunk) == ("Headline of the clip\nText.", "Metro", "Jane Sample")
    # a clip's field block naming its outlet and day is the stamp readers' to read
    block = "Headline of the clip\nMedium: Example Post\nDatum: 02.12.2025\nAutor: Jane Sample"
    assert fields_under_head(block) is None


def test_found_count_and_clip_button() -> None:
    assert is_found_count("4 new mentions")
    assert is_found_count("12 neue Treffer")
    assert not is_found_count("20 Minuten")
    assert is_link_label("View clip")
    assert not is_link_label("Business")
