"""A think tank's page: a "Related Analysis" box between paragraphs (the marker and the
paper's title) and the institutional disclaimer under the text are not the article; its
name in the masthead may run to five words with a small one inside ("… for …"), and
"Commentary" is a section as "Analysis" and "Opinion" are."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_teaser
from app.importers.sections import section_of_line
from app.importers.sitename import site_from_masthead


def test_related_analysis_marker() -> None:
    assert is_teaser("Related Analysis")
    assert is_teaser("Related Research")
    assert not is_teaser("Related analysis by the bank found no effect on prices.")


def test_institutional_disclaimer() -> None:
    line = (
        "Example Institute does not take institutional positions on public policy issues; "
        "the views represented herein are those of the author(s) and do not necessarily "
        "reflect the views of the Institute, its staff, or its trustees."
    )
    assert is_boilerplate(line)
    assert is_boilerplate(
        "The views expressed in this commentary are solely those of the author and do not "
        "necessarily reflect the position of Example Institute or its funders."
    )
    assert not is_boilerplate(
        "The ministry does not take positions on individual cases, a spokesman said, but it "
        "will review the tender once the port authority has published its decision."
    )


def test_related_box_and_disclaimer_left_out_of_the_body() -> None:
    text = (
        "Can the Ferry Route Keep Up?\n"
        "By Jane Doe\n"
        "Cargo on the ferry route across the bay has doubled in two years, and the ports at "
        "both ends have not grown with it, shippers say.\n"
        "Related Analysis\n"
        "Why Port Towns Are Betting on Rail\n"
        "The deeper problem is coordination between the two port authorities, which set their "
        "own tariffs and schedules.\n"
        "Example Institute does not take institutional positions on public policy issues; the "
        "views represented herein are those of the author(s) and do not necessarily reflect "
        "the views of the Institute, its staff, or its trustees.\n"
    )
    body = extract("t.txt", text.encode("utf-8"))[0].article.body
    assert "Related Analysis" not in body and "Betting on Rail" not in body
    assert "institutional positions" not in body
    assert body.rstrip().endswith("schedules.")


def _chrome(line: str) -> bool:
    return is_boilerplate(line) or bool(section_of_line(line))


def test_five_word_name_with_a_small_word_as_masthead() -> None:
    lines = ["Skip to main content", "Example Endowment for Regional Studies", "Regions", "Topics"]
    assert site_from_masthead(lines, _chrome) == "Example Endowment for Regional Studies"
    lines = ["Skip to main content", "Papers on trade and transport", "Regions", "Topics"]
    assert site_from_masthead(lines, _chrome) == ""


def test_commentary_is_a_section_name() -> None:
    assert section_of_line("Commentary") == "Commentary"
    assert section_of_line("Example Blog › Commentary") == "Commentary"
