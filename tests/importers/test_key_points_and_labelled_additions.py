"""A site's page with its key points in bullets over the text ('Quick Read' / '• …') keeps
the headline over them; a meta row 'Desk | Published: date | Updated: … | Read Time' is the
story's stamp; 'Reported by Name' is a byline; a short name at the start of a menu row is
no site name spelled out. A labelled outlet's town or domain in brackets is no part of its
name; a letterhead's 'Media Release' is no part of the issuer's. A working translation's
header and the translator's bracketed note are no text."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line
from app.importers.compose import Hints, compose
from app.importers.docfront import _without_kind, without_addition
from app.importers.pdf import _printed_page
from tests.importers.makers import articles_of, docx_with

_EN = [
    "Northport: The city council on Monday approved a new tram line linking the harbour with "
    "the university district, after two years of planning and public hearings.",
    "Work is due to start next spring and the first trams should run by the end of 2028, the "
    "transport department said, adding that bus routes would be adjusted.",
]
_DE = [
    "Neustadt. Der Stadtrat hat am Montag eine neue Straßenbahnlinie zwischen Hafen und "
    "Universität beschlossen, nach zwei Jahren Planung und mehreren Bürgerversammlungen.",
    "Die Arbeiten sollen im Frühjahr beginnen, die ersten Bahnen bis Ende 2028 fahren, teilte "
    "das Verkehrsamt mit; die Buslinien würden angepasst.",
]
_RU = [
    "Власти Примерска в понедельник утвердили строительство новой трамвайной линии от порта "
    "до университета после двух лет обсуждений и общественных слушаний в городе.",
    "Работы начнутся весной, первые трамваи должны пойти к концу 2028 года, сообщили в "
    "департаменте транспорта, добавив, что автобусные маршруты изменят.",
]


def _page(head: str, meta: list[str], box: list[str], text: list[str]) -> str:
    menu = ["Examplepost Live TV Latest World Sports", "News / World"]
    return "\n".join([*menu, head, *meta, *box, *text])


def test_key_points_over_the_text_leave_the_headline() -> None:
    cases = [
        ("Council Approves Harbour Tram Line After Two Years", ["Quick Read",
         "• Tram line approved on Monday • Work to start in spring",
         "• First trams due by 2028", "Summary is AI-generated, newsroom-reviewed"], _EN),
        ("Neue Straßenbahn zwischen Hafen und Universität beschlossen", [
         "▪ Stadtrat stimmt am Montag zu", "▪ Baubeginn im Frühjahr"], _DE),
        ("В Примерске построят трамвайную линию до университета", [
         "● Решение приняли в понедельник", "● Первые трамваи — к 2028 году"], _RU),
    ]  # fmt: skip
    for head, box, text in cases:
        meta = ["Reported by Jane Example", "World | Published: 21.11.2025 09:15 | 3 min"]
        art = compose(_page(head, meta, box, text), (), Hints())
        assert art.title == head, art.title
        assert not art.body.startswith(("•", "▪", "●"))


def test_a_dash_list_item_over_the_text_is_still_a_candidate() -> None:
    # look-alike: a headline set after a dash in a plain text is not a bullet's key point
    art = compose("\n".join(["Examplepost", "Harbour tram line approved", *_EN]), (), Hints())
    assert art.title == "Harbour tram line approved"


def test_meta_row_with_a_published_cell_dates_the_story() -> None:
    rows = [
        ("India News | Published: November 24, 2025 18:02 IST | Updated: November 24, 2025 "
         "19:48 IST | Read Time: 3 mins", "2025-11-24T18:02"),
        ("Politik | Veröffentlicht: 21.11.2025, 07:30 Uhr | Aktualisiert: 21.11.2025, 09:00 Uhr "
         "| Lesezeit: 4 Minuten | 12 Kommentare", "2025-11-21T07:30"),
        ("Общество | Опубликовано: 20.11.2025 14:05 | Обновлено: 20.11.2025 16:40 | 3 мин "
         "чтения | 1 250 просмотров", "2025-11-20T14:05"),
    ]  # fmt: skip
    for row, when in rows:
        art = compose("\n".join(["Harbour tram line approved", row, *_EN]), (), Hints())
        assert art.published is not None and art.published.isoformat().startswith(when), row
    # look-alike: a row of menu cells naming no publication is no stamp
    menu = "News | Sport | Weather"
    art = compose("\n".join(["Harbour tram line approved", menu, *_EN]), (), Hints())
    assert art.published is None


def test_reported_by_is_a_byline() -> None:
    assert author_of_line("Reported by Jane Example") == "Jane Example"
    assert author_of_line("Edited by Max Muster") == "Max Muster"
    assert author_of_line("Reported by the harbour authority on Monday, the works") == ""


def test_a_short_site_name_opening_the_menu_row_is_the_name() -> None:
    text = "Examplepost Live TV Latest World Sports\nCouncil approves tram\n" + "\n".join(_EN)
    hints = _printed_page("Council approves tram | Examplepost", text)
    assert hints.fallback_source == "Examplepost"
    # a long name cut off where the header ran out of room is printed in full above
    text = "Official portal of the Example Region government\nCouncil approves tram\n" + _EN[0]
    hints = _printed_page("Council approves tram | Official portal of the Example Reg", text)
    assert hints.fallback_source == "Official portal of the Example Region government"
    text = "Вестник Примерской области\nСтроят трамвай\n" + _RU[0]
    assert _printed_page("Строят трамвай | Вестник Примерской обл", text).fallback_source == (
        "Вестник Примерской области"
    )


def test_labelled_outlet_without_its_town_or_domain() -> None:
    assert without_addition("Example Era (Windhoek)") == "Example Era"
    assert without_addition("Beispielnews (beispielnews.uz)") == "Beispielnews"
    assert without_addition("Вечерний Примерск (Примерск)") == "Вечерний Примерск"
    # look-alikes: a bracket inside the name, an acronym's expansion, no bracket
    assert without_addition("Example (Online) Weekly") == "Example (Online) Weekly"
    assert without_addition("EBN (Example Broadcasting Network)") == (
        "EBN (Example Broadcasting Network)"
    )
    assert without_addition("Example Era") == "Example Era"


def test_labelled_source_line_in_a_document() -> None:
    data = docx_with(
        ["Source: Example Era (Windhoek), 24 November 2025",
         "Harbour tram line approved", *_EN], table=False
    )  # fmt: skip
    (article,) = articles_of("clip.docx", data)
    assert article.source == "Example Era"


def test_letterhead_name_without_the_release_kind() -> None:
    assert _without_kind("Example Networks Media Release") == "Example Networks"
    assert _without_kind("Beispielwerke Pressemitteilung") == "Beispielwerke"
    assert _without_kind("Примерводоканал Пресс-релиз") == "Примерводоканал"
    assert _without_kind("Example Release Partners") == "Example Release Partners"


def test_working_translation_notes_are_no_text() -> None:
    for line in [
        "Dokument: Arbeitsübersetzung aus dem Russischen – nur für den internen Gebrauch",
        "Working translation from Kazakh, for the desk only",
        "Рабочий перевод с английского",
        "[Anm. d. Übers.: Die Zahlen wurden aus dem Original übernommen.]",
        "[Translator's note: figures as in the original.]",
        "(Прим. пер.: цифры приведены по оригиналу.)",
    ]:
        assert is_boilerplate(line), line
    # look-alikes: a sentence of the text about a translation
    assert not is_boilerplate("Arbeitsübersetzung der Rede liegt vor. Sie wird geprüft.")
    assert not is_boilerplate("The working translation of the treaty was published on Monday.")


def test_track_latest_news_pitch() -> None:
    assert is_boilerplate(
        "Track Latest News Live on Example.com and get news updates from India and around the world"
    )
    assert is_boilerplate("Follow the latest updates on Examplepost")
    assert not is_boilerplate("Track workers said the latest news on the strike was good.")
