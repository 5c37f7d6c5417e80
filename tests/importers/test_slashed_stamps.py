"""A clipping service's delivery: each clip under its counter ('Artikel 1/3') and a stamp
whose parts slashes set apart ('Outlet, Town / 01.12.2026 / Seite 15 / Desk / Auflage
12'000'), the writer's bare name under the text."""

from __future__ import annotations

from email.message import EmailMessage

from app.importers import extract
from app.importers.stampline import one_line_stamp
from app.model import Extracted

_CLIPS = [
    (
        "Tages-Anzeiger, Zürich / 01.12.2026 / Seite 15 / Stadt / Auflage 95'000",
        "Die Brücke am Fluss wird ein Jahr später fertig",
        "Die Sanierung der Brücke am Fluss dauert ein Jahr länger als geplant. Das teilte "
        "das Tiefbauamt am Montag mit, nachdem Schäden an den Pfeilern entdeckt wurden.",
        "Erika Beispiel",
    ),
    (
        "Beispiel Rundschau / 30.11.2026 / Seite 3 / Region und Land / Auflage 12'000",
        "Wer zahlt für die Umleitung?",
        "Die Umleitung über die Nachbargemeinde kostet mehr als erwartet. Die Gemeinde "
        "will die Mehrkosten nicht allein tragen und verlangt Gespräche mit dem Kanton.",
        "Max Mustermann",
    ),
    (
        "Beispiel Anzeiger / BZV / 02.12.2026 / Seite 4 / Schweiz / Auflage 8'000",
        "Brücken im ganzen Land altern schneller",
        "Viele Brücken aus den Siebzigerjahren müssen früher saniert werden als gedacht, "
        "heisst es in einem Bericht des Bundesamts, der am Dienstag erschienen ist.",
        "",
    ),
]


def _delivery() -> bytes:
    html = ["<html><body><div><b>DELIVERY</b> Medienbeobachtung</div>"]
    html.append("<p>Auftrag: Beispielstadt · Stichwort: Brücke<br>Lieferung vom 02.12.2026</p>")
    for n, (stamp, head, text, name) in enumerate(_CLIPS, 1):
        signed = f'<p style="text-align:right"><i>{name}</i></p>' if name else ""
        counter = f"<div>Artikel {n}/3<br>{stamp}</div>"
        html.append(f"<div>{counter}<h3>{head}</h3><p>{text}</p>{signed}<hr></div>")
    html.append("</body></html>")
    msg = EmailMessage()
    msg["From"] = "Beispiel Medienbeobachtung <lieferung@delivery.example>"
    msg["To"] = "amt@example.ch"
    msg["Subject"] = "Medienbeobachtung «Brücke» - 3 Artikel (02.12.2026)"
    msg["Date"] = "Wed, 02 Dec 2026 06:40:00 +0100"
    msg.set_content("".join(html), subtype="html")
    return bytes(msg)


def test_slashed_stamps_and_signed_names() -> None:
    items = [i.article for i in extract("d.eml", _delivery()) if isinstance(i, Extracted)]
    assert [a.title for a in items] == [c[1] for c in _CLIPS]
    assert [a.source for a in items] == [
        "Tages-Anzeiger",
        "Beispiel Rundschau",
        "Beispiel Anzeiger",
    ]
    assert [a.section for a in items] == ["Stadt", "Region und Land", "Schweiz"]
    assert [a.author for a in items] == ["Erika Beispiel", "Max Mustermann", ""]
    assert [a.published.day for a in items] == [1, 30, 2]  # type: ignore[union-attr]


def test_slashed_stamp_line() -> None:
    stamp = one_line_stamp("Beispiel Post / 30.11.2026 17:32 / Inland")
    assert stamp is not None and (stamp.outlet, stamp.section) == ("Beispiel Post", "Inland")
    assert one_line_stamp("Hamburg / Berlin / Bremen") is None
