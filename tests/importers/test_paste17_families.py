"""Pasted news pages (a new user's Ctrl+V tryout): a menu of desks in one row with bars is
never the headline; a picture's "Image source, …" / "Image caption, …" lines are caption
chrome and a names line over "Outlet, Place" is the byline with its place; the last entry
of a menu pasted one entry a line down to the headline is no section unless the page names
it again; a paragraph ending in a wire's picture credit ("AGENCY/Name/File Photo") is a
caption; a footer's rights line naming whose permission a copy needs names the outlet.
Each family with look-alikes that must keep their reading."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.sitename import permission_owner

from .makers import article_of

_EN = (
    "The regional council approved a new cycle lane along the river on Tuesday, after two "
    "years of consultation with residents, shop owners and the local transport authority.",
    "Work on the two-kilometre route is due to start in the spring and should take about "
    "eight months, the council said, with the road open to buses during the building works.",
    "Residents welcomed the decision but asked the council to plant more trees along the "
    "route and to keep the existing parking spaces in front of the shops on the main street.",
)
_DE = (
    "Der Stadtrat hat am Dienstag einen neuen Radweg entlang des Flusses beschlossen, nach zwei "
    "Jahren der Beratung mit Anwohnern, Geschäftsleuten und dem örtlichen Verkehrsverbund.",
    "Die Arbeiten an der zwei Kilometer langen Strecke sollen im Frühjahr beginnen und rund acht "
    "Monate dauern, teilte die Stadt mit; die Straße bleibt für Busse während der Bauzeit offen.",
    "Anwohner begrüßten die Entscheidung, baten die Stadt aber, mehr Bäume entlang der Strecke "
    "zu pflanzen und die Parkplätze vor den Geschäften an der Hauptstraße zu erhalten.",
)
_RU = (
    "Городской совет во вторник одобрил строительство новой велодорожки вдоль реки после двух "
    "лет обсуждений с жителями, владельцами магазинов и местным транспортным управлением.",
    "Работы на двухкилометровом участке начнутся весной и займут около восьми месяцев, "
    "сообщили в совете; во время строительства дорога останется открытой для автобусов.",
    "Жители приветствовали решение, но попросили совет высадить вдоль маршрута больше деревьев "
    "и сохранить парковочные места перед магазинами на главной улице города.",
)


def _paste(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- 1. a menu of desks in one row with bars -----------------------------------------------


def test_bar_menu_over_byline_and_stamp_is_no_headline() -> None:
    cases = [
        (
            ("Пример Информ", "Главная | Политика | Экономика | Регионы", "Меню"),
            ("25 Ноября 2025 14:05", "Анна Смирнова", "Совет одобрил новую велодорожку"),
            "ГОРОД. ПРИМЕР ИНФОРМ – " + _RU[0],
            "Фото: пресс-служба совета",
            _RU[1:],
        ),
        (
            ("Example Herald", "Home | Politics | Business | Regions", "Menu"),
            ("25 November 2025 14:05", "Jane Roe", "Council backs new river cycle lane"),
            _EN[0],
            "Photo: council press office",
            _EN[1:],
        ),
        (
            ("Beispiel Kurier", "Startseite | Politik | Wirtschaft | Regionen", "Menü"),
            ("25.11.2025 14:05", "Jana Roth", "Stadtrat beschließt neuen Radweg am Fluss"),
            _DE[0],
            "Foto: Pressestelle der Stadt",
            _DE[1:],
        ),
    ]
    for top, head, first, credit, rest in cases:
        art = article_of(_paste(*top, *head, first, credit, *rest))
        assert art.title == head[-1], art.title
        assert "|" not in art.body


def test_headline_with_a_bar_and_a_clause_stays_the_title() -> None:
    # a headline sets a clause on a side of its bar; a row of desks does not
    art = article_of(
        _paste(
            "Example Herald",
            "Home | Politics | Business | Regions",
            "Budget 2026 | What the new cycle lane will cost you",
            "25 November 2025",
            *_EN,
        )
    )
    assert art.title == "Budget 2026 | What the new cycle lane will cost you"


# --- 2. caption chrome and a name over "Outlet, Place" ---------------------------------------


def test_comma_labelled_caption_lines_are_chrome() -> None:
    for line in (
        "Image source, Example Images",
        "Image caption, Cyclists ride along the river on a sunny morning",
        "Media caption, Watch: the new lane explained",
        "Подпись к фото, Велосипедисты на набережной",
        "Bildunterschrift, Radfahrer am Flussufer",
    ):
        assert is_caption(line), line
        assert is_boilerplate(line), line
    # a sentence that opens with the words but is no label stays text
    for line in (
        "Image quality, the council said, had improved since the cameras were replaced.",
        "Photo sources said the minister would resign.",
    ):
        assert not is_caption(line), line


def test_name_over_outlet_and_place_is_the_byline_with_its_place() -> None:
    cases = [
        (
            ("Example News", "Home", "Politics", "Europe"),
            "Council backs new river cycle lane",
            "28 November 2025",
            ("Share", "Save"),
            "Jane Roe",
            "Example News, Leipzig",
            ("Image source, Example Images", "Image caption, Cyclists on the river path"),
            _EN,
            "Leipzig",
        ),
        (
            ("Beispiel Zeitung", "Startseite", "Politik", "Regionen"),
            "Stadtrat beschließt neuen Radweg am Fluss",
            "28.11.2025",
            ("Teilen",),
            "Jana Roth",
            "Beispiel Zeitung, Leipzig",
            ("Bildquelle, Beispiel Bild", "Bildunterschrift, Radfahrer am Fluss"),
            _DE,
            "Leipzig",
        ),
    ]
    for top, title, day, share, name, outlet_place, captions, paras, place in cases:
        art = article_of(_paste(*top, title, day, *share, name, outlet_place, *captions, *paras))
        assert art.title == title, art.title
        assert art.author == name, art.author
        assert art.dateline == place, art.dateline
        assert art.body.startswith(paras[0][:30]), art.body[:80]
        assert "caption" not in art.body.lower() and "Bild" not in art.body[:20]


def test_role_and_outlet_under_a_name_stays_a_role() -> None:
    # "Jane Roe" over "Transport reporter, Example News": the role line, no place
    art = article_of(
        _paste(
            "Example News",
            "Council backs new river cycle lane",
            "28 November 2025",
            "Jane Roe",
            "Transport reporter, Example News",
            *_EN,
        )
    )
    assert art.author == "Jane Roe"
    assert art.dateline == ""


# --- 3. a menu's last entry over the headline --------------------------------------------


def test_last_entry_of_a_desk_menu_is_no_section() -> None:
    cases = [
        ("Пример Новости", "Все новости", "Политика", "В мире", "Экономика", "Общество"),
        ("Example News", "All news", "Politics", "World", "Business", "Society"),
        ("Beispiel Nachrichten", "Alle News", "Politik", "Ausland", "Wirtschaft", "Kultur"),
    ]
    for menu, paras, title, stamp in zip(
        cases,
        (_RU, _EN, _DE),
        (
            "Совет одобрил новую велодорожку",
            "Council backs new cycle lane",
            "Stadtrat beschließt Radweg",
        ),
        ("15:32 28.11.2025", "15:32 28.11.2025", "28.11.2025, 15:32 Uhr"),
        strict=True,
    ):
        art = article_of(_paste(*menu, title, stamp, *paras))
        assert art.title == title, art.title
        assert art.section == "", (menu[-1], art.section)


def test_desk_menu_entry_the_page_names_again_is_the_section() -> None:
    # the menu's entry repeated as the label by the stamp: the page marks its desk
    art = article_of(
        _paste(
            "Example News",
            "All news",
            "Politics",
            "World",
            "Business",
            "Society",
            "Council backs new cycle lane",
            "Society · 28.11.2025 15:32",
            *_EN,
        )
    )
    assert art.section == "Society"
    # a label over the stamp under the menu keeps its reading too
    art = article_of(
        _paste(
            "Startseite",
            "Politik",
            "Wirtschaft",
            "Kultur",
            "Sport",
            "Mittwoch, 26. November 2025",
            "Wirtschaft",
            "Stadtrat beschließt neuen Radweg am Fluss",
            *_DE,
        )
    )
    assert art.section == "Wirtschaft"
    # a rubric after the site's chrome that ends the menu ("eNewspaper") is the page's own
    art = article_of(
        _paste(
            "Example Register",
            "News",
            "Sports",
            "Opinion",
            "Business",
            "eNewspaper",
            "Transport",
            "Council backs new river cycle lane",
            "Jane Roe",
            "Published 5:01 a.m. CT Nov. 20, 2025",
            *_EN,
        )
    )
    assert art.section == "Transport"
    # the menu's last entry printed again under it: the page's rubric
    art = article_of(
        _paste(
            "Пример Новости",
            "Политика",
            "Экономика",
            "Общество",
            "Недвижимость",
            "Недвижимость",
            "Совет одобрил новую велодорожку",
            "25 ноября 2025 в 8:00",
            *_RU,
        )
    )
    assert art.section == "Недвижимость"


# --- 4. a paragraph ending in a wire's picture credit -----------------------------------------


def test_paragraph_ending_in_a_wire_picture_credit_is_a_caption() -> None:
    caption = (
        "Cyclists ride along the river in Leipzig, Germany, August 20, 2025. "
        "EXAMPLE/Jane Roe/File Photo"
    )
    assert is_caption(caption)
    assert is_caption("A tram passes the town hall, November 3, 2025. WIRE/John Doe")
    art = article_of(
        _paste(
            "Example Wire",
            "Council backs new river cycle lane",
            "By Jane Roe",
            "November 25, 2025 3:12 PM GMT+1",
            "LEIPZIG, Nov 25 (Example Wire) - " + _EN[0],
            caption,
            *_EN[1:],
        )
    )
    assert "File Photo" not in art.body
    assert _EN[1][:40] in art.body


def test_wire_credit_inside_a_sentence_stays_text() -> None:
    for line in (
        "An EXAMPLE/Ipsos poll published on Tuesday put support for the lane at 40 per cent.",
        "Support rose to 40 per cent, according to an EXAMPLE/Ipsos poll.",
        "The works start in March. Cyclists/Pedestrians",
    ):
        assert not is_caption(line), line


# --- 5. the footer's rights line naming the group -----------------------------------------


def test_rights_line_naming_whose_permission_copies_need_names_the_outlet() -> None:
    assert (
        permission_owner(
            "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der BEISPIEL-Gruppe"
        )
        == "BEISPIEL"
    )
    assert (
        permission_owner(
            "All rights reserved. Reproduction only with the written permission of "
            "Example Media Group."
        )
        == "Example Media"
    )
    art = article_of(
        _paste(
            "Zur Hauptseite",
            "Menü",
            "Politik",
            "Stadtrat beschließt neuen Radweg am Fluss",
            "28.11.2025, 13.05 Uhr",
            *_DE,
            "Feedback",
            "Artikel teilen",
            "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der BEISPIEL-Gruppe",
        )
    )
    assert art.source.lower() == "beispiel", art.source


def test_permission_in_the_text_names_no_outlet() -> None:
    # a sentence of the text about another permission, no copying: no outlet
    assert (
        permission_owner("Building may start only with the written permission of the Ministry.")
        == ""
    )
    assert permission_owner("Der Bau darf nur mit Genehmigung der Stadtverwaltung beginnen.") == ""
