"""Press reviews (blind batch 204a): an outlet's stamp line over each clipping ('Outlet |
date | Seite 17 | Ressort: X') names a listed outlet in full, as a labelled source line
does; an agency's service in it ('Agency-Basisdienst | date, time') is no rubric; the kind
of medium after the day ('Outlet | date | online') marks the credit and names no desk. A
credit with the minute under each headline ('Outlet · 24 Nov 2026, 07:12 GMT'), a bare
'Name in Place' byline under it, and a contents list grouped by topic whose headings stand
again in capitals over the clippings; clippings between marks under such headings, their
credits with the issue's day in brackets ('Nr. 22 (21.11.2026)') or a labelled rubric
beside 'Outlet, date'. Each test builds its own review."""

from __future__ import annotations

from app.importers import load_profiles
from app.importers.base import Context
from app.importers.byline import placed_name
from app.importers.review import document_items
from app.importers.stampline import credit_stamp, one_line_stamp
from app.model import Extracted

from .makers import CYCLE_DE, CYCLE_EN, CYCLE_RU, FARES_DE, FARES_EN


def _items(text: str, profiles: bool = False) -> list:
    ctx = Context(profiles=load_profiles() if profiles else ())
    items = document_items(text, ctx, "review.pdf")
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]


def _review(*clips: list[str]) -> str:
    cover = ["Beispielministerium", "Pressespiegel", "Dienstag, 24. November 2026"]
    return "\n".join([*cover, *(line for clip in clips for line in clip)])


# --- 1. a stamp naming a listed outlet in full over the clipping ---------------------------


def test_stamp_naming_a_listed_outlet_in_full_files_its_listed_name() -> None:
    # the outlet's profile goes by its short name ('FAZ'); the stamp prints the listed name
    text = _review(
        [
            "Frankfurter Allgemeine Zeitung | 24.11.2026 | Seite 17 | Ressort: Wirtschaft",
            "Stadt erhöht die Buspreise",
            *FARES_DE,
        ],
        [
            "Beispiel-Kurier | 24.11.2026 | Seite 3 | Ressort: Lokales",
            "Neuer Radweg am Fluss beschlossen",
            *CYCLE_DE,
        ],
    )
    arts = _items(text, profiles=True)
    assert [a.source for a in arts] == ["Frankfurter Allgemeine Zeitung", "Beispiel-Kurier"]
    assert [a.section for a in arts] == ["Wirtschaft", "Lokales"]


# --- 2. an agency's service in the stamp ------------------------------------------------------


def test_agency_service_over_an_item_is_its_credit_not_a_rubric() -> None:
    text = _review(
        [
            "Beispiel-Kurier | 24.11.2026 | Seite 3 | Ressort: Lokales",
            "Neuer Radweg am Fluss beschlossen",
            *CYCLE_DE,
        ],
        [
            "dpa-Basisdienst | 23.11.2026, 17:48 Uhr",
            "Land erhöht die Buspreise",
            f"Potsdam (dpa) - {FARES_DE[0]}",
            *FARES_DE[1:],
        ],
    )
    arts = _items(text)
    assert [a.title for a in arts] == [
        "Neuer Radweg am Fluss beschlossen",
        "Land erhöht die Buspreise",
    ]
    assert (arts[1].source, arts[1].section, arts[1].dateline) == ("dpa", "", "Potsdam")
    assert arts[1].published is not None and arts[1].published.hour == 17


# --- 3. the kind of medium after the day ---------------------------------------------------


def test_medium_after_the_day_is_no_desk() -> None:
    stamp = one_line_stamp("Example Post  ·  23 November 2026  ·  Environment  ·  online")
    assert stamp is not None and stamp.section == "Environment"
    stamp = one_line_stamp("beispiel.org | 23.11.2026 | online")
    assert stamp is not None and (stamp.outlet, stamp.section) == ("beispiel.org", "")


def test_online_clipping_under_its_medium_stamp_is_an_item_without_desk() -> None:
    text = _review(
        [
            "Beispiel-Kurier | 24.11.2026 | Seite 3 | Ressort: Lokales",
            "Neuer Radweg am Fluss beschlossen",
            *CYCLE_DE,
        ],
        [
            "beispiel.org | 23.11.2026 | online",
            "Land erhöht die Buspreise",
            "von Jana Beispiel",
            *FARES_DE,
        ],
    )
    arts = _items(text)
    assert [a.title for a in arts] == [
        "Neuer Radweg am Fluss beschlossen",
        "Land erhöht die Buspreise",
    ]
    assert (arts[1].source, arts[1].section, arts[1].author) == (
        "beispiel.org",
        "",
        "Jana Beispiel",
    )


# --- 4. a clipping's credit with the minute under its headline, a contents list by topic --


def test_review_of_stamps_with_the_minute_under_headlines_and_topic_headings() -> None:
    # the contents list groups the clippings by topic, each topic's heading set again in
    # capitals over its first clipping; a 'Name in Place' byline under one credit
    text = "\n".join(
        [
            "Example Energy Office",
            "Daily Press Review",
            "Tuesday, 24 November 2026",
            "Contents",
            "Bus fares to rise by six per cent - Example Wire",
            "Council approves river cycle lane - Example Courier",
            "Transport & Cities",
            "Regional fares freeze rejected - Example Daily",
            "Bus fares to rise by six per cent",
            "Example Wire  ·  24 Nov 2026, 07:12 GMT",
            "By Jane Roe",
            *FARES_EN,
            "Council approves river cycle lane",
            "Example Courier  ·  24 November 2026  ·  Local  ·  p. 11",
            "John Doe in Leeds",
            *CYCLE_EN,
            "TRANSPORT & CITIES",
            "Regional fares freeze rejected",
            "Example Daily  ·  23 November 2026, 21:40",
            *FARES_EN,
        ]
    )
    arts = _items(text)
    assert [a.title for a in arts] == [
        "Bus fares to rise by six per cent",
        "Council approves river cycle lane",
        "Regional fares freeze rejected",
    ]
    assert [a.source for a in arts] == ["Example Wire", "Example Courier", "Example Daily"]
    assert [a.author for a in arts] == ["Jane Roe", "John Doe", ""]
    assert [a.section for a in arts] == ["", "Local", ""]
    assert arts[0].published is not None and arts[0].published.hour == 7
    assert "TRANSPORT" not in arts[1].body


def test_placed_name_reads_only_a_name_and_a_place() -> None:
    assert placed_name("John Doe in Leeds") == "John Doe"
    assert placed_name("Anna-Lena Muster in Bad Tölz") == "Anna-Lena Muster"
    assert placed_name("Talks in Leeds stall again over fares") == ""
    assert placed_name("the mayor in Leeds") == ""


# --- 5. clippings between marks under topic headings, credits by bullets --------------------


def test_marked_clippings_under_topic_headings_with_labelled_credits() -> None:
    text = "\n".join(
        [
            "Beispiel-Kammer · Пример-палата",
            "Pressespiegel / Обзор прессы",
            "Dienstag, 24. November 2026",
            "VERKEHR",
            "Land erhöht die Buspreise",
            "Beispiel-Zeitung, Nr. 22 (21.11.2026), S. 4 · Rubrik: Wirtschaft · Autorin: Jana Roe",
            *FARES_DE,
            "— — —",
            "Neuer Radweg am Fluss beschlossen",
            "Beispiel-Kurier, 24.11.2026, S. 8 · Rubrik: Lokales · Autor: John Doe",
            *CYCLE_DE,
            "— — —",
            "ГОРОД / STADT",
            "Мэрия утвердила новую велодорожку",
            "Пример-газета, 23.11.2026 · Рубрика: Город · Автор: Иван Петров",
            *CYCLE_RU,
            "— — —",
        ]
    )
    arts = _items(text)
    assert [a.title for a in arts] == [
        "Land erhöht die Buspreise",
        "Neuer Radweg am Fluss beschlossen",
        "Мэрия утвердила новую велодорожку",
    ]
    assert [a.section for a in arts] == ["Wirtschaft", "Lokales", "Город"]
    assert [a.author for a in arts] == ["Jana Roe", "John Doe", "Иван Петров"]
    assert [a.published.day if a.published else None for a in arts] == [21, 24, 23]
    assert "ГОРОД" not in arts[1].body and "— — —" not in arts[1].body


def test_issue_number_with_its_day_in_brackets_and_a_labelled_desk_make_credits() -> None:
    stamp = credit_stamp("Beispiel-Zeitung, Nr. 22 (21.11.2026), S. 4")
    assert stamp is not None and stamp.published is not None and stamp.published.day == 21
    # alone, 'Town, date' is a dateline's; with a labelled rubric beside it, a credit
    assert one_line_stamp("Пример-газета, 23.11.2026") is None
    stamp = one_line_stamp("Пример-газета, 23.11.2026 · Рубрика: Город · Автор: Иван Петров")
    assert stamp is not None and (stamp.outlet, stamp.section) == ("Пример-газета", "Город")
