"""Monitoring alerts and digests read item by item: the desk a stamp names after the day,
the rubric beside an item's time over its headline, and the row of buttons under each text.
"""

from __future__ import annotations

from datetime import datetime

from app.importers.byline import author_of_line
from app.importers.newsletter import frame_end
from app.importers.stampline import one_line_stamp
from tests.importers.makers import MAIL_RU, articles_of, mail_bytes

MORE = (
    "На территории области откроются четыре новых пункта приема вторсырья, жители смогут "
    "сдать пластик, стекло и макулатуру, сообщили в администрации."
)


def test_a_plain_desk_after_the_day_is_the_items_desk() -> None:
    stamp = one_line_stamp("example.ru | 25 ноября 2025, 12:47 | Город")
    assert stamp is not None and (stamp.outlet, stamp.section) == ("example.ru", "Город")
    assert stamp.published == datetime(2025, 11, 25, 12, 47)
    named = one_line_stamp("Example Post | 25.11.2025 | Jane Doe")  # a name is no desk
    assert named is not None and named.section == ""


def test_a_row_of_buttons_under_the_text_ends_it() -> None:
    lines = [MAIL_RU, MORE, "Открыть · В избранное · Скрыть источник", "Отписаться"]
    assert frame_end(lines) == 2
    places = [MAIL_RU, "Москва · Казань · Самара", MORE]  # text under it: no row
    assert frame_end(places) == len(places)


def test_the_rubric_beside_an_items_time_is_its_section() -> None:
    """'18:05 · Rubric' over each headline of an HTML digest: the item's time on the issue's
    day and its rubric, also where a deck stands under the headline."""
    items = [("18:05", "Транспорт", "Мэрия утвердила план ремонта мостов", MAIL_RU),
             ("16:40", "Город", "В области откроют пункты приема вторсырья", MORE)]  # fmt: skip
    cells = "".join(
        f"<div><div>{t} · {r}</div><h3><a href='https://example.ru/{n}'>{h}</a></h3>"
        f"<div><i>Короткая подводка к материалу</i></div><p>{p}</p><p>{p}</p>"
        f"<a href='https://example.ru/{n}'>Читать далее →</a></div>"
        for n, (t, r, h, p) in enumerate(items)
    )
    html = (
        "<html><body><div>Вечерний дайджест · среда, 26 ноября 2025</div>"
        f"{cells}<div>Вы получили это письмо, потому что подписались на рассылку.</div>"
        "</body></html>"
    )
    mail = mail_bytes("Example <digest@example.ru>", "Вечерний дайджест", html, "html")
    arts = articles_of("digest.eml", mail)
    assert [a.title for a in arts] == [h for _, _, h, _ in items]
    assert [a.section for a in arts] == ["Транспорт", "Город"]
    assert arts[1].published == datetime(2025, 11, 26, 16, 40)


def test_a_scholars_byline_names_the_author_not_the_post() -> None:
    """An academic newsletter's byline 'Name, post, institution' under each headline."""
    assert author_of_line("Jane Doe, Associate Professor of Hydrology, University of Leeds") == (
        "Jane Doe"
    )
    assert author_of_line("Jan Roth, Dozent für Recht, Universität Jena") == "Jan Roth"
    assert author_of_line("Leeds, the professor said") == ""
