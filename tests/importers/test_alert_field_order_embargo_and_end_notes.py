"""A monitoring alert's headline field under the other fields and its dashed credit under
an item's text, a release's embargo note over the headline, the gender-neutral 'Autor/in:'
label, a press review's numbered outlet line with the bare byline under its headline, and an
acronym sender spelled out by the letterhead.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.importers.byline import author_of_line
from app.importers.dates import find_dates
from tests.importers.makers import MAIL_DE, MAIL_RU, articles_of, mail_bytes

_RULE = "\n\n" + "_" * 50 + "\n\n"
_MSK = timezone(timedelta(hours=3))


def _ru_text() -> str:
    return "\n\n".join([MAIL_RU, MAIL_RU.replace("двенадцати", "семи")])


def test_headline_field_last_and_a_dashed_credit_under_the_text() -> None:
    first = "\n".join(
        [
            "Источник: Example News",
            "Дата публикации: 24.11.2025 11:20",
            "Рубрика: Общество",
            "Заголовок: Мосты отремонтируют за два года",
            "",
            _ru_text(),
            "",
            "Ссылка: https://example.org/news/1",
        ]
    )
    second = "\n".join(
        [
            "Ремонт мостов начнётся весной",
            "",
            _ru_text(),
            "",
            "— Example.ru, 25.11.2025 09:15, рубрика «Город»",
            "Ссылка: https://example.ru/news/7",
            "Тональность: нейтральная",
        ]
    )
    body = _RULE.join(["Мониторинг · Новых упоминаний: 2", first, second, "Отписаться"])
    one, two = articles_of("a.eml", mail_bytes("Alerts <a@example.com>", "Упоминания", body))
    assert one.title == "Мосты отремонтируют за два года"
    assert one.source == "Example News"
    assert one.body.startswith("Городские власти")
    assert two.title == "Ремонт мостов начнётся весной"
    assert (two.source, two.section) == ("Example.ru", "Город")
    assert two.published == datetime(2025, 11, 25, 9, 15)
    assert "Example.ru" not in two.body


def test_a_bracketed_zone_between_time_and_day() -> None:
    hit = find_dates("Не для публикации до 14:00 (мск) 24 ноября 2025 года")[0]
    assert hit.value == datetime(2025, 11, 24, 14, 0, tzinfo=_MSK)


def test_an_embargo_note_over_a_mailed_headline_is_the_release_time() -> None:
    paras = "".join(f"<p>{MAIL_RU}</p>" for _ in range(3))
    html = (
        "<html><body><p><b>Пример-министерство</b><br>Пресс-релиз</p>"
        "<p>Не для публикации до 14:00 (мск) 24 ноября 2025 года</p>"
        f"<h2>Министерство утвердило план ремонта мостов</h2>{paras}</body></html>"
    )
    mail = mail_bytes("Press <p@example.gov>", "Пресс-релиз", html, subtype="html")
    (article,) = articles_of("r.eml", mail)
    assert article.published == datetime(2025, 11, 24, 14, 0, tzinfo=_MSK)


def test_gender_neutral_author_label() -> None:
    assert author_of_line("Autor/in: Erika Muster") == "Erika Muster"
    assert author_of_line("Autor*in: Erika Muster") == "Erika Muster"
    assert author_of_line(MAIL_DE) == ""


def _review_item(n: int, outlet: str, head: str, name: str) -> str:
    text = "\n\n".join([MAIL_RU, MAIL_RU.replace("мэрии", "думе")])
    return f"{n}. «{outlet}» (example{n}.ru), 2{n}.11.2025\n\n{head}\n{name}\n\n{text}"


def test_a_reviews_numbered_outlet_line_and_the_bare_byline_under_the_headline() -> None:
    body = "\n\n* * *\n\n".join(
        [
            "ОБЗОР ПРЕССЫ\n27 ноября 2025 г.",
            _review_item(1, "Example Daily", "Мосты отремонтируют за два года", "Анна Иванова"),
            _review_item(2, "Example Weekly", "Подрядчик для мостов выбран", "Олег Смирнов"),
            "Обзор подготовлен для внутреннего использования. Тел. +7 (495) 000-00-00",
        ]
    )
    one, two = articles_of("o.eml", mail_bytes("Review <r@example.org>", "Обзор", body))
    assert (one.title, one.author, one.source) == (
        "Мосты отремонтируют за два года",
        "Анна Иванова",
        "Example Daily",
    )
    assert one.published == datetime(2025, 11, 21)
    assert (two.title, two.source, two.published) == (
        "Подрядчик для мостов выбран",
        "Example Weekly",
        datetime(2025, 11, 22),
    )


def test_an_acronym_sender_by_the_letterhead_and_the_imprint_under_the_release() -> None:
    paras = "".join(f"<p>{MAIL_DE}</p>" for _ in range(3))
    html = (
        "<html><body><p>Bundesamt<br>für Beispiele<br>und Muster</p><p>PRESSEMITTEILUNG</p>"
        f"<h1>Neue Radwege am Ufer</h1>{paras}"
        "<p>Herausgeber: BBM, Referat Presse<br>Musterstraße 1, 10117 Berlin</p>"
        "<p>Verteiler abbestellen</p></body></html>"
    )
    mail = mail_bytes("BBM <presse@example.bund.de>", "Neue Radwege", html, subtype="html")
    (article,) = articles_of("b.eml", mail)
    assert article.source == "Bundesamt für Beispiele und Muster"
    assert "Musterstraße" not in article.body
    assert "abbestellen" not in article.body
