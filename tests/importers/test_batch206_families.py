"""Pastes of blind batch 206: a copyright line's brand of group word and outlet ('© GROUP
Outlet'); a trail through the all-news crumb ('Startseite > Nachrichten > Desk') over a
kicker; a caption whose credit ends in its own full stop; a community site's author box
('Name' / 'Name aus Town'); a media library's download gate, a labelled tag list and a
supporter's plea under the text. Each family with a look-alike that keeps its reading."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.outlets import Gazetteer, Outlet, outlet_source

from .makers import article_of
from .makers import paste as _paste

_GAZ = Gazetteer(
    [
        Outlet("Stadtkompass", hosts=("stadtkompass.de",), group="Beispiel Mediengruppe"),
        Outlet("Other Paper", group="Other Group"),
    ]
)


def test_group_word_before_a_listed_outlet_names_the_outlet() -> None:
    lines = ["stadtkompass.de", "© BEISPIEL Stadtkompass 2025"]
    got = outlet_source("BEISPIEL Stadtkompass", url="", lines=lines, gazetteer=_GAZ)
    assert got == "Stadtkompass"


def test_other_word_before_a_listed_outlet_stays_as_printed() -> None:
    lines = ["© Neue Stadtkompass 2025"]
    got = outlet_source("Neue Stadtkompass", url="", lines=lines, gazetteer=_GAZ)
    assert got == "Neue Stadtkompass"


def test_trail_through_the_all_news_crumb_names_the_desk_over_a_kicker() -> None:
    art = article_of(
        _paste(
            "EXB",
            "Example Volksblatt",
            "Montag, 01.12.2025",
            "Anmelden",
            "Startseite > Nachrichten > NRW",
            "NRW",
            "Umwelt",
            "Land stockt Hochwasserschutz an den Flüssen um 40 Millionen Euro auf",
            "Veröffentlicht: 28.11.2025, 11:47 Uhr",
            "Düsseldorf (dpa/lnw) - Das Land will den Hochwasserschutz an kleineren Flüssen "
            "deutlich ausbauen, teilte das Umweltministerium am Freitag mit.",
            "Mit dem Geld sollen unter anderem zwei neue Rückhaltebecken finanziert werden, "
            "sagte ein Sprecher des Ministeriums am Freitag.",
        )
    )
    assert art.section == "NRW"


def test_page_chrome_under_the_text() -> None:
    for line in (
        "Login to download audio",
        "Log in to download the video",
        "Story Tags: coffee farmers, Mbale, cooperative union",
        "Become a supporter of Example News",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Become a supporter of the plan to rebuild the hall, the mayor urged.",
        "Login to download audio files was slow, users said on Monday.",
    ):
        assert not is_boilerplate(line), line


def test_caption_with_a_stopped_credit_is_no_start_of_the_text() -> None:
    art = article_of(
        _paste(
            "Example Tribune",
            "Monday, December 1, 2025",
            "Home › News › Lakeside",
            "Lakeside",
            "Landowners dig in as Lakeside Greenway faces fresh delay",
            "Published",
            "November 27, 2025",
            "By",
            "Jane Roe",
            "Part of the old railway line between the two villages. Photo: John Doe.",
            "Plans for the long-awaited Lakeside Greenway have hit another stumbling block after "
            "a group of landowners said they would not sign up to the latest agreements.",
            "The council had hoped to have agreements in place with all landowners by the end of "
            "the year, but a meeting last week heard that more than 30 are still holding out.",
        )
    )
    assert art.body.startswith("Plans for the long-awaited")


def test_author_box_with_the_writers_town_gives_the_byline() -> None:
    art = article_of(
        _paste(
            "stadtkompass.de",
            "Dienstag, 2. Dezember 2025",
            "Startseite",
            "Stadtkompass Neustadt › Politik",
            "Politik",
            "Sanierung des Hallenbads verzögert sich um mindestens ein Jahr",
            "Der Stadtrat hat am Donnerstagabend einen neuen Zeitplan für das Hallenbad "
            "beschlossen. Statt Ende 2026 soll das Bad nun frühestens 2027 öffnen.",
            "Jana Beispiel",
            "Jana Beispiel aus Neustadt",
            "folgen",
            "Neustadt | vor 5 Tagen",
            "27. November 2025, 14:22 Uhr",
            "Für Schulen und Vereine in Neustadt heißt es weiter: ausweichen in die Nachbarstädte. "
            "Die Verwaltung hat dem Rat einen überarbeiteten Zeitplan vorgelegt.",
            "Als Grund nannte der Beigeordnete Schäden an der Dachkonstruktion, die erst nach dem "
            "Rückbau der Decke sichtbar geworden seien.",
        )
    )
    assert art.author == "Jana Beispiel"
