"""Blind batch 140's families (institutional releases): a public body's consent banner
(its heading "Cookies on the X website", its paragraph, its buttons) is chrome, not the
headline and the text; a trail pasted one crumb a line down to the all-news page, or
through it to a list of releases, over the item's date or kind label names its deepest
crumb."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sections import stacked_trail

_EN = (
    "A former council treasurer who diverted more than £300,000 from a charity fund has "
    "been jailed for five years after a trial at the county court.",
    "The court heard that the money was moved into accounts held by relatives over a "
    "period of four years, disguised as payments to suppliers and contractors.",
)


def _article(text: str, name: str = "page.txt"):
    items = extract(name, text.encode())
    assert len(items) == 1
    return items[0].article


def test_public_body_consent_banner_is_chrome() -> None:
    for line in (
        "Cookies on the Example Agency website",
        "Cookies on GOV.EXAMPLE",
        "We use some essential cookies to make this website work.",
        "We use necessary cookies to make our site work. We'd also like to set analytics "
        "cookies that help us make improvements.",
        "Accept additional cookies",
        "Reject analytics cookies",
        "View cookies",
        "Hide this message",
        "Zusätzliche Cookies ablehnen",
        "Cookies auf der Beispielamt-Website",
        "Отклонить дополнительные cookie",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Cookies on the menu: bakery chain reports record Christmas sales",
        "Reject additional funding for the bakery, council told",
        "Accept the offer",
    ):
        assert not is_boilerplate(line), line


def test_consent_banner_over_pasted_release() -> None:
    text = "\n".join(
        (
            "Skip to main content",
            "Cookies on the Example Prosecution Office website",
            "We use some essential cookies to make this website work. We'd like to set "
            "additional cookies to understand how you use the website.",
            "Accept additional cookies",
            "Reject additional cookies",
            "View cookies",
            "Example Prosecution Office",
            "Home",
            "News",
            "Published: 12 March 2025|News, North",
            "Charity treasurer jailed for diverting £300,000",
            *_EN,
        )
    )
    art = _article(text)
    assert art.title == "Charity treasurer jailed for diverting £300,000"
    assert art.body.startswith("A former council treasurer")
    assert "cookies" not in art.body


def test_trail_down_to_news_list_over_date() -> None:
    # the all-news page as the deepest crumb under a menu entry, the date row under it
    lines = [
        "Prokuratura Exampla",
        "О прокуратуре",
        "Пресс-служба",
        "Документы",
        "Главная",
        "Пресс-служба",
        "Новости",
        "21 ноября 2025, 15:40",
        "Прокуроры проверили готовность котельных к зиме",
        "Текст.",
    ]
    assert stacked_trail(lines, 8) == "Новости"
    # the home link's news page alone under it, a dated meta row under that
    lines = [
        "Beispiel Amt",
        "Home",
        "About us",
        "News",
        "Contact",
        "Home",
        "News",
        "Published: 3 May 2025|News, West",
        "Headline of the release",
        "Text.",
    ]
    assert stacked_trail(lines, 8) == "News"
    # through the news page to a list of releases, the release's kind label under it
    lines = [
        "Aufsicht Beispiel",
        "DE",
        "FR",
        "Bewilligung",
        "Regulierung",
        "Startseite",
        "News",
        "Medienmitteilungen",
        "Medienmitteilung",
        "18. November 2025",
        "Aufsicht verschärft Vorgaben",
        "Text.",
    ]
    assert stacked_trail(lines, 10) == "Medienmitteilungen"


def test_menu_with_news_entry_is_no_trail() -> None:
    # a menu that starts with the home link and lists "News" among others: no trail
    lines = [
        "Beispiel Amt",
        "Home",
        "About us",
        "News",
        "Careers",
        "Contact",
        "Headline of the release",
        "Text.",
    ]
    assert stacked_trail(lines, 6) == ""
    # the news entry not followed by a date or kind row: no deepest crumb
    lines = ["Beispiel Amt", "Home", "News", "Headline of the release", "Text."]
    assert stacked_trail(lines, 3) == ""


def test_release_labels_are_no_headline() -> None:
    for label, lang_lines in (
        ("FOR IMMEDIATE RELEASE", ("Example Reserve Bank", "PRESS RELEASE")),
        ("Zur sofortigen Veröffentlichung", ("Beispiel Verband", "Pressemitteilung")),
        ("ДЛЯ НЕМЕДЛЕННОГО РАСПРОСТРАНЕНИЯ", ("Банк Примера", "ПРЕСС-РЕЛИЗ")),
    ):
        text = "\n".join((*lang_lines, label, "Reserve Bank Holds Policy Rate at 9 Per Cent", *_EN))
        art = _article(text)
        assert art.title == "Reserve Bank Holds Policy Rate at 9 Per Cent", label


def test_issuing_department_signoff_ends_the_text() -> None:
    for signoff in (
        "Corporate Communications Department",
        "Media Relations Office",
        "Abteilung Kommunikation",
        "Управление по связям с общественностью",
    ):
        text = "\n".join(
            (
                "Example Reserve Bank",
                "Reserve Bank Holds Policy Rate",
                *_EN,
                signoff,
                "Example Reserve Bank",
                "Plot 12, Example Way, Central District, Example City",
            )
        )
        art = _article(text)
        assert "Plot 12" not in art.body, signoff
        assert signoff not in art.body
    # a department named inside a sentence stays
    assert not is_boilerplate("The communications department said the figures were final.")


def test_bracketed_place_opener_is_the_dateline() -> None:
    from app.importers.agency import parse_dateline
    from app.importers.profiles import default_profiles

    profiles = default_profiles()
    for line, place in (
        (
            "(Nairobi) – Kenyan authorities have failed to hold the police to account for the "
            "deaths of protesters, the group said.",
            "Nairobi",
        ),
        (
            "(New York) – The city's housing agency has not repaired thousands of flats despite "
            "court orders, tenants said on Monday.",
            "New York",
        ),
        (
            "(Genf) – Die Vereinten Nationen haben ihre Hilfe für die Flüchtlingslager in der "
            "Region um ein Drittel gekürzt.",
            "Genf",
        ),
        (
            "(Санкт-Петербург) – Городские власти утвердили новый порядок уборки снега во "
            "дворах жилых домов этой зимой.",
            "Санкт-Петербург",
        ),
    ):
        found = parse_dateline(line, profiles)
        assert found is not None and found.place == place and not found.agency, line
    # a known wire's credit stays a credit; a rubric word or a short label is no place
    assert (
        parse_dateline(
            "(Kyodo) – The government said on Monday that it would review "
            "the rules for foreign workers.",
            profiles,
        ).agency
        == "Kyodo"
    )
    assert (
        parse_dateline(
            "(Update) – The government said on Monday that it would review "
            "the rules for foreign workers.",
            profiles,
        )
        is None
    )
    assert parse_dateline("(Nairobi) – Short line.", profiles) is None


def test_charity_donation_box_is_chrome() -> None:
    for line in (
        "Your tax deductible gift can help stop human rights violations and save lives "
        "around the world.",
        "Your monthly donation will help us reach more families.",
        "Ihre Spende hilft, Menschenrechte weltweit zu schützen.",
        "Ваше пожертвование поможет защитить права людей.",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Your gift of a book to the library was very welcome, she said.")


def test_association_short_form_over_its_legal_name_is_the_brand() -> None:
    from app.importers.sitename import site_from_masthead

    def chrome(line: str) -> bool:
        return is_boilerplate(line)

    for top, want in (
        ("BDX – Bundesverband der Deutschen Xylophonbauer e.V.", "BDX"),
        ("VKE – Verband Kommunaler Entsorger e.V.", "VKE"),
        ("AEF - Association of European Ferries Ltd.", "AEF"),
        ("СПП – Союз Промышленников и Предпринимателей АО", "СПП"),
    ):
        lines = [top, "Themen", "Publikationen", "Presse", "Über uns"]
        assert site_from_masthead(lines, chrome) == want, top
    # letters that do not spell the name out are no short form
    lines = ["XYZ – Bundesverband der Deutschen Xylophonbauer e.V.", "Themen", "Presse"]
    assert site_from_masthead(lines, chrome) == ""


def test_institution_under_its_parent_body_is_the_logo() -> None:
    from app.importers.sitename import is_institution, site_from_masthead

    for parent, logo, chrome_lines in (
        (
            "Департамент здравоохранения города Примерска",
            "НИИ скорой помощи им. И.И. Примерова",
            ["Справочная: +7 (495) 123-45-67", "Записаться на приём", "Пациентам"],
        ),
        (
            "Министерство образования Примерской области",
            "Гимназия № 5 имени А.С. Пушкина",
            ["Поиск", "Контакты", "Новости"],
        ),
        (
            "Комитет по культуре Примерска",
            "Музей истории города Примерска",
            ["Поиск", "Афиша", "Контакты"],
        ),
    ):
        assert is_institution(logo)
        assert site_from_masthead([parent, logo, *chrome_lines], is_boilerplate) == logo
    # an outlet's logo under a line of its own is no institution's
    lines = ["Новости Примерска", "Вечерний Примерск", "Поиск", "Контакты"]
    assert site_from_masthead(lines, is_boilerplate) != "Вечерний Примерск"


def test_notice_owner_keeps_initials_and_imeni() -> None:
    from app.importers.sitename import _owner

    assert _owner("ГБУЗ «НИИ СП им. Н.В. Примерова ДЗМ», 2025") == "НИИ СП им. Н.В. Примерова ДЗМ"
    assert _owner("Example Daily. All rights reserved") == "Example Daily"


def test_release_documents_block_is_chrome() -> None:
    from app.importers.boilerplate import is_footer

    for line in (
        "Rundschreiben 2025/4 «Liquiditätsrisiken Banken» (PDF)",
        "Annual report 2024 (pdf)",
        "Положение о порядке выдачи лицензий (DOCX)",
        "Beschluss des Rates (PDF, 210 KB)",
    ):
        assert is_boilerplate(line), line
    for heading in ("Dokumente", "Documents", "Документы"):
        assert is_footer(heading), heading
    assert not is_boilerplate("Die Aufsicht veröffentlicht den Bericht am Montag (PDF folgt).")


def test_bracketed_wire_name_with_press_word_is_no_place() -> None:
    from app.importers.agency import parse_dateline
    from app.importers.profiles import default_profiles

    found = parse_dateline(
        "(Example News) - Severn Example PLC on Tuesday reported a sharp rise "
        "in first-half profit.",
        default_profiles(),
    )
    assert found is None or not found.place


_RU = (
    "В Примерской области подвели итоги дорожно-ремонтного сезона. В этом году "
    "отремонтировали более 300 километров региональных трасс и шесть мостов.",
    "Работы выполнены в рамках национального проекта, сообщили в министерстве транспорта "
    "региона. Подрядчики несут гарантийные обязательства пять лет.",
)


def test_rubric_between_bar_date_and_headline() -> None:
    for bar, rubric, stamp in (
        ("28 ноября 2025, Пятница", "Дорожное хозяйство", "17.11.2025 11:20"),
        ("Понедельник, 3 марта 2025", "Здравоохранение", "02.03.2025, 09:15"),
        ("12.05.2025", "Культура и спорт", "10 мая 2025 14:00"),
    ):
        text = "\n".join(
            (
                "Правительство Примерской области",
                "Губернатор",
                "Новости",
                "Документы",
                bar,
                rubric,
                "В области отремонтировали 312 км дорог",
                stamp,
                *_RU,
            )
        )
        assert _article(text).section == rubric, rubric
    # a name over the headline is the byline, no rubric; without the stamps, nothing
    text = "\n".join(
        (
            "Пример",
            "Губернатор",
            "Новости",
            "28 ноября 2025, Пятница",
            "Мария Соколова",
            "В области отремонтировали 312 км дорог",
            "17.11.2025 11:20",
            *_RU,
        )
    )
    assert _article(text).section != "Мария Соколова"
    text = "\n".join(
        (
            "Пример",
            "Губернатор",
            "Новости",
            "Документы",
            "Дорожное хозяйство",
            "В области отремонтировали 312 км дорог",
            *_RU,
        )
    )
    assert _article(text).section != "Дорожное хозяйство"
