"""Blind batches 209 and 211-213, the misses left after their first fixer: a monitoring
service's header over a clipping, ... (one test group a family)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from html import escape

import pytest

from .makers import article_of, articles_of, odt_with

_RU_TEXT = (
    "Тверская область получит 1,8 млрд рублей из федерального бюджета на обновление "
    "автобусного парка, сообщили в региональном министерстве транспорта в пятницу.",
    "На эти деньги планируется приобрести 40 автобусов, первые машины должны выйти на "
    "маршруты летом следующего года, а остальные поступят до конца осени.",
)
_DE_TEXT = (
    "Die Stadt Nordheim erneuert bis zum Sommer die Brücke über den Mühlbach und sperrt "
    "sie dafür ab Montag für den Autoverkehr, wie die Verwaltung am Freitag mitteilte.",
    "Fußgänger und Radfahrer können die Brücke während der Arbeiten weiter nutzen, die "
    "Kosten liegen nach ersten Schätzungen bei rund 2,3 Millionen Euro.",
)


@pytest.mark.parametrize(
    ("cover", "masthead", "crumb", "stamp", "title", "text", "want"),
    [
        (
            "Мониторинг СМИ Тверской области · 03.12.2025 · Транспорт",
            "ТВЕРСКИЕ ВЕДОМОСТИ",
            "Главная › Экономика",
            "28.11.2025 15:30",
            "Тверская область получит 1,8 млрд рублей на новые автобусы",
            _RU_TEXT,
            ("Tverskie Vedomosti", datetime(2025, 11, 28, 15, 30), "Экономика"),
        ),
        (
            "Pressespiegel Landkreis Nordheim · 03.12.2025 · Verkehr",
            "NORDHEIMER ANZEIGER",
            "Startseite › Lokales",
            "28.11.2025, 15:30 Uhr",
            "Mühlbachbrücke wird ab Montag gesperrt",
            _DE_TEXT,
            ("Nordheimer Anzeiger", datetime(2025, 11, 28, 15, 30), "Lokales"),
        ),
        (
            "Medienspiegel Oberland – Mo, 01.12.2025 – Ablage: Verkehr/ÖV",
            "Oberländer Bote",
            "Startseite › Region",
            "29.11.2025, 18:30",
            "Mühlbachbrücke wird ab Montag gesperrt",
            _DE_TEXT,
            ("Oberländer Bote", datetime(2025, 11, 29, 18, 30), "Region"),
        ),
    ],
    ids=["ru", "de", "de-dashes"],
)
def test_a_monitoring_services_header_is_not_the_outlets_stamp(
    cover: str,
    masthead: str,
    crumb: str,
    stamp: str,
    title: str,
    text: tuple[str, str],
    want: tuple[str, datetime, str],
) -> None:
    """The service's name, day and topic over the page ('Мониторинг СМИ X · date · Topic')
    are its own: the outlet is the masthead under it, the day the article's stamp."""
    data = odt_with([cover, masthead, crumb, stamp, title, *text])
    (art,) = articles_of("clip.odt", data)
    assert (art.source, art.published, art.section) == want
    assert art.title == title


def _print_view(logo: str, row: str, lead: str, foot: str) -> bytes:
    """A site's print view: a logo picture linked nowhere, a desk row over the <h1>, the
    text and a byline at its foot; no meta tags, no breadcrumb, a label for <title>."""
    paragraphs = "".join(
        f"<p>Die Stadtverwaltung teilte mit, dass die Arbeiten am Abschnitt {i} drei Wochen "
        "dauern und der Verkehr über die Nachbarstraßen umgeleitet wird.</p>"
        for i in range(1, 5)
    )
    return (
        "<html><head><meta charset='utf-8'><title>Druckversion</title></head><body>"
        "<div class='no-print'><a href='javascript:window.print()'>Drucken</a></div>"
        f"<table><tr><td>{logo}</td><td>nordheim24.tv</td></tr></table><hr>"
        f"<div class='meta'>{row}</div>"
        "<h1>Bahnhofsunterführung in Nordheim wird ab Montag saniert</h1>"
        f"{lead}{paragraphs}{foot}<hr><div class='meta'>© 2026 Nordheim 24</div>"
        "</body></html>"
    ).encode()


_LOGO = "<img src='/templates/n24/images/logo_print.png' alt='Nordheim 24' height='40'>"
_LEAD = "<p><i>Pendler müssen für ein halbes Jahr die Fußgängerbrücke nehmen</i></p>"
_FOOT = "<p class='meta'>Autorin: Jana Beispiel<br>Foto: Stadtwerke</p>"


def test_a_print_views_logo_row_and_foot_byline_are_read() -> None:
    """The logo picture names the site, the row over the <h1> its desk, the labelled
    line under the text its writer, and the italic paragraph under the headline is the
    standfirst, not the text's start."""
    (art,) = articles_of(
        "print.html", _print_view(_LOGO, "Lokales · 19.11.2026 15:10", _LEAD, _FOOT)
    )
    assert (art.source, art.section, art.author) == ("Nordheim 24", "Lokales", "Jana Beispiel")
    assert art.published == datetime(2026, 11, 19, 15, 10)
    assert art.body.startswith("Die Stadtverwaltung teilte mit")


def test_a_print_view_without_them_guesses_none() -> None:
    """A partner's picture that is no logo and a dated row without a desk name nothing."""
    page = _print_view(
        "<img src='/images/partner.png' alt='Stadtwerke Nordheim'>",
        "19.11.2026 15:10",
        "",
        "",
    )
    (art,) = articles_of("print.html", page)
    assert art.source != "Stadtwerke Nordheim"
    assert art.section == ""


_KICKED_PAGE = (
    "Nordheimer Bote · 27.11.2025 · Seite 21 · Region",
    "",
    "Alte Mühle",
    "Gemeinderat will die Sanierung jetzt anpacken",
    "Das Gebäude am Mühlbach ist seit drei Jahren geschlossen. Nun legt der Gemeinderat "
    "einen Kredit von 2,1 Millionen Euro vor.",
    "Jana Beispiel",
    "Die Alte Mühle soll wieder Leben bekommen. Der Gemeinderat beantragt einen Baukredit "
    "von 2,1 Millionen Euro für die Sanierung des denkmalgeschützten Gebäudes.",
    "Das Haus aus dem Jahr 1858 ist seit Herbst 2022 geschlossen, nachdem Schäden an der "
    "Dachkonstruktion festgestellt worden waren.",
)


@pytest.mark.parametrize("name", ["clip.txt", "clip.odt"])
def test_the_name_under_the_deck_beats_a_kicker_shaped_like_a_name(name: str) -> None:
    """'Alte Mühle' over the headline is its kicker; the writer is the bare name under the
    deck."""
    data = (
        "\n".join(_KICKED_PAGE).encode()
        if name.endswith("txt")
        else odt_with([line for line in _KICKED_PAGE if line])
    )
    (art,) = articles_of(name, data)
    assert art.author == "Jana Beispiel"
    assert art.title == "Gemeinderat will die Sanierung jetzt anpacken"


_RELEASE_TEXT = [
    "ПРЕСС-РЕЛИЗ",
    "2 декабря 2025 г.",
    "СМК поставит 12 тысяч тонн проката для нового моста через Обь",
    "Москва, 2 декабря 2025 г. – Северная металлургическая компания (СМК) заключила "
    "контракт на поставку 12 тыс. тонн проката для строительства моста через Обь.",
    "Прокат будет изготовлен на заводе в Череповце в течение 2026 года, первые партии "
    "отгрузят уже в феврале, сообщили в компании.",
    "Доставка будет осуществляться железной дорогой и речным транспортом в период "
    "летней навигации.",
]


@pytest.mark.parametrize(
    "letterhead",
    [
        ["Северная металлургическая компания", "SMK"],
        ["SMK", "Северная металлургическая компания"],
    ],
    ids=["name-first", "logo-first"],
)
def test_a_releases_latin_logo_of_its_initials_is_the_issuer(letterhead: list[str]) -> None:
    """The Latin logo 'SMK' beside the company's Cyrillic name is the short name it goes
    by, kept in capitals though the text spells it 'СМК'."""
    (art,) = articles_of("release.odt", odt_with([*letterhead, *_RELEASE_TEXT]))
    assert art.source == "SMK"


_FORWARDED_PAGE = """Hallo zusammen,

zur Info für die Runde morgen.

Viele Grüße
Sabine Beispiel

________________________________
Von: Muster, Thomas <thomas.muster@example-flughafen.de>
Gesendet: Mittwoch, 26. November 2025 07:58
An: Beispiel, Sabine <sabine.beispiel@example-flughafen.de>
Betreff: StN: Stammstrecke

Hi Sabine,
hier der Artikel aus den StN von gestern Abend (Paywall, daher kopiert):

Stuttgarter Nachrichten
Stuttgart

Stammstrecke: Kosten steigen auf neun Milliarden Euro

Die Bahn rechnet intern mit deutlich höheren Kosten für den Tunnel. Land und Stadt
wollen nicht einfach nachzahlen.

Jana Beispiel
25.11.2025 - 18:30 Uhr

Die zweite Stammstrecke unter der Innenstadt wird deutlich teurer als geplant.
Nach Informationen unserer Zeitung rechnet die Bahn intern inzwischen mit Kosten von rund
neun Milliarden Euro.

Grund seien vor allem höhere Baupreise und zusätzliche Sicherungsmaßnahmen, heißt es in
einem Papier für den Lenkungskreis. Eine Bahnsprecherin wollte die Zahl am Dienstag nicht
bestätigen.

LG Thomas
"""


def test_a_forwarders_subject_names_the_outlet_by_its_listed_short_name() -> None:
    """'StN: headline' over the page's masthead 'Stuttgarter Nachrichten' (one listed outlet):
    the outlet is the masthead, not the colleague whose name the forward's header shows
    ('Muster, Thomas')."""
    msg = EmailMessage()
    msg["From"] = "Sabine Beispiel <sabine.beispiel@example-flughafen.de>"
    msg["To"], msg["Subject"] = "desk@example.org", "WG: StN: Stammstrecke"
    msg["Date"] = "Wed, 26 Nov 2025 09:12:00 +0100"
    msg.set_content(_FORWARDED_PAGE)
    # Outlook's HTML part beside it, a paragraph a line
    paragraphs = "".join(
        f"<p class='MsoNormal'>{escape(ln)}</p>" for ln in _FORWARDED_PAGE.split("\n")
    )
    msg.add_alternative(
        f"<html><body lang='DE'><div class='WordSection1'>{paragraphs}</div></body></html>",
        subtype="html",
    )
    (art,) = articles_of("fwd.eml", bytes(msg))
    assert art.source == "Stuttgarter Nachrichten"


@pytest.mark.parametrize("name", ["Niamh O'Riordan", "Sean D’Arcy"])
def test_a_bare_byline_with_an_apostrophed_surname(name: str) -> None:
    """'Niamh O'Riordan' alone under the deck and over the stamp is the byline."""
    text = "\n".join(
        [
            "Example Examiner",
            "News > Munster",
            "",
            "Cork tram plan: route consultation pushed back to spring",
            "",
            "The agency says more time is needed to assess thousands of submissions",
            "",
            name,
            "Wed, 26 Nov, 2025 - 19:45",
            "",
            "Public consultation on the route of the Cork tram has been pushed back to "
            "spring, the transport agency has confirmed on Wednesday.",
            "",
            "The light rail line, which would run 17km across the city, had been due to go "
            "to a second round of consultation before Christmas.",
        ]
    )
    assert article_of(text).author == name


def _district_page(crumb: str) -> str:
    return "\n".join(
        [
            "EXAMPLE.AT",
            "Mittwoch, 3. Dezember 2025",
            "Wien",
            "Österreich",
            "Sport",
            "Wirtschaft",
            f"Home  ›  Wien  ›  {crumb}",
            "Ottakring",
            "Neue Ampel an der Thaliastraße sorgt für Staus im Frühverkehr",
            "Veröffentlicht: 02. Dezember 2025 10:41",
            "Die neue Ampelregelung an der Thaliastraße sorgt seit Montag für lange Staus im "
            "Frühverkehr, teilte der ÖAMTC am Dienstag mit.",
            "Die Stadt will die Schaltung in den kommenden Tagen überprüfen und gegebenenfalls "
            "anpassen, hieß es aus dem Büro der zuständigen Stadträtin.",
            "(Red)",
            "Du hast eine Frage an unsere Redaktion? Schreib uns!",
            "Top-Artikel",
            "1",
            "Adventmärkte in Wien: Alle Öffnungszeiten im Überblick",
            "2",
            "Wetter in Wien: Erster Schnee bis ins Flachland?",
        ]
    )


@pytest.mark.parametrize("crumb", ["Wien - 16. Bezirk", "Graz - 3. Bezirk"])
def test_a_crumb_with_a_numbered_level_is_the_section(crumb: str) -> None:
    """The trail's deepest crumb names its level by an ordinal ('16. Bezirk'), which is no
    headline's figure; the ranked list under 'Top-Artikel' is no part of the text."""
    art = article_of(_district_page(crumb))
    assert art.section == crumb
    assert "Adventmärkte" not in art.body
    assert "Top-Artikel" not in art.body


@pytest.mark.parametrize(
    ("agency", "want"),
    [("ИНТЕРФАКС-ЗАПАД", "Interfax-Zapad"), ("ИНТЕРФАКС", "Interfax")],
)
def test_interfaxs_regional_agency_is_its_own_source(agency: str, want: str) -> None:
    """Interfax's Minsk agency signs its datelines 'ИНТЕРФАКС-ЗАПАД': its own name, not
    Moscow's Interfax."""
    text = "\n".join(
        [
            "Экономика",
            "2 декабря 2025 г. 11:20",
            "Белорусские предприятия нарастили выпуск тракторов на 4%",
            f"Минск. 2 декабря. {agency} - Выпуск тракторов в Беларуси в январе-октябре "
            "вырос на 4% по сравнению с аналогичным периодом прошлого года, сообщили в "
            "министерстве промышленности.",
            "Основными рынками сбыта остаются Россия и страны Центральной Азии, отгрузки "
            "идут в основном по железной дороге.",
        ]
    )
    assert article_of(text).source == want


def test_a_datelines_mixed_case_initials_are_the_mastheads_name() -> None:
    """'(sNa)' credits the site whose masthead spells it out ('Steppe News Agency') under
    its logo's initials: the name, not the initials."""
    text = "\n".join(
        [
            "sNa",
            "Steppe News Agency",
            "Wednesday, December 3, 2025",
            "Home",
            "Business",
            "Energy",
            "Business",
            "Kazakhstan and Kyrgyzstan agree to raise rail freight on the border line",
            "1 December 2025",
            "Almaty, 1 December 2025 (sNa) — Kazakhstan and Kyrgyzstan have agreed to raise "
            "the volume of rail freight crossing their border to 9 million tonnes a year.",
            "The understanding was reached at a meeting of the joint working group on "
            "transport held in Almaty on Saturday, the agency was told.",
            "© 2025 sNa. All rights reserved.",
        ]
    )
    assert article_of(text).source == "Steppe News Agency"


def test_a_cyrillic_names_two_words_as_its_address_runs_them_together() -> None:
    """'Голос Азии' on golosasia.ru goes by 'Golos Asia', its address's spelling, not our
    transliteration 'Golos Azii'."""
    text = "\n".join(
        [
            "Голос Азии",
            "Аналитика",
            "Новости",
            "Главная / Аналитика",
            "02.12.2025 10:15",
            "Каспийский транзит: как страны региона делят грузопотоки",
            "В ноябре межправкомиссия обсудила новые тарифы на перевозку грузов через "
            "порты Каспийского моря, сообщили в министерстве транспорта.",
            "Стороны договорились продолжить консультации в начале следующего года и "
            "подготовить проект соглашения о единых тарифах.",
            "© 2025 «Голос Азии». При перепечатке ссылка на golosasia.ru обязательна.",
        ]
    )
    assert article_of(text).source == "Golos Asia"


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("Российская газета - Экономика Сибири", "Российская газета"),
        ("Süddeutsche Zeitung – Bayern", "Süddeutsche Zeitung"),
        ("Nordheimer Bote - Wirtschaft", "Nordheimer Bote - Wirtschaft"),  # no listed paper
        ("Российская газета - неделя", "Российская газета - неделя"),  # no name after the dash
    ],
)
def test_a_papers_supplement_after_a_dash_is_the_papers_item(printed: str, want: str) -> None:
    """A monitoring service's 'Paper - Supplement' names a listed paper's part: the paper."""
    from app.importers.outlets import supplement_outlet_name

    assert supplement_outlet_name(printed) == want
