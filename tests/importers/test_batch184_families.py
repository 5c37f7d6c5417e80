"""Documents and pages (blind batch 184): a press summary's clippings under numbered credits
alone; an agency's dotted initials credited in the dateline before a colon; a paper's name in
big type beside the page number; a logo's name stacked one word in capitals a line; a
caption signed 'Photographer/Outlet'; the byline's name over its outlet under a standfirst; a
release's bare running number; a state's name over its ministry's letterhead; an
attachment's label under a release's text; a federal service's abbreviation. Each family
with look-alikes that must keep their reading."""

from __future__ import annotations

from app.importers.agency import parse_dateline
from app.importers.boilerplate import is_caption
from app.importers.profiles import load_profiles
from app.importers.sitename import is_institution

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import article_of, articles_of, docx_with, pdf_with_paragraphs

# --- 1. a summary's clippings under numbered credits, outlet and day alone ----------------


def test_numbered_credits_alone_split_a_summary() -> None:
    cases = [
        (
            ["ОБЗОР РЕГИОНАЛЬНОЙ ПРЕССЫ", "Выпуск № 7", "Содержание: 1. Транспорт 2. Бюджет"],
            "1. «Северный вестник», 12 февраля 2026 г.",
            "Автор: Ольга Примерова",
            "Город построит новую велодорожку",
            "2. «Примерная газета», 11 февраля 2026 г.",
            "Бюджет области пересмотрят весной",
            _RU,
            ["Город построит новую велодорожку", "Бюджет области пересмотрят весной"],
        ),
        (
            ["Pressespiegel der Handelskammer", "Ausgabe 3/2026"],
            "1. Beispielstädter Anzeiger, 12.02.2026",
            "Von Jana Muster",
            "Stadtrat beschließt neuen Radweg",
            "2. Musterland Zeitung, 11.02.2026",
            "Kreis plant neue Buslinie",
            _DE,
            ["Stadtrat beschließt neuen Radweg", "Kreis plant neue Buslinie"],
        ),
        (
            ["Embassy press summary", "Daily review of the local media"],
            "1. The Example Herald, 12 February 2026",
            "By Jane Roe",
            "Council backs new river cycle lane",
            "2. Sample City Times, 11 February 2026",
            "County plans a new bus route",
            _EN,
            ["Council backs new river cycle lane", "County plans a new bus route"],
        ),
    ]
    for cover, credit1, byline, head1, credit2, head2, text, want in cases:
        paras = [*cover, credit1, byline, head1, *text, credit2, head2, *text]
        arts = articles_of("summary.docx", docx_with(paras, table=False))
        assert [a.title for a in arts] == want, (credit1, [a.title for a in arts])
        assert arts[0].author and arts[1].author == ""


def test_numbered_lines_out_of_count_stay_one_article() -> None:
    # a list in the text numbered 2, 3 (no run from 1) is no summary's credits
    paras = [
        "Council backs new river cycle lane",
        _EN[0],
        "2. The Example Herald, 12 February 2026",
        "Council backs new lane",
        _EN[1],
        "3. Sample City Times, 11 February 2026",
        "County plans a new bus route",
        _EN[0],
    ]
    arts = articles_of("clip.docx", docx_with(paras, table=False))
    assert len(arts) == 1


# --- 2. an agency's dotted initials in the dateline, a colon after them ----------------------


def test_dotted_initials_before_colon_give_the_dateline_and_the_masthead() -> None:
    cases = [
        (
            "EXAMPLE NEWS SERVICE",
            "Kolkata, 3 March (E.N.S.): ",
            _EN,
            "Kolkata",
            "Example News Service",
        ),
        (
            "Muster Nachrichten Dienst",
            "Hannover, 3. März (M.N.D.): ",
            _DE,
            "Hannover",
            "Muster Nachrichten Dienst",
        ),
        ("Example Wire", "Pune, March 3 (E.W.): ", _EN, "Pune", "Example Wire"),
    ]
    for masthead, opener, text, place, source in cases:
        art = article_of(
            "\n".join(
                [
                    masthead,
                    "Home  News  Business",
                    "Council backs new river cycle lane",
                    "By Jane Roe",
                    opener + text[0],
                    text[1],
                ]
            )
        )
        assert art.dateline == place, (opener, art.dateline)
        assert art.source == source, (opener, art.source)


def test_speaker_label_and_undated_brackets_are_no_dateline() -> None:
    profiles = load_profiles()
    assert parse_dateline("Smith (Labour): I think the plan is sound.", profiles) is None
    assert parse_dateline("Roe (S.P.D.): Wir lehnen den Plan ab, sagte sie.", profiles) is None
    hit = parse_dateline("Pune, March 3 (E.W.): The council said on Tuesday.", profiles)
    assert hit is not None and hit.place == "Pune"


# --- 3. a paper's name in big type beside the page number ----------------------------------


def test_masthead_beside_page_number_names_the_paper() -> None:
    cases = [
        (
            "Musterstadter Bote",
            "Seite 3",
            "Montag, 12. Januar 2026",
            _DE,
            "Stadtrat beschliesst Radweg",
        ),
        (
            "The Example Courier",
            "Page 7",
            "Monday, January 12, 2026",
            _EN,
            "Council backs cycle lane",
        ),
        ("Nordheimer Kurier", "Seite 12", "12.01.2026", _DE, "Kreis plant neue Buslinie"),
    ]
    for name, folio, day, text, head in cases:
        data = pdf_with_paragraphs(
            list(text) * 3,
            head=[
                (400.0, 820.0, 8, day),
                (60.0, 805.0, 22, name),
                (480.0, 806.0, 8, folio),
                (60.0, 760.0, 18, head),
            ],
            top=730.0,
        )
        art = articles_of("page.pdf", data)[0]
        assert art.source == name, (name, art.source)
        assert art.title == head


def test_small_running_title_beside_page_number_is_no_masthead() -> None:
    data = pdf_with_paragraphs(
        list(_EN) * 3,
        head=[
            (60.0, 805.0, 8, "Annual Report"),
            (480.0, 806.0, 8, "Page 7"),
            (60.0, 760.0, 18, "Council backs cycle lane"),
        ],
        top=730.0,
    )
    assert articles_of("page.pdf", data)[0].source != "Annual Report"


# --- 4. a logo's name stacked one word in capitals a line ----------------------------------


def test_stacked_logo_words_name_the_issuer() -> None:
    cases = [
        (
            "LANDTAG",
            "MUSTERLAND",
            "Pressemitteilung Nr. 4/2026",
            "des Landtags Musterland",
            "Landtag Musterland",
        ),
        (
            "STADTWERKE",
            "NORDHEIM",
            "Presseinformation",
            "der Stadtwerke Nordheim",
            "Stadtwerke Nordheim",
        ),
        (
            "HARBOUR",
            "EXAMPLETON",
            "Press release",
            "of the Harbour Exampleton board",
            "Harbour Exampleton",
        ),
    ]
    for first, second, label, named, want in cases:
        text = [
            f"Der Ausschuss {named} hat am Dienstag getagt und einen neuen Plan beraten, "
            "der in den kommenden Jahren umgesetzt werden soll, wie es hieß.",
            *_DE,
        ]
        paras = [first, second, label, "Ausschuss berät über Schulbau", *text]
        art = articles_of("release.docx", docx_with(paras, table=False))[0]
        assert art.source == want, (first, art.source)


def test_second_logo_word_the_text_never_names_stays_apart() -> None:
    paras = ["LANDTAG", "AKTUELL", "Pressemitteilung", "Ausschuss berät über Schulbau", *_DE]
    art = articles_of("release.docx", docx_with(paras, table=False))[0]
    assert art.source != "Landtag Aktuell"


# --- 5. a caption signed by its photographer and paper ------------------------------------


def test_caption_signed_photographer_slash_paper() -> None:
    for line in (
        "The water treatment plant in the north of the city. Jane Roe/The Example Times",
        "Pupils at the new school in Springfield. John Q. Doe/Example Daily",
        "Der neue Anleger im Hafen von Nordheim. Hauke Muster/Nordheimer Kurier",
        "Мост через реку в центре города. Иван Петров/Пример Медиа",
    ):
        assert is_caption(line), line
    for line in (
        "The council voted on Tuesday. It meets again in March and/or April",
        "The deal was signed. Smith said it was good for Jones/Brown",
    ):
        assert not is_caption(line), line


def test_signed_caption_under_stamp_is_no_headline() -> None:
    art = article_of(
        "\n".join(
            [
                "The Example Times",
                "News   Sports   Business   Opinion",
                "LOCAL",
                "Council backs new river cycle lane",
                "Two-kilometre route to open next spring",
                "Jane Roe",
                "The Example Times",
                "Published 5:02 a.m. CT Jan. 17, 2026",
                "The river bank in the north of the city. John Doe/The Example Times",
                *_EN,
            ]
        )
    )
    assert art.title == "Council backs new river cycle lane"
    assert art.author == "Jane Roe"
    assert art.section == "Local"


# --- 7. a release's bare running number; a state's name over its ministry -----------------


def test_state_over_ministry_and_bare_release_number() -> None:
    cases = [
        (
            "Freistaat Musterland",
            "Ministerium für Verkehr und Bau",
            "Medieninformation 004/2026",
            "Ministerium für Verkehr und Bau",
        ),
        (
            "Land Nordheim",
            "Ministerium des Innern",
            "Pressemitteilung 12/2026",
            "Ministerium des Innern",
        ),
        (
            "Republic of Exampleland",
            "Ministry of Transport",
            "Press release 7/2026",
            "Ministry of Transport",
        ),
    ]
    for state, body, label, want in cases:
        paras = [state, body, label, "Neuer Förderaufruf gestartet", *_DE]
        art = articles_of("release.docx", docx_with(paras, table=False))[0]
        assert art.source == want, (state, art.source)


def test_state_alone_over_a_label_stays_the_issuer() -> None:
    paras = ["Freistaat Musterland", "Pressemitteilung", "Neuer Förderaufruf", *_DE]
    art = articles_of("release.docx", docx_with(paras, table=False))[0]
    assert art.source == "Freistaat Musterland"


# --- 8. an attachment's label under a release's text --------------------------------------


def test_attachment_label_ends_the_text() -> None:
    long = _DE[0] + " " + _DE[1]
    for label, rows in (
        ("Anlage", ["Landkreis | Gemeinde | Quote", "Nordkreis | Musterdorf | 12 %"]),
        ("Attachment", ["County | Town | Rate", "North | Exampleton | 12 %"]),
        ("Приложение 1", ["Район | Село | Доля", "Северный | Примерное | 12 %"]),
    ):
        paras = [
            "Ministerium für Verkehr",
            "Pressemitteilung",
            "Neuer Förderaufruf gestartet",
            long,
            _DE[1],
            label,
            *rows,
        ]
        art = articles_of("note.docx", docx_with(paras, table=False))[0]
        assert label not in art.body and rows[1] not in art.body, label


def test_attachment_word_inside_a_sentence_stays() -> None:
    long = _DE[0] + " " + _DE[1]
    paras = [
        "Ministerium für Verkehr",
        "Pressemitteilung",
        "Neuer Förderaufruf gestartet",
        long,
        "Die Anlage am Fluss wird im Frühjahr eröffnet, teilte die Stadt mit.",
    ]
    art = articles_of("note.docx", docx_with(paras, table=False))[0]
    assert "Die Anlage am Fluss" in art.body


# --- 9. a federal service's abbreviation is a body, no outlet -----------------------------


def test_federal_service_abbreviation_is_an_institution() -> None:
    for name in ("ФАС России", "ФТС России", "ФМБА России"):
        assert is_institution(name), name
    for name in ("Фонтанка России", "ТАСС", "Фото России"):
        assert not is_institution(name), name


def test_rubric_kept_with_and_without_standfirst_over_name_and_outlet() -> None:
    head = ["Der Musterbote", "Politik   Sport   Kultur", "LOKALES"]
    for deck in ([], ["Zwei Kilometer neuer Radweg bis zum Frühjahr"]):
        lines = [
            *head,
            "Stadtrat beschließt neuen Radweg",
            *deck,
            "Jana Muster",
            "Der Musterbote",
            "Veröffentlicht 17.01.2026, 05:02 Uhr",
            *_DE,
        ]
        art = article_of("\n".join(lines))
        assert art.section == "Lokales", (deck, art.section)
        assert art.author == "Jana Muster"
