"""Pasted news pages (blind batch 173): a "Weiterlesen: Headline" link between paragraphs is
a teaser; a byline's "By"/"Von" run into the name is split off; a labelled source naming a
person under a caption credits the picture; a trail of two crumbs repeating a pair of the
menu gives the deeper crumb; a headline set under rubric, stamp and byline over its photo
credit stays the headline; a notice's Cyrillic domain name yields to the masthead's bare
name; a Russian role line in ordinary case under a name makes it the byline; a day alone
under the last paragraph over the share row dates the piece. Each with look-alikes."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.byline import role_line
from app.importers.compose import _closing_day
from app.importers.sitename import cased_capitals, latin_name

from .makers import article_of

_EN = (
    "The harbour board approved a new ferry terminal on the east quay on Tuesday, after two "
    "years of talks with residents, fishing firms and the regional transport authority.",
    "Work on the terminal is due to start in the spring and should take about eight months, "
    "the board said, with the quay open to fishing boats during the building works.",
    "Residents welcomed the decision but asked the board to plant more trees along the quay "
    "and to keep the existing parking spaces in front of the shops on the harbour road.",
)
_DE = (
    "Der Hafenrat hat am Dienstag ein neues Fährterminal am Ostkai beschlossen, nach zwei "
    "Jahren der Beratung mit Anwohnern, Fischereibetrieben und dem Verkehrsverbund der Region.",
    "Die Arbeiten an dem Terminal sollen im Frühjahr beginnen und rund acht Monate dauern, "
    "teilte der Hafen mit; der Kai bleibt für Fischerboote während der Bauzeit offen.",
    "Anwohner begrüßten die Entscheidung, baten den Hafen aber, mehr Bäume entlang des Kais "
    "zu pflanzen und die Parkplätze vor den Geschäften an der Hafenstraße zu erhalten.",
)
_RU = (
    "Совет порта во вторник одобрил строительство нового паромного терминала на восточном "
    "причале после двух лет обсуждений с жителями, рыбаками и региональным транспортным "
    "ведомством.",
    "Работы начнутся весной и займут около восьми месяцев, сообщили в совете порта; во время "
    "строительства причал останется открытым для рыболовецких судов.",
    "Жители приветствовали решение, но попросили высадить вдоль причала больше деревьев и "
    "сохранить парковочные места перед магазинами на портовой улице.",
)


def _paste(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- "Weiterlesen: Headline" --------------------------------------------------------------


def test_weiterlesen_with_its_headline_is_a_teaser() -> None:
    assert is_boilerplate("Weiterlesen: Was das neue Terminal für die Altstadt bedeutet")
    assert is_boilerplate("Weiter lesen: «Die Fähre kommt zu spät»")
    assert is_boilerplate("Weiterlesen: „Wir brauchen den Kai“ – ein Besuch im Hafen")
    # prose that goes on reading, no link's label with its colon
    assert not is_boilerplate("Weiterlesen lohnt sich: Der Bericht nennt auch die Kosten.")


# --- "ByJane Roe" ---------------------------------------------------------------------------


def test_byline_marker_run_into_the_name() -> None:
    cases = [
        (
            "Example Live",
            "Ferry terminal approved for east quay",
            "ByJane Roe Business Reporter",
            "08:55, 2 DEC 2025",
            _EN,
            "Jane Roe",
        ),
        (
            "Beispiel Kurier",
            "Hafenrat beschließt neues Fährterminal",
            "VonMax Muster",
            "08.12.2025, 17:45 Uhr",
            _DE,
            "Max Muster",
        ),
        (
            "Example Gazette",
            "Board backs new ferry terminal",
            "ByAnna Lee Senior Reporter",
            "2 December 2025",
            _EN,
            "Anna Lee",
        ),
    ]
    for site, title, byline, stamp, text, want in cases:
        art = article_of(_paste(site, title, byline, stamp, *text))
        assert art.title == title
        assert art.author == want, art.author


def test_names_starting_like_the_marker_stay_whole() -> None:
    art = article_of(
        _paste("Example Live", "Byron Bay ferry terminal approved", "2 Dec 2025", *_EN)
    )
    assert art.title == "Byron Bay ferry terminal approved"


# --- "Quelle: Max Muster" under a caption ----------------------------------------------------


def test_labelled_person_under_a_caption_credits_the_picture() -> None:
    cases = [
        (
            "Beispiel Volkszeitung",
            "Hafenrat beschließt neues Fährterminal",
            "Von Jana Roth",
            "08.12.2025, 17:45 Uhr",
            "Der Ostkai soll bis 2027 umgebaut werden.",
            "Quelle: Max Muster",
            _DE,
        ),
        (
            "Example Herald",
            "Board backs new ferry terminal",
            "By Jane Roe",
            "2 December 2025",
            "The east quay is to be rebuilt by 2027.",
            "Source: John Doe",
            _EN,
        ),
        (
            "Пример Вести",
            "Совет порта одобрил новый терминал",
            "Анна Смирнова",
            "8 декабря 2025, 17:45",
            "Восточный причал перестроят к 2027 году.",
            "Источник: Иван Петров",
            _RU,
        ),
    ]
    for site, title, byline, stamp, caption, credit, text in cases:
        art = article_of(_paste(site, title, byline, stamp, caption, credit, *text))
        assert art.source != credit.split(": ")[1], art.source
        assert art.body.startswith(text[0][:30])


def test_labelled_agency_over_the_text_stays_the_source() -> None:
    art = article_of(
        _paste(
            "Beispiel Portal",
            "Hafenrat beschließt neues Fährterminal",
            "08.12.2025",
            "Quelle: dpa",
            *_DE,
        )
    )
    assert art.source.lower() == "dpa"


# --- a trail of two crumbs repeating the menu's pair ------------------------------------------


def test_trail_repeating_a_pair_of_the_menu_gives_the_deeper_crumb() -> None:
    cases = [
        (
            (
                "Beispiel Zeitung",
                "Abo",
                "Leipzig",
                "Region",
                "Hafenstadt",
                "Borna",
                "Sport",
                "Kultur",
                "Region",
                "Hafenstadt",
            ),
            "Hafenrat beschließt neues Fährterminal",
            "08.12.2025, 17:45 Uhr",
            _DE,
            "Hafenstadt",
        ),
        (
            (
                "Example Post",
                "Sign in",
                "News",
                "Region",
                "Eastport",
                "Sport",
                "Business",
                "Culture",
                "Region",
                "Eastport",
            ),
            "Board backs new ferry terminal",
            "2 December 2025",
            _EN,
            "Eastport",
        ),
        (
            (
                "Пример Вести",
                "Войти",
                "Новости",
                "Регион",
                "Приморск",
                "Спорт",
                "Экономика",
                "Культура",
                "Регион",
                "Приморск",
            ),
            "Совет порта одобрил новый терминал",
            "8 декабря 2025",
            _RU,
            "Приморск",
        ),
    ]
    for top, title, stamp, text, want in cases:
        art = article_of(_paste(*top, title, stamp, *text))
        assert art.title == title
        assert art.section == want, art.section


# --- the headline under rubric, stamp and byline, over its photo credit -------------------------


def test_headline_under_the_byline_over_its_photo_credit() -> None:
    cases = [
        (
            (
                "ПРИМЕР",
                "ДЕЛОВАЯ ГАЗЕТА",
                "Главное",
                "Политика",
                "Экономика",
                "Общество",
                "Культура",
                "Экономика",
                "5 декабря 2025, 11:20",
                "Текст: Ирина Петрова",
            ),
            "Совет порта одобрил новый терминал",
            "Фото: Иван Петров/Пример",
            _RU,
        ),
        (
            (
                "Beispiel Zeitung",
                "Politik",
                "Wirtschaft",
                "Kultur",
                "Sport",
                "Wirtschaft",
                "05.12.2025, 11:20",
                "Text: Jana Roth",
            ),
            "Hafenrat beschließt neues Fährterminal",
            "Foto: Max Muster/Beispiel",
            _DE,
        ),
        (
            (
                "Example Post",
                "Politics",
                "Business",
                "Culture",
                "Sport",
                "Business",
                "5 December 2025, 11:20",
                "By Jane Roe",
            ),
            "Board backs new ferry terminal",
            "Photo: John Doe/Example",
            _EN,
        ),
    ]
    for top, title, credit, text in cases:
        art = article_of(_paste(*top, title, credit, *text))
        assert art.title == title, art.title
        assert art.body.startswith(text[0][:30])


def test_caption_under_the_byline_below_its_headline_stays_a_caption() -> None:
    art = article_of(
        _paste(
            "Пример Вести",
            "Совет порта одобрил новый паромный терминал",
            "Текст: Анна Смирнова",
            "Восточный причал в Приморске",
            "Фото: Иван Петров",
            *_RU,
        )
    )
    assert art.title == "Совет порта одобрил новый паромный терминал"


# --- the masthead's bare name over the notice's Cyrillic domain ----------------------------------


def test_notice_with_a_cyrillic_domain_yields_to_the_bare_masthead() -> None:
    cases = [
        ("ПРИМЕРНИК", "© 2005–2025 ПРИМЕРНИК.РУ", "Primernik"),
        ("ОБЗОРЩИК", "© 2025 ОБЗОРЩИК.РФ", "Obzorshchik"),
        ("ВЗМАХ", "© 2010–2025 ВЗМАХ.РУ", "VZMAKH"),  # one vowel in five letters: as printed
    ]
    for logo, notice, want in cases:
        art = article_of(
            _paste(logo, "Совет порта одобрил новый терминал", "8 декабря 2025", *_RU, notice)
        )
        assert art.source == want, art.source


def test_long_word_of_one_vowel_is_cased_but_acronyms_stay() -> None:
    assert latin_name(cased_capitals("ВЗГЛЯДЫ")) == "Vzglyady"
    assert latin_name(cased_capitals("ПРОСТОР")) == "Prostor"
    assert cased_capitals("ВГТРК") == "ВГТРК"
    assert cased_capitals("ТАСС") == "ТАСС"


# --- a Russian role line in ordinary case -----------------------------------------------------


def test_russian_role_in_ordinary_case_is_a_role_line() -> None:
    assert role_line("политолог, эксперт Example.Ru")
    assert role_line("экономист")
    assert role_line("главный редактор журнала «Пример»")
    assert not role_line("эксперты ожидают снижения ставок.")
    assert not role_line("политолог заявил: ставки вырастут")
    art = article_of(
        _paste(
            "Пример.Ru",
            "Главная / Аналитика / Литва",
            "Совет порта одобрил новый терминал",
            "Анна Смирнова",
            "политолог, эксперт Пример.Ru",
            *_RU,
        )
    )
    assert art.author == "Анна Смирнова"


# --- a day alone under the last paragraph ------------------------------------------------------


_PORTALS = {
    "ru": (
        "Пример.Ru",
        "Аналитический портал",
        "Главная",
        "Новости",
        "Аналитика",
        "Интервью",
        "Мнения",
        "Главная / Аналитика / Литва",
        "Литва",
    ),
    "de": (
        "Beispiel.de",
        "Das Analyseportal",
        "Startseite",
        "Nachrichten",
        "Analysen",
        "Interviews",
        "Meinung",
        "Startseite / Analysen / Litauen",
        "Litauen",
    ),
    "en": (
        "Example.com",
        "The analysis portal",
        "Home",
        "News",
        "Analysis",
        "Interviews",
        "Opinion",
        "Home / Analysis / Lithuania",
        "Lithuania",
    ),
}


def test_day_under_the_last_paragraph_over_the_share_row() -> None:
    cases = [
        (
            "ru",
            "Совет порта одобрил новый терминал",
            ("Анна Смирнова", "политолог, эксперт Пример.Ru"),
            _RU,
            "08.12.2025",
            (
                "Поделиться",
                "Подписывайтесь на Пример.Ru в Telegram",
                "Мнение автора может не совпадать с позицией редакции.",
                "Похожие материалы",
            ),
        ),
        (
            "de",
            "Hafenrat beschließt neues Fährterminal",
            ("Jana Roth", "Politologin"),
            _DE,
            "08.12.2025",
            (
                "Teilen",
                "Folgen Sie Beispiel.de auf Telegram",
                "Die Meinung der Autorin muss nicht mit der der Redaktion übereinstimmen.",
                "Ähnliche Beiträge",
            ),
        ),
        (
            "en",
            "Board backs new ferry terminal",
            ("Jane Roe", "political analyst"),
            _EN,
            "08.12.2025",
            (
                "Share",
                "Follow Example.com on Telegram",
                "The author's opinion may differ from the editors' position.",
                "Related articles",
            ),
        ),
    ]
    for lang, title, byline, text, day, chrome in cases:
        art = article_of(_paste(*_PORTALS[lang], title, *byline, *text, day, *chrome, "© 2025 X"))
        assert art.title == title
        assert art.published is not None and art.published.date().isoformat() == "2025-12-08"


def test_day_under_a_short_line_is_no_closing_day() -> None:
    # a related headline's day: no paragraph of the text over it; nor a day over more text
    assert not _closing_day(["Порт поднял сборы", "08.12.2025", "Поделиться"], 1)
    assert not _closing_day([_EN[0], "08.12.2025", _EN[1]], 1)
    assert _closing_day([_RU[0], "08.12.2025", "Поделиться"], 1)
