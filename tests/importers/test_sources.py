"""Sources named the way an analyst files them: a site name maps to its profile's name,
sister agencies stay apart (dpa / dpa-AFX, Interfax / Interfax-Ukraine)."""

from __future__ import annotations

from app.importers import extract
from app.importers.sitename import copyright_owner, latin_name
from app.model import Extracted

_PAGE = """<html lang="ru"><head><meta property="og:site_name" content="Коммерсантъ">
<meta property="og:title" content="Порт нарастил перевалку угля"></head><body><article>
<h1>Порт нарастил перевалку угля</h1>
<p>Порт в феврале увеличил перевалку угля на 12% год к году, до 2,3 млн тонн, следует из
данных ассоциации морских торговых портов, опубликованных в среду вечером.</p>
<p>Рост связан с перераспределением экспортных потоков с южных портов на Балтику.</p>
</article></body></html>"""


def _article(name: str, text: str):
    items = extract(name, text.encode("utf-8"))
    assert isinstance(items[0], Extracted)
    return items[0].article


def test_site_name_maps_to_profile_name() -> None:
    assert _article("page.html", _PAGE).source == "Kommersant"


def test_sister_agencies_stay_apart() -> None:
    body = "Der Dax hat am Freitag deutlich nachgegeben, Händler verwiesen auf Bankensorgen."
    assert _article("a.txt", f"Dax fällt\nFRANKFURT (dpa-AFX) - {body}").source == "dpa-AFX"
    assert _article("b.txt", f"Dax fällt\nFRANKFURT (dpa) - {body}").source == "dpa"
    text = "Grain exports fall\nKYIV. Oct 3 (Interfax-Ukraine) – Ukraine exported less grain."
    assert _article("c.txt", text).source == "Interfax-Ukraine"


def test_regional_agency_joined_by_hyphen_is_kept_whole() -> None:
    text = (
        "Алматы. 3 марта. Интерфакс-Узбекистан – Экспорт хлопка из Узбекистана вырос на 8% "
        "в феврале, сообщило министерство.\n"
        "Рост объясняется высокими ценами на мировом рынке, добавили в ведомстве."
    )
    art = extract("r.txt", text.encode("utf-8"))[0].article
    assert art.source == "Interfax-Uzbekistan" and art.dateline == "Алматы"


def test_quoted_name_after_an_organisation_acronym_and_a_region_ending() -> None:
    assert copyright_owner("© 2024 ИА «Туркмен». При использовании ссылка обязательна.") == (
        "Туркмен"
    )
    assert latin_name("Вести-Болгария") == "Vesti-Bolgaria"


def test_regional_interfax_domain_is_not_moscow_interfax() -> None:
    # Interfax-Kazakhstan credits its copy with its domain in capitals: its own profile,
    # not Moscow's Interfax (whose marker "INTERFAX" the domain starts with).
    text = (
        "Рост добычи угля\n"
        "Астана. 3 марта. INTERFAX.KZ – Добыча угля в Казахстане выросла на 4% в феврале, "
        "сообщило министерство.\n"
        "Рост объясняется спросом на экспорт, добавили в ведомстве."
    )
    art = _article("k.txt", text)
    assert art.source == "Interfax-Kazakhstan" and art.dateline == "Астана"


def test_regional_domain_without_a_profile_is_not_the_parent_agency() -> None:
    # "INTERFAX.BY" (no profile) starts with Interfax's marker but is another site's domain:
    # the credit as written, not Moscow's Interfax
    text = (
        "Рост добычи торфа\n"
        "Минск. 3 марта. INTERFAX.BY – Добыча торфа в Беларуси выросла на 4% в феврале, "
        "сообщило министерство.\n"
        "Рост объясняется спросом на экспорт, добавили в ведомстве."
    )
    art = _article("b.txt", text)
    assert art.source == "Interfax.by" and art.dateline == "Минск"
