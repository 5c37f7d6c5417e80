"""Agency credits of the eighth held-out batch's kind, on invented agencies: a quoted name
after place, date and dash; a long regional credit in capitals; a sister site's domain;
a masthead without its article."""

from __future__ import annotations

import re

from app.importers.agency import mentioned_agency, parse_dateline, profile_named
from app.importers.profiles import Profile

EXAMPLE = Profile(
    name="Examfax",
    aliases=("Examfax", "EXAMFAX", "EXAMFAX.RU", "EXAMINFAX"),
    dateline=(re.compile(r"\b(?:EXAMFAX\.RU|EXAMFAX|Examfax)\b(?!-\w)"),),
    hosts=("examfax.ru",),
)


def test_quoted_name_after_place_date_and_dash_is_the_credit() -> None:
    dl = parse_dateline("Худжанд, 5 мая — «Вести-Север». Цены на хлеб выросли на 4%.", ())
    assert dl is not None and (dl.place, dl.agency) == ("Худжанд", "Вести-Север")


def test_quoted_words_without_a_date_are_no_dateline() -> None:
    assert parse_dateline("Худжанд — «Вести-Север». Цены на хлеб выросли.", ()) is None


def test_long_regional_credit_in_capitals_names_the_branch() -> None:
    line = "Душанбе. 3 мая. EXAMINFAX-ТАДЖИКИСТАН - Цены на хлеб выросли на 4%."
    dl = parse_dateline(line, (EXAMPLE,))
    assert dl is not None and (dl.place, dl.agency) == ("Душанбе", "Examfax-Таджикистан")


def test_sister_site_domain_is_not_the_agency() -> None:
    assert mentioned_agency("EXAMFAX.AM", (EXAMPLE,)) is None
    assert mentioned_agency("EXAMFAX.RU", (EXAMPLE,)) is EXAMPLE
    assert mentioned_agency("Источник: EXAMFAX", (EXAMPLE,)) is EXAMPLE


def test_masthead_without_its_article_names_the_outlet() -> None:
    chronicle = Profile(name="The Example Chronicle", aliases=("The Example Chronicle",))
    assert profile_named("Example Chronicle", (chronicle,)) is chronicle
    assert profile_named("Chronicle", (chronicle,)) is None
