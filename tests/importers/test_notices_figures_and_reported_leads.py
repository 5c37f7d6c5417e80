"""Agency pastes (blind batches 63/71, leftovers): the site's copyright notice opened by its
name ("Example.az © 2025. …"), a translated release's note on its original language, the
board's sign-off label, a numbered figure's caption, and a short first paragraph over a
picture credit that says who reported the news (the text, not a caption), and a channel's
Latin logo with its number ("Primer 24")."""

from __future__ import annotations

from app.importers import boilerplate as bp
from app.importers.compose import compose
from app.importers.profiles import default_profiles
from app.importers.sitename import printed_latin_spelling


def test_copyright_notice_opened_by_the_site_name() -> None:
    assert bp.is_boilerplate(
        "Example.az © 2025. Использование материалов разрешается при активной гиперссылке."
    )
    assert bp.is_boilerplate("Beispiel Zeitung © 2024 Alle Rechte vorbehalten")
    assert not bp.is_boilerplate(
        "Der Konzern hat © 2025 als Marke schützen lassen, sagte ein Sprecher am Montag."
    )


def test_translation_note_and_board_label_are_boilerplate() -> None:
    assert bp.is_boilerplate(
        "Die Ausgangssprache (in der Regel Englisch), in der der Originaltext veröffentlicht "
        "wird, ist die offizielle, autorisierte und rechtsgültige Version."
    )
    assert bp.is_boilerplate(
        "The source language in which the original text is published is the official version."
    )
    for line in ("Für das Board of Directors:", "ON BEHALF OF THE BOARD OF DIRECTORS",
                 "Im Namen des Vorstands:"):  # fmt: skip
        assert bp.is_boilerplate(line), line
    assert not bp.is_boilerplate("Für das Board of Directors war das Ergebnis eine Überraschung.")


def test_numbered_figure_caption() -> None:
    assert bp.is_caption("Abbildung 1: Lageplan der Bohrlöcher auf dem Projekt Nordfeld")
    assert bp.is_caption("Figure 2: Map of the drill holes at the northern target")
    assert bp.is_caption("Рисунок 3. Схема нового участка трассы")
    assert not bp.is_caption(
        "Wie Abbildung 1 zeigt, liegen die Bohrlöcher im Norden des Projekts, sagte der Geologe."
    )


def test_reported_first_paragraph_over_a_credit_is_the_text() -> None:
    text = (
        "Example.news\nГлавная\nЭкономика\n"
        "Новый мост через реку откроют в декабре\n28 ноября 2025 11:20\n"
        "Строительство нового моста через реку в районе завершено на 95 процентов. Об этом "
        "Example.news сообщили в агентстве автомобильных дорог.\n"
        "Фото: Агентство автодорог\n"
        "По данным ведомства, длина моста составляет 420 метров, ширина - 15 метров. На нём "
        "предусмотрены по две полосы движения в каждую сторону и пешеходные тротуары.\n"
        "Новый мост заменит старую переправу, построенную ещё в 1960-х годах, движение по "
        "которой было ограничено в прошлом году из-за её аварийного состояния.\n"
    )
    art = compose(text, default_profiles())
    assert art.title == "Новый мост через реку откроют в декабре"
    assert art.body.startswith("Строительство нового моста через реку")


def test_caption_over_a_credit_still_leaves_the_text() -> None:
    text = (
        "Example.news\nГлавная\nЭкономика\n"
        "Новый мост через реку откроют в декабре\n28 ноября 2025 11:20\n"
        "Рабочие на строительной площадке нового моста через реку в районе.\n"
        "Фото: Агентство автодорог\n"
        "По данным ведомства, длина моста составляет 420 метров, ширина - 15 метров. На нём "
        "предусмотрены по две полосы движения в каждую сторону и пешеходные тротуары.\n"
        "Новый мост заменит старую переправу, построенную ещё в 1960-х годах, движение по "
        "которой было ограничено в прошлом году из-за её аварийного состояния.\n"
    )
    art = compose(text, default_profiles())
    assert art.body.startswith("По данным ведомства")


def test_channel_logo_keeps_its_number() -> None:
    lines = ["Primer 24", "Новости", "© 2025 АО «Агентство «Пример». Все права защищены."]
    assert printed_latin_spelling("Пример", lines) == "Primer 24"
    assert printed_latin_spelling("Пример", ["Primer", "Primer 24 часа в сутки"]) == ""
