"""Ordinary article text that rules written for chrome must leave alone (review findings
A1-A4): a sentence about a journal, a subheading 'Самое интересное' over more text, an
English kicker over its headline, a sentence about licences."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate

from .makers import article_of

_PROSE_RU = (
    "Исследователи из Новосибирска сравнили данные за двадцать лет наблюдений и пришли к "
    "выводу, что зимы в регионе стали заметно мягче, а число оттепелей выросло вдвое."
)
_MORE_RU = (
    "По словам авторов, к середине века средняя температура января может подняться ещё на "
    "два градуса, и городским службам придётся пересмотреть график уборки снега."
)


# --- A1: the print-issue note, not a sentence about a journal --------------------------------


def test_a_sentence_about_a_journal_article_is_text() -> None:
    assert not is_boilerplate(
        "Статья опубликована в журнале Nature в 2019 году и с тех пор цитировалась более "
        "двух тысяч раз, в том числе в докладах межправительственной группы экспертов."
    )


@pytest.mark.parametrize(
    "line",
    [
        'Статья опубликована в газете "Пример" №29612 от 27 ноября 2025',
        "Интервью опубликовано в газете «Пример» №45 от 3 декабря 2025",
    ],
)
def test_the_print_issue_note_is_chrome(line: str) -> None:
    assert is_boilerplate(line)


# --- A2: 'Самое интересное' over more text is a subheading ----------------------------------


def test_a_subheading_read_as_a_list_heading_keeps_the_text_under_it() -> None:
    art = article_of(
        "\n".join(
            [
                "Зимы в Сибири стали мягче",
                _PROSE_RU,
                "Самое интересное",
                _MORE_RU,
                "Учёные также отметили, что летние засухи стали короче, а осенние дожди "
                "продолжительнее, чем в начале наблюдений.",
            ]
        )
    )
    assert "пересмотреть график уборки снега" in art.body
    assert "осенние дожди" in art.body


# --- A3: an English kicker is no German headline cut after its modal ------------------------


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("Political Will", "Congress again fails to pass the budget"),
        ("Nur einer kann", "Der Stadtrat stimmt am Montag über den neuen Haushalt ab"),
    ],
)
def test_a_kicker_over_its_headline_is_not_joined_to_it(kicker: str, headline: str) -> None:
    art = article_of(
        "\n".join(
            [
                kicker,
                headline,
                "By Jane Doe",
                "The vote was postponed for the third time this year after the two sides "
                "failed to agree on spending cuts, officials said on Monday evening.",
                "Negotiators are expected to meet again next week, but few expect a deal "
                "before the holidays, according to people familiar with the talks.",
            ]
        )
    )
    assert art.title == headline


# --- A4: a sentence about a licence is text -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Articles are reproduced under licence from the publishers, the court heard, and the "
        "agency had paid for every one of them since 2015.",
        "Content is provided under a licence that the BBC renegotiates every five years with "
        "the government, which sets the fee.",
    ],
)
def test_a_sentence_about_a_licence_is_text(line: str) -> None:
    assert not is_boilerplate(line)
