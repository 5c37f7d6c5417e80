"""A photo credit without its colon ("Фото Kaktus.media", "Photo Jane Doe"): the credit and
the caption above it leave the text."""

from __future__ import annotations

from app.importers.boilerplate import is_caption
from app.importers.compose import compose
from app.importers.profiles import load_profiles

PROFILES = load_profiles()


def test_bare_credit_lines() -> None:
    assert is_caption("Фото Example.media")
    assert is_caption("Photo Jane Doe")
    assert not is_caption("Фото дня")
    assert not is_caption("Photo gallery")


def test_caption_and_bare_credit_leave_the_text() -> None:
    paste = "\n".join([
        "В городе откроют новую библиотеку на набережной",
        "Автор: Анна Примерова",
        "01.03.2024 09:05",
        "Город, 1 марта. Новая библиотека откроется на набережной весной, сообщили в мэрии "
        "города. В ней будет читальный зал, детский отдел и зал для лекций.",
        "Здание построено по проекту местного архитектора, строительство шло два года и "
        "обошлось бюджету в несколько миллионов.",
        "Здание библиотеки на набережной.",
        "Фото Example.media",
        "В мэрии рассчитывают, что библиотека станет местом встреч для жителей соседних "
        "районов, где таких учреждений пока нет.",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert "Фото Example.media" not in art.body
    assert "Здание библиотеки на набережной" not in art.body
    assert "В мэрии рассчитывают" in art.body


def test_caption_signed_by_a_bare_name_or_a_reader_of_the_paper() -> None:
    assert is_caption("Workers unload grain at the port in Example Town. Jane Fielding")
    assert is_caption("Очередь у моста на въезде в город. Фото: читатель «Примерной газеты»")
    assert not is_caption("The council met on Tuesday to approve the plan, said Jane Fielding")
    assert not is_caption("The council met on Tuesday. It approved the plan.")
