"""Bulk files name their columns in many ways ('Erschienen am', 'Pub.-Datum', 'Veröffentlicht',
'Дата публикации', 'Meldung (Kopf)'): the importer and the mapping dialog's pre-fill find
the date, title, source, author, section, url and text columns by their words, and a date
column whose cells it cannot read is reported with the file and the column, not dropped."""

from __future__ import annotations

import csv
import io

from app.columns import default_mapping
from app.importers import extract
from app.importers.colnames import column_field
from app.model import Extracted, ExtractionFailure

from .makers import CYCLE_DE, FARES_DE


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerows([header, *rows])
    return out.getvalue().encode()


def test_headers_name_their_fields_in_three_languages() -> None:
    cases = {
        "published": ["Erschienen am", "Pub.-Datum", "Veröffentlicht", "Дата публикации",
                      "Publication date", "Erscheinungsdatum", "Datum (Print)", "Опубликовано"],
        "title": ["Meldung (Kopf)", "Schlagzeile", "Artikelüberschrift", "Заголовок статьи",
                  "Headline (EN)"],
        "source": ["Medium", "Zeitung", "Titel des Mediums", "Издание/СМИ", "Published by",
                   "Outlet name"],
        "author": ["Autor/in", "Verfasser", "Автор материала", "Byline"],
        "section": ["Ressort", "Rubrik / Sparte", "Рубрика", "Desk"],
        "url": ["Link zum Artikel", "Source URL", "Ссылка на материал", "Permalink"],
        "body": ["Meldung (Text)", "Volltext der Meldung", "Текст публикации", "Story text"],
    }  # fmt: skip
    for field, names in cases.items():
        for name in names:
            assert column_field(name) == field, (name, column_field(name))
    for name in ("Nr.", "Seite", "Kommentar", "Untertitel", "Der Stadtrat hat am Dienstag"):
        assert column_field(name) is None, name


def test_default_mapping_proposes_columns_of_other_names() -> None:
    header = ["Nr.", "Erschienen am", "Meldung (Kopf)", "Meldung (Text)", "Medium", "Ressort",
              "Autor/in", "Link zum Artikel"]  # fmt: skip
    assert default_mapping(header) == {
        "body": "Meldung (Text)",
        "title": "Meldung (Kopf)",
        "published": "Erschienen am",
        "source": "Medium",
        "author": "Autor/in",
        "url": "Link zum Artikel",
    }
    # the usual names keep their columns
    assert default_mapping(["Überschrift", "Datum", "Volltext", "Quelle"]) == {
        "body": "Volltext",
        "title": "Überschrift",
        "published": "Datum",
        "source": "Quelle",
    }


def test_rows_get_their_fields_from_columns_of_other_names() -> None:
    for header in (
        ["Erschienen am", "Meldung (Kopf)", "Meldung (Text)", "Medium", "Ressort", "Autor/in"],
        ["Pub.-Datum", "Titel", "Text", "Zeitung", "Rubrik", "Verfasser"],
        ["Дата публикации", "Заголовок", "Текст", "Издание", "Рубрика", "Автор"],
    ):
        rows = [
            ["27.11.2026", "Stadtrat beschließt Radweg", CYCLE_DE[0], "Musterbote", "Lokales",
             "Anna Berger"],
            ["28.11.2026", "Busfahren wird teurer", FARES_DE[0], "Beispielblatt", "Verkehr",
             "Jan Roth"],
        ]  # fmt: skip
        items = extract("feed.csv", _csv(header, rows))
        assert all(isinstance(i, Extracted) for i in items), items
        arts = [i.article for i in items]
        assert [a.title for a in arts] == ["Stadtrat beschließt Radweg", "Busfahren wird teurer"]
        assert [a.published.day for a in arts] == [27, 28], header
        assert [a.source for a in arts] == ["Musterbote", "Beispielblatt"]
        assert [a.section for a in arts] == ["Lokales", "Verkehr"]
        assert [a.author for a in arts] == ["Anna Berger", "Jan Roth"]


def test_unread_dates_are_reported_with_file_and_column() -> None:
    rows = [
        ["27.11.2026", "Stadtrat beschließt Radweg", CYCLE_DE[0]],
        ["gestern", "Busfahren wird teurer", FARES_DE[0]],
        ["", "Pendler zahlen mehr", FARES_DE[1]],
    ]
    items = extract("feed.csv", _csv(["Erschienen am", "Titel", "Text"], rows))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    [report] = [i for i in items if isinstance(i, ExtractionFailure)]
    assert len(arts) == 3 and arts[0].published.day == 27 and arts[1].published is None
    assert "feed.csv" in report.reason and "'Erschienen am'" in report.reason
    assert "1 of 2" in report.reason and "'gestern'" in report.reason
    # a mapped column is checked as well; dates it reads give no report
    items = extract("feed.csv", _csv(["Tag", "Titel", "Text"], rows), mapping={"date": "Tag"})
    assert any(isinstance(i, ExtractionFailure) and "'Tag'" in i.reason for i in items)
    good = [r for r in rows if r[0] != "gestern"]
    items = extract("feed.csv", _csv(["Erschienen am", "Titel", "Text"], good))
    assert all(isinstance(i, Extracted) for i in items)


def test_the_mapping_s_none_drops_a_column_of_other_words_too() -> None:
    rows = [["gestern", "Stadtrat beschließt Radweg", CYCLE_DE[0]]]
    items = extract(
        "feed.csv", _csv(["Erschienen am", "Titel", "Text"], rows), mapping={"date": ""}
    )
    assert len(items) == 1 and items[0].article.published is None
