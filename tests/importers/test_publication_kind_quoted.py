"""A copyright notice that names the kind of publication before the name in quotes ("©
Газета «Пример», 2025") credits the name in quotes: "Газета" describes it."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.sitename import brand_name, copyright_owner
from app.model import Extracted


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("© Газета «Пример», 2025. Primer.kz", "Пример"),
        ("© 2025 Журнал «Вестник края». Все права защищены.", "Вестник края"),
        ("© 2025 Газета Пример. Все права защищены.", "Газета Пример"),  # no quotes: as printed
    ],
)
def test_kind_of_publication_before_the_quoted_name(line: str, owner: str) -> None:
    assert copyright_owner(line) == owner


def test_brand_name_of_a_quoted_name() -> None:
    assert brand_name("газета «Пример»") == "Пример"


def test_pasted_text_credits_the_transliterated_name() -> None:
    text = (
        "В городе завершили ремонт котла ТЭЦ\n"
        "20.11.2025\n"
        "Энергетики завершили капитальный ремонт одного из котлоагрегатов местной ТЭЦ, "
        "сообщили в акимате города. Работы заняли почти четыре месяца.\n"
        "В этом году в городе также заменили около 14 километров тепловых сетей.\n"
        "Поделиться\n"
        "© Газета «Пример», 2025\n"
    )
    items = extract("a.txt", text.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    assert items[0].article.source == "Primer"
