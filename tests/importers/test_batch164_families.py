"""Blind batch 164's families on saved pages of national outlets: summary bullets under
the headline (a "Key points" heading over them at most) that the text restates are its
standfirst, not its start; a byline's name and role set in glued inline elements are read
apart, and a follow button after each name is no part of it; a Cyrillic site name yields to
the Latin name that the JSON-LD publisher and the logo picture's alt both state; a desk
label's trail with arrows ('<div class="section-label">Example › Desk</div>') names the
section; a web edition's short name ("Example Online") yields to the paper's name its logo
prints when the <title> names the site "<logo> Online"; a paywall box's offer and buttons
in mid-text are no text."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import paper_of_online_edition
from tests.importers.makers import FARES_DE as _DE
from tests.importers.makers import FARES_EN as _EN
from tests.importers.makers import FARES_RU as _RU


def _page(head: str, body: str, title: str = "Bus fares to rise in March") -> bytes:
    return (f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>").encode()


def _art(data: bytes, name: str = "page.html"):
    items = extract(name, data)
    assert len(items) == 1
    return items[0].article


def _paras(texts) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# --- summary bullets under the headline -------------------------------------------------


def test_summary_bullets_under_the_headline_are_the_standfirst() -> None:
    cases = [
        (
            "<h1>Bus fares to rise by six per cent in March</h1>"
            "<ul class='story-bullets'><li>Regional government will raise bus fares in March"
            "</li><li>Commuters into the capital face an increase of two hundred pounds</li>"
            "<li>Passenger groups urged the minister to freeze fares</li></ul>",
            _EN,
        ),
        (
            "<h1>Busfahren wird im März teurer</h1><div class='box'><h3>Das Wichtigste in "
            "Kürze</h3><ul><li>Preise steigen um sechs Prozent</li><li>Pendler zahlen mehr"
            "</li></ul></div>",
            _DE,
        ),
        (
            "<h1>Проезд в автобусах подорожает в марте</h1><div class='facts'><h3>Главное</h3>"
            "<ul><li>Тарифы вырастут на шесть процентов</li><li>Пассажиры заплатят больше</li>"
            "</ul></div>",
            _RU,
        ),
    ]
    for head, texts in cases:
        art = _art(_page("", f"<article>{head}{_paras(texts)}</article>"))
        assert art.body.startswith(texts[0][:40]), art.body[:80]
        for word in ("Das Wichtigste", "Главное", "Regional government will raise"):
            assert word not in art.body


def test_an_article_list_after_its_first_paragraph_stays() -> None:
    body = (
        f"<article><h1>Bus fares to rise by six per cent in March</h1><p>{_EN[0]}</p>"
        "<ul><li>Brighton to London: plus 240 pounds</li><li>Reading to London: plus 220 "
        f"pounds</li></ul><p>{_EN[1]}</p><p>{_EN[2]}</p></article>"
    )
    art = _art(_page("", body))
    assert art.body.startswith(_EN[0][:40])
    assert "Brighton to London" in art.body


# --- bylines: glued name and role, follow buttons -----------------------------------------


def test_name_and_role_in_glued_spans_are_read_apart() -> None:
    for name, role, texts in (
        ("Jane Example", "Political reporter", _EN),
        ("Anna Beispiel", "Wirtschaftsredakteurin", _DE),
        ("Julia Primerova", "Economics correspondent", _EN),
    ):
        body = (
            f"<article><h1>Bus fares to rise by six per cent in March</h1><div class="
            f"'author-row'><img src='a.jpg'><span class='name'>{name}</span><span "
            f"class='role'>{role}</span></div>{_paras(texts)}</article>"
        )
        assert _art(_page("", body)).author == name


def test_spaced_spans_of_one_name_stay_one_name() -> None:
    body = (
        "<article><h1>Bus fares to rise by six per cent in March</h1><div class='author'>"
        f"<span>Jane</span> <span>Example</span></div>{_paras(_EN)}</article>"
    )
    assert _art(_page("", body)).author == "Jane Example"


def test_follow_buttons_after_the_names_are_no_part_of_them() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":'
        '"Person","name":"%s"},{"@type":"Person","name":"%s"}]}</script>'
    )
    for a, b, joint, button, texts in (
        ("Jane Example", "John Sample", "and", "Follow", _EN),
        ("Anna Beispiel", "Max Muster", "und", "Folgen", _DE),
        ("Julia Primerova", "Ivan Obraztsov", "and", "Follow", _EN),
    ):
        byline = (
            f"<div class='byline'>By <a>{a}</a> <span>{button}</span> {joint} <a>{b}</a> "
            f"<span>{button}</span></div>"
        )
        body = f"<article><h1>Bus fares to rise in March</h1>{byline}{_paras(texts)}</article>"
        assert _art(_page(ld % (a, b), body)).author == f"{a} {joint} {b}"


# --- the Latin name on the logo's picture --------------------------------------------------


def test_latin_publisher_named_by_the_logo_picture_wins_over_a_cyrillic_site_name() -> None:
    for cyr, latin in (
        ("Вечерний Пример", "Example Evening"),
        ("Новости Образца", "Sample News"),
        ("Утренний Канал", "Morning Channel"),
    ):
        head = (
            f'<meta property="og:site_name" content="{cyr}"><script type="application/ld+json">'
            f'{{"@type":"NewsArticle","publisher":{{"@type":"Organization","name":"{latin}"}}}}'
            "</script>"
        )
        body = (
            f"<header><a href='/' class='logo'><img src='/l.svg' alt='{latin}'>{cyr}</a></header>"
            f"<article><h1>Проезд в автобусах подорожает в марте</h1>{_paras(_RU)}</article>"
        )
        assert _art(_page(head, body, "Проезд подорожает")).source == latin


def test_a_logo_alt_of_another_name_leaves_the_cyrillic_site_name() -> None:
    head = (
        '<meta property="og:site_name" content="Вечерний Пример"><script type="application/'
        'ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":'
        '"Example Holding"}}</script>'
    )
    body = (
        "<header><a href='/' class='logo'><img src='/l.svg' alt='Logo'>Вечерний Пример</a>"
        f"</header><article><h1>Проезд в автобусах подорожает в марте</h1>{_paras(_RU)}</article>"
    )
    assert _art(_page(head, body, "Проезд подорожает")).source != "Example Holding"


# --- a desk label's trail ------------------------------------------------------------------


def test_a_desk_labels_arrow_trail_names_the_section() -> None:
    for label, want, texts in (
        ("Example TV News › Österreich", "Österreich", _DE),
        ("Beispiel Nachrichten » Wirtschaft", "Wirtschaft", _DE),
        ("Пример › Общество", "Общество", _RU),
    ):
        body = (
            f"<div class='section-label'>{label}</div><article><h1>Busfahren wird teurer</h1>"
            f"{_paras(texts)}</article>"
        )
        assert _art(_page("", body)).section == want


def test_a_section_classed_row_without_arrows_is_no_trail() -> None:
    body = (
        "<div class='section-meta'>Wirtschaft | 12.11.2025</div><article><h1>Busfahren wird "
        f"teurer</h1>{_paras(_DE)}</article>"
    )
    assert _art(_page("", body)).section != "12.11.2025"


# --- the paper behind its web edition's short name -----------------------------------------


def test_the_paper_behind_a_web_editions_short_name() -> None:
    assert (
        paper_of_online_edition("Post Online", "Daily Post", "Fares rise | Daily Post Online")
        == "Daily Post"
    )
    assert (
        paper_of_online_edition("Kurier Online", "Abend Kurier", "X – Abend Kurier Online")
        == "Abend Kurier"
    )
    assert (
        paper_of_online_edition("Star Online", "Morning Star", "Headline | Morning Star Online")
        == "Morning Star"
    )
    # the stated name is the outlet's own where the logo is no longer than its stem
    assert paper_of_online_edition("EX ONLINE", "EX", "Headline | EX ONLINE") == ""
    # a <title> naming the site otherwise keeps the stated name
    assert paper_of_online_edition("Post Online", "Daily Post", "Fares rise | Post Online") == ""


def test_an_online_editions_page_names_the_paper_its_logo_prints() -> None:
    head = '<meta property="og:site_name" content="Post Online">'
    body = (
        "<header><div class='logo'>Daily Post</div></header>"
        f"<article><h1>Bus fares to rise by six per cent in March</h1>{_paras(_EN)}</article>"
    )
    art = _art(_page(head, body, "Bus fares to rise by six per cent in March | Daily Post Online"))
    assert art.source == "Daily Post"


# --- a paywall box in mid-text --------------------------------------------------------------


def test_a_paywall_boxs_offer_and_buttons_are_boilerplate() -> None:
    for line in (
        "Erhalten Sie unbegrenzten Zugriff auf alle Artikel der Beispiel Zeitung.",
        "Abo abschliessen Bereits registriert oder Abonnent:in? Anmelden",
        "Get unlimited digital access to every story for one pound a week.",
        "Получите неограниченный доступ ко всем материалам сайта.",
        "Bereits registriert? Anmelden",
    ):
        assert is_boilerplate(line), line


def test_prose_on_access_and_subscriptions_stays() -> None:
    for line in (
        "Die Mieter erhalten unbegrenzten Zugang zum Garten, sagte der Vermieter.",
        "Students get free access to the library until the end of the year, the council said.",
        "Wer ein Abo abschliessen will, muss künftig mehr bezahlen, teilte der Verlag mit.",
    ):
        assert not is_boilerplate(line), line
