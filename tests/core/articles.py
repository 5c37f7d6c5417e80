"""Small hand-written articles for core tests (fictional, written for this project)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.model import Article

MINSK = timezone(timedelta(hours=3))

GERMAN = Article(
    title="Belarus und Kasachstan wollen Warenumsatz steigern",
    lead="Die Regierungen vereinbaren neue Lieferungen von Traktoren.",
    body=(
        "ASTANA, 5. November (BelTA) – Belarus und Kasachstan wollen bis 2030 ihren "
        "Warenumsatz deutlich steigern. Die Delegation besuchte ein Montagewerk, in dem "
        "Traktoren für die Landwirtschaft gebaut werden. Der Botschafter sprach von "
        "strategischer Zusammenarbeit zwischen beiden Ländern."
    ),
    source="BelTA",
    dateline="Astana",
    section="Wirtschaft",
    language="de",
    published=datetime(2025, 11, 5, 12, 33, tzinfo=MINSK),
)

ENGLISH = Article(
    title="Grain exports rise on strong harvest",
    body=(
        "MOSCOW (Reuters) - Russian grain exports rose sharply in November as farmers "
        "brought in a strong harvest, traders said on Tuesday. Wheat shipments to Egypt "
        "and Turkey led the increase, while barley exports were flat."
    ),
    source="Reuters",
    dateline="Moscow",
    section="Markets",
    language="en",
    published=datetime(2024, 11, 12, 9, 0, tzinfo=UTC),
)

RUSSIAN = Article(
    title="Лукашенко провел переговоры с Токаевым",
    body=(
        "МИНСК, 3 марта /ТАСС/. Президент Белоруссии Александр Лукашенко провел "
        "телефонные переговоры с президентом Казахстана Касым-Жомартом Токаевым. "
        "Стороны обсудили поставки зерна и строительство новых заводов."
    ),
    source="TASS",
    dateline="Minsk",
    section="Политика",
    language="ru",
    published=datetime(2025, 3, 3, 15, 10),
)

BODY_ONLY = Article(
    title="Weekly market roundup",
    body=(
        "Prices for fertiliser were stable this week. Analysts expect grain prices to "
        "recover in spring, while the logistics sector struggles with high fuel costs."
    ),
    source="Example Wire",
    language="en",
    published=datetime(2024, 1, 15, 8, 0),
)


def fresh(article: Article) -> Article:
    """A copy, so tests can change fields without affecting each other."""
    from dataclasses import replace

    return replace(article, tags=list(article.tags))
