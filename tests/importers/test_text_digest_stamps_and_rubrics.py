"""Text digests: a numbered headline over 'Outlet | date | Desk | Seite 9' and a byline
('Von Jane Doe') splits the review, the desk before the page is the section; an item opening
with '[26.11.2025 10:15] Region' over its headline takes that day and rubric (mail.py).
"""

from __future__ import annotations

from datetime import datetime

from app.importers.newsletter import item_stamp
from tests.importers.makers import (
    MAIL_DE,
    MAIL_RU,
    REVIEW_DE_MORE,
    REVIEW_DE_TEXT,
    articles_of,
    mail_bytes,
)

_RULE = "\n\n" + "=" * 40 + "\n\n"


def test_the_plain_desk_before_the_page_is_the_stamps_section() -> None:
    stamp = item_stamp(["Beispielblatt | 24.11.2025 | Nordheim | Seite 13"])
    assert (stamp.outlet, stamp.section) == ("Beispielblatt", "Nordheim")


def test_numbered_headlines_over_a_stamp_and_byline_split_a_text_review() -> None:
    items = [
        ("Grundschule in Nordheim wird erweitert", "Beispielblatt | 24.11.2025 | Nordheim"),
        ("Radwege am Ufer kommen bis zum Sommer", "Beispielbote | 25.11.2025 | Lokales"),
    ]
    parts = [
        f"{n}. {head}\n{stamp} | Seite 9\nVon Jana Muster\n\n{REVIEW_DE_TEXT}\n\n{REVIEW_DE_MORE}"
        for n, (head, stamp) in enumerate(items, 1)
    ]
    text = (
        "Pressespiegel der Beispiel AG\nMittwoch, 26. November 2025\n\nInhalt:\n"
        + "\n".join(f"{n}. {head}" for n, (head, _) in enumerate(items, 1))
        + _RULE
        + _RULE.join(parts)
        + _RULE
        + f"Die Artikel sind geschützt. {MAIL_DE}\n"
    )
    arts = articles_of(
        "review.eml", mail_bytes("Presse <presse@example.de>", "Pressespiegel 26.11.2025", text)
    )
    assert [a.title for a in arts[:2]] == [head for head, _ in items]
    assert [a.section for a in arts[:2]] == ["Nordheim", "Lokales"]
    assert [a.source for a in arts[:2]] == ["Beispielblatt", "Beispielbote"]


def test_a_bracketed_time_and_rubric_over_a_headline_is_the_items_day_and_desk() -> None:
    more = "Работы будут вестись в ночное время, движение по мостам ограничат частично."
    items = [
        ("[26.11.2025 10:15] Примерская область", "В области отремонтируют мосты"),
        ("[26.11.2025 16:40] Нордхейм", "В Нордхейме закроют переправу"),
    ]
    text = "ПРИМЕР-ВЕСТИ - главное за 26 ноября 2025 года\n\n" + "\n\n-----------\n\n".join(
        f"{line}\n{head}\n\n{MAIL_RU}\n\n{more}" for line, head in items
    )
    arts = articles_of("d.eml", mail_bytes("Пример-Вести <d@example.ru>", "Главное", text))
    assert [a.title for a in arts] == [head for _, head in items]
    assert [a.section for a in arts] == ["Примерская область", "Нордхейм"]
    assert arts[1].published == datetime(2025, 11, 26, 16, 40)
