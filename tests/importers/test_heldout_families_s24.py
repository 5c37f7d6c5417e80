"""Held-out misses of earlier sessions lifted by general rules (session 24): each test a
small made-up input in the shape of a family real clippings share."""

from __future__ import annotations

from app.importers.agency import profile_named
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line, run_in_role_name, stamp_person
from app.importers.docfront import labelled_credit
from app.importers.profiles import Profile
from tests.importers.makers import articles_of, odt_with, pdf_with_paragraphs

_DE1 = (
    "Der Freistaat will sein Förderprogramm für Bergwälder deutlich ausbauen. Statt bisher "
    "zwanzig Gebieten sollen bald mehr als dreißig gefördert werden, hieß es am Dienstag."
)
_DE2 = (
    "Hintergrund sind die Schäden der vergangenen Sommer: Käfer, Trockenheit und Starkregen "
    "haben vielerorts die Schutzwälder geschwächt, die Straßen vor Lawinen bewahren."
)
_DE3 = (
    "Der Milchpreis ist im Herbst wieder gefallen, und viele Landwirte in der Region "
    "rechnen nicht mit einer schnellen Erholung, wie eine Versammlung am Montag zeigte."
)


def test_a_page_of_letter_and_number_last_in_a_credit_is_no_author() -> None:
    # 'Outlet | day | desk | S. R4': the page of a regional part, no 'S. Name' initial
    assert stamp_person("S. R4") == ""
    assert stamp_person("S. Roe") == "S. Roe"
    review = [
        "Pressespiegel",
        "Mittwoch, 2. Dezember 2026",
        "Beispielzeitung | 02.12.2026 | Bayern | S. R4",
        "Bergwälder sollen bis 2030 gestärkt werden",
        "Von Jana Beispiel",
        _DE1,
        _DE2,
        "■ ■ ■",
        "Beispielblatt | 02.12.2026 | Wirtschaft | S. 9",
        "Milchbauern blicken skeptisch auf das neue Jahr",
        "Von Max Muster",
        _DE3,
        _DE2,
    ]
    arts = articles_of("pressespiegel.odt", odt_with(review))
    assert [(a.source, a.author) for a in arts] == [
        ("Beispielzeitung", "Jana Beispiel"),
        ("Beispielblatt", "Max Muster"),
    ]


def test_a_profiles_name_that_is_a_word_matches_with_its_capital() -> None:
    # 'trend', a magazine printing its name in lower case, is no credit of the agency
    # 'Trend'; an acronym ('(afp)') or a name the profile writes in lower case still is
    word = Profile(name="Beacon", aliases=("Beacon News Agency",))
    acronym = Profile(name="EXA", aliases=("Example Agency",))
    lower = Profile(name="exa-press", aliases=())
    profiles = (word, acronym, lower)
    assert profile_named("Beacon", profiles) is word
    assert profile_named("BEACON", profiles) is word
    assert profile_named("beacon", profiles) is None
    assert profile_named("exa", profiles) is acronym
    assert profile_named("exa-press", profiles) is lower


_EN1 = (
    "Part of the county's guided busway will close for six weeks from January while "
    "engineers carry out repairs to a bridge near the market town, the council said."
)
_EN2 = (
    "Services will be diverted along the main road, and passengers have been warned that "
    "journeys could take up to twenty minutes longer during the busiest hours of the day."
)


def test_a_byline_with_its_role_run_in_names_the_writer() -> None:
    # 'Name Local Democracy Reporting Service' on one line under the headline
    assert run_in_role_name("Jane Roe Local Democracy Reporting Service") == "Jane Roe"
    assert run_in_role_name("Jane Roe Chief Political Correspondent") == "Jane Roe"
    assert run_in_role_name("Local Democracy Reporter") == ""
    assert run_in_role_name("Senior Political Correspondent") == ""
    page = "\n".join(
        [
            "Example News",
            "News › Local News",
            "Guided busway to close for six weeks as bridge repairs begin",
            "Jane Roe Local Democracy Reporting Service",
            "11:32, 24 Nov 2025",
            _EN1,
            _EN2,
            "Don't miss the latest news from around the county - sign up for our free "
            "newsletters here.",
            "Follow Example News",
        ]
    )
    (art,) = articles_of("page.txt", page.encode())
    assert art.author == "Jane Roe"
    assert "sign up" not in art.body


def test_an_advertisers_box_among_the_paragraphs_goes() -> None:
    html = (
        "<html><head><title>Auslastung sinkt</title></head><body><article>"
        "<h1>Auslastung sinkt erstmals seit Jahren</h1>"
        '<time datetime="2026-11-26T10:15:00+01:00">26.11.2026</time>'
        f"<p>{_DE1}</p><p>{_DE2}</p>"
        "<div class='box'><h3>Anbieter zum Thema</h3>"
        "<p>Software für Ihren Betrieb – jetzt Demo anfragen</p></div>"
        f"<p>{_DE3}</p></article></body></html>"
    )
    (art,) = articles_of("page.html", html.encode())
    assert "Anbieter zum Thema" not in art.body
    assert "Demo anfragen" not in art.body
    assert art.body.startswith(_DE1[:40]) and art.body.endswith(_DE3[-30:])


def test_an_epaper_exports_credit_over_a_kicker_in_capitals() -> None:
    # the paper's credit with the weekday over a kicker in capitals: no edition line under
    # a masthead; the export's article number and stamp under the text go
    lines = [
        "Beispielstädter Tagblatt | Dienstag, 25. November 2025 | Lokales | Seite 13",
        "NEUBAU VERZÖGERT SICH",
        "Hallenbad öffnet erst im Januar",
        "Technik fehlt noch – Vereine weichen bis Weihnachten in andere Hallen aus",
        "Von Jana Beispiel",
        _DE1,
        _DE2,
        _DE3,
        "Artikel-ID: 4482913 · Ausgabe: Beispielstädter Tagblatt vom 25.11.2025, Seite 13",
        "© Beispielstädter Tagblatt. Alle Rechte vorbehalten. Vervielfältigung nur mit "
        "Genehmigung des Verlags.",
        "Exportiert aus dem E-Paper am 27.11.2025, 09:14 Uhr",
    ]
    (art,) = articles_of("epaper.pdf", pdf_with_paragraphs(lines))
    assert (art.source, art.section, art.author) == (
        "Beispielstädter Tagblatt",
        "Lokales",
        "Jana Beispiel",
    )
    assert "Artikel-ID" not in art.body and "Exportiert" not in art.body


def test_a_desk_named_by_an_adjective_between_day_and_page() -> None:
    # '…, day, Financial, p. 29': an adjective of a field is the desk; a plain name there
    # may be the edition's town and stays unread
    stamp, _ = labelled_credit("Source: The Example Post, 2 December 2026, Financial, p. 29")
    assert stamp.section == "Financial"
    stamp, _ = labelled_credit("Source: The Example Post, 2 December 2026, Springfield, p. 3")
    assert stamp.section == ""


def test_a_monitoring_boxs_reuse_note_under_the_clipping_goes() -> None:
    assert is_boilerplate("Материал предоставлен в ознакомительных целях. Перепечатка запрещена.")
    assert not is_boilerplate("Материал предоставлен пресс-службой городской администрации.")


def test_a_bylines_reading_time_after_a_dot_is_no_part_of_it() -> None:
    line = "Posted on November 17, 2025 by Jane Roe  ·  3 min read"
    assert author_of_line(line) == "Jane Roe"
    assert author_of_line("Von Anna Beispiel | 4 Min. Lesezeit") == "Anna Beispiel"


_RU1 = (
    "В крае запустили новую линию по выпуску древесных гранул из отходов лесопиления. "
    "Предприятие рассчитывает поставлять топливо муниципальным котельным района."
)
_RU2 = (
    "Новая линия рассчитана на переработку девяноста тысяч кубометров отходов в год, на "
    "ней создано почти сорок рабочих мест, сообщили в министерстве лесного хозяйства."
)


def test_the_signature_over_the_papers_fact_box_names_the_writer() -> None:
    lines = [
        "Гранулы пошли в котельные",
        _RU1,
        _RU2,
        "Ольга Примерова",
        "Справка «ПР»",
        "В прошлом году предприятия края произвели около двухсот тысяч тонн гранул.",
    ]
    (art,) = articles_of("clip.odt", odt_with(lines))
    assert art.author == "Ольга Примерова"
