"""Release letterheads (a day alone, a legal form first, a labelled background note) and
series papers (a code after the series, its topic, identifier lines) in office documents."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.importers.makers import articles_of, docx_with

_TEXT_RU = (
    "Примервод открыл новую насосную станцию в Северном районе города, она обеспечит водой "
    "сорок тысяч жителей. Строительство заняло два года и обошлось в миллиард рублей.",
    "Станция работает в автоматическом режиме, за ней следят операторы диспетчерской. "
    "Следующим этапом станет реконструкция сетей в соседнем районе.",
)
_TEXT_DE = (
    "Die Stadtwerke Nordheim haben am Dienstag eine neue Pumpstation in Betrieb genommen, "
    "die rund vierzigtausend Menschen mit Trinkwasser versorgt und zwei Jahre Bauzeit hatte.",
    "Die Anlage arbeitet vollautomatisch und wird von der Leitwarte überwacht. Als nächstes "
    "sollen die Leitungen im benachbarten Stadtteil erneuert werden, hieß es.",
)
_TEXT_EN = (
    "Northam Water has opened a new pumping station in the north of the city, supplying "
    "forty thousand residents after two years of construction work on the site.",
    "The station runs automatically and is watched from the central control room. The next "
    "step is the renewal of the mains in the neighbouring district, the company said.",
)


@pytest.mark.parametrize(
    ("front", "text", "day"),
    [
        (
            ["АО «ПРИМЕРВОД»", "Пресс-служба · press@example.ru", "12 марта 2025 года",
             "ПРЕСС-РЕЛИЗ", "Примервод открыл новую насосную станцию"],
            _TEXT_RU, datetime(2025, 3, 12),
        ),
        (
            ["Stadtwerke Nordheim GmbH", "14. April 2025", "PRESSEMITTEILUNG",
             "Neue Pumpstation versorgt den Norden"],
            _TEXT_DE, datetime(2025, 4, 14),
        ),
        (
            ["Northam Water plc", "Media Centre", "May 6, 2025", "PRESS RELEASE",
             "New pumping station opens in the north"],
            _TEXT_EN, datetime(2025, 5, 6),
        ),
    ],
)  # fmt: skip
def test_day_alone_in_the_letterhead_dates_the_release(
    front: list[str], text: tuple[str, str], day: datetime
) -> None:
    (article,) = articles_of("release.docx", docx_with([*front, *text], table=False))
    assert article.published == day
    assert article.title == front[-1]


def test_a_numbered_or_undated_letterhead_line_gives_no_day() -> None:
    front = ["Stadtwerke Nordheim GmbH", "Nr. 12/2025", "PRESSEMITTEILUNG"]
    data = docx_with([*front, "Neue Pumpstation versorgt den Norden", *_TEXT_DE], table=False)
    (article,) = articles_of("release.docx", data)
    assert article.published is None


_PAPER_TEXT = (
    "Renters in Northam will see new protections from next year under the rules published "
    "on Monday. This is a larger change than tenants had expected after a decade of rises.",
    "A large part of the change depends on councils enforcing the rules, which many say "
    "they cannot afford without new funding from the government this year.",
)
_PAPIER_TEXT = (
    "Mieter in Nordheim erhalten vom kommenden Jahr an mehr Schutz, wie aus den am Montag "
    "veröffentlichten Regeln hervorgeht. Die Änderung ist größer als von vielen erwartet.",
    "Ein großer Teil hängt davon ab, ob die Kommunen die Regeln durchsetzen, was viele ohne "
    "zusätzliches Geld vom Land in diesem Jahr nicht leisten können, heißt es.",
)


@pytest.mark.parametrize(
    ("front", "text", "source", "section"),
    [
        (
            ["Northam Policy Institute", "NPI Briefing Note BN77 · Housing",
             "What the new rules mean for renters", "Authors: Jane Roe and Max Muster",
             "Published on 12 March 2025", "DOI: 10.1234/BN.NPI.2025.0077"],
            _PAPER_TEXT, "Northam Policy Institute", "Housing",
        ),
        (
            ["Institut für Wohnen und Stadt", "IWS Policy Paper PP-12 | Mietrecht",
             "Was die neuen Regeln für Mieter bedeuten", "Autoren: Lena Beispiel und Max Muster",
             "ISSN 0341-1234"],
            _PAPIER_TEXT, "Institut für Wohnen und Stadt", "Mietrecht",
        ),
        (
            ["Northam Policy Institute", "NPI Working Paper WP2025/07",
             "What the new rules mean for renters", "https://doi.org/10.1234/npi.wp.2025.07"],
            _PAPER_TEXT, "Northam Policy Institute", "",
        ),
    ],
)  # fmt: skip
def test_series_code_topic_and_identifier_lines(
    front: list[str], text: tuple[str, str], source: str, section: str
) -> None:
    (article,) = articles_of("paper.docx", docx_with([*front, *text], table=False))
    assert article.title == front[2]
    assert article.source == source
    assert article.section == section
    assert "10.1234" not in article.body and "ISSN" not in article.body


def test_a_headline_naming_a_doi_topic_stays_the_headline() -> None:
    front = ["Northam Policy Institute", "Why every paper needs a DOI number"]
    (article,) = articles_of("paper.docx", docx_with([*front, *_PAPER_TEXT], table=False))
    assert article.title == "Why every paper needs a DOI number"


@pytest.mark.parametrize(
    ("letterhead", "source"),
    [("АО «ПРИМЕРВОД»", "Примервод"), ('ООО "Северный порт"', "Северный порт"),
     ("Примервод АО", "Примервод")],
)  # fmt: skip
def test_a_letterheads_legal_form_goes_before_or_after_the_name(
    letterhead: str, source: str
) -> None:
    front = [letterhead, "ПРЕСС-РЕЛИЗ", "Примервод открыл новую насосную станцию"]
    (article,) = articles_of("release.docx", docx_with([*front, *_TEXT_RU], table=False))
    assert article.source == source


@pytest.mark.parametrize(
    ("note", "text"),
    [
        ("Справка: Примервод снабжает водой город с 1950 года и обслуживает более "
         "двенадцати тысяч километров сетей водопровода и канализации в городе.", _TEXT_RU),
        ("Notes to editors: Northam Water supplies the city since 1950 and runs more than "
         "twelve thousand kilometres of mains and sewers across the whole region.", _TEXT_EN),
        ("Hinweis an die Redaktion: Die Stadtwerke Nordheim versorgen die Stadt seit 1950 "
         "und betreiben mehr als zwölftausend Kilometer Leitungen in der Region.", _TEXT_DE),
    ],
)  # fmt: skip
def test_a_labelled_background_note_under_a_release_leaves_the_text(
    note: str, text: tuple[str, str]
) -> None:
    front = ["Northam Water plc", "PRESS RELEASE", "New pumping station opens in the north"]
    (article,) = articles_of("release.docx", docx_with([*front, *text, note], table=False))
    assert article.body.rstrip().endswith(text[1])


def test_a_background_paragraph_without_the_label_stays() -> None:
    note = "Справка о погоде в городе на выходные дни была опубликована накануне вечером на сайте "
    note += "гидрометцентра всего региона."
    front = ["АО «ПРИМЕРВОД»", "ПРЕСС-РЕЛИЗ", "Примервод открыл новую насосную станцию"]
    data = docx_with([*front, *_TEXT_RU, note], table=False)
    (article,) = articles_of("release.docx", data)
    assert note in article.body
