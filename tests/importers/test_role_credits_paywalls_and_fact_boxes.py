"""Pasted pages: a TV report's "Оператор:" / "Editor:" credits by the byline are no
headline, a "Видео: X" credit goes like a photo's, a registered outlet in the footer names
the site over its owner, a paywall's cut and a comment box's prompt leave the text, a
key-facts box over the dateline's paragraph opens the text (its heading is no byline), and
a trail after "Sie sind hier:" gives the section."""

from __future__ import annotations

from app.importers import boilerplate as bp
from app.importers import extract
from app.importers.byline import staff_line
from app.importers.sitename import copyright_owner, latin_name

_TEXT = (
    "Die Stadtwerke haben am Montag den neuen Busfahrplan vorgestellt, der ab Januar für alle "
    "Linien im Stadtgebiet gelten soll und dichtere Takte bringt, vor allem am Abend."
)
_MORE = (
    "Nach Angaben der Verwaltung werden dafür zwölf zusätzliche Fahrer eingestellt. Die Kosten "
    "trägt zum größeren Teil der Landkreis, der Rest kommt aus dem Haushalt der Stadt."
)


def _paste(lines: list[str]) -> object:
    return extract("p.txt", "\n".join(lines).encode())[0].article


def test_camera_and_editor_credits_are_credits_not_headlines() -> None:
    assert staff_line("Оператор: Иван Петров") == (False, "Иван Петров")
    assert staff_line("Kamera: Max Muster") == (False, "Max Muster")
    art = _paste(
        [
            "Beispielbote",
            "Stadtwerke stellen neuen Busfahrplan vor",
            "25.11.2025 18:05",
            "Autor: Anna Beispiel",
            "Kamera: Max Muster",
            "Editor: Jane Doe",
            _TEXT,
            _MORE,
        ]
    )
    assert art.title == "Stadtwerke stellen neuen Busfahrplan vor"
    assert art.author == "Anna Beispiel"
    assert art.body.startswith("Die Stadtwerke")


def test_video_credit_is_a_caption() -> None:
    assert bp.is_caption("Видео: ГТРК «Пример»")
    assert bp.is_caption("Video: dpa")
    assert not bp.is_caption("Video: Der Minister erklärt die Lage. Dann geht es weiter.")


def test_registered_outlet_in_the_footer_names_the_site() -> None:
    line = "© 2025 ФГУП ПРИМЕР. Все права защищены. Сетевое издание «Вести Примерье»."
    assert copyright_owner(line) == "Вести Примерье"
    assert copyright_owner("© 2025 ООО «Пример». Все права защищены.") == "Пример"


def test_a_regions_soft_sign_ending_is_spelt_ye() -> None:
    assert latin_name("Вести Примерье") == "Vesti Primerye"
    assert latin_name("Северный курьер") == "Severnyy Kurer"  # inside a word: as before
    assert latin_name("Вечерний Бишкек") == "Vecherniy Bishkek"


def test_paywall_cut_and_comment_prompt_are_boilerplate() -> None:
    for line in (
        "Weiterlesen mit Beispiel+",
        "Sie haben das Ende des frei verfügbaren Teils erreicht. Jetzt Abo abschliessen und "
        "alle Artikel lesen.",
        "Continue reading with Example Plus",
        "Comment on this Article",
        "You must be logged in to post a comment.",
    ):
        assert bp.is_boilerplate(line), line
    assert not bp.is_boilerplate("Weiterlesen mit dem Auto ist keine Option, sagte er.")


def test_key_facts_box_over_the_dateline_opens_the_text() -> None:
    art = _paste(
        [
            "Beispielbote",
            "Sie sind hier: Home > News > Verkehr",
            "Stadtwerke stellen neuen Busfahrplan vor",
            "Mehr Busse, dichtere Takte: Der Fahrplan wird im Januar umgebaut.",
            "24.11.2025 | 15:47 Uhr",
            "Das Wichtigste in Kürze",
            "Ab Januar fahren alle Linien im Stadtgebiet dichter.",
            "Zwölf zusätzliche Fahrer werden eingestellt.",
            "Neustadt (bb) - " + _TEXT,
            _MORE,
        ]
    )
    assert art.title == "Stadtwerke stellen neuen Busfahrplan vor"
    assert art.body.startswith("Das Wichtigste in Kürze")
    assert art.author == ""
    assert art.section == "Verkehr"


def test_a_brands_own_notice_keeps_the_brand() -> None:
    assert copyright_owner("© 2001–2025 Primer.ru. Сетевое издание «Пример Ньюс». 18+") == (
        "Primer.ru"
    )
