"""Blind batch 202's families (outlets' e-mail newsletters): an edition named by the
outlet's initials whose logo line is in capitals; a publisher's bulletin filing its pieces
under kinds of text ('Comment | 25 November 2026'); a regional edition's sender ('Example
Media North West') whose links go through the site's click tracker; rubric trails sharing
the edition's first crumb ('NORTH WEST | DEALS'); a desk and a day without its year over
each headline ('Город 30 ноября, 15:42')."""

from __future__ import annotations

from datetime import datetime

from app.importers.newsletter import yearless_desk_day
from app.importers.sections import shared_trail_desks
from tests.importers.makers import mail_bytes

_EN = (
    "The regional council approved the budget for the new ferry terminal on Thursday after a "
    "debate that lasted well into the evening, with two members voting against it and one "
    "abstaining."
)
_EN2 = (
    "Construction is expected to begin next spring and should take about two years, the "
    "council said in a statement issued after the vote on the terminal."
)
_RU = (
    "Городские власти утвердили план ремонта двенадцати мостов, работы начнутся весной и "
    "продлятся до конца следующего года, сообщили в мэрии. Подрядчик уже выбран."
)


def _articles(data: bytes) -> list:
    from app.importers import extract
    from app.model import Extracted

    items = extract("digest.eml", data)
    return [i.article for i in items if isinstance(i, Extracted)]


def _html_item(rubric: str, headline: str, href: str, stamp: str, text: str) -> str:
    return (
        f'<tr><td style="padding:16px"><div class="rub">{rubric}</div>'
        f'<h2><a href="{href}">{headline}</a></h2><div style="color:#777">{stamp}</div>'
        f'<p>{text}</p><a href="{href}">Read more</a></td></tr>'
    )


# --- an edition named by initials, its logo line in capitals ------------------------------


def test_initials_edition_takes_the_name_as_printed_not_the_logo_capitals() -> None:
    body = (
        "BZ am Morgen – Mittwoch, 2. Dezember 2026\n\n"
        "BEISPIEL ZEITUNG\n\n"
        "________________________________________\n\n"
        "STADT\nFähre fährt wieder nach Fahrplan\n\n"
        "Von Anna Muster · 01.12.2026, 17.45 Uhr\n\n"
        "Der Gemeinderat hat am Donnerstag den Haushalt für das neue Fährterminal beschlossen, "
        "nachdem die Debatte bis in den späten Abend gedauert hatte.\n\n"
        "________________________________________\n\n"
        "Beispiel Zeitung AG, Bahnhofplatz 5, 1701 Beispielstadt\n"
        "© 2026 Beispiel Zeitung. Alle Rechte vorbehalten.\n"
    )
    data = mail_bytes("BZ am Morgen <newsletter@beispiel-zeitung.ch>", "BZ am Morgen", body)
    arts = _articles(data)
    assert arts and {a.source for a in arts} == {"Beispiel Zeitung"}


# --- a publisher's bulletin: kinds of text over its pieces --------------------------------


def test_bulletin_kinds_of_text_are_rubrics_not_outlets() -> None:
    rows = "".join(
        f'<tr><td>{kind} | {day} November 2026</td></tr><tr><td><h3><a href="https://'
        f'example.us7.list-manage.com/track/click?id={n}">{head}</a></h3><p>Jane Doe</p>'
        f"<p>{_EN}</p><p><a href='https://example.us7.list-manage.com/t?id={n}'>Read more</a>"
        "</p></td></tr>"
        for n, (kind, day, head) in enumerate(
            [
                ("Comment", 25, "The budget leaves councils with a hard choice"),
                ("Explainer", 24, "How many officials does the ministry employ"),
                ("Press release", 26, "Institute responds to the reform plan"),
            ]
        )
    )
    html = (
        "<html><body><table><tr><td>Weekly bulletin – 27 November 2026</td></tr>"
        f"<tr><td><h2>This week’s highlights</h2></td></tr>{rows}"
        "<tr><td><p>Copyright © 2026 Example Institute, All rights reserved.</p></td></tr>"
        "</table></body></html>"
    )
    data = mail_bytes(
        "Example Institute <newsletter@exampleinstitute.org.uk>",
        "This week at the institute",
        html,
        subtype="html",
    )
    arts = _articles(data)
    assert [a.section for a in arts] == ["Comment", "Explainer", "Press release"]
    assert {a.source for a in arts} == {"Example Institute"}
    assert arts[0].published == datetime(2026, 11, 25)


# --- a regional edition over its click tracker; trails sharing the region ----------------


def test_regional_edition_through_click_tracker_and_shared_trails() -> None:
    items = "".join(
        _html_item(
            f"NORTH WEST | {desk}",
            head,
            f"https://links.examplemedia.com/ls/click?upn=NW-{n}",
            "By Jane Doe",
            f"{_EN} {_EN2}",
        )
        for n, (desk, head) in enumerate(
            [
                ("DEALS", "Software firm lands growth investment"),
                ("MANUFACTURING", "Chemicals group to create new jobs"),
                ("PEOPLE", "Law firm names new managing partner"),
            ]
        )
    )
    html = (
        '<html><body><table><tr><td><a href="https://links.examplemedia.com/ls/click?upn=web">'
        "View online</a></td></tr><tr><td>North West | Daily news</td></tr>"
        f"{items}<tr><td>© Example Media Ltd 2026</td></tr></table></body></html>"
    )
    data = mail_bytes(
        "Example Media North West <newsletters@examplemedia.com>",
        "NW Daily: software firm lands investment",
        html,
        subtype="html",
    )
    arts = _articles(data)
    assert [a.section for a in arts] == ["Deals", "Manufacturing", "People"]
    assert {a.source for a in arts} == {"Example Media"}


def test_shared_trail_desks() -> None:
    desks = shared_trail_desks(["NORTH WEST | DEALS", "NORTH WEST | PEOPLE", "Politik"])
    assert desks == {"NORTH WEST | DEALS": "Deals", "NORTH WEST | PEOPLE": "People"}
    # a lone 'masthead | edition' line, or trails ending in the same crumb: no desk
    assert shared_trail_desks(["Example Post | Morning Alert", "Weather | Today"]) == {}
    assert shared_trail_desks(["Region | Sport", "Region | Sport"]) == {}


# --- a desk and a day without its year over each headline --------------------------------


def test_yearless_desk_day() -> None:
    sent = datetime(2026, 11, 30, 19, 0)
    stamp = yearless_desk_day("Город 30 ноября, 15:42", sent)
    assert stamp is not None and stamp.section == "Город"
    assert stamp.published == datetime(2026, 11, 30, 15, 42)
    late = yearless_desk_day("Экономика 31 декабря, 23:10", datetime(2027, 1, 2))
    assert late is not None and late.published == datetime(2026, 12, 31, 23, 10)
    # a day with its year is read elsewhere; a sentence is no desk
    assert yearless_desk_day("Город 30 ноября 2026, 15:42", sent) is None
    assert yearless_desk_day("Мы открылись 30 ноября", sent) is None


def test_digest_items_under_desk_and_yearless_day() -> None:
    items = "".join(
        f'<tr><td><span style="color:red">{desk}</span> <span>{day} ноября, {clock}</span>'
        f'<div><a href="https://example-nn.ru/news/{n}">{head}</a></div><p>{_RU}</p>'
        f'<a href="https://example-nn.ru/news/{n}">Читать далее →</a></td></tr>'
        for n, (desk, day, clock, head) in enumerate(
            [
                ("Город", 30, "15:42", "Мост закроют для транспорта на две ночи"),
                ("Культура", 29, "18:30", "Театр покажет новую постановку"),
            ]
        )
    )
    html = (
        "<html><body><table><tr><td>Главное за день</td></tr><tr><td>30 ноября 2026</td></tr>"
        f"{items}<tr><td>© 2026 Example-NN.ru</td></tr></table></body></html>"
    )
    data = mail_bytes(
        "Example-NN.ru <digest@example-nn.ru>",
        "Главное за день",
        html,
        subtype="html",
        date="Mon, 30 Nov 2026 19:00:03 +0300",
    )
    arts = _articles(data)
    assert [a.section for a in arts] == ["Город", "Культура"]
    assert [a.published for a in arts] == [
        datetime(2026, 11, 30, 15, 42),
        datetime(2026, 11, 29, 18, 30),
    ]


# --- items stamped 'Writer | day' or the day alone; 'Desk / Topic' over a linked headline;
# --- the outlet's paywall badge after a headline (its title without it) --------------------


def _trade_digest() -> bytes:
    rows = [
        (
            "Hotels / Expansion",
            "hotels",
            "Hotel group takes over four city hotels",
            "Jane Doe | 01.12.2026",
            "",
        ),
        (
            "Markets",
            "markets",
            "Overnight stays slightly above last year",
            "30.11.2026 | 08:12 Uhr",
            "",
        ),
        (
            "Restaurants / Chains",
            "restaurants",
            "Burger chain closes twelve branches",
            "John Roe | 01.12.2026",
            " <span>TRADE+</span>",
        ),
        ("Politics", "politics", "Association calls for a stable tax rate", "01.12.2026", ""),
        ("People", "people", "New director for the lake hotel", "30.11.2026", ""),
    ]
    cells = "".join(
        f'<tr><td><div style="text-transform:uppercase">{rubric}</div>'
        f'<a href="https://nl.trade.example/c/{path}/story-{n}?utm_source=nl">{head}</a>{badge}'
        f"<div>{stamp}</div><div>{_EN} {_EN2}</div>"
        f'<div><a href="https://nl.trade.example/c/{path}/story-{n}">Weiterlesen »</a></div>'
        "</td></tr>"
        for n, (rubric, path, head, stamp, badge) in enumerate(rows)
    )
    html = (
        "<html><body><table><tr><td>Der Newsletter<br><b>Dienstag, 1. Dezember 2026</b></td>"
        f"</tr>{cells}<tr><td>Newsletter abbestellen</td></tr></table></body></html>"
    )
    return mail_bytes(
        "TRADE Newsletter <newsletter@trade.example>",
        "Hotel group takes over four hotels | Burger chain",
        html,
        subtype="html",
        date="Tue, 01 Dec 2026 11:32:07 +0100",
    )


def test_items_under_a_day_alone_among_writer_stamped_items() -> None:
    arts = _articles(_trade_digest())
    assert [a.title for a in arts] == [
        "Hotel group takes over four city hotels",
        "Overnight stays slightly above last year",
        "Burger chain closes twelve branches",
        "Association calls for a stable tax rate",
        "New director for the lake hotel",
    ]
    assert [a.published for a in arts] == [
        datetime(2026, 12, 1),
        datetime(2026, 11, 30, 8, 12),
        datetime(2026, 12, 1),
        datetime(2026, 12, 1),
        datetime(2026, 11, 30),
    ]


def test_desk_of_a_rubric_path_named_by_the_story_address() -> None:
    arts = _articles(_trade_digest())
    assert [a.section for a in arts] == ["Hotels", "Markets", "Restaurants", "Politics", "People"]


# --- a question headline over the writer's bare name -----------------------------------


def test_question_headline_over_a_bare_byline() -> None:
    from tests.importers.makers import article_of

    art = article_of(
        "Civil service headcount: how many officials does the ministry employ?\n\n"
        f"Jane Doe\n\n{_EN}\n\n{_EN2}\n"
    )
    assert art.title == "Civil service headcount: how many officials does the ministry employ?"
    assert art.body.startswith("The regional council approved")
