"""Blind batch 133's families on pasted pages: a related link's headline that opens with
the dateline's place ("Pune: …") is no interview turn; a place in ordinary case alone
between the byline and the first paragraph is the dateline; a byline's post after a comma
("Korrespondent Süddeutschland") is no second writer; a printed Latin logo spelled word by
word like our transliteration wins over it; a nonprofit's network note, reuse notice and
"REPUBLISH" button under the text, a photographer's bio and a topic-named "more on" marker
are no text."""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_end_bio, is_teaser
from app.importers.byline import author_of_line
from app.importers.sitename import printed_latin_spelling

_EN = (
    "The city council on Tuesday approved a plan to rebuild the old bus terminal over the "
    "next three years, with residents invited to comment until the end of January.",
    "The cost is put at about twelve million rupees, a third of which is expected to come "
    "from state grants, the council said in a statement on Tuesday evening.",
    "Traders near the terminal welcomed the decision but urged the authorities to finish "
    "the work before the monsoon season begins next year, officials said.",
)


def _article(text: str):
    items = extract("page.txt", text.encode())
    assert len(items) == 1
    return items[0].article


def test_related_headline_with_the_place_is_no_interview_turn() -> None:
    for place in ("Pune", "Lucknow", "Nairobi"):
        page = "\n".join(
            [
                "Example Herald",
                "Home",
                "City",
                "Council clears plan to rebuild the old bus terminal in the city centre",
                "Published Date - 27 November 2025, 07:42 PM",
                f"{place}: {_EN[0]}",
                _EN[1],
                "Also Read",
                f"{place}: Civic body to repair 40 old buildings in the market area",
                _EN[2],
            ]
        )
        assert _article(page).dateline == place


def test_interview_turns_still_no_dateline() -> None:
    page = "\n".join(
        [
            "Example Herald",
            "Interview: the mayor on the terminal plan and what it costs the city",
            "Published Date - 27 November 2025, 07:42 PM",
            f"Mayor: {_EN[0]}",
            "Question: And who pays for the new terminal in the end, the city or the state?",
            f"Mayor: {_EN[1]}",
        ]
    )
    assert _article(page).dateline == ""


def test_place_line_between_byline_and_text_is_the_dateline() -> None:
    for place in ("Kitwe", "Ndola", "Mongu"):
        page = "\n".join(
            [
                "Example Daily Mail",
                "Business",
                "Council clears plan to rebuild the old bus terminal",
                "November 17, 2025",
                "By Jane Mwale",
                place,
                f"THE council in {place} on Tuesday approved a plan to rebuild the old bus "
                "terminal over the next three years, with residents invited to comment.",
                _EN[1],
                f"Traders in {place} welcomed the decision but urged the authorities to "
                "finish the work before the rainy season begins next year.",
            ]
        )
        art = _article(page)
        assert (art.dateline, art.author) == (place, "Jane Mwale")


def test_desk_word_between_byline_and_text_is_no_dateline() -> None:
    page = "\n".join(
        [
            "Example Daily Mail",
            "Council clears plan to rebuild the old bus terminal",
            "November 17, 2025",
            "By Jane Mwale",
            "Politics",
            "THE council on Tuesday approved a plan on Politics and the bus terminal over the "
            "next three years, with residents invited to comment until January.",
            _EN[1],
        ]
    )
    assert _article(page).dateline == ""


def test_post_after_the_comma_is_no_second_writer() -> None:
    assert author_of_line("Von Bernd Maier, Korrespondent Norddeutschland") == "Bernd Maier"
    assert author_of_line("By Jane Doe, Senior Reporter") == "Jane Doe"
    assert author_of_line("Von Eva Roth, Wirtschaftsredakteurin") == "Eva Roth"
    # look-alikes: two writers stay two
    assert author_of_line("Von Anna Roth, Jan Lind") == "Anna Roth, Jan Lind"
    assert author_of_line("By Jane Doe, John Roe and Ann Lee") == "Jane Doe, John Roe and Ann Lee"


def test_printed_latin_logo_folds_word_by_word() -> None:
    assert printed_latin_spelling("Рудный Алтай", ["Rudny Altai | Рудный Алтай"]) == "Rudny Altai"
    assert printed_latin_spelling("Новый Край", ["Novy Krai — газета"]) == "Novy Krai"
    assert printed_latin_spelling("Медиамакс", ["Подписывайтесь на Mediamax"]) == "Mediamax"
    # a Latin name of other letters is no spelling of ours
    assert printed_latin_spelling("Рудный Алтай", ["Radio Alto | Рудный Алтай"]) == ""


def test_nonprofit_notes_under_the_text_are_boilerplate() -> None:
    for line in (
        "REPUBLISH",
        "Republish this story",
        "Our stories may be republished online or in print under Creative Commons license "
        "CC BY-NC-ND 4.0.",
        "Dieser Text steht unter einer Creative-Commons-Lizenz und darf weiterverbreitet werden.",
        "Материал доступен по лицензии Creative Commons с указанием автора.",
        "Prairie Reflector is part of Example Newsroom, a nonprofit news network supported by "
        "grants and a coalition of donors.",
    ):
        assert is_boilerplate(line), line
    for line in (  # look-alikes in running text
        "The town is part of the district, a rural area with few jobs.",
        "Ukraine is part of the European grid, an electricity network that links 30 states.",
        "The museum published the images under an open licence last year, officials said.",
    ):
        assert not is_boilerplate(line), line


def test_photographer_bio_and_more_on_marker() -> None:
    assert is_end_bio("Ana Ruiz is a Prairie Reflector photographer and reporter based in Hays.")
    assert is_end_bio("Jan Roe is a staff photographer for Example Post.")
    assert not is_end_bio("The photographer said the storm hit at noon.")
    for line in ("Mehr zum Thema Leipzig:", "More on Brexit:", "Mehr aktuelle News"):
        assert is_teaser(line), line
    assert not is_teaser("More on the election: polls close at eight in most states tonight.")


_DE = (
    "Der Gemeinderat hat am Dienstag den Umbau des alten Busbahnhofs beschlossen, die "
    "Arbeiten sollen in den kommenden drei Jahren abgeschlossen werden.",
    "Die Kosten werden auf rund zwölf Millionen Euro geschätzt, ein Drittel davon soll aus "
    "Fördermitteln des Landes kommen, wie die Verwaltung mitteilte.",
)
_RU = (
    "Городской совет во вторник одобрил план реконструкции старого автовокзала, работы "
    "планируется завершить в течение ближайших трёх лет, сообщили в мэрии.",
    "Стоимость проекта оценивается примерно в двенадцать миллионов рублей, треть средств "
    "выделит областной бюджет, уточнили в администрации города.",
)


def test_caption_between_stamp_and_credit_is_no_headline() -> None:
    pages = (
        (
            "Council clears plan to rebuild the old bus terminal in the centre",
            "Reporter:",
            "Jane Doe",
            "25 Nov 2025 6:00 PM",
            "Buses waiting at the old terminal on Monday",
            "(Picture: John Roe)",
            _EN,
        ),
        (
            "Gemeinderat beschließt Umbau des alten Busbahnhofs im Zentrum",
            "Von Eva Roth",
            "Redakteurin Lokalredaktion",
            "25.11.2025 - 18:00 Uhr",
            "Busse am alten Bahnhof am Montagmorgen",
            "Foto: Jan Lind",
            _DE,
        ),
        (
            "Горсовет одобрил реконструкцию старого автовокзала в центре",
            "Автор:",
            "Мария Иванова",
            "25 ноября 2025, 18:00",
            "Автобусы у старого вокзала в понедельник",
            "Фото: Иван Петров",
            _RU,
        ),
    )
    for headline, by1, by2, stamp, caption, credit, text in pages:
        page = "\n".join(
            ["Example Courier", "Home", "News", headline, by1, by2, stamp, caption, credit, *text]
        )
        art = _article(page)
        assert art.title == headline, art.title
        assert caption not in art.body
    # look-alike: the headline itself under the stamp, over the picture's credit
    page = "\n".join(
        [
            "Example Courier",
            "Home",
            "News",
            "25 Nov 2025 6:00 PM",
            "Council clears plan to rebuild the old bus terminal",
            "(Picture: John Roe)",
            *_EN,
        ]
    )
    assert _article(page).title == "Council clears plan to rebuild the old bus terminal"


def test_writing_role_label_alone_over_the_name_is_the_byline() -> None:
    for label, name, text in (
        ("Reporter:", "Jane Doe", _EN),
        ("Korrespondentin:", "Eva Roth", _DE),
        ("Корреспондент:", "Мария Иванова", _RU),
    ):
        page = "\n".join(
            [
                "Example Courier",
                "Home",
                "News",
                "Council clears plan to rebuild the old bus terminal in the centre",
                label,
                name,
                "25.11.2025 18:00",
                *text,
            ]
        )
        assert _article(page).author == name, label
    # look-alike: the photographer's label under a byline names no author
    page = "\n".join(
        [
            "Example Courier",
            "Home",
            "News",
            "Council clears plan to rebuild the old bus terminal in the centre",
            "By Jane Doe",
            "Photographer:",
            "John Roe",
            "25.11.2025 18:00",
            *_EN,
        ]
    )
    assert _article(page).author == "Jane Doe"


def test_newsletter_box_lines_are_boilerplate() -> None:
    for line in (
        "Get the biggest daily stories by email",
        "Get our top weekly headlines by email",
        "SubscribeWe use your sign-up to provide content in ways you've consented to and to "
        "improve our understanding of you. You can unsubscribe at any time. More info",
        "Wir nutzen Ihre Anmeldung, um Ihnen passende Inhalte zu schicken.",
    ):
        assert is_boilerplate(line), line
    for line in (  # look-alikes in running text
        "We use your money wisely, the mayor told the council meeting on Tuesday evening.",
        "Get the biggest stories right, the editor told the newsroom in a memo by email.",
    ):
        assert not is_boilerplate(line), line


def test_byline_glued_to_its_label_is_no_section() -> None:
    for glued, text in (("ByNews desk team", _EN), ("VonRedaktion Lokales", _DE)):
        page = "\n".join(
            [
                "Example Courier",
                "Council clears plan to rebuild the old bus terminal in the centre",
                glued,
                "07:05, 21 NOV 2025",
                *text,
            ]
        )
        assert not _article(page).section.startswith(("By", "Von")), glued
