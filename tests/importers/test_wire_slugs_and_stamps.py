"""A news agency's item as saved from the wire: the keyword slug's first keyword is the desk
('Wirtschaft/Handel/Unternehmen/Deutschland'), and the transmission stamp under the text
('251005 GMT Nov 25') gives the day and time in UTC where the dateline has no year."""

from __future__ import annotations

from datetime import UTC, datetime

from app.importers.wireslug import slug_desk, transmission_time
from tests.importers.makers import REVIEW_DE_MORE as TWO
from tests.importers.makers import articles_of


def test_slug_desk_and_stamp() -> None:
    assert slug_desk(["AFP", "Wirtschaft/Handel/Unternehmen/Deutschland"]) == "Wirtschaft"
    assert slug_desk(["Startseite / Wirtschaft / Handel"]) == ""  # a breadcrumb, spaced
    assert slug_desk(["Basisdienst · Ressort Politik", "Wirtschaft/Handel/Deutschland"]) == ""
    assert transmission_time(["Text.", "ab/cd", "251005 GMT Nov 25"]) == (
        datetime(2025, 11, 25, 10, 5, tzinfo=UTC), 2)  # fmt: skip
    assert transmission_time(["Text.", "451005 GMT Nov 25"]) is None


def test_wire_item_in_rtf() -> None:
    lines = [
        "AFP",
        "Wirtschaft/Handel/Unternehmen/Deutschland",
        "Versandhaendler baut neues Lager in Nordheim",
        "Nordheim, 25. November (AFP) - Ein Versandhaendler baut in Nordheim ein neues Lager "
        "mit rund 300 Arbeitsplaetzen, wie das Unternehmen am Dienstag mitteilte.",
        TWO.encode("ascii", "replace").decode(),
        "ab/cd",
        "251005 GMT Nov 25",
    ]
    body = "\\par\n".join(lines)
    data = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n" + body + "}").encode()
    (article,) = articles_of("wire.rtf", data)
    assert article.section == "Wirtschaft"
    assert article.published == datetime(2025, 11, 25, 10, 5, tzinfo=UTC)
    assert "GMT" not in article.body
