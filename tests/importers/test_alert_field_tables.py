"""One clip of a monitoring alert under its table of fields (blind batch 93).

An alert mailing a single clip sets its fields in a table, a label cell beside its value
('Source' | 'Outlet', 'Дата публикации:' | '20.11.2025 14:27', 'Ressort:' | 'Lokales'),
under the headline or over it: the clip's own outlet, day, desk and author, never the
service that sent it, and none of them the headline or the text. A 'Full text:' label under
the table is no headline either, and the service's note under the clip ('This alert is
provided by X under licence for internal use only') leaves the text.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.model import Extracted

EN = (
    "<p>The harbour board approved a second ferry ramp on the north quay on Monday, and work "
    "is expected to begin in the spring once the funding has been confirmed by ministers.</p>"
    "<p>Operators said the new ramp would cut waiting times for freight lorries at peak hours "
    "and allow two vessels to load at once during the summer season.</p>"
)
DE = (
    "<p>Nordstadt. Die Hafengesellschaft will am Nordkai eine zweite Rampe für Fähren bauen "
    "und hat dafür beim Land eine Förderung beantragt, wie der Geschäftsführer mitteilte.</p>"
    "<p>Der Bau könnte im kommenden Herbst beginnen und etwa zwei Jahre dauern, der Betrieb "
    "am bestehenden Anleger soll während der Bauzeit ohne Einschränkungen weiterlaufen.</p>"
)
RU = (
    "<p>С 1 марта стоимость проезда в городских автобусах вырастет на пять рублей, сообщили в "
    "департаменте транспорта администрации города после заседания комиссии.</p>"
    "<p>По словам чиновников, повышение связано с ростом цен на топливо и запчасти, а льготы "
    "для пенсионеров и школьников сохранятся в прежнем объёме.</p>"
)


def _mail(html: str, sender: str = "Clipwatch Alerts <alerts@clipwatch.example>") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.org", "Alert: 1 new mention"
    msg["Date"] = "Wed, 26 Nov 2025 08:03:00 +0000"
    msg.set_content(f"<html><body>{html}</body></html>", subtype="html")
    return bytes(msg)


def _table(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


def _one(data: bytes):
    items = [i for i in extract("alert.eml", data) if isinstance(i, Extracted)]
    assert len(items) == 1
    return items[0].article


def test_table_under_the_headline_and_a_full_text_label() -> None:
    html = (
        "<div><b>PORTWATCH</b> MEDIA ALERT</div><div>Wednesday 26 November 2025 | 1 new</div>"
        "<h2>Second ferry ramp approved for north quay</h2>"
        + _table(
            [
                ("Source", "Coastal Gazette"),
                ("Published", "25 Nov 2025, 18:20"),
                ("Author", "Mary Quill"),
                ("Section", "Business News"),
                ("Reach", "84,000"),
                ("Sentiment", "Positive"),
            ]
        )
        + "<p>Full text:</p>"
        + EN
        + "<p>This alert is provided by Clipwatch Ltd under licence for internal use only.</p>"
    )
    art = _one(_mail(html))
    assert art.title == "Second ferry ramp approved for north quay"
    assert art.source == "Coastal Gazette"
    assert art.published == datetime(2025, 11, 25, 18, 20)
    assert art.section == "Business News"
    assert art.author == "Mary Quill"
    assert art.body.startswith("The harbour board approved")
    assert "Sentiment" not in art.body and "Clipwatch" not in art.body


def test_table_over_the_headline_in_german() -> None:
    html = (
        "<div>Beobachter | Echtzeit-Alert | Suchprofil: Häfen</div><div>1 neuer Treffer</div>"
        + _table(
            [
                ("<b>Medium:</b>", "Nordstädter Anzeiger"),
                ("<b>Datum:</b>", "24.11.2025"),
                ("<b>Ressort:</b>", "Lokales"),
                ("<b>Tonalität:</b>", "neutral"),
            ]
        )
        + "<h2>Nordkai bekommt eine zweite Fährrampe</h2><p>Von Eva Kranich</p>"
        + DE
        + "<p>Dieser Clip ist ausschließlich für den internen Gebrauch bestimmt.</p>"
    )
    art = _one(_mail(html, "Beobachter Alerts <alert@beobachter.example>"))
    assert art.title == "Nordkai bekommt eine zweite Fährrampe"
    assert art.source == "Nordstädter Anzeiger"
    assert art.section == "Lokales"
    assert art.published is not None and art.published.date() == datetime(2025, 11, 24).date()
    assert "internen Gebrauch" not in art.body


def test_table_with_colons_in_russian() -> None:
    html = (
        "<div><b>Медиаскан</b> · Сводка</div><h3>Проезд в автобусах подорожает с марта</h3>"
        + _table(
            [
                ("СМИ:", "Вечерний Пример"),
                ("Дата публикации:", "20.11.2025 14:27"),
                ("Рубрика:", "Город"),
                ("Автор:", "Ольга Петрова"),
                ("Аудитория:", "1,9 млн"),
            ]
        )
        + RU
        + "<p>Сообщение сформировано автоматически системой Медиаскан. Материалы СМИ "
        "предоставлены для служебного пользования.</p>"
    )
    art = _one(_mail(html, "Медиаскан <noreply@mediascan.example>"))
    assert art.title == "Проезд в автобусах подорожает с марта"
    assert art.published == datetime(2025, 11, 20, 14, 27)
    assert art.section == "Город"
    assert art.author == "Ольга Петрова"
    assert "Медиаскан" not in art.source and "Mediaskan" not in art.source
    assert "служебного" not in art.body and "Аудитория" not in art.body


def test_a_table_of_figures_without_an_outlet_is_no_stamp() -> None:
    # a newsletter's own table of figures (no outlet among the labels): its sender stays the
    # source, the mail's day its date, and no figure becomes a desk
    html = (
        "<h2>Harbour figures for November</h2>"
        + _table([("Vessels", "412"), ("Cargo", "1.2m tonnes"), ("Berths", "14")])
        + EN
    )
    art = _one(_mail(html, "Harbour Board <news@harbour.example>"))
    assert art.source == "Harbour Board"
    assert art.section == ""
    assert art.published is not None and art.published.date() == datetime(2025, 11, 26).date()
