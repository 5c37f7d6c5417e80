"""Three families of blind batch 89: a pasted trail one crumb a line over the headline whose
deepest crumb names a desk ("Wien" / "Wien Aktuell", a desk's news page, the news list
under the press office); a logo "ABBR – Name Spelled Out" over a company's notice; and a
page whose stated datePublished is its update time while the stamp shows both."""

from __future__ import annotations

from datetime import UTC, datetime

from app.importers import extract
from app.importers.compose import compose
from app.importers.profiles import load_profiles
from app.importers.sections import desk_crumb_over_title
from app.model import Extracted
from tests.importers.makers import NEWS_MORE as EN_MORE
from tests.importers.makers import NEWS_TEXT as EN_TEXT

PROFILES = load_profiles()

DE_TEXT = (
    "Die Stadtwerke senken den Gaspreis zum Jahreswechsel um durchschnittlich acht Prozent, "
    "wie das Unternehmen am Dienstag mitteilte. Ein Haushalt spart damit rund 90 Euro im Jahr."
)
DE_MORE = (
    "Begründet wird der Schritt mit gesunkenen Einkaufspreisen. Die Verbraucherzentrale "
    "begrüßte die Senkung, forderte aber eine schnellere Weitergabe an die Kundinnen und Kunden."
)
RU_TEXT = (
    "В следующем году в области планируется отремонтировать более 300 километров дорог "
    "регионального и местного значения, сообщили в ведомстве по итогам совещания."
)
RU_MORE = (
    "Особое внимание будет уделено дорогам к школам и больницам. Контракты на ремонт "
    "должны быть заключены до начала весны, подчеркнули в министерстве."
)


def test_deepest_crumb_extending_the_one_over_it() -> None:
    lines = ["News", "Graz", "Graz Aktuell", "Gaspreis sinkt ab Jänner"]
    assert desk_crumb_over_title(lines, 3) == "Graz Aktuell"
    paste = "\n".join([
        "EXAMPLE.AT", "Graz", "Österreich", "Welt", "Sport", "Promi", "News", "Graz",
        "Graz Aktuell", "Gaspreis in Graz sinkt ab Jänner um acht Prozent",
        "Veröffentlicht: 26.11.2025 11:18", DE_TEXT, DE_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).section == "Graz Aktuell"


def test_news_list_under_a_press_office_crumb() -> None:
    lines = ["Главная", "Пресс-центр", "Новости", "В области отремонтируют дороги"]
    assert desk_crumb_over_title(lines, 3) == "Новости"
    paste = "\n".join([
        "Министерство дорожного хозяйства Примерной области", "О министерстве", "Документы",
        "Пресс-центр", "Контакты", "Главная", "Пресс-центр", "Новости",
        "В области в 2026 году отремонтируют более 300 км дорог", RU_TEXT, RU_MORE,
        "26 ноября 2025, 15:10",
    ])  # fmt: skip
    assert compose(paste, PROFILES).section == "Новости"


def test_a_desks_news_page_over_the_headline() -> None:
    assert desk_crumb_over_title(["News", "Harbour County News", "Tram fares"], 2) == (
        "Harbour County News"
    )
    assert desk_crumb_over_title(["Contribute", "Irish news", "Tram fares"], 2) == "Irish news"
    assert desk_crumb_over_title(["Start", "Sport-Nachrichten", "Derby"], 2) == "Sport-Nachrichten"
    paste = "\n".join([
        "The Harbour Courier", "News", "Football", "What's On", "Sport", "News",
        "Harbour County News", "Tram fares to stay at £2 through 2026 as mayor rules out rise",
        "By Jane Fielding, Transport Reporter", "10:29, 27 Nov 2025", EN_TEXT, EN_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).section == "Harbour County News"


def test_look_alikes_keep_to_the_other_rules() -> None:
    # an all-news label, a topic under the trail (maybe a kicker), a heading under a trail
    assert desk_crumb_over_title(["Home", "Latest News", "Tram fares"], 2) == ""
    assert desk_crumb_over_title(["Startseite", "Schweiz", "Gletscher", "Eis schmilzt"], 3) == ""
    lines = ["Главная > Новости > Облигации", "Новости облигаций", "Минфин разместил ОФЗ"]
    assert desk_crumb_over_title(lines, 2) == ""
    assert desk_crumb_over_title(["Home", "Politics", "Council approves"], 2) == ""


def test_abbreviation_and_name_as_the_logo_over_a_company_notice() -> None:
    for logo, want in (
        ("HRZ – Harbour Rechts Zeitung", "Harbour Rechts Zeitung"),
        ("JBO - Juristisches Blatt Online", "Juristisches Blatt Online"),
    ):
        paste = "\n".join([
            logo, "Nachrichten", "Hintergründe", "Kommentare", "Karriere", "Newsletter",
            "Nachrichten", "Recht", "Gaspreis sinkt zum Jahreswechsel um acht Prozent",
            "von Jana Beispiel", "20.11.2025", DE_TEXT, DE_MORE, "Impressum | Datenschutz",
            "© Beispiel Fachverlage Deutschland GmbH",
        ])  # fmt: skip
        assert compose(paste, PROFILES).source == want
    # initials that do not spell the name: no abbreviation, the long line is no logo
    paste = "\n".join([
        "HRZ – Nachrichten aus Recht und Steuern heute", "Nachrichten", "Hintergründe",
        "Kommentare", "Karriere", "Newsletter", "Nachrichten", "Recht",
        "Gaspreis sinkt zum Jahreswechsel um acht Prozent", "von Jana Beispiel", "20.11.2025",
        DE_TEXT, DE_MORE, "Impressum | Datenschutz", "© Beispiel Fachverlage Deutschland GmbH",
    ])  # fmt: skip
    assert "Recht und Steuern" not in compose(paste, PROFILES).source


EN_STAMP = (
    "<span>November 20, 2025 at 6:12AM</span> <span>Updated November 21, 2025 at 9:40AM</span>"
)


def _page(ld_published: str, ld_modified: str, stamp: str, lang: str, text: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Council trims the tram budget</title>
<meta property="og:site_name" content="Example Courier">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"Council trims the tram budget","datePublished":"{ld_published}",
"dateModified":"{ld_modified}"}}</script></head><body>
<header><a href="/" class="logo">Example Courier</a></header>
<article><h1>Council trims the tram budget</h1>
<div class="timestamp">{stamp}</div>
<p>{text}</p><p>{text}</p><p>{text}</p></article></body></html>""".encode()


def _published(data: bytes) -> str:
    items = extract("page.html", data)
    assert isinstance(items[0], Extracted)
    return items[0].article.published.isoformat()


def test_stated_publication_that_is_the_update() -> None:
    en = EN_TEXT + " " + EN_MORE
    stamp = EN_STAMP
    page = _page("2025-11-21T15:40:00Z", "2025-11-21T15:40:00Z", stamp, "en", en)
    assert _published(page).startswith("2025-11-20T06:12")
    de = DE_TEXT + " " + DE_MORE
    stamp = "<span>18.11.2025, 16:45 Uhr</span> <span>aktualisiert 19.11.2025, 08:10 Uhr</span>"
    page = _page("2025-11-19T08:10:00+01:00", "2025-11-19T08:10:00+01:00", stamp, "de", de)
    assert _published(page).startswith("2025-11-18T16:45")
    ru = RU_TEXT + " " + RU_MORE
    stamp = "<span>24.11.2025 18:40</span> <span>обновлено 25.11.2025 09:05</span>"
    page = _page("2025-11-25T09:05:00+03:00", "2025-11-25T09:05:00+03:00", stamp, "ru", ru)
    assert _published(page).startswith("2025-11-24T18:40")


def test_distinct_stated_times_keep_the_stated_publication() -> None:
    en = EN_TEXT + " " + EN_MORE
    stamp = EN_STAMP
    page = _page("2025-11-20T12:12:00Z", "2025-11-21T15:40:00Z", stamp, "en", en)
    # the stated instant, on the clock the page prints ("6:12AM", six hours behind UTC)
    published = datetime.fromisoformat(_published(page))
    assert published == datetime(2025, 11, 20, 12, 12, tzinfo=UTC)
    assert published.hour == 6
