"""Pasted news pages and portals' releases (blind batch 178): a picture's alt text and
caption printed one over the other are no headline; a live blog's 'LIVE:' headline is its
own, not a ticker of another story; writers set one a line under one 'By' are all credited;
a release's numbered file row dates it; an imprint's 'Herausgeber' over a public body names
the issuer and ends the text; a trail's crumb naming the body is no headline; a pager's
'Next:'/'Previous:' links, a reuse permission and a station's listen-again note are chrome;
a label closing a stacked menu that the page marks again under the text is the rubric; a
logo's letters stay in the name when the page never prints the name without them. Each
family with a look-alike that must keep its reading."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import article_of
from .makers import paste as _paste

# --- 1. a picture's alt text over its caption, the same words ------------------------------


def test_doubled_caption_under_stamp_is_no_headline() -> None:
    cases = [
        (
            "Beispiel Digital",
            "Stadtrat beschließt neuen Radweg am Fluss",
            "Die Stadt investiert in den Radverkehr.",
            "25.11.2025, 09:12",
            ("Radfahrer am Flussufer", "Radfahrer am Flussufer", "© Agentur/Max Muster"),
            _DE,
        ),
        (
            "Example Live",
            "Council backs new river cycle lane after two years of talks",
            "Sign in",
            "09:12, 25 Nov 2025",
            (
                "Cyclists on the river path near the old bridge",
                "Cyclists on the river path near the old bridge(Image: Example Live)",
            ),
            _EN,
        ),
        (
            "Пример.ру",
            "Совет одобрил новую велодорожку вдоль реки",
            "Новости",
            "25 ноября 2025, 09:12",
            ("Велосипедисты на набережной", "Велосипедисты на набережной", "Фото: Иван Петров"),
            _RU,
        ),
    ]
    for mast, title, between, stamp, caption, text in cases:
        art = article_of(_paste(mast, title, between, stamp, *caption, *text))
        assert art.title == title, art.title
        assert art.body.startswith(text[0][:40]), art.body[:60]


def test_headline_printed_twice_without_stamp_stays_the_title() -> None:
    # no date stamp over the pair: the page's headline set twice (tab title and h1)
    title = "Council backs new river cycle lane after two years of talks"
    art = article_of(_paste("Example Live", title, title, *_EN))
    assert art.title == title, art.title


# --- 2. a live blog's own 'LIVE:' headline --------------------------------------------------


def test_live_blog_headline_restated_by_text_is_the_title() -> None:
    cases = [
        (
            "LIVE: River cycle lane approved by regional council - latest updates",
            "Residents gathered outside the town hall before the vote",
            _EN,
        ),
        (
            "Liveblog: Stadtrat beschließt neuen Radweg entlang des Flusses",
            "Anwohner verfolgten die Sitzung im Rathaus",
            _DE,
        ),
        (
            "Онлайн: совет одобрил строительство новой велодорожки вдоль реки",
            "Жители собрались у здания совета перед голосованием",
            _RU,
        ),
    ]
    for title, deck, text in cases:
        art = article_of(_paste("Example Times", "News", title, deck, "25.11.2025 09:12", *text))
        assert art.title == title, art.title


def test_ticker_of_other_story_stays_out() -> None:
    art = article_of(
        _paste(
            "Example Times",
            "Breaking: Storm warning issued for the northern coast tonight",
            "Council backs new river cycle lane",
            "25.11.2025 09:12",
            *_EN,
        )
    )
    assert art.title == "Council backs new river cycle lane", art.title


# --- 3. writers one a line under one label ---------------------------------------------------


def test_writers_stacked_under_label_are_all_credited() -> None:
    cases = [
        (("By", "Jane Roe", "John Doe", "Senior Reporters"), "Jane Roe, John Doe", _EN),
        (
            ("Von", "Anna Muster", "Paul Beispiel", "25.11.2025, 09:12"),
            "Anna Muster, Paul Beispiel",
            _DE,
        ),
        (
            ("Автор", "Ирина Петрова", "Олег Смирнов", "Корреспонденты"),
            "Ирина Петрова, Олег Смирнов",
            _RU,
        ),
    ]
    for byline, want, text in cases:
        art = article_of(
            _paste("Example Times", "Council backs new river cycle lane", *byline, *text)
        )
        assert art.author == want, art.author


def test_lone_byline_over_kicker_keeps_one_writer() -> None:
    # the name under the label is followed by a heading, no role or stamp: one writer
    art = article_of(
        _paste(
            "Example Times",
            "Council backs new river cycle lane",
            "By",
            "Jane Roe",
            "Metro Transit",
            *_EN,
        )
    )
    assert art.author == "Jane Roe", art.author


# --- 4. a release's numbered file row ------------------------------------------------------


def test_numbered_release_row_dates_the_release() -> None:
    cases = [
        ("Nr. 114/2025 | 12.11.2025 | SM | Ministerium für Soziales", _DE, "2025-11-12"),
        ("No. 87/2025 | 12 November 2025 | DfX | Department for Examples", _EN, "2025-11-12"),
        ("№ 318 | 12.11.2025 | МП | Министерство примеров", _RU, "2025-11-12"),
    ]
    for row, text, day in cases:
        art = article_of(_paste("Landesportal", "Land fördert neue Radwege am Fluss", row, *text))
        assert art.published is not None and art.published.date().isoformat() == day, row
        assert row not in art.body


def test_bar_row_without_number_is_no_release_row() -> None:
    from app.importers.compose import _numbered_release_row

    assert _numbered_release_row("Politik | 12.11.2025 | Ministerium für Soziales") == []
    assert _numbered_release_row("Nr. 114/2025 | Ministerium für Soziales | Presse") == []


# --- 5. an imprint's heading over the issuing body ------------------------------------------


def test_imprint_heading_names_issuer_and_ends_text() -> None:
    cases = [
        ("Herausgeber", "Ministerium für Verkehr Beispielland", "Pressestelle", _DE),
        ("Publisher", "Department for Transport of Example County", "Press Office", _EN),
        ("Издатель", "Министерство транспорта Примерной области", "Пресс-служба", _RU),
    ]
    for heading, body_name, office, text in cases:
        art = article_of(
            _paste(
                "Landesportal",
                "Land fördert neue Radwege am Fluss",
                "12.11.2025",
                *text,
                heading,
                body_name,
                office,
                "Musterstraße 1",
            )
        )
        assert art.source == body_name, art.source
        assert heading not in art.body and body_name not in art.body, art.body[-80:]


def test_publisher_heading_over_company_names_no_issuer() -> None:
    from app.importers.sitename import imprint_issuer

    assert imprint_issuer(["Herausgeber", "Example Medien GmbH & Co. KG"], 0) == ""
    assert imprint_issuer(["Publisher", "Jane Roe"], 0) == ""
    assert imprint_issuer(["Herausgeber", "Abteilung Kommunikation"], 0) == ""
    assert imprint_issuer(["Herausgeber", "Ministerium für Verkehr Beispielland"], 0)


def test_trail_crumb_naming_the_body_is_no_headline() -> None:
    cases = [
        ("Startseite", "Ministerium für Verkehr Beispielland", "Aktuelles", "Pressemitteilungen"),
        ("Home", "Department for Transport of Example County", "News", "Press releases"),
    ]
    for *trail, desk in cases:
        title = "Land fördert neue Radwege am Fluss mit 18 Millionen Euro"
        art = article_of(_paste("Landesportal", *trail, desk, title, "12.11.2025", *_DE))
        assert art.title == title, art.title


# --- 6. a pager's links, a reuse permission, a listen-again note ----------------------------


def test_pager_reuse_and_listen_again_lines_are_chrome() -> None:
    for line in (
        "Next:  Water cuts hit the eastern suburbs for a third day",
        "Previous: Farm workers strike over wages",
        "You may republish this article, so long as you credit the authors and Example News.",
        "Sie dürfen diesen Artikel unter Nennung der Quelle kostenlos übernehmen.",
        "Вы можете перепечатать этот материал со ссылкой на источник.",
        "Listen back to Example Breakfast on the Example Player.",
        "Hören Sie die ganze Sendung in der Audiothek nach.",
        "Послушать выпуск полностью можно на сайте радио.",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Next: we will look at the budget.",
        "The council will listen back to residents in the new year.",
        "You may republish anything? No, said the editor, not without permission.",
        "Sie dürfen nicht vergessen, dass der Radweg erst 2027 fertig wird.",
    ):
        assert not is_boilerplate(line), line


# --- 7. the label closing a stacked menu, marked again under the text ----------------------


def test_menu_closing_label_marked_under_text_is_the_section() -> None:
    cases = [
        (("Politics", "Business", "Education", "Sport", "Opinion"), "Transport & Cities", _EN),
        (("Politik", "Wirtschaft", "Kultur", "Sport", "Meinung"), "Verkehr & Stadt", _DE),
        (("Политика", "Экономика", "Культура", "Спорт", "Мнения"), "Транспорт и город", _RU),
    ]
    for menu, label, text in cases:
        art = article_of(
            _paste(
                "Example Times",
                *menu,
                label,
                "Council backs new river cycle lane after two years",
                "25.11.2025 09:12",
                *text,
                "Filed under:",
                f"{label}  cycling  river",
            )
        )
        assert art.section == label, art.section


def test_menu_closing_label_in_labelled_tags_row_is_the_section() -> None:
    art = article_of(
        _paste(
            "Beispiel Zeitung",
            "Politik",
            "Wirtschaft",
            "Kultur",
            "Sport",
            "Meinung",
            "Verkehr & Stadt",
            "Stadtrat beschließt neuen Radweg am Fluss nach zwei Jahren",
            "25.11.2025 09:12",
            *_DE,
            "Themen: Verkehr & Stadt, Radwege, Fluss",
        )
    )
    assert art.section == "Verkehr & Stadt", art.section


def test_menu_closing_label_not_marked_again_is_no_rubric() -> None:
    from app.importers.sections import menu_closing_rubric

    lines = [
        "Example Times",
        "Politics",
        "Business",
        "Education",
        "Sport",
        "Opinion",
        "Transport & Cities",
        "Council backs new river cycle lane after two years",
        *_EN,
    ]
    assert menu_closing_rubric(lines, 7) == ""


# --- 8. a logo's letters the page always prints with the name ----------------------------


def test_letters_kept_when_page_never_prints_bare_name() -> None:
    from app.importers.sitename import plain_source

    always = ["ABC – Alpha Beta Courier", "Headline", "ABC – Alpha Beta Courier | Example GmbH"]
    assert plain_source("ABC – Alpha Beta Courier", always) == "ABC – Alpha Beta Courier"
    bare = ["ABC – Alpha Beta Courier", "Headline", "© 2025 Alpha Beta Courier GmbH"]
    assert plain_source("ABC – Alpha Beta Courier", bare) == "Alpha Beta Courier"
    assert plain_source("ABC – Alpha Beta Courier") == "Alpha Beta Courier"
