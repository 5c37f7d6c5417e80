"""Four families of a page's header (blind batch 152):

- the site menu in one row with bars ("News | Sport | Community | Business | Opinion |
  Subscribe") is never the headline, and counts as chrome under the logo;
- a media group's © line (a group the gazetteer knows) names the owner of several titles:
  the logo over the menu is this one;
- a rubric in capitals over the headline whose byline's outlet repeats the masthead
  ("Jane Doe" / "Example Post" / "Published …") is the section, cased as rubrics are filed;
- a byline's run-in role names its beat in a few words ("Jane Doe Local Democracy
  Reporter", "Jan Roe Chief Political Correspondent", "Anna Muster Lokalredakteurin").
"""

from __future__ import annotations

import pytest

import app.importers.compose as compose
from app.importers import extract
from app.importers.byline import author_of_line
from app.importers.outlets import Gazetteer, Outlet
from app.model import Extracted

_BODY_EN = (
    "The county council is to go back to the market to find a new operator for the "
    "harbour, four months after the previous company walked away from its contract.\n"
    "Councillors were told that a tender would be published before Christmas, with a new "
    "operator expected to be in place by April.\n"
    "Around 90 boat owners currently rent berths at the harbour, which opened in 2016.\n"
)
_BODY_DE = (
    "Der Gemeinderat hat am Dienstagabend den Ausbau der Ortsdurchfahrt beschlossen, die "
    "Arbeiten sollen im kommenden Frühjahr beginnen und rund zwei Jahre dauern.\n"
    "Die Kosten liegen nach Angaben der Verwaltung bei etwa 4,2 Millionen Euro.\n"
    "Während der Bauzeit wird der Verkehr über eine Umleitung geführt.\n"
)


def _article(text: str, name: str = "a.txt"):
    items = extract(name, text.encode("utf-8"))
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    return items[0].article


@pytest.mark.parametrize(
    ("menu", "headline", "body"),
    [
        (
            "News | Sport | Community | Business | Opinion | Farming | Subscribe",
            "Harbour marina plan back on table as council seeks new operator",
            _BODY_EN,
        ),
        (
            "Lokales | Sport | Wirtschaft | Kultur | Meinung | Service | Abo",
            "Gemeinderat beschließt Ausbau der Ortsdurchfahrt",
            _BODY_DE,
        ),
        (
            "Home | World | Politics | Money | Travel | Podcasts",
            "Harbour operator sought after company quits contract",
            _BODY_EN,
        ),
    ],
)
def test_bar_menu_row_is_no_headline(menu: str, headline: str, body: str) -> None:
    text = f"Example Courier\n{menu}\nRegionals > Eastshire > News\n{headline}\n{body}"
    assert _article(text).title == headline


def test_headline_with_bars_stays_the_headline() -> None:
    # a look-alike: a title with one bar (a rubric) is no menu of six entries
    headline = "Harbour | Council seeks new operator for the marina"
    text = f"Example Courier\nNews\nSport\n{headline}\n{_BODY_EN}"
    assert _article(text).title == "Council seeks new operator for the marina" or (
        _article(text).title == headline
    )


_GROUP = Gazetteer(
    [
        Outlet(name="Example Daily", hosts=("exampledaily.ie",), group="Examplehuis Eire"),
        Outlet(name="Muster Tagblatt", hosts=("mustertagblatt.at",), group="Musterhaus Alpen"),
    ]
)


@pytest.mark.parametrize(
    ("logo", "menu", "notice", "headline", "body"),
    [
        (
            "Eastshire People",
            "News | Sport | Community | Business | Opinion | Farming | Subscribe",
            "© Examplehuis Eire 2025",
            "Harbour marina plan back on table as council seeks new operator",
            _BODY_EN,
        ),
        (
            "Talbote Nord",
            "Lokales | Sport | Wirtschaft | Kultur | Meinung | Service | Abo",
            "© Musterhaus Alpen 2025",
            "Gemeinderat beschließt Ausbau der Ortsdurchfahrt",
            _BODY_DE,
        ),
        (
            "Westvale Gazette",
            "Home | World | Politics | Money | Travel | Podcasts",
            "© 2025 Examplehuis Eire",
            "Harbour operator sought after company quits contract",
            _BODY_EN,
        ),
    ],
)
def test_logo_over_a_known_groups_notice(
    monkeypatch: pytest.MonkeyPatch, logo: str, menu: str, notice: str, headline: str, body: str
) -> None:
    monkeypatch.setattr(compose, "default_gazetteer", lambda: _GROUP)
    text = (
        f"{logo}\n{menu}\nRegionals > Eastshire > News\n{headline}\n{body}"
        f"Privacy | Terms\n{notice}\n"
    )
    assert _article(text).source == logo


def test_unknown_owners_notice_keeps_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # a look-alike: the notice names no group the gazetteer knows, the logo has no press word
    monkeypatch.setattr(compose, "default_gazetteer", lambda: _GROUP)
    text = (
        "Eastshire People\nNews | Sport | Community | Business | Opinion | Farming | Subscribe\n"
        "Regionals > Eastshire > News\nHarbour marina plan back on table as council seeks new "
        f"operator\n{_BODY_EN}Privacy | Terms\n© Coastline Harbours Trust 2025\n"
    )
    assert _article(text).source != "Eastshire People"


def _rubric_page(rubric: str, outlet: str = "Example Post") -> str:
    return (
        f"Skip to main content\n{outlet}\nSubscribe\nSign In\nNews\nSports\nOpinion\n"
        f"Obituaries\neNewspaper\n{rubric}\n"
        "County board approves bus rapid transit extension to the airport\n\n"
        f"Jane Doe\n{outlet}\n"
        "Published 5:02 a.m. CT Nov. 19, 2025 | Updated 9:14 a.m. CT Nov. 19, 2025\n\n"
        "County supervisors voted 13-4 on Tuesday night to fund a southern extension of the "
        "bus rapid transit line, a project that would carry the fastest buses to the airport.\n\n"
        "The $58 million extension still depends on a federal grant, which county officials "
        "expect to hear about early next year.\n"
    )


@pytest.mark.parametrize(("rubric", "want"), [("LOCAL", "Local"), ("POLITICS", "Politics")])
def test_rubric_in_capitals_over_the_headline(rubric: str, want: str) -> None:
    assert _article(_rubric_page(rubric)).section == want


def test_rubric_over_outlet_line_other_outlet() -> None:
    assert _article(_rubric_page("TRANSIT", "Example Tribune")).section == "Transit"


def test_byline_outlet_not_the_masthead_gives_no_rubric() -> None:
    # a look-alike: the line under the name is no repeat of the masthead
    page = _rubric_page("LOCAL").replace("Jane Doe\nExample Post\n", "Jane Doe\nSpecial to us\n")
    assert _article(page).section != "Local"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Kate Example Local Democracy Reporter", "Kate Example"),
        ("By Jan Roe Chief Political Correspondent", "Jan Roe"),
        ("By Tom Bright Health and Education Correspondent", "Tom Bright"),
        ("Von Anna Muster Lokalredakteurin", "Anna Muster"),
        ("Von Jan Beispiel Wirtschaftskorrespondent", "Jan Beispiel"),
    ],
)
def test_run_in_role_with_its_beat(line: str, name: str) -> None:
    assert author_of_line(line) == name


def test_plain_three_word_name_stays() -> None:
    # a look-alike: no role word at the end, the middle name stays
    assert author_of_line("By Mary Anne Doe") == "Mary Anne Doe"
