"""A state body's name from the page chrome stays in the script it is printed in
("Министерство … дел …"); an outlet's Cyrillic brand is still named in Latin letters
("Вечерний Бишкек" → "Vecherniy Bishkek"), the archive's convention for sources."""

from __future__ import annotations

from app.importers import extract
from app.importers.sitename import is_institution

_MINISTRY = "Министерство примерных дел Республики Примерия"


def test_institution_names() -> None:
    assert is_institution(_MINISTRY)
    assert is_institution("Национальный банк Примерии")
    assert is_institution("Акимат города Примерска")
    assert not is_institution("Вечерний Примерск")
    assert not is_institution("Центральная Азия сегодня")


def _page(site: str) -> bytes:
    return f"""<html lang="ru"><head><meta charset="utf-8"><title>{site}</title></head><body>
<header><div class="org-name">{site}</div><nav><a>О нас</a> <a>Новости</a> <a>Контакты</a></nav>
</header><main><h1>Стороны провели консультации по торговле и транспорту</h1>
<div class="news-date">21 ноября 2025</div>
<p>Заместитель министра провел политические консультации с коллегой из соседней страны,
стороны обсудили торговлю, транспорт, визовый режим и академические обмены.</p>
<p>По итогам встречи стороны договорились провести следующий раунд консультаций в 2026
году в столице соседней страны, сообщили в ведомстве в пятницу.</p>
<p>В консультациях также приняли участие послы и представители профильных департаментов
министерств двух стран.</p></main>
<footer><p>© 2025 {site}. Все права защищены.</p></footer></body></html>""".encode()


def test_ministry_page_keeps_its_name_in_cyrillic() -> None:
    art = extract("m.html", _page(_MINISTRY))[0].article
    assert art.source == _MINISTRY


def test_outlet_brand_is_still_transliterated() -> None:
    art = extract("v.html", _page("Вечерний Примерск"))[0].article
    assert art.source == "Vecherniy Primersk"
