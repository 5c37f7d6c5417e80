"""A page a person pasted or forwarded names its outlet in its reprint notice ('При
использовании материалов гиперссылка на Example.kz обязательна', 'A link to
example-times.com is required'): that outlet is the source, never the person."""

from __future__ import annotations

from app.importers.mail import _reprint_mark


def test_a_reprint_notice_names_the_site_ru() -> None:
    lines = ["Поделиться", "При использовании материалов гиперссылка на Primer.kz обязательна"]
    assert _reprint_mark(lines) == "Primer.kz"


def test_a_reprint_notice_names_the_site_en_and_de() -> None:
    assert _reprint_mark(["A link to example-times.com is required when quoting."]) == (
        "example-times.com"
    )
    assert _reprint_mark(["Bei Zitaten ist ein Link auf Beispielblatt.de Pflicht."]) == (
        "Beispielblatt.de"
    )
    assert _reprint_mark(["Ссылка на «Примерные вести» обязательна."]) == "Примерные вести"


def test_a_notice_without_a_name_or_a_plain_line_names_none() -> None:
    assert _reprint_mark(["Перепечатка материалов запрещена"]) == ""
    assert _reprint_mark(["A link to the report is required reading for the board."]) == ""
    assert _reprint_mark(["Registration is required for comments"]) == ""
