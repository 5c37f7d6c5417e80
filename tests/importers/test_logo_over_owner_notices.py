"""Blind batches 62/63: a logo over a notice that names the owner, not the brand. A
non-profit's legal form spelled out ('Autonome Nichtkommerzielle Organisation "X"') is an
owner like 'АНО «X»'; a host-name logo over its company ('Example.de - motto' over '©
Example Media GmbH') is the brand as printed; a logo in capitals the text names again
('EXAMPLENEWS' over 'Folgen Sie Examplenews') takes the text's case; a last 'DE' of a logo
is an edition's country, not the particle 'de'."""

from __future__ import annotations

from app.importers import extract
from app.importers.sitename import is_short_form, site_from_press_office

DE_PARA = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den "
    "Fluss beschlossen, die Arbeiten sollen im kommenden Frühjahr beginnen. "
)
MENU = ["Startseite", "International", "Europa", "Wirtschaft", "Meinung", "Videos"]


def _source(lines: list[str]) -> str:
    return extract("a.txt", "\n".join(lines).encode("utf-8"))[0].article.source


def _page(logo: str, menu: list[str], tail: list[str]) -> list[str]:
    return [logo, *menu, "Gemeinderat beschließt neue Brücke", DE_PARA * 3, DE_PARA * 2, *tail]


def test_spelled_out_non_profit_notice_yields_to_the_logo() -> None:
    notice = '© Autonome Nichtkommerzielle Organisation "Beispiel-Nowosti", 2005-2025.'
    assert _source(_page("XY DE", MENU, [notice + " Alle Rechte vorbehalten."])) == "XY DE"


def test_host_logo_with_motto_over_its_company_is_the_brand() -> None:
    lines = _page(
        "Beispiel.de - Technik-News für Profis",
        ["Druckversion", "URL: https://www.beispiel.de/news/bruecke.html", "Beispiel.de > News"],
        ["Copyright © 2025 Beispiel Media GmbH. Vervielfältigung nur mit Genehmigung."],
    )
    assert _source(lines) == "Beispiel.de"


def test_capital_logo_takes_the_case_the_text_prints() -> None:
    lines = _page("BEISPIELNEWS", MENU, ["Folgen Sie Beispielnews auf Telegram!"])
    assert _source(lines) == "Beispielnews"


RU_PARA = (
    "Грузооборот речного порта за десять месяцев вырос на семь процентов, сообщили в "
    "администрации порта. Рост обеспечили прежде всего контейнерные перевозки и зерно."
)


def test_header_bar_goes_and_its_logo_cases_the_host_name() -> None:
    page = (
        "<html><head><title>Грузооборот порта вырос на 7%</title>"
        '<meta property="og:url" content="https://www.primernews.co.xy/news/port.html"></head>'
        '<body><table class="top"><tr><td><a href="/"><img src="/logo.gif" '
        'alt="PRIMERnews.co.xy"></a></td><td>30 ноября 2025 г. Воскресенье</td>'
        "<td>Курсы валют: $ 3,27</td></tr></table><h1>Грузооборот порта вырос на 7%</h1>"
        f"<div>25 ноября 2025 г., 16:05</div><p>{RU_PARA}</p><p>{RU_PARA}</p><p>{RU_PARA}</p>"
        "</body></html>"
    )
    art = extract("page.html", page.encode())[0].article
    assert art.body.startswith("Грузооборот речного порта")
    assert "Курсы валют" not in art.body
    assert art.source == "PRIMERnews.co.xy"


def test_publisher_short_form_yields_to_the_site_name_in_full() -> None:
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Neue Brücke",'
        '"publisher":{"@type":"Organization","name":"NBZ"}}'
    )
    page = (
        "<html><head><title>Neue Brücke | NBZ</title>"
        '<meta property="og:site_name" content="Nordbeispieler Zeitung">'
        f'<script type="application/ld+json">{ld}</script></head><body><h1>Neue Brücke</h1>'
        f"<p>{DE_PARA}</p><p>{DE_PARA}</p><p>{DE_PARA}</p></body></html>"
    )
    assert extract("page.html", page.encode())[0].article.source == "Nordbeispieler Zeitung"
    assert is_short_form("NBZ", "Nordbeispieler Zeitung")
    assert not is_short_form("ABC", "Nordbeispieler Zeitung")


def test_site_first_in_the_title_shown_as_the_logo_first_line() -> None:
    page = (
        "<html><head><title>Beispieler Landtag - Pressemitteilungen</title></head><body>"
        '<header><div class="logo">Beispieler Landtag<br><small>Parlament des Landes</small>'
        "</div></header><div>27.11.2025</div><h1>Gemeinderat beschließt neue Brücke</h1>"
        f"<p>{DE_PARA}</p><p>{DE_PARA}</p><p>{DE_PARA}</p></body></html>"
    )
    art = extract("page.html", page.encode())[0].article
    assert art.source == "Beispieler Landtag"
    assert art.title == "Gemeinderat beschließt neue Brücke"


def _ru_page(site_name: str, logo: str, footer: str) -> str:
    return (
        "<html><head><title>Грузооборот порта вырос на 7%</title>"
        f'<meta property="og:site_name" content="{site_name}"></head><body><header>'
        f'<a class="logo" href="/">{logo}</a></header><h1>Грузооборот порта вырос на 7%</h1>'
        f"<p>{RU_PARA}</p><p>{RU_PARA}</p><p>{RU_PARA}</p><footer>{footer}</footer></body></html>"
    )


def test_latin_host_logo_over_a_cyrillic_name_it_does_not_spell() -> None:
    page = _ru_page("Зерно и Порт", "GRAINPORT.RU", "© Grainport.ru, 2025. Все права защищены.")
    assert extract("page.html", page.encode())[0].article.source == "Grainport.ru"


def test_host_logo_that_spells_the_cyrillic_name_leaves_it() -> None:
    page = _ru_page("Примерник", "primernik.ru", "© Primernik.ru, 2025")
    assert extract("page.html", page.encode())[0].article.source != "Primernik.ru"


def test_press_contact_names_the_issuer_before_its_press_office() -> None:
    contact = (
        "Pressekontakt: Beispieler Staatskanzlei, Pressestelle, Musterring 1, 80000 Musterstadt"
    )
    assert site_from_press_office(["Text.", contact]) == "Beispieler Staatskanzlei"
    assert site_from_press_office(["Text.", "Pressekontakt: Erika Muster, Tel. 0123 45"]) == ""
