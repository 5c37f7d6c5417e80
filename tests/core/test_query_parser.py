"""The query language: what valid queries mean and how invalid ones are reported."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.model import QueryError
from app.query import parse
from app.query.ast import And, DateRange, MatchAll, Not, Or, Phrase, Term

TODAY = date(2026, 11, 25)  # a Wednesday


def test_or_binds_tighter_than_and_so_filters_apply_to_every_alternative():
    assert parse("a b OR c") == And((Term("a"), Or((Term("b"), Term("c")))))
    assert parse("a AND b OR c") == And((Term("a"), Or((Term("b"), Term("c")))))
    assert parse("Pipeline OR Gasleitung lang:de") == And(
        (Or((Term("Pipeline"), Term("Gasleitung"))), Term("de", "lang"))
    )
    assert parse("(a b) OR c") == Or((And((Term("a"), Term("b"))), Term("c")))


def test_only_negative_query_subtracts_from_everything():
    assert parse("-grain") == And((MatchAll(), Not(Term("grain"))))
    assert parse("NOT grain") == And((MatchAll(), Not(Term("grain"))))


def test_fields_apply_to_words_phrases_and_groups():
    assert parse('title:"grain exports"') == Phrase(("grain", "exports"), "title")
    assert parse("tag:(Sport OR Kultur)") == Or((Term("Sport", "tag"), Term("Kultur", "tag")))
    assert parse("language:de") == Term("de", "lang")


def test_proximity_and_wildcards():
    assert parse('"Belarus Kasachstan"~5') == Phrase(("Belarus", "Kasachstan"), None, 5)
    assert parse("Kasach*") == Term("Kasach*", None, wildcard=True)


def test_urls_are_words_not_fields():
    assert parse("https://belta.by/x") == Term("https://belta.by/x")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("date:2025", datetime(2025, 1, 1), datetime(2026, 1, 1)),
        ("date:2025-11", datetime(2025, 11, 1), datetime(2025, 12, 1)),
        ("date:2025-12", datetime(2025, 12, 1), datetime(2026, 1, 1)),
        ("date:05.11.2025", datetime(2025, 11, 5), datetime(2025, 11, 6)),
        ("date:2025-11-01..2025-11-30", datetime(2025, 11, 1), datetime(2025, 12, 1)),
        ("date:>2025-01-01", datetime(2025, 1, 2), None),
        ("date:>=2025-01-01", datetime(2025, 1, 1), None),
        ("date:<2025-01-01", None, datetime(2025, 1, 1)),
        ("date:..2024", None, datetime(2025, 1, 1)),
        ("date:yesterday", datetime(2026, 11, 24), datetime(2026, 11, 25)),
        ("date:last-week", datetime(2026, 11, 16), datetime(2026, 11, 23)),
        ("date:this-month", datetime(2026, 11, 1), datetime(2026, 12, 1)),
        ("date:last-month", datetime(2026, 10, 1), datetime(2026, 11, 1)),
        ("date:last-7-days", datetime(2026, 11, 18), datetime(2026, 11, 26)),
        # the words as typed, with spaces, in German and Russian
        ('date:"last week"', datetime(2026, 11, 16), datetime(2026, 11, 23)),
        ("date:gestern", datetime(2026, 11, 24), datetime(2026, 11, 25)),
        ("date:вчера", datetime(2026, 11, 24), datetime(2026, 11, 25)),
        ('date:"letzte Woche"', datetime(2026, 11, 16), datetime(2026, 11, 23)),
        ('date:"прошлая неделя"', datetime(2026, 11, 16), datetime(2026, 11, 23)),
        ('date:"последние 7 дней"', datetime(2026, 11, 18), datetime(2026, 11, 26)),
        ('date:"letzte 3 Tage"', datetime(2026, 11, 22), datetime(2026, 11, 26)),
        ("date:Vorjahr", datetime(2025, 1, 1), datetime(2026, 1, 1)),
        ('date:"2026-11-01 .. heute"', datetime(2026, 11, 1), datetime(2026, 11, 26)),
        ('date:">= прошлый месяц"', datetime(2026, 10, 1), None),
        ("date:vorgestern", datetime(2026, 11, 23), datetime(2026, 11, 24)),
        ("date:позавчера", datetime(2026, 11, 23), datetime(2026, 11, 24)),
        ("date:day-before-yesterday", datetime(2026, 11, 23), datetime(2026, 11, 24)),
        ('date:"in dieser Woche"', datetime(2026, 11, 23), datetime(2026, 11, 30)),
        ('date:"vergangenes Jahr"', datetime(2025, 1, 1), datetime(2026, 1, 1)),
        ('date:"voriger Monat"', datetime(2026, 10, 1), datetime(2026, 11, 1)),
        ('date:"vorgestern..heute"', datetime(2026, 11, 23), datetime(2026, 11, 26)),
    ],
)
def test_date_expressions(text, start, end):
    assert parse(text, today=TODAY) == DateRange(start, end)


def test_an_unread_date_offers_the_words_in_each_language():
    """The message names the German and Russian words too (an analyst typing
    ``date:vorgestern`` was shown English ones only), and each word it offers is read."""
    with pytest.raises(QueryError) as info:
        parse("date:übermorgen")
    message = str(info.value)
    for word in ("yesterday", "vorgestern", "letzte Woche", "позавчера", "на этой неделе"):
        assert word in message
    offered = message.split(" or a word (", 1)[1].split(")")[0]
    for language in offered.split("; "):
        for word in language.split(": ", 1)[1].split(", "):
            assert isinstance(parse(f"date:{word}", today=TODAY), DateRange), word


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("(grain", "missing ')'", 0),
        ("grain OR", "OR at position 7", 6),
        ('"grain exports', "unclosed quote", 0),
        ("colour:red", "unknown field 'colour:'", 0),
        ("date:2025-13", "month must be in 1..12", 5),
        ("date:soon", "cannot read the date 'soon'", 5),
        ("date:2025-12..2025-01", "ends before it starts", 5),
        ("title:", "needs a value", -1),
        ("grain )", "unexpected ')'", 6),
        ('""', "empty phrase", 0),
        ("a AND", "needs a term on both sides", 2),
        ("NOT", "nothing to exclude", -1),
    ],
)
def test_invalid_queries_point_at_the_problem(text, message, position):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        parse(text)
    if position >= 0:
        assert info.value.position == position


def test_empty_query_matches_everything():
    assert parse("   ") == MatchAll()


def test_punctuation_between_words_is_ignored():
    assert parse("Belarus – Kasachstan") == And((Term("Belarus"), Term("Kasachstan")))
    assert parse("Update: grain") == And((Term("Update:"), Term("grain")))


def test_german_and_russian_operators_in_capitals_between_terms():
    either = Or((Term("Griechenland"), Term("Türkei")))
    assert parse("Griechenland ODER Türkei") == either
    assert parse("Griechenland OR Türkei") == either
    assert parse("Griechenland UND Türkei") == And((Term("Griechenland"), Term("Türkei")))
    assert parse("Токаев ИЛИ Лукашенко") == Or((Term("Токаев"), Term("Лукашенко")))
    assert parse("Путин И Токаев") == And((Term("Путин"), Term("Токаев")))
    assert parse("Merkel NICHT Putin") == And((Term("Merkel"), Not(Term("Putin"))))
    assert parse("НЕ Путин") == And((MatchAll(), Not(Term("Путин"))))
    assert parse("(Wien ODER Graz) UND Wahl") == And(
        (Or((Term("Wien"), Term("Graz"))), Term("Wahl"))
    )


def test_german_and_russian_operator_words_elsewhere_stay_words():
    assert parse('"UND"') == Term("UND")
    assert parse('"Griechenland ODER Türkei"') == Phrase(("Griechenland", "ODER", "Türkei"))
    assert parse("Oder Hochwasser") == And((Term("Oder"), Term("Hochwasser")))  # the river
    assert parse("ODER Hochwasser") == And((Term("ODER"), Term("Hochwasser")))
    assert parse("Hochwasser ODER") == And((Term("Hochwasser"), Term("ODER")))
    assert parse("source:ODER") == Term("ODER", "source")
    assert parse("Rock oder Pop") == And((Term("Rock"), Term("oder"), Term("Pop")))
    assert parse("И") == Term("И")
