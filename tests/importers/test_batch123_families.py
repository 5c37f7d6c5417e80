"""Blind batch 123's families: a newspaper's motto under its logo ("Республиканская
общественно-политическая газета") is chrome, no headline; a photo note naming its archive
or press office without a colon ("Фото из архива редакции"); the header's account bar
("Subscribe | Log In | e-Edition"); a menu row run on into the crumb trail ("News Sports …
News › Environment"); a reader's dated one-line note over a clipping without a rule."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.sections import arrow_crumbs, is_arrow_trail
from tests.importers.makers import article_of, docx_with


def test_paper_motto_is_boilerplate() -> None:
    for motto in (
        "Республиканская общественно-политическая газета",
        "Общественно-политическая газета Павлодарской области · выходит с 1918 года",
        "Ежедневная деловая газета",
        "Unabhängige Tageszeitung für das Sauerland",
        "The independent newspaper of the Highlands",
        "выходит с 1931 года",
    ):
        assert is_boilerplate(motto), motto
    for headline in (
        "Газета «Пример» сменила главного редактора",
        "Neue Zeitung für Hamburg geplant",
        "The independent review found failures in the council's planning",
    ):
        assert not is_boilerplate(headline), headline


def test_motto_over_a_stamped_headline_is_not_the_title() -> None:
    for logo, motto, trail, stamp, head, credit, text in (
        (
            "Северная правда",
            "Республиканская общественно-политическая газета",
            "Главная  →  Общество",
            "19.11.2025 10:41      Просмотров: 312",
            "В Примерске до конца года отремонтируют ещё шесть улиц",
            "Фото: пресс-служба Минтранса",
            "Дорожные службы Примерска приступили к ремонту последних шести улиц, включённых в "
            "план этого года, сообщили в городской администрации во вторник.",
        ),
        (
            "Talbote",
            "Unabhängige Tageszeitung für das Sauerland",
            "Startseite  ›  Lokales",
            "19.11.2025, 10:41 Uhr      Aufrufe: 312",
            "Stadt saniert bis Jahresende sechs weitere Straßen",
            "Foto: Stadtverwaltung",
            "Die Bautrupps der Stadt haben mit der Sanierung der letzten sechs Straßen begonnen, "
            "die im Plan für dieses Jahr stehen, teilte die Verwaltung am Dienstag mit.",
        ),
        (
            "Glen Courier",
            "The independent newspaper of the Highlands",
            "Home  ›  News",
            "19.11.2025 10:41      Views: 312",
            "Council to resurface six more streets before the year ends",
            "Photo: council press office",
            "Road crews have started work on the last six streets in this year's plan, the "
            "council said on Tuesday, with most of the work due to finish in December.",
        ),
    ):
        lines = [logo, motto, trail, stamp, head, credit, text, text.replace("the", "a", 1)]
        art = article_of("\n".join(lines) + "\n")
        assert art.title == head, head


def test_photo_note_naming_its_archive_is_a_caption() -> None:
    for note in (
        "Фото из архива редакции",
        "Фото пресс-службы акимата",
        "Foto aus dem Archiv der Stadt",
        "Photo from the archives",
    ):
        assert is_boilerplate(note), note
    assert not is_boilerplate("Фото из архива помогло найти пропавшего пса")


def test_account_bar_is_boilerplate() -> None:
    for bar in (
        "Subscribe | Log In | e-Edition",
        "Abonnieren | Anmelden | E-Paper",
        "Log in · Subscribe",
    ):
        assert is_boilerplate(bar), bar
    assert not is_boilerplate("Subscribers complain as the e-edition goes down for a day")


def test_menu_row_run_into_the_trail() -> None:
    row = "News Sports Opinion Business Weather Things to Do Food Obituaries News › Environment"
    assert is_arrow_trail(row)
    assert arrow_crumbs(row) == ["News", "Environment"]
    row = "Nachrichten Sport Kultur Wirtschaft Wetter Freizeit Region Lokales › Detmold"
    assert arrow_crumbs(row) == ["Lokales", "Detmold"]
    row = "Новости Спорт Культура Экономика Погода Общество Новости → Город"
    assert arrow_crumbs(row)[-2:] == ["Новости", "Город"]
    # a headline with a sentence's words in lower case stays whole
    assert arrow_crumbs("Council votes to close the old harbour bridge for good › Opinion")[0] == (
        "Council votes to close the old harbour bridge for good"
    )


def test_menu_row_trail_gives_section_and_headline() -> None:
    text = (
        "Subscribe | Log In | e-Edition\n"
        "Harbour Times\n"
        "News Sports Opinion Business Weather Things to Do Food Obituaries News › Environment\n"
        "Bay seagrass rebounds for first time in a decade, survey finds\n"
        "By Jane Roe | Times Staff Writer\n"
        "Published Nov. 21, 2025 at 6:02 p.m.\n"
        "PORT TOWN — For the first time in a decade, the underwater meadows of the bay are "
        "growing again, according to an aerial survey released Friday.\n"
        "The district's mapping crews counted more acres of seagrass across the bay this spring "
        "than in any year since the last survey.\n"
    )
    art = article_of(text)
    assert art.title == "Bay seagrass rebounds for first time in a decade, survey finds"
    assert art.section == "Environment"


def test_dated_note_without_rule_is_dropped() -> None:
    for note in (
        "Notiz DS, 26.11.2025: Für Dossier Krankenhausreform – Betten prüfen! Kopie an Ref. 3.",
        "Note (J. Roe, 26/11/2025): for the hospitals file, check the bed numbers.",
        "Примечание, 26.11.2025: для папки по больницам, сверить число коек.",
    ):
        data = docx_with(
            [
                note,
                "Region  ›  Talstadt",
                "Klinikum legt Geburtshilfe in Talstadt zusammen",
                "Von Erika Muster",
                "23.11.2025, 17:12 Uhr",
                "Talstadt. Das Klinikum bündelt seine Geburtshilfe künftig am Standort Talstadt. "
                "Ab Juli 2026 sollen dort alle Kinder zur Welt kommen.",
                "Hintergrund ist nach Angaben des Klinikums die neue Planung des Landes.",
            ],
            table=False,
        )
        art = extract("note.docx", data)[0].article
        assert art.title == "Klinikum legt Geburtshilfe in Talstadt zusammen", note
        assert art.published.day == 23, note
        assert art.dateline == "Talstadt", note
