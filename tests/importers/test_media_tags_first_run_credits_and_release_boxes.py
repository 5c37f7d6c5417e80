"""Pages and pastes: an <h1>'s media marker ("- ФОТО") that the metadata's headline lacks
goes; a <title> suffix's own abbreviation in brackets is no part of the site's name; a
story credited only under its text ("This report by X was first published …") is X's
copy; "More in <Desk>" heads the desk's other stories; "Фото из архива Example.kz" is a
credit; a release's standfirst over its captioned picture is the lead, its dateline
paragraph the text, and its contact box goes; a reader platform's author box printing
the name twice, its "hochgeladen von" credit, gallery link and sign-up prompts are chrome."""

from __future__ import annotations

from app.importers import boilerplate as bp
from app.importers import extract

_EN = "".join(
    f"<p>{p}</p>"
    for p in (
        "The city council has approved a plan to rebuild the harbour wall over the next "
        "two years, with new flood gates and a wider walkway along the water.",
        "Officials said the existing wall had been damaged in several winter storms and "
        "would not withstand a major surge combined with spring tides.",
        "The works are due to start in the autumn and will be funded by the province.",
    )
)


def _page(page: str) -> object:
    return extract("p.html", page.encode())[0].article


def _paste(text: str) -> object:
    return extract("clip.txt", text.encode())[0].article


def test_media_marker_of_the_h1_goes_when_the_metadata_lacks_it() -> None:
    art = _page(
        "<html><head><title>Метро получит 30 новых вагонов - ФОТО | Example.az</title>"
        '<meta property="og:title" content="Метро получит 30 новых вагонов"></head><body>'
        "<article><h1>Метро получит 30 новых вагонов - ФОТО</h1>"
        "<p>Столичный метрополитен в следующем году получит 30 новых вагонов, сообщили в "
        "пресс-службе перевозчика. Первые составы выйдут на линию весной.</p>"
        "<p>Новые вагоны оснащены кондиционерами и системой информирования пассажиров, "
        "а их вместимость выше, чем у нынешних составов.</p></article></body></html>"
    )
    assert art.title == "Метро получит 30 новых вагонов"


def test_own_abbreviation_after_the_title_suffix_is_no_part_of_the_name() -> None:
    art = _page(
        "<html><head><title>Harbour wall to be rebuilt - Landesamt für Beispielwesen (LfB)"
        "</title></head><body><article><h1>Harbour wall to be rebuilt</h1>"
        f"{_EN}</article></body></html>"
    )
    assert art.source == "Landesamt für Beispielwesen"


def test_story_credited_only_under_its_text_is_the_agencys() -> None:
    art = _page(
        "<html><head><title>Harbour wall to be rebuilt | Example Daily</title>"
        '<meta property="og:site_name" content="Example Daily"></head><body><article>'
        f"<h1>Harbour wall to be rebuilt</h1>{_EN}"
        "<p>This report by Example Press was first published Nov. 24, 2025.</p>"
        "</article></body></html>"
    )
    assert art.source == "Example Press"
    assert "This report" not in art.body


def test_more_in_desk_heads_the_desks_other_stories() -> None:
    assert bp.is_footer("More in Galway City")
    assert not bp.is_footer("More in the coming weeks")


def test_archive_photo_credit_with_the_owners_domain() -> None:
    assert bp.is_caption("Фото из архива Example.kz")
    assert bp.is_caption("hochgeladen von Anna Beispiel")


_RELEASE = "\n".join(
    (
        "Beispiel Stiftung",
        "Startseite > Presse > Pressemitteilungen",
        "Pressemitteilung",
        "24.11.2025",
        "Kitas: Bis 2030 fehlen im Westen fast 100.000 Fachkräfte",
        "Ländermonitor: Im Osten entspannt sich die Lage durch sinkende Kinderzahlen, im "
        "Westen bleibt die Lücke groß.",
        "Eine Erzieherin liest mit Kindern in einer Kita.",
        "Foto: © Beispiel Stiftung / Jan Muster",
        "Musterstadt, 24. November 2025. In den westdeutschen Ländern werden bis 2030 "
        "rund 98.000 Fachkräfte in Kitas fehlen. Das zeigt der aktuelle Ländermonitor "
        "der Stiftung.",
        "Ganz anders ist die Lage im Osten. Dort sinkt die Zahl der Kinder im Kita-Alter "
        "seit Jahren spürbar, die Länder könnten bessere Personalschlüssel erreichen.",
        "Ansprechpartner",
        "Dr. Anna Muster",
        "Telefon: +49 5241 81-81000",
        "Downloads",
        "Ländermonitor 2025 (PDF, 2,1 MB)",
    )
)


def test_release_standfirst_over_its_picture_dateline_and_contact_box() -> None:
    art = _paste(_RELEASE)
    assert art.dateline == "Musterstadt"
    assert art.body.startswith("Musterstadt, 24. November 2025. In den")
    assert art.lead.startswith("Ländermonitor: Im Osten")
    assert "Ansprechpartner" not in art.body
    assert "PDF" not in art.body


_PLATFORM = "\n".join(
    (
        "Beispielbezirk",
        "Lokales",
        "Lichterzug und Punsch",
        "Adventmarkt am Hauptplatz mit Rekordbesuch eröffnet",
        "Anna Beispiel",
        "Anna Beispiel",
        "Redakteurin",
        "24. November 2025, 19:45 Uhr",
        "Mehr als 3.000 Besucher kamen zur Eröffnung des Adventmarkts. Heuer gibt es "
        "erstmals eine Eisbahn.",
        "Der Bürgermeister eröffnete den Markt.",
        "Foto: Anna Beispiel",
        "hochgeladen von Anna Beispiel",
        "Mit einem Lichterzug durch die Innenstadt ist am Freitagabend der Adventmarkt "
        "eröffnet worden. Rund 400 Kinder zogen mit Laternen zum Hauptplatz.",
        "zur Bildergalerie",
        "An 42 Hütten bieten Vereine und Gastronomen bis zum 23. Dezember ihre Waren an. "
        "Der Erlös aus dem Punschstand geht an die Lebenshilfe.",
        "Gefällt mir",
        "Du möchtest regelmäßig Infos über die wichtigsten Geschichten aus deinem Bezirk erhalten?",
        "Melde dich jetzt kostenlos an, um selbst mit eigenen Beiträgen zu berichten.",
    )
)


def test_reader_platform_author_box_gallery_link_and_prompts() -> None:
    art = _paste(_PLATFORM)
    assert art.author == "Anna Beispiel"
    assert art.lead.startswith("Mehr als 3.000")
    assert art.body.startswith("Mit einem Lichterzug")
    for chrome in ("hochgeladen", "Bildergalerie", "Gefällt mir", "Du möchtest", "Melde dich"):
        assert chrome not in art.body
