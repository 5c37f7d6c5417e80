"""Blind batches 127/128's families: a Nordic stamp ("20 november 2025 kl 11.42"); a
player's running time ("1:58 min") and a Nordic share bar; the outlet's "Mehr von X" list;
a header's news ticker ("Breaking: …") over the headline; one desk amid a menu of the
site's chrome; a broadcaster's kind before its quoted name and a brand of figures
("© Телеканал «24»"); og:site_name over the JSON-LD's parent publisher when the footer
and the <title> name it; the footer's notice naming a page that states no site."""

from __future__ import annotations

import json
from datetime import datetime

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.dates import find_dates
from app.importers.sections import in_stacked_menu
from app.importers.sitename import brand_name, copyright_owner
from tests.importers.makers import ARTICLE_HTML, article_of

_EN = (
    "The regional council approved the budget for the new ferry terminal on Thursday after a "
    "debate that lasted well into the evening, with two members voting against it.\n"
    "Construction is expected to begin next spring and should take about two years, the "
    "council said in a statement issued after the vote.\n"
)
_DE = (
    "Der Gemeinderat hat am Donnerstag den Haushalt für das neue Fährterminal beschlossen, "
    "nachdem die Debatte bis in den späten Abend gedauert hatte.\n"
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, teilte "
    "die Gemeinde nach der Abstimmung mit.\n"
)


# --- a Nordic stamp: "kl" before the time, Swedish month names --------------------------


def test_nordic_stamp_with_klockan() -> None:
    hit = find_dates("Publicerad onsdag 5 maj 2025 kl 09.15")[0]
    assert hit.value == datetime(2025, 5, 5, 9, 15) and hit.has_time
    hit = find_dates("3 augusti 2024, kl 8.05")[0]
    assert hit.value == datetime(2024, 8, 3, 8, 5)
    hit = find_dates("Veröffentlicht 12 februari 2025 kl. 17:30")[0]
    assert hit.value == datetime(2025, 2, 12, 17, 30)
    # look-alike: a word starting "kl" after a date is no time
    hit = find_dates("Am 20. November 2025 klagte der Verband")[0]
    assert hit.value == datetime(2025, 11, 20) and not hit.has_time


# --- a player's running time, a Nordic share bar, the outlet's "Mehr von" list ----------


def test_player_running_time_and_nordic_share_labels() -> None:
    for line in ("1:58 min", "Dauer: 12:04 Min.", "Длительность 3:15 мин", "Kopiera länk"):
        assert is_boilerplate(line), line
    for line in ("14:30", "Er lag um 1:58 min vorn", "Dela ut priset"):
        assert not is_boilerplate(line), line


def test_audio_page_headline_over_the_player() -> None:
    art = article_of(
        "Beispielradio\nNachrichten\nPodcast\nKontakt\nNachrichten\n"
        "Fähre fährt wieder nach Fahrplan\nVeröffentlicht fredag 21 november 2025 kl 08.05\n"
        "Hören\n2:31 min\n" + _DE + "Teilen\nFacebook\nKopiera länk\n"
        "Mehr von Beispielradio Deutsch\nAndere Geschichte über den Hafen\n"
    )
    assert art.title == "Fähre fährt wieder nach Fahrplan"
    assert art.published == datetime(2025, 11, 21, 8, 5)
    assert "Andere Geschichte" not in art.body and "min" not in art.body.split("\n\n")[-1]


# --- a header's news ticker over the headline; one desk amid the chrome menu -------------


def test_breaking_ticker_over_the_headline_en() -> None:
    art = article_of(
        "Harbour FM\nListen Live\nNews\nSport\nObituaries\nPodcasts\nSchedule\nContact\n"
        "Breaking: Two injured in crash on coast road\n"
        "Council backs new ferry terminal\nPosted on November 26, 2025 at 8:14 am\n" + _EN
    )
    assert art.title == "Council backs new ferry terminal"
    assert art.section == ""


def test_eilmeldung_ticker_over_the_headline_de() -> None:
    art = article_of(
        "Nordtal Kurier\nEilmeldung: Brand im Hafen gelöscht\n"
        "Gemeinderat beschließt Haushalt für Fährterminal\n21.11.2025, 14:05 Uhr\n" + _DE
    )
    assert art.title == "Gemeinderat beschließt Haushalt für Fährterminal"


def test_ticker_alone_stays_the_headline() -> None:
    art = article_of("Breaking: Council backs new ferry terminal\nNovember 26, 2025\n" + _EN)
    assert art.title.endswith("Council backs new ferry terminal")


def test_one_desk_amid_chrome_menu() -> None:
    lines = ["Logo", "News", "Sport", "Podcasts", "Schedule", "Contact", "", "Title"]
    assert in_stacked_menu(lines, 2)
    ru = ["Лого", "Новости", "Спорт", "Подкасты", "Контакты", "Архив", "", "Заголовок"]
    assert in_stacked_menu(ru, 2)
    # look-alike: the one desk at the run's end, right over the headline, is the page's
    assert not in_stacked_menu(["Logo", "Home", "About", "Contact", "Business", "Title"], 4)


# --- a broadcaster's kind before its quoted name; a brand of figures --------------------


def test_broadcaster_kind_and_numbered_brand() -> None:
    assert brand_name("Телеканал «Пример»") == "Пример"
    assert brand_name("Радиостанция «Пример FM»") == "Пример FM"
    assert copyright_owner("© 2025 Телеканал «24». Все права защищены. 18+") == "24"
    assert copyright_owner("© 1999-2025 Радиостанция «Волна FM»") == "Волна FM"
    # look-alike: a year alone is no brand
    assert copyright_owner("© 2025") == ""


def test_numbered_channel_source_ru() -> None:
    art = article_of(
        "24\nНовости\nВидео\nОбщество\n"
        "Городская дума утвердила бюджет на паромный терминал\n24 ноября 2025, 09:15\n"
        "Городская дума в четверг утвердила бюджет на строительство нового паромного "
        "терминала после долгого обсуждения, которое продолжалось до позднего вечера.\n"
        "Строительство начнется следующей весной и займет около двух лет, сообщили в "
        "администрации после голосования.\n"
        "© 2025 Телеканал «24». Сетевое издание «24example.ru». 18+\n"
    )
    assert art.source == "24"


# --- og:site_name over the JSON-LD's parent publisher; the footer's notice as the site ---


def _page(og_site: str, publisher: str, title_tail: str, logo: str, footer: str) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Rail trips hit record",
        "datePublished": "2025-05-05T10:00:00+02:00",
        "publisher": {"@type": "Organization", "name": publisher},
    }
    og = f"<meta property='og:site_name' content='{og_site}'>" if og_site else ""
    page = (
        f"<html lang='en'><head><title>Rail trips hit record{title_tail}</title>{og}"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        f"<header>{logo}</header><main><article>"
        f"<h1>Rail trips hit record</h1>{ARTICLE_HTML}</article></main>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )
    return extract("p.html", page.encode())[0].article.source


def test_og_site_name_over_the_parent_publisher() -> None:
    # the footer reads the brand where no logo links home
    got = _page(
        "Example Weekly",
        "Example Foundation e.V.",
        " | Example Weekly",
        "<div>Example Weekly</div>",
        "© Example Weekly 2025 · Impressum",
    )
    assert got == "Example Weekly"
    # the parent's short name is only the prefix of the brand in the <title>
    logo = "<a class='logo' href='/'>NTVnews</a>"
    assert _page("NTVnews", "NTV", " - NTVnews", logo, "Impressum") == "NTVnews"
    # look-alike: the publisher is a word of the <title>: it stays
    got = _page(
        "Example Weekly",
        "Example Foundation",
        " | Example Weekly | Example Foundation",
        "<div>Example Weekly</div>",
        "© Example Weekly 2025",
    )
    assert got == "Example Foundation"


def test_footer_notice_names_a_page_without_site() -> None:
    page = (
        "<html lang='ru'><head><title>Бюджет терминала утвердили</title></head><body>"
        "<header><div class='brand'>Пример Вечерний</div></header><main><article>"
        "<h1>Бюджет терминала утвердили</h1><p>19 ноября 2025</p>"
        "<p>Городская дума в четверг утвердила бюджет на строительство нового паромного "
        "терминала после долгого обсуждения, которое продолжалось до позднего вечера.</p>"
        "<p>Строительство начнется следующей весной и займет около двух лет, сообщили в "
        "администрации после голосования, а подрядчика выберут на конкурсе в январе.</p>"
        "<p>Депутаты также попросили мэрию подготовить план парковок у терминала и "
        "представить его на следующем заседании комиссии по транспорту.</p>"
        "</article></main><footer><p>© 2025 «Пример Вечерний». 12+.</p></footer>"
        "</body></html>"
    )
    art = extract("p.html", page.encode())[0].article
    assert art.source == "Primer Vecherniy"
