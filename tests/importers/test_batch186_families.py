"""Mailed digests (blind batch 186): the day's items each under their time and rubric line
('18:40 | Society') with no rule between them; a press review crediting each item's outlet
in brackets after its headline ('Headline [Example Daily]'). Each family with look-alikes
that must keep their reading."""

from __future__ import annotations

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import articles_of, mail_bytes
from .makers import paste as _paste

_DATE = "Fri, 05 Dec 2025 20:00:03 +0100"

# --- 1. items under their time and rubric line ------------------------------------------


def _clocked(masthead: str, greeting: str, items: list[tuple[str, str, str]], foot: str) -> str:
    lines = [masthead, "", greeting, ""]
    for stamp, head, text in items:
        lines += [stamp, head, "", text, "", "Read more: example.org/news/1", ""]
    return _paste(*lines, "-----", foot)


def test_items_under_time_and_rubric_lines_are_split() -> None:
    cases = [
        (
            "ПРИМЕРСКИЕ ВЕСТИ | Новости дня",
            "Добрый вечер! Главное за сегодня.",
            [
                ("18:40 | Общество", "Горсовет одобрил новую велодорожку", _RU[0]),
                ("15:05 | Транспорт", "Мост через реку закроют на ремонт", _RU[1]),
            ],
            (18, 40),
            "Общество",
        ),
        (
            "EXAMPLE COURIER · Evening briefing",
            "Good evening! Here is what happened today.",
            [
                ("09:15 · Politics", "Council backs the river cycle lane", _EN[0]),
                ("07:30 · Transport", "Ring road bridge to close for repairs", _EN[1]),
                ("06:05 · Weather", "Storm warning for the coast tonight", _EN[0]),
            ],
            (9, 15),
            "Politics",
        ),
        (
            "Musterstädter Bote – Der Abend",
            "Guten Abend, das war der Tag in Musterstadt.",
            [
                ("Stadt · 17.45 Uhr", "Stadtrat beschließt neuen Radweg", _DE[0]),
                ("Verkehr · 12.10 Uhr", "Brücke am Ring wird saniert", _DE[1]),
            ],
            (17, 45),
            "Stadt",
        ),
    ]
    for masthead, greeting, items, clock, desk in cases:
        text = _clocked(masthead, greeting, items, "Unsubscribe: example.org/u")
        arts = articles_of(
            "d.eml", mail_bytes("Example News <n@example.org>", "Today", text, date=_DATE)
        )
        assert [a.title for a in arts] == [h for _, h, _ in items], [a.title for a in arts]
        assert (arts[0].published.hour, arts[0].published.minute) == clock
        assert arts[0].section == desk
        assert arts[0].body.startswith(items[0][2][:30]), arts[0].body[:60]
        assert items[1][1] not in arts[0].body


def test_programme_times_over_short_lines_stay_in_the_text() -> None:
    # a schedule's times over event names with no text under them: one article
    text = _paste(
        "Council backs the river cycle lane",
        "",
        *_EN,
        "",
        "10:00 | Opening",
        "Welcome by the mayor",
        "11:30 | Tour",
        "Walk along the new route",
    )
    arts = articles_of(
        "d.eml", mail_bytes("Example News <n@example.org>", "Cycle lane", text, date=_DATE)
    )
    assert len(arts) == 1
    assert arts[0].title == "Council backs the river cycle lane"


def test_ticker_times_over_text_stay_one_article() -> None:
    # a live ticker's times right over their paragraphs (no headline under the time)
    text = _paste(
        "Storm over the coast: the evening as it happened", "", "18:40", _EN[0], "", "19:05", _EN[1]
    )
    arts = articles_of(
        "d.eml", mail_bytes("Example News <n@example.org>", "Ticker", text, date=_DATE)
    )
    assert len(arts) == 1
    assert arts[0].title == "Storm over the coast: the evening as it happened"


# --- 2. the outlet in brackets after the headline ---------------------------------------


def _review(head: str, items: list[tuple[str, str, str]], foot: str) -> str:
    lines = [head, "Tuesday, 9 December 2025", ""]
    for n, (title, day, text) in enumerate(items, 1):
        lines += [f"{n}. {title}", day, "", text, ""]
    return _paste(*lines, "---", foot)


def test_outlet_in_brackets_after_the_headline_is_the_source() -> None:
    cases = [
        (
            "CONSULATE OF EXAMPLELAND\nDaily Press Review",
            [
                ("Council backs the river cycle lane [Example Daily]", "9 December 2025", _EN[0]),
                ("Ring road bridge to close for repairs [Metro.ex]", "8 December 2025", _EN[1]),
            ],
            ["Example Daily", "Metro.ex"],
        ),
        (
            "Pressespiegel der Handelskammer",
            [
                ("Stadtrat beschließt neuen Radweg [Musterstädter Bote]", "09.12.2025", _DE[0]),
                ("Brücke am Ring wird saniert [Nordkurier Beispiel]", "08.12.2025", _DE[1]),
            ],
            ["Musterstädter Bote", "Nordkurier Beispiel"],
        ),
        (
            "Обзор прессы",
            [
                ("Горсовет одобрил новую велодорожку [Примерские вести]", "9 декабря 2025", _RU[0]),
                ("Мост через реку закроют на ремонт [Пример.ру]", "8 декабря 2025", _RU[1]),
            ],
            ["Primerskie Vesti", "Primer.ru"],  # a media outlet in Latin script
        ),
    ]
    for head, items, outlets in cases:
        text = _review(head, items, "Prepared by the press wing")
        arts = articles_of(
            "r.eml", mail_bytes("Press Wing <p@example.org>", "Review", text, date=_DATE)
        )
        assert [a.title for a in arts] == [t.rsplit(" [", 1)[0] for t, _, _ in items]
        assert [a.source for a in arts] == outlets


def test_piece_label_in_brackets_is_no_outlet() -> None:
    # '[Video]', '[Updated]' after a headline are the piece's kind, not its outlet
    text = _review(
        "EXAMPLE COURIER\nDaily Review",
        [
            ("Council backs the river cycle lane [Video]", "9 December 2025", _EN[0]),
            ("Ring road bridge to close for repairs [Updated]", "8 December 2025", _EN[1]),
        ],
        "Example Courier",
    )
    arts = articles_of(
        "r.eml", mail_bytes("Example Courier <p@example.org>", "Review", text, date=_DATE)
    )
    assert all(a.source not in ("Video", "Updated") for a in arts), [a.source for a in arts]


# --- 3. a credit line with the byline after a dash --------------------------------------


def test_credit_line_with_dashed_byline_names_outlet_day_and_author() -> None:
    from app.importers.stampline import comma_stamp, dashed_byline

    cases = [
        (
            "Example Post, 10 December 2025 – by Jane Doe and John Roe",
            "Example Post",
            "by Jane Doe and John Roe",
        ),
        ("Musterstädter Bote, 10.12.2025 — von Eva Muster", "Musterstädter Bote", "von Eva Muster"),
        (
            "Примерские вести, 10 декабря 2025 - Автор: Иван Петров",
            "Примерские вести",
            "Автор: Иван Петров",
        ),
    ]
    for line, outlet, by in cases:
        stamp = comma_stamp(line)
        assert stamp is not None and stamp.outlet == outlet, (line, stamp)
        assert stamp.published is not None and stamp.published.day == 10
        assert dashed_byline(line)[1] == by
    # a headline with a dash and 'by' in it is no credit line
    assert dashed_byline("Council backs lane – by a narrow margin")[1] == "by a narrow margin"
    assert comma_stamp("Council backs lane – by a narrow margin") is None
    assert dashed_byline("Example Post, 10 December 2025") == ("Example Post, 10 December 2025", "")


def test_digest_item_credit_with_dashed_byline_gives_the_author() -> None:
    html = (
        "<html><body><p><b>Example Institute</b><br>WHAT WE READ | 12 December 2025</p>"
        "<h3>Council backs the river cycle lane</h3>"
        "<div>Example Post, 11 December 2025 – by Jane Doe</div>"
        f"<blockquote>{_EN[0]} {_EN[1]}</blockquote><p><a href='#'>Read the full article</a></p>"
        "<h3>Ring road bridge to close for repairs</h3>"
        "<div>Example Times, 10 December 2025 – by John Roe and Mary Major</div>"
        f"<blockquote>{_EN[1]} {_EN[0]}</blockquote><p><a href='#'>Read the full article</a></p>"
        "</body></html>"
    )
    mail = mail_bytes(
        "Example Institute <n@example.org>", "What we read", html, subtype="html", date=_DATE
    )
    arts = articles_of("w.eml", mail)
    assert [(a.source, a.author, a.published.day) for a in arts] == [
        ("Example Post", "Jane Doe", 11),
        ("Example Times", "John Roe and Mary Major", 10),
    ]


# --- 4. a salutation opens the editor's intro -------------------------------------------


def test_salutations_open_an_intro() -> None:
    from app.importers.newsletter import GREETING_OPEN

    for line in (
        "Dear friends, this week our team has been reading",
        "Liebe Musterstädterinnen und Musterstädter,",
        "Liebe Mitglieder und liebe Freunde,",
        "Уважаемые коллеги!",
        "Дорогие друзья, на этой неделе",
    ):
        assert GREETING_OPEN.match(line), line
    for line in (
        "Liebe ist ein Gefühl, das bleibt",  # a sentence about love
        "Liebe Grüße, Anna",  # a sign-off
        "Dear Prudence was the song they chose for the opening",
    ):
        assert not GREETING_OPEN.match(line), line


def test_intro_under_salutation_is_no_item() -> None:
    for greeting, intro in (
        (
            "Dear friends,",
            "this week our team has been reading about cycle lanes and bridges. As always, "
            "inclusion does not imply endorsement.",
        ),
        (
            "Liebe Musterstädterinnen und Musterstädter,",
            "die Tage werden kürzer und im Rathaus wurde viel entschieden. In dieser Ausgabe "
            "lesen Sie, was der Haushalt bedeutet.",
        ),
        (
            "Уважаемые коллеги!",
            "На этой неделе мы собрали для вас главные новости города. Как всегда, подборка "
            "не означает одобрения.",
        ),
    ):
        text = _paste(
            "Example Bulletin",
            "",
            greeting,
            "",
            intro,
            "",
            "-----",
            "Council backs the river cycle lane",
            "",
            _EN[0],
            "",
            "-----",
            "Ring road bridge to close for repairs",
            "",
            _EN[1],
            "",
            "-----",
            "Unsubscribe: example.org/u",
        )
        arts = articles_of(
            "g.eml", mail_bytes("Example Bulletin <n@example.org>", "Bulletin", text, date=_DATE)
        )
        assert [a.title for a in arts] == [
            "Council backs the river cycle lane",
            "Ring road bridge to close for repairs",
        ], [a.title for a in arts]


# --- 5. the intro's signature over the first item is no desk ------------------------------


def _html_digest(top: str, items: list[tuple[str, str, str]]) -> bytes:
    rows = "".join(
        f"<tr><td><h2>{head}</h2><span>{day}</span><p>{text}</p><a href='#'>More</a></td></tr>"
        for head, day, text in items
    )
    return f"<html><body><table>{top}{rows}<tr><td>Unsubscribe</td></tr></table></body></html>"


def test_signature_under_the_intro_is_no_desk_of_the_first_item() -> None:
    items = [
        ("Council backs the river cycle lane", "Published 02.12.2025", _EN[0]),
        ("Ring road bridge to close for repairs", "Published 05.12.2025", _EN[1]),
    ]
    for signed, unit in (
        ("Your editorial team", "Communications Department"),
        ("Ihre Redaktion des Rathaus-Newsletters", "Fachbereich Kommunikation"),
        ("Ваша редакция", "Управление информационной политики"),
    ):
        top = (
            "<tr><td><b>Town Hall Newsletter</b></td></tr><tr><td>Hello,<br><br>"
            "the days are getting shorter and the council decided a lot in the past weeks."
            f"<br><br>{signed}<br>{unit}</td></tr>"
        )
        mail = mail_bytes(
            "Example Town <n@example.org>",
            "Newsletter",
            _html_digest(top, items),
            subtype="html",
            date=_DATE,
        )
        arts = articles_of("s.eml", mail)
        assert arts[0].title == items[0][0]
        assert arts[0].section == "", (unit, arts[0].section)


def test_rubric_over_first_item_without_signature_stays() -> None:
    items = [
        ("Council backs the river cycle lane", "Published 02.12.2025", _EN[0]),
        ("Ring road bridge to close for repairs", "Published 05.12.2025", _EN[1]),
    ]
    top = "<tr><td><b>Town Hall Newsletter</b></td></tr><tr><td>Transport</td></tr>"
    mail = mail_bytes(
        "Example Town <n@example.org>",
        "Newsletter",
        _html_digest(top, items),
        subtype="html",
        date=_DATE,
    )
    assert articles_of("s.eml", mail)[0].section == "Transport"


# --- 6. the issue's numbered line dates the issue, not the first item ---------------------


def test_numbered_issue_line_is_the_issue_s_day() -> None:
    from lxml import html as lh

    from app.importers.newsletter import issue_date

    for line, day in (
        ("Ausgabe 48/2025 · 5. Dezember 2025 · Büro für Öffentlichkeitsarbeit", 5),
        ("Issue 112 | 6 December 2025 | Press and Communications Office", 6),
        ("Выпуск № 47 · 7 декабря 2025 · Пресс-служба", 7),
    ):
        body = lh.fromstring(
            f"<html><body><p>Example news</p><p>{line}</p><p>Research</p>"
            "<h2>Glacier loses three metres</h2>"
            f"<p>01.12.2025</p><p>{_EN[0]}</p></body></html>"
        ).find("body")
        found = issue_date(body)
        assert found is not None and found.day == day, (line, found)


def test_first_item_keeps_its_own_day_under_a_numbered_issue_line() -> None:
    top = (
        "<tr><td>Example University news</td></tr>"
        "<tr><td>Issue 48 · 5 December 2025 · Press Office</td></tr>"
    )
    items = [
        ("Glacier loses three metres of ice", "01.12.2025", _EN[0]),
        ("New master's programme starts in autumn", "03.12.2025", _EN[1]),
    ]
    mail = mail_bytes(
        "Example University <n@example.org>",
        "news",
        _html_digest(top, items),
        subtype="html",
        date=_DATE,
    )
    arts = articles_of("u.eml", mail)
    assert [a.published.day for a in arts] == [1, 3]


# --- 7. a sender named 'Organisation - List' -------------------------------------------


def test_sender_with_its_list_name_after_a_dash_is_the_organisation() -> None:
    from app.importers.mail import _without_list_name

    assert (
        _without_list_name("Example University - campus-news", "campus-news weekly 48/2025: X")
        == "Example University"
    )
    assert (
        _without_list_name(
            "Stadt Beispiel | Rathaus-Newsletter", "Rathaus-Newsletter Dezember 2025"
        )
        == "Stadt Beispiel"
    )
    assert (
        _without_list_name("Город Пример — Вести мэрии", "Вести мэрии: главное за неделю")
        == "Город Пример"
    )
    # a subject on another topic, or a name that holds a dash, keeps the sender
    assert (
        _without_list_name("Example University - campus-news", "Glacier report")
        == "Example University - campus-news"
    )
    assert (
        _without_list_name("Baden-Württemberg Stiftung", "Baden-Württemberg news")
        == "Baden-Württemberg Stiftung"
    )


# --- 8. a review's column: the day over the outlet ----------------------------------------


def test_day_over_outlet_lines_are_the_item_s_stamp() -> None:
    from app.importers.newsletter import item_stamp

    for above, outlet, day in (
        (["02.12.2025", "Example Daily"], "Example Daily", 2),
        (["4 December 2025", "Musterstädter Bote"], "Musterstädter Bote", 4),
        (["05.12.2025", "Примерские вести"], "Примерские вести", 5),
    ):
        stamp = item_stamp(above)
        assert (stamp.outlet, stamp.published.day if stamp.published else None) == (outlet, day), (
            above
        )
    # a day over a desk or a person: no outlet
    assert not item_stamp(["02.12.2025", "Wirtschaft"]).outlet
    assert not item_stamp(["02.12.2025", "Jane Doe"]).outlet


def _column_review(rows: list[tuple[str, str, str, str]]) -> bytes:
    cells = "".join(
        f"<tr><td width='150'>{day}<br><b>{outlet}</b></td><td><b>{head}</b><p>{text}</p></td></tr>"
        for day, outlet, head, text in rows
    )
    return (
        "<html><body><table>"
        "<tr><td colspan='2'><b>EXAMPLE UNION</b> · Union of example makers</td></tr>"
        "<tr><td colspan='2'>Members' bulletin No. 47 · 1–7 December 2025</td></tr>"
        f"{cells}<tr><td colspan='2'>Press office: press@example.org</td></tr>"
        "</table></body></html>"
    )


def test_review_column_credits_each_item_with_its_day() -> None:
    rows = [
        ("02.12.2025", "Example Daily", "Council backs the river cycle lane", _EN[0]),
        ("04.12.2025", "Example Times", "Ring road bridge to close for repairs", _EN[1]),
        ("05.12.2025", "Example Post", "Storm warning for the coast tonight", _EN[0]),
    ]
    mail = mail_bytes(
        "Example Union <n@example.org>",
        "Bulletin 47",
        _column_review(rows),
        subtype="html",
        date=_DATE,
    )
    arts = articles_of("c.eml", mail)
    assert [(a.source, a.published.day, a.section) for a in arts] == [
        ("Example Daily", 2, ""),
        ("Example Times", 4, ""),
        ("Example Post", 5, ""),
    ]


# --- 9. a body's bulletin credits its own news by its short name ---------------------------


def test_own_credit_of_an_institution_keeps_its_printed_name() -> None:
    from app.importers.mail import _own_credit

    assert _own_credit("Примерсоюз", "Ассоциация Примерсоюз")
    assert _own_credit("Примерфонд", "Фонд Примерфонд")
    assert _own_credit("Палата Примерска", "Торгово-промышленная палата Примерска")
    # an outlet crediting itself, or another outlet in a body's bulletin: no own credit
    assert not _own_credit("Пример", "ИА Пример")
    assert not _own_credit("Коммерсантъ", "Ассоциация Примерсоюз")


# --- 10. a Russian address opening with its postcode -------------------------------------


def test_postcode_first_address_is_boilerplate() -> None:
    from app.importers.boilerplate import is_boilerplate

    for line in (
        "115054, Москва, ул. Примерная, д. 57, стр. 1",
        "670000, Республика Пример, г. Примерск, ул. Садовая, 11",
        "190000, г. Санкт-Петербург, наб. реки Мойки, 12",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("123456, говорится в сообщении, д. 5 процентов")
    assert not is_boilerplate(
        "В 2025 году на улице Садовой открылся новый сквер, сообщили в мэрии."
    )


# --- 11. a trail set with arrows over a mailed headline ------------------------------------


def test_arrow_trail_over_mailed_headline_gives_the_desk() -> None:
    for trail, desk, para in (
        ("Agency news › River transport", "River transport", "".join(f"<p>{p}</p>" for p in _EN)),
        ("Aktuelles › Binnenschifffahrt", "Binnenschifffahrt", "".join(f"<p>{p}</p>" for p in _DE)),
        (
            "Новости агентства › Речной транспорт",
            "Речной транспорт",
            "".join(f"<p>{p}</p>" for p in _RU),
        ),
    ):
        html = (
            "<html><body><table><tr><td>Example Agency<br>Federal agency for rivers</td></tr>"
            f"<tr><td>{trail}</td></tr>"
            "<tr><td><h1>Navigation season closes with record cargo</h1></td></tr>"
            f"<tr><td>08.12.2025 11:30</td></tr><tr><td>{para}</td></tr>"
            "<tr><td>Press office · press@example.org</td></tr></table></body></html>"
        )
        mail = mail_bytes(
            "Example Agency <press@example.org>",
            "Navigation season",
            html,
            subtype="html",
            date=_DATE,
        )
        assert articles_of("a.eml", mail)[0].section == desk
