"""Digest items under their own stamps (blind batch 88): a headline over its stamp line in a
hard-wrapped mail stays apart from it; a print clipping's label ('«Outlet», date, № N, с. P |
Рубрика: X | Автор: Y') and a field block over the headline give each item its outlet; an
alert's search line, figures row and buttons are neither source nor text.
"""

from __future__ import annotations

import textwrap

from app.importers.agency import parse_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.compose import desk_in_stamp
from app.importers.mail import _edition_initials
from app.importers.normalize import unwrap
from app.importers.stampline import one_line_stamp
from tests.importers.makers import REVIEW_DE_MORE, REVIEW_DE_TEXT, articles_of, mail_bytes

RU_TEXT = (
    "Городская дума во вторник одобрила строительство новой школы на сто двадцать мест в "
    "микрорайоне Северный, сообщили в пресс-службе администрации города. Проект обойдется "
    "бюджету примерно в девятьсот миллионов рублей, деньги выделят из областного бюджета."
)
RU_MORE = (
    "Жители микрорайона несколько лет добивались строительства школы, сейчас дети ездят на "
    "занятия в соседний район. Стройка начнется весной следующего года и займет два года."
)
EN_TEXT = (
    "The council voted on Tuesday to extend the harbour wall by two hundred metres before the "
    "winter storms, after engineers warned that the old wall would not hold another season. "
    "Work is due to start in January and should take about eight months to complete."
)


def _wrapped(*paras: str) -> str:
    return "\n\n".join(textwrap.fill(p, 76) for p in paras)


def test_headline_over_its_stamp_line_is_not_joined_to_it() -> None:
    """A long headline right over its stamp line (day alone, or day, desk and byline set
    off by bars or dots) ends there, and the stamp is a line of its own."""
    cases = [
        (
            "Городская дума одобрила строительство школы в микрорайоне Северный",
            "25 ноября 2025 в 14:20 | Образование | Текст: Ольга Петрова",
            RU_TEXT,
        ),
        (
            "Gemeinde Nordheim erweitert die Grundschule um vier Klassenräume",
            "26.11.2025, 18:30 Uhr",
            REVIEW_DE_TEXT + " " + REVIEW_DE_MORE,
        ),
        (
            "Harbour wall to be extended before the winter storms arrive",
            "Nov. 25, 2025 · Politics",
            EN_TEXT,
        ),
    ]
    for head, stamp, text in cases:
        body = "\n\n".join([f"{head}\n{stamp}", _wrapped(text, text, text)])
        out = unwrap(body).split("\n")
        assert out[:2] == [head, stamp], out[:3]
        assert " ".join(text.split()) in out


def test_sentence_ending_in_a_date_stays_one_paragraph() -> None:
    """Look-alike: a wrapped sentence whose next line is a date closing it stays joined."""
    text = _wrapped(EN_TEXT, EN_TEXT).replace("\n\n", "\n\n") + (
        "\n\nThe hearing on the plans has been set by the planning committee for the\n"
        "25 November 2025."
    )
    out = unwrap(text)
    assert "for the 25 November 2025." in out


def test_desk_in_a_stamp_with_the_day_first() -> None:
    assert desk_in_stamp("25 ноября 2025 в 14:20 | Экономика | Текст: Ольга Петрова") == (
        "Экономика"
    )
    assert desk_in_stamp("26.11.2025 · Lokales") == "Lokales"
    assert desk_in_stamp("Politics | 25 November 2025 | By Jane Doe") == "Politics"
    assert desk_in_stamp("25.11.2025 | Jane Doe") == ""  # a byline's name, no desk


def test_plain_digest_items_keep_headline_day_desk_and_author() -> None:
    body = "\n\n".join(
        [
            "Пример.Ru\nГлавное за день",
            "------------------------------------------------------------",
            "Городская дума одобрила строительство школы в микрорайоне Северный\n"
            "25 ноября 2025 в 14:20 | Образование | Текст: Ольга Петрова",
            _wrapped(RU_TEXT, RU_MORE),
            "------------------------------------------------------------",
            "Жители микрорайона Северный добились строительства новой школы\n"
            "26 ноября 2025 в 09:05 | Город",
            _wrapped(RU_MORE, RU_TEXT),
        ]
    )
    arts = articles_of("d.eml", mail_bytes("Пример <digest@example.org>", "Главное за день", body))
    assert [a.title for a in arts] == [
        "Городская дума одобрила строительство школы в микрорайоне Северный",
        "Жители микрорайона Северный добились строительства новой школы",
    ]
    assert [a.section for a in arts] == ["Образование", "Город"]
    assert arts[0].published.hour == 14 and arts[1].published.hour == 9
    assert arts[0].author == "Ольга Петрова"


def test_related_story_markers_and_internal_use_notes_are_boilerplate() -> None:
    for line in (
        "Еще по теме: Школа в Северном откроется в 2027 году",
        "Все по теме",
        "Also on this topic: Harbour repairs delayed",
        "Обзор предназначен для служебного пользования.",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Еще по теме выступил мэр, который пообещал открыть школу")


def test_an_alerts_figures_and_buttons_row_is_boilerplate() -> None:
    for line in (
        "Reach: 21,400 | AVE: £1,240 | View clip | Add to report",
        "Clip-ID: 4471902 | Relevanz: hoch | Tonalität: neutral",
        "Охват: 12 тыс. · Тональность: нейтральная",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Reach: the town of Reach | Cambridgeshire")


def test_print_clipping_label_gives_outlet_day_and_desk() -> None:
    stamp = one_line_stamp("«Северная газета», 26.11.2025, № 47, с. 3 | Рубрика: Экономика")
    assert stamp and (stamp.outlet, stamp.published.day, stamp.section) == (
        "Северная газета",
        26,
        "Экономика",
    )
    stamp = one_line_stamp("Nordheimer Bote, 25.11.2025, S. 9 | Ressort: Lokales | Autor: Jan Roth")
    assert stamp and (stamp.outlet, stamp.section) == ("Nordheimer Bote", "Lokales")
    stamp = one_line_stamp("Harbour Times, 25.11.2025, N 12, p. 7 | Section: News")
    assert stamp and stamp.outlet == "Harbour Times"
    # an alert's search line is no outlet, however dated
    assert one_line_stamp("Search: harbour & coast | 26 November 2025 | 2 new items") is None
    assert one_line_stamp("Suchprofil: Schulbau | 26.11.2025 | 3 Treffer") is None


def test_html_review_under_a_cover_heading_splits_at_each_label() -> None:
    """Headings only over the first item (the review's cover); each clipping's label over
    its smaller headline heads an item with its own outlet, desk and author."""
    para = "".join(f"<p>{p}</p>" for p in (RU_TEXT, RU_MORE))

    def clip(outlet: str, desk: str, author: str, head: str) -> str:
        label = f"«{outlet}», 26.11.2025, № 47, с. 3 | Рубрика: {desk} | Автор: {author}"
        return f"<hr><p><i>{label}</i></p><h4>{head}</h4>{para}"

    html = (
        "<html><body><h3>ОБЗОР ПРЕССЫ<br>на 27 ноября 2025 г.</h3>"
        "<p>Подготовлен пресс-службой администрации</p>"
        + clip("Северная газета", "Экономика", "Ольга Петрова", "Дума одобрила новую школу")
        + clip("Вечерний город", "Образование", "Иван Смирнов", "Школу в Северном начнут весной")
        + "<hr><p>Обзор предназначен для служебного пользования.</p></body></html>"
    )
    arts = articles_of(
        "r.eml", mail_bytes("Пресс-служба <press@example.org>", "Обзор прессы", html, "html")
    )
    assert [a.title for a in arts] == [
        "Дума одобрила новую школу",
        "Школу в Северном начнут весной",
    ]
    assert [a.section for a in arts] == ["Экономика", "Образование"]
    assert [a.author for a in arts] == ["Ольга Петрова", "Иван Смирнов"]
    assert "Рубрика" not in arts[0].body and "служебного" not in arts[1].body
    assert [a.published.day for a in arts] == [26, 26]


def test_text_alert_items_under_field_blocks_take_their_outlets() -> None:
    def item(outlet: str, day: str, head: str) -> str:
        fields = f"Quelle: {outlet}\nErscheinungsdatum: {day}\nRessort: Lokales\nSeite: 9"
        return f"{fields}\n\n{head}\n\n" + _wrapped(REVIEW_DE_TEXT, REVIEW_DE_MORE)

    rule = "=" * 60
    body = f"\n\n{rule}\n\n".join(
        [
            "Beispiel Medienbeobachtung\nIhr Clipping-Alert | Suchprofil: Schulbau",
            item("Nordheimer Bote", "25.11.2025", "Grundschule Nordheim wird erweitert"),
            item("Südkreis Kurier", "26.11.2025", "Vier neue Klassenräume für Nordheim"),
        ]
    )
    arts = articles_of("a.eml", mail_bytes("Alert <alert@example.org>", "2 neue Treffer", body))
    assert [a.source for a in arts] == ["Nordheimer Bote", "Südkreis Kurier"]
    assert [a.published.day for a in arts] == [25, 26]


def test_day_without_place_before_a_wire_credit_is_no_dateline() -> None:
    for line, agency in (
        ("Nov. 25 (UPI) -- Chile's two candidates stepped up their campaigns.", "UPI"),
        ("Dez. 3 (AFP) - Die Regierung hat am Mittwoch beschlossen.", "AFP"),
    ):
        dl = parse_dateline(line, ())
        assert dl is not None and (dl.place, dl.agency) == ("", agency), line
    dl = parse_dateline("WASHINGTON, Nov. 24 (UPI) -- The agency lifted the limits.", ())
    assert dl is not None and dl.place == "Washington"


def test_edition_of_initials_takes_the_outlets_printed_name() -> None:
    text = "Hallo,\n\nzur Info.\n\nWetzburger Neue Zeitung | Beispiel Verlag GmbH"
    assert _edition_initials("WNZ am Morgen", text) == "Wetzburger Neue Zeitung"
    assert _edition_initials("HT Daily", "© Harbour Times 2025") == "Harbour Times"
    assert _edition_initials("СГ Briefing", "Редакция: Северная Газета") == "Северная Газета"
    # not spelled out in the text, or no initials: the sender stays
    assert _edition_initials("WNZ am Morgen", "Hallo, zur Info.") == "WNZ am Morgen"
    assert _edition_initials("Bote am Morgen", "Nordheimer Bote") == "Bote am Morgen"
