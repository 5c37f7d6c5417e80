"""A colleague's typed-up print clipping: a greeting to the team ('Morning all,', 'Moin
zusammen,', 'Доброе утро!') and a line of note over the headline and text, and the
clipping's labelled credit under the text ('Source: Outlet, 27 November 2025, Business,
p. 14 - by Jane Doe') over the colleague's sign-off. The greeting and note are the mail's;
the credit names the article's outlet, day, desk and author."""

from __future__ import annotations

from app.importers.docfront import labelled_credit
from app.importers.mail import _SALUTATION
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, mail_bytes
from tests.importers.test_batch122_families import articles_of


def _typed(greeting: str, credit: str) -> bytes:
    body = (
        f"{greeting}\n\nTyped this up from the print edition, not online yet.\n\n\n"
        f"Council backs the new tram line\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n{credit}\n\n\n"
        "Regards,\n\n-- \nSam Analyst\nResearch Desk\nExample Insight Ltd\n"
    )
    return mail_bytes("Sam Analyst <sam@insight.example>", "Clipping: tram (print)", body)


def test_a_typed_clipping_under_morning_all_reads_its_credit() -> None:
    credit = (
        "Source: Example Herald (Springfield), Thursday 27 November 2025, Business, p. 14"
        " - by Jane Roe"
    )
    (art,) = articles_of("m.eml", _typed("Morning all,", credit))
    assert art.title == "Council backs the new tram line"
    assert (art.source, art.section, art.author) == ("Example Herald", "Business", "Jane Roe")
    assert art.published is not None and art.published.date().isoformat() == "2025-11-27"
    assert not art.body.startswith("Morning") and "Typed this up" not in art.body


def test_greetings_to_the_team_are_salutations() -> None:
    for line in ("Morning all,", "Afternoon everyone!", "Moin zusammen,", "Доброе утро!"):
        assert _SALUTATION.match(line), line
    assert not _SALUTATION.match("Morning traffic was heavier than usual on the ring road.")


def test_a_credit_names_a_bare_desk_among_its_parts() -> None:
    found = labelled_credit("Quelle: Beispielblatt, 27.11.2025, Wirtschaft, S. 9 - von Max Muster")
    assert found is not None and found[0].section == "Wirtschaft"
    found = labelled_credit("Source: Example Herald, 27 November 2025, Springfield, p. 3")
    assert found is not None and found[0].section == ""


def test_a_reporters_name_under_the_typed_headline_is_the_byline() -> None:
    body = (
        "Hi Priya,\n\nCould not open the e-paper, so I typed this out from the print copy.\n\n"
        f"---\n\nCouncil backs the new tram line\n\nJane Roe\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n\n"
        "Source: Example Herald (Springfield edition), Saturday, November 22, 2025, page 5\n\n"
        "---\n\nThanks,\nArjun\n"
    )
    data = mail_bytes("Arjun Example <arjun@advisory.example>", "Herald clip: trams", body)
    (art,) = articles_of("m.eml", data)
    assert (art.title, art.author) == ("Council backs the new tram line", "Jane Roe")


def test_a_colleagues_greeting_in_russian_opens_a_cover_note() -> None:
    from app.importers.mail import _without_greeting

    for line in ("Коллеги, добрый день!", "Всем привет!", "Друзья, доброе утро!"):
        assert _SALUTATION.match(line), line
    text = "Коллеги, добрый день!\n\nПубликация для архива.\n\nНовый заголовок статьи\n\nТекст."
    assert _without_greeting(text).startswith("Новый заголовок статьи")
    # the note's signature under '--' and a forward under it: the text stays whole
    signed = "Коллеги, добрый день!\n\nДля архива.\n\n--\n\nОльга\n\n---- Пересылаемое ----\n\nX"
    assert _without_greeting(signed) == signed
