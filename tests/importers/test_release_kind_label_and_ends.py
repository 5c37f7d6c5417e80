"""Blind batch 70 (web pages): a release page's "Press Release" label over the text, and
its "ENDS" mark with the notes to editors under it."""

from __future__ import annotations

from app.importers import extract
from tests.importers.makers import ARTICLE_HTML


def _release(inner: str) -> object:
    page = (
        "<html lang='en'><head><title>Rail trips hit record</title></head><body><main><article>"
        f"<h1>Rail trips hit record</h1><p class='date'>5 May 2025</p>{inner}"
        "</article></main></body></html>"
    )
    [item] = extract("p.html", page.encode())
    return item.article


def test_release_kind_label_does_not_open_the_text() -> None:
    art = _release(f"<p class='type'>Press Release</p>{ARTICLE_HTML}")
    assert art.body.startswith("The national railway handled")


def test_ends_mark_and_notes_to_editors_end_the_text() -> None:
    notes = (
        "<p>ENDS</p><h3>Notes to editors</h3><p>The railway was founded in 1997 and is "
        "owned by the state, which appoints its board every four years.</p>"
    )
    art = _release(ARTICLE_HTML + notes)
    assert "ENDS" not in art.body and "founded in 1997" not in art.body
    assert art.body.rstrip().endswith("before the end of the year.")
