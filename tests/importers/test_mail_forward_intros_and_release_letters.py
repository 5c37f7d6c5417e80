"""Mails read as what they carry: an Outlook forward under a signed cover note, the
forwarder's 'From X's website:' line naming the outlet, a release letter's letterhead kept
apart under its salutation, a subject label and inflected words, a byline with its day in
a newsletter, and an alert item's byline between headline and text.
"""

from __future__ import annotations

from app.importers import extract
from app.importers.agency import _CASED_PLACE_DAY
from app.importers.mail import _is_cover, _rephrases
from app.importers.newsletter import clean_subject
from app.importers.stampline import one_line_stamp
from app.model import Extracted
from tests.importers.makers import MAIL_DE as DE
from tests.importers.makers import MAIL_RU as RU
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, mail_bytes


def _articles(data: bytes):  # type: ignore[no-untyped-def]
    items = extract("mail.eml", data)
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]  # type: ignore[union-attr]


COVER = (
    "Hi team,\n\nWorth a look before the meeting on Friday, the funding question will surely "
    "come back. Could one of you compare their numbers with the ones in our own plan?\n\n"
    "Thanks,\nAlex\n\nAlex Example | Partnerships Manager\nExample Transit Board · 0100 000 000"
)


def test_a_sign_off_ends_the_cover_notes_words() -> None:
    assert not _is_cover(COVER.replace("Thanks,", "And also the rest of it"))
    assert _is_cover(COVER)


def test_an_outlook_forward_under_a_signed_note_reads_the_outlet_its_intro_names() -> None:
    body = (
        f"{COVER}\n\n-----Original Message-----\nFrom: Sam Other <sam@example.org>\n"
        "Sent: 25 November 2025 08:51\nTo: Alex Example <alex@example.org>\n"
        "Subject: Daily Example – Harbour bridge\n\nFrom this morning's Daily Example website:"
        "\n\nHarbour bridge will stay shut until the spring, council admits\n\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    )
    (art,) = _articles(
        mail_bytes("Alex Example <alex@example.org>", "FW: Daily Example – Harbour bridge", body)
    )
    assert art.title == "Harbour bridge will stay shut until the spring, council admits"
    assert art.source == "Daily Example"
    assert not art.body.startswith("From this morning")


def test_a_release_letters_letterhead_stays_on_its_lines_under_the_salutation() -> None:
    body = (
        "Уважаемые коллеги!\n\nНаправляем вам информационное сообщение для работы.\n\n\n"
        "КОМИТЕТ ПО МОСТАМ ГОРОДА ПРИМЕРСК\nИНФОРМАЦИОННОЕ СООБЩЕНИЕ\n\n"
        "Весной в Примерске начнут ремонт двенадцати мостов\n\n"
        f"Примерск, 25 ноября 2025 г. {RU}\n\n{RU}\n\n--\nПресс-служба Комитета\n"
        "Телефон: +7 (000) 000-00-00\n"
    )
    subject = "Информационное сообщение: ремонт двенадцати мостов начнётся весной"
    (art,) = _articles(mail_bytes("Пресс-служба КМ <press@example.ru>", subject, body))
    assert art.title == "Весной в Примерске начнут ремонт двенадцати мостов"
    assert art.source.casefold() == "комитет по мостам города примерск"
    assert art.dateline == "Примерск"
    assert "Пресс-служба Комитета" not in art.body


def test_a_subject_label_goes_and_inflected_words_count_as_held() -> None:
    assert clean_subject("Информационное сообщение: новые мосты") == "новые мосты"
    assert _rephrases(
        "новые трамвайные маршруты с 1 декабря",
        "С 1 декабря запустят три новых трамвайных маршрута",
    )
    assert not _rephrases("new tram routes from December", "Bridge repairs start in spring")


def test_a_place_and_a_day_with_the_years_abbreviation_open_a_release() -> None:
    m = _CASED_PLACE_DAY.match("Примерск, 25 ноября 2025 г. Комитет сообщает о ремонте.")
    assert m and m["place"] == "Примерск"


def test_a_byline_with_its_day_is_no_outlet_stamp() -> None:
    assert one_line_stamp("By Jane Example | 25 November 2025 17:40 CET") is None
    stamp = one_line_stamp("Daily Example | 25 November 2025")
    assert stamp is not None and stamp.outlet == "Daily Example"


def test_an_alert_items_byline_between_headline_and_text_keeps_the_stamped_headlines() -> None:
    items = "".join(
        f"<div>{outlet} | Print | 25.11.2025 | Seite 3 | Ressort: {desk}</div>"
        f"<div><b><a href='https://example.org/{n}'>{head}</a></b></div>"
        f"<div><i>Autor: {name}</i></div><p>{DE}</p><p>{DE}</p>"
        "<div><a href='#'>Volltext anzeigen</a> · <a href='#'>Treffer bewerten</a></div>"
        for n, (outlet, desk, head, name) in enumerate(
            [
                (
                    "Beispielzeitung",
                    "Stadt",
                    "Zwei neue Radwege am Ufer bis zum Sommer",
                    "Anna Beispiel",
                ),
                (
                    "Musterblatt",
                    "Kultur",
                    "Stadthalle öffnet nach der Sanierung wieder",
                    "Jonas Muster",
                ),
            ]
        )
    )
    header = "<div>Ihr Treffer-Alert · Suchprofil: Radwege · 2 neue Treffer</div>"
    html = f"<html><body>{header}{items}</body></html>"
    arts = _articles(mail_bytes("Alert <alert@example.de>", "Alert: 2 neue Treffer", html, "html"))
    assert [a.title for a in arts] == [
        "Zwei neue Radwege am Ufer bis zum Sommer",
        "Stadthalle öffnet nach der Sanierung wieder",
    ]
    assert [a.source for a in arts] == ["Beispielzeitung", "Musterblatt"]
