"""A read counter by the stamp ("Read by: 212 Industry Professionals") is chrome, never a
headline; an outlet's app promo under the text ("Stay updated … on your smartphone!")
is boilerplate."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Read by: 212 Industry Professionals",
        "Read by 1.2k readers",
        "Gelesen: 1.204",
        "Прочитали: 350 человек",
        "Stay updated with the latest news on ExampleWorld right on your smartphone!",
        "Stay informed with Example Daily on your mobile",
        "Download the ExampleWorld App and get the Realtime updates and Save your articles.",
    ],
)
def test_counter_and_promo_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read by the minister at the ceremony, the statement named no date.",
        "Stay informed about storms on your phone: the service sends alerts in four languages.",
        "Gelesen wird die Vorlage im Dezember im Landtag.",
    ],
)
def test_sentences_stay(line: str) -> None:
    assert not is_boilerplate(line)
