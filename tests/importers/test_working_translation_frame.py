"""A working translation's frame: the warning over it ('ARBEITSÜBERSETZUNG – nicht
autorisiert …', 'Working translation – not authorised …', 'Рабочий перевод …') is no
headline, the credit to the original ('Original: Outlet, date, Rubrik: X') names outlet,
day and desk, and the translator's notes under the text ('Anmerkungen des Übersetzers:')
are no text. A sentence that starts 'Original' in the text is left alone."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with, odt_with

_DE = (
    "Der Pegel des Stausees ist im Oktober zum zweiten Mal in diesem Jahr unter die "
    "kritische Marke gefallen, teilte der Wasserverband am Montag mit."
)
_DE2 = (
    "Fachleute führen den Rückgang auf den trockenen Sommer und die Entnahmen für die "
    "Bewässerung zurück, die im Sommer deutlich gestiegen seien."
)
_EN = (
    "The reservoir fell below its critical mark for the second time this year in October, "
    "the water authority said on Monday, citing a dry summer and irrigation."
)
_EN2 = (
    "Experts blame the decline on the unusually dry summer and on extra withdrawals for "
    "farms, which rose sharply between June and August."
)
_RU = (
    "Уровень воды в водохранилище в октябре второй раз за год опустился ниже критической "
    "отметки, сообщили в понедельник в управлении водных ресурсов."
)
_RU2 = (
    "Специалисты связывают снижение с засушливым летом и увеличением забора воды для "
    "полива, который летом заметно вырос."
)


def test_german_working_translation() -> None:
    data = docx_with(
        [
            "ARBEITSÜBERSETZUNG – nicht autorisiert, nur für den internen Gebrauch",
            "Übersetzung aus dem Georgischen: A. Beispiel, 12.11.2025",
            "Original: Beispiel News, 11.11.2025, Rubrik: Umwelt",
            "Stausee fällt unter die kritische Marke",
            _DE,
            _DE2,
            "Anmerkungen des Übersetzers:",
            "Die Ortsnamen wurden vereinfacht transkribiert.",
        ],
        table=False,
    )
    (art,) = articles_of("uebersetzung.docx", data)
    assert art.title == "Stausee fällt unter die kritische Marke"
    assert art.source == "Beispiel News"
    assert art.section == "Umwelt"
    assert art.published is not None and (art.published.month, art.published.day) == (11, 11)
    assert art.body.startswith("Der Pegel des Stausees")
    assert "transkribiert" not in art.body and "Anmerkungen" not in art.body


def test_english_working_translation() -> None:
    data = odt_with(
        [
            "Working translation – not authorised, for internal use only",
            "Original: The Example Herald, 10.11.2025, Section: Environment",
            "Reservoir falls below critical mark",
            _EN,
            _EN2,
            "Translator's notes:",
            "Place names follow a simplified transliteration.",
        ]
    )
    (art,) = articles_of("translation.odt", data)
    assert art.title == "Reservoir falls below critical mark"
    assert art.source == "The Example Herald"
    assert art.body.startswith("The reservoir fell")
    assert "transliteration" not in art.body


def test_russian_working_translation() -> None:
    data = docx_with(
        [
            "Рабочий перевод – только для внутреннего пользования",
            "Оригинал: Example Times, 09.11.2025",
            "Водохранилище опустилось ниже критической отметки",
            _RU,
            _RU2,
            "Примечания переводчика:",
            "Названия приведены в упрощённой транскрипции.",
        ],
        table=False,
    )
    (art,) = articles_of("perevod.docx", data)
    assert art.title == "Водохранилище опустилось ниже критической отметки"
    assert art.source == "Example Times"
    assert art.body.startswith("Уровень воды")
    assert "транскрипции" not in art.body


def test_original_in_a_sentence_is_text() -> None:
    data = docx_with(
        [
            "Reservoir falls below critical mark",
            _EN,
            "Original plans for the dam, drawn up in 1962, foresaw a much higher level.",
            _EN2,
        ],
        table=False,
    )
    (art,) = articles_of("plain.docx", data)
    assert art.title == "Reservoir falls below critical mark"
    assert "Original plans for the dam" in art.body
