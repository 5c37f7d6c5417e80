"""Agency pastes (blind batch 75): a list of entries stamped in the article's own pattern
('Rubrik | date | time' over each headline, '25.11.2025 Headline (no. 805)' one a line)
by the story is no title, deck or date of it; a release portal's bracketed credit before
the '(Place, date)' opener still gives the dateline, whose full date wins over the
undated days of older releases listed around the headline."""

from __future__ import annotations

from datetime import datetime

from app.importers.agency import parse_dateline
from app.importers.compose import compose
from app.importers.profiles import default_profiles

_TEXT = (
    "Die Stadtwerke wollen bis 2030 rund 40 neue Ladepunkte in der Innenstadt errichten. Das "
    "teilte der Geschäftsführer am Dienstag bei einer Pressekonferenz im Rathaus mit.\n"
    "Die Kosten von rund zwei Millionen Euro tragen Stadt und Land gemeinsam. Die ersten "
    "Säulen sollen im Frühjahr am Marktplatz und am Bahnhof in Betrieb gehen.\n"
)


def test_rubric_stamps_over_each_headline_with_the_article_last() -> None:
    text = (
        "Beispielstadt\nStartseite > Presse > Meldungen\n"
        "Finanzen | 02.03.2025 | 17:30\nStadtrat beschließt den Haushalt für 2026\n"
        "Schule | 03.03.2025 | 11:12\nNeue Turnhalle für die Grundschule am Markt\n"
        "Energie | 04.03.2025 | 10:47\nStadtwerke bauen 40 neue Ladepunkte\n" + _TEXT
    )
    art = compose(text, default_profiles())
    assert art.title == "Stadtwerke bauen 40 neue Ladepunkte"
    assert art.published == datetime(2025, 3, 4, 10, 47)
    assert art.section == "Energie"


def test_dated_one_line_entries_over_the_articles_own_stamp() -> None:
    text = (
        "Parlament\nKurzmeldungen\n"
        "06.03.2025 Haushalt: Ausschuss beschließt den Nachtrag für das Jahr (Nr. 112/2025)\n"
        "05.03.2025 Umwelt: Fraktion fragt nach dem Zustand der Deiche (Nr. 108/2025)\n"
        "Energie/Antwort - 04.03.2025 (Nr. 101/2025)\nStadtwerke bauen 40 neue Ladepunkte\n" + _TEXT
    )
    art = compose(text, default_profiles())
    assert art.title == "Stadtwerke bauen 40 neue Ladepunkte"
    assert art.published is not None and art.published.date() == datetime(2025, 3, 4).date()
    assert art.body.startswith("Die Stadtwerke wollen")


def test_a_portal_credit_before_the_bracketed_place_and_date() -> None:
    found = parse_dateline("(Beispielbox) (Hamburg, 04.03.2025) Die Stadtwerke wollen …", ())
    assert found is not None and found.place == "Hamburg" and found.agency == "Beispielbox"


def test_the_openers_full_date_beats_a_list_of_older_releases() -> None:
    text = (
        "Weitere Meldungen dieses Unternehmens\n"
        "12.02.2025 Stadtwerke eröffnen ein neues Kundenzentrum\n"
        "03.01.2025 Neuer Vertriebsleiter für den Norden\n"
        "Stadtwerke bauen 40 neue Ladepunkte in der Innenstadt\n"
        "(Beispielbox) (Hamburg, 04.03.2025) " + _TEXT
    )
    art = compose(text, default_profiles())
    assert art.published is not None and art.published.date() == datetime(2025, 3, 4).date()
    assert art.dateline == "Hamburg"


def test_a_release_portals_publisher_disclaimer_is_boilerplate() -> None:
    from app.importers import boilerplate as bp

    line = "Die Herausgeber der Pressemitteilungen sind für deren Inhalt selbst verantwortlich."
    assert bp.is_boilerplate(line)
    assert not bp.is_boilerplate("Die Herausgeber sind für die Verteilung der Hefte zuständig.")
