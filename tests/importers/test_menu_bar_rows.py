"""A site's menu bar pasted as one row of entries set apart by wide gaps (blind batch 92).

A browser copies 'News   Politics   Money   Sport' with the gaps between the links; single
spacing made it a row of capitalised words that won the headline over the real one.
"""

from __future__ import annotations

from app.importers.compose import compose
from app.importers.profiles import default_profiles
from app.importers.sections import is_menu_line

P = default_profiles()


def _text(menu: str, title: str, body: str) -> str:
    return "\n".join(["Example Post", menu, title, body])


def test_menu_row_with_wide_gaps_is_no_headline() -> None:
    cases = [
        ("News   Politics   Money   Sport   Lifestyle   Video",
         "Councillors approve 300 new homes on old depot site",
         "Councillors voted on Monday to approve plans for 300 homes on the site of a former "
         "depot, in what the council called a milestone for affordable housing in the city."),
        ("Politik    Wirtschaft    Kultur    Sport    Panorama",
         "Stadtrat beschließt neues Radwegenetz für die Innenstadt",
         "Der Stadtrat hat am Dienstag ein Netz von 40 Kilometern neuer Radwege beschlossen. "
         "Die ersten Abschnitte sollen im kommenden Frühjahr fertig sein, hieß es."),
        ("Новости\tПолитика\tЭкономика\tСпорт\tКультура",
         "В Томске открыли новый мост через Томь",
         "В Томске в пятницу открыли движение по новому мосту через Томь. Строительство "
         "заняло три года и обошлось городу в 12 млрд рублей, сообщили в мэрии."),
    ]  # fmt: skip
    for menu, title, body in cases:
        article = compose(_text(menu, title, body), P)
        assert article.title == title, article.title
        assert menu.split()[1] not in article.body


def test_headline_in_title_case_is_kept() -> None:
    title = "Mayor Opens New Tram Line To Northern Districts"
    body = (
        "The mayor opened the new tram line on Saturday, cutting the journey from the northern "
        "districts to the centre by a quarter of an hour, the transport authority said."
    )
    assert compose(_text("Home", title, body), P).title == title
    assert not is_menu_line(title)
    # a table row's cells are joined by ' | ', no menu
    assert not is_menu_line("Name | Party | Votes | Share")
    assert not is_menu_line("The vote passed.   It was close.   Many abstained.   Done.")
