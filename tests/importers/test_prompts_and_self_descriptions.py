"""Teaser markers, share and discussion prompts and a site's description of itself under
the text, each rule on its own invented line."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_footer, is_teaser


def test_lesen_sie_aus_unserem_angebot_is_a_teaser_marker() -> None:
    assert is_teaser("Lesen Sie aus unserem Angebot: Neue Brücke über den Neckar")
    assert not is_teaser("Lesen Sie aus unserem Angebot nur, was Sie interessiert, sagte er.")


def test_earlier_with_a_colon_is_a_teaser_marker() -> None:
    assert is_teaser("Ранее: Минфин предложил изменить налоговый кодекс")
    assert is_teaser("Earlier: Port strike ends after two weeks")
    assert not is_teaser("Ранее сообщалось, что министерство готовит поправки.")


def test_share_on_social_networks_is_a_prompt() -> None:
    assert is_boilerplate("Поделиться в соцсетях")
    assert is_boilerplate("Поделиться в социальных сетях")
    assert is_boilerplate("Share on social media")
    assert not is_boilerplate("Поделиться опытом в соцсетях решили не все участники опроса.")


def test_discussion_counter_ends_the_text() -> None:
    assert is_footer("Обсуждение (0)")
    assert is_footer("Discussion (4)")
    assert not is_footer("Обсуждение (первое) прошло в среду.")


def test_site_describing_itself_is_boilerplate() -> None:
    assert is_boilerplate(
        "Examplenet is an independent news organization covering news from and about the"
        " Baltic region."
    )
    assert is_boilerplate("The Example Post is a nonprofit news outlet based in Riga.")
    assert not is_boilerplate(
        "The ministry said the agency is an independent body that reports to parliament."
    )
