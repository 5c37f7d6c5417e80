"""Blind batch 137 (fixer 137): the outlet's name over a pasted page.

- A masthead over its tagline and the site's menu bar ('Example Times' / 'Our Independent
  Newspaper' / 'News   Sport   Video' / headline): the masthead names the outlet, as it
  does over a breadcrumb trail.
- A logo's alt text drops the article the copyright line prints ('Example Bee Logo' …
  '© 2025 The Example Bee.'): the outlet as it writes its name.
"""

from __future__ import annotations

from app.importers.compose import _with_article, compose
from app.importers.profiles import default_profiles

P = default_profiles()


def test_masthead_over_tagline_and_menu_names_the_outlet() -> None:
    cases = [
        ("The Example Herald", "Your Independent Newspaper",
         "News   Business   Sports   Opinion   ePaper",
         "Coffee exporters warn new rules could cost the region millions",
         "Coffee exporters have warned that new rules could cost the region millions of "
         "dollars a year if farmers are not ready in time, an association said on Tuesday.",
         "© 2025 The Example Herald Media Ltd. Plot 7, Example Road. All rights reserved."),
        ("Example Daily Monitor", "Serving the Valley since 1910",
         "Home\tLocal\tPolitics\tSports\tObituaries\teEdition",
         "County approves new flood defences along the river after years of delays",
         "The county board on Monday approved a new system of flood defences along the river, "
         "ending years of delays over funding and design, officials said after the vote.",
         "© 2025 Example Daily Monitor Publishing Co. All rights reserved."),
    ]  # fmt: skip
    for mast, tagline, menu, title, body, foot in cases:
        article = compose("\n".join([mast, tagline, menu, title, body, foot]), P)
        assert article.title == title
        assert article.source == mast, article.source
    # a look-alike: no menu bar, a line of text over the headline: no masthead read so
    text = "\n".join(
        [
            "The Example Herald",
            "Your Independent Newspaper",
            "Short headline here",
            cases[0][4],
            cases[0][5],
        ]
    )
    assert compose(text, P).source != "Your Independent Newspaper"


def test_logo_name_takes_the_article_of_the_copyright_line() -> None:
    assert _with_article("Example Bee", ["© 2025 The Example Bee. All Rights Reserved."]) == (
        "The Example Bee"
    )
    assert _with_article("Example Courier", ["Copyright © The Example Courier, 2025"]) == (
        "The Example Courier"
    )
    assert _with_article("Herald", ["© The Herald 2025"]) == "The Herald"
    # look-alikes: a longer company name, no copyright line, a name with its article
    assert _with_article("Example Bee", ["© 2025 The Example Bee Media Group Ltd."]) == (
        "Example Bee"
    )
    assert _with_article("Example Bee", ["Read The Example Bee today."]) == "Example Bee"
    assert _with_article("The Example Bee", ["© The Example Bee"]) == "The Example Bee"
    assert _with_article("Beispielbote", ["© 2025 Beispielbote"]) == "Beispielbote"
