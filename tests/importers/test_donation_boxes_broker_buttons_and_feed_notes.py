"""Page chrome in and under the text: a donation box ("Поддержите X" and its pitch), a
broker's order button ("Jetzt Aktien ab 0 Euro handeln – bei X"), a desk's list of its other
reports ("Weitere Marktberichte"), a comment log-in prompt, a syndicated feed's note, a
"Topics :" line, an editor's disclaimer and a credit to no one in particular."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_footer


def test_donation_box_button_and_pitch() -> None:
    assert is_boilerplate("Поддержите Example Media")
    assert is_boilerplate("Unterstützen Sie Beispielblatt")
    assert is_boilerplate(
        "Мы независимое издание и существуем благодаря читателям. Станьте нашим донором."
    )
    assert is_boilerplate("We are an independent newsroom funded thanks to our readers.")
    assert not is_boilerplate("Поддержите, пожалуйста, наш проект, сказал мэр на встрече.")
    assert not is_boilerplate("Мы независимы от государства, заявил глава фонда.")


def test_broker_button_in_the_text() -> None:
    assert is_boilerplate("Jetzt Fonds ab 1 Euro handeln - bei broker.example PLUS")
    assert is_boilerplate("Jetzt ETFs sparen und investieren")
    assert not is_boilerplate("Jetzt wollen die Aktionäre mit dem Vorstand über Geld verhandeln.")


def test_desk_list_and_comment_prompt_end_the_text() -> None:
    assert is_footer("Weitere Börsenberichte")
    assert is_footer("Weitere Sportnachrichten")
    assert is_boilerplate("Um die Kommentarfunktion nutzen zu können, melden Sie sich an.")
    assert not is_footer("Weitere Berichte über den Unfall wurden am Abend erwartet.")


def test_syndicated_feed_note_and_topics_line() -> None:
    note = (
        "(Only the headline and picture of this report may have been reworked by the Example "
        "Daily staff; the rest of the content is auto-generated from a syndicated feed.)"
    )
    assert is_boilerplate(note)
    assert is_boilerplate("Topics : Port traffic trade shipping")
    assert not is_boilerplate(
        "Only the headline figures were released, and analysts said the rest of the data "
        "would follow on Friday after the ministry's review."
    )


def test_editors_disclaimer_and_anonymous_picture() -> None:
    assert is_boilerplate("Мнение редакции может не совпадать с мнением автора")
    assert is_boilerplate("Фото из открытых источников")
    assert is_boilerplate("Фото из социальных сетей")
    assert not is_boilerplate("Фото из открытых источников показали, что мост строят с опозданием.")
