"""A press review whose cover holds its table of contents read down a table (entries wrapped
over two lines with the outlet between, number cells, column heads), or whose clippings
stand under their headline with the source line under it, still splits into its clippings;
the issuer's own remark ("Embassy comment: …") is the note; the review's closing contact
and next-issue line is no text; an agency "via" the site that carried it is the source."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.compose import Hints
from app.importers.docfront import document_front
from app.importers.review import _without_comments, clippings

_RU = [
    "Пассажиропоток в аэропорту вырос на восемь процентов за месяц, сообщили в компании.",
    "Рост обеспечили международные направления, прежде всего рейсы в Турцию и ОАЭ.",
]
_DE = [
    "Die Stadtwerke stellen bis 2030 alle Busse auf Batterie um, teilte das Unternehmen mit.",
    "Dafür werden rund 120 neue Fahrzeuge beschafft und zwei Betriebshöfe umgebaut.",
]
_EN = [
    "The port authority said on Tuesday that container volumes rose by a tenth this year.",
    "Most of the growth came from new feeder services to the Baltic and Scandinavia.",
]


def test_a_table_of_contents_read_down_a_table_is_no_cover_text() -> None:
    text = "\n".join(
        [
            "ОБЗОР ПРЕССЫ",
            "Материалы о компании за 24 ноября 2025 г.",
            "Содержание",
            "№",
            "Заголовок",
            "Источник",
            "1",
            "Пассажиропоток аэропорта за октябрь Пример.kz вырос на восемь процентов",
            "2",
            "Авиакомпания получит два новых",
            "Пример-Инфо самолета в декабре",
            "Источник: Пример.kz | 24.11.2025, 10:20 | Рубрика: Экономика",
            "Пассажиропоток аэропорта за октябрь вырос на восемь процентов",
            *_RU,
            "Источник: Пример-Инфо | 24.11.2025, 12:05",
            "Авиакомпания получит два новых самолета в декабре",
            *_RU,
        ]
    )
    parts = clippings(text)
    assert len(parts) == 2
    assert parts[1].startswith("Источник: Пример-Инфо")


def test_headlines_over_their_source_lines_split_under_a_headline_list() -> None:
    for head1, head2, label, body in (
        ("Stadtwerke stellen Busflotte bis 2030 um", "Hafen meldet Rekord bei Containern",
         "Quelle", _DE),
        ("Port posts record container volumes this year", "Airline orders two new jets for routes",
         "Source", _EN),
    ):  # fmt: skip
        text = "\n".join(
            [
                "Media summary",
                "Thursday 20 November 2025 · Prepared by the press team",
                "Headlines",
                f"1. {head1} (Example Post)",
                f"2. {head2} (Beispielblatt)",
                head1,
                f"{label}: Example Post | 19 November 2025",
                *body,
                head2,
                f"{label}: Beispielblatt | 20 November 2025 | Section: Business",
                *body,
            ]
        )
        parts = clippings(text)
        assert [p.split("\n", 1)[0] for p in parts] == [head1, head2]


def test_a_long_article_with_figure_sources_stays_one_text() -> None:
    text = "\n".join(
        [
            "Exports rise again",
            *_EN,
            *_EN,
            *_EN,
            *_EN,
            "Source: Eurostat, 24.11.2025",
            "Table 1",
            *_EN,
            "Source: Destatis, 20.11.2025",
            "Table 2",
            *_EN,
        ]
    )
    assert len(clippings(text)) == 1


def test_the_issuers_own_comment_is_a_note() -> None:
    for line in (
        "Embassy comment: UK firms have shown interest; colleagues informed.",
        "Desk comment: follow up with the ministry next week.",
        "Комментарий пресс-службы: компания готовит ответ.",
    ):
        kept, notes = _without_comments(f"Headline\n{line}\nText.")
        assert notes == line and line not in kept
    kept, notes = _without_comments("The comment: he said nothing more.")
    assert notes == ""


def test_a_reviews_contact_and_next_issue_line_is_boilerplate() -> None:
    for line in (
        "Contact: press.office@embassy.example · Next summary: Friday 21 November 2025",
        "Kontakt: presse@kammer.example",
        "Nächste Ausgabe: Montag, 24. November 2025",
        "Следующий обзор: 26 ноября",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Contact with the council was lost on Monday, the mayor said.",
        "Next summer the port will open a second terminal.",
    ):
        assert not is_boilerplate(line), line


def test_an_agency_via_the_site_carrying_it_is_the_source() -> None:
    for line, want in (
        ("Source: Reuters, via Example.ge | 20 November 2025", "Reuters"),
        ("Quelle: dpa über Beispiel Online | 21.11.2025", "dpa"),
        ("Источник: ТАСС через Пример.ру | 21.11.2025", "ТАСС"),
        ("Source: Via Verde Post | 20 November 2025", "Via Verde Post"),
    ):
        _, hints = document_front("\n".join(["Headline of the day here", line, *_EN]), Hints())
        assert hints.source == want, line
