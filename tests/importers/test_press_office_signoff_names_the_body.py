"""Eighty-fourth blind batch: a state body's portal names the body in its header and its
press office signs under the text with the same words in the genitive ("Пресс-служба
Министерства X"); the header's spelling is the source and the sign-off is no body text."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import site_from_press_office

RU_PARA = (
    "В республике завершается уборка зерновых культур. По оперативным данным, собрано "
    "более полутора миллионов тонн зерна, что больше, чем годом ранее."
)


def test_header_body_is_named_by_its_press_office_signoff() -> None:
    for header, signoff in (
        ("Министерство сельского хозяйства Примерной Республики",
         "Пресс-служба Министерства сельского хозяйства Примерной Республики"),
        ("Bundesministerium für Beispielwesen",
         "Pressestelle des Bundesministeriums für Beispielwesen"),
        ("Ministry of Example Affairs", "Press Office of the Ministry of Example Affairs"),
    ):  # fmt: skip
        lines = ["Главная | English", header, "Новости", "Заголовок", RU_PARA, signoff]
        assert site_from_press_office(lines) == header, header
    # a sign-off naming another body than the header's: no source from it
    lines = ["Министерство финансов", "Заголовок", RU_PARA, "Пресс-служба Министерства юстиции"]
    assert site_from_press_office(lines) == ""


def test_press_office_signoff_is_boilerplate_a_sentence_is_not() -> None:
    for line in (
        "Пресс-служба Министерства сельского хозяйства Примерной Республики",
        "Pressestelle des Bundesministeriums für Beispielwesen",
        "Press Office of the Ministry of Example Affairs",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Пресс-служба Министерства сообщила, что уборка завершится к декабрю.",
        "Press office staff said the minister would travel on Monday.",
    ):
        assert not is_boilerplate(line), line


def test_portal_page_gets_the_header_body_as_source() -> None:
    text = "\n".join(
        [
            "Русский | English",
            "Министерство сельского хозяйства Примерной Республики",
            "О министерстве",
            "Главная / Пресс-центр / Новости",
            "В республике собрано более 1,6 млн тонн зерна",
            "24.11.2025",
            RU_PARA,
            RU_PARA.replace("зерновых", "масличных"),
            "Пресс-служба Министерства сельского хозяйства Примерной Республики",
        ]
    )
    art = extract("zerno.txt", text.encode("utf-8"))[0].article
    assert art.source == "Министерство сельского хозяйства Примерной Республики"
    assert "Пресс-служба" not in art.body
