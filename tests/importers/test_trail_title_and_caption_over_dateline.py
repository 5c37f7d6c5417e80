"""An arrow trail over the label and headline is never the title; a short sentence under
its photo credit, right over a paragraph that opens with a dateline, is the picture's
caption (not the text's first paragraph, not a standfirst)."""

from __future__ import annotations

from app.importers.compose import compose
from app.importers.profiles import load_profiles
from app.importers.sections import is_arrow_trail

PROFILES = load_profiles()

DE_TEXT = (
    "Die Landesregierung hat am Dienstag ein neues Programm für die Sanierung von Brücken "
    "vorgestellt. Bis 2028 sollen rund 40 Bauwerke erneuert werden, wie das Ressort mitteilte."
)
DE_MORE = (
    "Die Kosten werden auf 85 Millionen Euro geschätzt. Die ersten Baustellen starten im "
    "Frühjahr, die Gemeinden werden laufend informiert, hieß es weiter aus dem Amt."
)
EN_MORE = (
    "The county expects the works to cost about 12 million pounds. The first sites open in "
    "spring, and residents will be kept informed throughout, the council said on Tuesday."
)
RU_MORE = (
    "Стоимость работ оценивается в 120 миллионов рублей. Первые участки откроют весной, "
    "жителей будут информировать о ходе работ, сообщили в администрации в понедельник."
)


def test_arrow_trail_shapes() -> None:
    assert is_arrow_trail("Land Beispiel › Presse › Pressedienst")
    assert is_arrow_trail("Главная → Новости → Город")
    assert is_arrow_trail("County Hall » Newsroom")
    # a headline with an arrow between clauses, and a plain headline: no trail
    assert not is_arrow_trail(
        "Aus für das Werk › Was die Schließung für die 900 Beschäftigten bedeutet"
    )
    assert not is_arrow_trail("Council approves new tram lines")


def test_de_trail_credit_caption_and_dashed_dateline() -> None:
    paste = "\n".join([
        "Land Beispiel", "Politik", "Verwaltung", "Presse",
        "Land Beispiel › Presse › Pressedienst", "", "Pressedienst",
        "Neues Brückenprogramm: Vierzig Bauwerke werden bis 2028 erneuert",
        "18.11.2025 | 10:15", "",
        "Foto: Land Beispiel/Huber",
        "Landesrätin Anna Berger (r.) und Bauleiter Karl Wolf an der Brücke bei Adorf.", "",
        "Neustadt – " + DE_TEXT, "", DE_MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Neues Brückenprogramm: Vierzig Bauwerke werden bis 2028 erneuert"
    assert art.dateline == "Neustadt"
    assert art.section == "Pressedienst"
    assert art.body.startswith("Neustadt – Die Landesregierung")
    assert "Bauleiter Karl Wolf" not in art.body


def test_en_caption_under_credit_over_dateline() -> None:
    paste = "\n".join([
        "Home › Newsroom › Roads", "",
        "County to rebuild forty bridges by 2028",
        "Published 18 November 2025", "",
        "Photo: Example County Council",
        "Councillor Ann Baker (left) and engineer Tom Reed at the Mill Lane bridge.", "",
        "EASTFORD – The county council on Tuesday unveiled a programme to rebuild forty "
        "bridges across the district by 2028, the roads department said.", "", EN_MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "County to rebuild forty bridges by 2028"
    assert art.dateline == "Eastford"
    assert "Mill Lane bridge" not in art.body


def test_ru_caption_under_credit_over_dateline() -> None:
    paste = "\n".join([
        "Главная → Пресс-центр → Новости", "",
        "В области отремонтируют сорок мостов до 2028 года",
        "18 ноября 2025, 10:15", "",
        "Фото: пресс-служба администрации",
        "Министр Анна Белова (справа) и инженер Пётр Волков у моста в Заречье.", "",
        "Новоград. Администрация области во вторник представила программу ремонта "
        "сорока мостов до 2028 года, сообщили в министерстве транспорта.", "", RU_MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "В области отремонтируют сорок мостов до 2028 года"
    assert art.dateline == "Новоград"
    assert "инженер Пётр Волков" not in art.body


def test_sentence_under_credit_without_dateline_stays_the_text() -> None:
    # look-alike: the sentence under the credit is followed by more text, no dateline:
    # it is the text's first paragraph and stays in the body
    paste = "\n".join([
        "Neues Brückenprogramm: Vierzig Bauwerke werden bis 2028 erneuert",
        "18.11.2025 | 10:15", "",
        "Foto: Land Beispiel/Huber",
        DE_TEXT, "", DE_MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Neues Brückenprogramm: Vierzig Bauwerke werden bis 2028 erneuert"
    assert art.body.startswith("Die Landesregierung hat am Dienstag")


def test_link_home_under_the_text_is_chrome_not_the_author() -> None:
    from app.importers.boilerplate import is_boilerplate

    assert is_boilerplate("Zur Startseite")
    assert is_boilerplate("Back to homepage")
    assert is_boilerplate("Вернуться на главную")
    assert not is_boilerplate("Startseite der Stadt Adorf erneuert")  # a headline
    paste = "\n".join([
        "Neues Brückenprogramm: Vierzig Bauwerke werden bis 2028 erneuert",
        "18.11.2025, 10:15 Uhr", "", DE_TEXT, "", DE_MORE, "", "Zur Startseite", "Themen",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.author == ""
    assert "Zur Startseite" not in art.body
