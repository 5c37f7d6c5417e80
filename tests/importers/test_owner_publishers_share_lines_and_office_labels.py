"""Saved pages whose JSON-LD publisher is the owning company, a country code after the
stated site name, a joint byline, a stamp over the headline, slashes in the <title>; pasted
pages with a share bar, footer labels, a subscribe box, a press office's label and a
labelled author under the text (invented pages and clippings)."""

from __future__ import annotations

import json

from app.importers import extract
from app.importers.agency import bare_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import stamp_byline
from app.importers.compose import compose
from app.importers.sections import section_of_line
from app.importers.sitename import is_company_name, is_institution, site_from_title
from tests.importers.makers import ARTICLE_HTML, MAIL_RU, NEWS_MORE, NEWS_TEXT


def _one(page: str):
    return extract("p.html", page.encode())[0].article


def _ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def test_a_malaysian_company_form_is_a_company() -> None:
    assert is_company_name("Example Communications Sdn Bhd")
    assert is_company_name("Example Media Berhad")
    assert not is_company_name("The Example Malaysia")


def test_owning_company_as_publisher_yields_to_the_title_suffix() -> None:
    ld = _ld({"@type": "NewsArticle", "headline": "Rail trips hit record",
              "publisher": {"@type": "Organization", "name": "Example Media AG"}})  # fmt: skip
    page = (
        f"<html><head><title>Rail trips hit record | Northport Tagblatt</title>{ld}</head>"
        f"<body><main><h1>Rail trips hit record</h1>{ARTICLE_HTML}</main></body></html>"
    )
    assert _one(page).source == "Northport Tagblatt"


def test_country_code_after_the_site_name_yields_to_the_logo() -> None:
    page = (
        "<html><head><title>Rail trips hit record</title>"
        "<meta property='og:site_name' content='Portday NG'></head><body><header>"
        "<a href='/'><img src='/logo.png' alt='PortDay'></a></header>"
        f"<main><h1>Rail trips hit record</h1>{ARTICLE_HTML}</main></body></html>"
    )
    assert _one(page).source == "PortDay"


def test_joint_byline_beats_the_first_author_the_metadata_names() -> None:
    page = (
        "<html><head><title>Rail trips hit record</title>"
        "<meta name='author' content='Jane Roe'></head><body><main>"
        "<h1>Rail trips hit record</h1>"
        "<div class='author-box'><span class='author-name'>Jane Roe &amp; John Doe</span></div>"
        f"{ARTICLE_HTML}</main></body></html>"
    )
    assert _one(page).author == "Jane Roe & John Doe"


def test_date_classed_stamp_right_over_the_headline() -> None:
    page = (
        "<html><head><title>Rail trips hit record</title></head><body><main>"
        "<div class='header-date'>29 ноября 2025, суббота</div><div class='news'>"
        "<div class='news__date'>26 ноября 2025 г.</div><h1>Rail trips hit record</h1>"
        f"{ARTICLE_HTML}</div></main></body></html>"
    )
    assert _one(page).published.date().isoformat() == "2025-11-26"


def test_title_parted_by_slashes_names_the_agency_brand() -> None:
    title = "Нефтяники ввели новые скважины / Новости / ИА «Пример»"
    assert site_from_title(title, "Нефтяники ввели новые скважины") == "Пример"
    assert site_from_title("Нефть / газ: новые скважины", "Нефтяники ввели") == ""


def test_a_governor_and_government_portal_stays_in_cyrillic() -> None:
    assert is_institution("Губернатор и Правительство Примерной области")


def test_share_buttons_spelled_out_are_chrome() -> None:
    assert is_boilerplate("Share on Facebook | Share on Telegram | Copy link")
    assert is_boilerplate("Teilen auf Facebook | Teilen per E-Mail")
    text = (
        "Example Times\nHome | News | Business\nRail trips hit record\nNovember 27, 2025\n"
        f"Share on Facebook | Share on Telegram | Copy link\n{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    assert compose(text, ()).title == "Rail trips hit record"


def test_short_link_and_search_keywords_footer_lines() -> None:
    assert is_boilerplate("Short link: https://example.com/News/1234.aspx")
    assert is_boilerplate("Search Keywords: trams, city council, budget")


def test_name_comma_weekday_stamp_is_a_byline() -> None:
    assert stamp_byline("Jane Roe , Wednesday 26 Nov 2025") == "Jane Roe"
    assert stamp_byline("Jane Roe, Wednesday, 26 Nov 2025") == "Jane Roe"
    assert stamp_byline("Jane Roe, Cairo 26 Nov 2025") == ""


def test_subscribe_box_with_its_price() -> None:
    assert is_boilerplate("Get the best of local business news. Subscribe for just $4 a month.")
    assert is_boilerplate("Jetzt abonnieren ab 9,90 € im Monat.")
    assert not is_boilerplate("We subscribe to the view that rates will fall from 5 percent.")


def test_place_before_a_bracketed_day_and_colon() -> None:
    dl = bare_dateline("KUALA LUMPUR (Nov 27): Palm oil stocks fell for the first time.")
    assert dl is not None and dl.place == "Kuala Lumpur"
    assert bare_dateline("BERLIN (Reuters) - Stocks fell.") is None


def test_deepest_crumb_with_a_small_word_is_the_section() -> None:
    assert section_of_line("Главная / Новости / Россия / Цены на сырое молоко") == (
        "Цены на сырое молоко"
    )
    assert section_of_line("Home / News / Energy / Oil and Gas") == "Oil and Gas"


def test_labelled_author_over_a_source_line_under_the_text() -> None:
    text = (
        "Пример Ньюс\nГлавная / Новости\nГородские власти утвердили план ремонта мостов\n"
        f"28 ноября 2025, 16:20\n{MAIL_RU}\n{MAIL_RU}\nАвтор: Анна Петрова\n"
        "Источник: Пример Ньюс\nМетки: мосты, ремонт\nПоделиться: ВКонтакте | Telegram\n"
        "Подпишитесь на рассылку Пример Ньюс\nПопулярное\n© 2025 Пример Ньюс\n"
    )
    assert compose(text, ()).author == "Анна Петрова"


def test_press_office_label_under_a_release_names_the_issuer() -> None:
    text = (
        "Land Example\nStartseite > Presse\nPresseinformation\n25.11.2025\n"
        "Kabinett beschließt neues Programm\n"
        "Hannover. Das Landeskabinett hat in seiner heutigen Sitzung den Entwurf eines "
        "Gesetzes beschlossen, der nun dem Landtag zugeleitet wird.\n"
        "Bis zum Jahr 2030 sollen daraus zusätzlich 1,2 Milliarden Euro in den Umbau von "
        "Kliniken fließen, teilte die Regierung mit.\n"
        "Pressestelle: Beispielhafte Staatskanzlei\nTel: 0511 120-0000\n"
    )
    assert compose(text, ()).source == "Beispielhafte Staatskanzlei"
