"""A portal's release page names its issuer in a field ("From: Example Agency",
"Absender: Beispielamt"): that organisation is the source, not the portal."""

from __future__ import annotations

from app.importers import extract
from app.model import Extracted

TEXT = (
    "<p>Work has started on two new flood schemes that will protect more than 2,000 homes "
    "in the valley, the agency said on Tuesday.</p>"
    "<p>The schemes will cost about 40 million and are expected to be finished by 2028, with "
    "new walls and embankments along both banks of the river.</p>"
)


def _page(lang: str, term: str, value: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        "<title>New flood defences for the valley - EXAMPLE.GOV</title>"
        '<meta property="og:site_name" content="EXAMPLE.GOV"></head><body>'
        "<main><h1>New flood defences to protect 2,000 homes</h1>"
        f"<dl><dt>{term}</dt><dd>{value}</dd><dt>Published</dt><dd>25 November 2025</dd></dl>"
        f"{TEXT}</main></body></html>"
    ).encode()


def _source(page: bytes) -> str:
    items = extract("page.html", page)
    assert isinstance(items[0], Extracted)
    return items[0].article.source


def test_issuer_field_names_the_source() -> None:
    assert _source(_page("en", "From:", '<a href="/org/a">Example Water Agency</a>')) == (
        "Example Water Agency"
    )
    assert _source(_page("de", "Absender:", "Landesamt für Beispielwesen")) == (
        "Landesamt für Beispielwesen"
    )
    # several issuers: the first
    two = '<a href="/a">Example Water Agency</a> and <a href="/b">Department of Examples</a>'
    assert _source(_page("en", "From:", two)) == "Example Water Agency"


def test_other_fields_leave_the_site() -> None:
    # look-alike: a field of another kind names no issuer, nor does a publisher's field
    assert _source(_page("en", "Location:", "Example Valley")) != "Example Valley"
    assert _source(_page("de", "Herausgeber:", "Beispiel Verlag GmbH")) != "Beispiel Verlag GmbH"
