"""Blind batch 215's families (monitoring mails): a clip's field table that sets two label
and value pairs side by side in one row ('Medium:' | 'X' | '' | 'Medientyp:' | 'Print'),
closed by a row of its figures; figure rows and portal links under a clip ('Auflage 39'412
· Tonalität: neutral', 'Audience: 98,000 | ASR: $12,400 | View full item'); the service's
'AI Summary:' over the clip's text; its licence note; a city desk ('Stadt Bern')."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers.boilerplate import is_boilerplate
from app.importers.stampline import one_line_stamp
from tests.importers.makers import mail_bytes

_DE = (
    "Der Stadtrat hat am Montag nach langer Debatte beschlossen, die Brücke über den Fluss bis "
    "zum Sommer zu sanieren. Die Arbeiten sollen im März beginnen."
)
_DE2 = "Die Kosten liegen nach Angaben der Verwaltung bei rund vier Millionen Euro, hieß es."


def _articles(data: bytes) -> list:
    from app.importers import extract
    from app.model import Extracted

    items = extract("alert.eml", data)
    return [i.article for i in items if isinstance(i, Extracted)]


def _paired_clip(n: int, outlet: str, day: str, desk: str, headline: str) -> str:
    return (
        f'<table><tr><td>Meldung {n} von 2</td></tr><tr><td><table cellpadding="2">'
        f"<tr><td><b>Medium:</b></td><td>{outlet}</td><td></td><td><b>Medientyp:</b></td>"
        f"<td>Print</td></tr>"
        f"<tr><td><b>Datum:</b></td><td>{day}</td><td></td><td><b>Seite:</b></td><td>4</td></tr>"
        f"<tr><td><b>Ressort:</b></td><td>{desk}</td><td></td><td><b>Werbewert:</b></td>"
        f"<td>€ 1.200</td></tr>"
        f'<tr><td colspan="5">Auflage: 51.000 | Reichweite: 140.000</td></tr></table></td></tr>'
        f"<tr><td><h2>{headline}</h2><p>{_DE}</p><p>{_DE2}</p></td></tr></table>"
    )


def test_paired_label_cells_give_each_clip_its_outlet_day_and_desk() -> None:
    html = (
        "<html><body><p>Medienbeobachtung für Beispiel AG</p>"
        + _paired_clip(1, "Salzburger Nachrichten", "02.12.2026", "Lokales", "Brücke wird saniert")
        + _paired_clip(2, "Die Presse", "01.12.2026, 17:05", "Inland", "Streit um die Kosten")
        + "</body></html>"
    )
    data = mail_bytes("Beobachtung <report@monitor.example>", "Clipping-Report", html, "html")
    arts = _articles(data)
    assert [(a.title, a.source, a.section) for a in arts] == [
        ("Brücke wird saniert", "Salzburger Nachrichten", "Lokales"),
        ("Streit um die Kosten", "Die Presse", "Inland"),
    ]
    assert arts[1].published == datetime(2026, 12, 1, 17, 5)
    assert all(a.body.startswith("Der Stadtrat hat am Montag") for a in arts)


@pytest.mark.parametrize(
    "line",
    [
        "Auflage 39'412 · Leser 118'000 · Tonalität: neutral",
        "Unique Clients 1'450'000 · Tonalität: neutral · Im Portal öffnen",
        "Audience: 98,000 | ASR: $12,400 | Mentions: Example University (2) | View full item",
        "Unique audience: 11.4m | ASR: $6,900 | View full item",
        "Unique User (Monat): 4,1 Mio.",
        "Werbeäquivalenz: € 4.820",
        "AI Summary: The article says the council will fix the bridge by next summer.",
        "KI-Zusammenfassung: Der Stadtrat will die Brücke bis zum Sommer sanieren.",
        "Print content is supplied under licence from Example Agency. Content must not be "
        "redistributed outside your organisation.",
        "This report is supplied under licence. Press cuttings are reproduced under licence.",
        "Die Nutzung der Artikel ist nur im Rahmen Ihrer Lizenz und für den internen Gebrauch "
        "gestattet.",
    ],
)
def test_clip_figures_summaries_and_licence_notes_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Auflage 2027 soll größer werden, sagt der Verlag.",
        "Audience members cheered as the council voted for the bridge.",
        "Summary: the council voted for the bridge, and work starts in March.",
        "The content is supplied by the council's press office every week.",
    ],
)
def test_text_that_looks_alike_stays(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_city_desk_in_a_monitoring_stamp() -> None:
    stamp = one_line_stamp("Example Bote | 26.11.2026 17:12 | bote.ch | Stadt Bern | Online")
    assert stamp is not None and stamp.section == "Stadt Bern"


_EN = (
    "The council approved the new bridge on Monday after a long debate, clearing the way for "
    "work to start in March next year."
)
_EN2 = "The cost is put at around four million pounds, the council said in a statement."


def _counted_report() -> str:
    clips = [
        ("Bridge plan wins approval", "Example Echo", "News", "Jane Roe"),
        ("Council faces questions on bridge costs", "Example Herald", "Business", "John Poe"),
    ]
    items = "".join(
        f"ITEM {n}\nTitle: {title}\nPublication: {outlet}\nDate: 29/11/2026\nPage: Page 4\n"
        f"Section: {desk}\nMedia type: Regional Press\nAuthor: {writer}\n"
        f"Circulation: 23,410 | AVE: £6,210\nTone: Neutral\n\n{_EN}\n\n{_EN2}\n\n"
        for n, (title, outlet, desk, writer) in enumerate(clips, 1)
    )
    return (
        "Hi Sam,\n\nMorning's coverage below. Quick read:\n"
        "- The Echo piece (item 1) is very positive on the bridge, worth sharing with the team.\n"
        "- The Herald (item 2) is the one to watch: they have picked up the cost figures and "
        "will run more. I'd suggest we have a reactive line ready for the afternoon.\n\n"
        "Shout if you want me to draft anything.\n\nBest,\nAlex\n\n"
        "-----Original Message-----\n"
        "From: Example Monitoring <reports@monitoring.example>\n"
        "Sent: 30 November 2026 07:02\n"
        "To: Alex <alex@agency.example>\n"
        "Subject: Coverage Report - Example Council - 30 November 2026\n\n"
        "COVERAGE REPORT\nClient: Example Council\nItems: 2\n\n" + items
    )


def test_an_outlook_forward_under_a_long_note_and_counted_clips() -> None:
    data = mail_bytes("Alex <alex@agency.example>", "FW: Coverage Report", _counted_report())
    arts = _articles(data)
    assert [(a.title, a.source, a.section, a.author) for a in arts] == [
        ("Bridge plan wins approval", "Example Echo", "News", "Jane Roe"),
        ("Council faces questions on bridge costs", "Example Herald", "Business", "John Poe"),
    ]
    assert all(a.body.startswith("The council approved") for a in arts)
    assert all("ITEM" not in a.body and "Tone:" not in a.body for a in arts)


def _card(badge: str, outlet: str, headline: str, row: str) -> str:
    return (
        f"<table><tr><td><table><tr><td>{badge}</td><td>{outlet}</td></tr></table>"
        f'<p><a href="https://portal.example/item/1">{headline}</a></p><p>{row}</p>'
        f"<p><b>AI Summary:</b> The council approved the bridge.</p><p>{_EN}</p>"
        f'<p>Audience: 98,000 | ASR: $12,400 | <a href="https://portal.example/i">View full '
        f"item</a></p></td></tr></table>"
    )


def test_a_card_alert_gives_outlet_day_desk_and_writer() -> None:
    html = (
        "<html><body><p><b>Example Council – Daily Media Alert</b><br>Wednesday, 25 November "
        "2026 · 2 new items</p>"
        + _card(
            "PRINT",
            "Example Post",
            "Bridge plan wins approval",
            "25 Nov 2026 · Page 9 · News · Jane Roe",
        )
        + _card(
            "ONLINE",
            "Example Online",
            "Council faces questions on bridge costs",
            "24 Nov 2026, 5:41pm · online.example.com · Higher Education · John Poe",
        )
        + "<p>Print content is supplied under licence from Example Agency.</p></body></html>"
    )
    data = mail_bytes(
        "Example Alerts <alerts@alerts.example>",
        "Example Council – Daily Media Alert (2 new items)",
        html,
        "html",
        "Wed, 25 Nov 2026 07:30:02 +1030",
    )
    arts = _articles(data)
    assert [(a.source, a.section, a.author) for a in arts] == [
        ("Example Post", "News", "Jane Roe"),
        ("Example Online", "Higher Education", "John Poe"),
    ]
    assert arts[1].published == datetime(2026, 11, 24, 17, 41)
    assert all(a.body.startswith("The council approved the new bridge") for a in arts)


def test_a_quoted_forward_reads_the_blocks_inside_its_quote() -> None:
    clip = (
        '<tr><td><p style="font-weight:bold">{n}. {head}</p>'
        "<p>СМИ: {outlet} | Тип: Интернет-СМИ | Дата: 24.11.2026 1{n}:30 | Рубрика: {desk}<br>"
        "Посещаемость: 520 000 в сутки | Медиаиндекс: 64,2</p>"
        "<p>Городская дума одобрила строительство нового моста через реку, работы начнутся "
        "весной следующего года, сообщили в мэрии.</p>"
        '<p><a href="https://monitor.example/m/1">Открыть в МОНИТОР</a></p></td></tr>'
    )
    rows = clip.format(n=1, head="Мост построят к 2028 году", outlet="Пример.ру", desk="Город")
    rows += clip.format(
        n=2, head="Дума одобрила проект моста", outlet="Вести Края", desk="Общество"
    )
    html = (
        "<html><body><div>Коллеги, добрый день!<br>Пересылаю мониторинг.</div>"
        "<div>-------- Пересылаемое сообщение --------<br>25.11.2026, 08:31, "
        '"Монитор" &lt;news@monitor.example&gt;:</div><blockquote>'
        "<p>Монитор. Мониторинг СМИ</p><p>Клиент: Мэрия<br>Найдено сообщений: 2</p>"
        f"<table>{rows}</table></blockquote></body></html>"
    )
    data = mail_bytes("Ольга <olga@city.example>", "Fwd: мониторинг", html, "html")
    arts = _articles(data)
    assert [(a.title, a.section) for a in arts] == [
        ("Мост построят к 2028 году", "Город"),
        ("Дума одобрила проект моста", "Общество"),
    ]
    assert all(a.body.startswith("Городская дума одобрила") for a in arts)
    assert all("Открыть в" not in a.body for a in arts)
