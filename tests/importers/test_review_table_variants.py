"""A press review kept as a Word table, one clipping a row: whatever the header's names
and their order ('Datum | Medium | Überschrift | Text', 'Quelle | Titel | Datum | Inhalt',
'Date | Outlet | Headline | Text', Russian names) or no header row at all, each row gives
one article with its day, its outlet as the source, its headline and its text."""

from __future__ import annotations

import io

from .makers import CYCLE_DE, CYCLE_EN, CYCLE_RU, FARES_DE, FARES_EN, FARES_RU, articles_of

# (day, outlet, headline, text) a row
_DE = [
    ("24.11.2026", "Musterstädter Anzeiger", "Stadtrat beschließt Radweg am Fluss", CYCLE_DE[0]),
    ("25.11.2026", "Beispielhausener Rundschau", "Busfahren wird im März teurer", FARES_DE[0]),
    ("26.11.2026", "Nordkurier Online", "Pendler zahlen mehr für die Fahrt", FARES_DE[1]),
]
_EN = [
    ("24 November 2026", "Example Gazette", "Council approves riverside cycle lane", CYCLE_EN[0]),
    ("25 November 2026", "The Northern Courier", "Bus fares to rise in March", FARES_EN[0]),
]
_RU = [
    ("24.11.2026", "Городские вести", "Совет одобрил велодорожку у реки", CYCLE_RU[0]),
    ("25.11.2026", "Вечерний курьер", "Проезд в автобусах подорожает", FARES_RU[0]),
]


def _docx(rows: list[list[str]], cover: tuple[str, ...] = ()) -> bytes:
    from docx import Document

    doc = Document()
    for line in cover:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _check(arts: list, clips: list[tuple[str, str, str, str]]) -> None:
    assert [a.title for a in arts] == [h for _, _, h, _ in clips], [a.title for a in arts]
    for art, (day, _, _, text) in zip(arts, clips, strict=True):
        assert art.published is not None and art.published.day == int(day[:2]), art.published
        assert art.body.startswith(text[:40]), art.body[:60]
        assert day not in art.body and art.title not in art.body


def test_header_in_any_order_names_each_row_s_fields() -> None:
    cases = [
        (["Datum", "Medium", "Überschrift", "Text"], [0, 1, 2, 3], _DE),
        (["Quelle", "Titel", "Datum", "Inhalt"], [1, 2, 0, 3], _DE),
        (["Erschienen am", "Zeitung", "Schlagzeile", "Volltext"], [0, 1, 2, 3], _DE),
        (["Date", "Outlet", "Headline", "Text"], [0, 1, 2, 3], _EN),
        (["Headline", "Publication", "Published", "Summary"], [2, 1, 0, 3], _EN),
    ]
    for header, order, clips in cases:
        rows = [header, *[[clip[k] for k in order] for clip in clips]]
        arts = articles_of("review.docx", _docx(rows, ("Pressespiegel 27.11.2026",)))
        _check(arts, clips)
        assert [a.source for a in arts] == [o for _, o, _, _ in clips], header


def test_rows_without_a_header_are_read_from_their_cells() -> None:
    for clips in (_DE, _EN):
        rows = [list(clip) for clip in clips]
        arts = articles_of("review.docx", _docx(rows))
        _check(arts, clips)
        assert [a.source for a in arts] == [o for _, o, _, _ in clips]


def test_russian_review_table_gives_a_clipping_a_row() -> None:
    rows = [["Дата", "СМИ", "Заголовок", "Текст"], *[list(clip) for clip in _RU]]
    arts = articles_of("obzor.docx", _docx(rows))
    _check(arts, _RU)
    assert all(a.source for a in arts)


def test_extra_columns_stay_out_of_the_text() -> None:
    rows = [
        ["Nr.", "Datum", "Medium", "Ressort", "Überschrift", "Text"],
        *[[str(n + 1), d, o, "Lokales", h, t] for n, (d, o, h, t) in enumerate(_DE)],
    ]
    arts = articles_of("review.docx", _docx(rows))
    _check(arts, _DE)
    assert [a.section for a in arts] == ["Lokales"] * 3


def test_tables_that_are_no_review_are_left_to_the_text_reader() -> None:
    from app.importers.reviewtable import review_table

    schedule = [
        "Ort | Datum | Thema",
        "Rathaus | 04.12.2026 | Bürgerversammlung zum Radweg",
        "Stadthalle | 05.12.2026 | Haushaltsdebatte",
    ]
    glossary = [f"Begriff {n} | Erklärung | {CYCLE_DE[n]}" for n in range(2)]  # no day
    one_row = ["Datum | Medium | Überschrift | Text", " | ".join(_DE[0])]
    for lines in (schedule, glossary, one_row):
        assert review_table(lines) is None, lines


def _docx_cells(rows: list[list[list[str]]]) -> bytes:
    """A Word table whose cells hold paragraphs of their own (an outlet over its page and
    desk, a byline over the text)."""
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, paragraphs in zip(table.add_row().cells, row, strict=True):
            cell.text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_outlet_cell_s_page_desk_and_time_and_the_text_cell_s_byline() -> None:
    rows = [
        [["Datum"], ["Medium"], ["Überschrift"], ["Text"]],
        [["24.11.2026"], ["Musterstädter Anzeiger", "S. 17 · Wirtschaft"],
         [_DE[0][2]], ["Von Anna Berger", CYCLE_DE[0], CYCLE_DE[1]]],
        [["25.11.2026"], ["Beispiel Online", "online · 25.11.2026, 17:45 Uhr · Verkehr"],
         [_DE[1][2]], [FARES_DE[0]]],
    ]  # fmt: skip
    arts = articles_of("review.docx", _docx_cells(rows))
    assert [a.source for a in arts] == ["Musterstädter Anzeiger", "Beispiel Online"]
    assert [a.section for a in arts] == ["Wirtschaft", "Verkehr"]
    assert arts[0].author == "Anna Berger" and arts[0].body.startswith(CYCLE_DE[0][:40])
    assert CYCLE_DE[1][:40] in arts[0].body and "S. 17" not in arts[0].body
    assert (arts[1].published.day, arts[1].published.hour) == (25, 17)
