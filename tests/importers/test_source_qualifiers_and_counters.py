"""The source is the outlet's bare name: no bracketed place, domain or edition after it, no
label of the document it issued, no hit counter or item number of the digest that carried
it, no menu row or breadcrumb that a print title's name merely begins."""

from __future__ import annotations

from app.importers.compose import Hints, compose
from app.importers.pdf import _printed_page
from app.importers.profiles import load_profiles
from app.importers.sitename import plain_source
from app.importers.stampline import one_line_stamp

PROFILES = load_profiles()


def test_bracketed_qualifier_goes() -> None:
    assert plain_source("Harbour Courier (Port Example)") == "Harbour Courier"  # a place
    assert plain_source("ExampleNews (examplenews.uz)") == "ExampleNews"  # its domain
    assert plain_source("Example.kz (English edition)") == "Example.kz"  # an edition
    assert plain_source("Вечерний Пример (Бишкек)") == "Вечерний Пример"
    assert plain_source("Beispielbote (Ausgabe Nord)") == "Beispielbote"


def test_document_label_goes() -> None:
    assert plain_source("Example Networks Media Release") == "Example Networks"
    assert plain_source("Stadtwerke Beispiel Pressemitteilung") == "Stadtwerke Beispiel"
    assert plain_source("Пример Энерго пресс-релиз") == "Пример Энерго"


def test_plain_names_stay() -> None:
    assert plain_source("Radio (Free) Example") == "Radio (Free) Example"  # not at the end
    assert plain_source("(dpa)") == "(dpa)"  # nothing would be left
    assert plain_source("Press Release") == "Press Release"
    assert plain_source("Example Release Notes") == "Example Release Notes"
    assert plain_source("Пример") == "Пример"


def test_quoted_agency_kind_goes_before_transliteration() -> None:
    text = "\n".join([
        "В Примерске откроют новый мост через реку",
        "Автор: Ольга Примерова",
        "Мост длиной 420 метров соединит два района города, сообщили в мэрии в пятницу.",
        "Строительство обошлось бюджету в 2,4 млрд рублей и заняло почти три года.",
    ])  # fmt: skip
    article = compose(text, PROFILES, Hints(fallback_source="ИА «Примерия»"))
    assert article.source == "Primeriya"


def test_hit_counter_before_the_outlet() -> None:
    stamp = one_line_stamp("Treffer 1 von 5 | Beispielzeitung (Online) | 20.11.2025, 16:40 Uhr")
    assert stamp is not None and stamp.outlet == "Beispielzeitung"
    stamp = one_line_stamp("Hit 2 of 12 | Example Times | 24 November 2025 | Business")
    assert stamp is not None and stamp.outlet == "Example Times"
    stamp = one_line_stamp("Материал 3 из 7 | Пример-Пресс | 25.11.2025 | Общество")
    assert stamp is not None and stamp.outlet == "Пример-Пресс"


def test_item_number_and_domain_of_a_digest_line() -> None:
    stamp = one_line_stamp("1. Уральский Пример (primer.kz) | 27.11.2025 14:20 | Общество")
    assert stamp is not None and stamp.outlet == "Уральский Пример"
    stamp = one_line_stamp("2) Example Weekly (exampleweekly.com) | 24 Nov 2025 | Politics")
    assert stamp is not None and stamp.outlet == "Example Weekly"
    # the Latin spelling in brackets is still the outlet's own name
    stamp = one_line_stamp("Уральский Пример (Uralskiy Primer) | 27.11.2025 | Общество")
    assert stamp is not None and stamp.outlet == "Uralskiy Primer"
    # a plain stamp is read as before
    stamp = one_line_stamp("Beispielbote | 21.11.2025 | Wirtschaft")
    assert stamp is not None and stamp.outlet == "Beispielbote"


def test_print_title_name_beats_a_menu_row_it_begins() -> None:
    text = "\n".join(
        [
            "EXTV Live TV Latest India World Cities Opinion Business Sports",
            "Council approves new tram lines",
            "The council approved forty kilometres of new tram lines on Tuesday evening.",
        ]
    )
    assert _printed_page("Council approves new tram lines | EXTV", text).fallback_source == "EXTV"
    text = "\n".join(
        [
            "beispiel online > News > Wirtschaft",
            "Zulieferer investiert in Dresden",
            "Der Zulieferer investiert 380 Millionen Euro in eine neue Fertigung in Dresden.",
        ]
    )
    hints = _printed_page("Zulieferer investiert in Dresden | beispiel online", text)
    assert hints.fallback_source == "beispiel online"
    # a name the browser's header cut inside a word is printed in full above
    text = "\n".join(
        [
            "Официальный портал Примерской области",
            "Новый мост откроют в декабре",
            "Новый мост через реку откроют в декабре, сообщили в правительстве области.",
        ]
    )
    hints = _printed_page("Новый мост откроют в декабре | Официальный портал Примерской обл", text)
    assert hints.fallback_source == "Официальный портал Примерской области"
