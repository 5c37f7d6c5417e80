"""Families of misses of blind batches 219 (saved pages), 217 (documents) and 218 (pastes),
each from a small made-up input in the shape the batch showed: a social og:title beside the
<h1> the tab repeats, a rubric row with the city beside the rubric, a dateline credit in
capitals, a role before the byline's name, a release's time row, an initialled byline, a
print-issue note, a social promo and a handle after a line, an archive's credit in quotes."""

from __future__ import annotations

from datetime import datetime

import docx

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.model import Article, Extracted

_TEXT = (
    "<p>Die Verwaltung hat am Montag mitgeteilt, dass die Arbeiten an der Brücke über den "
    "Fluss im kommenden Frühjahr beginnen sollen und rund zwei Jahre dauern werden.</p>"
    "<p>Für den Verkehr wird während der gesamten Bauzeit eine Umleitung über die "
    "Nachbarorte eingerichtet, teilte ein Sprecher der Stadt mit.</p>"
    "<p>Die Kosten werden auf rund zwölf Millionen Euro geschätzt, ein Teil davon kommt "
    "aus Mitteln des Landes und des Bundes.</p>"
)


def _page(name: str, html: str) -> Article:
    items = extract(name, html.encode("utf-8"))
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    return items[0].article


def _docx(lines: list[str], tmp_path) -> Article:  # type: ignore[no-untyped-def]
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    path = tmp_path / "clip.docx"
    doc.save(str(path))
    items = extract("clip.docx", path.read_bytes())
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    return items[0].article


def test_h1_the_tab_repeats_wins_over_a_shorter_social_og_title() -> None:
    # og:title is the social headline; the <title> prints the <h1> word for word
    art = _page(
        "portal_de_bruecke.html",
        "<html><head><title>Brückensanierung an der Hauptstraße beginnt erst im Frühjahr "
        "– Nachrichten aus Musterstadt auf Beispiel.de</title>"
        '<meta property="og:title" content="Brücke: Sanierung verschoben">'
        '<meta property="og:site_name" content="Beispiel.de"></head><body>'
        '<main class="story"><h1 class="story__title">Brückensanierung an der Hauptstraße '
        'beginnt erst im Frühjahr</h1><div class="story__text">' + _TEXT + "</div></main>"
        "</body></html>",
    )
    assert art.title == "Brückensanierung an der Hauptstraße beginnt erst im Frühjahr"
    assert art.body.startswith("Die Verwaltung hat am Montag")


def test_rubric_link_not_the_city_beside_it_in_a_rubrics_row() -> None:
    art = _page(
        "portal_de_rubrik.html",
        "<html><head><title>Neue Buslinie fährt ab Dezember durch die Innenstadt</title>"
        "</head><body><main>"
        '<div class="story__rubrics"><a class="story__rubric" href="/stadt/verkehr/">Verkehr'
        '</a> <span class="story__city">Musterstadt</span></div>'
        "<h1>Neue Buslinie fährt ab Dezember durch die Innenstadt</h1>" + _TEXT + "</main>"
        "</body></html>",
    )
    assert art.section == "Verkehr"


def test_dateline_credit_in_capitals_spelled_as_the_site_names_itself() -> None:
    text = (
        "<p><b>Астана. 27 ноября. EXAMPLE TODAY –</b> Экспорт зерна из страны в соседние "
        "государства за четыре месяца вырос на 18%, сообщили в министерстве.</p>"
        "<p>По данным ведомства, основными покупателями остаются соседние страны, на которые "
        "пришлось более половины всех поставок зерна за этот период.</p>"
        "<p>В министерстве ожидают, что к концу сезона экспорт превысит прошлогодний уровень "
        "на десять процентов.</p>"
    )
    art = _page(
        "exampletoday_ru_zerno.html",
        "<html><head><title>Экспорт зерна вырос на 18% - Example Today</title>"
        '<meta property="og:site_name" content="Example Today"></head><body>'
        '<a href="/" class="logo"><img src="logo.png" alt="Example Today"></a>'
        "<article><h1>Экспорт зерна вырос на 18%</h1>" + text + "</article></body></html>",
    )
    assert art.source == "Example Today"
    assert art.dateline == "Астана"


def test_role_and_desk_before_the_bylines_name_are_no_part_of_it() -> None:
    art = _page(
        "tv_en_ferries.html",
        "<html><head><title>Ferry operators told to publish disruption figures | Example "
        "News</title></head><body><article><h1>Ferry operators told to publish disruption "
        'figures</h1><div class="byline"><span>By Example News Border Reporter Jane Lennox'
        "</span></div><p>Ferry operators serving the west coast islands will have to publish "
        "monthly figures on cancelled sailings, ministers said on Saturday.</p><p>It follows "
        "a year in which more than one in ten sailings on some routes were cancelled because "
        "of breakdowns and crew shortages.</p><p>Islanders said the figures would show how "
        "often they had been left stranded on the mainland.</p></article></body></html>",
    )
    assert art.author == "Jane Lennox"


def test_a_releases_time_row_gives_the_day_its_time() -> None:
    art = _page(
        "land_de_release.html",
        "<html><head><title>Medienservice - Kabinett beschließt Förderprogramm für "
        "Schulbauten</title></head><body><div class='meta'><p>Datum<br>01.12.2026</p>"
        "<p>Uhrzeit<br>13:40 Uhr</p></div><h1>Kabinett beschließt Förderprogramm für "
        "Schulbauten</h1><div class='text'>" + _TEXT + "</div></body></html>",
    )
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2026, 12, 1, 13, 40)


_PASTE = [
    "Skip to main content",
    "e-Paper",
    "Subscribe",
    "Sign in",
    "THE EXAMPLE",
    "India",
    "World",
    "Movies",
    "Sport",
    "Data",
    "Thursday, Nov 27, 2025",
    "News  /  Cities  /  Chennai",
    "Bus depot at Porur to reopen for passengers by February, says corporation",
    "Officials to inspect the new depot in the second week of January; trial runs have "
    "been completed on the route",
    "K. Lakshmi Narayanan",
    "Published - November 26, 2025 08:12 pm IST",
    "The corporation expects to open the Porur bus depot to passengers by February 2026, "
    "officials said on Wednesday. The depot is part of the second phase of the project.",
    "According to a senior official, trial runs with the new buses have been completed on "
    "the stretch, and tests are in their final stage now.",
]


def test_initialled_byline_and_logo_over_a_menu_with_movies(tmp_path) -> None:  # type: ignore[no-untyped-def]
    art = _docx(_PASTE, tmp_path)
    assert art.author == "K. Lakshmi Narayanan"
    assert art.source == "The Example"


def test_print_issue_note_under_the_stamp_is_no_headline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    art = _docx(
        [
            "Пример  ·  example.ru",
            "Общество",
            "Главный врач области: «Пик гриппа придется на конец января»",
            "Врач рассказала, чем опасен новый штамм и стоит ли прививаться в декабре",
            "Анна Примерова",
            "Опубликовано 26 ноября 2025, 17:32",
            'Статья опубликована в газете "Пример" №29612 от 27 ноября 2025',
            "Врачи фиксируют в области рост заболеваемости ОРВИ: за последнюю неделю число "
            "обращений к врачам выросло на 14 процентов.",
            "— Эпидемия гриппа уже началась? — Нет, пока мы говорим о сезонном подъеме ОРВИ, "
            "эпидемический порог не превышен ни в одном муниципалитете.",
            "Самое интересное",
            "Власти назвали сроки открытия новой станции метро",
        ],
        tmp_path,
    )
    assert art.title == "Главный врач области: «Пик гриппа придется на конец января»"
    assert art.section == "Общество"
    assert "Статья опубликована" not in art.body
    assert "Самое интересное" not in art.body
    assert "новой станции метро" not in art.body


def test_social_promo_and_lines_closed_by_a_handle_are_chrome() -> None:
    assert is_boilerplate("Don’t miss the big stories. Like us on Facebook.")
    assert is_boilerplate(
        "A crew removes grass from a common area on Monday. (Jane Roe/Example Journal) "
        "@janeroephoto"
    )
    assert is_boilerplate("Contact Jane Doe at jdoe@example.com. Follow @jdoe_lv on X.")
    # a sentence of the text that names a handle stays
    assert not is_boilerplate("The mayor answered critics on X, writing to @cityhall.")


def test_caption_with_an_archives_credit_in_quotes_is_chrome() -> None:
    assert is_boilerplate("Аэропорт Примерово. Фото из архива ИА «Пример-Информ»")
    assert not is_boilerplate("Аэропорт Примерово откроется после ремонта в декабре.")


def test_affiliate_disclosure_of_compensation_is_chrome() -> None:
    assert is_boilerplate(
        "If you purchase a product or register for an account through a link on our site, "
        "we may receive compensation."
    )
    assert not is_boilerplate(
        "If you buy a ticket online, you will receive compensation for delays, the minister said."
    )


_BRIEFING = "\n".join(
    [
        "From: Beispiel Zeitung <newsletter@beispielzeitung.ch>",
        "To: leser@example.org",
        "Subject: Das Briefing",
        "Date: Mon, 30 Nov 2026 05:45:00 +0100",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "BEISPIEL ZEITUNG - Das Briefing",
        "Montag, 30. November 2026",
        "Online lesen: https://newsletter.beispielzeitung.ch/v/briefing-20261130",
        "",
        "Guten Morgen",
        "",
        "================================================",
        "",
        "Musterstadt",
        "Die Bergbahn streicht ab Fahrplanwechsel den Halbstundentakt ins Tal",
        "Von Anna Muster  |  Publiziert: 29.11.2026, 19.30 Uhr",
        "",
        "Die Bergbahn dünnt ab dem 13. Dezember den Fahrplan auf der Strecke ins Tal aus: "
        "Unter der Woche fährt der Zug ausserhalb der Stosszeiten nur noch stündlich, "
        "teilte das Unternehmen mit.",
        "",
        "> Mehr lesen: "
        "https://www.beispielzeitung.ch/region/musterstadt/bergbahn-ld.1?utm_source=newsletter",
        "",
        "------------------------------------------------",
        "",
        "Seetal",
        "Die Regierung will den Steuerfuss im kommenden Jahr erneut senken",
        "Von Beat Beispiel  |  Publiziert: 29.11.2026, 17.05 Uhr",
        "",
        "Der Kanton schreibt zum fünften Mal in Folge einen Überschuss in dreistelliger "
        "Millionenhöhe. Die Regierung beantragt dem Parlament deshalb, den Steuerfuss für "
        "das kommende Jahr zu senken.",
        "",
        "> Mehr lesen: "
        "https://www.beispielzeitung.ch/region/seetal/steuerfuss-ld.2?utm_source=newsletter",
        "",
        "------------------------------------------------",
        "",
        "Sport",
        "Der FC Musterstadt verliert auswärts nach einem späten Penalty",
        "Von Carla Probe  |  Publiziert: 29.11.2026, 18.52 Uhr",
        "",
        "Lange sah es nach einem Punktgewinn aus, dann traf der Gegner in der 88. Minute "
        "vom Penaltypunkt. Der FC verliert mit 1:2 und rutscht in der Tabelle auf den "
        "siebten Platz ab.",
        "",
        "> Mehr lesen: https://www.beispielzeitung.ch/sport/fc-ld.3?utm_source=newsletter",
        "",
        "================================================",
        "Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.",
        "",
    ]
)


def test_rubric_opening_every_item_of_an_outlets_digest_is_its_desk() -> None:
    items = extract("briefing.eml", _BRIEFING.encode("utf-8"))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert [a.section for a in arts] == ["Musterstadt", "Seetal", "Sport"]
    assert arts[0].title == "Die Bergbahn streicht ab Fahrplanwechsel den Halbstundentakt ins Tal"
