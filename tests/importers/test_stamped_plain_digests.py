"""Plain-text digests of short items told apart by their stamp lines.

Each item is a headline line and a few sentences of text with a stamp line naming its
outlet and day, over the headline or under the text ('Quelle: X, 24.11.2025', 'Source: X,
Nov 24, 2025', 'Источник: X, …', a bare 'X, 20.11.2025'). Two or more such items in one part
make a digest whatever their length: each its own article under its own outlet and day,
with no greeting, stamp line or footer in any body. A single article with its own source
line, or with crossheads, stays one article.
"""

from __future__ import annotations

from datetime import date

from tests.importers.makers import articles_of, mail_bytes

# three short items per language: (headline, text, outlet, stamp day, day)
DE = [
    (
        "Stadtwerke erhöhen Fernwärmepreis",
        "Die Stadtwerke heben den Preis für Fernwärme zum Januar um neun Prozent an. "
        "Begründet wird der Schritt mit gestiegenen Kosten für Gas und Netz.",
        "Weser-Kurier",
        "12.03.2025",
        date(2025, 3, 12),
    ),
    (
        "Neue Fähre für die Unterweser",
        "Ab Mai pendelt eine elektrische Fähre zwischen den beiden Ufern. Sie bietet Platz "
        "für vierzig Autos und ersetzt ein Schiff aus den Siebzigerjahren.",
        "Nordsee-Zeitung",
        "11.03.2025",
        date(2025, 3, 11),
    ),
    (
        "Hafenbahn wird zweigleisig ausgebaut",
        "Der Bund gibt rund achtzig Millionen Euro für das zweite Gleis der Hafenbahn frei. "
        "Die Arbeiten sollen im Herbst beginnen und drei Jahre dauern.",
        "Kreiszeitung",
        "10.03.2025",
        date(2025, 3, 10),
    ),
]
EN = [
    (
        "Council backs new tram depot",
        "Councillors voted to build a tram depot on the former gasworks site. The depot "
        "will house thirty vehicles and open in 2028.",
        "Harbour Post",
        "March 12, 2025",
        date(2025, 3, 12),
    ),
    (
        "Ferry operator adds winter sailings",
        "The island ferry will run four more crossings a day over the winter months, the "
        "operator said, after complaints from commuters.",
        "Coastal Gazette",
        "March 11, 2025",
        date(2025, 3, 11),
    ),
    (
        "Port traffic hits a record",
        "The port handled more containers in February than in any month before, helped by "
        "new routes to Asia and a quick turnaround at the quays.",
        "Example Business Review",
        "March 10, 2025",
        date(2025, 3, 10),
    ),
]
RU = [
    (
        "В городе откроют три новые школы",
        "До конца года в новых кварталах откроются три школы на две тысячи мест. "
        "Строительство финансирует областной бюджет.",
        "Примерская правда",
        "12.03.2025",
        date(2025, 3, 12),
    ),
    (
        "Мост через реку закроют на ремонт",
        "Движение по старому мосту ограничат с апреля на полгода. Автобусы пустят в "
        "объезд по новому мосту у порта.",
        "Примерские вести",
        "11.03.2025",
        date(2025, 3, 11),
    ),
    (
        "Аэропорт запустит рейсы в Казань",
        "С лета из местного аэропорта начнут летать самолёты в Казань три раза в неделю. "
        "Билеты уже поступили в продажу.",
        "Пример-Инфо",
        "10.03.2025",
        date(2025, 3, 10),
    ),
]

GREETING = {
    "de": "Guten Morgen, hier ist Ihr Pressespiegel mit drei Treffern von heute.",
    "en": "Good morning, here is your daily press review with three new items.",
    "ru": "Доброе утро, вот ваш обзор прессы за сегодня из трёх материалов.",
}
FOOTER = {
    "de": "--\nAbmelden: https://monitor.example/abmelden\nBeispiel Monitor GmbH, Hafenweg 2",
    "en": "--\nUnsubscribe: https://monitor.example/unsubscribe\nExample Monitor Ltd",
    "ru": "Отписаться от рассылки: https://monitor.example/otpiska",
}


def _digest(items: list[tuple], stamp: str, where: str, numbered: str = "", top: str = "") -> str:
    blocks = []
    for n, (head, text, outlet, day, _) in enumerate(items, 1):
        line = stamp.format(outlet=outlet, day=day)
        headline = f"{numbered.format(n=n)}{head}"
        lines = [line, headline, text] if where == "above" else [headline, text, line]
        blocks.append("\n".join(lines))
    return (top + "\n\n" if top else "") + "\n\n".join(blocks)


def _check(arts: list, items: list[tuple], stamp: str, chrome: list[str]) -> None:
    assert len(arts) == len(items), [a.title for a in arts]
    for art, (head, text, outlet, day, when) in zip(arts, items, strict=True):
        assert art.title == head
        # a Russian outlet's name is filed in Latin letters ('Примерские вести' as
        # 'Primerskie Vesti'): its own name still, never the sender's
        assert art.source == outlet or (outlet.isascii() is False and art.source.isascii())
        assert "monitor" not in art.source.casefold()
        assert art.published is not None and art.published.date() == when
        body = f"{art.lead}\n{art.body}"
        assert " ".join(text.split()[:6]) in " ".join(body.split())
        assert stamp.format(outlet=outlet, day=day) not in body
    assert len({a.source for a in arts}) == len(items)
    for art in arts:
        body = f"{art.lead}\n{art.body}"
        for other in items:
            assert other[2] not in body  # no item's stamp line stays in a body
            if other[0] != art.title:
                assert other[0] not in body  # nor another item's headline or text
                assert other[1][:40] not in body
    for art in arts:
        body = f"{art.lead}\n{art.body}"
        for line in chrome:
            assert line not in body and line not in art.title


def test_german_numbered_items_stamped_under_their_text_under_a_greeting() -> None:
    stamp = "Quelle: {outlet}, {day}"
    body = _digest(DE, stamp, "below", "{n}) ", GREETING["de"]) + "\n\n" + FOOTER["de"]
    arts = articles_of("spiegel.eml", mail_bytes("Monitor <m@monitor.example>", "Spiegel", body))
    _check(arts, DE, stamp, [GREETING["de"], "Abmelden", "Hafenweg"])
    assert not any(a.title.startswith(("1)", "2)", "3)")) for a in arts)


def test_german_items_stamped_over_their_headline_no_greeting() -> None:
    stamp = "Quelle: {outlet}, {day}"
    body = _digest(DE, stamp, "above", top="Pressespiegel 12.03.2025")
    arts = articles_of("oben.eml", mail_bytes("Monitor <m@monitor.example>", "Presse", body))
    _check(arts, DE, stamp, ["Pressespiegel 12.03.2025"])


def test_english_source_lines_under_bulleted_items() -> None:
    stamp = "Source: {outlet}, {day}"
    body = _digest(EN, stamp, "below", "• ", GREETING["en"]) + "\n\n" + FOOTER["en"]
    arts = articles_of("review.eml", mail_bytes("Monitor <m@monitor.example>", "Review", body))
    _check(arts, EN, stamp, [GREETING["en"], "Unsubscribe", "Example Monitor Ltd"])
    assert not any(a.title.startswith("•") for a in arts)


def test_english_dotted_numbers_and_source_over_the_headline() -> None:
    stamp = "Source: {outlet}, {day}"
    body = _digest(EN, stamp, "above", "{n}. ", "Daily press review") + "\n\n" + FOOTER["en"]
    arts = articles_of("dotted.eml", mail_bytes("Monitor <m@monitor.example>", "Review", body))
    _check(arts, EN, stamp, ["Daily press review", "Unsubscribe"])


def test_russian_bare_outlet_lines_over_the_headline() -> None:
    stamp = "{outlet}, {day}"
    body = _digest(RU, stamp, "above", top="Обзор прессы за 12.03.2025") + "\n\n" + FOOTER["ru"]
    arts = articles_of("obzor.eml", mail_bytes("Монитор <m@monitor.example>", "Обзор", body))
    _check(arts, RU, stamp, ["Обзор прессы", "Отписаться"])


def test_russian_labelled_source_under_the_text_under_a_greeting() -> None:
    stamp = "Источник: {outlet}, {day}"
    body = _digest(RU, stamp, "below", "{n}) ", GREETING["ru"])
    arts = articles_of("ist.eml", mail_bytes("Монитор <m@monitor.example>", "Обзор", body))
    _check(arts, RU, stamp, [GREETING["ru"]])


LONG_DE = (
    "Die Stadt baut bis zum Sommer zwei neue Radwege am Ufer, teilte das Bauamt am Dienstag "
    "mit. Die Kosten liegen bei rund drei Millionen Euro, den Großteil zahlt das Land."
)
MORE_DE = (
    "Anwohner hatten die Wege seit Jahren gefordert. Der Verkehrsausschuss stimmte dem Plan "
    "einstimmig zu, die Arbeiten beginnen im April und dauern bis in den Juli."
)


def test_one_article_with_its_own_source_line_stays_one() -> None:
    body = f"Zwei neue Radwege am Ufer\n{LONG_DE}\n\n{MORE_DE}\n\nQuelle: Weser-Kurier, 12.03.2025"
    arts = articles_of("paste.eml", mail_bytes("Eva Muster <eva@example.org>", "Radwege", body))
    assert len(arts) == 1
    assert "Radwege" in arts[0].title
    assert MORE_DE[:40] in arts[0].body


def test_one_article_with_two_crossheads_stays_one() -> None:
    body = (
        f"Zwei neue Radwege am Ufer\n\n{LONG_DE}\n\nDer Plan\n\n{MORE_DE}\n\n"
        f"Die Kosten\n\n{LONG_DE.replace('Radwege', 'Fußwege')}\n\n"
        "Quelle: Weser-Kurier, 12.03.2025"
    )
    arts = articles_of("cross.eml", mail_bytes("Eva Muster <eva@example.org>", "Radwege", body))
    assert len(arts) == 1
    assert "Der Plan" in arts[0].body or MORE_DE[:40] in arts[0].body
    assert "Fußwege" in arts[0].body


def test_repeated_dateline_of_one_place_is_no_stamp() -> None:
    text = (
        f"Berlin, 12.03.2025\nRadwege am Ufer\n{LONG_DE}\n\nBerlin, 12.03.2025\nDer Plan\n{MORE_DE}"
    )
    arts = articles_of("place.eml", mail_bytes("Eva Muster <eva@example.org>", "Radwege", text))
    assert len(arts) == 1
