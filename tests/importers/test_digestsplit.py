"""The generic digest segmenter (digestsplit): made-up digests of shapes no family rule was
written for come apart into their items from their repeated layout, and mails that only
look like digests (an article with related links, a release with a contact table, a
forwarded article, an article with crossheads) stay one article."""

from __future__ import annotations

from app.importers.digestsplit import split_digest
from app.importers.html import parse_html
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
