"""Saved web pages (blind batch 174): the printed minute of a stated time, a trail's bare
last crumb, a footer block without a <footer> element, microdata stating the day only, a
weekly's volume on its stamp, and a writing role's label under the headline."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.importers import extract
from app.importers.dates import without_issue
from app.importers.sitename import copyright_owner
from app.model import Article

DE = (
    "Die Stadt baut eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit. "
    "Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, hieß es weiter. "
) * 4
EN = (
    "The council approved the new bridge on Monday after a long debate about its cost. "
    "Work is due to start in spring and should take about two years, officials said. "
) * 4
RU = (
    "Власти города утвердили проект нового моста через реку, сообщили в мэрии в понедельник. "
    "Работы начнутся весной и продлятся около двух лет, уточнили в администрации. "
) * 4


def _article(head: str, body: str, lang: str = "de") -> Article:
    page = f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'
    [item] = extract("page.html", page.encode())
    return item.article  # type: ignore[union-attr]


# -- the printed minute of a stated time ----------------------------------------------


def test_stated_seconds_give_way_to_the_printed_minute() -> None:
    head = (
        "<title>Bridge approved - Example Observer</title>"
        '<meta property="article:published_time" content="2025-12-08T10:41:33+05:30">'
    )
    body = (
        "<h1>Bridge approved after long debate</h1>"
        "<div><span>Published: December 8, 2025 10:41 am</span> "
        "<span>Last Updated: December 8, 2025 2:15 pm</span></div>"
        f"<p>{EN}</p>"
    )
    published = _article(head, body, "en").published
    assert published == datetime(2025, 12, 8, 10, 41, tzinfo=timezone(timedelta(hours=5.5)))


def test_a_stated_time_printed_as_another_minute_stays() -> None:
    head = (
        "<title>Bridge approved - Example Observer</title>"
        '<meta property="article:published_time" content="2025-12-08T10:41:33+05:30">'
    )
    body = (
        f"<h1>Bridge approved after long debate</h1><div>December 8, 2025 11:05 am</div><p>{EN}</p>"
    )
    published = _article(head, body, "en").published
    assert published == datetime(2025, 12, 8, 10, 41, 33, tzinfo=timezone(timedelta(hours=5.5)))


# -- a trail's last crumb as bare text ---------------------------------------------------


def test_a_bare_last_crumb_after_the_links_is_the_section() -> None:
    body = (
        "<div class='breadcrumbs'><a>Главная</a> / <a>Новости</a> / <a>Пермский край</a>"
        " / Экономика</div><h1>В городе построят новый мост</h1>"
        f"<p>{RU}</p>"
    )
    assert _article("<title>Мост</title>", body, "ru").section == "Экономика"


def test_a_bare_last_crumb_in_german_and_english() -> None:
    body = (
        "<div class='crumbs'>Sie sind hier: <a>Land Beispiel</a> / <a>Presse</a> / Verkehr</div>"
        f"<h1>Stadt baut neue Brücke über den Fluss</h1><p>{DE}</p>"
    )
    assert _article("<title>Brücke</title>", body).section == "Verkehr"
    body = (
        "<nav class='breadcrumb'><a href='/'>Home</a> › <a>News</a> › Transport</nav>"
        f"<h1>Bridge approved after long debate</h1><p>{EN}</p>"
    )
    assert _article("<title>Bridge</title>", body, "en").section == "Transport"


def test_a_bare_last_crumb_that_is_the_headline_is_no_section() -> None:
    body = (
        "<div class='breadcrumbs'><a>Home</a> / <a>Politics</a> / Bridge approved</div>"
        f"<h1>Bridge approved</h1><p>{EN}</p>"
    )
    assert _article("<title>Bridge approved</title>", body, "en").section == "Politics"


# -- a footer block without a <footer> element -------------------------------------------


def test_a_footer_div_names_a_public_body_as_source() -> None:
    body = (
        "<div class='top'><div class='sitename'>Официальный сайт города Примерска</div></div>"
        f"<h1>В городе построят новый мост</h1><p>{RU}</p>"
        "<div class='footer'>© 2025 Администрация города Примерска. 656000, ул. Ленина, 1."
        "</div>"
    )
    head = "<title>Новости | Официальный сайт города Примерска</title>"
    assert _article(head, body, "ru").source == "Администрация города Примерска"


def test_a_public_body_notice_ending_a_footer_row() -> None:
    line = "Amt der Landesregierung · Hauptplatz 1 · Impressum · Datenschutz · © Land Beispiel"
    assert copyright_owner(line) == "Land Beispiel"
    assert copyright_owner("Impressum | Kontakt | © City of Exampleton") == "City of Exampleton"
    # a photographer's credit ending a row stays no owner
    assert copyright_owner("Impressum · Datenschutz · © Jana Beispiel") == ""


def test_a_div_classed_footer_gives_the_source_of_an_unnamed_page() -> None:
    body = (
        f"<h1>Stadt baut neue Brücke über den Fluss</h1><p>{DE}</p>"
        "<div id='footer'>Kontakt · Impressum · © Stadt Beispielhausen</div>"
    )
    assert _article("<title>Neue Brücke</title>", body).source == "Stadt Beispielhausen"


# -- microdata stating the day only ------------------------------------------------------


def test_microdata_date_published_with_the_day_only() -> None:
    body = (
        "<div itemscope itemtype='http://schema.org/NewsArticle'>"
        f"<h1 itemprop='headline'>Bridge approved after long debate</h1><p>{EN}</p>"
        "<p class='pubinfo'>PUBLISHED ON <span itemprop='datePublished' content='2025-12-06'>"
        "Dec 06,2025 [ VOL 26 , NO 1337]</span></p></div>"
    )
    article = _article("<title>Bridge | Example Fortune</title>", body, "en")
    assert article.published == datetime(2025, 12, 6)
    assert "PUBLISHED ON" not in article.body


def test_a_weekly_volume_on_its_stamp_is_the_stamp_s_own() -> None:
    assert without_issue("PUBLISHED ON Dec 06,2025 [ VOL 26 , NO 1337]").split() == [
        "PUBLISHED", "ON", "Dec", "06,2025", "[", "]",
    ]  # fmt: skip
    assert "Vol. 3, No. 41" not in without_issue("Erschienen am 3.12.2025 (Vol. 3, No. 41)")
    # a volume named in prose keeps its words
    assert without_issue("The second volume sold 300 copies") == "The second volume sold 300 copies"


# -- a writing role's label under the headline -------------------------------------------


def test_a_reporter_label_under_the_headline_is_the_byline() -> None:
    body = (
        "<h1>Bridge approved after long debate</h1>"
        "<div class='art-info'><span>Reporter: Jane Roe</span><br><span>05 Dec 2025</span></div>"
        f"<div class='article-body'><p>{EN}</p></div>"
    )
    assert _article("<title>Example Independent</title>", body, "en").author == "Jane Roe"


def test_a_german_and_a_russian_role_label_under_the_headline() -> None:
    body = (
        "<h1>Stadt baut neue Brücke über den Fluss</h1>"
        "<div class='info'><span>Autorin: Jana Beispiel</span><br><span>05.12.2025</span></div>"
        f"<div class='text'><p>{DE}</p></div>"
    )
    assert _article("<title>Beispielbote</title>", body).author == "Jana Beispiel"
    body = (
        "<h1>В городе построят новый мост</h1>"
        "<div class='info'><span>Корреспондент: Мария Примерова</span><br>"
        "<span>05.12.2025</span></div>"
        f"<div class='text'><p>{RU}</p></div>"
    )
    assert _article("<title>Пример</title>", body, "ru").author == "Мария Примерова"


def test_a_photographer_label_under_the_headline_is_no_byline() -> None:
    body = (
        "<h1>Bridge approved after long debate</h1>"
        "<div class='art-info'><span>Photographer: Jane Roe</span><br><span>05 Dec 2025</span>"
        f"</div><div class='article-body'><p>{EN}</p></div>"
    )
    assert _article("<title>Example Independent</title>", body, "en").author == ""


# -- a caption's credit with an initial, a co-publication note ---------------------------


def test_a_credit_with_a_middle_initial_ends_a_caption() -> None:
    from app.importers.boilerplate import is_boilerplate

    assert is_boilerplate("Kräne über der Baustelle am Bahnhof. Foto: Jana E. Beispiel")
    assert is_boilerplate("A ferry at the pier in the morning. Photo: John F. Roe")
    assert is_boilerplate("Мост через реку утром. Фото: Иван И. Примеров")
    # a sentence of the text with an initial stays
    assert not is_boilerplate("Das Foto: Er zeigte es A. Beispiel und ging dann nach Hause.")


def test_a_co_publication_note_is_no_text() -> None:
    from app.importers.boilerplate import is_boilerplate

    assert is_boilerplate(
        "This article is co-published with The Example Tribune, a nonprofit local newsroom."
    )
    assert is_boilerplate("Dieser Beitrag erscheint in Kooperation mit dem Beispielkurier.")
    assert is_boilerplate("Материал опубликован совместно с изданием «Пример».")
    # the text reporting on a co-publication stays
    assert not is_boilerplate("The report was co-published with the ministry, officials said.")


# -- a JSON-LD breadcrumb the page prints ------------------------------------------------


def _trail(*names: str) -> str:
    items = ",".join(
        f'{{"@type":"ListItem","position":{i},"name":"{n}"}}' for i, n in enumerate(names, 1)
    )
    return (
        '<script type="application/ld+json">[{"@context":"https://schema.org",'
        f'"@type":"BreadcrumbList","itemListElement":[{items}]}}]</script>'
    )


def test_a_json_ld_breadcrumb_printed_over_the_headline_is_the_section() -> None:
    head = "<title>Bridge approved | Example Public</title>" + _trail("Home", "Transport")
    body = f"<p class='series'>Transport</p><h1>Bridge approved after long debate</h1><p>{EN}</p>"
    assert _article(head, body, "en").section == "Transport"
    head = "<title>Мост</title>" + _trail("Главная", "Экономика")
    body = f"<span>Экономика</span><h1>В городе построят новый мост</h1><p>{RU}</p>"
    assert _article(head, body, "ru").section == "Экономика"
    head = "<title>Brücke</title>" + _trail("Startseite", "Verkehr")
    body = f"<div>Verkehr</div><h1>Stadt baut neue Brücke über den Fluss</h1><p>{DE}</p>"
    assert _article(head, body).section == "Verkehr"


def test_a_json_ld_breadcrumb_the_page_never_prints_is_no_section() -> None:
    head = "<title>Bridge approved | Example Public</title>" + _trail("Home", "Transport")
    body = f"<h1>Bridge approved after long debate</h1><p>{EN}</p>"
    assert _article(head, body, "en").section == ""


# -- a press office where a byline stands ------------------------------------------------


def test_a_press_office_on_the_release_line_under_the_headline_is_no_author() -> None:
    body = (
        "<h1>Stadt baut neue Brücke über den Fluss</h1><p class='lead'>Kurz: neue Brücke</p>"
        f"<div itemprop='articleBody'><p>{DE}</p></div>"
        "<p class='info'>Presseaussendung vom 09.12.2025 · Landespressedienst Beispiel</p>"
    )
    body = f"<div itemscope itemtype='https://schema.org/Article'>{body}</div>"
    assert _article("<title>Land Beispiel: Brücke</title>", body).author == ""


def test_press_offices_in_three_languages_are_no_authors() -> None:
    from app.importers.byline import press_office

    assert press_office("Pressestelle der Stadt Beispiel")
    assert press_office("Press Office")
    assert press_office("Пресс-служба администрации")
    assert not press_office("Jana Presser")  # a name that only begins alike
