"""Saved pages' chrome that reached the lead or the text, and stated fields that name no
field: a menu or a footer under a class with "sub" in it, a meta row, a newsletter box's
"standfirst", the caption in an intro block, icon fonts' names, a heading for screen
readers, a kicker glued to the headline; an author with the town and country of an address,
a logo link's label for screen readers, a date, an issue or a page kind as the section; a
box about the writer under the text, dialogs and notices, a box of related stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import person_author
from app.importers.sections import is_filing_label
from app.model import Article, Extracted
from tests.importers.makers import PARA_DE, html_page

HEAD = (
    "<title>Brückensanierung beschlossen | Beispielblatt</title>"
    '<meta property="og:title" content="Brückensanierung beschlossen">'
    '<meta property="og:site_name" content="Beispielblatt">'
    '<meta property="article:published_time" content="2025-11-20T10:00:00+01:00">'
)
DESC = "Der Gemeinderat gibt grünes Licht für die Sanierung der alten Brücke am Fluss."
H1 = "<h1>Brückensanierung beschlossen</h1>"
MENU = "".join(f'<li><a href="/r{i}">Rubrik Nummer {i}</a></li>' for i in range(8))


def _article(head: str, body: str) -> Article:
    items = extract("page.html", html_page(HEAD + head, body, lang="de"))
    return next(i.article for i in items if isinstance(i, Extracted))


def _described(body: str) -> Article:
    return _article(f'<meta name="description" content="{DESC}">', body)


@pytest.mark.parametrize(
    "chrome",
    [
        # the header's menu under "subheader", the footer's links under "footer-sub-nav"
        f'<header><div class="block1 subheader"><ul>{MENU}</ul></div></header>',
        f'<div id="footer"><div class="footer-sub-nav"><ul>{MENU}</ul></div></div>',
    ],
)
def test_a_menu_under_a_standfirst_class_is_no_lead(chrome: str) -> None:
    art = _article("", f"{chrome}<article>{H1}{PARA_DE}</article>")
    assert "Rubrik" not in art.lead
    assert "Rubrik" not in art.body


def test_a_meta_row_under_a_standfirst_class_is_no_lead() -> None:
    row = (
        '<div class="subline"><span>Beispielradio</span> - '
        '<span itemprop="datePublished">20.11.2025 10:00 Uhr</span> '
        '<span itemprop="author">Autor/in: Erika Muster</span></div>'
    )
    art = _article("", f"<article>{H1}{row}{PARA_DE}</article>")
    assert "Autor/in" not in art.lead


def test_the_standfirst_inside_an_intro_block_with_its_stamp() -> None:
    intro = (
        f'<div class="article__intro"><div class="summary">{DESC}</div>'
        '<div class="byline">Von Erika Muster</div>'
        '<time datetime="2025-11-20T10:00">20. November 2025</time></div>'
    )
    art = _described(f"<article>{H1}{intro}{PARA_DE}</article>")
    assert art.lead == DESC


def test_the_caption_in_an_intro_block_stays_out_of_the_lead() -> None:
    intro = (
        '<div class="atc-Intro"><p class="pic-text"><span>Die Brücke im Winter.</span> '
        f'<span>Bild: Archiv</span></p><p class="intro-copy">{DESC}</p></div>'
    )
    art = _described(f"<article>{H1}{intro}{PARA_DE}</article>")
    assert art.lead == DESC
    assert "Die Brücke im Winter" not in art.lead


def test_a_newsletter_box_standfirst_is_no_lead() -> None:
    box = (
        '<div class="briefing-box"><div class="briefing-box__header"><h2>Der Morgen</h2>'
        '<p class="briefing-box__standfirst">Die wichtigsten Nachrichten des Tages, jeden '
        "Morgen in Ihrem Postfach.</p></div><form action='/signup'><input type='email' "
        "name='mail'><button>Anmelden</button></form></div>"
    )
    art = _article("", f"<article>{H1}{PARA_DE}{box}</article>")
    assert "Postfach" not in art.lead


def test_a_summary_list_under_the_headline_stays_the_lead() -> None:
    sub = (
        '<div class="inner__subheadline"><h2 class="sub-headline"><ul class="summary--ul">'
        f"<li>{DESC}</li></ul></h2></div>"
    )
    art = _described(f"<article>{H1}{sub}{PARA_DE}</article>")
    assert art.lead == DESC


def test_icon_font_names_and_an_options_bar_stay_out_of_the_text() -> None:
    bar = (
        '<ul class="options"><li><i class="material-icons">bookmark_border</i>'
        "<span>Auf die Merkliste</span></li><li><a href='#'><i class='material-icons'>headset"
        "</i></a><a href='#'>Vorlesen</a></li><li><i class='material-icons'>chat_bubble</i>"
        "<a href='#c'>0 Kommentare</a></li><li>Lesedauer <span>etwa 2 Min</span></li></ul>"
    )
    art = _article("", f"<article>{H1}{bar}{PARA_DE}</article>")
    for word in ("bookmark_border", "headset", "chat_bubble", "Merkliste", "Lesedauer"):
        assert word not in art.body


def test_a_heading_for_screen_readers_is_no_line_of_the_text() -> None:
    hidden = '<h2 class="conHeadline hidden">Hauptinhalt</h2>'
    art = _article("", f"<article>{H1}{hidden}{PARA_DE}</article>")
    assert "Hauptinhalt" not in art.body
    assert art.body.startswith("Der Gemeinderat")


def test_a_kicker_in_its_own_span_is_no_part_of_the_first_line() -> None:
    h1 = (
        '<h1><span class="kicker">Verkehr in der Stadt</span><span aria-hidden="true" '
        'role="presentation"> – </span><span class="text">Brückensanierung beschlossen'
        "</span></h1>"
    )
    art = _article("", f"<article>{h1}{PARA_DE}</article>")
    assert "StadtBrücken" not in f"{art.title}\n{art.lead}\n{art.body}"
    assert art.body.startswith("Der Gemeinderat")


def test_a_box_about_the_writer_is_no_part_of_the_text() -> None:
    box = (
        '<div class="highlight"><div class="content"><div class="header">AUTOR</div>'
        "<h3>Dr. Erika Muster</h3><p>ist Partnerin der Kanzlei Muster und Partner in Köln. "
        "Zu ihren Schwerpunkten zählen Bau- und Vergaberecht sowie das Verwaltungsrecht."
        "</p></div></div>"
    )
    art = _article("", f"<article>{H1}{PARA_DE}{box}</article>")
    assert "Schwerpunkten" not in art.body
    assert "Anhörung" in art.body


def test_dialogs_modals_and_notices_are_no_part_of_the_text() -> None:
    chrome = (
        '<span role="status" class="tooltip">Gemerkt auf Mein Beispiel!</span>'
        '<div role="alertdialog"><p>Um zu verstehen, wie unsere Webseite genutzt wird, nutzen '
        "wir Cookies und andere Techniken.</p></div>"
        '<article class="login-modal dark-modal"><h2 class="modal-headline">Passwort vergessen?'
        "</h2><p>Du erhältst in Kürze eine E-Mail von uns mit Infos, wie du dein Passwort "
        "zurücksetzen kannst, und kannst dich danach wieder anmelden.</p></article>"
    )
    art = _article("", f"<article>{H1}{PARA_DE}</article>{chrome}")
    for words in ("Gemerkt", "Cookies", "Passwort"):
        assert words not in art.body


def test_an_article_shown_in_an_overlay_stays() -> None:
    art = _article("", f'<div class="article-modal">{H1}{PARA_DE}</div>')
    assert art.body.startswith("Der Gemeinderat")


def test_a_box_of_related_stories_under_its_label_leaves_the_text() -> None:
    box = (
        '<div class="side"><div class="text"><h6>Mehr zum Thema</h6>'
        + "".join(
            f'<p><a href="/s{i}">Verkehr in der Stadt</a> Neue Ampeln an der Kreuzung {i}</p>'
            for i in range(5)
        )
        + "</div></div>"
    )
    art = _article("", f"<article>{H1}{box}{PARA_DE}</article>")
    assert "Ampeln" not in art.body
    assert art.body.startswith("Der Gemeinderat")


def test_a_paragraph_opening_with_a_link_stays() -> None:
    para = (
        '<div><p>Lesen Sie auch</p><p><a href="/bund">Der Bund</a> hat die Förderung für die '
        "Sanierung der Brücke bereits im Frühjahr zugesagt, teilte das Ministerium mit.</p>"
        "<p>Die Arbeiten sollen im Sommer beginnen und zwei Jahre dauern.</p></div>"
    )
    art = _article("", f"<article>{H1}{PARA_DE}{para}</article>")
    assert "zwei Jahre dauern" in art.body


def test_a_byline_row_under_an_author_label_stays() -> None:
    row = '<div class="byline"><span>Autor:</span> <a href="/autoren/em">Erika Muster</a></div>'
    art = _article("", f"<article>{H1}{row}{PARA_DE}</article>")
    assert art.author == "Erika Muster"


@pytest.mark.parametrize("line", ["- -Aktualisiert am", "Updated on", "- Auf die Merkliste",
                                  "- 0 Kommentare", "Lesedauer etwa 2 Min"])  # fmt: skip
def test_bare_stamp_labels_and_option_items_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["- Der Stadtrat stimmt dem Plan zu", "- Bilder veröffentlicht",
                                  "Aktualisiert wurde der Plan im Mai."])  # fmt: skip
def test_bullet_points_of_the_text_stay(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("stated", "person"),
    [
        ("Example Online, Hamburg, Germany", "Example Online"),
        ("Jane Doe, Frankfurt am Main, Deutschland", "Jane Doe"),
        ("Jane Doe, London, John Roe", "Jane Doe, London, John Roe"),  # no country: as stated
        ("Jane Doe, John Roe, Anna Berg", "Jane Doe, John Roe, Anna Berg"),
    ],
)
def test_an_address_town_and_country_are_no_part_of_the_author(stated: str, person: str) -> None:
    assert person_author(stated) == person


@pytest.mark.parametrize(
    "meta_author", ["Beispielblatt Online, Hamburg, Germany", "beispielblatt.de, Köln, Germany"]
)
def test_the_outlet_with_its_address_is_no_writer(meta_author: str) -> None:
    head = (
        f'<meta name="author" content="{meta_author}">'
        '<meta property="og:url" content="https://www.beispielblatt.de/a/1">'
    )
    art = _article(head, f"<article>{H1}{PARA_DE}</article>")
    assert art.author == ""


def test_a_logo_link_label_for_screen_readers_is_no_part_of_the_name() -> None:
    body = (
        '<header><a id="logo" title="zur Beispielfunk Homepage" href="/index.html">'
        '<span class="invisible srlabel">zur Beispielfunk Homepage</span><svg></svg>'
        '<span id="textlogo">Beispielfunk</span></a></header>'
        f"<article>{H1}{PARA_DE}</article>"
    )
    items = extract("page.html", html_page("<title>Brückensanierung beschlossen</title>", body))
    art = next(i.article for i in items if isinstance(i, Extracted))
    assert art.source == "Beispielfunk"


@pytest.mark.parametrize(
    "label",
    ["06/2019", "2019", "Ausgabe: 43", "Nr. 43/2019", "Jahrgang 2019", "Oktober 2019",
     "article", "Artikel", "DIE ZEIT Archiv", "Heftarchiv", "Архив новостей"],
)  # fmt: skip
def test_dates_issues_archives_and_page_kinds_are_no_sections(label: str) -> None:
    assert is_filing_label(label)


@pytest.mark.parametrize("label", ["Politik", "Wirtschaft", "News", "International",
                                   "Archäologie", "Heftarchiv / DER SPIEGEL"])  # fmt: skip
def test_desks_stay_sections(label: str) -> None:
    assert not is_filing_label(label)


def test_the_trail_crumb_before_the_archive_month_is_the_section() -> None:
    trail = (
        '<ol class="breadcrumb"><li><a href="/">Beispielblatt</a></li>'
        '<li><a href="/wirtschaft/">Wirtschaft</a></li>'
        '<li><a href="/archiv/2025/11">11/2025</a></li></ol>'
    )
    art = _article("", f"{trail}<article>{H1}{PARA_DE}</article>")
    assert art.section == "Wirtschaft"


def test_a_stated_issue_is_no_section() -> None:
    head = '<meta property="article:section" content="Ausgabe: 47">'
    art = _article(head, f"<article>{H1}{PARA_DE}</article>")
    assert art.section != "Ausgabe: 47"


# The annotated real pages these rules were written for (read at run time, never copied).
PAGES = {
    "faz.net.streaming.html": {"no_body_start": "- -Aktualisiert", "no_lead": "Bild: dpa"},
    "spiegel.de.albtraum.html": {"no_lead": "Impressum", "no_author": "Germany"},
    "heise.de.lithium.html": {"no_lead": "Newsticker", "no_section": "06/2019"},
    "computerbase.de.htc.html": {"no_lead": "Grafikkarten-Rangliste"},
    "0b96fc66e2c94f45a1b923ec9a31fcf2.html": {"no_body": "bookmark_border"},
    "cnet.de.schutz.html": {"no_body": "Zu seinen Tätigkeitsfeldern"},
    "zdf.de.corona.html": {"no_body": "Passwort"},
    "deutschlandfunk.de.titanic.html": {"no_body": "Balsam für den sozialen Frieden"},
    "mdr.de.autohaeuser.html": {"no_body_start": "Hauptinhalt"},
    "tagesanzeiger.ch.umweltzerstoerung.html": {"no_body": "ZoonosenWie"},
    "d76cf81a74fa4633bd19d7060f5c05ee.html": {"no_author": "Germany"},
    "ndr.de.podcastcoronavirus140.html": {"no_source": "Homepage"},
    "0a12df42d1764095989ab078ee0f940b.html": {"no_section": "Ausgabe"},
    "nature.com.telescope.html": {"no_section": "article", "no_lead": "inbox"},
}


def test_the_annotated_news_pages_lose_their_chrome(shared: Path) -> None:
    corpus = shared / "corpus" / "trafilatura-news-html"
    listed = json.loads((corpus / "annotations.json").read_text(encoding="utf-8"))
    annotated = {Path(a["file"]).name for a in listed}
    for name, checks in PAGES.items():
        assert name in annotated
        items = extract(name, (corpus / "html" / name).read_bytes())
        art = next(i.article for i in items if isinstance(i, Extracted))
        for check, text in checks.items():
            field = check.split("_", 1)[1]
            if field == "body_start":
                assert not art.body.startswith(text), name
            elif field == "section":
                assert art.section != text, name
            else:
                assert text not in getattr(art, field), (name, field)
