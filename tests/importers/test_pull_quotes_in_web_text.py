"""Blind batch 70 (web pages): a pull quote in the text, a quote of another paragraph set
again in large type with its speaker after a dash, goes; a quote of its own stays."""

from __future__ import annotations

from app.importers import extract
from app.importers.pullquote import is_pull_quote

SAID = (
    "“The new line will change how people move around the city,” said Jane Doe, who chairs "
    "the transport committee. She said the first trams would run every five minutes."
)
PULL = "“The new line will change how people move around the city.” – Jane Doe, councillor"


def test_pull_quote_with_its_speaker_goes_from_a_page() -> None:
    paragraphs = [
        "The city council approved a plan on Tuesday to expand its tram network by 40 "
        "kilometres over the next decade, with the first new line due to open in 2028.",
        PULL,
        SAID,
        "Officials said the project would be financed by a mix of municipal bonds and federal "
        "grants, and that construction would start in the northern districts next spring.",
    ]
    page = (
        "<html lang='en'><head><title>City approves tram plan</title></head><body><article>"
        "<h1>City approves tram plan</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    art = extract("p.html", page.encode())[0].article
    assert "– Jane Doe, councillor" not in art.body
    assert SAID in art.body


def test_a_quote_the_text_does_not_repeat_stays() -> None:
    lines = ["“We will build it on time and on budget, whatever it takes.”", SAID]
    assert not is_pull_quote(lines, 0)
    assert is_pull_quote([PULL, SAID], 0)
    assert not is_pull_quote([SAID, PULL], 0)
