"""A press review's contents (source and date), its meta line, the tags it prints per
article and its language attribute (session 21: a German ministry analyst's review)."""

from __future__ import annotations

import re
from dataclasses import replace

from app.export.review import press_review_html, printed_tags
from app.model import Article
from app.query.named_tags import tags_named
from tests.core.articles import ENGLISH, GERMAN, RUSSIAN, fresh


def _review_articles() -> list[Article]:
    german = replace(fresh(GERMAN), id=1, tags=["Presseschau KW48", "Region/Kasachstan"])
    russian = replace(fresh(RUSSIAN), id=2, tags=["Presseschau KW48", "Region/Russland"])
    undated = replace(
        fresh(ENGLISH),
        id=3,
        published=None,
        dateline="",
        section="",
        tags=["Presseschau KW48", "Region/Kasachstan"],
    )
    return [german, russian, undated]


def _article_html(page: str, article_id: int) -> str:
    start = page.index(f'<h2 id="a{article_id}">')
    return page[start : page.index("</article>", start)]


def test_contents_entries_give_source_and_date():
    page = press_review_html(_review_articles(), language="de")
    contents = page[page.index('<ol class="toc">') : page.index("</ol>")]
    assert '<span class="meta source">BelTA · 05.11.2025</span>' in contents
    assert "TASS · 03.03.2025</span>" in contents
    assert "Reuters</span>" in contents  # undated: the source alone


def test_an_undated_clipping_with_a_source_shows_its_source_line():
    page = press_review_html(_review_articles())
    assert '<div class="meta">Reuters</div>' in _article_html(page, 3)


def test_no_empty_meta_line_for_a_clipping_with_nothing_to_say():
    bare = replace(fresh(ENGLISH), id=4, source="", published=None, dateline="", section="")
    assert '<div class="meta"></div>' not in press_review_html([bare])


def test_tags_every_article_shares_are_not_printed_per_article():
    page = press_review_html(_review_articles())
    assert "Presseschau KW48" not in page
    assert "Region/Kasachstan" in _article_html(page, 1)
    assert "Region/Russland" in _article_html(page, 2)
    alone = press_review_html(_review_articles()[:1])  # a one-article review keeps its tags
    assert "Presseschau KW48" in alone


def test_tags_the_query_names_are_not_printed():
    articles = _review_articles()
    articles[1].tags.remove("Presseschau KW48")
    query = 'tag:"Presseschau KW48" OR tag:Russland'
    page = press_review_html(articles, omit_tags=tags_named(query))
    assert "Presseschau KW48" not in page
    assert "Region/Russland" not in page  # 'Russland' names the tag's last level
    assert "Region/Kasachstan" in page  # not named
    # a level above the tag does not name it: 'Region' leaves Region/Kasachstan
    assert printed_tags(articles[0], ["region"]) == ["Presseschau KW48", "Region/Kasachstan"]
    assert printed_tags(articles[0], ["presseschau kw48"]) == ["Region/Kasachstan"]


def test_tags_named_in_a_query():
    assert tags_named('tag:"Presseschau KW48"') == ["Presseschau KW48"]
    assert tags_named('grain tag:(Energy OR "Trade  deals")') == ["Energy", "Trade deals"]
    assert tags_named("tag:Pol* wheat") == []  # a pattern names no one tag
    assert tags_named('title:tag "unclosed') == []


def test_the_html_says_its_language():
    for language in ("de", "en", "ru"):
        page = press_review_html(_review_articles(), language=language)
        assert re.search(rf'<html lang="{language}"', page)


def test_contents_with_pages_give_each_articles_page():
    articles = _review_articles()
    page = press_review_html(articles, pages={1: 2, 2: 3, 3: 5})
    cells = re.findall(r'<td class="page"[^>]*>(\d+)</td>', page)
    assert cells == ["2", "3", "5"]
    assert page.count('href="#a') == 3
