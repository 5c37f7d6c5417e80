"""Pages, releases and clip sheets (blind batch 180): a crumb whose first level is an entry of
a menu row led by the home link; a monitoring card's value with the next row's label glued
to it; a press review's or a monitoring service's rights notes; a letterhead's street and
town; the author's bio under the byline; a bar of widgets, a comment plea, a filing note, an
ad-hoc's notifying person, a contact label for one audience; a Belarusian letterhead whose
columns ran together; a state portal's banner over the body whose page it is. Each family
with look-alikes that must keep their reading."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_footer
from app.importers.docfront import _nominative_in_text

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import article_of, articles_of, docx_with
from .makers import paste as _paste

# --- 1. a crumb rooted in a menu row led by the home link ---------------------------------


def test_crumb_rooted_in_home_menu_row_names_the_section() -> None:
    cases = [
        (
            "Home  About Us  Monetary Policy  Media Centre",
            "Media Centre > Press Releases",
            "Council backs new river cycle lane",
            _EN,
            "Press Releases",
        ),
        (
            "Startseite  Aktuelles  Service  Presse und Medien",
            "Presse und Medien > Meldungen",
            "Stadtrat beschließt neuen Radweg",
            _DE,
            "Meldungen",
        ),
        (
            "Home  Our Work  Public Notices  Newsroom",
            "Our Work > Transport Projects",
            "Council backs new river cycle lane",
            _EN,
            "Transport Projects",
        ),
    ]
    for menu, crumb, title, text, want in cases:
        art = article_of(
            _paste(
                "Skip to main content",
                "EXAMPLE AUTHORITY",
                menu,
                crumb,
                "Share | Print",
                "",
                title,
                "",
                *text,
            )
        )
        assert art.section == want, (crumb, art.section)


def test_crumb_not_in_the_menu_row_is_no_section() -> None:
    # the first crumb is no entry of the menu row: no anchored trail
    art = article_of(
        _paste(
            "Skip to main content",
            "EXAMPLE AUTHORITY",
            "Home  About Us  Monetary Policy  Media Centre",
            "Archive Files > Old Notes",
            "Share | Print",
            "",
            "Council backs new river cycle lane",
            "",
            *_EN,
        )
    )
    assert art.section != "Old Notes"


# --- 2. a monitoring card's value with the next label glued to it -------------------------


def test_glued_label_after_a_card_value_is_cut_off() -> None:
    cases = [
        (
            "Заголовок:",
            "Совет одобрил новую велодорожку Индекс:",
            "312",
            "Тональность:",
            "нейтральная",
            "Совет одобрил новую велодорожку",
            _RU,
        ),
        (
            "Titel:",
            "Stadtrat beschließt neuen Radweg Reichweite:",
            "12.400",
            "Tonalität:",
            "neutral",
            "Stadtrat beschließt neuen Radweg",
            _DE,
        ),
        (
            "Headline:",
            "Council backs new river cycle lane Score:",
            "87",
            "Tone:",
            "neutral",
            "Council backs new river cycle lane",
            _EN,
        ),
    ]
    for label, glued, value, label2, value2, title, text in cases:
        art = article_of(
            _paste(
                "Source:",
                "Example Courier",
                "Date:",
                "18.12.2025 14:25",
                "Section:",
                "City",
                label,
                glued,
                value,
                label2,
                value2,
                title,
                *text,
            )
        )
        assert art.title == title, art.title
        assert art.body.startswith(text[0][:30]), art.body[:60]


def test_headline_ending_in_a_colon_word_keeps_it() -> None:
    # no bare label under the value: no table goes on, the line is the value as printed
    art = article_of(
        _paste(
            "Source:",
            "Example Courier",
            "Date:",
            "18.12.2025",
            "Section:",
            "City",
            "Headline:",
            "Council backs new river cycle lane",
            *_EN,
        )
    )
    assert art.title == "Council backs new river cycle lane"


# --- 3. rights and service notes of reviews and monitoring sheets -------------------------


def test_review_and_monitoring_notes_are_boilerplate() -> None:
    for line in (
        "Example Chamber · Mainroad 79, Almaty · info@example.kz · Die Rechte an den Artikeln "
        "liegen bei den jeweiligen Verlagen.",
        "Rights to the articles remain with the respective publishers.",
        "Права на материалы принадлежат их правообладателям.",
        "Материал предоставлен системой «Пример». Стр. 1 из 1. Для внутреннего использования.",
        "Для внутреннего использования.",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Die Rechte an dem Grundstück liegen bei der Stadt, sagte der Bürgermeister.",
        "Материал предоставлен редакции читателем, который видел аварию своими глазами.",
        "Die Firma nutzt das Lager · für den internen Gebrauch · seit 2019 · sagte er",
    ):
        assert not is_boilerplate(line), line


# --- 4. a letterhead's street and town ----------------------------------------------------


def test_street_then_town_is_an_address() -> None:
    for line in (
        "Perlebergweg 62, 10559 Berlin · Pressedienst",
        "Hauptstraße 12, 30419 Hannover",
        "Am Markt Platz 3 · 01067 Dresden",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Wir trafen uns in der Hauptstraße 12, 30419 Hannover")


# --- 5. the author's one-sentence bio under the byline ------------------------------------


def test_bio_under_byline_is_no_text() -> None:
    cases = [
        ("Jane Roe", "Jane Roe is a business reporter covering energy and mining.", _EN),
        ("John Doe", "John Doe is a senior correspondent for Example Weekly.", _EN),
        ("Anna Muster", "Anna Muster ist Redakteurin im Ressort Wirtschaft.", _DE),
    ]
    for name, bio, text in cases:
        art = article_of(
            _paste(
                "Example Times",
                "News  Sport  Business  Travel",
                "Home » News » Business",
                "Council backs new river cycle lane",
                name,
                bio,
                "14-12-2025 11:20",
                *text,
            )
        )
        assert art.body.startswith(text[0][:30]), art.body[:80]
        assert bio not in art.body


def test_sentence_about_another_person_stays() -> None:
    text = (
        "Mary Major is a reporter at heart, the mayor said of the council's new press "
        "officer, who joined in March after twenty years at regional papers."
    )
    art = article_of(
        _paste(
            "Example Times",
            "News  Sport  Business  Travel",
            "Home » News » Business",
            "Council backs new river cycle lane",
            "Jane Roe",
            "14-12-2025 11:20",
            text,
            *_EN,
        )
    )
    assert art.body.startswith("Mary Major is a reporter")


# --- 6. widgets, pleas, notes and labels under the text -----------------------------------


def test_widget_rows_pleas_and_labels_are_chrome() -> None:
    for line in (
        "Comments (14) | Follow Example Chronicle on Facebook",
        "Kommentare (3) | Artikel teilen",
        "Let us know by leaving a comment below, or send a WhatsApp to 060 000 000",
        "Lassen Sie es uns in den Kommentaren wissen.",
        "Filed under: Infrastructure / Urban transport. Headline as printed.",
        "Abgelegt unter: Verkehr / Radwege",
        "Mitteilende Person: Jane Roe, Head of Investor Relations",
        "Person making the notification: John Doe, Company Secretary",
    ):
        assert is_boilerplate(line), line
    for line in ("Kontakt für Investoren:", "Contact for media:", "Контакты для инвесторов:"):
        assert is_footer(line), line
    assert not is_boilerplate("Berlin | Politik")
    assert not is_boilerplate("Filed under the new rules, the claims took three years to settle.")
    assert not is_footer("Kontakt für Investoren ist dem Vorstand wichtig")


# --- 7. a Belarusian letterhead whose columns ran together --------------------------------


def test_interleaved_letterhead_gives_the_texts_own_spelling() -> None:
    lines = [
        "Министерство лесного хозяйства Республики Примерия продолжит работу с партнерами.",
        "Пресс-служба Министерства лесного хозяйства Республики Примерия",
        "Контактное лицо: Иванова Ольга, тел. +375 17 000-00-00",
    ]
    assert _nominative_in_text(lines) == "Министерство лесного хозяйства Республики Примерия"
    # no sign-off in the genitive: nothing to read
    assert _nominative_in_text(lines[:1] + lines[2:]) == ""


def test_release_under_interleaved_letterhead() -> None:
    lines = [
        "МІНІСТЭРСТВА ЛЯСНОЙ ГАСПАДАРКІ",
        "МИНИСТЕРСТВО ЛЕСНОГО РЭСПУБЛІКІ ПРЫМЕРЫЯ",
        "ХОЗЯЙСТВА РЕСПУБЛИКИ ПРИМЕРИЯ",
        "19.12.2025 № 03-14/2287",
        "ПРЕСС-РЕЛИЗ",
        "Совет одобрил новую велодорожку",
        *_RU,
        "Министерство лесного хозяйства Республики Примерия продолжит работу с партнерами.",
        "Пресс-служба Министерства лесного хозяйства Республики Примерия",
    ]
    art = articles_of("release.docx", docx_with(lines, table=False))[0]
    assert art.source == "Министерство лесного хозяйства Республики Примерия", art.source


# --- 8. a state portal's banner over the body whose page it is ----------------------------


def test_portal_banner_over_public_body_gives_the_body() -> None:
    cases = [
        (
            "Justizportal Beispielland",
            "Landgericht Nordstadt",
            _DE,
            "© Landgericht Nordstadt, Gerichtsweg 5, 12345 Nordstadt",
        ),
        (
            "Example Government Online",
            "Example County Council",
            _EN,
            "© Example County Council, 1 Main Street",
        ),
        (
            "Verwaltungsportal Musterland",
            "Ministerium für Verkehr Musterland",
            _DE,
            "© Ministerium für Verkehr Musterland",
        ),
    ]
    for portal, body, text, notice in cases:
        art = article_of(
            _paste(
                portal,
                body,
                "Startseite",
                "Presse",
                "Aktuelles",
                "Sie sind hier: Startseite > Presse > Meldungen",
                "Drucken",
                "",
                "Neuer Radweg am Fluss beschlossen",
                "",
                *text,
                "",
                "Impressum | Datenschutz",
                notice,
            )
        )
        assert art.source == body, (portal, art.source)


def test_outlet_logo_over_its_desk_stays() -> None:
    # a paper's logo over a line that is no public body's name: the logo names the outlet
    art = article_of(
        _paste(
            "Example Online",
            "Lokales",
            "Startseite",
            "Politik",
            "Sport",
            "Sie sind hier: Startseite > Lokales",
            "",
            "Neuer Radweg am Fluss beschlossen",
            "",
            *_DE,
            "",
            "Impressum | Datenschutz",
            "© Example Verlag GmbH",
        )
    )
    assert art.source != "Lokales"


# --- 9. a translation's label, its credit line under the headline and inline notes --------


def test_translation_credit_under_headline_names_the_outlet() -> None:
    cases = [
        (
            "Botschaft der Republik Beispielland",
            "Aus der beispielländischen Presse – Übersetzung",
            "Neuer Radweg am Fluss beschlossen",
            "Beispiel Haqiqati, 13. Dezember 2025",
            "Autor: Anvar Karimov",
            "Nordstadt – " + _DE[0],
            "Beispiel Haqiqati",
        ),
        (
            "Embassy of the Republic of Exampleland",
            "From the Exampleland press – translation",
            "Council backs new river cycle lane",
            "Example Pravda, 13 December 2025",
            "Author: Anvar Karimov",
            "Northtown – " + _EN[0],
            "Example Pravda",
        ),
        (
            "Посольство Республики Примерия",
            "Из примерийской прессы – перевод",
            "Совет одобрил новую велодорожку",
            "Примерская правда, 13 декабря 2025",
            "Автор: Анвар Каримов",
            "Нордстад – " + _RU[0],
            "Primerskaya Pravda",
        ),
    ]
    for letterhead, label, title, credit, byline, opener, outlet in cases:
        art = articles_of(
            "t.docx",
            docx_with([letterhead, label, title, credit, byline, opener, _DE[1]], table=False),
        )[0]
        assert art.title == title, art.title
        assert art.author.endswith("Karimov") or art.author.endswith("Каримов"), art.author
        assert art.source == outlet, art.source
        assert label not in art.body and credit not in art.body


def test_place_and_day_over_the_byline_is_no_outlet() -> None:
    # the text opens with the same place: a place and day, no outlet's credit
    art = articles_of(
        "t.docx",
        docx_with(
            [
                "Neuer Radweg am Fluss beschlossen",
                "Nordstadt, 13. Dezember 2025",
                "Autor: Anvar Karimov",
                "Nordstadt – " + _DE[0],
                _DE[1],
            ],
            table=False,
        ),
    )[0]
    assert art.source != "Nordstadt"


def test_inline_translator_note_goes() -> None:
    for note in (
        "[Anm. d. Übers.: Die App ist bereits teilweise verfügbar.]",
        "[Translator's note: the app is partly available already.]",
        "[Прим. пер.: приложение уже частично доступно.]",
    ):
        art = articles_of(
            "t.docx",
            docx_with(
                [
                    "Neuer Radweg am Fluss beschlossen",
                    "Übersetzung: Pressedienst der Botschaft",
                    _DE[0] + " " + note,
                    _DE[1],
                ],
                table=False,
            ),
        )[0]
        assert note not in art.body and art.body.startswith(_DE[0][:40]), art.body[:80]
    # a bracket that is no translator's note stays
    text = _DE[0] + " [Stand: Dezember]"
    art = articles_of(
        "t.docx", docx_with(["Neuer Radweg am Fluss beschlossen", text, _DE[1]], table=False)
    )[0]
    assert "[Stand: Dezember]" in art.body


# --- 10. a magazine's glued credit line and its captions by position ----------------------


def test_glued_text_and_picture_credit_names_the_writer() -> None:
    from app.importers.byline import author_of_line

    assert (
        author_of_line("Text: Jane Roe Fotos: John Doe [Foto: Werkhalle, Nordstadt]") == "Jane Roe"
    )
    assert author_of_line("Текст: Мария Иванова Фото: Пётр Сидоров") == "Мария Иванова"
    assert author_of_line("Words: Jane Roe Photography: John Doe") == "Jane Roe"
    assert author_of_line("Text: Jane Roe") == "Jane Roe"


def test_caption_by_position_is_boilerplate() -> None:
    for line in (
        "Foto oben: Ausbildungsleiter mit Azubi in der Werkhalle",
        "Photo above: The new cycle lane by the river",
        "Фото вверху: строители на объекте",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate(
        "Foto oben rechts ist schön, sagte er und lachte über den Scherz des Kollegen"
    )
