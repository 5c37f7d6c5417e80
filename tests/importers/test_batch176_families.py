"""Blind batch 176 (e-mail digests and single mails): the families its misses belong to,
each on made-up mails of several shapes, with a look-alike that must not change."""

from __future__ import annotations

from tests.importers.makers import articles_of, mail_bytes

_RU = (
    "Работы начнутся весной и продлятся около полутора лет, сообщили в администрации "
    "города во вторник. Движение перекроют только ночью. Подрядчик уже выбран, контракт "
    "подписан на прошлой неделе, стоимость работ составит около двухсот миллионов рублей."
)
_EN = (
    "The council said on Monday that the works would start in the spring and last about "
    "eighteen months, with lanes closed at night only. A contractor has been chosen and "
    "the contract was signed last week; the works will cost about 20 million."
)
_DE = (
    "Die Arbeiten beginnen im Frühjahr und dauern rund anderthalb Jahre, teilte die "
    "Stadtverwaltung am Dienstag mit. Gesperrt wird nur nachts. Der Auftrag ist bereits "
    "vergeben, die Kosten liegen bei rund zwanzig Millionen Euro."
)
_RULE = "-" * 50


# ------------------------------------------- a wire's issue header over its first item, and
# ------------------------------------------- each item signed with its time and the agency


def _wire(header: str, items: list[tuple[str, str, str]], footer: str) -> bytes:
    body = header + "\n\n" + _RULE + "\n\n"
    for head, text, sign in items:
        body += f"{head}\n\n{text}\n\n{sign}\n\n{_RULE}\n\n"
    body += footer + "\n"
    return mail_bytes("", "", body, date="Fri, 19 Dec 2025 17:10:00 +0300")


def test_issue_header_and_clock_signed_items_ru() -> None:
    data = _wire(
        'ИА "ПРИМЕРНЫЙ" - ЛЕНТА ДЛЯ ПОДПИСЧИКОВ\nВыпуск за 19 декабря 2025 года (пятница)\n'
        "Материалы предназначены для подписчиков. Перепечатка без согласования запрещена.",
        [
            (
                "МОСТ НА ЗАРЕЧНОЙ ЗАКРОЮТ НА РЕМОНТ",
                f"ТВЕРЬ, 19 декабря. {_RU}",
                '11:08 ИА "Примерный"',
            ),
            (
                "КОТЕЛЬНУЮ ПЕРЕВЕДУТ НА ГАЗ",
                f"ТВЕРЬ, 19 декабря. Котельная. {_RU}",
                '14:32 ИА "Примерный"',
            ),
        ],
        'Редакция ИА "Примерный", г. Тверь, ул. Садовая, 1. Телефон: (4822) 00-00-00.',
    )
    arts = articles_of("w.eml", data)
    assert len(arts) == 2
    assert arts[0].title.casefold() == "мост на заречной закроют на ремонт"
    assert [a.published.strftime("%Y-%m-%d %H:%M") for a in arts] == [
        "2025-12-19 11:08",
        "2025-12-19 14:32",
    ]
    assert arts[0].body.startswith("ТВЕРЬ, 19 декабря.")
    assert "Перепечатка" not in arts[0].body and "11:08" not in arts[0].body
    assert arts[0].source == "Primernyy"


def test_issue_header_and_clock_signed_items_en_de() -> None:
    data = _wire(
        "EXAMPLE WIRE - SUBSCRIBER SERVICE\nIssue of 19 December 2025\n"
        "For subscribers only. No reproduction without the editors' consent.",
        [
            (
                "HARBOUR BRIDGE TO CLOSE FOR REPAIRS",
                f"PORTVILLE, Dec 19. {_EN}",
                "09:40 Example Wire",
            ),
            (
                "MARKET TRADERS AGREE LONGER LEASE",
                f"PORTVILLE, Dec 19. Traders agreed. {_EN}",
                "16:05 Example Wire",
            ),
        ],
        "Example Wire, 1 Harbour Road, Portville. Phone: +1 555 0100.",
    )
    arts = articles_of("w.eml", data)
    assert [a.published.strftime("%H:%M") for a in arts] == ["09:40", "16:05"]
    assert arts[0].title.casefold() == "harbour bridge to close for repairs"
    assert "No reproduction" not in arts[0].body
    data = _wire(
        "BEISPIEL-DIENST - ABONNENTENLEISTUNG\nAusgabe vom 19. Dezember 2025\n"
        "Nur für Abonnenten. Nachdruck nur mit Genehmigung der Redaktion.",
        [
            ("BRÜCKE WIRD GESPERRT", f"Musterstadt. {_DE}", "10:15 (epd)"),
            ("MARKT BLEIBT LÄNGER", f"Musterstadt. Der Markt. {_DE}", "12:30 (epd)"),
        ],
        "Beispiel-Dienst, Hafenstraße 1, 12345 Musterstadt. Telefon 0123 4567.",
    )
    arts = articles_of("w.eml", data)
    assert [a.published.strftime("%H:%M") for a in arts] == ["10:15", "12:30"]
    assert "Nachdruck" not in arts[0].body and "(epd)" not in arts[0].body


def test_clock_signed_look_alikes() -> None:
    from app.importers.mail import _clock_signed, _issue_header

    assert _clock_signed('Head\n\nText.\n\n11:08 ИА "Пример"')[2] == 'ИА "Пример"'
    # a sentence under the text that opens with a time, and a time alone, sign nothing
    assert _clock_signed("Head\n\nText.\n\n11:08 Uhr beginnt die Sitzung.") is None
    assert _clock_signed("Head\n\nText.\n\n11:08") is None
    # an item whose headline opens with the issue's word is no header: a blank line and
    # prose under it
    assert not _issue_header("Выпуск облигаций за 2025 год вырос\n\nКомпания разместила бумаги.")
    assert _issue_header("EXAMPLE DAILY\nIssue 231 · 5 December 2025\nFor subscribers only.")


# ------------------------------------------- the Latin brand a digest's notice prints


def test_notice_spells_the_cyrillic_senders_latin_brand() -> None:
    body = (
        "ЗАРЯ\nВечерняя рассылка · 12 декабря 2025\n\n━━━━━━━━━━\n\n"
        "Мост на Заречной закроют на ремонт\n\nАнна Петрова · 12 декабря 2025\n\n"
        f"{_RU}\n\n━━━━━━━━━━\n\n"
        "Котельную переведут на газ\n\nИван Сидоров · 11 декабря 2025\n\n"
        f"Котельная. {_RU}\n\n"
        "© 2025 Zarya Media\nОтписаться · Настройки подписки\n"
    )
    arts = articles_of("z.eml", mail_bytes("Заря <zarya@mail.example>", "", body))
    assert [a.source for a in arts] == ["Zarya", "Zarya"]
    # look-alike: a notice of another name leaves the transliteration
    arts = articles_of(
        "z.eml",
        mail_bytes("Заря <zarya@mail.example>", "", body.replace("Zarya Media", "Nord Media")),
    )
    assert arts[0].source != "Nord"


# ------------------------------------------- writers' names joined in a stamp row


def test_names_joined_in_a_stamp_row_are_writers() -> None:
    from app.importers.byline import stamp_byline

    assert (
        stamp_byline("Илья Иванов, Мария Петрова · 11 декабря 2025") == "Илья Иванов, Мария Петрова"
    )
    assert stamp_byline("Jane Doe and John Roe · 11 December 2025") == "Jane Doe and John Roe"
    assert stamp_byline("Anna Roth und Jan Lind | 3. Dezember 2025") == "Anna Roth und Jan Lind"
    # look-alikes: places, desks and outlets joined by a comma are no writers
    assert stamp_byline("New York, Berlin · 3 December 2025") == ""
    assert stamp_byline("Politik, Wirtschaft · 3. Dezember 2025") == ""
    assert stamp_byline("Example Times, Example Post · 3 Dec 2025") == ""


# ------------------------------------------- a review's outlet heading in capitals


def _review(items: list[tuple[str, str, str, str]], intro: str) -> bytes:
    body = intro + "\n\n" + "=" * 50 + "\n\n"
    for outlet, row, head, text in items:
        body += f"{outlet}\n{row}\n\n{head}\n\n{text}\n\n" + "*" * 50 + "\n\n"
    return mail_bytes("", "", body, date="Tue, 16 Dec 2025 17:48:12 +0300")


def test_shouted_outlet_heading_takes_the_printed_case_ru() -> None:
    data = _review(
        [
            (
                "ПРИМЕР-НОВОСТИ",
                "primer-news.example | Рубрика: Экономика | 16.12.2025, 09:15",
                "Мост на Заречной закроют на ремонт",
                _RU,
            ),
            (
                'ГТРК "ОБРАЗЕЦ"',
                "16.12.2025 13:40",
                "Котельную переведут на газ",
                f"Котельная. {_RU}",
            ),
        ],
        "МОНИТОРИНГ РЕГИОНАЛЬНЫХ СМИ\nза 16 декабря 2025 г.\n\nДля служебного пользования.\n\n"
        "Содержание:\n1. Пример-Новости - Мост на Заречной закроют на ремонт\n"
        '2. ГТРК "Образец" - Котельную переведут на газ',
    )
    arts = articles_of("m.eml", data)
    assert [a.source for a in arts] == ["Primer-Novosti", "Obrazets"]
    assert arts[0].section == "Экономика"


def test_shouted_outlet_heading_takes_the_printed_case_de() -> None:
    def box(outlet: str, desk: str, day: str, head: str, by: str) -> str:
        return (
            f"<table><tr><td><b>{outlet}</b> | Ressort: {desk} | {day}</td></tr><tr><td>"
            f"<h2>{head}</h2><p>{by}</p><p>{_DE}</p><p>{_DE}</p>"
            f"<p>Quelle: {outlet.title()}, {day}</p></td></tr></table>"
        )

    html = (
        "<html><body><div><b>Hochschule Musterstadt</b><br>Die Hochschule in den Medien · "
        "Ausgabe 24/2025 · 18. Dezember 2025</div>"
        "<p>Liebe Kolleginnen und Kollegen,<br>hier die Medienresonanz der Woche.</p>"
        + box("MUSTERTALER BOTE", "Region", "13.12.2025", "Brücke wird gesperrt", "Von Max Muster")
        + box(
            "NORDSTADT ZEITUNG", "Wissen", "16.12.2025", "Markt bleibt länger", "Von Erika Muster"
        )
        + "<p>Hochschule · Pressestelle · Hafenstraße 1 · 12345 Musterstadt</p></body></html>"
    )
    arts = articles_of("h.eml", mail_bytes("", "Die Hochschule in den Medien", html, "html"))
    assert arts[0].source == "Mustertaler Bote"
    assert "Ressort:" not in arts[0].body


def test_printed_case_look_alikes() -> None:
    from app.importers.mail import _printed_case

    text = "Содержание: 1. Пример-Новости - заголовок; Quelle: Example Tag, 13.12."
    assert _printed_case("ПРИМЕР-НОВОСТИ", text) == "Пример-Новости"
    assert _printed_case("EXAMPLE TAG", text) == "Example Tag"
    assert _printed_case("ТАСС", "по данным тасс") == "ТАСС"  # an acronym stays
    assert _printed_case("EXAMPLE TAG", "no other spelling") == "EXAMPLE TAG"
    assert _printed_case("Example Tag", text) == "Example Tag"  # no capitals: as it stands


# ------------------------------------------- a byline before a comma names no outlet


def test_byline_with_agency_under_a_digest_headline() -> None:
    body = (
        "THE EXAMPLE HERALD\nThe Morning Briefing\nThursday, December 18, 2025\n\n-----\n"
        "Harbour bridge to close for repairs\nBy Karen Doe | Dec. 17, 2025\n\n"
        f"{_EN}\n\n-----\n"
        "Lawmakers weigh limits on utility shutoffs\n"
        "By Rachel Roe, Agence France-Presse | Dec. 17, 2025\n\n"
        f"PORTVILLE (AFP) — Lawmakers said Wednesday. {_EN}\n\n-----\n"
        "© 2025 The Example Herald, 1 News Plaza, Portville\n"
    )
    arts = articles_of(
        "b.eml", mail_bytes("The Example Herald <n@herald.example>", "Briefing", body)
    )
    assert arts[1].author == "Rachel Roe"
    assert arts[1].source == "AFP"
    from app.importers.stampline import comma_stamp

    assert comma_stamp("Von Max Muster, Beispiel | 17.12.2025") is None
    assert comma_stamp("Автор: Иван Петров, 17.12.2025") is None
    assert comma_stamp("Example Daily, 17 December 2025").outlet == "Example Daily"  # look-alike


# ------------------------------------------- an alert row's host beside the outlet's name


def test_host_beside_the_name_makes_it_the_outlet() -> None:
    from app.importers.mail import _host_beside

    assert _host_beside(
        "Example Insider Africa",
        "Example Insider Africa · africa.exampleinsider.com · Dec 16, 2025",
    )
    assert (
        _host_beside("Пример Новости", "Пример Новости · primer-novosti.example · 16.12.2025")
        is False
    )
    assert _host_beside("Nordstadt Kurier", "Nordstadt Kurier · nordstadt-kurier.de · 16.12.2025")
    # look-alike: a reporter beside another site's host
    assert not _host_beside("Jane Doe", "Jane Doe · example.com · Dec 16, 2025")
    html = (
        "<html><body><p>Alert: <b>lithium</b><br>2 new results · Dec 18, 2025</p><hr>"
        '<div><a href="https://a.example/">Plant doubles output after upgrade</a><br>'
        "<span>Mining Weekly Africa · africa.miningweekly.example · Dec 16, 2025</span>"
        f"<p>{_EN} ...</p><span><a href='#'>Flag as irrelevant</a> · "
        "<a href='#'>Share</a></span></div>"
        '<div><a href="https://b.example/">Refinery talks over power supply</a><br>'
        "<span>Coast Courier · coastcourier.example · Dec 17, 2025</span>"
        f"<p>Developers said. {_EN} ...</p><span><a href='#'>Flag as irrelevant</a></span></div>"
        "<hr><p>You received this email because you created an Alert. Unsubscribe</p></body></html>"
    )
    arts = articles_of(
        "a.eml",
        mail_bytes(
            "Example Alerts <alerts@alerts.example>", "Alert: lithium (2 new results)", html, "html"
        ),
    )
    assert arts[0].source == "Mining Weekly Africa"
    assert arts[0].author == ""


def test_one_programme_time_under_an_item_signs_nothing() -> None:
    data = _wire(
        "BEISPIEL-DIENST - TERMINE\nAusgabe vom 19. Dezember 2025\n"
        "Nur für Abonnenten. Nachdruck nur mit Genehmigung der Redaktion.",
        [
            ("BRÜCKE WIRD GESPERRT", f"Musterstadt. {_DE}", "Programm ab 9:30 Uhr."),
            ("MARKT BLEIBT LÄNGER", f"Musterstadt. Der Markt. {_DE}", "10:00 Begrüßung"),
        ],
        "Beispiel-Dienst, Hafenstraße 1, 12345 Musterstadt. Telefon 0123 4567.",
    )
    arts = articles_of("w.eml", data)
    assert arts[1].source != "Begrüßung"


def test_a_quoted_name_in_capitals_keeps_its_capital() -> None:
    from app.importers.sitename import unshouted

    assert unshouted('ТРК "ПРИМЕР ПЛЮС"') == 'ТРК "Пример Плюс"'
    assert unshouted("RADIO «NORDWELLE» AKTUELL") == "Radio «Nordwelle» Aktuell"
    assert unshouted("„DER INSELBOTE“ HEUTE") == "„Der Inselbote“ Heute"
    assert unshouted("DIE INSELZEITUNG") == "Die Inselzeitung"  # look-alike: no quotes
