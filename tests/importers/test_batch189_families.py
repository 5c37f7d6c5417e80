"""Documents (blind batch 189): a press review kept as a table, one clipping a row under
the column names; a review whose numbered headlines carry the outlet and day right under
them. Each family with look-alikes that must keep their reading."""

from __future__ import annotations

import io

from app.importers.office import _column_fields
from app.importers.review import _comma_credit

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import FARES_DE, FARES_EN, FARES_RU, articles_of, docx_with


def _docx_table(cover: list[str], rows: list[list[str]]) -> bytes:
    from docx import Document

    doc = Document()
    for line in cover:
        doc.add_paragraph(line)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("Nur zur internen Verwendung.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


_LATIN = {
    "Пример-Инфо": "Primer-Info",
    "Образцовые вести": "Obraztsovye Vesti",
}


# --- 1. a review as a table: one clipping a row under the column names -------------------


def test_review_table_rows_are_clippings() -> None:
    cases = [
        (
            ["Medium", "Datum", "Überschrift", "Text"],
            [
                ("Beispiel Anzeiger", "04.12.2025", "Stadt baut neuen Radweg am Fluss", _DE),
                ("Musterstädter Bote", "05.12.2025", "Busse fahren teurer ab März", FARES_DE),
            ],
        ),
        (
            ["Outlet", "Date", "Headline", "Story"],
            [
                ("Example Gazette", "4 December 2025", "Council backs river cycle lane", _EN),
                ("Sample Herald", "5 December 2025", "Bus fares to rise in March", FARES_EN),
            ],
        ),
        (
            ["СМИ", "Дата", "Заголовок", "Текст"],
            [
                ("Пример-Инфо", "04.12.2025", "Совет одобрил велодорожку у реки", _RU),
                ("Образцовые вести", "05.12.2025", "Проезд в автобусах подорожает", FARES_RU),
            ],
        ),
    ]
    for names, clips in cases:
        rows = [names, *[[o, d, h, "\n".join(text)] for o, d, h, text in clips]]
        arts = articles_of("review.docx", _docx_table(["Pressespiegel Verkehr"], rows))
        assert [a.title for a in arts] == [h for _, _, h, _ in clips], [a.title for a in arts]
        # a Cyrillic outlet's name in Latin script, as the product names media
        assert [a.source for a in arts] == [_LATIN.get(o, o) for o, _, _, _ in clips]
        assert arts[1].published.day == 5
        for art, (_, _, _, text) in zip(arts, clips, strict=True):
            assert art.body.startswith(text[0][:30]), art.body[:60]
            assert clips[1][0] not in art.body or art is arts[1]


def test_one_row_under_column_names_stays_a_field_line() -> None:
    rows = ["Medium | Datum | Ressort", "Beispiel Anzeiger | 04.12.2025 | Lokales"]
    assert _column_fields(rows) == [
        "Medium: Beispiel Anzeiger | Datum: 04.12.2025 | Ressort: Lokales"
    ]


def test_table_of_short_dated_rows_is_no_review() -> None:
    # a schedule's rows (no cell is a text): no clippings, the first row read as before
    rows = [
        "Ort | Datum | Thema",
        "Rathaus | 04.12.2025 | Bürgerversammlung zum Radweg",
        "Stadthalle | 05.12.2025 | Haushaltsdebatte",
    ]
    assert _column_fields(list(rows)) == [
        "Ort: Rathaus | Datum: 04.12.2025 | Thema: Bürgerversammlung zum Radweg",
        "Stadthalle | 05.12.2025 | Haushaltsdebatte",
    ]


# --- 2. numbered headlines with the outlet and day under each ----------------------------


def _counted(cover: list[str], clips: list[tuple[str, str, tuple[str, ...]]]) -> bytes:
    lines = list(cover)
    for n, (head, credit, text) in enumerate(clips, start=1):
        lines += [f"{n}. {head}", credit, *text]
    return docx_with(lines, table=False)


def test_numbered_headlines_over_bare_credits_split() -> None:
    cases = [
        (
            ["Обзор СМИ", "за 8–9 декабря 2025 года", "Подготовлено пресс-службой ведомства"],
            [
                ("Совет одобрил велодорожку у реки", "Пример-Инфо, 08.12.2025", _RU),
                ("Проезд в автобусах подорожает", "News24.example, 09.12.2025", FARES_RU),
                ("Новые автобусы выйдут на линию", "Образцовые вести, 09.12.2025", _RU),
            ],
        ),
        (
            ["Media digest", "Week 49"],
            [
                ("Council backs river cycle lane", "Example Gazette, 4 December 2025", _EN),
                ("Bus fares to rise in March", "Sample Herald, 5 December 2025", FARES_EN),
            ],
        ),
        (
            ["Pressespiegel", "Ausgabe 5. Dezember 2025"],
            [
                ("Stadt baut neuen Radweg am Fluss", "Beispiel Anzeiger, 04.12.2025", _DE),
                ("Busse fahren teurer ab März", "Radio7 Musterstadt, 05.12.2025", FARES_DE),
            ],
        ),
    ]
    for cover, clips in cases:
        arts = articles_of("digest.docx", _counted(cover, clips))
        assert [a.title for a in arts] == [h for h, _, _ in clips], [a.title for a in arts]
        outlets = [c.split(",")[0] for _, c, _ in clips]
        assert [a.source for a in arts] == [_LATIN.get(o, o) for o in outlets]
        for art, (_, credit, text) in zip(arts, clips, strict=True):
            assert art.body.startswith(text[0][:30]), art.body[:60]
            assert credit not in art.body


def test_numbered_list_without_credits_stays_one_article() -> None:
    text = docx_with(
        [
            "Council backs river cycle lane",
            *_EN,
            "1. Residents asked for a crossing near the school",
            "The council said it would look at the request before the works begin next spring.",
            "2. Shop owners want loading bays kept",
            "Traders on the high street said deliveries must still reach their doors every day.",
        ],
        table=False,
    )
    arts = articles_of("clip.docx", text)
    assert len(arts) == 1
    assert arts[0].title == "Council backs river cycle lane"


def test_comma_credit_takes_figures_inside_a_name_only() -> None:
    assert _comma_credit("Example2050.kz, 09.12.2025") == "Example2050.kz"
    assert _comma_credit("Radio7, 1.12.2025") == "Radio7"
    assert _comma_credit("12 Main Street, 24.11.2025") == ""
    assert _comma_credit("Berlin 3, 24.11.2025") == ""
