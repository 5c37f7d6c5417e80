"""The generic digest segmenter (digestsplit): made-up digests of shapes no family rule was
written for come apart into their items from their repeated layout, and mails that only
look like digests (an article with related links, a release with a contact table, a
forwarded article, an article with crossheads) stay one article."""

from __future__ import annotations

import textwrap

from app.importers.boilerplate import is_boilerplate
from app.importers.digestsplit import split_digest
from app.importers.html import parse_html
from app.importers.newsletter import WEB_VIEW
from tests.importers.makers import articles_of, mail_bytes

TEASER_EN = (
    "The regional authority said on Thursday that the works would start in the spring and "
    "last about eighteen months, with lanes closed at night only."
)
TEASER_DE = (
    "Die Verwaltung teilte am Donnerstag mit, die Arbeiten sollen im Frühjahr beginnen und "
    "rund achtzehn Monate dauern; gesperrt werde nur nachts."
)
TEASER_RU = (
    "Как сообщили в администрации в четверг, работы начнутся весной и продлятся около "
    "полутора лет, перекрывать движение будут только ночью."
)


def _tree(html: str):  # type: ignore[no-untyped-def]
    return parse_html(f"<html><body>{html}</body></html>")


def _heads(chunks: list[tuple[str, str, list[str]]]) -> list[str]:
    return [c[1].split("\n")[0] for c in chunks]


# ------------------------------------------------------------------ digests that split

TEMPLATE_EN = (
    '<table><tr><td><img src="logo.png"> Harbour Weekly</td></tr>'
    '<tr><td><a href="https://example.org/web">View this issue online</a></td></tr>'
    "<tr><td><p>Hello and welcome to this week's round-up from the port district.</p></td></tr>"
    + "".join(
        f'<tr><td class="item"><a class="hl" href="https://example.org/{n}">{head}</a>'
        f"<p>{TEASER_EN}</p>"
        f'<a href="https://example.org/{n}">Read more</a></td></tr>'
        for n, head in enumerate(
            (
                "Ferry terminal upgrade wins planning approval",
                "New cycle bridge over the inner basin opens in May",
                "Fish market traders agree a longer lease with the port",
            )
        )
    )
    + "<tr><td><p>You receive this mail because you subscribed. Unsubscribe</p>"
    "<p>Harbour Weekly, 1 Quay Street, Example Town</p></td></tr></table>"
)


def test_html_template_records_split_into_items() -> None:
    chunks = split_digest(_tree(TEMPLATE_EN), "")
    assert _heads(chunks) == [
        "Ferry terminal upgrade wins planning approval",
        "New cycle bridge over the inner basin opens in May",
        "Fish market traders agree a longer lease with the port",
    ]
    assert all("Read more" not in c[1] and "Unsubscribe" not in c[1] for c in chunks)
    data = mail_bytes(
        "Harbour Weekly <news@example.org>", "Harbour Weekly #48", TEMPLATE_EN, "html"
    )
    titles = [a.title for a in articles_of("weekly.eml", data)]
    assert titles == _heads(chunks)


RULED_DE = "\n".join(
    [
        "STADTWERKE-BRIEF | Ausgabe 12/2025",
        "",
        "Guten Tag, hier die Meldungen der Woche.",
        "",
    ]
    + [
        line
        for head in (
            "Neues Umspannwerk am Hafen geht in Betrieb",
            "Fernwärmenetz wächst um zwölf Kilometer",
            "Ladesäulen an allen Bahnhöfen bis Sommer",
        )
        for line in (
            "----------------------------------------",
            head,
            "",
            TEASER_DE,
            "",
            "Weiterlesen: https://example.org/meldung",
            "",
        )
    ]
    + ["----------------------------------------", "Abmelden | Impressum"]
)


def test_text_items_between_rules_split() -> None:
    chunks = split_digest(None, RULED_DE)
    assert _heads(chunks) == [
        "Neues Umspannwerk am Hafen geht in Betrieb",
        "Fernwärmenetz wächst um zwölf Kilometer",
        "Ladesäulen an allen Bahnhöfen bis Sommer",
    ]
    assert all(TEASER_DE in c[1] for c in chunks)


NUMBERED_RU = "\n".join(
    [
        "Вечерний обзор",
        "",
        "Добрый вечер! Коротко о главном за день.",
        "",
    ]
    + [
        line
        for n, head in enumerate(
            (
                "Мост через реку закроют на ремонт до весны",
                "В порту открыли новый зерновой терминал",
                "Во всех школах района заменят окна",
            ),
            1,
        )
        for line in (f"{n}. {head}", "", TEASER_RU, "")
    ]
    + ["Вы получили это письмо, потому что подписались на рассылку."]
)


def test_numbered_text_items_split() -> None:
    chunks = split_digest(None, NUMBERED_RU)
    assert _heads(chunks) == [
        "Мост через реку закроют на ремонт до весны",
        "В порту открыли новый зерновой терминал",
        "Во всех школах района заменят окна",
    ]


HEADS_EN = (
    "Council backs a new bus lane on the ring road",
    "Library extends its opening hours over winter",
    "Stadium owners present the revised roof design",
)
CONTENTS_EN = (
    "<p>City Notes</p><p>In this issue:</p><ul>"
    + "".join(f'<li><a href="#i{n}">{h}</a></li>' for n, h in enumerate(HEADS_EN))
    + "</ul>"
    + "".join(
        f"<p><strong>{h}</strong></p><p>{TEASER_EN}</p>"
        f'<p><a href="https://example.org/{n}">Read the full story</a></p>'
        for n, h in enumerate(HEADS_EN)
    )
    + "<p>Unsubscribe | Privacy</p>"
)


def test_contents_list_gives_way_to_the_items() -> None:
    chunks = split_digest(_tree(CONTENTS_EN), "")
    assert _heads(chunks) == list(HEADS_EN)
    assert all(TEASER_EN in c[1] for c in chunks)


CALENDAR_DE = (
    "<div><p>Rathaus-Newsletter</p></div>"
    + "".join(
        f'<div class="news"><h3><a href="https://example.org/{n}">{h}</a></h3>'
        f"<p>{TEASER_DE}</p><p><a href='https://example.org/{n}'>Mehr lesen</a></p></div>"
        for n, h in enumerate(
            (
                "Neue Kita im Nordviertel eröffnet im Januar",
                "Stadtbibliothek verlängert die Öffnungszeiten",
                "Sanierung der Brückenstraße beginnt im März",
            )
        )
    )
    + "<h3>Termine</h3><table>"
    + "".join(
        f"<tr><td>{d}</td><td>{e}</td><td>Marktplatz</td></tr>"
        for d, e in (
            ("12.12.2025", "Weihnachtsmarkt"),
            ("14.12.2025", "Adventskonzert"),
            ("20.12.2025", "Winterlauf"),
        )
    )
    + "</table><p>Impressum | Abmelden</p>"
)


def test_items_over_a_calendar_table_split_without_it() -> None:
    chunks = split_digest(_tree(CALENDAR_DE), "")
    assert _heads(chunks) == [
        "Neue Kita im Nordviertel eröffnet im Januar",
        "Stadtbibliothek verlängert die Öffnungszeiten",
        "Sanierung der Brückenstraße beginnt im März",
    ]
    assert not any("Weihnachtsmarkt" in c[1] for c in chunks)


# digests whose rules-only reading was one article (masthead or greeting as the title)

HEADS_DE = (
    "Neue Kita im Nordviertel eröffnet im Januar",
    "Stadtbibliothek verlängert die Öffnungszeiten",
    "Sanierung der Brückenstraße beginnt im März",
)
CARDS_DE = (
    "<div class='top'>Wochenbrief der Stadt Beispiel</div>"
    "<div>Liebe Leserinnen und Leser, hier ist das Neueste.</div>"
    + "".join(
        f"<div class='card'><div class='kicker'>Verkehr</div>"
        f"<div class='title' style='font-weight:bold'>{h}</div><div class='text'>{TEASER_DE}</div>"
        f"<div class='meta'>2{n}.11.2025 · Pressestelle</div></div>"
        for n, h in enumerate(HEADS_DE)
    )
    + "<div>Impressum · Abmelden</div>"
)


def _mail_titles(body: str, subtype: str) -> list[str]:
    data = mail_bytes("Stadt Beispiel <info@example.org>", "Wochenbrief 48", body, subtype)
    return [a.title for a in articles_of("digest.eml", data)]


def test_unlinked_cards_split_by_their_repeated_shape() -> None:
    chunks = split_digest(_tree(CARDS_DE), "")
    assert _heads(chunks) == list(HEADS_DE)
    assert [c[0] for c in chunks] == ["Verkehr"] * 3  # the kicker: the item's rubric
    assert [c[2] for c in chunks][1] == ["21.11.2025 · Pressestelle"]
    assert _mail_titles(CARDS_DE, "html") == list(HEADS_DE)


TEXT_URLS_EN = (
    "City Notes, week 48\n\nHello! Here is what happened this week.\n\n"
    + "".join(f"{h}\n{TEASER_EN}\nhttps://example.org/news/{n}\n\n" for n, h in enumerate(HEADS_EN))
    + "Unsubscribe: https://example.org/u\n"
)


def test_text_items_closed_by_their_links_split() -> None:
    chunks = split_digest(None, TEXT_URLS_EN)
    assert _heads(chunks) == list(HEADS_EN)
    assert chunks[0][0] == ""  # the name over the first item is no rubric of it
    assert _mail_titles(TEXT_URLS_EN, "plain") == list(HEADS_EN)


CREDITED_RU = "Обзор прессы за 26 ноября\n\n" + "".join(
    f"{h}\n\n{t}\n\n— Газета Пример, 26.11.2025\n\n"
    for h, t in (
        ("Мост через реку закроют на ремонт до весны", TEASER_RU),
        (
            "В порту открыли новый зерновой терминал",
            "Терминал рассчитан на перевалку трёх миллионов тонн зерна в год, на предприятии "
            "создано двести рабочих мест.",
        ),
        (
            "Во всех школах района заменят окна",
            "Программа рассчитана на два года, первыми окна заменят в школах, построенных до "
            "1980 года.",
        ),
    )
)


def test_items_closed_by_credit_lines_take_the_credited_outlet() -> None:
    chunks = split_digest(None, CREDITED_RU)
    assert [c[2] for c in chunks] == [["Газета Пример, 26.11.2025"]] * 3
    data = mail_bytes("Stadt Beispiel <info@example.org>", "Обзор", CREDITED_RU)
    arts = articles_of("review.eml", data)
    assert len(arts) == 3
    assert all(a.source != "Stadt Beispiel" for a in arts)  # the credited outlet
    assert all("Газета Пример" not in a.body for a in arts)


def test_numbered_items_split_in_the_mail() -> None:
    data = mail_bytes("Example News <news@example.org>", "Вечерний обзор", NUMBERED_RU)
    assert [a.title for a in articles_of("evening.eml", data)] == [
        "Мост через реку закроют на ремонт до весны",
        "В порту открыли новый зерновой терминал",
        "Во всех школах района заменят окна",
    ]


REVIEW_DE = "\n".join(
    [
        "Pressespiegel",
        "Verband der Beispielindustrie",
        "Ausgabe vom 27.11.2025",
        "",
        "Inhalt",
        *(f"{n}. {h}" for n, h in enumerate(HEADS_DE, 1)),
        "",
        "==================================================",
    ]
    + [
        line
        for n, h in enumerate(HEADS_DE)
        for line in (
            f"Beispiel Zeitung, 2{n}.11.2025, Ressort: Lokales",
            h,
            "",
            TEASER_DE,
            "",
            "--------------------------------------------------",
        )
    ]
    + ["Mit freundlichen Grüßen", "Ihre Pressestelle", "Telefon 0123 456789"]
)


def test_ruled_review_drops_its_contents_block_and_signature() -> None:
    chunks = split_digest(None, REVIEW_DE)
    assert _heads(chunks) == list(HEADS_DE)
    assert [c[2] for c in chunks][2] == ["Beispiel Zeitung, 22.11.2025, Ressort: Lokales"]


MONITOR_RU = "\n".join(
    [
        "МОНИТОРИНГ СМИ",
        "Выпуск N 12 от 04.12.2025",
        "Всего материалов: 2",
        "==========================================",
    ]
    + [
        line
        for n, (head, text) in enumerate(
            (
                ("Мост через реку закроют на ремонт до весны", TEASER_RU),
                (
                    "В порту открыли новый зерновой терминал",
                    "Терминал рассчитан на перевалку трёх миллионов тонн зерна в год, на "
                    "предприятии создано двести рабочих мест.",
                ),
            ),
            1,
        )
        for line in (
            f"Материал {n}",
            f"СМИ: Газета Пример | Дата: 0{n}.12.2025",
            "------------------------------------------",
            f"Заголовок: {head}",
            "",
            text,
            "",
            "==========================================",
        )
    ]
    + ["Рассылка подготовлена пресс-службой. Только для внутреннего пользования."]
)


def test_review_with_two_kinds_of_rules_cuts_at_the_items_rule() -> None:
    chunks = split_digest(None, MONITOR_RU)
    assert _heads(chunks) == [
        "Мост через реку закроют на ремонт до весны",
        "В порту открыли новый зерновой терминал",
    ]
    assert chunks[1][2] == ["Материал 2", "СМИ: Газета Пример | Дата: 02.12.2025"]


# ------------------------------------------------------------------ look-alikes: one article

ARTICLE_EN = (
    "<p>The regional authority approved the new tram line on Thursday after a debate that "
    "lasted most of the afternoon and ended in a clear majority for the plan.</p>"
    "<p>Construction is due to start next spring, and the first trams are expected to run in "
    "2028 if the national government confirms its share of the funding in time.</p>"
    "<p>Residents along the route will be consulted on the position of the stops, the "
    "authority said, and a public exhibition will open in the town hall next month.</p>"
)


def test_article_with_related_links_stays_one() -> None:
    html = (
        "<h1>Regional authority approves the new tram line</h1><p>By Jane Doe</p>"
        + ARTICLE_EN
        + "<h3>Related</h3><ul>"
        + "".join(
            f'<li><a href="https://example.org/{n}">{h}</a></li>' for n, h in enumerate(HEADS_EN)
        )
        + "</ul>"
    )
    assert split_digest(_tree(html), "") == []
    data = mail_bytes("Example Daily <news@example.org>", "Tram line approved", html, "html")
    assert len(articles_of("tram.eml", data)) == 1


def test_release_with_contact_table_stays_one() -> None:
    html = (
        "<h2>Example Energy opens its third wind farm in the north</h2>"
        + ARTICLE_EN
        + "<p>Press contact</p><table>"
        + "".join(
            f"<tr><td>{name}</td><td>Press officer</td><td>+44 20 7946 00{n}</td>"
            f"<td>press{n}@example.org</td></tr>"
            for n, name in enumerate(("Anna Smith", "Peter Brown", "Maria Lopez"))
        )
        + "</table>"
    )
    assert split_digest(_tree(html), "") == []


def test_article_with_crossheads_stays_one() -> None:
    html = (
        "<h1>The tram line in five questions</h1>"
        "<h2>Who pays for the new line</h2>"
        + ARTICLE_EN
        + "<h2>When the first trams run</h2>"
        + ARTICLE_EN
    )
    assert split_digest(_tree(html), "") == []


def test_forwarded_article_stays_one() -> None:
    text = "\n".join(
        [
            "Hi all, see below.",
            "",
            "---------- Forwarded message ---------",
            "From: Example Daily <news@example.org>",
            "Date: Wed, 26 Nov 2025 at 07:10",
            "Subject: Tram line approved",
            "",
            "Regional authority approves the new tram line",
            "",
            TEASER_EN,
            "",
            "Trams every ten minutes",
            "",
            "The authority said trams would run every ten minutes at peak times and every "
            "quarter of an hour in the evening, with night services at weekends.",
            "",
            "https://example.org/tram#timetable",
        ]
    )
    inner = text.split("Subject: Tram line approved\n", 1)[1]
    assert split_digest(None, inner) == []  # a crosshead over the last paragraph: no item
    data = mail_bytes("Jane Doe <jane@example.com>", "Fwd: Tram line approved", text)
    assert [a.title for a in articles_of("fwd.eml", data)] == [
        "Regional authority approves the new tram line"
    ]


# ------------------------------------------------------------------ group headings, calendars,
# blog rows, social rows and footers (made-up digests of the shapes; look-alikes stay one)

HEADS_RU = (
    "Мост через реку закроют на ремонт до весны",
    "В порту открыли новый зерновой терминал",
    "Во всех школах района заменят окна",
)
OUTLETS = ("Example Herald", "Beispiel-Kurier", "Вестник Примера")


def _grouped(heads: tuple[str, ...], teaser: str, mark: str, link: str) -> str:
    """Items each under an outlet's heading typed between marks, closed by a link line."""
    return "".join(
        f"{mark} {outlet} {mark}\n\n{head}\n\n{teaser}\n\n{link}: https://example.org/{n}\n\n\n"
        for n, (outlet, head) in enumerate(zip(OUTLETS, heads, strict=True))
    )


DECORATED = (
    "PRESS REVIEW, 2 December 2025\n\nCONTENTS:\n"
    + "".join(f"{n}. {h}\n" for n, h in enumerate(HEADS_EN, 1))
    + "\n\n"
    + _grouped(HEADS_EN, TEASER_EN, "*****", "Link")
    + "---\nPrepared by the press office. Reply STOP to leave the list.\n",
    "PRESSESPIEGEL 2.12.2025\n\n"
    + _grouped(HEADS_DE, TEASER_DE, "###", "Zum Artikel")
    + "Impressum: Stadt Beispiel, Marktplatz 1, 12345 Beispiel\n",
    "ОБЗОР СМИ за 2 декабря 2025 г.\nДля служебного пользования\n\n"
    + _grouped(HEADS_RU, TEASER_RU, "*****", "Ссылка")
    + "Обзор подготовлен пресс-службой.\n",
)


def test_decorated_headings_name_the_outlet_of_the_items_under_them() -> None:
    for text, heads in zip(DECORATED, (HEADS_EN, HEADS_DE, HEADS_RU), strict=True):
        chunks = split_digest(None, text)
        assert _heads(chunks) == list(heads)
        assert [c[0] for c in chunks] == list(OUTLETS)  # the heading: each item's label
        assert not any("*****" in c[1] or "###" in c[1] or "https://" in c[1] for c in chunks)


def test_decorated_headings_win_over_the_rule_cuts_in_the_mail() -> None:
    # a review: the heading over the item is its outlet, no item of its own
    data = mail_bytes("Press Office <press@example.org>", "Press review", DECORATED[0])
    arts = articles_of("review.eml", data)
    assert [a.title for a in arts] == list(HEADS_EN)
    assert [a.source for a in arts][:2] == list(OUTLETS[:2])
    assert arts[2].source not in ("Press Office", "")  # (its Cyrillic name transliterated)
    assert not any("STOP" in a.body for a in arts)


def _ruled_groups(groups: list[tuple[str, str, str]], rule: str) -> str:
    return "".join(
        f"{rule}\n{label}\n{rule}\n\n{head}\n\n{teaser}\n\n> Read on: https://example.org/{n}\n\n"
        for n, (label, head, teaser) in enumerate(groups)
    )


RULED_HEADINGS = (
    "CITY NOTES 48/2025\n\n"
    + _ruled_groups(
        [
            ("Transport", HEADS_EN[0], TEASER_EN),
            ("Culture", HEADS_EN[1], TEASER_EN),
            ("Sport", HEADS_EN[2], TEASER_EN),
        ],
        "=" * 40,
    ),
    "STADTBRIEF 48/2025\n\n"
    + _ruled_groups(
        [
            ("Nordviertel", HEADS_DE[0], TEASER_DE),
            ("Innenstadt", HEADS_DE[1], TEASER_DE),
            ("Hafen", HEADS_DE[2], TEASER_DE),
        ],
        "-" * 30,
    )
    + "-" * 30
    + "\nStadt Beispiel, Marktplatz 1\nNewsletter abbestellen\n",
    "НОВОСТИ РАЙОНА\n\n"
    + _ruled_groups(
        [
            ("Север", HEADS_RU[0], TEASER_RU),
            ("Центр", HEADS_RU[1], TEASER_RU),
            ("Юг", HEADS_RU[2], TEASER_RU),
        ],
        "=" * 20,
    ),
)


def test_a_short_line_between_two_rules_is_a_heading_no_item() -> None:
    for text, heads in zip(RULED_HEADINGS, (HEADS_EN, HEADS_DE, HEADS_RU), strict=True):
        chunks = split_digest(None, text)
        assert _heads(chunks) == list(heads)
        assert all(c[0] for c in chunks)  # the region or desk: the item's label
        assert not any("Read on" in c[1] for c in chunks)


def test_ruled_headings_give_each_item_its_desk_in_the_mail() -> None:
    data = mail_bytes("City Notes <news@example.org>", "City Notes 48", RULED_HEADINGS[0])
    arts = articles_of("notes.eml", data)
    assert [a.title for a in arts] == list(HEADS_EN)
    assert [a.section for a in arts] == ["Transport", "Culture", "Sport"]


CALENDARS = (
    "EVENTS\n09.12.2025  Energy forum, Example Town (town hall)\n"
    "15.12.2025  Webinar: What changes in 2026?\n21.01.2026  New year reception, Example Town\n",
    "TERMINE\nDi., 9. Dezember, 18 Uhr – Bürgerversammlung im Rathaus\n"
    "Do., 11. Dezember, 19.30 Uhr – Konzert der Musikschule, Aula\n"
    "Sa., 13. Dezember, 10 Uhr – Weihnachtsmarkt am Hafen\n",
    "АФИША\n9 декабря, 18:00 — встреча с жителями, ДК «Пример»\n"
    "12 декабря, 11:00 — ярмарка ремёсел на площади\n14 декабря — лыжный забег в парке\n",
)


def test_a_calendar_under_the_items_is_no_item() -> None:
    for n, calendar in enumerate(CALENDARS):
        text = RULED_HEADINGS[n].rstrip("\n").split("\n" + "-" * 30 + "\nStadt")[0]
        rule = "=" * 40 if n == 0 else "-" * 30 if n == 1 else "=" * 20
        head, _, rows = calendar.partition("\n")
        chunks = split_digest(None, f"{text}\n{rule}\n{head}\n{rule}\n{rows}")
        assert len(chunks) == 3, calendar
        assert not any(rows.split("\n")[0] in c[1] for c in chunks)
    data = mail_bytes(
        "City Notes <news@example.org>",
        "City Notes 48",
        RULED_HEADINGS[0] + "=" * 40 + "\n" + CALENDARS[0].replace("\n", "\n" + "=" * 40 + "\n", 1),
    )
    assert [a.title for a in articles_of("notes.eml", data)] == list(HEADS_EN)


BLOG_EN = (
    '<p><a href="https://example.org/p/1">View in browser</a></p><h1>Notes from the port</h1>'
    "<p>Hi all,</p><p>Three stories this week, all of them about the port and its "
    "neighbours. As always, the summaries are mine and the reporting belongs to the outlets "
    "linked below.</p>"
    + "".join(
        f"<h2>{h}</h2><p>{TEASER_EN}</p>"
        f'<p><a href="https://example.org/{n}">Read it via Example Herald</a></p>'
        for n, h in enumerate(HEADS_EN)
    )
    + "<p>That's it for this week.</p><p>Like · Comment · Restack</p>"
    "<p>© 2025 Jane Doe<br>1 Quay Street, Example Town<br><a href='#'>Unsubscribe</a></p>"
)


def test_blog_rows_are_no_item_and_stay_out_of_the_bodies() -> None:
    text = (
        "View this post on the web at https://example.org/p/1\n\nHi all,\n\n"
        "Three stories this week, all of them about the port and its neighbours. As always, "
        "the summaries are mine and the reporting belongs to the outlets linked below, so "
        "please read them there and support their work.\n\n"
        + "".join(
            f"{h}\n\n{TEASER_EN}\n\nRead it via Example Herald: https://example.org/{n}\n\n"
            for n, h in enumerate(HEADS_EN)
        )
        + "Like · Comment · Restack\n\n© 2025 Jane Doe\n"
    )
    for body, kind in ((BLOG_EN, "html"), (text, "plain")):
        data = mail_bytes("Jane Doe from Port Notes <port@example.org>", "Port notes", body, kind)
        arts = articles_of("blog.eml", data)
        assert [a.title for a in arts] == list(HEADS_EN), kind
        assert not any("Restack" in a.body or "View this post" in a.body for a in arts)


def test_social_rows_are_chrome() -> None:
    for row in (
        "1 Posting · Teilen",
        "12 Reaktionen · Teilen",
        "Like · Comment · Restack",
        "3 replies · Share",
        "Нравится · Комментировать · Поделиться",
        "5 ответов · Поделиться",
        "View this post on the web at https://example.org/p/1",
    ):
        assert is_boilerplate(row) or WEB_VIEW.match(row), row
    for line in ("1 Posting about the budget drew many replies.", "Like a comment, restated"):
        assert not is_boilerplate(line), line


def test_social_row_of_a_forwarded_page_is_no_headline() -> None:
    html = (
        "<div>FYI, see below.</div><div>---------- Forwarded message ---------<br>"
        "From: Jane Doe &lt;jane@example.com&gt;<br>Date: Tue, 2 Dec 2025 at 14:03<br>"
        "Subject: Tram</div><h1>Regional authority approves the new tram line</h1>"
        "<p>Jane Doe<br>2 December 2025, 11:30</p><p><a href='#'>1 Posting</a> · Teilen</p>"
        + ARTICLE_EN
    )
    data = mail_bytes("Jane Doe <jane@example.com>", "Fwd: Tram", html, "html")
    arts = articles_of("fwd.eml", data)
    assert [a.title for a in arts] == ["Regional authority approves the new tram line"]
    assert "Posting" not in arts[0].body


FOOTED = (
    (
        "<p>Embassy of Example, Press Wing</p><p>1 Example Street, Example City 010000</p>"
        "<p>Tel: +7 7172 000 000 | press@example.org</p>"
    ),
    (
        "<p>Pressestelle der Stadt Beispiel</p><p>Marktplatz 1, 12345 Beispiel</p>"
        "<p>Tel. +49 30 0000000 · presse@example.org</p>"
    ),
    (
        "<p>Пресс-служба администрации</p><p>160000, г. Пример, ул. Примерная, д. 1</p>"
        "<p>Тел.: +7 (8172) 00-00-00</p>"
    ),
)


def test_the_last_item_ends_where_the_footer_starts() -> None:
    for footer, heads, teaser in zip(
        FOOTED, (HEADS_EN, HEADS_DE, HEADS_RU), (TEASER_EN, TEASER_DE, TEASER_RU), strict=True
    ):
        html = (
            "".join(
                f"<div class='item'><p><a href='https://example.org/{n}'><b>{h}</b></a></p>"
                f"<p>{teaser}</p></div>"
                for n, h in enumerate(heads)
            )
            + f"<div class='foot'>{footer}</div>"
        )
        chunks = split_digest(_tree(html), "")
        assert _heads(chunks) == list(heads)
        assert chunks[-1][1].rstrip().endswith(teaser), chunks[-1][1]


def test_article_with_a_ruled_crosshead_stays_one() -> None:
    text = "\n".join(
        [
            "Regional authority approves the new tram line",
            "",
            TEASER_EN,
            "",
            "=" * 30,
            "Who pays for it",
            "=" * 30,
            "",
            "The national government will pay two thirds of the cost, the region the rest, "
            "according to the agreement signed in the spring.",
            "",
            "=" * 30,
            "When it opens",
            "=" * 30,
            "",
            "The first trams are expected to run in 2028, the authority said on Thursday.",
        ]
    )
    assert split_digest(None, text) == []
    data = mail_bytes("Example Daily <news@example.org>", "Tram line approved", text)
    assert len(articles_of("tram.eml", data)) == 1


def test_article_listing_dates_stays_one() -> None:
    text = "\n".join(
        [
            "Christmas market opens with longer hours",
            "",
            TEASER_EN,
            "",
            "The market will open on these days:",
            "29.11.2025  10:00 to 21:00",
            "06.12.2025  10:00 to 22:00",
            "13.12.2025  10:00 to 22:00",
            "",
            "The organisers expect more visitors than last year, when the market counted "
            "about 400,000 guests over four weeks.",
        ]
    )
    assert split_digest(None, text) == []
    data = mail_bytes("Example Daily <news@example.org>", "Market", text)
    assert len(articles_of("market.eml", data)) == 1


def test_release_with_a_contact_footer_stays_one() -> None:
    html = (
        "<h2>Example Energy opens its third wind farm in the north</h2>"
        + ARTICLE_EN
        + "<p>***** Press contact *****</p><p>Anna Smith, +44 20 7946 0000</p>"
        "<p>***** About Example Energy *****</p><p>Example Energy runs wind farms.</p>"
    )
    assert split_digest(_tree(html), "") == []
    data = mail_bytes("Example Energy <press@example.org>", "Wind farm", html, "html")
    assert len(articles_of("release.eml", data)) == 1


def test_bracketed_credit_without_a_year_dates_the_item() -> None:
    for credit, heads, teaser in (
        ("(Example Herald, Nov 24)", HEADS_EN, TEASER_EN),
        ("(Beispiel-Kurier, 24. November)", HEADS_DE, TEASER_DE),
        ("(Вестник Примера, 24 ноября)", HEADS_RU, TEASER_RU),
    ):
        html = (
            "<h1>Notes from the port</h1><p>Hi all,</p>"
            + "".join(
                f"<h2>{h}</h2><p><em>{credit}</em></p><p>{teaser}</p>"
                f'<p><a href="https://example.org/{n}">Read it via the outlet</a></p>'
                for n, h in enumerate(heads)
            )
            + "<p>Like · Comment · Restack</p>"
        )
        data = mail_bytes("Jane Doe from Port Notes <port@example.org>", "Notes", html, "html")
        arts = articles_of("blog.eml", data)
        assert [a.title for a in arts] == list(heads), credit
        assert {str(a.published)[:10] for a in arts} == {"2025-11-24"}, credit
        assert all(credit not in a.body for a in arts)


def test_an_events_table_under_the_items_is_no_item_in_the_mail() -> None:
    for label, rows in (
        (
            "What's on",
            (
                ("6 Dec", "Christmas market, Quay Square, 12:00"),
                ("10 Dec", "Council meeting, City Hall, 18:45"),
                ("14 Dec", "Carol service, Market Square, 15:00"),
            ),
        ),
        (
            "Termine",
            (
                ("9. Dezember", "Bürgerversammlung, Rathaus, 18 Uhr"),
                ("11. Dezember", "Konzert der Musikschule, Aula"),
                ("13. Dezember", "Weihnachtsmarkt am Hafen"),
            ),
        ),
        (
            "Афиша",
            (
                ("9 декабря", "Встреча с жителями, ДК, 18:00"),
                ("12 декабря", "Ярмарка ремёсел на площади"),
                ("14 декабря", "Лыжный забег в парке"),
            ),
        ),
    ):
        html = (
            "<p>Your City – December</p>"
            + "".join(f"<h2>{h}</h2><p>{TEASER_EN}</p>" for h in HEADS_EN)
            + f"<h2>{label}</h2><table>"
            + "".join(f"<tr><td>{d}</td><td>{e}</td></tr>" for d, e in rows)
            + "</table><p>You are receiving this because you signed up. Unsubscribe</p>"
        )
        data = mail_bytes("City of Example <news@example.org>", "Your City", html, "html")
        assert [a.title for a in articles_of("city.eml", data)] == list(HEADS_EN), label


def test_a_greeting_by_name_is_no_item() -> None:
    text = "Hi James,\n\nA story idea for you, with an interview on offer.\n\n" + "".join(
        f"{h}\n\n{TEASER_EN}\n\nhttps://example.org/{n}\n\n" for n, h in enumerate(HEADS_EN)
    )
    data = mail_bytes("Jane Doe <jane@example.com>", "Story ideas", text)
    assert not any(a.title.startswith("Hi James") for a in articles_of("pitch.eml", data))


def _wrapped_review(regions: list[tuple[str, str, str]], teaser: str, read_on: str) -> str:
    rule = "-" * 40
    text = "\n".join(textwrap.wrap(f"{teaser} {teaser}", 68))
    return "".join(
        f"{rule}\n{region}\n{rule}\n\n{head}\n{stamp}\n\n{text}\n\n[{read_on} example.org/{n}]\n\n"
        for n, (region, head, stamp) in enumerate(regions)
    )


WRAPPED_REVIEWS = (
    "EMBASSY OF EXAMPLE | AUSTRIA · SLOVENIA\nMonthly Media Round-up – December 2025\n"
    + "=" * 40
    + "\n\nDear friends,\nhere is our selection of press coverage.\n\n"
    + _wrapped_review(
        [
            ("AUSTRIA", HEADS_EN[0], "Example Zeitung | 11 December 2025 | Business"),
            ("SLOVENIA", HEADS_EN[1], "Example Times | 16 December 2025, 10:20 | Culture"),
        ],
        TEASER_EN,
        "Read the full article on",
    )
    + "-" * 40
    + "\nEmbassy of Example, Example Street 1, 1010 Vienna\nTel. +43 1 000 0000\n",
    "PRESSESPIEGEL DER VERTRETUNG\n"
    + "=" * 40
    + "\n\n"
    + _wrapped_review(
        [
            ("NORD", HEADS_DE[0], "Beispiel-Kurier | 11.12.2025 | Wirtschaft"),
            ("SÜD", HEADS_DE[1], "Beispiel-Zeitung | 16.12.2025 | Kultur"),
        ],
        TEASER_DE,
        "Weiterlesen auf",
    )
    + "-" * 40
    + "\nVertretung Beispiel, Musterstraße 1, 12345 Beispiel\nTel. +49 30 000000\n",
)


def test_ruled_region_headings_over_items_with_their_stamps_stay_cuts() -> None:
    # the rule over a region's heading closes the item before it: the items under the regions
    # stay apart (hard-wrapped text, a bracketed read-on line), the heading no item of its own
    for n, (text, heads) in enumerate(zip(WRAPPED_REVIEWS, (HEADS_EN, HEADS_DE), strict=True)):
        data = mail_bytes("Embassy <press@example.org>", "Round-up", text)
        arts = articles_of(f"review{n}.eml", data)
        assert [a.title for a in arts] == list(heads[:2]), n
        assert not any("AUSTRIA" in a.body or "SÜD" in a.body for a in arts)
