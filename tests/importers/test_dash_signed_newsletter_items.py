"""A newsletter's item signed under its text with a dash and the writers' names ('—Jane
Doe', '– Eva Muster und Max Beispiel', '— Ирина Примерова'): the names are the author, and
what follows the signature (a sponsor's box, the issue's one-liners) is no part of the item.
A line of dialogue opened by a dash stays text."""

from __future__ import annotations

from app.importers.mail import _dash_signed
from tests.importers.makers import articles_of, mail_bytes

_P1 = (
    "Retail chains are bracing for a thinner holiday season as shoppers cut back on gifts and "
    "spend more of their budgets on food and rent, a new survey shows."
)
_P2 = (
    "Several large retailers pulled their discount events into the first week of November, and "
    "executives sounded more excited about inventory discipline than about sales growth."
)


def test_a_dash_signature_names_the_writers() -> None:
    text = "\n".join(["Headline", "", _P1, "", _P2, "", "—Jane Harbour and Tom Quay", "", "Ad"])
    signed = _dash_signed(text)
    assert signed is not None and signed[1] == "Jane Harbour and Tom Quay"
    assert "Ad" not in signed[0] and signed[0].endswith(_P2)
    signed = _dash_signed("\n".join(["Kopf", _P1, _P2, "– Eva Muster und Max Beispiel"]))
    assert signed is not None and signed[1] == "Eva Muster und Max Beispiel"
    signed = _dash_signed("\n".join(["Заголовок", _P1, _P2, "— Ирина Примерова"]))
    assert signed is not None and signed[1] == "Ирина Примерова"


def test_a_dialogue_line_or_a_signature_over_no_text_is_none() -> None:
    assert _dash_signed("\n".join([_P1, _P2, "— Мы пойдём домой, — сказал он."])) is None
    assert _dash_signed("\n".join([_P1, _P2, "—Bottom line"])) is None
    assert _dash_signed("\n".join(["Headline", "—Jane Harbour", _P1, _P2])) is None


def test_signed_items_of_a_text_digest() -> None:
    rule = "-" * 30
    body = "\n".join(
        [
            "Good morning. Here is your Example Brew.",
            "",
            rule,
            "MARKETS",
            "Retailers brace for a thinner holiday wallet",
            "",
            _P1,
            "",
            _P2,
            "",
            "—Jane Harbour",
            "",
            "Together With Examplesoft",
            "",
            "Close your books in days, not weeks. Try Examplesoft free for three months today.",
            "",
            rule,
            "TECH",
            "The chip export fight moves to the capital",
            "",
            "Lawmakers introduced a bill on Tuesday that would tighten export rules for advanced "
            "chips, a move that industry groups say would hurt sales abroad.",
            "",
            "Lobbyists expect the bill to be attached to the annual defense package, which tends "
            "to be the one piece of legislation that reliably passes every year.",
            "",
            "—Tom Quay and Ann Pier",
        ]
    )
    arts = articles_of("brew.eml", mail_bytes("Example Brew <crew@brew.example>", "Brew", body))
    assert [a.author for a in arts] == ["Jane Harbour", "Tom Quay and Ann Pier"]
    assert "Examplesoft" not in arts[0].body
