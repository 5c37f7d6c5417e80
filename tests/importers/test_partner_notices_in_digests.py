"""A distributor's digest of partner stories: each story ends in its owner's notice
("Copyright © 2025 Example Daily. All rights reserved. Distributed by …"), which names whose
article it is, not the distributor who mailed it; a sponsor's line between the stories is
no text; a city whose name holds a particle ("Dar es Salaam —") opens the text as its
dateline."""

from __future__ import annotations

from app.importers.agency import bare_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import copyright_owner
from tests.importers.makers import articles_of, mail_bytes

_RULE = "_" * 40
_TERMS = (
    "Distributed by Example Wire Media (examplewire.example). To contact the copyright "
    "holder directly for corrections, or for permission to republish, click here."
)


def _story(head: str, owner: str, place: str, text: str) -> list[str]:
    return [
        _RULE,
        "",
        head,
        "",
        f"{owner} ({place})",
        "26 November 2025",
        "",
        text,
        "",
        text.replace("said", "added"),
        "",
        f"Copyright © 2025 {owner}. All rights reserved. {_TERMS}",
        "",
    ]


def test_each_partner_story_is_its_owners() -> None:
    body = "\n".join(
        [
            "Example Wire",
            "Business Digest — Thursday, 27 November 2025",
            "",
            *_story(
                "Rail operator doubles freight on the coastal line",
                "Coast Courier",
                "Mombasa",
                "The rail operator said on Tuesday that freight volumes on the coastal line "
                "had doubled since July, easing congestion at the port and on the highway.",
            ),
            "SPONSORED: Register now for the Example Investment Forum. Early-bird ends Friday.",
            "",
            *_story(
                "Central bank holds its policy rate for a third month",
                "Lagos Ledger",
                "Lagos",
                "The central bank said on Tuesday it would keep its policy rate unchanged "
                "because inflation was still above target despite a stronger currency.",
            ),
            _RULE,
            "You received this digest because you subscribed. Unsubscribe",
        ]
    )
    first, second = articles_of(
        "digest.eml", mail_bytes("Example Wire <news@examplewire.example>", "Digest", body)
    )
    assert (first.source, second.source) == ("Coast Courier", "Lagos Ledger")
    assert "SPONSORED" not in first.body


def test_a_long_notice_names_its_owner_before_the_terms() -> None:
    for line, want in (
        (f"Copyright © 2025 Coast Courier. All rights reserved. {_TERMS}", "Coast Courier"),
        (
            "© 2025 Beispiel Tagblatt. Alle Rechte vorbehalten. Vertrieben durch Example Wire; "
            "für Nachdrucke wenden Sie sich an den Copyright-Inhaber.",
            "Beispiel Tagblatt",
        ),
        (
            "© 2025 Пример-Новости. Все права защищены. Распространяется Example Wire, по "
            "вопросам перепечатки обращайтесь к владельцу copyright.",
            "Пример-Новости",
        ),
    ):
        assert copyright_owner(line) == want
    # a registered outlet stated after the rights keeps its name
    line = "© 2025 ООО «Пример Медиа». Все права защищены. Сетевое издание «Пример.ру»."
    assert copyright_owner(line) == "Пример.ру"


def test_sponsor_lines_are_boilerplate() -> None:
    for line in (
        "SPONSORED: Register now for the Example Forum — early-bird closes Friday.",
        "Anzeige: Jetzt das Beispiel-Konto eröffnen und 50 Euro sichern.",
        "Реклама: Откройте вклад в Пример-Банке до конца месяца.",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Sponsored by the city, the festival runs until Sunday.")


def test_a_city_with_a_particle_opens_the_text() -> None:
    for line, want in (
        ("Dar es Salaam — Cargo volumes on the railway have doubled.", "Dar es Salaam"),
        ("Rio de Janeiro — The bank said on Tuesday that lending rose.", "Rio de Janeiro"),
        ("Porto da Barra – Die Stadt baut ihren Hafen aus.", "Porto da Barra"),
    ):
        found = bare_dateline(line)
        assert found is not None and found.place == want, line
    assert bare_dateline("Das es — nicht so einfach ist, weiß jeder.") is None
