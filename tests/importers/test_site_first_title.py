"""A saved page without metadata whose <title> puts the site first ("Site | Headline"):
the <h1> showing the second part is the headline, the first part the source."""

from __future__ import annotations

from app.importers import extract
from app.importers.sitename import site_from_title

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Example Ministry | Council approves new harbour plan</title></head>
<body><header><a>Home</a> <a>News</a></header>
<main><p class="date">Wednesday, 5 March 2025</p>
<h1>Council approves new harbour plan</h1>
<p>The city council approved the new harbour development plan on Wednesday after two years
of consultations with residents, shipping companies and environmental groups.</p>
<p>The plan sets out where new terminals may be built and how the old warehouses along the
river will be turned into homes, offices and a public park over the next decade.</p>
<p>Work on the first terminal is due to start next spring, the council said.</p>
</main></body></html>"""


def test_site_first_title_gives_headline_and_source() -> None:
    art = extract("m.html", _PAGE.encode("utf-8"))[0].article
    assert art.title == "Council approves new harbour plan"
    assert art.source == "Example Ministry"
    assert art.body.startswith("The city council approved")


def test_site_first_only_when_the_rest_is_the_headline() -> None:
    assert site_from_title("Example Ministry | Other words", "Council approves plan") == ""
    assert site_from_title("Example Ministry | Council approves plan", "Council approves plan") == (
        "Example Ministry"
    )


_SITE_TITLED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Example Harbour Authority</title></head>
<body><header><div class="org">Example Harbour Authority</div><nav><a>News</a></nav></header>
<main><h1>Authority opens second container terminal at the river mouth</h1>
<p>The harbour authority opened its second container terminal on Tuesday, doubling the
number of ships the port can handle at the same time during the busy summer season.</p>
<p>The terminal cost 300 million euros and took four years to build, the authority said.</p>
<p>Two shipping lines have already booked regular calls starting in the spring.</p>
</main><footer><p>© 2025 Example Harbour Authority. All rights reserved.</p></footer>
</body></html>"""


def test_site_name_as_title_gives_way_to_the_h1() -> None:
    art = extract("a.html", _SITE_TITLED.encode("utf-8"))[0].article
    assert art.title == "Authority opens second container terminal at the river mouth"
    assert art.body.startswith("The harbour authority opened")


def test_date_alone_under_the_h1() -> None:
    page = _SITE_TITLED.replace("</h1>", '</h1><div class="date">4 March 2025</div>')
    art = extract("d.html", page.encode("utf-8"))[0].article
    assert art.published is not None
    assert (art.published.year, art.published.month, art.published.day) == (2025, 3, 4)
