"""A mailed digest with no heading tags whose items each close with a read-on link
('Подробнее → https://…', 'Read the full brief →', 'Weiterlesen: https://…') or the credit
of a summarised story ('— Example Weekly, 3 December 2025'): one article an item, headed by
the short line over its text (a byline under it stays with the text, a kicker over it is its
rubric). A web-view preheader under a bulletin's masthead heading is no text of that heading.
One read-on link under a single mailed article splits nothing."""

from __future__ import annotations

from app.importers.html import parse_html
from app.importers.newsletter import _item_end, _read_on_heads, html_articles, html_blocks
from tests.importers.makers import articles_of, mail_bytes

_RU = [
    "Мэрия Примерска закроет мост через Примерку на ремонт: движение ограничат до весны, "
    "автобусы пустят в объезд по улице Ленина.",
    "В Образцовом порту заработал новый зерновой терминал: там создано двести рабочих мест, "
    "а вторую очередь достроят к 2027 году.",
]
_EN = [
    "The council's plan to open a new ferry pier in Example Bay has been delayed again, "
    "officials said, because the steel for the pontoon arrived late from the mill.",
    "Exporters in the northern province are waiting almost three days for customs clearance, "
    "a new study finds, against less than a day in the region's busiest hub.",
    "A year after the summit, pledges to the new fund are running short of what was promised, "
    "and the banks that were meant to lend more have not changed their capital rules.",
]
_DE = [
    "Die Stadt Musterhausen baut die Brücke über die Muster für zwölf Millionen Euro neu; "
    "der Verkehr wird ab Januar über die Umleitung geführt, teilte das Bauamt mit.",
    "Im Beispielkreis öffnet im Februar eine zweite Hausarztpraxis, die Gemeinde stellt dafür "
    "die Räume im alten Rathaus zur Verfügung, wie der Bürgermeister sagte.",
]


def _html(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body>{body}</body></html>"


def _body(paragraphs: list[str]):
    tree = parse_html(_html(paragraphs))
    return tree.find("body")


def test_item_end_lines() -> None:
    for line in [
        "Подробнее → https://example.ru/a/1/",
        "Read the full brief →",
        "Weiterlesen: https://example.de/x",
        "Читать далее",
        "— Example Weekly, 3 December 2025",
    ]:
        assert _item_end(line), line
    for line in [
        "Подробнее о программе можно узнать на сайте мэрии, где выложены все документы.",
        "— Мы пойдём домой, — сказал он.",
        "Read the full text of the report, which runs to 300 pages, on the ministry's site.",
    ]:
        assert not _item_end(line), line


def test_russian_digest_with_kickers_and_read_on_links() -> None:
    paragraphs = [
        "Примерск | Вечерняя рассылка",
        "Добрый вечер! Собрали для вас главное за день.",
        "ТРАНСПОРТ",
        "Мост через Примерку закроют на ремонт",
        _RU[0],
        "Подробнее → https://example.ru/articles/1/",
        "ЭКОНОМИКА",
        "В Образцовом порту заработал новый терминал",
        _RU[1],
        "Подробнее → https://example.ru/articles/2/",
        "Вы получили это письмо, потому что подписались на рассылку.",
    ]
    found = html_articles(_body(paragraphs))
    assert [lines[0] for _, lines, _ in found] == [paragraphs[3], paragraphs[7]]
    assert [rubric for rubric, _, _ in found] == ["ТРАНСПОРТ", "ЭКОНОМИКА"]
    assert all("Подробнее" not in "\n".join(lines) for _, lines, _ in found)


def test_english_digest_with_byline_and_credited_summaries() -> None:
    paragraphs = [
        "Example Institute Weekly",
        "Example Institute | Friday, 5 December 2025",
        "OUR VIEW",
        "A pier that needs more than steel",
        "By Jane Harbour, Senior Fellow",
        _EN[0],
        "Read the full brief →",
        "WHAT WE ARE READING",
        "Customs, not cranes, slow the northern ports",
        _EN[1],
        "— Example Weekly, 3 December 2025",
        "The gap in the new climate fund",
        _EN[2],
        "— The Sample Review, 29 November 2025",
    ]
    blocks = html_blocks(_body(paragraphs))
    assert [blocks[i].text for i in _read_on_heads(blocks)] == [
        paragraphs[3],
        paragraphs[8],
        paragraphs[11],
    ]
    found = html_articles(_body(paragraphs))
    assert [lines[0] for _, lines, _ in found] == [paragraphs[3], paragraphs[8], paragraphs[11]]


def test_german_digest_mail_gives_an_article_an_item() -> None:
    paragraphs = [
        "Musterhausen aktuell",
        "Die Brücke über die Muster wird neu gebaut",
        _DE[0],
        "Weiterlesen: https://example.de/bruecke",
        "Zweite Hausarztpraxis im Beispielkreis",
        _DE[1],
        "Weiterlesen: https://example.de/praxis",
        "Newsletter abbestellen",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    sender = "Musterhausen aktuell <news@example.de>"
    data = mail_bytes(sender, "Musterhausen aktuell", body, "html")
    titles = [a.title for a in articles_of("digest.eml", data)]
    assert titles == [paragraphs[1], paragraphs[4]]


def test_web_view_preheader_is_no_text_of_the_masthead_heading() -> None:
    html = (
        "<html><body><h1>Example Borough Bulletin – December</h1>"
        "<p>Having trouble viewing this email? Open it in your browser.</p>"
        f"<h2>New ferry pier delayed again</h2><p>{_EN[0]}</p>"
        f"<h2>Customs slow the northern ports</h2><p>{_EN[1]}</p></body></html>"
    )
    found = html_articles(parse_html(html).find("body"))
    assert [lines[0] for _, lines, _ in found] == [
        "New ferry pier delayed again",
        "Customs slow the northern ports",
    ]


def test_one_article_with_one_read_on_link_is_not_split() -> None:
    paragraphs = ["A pier that needs more than steel", _EN[0], _EN[1], "Read more →"]
    blocks = html_blocks(_body(paragraphs))
    assert _read_on_heads(blocks) == []


def test_summaries_credited_under_their_text_name_their_outlets() -> None:
    paragraphs = [
        "Example Institute Weekly",
        "Example Institute | Friday, 5 December 2025",
        "A pier that needs more than steel",
        _EN[0],
        "Read the full brief →",
        "Customs, not cranes, slow the northern ports",
        _EN[1],
        "— Example Weekly, 3 December 2025",
        "The gap in the new climate fund",
        _EN[2],
        "– The Sample Review, 29 November 2025",
        "-" * 30,
        "Example Institute, 1 Sample Road, Example City",
    ]
    found = html_articles(_body(paragraphs))
    assert [stamps for _, _, stamps in found][1:] == [
        ["Source: Example Weekly, 3 December 2025"],
        ["Source: The Sample Review, 29 November 2025"],
    ]
    assert all("Sample Road" not in "\n".join(lines) for _, lines, _ in found)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    data = mail_bytes("Example Institute <news@example.org>", "Weekly", body, "html")
    sources = [a.source for a in articles_of("digest.eml", data)]
    assert sources[1:] == ["Example Weekly", "The Sample Review"]


def test_issue_day_closing_a_separated_masthead_line() -> None:
    from app.importers.newsletter import issue_date

    for line, day in [
        ("Главное за день в Примерске и области · 1 декабря 2025", 1),
        ("Daily news from Example Borough · Issue 12 · 4 December 2025", 4),
        ("Nachrichten aus Musterhausen | 3. Dezember 2025", 3),
    ]:
        body = _body(["Example | Newsletter", line, _EN[0]])
        found = issue_date(body)
        assert found is not None and found.day == day and found.month == 12, line
    # a sentence with its day after a separator is no issue line
    body = _body(
        [
            "Example | Newsletter",
            "We met the mayor, the council and the press · 1 December 2025 was the day; more below",
            _EN[0],
        ]
    )
    assert issue_date(body) is None
