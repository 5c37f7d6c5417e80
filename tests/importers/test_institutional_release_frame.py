"""An institution's release page: its consent banner reporting what it set, the release's
number and embargo note over the headline, the text-size bar, the footer that states the
site's owner in words, the "About the X" box and the contact label under the text."""

import pytest

from app.importers import boilerplate as bp
from app.importers.compose import _EMBARGO_NOTE, _END_LINE
from app.importers.docfront import is_release_label
from app.importers.sitename import site_from_footer, stated_owner


@pytest.mark.parametrize(
    "line",
    [
        "We've put some small files called cookies on your device to make our site work.",
        "We have placed small text files, known as cookies, on your computer.",
        "Wir haben kleine Dateien (Cookies) auf Ihrem Gerät gespeichert, damit die Seite läuft.",
    ],
)
def test_consent_banner_reporting_cookies_set(line):
    assert bp.is_boilerplate(line)


def test_sentence_about_cookies_in_a_story_stays():
    assert not bp.is_boilerplate(
        "The regulator said the shops had put small files on customers' phones without asking."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Pressemitteilung Nr. 1187/2025",
        "Press release No. 12",
        "Пресс-релиз № 45",
        "Presseinformation Nr.: 7",
    ],
)
def test_release_number_is_a_label(line):
    assert is_release_label(line)


@pytest.mark.parametrize(
    "line",
    ["Pressemitteilung zur Wahl 2025", "Nr. 12 der Liga gewinnt", "Press release 2025 review ends"],
)
def test_other_lines_are_no_release_label(line):
    assert not is_release_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "EMBARGO: NOT TO BE PUBLISHED OR BROADCAST BEFORE 10:00 HRS ON 03.12.2025",
        "Sperrfrist: Donnerstag, 4. Dezember 2025, 11 Uhr",
        "Not for publication before 14:00 CET",
        "Не для публикации до 12:00 мск 5 декабря",
    ],
)
def test_embargo_note(line):
    assert _EMBARGO_NOTE.match(line)


def test_headline_about_an_embargo_is_no_note():
    assert not _EMBARGO_NOTE.match("Oil embargo hits Examplestan's exports")


def test_text_size_bar():
    for line in ("Screen Reader Access", "A-", "A+", "A"):
        assert bp.is_boilerplate(line), line


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        (
            "Content owned by Ministry of Fisheries, Government of Exampleland",
            "Ministry of Fisheries",
        ),
        (
            "This is the official website of the U.S. Embassy in Examplestan. External links …",
            "U.S. Embassy in Examplestan",
        ),
        ("Website maintained by the Example County Council.", "Example County Council"),
    ],
)
def test_stated_owner(line, owner):
    assert stated_owner(line) == owner


def test_stated_owner_in_footer_and_look_alike():
    lines = ["Headline", "Text of the release.", "Sitemap", "Content owned by Example Water Board"]
    assert site_from_footer(lines) == "Example Water Board"
    assert stated_owner("The land is owned by the farmers, who refused to sell.") == ""


@pytest.mark.parametrize(
    "line",
    [
        "About the IFRC",
        "Über die Beispielstiftung",
        "For more information, please contact:",
        "Für weitere Informationen wenden Sie sich bitte an:",
        "За дополнительной информацией обращайтесь:",
    ],
)
def test_release_tail_headings(line):
    assert bp.is_footer(line) or bp.is_boilerplate(line)


def test_end_mark_of_five_stars():
    assert _END_LINE.match("*****")
    assert not _END_LINE.match("******* Sterne für das Hotel")


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        (
            "© 2002–2025 Мэрия города Примерска 630099, г. Примерск, ул. Ленина, 1",
            "Мэрия города Примерска",
        ),
        ("© 2025 Stadtverwaltung Beispielheim 12345 Beispielheim", "Stadtverwaltung Beispielheim"),
        ("© 2025 Example Borough Council 4021, High Street", "Example Borough Council"),
    ],
)
def test_copyright_owner_without_run_on_address(line, owner):
    from app.importers.sitename import copyright_owner

    assert copyright_owner(line) == owner


def test_copyright_owner_number_in_name_stays():
    from app.importers.sitename import copyright_owner

    assert copyright_owner("© 2025 Radio 1000") == "Radio 1000"
