"""Mailed items laid out without headings (blind batch 76).

A local paper's newsletter prints each item as a rubric, a headline in a bold cell, the
text, and then the byline and stamp under the text ('Name · 26.11.2025, 18.30 Uhr') over
a 'read on' link: each item is an article of its own, dated and signed by that stamp.
"""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import articles_of, mail_bytes

TEXT = (
    "Die Stadt will am alten Güterbahnhof bis 2028 rund achtzig Wohnungen und eine Kita "
    "bauen lassen, wie die Verwaltung am Mittwoch im Planungsausschuss mitteilte."
)
MORE = (
    "Ein Drittel der Wohnungen soll gefördert werden, dazu kommen ein kleiner Platz und "
    "eine Tiefgarage, deren Zufahrt an der Bahnhofstraße liegen soll, so die Planer."
)


def _item(rubric: str, head: str, foot: str) -> str:
    return (
        f'<tr><td><span style="color:#fff">{rubric}</span></td></tr>'
        f'<tr><td style="font-weight:bold;font-size:21px">{head}</td></tr>'
        f"<tr><td><p>{TEXT}</p><p>{MORE}</p></td></tr>"
        f'<tr><td style="color:#888">{foot}</td></tr>'
        '<tr><td><a href="https://news.example/r/1">Weiterlesen auf news.example</a></td></tr>'
    )


def test_byline_stamp_under_each_text_splits_the_newsletter() -> None:
    html = (
        "<html><body><table><tr><td>Kreisblatt am Morgen</td></tr>"
        "<tr><td>Donnerstag, 27. November 2025 · Die Nachrichten aus dem Kreis</td></tr>"
        + _item(
            "Nordstadt",
            "Güterbahnhof: Pläne für achtzig Wohnungen",
            "Jana Beispiel · 26.11.2025, 18.30 Uhr",
        )
        + _item(
            "Südheim", "Freibad öffnet erst im Juni wieder", "Paul Muster · 26.11.2025, 16.05 Uhr"
        )
        + "<tr><td>Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben.</td></tr>"
        "</table></body></html>"
    )
    data = mail_bytes(
        "Kreisblatt <newsletter@kreisblatt.example>", "Kreisblatt am Morgen", html, "html"
    )
    first, second = articles_of("morgen.eml", data)
    assert first.title == "Güterbahnhof: Pläne für achtzig Wohnungen"
    assert (first.section, first.author) == ("Nordstadt", "Jana Beispiel")
    assert first.published == datetime(2025, 11, 26, 18, 30)
    assert first.body.startswith("Die Stadt will") and "Jana Beispiel" not in first.body
    assert second.title == "Freibad öffnet erst im Juni wieder"
    assert (second.section, second.author) == ("Südheim", "Paul Muster")
    assert second.published == datetime(2025, 11, 26, 16, 5)
    assert "Weiterlesen" not in second.body and "erhalten" not in second.body


ALERT_TEXT = (
    "The city will reduce late-night service on three bus routes from January, a move it "
    "says will save about $1.5 million a year, while riders say they will be stranded."
)
ALERT_MORE = (
    "Under the plan approved by the transit board last week, the buses will stop running "
    "shortly after midnight instead of at 2 a.m., according to a staff report."
)


def test_alert_fields_in_table_cells_read_as_one_stamp_line() -> None:
    fields = [
        "Example Courier",
        "Print",
        "Monday, November 24, 2025",
        "Page A3",
        "Section: City",
        "By Jane Doe",
        "Circulation: 48,200",
        "Tone: Negative",
    ]
    html = (
        "<html><body><div>Monitor Service · Media Monitoring Alert</div>"
        '<div>Search: "night buses" · 1 new mention · Tuesday, November 25, 2025</div>'
        '<div><a href="https://monitor.example/m/1">City to cut late-night bus service</a>'
        "<table><tr>" + "".join(f"<td>{f}</td>" for f in fields) + "</tr></table>"
        f"<p>{ALERT_TEXT}</p><p>{ALERT_MORE}</p></div>"
        "<div>View full article in Monitor · Add to report · Share</div>"
        "<div>You are receiving this alert because of your saved search.</div>"
        "</body></html>"
    )
    data = mail_bytes(
        "Monitor Service <alerts@monitor.example>", 'Alert: "night buses"', html, "html"
    )
    (article,) = articles_of("alert.eml", data)
    assert article.title == "City to cut late-night bus service"
    assert (article.source, article.section, article.author) == (
        "Example Courier",
        "City",
        "Jane Doe",
    )
    assert article.published == datetime(2025, 11, 24)
    assert article.body.startswith("The city will reduce")
    assert "View full article" not in article.body and "Tone" not in article.body


RELEASE_RU = (
    "Самара, 27 ноября 2025 г. – Международный аэропорт Примерово открыл новый зал "
    "ожидания площадью 1,2 тыс. кв. метров, сообщили в пресс-службе аэропорта."
)
RELEASE_RU_MORE = (
    "Строительство велось с весны 2024 года за счёт собственных средств. Объём "
    "инвестиций составил около 300 млн рублей, до конца года откроется ещё одно кафе."
)


def test_press_office_release_keeps_the_organisation_and_no_label_desk() -> None:
    html = (
        "<html><body><div>ПРЕСС-РЕЛИЗ</div><div>27.11.2025</div>"
        "<h1>В аэропорту Примерово открыли новый зал ожидания</h1>"
        f"<p>{RELEASE_RU}</p><p>{RELEASE_RU_MORE}</p>"
        "<p>Контакты для СМИ: пресс-служба аэропорта Примерово, press@primerovo.example</p>"
        "</body></html>"
    )
    data = mail_bytes(
        "Пресс-служба аэропорта Примерово <press@primerovo.example>",
        "Пресс-релиз: новый зал ожидания",
        html,
        "html",
    )
    (article,) = articles_of("reliz.eml", data)
    assert article.title == "В аэропорту Примерово открыли новый зал ожидания"
    # the office's organisation as printed, capitalised; no Latin transliteration
    assert article.source == "Аэропорт Примерово"
    assert article.section == ""  # the release's kind is no desk


FWD_TEXT = (
    "THE district hospital will open 30 extra beds next month in an effort to ease "
    "pressure on its emergency department during the winter, health chiefs confirmed."
)
FWD_MORE = (
    "The beds will be located in a refurbished ward and are expected to take their first "
    "patients in the second week of December, the trust said on Tuesday."
)


def test_comment_rules_and_registration_line_leave_a_forwarded_story() -> None:
    body = (
        "Worth a look before Monday. Sam\n\n"
        "Begin forwarded message:\n\n"
        "From: Example Telegraph <news@telegraph.example>\n"
        "Subject: Your lunchtime news: hospital to add beds\n"
        "Date: 25 November 2025 at 12:31:08 GMT\n"
        "To: sam@example.org\n\n"
        "Hospital to open 30 extra beds ahead of winter\n\n"
        "By Jane Doe\n\n"
        "Published 25th November 2025 at 11:45am\n\n"
        f"{FWD_TEXT}\n\n{FWD_MORE}\n\n"
        "Comments: Our rules\n\n"
        "Example Telegraph, Example Media Group, Registered in England & Wales 01234567\n\n"
        "Unsubscribe | Manage preferences\n"
    )
    data = mail_bytes("Sam Roe <sam@example.org>", "Fwd: hospital beds", body)
    (article,) = articles_of("fwd.eml", data)
    assert article.body.startswith("THE district hospital")
    assert "Our rules" not in article.body and "Registered in" not in article.body
