"""A yearless stamp given its year from a mail's Date header, which is timezone-aware.

Such a mail (a weekly digest whose agenda lists "28. Januar, 10:00 – …") failed whole with
"can't compare offset-naive and offset-aware datetimes": every item of it was lost.
"""

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from app.importers import extract
from app.importers.compose import _with_year
from app.importers.dates import DateHit

_ITEM = (
    "Der Rat hat in seiner Sitzung am Mittwoch beschlossen, die Linie zum Gewerbegebiet "
    "ab dem Sommer im Halbstundentakt fahren zu lassen. Die Kosten von rund 400.000 Euro im "
    "Jahr teilen sich Stadt und Landkreis; nach einem Jahr werden die Fahrgastzahlen geprüft.\n"
)

_AGENDAS = {
    "de": "TERMINE DER NÄCHSTEN WOCHE\n21. Januar, 10:00 – Sitzung des Bauausschusses\n"
    "22. Januar, 15:00 – Bürgerversammlung im Rathaus\n",
    "en": "NEXT WEEK\n21 January, 10:00 – Planning committee\n"
    "22 January, 15:00 – Public meeting at the town hall\n",
    "ru": "ПОВЕСТКА НА СЛЕДУЮЩУЮ НЕДЕЛЮ\n21 января, 10:00 – Заседание комитета\n"
    "22 января, 15:00 – Публичные слушания\n",
}


def _digest(agenda: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Pressestelle <presse@example.org>"
    msg["To"] = "liste@example.org"
    msg["Subject"] = "Woche im Rat"
    msg["Date"] = "Fri, 16 Jan 2026 17:30:00 +0500"
    body = (
        "Stadtrat Beispielstadt\nPressestelle\n" + "-" * 40 + "\n\n"
        "■ Rat beschließt neue Buslinie zum Gewerbegebiet\n14. Januar 2026, 11:20\n\n"
        + _ITEM
        + "-" * 40
        + "\n"
        + agenda
        + "-" * 40
        + "\nSie erhalten diese Mail als Abonnent. Abmelden: Antwort mit STOP.\n"
    )
    msg.set_content(body)
    return bytes(msg)


@pytest.mark.parametrize("lang", sorted(_AGENDAS))
def test_a_digest_with_a_yearless_agenda_under_an_aware_date_header_imports(lang: str) -> None:
    items = extract("rat.eml", _digest(_AGENDAS[lang]))
    first = items[0].article
    assert first.published is not None
    assert first.published.date().isoformat() == "2026-01-14"


def test_a_yearless_hit_takes_its_year_from_an_aware_reference() -> None:
    hit = DateHit(0, 17, datetime(1900, 1, 28, 10, 0), has_time=True, has_year=False, weekday=False)
    aware = datetime(2026, 1, 23, 17, 30, tzinfo=timezone(timedelta(hours=5)))
    assert _with_year(hit, aware).value == datetime(2025, 1, 28, 10, 0)
    assert _with_year(hit, datetime(2026, 2, 3, tzinfo=UTC)).value == datetime(2026, 1, 28, 10, 0)
