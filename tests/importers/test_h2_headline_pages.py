"""A page with no <h1> whose headline is its first <h2> and whose <title> is the site's
generic label: the <h2> is the title, and headline, standfirst and byline do not open the
text."""

from __future__ import annotations

from app.importers import extract

_TEXT = (
    "Neustadt · Die Stadtwerke haben am Montag den neuen Busfahrplan vorgestellt, der ab "
    "Januar für alle Linien im Stadtgebiet gelten soll und dichtere Takte bringt.",
    "Nach Angaben der Verwaltung werden dafür zwölf zusätzliche Fahrer eingestellt. Die "
    "Kosten trägt zum größeren Teil der Landkreis, der Rest kommt aus dem Haushalt.",
    "Der Fahrgastverband begrüßte die Pläne, forderte aber bessere Anschlüsse an die "
    "Regionalbahn am Hauptbahnhof, vor allem am Abend und an den Wochenenden.",
)


def _page(title: str, heading: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in _TEXT)
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<div id="top"><a class="logo">beispielbote.de</a> <span>Beispielbote</span></div>'
        f'<div id="content"><h2>{heading}</h2>'
        '<p class="intro"><b>Mehr Busse, dichtere Takte: Der Fahrplan wird umgebaut.</b></p>'
        '<p class="autor">Von Anna Beispiel</p>'
        '<p class="datum">21. November 2025 um 15:30 Uhr</p>'
        f"{paras}</div></body></html>"
    ).encode()


def test_first_h2_under_a_generic_title_is_the_headline() -> None:
    art = extract(
        "p.html",
        _page(
            "Beispielbote - Nachrichten aus der Region", "Stadtwerke stellen neuen Busfahrplan vor"
        ),
    )[0].article
    assert art.title == "Stadtwerke stellen neuen Busfahrplan vor"
    assert art.body.startswith("Neustadt · Die Stadtwerke")


def test_a_title_that_is_the_headline_stays() -> None:
    page = _page(
        "Stadtwerke stellen neuen Busfahrplan für Januar vor", "Weitere Artikel aus der Region"
    )
    assert extract("p.html", page)[0].article.title.startswith("Stadtwerke stellen")


def test_stamp_under_the_h2_headline_keeps_its_time() -> None:
    page = _page(
        "Beispielbote - Nachrichten aus der Region", "Stadtwerke stellen neuen Busfahrplan vor"
    )
    published = extract("p.html", page)[0].article.published
    assert published is not None and (published.hour, published.minute) == (15, 30)


def test_trail_named_by_its_id_gives_the_section() -> None:
    page = _page("Beispielbote - Nachrichten", "Stadtwerke stellen neuen Busfahrplan vor")
    page = page.replace(
        b'<div id="content">',
        b'<div id="crumbs"><a>Region</a> / <a>Stadt &amp; Land</a></div><div id="content">',
    )
    assert extract("p.html", page)[0].article.section == "Stadt & Land"


def test_logo_the_page_names_itself_by_beats_a_generic_title() -> None:
    page = _page("Nachrichten aus Neustadt", "Stadtwerke stellen neuen Busfahrplan vor")
    page = page.replace(
        b'<a class="logo">beispielbote.de</a> <span>Beispielbote</span>',
        (b'<a class="logo" href="/">NB24</a>'),
    )
    assert extract("p.html", page)[0].article.source == "Nachrichten aus Neustadt"
    page = page.replace(b"</div></body>", b"<p>Folgen Sie NB24 auf Telegram.</p></div></body>")
    assert extract("p.html", page)[0].article.source == "NB24"


def test_title_naming_the_logo_over_a_section_gives_the_h2_headline() -> None:
    # "<title>Kreistag von Beispielland - Mitteilungen</title>": the logo's long name and the
    # section; the <h2> headline may share a small word ("von") with it
    page = _page(
        "Kreistag von Beispielland - Mitteilungen", "Ausschuss berät über Busse von morgen"
    )
    page = page.replace(
        b'<a class="logo">beispielbote.de</a> <span>Beispielbote</span>',
        b'<a class="logo">Kreistag von Beispielland</a>',
    )
    art = extract("p.html", page)[0].article
    assert (art.title, art.source) == (
        "Ausschuss berät über Busse von morgen",
        "Kreistag von Beispielland",
    )


def test_press_office_contact_row_leaves_the_text() -> None:
    page = _page(
        "Beispielbote - Nachrichten aus der Region", "Stadtwerke stellen neuen Busfahrplan vor"
    )
    row = "Pressestelle der Stadtwerke · Telefon 0123 4567-0 · presse@beispielbote.de"
    page = page.replace(b"</div></body>", f"<p>{row}</p></div></body>".encode())
    assert "Pressestelle" not in extract("p.html", page)[0].article.body
