"""Eighty-fourth blind batch: the lines a saved page or paste carries under the text — a
channel's subscribe button, a share prompt with a please before it, a comment link with its
count, a rights notice opening with 'All rights reserved.' and a finance site's
not-investment-advice note — are boilerplate; prose that mentions the same words is not."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate

EN_PARA = (
    "The regional council approved the new bridge over the river on Tuesday after a long "
    "debate, and construction is due to start next spring."
)


def test_subscribe_share_and_comment_count_lines_are_boilerplate() -> None:
    for line in (
        "Subscribe for latest Videos",
        "Subscribe for more news from the region",
        "Kindly Share This Story:",
        "Please share this article",
        "Bitte teilen Sie diesen Artikel",
        "Ihre Meinung ist gefragt – Kommentare (4)",
        "Comments (12)",
        "Обсуждение: Комментарии (3)",
        "7 Kommentare",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Readers who subscribe for more than a year get a discount, the publisher said.",
        "The council received 4 comments on the plan and will decide in May.",
        "Die Kommentare der Leser fielen überwiegend kritisch aus, sagte die Redaktion.",
    ):
        assert not is_boilerplate(line), line


def test_rights_notice_and_advice_notes_are_boilerplate() -> None:
    for line in (
        "All rights reserved. This material may not be reproduced, published, broadcast or "
        "distributed in full or in part without written permission from EXAMPLE MEDIA.",
        "Alle Rechte vorbehalten. Nachdruck und Weitergabe nur mit Genehmigung des Verlags.",
        "Diese Meldung ist keine Anlageempfehlung.",
        "Dieser Artikel stellt keine Anlageberatung dar.",
        "This article is not investment advice.",
        "Not financial advice.",
        "Материал не является инвестиционной рекомендацией.",
    ):
        assert is_boilerplate(line), line
    for line in (
        "The bank said its analysts gave no investment advice to retail clients last year.",
        "Keine Empfehlung gab die Kommission zur Frage der Fahrpreise ab, hieß es.",
    ):
        assert not is_boilerplate(line), line


def test_footer_under_a_pasted_story_leaves_the_body() -> None:
    text = "\n".join(
        [
            "Example Times",
            "Council approves new bridge",
            "By Jane Roe",
            EN_PARA,
            EN_PARA.replace("Tuesday", "Wednesday"),
            "Subscribe for latest Videos",
            "Kindly Share This Story:",
            "All rights reserved. This material may not be reproduced without written "
            "permission from EXAMPLE TIMES.",
        ]
    )
    art = extract("bridge.txt", text.encode("utf-8"))[0].article
    assert art.body.rstrip().endswith("next spring.")
    assert "Share" not in art.body and "rights" not in art.body
