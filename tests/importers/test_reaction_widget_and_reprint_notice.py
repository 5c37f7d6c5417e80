"""Under the text: a reactions widget's question ("How does this make you feel?") and a
reprint notice ("Printing articles to share with others is a breach of our terms and
conditions and copyright policy") are page chrome."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate


def test_reaction_widget_question() -> None:
    assert is_boilerplate("How does this make you feel?")
    assert is_boilerplate("How does this article make you feel?")
    assert not is_boilerplate(
        "How does this make you feel about the council's tram plan, he asked."
    )


def test_reprint_notice() -> None:
    notice = (
        "Forwarding articles to others is a breach of our terms and conditions and "
        "copyright policy."
    )
    assert is_boilerplate(notice)
    assert not is_boilerplate("The union said the new rota is a breach of our terms, and will sue.")
