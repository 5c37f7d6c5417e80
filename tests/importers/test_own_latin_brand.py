"""A Cyrillic outlet's own Latin name printed on its page beats our transliteration
(invented pages and clippings)."""

from __future__ import annotations

from app.importers import extract
from app.importers.compose import compose
from app.importers.sitename import own_latin_brand
from tests.importers.makers import ARTICLE_HTML


def test_own_latin_brand_matches_the_transliteration() -> None:
    assert own_latin_brand("Новая газета Европа", ["Novaya Gazeta Europe"]) == (
        "Novaya Gazeta Europe"
    )
    assert own_latin_brand("Новая газета Европа", ["Meduza"]) == ""
    assert own_latin_brand("Новая газета Европа", ["Novaya Gazeta"]) == ""


def test_saved_page_footer_brand_beats_the_transliteration() -> None:
    page = (
        "<html><head><title>Такси без мигрантов</title></head><body>"
        "<header><a class='logo'>Новая газета Европа</a></header><main>"
        f"<h1>Такси без мигрантов</h1>{ARTICLE_HTML}</main>"
        "<footer>© Novaya Gazeta Europe, 2025 · Политика конфиденциальности</footer>"
        "</body></html>"
    )
    assert extract("p.html", page.encode())[0].article.source == "Novaya Gazeta Europe"


def test_paste_footer_brand_beats_the_transliteration() -> None:
    text = (
        "Новая газета Европа\nНовости\nМнения\nСюжеты\n"
        "В городе ужесточили правила найма водителей такси\n23 ноября 2025, 11:20\n"
        "Губернатор подписал постановление, которое вступает в силу с первого марта "
        "следующего года.\nАгрегаторы предупреждают о росте цен.\n"
        "© Novaya Gazeta Europe, 2025\n"
    )
    assert compose(text, ()).source == "Novaya Gazeta Europe"


def test_lower_case_host_takes_the_title_spelling_of_its_name() -> None:
    page = (
        "<html><head><title>Такси без мигрантов - 20 ноября 2025 - Фонтанка.Ру</title>"
        "<meta property='og:url' content='https://www.fontanka.ru/2025/11/20/1/'></head><body>"
        f"<main><h1>Такси без мигрантов</h1>{ARTICLE_HTML}</main></body></html>"
    )
    assert extract("p.html", page.encode())[0].article.source == "Fontanka.ru"


def test_a_notice_describing_its_owner_names_the_quoted_title() -> None:
    from app.importers.sitename import copyright_owner

    notice = "© 2025 Редакция газеты «Вечерняя Москва». Все права защищены"
    assert copyright_owner(notice) == "Вечерняя Москва"
    assert copyright_owner("© 2025 Verlag der Zeitung „Der Bote“ GmbH") == "Der Bote"
    # the owner's legal form around the description, its own quotes nested and unclosed
    assert copyright_owner("© АО «Редакция газеты «Северный вестник» · example.ru") == (
        "Северный вестник"
    )


def test_printed_latin_spelling_up_to_transliteration_variants() -> None:
    from app.importers.sitename import printed_latin_spelling

    lines = ["Подписывайтесь на Vostokmax в Telegram"]
    assert printed_latin_spelling("Востокмакс", lines) == "Vostokmax"  # ks / x
    assert printed_latin_spelling("СеверНьюс", ["© SeverNews"]) == "SeverNews"  # нью / new
    assert printed_latin_spelling("Известия Края", ["Izvestia Kraia, 2025"]) == "Izvestia Kraia"
    assert printed_latin_spelling("Новости", ["Novostroy Group"]) == ""  # another word
    assert printed_latin_spelling("РЕГИОН", ["REGION"]) == ""  # ours already, as lettering


def test_paste_printing_its_latin_name_beats_the_transliteration() -> None:
    text = (
        "Востокмакс\nНовости\nЭкономика\n"
        "Порт увеличил грузооборот на четверть\n26 ноября 2025, 11:47\n"
        "Грузооборот порта за десять месяцев вырос на четверть, сообщили в администрации "
        "порта во вторник.\nРост обеспечили контейнеры и зерно.\n"
        "Подписывайтесь на Vostokmax в Telegram\n© 2025 Востокмакс\n"
    )
    assert compose(text, ()).source == "Vostokmax"


def test_a_logo_image_names_the_cyrillic_titled_page_in_latin() -> None:
    page = (
        "<html><head><title>Порт увеличил грузооборот - СеверНьюс</title></head><body>"
        "<div class='logo'><a href='/'><img src='/logo.png' alt='SeverNews'></a></div><main>"
        f"<h1>Порт увеличил грузооборот</h1>{ARTICLE_HTML}</main>"
        "<footer>© 2025 ИА «СеверНьюс»</footer></body></html>"
    )
    assert extract("p.html", page.encode())[0].article.source == "SeverNews"
