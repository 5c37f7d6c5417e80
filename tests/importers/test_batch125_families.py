"""Blind batch 125's families on saved pages: the readers' comments under a story (their
names and hours are classed like a byline and a stamp) give neither author nor date; a
meta row under the headline (avatar, author link, date, reading time, comment count) holds
the byline in its author-classed link; an affiliation in its own element after the name
is no part of it; a staff credit stated as author ("FP Staff") yields to the printed byline;
a time stated in UTC and printed with its zone ("4:37 p.m. CST") is the printed clock; a
synopsis in an <h3> right under the headline is the standfirst, not the text's start."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.byline import staff_credit
from tests.importers.makers import CLIP_TEXT


def _page(lang: str, head: str, under: str, after: str = "", meta: str = "") -> str:
    first, second = CLIP_TEXT[lang]
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{head} | Example</title>'
        f"{meta}</head><body><header><a class='logo' href='/'>Example</a></header><main>"
        f"<article><h1>{head}</h1>{under}<div class='text'><p>{first}</p><p>{second}</p>"
        f"<p>{first}</p></div></article>{after}</main></body></html>"
    )


def _article(html: str):
    return extract("page.html", html.encode())[0].article


def _comments(lang: str, names: list[str], stamps: list[str]) -> str:
    rows = "".join(
        f"<div class='comment'><span class='c-author'>{n}</span> "
        f"<span class='comment-date'>{s}</span><p>Reader's note on this.</p></div>"
        for n, s in zip(names, stamps, strict=True)
    )
    return f"<section id='comments' class='comments'><h2>Comments</h2>{rows}</section>"


def test_readers_comments_give_no_author_or_date() -> None:
    for lang, head, row, names, stamps, author, day in (
        (
            "de",
            "Bahnhofsviertel wird bis 2028 umgebaut",
            "<div class='node-meta'><span class='pic'><img src='a.jpg' alt=''></span>"
            "<a class='author' href='/users/jana-beispiel'>Jana Beispiel</a>"
            "<span class='date'>25.11.2025</span><span class='readtime'>Lesezeit 3 min"
            "</span><span class='cc'><a href='#comments'>2 Kommentare</a></span></div>",
            ["Max Leser", "Eva Leserin"],
            ["Di., 25.11.2025 - 09:14", "Di., 25.11.2025 - 10:02"],
            "Jana Beispiel",
            datetime(2025, 11, 25),
        ),
        (
            "en",
            "Station quarter to be rebuilt by 2028",
            "<div class='post-meta'><img src='a.jpg' alt=''><a class='author-name' "
            "href='/author/tom'>Tom Example</a><span class='date'>November 24, 2025</span>"
            "<span>4 min read</span><a href='#comments'>3 comments</a></div>",
            ["Sam Reader", "Ann Reader"],
            ["November 24, 2025 at 9:14 am", "November 24, 2025 at 10:30 am"],
            "Tom Example",
            datetime(2025, 11, 24),
        ),
        (
            "ru",
            "Привокзальный район реконструируют к 2028 году",
            "<div class='meta'><img src='a.jpg' alt=''><a class='author' href='/a/ivan'>"
            "Иван Примеров</a><span class='date'>23.11.2025</span><span>3 мин</span>"
            "<a href='#comments'>5 комментариев</a></div>",
            ["Пётр Читатель", "Анна Читатель"],
            ["23.11.2025 11:40", "23.11.2025 12:05"],
            "Иван Примеров",
            datetime(2025, 11, 23),
        ),
    ):
        art = _article(_page(lang, head, row, _comments(lang, names, stamps)))
        assert art.author == author, (lang, art.author)
        assert art.published == day, (lang, art.published)
    # the look-alike: the byline and stamp classed the same way in the article itself stay
    art = _article(
        _page(
            "en",
            "Station quarter to be rebuilt by 2028",
            "<div class='meta'><span class='author'>By Tom Example</span>"
            "<span class='date'>November 24, 2025 at 9:14 am</span></div>",
        )
    )
    assert art.author == "Tom Example"
    assert art.published == datetime(2025, 11, 24, 9, 14)


def test_affiliation_after_the_name_is_no_part_of_it() -> None:
    for lang, row, author in (
        (
            "en",
            "<div class='byline'><span>By Jordan Example</span>"
            "<span class='affil'>Associated Press</span></div>",
            "Jordan Example",
        ),
        (
            "de",
            "<div class='byline'><span>Von Anna Muster</span>"
            "<span class='org'>Deutsche Presse-Agentur</span></div>",
            "Anna Muster",
        ),
        (
            "ru",
            "<div class='author'><span>Ольга Примерова</span>"
            "<span class='org'>Интерфакс</span></div>",
            "Ольга Примерова",
        ),
    ):
        art = _article(_page(lang, "Station quarter to be rebuilt", row))
        assert art.author == author, (lang, art.author)
    # the look-alike: a name split over two spans is one name
    art = _article(
        _page(
            "en",
            "Station quarter to be rebuilt",
            "<div class='byline'><span>By Jordan</span> <span class='last'>Example</span></div>",
        )
    )
    assert art.author == "Jordan Example"


def _ld(author: str) -> str:
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
        f'"NewsArticle","author":{{"@type":"Person","name":"{author}"}}}}</script>'
    )


def test_staff_credit_yields_to_printed_byline() -> None:
    for lang, credit, name in (
        ("en", "FP Staff", "Ritu Example"),
        ("de", "Redaktion Beispielblatt", "Karl Muster"),
        ("en", "Web Team", "Priya Sample"),
    ):
        row = (
            f"<div class='author-wrap'><a href='/author/x' class='auth-name'>{name}</a>"
            "<span class='upd'>November 21, 2025, 13:05:22</span></div>"
        )
        art = _article(_page(lang, "Station quarter to be rebuilt", row, meta=_ld(credit)))
        assert art.author == name, (credit, art.author)
    for credit in ("FP Staff", "Web Team", "The Editors", "Редакция"):
        assert staff_credit(credit), credit
    for person in ("Jane Staffordshire", "Anna Teamer", "Иван Редакцин"):
        assert not staff_credit(person), person
    # the look-alike: a staff credit with no person printed stays the credit
    art = _article(_page("en", "Station quarter to be rebuilt", "", meta=_ld("FP Staff")))
    assert art.author in ("FP Staff", "")


def _stamped(lang: str, utc: str, printed: str) -> str:
    meta = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
        f'"NewsArticle","datePublished":"{utc}"}}</script>'
    )
    row = f"<div class='stamp'>Published <time datetime='{utc}'>{printed}</time></div>"
    return _page(lang, "Station quarter to be rebuilt", row, meta=meta)


def test_utc_stamp_printed_with_its_zone_is_the_printed_clock() -> None:
    for lang, utc, printed, clock in (
        ("en", "2025-11-20T22:37:00.000Z", "Nov. 20, 2025 at 4:37 p.m. CST", (16, 37)),
        ("en", "2025-11-20T15:05:00Z", "November 20, 2025 10:05 AM EST", (10, 5)),
        ("de", "2025-11-20T13:30:00Z", "20.11.2025, 14:30 Uhr MEZ", (14, 30)),
    ):
        art = _article(_stamped(lang, utc, printed))
        assert (art.published.hour, art.published.minute) == clock, (printed, art.published)
    # the look-alike: a printed UTC time stays as it is
    art = _article(_stamped("en", "2025-11-20T22:37:00Z", "November 20, 2025 22:37 UTC"))
    assert (art.published.hour, art.published.minute) == (22, 37)


def test_synopsis_under_the_headline_is_no_body_start() -> None:
    for lang, cls, synopsis in (
        ("en", "article-synopsis", "Tankers sent to the estate as repairs drag on"),
        ("de", "synopsis", "Anwohner warten weiter auf eine Lösung für den Platz"),
        ("ru", "news-synopsis", "Жители смогут направить предложения до конца января"),
    ):
        under = f"<h3 class='{cls}'>{synopsis}</h3><div class='date'>23.11.2025</div>"
        art = _article(_page(lang, "Station quarter to be rebuilt", under))
        assert art.body.startswith(CLIP_TEXT[lang][0][:40]), (lang, art.body[:60])
    # the look-alike: a classed <h3> crosshead inside the text stays in the body
    html = _page("en", "Station quarter to be rebuilt", "").replace(
        "<p>The cost", "<h3 class='synopsis'>What it costs</h3><p>The cost"
    )
    assert "What it costs" in _article(html).body
