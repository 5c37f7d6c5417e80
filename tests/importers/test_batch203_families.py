"""Blind batch 203's families of misses, on fictional inputs unlike the batch's files.

Monitoring alerts: each clip's table of fields under its headline names its outlet, day,
desk and author (a 'Headlines' contents section over the full clips is no item); an
outlet's row over the headline and a labelled day row under it make one stamp; a source
field's issue and page are no part of the outlet's name; a 'back to top' link, a licence
note or a 'report made by' line ends the last clip. Forwarded pages: a menu copied as one
row under the masthead names the outlet over a publisher's '© … BV'; a stamp run on into
'by Name' and a 'Name, Place' byline name the author.
"""

from __future__ import annotations

from email.message import EmailMessage

from app.importers.byline import stamp_byline
from app.importers.newsletter import MAIL_FOOTER, frame_end, labelled_day_row
from app.importers.stampline import field_outlet

from .makers import article_of, articles_of, paste

_EN = (
    "The harbour board approved the first stage of a new container terminal on Monday, "
    "clearing the way for dredging work to begin early next year.",
    "Officials said the terminal would double the port's capacity by 2030 and create about "
    "400 permanent jobs in the region once fully operational.",
)
_RU = (
    "Администрация порта утвердила первый этап строительства контейнерного терминала, "
    "работы по углублению дна начнутся в начале следующего года.",
    "По словам чиновников, терминал к 2030 году удвоит мощность порта и создаст около "
    "четырехсот постоянных рабочих мест в регионе.",
)


def _html_mail(html: str, subject: str, sender: str = "Alerts <alerts@monitor.example>") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "pr@client.example", subject
    msg["Date"] = "Tue, 01 Dec 2026 07:00:00 +0100"
    msg.set_content(html, subtype="html")
    return bytes(msg)


def _paras(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _fields(rows: dict[str, str]) -> str:
    return (
        "<table>"
        + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows.items())
        + "</table>"
    )


# --- each clip's field table under its headline ------------------------------------------


def _clip(n: int, head: str, outlet: str, day: str, desk: str, author: str) -> str:
    rows = {
        "Outlet": outlet,
        "Media type": "Online",
        "Published": day,
        "Section": desk,
        "Author": author,
        "Reach": "12,400",
        "Link": '<a href="https://news.example/a">Open original</a>',
    }
    return (
        f"<div>Clip {n} of 2</div><h3>{head}</h3>{_fields(rows)}{_paras(_EN)}"
        '<p><a href="#top">Back to top</a></p><hr>'
    )


def test_each_clips_field_table_under_its_headline_gives_its_fields() -> None:
    html = (
        "<h1>Harbour monitoring</h1><p>Client: Harbour Board</p>"
        + _clip(
            1,
            "Harbour board backs new container terminal",
            "Example Herald",
            "30 Nov 2026, 6:10 PM",
            "Business",
            "Jane Doe",
        )
        + _clip(
            2,
            "Terminal plan to double port capacity",
            "ABC News (Australia)",
            "1 Dec 2026, 5:30 AM",
            "Regional",
            "John Roe",
        )
        + "<p>You are receiving this alert because you subscribed to it.</p>"
    )
    arts = articles_of("alert.eml", _html_mail(html, "Daily alert: Harbour (2 new items)"))
    assert [a.title for a in arts] == [
        "Harbour board backs new container terminal",
        "Terminal plan to double port capacity",
    ]
    # a listed outlet whose bracketed qualifier is part of its name keeps it
    assert [a.source for a in arts] == ["Example Herald", "ABC News (Australia)"]
    assert [a.section for a in arts] == ["Business", "Regional"]
    assert [a.author for a in arts] == ["Jane Doe", "John Roe"]
    assert arts[0].published is not None and arts[0].published.hour == 18
    assert all(a.body.startswith(_EN[0]) and "Back to top" not in a.body for a in arts)


def test_a_contents_section_over_the_full_clips_is_no_item() -> None:
    contents = "".join(
        f'<div><a href="#c{n}">{head}</a><div>Example Herald (Online) | 1 Dec 2026</div>'
        f"<div>{_EN[0][:90]} ...</div></div>"
        for n, head in (
            (1, "Harbour board backs new container terminal"),
            (2, "Terminal plan to double port capacity"),
        )
    )
    html = (
        f"<h1>Harbour monitoring</h1><h2>Headlines</h2>{contents}<h2>Full coverage</h2>"
        + _clip(
            1,
            "Harbour board backs new container terminal",
            "Example Herald",
            "30 Nov 2026, 6:10 PM",
            "Business",
            "Jane Doe",
        )
        + _clip(
            2,
            "Terminal plan to double port capacity",
            "Example Courier",
            "1 Dec 2026, 5:30 AM",
            "Regional",
            "John Roe",
        )
    )
    arts = articles_of("alert.eml", _html_mail(html, "Daily alert: Harbour (2 new items)"))
    assert [a.title for a in arts] == [
        "Harbour board backs new container terminal",
        "Terminal plan to double port capacity",
    ]
    assert [a.source for a in arts] == ["Example Herald", "Example Courier"]


# --- an outlet's row over the headline, a labelled day row under it -----------------------


def test_outlet_row_over_and_labelled_day_row_under_the_headline_make_the_stamp() -> None:
    def card(outlet: str, head: str, day: str, desk: str, author: str) -> str:
        return (
            f"<div><div><b>{outlet}</b> ({outlet.lower().replace(' ', '')}.ru) · СМИ · "
            f"Онлайн-СМИ · Аудитория: 1,2 млн</div><h2><a href='https://x.example/1'>{head}"
            f"</a></h2><div>Дата: {day} · Рубрика: {desk} · Автор: {author}</div>"
            f"{_paras(_RU)}<div>Позитив · Вовлечённость: 35 · <a href='#'>Открыть</a> · "
            "<a href='#'>Изменить тональность</a> · <a href='#'>В избранное</a></div></div>"
        )

    html = (
        "<p>Уведомление по теме</p><h1>Порт — СМИ</h1>"
        + card(
            "Пример Ньюс",
            "Порт утвердил новый терминал",
            "30.11.2026 21:14",
            "Экономика",
            "Анна Петрова",
        )
        + card(
            "Другая Газета",
            "Терминал удвоит мощность порта",
            "01.12.2026 08:05",
            "Бизнес",
            "Иван Сидоров",
        )
        + "<p>Вы получили это письмо, потому что подписаны на уведомления.</p>"
    )
    arts = articles_of("ba.eml", _html_mail(html, "Новые упоминания: Порт (2)"))
    assert [a.title for a in arts] == [
        "Порт утвердил новый терминал",
        "Терминал удвоит мощность порта",
    ]
    assert [a.published.strftime("%d.%m %H:%M") for a in arts] == ["30.11 21:14", "01.12 08:05"]
    assert [a.section for a in arts] == ["Экономика", "Бизнес"]
    assert [a.author for a in arts] == ["Анна Петрова", "Иван Сидоров"]
    assert [a.source for a in arts] == ["Primer Nyus", "Drugaya Gazeta"]
    assert not any("Вовлечённость" in a.body or "Аудитория" in a.body for a in arts)


def test_labelled_day_row_needs_a_day_and_labels_only() -> None:
    row = labelled_day_row("Date: 30.11.2026 21:14 | Section: Economy | Author: Jane Doe")
    assert row is not None and row.section == "Economy" and row.published.day == 30
    assert labelled_day_row("Section: Economy · Author: Jane Doe") is None  # no day
    assert labelled_day_row("Date: 30.11.2026 · Harbour board backs terminal") is None


# --- a source field's issue and page -------------------------------------------------------


def test_a_source_fields_issue_and_page_are_no_part_of_the_outlet() -> None:
    assert field_outlet("Источник: Пример (Москва), № 223, стр. 10") == "Пример (Москва)"
    assert field_outlet("Quelle: Beispiel Zeitung, Nr. 278, S. 9") == "Beispiel Zeitung"
    assert field_outlet("Source: Example Times, p. 4") == "Example Times"
    assert field_outlet("Source: Example No. 1") == "Example No. 1"  # no comma: the name


# --- what ends the last clip ----------------------------------------------------------------


def test_back_link_and_licence_notes_end_the_clip() -> None:
    lines = [_EN[0], _EN[1], "[к оглавлению]", "Отчет сформирован системой Пример.", "Текст."]
    assert frame_end(lines) == 2
    # an article's sections each closed by one keep their text: the last one ends it
    assert frame_end([_EN[0], "Back to top", _EN[1], "↑ Back to top", "Unsub row"]) == 3
    for note in (
        "Die Volltexte sind urheberrechtlich geschützt und werden im Rahmen eines Vertrags "
        "geliefert. Nur zur internen Verwendung.",
        "Материалы предназначены для внутреннего использования. Распространение запрещено.",
        "Отчет сформирован системой Пример (primer.ru).",
        "This report was generated by Example Monitor. For internal use only.",
    ):
        assert MAIL_FOOTER.match(note), note
    assert not MAIL_FOOTER.match(_EN[0])


# --- a forwarded page ----------------------------------------------------------------------


def test_forwarded_page_with_a_one_row_menu_names_its_masthead_over_the_publisher() -> None:
    body = paste(
        "FYI, see below.",
        "",
        "From: Doe, Jane <jane.doe@firm.example>",
        "Sent: Tuesday, December 1, 2026 3:18 PM",
        "To: Doe, Jane <jane.doe@firm.example>",
        "Subject: Harbour board backs new container terminal | Harbour Weekly",
        "",
        "HARBOUR WEEKLY",
        "",
        "Ports  Shipping  Energy Transition  Events  Newsletter",
        "",
        "Harbour board backs new container terminal",
        "",
        "December 1, 2026, by Jana Beispiel",
        "",
        *_EN,
        "",
        "© 2026 Example Media BV. All rights reserved.",
    )
    msg = EmailMessage()
    msg["From"], msg["To"] = "Doe, Jane <jane.doe@firm.example>", "team@firm.example"
    msg["Subject"] = "FW: Harbour board backs new container terminal | Harbour Weekly"
    msg["Date"] = "Wed, 02 Dec 2026 09:05:51 +0100"
    msg.set_content(body)
    art = articles_of("fwd.eml", bytes(msg))[0]
    assert art.source == "Harbour Weekly"
    assert art.author == "Jana Beispiel"


def test_stamp_run_on_into_by_name_gives_the_author() -> None:
    assert stamp_byline("December 1, 2026, by Jana Beispiel") == "Jana Beispiel"
    assert stamp_byline("1. Dezember 2026, von Jana Beispiel") == "Jana Beispiel"
    assert stamp_byline("December 1, 2026, by the numbers") == ""


def test_name_comma_place_by_the_stamp_is_the_byline() -> None:
    art = article_of(
        paste(
            "Harbour board backs new container terminal",
            "",
            "The terminal could double the port's capacity by 2030",
            "",
            "Jana Beispiel, Bergen",
            "",
            "1 December 2026 9:12 GMT",
            "",
            *_EN,
        )
    )
    assert art.author == "Jana Beispiel"
    assert art.dateline == ""
