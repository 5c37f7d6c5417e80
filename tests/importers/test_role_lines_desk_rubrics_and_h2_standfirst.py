"""Twenty-sixth blind batch: a byline's role line ('Example Times staff reporter') is no
headline, a 'Desk News | Section' rubric over the headline names the deepest level, and an
<h2> sentence right under the <h1> is the standfirst."""

from __future__ import annotations

from app.importers import extract
from app.importers.sections import section_of_line

EN_PARA = (
    "The regional council approved the new bridge over the river on Tuesday after a long "
    "debate, and construction is due to start next spring. "
)


def test_byline_role_line_is_not_the_title() -> None:
    paste = "\n".join(
        [
            "The Example Times",
            "Local",
            "Business",
            "Sports",
            "Entertainment",
            "Homes",
            "Local News | Transportation",
            "Council approves the new river bridge after a long debate",
            "Nov. 24, 2025 at 6:02 pm",
            "By Jane Roe",
            "Example Times staff reporter",
            EN_PARA * 3,
            EN_PARA * 2,
        ]
    )
    art = extract("a.txt", paste.encode("utf-8"))[0].article
    assert art.title == "Council approves the new river bridge after a long debate"
    assert art.section == "Transportation"
    assert "staff reporter" not in art.body


def test_desk_news_rubric_names_its_section() -> None:
    assert section_of_line("Local News | Transportation") == "Transportation"
    assert section_of_line("Sport-Nachrichten | Fußball") == "Fußball"
    assert section_of_line("Good News | Bad News | Fake News") != "Good News"


def test_h2_sentence_under_the_h1_is_the_lead() -> None:
    page = (
        "<html><head><title>Bridge | Example Post</title></head><body>"
        "<h1>Council approves the new river bridge</h1>"
        "<h2 class='dec'>The 400m crossing will link the old town to the station and cut "
        "travel times</h2><div class='byline'>By Jane Roe</div>"
        f"<div class='story'><p>{EN_PARA * 3}</p><p>{EN_PARA * 2}</p></div></body></html>"
    )
    art = extract("a.html", page.encode("utf-8"))[0].article
    assert art.lead.startswith("The 400m crossing will link")
    assert art.body.startswith("The regional council approved")
