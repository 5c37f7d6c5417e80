"""A monitoring alert's medium line and its notice (blind batch 36).

Under each item's stamp ('Outlet | date | Reichweite: N') the alert may print the medium,
page and desk ('Print · Seite 4 · Ressort: Hafen', or 'Online' alone): a stamp line too,
whose desk is the item's section, never its headline. The service's notice that the
items are protected by copyright ('Die übermittelten Inhalte sind urheberrechtlich
geschützt …') leaves the last item's text.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.model import Extracted

TEXT = (
    "Die Hafengesellschaft will am Nordkai eine zweite Rampe für Fähren bauen und hat dafür "
    "beim Land eine Förderung beantragt, wie der Geschäftsführer am Montag mitteilte."
)
MORE = (
    "Der Bau könnte im kommenden Herbst beginnen und etwa zwei Jahre dauern, der Betrieb am "
    "bestehenden Anleger soll während der gesamten Bauzeit ohne Einschränkungen weiterlaufen."
)


def _mail(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = (
        "Monitor <a@monitor.example>",
        "me@example.org",
        "Treffer",
    )
    msg["Date"] = "Wed, 26 Nov 2025 07:00:00 +0000"
    msg.set_content(html, subtype="html")
    return bytes(msg)


def test_medium_line_under_the_stamp_gives_the_desk_not_the_headline() -> None:
    def item(stamp: str, medium: str, head: str) -> str:
        return (
            f"<div><div><b>{stamp}</b></div><div>{medium}</div><div><b>{head}</b></div>"
            f"<p>{TEXT}</p><p>{MORE}</p>"
            '<div><a href="https://monitor.example/a">Zum Volltext im Portal</a></div></div>'
        )

    html = (
        "<html><body><div>MONITOR</div><div>Medienbeobachtung · Tagesauswertung</div>"
        "<div>Mittwoch, 26. November 2025 · 2 neue Treffer</div>"
        + item(
            "Nordkurier | 25.11.2025 | Reichweite: 80.000",
            "Print · Seite 4 · Ressort: Hafen",
            "Nordkai bekommt eine zweite Fährrampe",
        )
        + item(
            "Hafenblatt | 26.11.2025 | Reichweite: 9.000",
            "Online",
            "Hafengesellschaft meldet mehr Umschlag",
        )
        + "<div>Die übermittelten Inhalte sind urheberrechtlich geschützt und nur für den "
        "internen Gebrauch bestimmt.</div></body></html>"
    )
    arts = [i.article for i in extract("alert.eml", _mail(html)) if isinstance(i, Extracted)]
    assert [a.title for a in arts] == [
        "Nordkai bekommt eine zweite Fährrampe",
        "Hafengesellschaft meldet mehr Umschlag",
    ]
    assert [a.source for a in arts] == ["Nordkurier", "Hafenblatt"]
    assert [a.published for a in arts] == [datetime(2025, 11, 25), datetime(2025, 11, 26)]
    assert arts[0].section == "Hafen"
    assert "urheberrechtlich" not in arts[1].body
