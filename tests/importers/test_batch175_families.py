"""Documents and institutions' pasted texts (blind batch 175): an issue line opening with
the issue's number under the masthead names no outlet, the masthead does; an investor
relations page's share-price ticker is chrome, not the text's first paragraph; a release's
kind label ('Press note', 'Corporate News') is never the section. Each family with
look-alikes that must keep their reading."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.docfront import is_release_label

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import article_of, articles_of, docx_with
from .makers import paste as _paste

# --- 1. the issue's number opens the line under the masthead ------------------------------


def test_issue_line_under_masthead_names_the_masthead() -> None:
    cases = [
        (
            "ПРИМЕРНЫЙ ВЕСТНИК · общественно-политическая газета Энской области",
            "№ 212 (30112) · 3 декабря 2025 г. · Экономика · с. 4",
            "Совет одобрил новую велодорожку",
            _RU,
            ("Primernyy Vestnik", "Экономика"),
        ),
        (
            "Beispielstadter Anzeiger · unabhängige Tageszeitung für die Region",
            "Nr. 275 · 26.11.2025 · Lokales · Seite 5",
            "Stadtrat beschließt neuen Radweg am Fluss",
            _DE,
            ("Beispielstadter Anzeiger", "Lokales"),
        ),
        (
            "THE EXAMPLE COURIER · the county's weekly newspaper since 1871",
            "No. 48 · 26 November 2025 · Transport · p. 3",
            "Council backs new river cycle lane",
            _EN,
            ("The Example Courier", "Transport"),
        ),
    ]
    for mast, issue, title, text, (source, section) in cases:
        (art,) = articles_of("clip.docx", docx_with([mast, issue, title, *text], table=False))
        assert art.title == title, art.title
        assert art.source == source, art.source
        assert art.section == section, art.section


def test_outlet_first_issue_line_keeps_its_outlet() -> None:
    # the outlet printed in the line itself: the line above (a headline-like kicker) stays out
    (art,) = articles_of(
        "clip.docx",
        docx_with(
            [
                "Beispiel Kurier · Nr. 275 · 26.11.2025 · Lokales · Seite 5",
                "Stadtrat beschließt neuen Radweg am Fluss",
                *_DE,
            ],
            table=False,
        ),
    )
    assert art.source == "Beispiel Kurier", art.source
    assert art.title == "Stadtrat beschließt neuen Radweg am Fluss"


# --- 2. a share-price ticker in an investor-relations page's header --------------------------


def test_share_price_ticker_is_chrome() -> None:
    for line in (
        "Aktienkurs XMPL 11,42 € +0,88 % (Xetra, 15 Min. verzögert)",
        "Share price: ACME 23.10 GBp -1.2% (LSE, delayed)",
        "Курс акций ABCD 154,2 ₽ −0,4 %",
        "Aktie 98,10 EUR +2,1 %",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Die Aktie stieg am Dienstag um 3 %, nachdem der Vorstand die Prognose bestätigt hatte.",
        "Aktienkurs legte 2024 um 12 % zu, sagte der Vorstandschef.",
        "Shares rose 4.5% in early trading after the results.",
    ):
        assert not is_boilerplate(line), line


def test_ticker_over_release_leaves_headline_and_dateline() -> None:
    cases = [
        (
            "Aktienkurs XMPL 11,42 € +0,88 % (Xetra, 15 Min. verzögert)",
            "Beispiel AG bestätigt Prognose nach neun Monaten",
            "Mannheim, 9. Dezember 2025 – " + _DE[0],
            "Mannheim",
            _DE[1:],
        ),
        (
            "Share price: ACME 23.10 GBp -1.2% (LSE, delayed)",
            "Acme confirms outlook after nine months",
            "LEEDS, 9 December 2025 – " + _EN[0],
            "Leeds",
            _EN[1:],
        ),
        (
            "Курс акций ABCD 154,2 ₽ −0,4 %",
            "Компания подтвердила прогноз по итогам девяти месяцев",
            "Пермь, 9 декабря 2025 г. – " + _RU[0],
            "Пермь",
            _RU[1:],
        ),
    ]
    for ticker, title, first, place, rest in cases:
        art = article_of(
            _paste("Investor Relations > News", ticker, "09.12.2025", title, first, *rest)
        )
        assert art.title == title, art.title
        assert art.dateline == place, art.dateline


# --- 3. a release's kind label is no section -------------------------------------------------


def test_release_kind_labels() -> None:
    for label in ("PRESS NOTE", "Corporate News", "Ad-hoc-Mitteilung", "Пресс-сообщение"):
        assert is_release_label(label), label
    for label in ("Corporate Finance", "Press Freedom", "Notes for Editors", "Новости"):
        assert not is_release_label(label), label


def test_press_note_label_is_no_section() -> None:
    cases = [
        ("Department of Example Affairs", "PRESS NOTE", "Minister welcomes 400 new jobs", _EN),
        ("Beispiel AG", "Corporate News", "Beispiel AG bestätigt Prognose", _DE),
        ("Министерство примера", "Пресс-сообщение", "Министерство подвело итоги года", _RU),
    ]
    for org, label, title, text in cases:
        art = article_of(_paste(org, label, "Date: 01.12.2025", title, *text))
        assert art.section == "", art.section
        assert art.title == title, art.title


# --- 4. 'Issued by:' over the body's own office over the body ------------------------------


def test_issuer_office_over_body_names_the_body() -> None:
    cases = [
        ("Issued by:", "Communications Department", "Central Bank of Exampleland", _EN),
        ("Issued by:", "Press and Public Relations Office", "Example Revenue Authority", _EN),
        ("Herausgeber:", "Abteilung Kommunikation", "Ministerium für Beispielwesen", _DE),
    ]
    for label, office, body, text in cases:
        art = article_of(
            _paste("Rate decision for December 2025", "5 December 2025", *text, label, office, body)
        )
        assert art.source == body, (art.source, body)


def test_issuer_label_with_body_itself_stays() -> None:
    art = article_of(
        _paste(
            "Rate decision for December 2025",
            "5 December 2025",
            *_EN,
            "Issued by:",
            "Example Revenue Authority",
            "Plot 12 Example Road, Example City",
        )
    )
    assert art.source == "Example Revenue Authority", art.source


# --- 5. a regional desk on a typed clipping's stamp line is no author ---------------------


def test_admin_unit_desk_on_stamp_line_is_the_section() -> None:
    cases = [
        (
            "Beispieler Wochenblatt | Mittwoch, 3. Dezember 2025 | Kanton Beispiel",
            "Jana Roth",
            _DE,
            "Kanton Beispiel",
        ),
        (
            "The Example Leader | Wednesday, 3 December 2025 | County Example",
            "Jane Roe",
            _EN,
            "County Example",
        ),
        (
            "Примерная газета | среда, 3 декабря 2025 | Район Примерный",
            "Анна Смирнова",
            _RU,
            "Район Примерный",
        ),
    ]
    for stamp, name, text, desk in cases:
        (art,) = articles_of(
            "clip.docx", docx_with([stamp, "Neuer Radweg für die Stadt", name, *text], table=False)
        )
        assert art.author == name, art.author
        assert art.section == desk, art.section


def test_name_on_stamp_line_stays_the_author() -> None:
    stamp = "Beispieler Wochenblatt | Mittwoch, 3. Dezember 2025 | Jana Roth"
    (art,) = articles_of(
        "clip.docx", docx_with([stamp, "Neuer Radweg für die Stadt", *_DE], table=False)
    )
    assert art.author == "Jana Roth", art.author
    assert art.section == "", art.section


# --- 6. an institution's initials over its full name ------------------------------------


def test_initials_over_institution_name_give_the_full_name() -> None:
    cases = [
        ("ПГУ", "Примерный государственный университет"),
        ("ЭГТУ", "Энский государственный технический университет"),
        ("МПР", "Министерство природных ресурсов"),
    ]
    for short, full in cases:
        art = article_of(
            _paste(
                short,
                full,
                "Главная › Новости › Наука",
                "08.12.2025",
                "Учёные получили грант на новый прибор",
                *_RU,
                f"© 2025 {short}",
            )
        )
        assert art.source == full, (art.source, full)


def test_initials_of_an_outlet_stay_latin() -> None:
    # a paper's name under its initials is an outlet's: named in Latin letters
    art = article_of(
        _paste(
            "ПВ",
            "Примерный вестник",
            "08.12.2025",
            "Совет одобрил новую велодорожку",
            *_RU,
            "© 2025 ПВ",
        )
    )
    assert not art.source.startswith("Примерный"), art.source


# --- 7. a page's feedback widget ----------------------------------------------------------


def test_feedback_question_ends_the_text() -> None:
    from app.importers.boilerplate import is_footer

    for line in (
        "Была ли полезна информация?",
        "Did you find this page helpful?",
        "Fanden Sie diese Seite hilfreich?",
    ):
        assert is_footer(line), line
    assert not is_footer("Была ли полезна информация о субсидиях, выясняли в министерстве.")
    for text, ask in (
        (_RU, "Была ли полезна информация?"),
        (_EN, "Did you find this page helpful?"),
    ):
        art = article_of(_paste("Council backs new lane", "08.12.2025", *text, ask, "Да Нет"))
        assert ask not in art.body
        assert text[1][:30] in art.body


# --- 8. a masthead in capitals, the footer's notice in ordinary case -----------------------


def test_shouted_masthead_takes_the_notices_case() -> None:
    from app.importers.sitename import owner_cased

    foot = ["About Us | Contact"]
    assert owner_cased("EXAMPLE GUIDE NETWORK", ["© 2025 Example Guide Network.", *foot]) == (
        "Example Guide Network"
    )
    assert owner_cased("DER BEISPIEL BOTE", ["© 2025 Der Beispiel Bote", *foot]) == (
        "Der Beispiel Bote"
    )
    assert owner_cased("THE SAMPLE TIMES", ["Copyright © The Sample Times 2025", *foot]) == (
        "The Sample Times"
    )
    # another owner, or the notice in capitals too: as printed
    assert owner_cased("EXAMPLE GUIDE NETWORK", ["© 2025 Example Media Ltd."]) == ""
    assert owner_cased("EXAMPLE NEWS", ["© 2025 EXAMPLE NEWS"]) == ""
    assert owner_cased("Example News", ["© 2025 Example news"]) == ""
