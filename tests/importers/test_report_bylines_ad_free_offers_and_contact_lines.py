"""A genre byline "Ein Bericht von …", the caption "Фото иллюстративное: …", an ad-free
subscription's offer, a release's contact line with its phone, an outlet's donation pitch
about itself and a journal's note that the opinions are the author's."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of


def test_report_genre_before_von_is_a_byline() -> None:
    assert author_of_line("Ein Bericht von Lena Hofmann") == "Lena Hofmann"
    assert author_of_line("Ein Hintergrund von Jan Roth") == "Jan Roth"


def test_photo_with_the_adjective_after_it_is_a_caption() -> None:
    assert is_boilerplate("Фото иллюстративное: Example.news")
    assert is_boilerplate("Фото для иллюстрации")


def test_ad_free_offer_goes() -> None:
    assert is_boilerplate("Jetzt Example plus buchen - werbefrei lesen für 5 Euro im Monat")
    assert is_boilerplate("Subscribe today and read Example ad-free")
    assert not is_boilerplate("Die Zeitung will künftig mehr Artikel werbefrei anbieten.")


def test_contact_line_with_phone_or_mail_goes() -> None:
    assert is_boilerplate(
        "Pressekontakt: Pressestelle des Landtags, Telefon 0511 123-45, presse@example.de"
    )
    assert is_boilerplate("Media contact: Jane Doe, jane.doe@example.org")
    assert not is_boilerplate("Pressekontakt: Jana Berg")


def test_outlets_donation_pitch_about_itself_goes() -> None:
    pitch = (
        "Example Weekly is run by a small team and published by an independent foundation "
        "that is funded through donations from our readers. We cannot do this without you."
    )
    assert is_boilerplate(pitch)
    text = f"Tram network to grow by 40 kilometres\n{NEWS_TEXT}\n{pitch}\n{NEWS_MORE}\n"
    (art,) = articles_of("tram.txt", text.encode())
    assert "donations" not in art.body and NEWS_MORE in art.body


def test_journal_note_that_the_opinions_are_the_authors_goes() -> None:
    assert is_boilerplate(
        "Example Edge is Example's online journal covering foreign policy across Europe. "
        "All opinions are those of the author."
    )
    assert not is_boilerplate(
        "The review is the institute's journal for economic history. Its editors changed."
    )
