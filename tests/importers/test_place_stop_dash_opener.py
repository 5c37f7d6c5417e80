"""A place with both a full stop and a dash before the text ("Город. — В области …") is a
dateline, as "Город. …" and "Город — …" are."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.agency import bare_dateline
from app.model import Extracted


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Кочкор. — В районе в субботу открылся новый мост.", "Кочкор"),
        ("Нарын.— Власти города объявили о ремонте дорог.", "Нарын"),
        ("Tiflis. – Die Regierung hat am Montag neue Zölle beschlossen.", "Tiflis"),
    ],
)
def test_place_stop_and_dash(line: str, place: str) -> None:
    found = bare_dateline(line)
    assert found is not None and found.place == place


def test_opener_word_with_stop_and_dash_is_no_place() -> None:
    assert bare_dateline("Итак. — Власти объявили о ремонте дорог.") is None


def test_pasted_text_with_stop_dash_dateline() -> None:
    text = (
        "Открыт новый мост через реку\n"
        "Опубликовано 22.11.2025 16:30\n"
        "Талас. — В Таласской области в субботу открылся новый мост через реку, сообщили в "
        "местной администрации. По её данным, строительство заняло два года.\n"
        "Мост соединил несколько сёл района с областным центром.\n"
    )
    items = extract("a.txt", text.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    assert items[0].article.dateline == "Талас"
