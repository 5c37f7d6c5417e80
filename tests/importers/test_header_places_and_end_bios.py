"""Header chrome around the headline (a relative stamp above the date, a place in capitals
between byline and stamp, a place before a colon), links to other languages, paywall
pitches and teasers, author biographies under the text, and whose name a source is."""

from __future__ import annotations

from datetime import timedelta

from app.importers.agency import colon_dateline
from app.importers.boilerplate import is_boilerplate, is_end_bio, is_teaser
from app.importers.byline import byline_place, place_after_name
from app.importers.compose import compose
from app.importers.dates import find_dates
from app.importers.profiles import load_profiles
from app.importers.sitename import is_mixed_script, masthead_brand
from tests.importers.makers import NEWS_MORE as EN_MORE
from tests.importers.makers import NEWS_TEXT as EN_TEXT

PROFILES = load_profiles()
TEXT = (
    "Die Stadtwerke wollen bis zum Jahr 2030 rund zwei Milliarden Euro in neue Leitungen "
    "investieren, wie der Vorstand am Dienstag bei der Vorstellung der Bilanz mitteilte."
)
MORE = (
    "Der größte Teil des Geldes fließt in das Fernwärmenetz, das in den kommenden Jahren "
    "um mehrere hundert Kilometer wachsen soll, damit mehr Haushalte angeschlossen werden."
)


def test_caption_under_a_stamp_with_a_relative_time_above_is_not_the_title() -> None:
    paste = "\n".join([
        "Wirtschaft", "Energie",
        "Stadtwerke investieren zwei Milliarden in neue Leitungen",
        "vor 2 Stunden", "18. März 2025 09:40 Uhr",
        "Bauarbeiten am Heizkraftwerk Süd.", "Bild: Max Mustermann",
        TEXT, MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Stadtwerke investieren zwei Milliarden in neue Leitungen"
    assert "Heizkraftwerk Süd" not in art.body


def test_place_in_capitals_between_byline_and_stamp_is_the_dateline() -> None:
    paste = "\n".join([
        "News", "City",
        "Council approves forty kilometres of new tram lines",
        "Jane Fielding", "NORTH BAY",
        "Published - March 18, 2025 09:40 am", EN_TEXT, EN_MORE,
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Council approves forty kilometres of new tram lines"
    assert art.dateline == "North Bay"
    assert art.author == "Jane Fielding"


def test_a_place_before_a_colon_opening_the_text_is_the_dateline() -> None:
    assert colon_dateline(f"Northport: {EN_TEXT}").place == "Northport"
    assert colon_dateline(f"Update: {EN_TEXT}") is None  # a label, not a place
    assert colon_dateline(f"Güterzug im Rangierbahnhof: {EN_TEXT}") is None
    paste = "\n".join([
        "Trams for the north", "By Jane Fielding", "18.03.2025 09:40",
        f"Northport: {EN_TEXT}", EN_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).dateline == "Northport"


def test_headline_with_a_colon_above_the_text_is_no_dateline() -> None:
    art = compose(f"Northland: Council bets on trams\n{EN_TEXT}\n{EN_MORE}", PROFILES)
    assert art.dateline == ""


def test_caption_with_a_colon_above_its_credit_is_no_dateline() -> None:
    paste = "\n".join([
        "Council approves forty kilometres of new tram lines", "18.03.2025 09:40",
        "Trams: A test car on the new line in the northern districts of the city.",
        "Photo: Jane Fielding", EN_TEXT, EN_MORE,
    ])  # fmt: skip
    assert compose(paste, PROFILES).dateline == ""


def test_link_to_the_story_in_another_language_is_boilerplate() -> None:
    assert is_boilerplate("Читать на английском")
    assert is_boilerplate("Read in Russian")
    assert is_boilerplate("Auf Englisch lesen")
    assert not is_boilerplate("Many pupils read in English at home, the survey found.")


def test_paywall_pitch_in_mid_text_is_boilerplate() -> None:
    assert is_boilerplate("Enjoying this article? Click here to subscribe for full access.")
    assert is_boilerplate("Click here to subscribe to our weekly digest.")
    assert not is_boilerplate("Readers enjoying the article said it was too short.")


def test_paywall_login_prompt_in_mid_text_is_boilerplate() -> None:
    assert is_boilerplate("Уже есть подписка? Войдите. Нет подписки? Оформите за 1 €")
    assert is_boilerplate("Already a subscriber? Log in to keep reading.")
    assert is_boilerplate("Bereits Abonnent? Hier anmelden.")
    assert not is_boilerplate("Already a subscriber for ten years, she cancelled in May.")


def test_bare_read_marker_and_related_coverage_are_teasers() -> None:
    assert is_teaser("READ | Council plans new bus lanes in the south")
    assert is_teaser("RELATED COVERAGE")
    assert not is_teaser("Read the full report on the council's website.")
    paste = "\n".join([
        "Council approves forty kilometres of new tram lines", "18.03.2025 09:40",
        EN_TEXT, "RELATED COVERAGE", "Bus fares to rise in January", EN_MORE,
        "READ | Council plans new bus lanes in the south", EN_TEXT.replace("Tuesday", "Monday"),
    ])  # fmt: skip
    body = compose(paste, PROFILES).body
    assert "Bus fares" not in body and "READ" not in body
    assert "Officials said" in body and "on Monday" in body


def test_author_biography_at_the_end_of_the_text_goes() -> None:
    assert is_end_bio("Fielding covers transport and city politics for The Northport Post.")
    assert is_end_bio("Jane Fielding is a Northport-based journalist covering local politics.")
    assert not is_end_bio("The insurance covers most costs for families.")
    paste = "\n".join([
        "Council approves forty kilometres of new tram lines", "By Jane Fielding",
        "18.03.2025 09:40", EN_TEXT, EN_MORE, "JANE FIELDING",
        "Fielding covers transport and city politics for The Northport Post.",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.body.endswith("next spring.")


def test_biography_shaped_sentence_in_mid_text_stays() -> None:
    line = "Medicare covers most of the costs for The Elderly."
    paste = f"Council approves forty kilometres of new tram lines\n{EN_TEXT}\n{line}\n{EN_MORE}"
    assert line in compose(paste, PROFILES).body


def test_logo_over_the_owner_abbreviation_that_extends_its_initials() -> None:
    def chrome(line: str) -> bool:
        return line in {"Subscribe", "Sign in"}

    head = ["The Northport Lantern", "Subscribe", "Sign in"]  # no press word in the name
    assert masthead_brand(head, chrome, "TNLG", True) == "The Northport Lantern"
    # the initials alone are the brand's own short name, not a group's
    assert masthead_brand(["Northern Broadcasting Corporation", *head[1:]], chrome, "NBC") == ""


def test_brand_in_two_scripts_is_not_transliterated() -> None:
    assert is_mixed_script("ДЕЛОВОЙ Online")
    assert not is_mixed_script("Деловой вестник")
    paste = "\n".join([
        "ДЕЛОВОЙ Online", "Новости", "Экономика", "Политика", "Войти",
        "Экономика", "В городе откроют новый парк к лету следующего года",
        "10:42, 19.11.2025",
        "Власти города утвердили проект нового парка на месте бывшей промзоны. Работы "
        "начнутся весной, а открыть парк для горожан планируют к лету следующего года.",
        "Стоимость проекта оценивается в 1,2 млрд рублей, большую часть средств выделит "
        "бюджет республики, остальное — частные инвесторы, сообщили в мэрии города.",
        "© 2025 ООО «ДЕЛОВОЙ Онлайн»",
    ])  # fmt: skip
    assert compose(paste, PROFILES).source == "ДЕЛОВОЙ Online"


def test_place_after_a_german_byline_name() -> None:
    assert byline_place("Von Henrike Saal, Stuttgart") == "Stuttgart"
    assert byline_place("Von Henrike Saal, dpa") == ""  # an agency's credit
    assert byline_place("Von Henrike Saal, Redakteurin") == ""  # a role
    assert place_after_name(", Bern ") == "Bern"
    assert place_after_name(", Wirtschaft", {"wirtschaft"}) == ""  # a section


def test_gulf_standard_time_gives_its_offset() -> None:
    hit = find_dates("Published: November 22, 2025 14:30 GST")[0]
    assert hit.value.utcoffset() == timedelta(hours=4)


def test_labels_before_a_colon_are_no_places() -> None:
    for label in ("Background", "Disclaimer", "Zusammenfassung", "Frage"):
        assert colon_dateline(f"{label}: {EN_TEXT}") is None
