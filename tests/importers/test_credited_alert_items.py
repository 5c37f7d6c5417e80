"""A clipping service's alert with no headings: each bold headline has its credit line under
it ('Outlet, 26.11.2025, S. 8 (Desk)'), and that credit, repeating, splits the alert.
"""

from __future__ import annotations

from datetime import datetime

from app.importers.stampline import credit_stamp
from tests.importers.makers import REVIEW_DE_MORE, REVIEW_DE_TEXT, articles_of, mail_bytes


def test_a_credit_line_names_outlet_day_and_desk_with_a_page_or_desk() -> None:
    stamp = credit_stamp("Beispielblatt, 26.11.2025, S. 8 (Nordheim)")
    assert stamp is not None
    assert (stamp.outlet, stamp.published, stamp.section) == (
        "Beispielblatt",
        datetime(2025, 11, 26),
        "Nordheim",
    )
    timed = credit_stamp("example.at, 25.11.2025, 17:32 (Land)")
    assert timed is not None and timed.published == datetime(2025, 11, 25, 17, 32)
    assert credit_stamp("Berlin, 24.11.2025") is None  # a dateline names no page or desk


def test_credit_lines_under_bold_headlines_split_the_alert() -> None:
    items = [
        ("Grundschule in Nordheim wird erweitert", "Beispielblatt, 26.11.2025, S. 8 (Nordheim)"),
        ("Gemeinderat beschließt neuen Haushalt", "example.at, 25.11.2025, 17:32 (Land)"),
    ]
    cells = "".join(
        f"<p><b>{head}</b></p><p>{credit}</p><p>{REVIEW_DE_TEXT}</p><p>{REVIEW_DE_MORE}</p>"
        f"<p><a href='https://example.at/clip/{n}'>Clipping öffnen</a></p><hr>"
        for n, (head, credit) in enumerate(items)
    )
    html = (
        "<html><body><div>MONITOR</div><p>Ihr Suchauftrag „Schulen“: 2 neue Treffer vom "
        f"26.11.2025</p>{cells}</body></html>"
    )
    arts = articles_of(
        "alert.eml", mail_bytes("Monitor <alert@example.at>", "Treffer", html, "html")
    )
    assert [a.title for a in arts] == [head for head, _ in items]
    assert [a.source for a in arts] == ["Beispielblatt", "example.at"]
    assert [a.section for a in arts] == ["Nordheim", "Land"]
    assert arts[1].published == datetime(2025, 11, 25, 17, 32)
    assert all(a.body.startswith(REVIEW_DE_TEXT[:40]) for a in arts)


def test_a_wires_ends_mark_closes_the_mailed_story() -> None:
    """'ENDS' alone on its line under a wire story: the agency's notice under it is no text."""
    body = (
        "Councils warn of funding gap\n\n"
        + "\n\n".join([REVIEW_DE_TEXT, REVIEW_DE_MORE])
        + "\n\nENDS\nExample Wire is a trading name of Example Ltd. For subscriber use only.\n"
    )
    (art,) = articles_of("wire.eml", mail_bytes("Example Wire <wire@example.org>", "Funding", body))
    assert "ENDS" not in art.body and "subscriber" not in art.body
    assert art.body.endswith(REVIEW_DE_MORE)


def test_a_credit_names_the_outlets_site_and_the_author_after_the_desk() -> None:
    line = "Beispielbote (beispielbote.ru), 25.11.2025 09:30, рубрика «Город», автор: Анна Петрова"
    stamp = credit_stamp(line)
    assert stamp is not None
    assert (stamp.outlet, stamp.published, stamp.section) == (
        "Beispielbote",
        datetime(2025, 11, 25, 9, 30),
        "Город",
    )


_RU_TEXT = (
    "В районе до конца следующего года откроют новую школу на тысячу учеников, сообщили в "
    "городской администрации во вторник."
)
_RU_MORE = "Строительство ведется за счет городского бюджета, подрядчик уже выбран по конкурсу."


def _numbered_alert(html: bool) -> bytes:
    items = [
        (
            "В Северном районе откроют новую школу",
            "Beispielbote (beispielbote.ru), "
            "25.11.2025 09:30, рубрика «Город», автор: Анна Петрова",
        ),
        ("В Южном районе построят котельную", "Примерная газета, 24.11.2025, рубрика «Общество»"),
    ]
    if html:
        body = (
            "<html><body><div><b>Мониторинг</b> | Отчет</div>"
            + "".join(
                f"<div><b>{n}. {head}</b><div>{credit}</div><p>{_RU_TEXT}</p><p>{_RU_MORE}</p>"
                f"<a href='#'>Открыть</a></div>"
                for n, (head, credit) in enumerate(items, 1)
            )
            + "</body></html>"
        )
    else:
        body = "Мониторинг | Отчет\n\n" + "\n\n_____________\n\n".join(
            f"{n}. {head}\n{credit}\n\n{_RU_TEXT}\n\n{_RU_MORE}"
            for n, (head, credit) in enumerate(items, 1)
        )
    return mail_bytes("Монитор <m@example.ru>", "Отчет", body, "html" if html else "plain")


def test_numbered_headlines_over_comma_credits_split_the_alert() -> None:
    """'1. Headline' over 'Outlet (site), date, рубрика «X», автор: Y': the number counts the
    items, the credit gives each its outlet, day, desk and author (HTML and plain text)."""
    for html in (True, False):
        arts = articles_of("alert.eml", _numbered_alert(html))
        assert [a.title for a in arts] == [
            "В Северном районе откроют новую школу",
            "В Южном районе построят котельную",
        ], html
        assert [a.section for a in arts] == ["Город", "Общество"]
        assert [a.published.date().day for a in arts] == [25, 24]
        assert arts[0].author == "Анна Петрова"
        assert arts[0].body.startswith(_RU_TEXT[:30])
