"""Chrome lines amid and under the text: a marked advertisement ("erid:" token), an app
promo that names the stores' platforms, a "Trending on <site>" heading, a newsletter plea
after its pitch, and the writer's note "<Name> is a journalist at <Outlet>" without a stop."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_end_bio, is_footer


def test_marked_advertisement() -> None:
    assert is_boilerplate("Шины со скидкой 30% до конца месяца! erid: 4CQwVszH9pW")
    assert is_boilerplate("Реклама. ООО «Пример». erid=LjN8KbX2q")
    assert is_boilerplate("Ferienwohnungen am See – jetzt buchen. erid: 2VSb5yZ")
    # look-alike: a word that merely contains the letters
    assert not is_boilerplate(
        "Der Fahrer des Lieferwagens erlitt Verletzungen, teilte die Polizei mit."
    )


def test_app_promo_naming_the_platforms() -> None:
    assert is_boilerplate("Stay in the loop. Download the Example News app for Android and iOS.")
    assert is_boilerplate("Laden Sie die Beispiel-App für iOS und Android herunter.")
    assert is_boilerplate("Скачайте приложение «Пример» для Android и iOS.")
    # look-alike: a report about an app
    assert not is_boilerplate(
        "The bank said more than two million customers had downloaded its new app since May."
    )


def test_trending_on_a_site() -> None:
    assert is_footer("Trending on Example")
    assert is_footer("Trending at The Daily Example")
    assert not is_footer("Trending on social media: the council's tram plans")


def test_newsletter_plea_after_its_pitch() -> None:
    assert is_boilerplate(
        "Want the day's tech news first? Sign up for the Morning Wire, our digest of "
        "need-to-know industry news."
    )
    assert is_boilerplate("Stay ahead. Sign up to our weekly briefing on energy markets.")
    assert not is_boilerplate(
        "The council said residents could register. Sign up for the scheme closes on Friday."
    )


def test_writer_note_without_a_stop() -> None:
    assert is_end_bio("Jane Roe is a journalist at Example Tech")
    assert is_end_bio("Tom Reed is a senior reporter for The Daily Example")
    assert not is_end_bio("Jane Roe is a journalist")  # no outlet: could be anything


def _paste(*foot: str) -> str:
    from tests.importers.makers import NEWS_MORE, NEWS_TEXT

    return "\n".join([
        "Example Tech", "Enterprise", "Start-ups", "", "Enterprise",
        "Cork chipmaker raises €40m to expand its test plant", "", "by Jane Roe", "",
        NEWS_TEXT, "", NEWS_MORE, "", *foot, "", "Related: chips, Cork, funding",
        "Read more", "Why small firms struggle to hire engineers",
        "Example Tech, 1 Harbour Street, Dublin 2",
    ])  # fmt: skip


def test_day_under_the_writers_note_is_the_publication() -> None:
    from app.importers.compose import compose
    from app.importers.profiles import load_profiles

    profiles = load_profiles()
    for note, day in (
        ("Jane Roe is a journalist at Example Tech", "20 Nov 2025"),
        ("Jane Roe covers semiconductors for Example Tech.", "November 20, 2025"),
        ("Jane Roe is a senior reporter with Example Tech", "20.11.2025"),
    ):
        art = compose(_paste(note, day), profiles)
        assert art.published is not None and art.published.date().isoformat() == "2025-11-20"
        assert note not in art.body
    # look-alike: a day under the text's last paragraph, no note: an entry of a list
    art = compose(_paste("20 Nov 2025"), profiles)
    assert art.published is None
