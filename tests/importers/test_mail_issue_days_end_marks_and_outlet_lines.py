"""Mails read as what they carry: a briefing's day named in its masthead line, a byline
closing an item, an alert's labelled source and its row of action links, a release's end
mark and 'FOR IMMEDIATE RELEASE' label, and a forwarded article's timed outlet line.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.stampline import one_line_stamp
from app.model import Extracted
from tests.importers.makers import MAIL_DE as DE
from tests.importers.makers import MAIL_RU as RU
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, mail_bytes


def _articles(data: bytes):  # type: ignore[no-untyped-def]
    items = extract("mail.eml", data)
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]  # type: ignore[union-attr]


def _briefing(masthead: str) -> bytes:
    items = "".join(
        f"<tr><td><span>{rubric}</span><h2><a href='https://example.org/{n}'>{head}</a></h2>"
        f"<p>{DE}</p><p>Von {name}</p><a href='https://example.org/{n}'>Zum Artikel</a></td></tr>"
        for n, (rubric, head, name) in enumerate(
            [
                ("Stadt", "Zwei neue Radwege am Ufer bis zum Sommer", "Anna Beispiel"),
                ("Kultur", "Stadthalle öffnet nach der Sanierung wieder", "Jonas Muster"),
            ]
        )
    )
    html = (
        "<html><body><table><tr><td>Beispielbote</td></tr>"
        f"<tr><td>{masthead}</td></tr><tr><td>Guten Morgen! Heute geht es um Radwege und "
        f"die Stadthalle.</td></tr>{items}<tr><td>Newsletter abbestellen</td></tr>"
        "</table></body></html>"
    )
    return mail_bytes(
        "Beispielbote <news@example.org>", "Am Morgen: Radwege, Stadthalle", html, "html"
    )


def test_a_briefing_is_dated_by_the_weekday_and_day_closing_its_masthead_line() -> None:
    arts = _articles(_briefing("Am Morgen – Ihr Briefing für Mittwoch, 19. November 2025"))
    assert [a.published for a in arts] == [datetime(2025, 11, 19)] * 2
    # a day inside a sentence of the greeting is no issue's day: the mail's time stays
    arts = _articles(_briefing("Am Morgen. Seit Mittwoch, 19. November 2025 neu"))
    assert arts[0].published is not None and arts[0].published.hour == 6


def test_a_byline_closing_an_item_names_its_author_without_the_preposition() -> None:
    arts = _articles(_briefing("Am Morgen – Ihr Briefing für Mittwoch, 19. November 2025"))
    assert [a.author for a in arts] == ["Anna Beispiel", "Jonas Muster"]
    assert all("Von " not in a.body for a in arts)


def test_a_monitoring_stamps_source_label_is_no_part_of_the_outlet() -> None:
    stamp = one_line_stamp("Source: Example Daily · Date: 24 Nov 2025, 18:12 · Reach: 3K")
    assert stamp is not None
    assert (stamp.outlet, stamp.published) == ("Example Daily", datetime(2025, 11, 24, 18, 12))


def test_an_alerts_row_of_action_links_under_an_item_is_the_mails_frame() -> None:
    items = "".join(
        f"<div><div><a href='https://example.org/{n}'>{head}</a></div>"
        f"<div>Source: {outlet} · Date: 24 Nov 2025, 1{n}:05 · Reach: 2K</div>"
        f"<p>{NEWS_TEXT}</p><p>{NEWS_MORE}</p>"
        "<div><a href='https://alerts.example.com/r'>Open result</a> · <a href='#'>Tag</a> · "
        "<a href='#'>Block source</a></div></div>"
        for n, (head, outlet) in enumerate(
            [("City approves tram expansion plan", "Example Gazette"),
             ("Council backs forty kilometres of new tram lines", "Sample Post")]
        )
    )  # fmt: skip
    html = f"<html><body><div>Example Alerts</div>{items}<div>Unsubscribe</div></body></html>"
    arts = _articles(
        mail_bytes("Example Alerts <alerts@example.com>", "2 new results", html, "html")
    )
    assert [a.source for a in arts] == ["Example Gazette", "Sample Post"]
    assert all("Open result" not in a.body and "Block source" not in a.body for a in arts)


def test_a_release_mailed_as_text_ends_at_its_end_mark_under_its_label() -> None:
    text = (
        "Embassy of Examplia to Sampleland\n\nFOR IMMEDIATE RELEASE\n\n"
        "Examplia and Sampleland open a joint training centre for rail engineers\n\n"
        f"NORTHTOWN, Sampleland, November 20, 2025 – {NEWS_TEXT}\n\n{NEWS_MORE}\n\n###\n\n"
        "Media contact:\nJane Doe, Press Officer\nTel.: +1 555 0100\npress@example.org\n"
    )
    subject = "Media release: Examplia and Sampleland open training centre for engineers"
    [art] = _articles(mail_bytes("Embassy of Examplia <press@example.org>", subject, text))
    assert art.title == "Examplia and Sampleland open a joint training centre for rail engineers"
    assert art.source == "Embassy of Examplia to Sampleland"
    assert (art.dateline, art.published) == ("Northtown", datetime(2025, 11, 20))
    assert art.body.startswith("NORTHTOWN, Sampleland, November 20, 2025 – The city council")
    assert "IMMEDIATE" not in art.body and "Media contact" not in art.body


def test_items_separated_by_end_marks_stay_items() -> None:
    text = f"First item on trams\n\n{NEWS_TEXT}\n\n###\n\nSecond item on trams\n\n{NEWS_MORE}\n"
    assert len(_articles(mail_bytes("Example <news@example.org>", "Digest", text))) == 2


def test_a_forwarded_articles_timed_outlet_line_gives_its_source_and_time() -> None:
    text = (
        "Коллеги, пересылаю материал.\n\n-------- Пересылаемое сообщение --------\n"
        "От: Мониторинг <monitoring@example.ru>\nДата: 24.11.2025, 17:05\n"
        "Тема: Ремонт мостов\n\nРемонт мостов продлят до конца года\n\n"
        f"Примерград Медиа, 24 ноября 2025, 15:40\n\n{RU}\n\n{RU}\n"
    )
    [art] = _articles(mail_bytes("Анна <anna@example.ru>", "Fwd: Ремонт мостов", text))
    assert art.title == "Ремонт мостов продлят до конца года"
    assert art.published == datetime(2025, 11, 24, 15, 40)
    assert art.source == "Primergrad Media" and art.dateline == ""
    assert "15:40" not in art.body
