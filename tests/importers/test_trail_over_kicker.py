"""A mailed page's breadcrumb trail over a kicker over the headline ('Region › Town' /
'Topic' / headline): the trail's deepest crumb is the desk, the kicker only the story's
topic. Without a trail over it the label right over the headline stays the desk."""

from __future__ import annotations

import pytest

from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes


def _page(trail: str, kicker: str, head: str, text: str) -> bytes:
    over = f"<p>{trail}</p>" if trail else ""
    html = (
        "<html><body><p>Example Courier</p><p>Login</p>"
        f"{over}<p>{kicker}</p><h1>{head}</h1><p>25.11.2025, 10:20</p>"
        f"<p>{text}</p><p>{text}</p></body></html>"
    )
    return mail_bytes("Example Courier <news@courier.example>", head, html, "html")


@pytest.mark.parametrize(
    ("trail", "kicker", "head", "text", "desk"),
    [
        (
            "Region › Nordstadt",
            "Radverkehr",
            "Zwei neue Radwege am Ufer geplant",
            MAIL_DE,
            "Nordstadt",
        ),
        (
            "Home / News / Transport",
            "Trams",
            "Tram network to grow by forty kilometres",
            NEWS_TEXT,
            "Transport",
        ),
        ("Главная » Город", "Мосты", "Власти утвердили план ремонта мостов", MAIL_RU, "Город"),
    ],
)
def test_the_trails_deepest_crumb_over_a_kicker_is_the_desk(
    trail: str, kicker: str, head: str, text: str, desk: str
) -> None:
    (art,) = articles_of("m.eml", _page(trail, kicker, head, text))
    assert art.section == desk
    assert art.title == head


def test_a_label_over_the_headline_without_a_trail_stays_the_desk() -> None:
    (art,) = articles_of(
        "m.eml", _page("", "Transport", "Tram network to grow by forty kilometres", NEWS_MORE)
    )
    assert art.section == "Transport"
