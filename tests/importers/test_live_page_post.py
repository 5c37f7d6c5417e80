"""A live page saved at one post (blind batch 179): the JSON-LD states a LiveBlogPosting and
og:title names the blog, while the page's one <h1> heads a post's element. The post is the
article: its headline, its own time and byline ("From Example's Jane Doe"), its text up to
its end; the blog's start time, its team byline and the other posts are not. A live page
whose <h1> is the blog's headline, and a plain article in a "post" element, stay as read."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers import extract
from app.importers.byline import author_of_line
from tests.importers.makers import PARA, PARA_DE, PARA_RU, html_page


def _live(
    blog: str, post: str, stamp: str, byline: str, para: str, lang: str, ld: str = "LiveBlogPosting"
) -> bytes:
    head = (
        f"<title>{blog} | Example Live</title>"
        f'<meta property="og:title" content="{blog}">'
        '<meta property="og:site_name" content="Example Live">'
        f'<script type="application/ld+json">{{"@type": "{ld}", "headline": "{blog}", '
        '"datePublished": "2025-05-03T04:00:00.000Z"}</script>'
    )
    body = (
        f"<main><h2 class='live-title'>{blog}</h2><p class='live-byline'>By Ann Team, Bo Crew "
        "and Cy Staff</p><section class='live-post'><header>"
        f"<span class='post-time'>{stamp}</span><h1>{post}</h1>"
        f"<p class='post-byline'>{byline}</p></header><div class='post-content'>{para}</div>"
        "</section><section class='live-post'><span class='post-time'>09:10</span>"
        "<h3>Another update from the morning</h3><p>The earlier post about the bridge and "
        "the detour that drivers were asked to take during the works.</p></section></main>"
    )
    return html_page(head, body, lang)


@pytest.mark.parametrize(
    ("blog", "post", "stamp", "byline", "para", "lang", "author", "published"),
    [
        ("Live: storm hits the coast", "Council approves the new route", "12:20 p.m., May 3, 2025",
         "From Example's Jane Doe", PARA, "en", "Jane Doe", datetime(2025, 5, 3, 12, 20)),
        ("Liveticker: Unwetter", "Gemeinderat beschließt die neue Strecke", "03.05.2025, 12:20",
         "Von Jana Beispiel", PARA_DE, "de", "Jana Beispiel", datetime(2025, 5, 3, 12, 20)),
        ("Онлайн: шторм на побережье", "Дума утвердила новый маршрут", "3 мая 2025, 12:20",
         "Автор: Анна Иванова", PARA_RU, "ru", "Анна Иванова", datetime(2025, 5, 3, 12, 20)),
    ],
)  # fmt: skip
def test_live_page_post_is_the_article(blog, post, stamp, byline, para, lang, author, published):
    art = extract("p.html", _live(blog, post, stamp, byline, para, lang))[0].article
    assert art.title == post
    assert art.author == author
    assert art.published.replace(tzinfo=None) == published
    assert "Another update" not in art.body and "detour" not in art.body


def test_live_page_headed_by_the_blog_stays_the_blog() -> None:
    page = _live("Council approves the new route", "Council approves the new route",
                 "12:20 p.m., May 3, 2025", "From Example's Jane Doe", PARA, "en")  # fmt: skip
    art = extract("p.html", page)[0].article
    assert art.title == "Council approves the new route"
    assert art.published.replace(tzinfo=None) == datetime(2025, 5, 3, 4, 0)


def test_plain_article_in_a_post_element_is_not_a_live_post() -> None:
    page = _live("Live: storm hits the coast", "Council approves the new route",
                 "12:20 p.m., May 3, 2025", "From Example's Jane Doe", PARA, "en",
                 ld="NewsArticle")  # fmt: skip
    art = extract("p.html", page)[0].article
    assert art.title == "Live: storm hits the coast"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("From Example's Jane Doe", "Jane Doe"),
        ("From Example’s Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("From Example's newsroom", ""),
    ],
)
def test_from_outlets_byline(line, want) -> None:
    assert author_of_line(line) == want
