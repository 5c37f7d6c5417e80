"""Teasers, footers and small print of page chromes met in the eighth held-out batch, each
rule on its own invented line."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_footer, is_teaser
from app.importers.compose import compose


def test_lesen_sie_dazu_auch_is_a_teaser_marker() -> None:
    assert is_teaser("Lesen Sie dazu auch")
    assert is_teaser("Lesen Sie hier auch:")


def test_weitere_informationen_alone_is_a_teaser_marker() -> None:
    assert is_teaser("Weitere Informationen")
    assert not is_teaser("Weitere Informationen will das Ministerium im Mai vorlegen.")


def test_blurb_ending_in_its_more_link_is_a_teaser() -> None:
    assert is_teaser("Der Hafen wird bis 2027 ausgebaut. Die Stadt zahlt die Hälfte. mehr")
    assert is_teaser("The plant will close next year, the company said. Read more ›")
    assert not is_teaser("Die Stadt will noch mehr")  # no sentence before the word


def test_comment_counter_in_brackets_ends_the_text() -> None:
    assert is_footer("Kommentare (12)")
    assert is_footer("Comments (3)")
    assert not is_footer("Kommentare (12) zu diesem Artikel lesen Sie unten.")


def test_more_about_heading_over_topic_links_ends_the_text() -> None:
    assert is_footer("More about")


def test_follow_topics_and_support_buttons_are_navigation() -> None:
    assert is_boilerplate("Themen folgen")
    assert is_boilerplate("Follow topics")
    assert is_boilerplate("Support")


def test_section_label_and_print_edition_note_under_the_text() -> None:
    assert is_boilerplate("Ressort: Lokales")
    assert is_boilerplate("Рубрика: Экономика")
    assert is_boilerplate("Veröffentlicht in der gedruckten Ausgabe vom Mo, 3. März 2025")
    assert is_boilerplate("This article appeared in print edition on March 3, 2025")


def test_comment_login_prompt() -> None:
    assert is_boilerplate("Bitte melden Sie sich an, um zu kommentieren.")
    assert is_boilerplate("Please log in to comment")


def test_newsletter_box_small_print_and_journalism_plea() -> None:
    assert is_boilerplate("Read our privacy notice")
    assert is_boilerplate("Thanks for signing up to the Morning Briefing email")
    assert is_boilerplate("Support quality journalism and subscribe to Example Plus")
    assert not is_boilerplate(
        "The charity said it would support journalism students from poorer families."
    )


def test_teaser_block_inside_the_text_is_dropped() -> None:
    text = (
        "Hafen Nordstadt wächst weiter\n"
        "Der Hafen von Nordstadt hat im vergangenen Jahr so viele Container umgeschlagen wie "
        "nie zuvor, teilte die Hafengesellschaft am Dienstag mit.\n"
        "Weitere Informationen\n"
        "Nordstadt: Neues Terminal geht in Betrieb\n"
        "Das Terminal kostet 300 Millionen Euro. Es soll im Herbst öffnen. mehr\n"
        "Für das laufende Jahr erwartet die Gesellschaft ein weiteres Plus von drei Prozent, "
        "vor allem beim Umschlag von Autos.\n"
    )
    body = compose(text, ()).body
    assert "Weitere Informationen" not in body
    assert "Neues Terminal" not in body and "300 Millionen" not in body
    assert "drei Prozent" in body
