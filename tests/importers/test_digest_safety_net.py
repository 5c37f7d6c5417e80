"""Blind batch 149: no text of a mail is lost, whatever the digest's shape. A cover heading
over headlines each under their 'Outlet | date' stamp is the review's cover (its items were
read as crossheads of one article); a contents list under the masthead's own rule is never an
item (every headline was shifted by one); a text digest's count before each headline goes; a
desk's row with its byline after the bar gives both. Over all of it, a safety net: a block of
article-length prose that no item holds becomes an item of its own (or joins the item it runs
on from)."""

from __future__ import annotations

from datetime import datetime

from app.importers import default_profiles
from app.importers.base import Context
from app.importers.byline import author_of_line
from app.importers.mail import _Frame, _organisation, _with_lost_text
from app.importers.sections import section_of_line
from app.model import Extracted
from tests.importers.makers import articles_of, mail_bytes

_EN = (
    "The council approved the plan on Monday after a long debate about costs and the "
    "timetable for the works, which are due to start in the spring of next year."
)
_EN2 = (
    "Officials said the money would come from the regional budget and from a loan, and that "
    "residents would be consulted again before the final design is agreed in the summer."
)
_DE = (
    "Der Stadtrat hat den Plan am Montag nach langer Debatte über Kosten und Zeitplan "
    "gebilligt, die Arbeiten sollen im Frühjahr des kommenden Jahres beginnen."
)
_DE2 = (
    "Das Geld soll aus dem Haushalt des Landes und aus einem Kredit kommen, die Anwohner "
    "werden vor dem endgültigen Entwurf im Sommer noch einmal angehört, hieß es."
)
_RU = (
    "Городская дума в понедельник одобрила план после долгого обсуждения стоимости и сроков "
    "работ, которые должны начаться весной следующего года, сообщили в мэрии."
)
_RU2 = (
    "Деньги выделят из регионального бюджета и за счет кредита, а жителей еще раз опросят "
    "перед тем, как летом утвердят окончательный проект, добавили чиновники."
)


def _html(sender: str, subject: str, body: str) -> bytes:
    return mail_bytes(sender, subject, f"<html><body>{body}</body></html>", subtype="html")


# --- a cover heading over stamped headlines --------------------------------------------


def test_cover_heading_over_stamped_headlines_en() -> None:
    body = (
        "<h2>Morning Media Digest – Client: Example Water plc</h2>"
        "<p>Wednesday 26 November 2025 · 2 items · Prepared by Example Monitoring</p>"
        "<hr><p>Harbour Gazette | Online | 25/11/2025 10:05 | By Jane Marsh</p>"
        f"<h3>Council backs new harbour wall</h3><p>{_EN}</p><p>{_EN2}</p>"
        "<hr><p>Valley Courier | Print | 24/11/2025 | By Tom Reed</p>"
        f"<h3>Valley school to get new roof</h3><p>{_EN2}</p><p>{_EN}</p>"
    )
    arts = articles_of("d.eml", _html("Example Monitoring <m@monitor.example>", "Digest", body))
    assert [a.title for a in arts] == [
        "Council backs new harbour wall",
        "Valley school to get new roof",
    ]
    assert [a.source for a in arts] == ["Harbour Gazette", "Valley Courier"]


def test_cover_heading_over_credited_headlines_de() -> None:
    body = (
        "<h1>Pressespiegel</h1><p>Ausgewählte Presseberichte. Nur für den internen Gebrauch.</p>"
        "<h4>Inhalt</h4><ul><li>Brücke wird teurer</li><li>Neue Buslinie ab März</li></ul>"
        "<p>Beispieler Tageblatt, 26.11.2025, S. 21 (Lokales)</p>"
        f"<h2>Brücke wird teurer</h2><p>Von Anna Berg</p><p>{_DE}</p><p>{_DE2}</p>"
        "<p>Musterstädter Anzeiger, 25.11.2025, S. 3 (Region)</p>"
        f"<h2>Neue Buslinie ab März</h2><p>{_DE2}</p><p>{_DE}</p>"
    )
    arts = articles_of("d.eml", _html("Kammer <presse@kammer.example>", "Pressespiegel", body))
    assert [a.title for a in arts] == ["Brücke wird teurer", "Neue Buslinie ab März"]
    assert arts[0].source == "Beispieler Tageblatt"


def test_one_article_with_crossheads_stays_one() -> None:
    body = (
        f"<h1>Council backs new harbour wall</h1><p>{_EN}</p>"
        f"<h2>What it costs</h2><p>{_EN2}</p><h2>What comes next</h2><p>{_EN}</p>"
    )
    arts = articles_of("one.eml", _html("Harbour Gazette <news@gazette.example>", "Wall", body))
    assert len(arts) == 1
    assert arts[0].title == "Council backs new harbour wall"


# --- a contents list under the masthead's rule, numbered items ----------------------------


def test_numbered_contents_under_rule_is_no_item_ru() -> None:
    text = (
        "УТРЕННИЙ ВЫПУСК ПРИМЕРНОГО АГЕНТСТВА\nсреда, 26 ноября 2025\n"
        "==========================================\n\nГЛАВНОЕ\n\n"
        "1. Дума одобрила план ремонта набережной\n2. Жителей опросят еще раз\n\n"
        "------------------------------------------\n"
        f"1. Дума одобрила план ремонта набережной\nОбщество | Автор: Иван Петров\n\n{_RU}\n\n"
        "------------------------------------------\n"
        f"2. Жителей опросят еще раз\nЭкономика\n\n{_RU2}\n\n"
        "==========================================\n"
        "Чтобы отписаться от рассылки, ответьте на это письмо.\n"
    )
    arts = articles_of("d.eml", mail_bytes("Агентство <news@agency.example>", "Выпуск", text))
    assert [a.title for a in arts] == [
        "Дума одобрила план ремонта набережной",
        "Жителей опросят еще раз",
    ]
    assert arts[0].author == "Иван Петров"
    assert arts[0].section == "Общество"


def test_numbered_items_without_contents_en() -> None:
    text = (
        "EXAMPLE NEWS BULLETIN\nWednesday, 26 November 2025\n"
        "========================================\n"
        f"1. Council backs new harbour wall\nPolitics | By Jane Marsh\n\n{_EN}\n\n"
        "----------------------------------------\n"
        f"2. Valley school to get new roof\nEducation\n\n{_EN2}\n"
    )
    arts = articles_of("d.eml", mail_bytes("Example News <b@news.example>", "Bulletin", text))
    assert [a.title for a in arts] == [
        "Council backs new harbour wall",
        "Valley school to get new roof",
    ]
    assert arts[0].author == "Jane Marsh"


# --- a desk's row with the byline after its bar ---------------------------------------------


def test_desk_then_byline_row() -> None:
    assert author_of_line("Agriculture | By Jane Marsh") == "Jane Marsh"
    assert author_of_line("Wirtschaft · Von Anna Berg") == "Anna Berg"
    assert author_of_line("Политика | Автор: Иван Петров") == "Иван Петров"
    assert section_of_line("Agriculture | By Jane Marsh") == "Agriculture"
    assert section_of_line("Wirtschaft · Von Anna Berg") == "Wirtschaft"
    # look-alike: a trail with no byline keeps its deepest crumb
    assert section_of_line("Home > Politik > Wirtschaft") == "Wirtschaft"
    assert author_of_line("Agriculture | Farming") == ""


# --- the safety net itself ----------------------------------------------------------------


def _net(said: str, kept: str, lang_name: str = "d.eml") -> list:
    items = [
        i
        for i in __import__("app.importers", fromlist=["extract"]).extract("k.txt", kept.encode())
        if isinstance(i, Extracted)
    ]
    ctx = Context(profiles=default_profiles())
    frame = _Frame("Digest", "Example Daily", datetime(2025, 11, 26, 6, 0))
    return [i.article for i in _with_lost_text(items, said, lang_name, ctx, frame)]


def test_net_makes_a_lost_block_an_item_en() -> None:
    kept = f"Council backs new harbour wall\n\n{_EN}"
    said = f"{kept}\n\nValley school to get new roof\n\n{_EN2}\n\n{_EN2} Again."
    arts = _net(said, kept)
    assert [a.title for a in arts] == [
        "Council backs new harbour wall",
        "Valley school to get new roof",
    ]
    assert "regional budget" in arts[1].body


def test_net_joins_a_lost_block_to_its_item_de() -> None:
    kept = f"Brücke wird teurer\n\n{_DE}"
    said = f"{kept}\n\n{_DE2}\n\n{_DE2}"
    arts = _net(said, kept)
    assert len(arts) == 1
    assert "endgültigen Entwurf" in arts[0].body


def test_net_lost_block_under_its_headline_ru() -> None:
    kept = f"Дума одобрила план ремонта набережной\n\n{_RU}"
    said = f"{kept}\n\nЖителей опросят еще раз\n\n{_RU2}\n\n{_RU2}"
    arts = _net(said, kept)
    assert [a.title for a in arts][1] == "Жителей опросят еще раз"


def test_net_drops_only_chrome() -> None:
    kept = f"Council backs new harbour wall\n\n{_EN}"
    said = (
        f"Good morning, dear readers, and welcome to this week's issue of the digest.\n\n{kept}\n\n"
        "You are receiving this newsletter because you subscribed to it on our website and "
        "agreed to our terms. To unsubscribe, click the link below at any time you like."
    )
    arts = _net(said, kept)
    assert len(arts) == 1


# --- an outlet's app as the sender ----------------------------------------------------------


def test_app_sender_names_its_outlet() -> None:
    assert _organisation("Harbour Gazette App") == "Harbour Gazette"
    assert _organisation("Example News App") == "Example News"
    assert _organisation("Beispielblatt-App") == "Beispielblatt"
    assert _organisation("Пример приложение") == "Пример"
    # look-alikes: a name that only starts so, or a lower-case word, stays
    assert _organisation("Snapfish Apparel") == "Snapfish Apparel"
    assert _organisation("Apple") == "Apple"
