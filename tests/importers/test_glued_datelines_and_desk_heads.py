"""Eighty-fourth blind batch: a place in capitals glued to the text by a long dash
("ABUJA—NIGERIA'S …", "KYIV—Ukraine's …") is the dateline (a kicker glued so is not), and a
byline's desk head after the comma ("Abuja Bureau Chief", "Head of Business Desk") is the
author's role, not part of the name."""

from __future__ import annotations

from app.importers import extract
from app.importers.agency import bare_dateline
from app.importers.byline import author_of_line


def test_place_glued_to_a_long_dash_is_the_dateline() -> None:
    for line, place in (
        ("ABUJA—NIGERIA’S external reserves rose to $46.1 billion on Friday.", "Abuja"),
        ("KYIV—Ukraine's president met European leaders on Monday, officials said.", "Kyiv"),
        ("PORT HARCOURT–The state government opened a new bridge on Tuesday.", "Port Harcourt"),
        ("SÃO PAULO—Brazil's central bank held rates steady, it said.", "São Paulo"),
    ):
        got = bare_dateline(line)
        assert got is not None and got.place == place, line
    for line in (
        "BREAKING—The council has resigned, its chairman said on Tuesday.",
        "ABC-News reported on Tuesday that the council has resigned.",
        "NATO—the alliance—met on Tuesday in Brussels.",
    ):
        got = bare_dateline(line)
        assert got is None or got.place not in ("Breaking", "Abc", "Nato"), line


def test_desk_head_after_the_name_is_dropped() -> None:
    for line, name in (
        ("By Emma Roe, Abuja Bureau Chief", "Emma Roe"),
        ("By John Doe, Head of Business Desk", "John Doe"),
        ("Von Anna Berger, Leiterin Hauptstadtbüro", "Anna Berger"),
    ):
        assert author_of_line(line) == name, line
    # a role that is no desk's head stays as printed
    assert author_of_line("By Jane Doe, Chief Executive") == "Jane Doe, Chief Executive"


def test_pasted_story_with_glued_dateline_and_bureau_chief() -> None:
    text = "\n".join(
        [
            "Example Daily",
            "Reserves climb to a seven-year high on oil receipts",
            "By Emma Roe, Lagos Bureau Chief",
            "LAGOS—NIGERIA’S external reserves rose to $46.1 billion on Friday, the highest "
            "level in almost seven years, data from the central bank showed.",
            "The reserves had stood at $43.4 billion at the end of September, meaning they "
            "gained about $2.7 billion in less than two months, analysts said on Saturday.",
        ]
    )
    art = extract("reserves.txt", text.encode("utf-8"))[0].article
    assert art.dateline == "Lagos"
    assert art.author == "Emma Roe"


def test_name_beside_the_date_after_a_spaced_slash_is_the_byline() -> None:
    from app.importers.byline import stamp_byline

    for line, name in (
        ("November 18, 2025 / Jane Roe", "Jane Roe"),
        ("18. November 2025 / Anna Berger", "Anna Berger"),
        ("Jane Roe / November 18, 2025", "Jane Roe"),
        ("18 ноября 2025 / Анна Петрова", "Анна Петрова"),
    ):
        assert stamp_byline(line) == name, line
    # rubrics beside the date are no names
    assert stamp_byline("November 18, 2025 / Politik / Ausland") == ""
    assert stamp_byline("18.11.2025 / Wirtschaft") == ""


def test_pasted_page_with_date_slash_name_row() -> None:
    text = "\n".join(
        [
            "Example World",
            "Home",
            "News",
            "BUSINESS",
            "Drone startup raises €18 million to expand production",
            "November 18, 2025 / Jane Roe",
            "A drone manufacturer has raised €18 million in a new funding round to expand "
            "production at its factory, the company said on Tuesday, as demand grows.",
            "The round was led by a defence-focused investment fund, with participation from "
            "existing investors, and the money will be used to triple production capacity.",
        ]
    )
    art = extract("drone.txt", text.encode("utf-8"))[0].article
    assert art.author == "Jane Roe"
    assert art.body.startswith("A drone manufacturer")


def test_place_with_a_particle_before_the_date_is_the_dateline() -> None:
    for line, place in (
        ("Frankfurt am Main, 21. November 2025 – Die Bestellungen sinken.", "Frankfurt am Main"),
        ("Halle an der Saale, 3. März 2025 – Die Stadt baut neu.", "Halle an der Saale"),
        ("Stratford upon Avon, 3 March 2025 – The council agreed.", "Stratford upon Avon"),
    ):  # fmt: skip
        got = bare_dateline(line)
        assert got is not None and got.place == place, line
    for line in (
        "Neubau im Zentrum, 3. März 2025 – Die Stadt hat den Neubau beschlossen.",
        "Focus on Growth, 3 March 2025 – The council approved the plan.",
    ):
        got = bare_dateline(line)
        assert got is None or " " not in got.place, line
