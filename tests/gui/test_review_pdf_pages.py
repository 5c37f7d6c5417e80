"""A PDF press review's pages: "Seite 3 von 27" in every footer, the contents giving each
article's page, an outline entry per article, contents links that lead somewhere
(session 21: a 27-page review had no page numbers, no outline, links to no destination)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.gui.pdf import write_pdf
from app.model import Article

PARAGRAPH = (
    "Die Regierungen beider Länder vereinbarten neue Lieferungen von Traktoren, Getreide "
    "und Düngemitteln; der Botschafter sprach von strategischer Zusammenarbeit, die in "
    "den kommenden Jahren in Zahlen umgesetzt werden solle."
)


def _articles(count: int = 6) -> list[Article]:
    return [
        Article(
            id=10 + n,
            title=f"Meldung Nummer {n + 1} über den Handel",
            body="\n".join([PARAGRAPH] * (6 + 3 * n)),
            source="FAZ",
            published=datetime(2026, 11, 14 - n),
            tags=["Presseschau KW48", f"Thema/T{n}"],
        )
        for n in range(count)
    ]


def _text(page) -> str:
    return " ".join(page.extract_text().split())


@pytest.mark.parametrize(
    ("language", "footer"),
    [("de", "Seite {n} von {total}"), ("en", "Page {n} of {total}"), ("ru", "Стр. {n} из {total}")],
)
def test_every_page_is_numbered_in_the_reviews_language(qapp, tmp_path: Path, language, footer):
    out = tmp_path / "review.pdf"
    write_pdf(_articles(), out, title="Pressespiegel KW 48", language=language)
    pages = PdfReader(out).pages
    assert len(pages) >= 4
    for n, page in enumerate(pages, 1):
        assert _text(page).endswith(footer.format(n=n, total=len(pages)))


def test_outline_and_contents_give_each_articles_page(qapp, tmp_path: Path):
    articles = _articles()
    out = tmp_path / "review.pdf"
    write_pdf(articles, out, title="Pressespiegel KW 48", language="de")
    reader = PdfReader(out)
    outline = [
        (item.title, reader.get_destination_page_number(item) + 1) for item in reader.outline
    ]
    assert [title for title, _ in outline] == [a.title for a in articles]
    for title, number in outline:  # each article's headline is on its outline page
        # whole: Qt's PDF engine set the anchored first letter as a text run of its own
        # ('M eldung'), which a viewer's search did not find
        assert title in _text(reader.pages[number - 1])
    assert [n for _, n in outline] == sorted(n for _, n in outline) and outline[-1][1] > 2
    contents = _text(reader.pages[0])
    for (title, number), article in zip(outline, articles, strict=True):
        assert re.search(
            rf"{re.escape(title)} FAZ · {article.published:%d.%m.%Y} {number}\b", contents
        )
    assert reader.page_mode == "/UseOutlines"
    # the contents' links lead to destinations the file has
    links = {a.get_object()["/Dest"] for a in reader.pages[0]["/Annots"]}
    assert links == {f"a{a.id}" for a in articles} <= set(reader.named_destinations)


def test_the_querys_tag_is_not_printed(qapp, tmp_path: Path):
    articles = _articles(2)
    articles[1].tags.remove("Presseschau KW48")
    out = tmp_path / "review.pdf"
    write_pdf(articles, out, omit_tags=["Presseschau KW48"])
    text = " ".join(_text(p) for p in PdfReader(out).pages)
    assert "Presseschau" not in text and "Thema/T0" in text and "Thema/T1" in text


def _runs(page) -> list[tuple[float, str]]:
    """Each text run of a page with its left edge (points from the page's left)."""
    runs: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            runs.append((round(tm[4] * cm[0] + cm[4], 1), " ".join(text.split())))

    page.extract_text(visitor_text=visit)
    return runs


def test_title_contents_and_articles_share_one_left_edge(qapp, tmp_path: Path):
    """The review's title and contents were set about 40 px right of the articles (the
    page's CSS padding reached only the blocks directly in the body), and the contents'
    number column took a quarter of the line."""
    articles = _articles(3)
    out = tmp_path / "review.pdf"
    write_pdf(articles, out, title="Pressespiegel KW 48", language="de")
    runs = _runs(PdfReader(out).pages[0])
    edge = {x for x, text in runs if text.startswith("Die Regierungen")}
    assert len(edge) == 1
    (left,) = edge
    assert [x for x, text in runs if text in ("Pressespiegel KW 48", "Inhalt", "1.")] == [left] * 3
    number_end = next(x for x, text in runs if text.startswith(articles[0].title)) - left
    assert 0 < number_end < 30
