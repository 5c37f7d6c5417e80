"""Blind batch 197's families of misses, on fictional inputs unlike the batch's files.

A monitoring review's clips open with label rows over the headline, and its header over a
list of contents is no item, nor its contents list, nor its use notice at the foot; a
clip's figures by name ('Werbewert', 'Объем') are no headline; a forwarder's note of a
paragraph over a marked forward leaves the forward read, and a greeting run on into a note
('Moin X, hier der Text:') is the note, and the site its link names the outlet. An alert's
items take the day it was mailed and the outlet its address line names; a media
database's 'Reporter | Outlet | date' row names the outlet second; a kind of medium before
the day is no desk; a role title run on after the name is no part of it; 'AK&M' credits a
dateline; a Cyrillic profile's outlet is filed under its Latin name.
"""

from __future__ import annotations

from app.importers.agency import parse_dateline
from app.importers.alertitems import alert_items
from app.importers.boilerplate import clip_metrics, is_boilerplate
from app.importers.byline import author_of_line
from app.importers.newsletter import stamp_author
from app.importers.stampline import one_line_stamp

from .makers import articles_of, mail_bytes

_DE = (
    "Die Gemeinde will das alte Hallenbad bis 2027 durch einen Neubau ersetzen. Das hat der "
    "Gemeinderat am Dienstagabend nach langer Debatte mit deutlicher Mehrheit beschlossen.",
    "Die Kosten schätzt die Verwaltung auf rund 14 Millionen Euro. Ein Teil soll aus einem "
    "Förderprogramm des Landes kommen, den Rest muss die Gemeinde über Kredite finanzieren.",
    "Während der Bauzeit sollen Schulen und Vereine auf das Bad der Nachbarstadt ausweichen, "
    "für den Transport der Schulklassen will die Gemeinde eigens Busse einsetzen.",
)
_RU = (
    "Городские власти утвердили проект реконструкции набережной, работы начнутся весной "
    "и продлятся около полутора лет, сообщили в пресс-службе мэрии в четверг.",
    "Стоимость работ оценивается в 1,4 млрд рублей, большую часть средств выделит "
    "региональный бюджет, остальное — федеральная программа благоустройства.",
    "Во время работ движение по набережной будет частично ограничено, для пешеходов "
    "обустроят временные переходы и дополнительное освещение.",
)

_HEADS_DE = (
    "Neues Hallenbad für Musterhausen beschlossen",
    "Kreis streicht Zuschuss für den Schulbus",
    "Stadtwerke bauen Solarpark am Deich",
)


def _clip_de(n: int, head: str) -> str:
    return "\n".join(
        [
            f"Treffer {n}/3",
            "Quelle: Beispiel-Bote | Print",
            f"Datum: 0{n}.11.2026 | Seite: {n + 4}",
            "Rubrik: Lokales",
            "Auflage: 31 200 | Werbewert: EUR 2 140",
            "",
            head,
            "",
            "\n\n".join(_DE),
        ]
    )


def test_monitoring_review_header_contents_and_use_notice_are_no_items() -> None:
    contents = "\n".join(
        f"{n}. {h} (Beispiel-Bote, 0{n}.11.2026)" for n, h in enumerate(_HEADS_DE, 1)
    )
    body = "\n".join(
        [
            "Beispiel Medienbeobachtung",
            "Auftrag: Stadt Musterhausen | Kunde: Pressestelle",
            "Lieferung vom 04.11.2026 – 3 neue Treffer",
            "",
            "Inhalt:",
            contents,
            "",
            "=" * 50,
            _clip_de(1, _HEADS_DE[0]),
            "",
            "=" * 50,
            _clip_de(2, _HEADS_DE[1]),
            "",
            "=" * 50,
            _clip_de(3, _HEADS_DE[2]),
            "",
            "-" * 50,
            "Diese Auswertung ist nur für den internen Gebrauch des Kunden bestimmt.",
            "Weitergabe an Dritte nicht gestattet.",
        ]
    )
    arts = articles_of(
        "review.eml", mail_bytes("Beispiel Monitoring <m@example.ch>", "Treffer", body)
    )
    assert [a.title for a in arts] == list(_HEADS_DE)
    assert all(a.body.startswith("Die Gemeinde will") for a in arts)


def test_review_header_over_a_contents_part_of_its_own_is_no_item() -> None:
    heads = ("Набережную реконструируют к 2027 году", "Мэрия объявила конкурс на проект")
    clips = [
        "\n".join(
            [
                f"Документ {n} из 2",
                "Источник: Пример-Вести (Примерск), 12.11.2026",
                "Рубрика: Город",
                "Объем: 2 310 зн. | Тираж: 12 000",
                "",
                h,
                "",
                "\n\n".join(_RU),
            ]
        )
        for n, h in enumerate(heads, 1)
    ]
    body = "\n".join(
        [
            "Мониторинг СМИ",
            "=" * 50,
            "Клиент: Администрация города",
            "Запрос: набережная",
            "Найдено документов: 2",
            "=" * 50,
            "",
            "СПИСОК ДОКУМЕНТОВ",
            *(f"{n}. {h} - Пример-Вести, 12.11.2026" for n, h in enumerate(heads, 1)),
            "",
            "-" * 50,
            clips[0],
            "",
            "-" * 50,
            clips[1],
        ]
    )
    arts = articles_of("mon.eml", mail_bytes("Мониторинг <m@example.ru>", "Мониторинг", body))
    assert [a.title for a in arts] == list(heads)


def test_named_figures_of_a_clip_are_a_metrics_row() -> None:
    assert clip_metrics("Auflage: 52 106 | Reichweite: 148 000 | Werbewert: CHF 6 420")
    assert clip_metrics("Unique User: 2 310 000 | Werbewert: CHF 9 880")
    assert clip_metrics("Объем: 3 870 зн. | Тираж: 107 000 | Индекс цитируемости: 4 215,3")
    assert not clip_metrics("Fazit: gut | Preis: hoch")


def test_a_paragraph_of_note_over_a_marked_forward_leaves_the_forward_read() -> None:
    note = (
        "zur Info der Artikel aus der Zeitung von gestern Abend. Frau Weber möchte bis "
        "Mittag einen Entwurf für eine Stellungnahme haben. Die Zahl der Anschlüsse im "
        "Text stimmt übrigens nicht, wir liegen bei gut siebentausend, nicht bei neun."
    )
    body = "\n".join(
        [
            "Hallo zusammen,",
            "",
            note,
            "",
            "Viele Grüße",
            "Jana",
            "",
            "-------- Weitergeleitete Nachricht --------",
            "Betreff: \tArtikel Hallenbad",
            "Datum: \tThu, 22 Oct 2026 06:48:12 +0200",
            "Von: \tMax Beispiel <max@example.org>",
            "An: \tJana Muster <jana@example.org>",
            "",
            "Moin Jana, steht seit gestern Abend online, hier der Text:",
            "",
            "Lokales",
            "",
            "Neues Hallenbad für Musterhausen beschlossen",
            "",
            "Von Ole Beispiel | 21.10.2026, 18:45 Uhr",
            "",
            "\n\n".join(_DE),
            "",
            "© 2026 Beispiel-Bote | Impressum | Datenschutz",
        ]
    )
    sender = "Jana Muster <jana@example.org>"
    (art,) = articles_of("fwd.eml", mail_bytes(sender, "Fwd: Artikel Hallenbad", body))
    assert art.title == "Neues Hallenbad für Musterhausen beschlossen"
    assert art.body.startswith("Die Gemeinde will")


def test_alert_items_drop_the_link_under_the_snippet() -> None:
    text = "\n".join(
        [
            "Example Alerts",
            "",
            "Stadt plant neues Hallenbad am Stadtpark",
            "example-bote.de",
            _DE[0],
            "<https://www.example-bote.de/lokales/hallenbad-1234>",
            "",
            "Kreis streicht Zuschuss für den Schulbus",
            "example-kurier.de",
            _DE[1],
            "<https://www.example-kurier.de/kreis/schulbus-99>",
        ]
    )
    items = alert_items(text)
    assert [i.outlet for i in items] == ["example-bote.de", "example-kurier.de"]
    assert all("https://" not in i.snippet for i in items)


def test_alert_items_are_dated_by_the_mailing_day_and_named_by_their_host() -> None:
    body = "\n".join(
        [
            "Talkwalker Alerts",
            "",
            "Wärmepumpe",
            "Tägliche Zusammenfassung · 2 neue Ergebnisse",
            "",
            "Stadt plant neues Hallenbad am Stadtpark",
            "heise.de",
            _DE[0],
            "",
            "Kreis streicht Zuschuss für den Schulbus",
            "badische-zeitung.de",
            _DE[1],
        ]
    )
    mail = mail_bytes(
        "Talkwalker Alerts <alerts@talkwalker.com>",
        "Talkwalker Alert: Wärmepumpe",
        body,
        date="Wed, 21 Oct 2026 08:00:37 +0000",
    )
    arts = articles_of("alert.eml", mail)
    assert [a.source for a in arts] == ["heise online", "Badische Zeitung"]
    assert {str(a.published) for a in arts} == {"2026-10-21 00:00:00"}


def test_reporter_before_a_known_outlet_in_a_stamp_row() -> None:
    row = "Jane Whitcombe | The Globe and Mail | Nov 3, 2026, 6:00 AM EST"
    stamp = one_line_stamp(row)
    assert stamp is not None and (stamp.outlet, stamp.section) == ("The Globe and Mail", "")
    assert stamp_author([row]) == "Jane Whitcombe"
    kept = one_line_stamp("Ak Zhaiyk · Kazakhstan · 24 Nov 2025, 10:05 · Reach 6K")
    assert kept is not None and kept.outlet == "Ak Zhaiyk"  # a place after it, no outlet


def test_a_kind_of_medium_before_the_day_is_no_desk() -> None:
    stamp = one_line_stamp("Example Courier · Regional Press · 18 Nov 2026 · Page 5 · News")
    assert stamp is not None and stamp.section == "News"
    stamp = one_line_stamp("Example News · Online · 17 Nov 2026 16:05 · Cambridgeshire")
    assert stamp is not None and stamp.section == "Cambridgeshire"


def test_a_clips_tone_pill_and_licence_note_and_standards_links_are_chrome() -> None:
    assert clip_metrics("Circulation: 12,300 | AVE: £1,150 | Positive | Read full article")
    assert is_boilerplate(
        "This report contains copyright material and is supplied for the internal use of "
        "Example Water Ltd only."
    )
    assert is_boilerplate("REPORT AN ERROR  JOURNALISTIC STANDARDS  ABOUT THE STAR")


def test_a_role_title_run_on_after_the_name_is_no_part_of_it() -> None:
    assert author_of_line("By Jane Whitcombe Transportation Reporter") == "Jane Whitcombe"
    assert author_of_line("By Anna Maria Roeder Senior Reporter") == "Anna Maria Roeder"
    assert author_of_line("By Jane Whitcombe") == "Jane Whitcombe"


def test_an_ampersand_agency_credits_a_russian_dateline() -> None:
    line = "Москва. 28 октября. AK&M. ПАО «Пример» в январе-сентябре сократило прибыль"
    found = parse_dateline(line, ())
    assert found is not None and (found.place, found.agency) == ("Москва", "AK&M")


def test_a_forward_whose_note_links_the_article_names_its_site() -> None:
    body = "\n".join(
        [
            "Коллеги, посмотрите, пожалуйста, это про нас.",
            "",
            "-------- Пересылаемое сообщение --------",
            '14.10.2026, 11:02, "Иван Петров" <i.petrov@example.org>:',
            "",
            "Вот что вышло утром. Ссылка: https://primer-news.ru/articles/1189244/",
            "",
            "Город",
            "",
            "Набережную реконструируют к 2027 году",
            "",
            "14 октября 2026, 10:35",
            "",
            "\n\n".join(_RU),
        ]
    )
    sender = "Мария Иванова <m.ivanova@example.org>"
    (art,) = articles_of("fwd.eml", mail_bytes(sender, "Fwd: статья", body))
    assert art.source == "Primer-news.ru"


def test_the_outlet_after_the_reporter_in_a_byline_is_no_part_of_the_name() -> None:
    body = "\n".join(
        [
            "NEWS ALERT",
            "LOCAL",
            "",
            "Neues Hallenbad für Musterhausen beschlossen",
            "",
            "By Jane Whitcombe  Global News",
            "Posted November 19, 2026 5:48 am",
            "",
            "\n\n".join(_DE),
            "",
            "Read more: https://globalnews.ca/news/1/hallenbad/",
        ]
    )
    sender = "Global News <alerts@globalnews.ca>"
    (art,) = articles_of("alert.eml", mail_bytes(sender, "NEWS ALERT: Hallenbad", body))
    assert (art.source, art.author) == ("Global News", "Jane Whitcombe")
