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
from .makers import (
    FARES_DE,
    FARES_EN,
    FARES_RU,
    article_of,
    articles_of,
    docx_with,
    pdf_with_layout,
    pdf_with_paragraphs,
)


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


# --- 3. a release's distribution rows under its heading ---------------------------------


def test_release_rows_give_issuer_day_and_headline() -> None:
    cases = [
        (
            [
                "THE EXAMPLE HIGH COURT OF NORTHLAND MEDIA SUMMARY – JUDGMENT DELIVERED",
                "FROM: The Registrar, Example High Court",
                "DATE: 11 December 2025",
                "STATUS: Immediate",
                "Please note that the media summary is for the benefit of the media and does "
                "not form part of the judgment.",
                "Roe v Example Council (Case no 12/2025) [2025] EXHC 4",
            ],
            "Example High Court of Northland",
            _EN,
        ),
        (
            [
                "Von: Pressestelle, Landgericht Beispielstadt",
                "Datum: 3. Dezember 2025",
                "Sperrfrist: keine",
                "Klage gegen neuen Radweg am Fluss abgewiesen",
            ],
            "Landgericht Beispielstadt",
            _DE,
        ),
        (
            [
                "EXAMPLE TRIBUNAL",
                "PRESS SUMMARY",
                "From: The Clerk, Example Tribunal",
                "Date: 11 December 2025",
                "Embargo: none",
                "Roe v Example Transport Authority",
            ],
            "Example Tribunal",
            _EN,
        ),
    ]
    for head, issuer, text in cases:
        art = articles_of("release.docx", docx_with([*head, *text], table=False))[0]
        assert art.title == head[-1], art.title
        assert art.source == issuer, art.source
        assert art.published is not None and art.published.day in (3, 11)
        assert art.dateline == ""
        assert art.body.startswith(text[0][:30]), art.body[:60]


def test_rows_without_a_status_or_embargo_are_left() -> None:
    from app.importers.compose import Hints
    from app.importers.docfront import _release_rows

    lines = ["From: Jane Roe", "Date: 3 December 2025", "Council backs cycle lane", *_EN]
    assert _release_rows(list(lines), Hints()) == lines


# --- 4. a judgment's numbered paragraphs, a hanging indent in a PDF ----------------------


def test_bracketed_paragraph_numbers_go_where_they_run_from_one() -> None:
    from app.importers.docfront import _without_paragraph_numbers

    paras = [f"[{n}] {p}" for n, p in enumerate([*_EN, *FARES_EN], start=1)]
    assert _without_paragraph_numbers(["Headline", *paras]) == ["Headline", *_EN, *FARES_EN]
    # a note list under a text keeps its numbers; so do numbers out of their count
    notes = ["Headline", *_EN, "[1] Figures for 2024.", "[2] Ibid.", "[3] Ibid."]
    assert _without_paragraph_numbers(list(notes)) == notes
    skipped = ["Headline", "[1] " + _EN[0], "[3] " + _EN[1], "[4] " + FARES_EN[0]]
    assert _without_paragraph_numbers(list(skipped)) == skipped


def test_hanging_numbered_paragraph_runs_on_in_a_pdf() -> None:
    import textwrap

    for mark in ("[1]", "1.", "(a)"):
        rows = textwrap.wrap(" ".join(FARES_EN), 80)
        placed = [(60.0, 800.0, 16, "Bus fares to rise in March")]
        y = 770.0
        for k, row in enumerate(rows):
            placed.append((60.0 if k == 0 else 84.0, y, 10, f"{mark} {row}" if k == 0 else row))
            y -= 12
        placed.append((60.0, y - 10, 10, " ".join(_EN)[:90]))
        art = articles_of("ruling.pdf", pdf_with_layout([placed]))[0]
        first = art.lead or art.body.split("\n\n")[0]
        assert first.endswith(FARES_EN[-1][-30:]), (mark, first[-60:])


# --- 5. an end mark set between tildes or stars ------------------------------------------


def test_end_mark_between_tildes_or_stars_ends_the_text() -> None:
    from app.importers.docfront import _before_end_mark

    for mark in ("~~~~ends~~~~", "*** ENDS ***", "== Ends =="):
        lines = [*FARES_EN, mark, "Example Court · Media Summary"]
        assert _before_end_mark(lines) == list(FARES_EN), mark
    assert _before_end_mark([*FARES_EN, "~~~~", "Notes"]) == [*FARES_EN, "~~~~", "Notes"]


# --- 6. a caption signed in capitals by photographer and paper ---------------------------


def test_caption_signed_in_capitals_is_a_caption() -> None:
    from app.importers.boilerplate import is_caption

    for line in (
        "The old bridge over the river has been closed since 2019. JANE ROE — THE EXAMPLE EAGLE",
        "Der neue Radweg am Fluss am Montag. ANNA MUSTER | BEISPIEL ZEITUNG",
        "Новая велодорожка у реки в понедельник. ИВАН ПЕТРОВ — «ПРИМЕР»",
    ):
        assert is_caption(line), line
    for line in (
        "He said the deal was done. THE END",
        "The mayor spoke to reporters after the vote on Monday. NATO — THE ALLIANCE",
        _EN[0],
    ):
        assert not is_caption(line), line


def test_signed_caption_no_longer_hides_the_dateline() -> None:
    text = (
        "Council backs river cycle lane",
        "By Jane Roe, The Example Eagle",
        "Dec 8, 2025",
        "The river path near the old mill on Monday. JOHN DOE — THE EXAMPLE EAGLE",
        "NORTHVILLE — " + _EN[0],
        _EN[1],
    )
    art = articles_of("page.docx", docx_with(list(text), table=False))[0]
    assert art.dateline == "Northville"
    assert "JOHN DOE" not in art.body


# --- 7. a newspaper page's running head: rubric beside 'Paper | day' ---------------------


def test_rubric_beside_dated_masthead_is_the_section() -> None:
    cases = [
        ("Stadt & Land", "Beispieler Zeitung  |  Samstag, 6. Dezember 2025", "NORDHEIM", _DE),
        ("Local News", "The Example Courier  |  Saturday, December 6, 2025", "NORTHVILLE", _EN),
        ("Region", "Musterstadter Bote · 06.12.2025", "SUEDHEIM", _DE),
    ]
    for rubric, masthead, kicker, text in cases:
        data = pdf_with_paragraphs(
            list(text) * 3,
            head=[
                (40.0, 812.0, 8, rubric),
                (330.0, 812.0, 8, masthead),
                (40.0, 785.0, 9, kicker),
                (40.0, 760.0, 20, "Council backs river cycle lane"),
            ],
            top=730.0,
        )
        art = articles_of("page.pdf", data)[0]
        assert art.section == rubric, (rubric, art.section)


def test_two_undated_head_cells_give_no_desk() -> None:
    from app.importers.pdflayout import Line, head_desk

    page = [
        Line("Annual Report", 40, 120, 812, 8, 0),
        Line("Example Trust", 330, 420, 812, 8, 0),
        Line("Council backs river cycle lane", 40, 400, 760, 20, 1),
        Line(_EN[0][:80], 40, 500, 730, 10, 2),
    ]
    assert head_desk(page) == ""
    # a whole folio beside a label ('Paper · Desk · day · Seite 5' | 'E-Paper'): no desk here
    page[0] = Line(
        "Beispieler Zeitung · Lokales · Donnerstag, 4. Dezember 2025 · Seite 5", 40, 300, 812, 8, 0
    )
    page[1] = Line("E-Paper", 330, 420, 812, 8, 0)
    assert head_desk(page) == ""


# --- 8. the masthead's name set again under the text -------------------------------------


def test_masthead_name_under_text_is_no_signature() -> None:
    cases = [
        ("Portal.example  |  Example People", "Example People", "Jane Roe", _EN),
        ("Beispiel.de | Nordheimer Bote", "Nordheimer Bote", "Anna Muster", _DE),
        ("Пример.ру | Северный вестник", "Северный вестник", "Анна Петрова", _RU),
    ]
    for masthead, name, writer, text in cases:
        art = article_of(
            _lines(masthead, "Council backs river cycle lane", writer, "Tue 2 Dec 2025 at 17:30")
            + _lines(*text, name, "Sign up to our newsletter.")
        )
        assert art.author == writer, (name, art.author)


def test_writer_signing_under_text_is_still_the_author() -> None:
    art = article_of(
        _lines("Portal.example  |  Example People", "Council backs river cycle lane", *_EN)
        + _lines("Jane Roe")
    )
    assert art.author == "Jane Roe"


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_numbered_headlines_over_credits_in_other_shapes() -> None:
    clips = [
        ("Council backs river cycle lane", "Example Gazette", _EN),
        ("Bus fares to rise in March", "Sample Herald", FARES_EN),
    ]
    for shape in ("{o} | {d}", "{o} · {d}", "({o}, {d})", "{o}, {d}, 14:20"):
        lines = ["Media digest", "Week 49"]
        for n, (head, outlet, text) in enumerate(clips, start=1):
            lines += [f"{n}. {head}", shape.format(o=outlet, d="5 December 2025"), *text]
        arts = articles_of("digest.docx", docx_with(lines, table=False))
        assert [a.title for a in arts] == [h for h, _, _ in clips], (shape, [a.title for a in arts])
        assert [a.source for a in arts] == [o for _, o, _ in clips], shape
        assert all(clips[1][1] not in a.body for a in arts), shape


def test_one_clipping_row_with_its_text_under_column_names() -> None:
    cases = [
        (["Medium", "Datum", "Überschrift", "Text"], "Beispiel Anzeiger", "04.12.2025", _DE),
        (["Outlet", "Date", "Headline", "Story"], "Example Gazette", "4 December 2025", _EN),
        (["СМИ", "Дата", "Заголовок", "Текст"], "Пример-Инфо", "04.12.2025", _RU),
    ]
    for names, outlet, day, text in cases:
        rows = [names, [outlet, day, "Council backs river cycle lane", "\n".join(text)]]
        art = articles_of("clip.docx", _docx_table(["Pressespiegel Verkehr"], rows))[0]
        assert art.title == "Council backs river cycle lane", art.title
        assert art.source == _LATIN.get(outlet, outlet)
        assert art.body.startswith(text[0][:30]), art.body[:60]
