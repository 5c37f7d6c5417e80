"""A paste read from its text is completed by what only its HTML fragment shows: the logo's
alt text names the site, the one <h1> is the headline, a kicker's class marks no section,
a place and day in the site header are no dateline. The archive's paste does the same."""

from __future__ import annotations

from app.importers import extract_clipboard
from app.importers.fragment import read_fragment
from tests.importers.makers import NEWS_MORE, NEWS_TEXT

LOGO = "<a href='https://www.courier.example'><img src='/l.svg' alt='The Harbour Courier'></a>"
MENU = (
    "<nav><ul><li><a href='https://www.courier.example/arts'>Arts and Culture</a></li></ul></nav>"
)


def _fragment(header: str = "", article: str = "") -> str:
    return (
        "<html><body><!--StartFragment-->"
        f"<header>{header}</header><main><article>{article}"
        f"<p>{NEWS_TEXT}</p><p>{NEWS_MORE}</p></article></main>"
        "<!--EndFragment--></body></html>"
    )


def test_the_logo_names_the_site_over_a_menu_word() -> None:
    text = (
        f"News\nPolitics\nArts and Culture\nTram network to grow by 40 kilometres\n\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    )
    html = _fragment(LOGO + MENU, "<h1>Tram network to grow by 40 kilometres</h1>")
    assert read_fragment(html).logo == "The Harbour Courier"
    [item] = extract_clipboard(text, html)
    assert item.article.source == "The Harbour Courier"


def test_a_generic_logo_alt_or_a_text_link_is_no_name() -> None:
    html = _fragment("<a href='/'><img alt='Logo'></a><a href='/'>Startseite</a>")
    assert read_fragment(html).logo == ""
    assert read_fragment(_fragment("<a href='/'><img alt='Logo Example Post'></a>")).logo == (
        "Example Post"
    )


def test_an_agency_the_text_credits_stays_the_source_under_the_logo() -> None:
    text = f"Tram network to grow by 40 kilometres\n\nBERLIN (dpa) - {NEWS_TEXT}\n\n{NEWS_MORE}\n"
    html = _fragment(LOGO, "<h1>Tram network to grow by 40 kilometres</h1>")
    [item] = extract_clipboard(text, html)
    assert item.article.source == "dpa"


def test_the_one_headline_of_the_fragment_is_the_title() -> None:
    # a caption credited by a desk the text reader does not know looked like the headline
    caption = "A tram in the city centre. EXAMPLE PICTURE DESK"
    text = (
        f"Tram network to grow by 40 kilometres\n\nJane Roe\n9:35, 25 Nov 2025\n{caption}\n\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    )
    html = _fragment(
        article="<h1>Tram network to grow by 40 kilometres</h1><div>Jane Roe</div>"
        f"<div>9:35, 25 Nov 2025</div><figure><figcaption>{caption}</figcaption></figure>"
    )
    assert read_fragment(html).headline == "Tram network to grow by 40 kilometres"
    assert extract_clipboard(text)[0].article.title == caption  # the text alone is misled
    [item] = extract_clipboard(text, html)
    assert item.article.title == "Tram network to grow by 40 kilometres"


def test_a_kicker_is_no_section() -> None:
    text = f"Verkehr\nTram network to grow by 40 kilometres\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    html = _fragment(
        article="<span class='kicker'>Verkehr</span><h1>Tram network to grow by 40 kilometres</h1>"
    )
    [item] = extract_clipboard(text, html)
    assert item.article.section == ""
    assert extract_clipboard(text)[0].article.section == "Verkehr"  # the text alone can't tell


def test_a_place_and_day_in_the_site_header_is_no_dateline() -> None:
    text = (
        f"Hafenstadt, 29.11.2025\nTram network to grow by 40 kilometres\n\n{NEWS_TEXT}\n\n"
        f"{NEWS_MORE}\n"
    )
    html = _fragment(
        "<div class='header-date'>Hafenstadt, 29.11.2025</div>",
        "<h1>Tram network to grow by 40 kilometres</h1>",
    )
    assert extract_clipboard(text)[0].article.dateline == "Hafenstadt"
    [item] = extract_clipboard(text, html)
    assert item.article.dateline == ""


def test_the_archive_paste_completes_the_text_the_same_way(archive) -> None:
    text = (
        f"News\nPolitics\nArts and Culture\nTram network to grow by 40 kilometres\n\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n"
    )
    html = _fragment(LOGO + MENU, "<h1>Tram network to grow by 40 kilometres</h1>")
    [result] = archive.import_clipboard(text, html)
    assert archive.original(result.id)[0] == "clipboard.txt"
    assert archive.get(result.id).source == "The Harbour Courier"
