"""Two families from a new user's tryout (pasted pages, de/en/ru):

- a teaser inside the text ("Lesen Sie auch: <headline>", "Read more:" over its headline)
  is removed and the text after it kept, however short, when it is a sentence: also over
  the page's photo credit and footer, where it passed for a caption or the text's end;
  a block of teased headlines under the marker (no stops, or several short lines) stays out;
- a site menu pasted one entry a line under its home link ("Startseite" / "Politik" /
  "Sport" / "Suche"), or in one row with bars ("Home | World | Business | Login"), names
  no section; a desk label standing apart over the date still does.
"""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.sections import bar_menu_entries, in_stacked_menu
from app.model import Extracted

_DE = (
    "Beispielstadt Kurier\nMittwoch, 12. März 2025\n\nStadtrat beschließt neue Buslinie "
    "zum Hafen\n\nBEISPIELSTADT – Der Stadtrat hat am Dienstagabend eine neue Buslinie zum "
    "Hafen beschlossen. Die Linie soll ab Juni alle zwanzig Minuten fahren und das "
    "Gewerbegebiet anbinden.\nDie Kosten von rund 800.000 Euro trägt zur Hälfte das Land. "
    "Die Opposition stimmte dagegen und kritisierte die Planung als überhastet.\n"
)
_DE_FOOT = (
    "© 2025 Beispielstadt Kurier. Alle Rechte vorbehalten.\nImpressum | Datenschutz | Kontakt\n"
)
_EN = (
    "Example Herald\nMarch 12, 2025\n\nCouncil approves new harbour bus route\n\n"
    "EXAMPLETON - The city council on Tuesday approved a new bus route to the harbour. Buses "
    "will run every twenty minutes from June and link the business park to the centre.\n"
    "Half of the cost of about 800,000 euros will be paid by the regional government. The "
    "opposition voted against the plan and called it rushed.\n"
)
_EN_FOOT = "© 2025 Example Herald. All rights reserved.\n"
_RU = (
    "Пример Новости\n12 марта 2025\n\nГорсовет утвердил новый автобусный маршрут к порту\n\n"
    "ПРИМЕРСК, 12 марта. Городской совет во вторник утвердил новый автобусный маршрут к "
    "порту. Автобусы будут ходить каждые двадцать минут начиная с июня и свяжут промзону "
    "с центром.\nПоловину расходов в размере около 800 тысяч рублей возьмет на себя "
    "область. Оппозиция голосовала против и назвала план поспешным.\n"
)
_RU_FOOT = "© 2025 Пример Новости. Все права защищены.\n"


def _article(text: str):
    items = extract("paste.txt", text.encode("utf-8"))
    assert len(items) == 1 and isinstance(items[0], Extracted), items
    return items[0].article


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            _DE + "Lesen Sie auch: Hafenfest lockt tausende Besucher an\n"
            "Die Fahrpläne werden im Mai veröffentlicht.\nFoto: Max Mustermann\n" + _DE_FOOT,
            "Die Fahrpläne werden im Mai veröffentlicht.",
            "Hafenfest",
        ),
        (  # a short sentence, no credit under it: the footer follows
            _DE + "Lesen Sie auch: Hafenfest lockt tausende Besucher an\n"
            "Die Gespräche gehen weiter.\n" + _DE_FOOT,
            "Die Gespräche gehen weiter.",
            "Hafenfest",
        ),
        (  # the marker over its one headline
            _EN + "Read more:\nHarbour festival draws thousands of visitors\n"
            "Timetables will be published in May.\nPhoto: Jane Roe\n" + _EN_FOOT,
            "Timetables will be published in May.",
            "Harbour festival",
        ),
        (
            _RU + "Читайте также: Фестиваль в порту собрал тысячи гостей\n"
            "Расписание опубликуют в мае.\nФото: Иван Петров\n" + _RU_FOOT,
            "Расписание опубликуют в мае.",
            "Фестиваль в порту",
        ),
    ],
)
def test_short_text_after_a_teaser_is_kept(text: str, kept: str, gone: str) -> None:
    art = _article(text)
    assert art.body.split("\n\n")[-1] == kept
    assert gone not in art.body
    assert "Foto" not in art.body and "Photo" not in art.body and "©" not in art.body


@pytest.mark.parametrize(
    "text",
    [
        # the marker over several teased headlines, some closed by a stop
        _DE + "Lesen Sie auch:\nHafenfest lockt tausende Besucher an\nNeue Fähre nach "
        "Beispielinsel.\nRadweg am Kanal wird gesperrt.\nFoto: Max Mustermann\n" + _DE_FOOT,
        # a headline in title case under the teaser, no stop
        _EN + "Read more: Harbour festival draws thousands of visitors\n"
        "Ferry Service To Example Island Returns\nPhoto: Jane Roe\n" + _EN_FOOT,
        # the teaser closes the text: only the credit and the footer follow
        _RU + "Читайте также: Фестиваль в порту собрал тысячи гостей\n"
        "Фото: Иван Петров\n" + _RU_FOOT,
    ],
)
def test_teaser_block_with_headlines_only_stays_out(text: str) -> None:
    body = _article(text).body
    assert body.split("\n\n")[-1].endswith(("überhastet.", "rushed.", "поспешным."))
    for word in ("Fähre", "Radweg", "Ferry", "Фестиваль", "Hafenfest", "Harbour festival"):
        assert word not in body


_TITLE_DE = "Minister eröffnet neues Ausbildungszentrum"
_TEXT_DE = (
    "BEISPIELSTADT – Der Minister hat am Montag ein neues Ausbildungszentrum für "
    "Pflegekräfte eröffnet. Dort sollen jedes Jahr rund 300 junge Menschen lernen.\n"
    "Das Land investierte dafür nach eigenen Angaben rund zwölf Millionen Euro.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Startseite\nLokales\nKultur\nSport\nWetter\nMontag, 10. März 2025\n",
        "Home\nNews\nBusiness\nSport\nMonday, March 10, 2025\n",
        "Главная\nНовости\nОбщество\nСпорт\n10 марта 2025, 09:30\n",
        "Home | Politics | Business | Subscribe\n",
        "Startseite | Politik | Wirtschaft | Sport\n",
    ],
)
def test_menu_under_the_home_link_names_no_section(head: str) -> None:
    assert _article(head + "\n" + _TITLE_DE + "\n\n" + _TEXT_DE).section == ""


@pytest.mark.parametrize(
    ("head", "section"),
    [
        # a desk label apart over the date, under the all-news page
        ("Projektseite\nAlle Nachrichten\nWirtschaft\n10. März 2025, 09:30\n", "Wirtschaft"),
        # the menu, then its entry repeated over the headline: the page's own desk
        (
            "Startseite\nPolitik\nWirtschaft\nSport\nMontag, 10. März 2025\nWirtschaft\n",
            "Wirtschaft",
        ),
        # a trail one crumb a line under home, down to its kicker over the headline
        ("Startseite\nRegion\nBeispieldorf\nAusbildung\n", "Beispieldorf"),
        ("Главная\nЭкономика\nЭнергетика\nТарифы\n", "Энергетика"),
        # three labels under home over the date row (its figures make no fourth entry)
        ("Главная\nНовости\nЭкономика\n10 марта 2025, 09:30\n", "Экономика"),
        # a trail set with bars, three crumbs: no menu
        ("Home | News | Business\n", "Business"),
    ],
)
def test_desk_label_apart_still_names_the_section(head: str, section: str) -> None:
    assert _article(head + "\n" + _TITLE_DE + "\n\n" + _TEXT_DE).section == section


def test_home_menu_detectors() -> None:
    day = "Montag, 10. März 2025"
    lines = ["Startseite", "Politik", "Wirtschaft", "Sport", "Suche", day, _TITLE_DE]
    assert in_stacked_menu(lines, 3, 6, rooted=True)
    # three lines under home are a trail, not the menu
    trail = ["Startseite", "Wirtschaft", "Energie", day, _TITLE_DE]
    assert not in_stacked_menu(trail, 2, 4, rooted=True)
    # four lines under home down to the headline: a trail to its kicker
    kicked = ["Startseite", "Region", "Beispieldorf", "Ausbildung", _TITLE_DE]
    assert not in_stacked_menu(kicked, 2, 4, rooted=True)
    # a run not opened by the home link is left to the other rules
    other = ["Projekte", "Politik", "Wirtschaft", "Sport", _TITLE_DE]
    assert not in_stacked_menu(other, 3, 4, rooted=True)
    row = "Home | World | Business | Login"
    assert bar_menu_entries(row) == ["Home", "World", "Business", "Login"]
    assert bar_menu_entries("Home | News | Business") == []
    assert bar_menu_entries("World | Business | Markets | Login") == []
