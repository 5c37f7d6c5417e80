"""State-media pages pasted whole (blind batch 45): a labelled "Autor: Name" over the text
beats a name guessed elsewhere; a newsroom's "Redaktion" line and a "Neueste Beiträge" list
heading are no byline; a name over its stamp under the text is the byline; the desk's
sign-offs, an audio box, a bracketed caption credit, a comment prompt and a donation plea go."""

from __future__ import annotations

from app.importers import boilerplate as bp
from app.importers.compose import compose
from app.importers.profiles import default_profiles

_TEXT = (
    "Die Stadtwerke wollen bis 2030 rund 40 neue Ladepunkte in der Innenstadt errichten. Das "
    "teilte der Geschäftsführer am Dienstag bei einer Pressekonferenz im Rathaus mit.\n"
    "Die Kosten von rund zwei Millionen Euro tragen Stadt und Land gemeinsam. Die ersten "
    "Säulen sollen im Frühjahr am Marktplatz und am Bahnhof in Betrieb gehen.\n"
)


def test_a_labelled_byline_beats_the_newsroom_line_under_the_text() -> None:
    text = (
        "Beispielradio\nStartseite > Wirtschaft\nStadtwerke bauen neue Ladepunkte\n"
        "24.11.2025 16:05\nAutor: Jana Beispiel\n" + _TEXT + "Deutsche Redaktion\n"
        "Schlagwörter: Energie, Verkehr\n"
    )
    art = compose(text, default_profiles())
    assert art.author == "Jana Beispiel"


def test_a_name_over_its_stamp_under_the_text_is_the_byline() -> None:
    text = (
        "Beispielfunk\nNeueste Artikel\nMarkt öffnet am Wochenende\n27.11.2025 - 19:05\n"
        "Startseite > Regional\nStadtwerke bauen neue Ladepunkte\n" + _TEXT + "Jana Beispiel\n"
        "26.11.2025 - 17:42\nArtikel teilen\nKommentare\nSchreiben Sie einen Kommentar\n"
    )
    art = compose(text, default_profiles())
    assert art.author == "Jana Beispiel"
    assert "Kommentar" not in art.body


def test_list_headings_and_newsrooms_are_no_byline_lines() -> None:
    assert bp.is_footer("Neueste Beiträge")
    assert bp.is_footer("Schreiben Sie einen Kommentar")


def test_sign_offs_audio_boxes_and_bracketed_caption_credits_go() -> None:
    for line in (
        "(example news – ab)",
        "(Redaktion: Li Wei, Zhang Min)",
        "(Editor: Jane Doe)",
        "Hier zum Hören:",
        "Stadtwerke bauen neue Ladepunkte - Audio",
        "Besucher im Rathaus (Archivbild)  (Beispiel Media)",
    ):
        assert bp.is_boilerplate(line), line
    assert not bp.is_boilerplate("(Das Gespräch führte die Redaktion am Montag.)")
    assert not bp.is_boilerplate("Die Stadt baut neue Ladepunkte - und spart dabei Geld.")


def test_a_donation_plea_naming_its_kind_of_journalism_goes() -> None:
    assert bp.is_appeal("Unabhängiger christlicher Journalismus braucht Ihre Hilfe. Schon mit 5 €")


def test_a_dated_dateline_credits_an_agency_of_several_words() -> None:
    from app.importers.agency import parse_dateline

    profiles = default_profiles()
    dl = parse_dateline("Lyon, 24. November (Example Daily Online) – Der Hafen wächst.", profiles)
    assert dl is not None and (dl.place, dl.agency) == ("Lyon", "Example Daily Online")
    dl = parse_dateline("Гавана, 26 ноября (Пример Новости) Министерство сообщило.", profiles)
    assert dl is not None and dl.place == "Гавана"
    assert parse_dateline("Berlin, 24. November (Montag) Die Stadt baut.", profiles) is None


def test_captions_credited_to_a_quoted_paper_or_an_archive_are_captions() -> None:
    assert bp.is_caption("Уборка урожая в Примерном районе. Фото: Иван Петров, «Газета»")
    assert bp.is_caption("Harvest in Example Valley - Arquivo/Example Agency")
    assert not bp.is_caption("Суд отменил решение по спору о товарном знаке «Пример»")


def test_a_credited_caption_over_the_text_is_no_headline() -> None:
    text = (
        "Example News\nЭкономика\nСтадион откроют к весне\n27 ноября 2025 13:15\n"
        "Строители на площадке. Фото: Иван Петров, «Газета»\n"
        "Строители завершили монтаж крыши нового стадиона в областном центре. Об этом "
        "сообщили в управлении капитального строительства во вторник.\n"
        "Открытие арены запланировано на весну, первые матчи пройдут в апреле.\n"
    )
    assert compose(text, default_profiles()).title == "Стадион откроют к весне"
