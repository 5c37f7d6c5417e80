"""A press review: the selected articles as a self-contained, printable HTML document."""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime

from app.export.labels import DEFAULT, label
from app.model import Article

#: tags that sort the analyst's work, not the clippings' topics (``import --tag Inbox``):
#: a review handed on does not print them (nor the levels under them)
WORKFLOW_TAGS = frozenset({"inbox"})

STYLE = """
body { font-family: "Source Serif Pro", Georgia, "DejaVu Serif", serif; max-width: 46em;
       margin: 2em auto; padding: 0 1em; color: #1d1d1f; line-height: 1.5; }
h1 { font-family: "Inter", "Segoe UI", "DejaVu Sans", sans-serif; font-size: 1.8em;
     border-bottom: 2px solid #1d1d1f; padding-bottom: .3em; }
h2 { font-family: "Inter", "Segoe UI", "DejaVu Sans", sans-serif; font-size: 1.25em;
     margin: 2em 0 .2em; }
.meta { color: #6e6e73; font-size: .9em; margin-bottom: .6em; }
.tags span { background: #eef2f7; border-radius: 3px; padding: 0 .4em; margin-right: .3em; }
.lead { font-weight: 600; }
ol.toc { padding-left: 1.2em; }
table.toc td { padding: .15em 0; vertical-align: top; }
table.toc td.page { text-align: right; vertical-align: bottom; padding-left: 1em; }
span.source { white-space: nowrap; }
article { page-break-inside: avoid; border-bottom: 1px solid #ddd; padding-bottom: 1em; }
"""


def review_title(day: date, language: str = DEFAULT) -> str:
    """The default title: "Press review 30.11.2025", "Pressespiegel 30.11.2025" (the
    review's own date style)."""
    return f"{label(language, 'press_review')} {day:%d.%m.%Y}"


def topic_tags(tags: Sequence[str]) -> list[str]:
    """The tags a review prints: not the workflow's (Inbox)."""
    return [t for t in tags if t.split("/", 1)[0].strip().casefold() not in WORKFLOW_TAGS]


def shared_tags(articles: Sequence[Article]) -> set[str]:
    """The tags every article of a review carries (the tag that picked them, "Presseschau
    KW48"): the same words on every article say nothing about any one of them. A review of
    one article has none: its tags are its own."""
    if len(articles) < 2:
        return set()
    return set.intersection(*(set(a.tags) for a in articles))


def printed_tags(article: Article, omitted: Collection[str]) -> list[str]:
    """An article's tags as its review prints them: topics only (not Inbox), and not those
    the whole review shares or was selected by (``omitted``, ignoring case): a name there
    stands for the tag or its last levels ("KW48" for "Presseschau/KW48"), as the query's
    ``tag:`` does, but not for the tags under it ("Region" leaves "Region/Kasachstan")."""
    left_out = {_levels(t) for t in omitted}
    return [t for t in topic_tags(article.tags) if not _named(_levels(t), left_out)]


def _levels(tag: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()).casefold() for p in tag.split("/"))


def _named(levels: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    return any(levels[start:] in names for start in range(len(levels)))


def newest_first(articles: Sequence[Article]) -> list[Article]:
    """A press review's order: newest first, undated articles last, ties as given."""
    dated = [a for a in articles if a.published is not None]
    undated = [a for a in articles if a.published is None]
    return sorted(dated, key=lambda a: a.published.timestamp(), reverse=True) + undated


def when(moment: datetime | None) -> str:
    """ "24.11.2025 14:05", or "24.11.2025" for a clipping with only a date (stored at
    midnight): no made-up "00:00"."""
    if moment is None:
        return ""
    if (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return f"{moment:%d.%m.%Y}"
    return f"{moment:%d.%m.%Y %H:%M}"


def day(moment: datetime | None) -> str:
    """The date alone ("14.11.2026"), as the contents list it beside the source."""
    return f"{moment:%d.%m.%Y}" if moment is not None else ""


def _tags(tags: Sequence[str]) -> str:
    """Tags with a visible separator: Qt's PDF layout ignores the chips' margins, and
    "Review", "Watch" printed as "ReviewWatch"."""
    return " · ".join(f"<span>{html.escape(t)}</span>" for t in tags)


def _meta(article: Article, language: str) -> str:
    parts = [
        article.source,
        when(article.published),
        article.dateline,
        article.section,
        article.author,
    ]
    line = " · ".join(html.escape(p) for p in parts if p)
    if article.url:
        url = html.escape(article.url, quote=True)
        line += f' · <a href="{url}">{url}</a>'
    if article.also_reported:
        outlets = ", ".join(article.also_reported)
        line += f"<br>{html.escape(label(language, 'also_reported', outlets=outlets))}"
    return line


def _note(notes: str, language: str) -> str:
    """The analyst's note under a clipping, said to be one."""
    return (
        f'<p class="meta"><em>{html.escape(label(language, "note"))}: {html.escape(notes)}</em></p>'
    )


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())


def _source_and_day(article: Article) -> str:
    """ "FAZ · 14.11.2026": what a contents entry says beside the headline (on one line)."""
    return " · ".join(html.escape(p) for p in (article.source, day(article.published)) if p)


def _contents(articles: Sequence[Article], pages: Mapping[int, int] | None) -> str:
    """The contents: a numbered list of links; with the pages the PDF puts the articles on,
    a table whose last column gives each one's page (the headline's column takes the
    width the numbers and pages leave: Qt shares a table's spare width among columns)."""
    if pages is None:
        return (
            '<ol class="toc">'
            + "".join(
                f'<li><a href="#a{a.id}">{html.escape(a.title)}</a> '
                f'<span class="meta source">{_source_and_day(a)}</span></li>'
                for a in articles
            )
            + "</ol>"
        )
    rows = "".join(
        f'<tr><td class="meta">{n}.&nbsp;</td>'
        f'<td width="100%"><a href="#a{a.id}">{html.escape(a.title)}</a>'
        f' <span class="meta source">{_source_and_day(a)}</span></td>'
        f'<td class="page" align="right" valign="bottom">{pages.get(a.id, "")}</td></tr>'
        for n, a in enumerate(articles, 1)
    )
    return f'<table class="toc" width="100%" cellspacing="0">{rows}</table>'


def press_review_html(
    articles: Sequence[Article],
    *,
    title: str | None = None,
    full_text: bool = True,
    language: str = DEFAULT,
    omit_tags: Collection[str] = (),
    pages: Mapping[int, int] | None = None,
) -> str:
    """One section per article, a table of contents on top; no scripts, no remote content.
    Its own words (the default title, "Contents", the count) are in ``language``. Tags
    every article shares, and ``omit_tags`` (those the query names), are not printed per
    article; ``pages`` (article id -> page) puts page numbers in the contents."""
    title = title or label(language, "press_review")
    made = datetime.now().strftime("%d.%m.%Y %H:%M")
    count = label(language, "articles", n=len(articles))
    compiled = label(language, "compiled", when=made)
    omitted = shared_tags(articles) | set(omit_tags)
    sections = []
    for a in articles:
        tags = _tags(printed_tags(a, omitted))
        meta = _meta(a, language)
        body = _paragraphs(a.body) if full_text else _paragraphs(a.body.split("\n")[0])
        sections.append(
            f'<article><h2 id="a{a.id}">{html.escape(a.title)}</h2>'
            + (f'<div class="meta">{meta}</div>' if meta else "")
            + (f'<div class="meta tags">{tags}</div>' if tags else "")
            + (f'<p class="lead">{html.escape(a.lead)}</p>' if a.lead else "")
            + body
            + (_note(a.notes, language) if a.notes else "")
            + "</article>"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(language, quote=True)}">'
        '<head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
        # the header's blocks sit in an element as the articles' do: Qt's layout indents
        # the body's direct children by its padding, browsers every child alike
        f"<header><h1>{html.escape(title)}</h1>"
        f'<p class="meta">{html.escape(count)} · {html.escape(compiled)}</p>'
        f'<h2 class="contents">{html.escape(label(language, "contents"))}</h2>'
        + _contents(articles, pages)
        + "</header>"
        + "".join(sections)
        + "</body></html>\n"
    )
