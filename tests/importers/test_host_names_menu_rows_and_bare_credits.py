"""Pastes of local papers' pages (blind batch 138): a host name in the logo or copyright line
stands for the name the page spells in words ("Der Example" for example.ch); a menu printed
in one single-spaced row is no headline; a photo credit without a colon ("Фото Имени
Фамилии") marks the caption over it; a view counter spelled out ("Количество просмотров:
318") is chrome; "Mehr Nachrichten aus X" closes the text; a day printed under the headline
beats a print-style dateline's day ("CITY, Nov 20:")."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate, is_footer
from app.importers.sections import _town_under_desk_news, is_menu_row
from app.importers.sitename import spelled_name_of_host
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of

DE_TEXT = (
    "Der Gemeinderat hat am Dienstag beschlossen, die Brücke über den Kanal bis zum Herbst "
    "zu sanieren. Die Kosten von rund zwei Millionen Franken trägt zum grössten Teil der Kanton."
)
DE_MORE = (
    "Während der Bauarbeiten wird der Verkehr über eine Behelfsbrücke geleitet, teilte die "
    "Gemeinde mit. Fussgänger können den Übergang weiterhin ohne Einschränkungen nutzen."
)
RU_TEXT = (
    "Городские власти утвердили план ремонта двенадцати мостов, работы начнутся весной и "
    "продлятся до конца следующего года, сообщили в мэрии. Подрядчик уже выбран."
)
RU_MORE = (
    "По словам чиновников, на ремонт потребуется около трех миллиардов рублей, большую часть "
    "средств выделит региональный бюджет, остальное добавит городская казна."
)


def _paste(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def test_a_host_name_stands_for_the_name_spelled_in_words() -> None:
    lines = ["Skip to main content", "Example Valley Herald", "Subscribe", "Text", "©"]
    assert spelled_name_of_host("www.examplevalleyherald.com", lines) == "Example Valley Herald"
    # the article before the name: the host drops it
    foot = ["Text"] * 20 + ["Der Seebote", "Verlag Seebote AG, Hafenweg 1, 9999 Beispielort"]
    assert spelled_name_of_host("seebote.ch", foot) == "Der Seebote"
    # a second-level country domain, the article kept in the host
    assert spelled_name_of_host("thenorthgazette.co.uk", ["The North Gazette"]) == (
        "The North Gazette"
    )
    # look-alikes: a name the host does not spell, one word alone, no host at all
    assert spelled_name_of_host("examplenews.com", ["Example Corp", "Text"]) == ""
    assert spelled_name_of_host("examplenews.com", ["Examplenews", "Text"]) == ""
    assert spelled_name_of_host("Example News", ["Example News"]) == ""


def test_the_name_in_words_is_the_source_of_a_page_with_a_host_logo() -> None:
    data = _paste(
        ["seebote.ch", "E-Paper", "Abo", "Home", "Region", "Beispielort",
         "Brücke über den Kanal wird bis zum Herbst saniert",
         "Anna Beispiel", "20.11.2025, 05.00 Uhr", DE_TEXT, "", DE_MORE,
         "Artikel teilen", "Der Seebote", "Verlag Seebote AG, Hafenweg 1, 9999 Beispielort"]
    )  # fmt: skip
    (article,) = articles_of("seebote.txt", data)
    assert article.source == "Der Seebote"
    data = _paste(
        ["Skip to main content", "Example Valley Herald", "Subscribe", "News", "Sports",
         "Opinion", "Business", "Transit", "Tram expansion wins council approval after long debate",
         "Jane Example", "Published 5:01 a.m. CT Nov. 20, 2025", NEWS_TEXT, "", NEWS_MORE,
         "Terms of Service | Privacy Policy",
         "© 2025 www.examplevalleyherald.com. All rights reserved."]
    )  # fmt: skip
    (article,) = articles_of("herald.txt", data)
    assert article.source == "Example Valley Herald"


def test_a_single_spaced_menu_row_is_no_headline() -> None:
    assert is_menu_row("News Sport Farming Property Lifestyle Notices Newsletters")
    assert is_menu_row("Nachrichten Politik Wirtschaft Sport Kultur Panorama")
    assert is_menu_row("Новости Политика Экономика Общество Спорт Культура")
    # look-alikes: a headline in title case, a short row, a sentence
    assert not is_menu_row("Council Backs Plan For New Sport And Culture Hall")
    assert not is_menu_row("Sport Politik Kultur")
    assert not is_menu_row("Politik, Wirtschaft und Kultur streiten über den Haushalt")


def test_the_headline_under_a_single_spaced_menu_row() -> None:
    for menu, rubric, title in (
        ("News Sport Farming Property Lifestyle Notices", "Kells",
         "Council confirms timeline for new bridge objections"),
        ("Новости Политика Экономика Общество Спорт Культура", "Город",
         "В городе отремонтируют двенадцать мостов до конца следующего года"),
    ):  # fmt: skip
        text, more = (NEWS_TEXT, NEWS_MORE) if menu.startswith("News") else (RU_TEXT, RU_MORE)
        data = _paste(
            ["Tuesday, November 25, 2025", "Subscribe | Log in", "Example Chronicle", menu,
             rubric, title, "Saturday, 22nd November 2025 10:30 AM", "Jane Example",
             "Email", "Facebook", text, "", more]
        )  # fmt: skip
        (article,) = articles_of("menu_row.txt", data)
        assert article.title == title
        assert article.section == rubric


def test_a_caption_over_a_credit_without_colon_is_no_headline() -> None:
    for title, caption, credit, text, more in (
        ("В городе отремонтируют двенадцать мостов до конца следующего года",
         "Мост через реку в центре города", "Фото Сергея Примерова", RU_TEXT, RU_MORE),
        ("Tram network to grow by forty kilometres over the next decade",
         "A tram at the central station", "Photo by Jane Example", NEWS_TEXT, NEWS_MORE),
        ("Brücke über den Kanal wird bis zum Herbst saniert",
         "Die alte Brücke über den Kanal", "Foto Anna Beispiel", DE_TEXT, DE_MORE),
    ):  # fmt: skip
        data = _paste(
            ["Example Gazette", "Новости  Власть  Экономика  Общество  Культура", "Экономика",
             "21 ноября 2025", title, "Текст: Ольга Примерова",
             "Количество просмотров: 318", "Комментарии: 0", caption, credit, text, "", more]
        )  # fmt: skip
        (article,) = articles_of("caption.txt", data)
        assert article.title == title
        assert caption not in article.body


def test_spelled_out_view_counters_are_chrome() -> None:
    for line in ("Количество просмотров: 318", "Number of views: 1,204", "Anzahl der Aufrufe: 77"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Количество просмотров выросло вдвое за год")


def test_more_news_from_a_region_closes_the_text() -> None:
    for line in ("Mehr Nachrichten aus Bayern", "Mehr Meldungen aus Nordrhein-Westfalen",
                 "More news from Exampleshire"):  # fmt: skip
        assert is_footer(line), line
    assert not is_footer("More news from the council is expected on Friday.")


def test_the_day_under_the_headline_beats_a_print_dateline_day() -> None:
    for dateline, stamp in (
        ("EXAMPLETOWN, Nov 20:", "November 21, 2025"),
        ("EXAMPLETOWN, Nov 20 (XNS):", "Nov 21, 2025"),
    ):
        data = _paste(
            ["Example Times", "Today's Paper", "Saturday, November 22, 2025", "Home » State",
             "Tram network to grow by forty kilometres over the next decade", stamp,
             "By Jane Example", f"{dateline} {NEWS_TEXT}", "", NEWS_MORE]
        )  # fmt: skip
        (article,) = articles_of("print_dateline.txt", data)
        assert article.published == datetime(2025, 11, 21)
    # look-alike: only the header bar's day of copying, no stamp by the headline
    data = _paste(
        ["Example Times", "Saturday, November 22, 2025", "Home » State",
         "Tram network to grow by forty kilometres over the next decade",
         "By Jane Example", f"EXAMPLETOWN, Nov 20: {NEWS_TEXT}", "", NEWS_MORE]
    )  # fmt: skip
    (article,) = articles_of("print_dateline.txt", data)
    assert article.published == datetime(2025, 11, 20)


def test_reporters_one_name_a_line_under_the_headline() -> None:
    for names, want in (
        (["Jane Example", "John Sample"], "Jane Example, John Sample"),
        (["Anna Beispiel", "Max Muster", "Eva Probe"], "Anna Beispiel, Max Muster, Eva Probe"),
        (["Ольга Примерова", "Иван Образцов"], "Ольга Примерова, Иван Образцов"),
    ):
        # the reporters' contact lines under the text name them again
        contact = " ".join(f"{n} covers the city. Reach them at desk@example.com." for n in names)
        data = _paste(
            ["Example Register", "News", "Sports", "Opinion", "Business",
             "Tram network to grow by forty kilometres over the next decade", *names,
             "Example Register", "Published 5:01 a.m. CT Nov. 20, 2025", NEWS_TEXT, "",
             NEWS_MORE, "", contact]
        )  # fmt: skip
        (article,) = articles_of("names.txt", data)
        assert article.author == want
    # look-alike: a line over the name by the stamp that nothing under the text names
    # again is no second reporter (a kicker of capitalised words looks the same)
    data = _paste(
        ["Example Register", "News", "Sports", "Opinion", "Business",
         "Tram network to grow by forty kilometres over the next decade",
         "Jane Example", "John Sample", "Example Register",
         "Published 5:01 a.m. CT Nov. 20, 2025", NEWS_TEXT, "", NEWS_MORE]
    )  # fmt: skip
    (article,) = articles_of("names.txt", data)
    assert article.author == "John Sample"


def test_a_site_survey_prompt_is_chrome() -> None:
    for line in (
        "Share your feedback to help improve our site experience!",
        "Give us feedback",
        "Geben Sie uns Feedback",
        "Оставьте отзыв о сайте",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Share your feedback with the council by Friday, residents said.")


def test_a_town_page_under_the_local_desk_is_the_section() -> None:
    for desk, town, text, more in (
        ("Local News", "Exampleton", NEWS_TEXT, NEWS_MORE),
        ("Regionale Nachrichten", "Beispielstadt", DE_TEXT, DE_MORE),
        ("Irish News", "Sample Bay", NEWS_TEXT, NEWS_MORE),
    ):
        data = _paste(
            ["Skip to main content", "Example Times", "Sign in", "News", "Sport", "Jobs",
             desk, town, "Bus routes between two towns saved after council steps in",
             "By Jane Example", "Published: 18th November 2025 15:20", text, "", more]
        )  # fmt: skip
        (article,) = articles_of("town.txt", data)
        assert article.section == town
    # look-alikes: a kind of story under the desk is a kicker, no town page; so is a
    # phrase; and a town under no desk's news page is left to the other rules
    assert _town_under_desk_news("Local News", "Exampleton")
    assert not _town_under_desk_news("Local News", "Exclusive")
    assert not _town_under_desk_news("Local News", "Buses saved in three villages")
    assert not _town_under_desk_news("Latest News", "Exampleton")


def test_a_standfirst_over_a_credited_caption_over_the_dateline() -> None:
    for standfirst, caption, opener, text, more in (
        ("Der Sturm legt den Fährverkehr lahm. Auf den Inseln hilft man sich selbst.",
         "Die Fähre liegt am Anleger fest. © Max Muster/dpa", "Beispielhafen –", DE_TEXT, DE_MORE),
        ("The storm has halted ferries. Islanders are relying on their own supplies.",
         "The ferry at the pier on Tuesday. © Jane Example/XP", "EXAMPLETOWN —",
         NEWS_TEXT, NEWS_MORE),
    ):  # fmt: skip
        data = _paste(
            ["EXAMPLE.DE", "Norden", "Hamburg Bremen Nordsee Ostsee Verbraucher", "Startseite",
             "Norden", "Nordsee", "Fähren fallen aus – Inselbewohner versorgen sich selbst",
             "Stand: 25.11.2025, 14:21 Uhr", "Von: Anna Beispiel", "Kommentare", "Teilen",
             standfirst, caption, f"{opener} {text}", "", more]
        )  # fmt: skip
        (article,) = articles_of("standfirst.txt", data)
        assert article.body.startswith(opener), article.body[:60]
        assert article.dateline
        assert article.source == "Example.de"  # the logo's capitals are lettering


def test_the_desk_the_foot_lists_more_stories_of() -> None:
    for crumbs, foot, want in (
        (["Blitzer", "Verkehr", "Nachrichten", "Beispielland"],
         "Mehr Nachrichten aus Beispielland", "Beispielland"),
        (["Startseite", "Norden", "Küste", "Sturmflut"],
         "Weitere Artikel aus dem Ressort Küste", "Küste"),
        (["Home", "News", "Exampleshire", "Floods"],
         "More news from Exampleshire", "Exampleshire"),
    ):  # fmt: skip
        data = _paste(
            ["BEISPIEL RADIO", "Jetzt live hören", *crumbs, "Stand: 21.11.2025 | 06:48 Uhr",
             "Brücke über den Kanal wird bis zum Herbst saniert", DE_TEXT, "", DE_MORE,
             foot, "Streik bei der Bahn: Was Pendler jetzt wissen müssen",
             "Neue Blitzer in Beispielstadt: Hier wird ab Montag kontrolliert"]
        )  # fmt: skip
        (article,) = articles_of("foot_desk.txt", data)
        assert article.section == want
        assert foot not in article.body
    # look-alike: a known desk under the crumb the foot names is the deeper level
    data = _paste(
        ["BEISPIEL", "Home", "Politik", "Sport", "Geld", "Regional", "Startseite", "Geld",
         "Wohnen", "Heiz-Hammer im Winter", "Brücke über den Kanal wird bis zum Herbst saniert",
         "21.11.2025 - 06:48 Uhr", DE_TEXT, "", DE_MORE, "Mehr aus Geld",
         "Rente im Dezember: Wann das Geld diesmal kommt"]
    )  # fmt: skip
    (article,) = articles_of("foot_desk.txt", data)
    assert article.section != "Geld"
