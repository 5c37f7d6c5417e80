"""Blind batch 194's families on documents: a review's clippings divided by separator marks,
each under its credit of outlet and day with the page, desk or minute after it, are one
article each (the last one ends at its mark, the review's list of broadcasts under it is
the review's own) and keep the byline under the headline, not the outlet's name over it; a
labelled source line's plain name after the page is the desk; a review's compiler line
closes it; an archive's printout stamp ('Printed 27/11/2025 09:14') is the reader's day and
its record row ('Words: 421 · Document ID: …') no text; a byline's name in capitals with its
role run on after it, or alone over its role line, is the author's name; a letterhead's
short name in brackets under the full name is the issuer's, also when the running
letterhead was lost; a handling mark in a page's rubric slot is no desk."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate

from .makers import articles_of, docx_with, odt_with, pdf_with_layout, pdf_with_text

_EN = (
    "The regional government will raise bus fares by six per cent from the first of March, "
    "the transport minister confirmed in parliament on Tuesday afternoon, after weeks of talks.",
    "Commuters travelling into the capital every day face an increase of roughly two hundred "
    "pounds a year, according to figures published by the ministry on its website this week.",
    "Passenger groups said the rise came after a year of cancellations and delays on most "
    "routes, and urged the minister to freeze fares until services improve across the region.",
)
_DE = (
    "Die Landesregierung erhöht die Preise für Busfahrten im kommenden März um sechs Prozent, "
    "wie der Verkehrsminister am Dienstag im Landtag nach wochenlangen Beratungen bestätigte.",
    "Pendler, die täglich in die Hauptstadt fahren, müssen mit Mehrkosten von rund zweihundert "
    "Euro im Jahr rechnen, wie aus Zahlen hervorgeht, die das Ministerium veröffentlicht hat.",
)
_RU = (
    "Правительство области повысит стоимость проезда в автобусах на шесть процентов с первого "
    "марта, сообщил во вторник министр транспорта на заседании регионального парламента.",
    "Пассажиры, которые ежедневно ездят в столицу, будут платить примерно на две тысячи "
    "рублей в год больше, следует из данных министерства, опубликованных на этой неделе.",
)


def _docx(lines: list[str]) -> list:
    return articles_of("review.docx", docx_with(lines, table=False))


# --- a review's clippings divided by separator marks -------------------------------------


def test_marked_clippings_under_credits_with_page_and_desk_are_one_article_each() -> None:
    arts = _docx(
        [
            "Northfield Institute in the news",
            "Weekly coverage summary · 8–14 December 2025",
            "Compiled by the press office for staff.",
            "The Northern Ledger, 9 December 2025, 14:05 GMT",
            "Ministers split over regional bus fares",
            *_EN[:2],
            "________________________________",
            "Evening Courier, 10 December 2025, p. 12 (Comment)",
            "Why the fare rise is the wrong answer",
            "By Harriet Cole",
            *_EN[1:],
            "________________________________",
            "EXAMPLE Europe, 12 December 2025, 07:30 CET",
            "Fares row reaches the regional assembly",
            "By Marta Olsen",
            *_EN[::2],
            "________________________________",
            "Broadcast",
            "Radio North, Morning Show, 11 December: Jane Doe on the fare rise (live, 07:40)",
            "City FM, 12 December: John Roe on commuter costs",
        ]
    )
    assert [a.title for a in arts] == [
        "Ministers split over regional bus fares",
        "Why the fare rise is the wrong answer",
        "Fares row reaches the regional assembly",
    ]
    assert [a.source for a in arts] == ["The Northern Ledger", "Evening Courier", "EXAMPLE Europe"]
    assert [a.published.date() for a in arts] == [datetime(2025, 12, d).date() for d in (9, 10, 12)]
    # the byline under the headline, not the outlet's name in the credit over it
    assert [a.author for a in arts] == ["", "Harriet Cole", "Marta Olsen"]
    assert arts[-1].body.startswith("The regional government")
    assert "Radio North" not in arts[-1].body and "Broadcast" not in arts[-1].body


def test_marked_clippings_under_russian_credits_with_issue_and_page() -> None:
    arts = _docx(
        [
            "ОБЗОР ПРЕССЫ",
            "12 декабря 2025 г.",
            "Вечерний вестник, 12.12.2025, № 88 (4410), стр. 3 – Город",
            "Проезд в автобусах подорожает",
            "Анна Лебедева",
            *_RU,
            "* * *",
            "Северная звезда, 11.12.2025, 18:20",
            "Тарифы вырастут с марта",
            *_RU[::-1],
        ]
    )
    assert len(arts) == 2
    assert arts[1].title == "Тарифы вырастут с марта"
    assert arts[1].published == datetime(2025, 12, 11, 18, 20)
    assert arts[0].author == "Анна Лебедева"


def test_a_mark_inside_the_last_clipping_with_text_under_it_stays() -> None:
    arts = _docx(
        [
            "The Northern Ledger, 9 December 2025",
            "Ministers split over regional bus fares",
            *_EN[:2],
            "* * *",
            "Evening Courier, 10 December 2025, p. 12",
            "Why the fare rise is the wrong answer",
            _EN[0],
            "* * *",
            _EN[2] + " " + _EN[1],
        ]
    )
    assert len(arts) == 2
    assert "Passenger groups said" in arts[1].body


def test_one_credit_over_marked_sections_of_one_text_is_no_review() -> None:
    arts = _docx(
        [
            "The Northern Ledger, 9 December 2025",
            "Ministers split over regional bus fares",
            *_EN[:2],
            "* * *",
            _EN[2],
        ]
    )
    assert len(arts) == 1


# --- a review's source lines and sign-off ------------------------------------------------


def test_plain_desk_after_the_page_of_a_labelled_source_line() -> None:
    arts = _docx(
        [
            "Pressespiegel KW 50",
            "Busfahrten werden teurer",
            "Quelle: Nordheimer Anzeiger, 10.12.2025, S. 21, Nordheim-Land",
            *_DE,
            "Landtag streitet über Tarife",
            "Quelle: Westdorfer Bote, 11.12.2025, Seite 4, Jana Beispiel",
            *_DE[::-1],
        ]
    )
    assert [a.section for a in arts] == ["Nordheim-Land", ""]


def test_compiler_line_under_the_last_clipping_closes_the_review() -> None:
    arts = _docx(
        [
            "Nordheimer Anzeiger | 10.12.2025 | Seite 3 | Region",
            "Busfahrten werden teurer",
            *_DE,
            "* * *",
            "Westdorfer Bote | 11.12.2025 | Seite 5 | Kreis",
            "Landtag streitet über Tarife",
            *_DE[::-1],
            "Zusammenstellung: Pressestelle Verkehrsverbund Nord. Alle Rechte bei den Verlagen.",
        ]
    )
    assert len(arts) == 2
    assert "Zusammenstellung" not in arts[1].body


# --- an archive's printout and record rows -----------------------------------------------


def test_archive_printout_stamp_is_not_the_article_day() -> None:
    arts = articles_of(
        "record.pdf",
        pdf_with_text(
            [
                "Example Press Archive · Regional Papers · Printed 12/12/2025 16:02",
                "Ministers split over regional bus fares",
                "The Northern Ledger, 9 December 2025",
                *_EN,
                "Words: 388 · Document ID: NL-20251209-004-0012 · Edition: North",
            ]
        ),
    )
    art = arts[0]
    assert art.published is None or art.published.date() != datetime(2025, 12, 12).date()
    assert "Printed" not in art.body and art.author != "Example Press Archive"


def test_record_row_of_count_id_and_edition_is_no_text() -> None:
    assert is_boilerplate("Words: 388 · Document ID: NL-20251209-004-0012 · Edition: North")
    assert is_boilerplate("Wörter: 512 · Dokument-ID: WB-4471 · Ausgabe: Kreis Süd")
    assert not is_boilerplate("Words: the minister chose hers carefully, and so did we all.")


# --- a byline in capitals with its role ---------------------------------------------------


def test_nexis_byline_field_in_capitals_with_its_role_run_on() -> None:
    arts = _docx(
        [
            "Ministers split over regional bus fares",
            "The Northern Ledger",
            "December 9, 2025 Tuesday",
            "Section: NEWS; Pg. 4",
            "Length: 388 words",
            "Byline: HARRIET COLE Transport correspondent",
            "Body",
            *_EN,
            "Load-Date: December 9, 2025",
            "End of Document",
        ]
    )
    assert arts[0].author == "Harriet Cole"


def test_name_in_capitals_alone_over_its_role_line_is_the_byline() -> None:
    arts = _docx(
        [
            "Ministers split over regional bus fares",
            "HARRIET COLE",
            "Transport reporter",
            *_EN,
        ]
    )
    assert arts[0].author == "Harriet Cole"
    assert arts[0].body.startswith("The regional government")


# --- a letterhead's short name in brackets -----------------------------------------------


def _letterhead_page(first: bool) -> list[tuple[float, float, float, str]]:
    head = [
        (60.0, 800.0, 12, "MINISTERIUM FÜR VERKEHR UND BAU"),
        (60.0, 786.0, 12, "DES LANDES NORDHEIM"),
        (60.0, 772.0, 10, "(Verkehrsministerium Nordheim)"),
        (60.0, 758.0, 8, "Hafenstraße 4, 12345 Nordstadt · www.vm.nordheim.example"),
    ]
    foot = [(60.0, 40.0, 8, "Pressestelle · presse@vm.nordheim.example · Seite")]
    if not first:
        return [*head, (60.0, 700.0, 10, "Über das Ministerium"), *foot]
    body = [
        (60.0, 720.0, 12, "PRESSEMITTEILUNG"),
        (60.0, 700.0, 10, "10. Dezember 2025"),
        (60.0, 680.0, 14, "Busfahrten werden ab März teurer"),
    ]
    y = 650.0
    for text in _DE:
        for k in range(0, len(text), 90):
            body.append((60.0, y, 10, text[k : k + 90]))
            y -= 12
        y -= 8
    return [*head, *body, *foot]


def test_bracketed_short_name_under_a_lost_running_letterhead_is_the_issuer() -> None:
    data = pdf_with_layout([_letterhead_page(True), _letterhead_page(False)])
    art = articles_of("release.pdf", data)[0]
    assert art.source == "Verkehrsministerium Nordheim"


def test_bracketed_short_name_under_a_wrapped_letterhead_name_is_the_issuer() -> None:
    arts = _docx(
        [
            "МИНИСТЕРСТВО ТРАНСПОРТА",
            "СЕВЕРНОЙ ОБЛАСТИ",
            "(Минтранс Северной области)",
            "ул. Портовая, д. 4, г. Северск, 123456",
            "ПРЕСС-РЕЛИЗ",
            "12 декабря 2025 г.",
            "Проезд в автобусах подорожает с марта",
            *_RU,
        ]
    )
    assert arts[0].source == "Минтранс Северной области"


# --- a handling mark in the rubric's slot ------------------------------------------------


def test_handling_marks_are_no_text_and_no_desk() -> None:
    for mark in ("Nur zur internen Verwendung", "VS – Nur für den Dienstgebrauch"):
        assert is_boilerplate(mark)
    head = [
        (60.0, 810.0, 8, "Verkehrsverbund Nord · 10. Dezember 2025"),
        (400.0, 810.0, 8, "Nur für den Dienstgebrauch"),
        (60.0, 770.0, 14, "Busfahrten werden ab März teurer"),
    ]
    rows = [(60.0, 740.0 - 14 * k, 10, _DE[0][k * 80 : k * 80 + 80]) for k in range(3)]
    page = [*head, *rows, (60.0, 40.0, 8, "Seite 1")]
    art = articles_of("page.pdf", pdf_with_layout([page, [*head[:2], (60, 700, 10, _DE[1])]]))[0]
    assert art.section == ""


def test_marked_clipping_credited_to_a_known_outlets_edition_files_under_its_name() -> None:
    arts = _docx(
        [
            "Medienspiegel Verkehr · 10. Dezember 2025",
            "SRF News, 10.12.2025, 07:30",
            "Busfahrten werden ab März teurer",
            *_DE,
            "* * *",
            "Westdorfer Bote, 11.12.2025, S. 5 – Region",
            "Landtag streitet über Tarife",
            *_DE[::-1],
        ]
    )
    assert [a.source for a in arts][:1] == ["SRF"]


def test_marked_clippings_credited_with_and_without_a_page_are_all_read() -> None:
    arts = _docx(
        [
            "Westdorfer Bote, 11.12.2025, S. 5 (Region)",
            "Landtag streitet über Tarife",
            *_DE,
            "* * *",
            "Nordagentur, 10.12.2025, 18:42",
            "Busfahrten werden ab März teurer",
            *_DE[::-1],
            "* * *",
            "Nordheimer Anzeiger, 12.12.2025, S. 21 (Kreis)",
            "Pendler rechnen mit Mehrkosten",
            *_DE,
        ]
    )
    assert [a.title for a in arts] == [
        "Landtag streitet über Tarife",
        "Busfahrten werden ab März teurer",
        "Pendler rechnen mit Mehrkosten",
    ]
    assert arts[1].published == datetime(2025, 12, 10, 18, 42)


def test_a_saved_copys_stamp_is_no_clippings_credit() -> None:
    arts = articles_of(
        "record.odt",
        odt_with(
            [
                "Документ 1 из 1 · Сохранено 12.12.2025 10:41",
                "Вечерний вестник, 11.12.2025, с. 5 (Город)",
                "Проезд в автобусах подорожает с марта",
                *_RU,
            ]
        ),
    )
    assert len(arts) == 1
    assert arts[0].published == datetime(2025, 12, 11)


def test_local_desks_town_in_capitals_opening_the_text_is_its_dateline() -> None:
    arts = _docx(
        [
            "Pressespiegel KW 50",
            "Busfahrten werden teurer",
            "Quelle: Rheinufer Post, 10.12.2025, S. C2, Nordstadt",
            "NORDSTADT " + _DE[0],
            _DE[1],
            "Landtag streitet über Tarife",
            "Quelle: Westdorfer Bote, 11.12.2025, Seite 4, Kreis",
            "ADAC " + _DE[1],
            _DE[0],
        ]
    )
    assert [a.dateline for a in arts] == ["Nordstadt", ""]
    assert arts[0].body.startswith("NORDSTADT Die Landesregierung")


def test_credit_with_running_issue_number_or_issue_before_the_day() -> None:
    for credit in (
        "Вечерний вестник, № 88 (4410), 11.12.2025, с. 5",
        "Вечерний вестник, 11.12.2025, № 88 (4410), стр. 5",
    ):
        data = odt_with([credit, "Проезд в автобусах подорожает", *_RU])
        art = articles_of("record.odt", data)[0]
        assert art.title == "Проезд в автобусах подорожает", credit
        assert art.published == datetime(2025, 12, 11)
    lines = ["The Northern Ledger, 9 December 2025, No. 41,207, p. 4", "Fares row", *_EN]
    art = articles_of("record.docx", docx_with(lines, table=False))[0]
    assert (art.title, art.published) == ("Fares row", datetime(2025, 12, 9))
