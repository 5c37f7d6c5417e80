"""A mailbox's and a zip's reader report their parts (messages, zipped files) as a CSV's
reports its rows; a CSV inside a zip reports the zip's part, and a cancel between parts
passes out of the reader (nothing of the file is stored)."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.importers import extract
from app.model import Cancelled

TEXT = "Almaty grain report: the shipment left the port of Aktau on schedule on Monday."


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _mbox(count: int) -> bytes:
    return "\n".join(
        f"From d@example.org Mon Mar  3 10:00:00 2025\nFrom: Desk <d@example.org>\n"
        f"Subject: Dispatch {n}\n\n{TEXT}\n"
        for n in range(count)
    ).encode()


def test_a_mailbox_reports_its_messages():
    heard: list[tuple] = []
    items = extract("m.mbox", _mbox(3), on_record=lambda *a: heard.append(a))
    assert len(items) == 3
    assert heard == [(0, 3, "message"), (1, 3, "message"), (2, 3, "message")]


def test_a_csv_in_a_zip_reports_the_zips_part_not_its_rows():
    rows = "title,text\n" + "\n".join(f'"Dispatch {n}","{TEXT}"' for n in range(5))
    data = _zip({"a.txt": f"Dispatch\n\n{TEXT}", "b.csv": rows})
    heard: list[tuple] = []
    items = extract("z.zip", data, on_record=lambda *a: heard.append(a))
    assert len(items) == 6
    assert set(heard) == {(0, 2, "zipped file"), (1, 2, "zipped file")}
    assert heard.count((1, 2, "zipped file")) == 1 + 5  # the member, then each row


@pytest.mark.parametrize("where", ["message", "zipped file"])
def test_a_cancel_between_parts_leaves_the_reader(where):
    data = _mbox(5) if where == "message" else _zip({f"{n}.txt": TEXT for n in range(5)})

    def stop_at_third(done: int, total: int, unit: str = "row") -> None:
        if done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        extract("x.mbox" if where == "message" else "x.zip", data, on_record=stop_at_third)
