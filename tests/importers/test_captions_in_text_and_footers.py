"""Picture captions and footers left in a paste's text (invented clippings): a short
caption over its credit, a caption ending in "(Symbolbild)", an archive credit in quotes,
a gallery's captions over their counters, topic links and a plea for support under the
text; a closing name over a picture credit stays the author."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.compose import compose

_HEAD = "Example Post\nNews\nBusiness\nPort traffic falls in the third quarter\n21.11.2025\n"
_P1 = (
    "Container traffic at the port fell sharply in the third quarter, the port's marketing "
    "association said on Wednesday.\n"
)
_P2 = "Operators blamed changes to liner services and the weak economy for the fall.\n"


def test_short_caption_over_its_credit_leaves_the_text() -> None:
    text = _HEAD + _P1 + "The cranes at the terminal.\nFoto: Jane Doe / Example Photo\n" + _P2
    art = compose(text, ())
    assert "cranes" not in art.body
    assert art.body.endswith(_P2.strip())


def test_gallery_captions_and_counters_leave_the_text() -> None:
    gallery = (
        "Volunteers clear mud from a street, 22 November 2025.\nAP Photo/Jane Doe\n1 / 2\n"
        "Firefighters pump water from a car park.\nExample Post\n2 / 2\n"
    )
    art = compose(_HEAD + _P1 + gallery + _P2, ())
    assert art.body == f"{_P1.strip()}\n\n{_P2.strip()}"


def test_marked_captions_and_footer_lines() -> None:
    assert is_boilerplate("Ein Stromzähler in einem Mehrfamilienhaus (Symbolbild).")
    assert is_boilerplate("Фото из архива «Пример»")
    assert is_boilerplate("Read more about: Economy, Regions, Budget")
    assert is_boilerplate("We need your help. Example Post relies on readers. Donate now.")
    assert not is_boilerplate("In 3 / 4 of the cases the court agreed.")


def test_closing_name_over_a_picture_credit_is_the_author() -> None:
    text = _HEAD + _P1 + _P2 + "Jane Doe\nPhoto: Example Combine\n"
    assert compose(text, ()).author == "Jane Doe"
