"""Digest and review frames (blind batch 104): a masthead's tagline after a dash, a review's
contents listing outlets and field-block headlines, a newsletter's masthead heading over its
date line, a sender 'Newsletter | Outlet', an editor's greeting intro, a desk word in a
stamp's outlet place and a rubric label framed by dashes."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from app.importers.mail import _desk_word, _greeting_part, _owner_part
from app.importers.newsletter import html_articles
from app.importers.review import clippings
from app.importers.sections import section_of_line
from app.importers.stampline import one_line_stamp


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("xy – Zeitung für die Region Nordtal · 20.11.2025 · Seite 4 · Nordtal", "xy"),
        ("Valley Post — The Voice of the Valley | 24.11.2025 | Politics", "Valley Post"),
        ("Вечерний Город — газета для всех горожан · 26.11.2025 · с. 4", "Вечерний Город"),
        # look-alikes: an edition's place after the dash is no tagline
        ("Rhein-Bote – Koblenz | 24.11.2025 | Seite 3", "Rhein-Bote – Koblenz"),
        ("Example Daily | 24.11.2025 | Seite 3", "Example Daily"),
    ],
)
def test_outlet_tagline_after_dash_goes(line: str, outlet: str) -> None:
    stamp = one_line_stamp(line)
    assert stamp is not None and stamp.outlet == outlet


_PARA = (
    "Der Stadtrat hat am Mittwoch einen neuen Kredit für die Sanierung der Brücke "
    "beschlossen, nachdem die Verwaltung monatelang verhandelt hatte und Gutachten vorlagen."
)


def _review(stamps: list[str], cover: list[str]) -> str:
    body = []
    for n, stamp in enumerate(stamps):
        body += [stamp, f"Schlagzeile Nummer {n + 1} über den Stadtrat", _PARA, _PARA]
    return "\n".join([*cover, *body])


def test_contents_listing_outlets_is_cover() -> None:
    stamps = [
        "Nordtal Kurier – Zeitung für das ganze Tal · 20.11.2025 · Seite 19 · Region",
        "Südstadt Anzeiger · 20.11.2025 · Seite 3 · Stadt",
        "Radio Tal · Regional · 19.11.2025, 17:48 Uhr",
    ]
    cover = ["Medienspiegel", "Stadt Nordtal · Kommunikation", "Donnerstag, 20. November 2025",
             "Inhalt", "Schlagzeile Nummer 1 über den Stadtrat",
             "Nordtal Kurier – Zeitung für das ganze Tal 2",
             "Schlagzeile Nummer 2 über den Stadtrat", "Südstadt Anzeiger", "3",
             "Schlagzeile Nummer 3 über den Stadtrat", "Radio Tal", "4",
             "Herausgeberin: Stadt Nordtal, Kommunikation. Alle Rechte vorbehalten."]  # fmt: skip
    assert len(clippings(_review(stamps, cover))) == 3


def test_contents_of_field_block_review_is_cover() -> None:
    heads = ["Банк разместил облигации на пять миллиардов рублей",
             "Фонд профинансирует солнечную станцию в области",
             "Пять выводов из нового прогноза аналитиков"]  # fmt: skip
    text = "Лесной банк | Департамент коммуникаций\nОБЗОР СМИ\n28 ноября 2025 г.\nСодержание\n"
    text += "\n".join(f"{n + 1}. Издание {n}. {h}" for n, h in enumerate(heads)) + "\n"
    for n, head in enumerate(heads):
        text += f"Карточка публикации\nИздание: Вестник {n}\nДата: 27.11.2025\nРубрика: Финансы\n"
        text += f"Ссылка: https://example.ru/{n}\n\n{head}\n"
        text += ("Банк в четверг сообщил о новых планах, которые аналитики сочли смелыми, "
                 "а инвесторы встретили с осторожным оптимизмом и вопросами.\n") * 2  # fmt: skip
    assert len(clippings(text)) == 3


def test_one_article_review_cover_still_counts() -> None:
    # look-alike: a long cover text over two stamps is no review's cover
    cover = [f"Dies ist ein langer Absatz Nummer {n} des Berichts über die Lage." for n in range(8)]
    stamps = ["Südstadt Anzeiger · 20.11.2025 · Seite 3 · Stadt", "Tal Bote · 20.11.2025 · Seite 5"]
    assert len(clippings(_review(stamps, cover))) == 1


def _mail(masthead: str, date_line: str) -> str:
    items = "".join(
        f"<div>Region</div><h2>Headline number {n} about the council vote</h2>"
        f"<div>By Jane Roe | 23.11.2025, 18:30</div><p>{_PARA}</p><p>{_PARA}</p>"
        for n in range(3)
    )
    return (
        f"<html><body><h1>{masthead}</h1><div>{date_line}</div>"
        f"<p>Guten Morgen, liebe Leserinnen und Leser, heute geht es um vieles.</p>{items}"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("masthead", "date_line"),
    [
        ("Tal am Morgen", "Montag, 24. November 2025"),
        ("Valley Briefing", "Tuesday, 18 November 2025"),
        ("Утренний Вестник", "Вторник, 25 ноября 2025"),
    ],
)
def test_masthead_heading_over_issue_date_is_no_article(masthead: str, date_line: str) -> None:
    found = html_articles(fromstring(_mail(masthead, date_line)))
    assert [lines[0] for _, lines, _ in found] == [
        f"Headline number {n} about the council vote" for n in range(3)
    ]


def test_headline_over_dated_line_stays() -> None:
    # look-alike: a headline of a sentence's length over its date is an article's
    html = _mail("Council approves the new bridge after a long debate", "24.11.2025")
    found = html_articles(fromstring(html))
    assert found[0][1][0] == "Council approves the new bridge after a long debate"


@pytest.mark.parametrize(
    ("sender", "text", "want"),
    [
        ("Tal am Morgen | Nordtal Kurier", "…\n© 2025 Nordtal Kurier. Alle Rechte vorbehalten.",
         "Nordtal Kurier"),
        ("Valley Post · Evening Brief", "text\n© 2025 Valley Post", "Valley Post"),
        ("Утро | Лесная газета", "текст\n© 2025 Лесная газета", "Лесная газета"),
        # look-alike: a notice naming neither part keeps the sender
        ("Brief | Example Times", "text\n© 2025 Other Group plc", "Brief | Example Times"),
    ],
)  # fmt: skip
def test_sender_part_the_notice_names(sender: str, text: str, want: str) -> None:
    assert _owner_part(sender, text) == want


@pytest.mark.parametrize(
    ("chunk", "intro"),
    [
        ("View in browser\n\nVALLEY MORNING BRIEF\nTuesday, 18 November 2025\n\nGood morning. "
         "Parliament hears a warning on debt, and the currency rides the summit mood.", True),
        ("Tal am Morgen\n\nGuten Morgen, liebe Leserinnen und Leser,\n\ndie Woche beginnt grau "
         "und nass, und mit einer Nachricht, die viele Familien betrifft.", True),
        ("Утренний выпуск\n\nДоброе утро! Сегодня рассказываем о бюджете города и о новой "
         "развязке на въезде, которую откроют в пятницу.", True),
        # look-alike: an item's headline over its text
        ("Business\n\nCouncil approves bridge\n\nBy Jane Roe | 18 Nov 2025\n\nThe council "
         "approved the bridge on Monday after a debate that lasted for hours.", False),
    ],
)  # fmt: skip
def test_greeting_intro_is_no_item(chunk: str, intro: bool) -> None:
    assert _greeting_part(chunk) is intro


@pytest.mark.parametrize(
    ("name", "desk"),
    [("News", True), ("Business", True), ("Новости", True), ("Nachrichten", True),
     ("Valley News", False), ("Example Daily", False)],
)  # fmt: skip
def test_desk_word_in_outlet_place(name: str, desk: bool) -> None:
    assert _desk_word(name) is desk


@pytest.mark.parametrize(
    ("line", "section"),
    [("— Business —", "Business"), ("=== Sport ===", "Sport"), ("-- Politik --", "Politik"),
     ("— Экономика —", "Экономика"), ("— DIE THEMEN DES TAGES —", ""), ("* * *", "")],
)  # fmt: skip
def test_rubric_framed_by_dashes(line: str, section: str) -> None:
    assert section_of_line(line) == section
