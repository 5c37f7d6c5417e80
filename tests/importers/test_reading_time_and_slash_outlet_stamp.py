"""A page's reading-time meta without its colon ("Время чтения 3 мин") is no headline, and an
outlet's stamp under the headline with a slash before its time and day ("Outlet / 08:15 AM
March 3, 2024") names the text's source."""

from __future__ import annotations

from datetime import datetime

from app.importers.stampline import slash_stamp
from tests.importers.makers import articles_of


def test_reading_time_without_colon_is_not_the_headline() -> None:
    text = (
        "Пример Медиа\n"
        "Бизнес\n"
        "Как пекарня из Твери открыла десять точек за два года\n"
        "Основатели рассказали о своей модели роста\n"
        "Текст: Анна Примерова\n"
        "3 марта 2024\n"
        "Время чтения 3 мин\n"
        "Тверская пекарня «Колос» открыла десятую точку. Компания работает в трех городах, "
        "ее выручка за прошлый год выросла вдвое.\n"
        "Первую пекарню основатели открыли в 2022 году на окраине города, рассказали они.\n"
    )
    art = articles_of("clip.txt", text.encode("utf-8"))[0]
    assert art.title == "Как пекарня из Твери открыла десять точек за два года"
    assert "Время чтения" not in art.body


def test_outlet_slash_time_and_day_stamp_names_the_source() -> None:
    text = (
        "EXAMPLE.NET\n"
        "NEWS\n"
        "SPORTS\n"
        "Regions\n"
        "Town opens a new bridge over the river after two years of work\n"
        "By: Jane Roe\n"
        "Example Daily Herald / 08:15 AM March 3, 2024\n"
        "RIVERTOWN — The town opened a new bridge over the river on Saturday, ending two years "
        "of construction that closed the old ferry route.\n"
        "The bridge cost 40 million and carries two lanes and a footpath, officials said.\n"
    )
    art = articles_of("clip.txt", text.encode("utf-8"))[0]
    assert art.source == "Example Daily Herald"
    assert art.published.date() == datetime(2024, 3, 3).date()


def test_slash_stamp_needs_an_outlet_not_a_byline() -> None:
    stamp = slash_stamp("Example Daily Herald / 08:15 AM March 3, 2024")
    assert stamp is not None and stamp.outlet == "Example Daily Herald"
    assert slash_stamp("By Jane Roe / March 3, 2024") is None
    assert slash_stamp("Home / News / Regions") is None


def test_logo_with_tagline_after_a_dash_named_again_below() -> None:
    text = (
        "Examplenews - новости рынка зерна\n"
        "Новости\n"
        "Аналитика\n"
        "Цены\n"
        "Мероприятия\n"
        "Главная / Новости / Зерно\n"
        "Экспорт\n"
        "Экспорт пшеницы за октябрь вырос на пять процентов\n"
        "03.03.2024 09:30\n"
        "Экспорт пшеницы из России в октябре вырос на 5% по сравнению с сентябрем, "
        "сообщили аналитики отраслевого союза.\n"
        "Фото: Examplenews\n"
        "Основной рост пришелся на поставки в страны Ближнего Востока и Африки.\n"
        "Подпишитесь на рассылку\n"
    )
    art = articles_of("clip.txt", text.encode("utf-8"))[0]
    assert art.source == "Examplenews"


def test_release_number_and_day_over_the_h1_dates_the_page() -> None:
    page = """<html lang="de"><head><meta charset="utf-8"><title>Landesportal</title></head><body>
<nav><a>Startseite</a> <a>Presse</a></nav><main>
<div class="pm-head">Pressemitteilung Nr. 17 vom 3. März 2024</div>
<h1>Land fördert neue Radwege entlang der Bundesstraßen mit zwölf Millionen Euro</h1>
<p>Das Land stellt in diesem Jahr zwölf Millionen Euro für neue Radwege entlang von
Bundesstraßen bereit, wie das Verkehrsministerium am Sonntag in der Hauptstadt mitteilte.</p>
<p>Gefördert werden vor allem Lücken im bestehenden Netz zwischen kleineren Gemeinden, die
bisher nur über stark befahrene Straßen miteinander verbunden sind.</p>
<p>Die Kommunen können ihre Anträge bis Ende Juni bei den Bezirksregierungen einreichen.</p>
</main></body></html>""".encode()
    art = articles_of("pm.html", page)[0]
    assert art.published == datetime(2024, 3, 3)
