"""Blind batch 207's families of misses, on made-up pages unlike the batch's files.

Old table templates: paragraphs as runs of text between <br>s in a cell, a band of one
text cell per row (the footer's notice beside a counter), a header of a logo row over a
menu row, a one-cell box floated in the text (its "read also" link gone, the text after it
kept); a headline, rubric and stamp in classed <span>s and <div>s ("titel", "rubrik",
"datum"), a stamp over a kicker over the <h1>, a "pfad" trail, a <title> parted by "::",
a "Site - Desk - Headline" <title> beside og:title, a joint masthead of a listed outlet's
two papers; the writer's row right under the text (comments below it); the outlet's own
name as the interviewer's label is no dateline; a short subtitle under the headline is the
standfirst, the intro paragraph under it opens the text; a newsletter's sign-up box between
the paragraphs is no text.
"""

from __future__ import annotations

from datetime import datetime

from app.importers.html import parse_html
from app.importers.layouttable import unframe_layout_tables
from app.importers.outlets import joint_masthead_name

from .makers import articles_of

_DE = (
    "Der Gemeinderat hat am Dienstag die Sanierung der alten Stadthalle beschlossen, die seit "
    "zwei Jahren wegen Mängeln am Dach geschlossen ist.",
    "Die Kosten von rund 3,1 Millionen Euro trägt zu einem Drittel das Land, den Rest "
    "finanziert die Stadt über Rücklagen und einen Kredit.",
    "Die Arbeiten sollen im April beginnen und bis Ende kommenden Jahres dauern, teilte die "
    "Verwaltung nach der Sitzung mit.",
)
_EN = (
    "The district council has agreed to rebuild the old swimming baths on the seafront, "
    "closed since a storm damaged the roof two winters ago.",
    "The work is expected to cost around £3.1m, with a third coming from a national fund "
    "and the rest from the council's own reserves.",
    "Contractors should start in April and finish by the end of next year, the council said "
    "after the meeting on Wednesday evening.",
)
_RU = (
    "Власти города утвердили проект реконструкции старого рынка, который закрыт уже два "
    "года из-за аварийного состояния кровли.",
    "Стоимость работ оценивается в 310 млн рублей, треть средств выделит область, остальное "
    "заплатит город из собственного бюджета.",
    "Работы начнутся в апреле и продлятся до конца следующего года, сообщили в мэрии после "
    "заседания в среду.",
)


def _one(page: str) -> object:
    [art] = articles_of("page.html", page.encode())
    return art


def _table_page(extra_text: str = "") -> str:
    return (
        "<html><head><title>Musterstadt-Online - Nachrichten aus Musterstadt</title></head><body>"
        '<table><tr><td><a href="/"><img src="logo.gif" alt="Musterstadt-Online"></a>'
        "<span>Seit 2001 online | Montag, 1. Dezember 2025</span></td></tr>"
        '<tr><td><a href="/lokales">Lokales</a> | <a href="/politik">Politik</a></td></tr>'
        '<tr><td class="links"><a href="#">Brand in der Altstadt</a><br><a href="#">Markt '
        'öffnet</a></td><td class="mitte"><table><tr><td><span class="rubrik">Politik</span><br>'
        '<span class="titel">Gemeinderat beschließt Sanierung der Stadthalle</span><br>'
        '<span class="datum">Veröffentlicht am 25.11.2025 um 18:05 Uhr</span></td></tr>'
        f'<tr><td class="text">{_DE[0]}<br><br>{_DE[1]}<br><br>'
        '<table align="right"><tr><td><b>Lesen Sie auch:</b><br><a href="/x">Stadthalle: '
        f"Die Geschichte eines Sorgenkinds</a></td></tr></table>{_DE[2]}{extra_text}</td></tr>"
        "</table></td></tr>"
        "<tr><td>© 2001-2025 Musterstadt-Online · Impressum</td><td></td><td></td></tr>"
        "</table></body></html>"
    )


def test_an_old_table_page_reads_its_headline_stamp_rubric_and_br_paragraphs() -> None:
    art = _one(_table_page())
    assert art.title == "Gemeinderat beschließt Sanierung der Stadthalle"
    assert art.published == datetime(2025, 11, 25, 18, 5)
    assert art.section == "Politik"
    assert art.source == "Musterstadt-Online"
    assert art.body.startswith("Der Gemeinderat hat am Dienstag")
    assert art.body.endswith("teilte die Verwaltung nach der Sitzung mit.")
    for chrome in ("Seit 2001", "Brand in der Altstadt", "Lesen Sie auch", "Geschichte", "|"):
        assert chrome not in art.body


def test_a_one_cell_box_in_the_text_keeps_the_paragraph_after_it() -> None:
    tree = parse_html(
        f"<html><body><div><p>{_DE[0]}</p><table><tr><td><i>Info</i> Eintritt frei</td>"
        f"</tr></table>{_DE[1]}</div></body></html>"
    )
    unframe_layout_tables(tree)
    [run] = [p for p in tree.iter("p") if p.text == _DE[1]]
    assert run.getprevious().tag == "div"
    assert not list(tree.iter("table"))


def test_a_data_table_of_two_columns_stays_a_table() -> None:
    tree = parse_html(
        f"<html><body><p>{_DE[0]}</p><table><tr><td>Kosten</td><td>3,1 Mio.</td></tr>"
        "<tr><td>Beginn</td><td>April</td></tr></table></body></html>"
    )
    unframe_layout_tables(tree)
    assert len(list(tree.iter("td"))) == 4


def test_a_header_of_logo_and_menu_rows_and_a_footer_band_are_no_text() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Город :: Новости :: Рынок закроют на "
        "реконструкцию</title></head><body>"
        '<table><tr><td><a href="/"><img src="logo.gif" alt="Город"></a></td>'
        '<td>Сегодня: 1 декабря 2025 г.<br><a href="/rss">RSS</a></td></tr>'
        '<tr><td colspan="2"><a href="/">Главная</a> | <a href="/news">Новости</a> | '
        '<a href="/politics">Политика</a> | <a href="/economy">Экономика</a> | '
        '<a href="/society">Общество</a> | <a href="/sport">Спорт</a></td></tr></table>'
        '<div class="newsdate">28.11.2025 10:15</div><h1>Рынок закроют на реконструкцию</h1>'
        f'<div class="newstext"><p>{_RU[0]}</p><p>{_RU[1]}</p><p>{_RU[2]}</p></div>'
        '<div class="avtor">Автор: Мария Петрова</div><div class="views">Просмотров: 812</div>'
        '<div class="head">Комментарии (1)</div><div class="comm"><b>Гость</b>, 28.11.2025 '
        "12:00<br>Давно пора.</div><a href='#'>Другая новость</a> <span>27.11.2025</span><br>"
        "<a href='#'>Ещё одна новость</a> <span>26.11.2025</span><br>"
        '<table class="bottom"><tr><td>© 2005-2025 «Город». Свидетельство о регистрации Эл № '
        "ФС 77-00000.</td><td><script>document.write('counter')</script></td></tr></table>"
        "</body></html>"
    )
    art = _one(page)
    assert art.body.startswith("Власти города утвердили")
    assert "Сегодня" not in art.body and "Главная" not in art.body
    assert "Свидетельство" not in art.body
    assert art.author == "Мария Петрова"  # the row under the text, comments after it


def test_a_stamp_over_a_kicker_over_the_headline_and_a_pfad_trail() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Musterblatt - Lokales - Stadt saniert die "
        "Stadthalle</title><meta property='og:title' content='Stadt saniert die Stadthalle'>"
        "</head><body><div id='kopf'><div>Montag, 01.12.2025</div>"
        '<a href="/"><img src="logo.gif" alt="Musterblatt"></a></div>'
        '<div class="pfad">Sie sind hier: <a href="/">Startseite</a> &raquo; '
        '<a href="/lokales.html">Lokales</a> &raquo; <a href="/lokales/nord.html">Nordstadt</a>'
        '</div><div class="datum">Nordstadt, 26.11.2025</div><div class="dachzeile">Energie</div>'
        f"<h1>Stadt saniert die Stadthalle</h1><p>{_DE[0]}</p><p>{_DE[1]}</p><p>{_DE[2]}</p>"
        "</body></html>"
    )
    art = _one(page)
    assert art.published == datetime(2025, 11, 26)
    assert art.section == "Nordstadt"
    assert art.source == "Musterblatt"


def test_a_joint_masthead_of_one_listed_outlet_names_it() -> None:
    # both titles of a listed paper and its sister edition (an alias in the gazetteer)
    assert joint_masthead_name("Weinheimer Nachrichten / Odenwälder Zeitung") == (
        "Weinheimer Nachrichten"
    )
    assert joint_masthead_name("Musterblatt / Odenwälder Zeitung") == ""
    assert joint_masthead_name("Weinheimer Nachrichten") == ""


def test_the_outlets_name_as_the_interviewers_label_is_no_dateline() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>«Wir bauen für alle» | Musterpost</title>"
        "<meta property='og:site_name' content='Musterpost'></head><body>"
        "<h1>«Wir bauen für alle»</h1><div class='body'>"
        "<p><strong>Musterpost: Herr Beispiel, warum braucht die Stadt eine neue Halle?"
        "</strong></p>"
        f"<p><strong>Hans Beispiel:</strong> {_DE[0]}</p>"
        "<p><strong>Und was kostet das?</strong></p>"
        f"<p>{_DE[1]} {_DE[2]}</p></div></body></html>"
    )
    art = _one(page)
    assert art.dateline == ""
    assert art.body.startswith("Musterpost: Herr Beispiel, warum")


def test_a_short_subtitle_under_the_headline_leaves_the_intro_in_the_text() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Что будет с рынком</title></head><body>"
        "<article><h1>Что будет с рынком</h1><div class='article__subtitle'>Отвечаем на "
        "главные вопросы</div><div class='article__body'>"
        f"<p class='intro'>{_RU[0]}</p><h2>Сколько это стоит?</h2><p>{_RU[1]}</p>"
        f"<h2>Когда начнут?</h2><p>{_RU[2]}</p></div></article></body></html>"
    )
    art = _one(page)
    assert art.body.startswith("Власти города утвердили")
    assert art.lead == "Отвечаем на главные вопросы"


def test_a_newsletter_sign_up_box_between_paragraphs_is_no_text() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Baths to be rebuilt</title></head><body>"
        f"<article><h1>Baths to be rebuilt</h1><p>{_EN[0]}</p><p>{_EN[1]}</p>"
        "<div class='promo'><h3>Get the Seaside Daily newsletter</h3><p>The latest news "
        "straight to your inbox every morning.</p><input type='email'> <button>Sign up</button>"
        "<p>By signing up you agree to our privacy notice.</p></div>"
        f"<p>{_EN[2]}</p></article></body></html>"
    )
    art = _one(page)
    assert "newsletter" not in art.body and "signing up" not in art.body
    assert art.body.endswith("after the meeting on Wednesday evening.")


def test_a_cyrillic_name_of_a_listed_outlet_whose_address_spells_its_latin_name() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Рынок закроют на реконструкцию | Хартия-97"
        "</title><meta property='og:site_name' content='Хартия-97'>"
        "<meta property='og:url' content='https://charter97.org/ru/news/2025/11/28/1/'>"
        f"</head><body><h1>Рынок закроют на реконструкцию</h1><p>{_RU[0]}</p><p>{_RU[1]}</p>"
        f"<p>{_RU[2]}</p></body></html>"
    )
    assert _one(page).source == "Charter'97"  # the address's spelling, not 'Khartiya-97'


def _utc_page(url: str, shown: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Baths to be rebuilt | Example</title>"
        f"<meta property='og:url' content='{url}'>"
        "<meta property='article:published_time' content='2025-11-24T19:01:00+00:00'></head>"
        "<body><article><h1>Baths to be rebuilt</h1><div class='byline'>By Jane Doe "
        f"<time datetime='2025-11-24T19:01:00+00:00'>{shown}</time></div>"
        f"<p>{_EN[0]}</p><p>{_EN[1]}</p><p>{_EN[2]}</p></article></body></html>"
    )


def test_a_utc_stamp_shown_as_another_day_is_read_on_the_outlets_clock() -> None:
    # a New Zealand outlet's page: 19:01 UTC is 08:01 the next morning in Auckland (+13:00)
    art = _one(_utc_page("https://www.stuff.co.nz/nz-news/baths", "25 November 2025"))
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2025, 11, 25, 8, 1)
    assert art.published.utcoffset() is not None
    # the same day shown, or an unknown outlet: the stated stamp stays
    for url, shown in (
        ("https://www.stuff.co.nz/nz-news/baths", "24 November 2025"),
        ("https://www.example.org/baths", "25 November 2025"),
    ):
        art = _one(_utc_page(url, shown))
        assert art.published is not None
        assert art.published.replace(tzinfo=None) == datetime(2025, 11, 24, 19, 1)


def test_a_page_saved_without_its_address_that_prints_it_in_the_footer() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Хартия-97 :: Новости :: Рынок закроют на "
        "реконструкцию</title></head><body>"
        '<a href="/"><img src="logo.gif" alt="Хартия-97"></a>'
        f"<h1>Рынок закроют на реконструкцию</h1><p>{_RU[0]}</p><p>{_RU[1]}</p>"
        f"<p>{_RU[2]}</p><div>При перепечатке ссылка на charter97.org обязательна.</div>"
        "</body></html>"
    )
    assert _one(page).source == "Charter'97"
