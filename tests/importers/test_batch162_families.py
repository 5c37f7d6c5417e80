"""Blind batch 162: a mailed digest's preheader offering its web view ('View this email in
your browser', 'Probleme mit der Darstellung?', 'Если письмо отображается некорректно …')
is the mail's frame, no item, so no item takes the next one's headline; an agency's Latin
name printed in the sender's notice spells the agency its items credit; an item headed
'Outlet (date): Headline' names its own outlet and day."""

from __future__ import annotations

from datetime import datetime

from app.importers.newsletter import without_web_view
from app.importers.sitename import dashed_latin_name
from app.importers.stampeditems import headed_stamp
from tests.importers.makers import articles_of, mail_bytes

RULE = "=" * 40
DASHES = "-" * 40

# --- a preheader's web-view offer --------------------------------------------------------


def _ru_digest(preheader: str) -> str:
    return "\n".join(
        [
            "ИА «Приморье-Пресс» | Рассылка для подписчиков",
            "Главные новости края за 27 ноября 2025 года",
            preheader,
            "",
            RULE,
            "",
            "ЭКОНОМИКА",
            "Судоремонтный завод получит льготный заем на 200 млн рублей",
            "27.11.2025 10:15",
            "",
            "ОЗЁРСК, 27 ноября. /ИА «Приморье-Пресс»/. Судоремонтный завод получит льготный "
            "заем в размере 200 млн рублей. Средства направят на новый док и краны.",
            "",
            "Заем выдан на пять лет под 3% годовых, сообщили в региональном министерстве.",
            "",
            DASHES,
            "",
            "ОБЩЕСТВО",
            "В Заречном до конца года откроют новую школу искусств",
            "27.11.2025 16:40",
            "",
            "ЗАРЕЧНЫЙ, 27 ноября. /ИА «Приморье-Пресс»/. Ремонт здания школы искусств "
            "завершится до 20 декабря, сообщили в администрации района.",
            "",
            "В здании заменены окна, кровля и инженерные сети, стоимость работ составила "
            "40 млн рублей.",
            "",
            RULE,
            "",
            "Вы получили это письмо, так как подписаны на рассылку.",
            "© 2025 Primorye-Press. Информационное агентство «Приморье-Пресс», г. Озёрск.",
        ]
    )


def test_web_view_preheader_is_no_item_ru() -> None:
    data = mail_bytes(
        "ИА Приморье-Пресс <news@example.ru>",
        "Новости: главное за 27 ноября",
        _ru_digest("Если письмо отображается некорректно, откройте веб-версию."),
    )
    arts = articles_of("digest.eml", data)
    assert [a.title for a in arts] == [
        "Судоремонтный завод получит льготный заем на 200 млн рублей",
        "В Заречном до конца года откроют новую школу искусств",
    ]
    assert arts[0].published == datetime(2025, 11, 27, 10, 15)
    assert arts[1].dateline == "Заречный"
    assert arts[0].section == "Экономика"
    assert "веб-версию" not in arts[0].body


def test_web_view_lines_en_de_ru() -> None:
    for line in (
        "View this email in your browser",
        "Having trouble viewing this email? View it online.",
        "Probleme mit der Darstellung? Hier klicken.",
        "Wird diese E-Mail nicht richtig angezeigt? Im Browser öffnen",
        "Не отображаются картинки? Откройте письмо в браузере",
    ):
        text = f"Example Weekly\n{line}\n\nHeadline of the first item\n\nThe text."
        assert line not in without_web_view(text), line


def test_web_view_sentence_in_text_stays() -> None:
    # a look-alike deep in the text, and a sentence about viewing that offers no web view
    text = "\n".join(
        ["Masthead", "Headline", "", *["A line of text."] * 8, "View this email in your browser"]
    )
    assert without_web_view(text) == text
    text = "Masthead\nViewers in the browser market are shifting fast, analysts say.\nText."
    assert without_web_view(text) == text


# --- the agency's Latin name in the sender's notice --------------------------------------


def test_agency_latin_name_from_notice() -> None:
    data = mail_bytes(
        "ИА Приморье-Пресс <news@example.ru>",
        "Новости: главное за 27 ноября",
        _ru_digest("Если письмо отображается некорректно, откройте веб-версию."),
    )
    assert {a.source for a in articles_of("digest.eml", data)} == {"Primorye-Press"}


def test_dashed_latin_name_full_stop_and_kind() -> None:
    notice = "© 2025 Bankovsky Vestnik. Информационное агентство «Банковский вестник», г. Тверь"
    assert dashed_latin_name("ИА «Банковский вестник»", [notice]) == "Bankovsky Vestnik"
    assert dashed_latin_name("ТК Волна", ["© 2024 Volna TV — телеканал «Волна»"]) == "Volna TV"
    # a notice of some other owner names no Latin brand of this outlet
    assert dashed_latin_name("Пример", ["© 2025 Media Holding. Все права защищены"]) == ""


# --- 'Outlet (date): Headline' -----------------------------------------------------------


def test_headed_stamp_lines() -> None:
    assert headed_stamp("kfz-welt (04.12.2025): Werkstätten melden Rekord") == (
        "Source: kfz-welt, 04.12.2025",
        "Werkstätten melden Rekord",
    )
    assert headed_stamp("Harbour Times (Dec 4, 2025) – Ports race to plug in ships") == (
        "Source: Harbour Times, Dec 4, 2025",
        "Ports race to plug in ships",
    )
    assert headed_stamp("Вечерний Пример (4 декабря 2025): Мост откроют весной") is not None
    # a headline with a bracketed aside, no day in it; a sentence after the bracket
    assert headed_stamp("Bahn (Ost): Strecke gesperrt") is None
    long_text = (
        "Example (04.12.2025): Der Rat hat am Dienstag nach langer Debatte beschlossen, die "
        "Gebühren für das kommende Jahr nicht zu erhöhen. Die Opposition stimmte dagegen."
    )
    assert headed_stamp(long_text) is None


def _headed_digest() -> str:
    def item(outlet: str, day: str, head: str, text: str) -> list[str]:
        return [f"{outlet} ({day}): {head}", "", text, "", text, "", DASHES, ""]

    de = (
        "Die Verkehrsbetriebe haben den Umbau der Haltestellen im Stadtgebiet abgeschlossen, "
        "wie ein Sprecher am Mittwoch mitteilte. Die Kosten lagen bei 3,2 Millionen Euro."
    )
    return "\n".join(
        [
            "Verband Beispiel Presseschau",
            "Freitag, 05.12.2025",
            "",
            "INHALT",
            "1. Stadtkurier",
            "2. Mobil Industrie",
            "",
            DASHES,
            "",
            *item("Stadtkurier", "04.12.2025", "Haltestellen im Stadtgebiet fertig", de),
            *item("Mobil Industrie", "03.12.2025", "Zulieferer baut 300 Stellen ab", de),
            "Verband Beispiel e. V., Musterstraße 1, 10117 Berlin",
            "Abmelden: Antworten Sie auf diese E-Mail.",
        ]
    )


def test_headed_stamp_digest_de() -> None:
    data = mail_bytes("Verband Beispiel <presse@example.de>", "Presseschau", _headed_digest())
    arts = articles_of("presseschau.eml", data)
    assert [(a.title, a.source, a.published, a.author) for a in arts] == [
        ("Haltestellen im Stadtgebiet fertig", "Stadtkurier", datetime(2025, 12, 4), ""),
        ("Zulieferer baut 300 Stellen ab", "Mobil Industrie", datetime(2025, 12, 3), ""),
    ]
    assert arts[0].body.startswith("Die Verkehrsbetriebe")


# --- a review's items under their outlets' names -----------------------------------------

EN_TEXT = (
    "The regional council has approved a plan to extend the harbour railway by twelve "
    "kilometres, officials said on Tuesday, ending a dispute that had delayed the project "
    "for almost three years and raised costs for freight operators."
)


def _review_html(kind: str, heads: list[tuple[str, str, str]], tag: str = "h3") -> str:
    items = "".join(
        f"<{tag}>{outlet}</{tag}><p><b>{head}</b></p><p>{line}</p><p>{EN_TEXT}</p>"
        f"<p>{EN_TEXT}</p><hr>"
        for outlet, head, line in heads
    )
    return (
        f"<html><body><p><b>{kind}</b></p><p>Client: Example Robotics | Week ending 5 "
        f"December 2025</p>{items}<p>Example Partners | 1 Main Street, Dublin 2</p></body></html>"
    )


def test_coverage_report_outlet_headings_en() -> None:
    html = _review_html(
        "Weekly Coverage Report",
        [
            (
                "HARBOUR DAILY",
                "Example Robotics opens a plant in Cork",
                "28 November 2025 | By Jane Roe",
            ),
            (
                "TECH WIRE WEST",
                "Example Robotics wins rail contract",
                "1 December 2025 | By Tom Poe",
            ),
        ],
    )
    data = mail_bytes("Example Partners <reports@example.ie>", "Coverage report", html, "html")
    arts = articles_of("coverage.eml", data)
    assert [(a.source, a.title, a.author) for a in arts] == [
        ("Harbour Daily", "Example Robotics opens a plant in Cork", "Jane Roe"),
        ("Tech Wire West", "Example Robotics wins rail contract", "Tom Poe"),
    ]


def test_reading_list_outlet_labels_en() -> None:
    def item(outlet: str, head: str, by: str) -> str:
        return (
            f"<p><b>{outlet}</b></p><h3>{head}</h3><p>By {by}, 26 November 2025</p>"
            f"<p>{EN_TEXT}</p><p>{EN_TEXT}</p><hr>"
        )

    html = (
        "<html><body><p><b>EXAMPLE INSTITUTE</b></p><h2>What we’re reading</h2>"
        + item("Harbour Quarterly", "Why ports need a single market", "Jane Roe")
        + item("Policy Courier", "The quiet return of planning", "Tom Poe")
        + "<p>Example Institute, 1 Main Street, London</p></body></html>"
    )
    data = mail_bytes("Example Institute <news@example.org>", "What we're reading", html, "html")
    arts = articles_of("reading.eml", data)
    assert [(a.source, a.section, a.author) for a in arts] == [
        ("Harbour Quarterly", "", "Jane Roe"),
        ("Policy Courier", "", "Tom Poe"),
    ]


def test_own_newsletter_rubrics_stay_desks() -> None:
    # an outlet's own newsletter: the label over each item is its rubric, no outlet
    def item(rubric: str, head: str) -> str:
        return f"<p><b>{rubric}</b></p><h3>{head}</h3><p>{EN_TEXT}</p><p>{EN_TEXT}</p><hr>"

    html = (
        "<html><body><p><b>HARBOUR DAILY</b></p><h2>Morning Briefing</h2>"
        + item("Business", "Port operator posts record year")
        + item("Politics", "Council approves rail plan")
        + "<p>Harbour Daily, 1 Main Street</p></body></html>"
    )
    data = mail_bytes("Harbour Daily <news@example.com>", "Morning Briefing", html, "html")
    arts = articles_of("briefing.eml", data)
    assert [a.section for a in arts] == ["Business", "Politics"]
    assert all(a.source != "Business" and a.source != "Politics" for a in arts)


# --- a monitoring review's clippings between rules ---------------------------------------

RU_TEXT = (
    "Городские власти утвердили программу ремонта теплосетей на ближайшие три года, "
    "сообщили в администрации во вторник. На работы выделят около двух миллиардов рублей, "
    "а первые участки заменят уже весной следующего года."
)


def _ruled_review(kind: str, note: str, compiler: str, outlets: list[str]) -> str:
    items = "".join(
        f"<hr><p><b>{outlet}</b></p><p><u>Заголовок номер {n} о ремонте теплосетей</u><br>"
        f"0{n}.12.2025 09:15</p><p>{RU_TEXT}</p><p>{RU_TEXT}</p>"
        for n, outlet in enumerate(outlets, 1)
    )
    return (
        f"<html><body><p>АДМИНИСТРАЦИЯ ПРИМЕРНОЙ ОБЛАСТИ<br>Пресс-служба</p><p><b>{kind}</b>"
        f"<br>за 03.12.2025</p><p>{note}</p>{items}<hr><p>{compiler}<br>"
        "150000, г. Примерск, ул. Ленина, 1</p></body></html>"
    )


def test_ruled_monitoring_review_ru() -> None:
    html = _ruled_review(
        "МОНИТОРИНГ СМИ",
        "Для служебного пользования. Подготовлено отделом анализа.",
        "Исполнитель: Иванова А.А., тел. (4852) 10-00-00",
        ["77.ru", "Вечерний Примерск", "Пример-Инфо"],
    )
    data = mail_bytes("Пресс-служба <smi@example.ru>", "Мониторинг СМИ", html, "html")
    arts = articles_of("monitoring.eml", data)
    assert [a.title for a in arts] == [
        f"Заголовок номер {n} о ремонте теплосетей" for n in (1, 2, 3)
    ]
    assert [a.source for a in arts] == ["77.ru", "Vecherniy Primersk", "Primer-Info"]
    assert arts[1].published == datetime(2025, 12, 2, 9, 15)
    assert all("Исполнитель" not in a.body and "служебного" not in a.body for a in arts)


def test_restriction_note_and_compiler_lines() -> None:
    from app.importers.mail import _COMPILER, _RESTRICTED

    for note in (
        "For internal use only. Prepared by the press office.",
        "Nur für den internen Gebrauch.",
    ):
        assert _RESTRICTED.match(note)
    for line in ("Compiled by: Jane Roe, tel. 555", "Zusammengestellt von: Pressestelle"):
        assert _COMPILER.match(line)
    # a clipping's own sentence about internal use is no note
    assert not _RESTRICTED.match("The ministry restricted the report to internal use.")


def test_ruled_newsletter_without_review_kind_stays_html() -> None:
    # an outlet's own mail with rules between its stories: no monitoring review
    html = _ruled_review(
        "ВЕЧЕРНИЙ ВЫПУСК", "Добрый вечер!", "С уважением, редакция", ["Город", "Спорт"]
    )
    data = mail_bytes("Вечерний Примерск <news@example.ru>", "Вечерний выпуск", html, "html")
    arts = articles_of("evening.eml", data)
    assert all(a.source not in ("Город", "Спорт") for a in arts)
