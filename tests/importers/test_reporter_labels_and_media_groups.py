"""Pasted local-news pages: a "Reporter: Name" label and an e-mail line under the headline, a
media group's copyright under the paper's logo, a logo that is the notice's domain without
its ending, a caption closed by a bare photo credit, a regional paper's agency copy closed
by "(dpa)", a slash trail whose crumb the menu lists, and a deck with no full stop."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.byline import author_of_line, stamp_byline


def _art(text: str):
    return extract("clip.txt", text.encode())[0].article


def test_labelled_reporter_is_the_byline_and_the_mail_line_chrome() -> None:
    assert author_of_line("Reporter: Jane Roe") == "Jane Roe"
    assert author_of_line("Editor: Jane Roe") == ""  # an editor only credits the text
    assert is_boilerplate("jane.roe@example-leader.ie")
    assert not is_boilerplate("Write to jane.roe@example-leader.ie with your views")


_LOCAL = "\n".join(
    [
        "Example Leader",
        "News",
        "Sport",
        "Business",
        "Property",
        "Saturday 29 November 2025",
        "Home > News > Local News",
        "New playground to open in Example Park before Christmas",
        "Reporter: Jane Roe",
        "26 Nov 2025 4:15 PM",
        "Email:",
        "jane.roe@exampleleader.ie",
        (
            "A NEW playground in Example Park is expected to open before Christmas, "
            "councillors at the monthly meeting of the municipal district have been told this "
            "week."
        ),
        (
            "The €400,000 project includes a wheelchair-accessible swing and a sensory "
            "garden, and was funded under the town's renewal scheme, the meeting heard."
        ),
        "Share this article",
        "Sign up to the Example Leader newsletter",
        "© 2025 Northway Media. All rights reserved.",
        "",
    ]
)


def test_local_paper_header_with_reporter_label_and_group_notice() -> None:
    art = _art(_LOCAL)
    assert art.title == "New playground to open in Example Park before Christmas"
    assert art.author == "Jane Roe"
    assert art.section == "Local News"
    # "© Northway Media" names the group that owns several papers: the logo is this one
    assert art.source == "Example Leader"
    assert art.body.startswith("A NEW playground")


_DOMAIN_LOGO = "\n".join(
    [
        "Examplenews",
        "Новости   Политика   Экономика   Общество   Спорт",
        "Главная / Экономика",
        "ЭКОНОМИКА",
        "Цены на уголь для населения останутся прежними до весны",
        "20 ноября 2025 10:15",
        "Автор: Анна Иванова",
        "Склад угля на окраине города. Фото Examplenews",
        (
            "Цены на уголь для населения останутся неизменными как минимум до конца "
            "отопительного сезона, сообщили в министерстве экономики после заседания "
            "правительства."
        ),
        (
            "Запасов топлива на складах хватит до марта, добавили в ведомстве, отвечая на "
            "вопросы журналистов."
        ),
        "© Examplenews.kg 2010-2025. Все права защищены.",
        "",
    ]
)


def test_caption_with_bare_credit_and_logo_without_domain_ending() -> None:
    assert is_caption("Склад угля на окраине города. Фото Examplenews")
    assert not is_caption("Он вернулся домой. Фото и видео он не показал никому из нас.")
    art = _art(_DOMAIN_LOGO)
    assert art.title == "Цены на уголь для населения останутся прежними до весны"
    assert art.source == "Examplenews"  # the logo, not the notice's "Examplenews.kg"


_CARRIED = "\n".join(
    [
        "Example Kurier",
        "Stadt  Land  Politik  Sport  Wirtschaft",
        "Suche   Anmelden   ePaper",
        "Brandenburg",
        "Schulbau",
        "Land will neue Schulen schneller genehmigen",
        "24.11.2025, 15:10",
        (
            "In Brandenburg sollen neue Schulgebäude künftig schneller genehmigt werden, wie "
            "das Bildungsministerium in Potsdam am Montag mitteilte. Die Verfahren sollen um "
            "ein halbes Jahr kürzer werden."
        ),
        (
            "Die Kommunen begrüßten die Pläne grundsätzlich, forderten aber mehr Geld für die "
            "Planung. (dpa)"
        ),
        "Artikel teilen",
        "© Example Kurier 2025 - Example Medien GmbH & Co. KG",
        "",
    ]
)


def test_agency_credit_closing_the_text_makes_it_agency_copy() -> None:
    assert _art(_CARRIED).source == "dpa"
    # a bracketed name that is no agency leaves the paper as the source
    assert _art(_CARRIED.replace("(dpa)", "(GEW)")).source != "GEW"


_SLASH_TRAIL = "\n".join(
    [
        "Example.ru Город",
        "Все новости",
        "Происшествия",
        "Общество",
        "ЖКХ",
        "Спорт",
        "Вс, 30 ноября",
        "Новости города / ЖКХ",
        "Котельная на севере города снова работает в обычном режиме",
        "27.11.2025 в 18:20",
        (
            "Город. Энергетики завершили ремонт котельной на севере города, где в ночь на "
            "среду произошла авария, сообщили в пресс-службе теплоснабжающей компании."
        ),
        "Жители нескольких домов провели без отопления около шести часов.",
        "© 2001–2025 Example.ru",
        "",
    ]
)


def test_slash_trail_crumb_the_menu_lists_is_the_section() -> None:
    assert _art(_SLASH_TRAIL).section == "ЖКХ"  # not "Спорт", the menu's last entry


_DECK = "\n".join(
    [
        "Example.ru",
        "Новости",
        "Погода",
        "Суббота, 29 ноября",
        "Новости / Город",
        "Город | 26 ноября 2025, 14:05 | 1 020",
        "В городе купят 20 новых автобусов до конца года",
        "Новые машины выйдут на линии пригородных маршрутов",
        (
            "Город закупит 20 новых автобусов до конца года. Контракт на поставку мэрия "
            "заключила с заводом, сообщили в пресс-службе администрации. Общая стоимость "
            "машин составит около 300 млн рублей."
        ),
        "Первые машины должны прибыть весной.",
        "© 2000–2025 Example.ru",
        "",
    ]
)


def test_deck_without_full_stop_under_headline_is_the_lead() -> None:
    art = _art(_DECK)
    assert art.lead == "Новые машины выйдут на линии пригородных маршрутов"
    assert art.body.startswith("Город закупит 20 новых автобусов")


def test_byline_label_run_on_after_the_stamp() -> None:
    assert stamp_byline("24 ноября 2025, 12:07 Автор: Иван Петров") == "Иван Петров"
    assert stamp_byline("26.11.2025, 11:45 Uhr Von Anna Keller") == "Anna Keller"
    assert stamp_byline("24 ноября 2025, 12:07") == ""
