"""A clipping copied without its headline is titled by its first sentence after the
dateline, never by the dateline itself."""

from __future__ import annotations

import pytest

from app.importers import extract

TEXTS = [
    (
        "Минск, 5 ноября (БЕЛТА). Президент провёл совещание по экспорту тракторов в Казахстан. "
        "Объём поставок вырос на треть.\n\nВ следующем году поставки планируется увеличить.",
        "Президент провёл совещание по экспорту тракторов в Казахстан.",
    ),
    (
        "МОСКВА, 5 ноября. /ТАСС/. Россия увеличит экспорт зерна в Китай, сообщили в Минсельхозе. "
        "Поставки ячменя вырастут.\n\nВ министерстве ожидают дальнейшего роста в 2026 году.",
        "Россия увеличит экспорт зерна в Китай, сообщили в Минсельхозе.",
    ),
    (
        "BERLIN, Nov 5 (Reuters) - Germany's exports rose more than expected in September, data "
        "showed on Wednesday. Shipments to China grew.\n\nEconomists expect a weak fourth quarter.",
        "Germany's exports rose more than expected in September, data showed on Wednesday.",
    ),
]


@pytest.mark.parametrize(("text", "title"), TEXTS)
def test_title_is_the_first_sentence_after_the_dateline(text: str, title: str) -> None:
    [item] = extract("clip.txt", text.encode())
    assert item.article.title == title
    assert item.article.body.startswith(text.split(" ", 1)[0])  # the dateline stays in the body
