"""Blind batch 120's families: a copyright notice with its year first and no sign
("Copyright 2025 Example. All rights reserved. …"); a photo gallery's captions under their
counters ("2 of 6" / caption) or with the counter run in ("2 / 6 Caption"); a desk listed in
a site menu pasted one entry a line is no section of the story; a radio station's logo
("Example FM") over the copyright notice of the media company that owns it."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.sections import in_stacked_menu
from tests.importers.makers import article_of

_EN = (
    "The regional council approved the budget for the new ferry terminal on Thursday after a "
    "debate that lasted well into the evening, with two members voting against it.\n"
    "Construction is expected to begin next spring and should take about two years, the "
    "council said in a statement issued after the vote.\n"
)
_DE = (
    "Der Gemeinderat hat am Donnerstag den Haushalt für das neue Fährterminal beschlossen, "
    "nachdem die Debatte bis in den späten Abend gedauert hatte.\n"
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, teilte "
    "die Gemeinde nach der Abstimmung mit.\n"
)
_RU = (
    "Городская дума в четверг утвердила бюджет на строительство нового паромного терминала "
    "после долгого обсуждения, которое продолжалось до позднего вечера.\n"
    "Строительство начнется следующей весной и займет около двух лет, сообщили в "
    "администрации после голосования.\n"
)


# --- a copyright notice with the year first and no sign -------------------------------


def test_year_first_copyright_notices_are_boilerplate() -> None:
    assert is_boilerplate(
        "Copyright 2025 Harbourline. All rights reserved. This material may not be "
        "reproduced, rewritten or redistributed in whole or in part without permission."
    )
    assert is_boilerplate("Copyright 2019-2025 Beispiel Verlag GmbH. Alle Rechte vorbehalten.")
    assert is_boilerplate("Copyright 2024, Пример Медиа. Все права защищены.")


def test_a_sentence_about_copyright_stays() -> None:
    # the year further on: a long sentence about the law, not the page's notice
    assert not is_boilerplate(
        "Copyright holders won a landmark case in 2025 that forces platforms to pay the "
        "authors of the texts they show in their search results, the court said."
    )


def test_year_first_notice_under_the_text_leaves_the_body() -> None:
    art = article_of(
        "Harbourline\nNews\nBusiness\nOpinion\nSport\n\n"
        "Council backs new ferry terminal\nJane Roe\nNovember 25, 2025 10:12 am\n"
        + _EN
        + "Copyright 2025 Harbourline. All rights reserved. This material may not be "
        "reproduced or redistributed without prior written permission from Harbourline.\n"
    )
    assert "Copyright 2025" not in art.body
    assert art.body.rstrip().endswith("after the vote.")


# --- a gallery's captions under their counters ------------------------------------------


def test_counter_run_into_the_caption_is_a_caption() -> None:
    assert is_caption("2 / 6 Рабочие укладывают асфальт на пролете моста")
    assert is_caption("1/4 Die neue Fähre im Hafen von Nordtal")
    assert is_caption("3 / 5 Passengers on the first crossing")


def test_fractions_and_numbers_are_no_gallery_captions() -> None:
    assert not is_caption("3 / 4 of the residents voted for the new terminal")
    assert not is_caption("24/7 Service für alle Fahrgäste")
    assert not is_caption("7 / 3 Verhältnis der Stimmen")


def test_captions_under_counters_leave_the_body_en() -> None:
    art = article_of(
        "Harbour Courier\nHome\nNews\nBusiness\nSport\nOpinion\n\n"
        "Council backs new ferry terminal\nNovember 25, 2025\nBy Jane Roe\n"
        + _EN
        + "1 of 3\nThe mayor at the harbour on Thursday. /HC\n"
        "2 of 3\nA model of the planned terminal\n3 of 3\nCouncil members during the vote. /HC\n"
        "Click to comment\n"
    )
    assert "mayor at the harbour" not in art.body
    assert "model of the planned" not in art.body
    assert "Council members during the vote" not in art.body
    assert art.body.rstrip().endswith("after the vote.")


def test_captions_under_counters_leave_the_body_de() -> None:
    art = article_of(
        "Nordtaler Bote\nStartseite\nPolitik\nWirtschaft\nSport\nKultur\n\n"
        "Gemeinderat beschließt neues Fährterminal\n25.11.2025\nVon Erika Muster\n"
        + _DE
        + "1 von 2\nDer Bürgermeister am Hafen\n2 von 2\nDas Modell des Terminals\n"
    )
    assert "Bürgermeister am Hafen" not in art.body
    assert "Modell des Terminals" not in art.body


def test_numbered_captions_leave_the_body_ru() -> None:
    art = article_of(
        "Пример ТВ\nГлавная / Новости / Общество\n25 ноября 2025, 10:12\n"
        "Дума утвердила бюджет паромного терминала\nАвтор: Ирина Петрова\n"
        + _RU
        + "1 / 3 Мэр на набережной\n2 / 3 Макет нового терминала\n"
        "3 / 3 Депутаты во время голосования\n"
    )
    assert "Мэр на набережной" not in art.body
    assert "Макет нового терминала" not in art.body
    assert art.body.rstrip().endswith("после голосования.")


def test_a_list_of_counts_in_the_text_stays() -> None:
    art = article_of(
        "Harbour Courier\nHome\nNews\nBusiness\nSport\nOpinion\n\n"
        "Council backs new ferry terminal\nNovember 25, 2025\nBy Jane Roe\n"
        + _EN
        + "The terminal will have room for 400 cars on two decks.\n"
    )
    assert "room for 400 cars" in art.body


# --- a desk listed in a menu pasted one entry a line -----------------------------------


def test_stacked_menu_entries() -> None:
    lines = ["Example Post", "Home", "Politik", "Kultur", "Wirtschaft", "Reisen", "", "Title"]
    assert in_stacked_menu(lines, 4)
    ru = ["Пример", "Главная", "Политика", "Экономика", "Спорт", "Афиша", "", "Заголовок"]
    assert in_stacked_menu(ru, 3)
    # a short trail under the logo is no menu
    assert not in_stacked_menu(["Example Post", "Home", "Business", "", "Title"], 2)
    # one desk among other links is no menu of desks
    assert not in_stacked_menu(["Logo", "Home", "About", "Contact", "Business", "Title"], 4)


def test_menu_desk_far_from_the_title_is_no_section_de() -> None:
    art = article_of(
        "Nordtaler Rundbrief\nDeutschsprachige Zeitung im Norden – seit 1990\nHome\nRegion\n"
        "Kultur\nWirtschaft\nReisen\nArchiv\n\nNordtal\n"
        "Gemeinderat beschließt neues Fährterminal\nVon Erika Muster und Max Beispiel\n"
        + _DE
        + "Erschienen: 26.11.2025\n"
    )
    assert art.section == ""


def test_menu_desk_far_from_the_title_is_no_section_en() -> None:
    art = article_of(
        "The Fjord Review\nNews from the north since 1920\nHome\nPolitics\nCulture\nBusiness\n"
        "Travel\nArchive\n\nNorway\nCouncil backs new ferry terminal\nBy Jane Roe\n"
        + _EN
        + "Published: 26.11.2025\n"
    )
    assert art.section == ""


def test_desk_named_over_the_title_stays() -> None:
    art = article_of(
        "The Fjord Review\nHome\nPolitics\nCulture\nBusiness\nTravel\n\nBusiness\n"
        "Council backs new ferry terminal\nBy Jane Roe\nNovember 26, 2025\n" + _EN
    )
    assert art.section == "Business"


# --- a radio station's logo over its media company's notice ------------------------------


def _radio(logo: str, owner: str, text: str = _EN) -> str:
    return article_of(
        f"{logo}\n101.7 {logo} - LISTEN LIVE\nNews\nBusiness\nSports\nLifestyle\nVideo\n"
        "News\nCouncil backs new ferry terminal\nPublished\non\nNovember 19, 2025\nBy\n"
        f"Jane Roe\n{text}Click to comment\nCopyright © 2025 {owner}.\n"
    ).source


def test_radio_logo_beats_its_media_company() -> None:
    assert _radio("Lakeside FM", "Lakeside Digital Media") == "Lakeside FM"
    assert _radio("Harbour FM", "Harbour Broadcasting Group Ltd") == "Harbour FM"


def test_radio_logo_beats_its_company_de() -> None:
    art = article_of(
        "Nordtal FM\nLivestream\nNachrichten\nRegion\nSport\nKultur\nPodcasts\n\n"
        "Nachrichten\nGemeinderat beschließt neues Fährterminal\n26.11.2025\nVon Erika Muster\n"
        + _DE
        + "© 2025 Nordtal Medien GmbH\n"
    )
    assert art.source == "Nordtal FM"


def test_a_menu_word_over_a_company_notice_stays_unchosen() -> None:
    assert _radio("Listen", "Lakeside Digital Media") == "Lakeside Digital Media"


def test_trail_under_the_menu_is_no_menu_entry() -> None:
    # "Startseite" printed again under the menu begins the trail, one crumb a line
    lines = ["Beispiel Anzeiger", "Startseite", "Lokales", "NRW", "Sport", "Mehr", "Startseite"]
    lines += ["Nordrhein-Westfalen", "Stand: 21.11.2025, 11:27 Uhr", "Title"]
    assert not in_stacked_menu(lines, 7, 9)
    assert in_stacked_menu(lines, 3, 9)
    # the trail's line between menu and headline names the menu's desk again
    trail = ["Logo", "Home", "Politik", "Wirtschaft", "Kultur", "Home >> Wirtschaft", "Title"]
    assert not in_stacked_menu(trail, 3, 6)
