"""Blind batch 54 (web pages and pastes): an edition's og:site_name under the brand's own
copyright notice, a title that runs the brand's words together, a role run in after the
byline's name, a byline with its stamp after the full stop, and the lines under a text that
are no part of it (a legal row ending in the notice, a Russian imprint, a paywall's word to
the reader, "Pic by" credits and a press service's photo credit)."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_caption
from app.importers.byline import author_of_line
from app.importers.sitename import edition_brand, spelled_as_in_title
from tests.importers.makers import ARTICLE_HTML, articles_of


def _page(site: str, title: str, footer: str) -> bytes:
    return (
        f"<html lang='en'><head><title>Rail freight grows | {title}</title>"
        f'<meta property="og:site_name" content="{site}"></head><body>'
        '<header><a class="logo" href="/">Example Energy</a></header>'
        "<main><article><h1>Rail freight grows</h1>"
        f"{ARTICLE_HTML}</article></main><footer>{footer}</footer></body></html>"
    ).encode()


def test_edition_site_name_under_the_brands_notice_gives_the_brand() -> None:
    page = _page("Example Energy Nordland", "Example Energy Nordland", "© Example Energy 2025")
    assert articles_of("p.html", page)[0].source == "Example Energy"


def test_edition_rule_needs_the_notice_to_name_the_logo_alone() -> None:
    notice = ["© Example Broadcasting 2025 · Impressum"]
    assert edition_brand("Example Energy Kultur", "Example Energy", notice) == ""
    assert (
        edition_brand("Example Energy Kultur", "Example Energy", ["© Example Energy Kultur"]) == ""
    )
    assert edition_brand("Example Energy India", "Example Energy", ["© 2025 Example Energy"]) == (
        "Example Energy"
    )


def test_title_running_the_brands_words_together_spells_the_site() -> None:
    assert spelled_as_in_title("The East Example", "Story | The EastExample") == "The EastExample"
    assert spelled_as_in_title("The East Example", "Story | The West Example") == "The East Example"


def test_role_run_in_after_the_name_is_dropped() -> None:
    assert author_of_line("By Jane Roeder Correspondent") == "Jane Roeder"
    assert author_of_line("By Anna Maria Roeder Senior Reporter") == "Anna Maria Roeder"


def test_role_after_a_comma_goes_whole() -> None:
    # not the run-in role's case: its name would end in the comma and keep half the role
    assert author_of_line("By Jane Roeder, Courts Reporter") == "Jane Roeder"


def test_byline_with_its_stamp_after_the_full_stop() -> None:
    line = "Von Jan Beispiel. Erstellt am 20. November 2025 | 05:30"
    assert author_of_line(line) == "Jan Beispiel"
    assert author_of_line("By Jane Roe. Updated 3 March 2025, 10:00") == "Jane Roe"


def test_lines_under_the_text_that_are_page_chrome() -> None:
    assert is_boilerplate("Impressum · Datenschutz · Cookie-Einstellungen · © Example Radio S.p.A.")
    assert is_boilerplate("Сетевое издание «Пример-Информ». Учредитель: БУ «Пример». 18+")
    assert is_boilerplate("Свидетельство о регистрации СМИ Эл № ФС77-00000")
    assert not is_boilerplate("Учредитель компании Иван Петров заявил, что сделка закрыта.")
    assert is_boilerplate("You’re all set to enjoy unlimited Example stories.")


def test_photographer_and_press_service_credits() -> None:
    assert is_caption("Pic by Jane Roeder")
    assert not is_caption("Pic by the river")
    assert is_caption("Фото пресс-службы ПАО «Пример»")
    assert is_caption("Зал новой станции. Фото пресс-службы ПАО «Пример»")


def test_domain_logo_and_notice_with_the_bare_name_in_a_credit() -> None:
    from app.importers.compose import compose
    from app.importers.profiles import load_profiles

    paste = "\n".join([
        "Beispielblatt.at",
        "Region",
        "Bezirke",
        "Sport",
        "Wirtschaft",
        "E-Paper",
        "Anmelden",
        "Samstag, 22. November 2025",
        "Region / Bezirk Nord / Seedorf",
        "Verkehr",
        "Neue Radwege am Seeufer geplant",
        "Die Gemeinde rechnet mit mehr Radverkehr im Sommer.",
        "Von Jan Beispiel. Erstellt am 20. November 2025 | 05:30",
        "Die Gemeinde baut bis zum Sommer zwei neue Radwege am Ufer, teilte das Bauamt am "
        "Dienstag mit. Die Kosten liegen bei rund drei Millionen Euro.",
        "Foto: Beispielblatt Archiv",
        "Den Großteil der Kosten zahlt das Land, den Rest trägt die Gemeinde aus ihrem "
        "Haushalt, wie der Bürgermeister sagte.",
        "© Beispielblatt.at 2025 | Impressum | Datenschutz",
    ])  # fmt: skip
    art = compose(paste, load_profiles())
    assert art.source == "Beispielblatt"
