"""Blind batch 130's families in mailed digests and clippings: a monitoring alert's rows of
fields framed by rules of their own describe the clip under the next rule (its outlet, desk,
author and headline), and the link to the original under the last rule is the alert's
footer; a digest crediting each item's outlet in brackets before the headline ('[Outlet]
Headline') has that outlet for the item's source and the bare headline; a credit line right
under a digest item's headline ('Quelle: X · Text: Y', 'X, 20.11.2025') names the item's
outlet and author, no rubric; a pasted article's source line under a rule below its text
names its outlet and day (the signature under it is the sender's), and a note signed with
a first name alone is no part of the article; a byline's role and institution after the
name ('Jane Doe, Research Fellow, Example Center') are no part of the author; a sender
named as an institution ('Example Policy Center') is no person; an intro's signature ('–
Lea') over the first headline is no rubric."""

from __future__ import annotations

from email.message import EmailMessage

from app.importers.byline import author_of_line
from app.importers.mail import (
    _brand_of_site,
    _is_footer_part,
    _is_person,
    _name_mark,
    _without_note,
)
from app.importers.newsletter import _is_rubric
from tests.importers.makers import CLIP_TEXT, articles_of, mail_bytes

_RULE = "-" * 60
_RU_ROWS = ["Издание: Вестник Примерска", "Рубрика: Город", "Автор: Ирина Примерова"]
_RU_ROWS.append("Дата: 26.11.2025")


def _text(lang: str) -> str:
    return "\n\n".join(CLIP_TEXT[lang])


# --- a monitoring alert's rows framed by rules of their own -------------------------------


def _alert(lang: str, rows: list[str], head: str, byline: str, footer: str) -> bytes:
    body = "\n".join(
        [
            "Example Monitor Alert",
            "",
            "Profile: City / Station",
            "Hits: 1",
            "",
            _RULE,
            *rows,
            _RULE,
            "",
            head,
            "",
            byline,
            "",
            _text(lang),
            "",
            _RULE,
            footer,
            "Manage alerts | Unsubscribe",
        ]
    )
    return mail_bytes("Example Monitor <alerts@monitor.example>", "City / Station - 1 hit", body)


def test_framed_alert_rows_describe_the_clip_under_them() -> None:
    cases = [
        (
            "de",
            ["Medium: Nordheimer Bote", "Ressort: Lokales", "Datum: 26.11.2025", "Seite: 9"],
            "Bahnhofsviertel wird für zwölf Millionen Euro umgebaut",
            "Von Jana Beispiel",
            ("Nordheimer Bote", "Lokales", "Jana Beispiel"),
        ),
        (
            "en",
            ["Outlet: Westbury Courier", "Section: County", "Date: 26/11/2025", "Reach: 12,000"],
            "Council unveils twelve-million plan for station quarter",
            "By Tom Example",
            ("Westbury Courier", "County", "Tom Example"),
        ),
        (
            "ru",
            _RU_ROWS,
            "Привокзальный район реконструируют за три года",
            "",
            ("Vestnik Primerska", "Город", "Ирина Примерова"),
        ),
    ]
    for lang, rows, head, byline, (outlet, desk, author) in cases:
        data = _alert(lang, rows, head, byline, "Original (PDF): https://monitor.example/c/1")
        (art,) = articles_of("alert.eml", data)
        assert (art.title, art.source, art.section, art.author) == (head, outlet, desk, author)
        assert art.body.startswith(CLIP_TEXT[lang][0][:30])
        assert "Profile" not in art.body and "monitor.example" not in art.body


def test_rows_without_an_outlet_stay_the_mail_frame() -> None:
    # look-alike: a header block of the alert's own (profile, period) is no clip's rows
    data = _alert(
        "en",
        ["Profile: City / Station", "Period: 05:00-07:00", "Hits: 1"],
        "Council unveils twelve-million plan for station quarter",
        "By Tom Example",
        "Original (PDF): https://monitor.example/c/1",
    )
    arts = articles_of("alert.eml", data)
    assert all(a.source != "Westbury Courier" for a in arts)
    assert any(a.title == "Council unveils twelve-million plan for station quarter" for a in arts)


# --- a digest crediting each item's outlet in brackets ------------------------------------


def _bracketed_digest(lang: str, items: list[tuple[str, str]]) -> bytes:
    parts = ["EXAMPLE UNION PRESS OFFICE", "Media digest", "26.11.2025", ""]
    for outlet, head in items:
        parts += [_RULE, "", f"[{outlet}] {head}", "26.11.2025", "", _text(lang), ""]
    parts += [_RULE, "", "To unsubscribe reply with the word STOP."]
    return mail_bytes("Example Union <press@union.example>", "Media digest", "\n".join(parts))


def test_bracketed_outlet_before_headline_is_the_source() -> None:
    cases = [
        ("en", [("Harbour Times", "Port traffic grows again"), ("Daily Ledger", "Rates stay")]),
        ("de", [("Nordheimer Bote", "Hafen wächst wieder"), ("Südkurier Beispiel", "Zinsen")]),
        ("ru", [("Вестник Примерска", "Порт снова растёт"), ("Примерская правда", "Ставки")]),
    ]
    tail = {"en": " in autumn", "de": " im Herbst", "ru": " осенью"}
    for lang, items in cases:
        items = [(o, h + tail[lang]) for o, h in items]
        arts = articles_of("digest.eml", _bracketed_digest(lang, items))
        assert [a.title for a in arts] == [h for _, h in items]
        latin = ["Vestnik Primerska", "Primerskaya Pravda"]
        want = [o for o, _ in items] if lang != "ru" else latin
        assert [a.source for a in arts] == want


def test_bracketed_desk_labels_are_no_outlets() -> None:
    # look-alike: an outlet's own digest labelling its rubrics, or a kind of piece
    items = [("Politik", "Council unveils station plan"), ("Video", "Station plan is explained")]
    arts = articles_of("digest.eml", _bracketed_digest("en", items))
    assert all(a.source not in ("Politik", "Video") for a in arts)


# --- a credit line right under a digest item's headline -----------------------------------


def _html_digest(lang: str, items: list[tuple[str, str]]) -> bytes:
    blocks = ["<p>Example Briefing</p><p>Guten Morgen! Heute im Briefing: drei Themen.</p>"]
    blocks.append("<p>– Mia</p>")
    for n, (head, credit) in enumerate(items):
        blocks.append(f"<h2>{head}</h2><p>{credit}</p>")
        blocks += [f"<p>{p}</p>" for p in CLIP_TEXT[lang]]
        blocks.append(f'<p><a href="https://briefing.example/r/{n}">Read more →</a></p>')
    blocks.append("<p>Example Briefing | Unsubscribe</p>")
    html = "<html><body>" + "".join(blocks) + "</body></html>"
    msg = EmailMessage()
    msg["From"], msg["To"] = "Example Briefing <news@briefing.example>", "desk@example.org"
    msg["Subject"], msg["Date"] = "Briefing", "Fri, 21 Nov 2025 06:00:00 +0100"
    msg.set_content(html, subtype="html")
    return bytes(msg)


def test_credit_under_headline_names_the_items_outlet() -> None:
    cases = [
        ("de", "Quelle: Nordheimer Bote · Text: Jana Beispiel", "Nordheimer Bote", "Jana Beispiel"),
        ("en", "Source: Westbury Courier · By Tom Example", "Westbury Courier", "Tom Example"),
        ("en", "Harbour Times, 20.11.2025", "Harbour Times", ""),
    ]
    for lang, credit, outlet, author in cases:
        items = [
            ("Station quarter to be rebuilt", "Von Mia Muster"),
            ("Council approves the budget for next year", credit),
        ]
        arts = articles_of("briefing.eml", _html_digest(lang, items))
        assert (arts[1].source, arts[1].author) == (outlet, author), credit
        assert arts[1].section == ""
        assert arts[0].section == ""  # the intro's signature '– Mia' is no rubric


def test_desk_and_day_under_headline_stay_the_desk() -> None:
    # look-alike: a desk's name with the day ('Politik, 20.11.2025') credits no outlet
    items = [("Station quarter to be rebuilt", "Von Mia Muster"), ("Budget", "Politik, 20.11.2025")]
    items[1] = ("Council approves the budget for next year", items[1][1])
    arts = articles_of("briefing.eml", _html_digest("de", items))
    assert arts[1].source != "Politik"


# --- a paste's source line under a rule, a note signed with a first name ------------------


def _paste(lang: str, note: str, first: str, head: str, author: str, credit: str) -> bytes:
    body = "\n".join(
        [
            note,
            "",
            first,
            "",
            "",
            head,
            "",
            author,
            "",
            _text(lang),
            "",
            "---",
            credit,
            "https://paper.example/2025/city/story.html",
            "",
            "",
            "Sam Sender",
            "Analyst | Example Advisory Ltd.",
            "+44 20 7946 0000",
        ]
    )
    return mail_bytes("Sam Sender <sam@advisory.example>", "Station story", body)


def test_paste_credit_under_rule_names_outlet_and_day() -> None:
    cases = [
        (
            "en",
            "Sharing this story from today's paper, their site is down so pasted from the "
            "e-paper. Note the revised cost figure.",
            "Sam",
            "Council unveils twelve-million plan for station quarter",
            "Tom Example",
            "Source: Westbury Courier (City edition), Wednesday, 26 November 2025, Page 4",
            "Westbury Courier",
        ),
        (
            "de",
            "Hier der Artikel aus der heutigen Zeitung, die Seite ist gerade nicht erreichbar, "
            "daher aus dem E-Paper kopiert. Bitte die Kosten beachten.",
            "Sam",
            "Bahnhofsviertel wird für zwölf Millionen Euro umgebaut",
            "Jana Beispiel",
            "Quelle: Nordheimer Bote, Mittwoch, 26. November 2025, Seite 4",
            "Nordheimer Bote",
        ),
        (
            "ru",
            "Пересылаю статью из сегодняшнего номера, сайт газеты не работает, поэтому текст "
            "скопирован из электронной версии. Обратите внимание на сумму.",
            "Сэм",
            "Привокзальный район реконструируют за три года",
            "Ирина Примерова",
            "Источник: Westbury Courier, 26 ноября 2025 года, стр. 4",
            "Westbury Courier",
        ),
    ]
    for lang, note, first, head, author, credit, outlet in cases:
        (art,) = articles_of("paste.eml", _paste(lang, note, first, head, author, credit))
        assert (art.title, art.source, art.author) == (head, outlet, author), lang
        assert art.published.date().isoformat() == "2025-11-26"
        assert (art.published.hour, art.published.minute) == (0, 0)
        assert art.body.startswith(CLIP_TEXT[lang][0][:30])
        assert "Sam Sender" not in art.body and "Analyst" not in art.body


def test_paste_without_credit_keeps_the_sender_frame() -> None:
    # look-alike: a contacts block under the rule is the signature, no credit
    data = _paste(
        "en",
        "Sharing this story from today's paper. Note the revised cost figure.",
        "Sam",
        "Council unveils twelve-million plan for station quarter",
        "Tom Example",
        "Contact: Sam Sender, Example Advisory",
    )
    arts = articles_of("paste.eml", data)
    assert arts[0].source != "Contact"


# --- bylines, senders and rubrics ----------------------------------------------------------


def test_role_and_institution_after_bylined_name() -> None:
    assert author_of_line("By Jane Doe, Research Fellow, Example Policy Center | 21 Nov 2025") == (
        "Jane Doe"
    )
    assert author_of_line("Von Max Muster, Korrespondent in Kairo") == "Max Muster"
    assert author_of_line("By Jane Doe, Senior Correspondent") == "Jane Doe"
    # look-alike: two writers stay two
    assert author_of_line("By Jane Doe, John Smith") == "Jane Doe, John Smith"


def test_institution_sender_is_no_person() -> None:
    assert not _is_person("Example Policy Center")
    assert not _is_person("Nordheim Institut")
    assert not _is_person("Примерский Фонд")
    assert _is_person("Jane Doe")  # look-alike
    assert _brand_of_site("Example Policy Center", "examplepolicy.org") == "Example Policy Center"
    assert _brand_of_site("Example Global", "example.com") == "Example"  # look-alike


def test_intro_signature_is_no_rubric() -> None:
    assert not _is_rubric("– Lea")
    assert not _is_rubric("— The editors")
    assert _is_rubric("KULTUR")  # look-alike


def test_rubric_alone_over_a_forwarded_headline_is_no_signed_note() -> None:
    # look-alike of a note signed 'Sam': a page's rubric alone between its menu and headline
    for rubric in ("Регионы", "Sport", "Wirtschaft"):
        page = "\n\n".join(
            [
                "Example Times\nNews\nRegion\nSport",
                rubric,
                "Council unveils twelve-million plan for station quarter",
                "By Tom Example",
                *CLIP_TEXT["en"],
                *CLIP_TEXT["en"],
            ]
        )
        assert _without_note(page) == page


def test_compilers_note_over_imprint_is_the_digests_footer() -> None:
    for note, imprint in [
        (
            "Zusammenstellung: Pressestelle. Die Inhalte sind nur für den internen Gebrauch "
            "bestimmt, eine Weitergabe an Dritte ist nicht gestattet.",
            "Beispielverband e.V.\nMusterstraße 5, 60329 Frankfurt\nTelefon: +49 69 0000-0",
        ),
        (
            "Compiled by the press office. The content is for internal use only and may not "
            "be passed on to third parties.",
            "Example Union\n1 Example Street, London\nPhone: +44 20 7946 0000",
        ),
        (
            "Подборка подготовлена пресс-службой. Материалы предназначены только для "
            "внутреннего использования и не подлежат передаче третьим лицам.",
            "Союз примерных предприятий\nМосква, ул. Примерная, 1\nТелефон: +7 495 000-00-00",
        ),
    ]:
        assert _is_footer_part(f"{note}\n\n{imprint}")
    # look-alike: an item's headline over its text, the sender's contacts under it
    item = "Station quarter to be rebuilt\n\n" + CLIP_TEXT["en"][0]
    assert not _is_footer_part(f"{item}\n\nExample Union\nPhone: +44 20 7946 0000")


def test_name_before_copyright_mark_names_the_outlet() -> None:
    assert _name_mark(["Газета Примера (c) 1991-2025. Все права защищены."]) == "Газета Примера"
    assert _name_mark(["Westbury Courier © 2025. All rights reserved."]) == "Westbury Courier"
    assert _name_mark(["Nordheimer Bote (C) 2003 - 2025"]) == "Nordheimer Bote"
    assert _name_mark(["Photo (c) Jane Doe"]) == ""  # look-alike: a credit, no years
    assert _name_mark(["Copyright © 2025 Example Times"]) == ""  # the owner after the mark
