"""Mails read as what they carry: a release's number in the subject, a release mailed as
hard-wrapped text under its letterhead, a digest's items under their time and rubric, and a
forwarded clipping under its outlet line.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.newsletter import clean_subject
from app.importers.stampline import clock_stamp, one_line_stamp
from app.model import Extracted
from tests.importers.makers import mail_bytes

DE = [
    "Das Land fördert den Bau von drei neuen Radwegen entlang der Kreisstraßen im Norden mit "
    "insgesamt zwölf Millionen Euro, wie das Ministerium am Dienstag mitteilte.",
    "Die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst des kommenden Jahres "
    "abgeschlossen sein. Die Gemeinden tragen ein Viertel der Kosten selbst.",
]
RU = [
    "Городские власти утвердили план ремонта двенадцати мостов, работы начнутся весной и "
    "продлятся до конца следующего года, сообщили в мэрии.",
    "На территории области откроются четыре новых пункта приема вторсырья, жители смогут "
    "сдать пластик, стекло и макулатуру, сообщили в администрации.",
]


def _mail(sender: str, subject: str, body: str, subtype: str = "plain") -> bytes:
    return mail_bytes(sender, subject, body, subtype, date="Tue, 25 Nov 2025 11:02:45 +0100")


def _articles(data: bytes):  # type: ignore[no-untyped-def]
    items = extract("mail.eml", data)
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]  # type: ignore[union-attr]


def _wrapped(paragraph: str, width: int = 72) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def test_a_release_number_before_the_headline_is_no_part_of_the_subject() -> None:
    assert clean_subject("PM 12/2025: Land fördert Radwege") == "Land fördert Radwege"
    assert clean_subject("Press release No. 4: Bridge reopens") == "Bridge reopens"
    assert clean_subject("Fwd: Pressemitteilung Nr. 7/2025 – Radwege") == "Radwege"
    assert clean_subject("PM 10: Feinstaubwerte steigen") == "PM 10: Feinstaubwerte steigen"


def test_a_release_mailed_as_text_is_read_as_its_letterhead_prints_it() -> None:
    """The letterhead names the issuer over the press office's short sender name, the
    printed day beats the sending time, letterhead and label leave the text, and the
    printed headline of which the subject is the start is the title."""
    head = "Land fördert drei neue Radwege mit zwölf Millionen Euro"
    text = "\n\n".join([
        "Ministerium für Verkehr und Landesentwicklung",
        "Pressemitteilung Nr. 42/2025\nMusterstadt, 24. November 2025",
        head, *(_wrapped(p) for p in DE), "--", "Pressestelle\nTelefon: 0123 4567",
    ])  # fmt: skip
    subject = "PM 42/2025: Land fördert drei neue Radwege"
    [art] = _articles(_mail("Pressestelle MVL <presse@example.org>", subject, text))
    assert art.title == head
    assert art.source == "Ministerium für Verkehr und Landesentwicklung"
    assert art.published == datetime(2025, 11, 24)
    assert art.body.startswith("Das Land fördert den Bau")
    assert "Pressemitteilung Nr." not in art.body and "Telefon" not in art.body


def test_a_time_and_rubric_over_each_linked_headline_make_a_digest_of_items() -> None:
    """'12:40 | Rubric' over a linked headline and its lead, repeating: one article per item,
    timed on the day the masthead prints, under that rubric."""
    items = [("09:15", "Город", "Мэрия утвердила план ремонта мостов", RU[0]),
             ("17:30", "Экология", "В области откроют пункты приема вторсырья", RU[1])]  # fmt: skip
    cells = "".join(
        f'<div><div><span>{t}</span> | <span>{r}</span></div><div><a href="https://example.ru/'
        f'{n}">{h}</a></div><div>{p}</div><div><a href="https://example.ru/{n}">Читать '
        f"полностью »</a></div></div>"
        for n, (t, r, h, p) in enumerate(items)
    )
    html = (
        "<html><head><title>Example: главное за день</title></head><body><div>Example</div>"
        f"<div>Главное за 24 ноября 2025 года</div><div>Добрый вечер!</div>{cells}"
        "<div>Вы получили это письмо, так как подписаны на рассылку.</div></body></html>"
    )
    arts = _articles(_mail("Example <digest@example.ru>", "Главное за день", html, "html"))
    assert [a.title for a in arts] == [h for _, _, h, _ in items]
    assert [a.published for a in arts] == [datetime(2025, 11, 24, 9, 15),
                                           datetime(2025, 11, 24, 17, 30)]  # fmt: skip
    assert [a.section for a in arts] == ["Город", "Экология"]
    assert all("Читать" not in a.body for a in arts)


def test_a_clock_stamp_is_a_time_with_at_most_a_rubric() -> None:
    assert clock_stamp("12:40 | Politik") is not None
    assert clock_stamp("Wirtschaft · 9.15 Uhr") is not None
    assert clock_stamp("12:40 | Politik | Inland") is None
    assert clock_stamp("24.11.2025 | Politik") is None


def test_a_forwarded_clipping_takes_its_outlet_line_and_loses_the_signature() -> None:
    """'Outlet | Desk | date' under a forwarded article's headline gives its source, day and
    desk over the forwarding press office's; the company's address row under it goes."""
    text = "\n\n".join([
        "Hallo zusammen,", "zur Info der Artikel von heute.", "Viele Grüße\nAnna Beispiel",
        "________________________________\nVon: Pressestelle Beispielwerke "
        "<presse@example.org>\nGesendet: Montag, 24. November 2025 08:31\n"
        "An: Team <team@example.org>\nBetreff: WG: Land fördert drei neue Radwege",
        "Land fördert drei neue Radwege", "Musterstädter Zeitung | Musterstadt | 24.11.2025",
        "Von Jana Beispiel", *DE, "Beispielwerke GmbH · Hafenstraße 40–42 · 12345 Musterstadt",
    ])  # fmt: skip
    [art] = _articles(_mail("Anna Beispiel <anna@example.org>", "WG: WG: Radwege", text))
    assert art.title == "Land fördert drei neue Radwege"
    assert art.source == "Musterstädter Zeitung"
    assert art.published == datetime(2025, 11, 24)
    assert art.section == "Musterstadt"
    assert art.author == "Jana Beispiel"
    assert "Hafenstraße" not in art.body


def test_a_bare_desk_between_outlet_and_day_but_not_a_name() -> None:
    stamp = one_line_stamp("Musterstädter Zeitung | Lokales | 24.11.2025")
    assert stamp is not None and stamp.section == "Lokales"
    stamp = one_line_stamp("Musterstädter Zeitung | Jana Beispiel | 24.11.2025")
    assert stamp is not None and stamp.section == ""


def test_a_firms_address_row_without_a_contact_is_boilerplate() -> None:
    assert is_boilerplate("Beispielwerke GmbH · Hafenstraße 40–42 · 12345 Musterstadt")
    assert not is_boilerplate("Beispielwerke · Hafen · Musterstadt")


def test_an_agency_mail_keeps_its_stamps_time_over_the_openings_day() -> None:
    # "Meldung vom 24.11.2025, 13:52" over the text and "Musterstadt, 24.11.2025 (ABC)"
    # opening it name one day: the stamp says when on it
    text = "\n\n".join([
        "Agentur-Tagesdienst\nMeldung vom 24.11.2025, 13:52\nRessort: Inland",
        "Land fördert drei neue Radwege",
        f"Musterstadt, 24.11.2025 (ABC) {DE[0]}", DE[1],
    ])  # fmt: skip
    [art] = _articles(_mail("Agentur <dienst@example.org>", "Land fördert Radwege", text))
    assert art.published == datetime(2025, 11, 24, 13, 52)
    # a stamp of another day (the mail's digest date) does not lend its time
    text = text.replace("Meldung vom 24.11.2025, 13:52", "Meldung vom 23.11.2025, 18:10")
    [art] = _articles(_mail("Agentur <dienst@example.org>", "Land fördert Radwege", text))
    assert art.published == datetime(2025, 11, 24)
