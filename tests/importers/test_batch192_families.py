"""Saved pages of blind batch 192: a print view's footer that runs the page's stamp on after
the copyright notice ("© Body 2025 Stand: 01.12.2025") names the body alone; a Russian
paper's notice with its describing words ("Общественно-политическая газета «X»") names the
paper; the newsroom's mailbox offered to the reader, a membership button after its pitch,
a desk editor's note and a think tank's "is produced by … does not take positions"
disclaimer are chrome under the text; a byline block whose label and linked names are
separate pieces ("Commentary by" <a>Name</a> and <a>Name</a>) names the writers; a page
without an <h1> that sets its headline as an <h3> in a wrapper has its stamp read from the
block over it. Each family with look-alikes that must keep their reading."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import copyright_owner
from app.model import Article, Extracted

from .makers import PARA, PARA_DE, PARA_RU, html_page


def _article(name: str, data: bytes) -> Article:
    items = extract(name, data)
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    return items[0].article


# --- 1. a stamp run on after a copyright notice --------------------------------------------


def test_notice_with_a_stamp_run_on_names_the_owner_alone() -> None:
    cases = {
        "© Landesamt für Statistik 2025 Stand: 03.11.2025": "Landesamt für Statistik",
        "© Example Borough Council 2025 Last updated: 4 November 2025": "Example Borough Council",
        "© 2025 Example Tribune Updated: 11/04/2025": "Example Tribune",
        "© 2025 Министерство транспорта области Обновлено: 04.11.2025": (
            "Министерство транспорта области"
        ),
    }
    for line, owner in cases.items():
        assert copyright_owner(line) == owner, line


def test_print_view_footer_with_its_stamp_names_the_body() -> None:
    body = (
        '<div class="print-header"><p>https://www.example.bund.de/DE/presse/a.html</p></div>'
        '<div id="content"><span class="date">03.11.2025</span>'
        "<h1>Bund fördert neue Radwege an Bundesstraßen mit 40 Millionen Euro</h1>"
        f'<div class="text">{PARA_DE}</div></div>'
        '<div class="print-footer"><p>© Bundesministerium für Verkehr 2025</p>'
        "<p>Stand: 03.11.2025</p></div>"
    )
    head = (
        "<title>Bund fördert neue Radwege an Bundesstraßen mit 40 Millionen Euro</title>"
        '<meta name="DC.date.created" content="2025-11-03">'
    )
    art = _article("print.html", html_page(head, body, "de"))
    assert art.source == "Bundesministerium für Verkehr"


# --- 2. a Russian paper's notice with its describing words -----------------------------------


def test_describing_words_before_a_quoted_paper_are_no_part_of_its_name() -> None:
    cases = {
        "© 1920–2025 Общественно-политическая газета «Заря Востока». Все права защищены.": (
            "Заря Востока"
        ),
        "© 2025 Районная газета «Сельская новь»": "Сельская новь",
        "© 2025 Ежедневная деловая газета «Пример»": "Пример",
        "© 2025 Газета «Пример»": "Пример",
    }
    for line, owner in cases.items():
        assert copyright_owner(line) == owner, line
    # a paper whose name is an adjective and its kind keeps them both
    assert copyright_owner("© 2025 Российская газета") == "Российская газета"


# --- 3. the newsroom's mailbox, a membership button, an editor's note ----------------------


def test_newsroom_mailbox_and_site_pointer_are_chrome() -> None:
    for line in (
        "Get in touch with our news team by emailing us at news@example.co.uk.",
        "Contact the newsroom at tips@example.com with your story ideas.",
        "Haben Sie Hinweise? Schreiben Sie der Redaktion an redaktion@example.de",
        "Пишите в редакцию на news@example.ru",
        "For more stories like this, check our news page.",
        "Write to Jane Roe at jroe@example.com",
        "John Doe edited this article.",
        "Get exclusive reports on the region's ports and trade. Become a Example Daily member",
        "Unabhängiger Lokaljournalismus aus der Region. Jetzt Mitglied werden",
    ):
        assert is_boilerplate(line), line


def test_a_story_sentence_with_a_mailbox_or_a_member_stays() -> None:
    for line in (
        "Residents can contact the council at roads@example.gov.uk until Friday.",
        "Parents who want to become a school governor can write to the head teacher.",
        "She said she had never expected to become a party member.",
        "The editor edited this article's first draft twice before it was printed.",
        "Angler, die Mitglied werden wollen, können sich im Rathaus melden.",
    ):
        assert not is_boilerplate(line), line


# --- 4. a think tank's disclaimer -----------------------------------------------------------


def test_produced_by_disclaimer_is_chrome() -> None:
    line = (
        "Analysis is produced by the Example Institute for Policy Studies (EIPS), a private, "
        "nonprofit institution focusing on international public policy issues. Its research is "
        "nonpartisan. EIPS does not take specific policy positions. Accordingly, all views "
        "expressed in this publication should be understood to be solely those of the author(s)."
    )
    assert is_boilerplate(line)
    assert not is_boilerplate(
        "The bridge is produced by a consortium of two firms, which said it does not take "
        "orders from the ministry and will finish the work in the spring."
    )


# --- 5. a byline block of a label and linked names -------------------------------------------


def _think_tank_page(contributors: str) -> bytes:
    head = (
        "<title>Why Ports Need a Regional Answer</title>"
        '<meta property="og:title" content="Why Ports Need a Regional Answer">'
        '<meta property="og:site_name" content="EIPS">'
    )
    body = (
        '<main><article><div class="hero"><h1>Why Ports Need a Regional Answer</h1>'
        f'<div class="hero__meta"><div class="contributors">{contributors}</div>'
        '<div class="date">Published <time datetime="2025-11-12">November 12, 2025</time>'
        f"</div></div></div><div class='body'>{PARA}</div></article></main>"
    )
    return html_page(head, body)


def test_label_and_linked_names_under_the_headline_are_the_byline() -> None:
    page = _think_tank_page(
        '<span class="label">Analysis by</span> <a href="/people/jane-roe">Jane Roe</a> and '
        '<a href="/people/john-doe">John Doe</a>'
    )
    assert _article("analysis.html", page).author == "Jane Roe and John Doe"


def test_photo_credit_block_under_the_headline_is_no_byline() -> None:
    page = _think_tank_page('<span>Photos by</span> <a href="/people/jane-roe">Jane Roe</a>')
    assert _article("analysis.html", page).author == ""


# --- 6. the stamp over a headline set as an <h3> ---------------------------------------------


def _portal_page(headline: str, over: str) -> bytes:
    head = (
        f"<title>{headline}</title>"
        f'<meta property="og:title" content="{headline}">'
        '<meta property="og:site_name" content="Пример Портал">'
    )
    body = (
        '<header><a href="/">Пример Портал</a><nav><a href="/news/">Новости</a></nav></header>'
        f'<main><div class="reader">{over}'
        f'<div class="reader_headline"><h3 class="reader_title">{headline}</h3></div>'
        f'<div class="reader_body">{PARA_RU}</div></div></main>'
    )
    return html_page(head, body, "ru")


def test_stamp_over_an_h3_headline_in_its_wrapper_dates_the_page() -> None:
    headline = "Дума утвердила план строительства новой трассы"
    over = (
        '<div class="reader_dateline"><span class="reader_dateline__date">12 ноября 2025</span>'
        ' <span class="reader_dateline__time">10:15</span></div>'
    )
    art = _article("portal.html", _portal_page(headline, over))
    assert art.published is not None
    assert (art.published.year, art.published.month, art.published.day) == (2025, 11, 12)
    assert (art.published.hour, art.published.minute) == (10, 15)


def test_text_over_an_h3_headline_that_names_a_day_is_no_stamp() -> None:
    headline = "Дума утвердила план строительства новой трассы"
    over = (
        '<div class="reader_kicker">Заседание, которое перенесли с 5 ноября 2025 года на '
        "вторник, прошло без прений и завершилось голосованием по всем пунктам</div>"
    )
    art = _article("portal.html", _portal_page(headline, over))
    assert art.published is None or (art.published.month, art.published.day) != (11, 5)
