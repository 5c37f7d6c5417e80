"""Blind batch 100: the outlet's badge by the byline ("Example Echo Live", "Example Presse
Plus") is no author or headline; a byline of two whose roles are run in ("Jane Doe Live
reporter and John Roe") names both; a host name, a row of hashtags or a role line under the
byline ("Journalists @Example Vision") is no headline; "E-Paper" in the header bar is no
masthead; a slash trail from "Home" gives its deepest crumb; "Quelle: Outlet/Name" under
the text names the author; the writer's own photo ("Фото автора") is a caption; a live
blog's chrome, a desk's call for tips, the letters note and an updates promo leave the
text."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption, is_footer
from app.importers.byline import glued_role_names
from app.importers.compose import compose
from app.importers.profiles import load_profiles

PROFILES = load_profiles()

EN_1 = (
    "Harbour cranes stood idle for most of the day as strong winds swept the coast, and the "
    "port authority said it would review its safety rules before the winter storms."
)
EN_2 = (
    "Dock workers were sent home at noon, while ferry operators cancelled all crossings until "
    "the evening and advised passengers to check the timetable online."
)
DE_1 = (
    "Der Stadtrat hat am Dienstag den neuen Busfahrplan beschlossen. Ab Januar fahren die "
    "Linien im Zentrum alle zehn Minuten, am Wochenende alle zwanzig Minuten."
)
DE_2 = (
    "Die Mehrkosten von rund zwei Millionen Franken trägt zum grössten Teil der Kanton, der "
    "Rest soll über höhere Ticketpreise finanziert werden."
)
RU_1 = (
    "Городские власти объявили о ремонте центрального моста, работы начнутся весной и "
    "продлятся до конца следующего года, сообщили в мэрии."
)
RU_2 = (
    "На время ремонта движение по мосту будет частично ограничено, автобусы пустят в объезд "
    "по соседним улицам."
)


def test_glued_role_names() -> None:
    assert glued_role_names("Jane Doe Live reporter and John Roe") == "Jane Doe and John Roe"
    assert glued_role_names("Anna Smith Senior reporter & Tom Brown Chief editor") == (
        "Anna Smith & Tom Brown"
    )
    assert glued_role_names("Mary Example Crime correspondent and Ian Sample") == (
        "Mary Example and Ian Sample"
    )
    # look-alikes: a plain names line, a sentence with a role word
    assert glued_role_names("Jane Doe and John Roe") == ""
    assert glued_role_names("The reporter and the editor met in London") == ""


def test_badge_and_glued_byline_of_a_live_blog() -> None:
    paste = "\n".join([
        "Example Echo",
        "News",
        "Sport",
        "Coast weather LIVE: Gale warning as 80mph gusts hit the harbour and ferries cancelled",
        "Forecasters warn of travel disruption across the region until late tonight",
        "Example Echo Live",
        "Jane Doe Live reporter and John Roe",
        "10:14, 22 Nov 2025",
        EN_1,
        EN_2,
        "KEY EVENTS",
        "Show key events only",
        "Please turn on JavaScript",
        EN_1.replace("Harbour cranes", "Tugboats"),
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title.startswith("Coast weather LIVE")
    assert art.author == "Jane Doe and John Roe"
    for chrome in ("KEY EVENTS", "Show key events only", "JavaScript", "Example Echo Live"):
        assert chrome not in art.body


def test_paywall_badge_under_the_headline_is_no_author() -> None:
    paste = "\n".join([
        "Beispiel Presse",
        "Menü",
        "Startseite",
        "Neue Buslinien für die Innenstadt ab Januar",
        "Beispiel Presse Plus",
        "Veröffentlicht: 21.11.2025 14:37 Uhr",
        DE_1,
        DE_2,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Neue Buslinien für die Innenstadt ab Januar"
    assert art.author == ""
    # look-alike: a reporter's name under the same masthead stays the author
    art = compose(paste.replace("Beispiel Presse Plus", "Anna Berger"), PROFILES)
    assert art.author == "Anna Berger"


def test_host_line_under_the_byline_is_no_headline() -> None:
    paste = "\n".join([
        "Пример",
        "ru.primer.lt",
        "Новости",
        "Литва",
        "2025-11-19 15:42",
        "В Вильнюсе отремонтируют центральный мост",
        "Ева Примерова",
        "ru.primer.lt",
        RU_1,
        RU_2,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "В Вильнюсе отремонтируют центральный мост"
    assert art.author == "Ева Примерова"


def test_hashtags_role_handle_epaper_and_slash_trail() -> None:
    paste = "\n".join([
        "Friday, November 28, 2025",
        "E-Paper",
        "Subscribe",
        "Login",
        "Example Vision",
        "Home",
        "News",
        "Business",
        "Home / Business / Shipping",
        "BUSINESS",
        "Port cargo volumes hit a record as new cranes go into service",
        "By Jane Fielding",
        "Journalists @Example Vision",
        "#Port cargo #Shipping #Ministry",
        "Nov 25, 2025",
        EN_1,
        EN_2,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Port cargo volumes hit a record as new cranes go into service"
    assert art.section == "Shipping"
    assert art.source != "E-Paper"
    assert art.author == "Jane Fielding"
    # a slash trail without the home crumb is no trail ("Energie / Umwelt" is one desk)
    assert is_boilerplate("E-Paper") and is_boilerplate("ePaper")


def test_source_label_naming_outlet_and_reporter_under_the_text() -> None:
    paste = "\n".join([
        "Beispiel Today",
        "Region",
        "Neuer Busfahrplan: Die Innenstadt bekommt den Zehn-Minuten-Takt",
        "24. November 2025, 21:48",
        DE_1,
        DE_2,
        "Quelle: Beispiel Today/Lara Muster",
        "Teilen",
        "Mehr aus der Stadt Beispiel",
        "Olma-Hallen: Stadt prüft neue Nutzung",
        "Hast du eine Story? Schick sie uns: redaktion@example.ch",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.author == "Lara Muster"
    assert "Quelle:" not in art.body
    assert "Olma-Hallen" not in art.body
    assert "Hast du eine Story" not in art.body
    # look-alike: an agency's source label without a person names no author
    art = compose(paste.replace("Quelle: Beispiel Today/Lara Muster", "Quelle: dpa"), PROFILES)
    assert art.author == ""
    # look-alike: a picture's credit between paragraphs names the photographer, no author
    pictured = paste.replace(
        "Quelle: Beispiel Today/Lara Muster",
        "Ein Bus am Bahnhof (Symbolbild).\nQuelle: IMAGO/Jan Knipser\n" + DE_2,
    )
    assert compose(pictured, PROFILES).author == ""


def test_writers_own_photo_is_a_caption() -> None:
    assert is_caption("Фото автора")
    assert is_caption("Газопровод на улице Примерной. Фото автора")
    assert is_caption("Die neue Brücke am Abend. Foto: Autorin")
    assert is_caption("The new bridge at dusk. Photo by the author")
    assert not is_caption("Фото автора статьи показывает мост")
    paste = "\n".join([
        "Пример-газета",
        "Общество",
        "«Мост закрыли, а ремонта нет»: жители ждут второй год",
        "Автор: Айгуль Примерова",
        "24.11.2025 | 10:15",
        "Мост на улице Примерной. Фото автора",
        RU_1,
        "Объезд у одного из домов. Фото автора",
        RU_2,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title.startswith("«Мост закрыли")
    assert "Фото автора" not in art.body


def test_live_blog_chrome_appeals_letters_and_promos() -> None:
    for line in (
        "Key events",
        "Show key events only",
        "Ключевые события",
        "Please turn on JavaScript",
        "Hast du eine Story? Schick sie uns per WhatsApp",
        "Got a story? Email the newsroom",
        "Есть новость? Пишите нам в Telegram",
        "To send a letter to the editor about this article, submit online.",
        "Напишите письмо в редакцию",
        "Get live Share Market updates, Stock Market Quotes, and the latest news on Example "
        "Express. Download the Example Express App for the latest finance news.",
    ):
        assert is_boilerplate(line), line
    for line in ("Trending Stories", "Mehr aus der Stadt Beispiel", "Mehr aus dem Kanton Zug"):
        assert is_footer(line), line
    # look-alikes: the text's own sentences
    assert not is_boilerplate("The key events of the week were the strike and the storm.")
    assert not is_boilerplate("Get ready for higher prices, the minister said on Tuesday.")
    assert not is_footer("Mehr aus der Stadt kam der Vorschlag, die Linie zu verlängern.")
