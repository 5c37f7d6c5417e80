"""Blind batch 210's families: a press review's field table whose outlet row names the
outlet's local edition after a comma ('Medium: Outlet, Lokalausgabe Ort'); a numbered review
whose source lines close the clippings' texts ('1. Headline' / text / 'Источник: …'), their
labelled parts after a full stop, the group headings between them and a headline quoting an
outlet before a colon; an agency's service named beside an item's day."""

from __future__ import annotations

from tests.importers.makers import (
    REVIEW_DE_MORE,
    REVIEW_DE_TEXT,
    article_of,
    articles_of,
    docx_with,
    paste,
)


def _review(second_outlet: str) -> bytes:
    lines = [
        "Landratsamt Nordheim · Pressespiegel",
        "Mittwoch, 2. Dezember 2026",
        "",
        "Medium: Nordheimer Bote",
        "Datum: 02.12.2026",
        "Seite: 3",
        "Ressort: Region",
        "Grundschule Nordheim wird erweitert",
        REVIEW_DE_TEXT,
        REVIEW_DE_MORE,
        "",
        f"Medium: {second_outlet}",
        "Datum: 02.12.2026",
        "Seite: 13",
        "Ressort: Südkreis",
        "Autor: Jana Beispiel",
        "Gemeinderat beschließt Umbau der Schule",
        REVIEW_DE_TEXT,
        REVIEW_DE_MORE,
    ]
    return docx_with([ln for ln in lines if ln], table=False)


def test_outlet_row_with_its_edition_opens_a_clipping() -> None:
    arts = articles_of("review.docx", _review("Südkreis Kurier, Lokalausgabe Talheim"))
    assert [a.title for a in arts] == [
        "Grundschule Nordheim wird erweitert",
        "Gemeinderat beschließt Umbau der Schule",
    ]
    assert "Medium:" not in arts[0].body
    assert arts[1].section == "Südkreis"
    assert arts[1].author == "Jana Beispiel"


def test_the_edition_after_the_comma_is_no_part_of_the_source() -> None:
    arts = articles_of("review.docx", _review("Südkreis Kurier, Lokalausgabe Talheim"))
    assert arts[1].source == "Südkreis Kurier"


# A ministry's numbered review: each clipping's source line under its text, the review's
# group headings in capitals between the clippings.
_RU_ONE = (
    "Городской совет во вторник одобрил строительство новой велодорожки вдоль реки после "
    "двух лет обсуждений с жителями, владельцами магазинов и транспортным управлением."
)
_RU_TWO = (
    "Работы на двухкилометровом участке начнутся весной и займут около восьми месяцев, "
    "сообщили в совете; во время строительства дорога останется открытой для автобусов."
)


def _closing_credits_review() -> bytes:
    lines = [
        "МИНИСТЕРСТВО ТРАНСПОРТА ОБЛАСТИ",
        "ОБЗОР СМИ",
        "2 декабря 2026 года (среда)",
        "ГОРОДСКАЯ ПОВЕСТКА",
        "1. В Северске построят велодорожку вдоль реки",
        _RU_ONE,
        _RU_TWO,
        "Источник: Северский вестник, № 88, 02.12.2026, стр. 4. Рубрика: Город. "
        "Автор: Ольга Примерова",
        "2. Мост через Сочу закроют на ремонт до весны",
        _RU_TWO,
        _RU_ONE,
        "Источник: Пример-Инфо, 01.12.2026, 16:20",
        "ГОРОДСКОЙ ТРАНСПОРТ",
        "3. РИАМО: перевозчики просят продлить льготы на топливо",
        _RU_ONE,
        _RU_TWO,
        "Источник: Отраслевой курьер, 01.12.2026, 18:05. Автор: Павел Образцов",
    ]
    return docx_with(lines, table=False)


def test_source_lines_under_the_texts_close_their_clippings() -> None:
    arts = articles_of("obzor.docx", _closing_credits_review())
    assert [a.title for a in arts] == [
        "В Северске построят велодорожку вдоль реки",
        "Мост через Сочу закроют на ремонт до весны",
        "РИАМО: перевозчики просят продлить льготы на топливо",
    ]
    assert [a.source for a in arts] == ["Severskiy Vestnik", "Primer-Info", "Otraslevoy Kurer"]
    assert arts[0].body.startswith("Городской совет")


def test_a_source_lines_labelled_parts_after_a_full_stop() -> None:
    lines = [
        "В Северске построят велодорожку вдоль реки",
        _RU_ONE,
        _RU_TWO,
        "Источник: Северский вестник, № 88, 02.12.2026, стр. 4. Рубрика: Город. "
        "Автор: Ольга Примерова",
    ]
    (art,) = articles_of("clip.docx", docx_with(lines, table=False))
    assert (art.section, art.author) == ("Город", "Ольга Примерова")
    arts = articles_of("obzor.docx", _closing_credits_review())
    assert arts[2].author == "Павел Образцов"  # after the minute: '18:05. Автор: …'


def test_a_group_heading_under_a_closing_credit_is_no_part_of_the_clipping() -> None:
    arts = articles_of("obzor.docx", _closing_credits_review())
    assert "ТРАНСПОРТ" not in arts[1].body
    assert arts[1].author == ""


def test_a_headline_quoting_an_outlet_before_a_colon_is_no_dateline() -> None:
    art = article_of(
        paste("РИАМО: перевозчики просят продлить льготы на топливо", _RU_ONE, _RU_TWO)
    )
    assert art.title == "РИАМО: перевозчики просят продлить льготы на топливо"
    assert art.dateline == ""
    assert art.body.startswith("Городской совет")
    # a place in capitals before a colon opening the text stays its dateline
    assert article_of(paste("Мост закроют до весны", "КУРСК: " + _RU_ONE, _RU_TWO)).dateline


def test_an_agencys_service_beside_the_day_is_no_desk() -> None:
    lines = [
        "Verband der Beispielwirtschaft · Pressespiegel",
        "Dienstag, 1. Dezember 2026",
        "Nordheimer Bote · 01.12.2026 · Seite 3 · Region",
        "Grundschule Nordheim wird erweitert",
        REVIEW_DE_TEXT,
        REVIEW_DE_MORE,
        "dpa Landesdienst Süd · 30.11.2026, 16:48 Uhr",
        "Gemeinderat beschließt Umbau der Schule",
        "Nordheim (dpa) – " + REVIEW_DE_TEXT,
        REVIEW_DE_MORE,
    ]
    arts = articles_of("spiegel.docx", docx_with(lines, table=False))
    assert [a.title for a in arts][1] == "Gemeinderat beschließt Umbau der Schule"
    assert arts[1].section == ""
    assert arts[1].source == "dpa"
