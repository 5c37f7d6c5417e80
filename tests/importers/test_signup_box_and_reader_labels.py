"""The newsletter-box test reads the nearest block holding a form, measured squeezed; the
screen-reader label test holds for any case of its words, also in non-ASCII class lists."""

from lxml.html import fragment_fromstring

from app.importers.leadchrome import in_signup_box
from app.importers.treechrome import _label_classed

PITCH = "<p id='pitch'>Die wichtigsten Nachrichten des Tages, jeden Morgen.</p>"
FORM = "<form><input type='email'></form>"


def _pitch(markup: str):
    return fragment_fromstring(markup).get_element_by_id("pitch")


def test_a_pitch_beside_a_form_in_a_small_block() -> None:
    assert in_signup_box(_pitch(f"<div><div>{PITCH}{FORM}</div></div>"))
    assert in_signup_box(_pitch(f"<div><div><div>{PITCH}</div></div>{FORM}</div>"))


def test_no_form_within_three_blocks() -> None:
    assert not in_signup_box(_pitch(f"<div>{PITCH}</div>"))
    assert not in_signup_box(_pitch(f"<div><div><div><div>{PITCH}</div></div></div>{FORM}</div>"))


def test_a_big_block_between_the_pitch_and_the_form() -> None:
    big = "<p>" + "Wort " * 200 + "</p>"
    assert not in_signup_box(_pitch(f"<div><div>{PITCH}{big}</div>{FORM}</div>"))
    assert not in_signup_box(_pitch(f"<div><div>{PITCH}{big}{FORM}</div></div>"))


def test_the_block_is_measured_with_its_whitespace_squeezed() -> None:
    spaced = "<p>" + ("kurz" + " " * 40) * 60 + "</p>"  # 2,640 characters, 299 squeezed
    assert in_signup_box(_pitch(f"<div>{PITCH}{spaced}{FORM}</div>"))
    long = "<p>" + (" " * 40 + "Wort") * 130 + "</p>"  # 649 squeezed, past the first 3,200
    assert not in_signup_box(_pitch(f"<div>{PITCH}{long}{long}{FORM}</div>"))


def test_reader_label_classes() -> None:
    for cls in ("sr-only", "x VISUALLY-HIDDEN", "u-hidden", "Screen-Reader-Text", "a11y"):
        assert _label_classed(cls), cls
    assert _label_classed("größe sr-only")  # not ASCII: the patterns themselves
    assert _label_classed("\u017fr-only")  # long s, which re.I folds to s
    for cls in ("article-body", "hiddenness", "größe", "visible"):
        assert not _label_classed(cls), cls
