"""A template without an <h1> that sets its headline in an <h2> classed as the item's
heading ("contentheading", "entry-title"): the category label above it names the section."""

from __future__ import annotations

from app.importers import extract
from app.model import Extracted

PARA = {
    "ru": "<p>На комбинате завершили приемку сырья урожая этого года. Всего от хозяйств области "
    "поступило около 49 тысяч тонн, что на 8 процентов больше, чем годом ранее.</p>"
    "<p>Как рассказали на предприятии, качество сырья в целом оценивается как хорошее, "
    "а мощности будут загружены полностью до конца года.</p>",
    "de": "<p>Die Molkerei hat die Annahme der Milch für dieses Jahr abgeschlossen. Insgesamt "
    "lieferten die Höfe rund 49.000 Tonnen, acht Prozent mehr als im Vorjahr.</p>"
    "<p>Wie das Unternehmen mitteilte, ist die Qualität insgesamt gut, die Anlagen sollen "
    "bis Jahresende voll ausgelastet werden.</p>",
    "en": "<p>The dairy has finished taking in this year's milk. In total the farms delivered "
    "about 49,000 tonnes, eight per cent more than a year earlier.</p>"
    "<p>The company said quality was good overall and that the plant would run at full "
    "capacity until the end of the year.</p>",
}


def _page(lang: str, label: str, title: str, h2_class: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Example | {title}</title></head><body>"
        '<ul id="menu"><li><a href="/a">Economy</a></li><li><a href="/b">Sport</a></li></ul>'
        '<div id="content"><div class="item-page">'
        f'<div class="cat-label"><a href="/x">{label}</a></div>'
        f'<h2 class="{h2_class}">{title}</h2>'
        '<div class="article-info"><span class="published">21.11.2025 09:47</span></div>'
        f"{PARA[lang]}</div></div></body></html>"
    ).encode()


def _section(page: bytes) -> str:
    items = extract("page.html", page)
    assert isinstance(items[0], Extracted)
    return items[0].article.section


def test_label_over_an_h2_headline() -> None:
    title = "Комбинат завершил приемку сырья урожая-2025"
    assert _section(_page("ru", "Экономика", title, "contentheading")) == "Экономика"
    title = "Molkerei schließt Milchannahme für 2025 ab"
    assert _section(_page("de", "Wirtschaft", title, "entry-title")) == "Wirtschaft"
    title = "Dairy finishes taking in this year's milk"
    assert _section(_page("en", "Business", title, "article__title")) == "Business"


def test_h2_of_another_kind_gives_no_anchor() -> None:
    # look-alike: an <h2> classed as a widget's heading is no headline to stand over
    title = "Dairy finishes taking in this year's milk"
    assert _section(_page("en", "Business", title, "widget-box")) == ""
