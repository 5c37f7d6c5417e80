"""Blind batch 170's families on saved pages of trade and regional outlets: a stamp's day
and its clock printed in two spans of the meta row are one stamp (the page's wall clock over
the metadata's UTC); a byline of several links to writers' pages in one folder, a role after
each, names all of them; a desk's crumb of five words or more that its link spells is the
section; a <title> "Site - Headline" names the site when the logo's picture reads so; a
stamp's row over the headline that ends in "Von Name" names the author; a teaser block
under the headline holding its paragraph is the standfirst; "Dig Deeper on <topic>" and the
comments' empty notice close the text."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_footer
from app.importers.byline import stamp_byline
from app.importers.html import _clock_joined
from tests.importers.makers import FARES_DE as _DE
from tests.importers.makers import FARES_EN as _EN
from tests.importers.makers import FARES_RU as _RU


def _page(head: str, body: str, title: str = "Bus fares to rise in March") -> bytes:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>".encode()


def _art(data: bytes, name: str = "page.html"):
    items = extract(name, data)
    assert len(items) == 1
    return items[0].article


def _paras(texts) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# --- a stamp's day and clock in two spans ---------------------------------------------


def test_clock_in_its_own_span_joins_the_day_before_it() -> None:
    assert _clock_joined(["By Jane Roe", " ", "Tuesday, December 2, 2025", " ", "6:45 am"]) == [
        "By Jane Roe",
        "Tuesday, December 2, 2025, 6:45 am",
    ]
    assert _clock_joined(["Dienstag, 2. Dezember 2025", "\n", "09:15 Uhr"]) == [
        "Dienstag, 2. Dezember 2025, 09:15 Uhr"
    ]
    # a bare clock with no day before it stays its own piece
    assert _clock_joined(["Lesezeit", " ", "6:45"]) == ["Lesezeit", "6:45"]


def test_wall_clock_in_a_span_of_the_meta_row_wins_over_utc_metadata() -> None:
    cases = [
        (
            "<meta property='article:published_time' content='2025-12-02T11:45:00+00:00'>",
            "<h1>Bus fares to rise in March</h1><p class='dek'>Commuters face higher costs</p>"
            "<div class='byline-row'><span>By <a href='/author/jroe'>Jane Roe</a></span> "
            "<span class='date'>Tuesday, December 2, 2025</span> <span>6:45 am</span></div>",
            _EN,
            (6, 45),
        ),
        (
            "<meta property='article:published_time' content='2025-12-02T08:15:00Z'>",
            "<h1>Busfahren wird im März teurer</h1><div class='meta'><span>02.12.2025</span> "
            "<span>09:15 Uhr</span></div>",
            _DE,
            (9, 15),
        ),
        (
            "<meta property='article:published_time' content='2025-12-02T07:30:00+00:00'>",
            "<h1>Проезд в автобусах подорожает в марте</h1><div class='info'><span>2 декабря "
            "2025</span> <span>10:30</span></div>",
            _RU,
            (10, 30),
        ),
    ]
    for head, top, paras, clock in cases:
        art = _art(_page(head, f"<article>{top}{_paras(paras)}</article>"))
        assert (art.published.hour, art.published.minute) == clock, art.published


def test_utc_stamp_without_a_printed_clock_stays() -> None:
    head = "<meta property='article:published_time' content='2025-12-02T11:45:00+00:00'>"
    top = (
        "<h1>Bus fares to rise in March</h1><div class='row'><span>Jane Roe</span> "
        "<span>4 min read</span></div>"
    )
    art = _art(_page(head, f"<article>{top}{_paras(_EN)}</article>"))
    assert (art.published.hour, art.published.minute) == (11, 45)


# --- several writers' links in a byline -------------------------------------------------


def test_byline_of_several_writers_links_names_all() -> None:
    cases = [
        (
            "<div class='authors'><a href='/editors/jroe/'>Jane Roe</a> <span>Senior Reporter"
            "</span> · <a href='/editors/jdoe/'>John Doe</a> <span>Reporter</span></div>",
            _EN,
            "Jane Roe, John Doe",
        ),
        (
            "<div class='autoren'><a href='https://example.de/autor/anna-berg'>Anna Berg</a>, "
            "Redakteurin · <a href='https://example.de/autor/max-kern'>Max Kern</a>, Volontär"
            "</div>",
            _DE,
            "Anna Berg, Max Kern",
        ),
        (
            "<div class='authors'><a href='/authors/ivanova'>Мария Иванова</a> <span>корреспондент"
            "</span> <a href='/authors/petrov'>Иван Петров</a> <span>редактор</span></div>",
            _RU,
            "Мария Иванова, Иван Петров",
        ),
    ]
    for byline, paras, want in cases:
        body = f"<article><h1>Bus fares to rise in March</h1>{byline}{_paras(paras)}</article>"
        assert _art(_page("", body)).author == want


def test_byline_link_beside_a_topic_link_names_one_writer() -> None:
    byline = (
        "<div class='author'><a href='/editors/jroe/'>Jane Roe</a> <span>Senior Reporter</span>"
        " · <a href='/topics/public-transport'>Public Transport</a></div>"
    )
    body = f"<article><h1>Bus fares to rise in March</h1>{byline}{_paras(_EN)}</article>"
    assert _art(_page("", body)).author == "Jane Roe"


# --- a long desk crumb spelled by its link ------------------------------------------------


def test_long_desk_crumb_spelled_by_its_link_is_the_section() -> None:
    cases = [
        ("/resources/IT-in-the-public-sector", "IT in the public sector", _EN),
        ("/ressort/arbeit-und-soziales-in-der-region", "Arbeit und Soziales in der Region", _DE),
        ("/rubric/transport-and-roads-of-the-region", "Transport and roads of the region", _RU),
    ]
    for href, crumb, paras in cases:
        trail = f"<div class='breadcrumb'><a href='/'>Home</a> <a href='{href}'>{crumb}</a></div>"
        body = f"{trail}<article><h1>Bus fares to rise in March</h1>{_paras(paras)}</article>"
        assert _art(_page("", body)).section == crumb


def test_long_crumb_its_link_does_not_spell_is_no_section() -> None:
    trail = (
        "<div class='breadcrumb'><a href='/'>Home</a> <a href='/news/12345'>Fares to rise "
        "for every bus in March</a></div>"
    )
    body = f"{trail}<article><h1>Bus fares to rise in March</h1>{_paras(_EN)}</article>"
    assert _art(_page("", body)).section == ""


# --- the site first in the <title>, the logo's picture naming it -------------------------


def test_site_first_in_title_named_by_the_logo_picture() -> None:
    cases = [
        ("Example Trade Weekly", "Regional bus fares to rise by six per cent in March", _EN),
        ("Beispiel Fachmagazin", "Busfahren wird im kommenden März um sechs Prozent teurer", _DE),
        ("Primer Business", "Проезд в автобусах области подорожает с первого марта", _RU),
    ]
    for site, head, paras in cases:
        body = (
            f"<div id='header'><a href='/'><img src='/logo.png' alt='{site}'></a></div>"
            f"<div id='content'><h1>{head}</h1>{_paras(paras)}</div>"
        )
        assert _art(_page("", body, title=f"{site} - {head}")).source == site


def test_title_part_the_logo_does_not_name_is_no_site() -> None:
    body = (
        "<div id='header'><a href='/'><img src='/logo.png' alt='Startseite'></a></div>"
        f"<div id='content'><h1>Bus fares to rise in March</h1>{_paras(_EN)}</div>"
    )
    art = _art(_page("", body, title="Transport News - Bus fares to rise in March"))
    assert art.source != "Transport News"


# --- a stamp's row over the headline naming the author ------------------------------------


def test_stamp_line_then_labelled_byline() -> None:
    assert stamp_byline("3. Dezember 2025 - Von Anna Berg") == "Anna Berg"
    assert stamp_byline("5 March 2025 — By Jane Roe") == "Jane Roe"
    assert stamp_byline("12 ноября 2025, Автор: Иван Петров") == "Иван Петров"
    assert stamp_byline("3. Dezember 2025 - Vonovia plant neue Wohnungen") == ""


def test_stamp_row_over_the_headline_names_the_author() -> None:
    cases = [
        (
            "<div class='newsdate'>3. Dezember 2025 - Von Anna Berg</div>",
            "Busfahren wird teurer",
            _DE,
            "Anna Berg",
        ),
        (
            "<div class='meta'>December 3, 2025 — By Jane Roe</div>",
            "Bus fares to rise",
            _EN,
            "Jane Roe",
        ),
        (
            "<div class='info'>3 декабря 2025, Автор: Иван Петров</div>",
            "Проезд подорожает",
            _RU,
            "Иван Петров",
        ),
    ]
    for row, head, paras, want in cases:
        body = f"<div id='content'>{row}<h1>{head}</h1>{_paras(paras)}</div>"
        assert _art(_page("", body, title=head)).author == want


def test_kicker_over_the_headline_names_no_author() -> None:
    body = (
        "<div id='content'><div class='kicker'>Von Bus und Bahn</div>"
        f"<h1>Busfahren wird teurer</h1>{_paras(_DE)}</div>"
    )
    assert _art(_page("", body, title="Busfahren wird teurer")).author == ""


# --- a teaser block under the headline -----------------------------------------------------


def test_teaser_block_holding_its_paragraph_is_the_standfirst() -> None:
    cases = [
        (
            "<div class='field--name-field-teaser'><p>The fares rise in March. Commuters pay "
            "more, groups protest.</p></div>",
            _EN,
        ),
        (
            "<div class='article-teaser'><p>Die Preise steigen im März. Pendler zahlen mehr, "
            "Verbände protestieren.</p></div>",
            _DE,
        ),
        (
            "<div class='anons'><p>Тарифы вырастут в марте. Пассажиры заплатят больше, "
            "объединения протестуют.</p></div>",
            _RU,
        ),
    ]
    for block, paras in cases:
        body = (
            f"<article><h1>Bus fares to rise in March</h1>{block}"
            f"<div class='body'>{_paras(paras)}</div></article>"
        )
        art = _art(_page("", body))
        assert art.lead.split()[0] in block, art.lead
        assert art.body.startswith(paras[0][:40])


def test_plain_block_under_the_headline_is_no_teaser() -> None:
    body = (
        "<article><h1>Bus fares to rise in March</h1><div class='text'><p>"
        f"{_EN[0]}</p></div>{_paras(_EN[1:])}</article>"
    )
    art = _art(_page("", body))
    assert art.body.startswith(_EN[0][:40])


# --- lists of other stories and the comments' empty notice close the text ---------------


def test_dig_deeper_and_empty_comments_close_the_text() -> None:
    for line in (
        "Dig Deeper on IT in the public sector",
        "Dig deeper",
        "Es sind noch keine Kommentare vorhanden. Kommentar schreiben",
        "Noch keine Kommentare.",
        "No comments yet. Be the first to comment!",
        "Комментариев пока нет.",
        "Пока нет комментариев",
    ):
        assert is_footer(line), line
    for line in (
        "No comment was given by the ministry when asked on Tuesday.",
        "Dig deeper into the figures and the picture changes: fares rose twice.",
        "Keine Kommentare gab es vom Ministerium zu den Zahlen.",
    ):
        assert not is_footer(line), line


def test_empty_comments_notice_is_cut_from_the_body() -> None:
    tail = (
        "<div class='comments'><h3>Kommentare</h3><p>Es sind noch keine Kommentare "
        "vorhanden. <a>Kommentar schreiben</a></p></div>"
    )
    body = f"<div id='content'><h1>Busfahren wird teurer</h1>{_paras(_DE)}{tail}</div>"
    art = _art(_page("", body, title="Busfahren wird teurer"))
    assert "Kommentar" not in art.body
    assert art.body.rstrip().endswith("bessert.")
