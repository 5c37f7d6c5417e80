"""Blind batches 167 and 168 (mail digests and forwards) and a tryout's plain-text digests:
the families their misses belong to, each on made-up mails of several shapes, with a
look-alike that must not change."""

from __future__ import annotations

from tests.importers.makers import articles_of, mail_bytes

# ------------------------------------------- a masthead's link row offering the way out

_ITEMS_DE = (
    "1) Nordwest Kurier, 25.11.2025\n"
    "Hafenbahn bekommt ein zweites Gleis\n"
    "Die Landesregierung gibt für den Ausbau der Hafenbahn weitere Mittel frei. Die Arbeiten "
    "beginnen im Frühjahr und sollen zwei Jahre dauern.\n"
    "Weiterlesen: https://nordwest-kurier.example/hafenbahn\n\n"
    "2) Rheintal Bote, 24.11.2025\n"
    "Fähre fährt wieder nach Fahrplan\n"
    "Nach der Reparatur des Anlegers verkehrt die Fähre wieder im Halbstundentakt, teilte "
    "die Gemeinde am Montag mit.\n"
    "Weiterlesen: https://rheintal-bote.example/faehre\n\n"
)


def test_masthead_link_row_with_way_out_ends_no_text_de() -> None:
    body = (
        "Pressespiegel Häfen\nAusgabe vom 26.11.2025 | 2 Treffer\n\n"
        "Einstellungen | Abbestellen\n\n" + _ITEMS_DE + "--\n"
        "Sie erhalten diese E-Mail, weil Sie den Pressespiegel abonniert haben.\n"
    )
    arts = articles_of("p.eml", mail_bytes("Clip Dienst <a@clip.example>", "Pressespiegel", body))
    assert [a.title for a in arts] == [
        "Hafenbahn bekommt ein zweites Gleis",
        "Fähre fährt wieder nach Fahrplan",
    ]
    assert [a.source for a in arts] == ["Nordwest Kurier", "Rheintal Bote"]
    assert "Abbestellen" not in arts[0].body


def test_masthead_link_row_with_way_out_en_unnumbered() -> None:
    body = (
        "Energy Desk Daily\nIssue of 26 November 2025\n\n"
        "Manage preferences · Unsubscribe\n\n"
        "Harbour Gazette, 25 November 2025\n"
        "Grid operator plans a second interconnector\n"
        "The operator said on Tuesday that the cable would double the capacity to the "
        "mainland by the end of the decade, subject to approval.\n"
        "Read more: https://harbour-gazette.example/grid\n\n"
        "Valley Times, 24 November 2025\n"
        "Wind farm extension wins planning consent\n"
        "Councillors approved twelve more turbines on the ridge after a two-year dispute "
        "over the view from the village.\n"
        "Read more: https://valley-times.example/wind\n\n"
        "--\nYou are receiving this e-mail because you subscribed to Energy Desk Daily.\n"
    )
    arts = articles_of("e.eml", mail_bytes("Energy Desk <d@desk.example>", "Daily", body))
    assert [a.title for a in arts] == [
        "Grid operator plans a second interconnector",
        "Wind farm extension wins planning consent",
    ]


def test_masthead_link_row_ru() -> None:
    body = (
        "Обзор прессы: энергетика\nВыпуск от 26.11.2025\n\n"
        "Настройки | Отписаться\n\n"
        "1) Северный вестник, 25.11.2025\n"
        "Котельную на Заречной переведут на газ\n"
        "Работы начнутся весной и продлятся около полутора лет, сообщили в администрации "
        "города во вторник.\n"
        "Подробнее: https://sever-vestnik.example/gas\n\n"
        "2) Вечерний порт, 24.11.2025\n"
        "Паромная переправа возобновила работу\n"
        "После ремонта причала паром снова ходит каждые полчаса, сообщили в районной "
        "администрации.\n"
        "Подробнее: https://vecherniy-port.example/parom\n\n"
        "--\nВы получили это письмо, потому что подписались на обзор.\n"
    )
    arts = articles_of("r.eml", mail_bytes("Обзор <o@obzor.example>", "Обзор", body))
    assert [a.title for a in arts] == [
        "Котельную на Заречной переведут на газ",
        "Паромная переправа возобновила работу",
    ]


def test_way_out_under_a_letter_still_ends_it() -> None:
    # look-alike: the unsubscribe row under running text is the footer, and the text
    # under it (an imprint) stays out
    body = (
        "Die Stadtwerke erhöhen zum Januar die Preise für Fernwärme um acht Prozent, wie "
        "der Aufsichtsrat am Montag beschlossen hat. Betroffen sind rund 12.000 Haushalte.\n\n"
        "Der Beschluss gilt zunächst für ein Jahr, danach wird neu verhandelt.\n\n"
        "Einstellungen | Abbestellen\n\n"
        "Die Stadtwerke Musterstadt GmbH ist ein Unternehmen der Stadt Musterstadt, das seit "
        "vielen Jahren die Bürgerinnen und Bürger mit Energie versorgt.\n"
    )
    arts = articles_of("l.eml", mail_bytes("Stadtwerke <s@sw.example>", "Fernwärme", body))
    assert len(arts) == 1
    assert "Aufsichtsrat" in arts[0].body
    assert "seit vielen Jahren" not in arts[0].body


# ------------------------------------------- a brief's counted headlines with no rule between

_BRIEF_TEXT = (
    "{place}, 1 December 2025 (EXN) -- The council said on Monday that the works would "
    "start in the spring and last about eighteen months, with lanes closed at night only."
)


def test_counted_caps_headlines_split_a_brief_en() -> None:
    heads = ("HARBOUR BRIDGE REOPENS AFTER REPAIRS", "MARKET TRADERS AGREE LONGER LEASE")
    body = "EXAMPLE NEWS SERVICE (EXN)\nMORNING BRIEF - 2 December 2025\n=========\n\n" + "".join(
        f"{n}. {h}\n\n{_BRIEF_TEXT.format(place=p)}\n\n"
        for n, (h, p) in enumerate(zip(heads, ("PORTVILLE", "MILLTOWN"), strict=True), 1)
    )
    arts = articles_of("b.eml", mail_bytes("EXN <desk@exn.example>", "Morning brief", body))
    assert [a.title for a in arts] == [
        "Harbour bridge reopens after repairs",
        "Market traders agree longer lease",
    ]
    assert [a.dateline for a in arts] == ["Portville", "Milltown"]


def test_counted_headlines_split_a_brief_de_and_ru() -> None:
    de = (
        "Morgenlage Nord\n==========\n\n"
        "1. Hafenbahn bekommt zweites Gleis\n\n"
        "Die Landesregierung gibt für den Ausbau der Hafenbahn weitere Mittel frei, die "
        "Arbeiten beginnen im Frühjahr.\n\n"
        "2. Fähre fährt wieder nach Fahrplan\n\n"
        "Nach der Reparatur des Anlegers verkehrt die Fähre wieder im Halbstundentakt, "
        "teilte die Gemeinde mit.\n\n"
        "3. Stadtwerke senken den Gaspreis\n\n"
        "Zum Januar sinkt der Arbeitspreis für Gas um einen Cent, wie der Versorger am "
        "Montag mitteilte.\n"
    )
    arts = articles_of("d.eml", mail_bytes("Lage <l@lage.example>", "Morgenlage", de))
    assert [a.title for a in arts][1:] == [
        "Fähre fährt wieder nach Fahrplan",
        "Stadtwerke senken den Gaspreis",
    ]
    ru = (
        "Утренняя сводка\n==========\n\n"
        "1. Котельную переведут на газ\n\n"
        "Работы начнутся весной и продлятся около полутора лет, сообщили в администрации "
        "города во вторник.\n\n"
        "2. Паромная переправа возобновила работу\n\n"
        "После ремонта причала паром снова ходит каждые полчаса, сообщили в районной "
        "администрации.\n"
    )
    arts = articles_of("r.eml", mail_bytes("Сводка <s@svodka.example>", "Сводка", ru))
    assert [a.title for a in arts] == [
        "Котельную переведут на газ",
        "Паромная переправа возобновила работу",
    ]


def test_counted_list_inside_an_article_stays() -> None:
    # look-alike: an article whose text counts its points in sentences stays one article
    body = (
        "Die Stadtwerke erhöhen zum Januar die Preise für Fernwärme um acht Prozent, wie der "
        "Aufsichtsrat am Montag beschlossen hat.\n\n"
        "1. Die Grundgebühr steigt um zwei Euro im Monat, für alle Tarife gleichermaßen.\n\n"
        "Das betrifft rund 12.000 Haushalte in der Stadt und im Umland.\n\n"
        "2. Der Arbeitspreis steigt um einen Cent je Kilowattstunde.\n\n"
        "Der Beschluss gilt zunächst für ein Jahr, danach wird neu verhandelt.\n"
    )
    arts = articles_of("s.eml", mail_bytes("Stadtwerke <s@sw.example>", "Fernwärme", body))
    assert len(arts) == 1


def test_shouted_headline_takes_the_case_the_text_gives_a_place() -> None:
    from app.importers.casing import cased_title

    text = "PORTVILLE, 1 May (EXN) -- Portville Central Hospital opened a new wing."
    assert cased_title("PORTVILLE HOSPITAL OPENS NEW WING", text) == (
        "Portville Hospital opens new wing"
    )
    assert (
        cased_title("EXN REPORTS STRONG GAINS", "EXN said gains rose.")
        == "EXN reports strong gains"
    )


# ------------------------------------------- 'Outlet – day – Headline' as an item's headline line


def _review(lines: list[tuple[str, str]]) -> str:
    return "REVIEW OF THE WEEK\nCompiled by the press desk\n\n" + "".join(
        f"{n}. {head}\n\n{text}\n\n" for n, (head, text) in enumerate(lines, 1)
    )


def test_dashed_credit_before_headline_en() -> None:
    body = _review(
        [
            (
                "Harbour Gazette – 28 November 2025 – Port authority orders two new tugs",
                "The port authority has ordered two electric tugs from a yard on the coast, "
                "the paper reports; they are due in the spring of 2027.",
            ),
            (
                "Valley Times – 1 December 2025 – Wind farm extension approved",
                "Councillors approved twelve more turbines on the ridge after a two-year "
                "dispute over the view from the village, the weekly writes.",
            ),
        ]
    )
    arts = articles_of("w.eml", mail_bytes("Press Desk <p@desk.example>", "Review", body))
    assert [a.title for a in arts] == [
        "Port authority orders two new tugs",
        "Wind farm extension approved",
    ]
    assert [a.source for a in arts] == ["Harbour Gazette", "Valley Times"]
    assert [a.published.date().isoformat() for a in arts] == ["2025-11-28", "2025-12-01"]


def test_dashed_credit_before_headline_de_ru() -> None:
    body = _review(
        [
            (
                "Nordwest Kurier — 02.12.2025 — Hafenbahn bekommt ein zweites Gleis",
                "Die Landesregierung gibt für den Ausbau der Hafenbahn weitere Mittel frei, "
                "die Arbeiten beginnen im Frühjahr und dauern zwei Jahre.",
            ),
            (
                "Северный вестник – 3 декабря 2025 – Котельную переведут на газ",
                "Работы начнутся весной и продлятся около полутора лет, сообщили в "
                "администрации города во вторник.",
            ),
        ]
    )
    arts = articles_of("d.eml", mail_bytes("Pressestelle <p@ps.example>", "Spiegel", body))
    assert [a.title for a in arts] == [
        "Hafenbahn bekommt ein zweites Gleis",
        "Котельную переведут на газ",
    ]
    assert arts[0].source == "Nordwest Kurier"
    assert arts[1].published.date().isoformat() == "2025-12-03"


def test_dashed_headline_without_a_day_stays() -> None:
    from app.importers.mail import _dashed_headline

    # look-alikes: a headline with two dashes but no day between them keeps its words
    assert _dashed_headline("Berlin – Paris – ein Zug für Europa kommt\nText") is None
    assert _dashed_headline("Kursiv – Week 49 – Indian firms eye the hub\nText") is None
    assert _dashed_headline("Example Times – 28 November 2025 – Tugs ordered\nText") is not None


# ------------------------------------------- a review's medium labels over stamped items


def _kind_review(items: list[tuple[str, str, str, str, str]]) -> bytes:
    html = "<html><body><h1>Clippings der Woche</h1><p>Für: Example AG</p>" + "".join(
        f"<h2>{kind}</h2><p>{stamp}</p><h3>{head}</h3><p><i>{by}</i></p><p>{text}</p>"
        for kind, stamp, head, by, text in items
    )
    html += "<hr><p>Example Agentur | Hauptstraße 1 | 10115 Berlin</p></body></html>"
    return mail_bytes("Jo Roe | Example Agentur <jo@agentur.example>", "Clippings", html, "html")


_TEXT_DE = (
    "Die Stadtwerke wollen bis 2030 rund 5.000 Haushalte an ein neues Fernwärmenetz "
    "anschließen, teilte der Vorstand am Montag im Ortsbeirat mit. Die Arbeiten beginnen "
    "im Frühjahr."
)


def test_medium_labels_over_stamped_items_de() -> None:
    arts = articles_of(
        "k.eml",
        _kind_review(
            [
                (
                    "PRINT",
                    "Nordwest Kurier | 02.12.2025 | Lokales, S. 11 | Auflage: 48.900",
                    "Neues Wärmenetz für den Hafen",
                    "Von Jana Roth",
                    _TEXT_DE,
                ),
                (
                    "ONLINE",
                    "rheintal-bote.example | 03.12.2025, 16:20 Uhr | Rubrik: Wirtschaft",
                    "Wo der Strom teurer wird",
                    "Von Max Berg",
                    _TEXT_DE,
                ),
                (
                    "RADIO",
                    "Radio Nord | 04.12.2025, 07:35 Uhr | Sendung: Wirtschaft am Morgen",
                    "Flusswärme am Hafen",
                    "Beitrag: Eva Lind (2:40 Min.)",
                    _TEXT_DE,
                ),
            ]
        ),
    )
    assert [a.title for a in arts] == [
        "Neues Wärmenetz für den Hafen",
        "Wo der Strom teurer wird",
        "Flusswärme am Hafen",
    ]
    assert [a.source for a in arts] == ["Nordwest Kurier", "rheintal-bote.example", "Radio Nord"]
    assert [a.section for a in arts] == ["Lokales", "Wirtschaft", "Wirtschaft am Morgen"]
    assert arts[2].author == "Eva Lind"
    assert "2:40" not in arts[2].body


def test_broadcast_piece_credit_is_a_byline() -> None:
    from app.importers.byline import author_of_line

    assert author_of_line("Beitrag: Eva Lind (2:40 Min.)") == "Eva Lind"
    assert author_of_line("Сюжет: Иван Петров (1:55)") == "Иван Петров"
    assert author_of_line("Report: Jane Roe (3:10 min)") == "Jane Roe"
    # look-alikes: a topic after the label, a label with no running time
    assert author_of_line("Bericht: Kommission legt Zahlen vor (2:30)") == ""
    assert author_of_line("Beitrag: Eva Lind") == ""


def test_programme_label_and_page_tail_name_the_desk() -> None:
    from app.importers.stampline import one_line_stamp

    assert one_line_stamp("Radio Nord | 04.12.2025, 07:35 Uhr | Sendung: Morgenmagazin").section
    assert one_line_stamp("Example Post | 2 December 2025 | Business, p. 4").section == "Business"
    assert one_line_stamp("Вечерний порт | 02.12.2025 | Общество, стр. 3").section == "Общество"
    # look-alike: a desk with figures in it stays no desk
    assert one_line_stamp("Example Post | 2 December 2025 | Auflage 48.900").section == ""


# ------------------------------------------- a mark before the outlet, a clip's link row


def test_mark_before_the_outlet_is_no_part_of_its_name() -> None:
    from app.importers.stampline import one_line_stamp

    assert one_line_stamp("🔹 Вечерний порт | 03.12.2025").outlet == "Вечерний порт"
    assert one_line_stamp("► Example Post | 3 December 2025").outlet == "Example Post"
    assert one_line_stamp("• Nordwest Kurier | 03.12.2025 | Lokales").outlet == "Nordwest Kurier"
    # look-alikes: quotes and a handle belong to the name
    assert one_line_stamp("«Вечерний порт» | 03.12.2025").outlet == "«Вечерний порт»"
    assert one_line_stamp("@examplenews | 3 December 2025").outlet == "@examplenews"


def test_clip_link_beside_its_tone_is_chrome() -> None:
    from app.importers.boilerplate import is_boilerplate

    assert is_boilerplate("Источник · Тональность: нейтральная")
    assert is_boilerplate("Quelle · Tonalität: neutral")
    assert is_boilerplate("Source · Sentiment: positive")
    assert not is_boilerplate("Quelle · Autor: Max Roth")


# ------------------------------------------- an outlet's alert service named in Cyrillic


def test_cyrillic_alert_words_after_the_outlets_name() -> None:
    from app.importers.mail import _edition_brand

    assert _edition_brand("ВПТ Срочно", "vpt.example") == "ВПТ"
    assert _edition_brand("Вечерний Порт Молния", "vecherniyport.example") == "Вечерний Порт"
    assert _edition_brand("Example Post Breaking News", "examplepost.example") == "Example Post"
    # look-alike: an address that spells no part of the name keeps the sender's name
    assert _edition_brand("Вечерний Порт Молния", "mailer.example") == "Вечерний Порт Молния"


def test_cyrillic_alert_mail_names_the_outlet() -> None:
    body = (
        "ВПТ | СРОЧНО\n\nПроисшествия\n\nПаром сел на мель у причала в Заречье\n\n"
        "5 декабря 2025, 13:30\n\n"
        "Паром с сорока пассажирами сел на мель у причала в Заречье, никто не пострадал, "
        "сообщили в районной администрации. Пассажиров пересадили на катера.\n"
    )
    arts = articles_of("a.eml", mail_bytes("ВПТ Срочно <alert@vpt.example>", "Паром", body))
    assert arts[0].source == "VPT"


# ------------------------------------------- an item's time closing its text; the issue's line


def _timed_digest(issue: str, items: list[tuple[str, str]]) -> bytes:
    html = f"<html><body><p><b>Example</b></p><p>{issue}</p>" + "".join(
        f"<h2>{head}</h2><p>{text}</p>" for head, text in items
    )
    html += "<p>© 2025 Example. Alle Rechte vorbehalten.</p></body></html>"
    return mail_bytes(
        "Example <n@example.example>", "Digest", html, "html", "Fri, 05 Dec 2025 20:30:00 +0300"
    )


def test_time_closing_an_items_text_dates_it_ru() -> None:
    text = (
        "Работы начнутся весной и продлятся около полутора лет, сообщили в администрации "
        "города во вторник. Движение перекроют только ночью. Подрядчик уже выбран, контракт "
        "подписан на прошлой неделе, стоимость работ составит около двухсот миллионов рублей."
    )
    data = _timed_digest(
        "Вечерний дайджест ИА «Пример» • 5 декабря 2025 года, пятница",
        [
            ("Котельную на Заречной переведут на газ", f"{text} 18:42"),
            (
                "Паромная переправа возобновила работу",
                f"Паром снова ходит каждые полчаса. {text} 19:15",
            ),
        ],
    )
    arts = articles_of("t.eml", data)
    assert [a.published.strftime("%H:%M") for a in arts] == ["18:42", "19:15"]
    assert [a.published.date().isoformat() for a in arts] == ["2025-12-05"] * 2
    assert "18:42" not in arts[0].body
    assert "Вечерний дайджест" not in arts[0].source


def test_time_closing_an_items_text_dates_it_en() -> None:
    text = (
        "The council said on Monday that the works would start in the spring and last "
        "about eighteen months, with lanes closed at night only. A contractor has been "
        "chosen and the contract was signed last week; the works will cost about 20 million."
    )
    data = _timed_digest(
        "Evening digest · Friday, 5 December 2025",
        [
            ("Harbour bridge to close for repairs", f"{text} 17:05"),
            ("Market traders agree a longer lease", f"Traders agreed on Friday. {text} 18:20"),
        ],
    )
    arts = articles_of("t.eml", data)
    assert [a.published.strftime("%H:%M") for a in arts] == ["17:05", "18:20"]


def test_time_inside_a_sentence_stays_text() -> None:
    from app.importers.mail import _tail_clock

    # look-alikes: a time a sentence ends with, or no time at all
    assert _tail_clock("Der Zug fährt um 18:42") is None
    assert _tail_clock("Head\nDie Sitzung beginnt um 18:42.") is None
    assert _tail_clock("Head\nEr sagte es. 18:42")[1].strftime("%H:%M") == "18:42"


# ------------------------------------------- a reading list's 'Outlet | Writer' row


def _reads(rows: list[tuple[str, str, str]]) -> str:
    text = (
        "The council said on Monday that the works would start in the spring and last about "
        "eighteen months, with lanes closed at night only, according to officials."
    )
    return "EXAMPLE INSTITUTE\nWeekly Reads\nDecember 5, 2025\n" + "".join(
        f"----------------------------------------\n{row}\n{head}\n{day}\n{text}\n"
        "Read the full article →\n"
        for row, head, day in rows
    )


def test_outlet_and_writer_row_over_the_headline_en() -> None:
    body = _reads(
        [
            (
                "Harbour Gazette | Jane Roe",
                "Port authority orders two new tugs",
                "November 30, 2025",
            ),
            ("Foreign Desk Weekly | Max Berg", "The corridor's quiet limits", "December 2, 2025"),
        ]
    )
    arts = articles_of("r.eml", mail_bytes("Example Institute <i@inst.example>", "Reads", body))
    assert [a.source for a in arts] == ["Harbour Gazette", "Foreign Desk Weekly"]
    assert [a.author for a in arts] == ["Jane Roe", "Max Berg"]
    assert [a.title for a in arts] == [
        "Port authority orders two new tugs",
        "The corridor's quiet limits",
    ]


def test_outlet_and_writer_row_de_ru() -> None:
    from app.importers.mail import _outlet_byline_row

    assert _outlet_byline_row("Nordwest Kurier · Jana Roth\nHafenbahn bekommt Gleis\nText")[1:] == (
        "Nordwest Kurier",
        "Jana Roth",
    )
    assert _outlet_byline_row("Вечерний порт | Иван Петров\nПаром сел на мель\nТекст")[1:] == (
        "Вечерний порт",
        "Иван Петров",
    )
    # look-alikes: a desk before the name, a day in the row, running text under it
    assert _outlet_byline_row("Politics | Jane Roe\nHeadline here\nText") is None
    assert _outlet_byline_row("Example Post | 3 December 2025\nHeadline\nText") is None


# ------------------------------------------- a compound desk over a digest's first item


def test_compound_desk_words_are_desks() -> None:
    from app.importers.mail import _compound_desk

    assert _compound_desk("Stadtpolitik")
    assert _compound_desk("Regionalsport")
    assert _compound_desk("Lokalwirtschaft")
    # look-alikes: outlets' one-word names, a short tail
    assert not _compound_desk("Tagesspiegel")
    assert not _compound_desk("Handelsblatt")
    assert not _compound_desk("Finanzwelt")


def test_compound_desk_over_a_digests_first_item() -> None:
    text = (
        "Der Gemeinderat hat am Mittwochabend entschieden, entlang der Hauptstrasse bis 2027 "
        "insgesamt 112 Parkplätze aufzuheben. An ihrer Stelle sollen breitere Trottoirs entstehen."
    )
    html = (
        "<html><body><p><b>Das Briefing</b></p><p>Das Briefing · Freitag, 5. Dezember 2025</p>"
        + "".join(
            f"<p>{desk} · {n + 2}. Dezember 2025</p><h2>{head}</h2><p>{text} {head}.</p>"
            for n, (desk, head) in enumerate(
                [
                    ("Stadtpolitik", "Gemeinderat streicht Parkplätze"),
                    ("Wohnen", "Genossenschaft baut 240 Wohnungen"),
                ]
            )
        )
    )
    data = mail_bytes(
        "Example Stadt <n@examplestadt.example>", "Briefing", html + "</body></html>", "html"
    )
    arts = articles_of("b.eml", data)
    assert [a.section for a in arts] == ["Stadtpolitik", "Wohnen"]
    assert [a.source for a in arts] == ["Example Stadt", "Example Stadt"]


# ------------------------------------------- a rubric heading over a group of items

_GROUP_TEXT = (
    "Die Landesregierung gibt für den Ausbau der Hafenbahn weitere Mittel frei. Die Arbeiten "
    "beginnen im Frühjahr und sollen zwei Jahre dauern, teilte das Ministerium mit."
)


def _grouped(groups: list[tuple[str, list[str]]]) -> bytes:
    html = "<html><body><p><b>Mitgliederinfo 12/2025</b></p>" + "".join(
        f"<h3>{rubric}</h3>"
        + "".join(
            f"<h2>{h}</h2><p><i>0{n + 1}.12.2025</i></p><p>{_GROUP_TEXT} {h}.</p>"
            for n, h in enumerate(heads)
        )
        for rubric, heads in groups
    )
    return mail_bytes("Kammer <k@kammer.example>", "Info", html + "</body></html>", "html")


def test_rubric_heads_its_group_of_items() -> None:
    arts = articles_of(
        "g.eml",
        _grouped(
            [
                ("Kammer aktuell", ["Wirtschaftsforum 2026: Anmeldung ab sofort geöffnet"]),
                (
                    "Presse",
                    [
                        "Munitionswerk: Erste Produktionslinie in Betrieb",
                        "Netzbetreiber senkt Entgelte für Industriekunden",
                    ],
                ),
            ]
        ),
    )
    assert [a.section for a in arts] == ["Kammer aktuell", "Presse", "Presse"]


def test_one_rubric_over_the_first_item_stays_its_own() -> None:
    # look-alike: a single label over the first item ('Top-Thema') heads no group
    arts = articles_of(
        "g.eml",
        _grouped(
            [
                (
                    "Top-Thema",
                    [
                        "Munitionswerk: Erste Produktionslinie in Betrieb",
                        "Netzbetreiber senkt Entgelte für Industriekunden",
                    ],
                )
            ]
        ),
    )
    assert [a.section for a in arts][1:] == [""]


# ------------------------------------------- a print credit under the headline, a blank between


def test_labelled_print_credit_under_the_headline() -> None:
    from app.importers.mail import _credit_under_head

    found = _credit_under_head(
        "Kommunen klagen über Kosten\n\nQuelle: Nordwest Kurier, 01.12.2025, S. 4\nRessort: Politik"
        "\n\nDie Städte und Gemeinden sehen sich überfordert."
    )
    assert found is not None and (found[1].outlet, found[1].published.day) == ("Nordwest Kurier", 1)
    assert "Quelle:" not in found[0] and "Ressort: Politik" in found[0]
    found = _credit_under_head(
        "Headline here\nSource: Harbour Gazette, 3 December 2025, p. 6\nText."
    )
    assert found is not None and found[1].outlet == "Harbour Gazette"
    found = _credit_under_head("Заголовок\n\nИсточник: Вечерний порт, 03.12.2025, с. 2\nТекст.")
    assert found is not None and found[1].outlet == "Вечерний порт"
    # look-alike: a text line under the headline names no credit
    assert (
        _credit_under_head("Headline here\n\nThe council said on Monday it would act.\nMore.")
        is None
    )
