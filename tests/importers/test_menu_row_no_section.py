"""A menu bar of several desks pasted on one line over the stamp ('Новости  Экономика
Политика  Спорт') is the site's menu, no section; an agency paste used to be filed under
the whole row."""

from __future__ import annotations

from app.importers.compose import compose
from app.importers.sections import is_rubric_row

PASTE = """Примерфакс
Новости  Экономика  Политика  Спорт
27 ноября 2025 15:02

Завод в Примерске увеличил выпуск тракторов на треть

Примерск. 27 ноября. PRIMERFAX - Завод выпустил больше машин.

Завод планирует нарастить выпуск и в следующем году, добавил он.
"""


def test_a_menu_row_over_the_stamp_is_no_section():
    assert compose(PASTE, ()).section == ""


def test_the_row_single_spaced_is_no_section_either():
    paste = PASTE.replace("Новости  Экономика  Политика  Спорт", "Новости Экономика Политика Спорт")
    assert compose(paste, ()).section == ""


def test_a_rubric_row_names_several_desks():
    assert is_rubric_row("Politik Wirtschaft Sport")
    assert not is_rubric_row("Wirtschaft")
    assert not is_rubric_row("Politik Wirtschaft")  # a desk and its sub-desk may pair
    assert not is_rubric_row("Примерск Экономика Политика")  # a place is no desk
