"""A host name as the logo of a paste ("example.de" over the menu), a logo over the
copyright notice's ".news" domain, a two-word motto after og:site_name's one-word name, a
byline's agency credit ("Jane Doe, PA") with a caption's "(Name/PA)", a rubric's
"section-label" class and a trail in a "path" element, and an aggregator's page: its
JSON-LD provider is the source, its "More:" teasers and syndication note are chrome."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_caption, is_teaser
from app.importers.sitename import without_motto
from tests.importers.makers import ARTICLE_HTML, NEWS_MORE, NEWS_TEXT

_DE_TEXT = (
    "Die Stadt will das Hallenbad bis zum Herbst sanieren und rechnet mit deutlich höheren "
    "Kosten als bisher geplant, wie die Verwaltung am Dienstag mitteilte.\n"
    "Der Rat soll im Dezember über die Mehrkosten entscheiden, mehrere Fraktionen haben "
    "bereits Beratungsbedarf angemeldet.\n"
)


def _page(head: str, article: str) -> bytes:
    return (
        f"<html><head>{head}</head><body><main><article>{article}{ARTICLE_HTML}"
        "</article></main></body></html>"
    ).encode()


def test_host_name_over_the_menu_is_the_site() -> None:
    text = (
        "beispielblatt.de\n"
        "Nordfriesland\n"
        "Husum\n"
        "Sport\n"
        "Samstag, 29. November 2025\n"
        "Startseite > Lokales > Husum\n"
        "Hallenbad wird fünf Millionen Euro teurer\n"
        "Von Jana Beispiel\n"
        "26. November 2025, 17:00 Uhr\n"
        f"{_DE_TEXT}"
        "Artikel teilen\n"
        "© 2025 medien holding:beispiel gmbh · Impressum · Datenschutz\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.source == "beispielblatt.de"


def test_logo_over_a_news_domain_notice_is_the_name() -> None:
    text = (
        "Beispielreport\n"
        "Новости региона\n"
        "Политика\n"
        "Экономика\n"
        "Общество\n"
        "Экономика\n"
        "Экспорт овощей из региона вырос на 18%\n"
        "24.11.2025, 15:40\n"
        "За десять месяцев 2025 года регион экспортировал овощей на 1,6 миллиарда долларов, "
        "что на 18 процентов больше, чем годом ранее, сообщает комитет по статистике.\n"
        "Основными покупателями остаются соседние страны, на которые приходится почти две "
        "трети поставок, а продажи в Европу заметно выросли.\n"
        "Поделиться\n"
        "© 2025 Beispielreport.news. Все права защищены.\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.source == "Beispielreport"


def test_two_word_motto_after_a_one_word_site_name_goes() -> None:
    assert without_motto("Beispiel - Total regional") == "Beispiel"
    assert without_motto("Beispiel – das Magazin") == "Beispiel"
    assert without_motto("Beispiel - Lokale Nachrichten") == "Beispiel - Lokale Nachrichten"
    assert without_motto("Beispiel - example.com") == "Beispiel - example.com"
    assert without_motto("Example Post - North Edition") == "Example Post - North Edition"


def test_agency_credit_after_the_byline_names_the_source() -> None:
    text = (
        "The Example Gazette\n"
        "News\n"
        "Politics\n"
        "Sport\n"
        "News › Politics\n"
        "Council told to find £40m in savings before March\n"
        "Finance chief says pressures leave no room for new spending\n"
        "Jane Roe, PA\n"
        "25 November, 2025 17:30\n"
        f"{NEWS_TEXT}\n"
        "Finance chief John Doe (Sam Smith/PA)\n"
        f"{NEWS_MORE}\n"
        "© 2025 The Example Gazette Ltd. All rights reserved.\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.author == "Jane Roe"
    assert art.source == "PA"
    assert art.lead == "Finance chief says pressures leave no room for new spending"
    assert "Sam Smith/PA" not in art.body


def test_outlet_initials_after_the_byline_are_no_agency() -> None:
    text = (
        "The Example Gazette\n"
        "News\n"
        "Politics\n"
        "Sport\n"
        "News › Politics\n"
        "Council told to find £40m in savings before March\n"
        "Jane Roe, XYZ\n"
        "25 November, 2025 17:30\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
        "© 2025 The Example Gazette Ltd. All rights reserved.\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.author == "Jane Roe"
    assert art.source != "XYZ"


def test_photographer_and_agency_closing_a_caption() -> None:
    assert is_caption("Finance Minister Jane Doe (John Roe/PA)")
    assert is_caption("The new bridge over the river (Jane Roe / AP)")
    assert not is_caption("The minister met John Roe (Labour) on Monday.")
    assert not is_caption("Talks went on (John Roe/PA).")


def test_section_label_class_names_the_section() -> None:
    page = _page(
        "<title>Parlament senkt den Steuerfuss nicht | Beispielbote</title>",
        '<a class="section-label">Beispielstadt</a><p class="kicker">Budget 2026</p>'
        "<h1>Parlament senkt den Steuerfuss nicht</h1>",
    )
    assert extract("page.html", page)[0].article.section == "Beispielstadt"


def test_trail_in_a_path_element_gives_the_section() -> None:
    page = _page(
        "<title>Beispiel-press</title>",
        '<div class="path"><a>Главная</a> › <a>Новости</a> › <a>Экономика</a></div>'
        "<h1>Комбинат запустит новую линию</h1>",
    )
    assert extract("page.html", page)[0].article.section == "Экономика"
    page = _page(
        "<title>Beispiel-press</title>",
        '<div class="path">Unterwegs</div><h1>Комбинат запустит новую линию</h1>',
    )
    assert extract("page.html", page)[0].article.section == ""


def test_aggregator_page_names_the_provider_as_source() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Buses to run '
        'late","publisher":{"@type":"Organization","name":"Example Portal"},'
        '"provider":{"@type":"Organization","name":"The Example Dispatch"}}</script>'
    )
    page = _page(
        f'<meta property="og:site_name" content="Example Portal">{ld}',
        "<h1>Buses to run late</h1>",
    )
    assert extract("page.html", page)[0].article.source == "The Example Dispatch"


def test_syndication_note_and_more_teaser_are_chrome() -> None:
    assert is_boilerplate(
        "This article originally appeared on The Example Dispatch: Buses to run late"
    )
    assert is_boilerplate("This story was originally published by Example News.")
    assert not is_boilerplate("The plan originally appeared in the council's 2019 budget.")
    assert is_teaser("More: What to know about the new bus lines")
    assert not is_teaser("More than 40 routes will change next year.")
