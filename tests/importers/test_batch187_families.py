"""Pastes of blind batch 187: a browser's reader view (host name, headline, byline slot,
"3–4 minutes"); the outlet's logo repeated alone as the byline beside the stamp; a phone
page's top bar with the logo between its menu and search icons. Each family with a
look-alike that must keep its reading."""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate
from app.importers.sitename import app_bar_logo, spelled_name_of_host

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import article_of
from .makers import paste as _paste

# --- 1. a reader view: host, headline, byline slot, reading time ---------------------------


def test_reader_view_reading_time_is_no_line_of_the_page() -> None:
    for line in ("3–4 minutes", "4–5 Minuten", "3–4 минуты", "10-12 minutes"):
        assert is_boilerplate(line), line
    # a sentence's figures and a bare duration in a list stay
    assert not is_boilerplate("The trip takes 3–4 minutes by boat from the pier.")
    assert not is_boilerplate("Zwischen 3 und 4 Minuten")


def test_reader_view_site_name_in_byline_slot_is_the_source() -> None:
    cases = [
        ("nrt.ee", "Nordic Region Times", "Council backs new river cycle lane", _EN),
        ("mez.de", "Mittelland Example Zeitung", "Stadtrat beschließt neuen Radweg", _DE),
        ("ru.primer.uz", "Primer.uz", "Совет одобрил новую велодорожку", _RU),
    ]
    for host, site, title, text in cases:
        art = article_of(_paste(host, title, site, "3–4 minutes", "", *text, "", "May 8, 2025"))
        assert art.title == title, host
        assert art.source == site, host
        assert art.lead == "", host
        assert art.body.startswith(text[0][:30]), host


def test_reader_view_writer_in_byline_slot_and_notice_at_the_foot() -> None:
    art = article_of(
        _paste(
            "mez.ru",
            "Stadtrat beschließt neuen Radweg",
            "Von Jana Beispiel",
            "4–5 Minuten",
            "",
            *_DE,
            "",
            "Veröffentlicht am 9. Dezember 2025",
            "© Mittelland Example Zeitung",
        )
    )
    assert art.title == "Stadtrat beschließt neuen Radweg"
    assert art.author == "Jana Beispiel"
    assert art.source == "Mittelland Example Zeitung"


def test_initials_of_a_host_need_a_press_word() -> None:
    assert spelled_name_of_host("nrt.ee", ["Nordic Region Times"]) == "Nordic Region Times"
    assert spelled_name_of_host("sez.ru", ["© St. Example Zeitung"]) == "St. Example Zeitung"
    # initials that spell the host by chance on a line with no press word: no name
    assert spelled_name_of_host("nrt.ee", ["North Rail Transport"]) == ""


# --- 2. the logo repeated alone as the byline beside the stamp ------------------------------


def test_logo_signing_the_story_beside_its_stamp_is_the_source() -> None:
    cases = [
        (
            "SPORTX",
            "In der App öffnen",
            "Stadtrat beschließt neuen Radweg",
            "07.12.2025 • 14:28 Uhr",
            _DE,
        ),
        ("RIVER24", "Open in app", "Council backs new river cycle lane", "December 7, 2025", _EN),
        (
            "KANAL9",
            "Открыть в приложении",
            "Совет одобрил новую велодорожку",
            "7 декабря 2025",
            _RU,
        ),
    ]
    for logo, banner, title, stamp, text in cases:
        art = article_of(
            _paste(logo, banner, "OPEN", "Eins  Zwei  Drei  Mehr", "Rubrik > Thema", "THEMA", title,
                   logo, stamp, *text)
        )  # fmt: skip
        assert art.source == logo, logo
        assert art.title == title, logo
        assert art.author == "", logo


def test_menu_word_over_the_page_not_repeated_by_the_stamp_stays_no_source() -> None:
    art = article_of(
        _paste("Politik", "In der App öffnen", "OPEN", "Rubrik > Thema", "THEMA",
               "Stadtrat beschließt neuen Radweg", "Jana Beispiel", "07.12.2025 • 14:28 Uhr", *_DE)
    )  # fmt: skip
    assert art.source != "Politik"


# --- 3. a phone page's top bar: menu icon, logo, search icon --------------------------------


def test_app_bar_logo_between_icons() -> None:
    assert app_bar_logo("☰  ПРИМЕРНАЯ ГАЗЕТА  🔍") == "ПРИМЕРНАЯ ГАЗЕТА"
    assert app_bar_logo("≡ Example Courier 🔍") == "Example Courier"
    assert app_bar_logo("☰ Beispiel Bote") == "Beispiel Bote"
    # the menu button's own label is no logo
    assert app_bar_logo("☰ Menü") == ""
    assert app_bar_logo("☰  Меню  🔍") == ""
    assert app_bar_logo("Example Courier") == ""


def test_app_bar_logo_names_the_outlet() -> None:
    cases = [
        (
            "☰  СВОБОДНЫЙ ПРИМЕР  🔍",
            "Открыть в приложении",
            "Культура",
            "Совет одобрил новую велодорожку",
            _RU,
            "Svobodnyy Primer",
        ),
        (
            "≡  Example Courier  🔍",
            "Open in app",
            "Culture",
            "Council backs new river cycle lane",
            _EN,
            "Example Courier",
        ),
        (
            "☰  Beispiel Bote  🔍",
            "In der App öffnen",
            "Kultur",
            "Stadtrat beschließt neuen Radweg",
            _DE,
            "Beispiel Bote",
        ),
    ]
    for bar, banner, desk, title, text, want in cases:
        art = article_of(_paste(bar, banner, desk, title, "5 декабря 2025", *text))
        assert art.source == want, bar
        assert art.title == title, bar


# --- 4. an e-paper's text copy: running head and folio row, hyphenated columns -------------

_DE_COLUMN = (
    "Es war eine jener Sitzungen, die sich bis in den Abend zie-",
    "hen: Erst kurz vor acht Uhr stand am Montag fest, dass der",
    "Gemeinderat das Budget für das kommende Jahr mit deutli-",
    "cher Mehrheit gutheisst. Von den ursprünglich vierzig Spar-",
    "massnahmen überlebten nur gerade neunzehn die Beratung in",
    "der Kommission und im Plenum des Rates am späten Abend.",
)
_DE_COLUMN2 = (
    "Unbestritten blieb die Aufstockung bei der Polizei um sechs",
    "Stellen sowie die zusätzlichen Mittel für die Sanierung der",
    "Kantonsschule. Auch die Lohnerhöhung für das Personal fand",
    "eine Mehrheit, allerdings erst nach einer hitzigen Debatte.",
)
_EN_COLUMN = (
    "It was one of those sessions that drag on into the night:",
    "only shortly before eight on Monday was it clear that the",
    "council had approved next year's budget by a clear majori-",
    "ty. Of the forty savings measures the mayor had proposed in",
    "the autumn, only nineteen survived the debate of the com-",
    "mittee and the vote of the full council late in the evening.",
)
_EN_COLUMN2 = (
    "The extra police posts and the money for the school repairs",
    "were approved without debate. A pay rise for the staff found",
    "a majority too, but only after a heated exchange between the",
    "parties that lasted for well over an hour on Monday evening.",
)


def _epaper(head: str, folio: str, folio2: str, title: tuple[str, str], deck: str, name: str,
            place: str, column: tuple[str, ...], column2: tuple[str, ...]) -> str:  # fmt: skip
    return _paste(
        head,
        folio,
        "",
        *title,
        "",
        deck,
        "",
        name,
        "",
        f"{place}. {column[0]}",
        *column[1:],
        "",
        head,
        folio2,
        "",
        *column2,
    )


def test_epaper_running_head_folio_and_broken_headline() -> None:
    cases = [
        (
            "Example AZ Donnerstag, 4. Dezember 2025",
            ("Politik 3", "4 Politik"),
            ("Gemeinderat streicht Sparpaket", "zusammen"),
            "Nach einer langen Debatte hat der Rat das Budget verabschiedet.",
            "Jana Beispiel",
            "Musterstadt",
            (_DE_COLUMN, _DE_COLUMN2),
            ("Example AZ", "Politik"),
        ),
        (
            "Valley Example Thursday, December 4, 2025",
            ("Local 5", "6 Local"),
            ("Council cuts the savings plan", "down to size"),
            "After a long debate the council passed the budget.",
            "John Sample",
            "Springfield",
            (_EN_COLUMN, _EN_COLUMN2),
            ("Valley Example", "Local"),
        ),
        (
            "Example Tagblatt Freitag, 5. Dezember 2025",
            ("Region 7", "8 Region"),
            ("Stadtrat kürzt das Sparpaket", "deutlich"),
            "Nach einer langen Debatte hat der Rat das Budget verabschiedet.",
            "Eva Muster",
            "Olten",
            (_DE_COLUMN, _DE_COLUMN2),
            ("Example Tagblatt", "Region"),
        ),
    ]
    for head, folios, title, deck, name, place, columns, (source, desk) in cases:
        art = article_of(_epaper(head, *folios, title, deck, name, place, *columns))
        assert art.title == " ".join(title), head
        assert art.source == source, head
        assert art.section == desk, head
        assert art.author == name, head
        assert art.dateline == place, head
        assert art.lead == deck, head
        assert art.body.startswith(f"{place}. "), head
        assert head not in art.body and folios[1] not in art.body, head
        assert "-\n" not in art.body and "- " not in art.body.replace(" - ", ""), head


def test_running_head_printed_once_or_by_a_desk_names_no_paper() -> None:
    from app.importers.stampline import page_heads, press_running_head

    # a desk's head repeated on each page is one word: no paper
    assert press_running_head("Politik Donnerstag, 4. Dezember 2025", repeated=True) == ""
    assert press_running_head("Example AZ Donnerstag, 4. Dezember 2025", repeated=True) == (
        "Example AZ"
    )
    # printed once, with no bar and no press word: no running head
    assert press_running_head("Example AZ Donnerstag, 4. Dezember 2025") == ""
    assert page_heads(["Example AZ Donnerstag, 4. Dezember 2025", "Politik 3", "Text."]) == set()


def test_mail_wrapped_compound_keeps_its_hyphen() -> None:
    from app.importers.normalize import unwrap

    # a mail wraps between words: one line ending on a compound's hyphen keeps it
    lines = [
        "The council said on Tuesday that the new cycle lane along the river would be",
        "built next year after two years of consultation with residents and the well-",
        "known shop owners of the old town, who had opposed the plan for a long time.",
        "Work on the two-kilometre route is due to start in the spring and should take",
        "about eight months, the council said, with the road open to buses during the",
        "building works, which will be carried out in three phases along the embankment.",
    ]
    assert "well- known" in unwrap("\n".join(lines))


# --- 5. a messenger channel's post: name over member count, views row with the time -------


def test_channel_post_names_the_channel_and_its_posting_time() -> None:
    cases = [
        (
            "ПРК Пример | Новости",
            "412 805 подписчиков",
            "10 декабря 2025",
            "Совет одобрил новую велодорожку",
            _RU,
            "Подписаться на ПРК | Прислать новость: @primer_bot",
            "👁 48,2K   10 дек в 16:45",
            "PRK",
        ),
        (
            "River Example News",
            "12.4K subscribers",
            "December 10, 2025",
            "Council backs new river cycle lane",
            _EN,
            "Subscribe to River Example News",
            "👁 3.1K   10 Dec at 16:45",
            "River Example News",
        ),
        (
            "Beispiel Kurier | Aktuell",
            "3 210 Abonnenten",
            "10. Dezember 2025",
            "Stadtrat beschließt neuen Radweg",
            _DE,
            "Folgen Sie Beispiel Kurier",
            "👁 2,4K   10. Dez. um 16:45",
            "Beispiel Kurier",
        ),
    ]
    for name, count, day, title, text, follow, views, want in cases:
        art = article_of(_paste(name, count, "", day, "", title, "", *text, "", follow, "", views))
        assert art.source == want, name
        assert art.title == title, name
        assert art.published is not None and art.published.isoformat() == "2025-12-10T16:45:00"


def test_channel_look_alikes() -> None:
    from app.importers.sitename import channel_name

    # a count of readers in the text is no channel's header
    lines = ["Council backs new river cycle lane", "The plan has 412 805 supporters", *_EN]
    assert channel_name(lines) == ""
    # a views row of another day leaves the post's bare day alone
    art = article_of(
        _paste("River Example News", "12.4K subscribers", "", "December 10, 2025", "",
               "Council backs new river cycle lane", "", *_EN, "", "👁 3.1K   11 Dec at 09:00")
    )  # fmt: skip
    assert art.published is not None and art.published.isoformat() == "2025-12-10T00:00:00"


# --- 6. the byline's second writer on the next line after "and" ---------------------------


def test_second_writer_after_and_on_the_next_line() -> None:
    cases = [
        ("By Jane Roe  Staff Writer", "and John Doe  Staff Writer", _EN, "Jane Roe and John Doe"),
        ("Von Jana Beispiel, Redakteurin", "und Max Muster, Redakteur", _DE,
         "Jana Beispiel und Max Muster"),
        ("By Anna Example", "& Peter Sample", _EN, "Anna Example & Peter Sample"),
    ]  # fmt: skip
    for first, second, text, want in cases:
        art = article_of(
            _paste("Example Herald", "Subscribe | Log In", "Sections | Search", "December 10, 2025",
                   "Council backs new river cycle lane", first, second, "Share", *text)
        )  # fmt: skip
        assert art.author == want, first
    # a sentence opening with "And" under a lone byline is the text's
    art = article_of(
        _paste("Example Herald", "Subscribe | Log In", "Sections | Search", "December 10, 2025",
               "Council backs new river cycle lane", "By Jane Roe",
               "And then the council voted on the plan after a long debate.", *_EN)
    )  # fmt: skip
    assert art.author == "Jane Roe"
