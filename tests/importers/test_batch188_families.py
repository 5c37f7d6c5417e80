"""Saved pages (blind batch 188): a home page's WebPage object whose dates are the site's;
a magazine's row of labels over the headline with the day in it; a byline and its stamp in
one row, the writer's outlet after the name; a browser's reader view (the original's address
and credits in its header, the desk after the day); a labelled category over the headline;
a print view's <title> and its button row; an interviewer's credit with the photographer
run on. Each family with look-alikes that must keep their reading."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line
from app.importers.html import parse_page
from app.importers.htmlmeta import page_meta
from app.importers.outlets import Gazetteer, Outlet, outlet_source

from .makers import PARA, PARA_DE, PARA_RU, articles_of, html_page


def _one(name: str, data: bytes):
    return articles_of(name, data)[0]


# --- 1. a home page's WebPage object, and the label row over the headline ---------------


def _home_ld(day: str, url: str = "https://www.example-mag.org/") -> str:
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
        f'"WebPage","name":"Example – the magazine","url":"{url}","datePublished":"{day}",'
        '"publisher":{"@type":"Organization","name":"Example Mag"}}</script>'
    )


def test_home_page_dates_yield_to_the_label_row_over_the_headline() -> None:
    cases = [
        ("Ausgabe #12 · Kultur · 3. März 2025", "Das letzte Kino im Tal", PARA_DE, "de"),
        ("Issue 40 | Travel | 12 May 2025", "The last ferry across the sound", PARA, "en"),
        ("Выпуск 7 · Общество · 5 июня 2025", "Последний кинотеатр в долине", PARA_RU, "ru"),
    ]
    days = ["2025-03-03", "2025-05-12", "2025-06-05"]
    for (row, title, para, lang), day in zip(cases, days, strict=True):
        page = html_page(
            f"<title>{title}</title>{_home_ld('2009-04-01')}",
            f'<article><p class="issue">{row}</p><h1>{title}</h1>{para}</article>',
            lang,
        )
        art = _one("page.html", page)
        assert art.published is not None and art.published.date().isoformat() == day, row


def test_webpage_of_the_article_itself_keeps_its_date() -> None:
    url = "https://www.example-mag.org/2025/last-ferry"
    page = html_page(
        f"<title>The last ferry</title>{_home_ld('2025-05-10', url)}",
        f'<article><p class="issue">Issue 40 | Travel | 12 May 2025</p><h1>The last ferry</h1>'
        f"{PARA}</article>",
    )
    assert page_meta(parse_page(page)).published.date().isoformat() == "2025-05-10"


def test_row_with_a_sentence_over_the_headline_is_no_stamp() -> None:
    page = html_page(
        "<title>The last ferry across the sound</title>",
        "<article><p>Since 12 May 2025 the ferry no longer runs every hour | Archive</p>"
        f"<h1>The last ferry across the sound</h1>{PARA}</article>",
    )
    art = _one("page.html", page)
    assert art.published is None or art.published.date().isoformat() != "2025-05-12"


# --- 2. a byline and its stamp in one row; the outlet after the writer's name ------------


_ISSUED = '<meta name="DC.date.issued" content="2025-03-03">'


def test_byline_and_stamp_row_gives_the_time_to_a_stated_day() -> None:
    cases = [
        ("By Jane Roe, The Example Times | March 3, 2025 at 9:05 a.m.", "Jane Roe", PARA, "en"),
        (
            "Von Anna Berg, Deutsche Presse-Agentur | 03.03.2025, 09:05 Uhr",
            "Anna Berg",
            PARA_DE,
            "de",
        ),
        (
            "Автор: Иван Петров, Агентство Пример | 3 марта 2025, 09:05",
            "Иван Петров",
            PARA_RU,
            "ru",
        ),
    ]
    for row, name, para, lang in cases:
        page = html_page(
            f"<title>Council backs the plan</title>{_ISSUED}",
            f'<article><h1>Council backs the plan</h1><div class="byline">{row}</div>'
            f"{para}</article>",
            lang,
        )
        art = _one("page.html", page)
        assert art.published is not None and art.published.isoformat() == "2025-03-03T09:05:00"
        assert art.author == name, row


def test_byline_row_of_another_day_leaves_the_stated_day() -> None:
    page = html_page(
        '<title>Council backs the plan</title><meta name="DC.date.issued" content="2025-03-03">',
        "<article><h1>Council backs the plan</h1><div class='byline'>By Jane Roe, The Example "
        f"Times | March 1, 2025 at 9:05 a.m.</div>{PARA}</article>",
    )
    assert _one("page.html", page).published.isoformat() == "2025-03-03T00:00:00"


def test_outlet_after_the_name_is_no_second_writer() -> None:
    assert author_of_line("By Kayla Doe, The Example Press") == "Kayla Doe"
    assert author_of_line("Von Jana Roth, Deutsche Presse-Agentur") == "Jana Roth"
    assert author_of_line("Автор: Иван Петров, Агентство Пример") == "Иван Петров"
    assert author_of_line("By Jane Doe and John Roe, The Example Times") == "Jane Doe and John Roe"
    # two writers: the second's surname is no press word
    assert author_of_line("By Jane Doe, John Post") == "Jane Doe, John Post"


# --- 3. a browser's reader view -----------------------------------------------------------


def _reader_view(url: str, credits: str, row: str, para: str, lang: str) -> bytes:
    host = url.split("/")[2].removeprefix("www.")
    return html_page(
        '<title>Residents face new rules</title><link rel="stylesheet" '
        'href="chrome://global/skin/aboutReader.css">',
        '<div class="container"><div class="header reader-header reader-show-element">'
        f'<a class="domain reader-domain" href="{url}">{host}</a>'
        '<h1 class="reader-title">Residents face new rules</h1>'
        f'<div class="credits reader-credits">{credits}</div>'
        '<div class="meta-data"><div class="reader-estimated-time">3–4 minutes</div></div>'
        '</div><hr><div class="content"><div class="moz-reader-content"><div class="page">'
        f'<p class="date">{row}</p>{para}</div></div></div></div>',
        lang,
    )


def test_reader_view_header_gives_address_writer_and_the_desk_after_the_day() -> None:
    cases = [
        (
            "https://www.example-sun.com/local/rules",
            "Jane Roe",
            "2 December 2025 | Local News",
            "Local News",
            PARA,
            "en",
        ),
        (
            "https://beispiel-bote.de/region/regeln",
            "Anna Berg",
            "2. Dezember 2025 | Politik",
            "Politik",
            PARA_DE,
            "de",
        ),
        (
            "https://primer-vesti.ru/news/pravila",
            "Иван Петров",
            "2 декабря 2025 | Общество",
            "Общество",
            PARA_RU,
            "ru",
        ),
    ]
    for url, credits, row, desk, para, lang in cases:
        meta = page_meta(parse_page(_reader_view(url, credits, row, para, lang)))
        assert meta.url == url
        assert meta.author == credits
        assert meta.section == desk, row


def test_reader_view_credits_naming_the_site_are_no_writer() -> None:
    page = _reader_view("https://example-sun.com/x", "Examplesun", "2 December 2025", PARA, "en")
    assert page_meta(parse_page(page)).author == ""


def test_day_row_after_its_bar_names_no_person_place_or_revision() -> None:
    for row in (
        "2 December 2025 | Jane Roe",
        "2 December 2025 | Windhoek",
        "2 December 2025 | Updated",
    ):
        meta = page_meta(parse_page(_reader_view("https://x.com/a", "Jane Roe", row, PARA, "en")))
        assert meta.section == "", row


def test_bare_own_address_gives_way_to_the_known_outlet_of_it() -> None:
    gaz = Gazetteer([Outlet(name="Example Sun", hosts=("example-sun.com",))])
    url = "https://www.example-sun.com/local/rules"
    assert outlet_source("example-sun.com", url=url, lines=[], gazetteer=gaz) == "Example Sun"
    assert outlet_source("www.example-sun.com", url=url, lines=[], gazetteer=gaz) == "Example Sun"
    # a name the page prints stays as printed, and another site's host is no own address
    assert outlet_source("Example-Sun.com", url=url, lines=[], gazetteer=gaz) == "Example-Sun.com"
    assert outlet_source("other.com", url=url, lines=[], gazetteer=gaz) == "other.com"


# --- 4. a print view: its <title>, its category label, its button row ------------------


def _print_view(title: str, label: str, buttons: str, notice: str, para: str, lang: str) -> bytes:
    return html_page(
        f"<title>{title}</title>",
        f'<table width="100%"><tr><td><img src="/logo-print.png"></td><td align="right">'
        f"{buttons}</td></tr></table><hr>"
        f'<div class="print-category">{label}</div><h1>Council backs the plan for the route</h1>'
        f'<div class="print-content">{para}</div><div class="print-footer">{notice}</div>',
        lang,
    )


def test_print_view_names_its_site_category_and_drops_its_buttons() -> None:
    cases = [
        (
            "Example Bote - Druckversion",
            "Kategorie: Verkehr & Bau",
            "<a>Drucken</a> | <a>Fenster schließen</a>",
            "© 2025 Beispiel Verlagsgesellschaft mbH · Example Bote · Hauptstraße 1",
            PARA_DE,
            "de",
            ("Example Bote", "Verkehr & Bau"),
        ),
        (
            "Print version | Example Herald",
            "Category: City Hall",
            "<a>Print</a> | <a>Close window</a>",
            "© 2025 Example Publishing Ltd · Example Herald",
            PARA,
            "en",
            ("Example Herald", "City Hall"),
        ),
        (
            "Example Vesti - Версия для печати",
            "Рубрика: Общество",
            "<a>Печать</a> | <a>Закрыть окно</a>",
            "© 2025 ООО «Пример Медиа» · Example Vesti",
            PARA_RU,
            "ru",
            ("Example Vesti", "Общество"),
        ),
    ]
    for title, label, buttons, notice, para, lang, (source, section) in cases:
        art = _one("print.htm", _print_view(title, label, buttons, notice, para, lang))
        assert (art.source, art.section) == (source, section), title
        assert art.body.startswith(para[3:30]), art.body[:60]


def test_print_button_rows() -> None:
    assert is_boilerplate("| | Drucken \\| Fenster schließen |")
    assert is_boilerplate("Print | Close window")
    assert is_boilerplate("Печать | Закрыть окно")
    # a data table's row keeps its cells
    assert not is_boilerplate("| Drucken | 12,5 |")
    assert not is_boilerplate("| Region | Closed windows | 14 |")


def test_title_of_site_and_headline_is_no_print_view() -> None:
    page = html_page(
        "<title>Example Herald - Council backs the plan for the route</title>",
        f"<h1>Council backs the plan for the route</h1>{PARA}",
    )
    assert _one("page.html", page).source != "Council backs the plan for the route"


# --- 5. an interviewer's credit with the photographer run on ----------------------------


def test_interviewer_credit_with_pictures_run_on() -> None:
    assert author_of_line("Interview: Sabine Roe Bilder: Daniel Doe") == "Sabine Roe"
    assert author_of_line("Interview: Jo Lee Photos: Max Roe") == "Jo Lee"
    assert author_of_line("Интервью: Анна Иванова Фото: Пётр Сидоров") == "Анна Иванова"
    # a headline that opens with the word is no credit
    assert author_of_line("Interview mit Anna Roth: Bilder zeigen den Gletscher") == ""


def test_interviewer_credit_line_leaves_the_body() -> None:
    page = html_page(
        "<title>«Wir unterschätzen den Wasserverbrauch» | Example Magazin</title>",
        "<article><h1>«Wir unterschätzen den Wasserverbrauch»</h1>"
        "<p class='credit'>Interview: Sabine Roe &nbsp; Bilder: Daniel Doe</p>"
        f"{PARA_DE}</article>",
        "de",
    )
    art = _one("page.html", page)
    assert art.author == "Sabine Roe"
    assert "Bilder: Daniel Doe" not in art.body
    assert art.body.startswith("Der Gemeinderat"), art.body[:60]


# --- 6. a live page: its newest post set over the headline, its key points box ----------


def _live_page(title: str, deck: str, box: str, points: list[str], posts: list[str], lang: str):
    items = "".join(f"<li>{p}</li>" for p in points)
    blocks = "".join(
        f'<div class="post" id="p{len(posts) - k}"><time>0{9 - k}:15</time><p>{p}</p></div>'
        for k, p in enumerate(posts)
    )
    return html_page(
        f"<title>{title}</title>",
        f'<article class="liveblog"><span class="live-badge">LIVE</span><h1>{title}</h1>'
        f'<p class="standfirst">{deck}</p><div class="key-points"><h3>{box}</h3><ul>{items}'
        f"</ul></div>{blocks}</article>",
        lang,
    )


_POSTS_EN = [
    "More than 23,000 homes across the northern counties are now without power, the network "
    "operator has confirmed, and engineers warned that some customers may wait until tomorrow.",
    "The weather service has recorded a gust of 83mph on the coast, the strongest so far, and "
    "said the worst of the winds would move east through the late morning before easing.",
    "Rail services north of the city have been suspended after trees fell on the line, a "
    "spokesman said, and teams will inspect the routes once the wind has dropped.",
]
_POSTS_DE = [
    "Mehr als 23.000 Haushalte im Norden sind inzwischen ohne Strom, wie der Netzbetreiber "
    "bestätigte; einige Kunden müssen nach seinen Angaben bis morgen Abend warten.",
    "Der Wetterdienst hat an der Küste eine Böe von 130 Kilometern pro Stunde gemessen, die "
    "stärkste bisher, und erwartet, dass der Sturm am Vormittag nach Osten zieht.",
    "Der Bahnverkehr nördlich der Stadt ist eingestellt, weil Bäume auf die Gleise gestürzt "
    "sind; die Strecken sollen geprüft werden, sobald der Wind nachlässt.",
]
_POSTS_RU = [
    "Более 23 тысяч домов в северных районах остаются без электричества, подтвердили в "
    "сетевой компании; часть абонентов может ждать подключения до завтрашнего вечера.",
    "Метеослужба зафиксировала на побережье порывы ветра до 37 метров в секунду, это самый "
    "сильный порыв с начала шторма, к полудню ветер сместится на восток.",
    "Движение поездов к северу от города приостановлено из-за упавших на пути деревьев, "
    "пути проверят, как только ветер стихнет, сообщили в железнодорожной компании.",
]


def test_live_page_keeps_its_newest_post_first_and_drops_the_key_points() -> None:
    cases = [
        (
            "Storm LIVE: amber warning as gusts batter the north",
            "Thousands of homes are without power and trains are suspended",
            "Key points",
            ["Amber warning until 6pm", "Trains suspended"],
            _POSTS_EN,
            "en",
        ),
        (
            "Sturm im Liveticker: Orkanböen im Norden",
            "Tausende Haushalte sind ohne Strom, der Bahnverkehr ist eingestellt",
            "Das Wichtigste",
            ["Warnung bis 18 Uhr", "Bahn stellt Verkehr ein"],
            _POSTS_DE,
            "de",
        ),
        (
            "Шторм на севере: онлайн-трансляция",
            "Тысячи домов остались без света, поезда отменены",
            "Главное",
            ["Предупреждение до 18:00", "Поезда отменены"],
            _POSTS_RU,
            "ru",
        ),
    ]
    for title, deck, box, points, posts, lang in cases:
        art = _one("live.html", _live_page(title, deck, box, points, posts, lang))
        assert art.body.startswith(posts[0][:40]), art.body[:80]
        assert box not in art.body and points[0] not in art.body
        assert all(p[:40] in art.body for p in posts)


def test_paragraph_over_the_headline_outside_its_block_stays_out() -> None:
    # a teaser in another block, printed under the headline's block: the header's, not the text's
    teaser = (
        "Other story: the regional council has approved a new budget for the coming year after "
        "a long debate about road repairs, schools and the cost of the new swimming pool."
    )
    page = html_page(
        "<title>Council backs the plan for the route</title>",
        f"<article><h1>Council backs the plan for the route</h1>{PARA}</article>"
        f'<aside><div class="post"><p>{teaser}</p></div></aside>',
    )
    assert "Other story" not in _one("page.html", page).body
