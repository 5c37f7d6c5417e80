"""A newsletter's pointer to the whole article on the outlet's site, the verb last as German
writes it ('Den ganzen Artikel auf example.de lesen') or as Russian does ('Читать полностью на
example.ru'), is no line of the text."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Den ganzen Artikel auf beispiel-post.de lesen »",
        "Den vollständigen Beitrag bei musterblatt.at lesen",
        "Читать полностью на primer-vesti.ru",
    ],
)
def test_a_read_on_site_link_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_a_sentence_about_reading_stays() -> None:
    assert not is_boilerplate("Den ganzen Artikel auf Seite drei lesen viele Abonnenten nie.")
