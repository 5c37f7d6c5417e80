"""Twenty-sixth blind batch: the lines outlets print under a text (a newsletter or push
offer, a messenger channel, reprint terms, a site's tagline, a teaser marker in the
du-form, the author's e-mail tagline) and a photographer's '(Name / The Outlet)' credit."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_caption, is_end_bio

EN_PARA = (
    "The regional council approved the new bridge over the river on Tuesday after a long "
    "debate, and construction is due to start next spring. "
)
DE_PARA = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den "
    "Fluss beschlossen, die Arbeiten sollen im kommenden Frühjahr beginnen. "
)


def test_offers_channels_reprint_terms_and_taglines_are_boilerplate() -> None:
    for line in (
        "Get our pick of top stories and thought-provoking articles in your inbox",
        "Stay updated with notifications for breaking news and our best stories",
        "Also worth reading",
        "MUSTER-Newsletter: Jetzt anmelden und nichts mehr verpassen!",
        "Наш канал в Telegram. Присоединяйтесь!",
        "Есть о чем рассказать? Пишите в наш телеграм-бот. Это анонимно и быстро",
        "Перепечатка текста и фотографий Example без разрешения редакции запрещена.",
        "Копирование материалов разрешено только с активной ссылкой на источник.",
        "Example.kz - Новости Казахстана",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Get the tools ready, the mayor told the crews on Monday.",
        "Копирование ключей в мастерских подорожало на треть за год.",
        "The newsletter market grew last year, analysts said.",
    ):
        assert not is_boilerplate(line), line


def test_photographer_and_outlet_in_brackets_close_a_caption() -> None:
    assert is_caption("The ferry approaches the dock in Seattle. (Jane Roe / The Example Times)")
    assert is_caption("Crews at the site on Monday. (Xinhua/Li Ziheng)")
    assert not is_caption("He said the plan was final (and the council agreed).")


def test_author_mail_tagline_ends_the_text() -> None:
    assert is_end_bio(
        "Jane Roe: jroe@example.com. Jane Roe covers transportation for The Example Times."
    )
    assert is_end_bio("Jane Roe: jroe@example.com")
    assert not is_end_bio("Write to the council at info@example.com with your questions.")


def test_du_form_teaser_marker_takes_its_headline_not_the_text() -> None:
    paste = "\n".join(
        [
            "Die Brücke kommt",
            DE_PARA * 3,
            DE_PARA * 2,
            "Das könnte dich auch interessieren",
            "Musterstadt: Neue Praxis am Marktplatz eröffnet",
            "Der Bürgermeister sprach von einem Meilenstein. " + DE_PARA * 2,
        ]
    )
    art = extract("a.txt", paste.encode("utf-8"))[0].article
    assert "interessieren" not in art.body
    assert "Neue Praxis" not in art.body
    assert "Meilenstein" in art.body
