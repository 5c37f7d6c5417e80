"""A newsletter whose masthead is a heading over its edition's name and day ('Example
Briefing' / 'Premium Edition · Tuesday, 25 November 2025') and a greeting: that heading is
the issue's, not an article, so each item under its own smaller heading is an article of
its own, dated by the issue's day, and no item's text is lost to the one whose text opens
with an agency dateline."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.importers.makers import articles_of, mail_bytes

PARA = {
    "de": (
        "Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, die Sanierung der "
        "alten Brücke vorzuziehen. Die Kosten liegen nach Angaben der Verwaltung bei rund "
        "zwölf Millionen Euro, die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern."
    ),
    "en": (
        "The council voted late on Monday to bring forward the repair of the old bridge. "
        "Officials put the cost at about twelve million pounds, and work is due to start in "
        "the spring and to last for two years, with one lane open to traffic throughout."
    ),
    "ru": (
        "Городской совет в понедельник вечером большинством голосов решил ускорить ремонт "
        "старого моста. По данным администрации, работы обойдутся примерно в двенадцать "
        "миллионов рублей, начнутся весной и продлятся два года."
    ),
}
ISSUE = {
    "de": ("Kestrel Morgenpost", "Premium Ausgabe · Dienstag, 25. November 2025", "Guten Morgen,"),
    "en": ("The Kestrel Brief", "Members Edition · Tuesday, 25 November 2025", "Good morning,"),
    "ru": ("Утренний Кестрел", "Выпуск для подписчиков · вторник, 25 ноября 2025", "Доброе утро!"),
}
HEADS = {
    "de": ["Brücke wird früher saniert", "Neue Buslinie ab Januar", "Hafen erweitert"],
    "en": ["Bridge repair brought forward", "New bus line from January", "Port to expand"],
    "ru": ["Мост отремонтируют раньше", "Новый автобусный маршрут", "Порт расширят"],
}
WIRE = {"de": "Berlin (dpa) – ", "en": "LONDON (Reuters) - ", "ru": "МОСКВА, 24 ноября. /ТАСС/. "}


def _digest(lang: str, masthead: bool = True) -> bytes:
    name, edition, greeting = ISSUE[lang]
    top = f"<h1>{name}</h1><p>{edition}</p><p>{greeting}</p><p>Heute drei Themen.</p><hr>"
    items = []
    for n, head in enumerate(HEADS[lang]):
        text = (WIRE[lang] if n == 1 else "") + PARA[lang]
        items.append(f"<p>Rubrik</p><h2>{head}</h2><p>{text}</p><p>{PARA[lang]}</p><hr>")
    html = f"<html><body>{top if masthead else ''}{''.join(items)}<p>Abmelden</p></body></html>"
    return mail_bytes("Kestrel <brief@kestrel.example>", "Briefing", html, subtype="html")


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_edition_masthead_heading_keeps_every_item(lang: str) -> None:
    arts = articles_of("brief.eml", _digest(lang))
    assert [a.title for a in arts] == HEADS[lang]
    # the issue's day (the wire item's dateline may print its own)
    assert arts[0].published == arts[2].published == datetime(2025, 11, 25)
    assert all(PARA[lang][:40] in a.body for a in arts)


def test_one_article_with_crossheads_stays_one() -> None:
    # look-alike: an h1 headline over its own text and h2 crossheads, no edition line
    # or greeting under it: one article
    html = (
        "<html><body><h1>Bridge repair brought forward after council vote</h1>"
        f"<p>{PARA['en']}</p><h2>Costs</h2><p>{PARA['en']}</p><h2>Traffic</h2>"
        f"<p>{PARA['en']}</p><h2>Next steps</h2><p>{PARA['en']}</p></body></html>"
    )
    arts = articles_of("a.eml", mail_bytes("Desk <d@kestrel.example>", "Bridge", html, "html"))
    assert len(arts) == 1
    assert arts[0].title == "Bridge repair brought forward after council vote"
