"""Blind batch 221's families (fixer 221): monitoring reports in HTML whose clips each open
with a small table of fields, either the field names as a header row over one row of
values ('Publication | Date | Section' over 'Outlet | 01 Dec 2026 | Business') or bold
labels without colons beside their values ('Источник' | 'Outlet' | 'Дата' | '01.12.2026'),
a 'Тональность' (tone) row among them."""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import articles_of, mail_bytes

_TEXT = (
    "The city council approved a new budget for the repair of its water network on Monday, "
    "with most of the money going to pipes laid more than fifty years ago in the old town."
)
_MORE = (
    "Officials said the first works would start in the spring and that residents would be "
    "told of any interruptions to their supply at least two days in advance."
)


def _header_table_item(outlet: str, day: str, desk: str, headline: str, byline: str) -> str:
    by = f"<p><b>{byline}</b></p>" if byline else ""
    return (
        '<tr><td><table border="1"><tr><th>Publication</th><th>Date</th><th>Page</th>'
        "<th>Section</th><th>AVE</th><th>Audience</th></tr>"
        f"<tr><td>{outlet}</td><td>{day}</td><td>-</td><td>{desk}</td><td>R1 200</td>"
        f"<td>900 000</td></tr></table><h3>{headline}</h3>{by}<p>{_TEXT}</p><p>{_MORE}</p>"
        '<a href="https://portal.example.com/clip/1">View clip</a></td></tr>'
    )


def test_header_row_over_one_row_of_values_names_each_clip_fields() -> None:
    html = (
        "<html><body><table><tr><td><b>EXAMPLE</b> MEDIA MONITORING</td></tr>"
        "<tr><td>Client: Example Department · Report date: 02 December 2026 · 2 clips</td></tr>"
        + _header_table_item(
            "Example Herald (Online)", "01 Dec 2026", "Business", "Water pipes get repair money", ""
        )
        + _header_table_item(
            "Example Post (Print)",
            "02 Dec 2026 09:05",
            "Local News",
            "Old town braces for water works",
            "By Jane Roe",
        )
        + "</table><p>Example Media Monitoring Ltd · internal use only.</p></body></html>"
    )
    mail = mail_bytes("Example Monitoring <reports@example.com>", "Coverage report", html, "html")
    arts = articles_of("report.eml", mail)
    assert [a.title for a in arts] == [
        "Water pipes get repair money",
        "Old town braces for water works",
    ]
    assert [a.section for a in arts] == ["Business", "Local News"]
    assert [a.source for a in arts] == ["Example Herald", "Example Post"]
    assert arts[1].published is not None
    assert arts[1].published.replace(tzinfo=None) == datetime(2026, 12, 2, 9, 5)


def _bold_label_item(outlet: str, day: str, desk: str, headline: str, author: str) -> str:
    by = f"<p><i>Автор: {author}</i></p>" if author else ""
    return (
        '<table border="1"><tr><td><b>Источник</b></td>'
        f"<td>{outlet}</td><td><b>Дата</b></td><td>{day}</td></tr>"
        f"<tr><td><b>Рубрика</b></td><td>{desk}</td><td><b>Полоса</b></td><td>—</td></tr>"
        "<tr><td><b>Аудитория</b></td><td>12 000</td><td><b>Тональность</b></td>"
        "<td>нейтральная</td></tr>"
        f'<tr><td colspan="4"><h3>{headline}</h3>{by}<p>{_RU}</p><p>{_RU_MORE}</p></td></tr>'
        "</table>"
    )


_RU = (
    "Городская дума в понедельник утвердила программу ремонта водопроводных сетей, большая "
    "часть средств пойдет на замену труб, проложенных более полувека назад в старом центре."
)
_RU_MORE = (
    "Первые работы начнутся весной, жителей предупредят об отключениях воды не менее чем за "
    "двое суток, сообщили в администрации города."
)


def test_bold_labels_without_colons_beside_their_values_are_the_clip_fields() -> None:
    html = (
        "<html><body><h2>Отчет по теме: «Водоканал»</h2>"
        "<p>Период: 01.12.2026 00:00 – 02.12.2026 09:00<br>Всего упоминаний: 3</p>"
        + _bold_label_item(
            "Пример-Пресс (Интернет-СМИ)",
            "01.12.2026 14:22",
            "Город",
            "Дума утвердила ремонт водопровода",
            "Иван Петров",
        )
        + _bold_label_item(
            "Вестник Примера (Печатное СМИ)",
            "02.12.2026",
            "Общество",
            "Старый центр готовится к ремонту сетей",
            "",
        )
        + _bold_label_item(
            "Пример-ТВ (Телевидение)",
            "01.12.2026 19:05",
            "Новости",
            "Водопровод в центре заменят за три года",
            "Мария Смирнова",
        )
        + "<p>Отчет сформирован автоматически. Отказаться от рассылки: "
        "https://monitor.example.ru/unsubscribe</p></body></html>"
    )
    mail = mail_bytes("Monitor <noreply@monitor.example.ru>", "Мониторинг СМИ", html, "html")
    arts = articles_of("monitoring.eml", mail)
    assert [a.title for a in arts] == [
        "Дума утвердила ремонт водопровода",
        "Старый центр готовится к ремонту сетей",
        "Водопровод в центре заменят за три года",
    ]
    assert [a.section for a in arts] == ["Город", "Общество", "Новости"]
    assert all(a.source and "Istochnik" not in a.source for a in arts), [a.source for a in arts]
    assert [a.published.replace(tzinfo=None) for a in arts if a.published] == [
        datetime(2026, 12, 1, 14, 22),
        datetime(2026, 12, 2),
        datetime(2026, 12, 1, 19, 5),
    ]
    assert [a.author for a in arts] == ["Иван Петров", "", "Мария Смирнова"]
