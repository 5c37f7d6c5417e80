"""A <time> element whose datetime attribute states the day only while its text prints the
clock: the page's publication is that day at the printed time."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.model import Extracted

PARA = (
    "<p>The regional council approved a programme on Tuesday to rebuild forty bridges across "
    "the district by 2028, the roads department said in a statement.</p>"
    "<p>The works are expected to cost about 85 million, and the first sites open in spring, "
    "with residents kept informed throughout the construction period.</p>"
)


def _page(lang: str, shown: str, attr: str = "2025-11-26") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        "<title>Council to rebuild forty bridges</title></head><body>"
        '<article><div class="top">'
        f'<time datetime="{attr}">{shown}</time></div>'
        "<h1>Council to rebuild forty bridges by 2028</h1>"
        f"{PARA}</article></body></html>"
    ).encode()


def _published(page: bytes) -> datetime | None:
    items = extract("page.html", page)
    assert isinstance(items[0], Extracted)
    return items[0].article.published


def test_printed_clock_of_the_stated_day() -> None:
    assert _published(_page("ru", "26 ноября 2025 года, 15:10")) == datetime(2025, 11, 26, 15, 10)
    assert _published(_page("de", "26.11.2025, 09:45 Uhr")) == datetime(2025, 11, 26, 9, 45)
    assert _published(_page("en", "November 26, 2025 at 6:05 pm")) == datetime(2025, 11, 26, 18, 5)


def test_other_day_in_the_text_keeps_the_attribute() -> None:
    # look-alike: the text prints another day (an update): the attribute's day stands
    got = _published(_page("en", "Updated November 27, 2025 at 6:05 pm"))
    assert got is not None and got.date().isoformat() == "2025-11-26"


def test_head_of_state_site_keeps_its_cyrillic_name() -> None:
    from app.importers.sitename import is_institution

    assert is_institution("Президент России")
    assert is_institution("Президент Республики Примерстан")
    assert is_institution("Мэр Примерска")
    assert is_institution("Полиция Примерского края")
    assert not is_institution("Президентская газета")  # a paper's name: latinised
    assert not is_institution("Вечерний Примерск")
