"""Blind batch 44 (web pages and pastes): layout tables, record fields, release frames.

Each test holds a small made-up clipping with one convention: a page laid out in a table,
a date in a definition list, a bold last crumb, a release's contact row and end mark, a
summary box's heading, an author box of blocks, a role line under the byline, a
publishing house named after its paper, an office's byline.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import boilerplate as bp
from app.importers import extract
from app.importers.byline import role_line
from app.importers.compose import compose
from app.importers.html import parse_html
from app.importers.layouttable import unframe_layout_tables
from app.importers.profiles import default_profiles
from app.importers.sitename import copyright_owner

PROSE = (
    "Die Stadt baut eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit. "
    "Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, hieß es weiter."
)
PROSE_RU = (
    "Грузооборот речного порта за десять месяцев вырос на семь процентов, сообщили в "
    "администрации порта. Рост обеспечили прежде всего контейнерные перевозки и зерно."
)


def _page(body: str, title: str = "Neue Brücke") -> object:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    [item] = extract("page.html", page.encode())
    return item.article


def test_a_table_that_lays_out_feed_and_article_is_no_data_table() -> None:
    body = (
        "<table><tr><td><b>Лента новостей</b><p><span>02:05</span> <a>Снегопад в крае</a></p>"
        "</td><td><h1>Грузооборот порта вырос на 7%</h1><div>25 ноября 2025 г. 12:47</div>"
        f"<p>ЗАРЕЧЬЕ, 25 ноября 2025. {PROSE_RU}</p><p>{PROSE_RU} Ещё одна фраза.</p>"
        "</td></tr></table>"
    )
    art = _page(body, "Грузооборот порта вырос на 7% - Новости")
    assert art.body.startswith("ЗАРЕЧЬЕ, 25 ноября 2025.")  # type: ignore[attr-defined]
    assert "|" not in art.body and "Снегопад" not in art.body  # type: ignore[attr-defined]
    assert art.dateline == "Заречье"  # type: ignore[attr-defined]


def test_a_data_table_in_the_text_stays_a_table() -> None:
    tree = parse_html(
        f"<html><body><h1>Neue Brücke</h1><p>{PROSE}</p><table><tr><td>Kosten</td>"
        "<td>12 Mio.</td></tr><tr><td>Bauzeit</td><td>2 Jahre</td></tr></table></body></html>"
    )
    unframe_layout_tables(tree)
    assert [el.tag for el in tree.iter("table", "td")] == ["table", "td", "td", "td", "td"]


def test_the_date_field_of_a_release_beats_a_sidebar_of_newer_releases() -> None:
    body = (
        "<aside><ul><li><span>27.11.2025</span> <a>Andere Meldung</a></li></ul></aside>"
        "<main><dl><dt>Herausgeber</dt><dd>Bauamt</dd><dt>Datum</dt><dd>24.11.2025</dd></dl>"
        f"<h1>Stadt baut neue Brücke</h1><p>{PROSE}</p><p>{PROSE}</p></main>"
    )
    assert _page(body).published == datetime(2025, 11, 24)  # type: ignore[attr-defined]


def test_a_bold_unlinked_last_crumb_is_the_section() -> None:
    body = (
        '<div class="breadcrumb"><a>Startseite</a> / <a>Themen</a> / <a>Verkehr</a> / '
        f"<strong>Brückenbau</strong></div><h1>Stadt baut neue Brücke</h1><p>{PROSE}</p>"
        f"<p>{PROSE}</p>"
    )
    assert _page(body).section == "Brückenbau"  # type: ignore[attr-defined]


def test_a_release_contact_row_led_by_its_label_is_the_frame() -> None:
    row = (
        "Verantwortlich für diesen Pressetext: Max Muster | Ministerium für Bau und Verkehr | "
        "Musterstraße 1, 24103 Kiel | Telefon 0431 123-4567 | E-Mail: presse@example.de | "
        "Pressemitteilungen der Landesregierung finden Sie im Internet unter www.example.de"
    )
    assert bp.is_boilerplate(row)


def test_a_summary_box_and_its_heading_do_not_open_the_text() -> None:
    body = (
        '<h1>Cashew prices slide</h1><div class="summary"><h3>What you need to know:</h3>'
        "<ul><li>Prices at the third auction fell to Sh2,650 per kilogramme.</li>"
        "<li>Farmers are storing their crop in the hope of a rebound.</li></ul></div>"
        "<p>Lindi. Prices of raw cashew nuts at the latest round of auctions have fallen by "
        "nearly a fifth, prompting some farmers to hold back their crop for now.</p>"
        "<p>Buyers said demand from processors abroad had weakened since October, and that "
        "stocks from last season were still unsold in several warehouses.</p>"
    )
    art = _page(body, "Cashew prices slide")
    assert art.body.startswith("Lindi. Prices")  # type: ignore[attr-defined]
    assert "need to know" not in art.body  # type: ignore[attr-defined]


def test_an_author_box_of_blocks_and_a_more_by_link_give_the_name_alone() -> None:
    box = (
        '<section class="authors"><h2>Autorin</h2><p class="author-name">Erika Beispiel</p>'
        '<p class="author-role">Redakteurin</p></section>'
    )
    art = _page(f"<h1>Stadt baut neue Brücke</h1><p>{PROSE}</p><p>{PROSE}</p>{box}")
    assert art.author == "Erika Beispiel"  # type: ignore[attr-defined]
    more = '<p class="byline">By Jane Doe <a class="more">More by this Author</a></p>'
    art = _page(f"<h1>Stadt baut neue Brücke</h1>{more}<p>{PROSE}</p><p>{PROSE}</p>")
    assert art.author == "Jane Doe"  # type: ignore[attr-defined]


def test_a_journalist_role_line_with_the_site_is_no_headline() -> None:
    assert role_line("Журналист EXAMPLE.RU")
    text = (
        "Недвижимость\nПродажи квартир в Заречье упали на 12%\nИван Петров\n"
        f"Журналист EXAMPLE.RU\n25 ноября 2025, 11:20\n{PROSE_RU}\n{PROSE_RU}\n"
    )
    art = compose(text, default_profiles())
    assert art.title == "Продажи квартир в Заречье упали на 12%"
    assert art.author == "Иван Петров"


def test_a_publishing_house_named_after_its_paper_gives_the_paper() -> None:
    line = "© 2002–2025 АО «Издательский дом «Пример». Все права защищены."
    assert copyright_owner(line) == "Пример"


def test_a_lone_end_mark_ends_the_text_and_an_office_byline_is_no_author() -> None:
    text = (
        "Press Information Bureau\nGovernment of Examplia\nSkip to main content\nHome\n"
        "Press Releases\nPhotos\n"
        "Bridge to open in March\nPosted On: 24 NOV 2025 6:35PM by PIB Northtown\n"
        "The new bridge over the river will open to traffic in March, the ministry said "
        "in a statement on Monday after the final inspection.\n"
        "Works on the approach roads were completed ahead of schedule and within budget, "
        "the statement added.\n***\nAB/CD\n(Release ID: 1234) Visitor Counter : 12\n"
        "Website Policies | Help | Contact Us\nSite is hosted by the Example Centre\n"
    )
    art = compose(text, default_profiles())
    assert art.body.endswith("within budget, the statement added.")
    assert art.author == ""
    assert art.source == "Press Information Bureau"
