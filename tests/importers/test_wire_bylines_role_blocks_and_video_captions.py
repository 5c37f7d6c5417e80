"""A saved page's byline element crediting an agency after the name ("Von Jane Doe, dpa"),
a bold name-and-role block opening the text, a donation box's "journalism costs money"
pitch, a host-shaped site name before the headline in <title> ("Example.am: …"), a
<title> of the paper's name and motto over its one <h1>, and a video's caption under its
credit between the stamp and the text (blind batch 35)."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import site_from_title
from tests.importers.makers import ARTICLE_HTML, NEWS_MORE, NEWS_TEXT

_DE_TEXT = (
    "<p>Die Stadt will das Hallenbad bis zum Herbst sanieren und rechnet mit deutlich höheren "
    "Kosten als bisher geplant, wie die Verwaltung am Dienstag mitteilte.</p>"
    "<p>Der Rat soll im Dezember über die Mehrkosten entscheiden, mehrere Fraktionen haben "
    "bereits Beratungsbedarf angemeldet.</p>"
) * 3


def _wire_page(credit: str) -> bytes:
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hallenbad wird '
        'teurer","datePublished":"2025-11-26T15:42:00+01:00","author":[{"@type":"Person",'
        '"name":"Jana Beispiel"}],"publisher":{"@type":"Organization","name":"Beispielblatt"}}'
    )
    return (
        "<html><head><title>Hallenbad wird teurer</title>"
        f'<script type="application/ld+json">{ld}</script></head><body><article>'
        "<h1>Hallenbad wird teurer</h1>"
        f'<div class="meta"><span class="author">Von Jana Beispiel, {credit}</span> '
        '<time datetime="2025-11-26T15:42:00+01:00">26.11.2025</time></div>'
        f"{_DE_TEXT}</article></body></html>"
    ).encode()


def test_agency_after_the_byline_elements_name_makes_agency_copy() -> None:
    art = extract("page.html", _wire_page("dpa"))[0].article
    assert art.source == "dpa"
    assert art.author == "Jana Beispiel"


def test_outlet_initials_after_the_byline_element_are_no_agency() -> None:
    art = extract("page.html", _wire_page("XYZ"))[0].article
    assert art.source == "Beispielblatt"


def test_agency_after_a_von_byline_in_a_paste() -> None:
    text = (
        "Beispielblatt\nStartseite\nLokales\nSport\n"
        "Hallenbad wird fünf Millionen Euro teurer\n"
        "Von Jana Beispiel, dpa\n"
        "26.11.2025, 17:00 Uhr\n"
        "Die Stadt will das Hallenbad bis zum Herbst sanieren und rechnet mit deutlich höheren "
        "Kosten als bisher geplant, wie die Verwaltung am Dienstag mitteilte.\n"
        "Der Rat soll im Dezember über die Mehrkosten entscheiden, mehrere Fraktionen haben "
        "bereits Beratungsbedarf angemeldet.\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.source == "dpa"
    assert art.author == "Jana Beispiel"


def test_bold_name_and_role_opening_the_text_are_the_byline() -> None:
    page = (
        "<html><head><title>Rail trips hit a record - The Example Herald</title>"
        '<meta property="og:title" content="Rail trips hit a record">'
        '<meta property="og:site_name" content="The Example Herald"></head><body><article>'
        "<h1>Rail trips hit a record</h1>"
        "<p><strong>John Roe</strong><br><strong>Senior Business Reporter</strong></p>"
        f"{ARTICLE_HTML}</article></body></html>"
    ).encode()
    art = extract("page.html", page)[0].article
    assert art.body.startswith("The national railway handled")
    assert "Senior Business Reporter" not in art.body
    assert art.author == "John Roe"


def test_journalism_costs_money_pitch_is_chrome() -> None:
    assert is_boilerplate(
        "Independent journalism costs money. Support The Example Times for the price of a coffee."
    )
    assert is_boilerplate("Support Example News for the price of a coffee.")
    assert is_boilerplate(
        "Journalismus kostet Geld. Unterstützen Sie Beispiel für den Preis einer Tasse Kaffee."
    )
    assert not is_boilerplate(
        "Support for the plan costs money, the minister said, and the price of coffee rose."
    )


def test_host_named_site_before_the_headline_in_the_title() -> None:
    assert site_from_title("Example.am: Tariffs rise in January", "Tariffs rise in January") == (
        "Example.am"
    )
    # a kicker before the colon is no site
    assert site_from_title("Niedersachsen: Tariffs rise", "Tariffs rise") == ""
    page = (
        "<html><head><title>Example.am: Rail trips hit a record</title></head><body>"
        "<article><h1>Rail trips hit a record</h1>"
        f"{ARTICLE_HTML}</article></body></html>"
    ).encode()
    assert extract("page.html", page)[0].article.source == "Example.am"


def test_title_of_name_and_motto_over_the_pages_one_h1() -> None:
    page = (
        "<html><head><title>Beispielecho - Die deutschsprachige Tageszeitung der Region"
        '</title></head><body><div id="top"><a href="/" class="logo">Beispielecho</a></div>'
        '<div class="article"><h1>Rat beschließt den Haushalt für 2026</h1>'
        f"{_DE_TEXT}</div></body></html>"
    ).encode()
    art = extract("page.html", page)[0].article
    assert art.title == "Rat beschließt den Haushalt für 2026"
    assert art.source == "Beispielecho"
    assert not art.body.startswith("Rat beschließt")


def test_video_caption_under_its_credit_over_the_text() -> None:
    text = (
        "Example TV\nLive-TV\nNews\nSport\n"
        "City to expand its tram network by 40 kilometres\n"
        "The first new line is due to open in 2028, the council said.\n"
        "Jane Roe\n"
        "24.11.2025, 18:03\n"
        "Video: Example TV\n"
        "The new line will serve some 9000 passengers a day.\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.title == "City to expand its tram network by 40 kilometres"
    assert art.body.startswith("The city council approved")
    assert "9000 passengers" not in art.body


def test_first_paragraph_under_a_photo_credit_stays_text() -> None:
    text = (
        "Example News\nNews\nSport\n"
        "City to expand its tram network by 40 kilometres\n"
        "Jane Roe\n"
        "24.11.2025, 18:03\n"
        "Photo: Example News\n"
        "The council approved the tram plan on Tuesday, the mayor said.\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.body.startswith("The council approved the tram plan")


_RU_TEXT = (
    "<p>Городская управа утвердила новые тарифы на парковку в центре города, сообщили в "
    "пресс-службе в понедельник. Час стоянки будет стоить на один евро больше.</p>"
    "<p>По словам вице-мэра, повышение цен должно уменьшить количество машин в историческом "
    "центре и побудить жителей пересесть на общественный транспорт.</p>"
) * 3


def _feed_page(row: str) -> bytes:
    return (
        '<html lang="ru"><head><meta charset="utf-8">'
        "<title>В Примерске подорожает парковка | Неделя</title>"
        '<link rel="canonical" href="https://nedelya.lv/2025/11/24/parkovka"></head><body>'
        '<header><div class="logo"><a href="/">Неделя</a></div></header>'
        f'<div class="post"><div class="row">{row}<h1>В Примерске подорожает парковка</h1></div>'
        f"{_RU_TEXT}</div></body></html>"
    ).encode()


def test_domain_spelling_the_cyrillic_logo_gives_the_printed_name() -> None:
    art = extract("page.html", _feed_page(""))[0].article
    assert art.source == "Nedelya"  # the logo, transliterated; not "nedelya.lv"


def test_time_alone_beside_the_headline_times_the_addresss_day() -> None:
    art = extract("page.html", _feed_page('<span class="post-time">14:20</span>'))[0].article
    assert art.published is not None
    assert (art.published.date().isoformat(), art.published.hour, art.published.minute) == (
        "2025-11-24",
        14,
        20,
    )


def test_last_update_on_is_a_revision_not_the_publication() -> None:
    text = (
        "The Example Star\nHome\nNews\nBusiness\n"
        "Business > Economy\n"
        "City to expand its tram network by 40 kilometres\n"
        "Jane Roe\n"
        "Tue Nov 25, 2025 10:48 PM\n"
        "Last update on: Wed Nov 26, 2025 12:15 AM\n"
        f"{NEWS_TEXT}\n{NEWS_MORE}\n"
    )
    art = extract("clip.txt", text.encode())[0].article
    assert art.published is not None
    assert art.published.replace(tzinfo=None).isoformat() == "2025-11-25T22:48:00"


def test_rubric_in_a_rubrics_list_over_the_headline_is_the_section() -> None:
    page = (
        '<html lang="ru"><head><meta charset="utf-8"><title>Трамвай продлят - 59.пример'
        "</title></head><body><nav><a>Новости</a> <a>Город</a> <a>Авто</a></nav>"
        '<div class="article"><div class="rubrics"><a>Город</a></div>'
        f"<h1>В Примерске продлят трамвайную линию</h1>{_RU_TEXT}</div></body></html>"
    ).encode()
    assert extract("page.html", page)[0].article.section == "Город"
