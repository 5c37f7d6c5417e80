"""Saved pages: an <h1> whose kicker span ends in a colon keeps it when the metadata
states the headline whole; a <title> of the logo's name and "online" over the one <h1>
names the site as the logo does; a byline element's outlet after the name goes; an
unlinked last crumb that is no part of the headline is the section; a page with no <h1>
has its headline in a block classed so, with the topic label over it as its section."""

from __future__ import annotations

from app.importers import extract

_PARAS = "".join(
    f"<p>{p}</p>"
    for p in (
        "Die Stadtwerke haben am Montag den neuen Busfahrplan vorgestellt, der ab Januar für "
        "alle Linien im Stadtgebiet gelten soll und dichtere Takte bringt.",
        "Nach Angaben der Verwaltung werden dafür zwölf zusätzliche Fahrer eingestellt. Die "
        "Kosten trägt zum größeren Teil der Landkreis, der Rest kommt aus dem Haushalt.",
        "Der Fahrgastverband begrüßte die Pläne, forderte aber bessere Anschlüsse an die "
        "Regionalbahn am Hauptbahnhof, vor allem am Abend und an den Wochenenden.",
    )
)


def _art(page: str) -> object:
    return extract("p.html", page.encode())[0].article


def test_colon_kicker_span_stays_when_stated_whole() -> None:
    art = _art(
        "<html><head><title>Busfahrplan: Stadtwerke stellen Takte um | beispiel.de</title>"
        '<meta property="og:title" content="Busfahrplan: Stadtwerke stellen Takte um">'
        "</head><body><article>"
        '<h1><span class="topline">Busfahrplan:</span> Stadtwerke stellen Takte um</h1>'
        f"{_PARAS}</article></body></html>"
    )
    assert art.title == "Busfahrplan: Stadtwerke stellen Takte um"
    assert art.body.startswith("Die Stadtwerke")


def test_site_online_title_names_the_logo_and_the_byline_drops_the_outlet() -> None:
    art = _art(
        "<html><head><title>beispiel agrar online</title></head><body>"
        '<header><div class="logo">beispiel agrar</div>'
        '<div class="userbar"><a>Login</a> | <a>Abo &amp; Shop</a></div></header>'
        '<div class="breadcrumbs"><a>Home</a> &gt; <a>Verkehr</a> &gt; <span>Bus</span></div>'
        "<div><h1>Stadtwerke stellen neuen Busfahrplan vor</h1>"
        '<div class="authorline">Anna Beispiel, beispiel agrar</div>'
        f"{_PARAS}</div></body></html>"
    )
    assert art.title == "Stadtwerke stellen neuen Busfahrplan vor"
    assert art.source == "beispiel agrar"
    assert art.author == "Anna Beispiel"
    assert art.section == "Bus"


def test_unlinked_last_crumb_of_the_headline_is_no_section() -> None:
    art = _art(
        "<html><head><title>Busfahrplan neu | Beispielbote</title></head><body>"
        '<div class="breadcrumbs"><a>Home</a> &gt; <a>Verkehr</a> &gt; '
        "<span>Busfahrplan neu</span></div>"
        f"<article><h1>Busfahrplan neu</h1>{_PARAS}</article></body></html>"
    )
    assert art.section == "Verkehr"


def test_headline_block_without_h1_and_its_topic_label() -> None:
    art = _art(
        "<html><head><title>The Example</title></head><body>"
        '<header><div class="logo"><a href="/">The Example</a></div></header>'
        '<div class="article-topics"><a class="topic">Urban Transport</a></div>'
        '<div class="headline">City utility unveils a denser bus timetable</div>'
        f'<div class="article-body">{_PARAS}</div></body></html>'
    )
    assert art.title == "City utility unveils a denser bus timetable"
    assert art.source == "The Example"
    assert art.section == "Urban Transport"
