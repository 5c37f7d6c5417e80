"""A monitoring report's items as labelled rows, a digest item's read-on line naming its
outlet, and an outlet's alert sender.

A plain-text monitoring report prints each item as rows ('Материал 1' / 'СМИ: X' / 'Дата:
…' / 'Заголовок: Y' / 'Текст:' / text): the headline row is the title without its label,
the outlet row the source, the 'Текст:' label no line of the text. A digest item ending in
'Read the full story at X (https://…)' quotes X's story: X is its source, the line goes.
A sender 'X Alerts' / 'X Eilmeldungen' is the outlet X's alert service: X is the source.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.importers.makers import articles_of, mail_bytes

_RU = (
    "Власти региона направят на ремонт дорог около двух миллиардов рублей, сообщили в "
    "правительстве области на очередном заседании во вторник."
)
_DE = (
    "Die Stadt will im kommenden Jahr rund zwei Millionen Euro in die Sanierung der "
    "Schulen stecken, teilte die Verwaltung am Dienstag im Ausschuss mit."
)
_EN = (
    "The council will spend about two million pounds on repairing school buildings next "
    "year, officials told the finance committee on Tuesday evening."
)

ROWS = {
    "ru": (
        "Мониторинг СМИ <smi@region.example>",
        "Мониторинг СМИ N 12",
        ("Материал", "СМИ", "Дата", "Рубрика", "Заголовок", "Текст:"),
        [
            ("Пример-Новости", "28.11.2025", "Экономика", "Область отремонтирует дороги", _RU),
            ("Вечерний Образец", "02.12.2025", "Общество", "В городе откроют центр", _RU),
        ],
    ),
    "de": (
        "Pressestelle <presse@stadt.example>",
        "Medienspiegel 48",
        ("Beitrag", "Medium", "Datum", "Ressort", "Titel", "Text:"),
        [
            ("Musterstädter Anzeiger", "27.11.2025", "Lokales", "Stadt saniert Schulen", _DE),
            ("Beispiel-Kurier", "28.11.2025", "Region", "Zwei Millionen für Schulen", _DE),
        ],
    ),
    "en": (
        "Press Office <press@council.example>",
        "Media monitoring 48",
        ("Item", "Source", "Date", "Section", "Headline", "Full text:"),
        [
            ("Example Gazette", "27.11.2025", "Local", "Council to repair schools", _EN),
            ("Sample Herald", "28.11.2025", "Education", "Two million for schools", _EN),
        ],
    ),
}


def _report(labels, items) -> str:
    count, outlet, day, desk, head, text = labels
    parts = ["REPORT", "", "=" * 30, ""]
    for n, (o, d, s, h, t) in enumerate(items, 1):
        parts += [f"{count} {n}", f"{outlet}: {o}", f"{day}: {d}", f"{desk}: {s}"]
        parts += [f"{head}: {h}", text, t, t, "-" * 30, ""]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_field_rows_item_reads_its_labels(lang):
    sender, subject, labels, items = ROWS[lang]
    arts = articles_of("m.eml", mail_bytes(sender, subject, _report(labels, items)))
    assert [a.title for a in arts] == [i[3] for i in items]
    assert [a.section for a in arts] == [i[2] for i in items]
    for a in arts:
        assert a.body.startswith(items[0][4][:30])
        assert labels[5] not in a.body and f"{labels[4]}:" not in a.body
    assert arts[1].published.date() == date(
        2025, 11 if lang != "ru" else 12, 28 if lang != "ru" else 2
    )


def test_a_headline_without_labelled_rows_keeps_its_reading():
    # look-alike: a 'Title:' line in a letter with no outlet row is no report item
    body = f"Title: Council to repair schools\nDate: 27.11.2025\n\n{_EN}\n\n{_EN}"
    arts = articles_of("m.eml", mail_bytes("Jane Roe <jane@example.org>", "Note", body))
    assert len(arts) == 1


READ_ON = {
    "en": (
        "Read the full story at {} (https://www.example.org/x)",
        ["Example Transport", "The Sample Grocer"],
    ),
    "de": ("Den ganzen Artikel lesen bei {}", ["Beispiel Kurier", "Musterstädter Zeitung"]),
    "ru": ("Читать полностью на сайте «{}»", ["Вечерний Пример", "Образцовые Вести"]),
}


@pytest.mark.parametrize("lang", sorted(READ_ON))
def test_read_on_line_names_the_items_outlet(lang):
    line, outlets = READ_ON[lang]
    text = {"en": _EN, "de": _DE, "ru": _RU}[lang]
    blocks = ["<p><b>ASSOCIATION</b></p><p>Members' bulletin, week 49</p>"]
    for n, o in enumerate(outlets):
        blocks.append(
            f"<hr><h3>Headline number {n + 1} for the week</h3><p>{text}</p><p>{text}</p>"
            f'<p><a href="https://example.org/{n}">{line.format(o)}</a></p>'
        )
    blocks.append("<p>Association Ltd, Registered in England No. 1</p>")
    data = mail_bytes("Assoc Comms <news@assoc.example>", "Bulletin", "".join(blocks), "html")
    arts = articles_of("m.eml", data)
    # a Russian outlet's name in the product's transliteration
    latin = {"Вечерний Пример": "Vecherniy Primer", "Образцовые Вести": "Obraztsovye Vesti"}
    assert [a.source for a in arts] == [latin.get(o, o) for o in outlets]
    assert all(line.format(o) not in a.body for a, o in zip(arts, outlets, strict=True))


@pytest.mark.parametrize(
    "line",
    [
        "Read more on example.com",
        "Weiterlesen auf beispiel-zeitung.de  |  Teilen",
        "Подробнее на сайте ->",
    ],
)
def test_read_on_without_a_name_names_no_outlet(line):
    from app.importers.newsletter import read_on_outlet

    assert read_on_outlet(line) == ""


@pytest.mark.parametrize(
    ("sender", "outlet", "text"),
    [
        ("Example18 Alerts <alerts@example18.com>", "Example18", _EN),
        ("Beispielblatt Eilmeldungen <push@beispielblatt.de>", "Beispielblatt", _DE),
        ("Samplepost Breaking News <breaking@samplepost.example>", "Samplepost", _EN),
    ],
)
def test_alert_sender_names_its_outlet(sender, outlet, text):
    data = mail_bytes(
        sender,
        "BREAKING: Council to repair schools",
        f"Council to repair schools\n\n{text}\n\n{text}",
    )
    assert articles_of("m.eml", data)[0].source == outlet


def test_an_alert_service_keeps_its_name():
    from app.importers.mail import _edition_brand

    assert _edition_brand("Google Alerts", "google.com") == "Google Alerts"
