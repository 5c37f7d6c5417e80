"""Sanity checks on a state body's or a press office's name as source: a press office's
telephone after its label names no issuer, and a federal body named by its abbreviation
("ГУ МВД России по … области") is an institution kept in Cyrillic, not transliterated."""

from __future__ import annotations

from app.importers.sitename import is_institution, site_from_press_office


def test_press_office_phone_is_no_issuer() -> None:
    assert site_from_press_office(["Pressestelle: Tel. +43 1 234 56-78"]) == ""
    assert site_from_press_office(["Press office: Phone +44 20 7946 0000"]) == ""
    assert site_from_press_office(["Пресс-служба: тел. +7 (383) 123-45-67"]) == ""
    # the look-alike: a body after the label stays the issuer
    assert site_from_press_office(["Pressestelle: Beispielamt für Statistik"]) == (
        "Beispielamt für Statistik"
    )


def test_abbreviated_federal_bodies_are_institutions() -> None:
    assert is_institution("ГУ МВД России по Примерной области")
    assert is_institution("УМВД России по городу Примерску")
    assert is_institution("МЧС России")
    assert is_institution("УФССП по Примерному краю")
    # an outlet whose name only begins with the same letters stays a brand
    assert not is_institution("Мвдник Ньюс")
    assert not is_institution("Гудок")
