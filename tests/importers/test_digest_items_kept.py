"""A text digest that sets no rule between its items: each item from its credit line
('1) Outlet, date', or an outlet named by its press word) with that outlet and day, and a
'read on' link under one item never cuts off the items under it; an item that reads as no
article stays with the one before it."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import mail
from app.model import ExtractionError
from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes

DE_ITEMS = [
    ("Nordheimer Zeitung", "27.11.2025", "Radwege am Ufer geplant", MAIL_DE),
    (
        "Kestrel Rundschau",
        "28.11.2025",
        "Brücken werden saniert",
        MAIL_DE.replace("Stadt", "Gemeinde"),
    ),
    (
        "Südheimer Anzeiger",
        "26.11.2025",
        "Neue Buslinie ab Januar",
        MAIL_DE.replace("Ufer", "Bahnhof"),
    ),
]
EN_ITEMS = [
    ("Harbourtown Herald", "27 November 2025", "Tram plan approved", NEWS_TEXT),
    ("Kestrel Valley Post", "28 November 2025", "Bonds to pay for the trams", NEWS_MORE),
]
RU_ITEMS = [
    ("Лесогорская газета", "27 ноября 2025", "Мосты отремонтируют", MAIL_RU),
    (
        "Вечерние новости",
        "28 ноября 2025",
        "Подрядчик выбран",
        MAIL_RU.replace("двенадцати", "десяти"),
    ),
]


def _digest(items: list[tuple[str, str, str, str]], numbered: bool, link: str) -> bytes:
    blocks = []
    for n, (outlet, day, head, text) in enumerate(items, 1):
        number = f"{n}) " if numbered else ""
        more = f"\n{link}: https://example.org/{n}" if link else ""
        blocks.append(f"{number}{outlet}, {day}\n{head}\n{text}{more}")
    body = "Ihr Pressespiegel\nFreitag, 28. November 2025\n\n" + "\n\n".join(blocks)
    body += "\n\n--\nAbbestellen: https://monitor.example/unsubscribe\n"
    return mail_bytes("Monitor <news@monitor.example>", "Pressespiegel", body)


@pytest.mark.parametrize("items", [DE_ITEMS, EN_ITEMS, RU_ITEMS], ids=["de", "en", "ru"])
@pytest.mark.parametrize(
    ("numbered", "link"),
    [(True, "Weiterlesen"), (True, ""), (False, "Read more"), (True, "Читать далее")],
)
def test_each_item_of_a_digest_with_its_own_outlet_and_day(
    items: list[tuple[str, str, str, str]], numbered: bool, link: str
) -> None:
    articles = articles_of("digest.eml", _digest(items, numbered, link))
    assert [a.title for a in articles] == [head for _, _, head, _ in items]
    for article, (outlet, _, _, text) in zip(articles, items, strict=True):
        assert article.body.startswith(text[:40])
        assert "https://" not in article.body and "Pressespiegel" not in article.body
        # the item's outlet (in Latin letters for a Cyrillic name), never the sender
        assert article.source and article.source != "Monitor"
        if outlet.isascii():
            assert article.source == outlet
    assert articles[0].published.date() == datetime(2025, 11, 27).date()
    assert articles[1].published.date() == datetime(2025, 11, 28).date()


def test_a_count_vouches_for_names_without_a_press_word() -> None:
    items = [
        ("Kestrel Wire", "27.11.2025", "Radwege am Ufer geplant", MAIL_DE),
        ("Nordheim Online", "28.11.2025", "Brücken werden saniert", MAIL_DE),
    ]
    articles = articles_of("digest.eml", _digest(items, True, ""))
    assert [(a.source, a.published) for a in articles] == [
        ("Kestrel Wire", datetime(2025, 11, 27)),
        ("Nordheim Online", datetime(2025, 11, 28)),
    ]


def test_look_alike_one_article_with_a_read_on_link_stays_one() -> None:
    # a single article under its credit, its link and the mail's footer under it: one item
    body = (
        "Nordheimer Zeitung, 27.11.2025\nRadwege am Ufer geplant\n"
        f"{MAIL_DE}\n\n{MAIL_DE}\nWeiterlesen: https://example.org/1\n\n"
        "Sie erhalten diese E-Mail, weil Sie den Dienst abonniert haben. Abbestellen: "
        "https://monitor.example/unsubscribe\n"
    )
    (article,) = articles_of(
        "one.eml", mail_bytes("Monitor <n@monitor.example>", "Radwege am Ufer geplant", body)
    )
    assert article.title == "Radwege am Ufer geplant"
    assert "Abbestellen" not in article.body
    # a count that does not run (a list in the text) splits nothing
    listed = (
        "Radwege am Ufer geplant\n\n3) Nordheim, 27.11.2025\nDie Stadt baut\n"
        f"{MAIL_DE}\n\n1) Nordheim, 28.11.2025\nDer Rat beschließt\n{MAIL_DE}\n"
    )
    assert len(articles_of("l.eml", mail_bytes("Jane Roe <j@x.example>", "x", listed))) == 1


def test_an_item_that_reads_as_no_article_stays_with_the_one_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = mail.from_text

    def picky(text: str, *args: object, **kwargs: object):
        if "Brücken" in text:
            raise ExtractionError("no article text found")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(mail, "from_text", picky)
    articles = articles_of("digest.eml", _digest(DE_ITEMS, True, "Weiterlesen"))
    assert [a.title for a in articles] == ["Radwege am Ufer geplant", "Neue Buslinie ab Januar"]
    assert "Brücken werden saniert" in articles[0].body
