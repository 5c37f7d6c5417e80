"""Saved pages whose fields sit outside what the text extractor keeps or what the metadata
gets right: an unclassed meta row's "Von A und B" under the <h1>; the outlet's own name with a
desk word as the metadata's author ("Example News", "Example Redaktion"), no person; a "By
AGENCY | Published:" stamp row, no byline; the owning group as JSON-LD publisher under the
<title>'s outlet; a Cyrillic logo block named by the copyright notice; dotted acronyms as
rubrics ("U.S."); and an emoji before a "read also" marker."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_teaser
from app.importers.byline import stamp_byline
from app.importers.casing import cased_section
from tests.importers.makers import ARTICLE_HTML

_DE = (
    "<p>Die Stadt will das Hallenbad bis zum Herbst sanieren und rechnet mit deutlich höheren "
    "Kosten als bisher geplant, wie die Verwaltung am Dienstag mitteilte.</p>"
    "<p>Der Rat soll im Dezember über die Mehrkosten entscheiden, mehrere Fraktionen haben "
    "bereits Beratungsbedarf angemeldet, die Opposition fordert ein Gutachten.</p>"
) * 3
_RU = (
    "<p>Городские власти утвердили план ремонта двенадцати мостов, работы начнутся весной и "
    "продлятся до конца следующего года, сообщили в мэрии. Подрядчик уже выбран.</p>"
    "<p>На ремонт направят около двух миллиардов рублей, большую часть средств выделит "
    "областной бюджет, остальное добавит город из собственных доходов.</p>"
) * 3


def _article(page: str):
    return extract("page.html", page.encode())[0].article


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


# An unclassed meta row under the headline: the byline the extractor leaves out.


def test_unclassed_meta_row_byline_with_two_names() -> None:
    art = _article(
        _page(
            "<title>Hallenbad wird teurer | Beispielblatt</title>",
            "<header><div class='logo'>BEISPIELBLATT</div></header><div class='wrap'>"
            "<h1>Hallenbad wird teurer</h1><div class='article-meta'><span>Von Jana Muster und "
            "Olaf Probe</span> <span>22.11.2025, 21:17 Uhr</span> <span>3 min</span></div>"
            f"<div class='article-body'>{_DE}</div></div>",
        )
    )
    assert art.author == "Jana Muster und Olaf Probe"


def test_unclassed_byline_row_in_english() -> None:
    art = _article(
        _page(
            "<title>Rail trips hit a record | Example Courier</title>",
            "<div><h1>Rail trips hit a record</h1><p class='info'>By Jane Sample</p>"
            f"<div class='story'>{ARTICLE_HTML}</div></div>",
        )
    )
    assert art.author == "Jane Sample"


def test_unclassed_author_label_in_russian() -> None:
    art = _article(
        _page(
            "<title>Мосты отремонтируют | Пример</title>",
            "<div><h1>В городе отремонтируют двенадцать мостов</h1><div class='info'><span>"
            f"Автор: Анна Примерова</span></div><div class='story'>{_RU}</div></div>",
        )
    )
    assert art.author == "Анна Примерова"


def test_caption_under_the_headline_names_no_author() -> None:
    art = _article(
        _page(
            "<title>Hallenbad wird teurer | Beispielblatt</title>",
            "<div><h1>Hallenbad wird teurer</h1><div class='pic'><span>Das Bad im Sommer, "
            f"Foto: Jana Muster</span></div><div class='story'>{_DE}</div></div>",
        )
    )
    assert art.author == ""


# The outlet's own name with a desk word as the metadata's author: no person.


def _ld(author: str, publisher: str) -> str:
    return (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
        f'"author":{{"@type":"Person","name":"{author}"}},'
        f'"publisher":{{"@type":"Organization","name":"{publisher}"}}}}</script>'
    )


def test_outlet_news_author_yields_to_the_printed_byline() -> None:
    art = _article(
        _page(
            "<title>Rail trips hit a record - Example Daily</title>"
            + _ld("Example Daily News", "Example Daily"),
            "<article><h1>Rail trips hit a record</h1><div class='post-author'>by "
            f"<a>Jane Sample</a></div>{ARTICLE_HTML}</article>",
        )
    )
    assert art.author == "Jane Sample"


def test_outlet_desk_author_without_byline_is_empty() -> None:
    art = _article(
        _page(
            "<title>Hallenbad wird teurer</title>"
            + _ld("Beispiel-Kurier Redaktion", "Beispiel-Kurier"),
            f"<article><h1>Hallenbad wird teurer</h1>{_DE}</article>",
        )
    )
    assert art.author == ""


def test_outlet_online_author_in_russian_is_empty() -> None:
    art = _article(
        _page(
            f"<title>Мосты отремонтируют</title>{_ld('Пример Новости', 'Пример')}",
            f"<article><h1>В городе отремонтируют двенадцать мостов</h1>{_RU}</article>",
        )
    )
    assert art.author == ""


def test_person_named_like_the_outlet_stays() -> None:
    art = _article(
        _page(
            f"<title>Rail trips hit a record - Example</title>{_ld('Jane Sample', 'Example')}",
            f"<article><h1>Rail trips hit a record</h1>{ARTICLE_HTML}</article>",
        )
    )
    assert art.author == "Jane Sample"


# "By AGENCY | Published: …": an agency's credit on the stamp row, no person.


def test_agency_stamp_row_names_no_person() -> None:
    assert stamp_byline("By XNA | Published: November 23, 2025 7:10 PM") == ""
    assert stamp_byline("Von dpa | 23.11.2025, 19:10 Uhr") == ""
    assert stamp_byline("Автор ТАСС | 23.11.2025, 19:10") == ""
    assert stamp_byline("By Jane Sample | Published: November 23, 2025 7:10 PM") == "Jane Sample"


# The owning group as JSON-LD publisher, the outlet in og:site_name and the <title>.


def test_group_publisher_yields_to_the_titled_outlet() -> None:
    art = _article(
        _page(
            "<title>Rail trips hit a record | Northshire Evening Star</title>"
            '<meta property="og:site_name" content="Northshire Evening Star">'
            f"{_ld('Jane Sample', 'Example World')}",
            f"<article><h1>Rail trips hit a record</h1>{ARTICLE_HTML}</article>"
            "<footer>© 2025 Example World Publishing Ltd. All rights reserved.</footer>",
        )
    )
    assert art.source == "Northshire Evening Star"


def test_publisher_in_the_title_stays() -> None:
    art = _article(
        _page(
            "<title>Rail trips hit a record | Example World</title>"
            '<meta property="og:site_name" content="Example World Online">'
            f"{_ld('Jane Sample', 'Example World')}",
            f"<article><h1>Rail trips hit a record</h1>{ARTICLE_HTML}</article>"
            "<footer>© 2025 Example World Ltd. All rights reserved.</footer>",
        )
    )
    assert art.source == "Example World"


# A logo block in Cyrillic only, named by the copyright notice in a plain <div>.


def test_cyrillic_logo_block_named_by_the_notice() -> None:
    art = _article(
        _page(
            "<title>В городе отремонтируют двенадцать мостов</title>",
            "<div class='header'><div class='logo'>Заря Примерья</div><div class='slogan'>"
            "Общественно-политическая газета</div></div><div class='news-detail'><h1>В городе "
            f"отремонтируют двенадцать мостов</h1>{_RU}</div><div class='footer'><p>© 2025 "
            "Заря Примерья. Все права защищены.</p></div>",
        )
    )
    assert art.source == "Zarya Primerya"


def test_cyrillic_logo_block_without_notice_names_nothing_new() -> None:
    art = _article(
        _page(
            "<title>В городе отремонтируют двенадцать мостов</title>",
            "<div class='header'><div class='logo'>Заря Примерья</div></div><div><h1>В городе "
            f"отремонтируют двенадцать мостов</h1>{_RU}</div>",
        )
    )
    assert art.source != "Zarya Primerya"


# Rubrics and teasers.


def test_dotted_acronym_rubric_keeps_its_case() -> None:
    assert cased_section("U.S.") == "U.S."
    assert cased_section("U.K. NEWS") == "U.K. News"
    assert cased_section("LOCAL NEWS") == "Local News"
    assert cased_section("ЖКХ И ТАРИФЫ") == "ЖКХ и тарифы"


def test_emoji_before_read_also_marker_is_a_teaser() -> None:
    assert is_teaser("👉 Читайте также: Как защититься от смога")
    assert is_teaser("📌 Lesen Sie auch: Neue Regeln für Radfahrer")
    assert is_teaser("➡️ Read also: Rail fares to rise")
    assert not is_teaser("👉 Мэрия вводит запрет на въезд грузовиков с 1 декабря")
