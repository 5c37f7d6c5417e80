"""Blind batch 172's families on e-mail: a news database's alert (Dow Jones / Factiva-style)
delivers its records each under 'Document N of M', over a header with the search and a
list of the headlines: each record is an item, its fields (byline, word count, day,
publication, code, language, rights) give its author, day and outlet and are no text, the
closing document number is no text, and an agency's credit in the dateline shortens the
database's name for the wire ('Reuters News' under '(Reuters)')."""

from __future__ import annotations

from datetime import date

from app.importers.dbrecord import read_record

from .makers import articles_of, mail_bytes

_EN = (
    "The regional government will raise bus fares by six per cent from the first of March, "
    "the transport minister confirmed in parliament on Tuesday afternoon, after weeks of talks.",
    "Commuters travelling into the capital every day face an increase of roughly two hundred "
    "pounds a year, according to figures published by the ministry on its website this week.",
)
_DE = (
    "Die Landesregierung erhöht die Preise für Busfahrten im kommenden März um sechs Prozent, "
    "wie der Verkehrsminister am Dienstag im Landtag nach wochenlangen Beratungen bestätigte.",
    "Pendler, die täglich in die Hauptstadt fahren, müssen mit Mehrkosten von rund zweihundert "
    "Euro im Jahr rechnen, wie aus Zahlen hervorgeht, die das Ministerium veröffentlicht hat.",
)


def _record(n: int, m: int, head: list[str], opener: str, text: tuple[str, ...]) -> str:
    return "\n".join(
        [f"Document {n} of {m}", "", *head, "", f"{opener}{text[0]}", "", text[1], "",
         f"Document XMPL{n}0020251205el{n}0000b", "", ""]
    )  # fmt: skip


def _alert(records: list[str], lang_head: str = "HEADLINES") -> bytes:
    body = "\n".join(
        [
            "Example Alert: Transport – Europe",
            "Delivered: Friday, 5 December 2025 07:00 GMT",
            "Folder: TRANSPORT   Search: (fares OR buses) AND re=(uk OR de)",
            f"{len(records)} new documents",
            "",
            "-" * 60,
            lang_head,
            " 1. Fares to rise by six per cent – Northshire Courier, 4 December 2025",
            " 2. Landesregierung erhöht Buspreise – Example Wire News, 3 December 2025",
            "-" * 60,
            "",
            *records,
            "-" * 60,
            "Manage your alerts: https://alerts.example.com",
            "© 2025 Example Database, Inc. All rights reserved.",
        ]
    )
    return mail_bytes("Example Alerts <alerts@example.com>", "Example Alert: Transport", body)


def test_database_alert_gives_one_item_a_record() -> None:
    records = [
        _record(1, 2, ["Fares to rise by six per cent", "By Jane Porter", "512 words",
                       "4 December 2025", "Northshire Courier (UK)", "NSHCOU", "English",
                       "Copyright 2025 Northshire Media Ltd. All rights reserved."],
                "NORTHPORT, Dec 4 — ", _EN),
        _record(2, 2, ["Landesregierung erhöht Buspreise", "1.204 Wörter", "3 December 2025",
                       "Example Wire News", "EXWIRE", "German", "(c) 2025 Example Wire"],
                "BERLIN, 3. Dez (Example Wire) - ", _DE),
    ]  # fmt: skip
    arts = articles_of("alert.eml", _alert(records))
    assert [a.title for a in arts] == [
        "Fares to rise by six per cent",
        "Landesregierung erhöht Buspreise",
    ]
    first, second = arts
    assert first.source == "Northshire Courier"
    assert first.author == "Jane Porter"
    assert first.published.date() == date(2025, 12, 4)
    assert first.body.startswith("NORTHPORT, Dec 4 — ")
    for junk in ("512 words", "NSHCOU", "Copyright 2025", "Document XMPL", "HEADLINES"):
        assert junk not in first.body
    assert second.source == "Example Wire"  # the credit in its dateline, not 'Example Wire News'
    assert second.published.date() == date(2025, 12, 3)
    assert "Wörter" not in second.body and "EXWIRE" not in second.body


def test_record_fields_read_alone() -> None:
    text = "\n".join(
        ["Правительство повысит тарифы", "By Ivan Petrov", "300 words", "2 December 2025",
         "Example Gazette (Russia)", "EXGAZ", "Russian", "(c) 2025 Example Gazette", "",
         "Tariffs will rise.", "", "Document EXGAZ00020251202el2000001"]
    )  # fmt: skip
    body, fields = read_record(text)
    assert fields["source"] == "Example Gazette"
    assert fields["author"] == "Ivan Petrov"
    assert "Document EXGAZ" not in body and "300 words" not in body


def test_word_count_in_running_text_is_no_record() -> None:
    text = "\n".join(["Essay prize announced", "The jury read 3,000 words", "", _EN[0], "", _EN[1]])
    body, fields = read_record(text)
    assert fields == {} and body == text
    text = "\n".join(["Short story contest", "By Anna Berg", "800 words", "", _EN[0]])
    assert read_record(text)[1] == {}  # no day or publication under the count: no record


# --- a publication named a monitor is no monitoring service --------------------------------


def test_publication_named_monitor_is_no_monitoring_mail() -> None:
    from app.importers.mail import _monitoring

    assert not _monitoring("Example Institute\nEDM | Grain corridor\nBaltic Daily Monitor\n")
    assert not _monitoring("The Northern Science Monitor <share@example.com>\nShared story")
    assert not _monitoring("Kaukasus Wochen Monitor\nAusgabe 12/2025")
    # look-alikes: a monitoring firm's or a service's words still say it monitors
    assert _monitoring("Example Media Monitor\nYour daily clippings")
    assert _monitoring("Medienbeobachtung Beispiel GmbH\nIhre Treffer")
    assert _monitoring("Мониторинг СМИ\nОбзор за 3 декабря")
    assert _monitoring("Monitor: Example Corp\n3 new mentions")


# --- a sign-off opening with thanks ends the cover note over a forward --------------------


def test_thanks_and_greetings_sign_off_ends_cover_note() -> None:
    from app.importers.mail import _cover_note

    for sign in ("Danke & viele Grüße", "Thanks and best regards,", "Спасибо и всего доброго",
                 "Vielen Dank, liebe Grüße"):  # fmt: skip
        note = f"Hallo, anbei der Artikel.\n\n{sign}\nAnna\n\nAnna Beispiel\nReferentin\n"
        assert _cover_note(note).split() == ["Hallo,", "anbei", "der", "Artikel."], sign
    # look-alike: thanks in running text is no sign-off
    note = "Danke für den Hinweis auf den Artikel, ich habe ihn weitergeleitet.\nAnna"
    assert _cover_note(note) == note


def test_forward_under_long_note_with_thanks_sign_off() -> None:
    note = (
        "Hallo zusammen,\n\nanbei der Artikel aus der Zeitung von gestern zum Busverkehr, bitte "
        "für den Pressespiegel aufnehmen und unter Verkehr ablegen. Die Zahlen sollten wir mit "
        "dem Fachbereich noch einmal abgleichen, bevor wir sie verwenden.\n\n"
        "Danke & viele Grüße\nAnna\n\nAnna Beispiel\nReferentin Presse\nTel. +49 30 1234-56\n\n"
        "________________________________\nVon: Anna Beispiel\n"
        "Gesendet: Donnerstag, 4. Dezember 2025 08:12\nAn: Team <team@example.org>\n"
        "Betreff: WG: Landesregierung erhöht Buspreise\n\n"
        "Landesregierung erhöht Buspreise\n\n" + "\n\n".join(_DE)
    )
    data = mail_bytes("Anna Beispiel <a@example.org>", "WG: Landesregierung erhöht Buspreise", note)
    arts = articles_of("fwd.eml", data)
    assert arts[0].title == "Landesregierung erhöht Buspreise"
    assert arts[0].body.startswith(_DE[0][:40])
    assert "Danke" not in arts[0].body


# --- a commission or a chamber of commerce is an organisation, kept as printed -------------


def test_commissions_and_chambers_keep_their_printed_name() -> None:
    from app.importers.sitename import is_institution

    assert is_institution("Евразийская экономическая комиссия")
    assert is_institution("Центральная избирательная комиссия")
    assert is_institution("ТПП РФ")
    assert is_institution("ТПП Примерской области")
    # look-alikes: outlets and a word merely starting with the letters stay outlets
    assert not is_institution("Комсомольская правда")
    assert not is_institution("Тппшка")
    assert not is_institution("Вечерний Примерск")


# --- a credit line under an item names its reporter last, bare or labelled -----------------


def test_credit_line_names_reporter_after_the_day() -> None:
    from app.importers.docfront import labelled_credit

    found = labelled_credit("Quelle: Beispielblatt, 02.12.2025, Jana Muster")
    assert found is not None and found[1] == "Jana Muster"
    assert found[0].outlet == "Beispielblatt"
    found = labelled_credit("Источник: «Пример», 08.12.2025. Автор: Анна Примерова")
    assert found is not None and found[1] == "Анна Примерова"
    found = labelled_credit("Source: Example Herald, 3 December 2025, John Sample")
    assert found is not None and found[1] == "John Sample"
    # look-alikes: a page, a place or a desk after the day is no reporter
    for line in ("Quelle: Beispielblatt, 02.12.2025, Seite 4",
                 "Source: Example Herald, 3 December 2025, New York",
                 "Источник: «Пример», 03.12.2025, Нижний Новгород",
                 "Source: Example Herald, 3 December 2025, Business"):  # fmt: skip
        found = labelled_credit(line)
        assert found is not None and found[1] == "", line
