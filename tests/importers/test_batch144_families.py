"""Blind batch 144: closing and footer lines that are chrome (a translation's end mark, a
blog engine's spelled-out share bar, a channel plea with its call last, a three-link legal
row, a row of contacts only, a clip sheet's footer fields); a breadcrumb trail set with
middle dots and led by the site's name is no headline, its deepest crumb the section; the
site menu led by "Home" names no section; an authority's "official notice" label is the
document's kind, no desk, and marks its letterhead as the issuer."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate
from app.importers.docfront import is_release_label
from app.importers.sections import is_dot_trail, section_of_line
from tests.importers.makers import article_of

# --- closing and footer lines --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ende der Übersetzung.",
        "(End of translation)",
        "Конец перевода",
        "Share this: Click to share on Facebook Click to share on X Click to email a link",
        "Click to email a link to a friend",
        "Stay updated with the latest news by joining our WhatsApp Channel",
        "Get breaking stories by following our Telegram channel",
        "Example Online · Privacy Policy · Contact Us",
        "Beispiel Zeitung · Impressum · Datenschutz",
        "Tel.: +7 (3452) 55-64-18 · press@city.example.kz · www.city.example.kz",
        "Telefon +49 30 1234 567 · presse@verband.example",
        "Ausschnitt Seite: 1/2 · Nutzungsrechte: Verlag · Bericht-Nr. 12.345.678",
        "Page: 1/1 · Usage rights: Publisher · Report no. 4471-902",
    ],
)
def test_closing_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Übersetzung des Vertrags ist bis Ende der Woche fertig, sagte die Sprecherin.",
        "Example Online · Politics · Business",  # a menu row, no legal link
        "Seite 3 des Berichts nennt die Kosten: 42 Millionen Franken für den Neubau.",
        "Click here to read the full report on the council's website, officials said.",
    ],
)
def test_look_alikes_stay(line: str) -> None:
    assert not is_boilerplate(line)


# --- a middle-dot trail over the headline -------------------------------------------------


def test_dot_trail_shapes() -> None:
    assert is_dot_trail("Example Radar · Узбекистан · Аналитика")
    assert is_dot_trail("Nordblick • Welt • Analyse")
    assert not is_dot_trail("Minister quits · party in turmoil after vote")  # a headline
    assert not is_dot_trail("26.11.2025 · 11:15 · Politik")  # a stamp row
    assert section_of_line("Beispiel Post · Europa · Hintergrund") == "Hintergrund"


_RU = (
    "Ташкент, 20 ноября. Стороны согласовали график поставок электроэнергии на зимний "
    "период, соответствующий протокол подписан по итогам заседания рабочей группы.\n"
    "Следующее заседание рабочей группы запланировано на февраль следующего года в "
    "столице соседней страны, сообщили в министерстве энергетики.\n"
)
_DE = (
    "Berlin, 20. November. Die Länder haben sich auf einen neuen Zeitplan für den Ausbau "
    "der Stromnetze geeinigt, wie das Wirtschaftsministerium am Donnerstag mitteilte.\n"
    "Die nächste Runde der Gespräche ist für Februar geplant, dann sollen auch die Kosten "
    "für die einzelnen Abschnitte auf dem Tisch liegen, hieß es weiter.\n"
)
_EN = (
    "The two governments agreed a new schedule for water releases from the reservoir on "
    "Thursday, officials said, ending months of talks over the winter allocation.\n"
    "The next meeting of the working group is planned for February, when the costs of "
    "the new pumping stations are due to be discussed, the ministry said.\n"
)


@pytest.mark.parametrize(
    ("trail", "head", "text", "desk"),
    [
        ("Example Radar · Узбекистан · Аналитика", "Стороны договорились о графике поставок"
         " электроэнергии на зиму", _RU, "Аналитика"),
        ("Nordblick · Deutschland · Hintergrund", "Länder einigen sich auf Zeitplan für den "
         "Netzausbau", _DE, "Hintergrund"),
        ("Sample Wire · Asia · Analysis", "Neighbours agree winter schedule for reservoir "
         "releases", _EN, "Analysis"),
    ],
)  # fmt: skip
def test_dot_trail_is_no_headline(trail: str, head: str, text: str, desk: str) -> None:
    art = article_of(f"{trail}\n{head}\n20.11.2025 11:15\n{text}")
    assert art.title == head
    assert art.section == desk


# --- the site menu led by its home link -----------------------------------------------------


def test_home_menu_names_no_section() -> None:
    assert section_of_line("Home  News  Politics  Business  Sports  Opinion") == ""
    assert section_of_line("Startseite  Politik  Wirtschaft  Sport  Kultur") == ""
    assert section_of_line("Home Politics") == "Politics"  # a two-word trail stays


# --- an authority's official notice ------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["ОФИЦИАЛЬНОЕ СООБЩЕНИЕ", "Amtliche Mitteilung", "Official announcement"],
)
def test_official_notice_is_a_kind(label: str) -> None:
    assert is_release_label(label)
    assert not is_release_label("Official figures")


def test_official_notice_under_letterhead() -> None:
    art = article_of(
        "МЭРИЯ ГОРОДА ПРИМЕРСК\n"
        "Пресс-служба мэрии · 123456, г. Примерск, ул. Ленина, 1\n"
        "ОФИЦИАЛЬНОЕ СООБЩЕНИЕ\n"
        "26.11.2025\n"
        "О ремонте теплосети в Центральном районе города\n"
        "Мэрия города Примерск информирует, что 25 ноября на теплосети по улице Мира "
        "произошло повреждение трубопровода, теплоснабжение домов временно ограничено.\n"
        "Аварийные бригады восстановили подачу тепла утром 26 ноября, все объекты "
        "подключены, сообщили в пресс-службе мэрии.\n"
    )
    assert art.section == ""
    assert art.title == "О ремонте теплосети в Центральном районе города"
