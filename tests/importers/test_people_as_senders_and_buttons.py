"""People and buttons that are no source or author (blind batch 93).

A site's share-by-mail sender names the reader, then the site ('Jane Doe via Example
News'): the site is the source. A sender's name with accented letters ('Ciarán', 'Zoë',
'Łukasz') is a person's too. A bare 'Name / date, time' line under a headline is the byline with its
stamp, not an outlet's; and a button under the text ('Contribute Now', 'Jetzt spenden',
'Поддержать редакцию') is no author.
"""

from __future__ import annotations

from email.message import EmailMessage

from app.importers import extract
from app.importers.chromecheck import is_chrome_author
from app.importers.mail import _is_person, _organisation
from app.importers.stampline import slash_stamp
from app.model import Extracted

TEXT = (
    "The county council approved plans for a new cycle bridge over the river on Tuesday, "
    "with construction expected to begin next spring after a final round of consultation."
)
MORE = (
    "Councillors said the bridge would link two housing estates with the town centre and "
    "cut journeys for hundreds of pupils who currently walk along a busy main road."
)


def _mail(sender: str, body: str, subject: str = "Cycle bridge approved") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.org", subject
    msg["Date"] = "Mon, 24 Nov 2025 09:41:57 +0000"
    msg.set_content(body)
    return bytes(msg)


def _one(data: bytes):
    items = [i for i in extract("m.eml", data) if isinstance(i, Extracted)]
    assert len(items) == 1
    return items[0].article


def test_shared_via_a_site_names_the_site() -> None:
    assert _organisation("Priya Nair via The Example Courier") == "The Example Courier"
    assert _organisation("Max Muster über Beispiel Online") == "Beispiel Online"
    assert _organisation("Иван Петров через Пример Медиа") == "Пример Медиа"
    # an organisation's name with 'via' in it stays whole
    assert _organisation("Trains via Europe") == "Trains via Europe"


def test_accented_names_are_people() -> None:
    for name in ("Ciarán Doyle", "Zoë Müller", "Łukasz Kowalczyk", "Renée Lefèvre"):
        assert _is_person(name)
    assert not _is_person("BBC News")


def test_name_slash_stamp_is_a_byline() -> None:
    assert slash_stamp("Rohan Mehta / Nov 22, 2025, 04:12 IST") is None
    assert slash_stamp("Anna Schmidt / 22.11.2025, 10:15 Uhr") is None
    assert slash_stamp("Иван Петров / 22 ноября 2025, 10:15") is None
    # an outlet's stamp keeps its outlet
    stamp = slash_stamp("Example Daily Herald / 08:15 AM March 3, 2024")
    assert stamp is not None and stamp.outlet == "Example Daily Herald"


def test_buttons_are_no_authors() -> None:
    for label in ("Contribute Now", "Donate today", "Jetzt spenden", "Поддержать редакцию"):
        assert is_chrome_author(label)
    for name in ("Jane Nowak", "Anna Heute", "Ольга Сейчасова"):
        assert not is_chrome_author(name)
