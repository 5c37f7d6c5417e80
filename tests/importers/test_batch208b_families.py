"""Blind batch 208's families left after the first pass: a wire service's morning mail
whose items print the desk beside the agency's slug ('POLITICS' | 'SLUG: POLITICS Budget')
over the headline, and the filing stamp with the byline and the writer's role after a bar
('Filed 05:52 GMT, 26 Nov 2025 · By Jane Doe, Political Correspondent') under it."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.importers.makers import mail_bytes

_EN = (
    "Ministers will publish the long-awaited review of regional rail fares on Thursday, the "
    "Department for Transport has confirmed, after months of delay."
)
_EN2 = "Passenger groups said the changes came too late for commuters facing higher prices."


def _articles(name: str, data: bytes) -> list:
    from app.importers import extract
    from app.model import Extracted

    return [i.article for i in extract(name, data) if isinstance(i, Extracted)]


def _wire_item(n: int, desk: str, slug: str, headline: str, stamp: str) -> str:
    return (
        f'<tr><td><table><tr><td style="font-weight:bold">{desk}</td><td align="right">'
        f'SLUG: {slug}</td></tr></table><h3><a href="https://wire.example/t/{n}">{headline}'
        f"</a></h3><p>{stamp}</p><p>{_EN}</p><p>{_EN2}</p>"
        f'<a href="https://wire.example/t/{n}">Full story &rarr;</a></td></tr>'
    )


def test_wire_mail_reads_desk_over_slug_and_filing_stamp_with_byline() -> None:
    html = (
        "<html><body><table><tr><td>Example Wire Morning Briefing</td></tr>"
        "<tr><td>Thursday 3 December 2026</td></tr>"
        + _wire_item(
            1,
            "TRANSPORT",
            "TRANSPORT Fares",
            "Rail fares review to be published on Thursday",
            "Filed 05:40 GMT, 3 Dec 2026 &middot; By Jane Doe, Transport Correspondent",
        )
        + _wire_item(
            2,
            "HEALTH",
            "HEALTH Waits",
            "Hospital waiting lists fall for third month running",
            "Filed 00:01 GMT, 3 Dec 2026 &middot; By John Roe, Health Editor",
        )
        + "<tr><td>Copyright 2026 Example Wire Ltd.</td></tr></table></body></html>"
    )
    sender = "Example Wire <briefing@wire.example>"
    arts = _articles("wire.eml", mail_bytes(sender, "Morning Briefing", html, "html"))
    assert [a.title for a in arts] == [
        "Rail fares review to be published on Thursday",
        "Hospital waiting lists fall for third month running",
    ]
    assert [a.section for a in arts] == ["Transport", "Health"]
    assert [a.published.replace(tzinfo=None) for a in arts] == [
        datetime(2026, 12, 3, 5, 40),
        datetime(2026, 12, 3, 0, 1),
    ]
    assert [a.author for a in arts] == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Filed 05:40 GMT, 3 Dec 2026 · By Jane Doe, Transport Correspondent",
        "3 December 2026, 05:40 | By Jane Doe, Senior Political Reporter",
    ],
)
def test_stamp_with_byline_and_role_after_a_bar_dates_the_paste(stamp: str) -> None:
    text = f"Rail fares review to be published on Thursday\n{stamp}\n\n{_EN}\n\n{_EN2}\n"
    (art,) = _articles("paste.txt", text.encode())
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2026, 12, 3, 5, 40)
    assert art.author == "Jane Doe"
    assert art.body.startswith("Ministers will publish")


def test_slug_field() -> None:
    from app.importers.wireslug import is_slug_field

    assert is_slug_field("SLUG: POLITICS Budget")
    assert is_slug_field("Slug: US Shutdown (AP)")
    assert not is_slug_field("Slugs invade gardens after wet autumn: what to do")
    assert not is_slug_field("POLITICS")

