"""A regional outlet's logo with its town ('ПРИМЕР24 · Town') over the rubric: the brand,
which the picture credit under the text names again, is the source, without the town."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with


def test_the_logo_before_its_town_names_the_outlet() -> None:
    data = docx_with(
        [
            "ПРИМЕР24 · Примерск",
            "Общество",
            "В Примерске закроют на ремонт старый мост",
            "Автор: Иван Примеров",
            "25 ноября 2025, 12:40",
            "Примерск. Старый мост через реку закроют на ремонт весной следующего года, "
            "сообщили в мэрии. Работы продлятся не меньше двух лет, движение перекроют.",
            "Горожане опасаются, что сроки ремонта затянутся, как это уже случалось с другими "
            "мостами города, а объезд займёт у водителей лишний час каждый день.",
            "Фото: ПРИМЕР24",
        ],
        table=False,
    )
    (article,) = articles_of("clip.docx", data)
    assert article.source == "PRIMER24"
    assert article.section == "Общество"
