"""Bylines and site names spelt several ways: a byline element broken by <br> before the
role ("By Jane Doe<br>Business Correspondent"), a role line naming the site by its domain
("Корреспондент Primer.RU") under the author, the kind of publication before a domain in
the copyright line ("Сетевое издание primer.ru"), the domain as the page's own sentences
spell it (capitals still lettering), and a site handle ("CityNews") beside the publisher's
written name ("City News")."""

from __future__ import annotations

from app.importers import extract
from app.importers.byline import role_line
from app.importers.sitename import brand_name, printed_domain_case
from tests.importers.makers import ARTICLE_HTML


def _page(head: str, inner: str):
    page = (
        f"<html lang='en'><head><title>Ferry runs less often</title>{head}</head><body>"
        f"<main><article><h1>Ferry runs less often</h1>{inner}{ARTICLE_HTML}</article></main>"
        "</body></html>"
    )
    return extract("p.html", page.encode())[0].article


def test_byline_element_broken_before_the_role() -> None:
    art = _page("", "<div class='byline'>By Jane Doe<br><span>Business Correspondent</span></div>")
    assert art.author == "Jane Doe"


def test_role_line_with_the_sites_domain() -> None:
    assert role_line("Корреспондент Primer.RU")
    assert role_line("Reporter Example.com")
    assert not role_line("Correspondent John Smith")


def test_kind_of_publication_before_a_domain() -> None:
    assert brand_name("Сетевое издание primer.ru") == "primer.ru"


def test_domain_as_the_pages_sentences_spell_it() -> None:
    lines = ["PRIMER.RU", "Фото: Иван Петров / Primer.ru", "© 2025 primer.ru"]
    assert printed_domain_case("primer.ru", lines) == "Primer.ru"
    assert printed_domain_case("primer.ru", ["PRIMER.RU", "© 2025 primer.ru"]) == ""


def test_pasted_page_credits_the_domain_as_printed() -> None:
    text = (
        "PRIMER.RU\nГород\nТрамвай пустят по новой линии через год\n"
        "Подрядчик не успевает построить мост\nИван Петров\nКорреспондент Primer.ru\n"
        "27 ноября 2025, 14:32\n"
        "Трамвайную линию в новый район не успеют открыть в 2026 году, как планировалось, "
        "сообщили в мэрии города. Подрядчик просит еще год на строительство моста.\n"
        "Общая длина новой линии — около восьми километров, на ней будет десять остановок.\n"
        "Подписывайтесь на Primer.ru в Telegram\n"
        "Сетевое издание primer.ru © 2025. Все права защищены\n"
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.title == "Трамвай пустят по новой линии через год"
    assert art.author == "Иван Петров"
    assert art.source == "Primer.ru"


def test_site_handle_gives_way_to_the_publishers_written_name() -> None:
    graph = (
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"CityNews"},'
        '{"@type":"NewsArticle","headline":"Ferry runs less often",'
        '"publisher":{"@type":"Organization","name":"City News"}}]}'
    )
    art = _page(f"<script type='application/ld+json'>{graph}</script>", "")
    assert art.source == "City News"
