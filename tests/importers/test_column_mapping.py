"""A CSV/JSON file whose columns no common name finds: the error names the file's columns
and every name a text column goes by, and an explicit mapping reads it."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.records import BODY_COLUMNS, mapped_field
from app.model import ExtractionError

ODD = (
    "Spalte1,Spalte2,Spalte3,Spalte4\n"
    'Kasachstan senkt Leitzins,29.11.2025,Beispielagentur,"Die Nationalbank hat den '
    'Leitzins um 0,25 Punkte gesenkt. Die Inflation ging zuletzt zurück."\n'
).encode()


def test_the_error_names_the_files_columns_and_every_accepted_name():
    with pytest.raises(ExtractionError) as caught:
        extract("odd.csv", ODD)
    message = str(caught.value)
    assert "'Spalte1', 'Spalte2', 'Spalte3', 'Spalte4'" in message
    for name in BODY_COLUMNS:  # the one list the importer reads: German and Russian too
        assert name in message
    assert "--map text=" in message


def test_a_german_full_text_column_is_found_without_a_mapping():
    data = "Überschrift;Datum;Volltext\nTitel;28.11.2025;Ein Text über den Staudamm.\n"
    (item,) = extract("de.csv", data.encode())
    assert item.article.title == "Titel"
    assert "Staudamm" in item.article.body


def test_a_mapping_names_the_columns_by_any_of_their_names_and_any_case():
    items = extract(
        "odd.csv",
        ODD,
        mapping={"text": "spalte4", "title": "Spalte1", "datum": "Spalte2", "quelle": "Spalte3"},
    )
    (item,) = items
    article = item.article
    assert article.title == "Kasachstan senkt Leitzins"
    assert article.body.startswith("Die Nationalbank")
    assert article.source == "Beispielagentur"
    assert article.published is not None and article.published.day == 29


def test_a_mapped_column_the_file_lacks_fails_with_its_columns():
    with pytest.raises(ExtractionError, match=r"no column 'Inhalt' for the text.*'Spalte4'"):
        extract("odd.csv", ODD, mapping={"text": "Inhalt"})


def test_a_jsonl_mapping_reads_the_named_key():
    data = '{"kopf": "Titel", "inhalt_neu": "Ein Text über den Staudamm am Fluss."}\n'
    (item,) = extract("x.jsonl", data.encode(), mapping={"body": "inhalt_neu", "title": "kopf"})
    assert item.article.title == "Titel" and "Staudamm" in item.article.body


def test_field_names():
    assert mapped_field("text") == mapped_field("Volltext") == "body"
    assert mapped_field("Datum") == "published" and mapped_field("headline") == "title"
    assert mapped_field("colour") is None


def test_a_field_mapped_to_no_column_is_not_read_from_its_usual_name():
    """The GUI's "(none)": a column named "date" is not the date against the choice."""
    data = '{"inhalt": "Ein Text über den Staudamm am Fluss.", "date": "2025-11-21"}\n'
    (plain,) = extract("x.jsonl", data.encode())
    assert plain.article.published is not None
    (item,) = extract("x.jsonl", data.encode(), mapping={"body": "inhalt", "published": ""})
    assert item.article.published is None and "Staudamm" in item.article.body
