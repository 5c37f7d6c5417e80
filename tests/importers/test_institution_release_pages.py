"""Institutions' release pages pasted as text: a court named by its place and rank
("Кировский районный суд") keeps its Cyrillic name like any public body; the screen-reader
jump links over a masthead ("Direkt zur Suche", "Перейти к основному содержанию") are no
logo; the decided case's day under a headline ("Beschluss vom 28. Oktober 2025") is not
the release's; a meta row with its reading time ("17 November 2025 | News release |
Reading time: 3 min") is the stamp; a release's dateline may give the month first
("Mumbai, November 25, 2025: …"); a body's regional office printed under its logo issues
the release; an association's legal form ("e.V.") is no part of its name; a kicker
naming the document's kind ("Statistical Release") is no author."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.agency import bare_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import copyright_owner, is_institution, regional_office
from app.model import Extracted


def _article(name: str, lines: list[str]):
    items = extract(name, "\n".join(lines).encode("utf-8"))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert len(arts) == 1
    return arts[0]


_DE = [
    "Der Beschwerdeführer hatte geltend gemacht, die Verteilung der Sitze benachteilige "
    "kleine Gruppierungen in einer Weise, die gegen die Gleichheit der Wahl verstoße.",
    "",
    "Die Kammer weist darauf hin, dass die Differenz zwischen Stimmenanteil und Sitzanteil "
    "für sich genommen keinen Verstoß gegen den Grundsatz der Erfolgswertgleichheit begründet.",
    "",
    "Der Beschluss ist unanfechtbar und wurde den Beteiligten heute zugestellt.",
]
_EN = [
    "Reported cases of the illness in the region declined by more than 40% in the first nine "
    "months of the year compared with the same period last year, according to provisional data.",
    "",
    "Between January and September, 40 countries reported just over 12 000 cases, down from "
    "around 20 000 in the same months of last year, the organisation said on Monday.",
    "",
    "Coverage with the second dose of the vaccine stagnated at 91%, and several countries "
    "still reported districts where fewer than four in five children were protected.",
]


def test_named_court_or_university_is_an_institution():
    assert is_institution("Кировский районный суд")
    assert is_institution("Свердловский областной суд")
    assert is_institution("Томский государственный университет")
    assert is_institution("Пермский краевой музей")
    # outlets' brands with adjectives: no kind of body after them
    assert not is_institution("Московский комсомолец")
    assert not is_institution("Российская газета")
    assert not is_institution("Русская служба Би-би-си")


def test_jump_links_are_chrome():
    assert is_boilerplate("Direkt zur Suche")
    assert is_boilerplate("Zur Navigation springen")
    assert is_boilerplate("Перейти к основному содержанию")
    assert not is_boilerplate("Zur Navigation der Schiffe brauchte man früher die Sterne.")


def test_jump_link_over_logo_is_no_source():
    art = _article(
        "gericht.txt",
        [
            "Direkt zum Inhalt",
            "Direkt zur Suche",
            "Beispielgericht",
            "Leichte Sprache",
            "English",
            "Suche",
            "Das Gericht",
            "Verfahren",
            "Presse",
            "Startseite",
            "Presse",
            "Pressemitteilungen",
            "Pressemitteilung Nr. 17/2025 vom 12. März 2025",
            "",
            "Erfolglose Beschwerde gegen die Sitzverteilung im Gemeinderat",
            "",
            "Beschluss vom 20. Februar 2025",
            "1 BvR 99/24",
            "",
            *_DE,
            "",
            "Zum Seitenanfang",
            "Impressum",
            "© Beispielgericht",
        ],
    )
    assert art.source == "Beispielgericht"
    assert art.published == datetime(2025, 3, 12)  # not the decision's day


def test_decision_day_under_headline_is_not_the_release_day():
    for kicker, case, want in [
        ("Press release No. 12/2025 of 4 March 2025", "Judgment of 2 February 2025", (3, 4)),
        ("Пресс-релиз от 14.05.2025", "Решение от 30.04.2025", (5, 14)),
    ]:
        art = _article(
            "court.txt",
            [
                "Example Court",
                "Home",
                "Cases",
                "Press",
                kicker,
                "",
                "Appeal against the municipal seat allocation rejected by the court",
                "",
                case,
                "",
                *_EN,
            ],
        )
        assert (art.published.month, art.published.day) == want


def test_meta_row_with_reading_time_is_the_stamp():
    for row, want in [
        (
            "17 November 2025 | News release | Reading time: 3 min (596 words)",
            datetime(2025, 11, 17),
        ),
        ("3 March 2025 · Statement · 4 min read", datetime(2025, 3, 3)),
    ]:
        art = _article(
            "org.txt",
            [
                "Skip to main content",
                "Example Health Organisation",
                "Global",
                "Regions",
                "Newsroom",
                "Data",
                "Home / Newsroom / News releases",
                row,
                "Cases of the illness fall for second year, but immunization gaps persist",
                *_EN,
            ],
        )
        assert art.title.startswith("Cases of the illness fall")
        assert art.published == want
        assert not art.body.startswith(row[:10])


def test_release_dateline_with_month_first():
    assert (
        bare_dateline("Mumbai, November 25, 2025: Example Steel today announced").place == "Mumbai"
    )
    assert bare_dateline("Austin, March 3, 2025. Example Corp said on Monday").place == "Austin"
    assert bare_dateline("Lyon, Sept. 4, 2025: La société a annoncé").place == "Lyon"
    assert bare_dateline("Sales, March 3, 2025: rose by a tenth") is None


def test_regional_office_under_the_body_logo():
    head = ["МЧС России", "Главное управление МЧС России по Примерской области", "Телефон: 112"]
    assert regional_office("МЧС России", head) == head[1]
    head = ["Росреестр", "Управление Росреестра по Примерскому краю", "Поиск"]
    assert regional_office("Росреестр", head) == head[1]
    head = ["ГУ МВД России", "ГУ МВД России по Примерской области", "Поиск"]
    assert regional_office("ГУ МВД России", head) == head[1]
    # a line naming the body without being its office: the body stays
    assert regional_office("МЧС России", ["МЧС России", "Новости МЧС России за неделю"]) == ""


def test_association_legal_form_is_no_part_of_the_name():
    assert copyright_owner("© 2025 Beispielverband e.V.") == "Beispielverband"
    assert copyright_owner("© Beispielverein e. V. 2024") == "Beispielverein"
    assert copyright_owner("Copyright 2025 Example Aid gGmbH") == "Example Aid"
    assert copyright_owner("© 2025 e.Volution Media") == "e.Volution Media"


def test_document_kind_kicker_is_no_author():
    for kicker in ("Statistical Release", "Joint Statement", "Amtliche Mitteilung"):
        art = _article(
            "office.txt",
            [
                "EXO",
                "Example Statistics Office",
                "Statistics",
                "Releases",
                "About Us",
                "Home › Releases › Prices",
                kicker,
                "Flash estimate of consumer prices for November",
                "28 November 2025 11:00",
                *_EN,
            ],
        )
        assert art.author == ""


def test_attachment_link_with_file_size_is_chrome():
    assert is_boilerplate("Medienmitteilung (PDF, 84 KB)")
    assert is_boilerplate("Full report (PDF | 2.1 MB)")
    assert is_boilerplate("Пресс-релиз (PDF, 142 КБ)")
    assert not is_boilerplate("Der Bericht umfasst 40 Seiten (PDF).")
    assert not is_boilerplate("Die Datei war groß (84 KB)")
