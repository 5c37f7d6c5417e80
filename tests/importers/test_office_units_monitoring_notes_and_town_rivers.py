"""Batch 165's families: an issuing body's office is no desk; a state body's letterhead in
capitals over its department names the issuer; a monitoring service's licence note and a
publisher's © line led by its address are no text; a byline's role after a bar; a German
town's river or region in brackets is part of the dateline's place."""

from __future__ import annotations

from app.importers.agency import parse_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line
from app.importers.docfront import _titled
from app.importers.sections import is_office_unit
from tests.importers.makers import article_of, articles_of, docx_with

RU_TEXT = (
    "По состоянию на 1 декабря посевы озимых культур в республике находятся в хорошем и "
    "удовлетворительном состоянии, сообщили специалисты после обследования полей."
)
RU_MORE = (
    "Обеспеченность хозяйств удобрениями в осенний период составила более девяноста "
    "процентов, работы по подготовке техники к весне продолжаются во всех областях."
)


def test_office_units_are_no_desks() -> None:
    for unit in (
        "Pressestelle",
        "Press Office",
        "Пресс-служба",
        "Главное управление растениеводства",
        "Abteilung Verkehr und Bau",
        "Directorate of Planning",
    ):
        assert is_office_unit(unit), unit
    for desk in ("Politik", "Экономика", "Department stores", "Управление", "Local News"):
        assert not is_office_unit(desk), desk


def test_state_body_letterhead_over_its_department_issues_the_paper() -> None:
    data = docx_with(
        [
            "МИНИСТЕРСТВО ЛЕСНОГО ХОЗЯЙСТВА РЕСПУБЛИКИ ПРИМЕРИЯ",
            "Главное управление лесопользования",
            "3 декабря 2025 г.",
            "Справка о состоянии лесных питомников",
            RU_TEXT,
            RU_MORE,
        ],
        table=False,
    )
    [art] = articles_of("spravka.docx", data)
    assert art.source == "Министерство лесного хозяйства Республики Примерия"
    assert art.section == ""
    assert "Главное управление" not in art.body


def test_russian_body_in_capitals_in_sentence_case_its_state_capitalised() -> None:
    assert _titled("МИНИСТЕРСТВО ФИНАНСОВ РЕСПУБЛИКИ ПРИМЕРИЯ") == (
        "Министерство финансов Республики Примерия"
    )
    assert _titled("КОМИТЕТ ПО ТУРИЗМУ РОССИЙСКОЙ ФЕДЕРАЦИИ") == (
        "Комитет по туризму Российской Федерации"
    )
    assert _titled("EMBASSY OF THE REPUBLIC OF X") == "Embassy of the Republic of X"


def test_monitoring_licence_notes_and_addressed_copyright_lines_are_boilerplate() -> None:
    for line in (
        "Материал предоставлен в рамках договора мониторинга. Распространение третьим лицам "
        "не допускается.",
        "Распространение материалов третьим лицам запрещено.",
        "Weitergabe an Dritte nicht gestattet.",
        "Redistribution to third parties is not permitted.",
        "The Example Echo, Northtown, Co. Clare. © 2025 The Example Echo. All rights reserved.",
        "Beispielbote GmbH, Marktplatz 3, 12345 Beispielstadt. © 2025 Beispielbote. "
        "Alle Rechte vorbehalten.",
    ):
        assert is_boilerplate(line), line
    for line in (
        "The council said the data was provided under a monitoring agreement with the state.",
        "Распространение слухов в соцсетях продолжилось и после заявления мэрии.",
        "Die Weitergabe der Daten an Behörden sei geprüft worden, sagte der Sprecher.",
    ):
        assert not is_boilerplate(line), line


def test_byline_with_its_role_after_a_bar_or_dot() -> None:
    assert author_of_line("Jane Roe | Local Democracy Reporter") == "Jane Roe"
    assert author_of_line("Anna Berg · Redakteurin") == "Anna Berg"
    assert author_of_line("Мария Иванова | корреспондент") == "Мария Иванова"
    assert author_of_line("Politics | Senior Editor") == ""


def test_town_river_in_brackets_is_part_of_the_dateline() -> None:
    for line, place in (
        ("Frankfurt (Oder) – Die Stadt baut eine neue Brücke über den Fluss.", "Frankfurt (Oder)"),
        ("Halle (Saale) - Der Stadtrat hat am Dienstag beschlossen, dass …", "Halle (Saale)"),
        ("Lohne (Oldb.) – Die Gemeinde erweitert ihr Gewerbegebiet.", "Lohne (Oldb.)"),
    ):
        dl = parse_dateline(line, ())
        assert dl is not None and dl.place == place and dl.agency == "", line
    dl = parse_dateline("Berlin (dpa) – Die Regierung hat am Dienstag beschlossen …", ())
    assert dl is not None and (dl.place, dl.agency) == ("Berlin", "dpa")


def test_town_river_dateline_in_an_article() -> None:
    text = (
        "Neue Brücke für die Grenzstadt\n\n"
        "Frankfurt (Oder) – Die Stadt baut bis 2027 eine zweite Brücke über die Oder, wie "
        "der Oberbürgermeister am Dienstag im Stadtrat mitteilte. Die Kosten liegen bei rund "
        "40 Millionen Euro.\n\n"
        "Der Bau soll im Frühjahr beginnen, die alte Brücke bleibt während der Arbeiten offen."
    )
    art = article_of(text)
    assert art.dateline == "Frankfurt (Oder)"
    assert art.source != "Oder"
