"""Blind batch 209's families (monitoring mails): a clip's table of fields under its
headline with a row of its own for the outlet's audience ('Reichweite: 156.400 Leser') or an
online clip's page ('Seite: online'), which stood between the headline and the text and was
read as the headline."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate
from tests.importers.makers import mail_bytes

_DE = (
    "Der Stadtrat hat am Montag nach langer Debatte beschlossen, die Brücke über den Fluss bis "
    "zum Sommer zu sanieren. Die Arbeiten sollen im März beginnen."
)
_DE2 = "Die Kosten liegen nach Angaben der Verwaltung bei rund vier Millionen Euro, hieß es."


def _articles(data: bytes) -> list:
    from app.importers import extract
    from app.model import Extracted

    items = extract("alert.eml", data)
    return [i.article for i in items if isinstance(i, Extracted)]


def _clip(n: int, headline: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    return (
        f'<hr><p id="c{n}">Treffer {n}/2 · Print</p><h2>{headline}</h2><table>{cells}</table>'
        f"<p>{_DE}</p><p>{_DE2}</p>"
    )


@pytest.mark.parametrize(
    ("reach", "page"),
    [("38.900 Leser", "9"), ("2,1 Mio. Visits/Monat", "online"), ("k. A.", "online")],
)
def test_audience_row_under_the_headline_is_no_headline(reach: str, page: str) -> None:
    rows = [("Medium", "Weser-Kurier"), ("Datum", "25.11.2026"), ("Ressort", "Region")]
    rows += [("Seite", page), ("Reichweite", reach)]
    html = (
        "<html><body><p>Suchauftrag 12 „Brücke“<br>Mittwoch, 25. November 2026 · 2 Treffer</p>"
        + _clip(1, "Brücke wird im Sommer saniert", rows)
        + _clip(2, "Stadtrat streitet über die Kosten", rows)
        + "</body></html>"
    )
    arts = _articles(mail_bytes("Alert <alert@monitor.example>", "Tagesalert", html, "html"))
    assert [a.title for a in arts] == [
        "Brücke wird im Sommer saniert",
        "Stadtrat streitet über die Kosten",
    ]
    assert all(a.body.startswith("Der Stadtrat hat am Montag") for a in arts)


@pytest.mark.parametrize(
    "line",
    [
        "Reichweite: 156.400 Leser",
        "Circulation: 41,200",
        "AVE: £1,240",
        "Охват: 12 тыс.",
        "Reichweite: k. A.",
        "Seite: online",
        "Page: web",
    ],
)
def test_a_clip_figure_alone_is_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reichweite: Die Kampagne erreichte viele Menschen",
        "Page: The Story of a Town",
        "Auflage: Wer mehr druckt, verliert",
    ],
)
def test_a_label_over_words_is_no_clip_figure(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_reports_note_under_each_clip_goes() -> None:
    from app.importers.reviewnote import without_reviewer_notes

    chunks = [
        ("", "Harbour wins funding\nThe harbour got money.\nExample PR note: Strong pickup.", []),
        ("", "Fishermen fear loss\nFishermen object.\n[Example PR note: Flag to client.]", []),
    ]
    assert [c for _, c, _ in without_reviewer_notes(chunks)] == [
        "Harbour wins funding\nThe harbour got money.",
        "Fishermen fear loss\nFishermen object.",
    ]


def test_a_note_under_one_item_only_stays() -> None:
    from app.importers.reviewnote import without_reviewer_notes

    chunks = [
        ("", "Headline\nText one.\nSide note: the quay was built in 1902.", []),
        ("", "Other headline\nText two.\n[Editor's note: corrected on 18 November.]", []),
    ]
    assert without_reviewer_notes(chunks) == chunks


@pytest.mark.parametrize(
    "line",
    [
        "Материалы предоставлены исключительно для внутреннего использования.",
        "Чтобы отказаться от рассылки, ответьте на это письмо словом «отписка».",
        "Coverage is supplied for the client's internal use only.",
    ],
)
def test_a_reports_licence_and_unsubscribe_lines_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


def test_a_headline_fields_label_is_no_part_of_the_title() -> None:
    from app.importers.compose import compose
    from app.importers.profiles import default_profiles

    text = (
        "Заголовок: Мэрия утвердила график ремонта мостов\n"
        "Городские власти утвердили план ремонта двенадцати мостов, работы начнутся весной и "
        "продлятся до конца следующего года, сообщили в мэрии."
    )
    assert compose(text, default_profiles()).title == "Мэрия утвердила график ремонта мостов"
