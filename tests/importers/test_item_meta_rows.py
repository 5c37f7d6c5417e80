"""An item's meta row read part by part: a labelled desk is no outlet ('Ressort: X · date'),
a writer beside the desk over the headline is the byline ('Desk · Jane Doe'), and a blog's
dashed meta row under the headline gives day, writers and category."""

from app.importers.compose import Hints, _dashed_meta_row, compose
from app.importers.newsletter import _rubric_path, desk_byline, stamp_author
from app.importers.profiles import default_profiles
from app.importers.sections import section_of_line
from app.importers.stampline import one_line_stamp


def test_labelled_desk_in_a_stamp_is_no_outlet():
    stamp = one_line_stamp("Ressort: Politik · 25.11.2025, 16:48 Uhr")
    assert stamp and (stamp.outlet, stamp.section) == ("", "Politik")
    assert stamp.published.hour == 16
    stamp = one_line_stamp("Section: Business | 24 November 2025")
    assert stamp and (stamp.outlet, stamp.section) == ("", "Business")
    stamp = one_line_stamp("Рубрика: Экономика · 24 ноября 2025")
    assert stamp and (stamp.outlet, stamp.section) == ("", "Экономика")
    # look-alike: an outlet's name before the day stays the outlet
    stamp = one_line_stamp("Beispielbote · 25.11.2025 · Politik")
    assert stamp and stamp.outlet == "Beispielbote"


def test_labelled_desk_ends_before_the_stamps_day():
    assert section_of_line("Ressort: Politik · 25.11.2025, 16:48 Uhr") == "Politik"
    assert section_of_line("Рубрика: Общество | 24.11.2025") == "Общество"
    assert section_of_line("Section: Local News · 7 Nov 2025") == "Local News"
    assert section_of_line("Rubrik: Politik | Inland") == "Politik | Inland"  # no day: as it was


def test_desk_and_writer_over_the_headline():
    assert desk_byline("Торговля · Анна Круглова") == ("Торговля", "Анна Круглова")
    assert desk_byline("Finance | Jane Doe") == ("Finance", "Jane Doe")
    assert desk_byline("Wirtschaft • Max Mustermann") == ("Wirtschaft", "Max Mustermann")
    assert _rubric_path("Финансы · Дмитрий Савельев") == "Финансы"
    assert stamp_author(["Hallo!", "Транспорт · Сергей Лаптев"]) == "Сергей Лаптев"
    # look-alikes: a section path, a desk with its day, a writer with her desk after her
    assert desk_byline("Lokales · Minden") is None
    assert desk_byline("Politik · 25.11.2025") is None
    assert desk_byline("Jane Doe · John Roe") is None
    assert desk_byline("Example Evening Post | Your Morning Update") is None
    assert desk_byline("Harbour Post | Morning Alert") is None


_TEXT = (
    "Das Digitalministerium hat seinen Entwurf für das Gesetz überarbeitet, die Behörden "
    "gehen fast leer aus und kritisieren das Vorhaben in einer gemeinsamen Stellungnahme.\n"
    "Die Beispielbehörde soll dafür rund 180 neue Stellen bekommen, ein Teil davon in einem "
    "eigenen Service-Desk, der kleine und mittlere Unternehmen berät.\n"
)


def test_dashed_meta_row_under_the_headline():
    assert _dashed_meta_row(
        "24.11.2025 um 09:41 Uhr – Jane Doe – in Datenschutz – 3 Ergänzungen"
    ) == ("24.11.2025 um 09:41 Uhr", "Jane Doe", "Datenschutz")
    assert _dashed_meta_row("24 November 2025 — John Roe and Jane Doe — in Policy") == (
        "24 November 2025",
        "John Roe and Jane Doe",
        "Policy",
    )
    assert _dashed_meta_row("24 ноября 2025, 10:15 – Иван Петров – в рубрике Общество") == (
        "24 ноября 2025, 10:15",
        "Иван Петров",
        "Общество",
    )
    # look-alikes: a dateline's sentence, a headline with a dash, a row of a day alone
    assert _dashed_meta_row("24.11.2025 – Berlin – Der Bund will mehr Geld ausgeben") is None
    assert _dashed_meta_row("2025 – das Jahr der Wende – ein Rückblick") is None
    assert _dashed_meta_row("24.11.2025 – 3 Kommentare") is None


def test_dashed_meta_row_fills_author_section_and_day():
    text = (
        "Beispielamt soll Aufsicht übernehmen\n"
        "25.11.2025 um 14:20 Uhr – Jane Doe, John Roe – in Überwachung – keine Ergänzungen\n"
        + _TEXT
    )
    art = compose(text, default_profiles(), Hints(fallback_source="beispiel.org"))
    assert (art.author, art.section) == ("Jane Doe, John Roe", "Überwachung")
    assert art.published and (art.published.day, art.published.hour) == (25, 14)
    assert "Ergänzungen" not in art.body and art.body.startswith("Das Digitalministerium")


def test_monitoring_action_links_and_footer_reason_are_no_text():
    from app.importers.boilerplate import is_boilerplate
    from app.importers.newsletter import MAIL_FOOTER

    assert is_boilerplate("Open in Examplewater · Share · Add to report")
    assert is_boilerplate("Добавить в отчёт · Поделиться")
    assert is_boilerplate("Zum Bericht hinzufügen · Teilen")
    assert not is_boilerplate("The new terminal will open in March")
    assert MAIL_FOOTER.match(
        "Content is for internal monitoring only. You are receiving this newsletter because "
        "you subscribed to Example Digest. Unsubscribe · Manage settings"
    )
    assert MAIL_FOOTER.match(
        "Nur für den internen Gebrauch. Sie erhalten diese E-Mail, weil Sie den Dienst "
        "abonniert haben."
    )
    assert not MAIL_FOOTER.match(
        "The minister said so. You are receiving more calls than ever, she told reporters "
        "in a long interview that ran for more than four hundred characters in total and "
        "went on and on about the budget, the tariffs, the ports and the railways, the "
        "schools and the hospitals, the roads and the bridges, and the weather in the "
        "north of the country, where the winter came early this year and the snow fell."
    )


def test_name_with_an_analysts_role_is_a_byline():
    from app.importers.byline import author_of_line

    assert author_of_line("Алия Бекова, аналитик") == "Алия Бекова"
    assert author_of_line("Max Muster, Analyst") == "Max Muster"
    assert author_of_line("Jane Doe, senior analyst") == "Jane Doe"
    assert author_of_line("Market analyst, Example Bank") == ""


def test_monitoring_row_names_its_outlet_first_however_personal_it_looks():
    from app.importers.mail import _byline_sized

    assert not _byline_sized("Ak Example · Kazakhstan · 24 Nov 2025, 10:05 · Reach 6K")
    assert _byline_sized("Jane Doe · Fri, 21 Nov 2025 - 07:42")
    assert _byline_sized("Jane Doe · 21 Nov 2025 · 07:42")
