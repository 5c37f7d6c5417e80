"""A page a person pastes or forwards into a mail: the person is never its source. The
outlet the page names (its logo over the menu, its copyright notice under the text) comes
first; the person's name stays only where the page names no outlet at all. A footer's
brand before a company's notice ('Example Mirror © 2025 Example Group plc') is the outlet.
"""

from __future__ import annotations

from app.importers.sitename import copyright_owner
from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes


def test_a_pasted_page_under_a_note_takes_its_outlet_from_its_notice_not_the_sender() -> None:
    body = (
        "Hi team,\n\nsee below, relevant for the briefing.\n\nThanks\nPriya\n\n"
        "Example Chronicle\nSign in\nNews\nLocal\n\n"
        "Tram network to grow by forty kilometres under council plan\n\n"
        "By Jo Writer\n25 Nov 2025, 09:10\n\n"
        f"{NEWS_TEXT}\n\n{NEWS_MORE}\n\nFollow Example Chronicle\n"
        "Example Chronicle © 2025 Example Holdings plc\n\n"
        "Priya Sharma\nAnalyst | Transport Unit\n"
    )
    data = mail_bytes("Priya Sharma <p.sharma@think.example>", "FYI trams", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Example Chronicle"


def test_a_german_paste_from_a_colleague_names_the_paper_of_its_footer() -> None:
    body = (
        "Hallo zusammen,\n\nzur Info der Artikel von heute.\n\nGruß\nJörg\n\n"
        "Beispielstädter Anzeiger\nAbo\nStartseite / Lokales\n\n"
        "Zwei neue Radwege am Ufer bis zum Sommer geplant\n\n"
        "25.11.2025, 07:30 Uhr\n\n"
        f"{MAIL_DE}\n\n{MAIL_DE}\n\nImpressum\n© 2025 Beispielstädter Anzeiger\n\n"
        "Jörg Mustermann\nReferent\n"
    )
    data = mail_bytes("Jörg Mustermann <j.mustermann@verband.example>", "Radwege", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Beispielstädter Anzeiger"


def test_a_russian_paste_from_a_person_takes_the_sites_latin_name() -> None:
    body = (
        "Коллеги, для сведения.\n\n"
        "PRIMER.KZ\nНовости\nЭкономика\n\n"
        "Власти утвердили план ремонта двенадцати мостов в городе\n\n"
        "26.11.2025 12:40\n\n"
        f"{MAIL_RU}\n\n{MAIL_RU}\n\n© 2025 Primer.kz. Все права защищены.\n\n"
        "С уважением,\nАйдана Каримова\n"
    )
    data = mail_bytes("Айдана Каримова <a.karimova@firm.example>", "мосты", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Primer.kz"


def test_a_persons_own_letter_naming_no_outlet_keeps_the_person() -> None:
    body = f"{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{NEWS_TEXT}\n"
    data = mail_bytes("Priya Sharma <p.sharma@think.example>", "Trams", body)
    (art,) = articles_of("m.eml", data)
    assert art.source == "Priya Sharma"


def test_a_brand_before_its_companys_notice_is_the_outlet() -> None:
    assert copyright_owner("Example Mirror © 2025 Example Group plc") == "Example Mirror"
    assert copyright_owner("Beispiel Kurier © 2025 Beispiel Medien GmbH") == "Beispiel Kurier"
    assert copyright_owner("Пример © 2025 ООО «Медиахолдинг»") == "Пример"
    # a credit's label or the notice's own word before the mark is no brand
    assert copyright_owner("Foto © 2025 Example Pictures GmbH") == "Example Pictures"
    assert copyright_owner("Copyrights © 2025 Daily Paper Private Ltd.") == "Daily Paper"
    # no company after the mark: the owner after it as before
    assert copyright_owner("Example Mirror © 2025 Example Post") == "Example Post"
