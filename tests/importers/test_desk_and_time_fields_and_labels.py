"""Desks and times in stamps and field tables, and labels that never name a desk.

- A monitoring alert's field table over one clip, set off from the headline by a bare
  'Volltext' / 'Full text' label, is the clip's stamp: its desk field, not the label.
- A label cell joining two names of one figure with a slash ('Visits/Monat:') is a field
  too, so the table is read (not its last value, 'hoch', as the desk).
- A time in a field of its own ('Uhrzeit: 11:47') times the clip's date-only day.
- The outlet of a field block is its own field ('Medium: X'), not the field over the day.
- A web-view link ('View in browser') over a headline is no rubric.
- A print page between a stamp's day and its desk ('Outlet | date | Page 14 | Business')
  leaves the desk read.
- An outlet's own digest (no monitoring service) stamps its items with their desk
  ('Экономика · 27 ноября 2025, 13:05'): the desk, not the outlet.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from app.importers import extract
from app.importers.stampline import one_line_stamp
from app.model import Extracted

DE = (
    "<p>Nordstadt - Die Hafengesellschaft will am Nordkai eine zweite Rampe für Fähren bauen "
    "und hat dafür beim Land eine Förderung beantragt, wie der Geschäftsführer mitteilte.</p>"
    "<p>Der Bau könnte im kommenden Herbst beginnen und etwa zwei Jahre dauern, der Betrieb "
    "am bestehenden Anleger soll während der Bauzeit ohne Einschränkungen weiterlaufen.</p>"
)
EN = (
    "<p>The harbour board approved a second ferry ramp on the north quay on Monday, and work "
    "is expected to begin in the spring once the funding has been confirmed by ministers.</p>"
    "<p>Operators said the new ramp would cut waiting times for freight lorries at peak hours "
    "and allow two vessels to load at once during the summer season.</p>"
)
RU = (
    "<p>С 1 марта стоимость проезда в городских автобусах вырастет на пять рублей, сообщили в "
    "департаменте транспорта администрации города после заседания комиссии.</p>"
    "<p>По словам чиновников, повышение связано с ростом цен на топливо и запчасти, а льготы "
    "для пенсионеров и школьников сохранятся в прежнем объёме.</p>"
)


def _mail(html: str, sender: str, subject: str = "Alert: 1 neuer Treffer") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.org", subject
    msg["Date"] = "Wed, 26 Nov 2025 08:03:00 +0100"
    msg.set_content(f"<html><body>{html}</body></html>", subtype="html")
    return bytes(msg)


def _table(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


def _arts(data: bytes) -> list:
    return [i.article for i in extract("alert.eml", data) if isinstance(i, Extracted)]


ALERT = "Clipwatch Alert <alert@clipwatch.example>"


def test_a_full_text_label_between_the_fields_and_the_headline() -> None:
    rows = [
        ("Medium", "Nordstadt Kurier (online)"),
        ("Mediengattung", "Online"),
        ("Datum", "25.11.2025"),
        ("Uhrzeit", "11:47"),
        ("Ressort", "Politik"),
        ("Reichweite", "240.000"),
    ]
    html = f"<div>Ihr Treffer-Alert</div>{_table(rows)}<div>Volltext</div>"
    html += f"<h2>Zweite Fährrampe für den Nordkai geplant</h2>{DE}"
    (art,) = _arts(_mail(html, ALERT))
    assert art.section == "Politik"
    assert art.published == datetime(2025, 11, 25, 11, 47)
    assert art.source == "Nordstadt Kurier"


def test_a_slashed_label_and_the_last_value_over_the_headline() -> None:
    rows = [
        ("Medium:", "Harbour Gazette (Online)"),
        ("Media type:", "Online"),
        ("Published:", "25.11.2025"),
        ("Section:", "Business"),
        ("Visits/Month:", "3,400,000"),
        ("Relevance:", "high"),
    ]
    html = f"<div>Media alert</div>{_table(rows)}<h2>Second ferry ramp approved</h2>{EN}"
    (art,) = _arts(_mail(html, ALERT, "Alert: 1 new mention"))
    assert art.section == "Business"
    assert art.source == "Harbour Gazette"
    assert art.published == datetime(2025, 11, 25)  # no time field: the day alone


def test_a_time_field_in_russian() -> None:
    rows = [
        ("СМИ:", "Городские вести"),
        ("Дата:", "25.11.2025"),
        ("Время:", "09:15"),
        ("Рубрика:", "Транспорт"),
    ]
    html = f"<div>Мониторинг</div>{_table(rows)}<div>Полный текст</div>"
    html += f"<h2>Проезд в автобусах подорожает на пять рублей</h2>{RU}"
    (art,) = _arts(_mail(html, "Монитор <alert@monitor.example>", "Уведомление: 1 упоминание"))
    assert art.section == "Транспорт"
    assert art.published == datetime(2025, 11, 25, 9, 15)


def test_a_web_view_link_is_no_rubric() -> None:
    html = (
        "<table><tr><td>View in browser</td></tr><tr><td>The Harbour Gazette</td></tr>"
        "<tr><td>Your story of the day</td></tr><tr><td>Transport</td></tr>"
        "<tr><td><b>Second ferry ramp approved for north quay</b></td></tr>"
        f"<tr><td>{EN}</td></tr></table>"
    )
    msg = _mail(html, "The Harbour Gazette <news@gazette.example>", "Your story of the day")
    (art,) = _arts(msg)
    assert art.section != "View in browser"


def test_a_page_between_the_day_and_the_desk() -> None:
    stamp = one_line_stamp("Irish Gazette | Tuesday 25 November 2025 | Page 14 | Business")
    assert stamp is not None and stamp.section == "Business"
    stamp = one_line_stamp("Городские вести | 25.11.2025 | стр. 5 | Экономика")
    assert stamp is not None and stamp.section == "Экономика"
    stamp = one_line_stamp("Abendblatt · 25.11.2025 · S. 9 · Lokales")
    assert stamp is not None and stamp.section == "Lokales"
    # look-alike: a page and no desk, or the author after it
    assert one_line_stamp("Abendblatt | 25.11.2025 | Seite 9").section == ""  # type: ignore[union-attr]
    stamp = one_line_stamp("Abendblatt | 25.11.2025 | Seite 9 | Jane Doe")
    assert stamp is not None and stamp.section == ""


def _digest(stamps: list[str], sender: str, subject: str) -> bytes:
    bodies = [RU, RU.replace("автобусах", "трамваях"), RU.replace("пять", "семь")]
    heads = [
        "Проезд в автобусах подорожает",
        "Проезд в трамваях подорожает",
        "Тариф вырастет на семь рублей",
    ]
    html = "<div>Главное за день</div><div>Четверг, 27 ноября 2025</div><p>Добрый вечер!</p>"
    for stamp, head, body in zip(stamps, heads, bodies, strict=True):
        html += f"<div>{stamp}</div><h2>{head}</h2>{body}"
    return _mail(html, sender, subject)


def test_an_outlets_own_digest_stamps_items_with_their_desk() -> None:
    stamps = [
        "Экономика · 27 ноября 2025, 13:05",
        "Общество · 27 ноября 2025, 08:05",
        "Регионы · 27 ноября 2025, 15:45",
    ]
    arts = _arts(_digest(stamps, "Городские вести <digest@vesti.example>", "Главное за день"))
    assert [a.section for a in arts] == ["Экономика", "Общество", "Регионы"]
    assert all(a.source not in ("Ekonomika", "Obshchestvo", "Regiony") for a in arts)


def test_a_monitoring_digest_keeps_its_outlets() -> None:
    # look-alike: a monitoring service's items, stamped with outlets' names
    stamps = [
        "Городские вести · 27 ноября 2025, 13:05",
        "Вечерний курьер · 27 ноября 2025, 08:05",
        "Речной порт · 27 ноября 2025, 15:45",
    ]
    msg = _digest(stamps, "Монитор <alert@monitor.example>", "Мониторинг: 3 упоминания")
    arts = _arts(msg)
    assert [a.published for a in arts] == [
        datetime(2025, 11, 27, 13, 5),
        datetime(2025, 11, 27, 8, 5),
        datetime(2025, 11, 27, 15, 45),
    ]
    assert all(a.section == "" for a in arts)


def test_an_outlet_with_its_medium_is_no_desk() -> None:
    for line in (
        "Treffer 2 von 5 | Nordstadt Kurier (Print) | 21.11.2025 | S. 7",
        "Hit 1 of 3 | Harbour Gazette (Online) | 25.11.2025",
        "Упоминание 1 | Городские вести (онлайн) | 25.11.2025",
    ):
        stamp = one_line_stamp(line)
        assert stamp is None or stamp.section == "", line
    # look-alike: a plain local desk between the outlet and the day stays
    stamp = one_line_stamp("Nordstadt Kurier | Hafen | 21.11.2025")
    assert stamp is not None and stamp.section == "Hafen"
