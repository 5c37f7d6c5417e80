"""Documents (blind batch 198): press reviews whose clippings open with a field table
(label over value in a PDF, 'Label|value|' in an RTF, 'Label | value' rows in Word and
OpenDocument), with numbered headlines over credits that name no desk, with a headline over
an unlabelled credit between marks, with the outlet's line over the day's, and with a
credit of outlet and day alone ('Outlet · date'). Each family read the whole review as one
article; each test builds its own minimal review."""

from __future__ import annotations

import io

from app.importers.base import Context
from app.importers.fieldrows import field_rows
from app.importers.review import document_items
from app.model import Extracted

from .makers import (
    CYCLE_DE,
    CYCLE_EN,
    CYCLE_RU,
    FARES_DE,
    FARES_EN,
    FARES_RU,
    articles_of,
    pdf_with_paragraphs,
)


def _items(text: str) -> list:
    items = document_items(text, Context(profiles=()), "review.pdf")
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]


def _docx(paragraphs_and_tables: list[str | list[list[str]]]) -> bytes:
    from docx import Document

    doc = Document()
    for block in paragraphs_and_tables:
        if isinstance(block, str):
            doc.add_paragraph(block)
            continue
        table = doc.add_table(rows=len(block), cols=len(block[0]))
        for r, row in enumerate(block):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# --- 1. a field table over each clipping, whatever the format made of its rows ------------


def test_field_rows_read_as_labelled_lines() -> None:
    # a PDF's label over its value, with and without colons; an RTF's 'Label|value|'
    assert field_rows(
        ["Quelle:", "Beispiel Blatt", "Datum:", "10.11.2025", "Autor/in:", "Jane Doe"]
    ) == [
        "Quelle: Beispiel Blatt",
        "Datum: 10.11.2025",
        "Autor/in: Jane Doe",
    ]
    assert field_rows(["Outlet", "Example Times", "Date", "17 November 2025", "Headline"]) == [
        "Outlet: Example Times",
        "Date: 17 November 2025",
        "Headline",
    ]
    assert field_rows(["Outlet|Example Times|", "Date|2 November 2025|", "Language|English|"]) == [
        "Outlet: Example Times",
        "Date: 2 November 2025",
        "Language: English",
    ]
    # look-alikes: a label alone over a sentence with no outlet or day, a contents table's
    # header row over one row of values
    plain = ["Section", "Europe", "Note:", "Read the full text online."]
    assert field_rows(plain) == plain
    header = ["Nr. | Outlet | Headline", "1 | Example Times | Bank widens lending"]
    assert field_rows(header) == header


def test_pdf_review_with_field_tables_reads_as_its_clippings() -> None:
    lines = ["Example Ministry", "PRESS REVIEW", "Tuesday, 17 November 2025"]
    for outlet, day, author, head, text in (
        (
            "Example Times",
            "17 November 2025",
            "Jane Roe",
            "Bank weighs bigger role in supply chains",
            FARES_EN,
        ),
        (
            "Sample Herald",
            "16 November 2025",
            "John Doe",
            "Council approves new cycle lane",
            CYCLE_EN,
        ),
    ):
        lines += ["Outlet", outlet, "Date", day, "Author", author, head, *text]
    arts = articles_of("review.pdf", pdf_with_paragraphs(lines))
    assert [(a.title, a.source, a.author, a.published.day) for a in arts] == [
        ("Bank weighs bigger role in supply chains", "Example Times", "Jane Roe", 17),
        ("Council approves new cycle lane", "Sample Herald", "John Doe", 16),
    ]
    assert not any("Outlet" in a.body or "Author" in a.body for a in arts)


def test_two_row_field_table_is_no_header_over_values() -> None:
    # 'Quelle | Outlet' over 'Datum | day' (no page, no author): two field rows, not the
    # column names 'Quelle' and 'Outlet' over a row of values
    data = _docx(
        [
            "Medienspiegel",
            [["Quelle", "Beispiel Blatt"], ["Datum", "27.11.2025"], ["Autor/in", "Jana Muster"]],
            "Stadt erhöht die Buspreise",
            *FARES_DE,
            [["Quelle", "Musterstädter Bote"], ["Datum", "26.11.2025, 17:11"]],
            "Stadtrat beschließt neuen Radweg",
            *CYCLE_DE,
        ]
    )
    arts = articles_of("review.docx", data)
    assert [(a.title, a.source, a.author) for a in arts] == [
        ("Stadt erhöht die Buspreise", "Beispiel Blatt", "Jana Muster"),
        ("Stadtrat beschließt neuen Radweg", "Musterstädter Bote", ""),
    ]
    assert arts[1].published.hour == 17


# --- 2. numbered headlines over credits, some naming a desk, some not ----------------------


def test_numbered_headlines_over_credits_with_and_without_desk() -> None:
    text = "\n".join(
        [
            "ОБЗОР СМИ",
            "за 24 ноября 2025 г.",
            "1. Область повысит цены на проезд",
            "«Пример-Вести» | 24.11.2025 | рубрика «Транспорт» | автор: Ирина Образцова",
            *FARES_RU,
            "* * *",
            "2. Совет одобрил новую велодорожку",
            "ТАСС | 24.11.2025 10:14",
            *CYCLE_RU,
        ]
    )
    arts = _items(text)
    assert [(a.title, a.section) for a in arts] == [
        ("Область повысит цены на проезд", "Транспорт"),
        # the agency beside the day is the item's source, no desk
        ("Совет одобрил новую велодорожку", ""),
    ]
    assert arts[1].source == "TASS"
    assert arts[1].published.hour == 10


# --- 3. a headline over its unlabelled credit, between marks ------------------------------


def test_headline_over_unlabelled_credit_between_marks() -> None:
    text = "\n".join(
        [
            "Pressespiegel",
            "Mittwoch, 18. November 2025",
            "",
            "Stadt erhöht die Buspreise",
            "Beispiel Blatt, 18.11.2025, S. 6 – Ressort: Verkehr – Von Jana Muster",
            *FARES_DE,
            "*  *  *",
            "Stadtrat beschließt neuen Radweg",
            "Agentur-Meldung vom 17.11.2025, 15:21 Uhr",
            *CYCLE_DE,
        ]
    )
    arts = _items(text)
    assert [(a.title, a.source, a.section, a.author, a.dateline) for a in arts[:1]] == [
        ("Stadt erhöht die Buspreise", "Beispiel Blatt", "Verkehr", "Jana Muster", ""),
    ]
    assert len(arts) == 2 and arts[1].title == "Stadtrat beschließt neuen Radweg"
    assert arts[1].published.hour == 15
    assert "S. 6" not in arts[0].body


# --- 4. the outlet's line over the day's, items divided by marks --------------------------


def test_outlet_line_over_day_between_marks() -> None:
    text = "\n".join(
        [
            "ОБЗОР ПУБЛИКАЦИЙ",
            "20–21 ноября 2025 г.",
            "",
            "ПРИМЕР-ВЕСТИ",
            "21.11.2025",
            "Область повысит цены на проезд",
            *FARES_RU,
            "■ ■ ■",
            "ОБРАЗЦОВЫЕ ВЕСТИ",
            "20.11.2025 · Город",
            "Совет одобрил новую велодорожку",
            *CYCLE_RU,
            "■ ■ ■",
        ]
    )
    arts = _items(text)
    assert [(a.title, a.published.day, a.section) for a in arts] == [
        ("Область повысит цены на проезд", 21, ""),
        ("Совет одобрил новую велодорожку", 20, "Город"),
    ]
    assert all(a.source and "■" not in a.body for a in arts)


# --- 5. a credit of outlet and day alone beside credits naming the minute or desk ---------


def test_dotted_credits_without_desk_or_minute() -> None:
    text = "\n".join(
        [
            "МОНИТОРИНГ СМИ",
            "12 ноября 2025 г.",
            "",
            "РИА Новости · 12.11.2025 09:47",
            "Совет одобрил новую велодорожку",
            *CYCLE_RU,
            "_" * 40,
            "«Пример-Вести» · 11.11.2025",
            "Область повысит цены на проезд",
            *FARES_RU,
        ]
    )
    arts = _items(text)
    assert [(a.title, a.section) for a in arts] == [
        ("Совет одобрил новую велодорожку", ""),
        ("Область повысит цены на проезд", ""),
    ]
    assert arts[1].published.day == 11


# --- 6. a source line naming a listed outlet in full, whose profile goes by a short name ---


def test_source_line_naming_the_listed_outlet_keeps_the_full_name() -> None:
    # the list files the paper as 'Frankfurter Allgemeine Zeitung', its profile as 'FAZ': a
    # clipping's own source line printing the list's name is filed under it
    from app.importers.profiles import load_profiles

    text = "\n".join(
        [
            "Quelle: Frankfurter Allgemeine Zeitung",
            "Datum: 10.11.2025",
            "Ressort: Wirtschaft",
            "Stadt erhöht die Buspreise",
            *FARES_DE,
        ]
    )
    items = document_items(text, Context(profiles=load_profiles()), "clip.docx")
    assert [i.article.source for i in items] == ["Frankfurter Allgemeine Zeitung"]
    # a credit in the profile's short name stays under it
    items = document_items(
        text.replace("Frankfurter Allgemeine Zeitung", "FAZ"),
        Context(profiles=load_profiles()),
        "clip.docx",
    )
    assert [i.article.source for i in items] == ["FAZ"]


def test_field_table_naming_an_outlets_edition_files_the_outlet() -> None:
    # 'POLITICO Europe' is the listed 'Politico' with its region; a paper listed as another
    # name's alias ('Plymouth Herald' under 'The Herald') is no edition and stays as printed
    from app.importers.outlets import edition_outlet_name

    assert edition_outlet_name("POLITICO Europe") == "Politico"
    assert edition_outlet_name("Plymouth Herald") == "Plymouth Herald"
    text = "\n".join(
        [
            "Outlet: POLITICO Europe",
            "Date: 17 November 2025",
            "Author: Jane Roe",
            "Council approves new cycle lane",
            *CYCLE_EN,
        ]
    )
    items = document_items(text, Context(profiles=()), "clip.pdf")
    assert [i.article.source for i in items] == ["Politico"]
