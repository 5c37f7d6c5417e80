"""Blind batch 208's families left after the first pass: a wire service's morning mail
whose items print the desk beside the agency's slug ('POLITICS' | 'SLUG: POLITICS Budget')
over the headline, and the filing stamp with the byline and the writer's role after a bar
('Filed 05:52 GMT, 26 Nov 2025 · By Jane Doe, Political Correspondent') under it."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.importers.makers import mail_bytes

_EN = (
    "Ministers will publish the long-awaited review of regional rail fares on Thursday, the "
    "Department for Transport has confirmed, after months of delay."
)
_EN2 = "Passenger groups said the changes came too late for commuters facing higher prices."


def _articles(name: str, data: bytes) -> list:
    from app.importers import extract
    from app.model import Extracted

    return [i.article for i in extract(name, data) if isinstance(i, Extracted)]


def _wire_item(n: int, desk: str, slug: str, headline: str, stamp: str) -> str:
    return (
        f'<tr><td><table><tr><td style="font-weight:bold">{desk}</td><td align="right">'
        f'SLUG: {slug}</td></tr></table><h3><a href="https://wire.example/t/{n}">{headline}'
        f"</a></h3><p>{stamp}</p><p>{_EN}</p><p>{_EN2}</p>"
        f'<a href="https://wire.example/t/{n}">Full story &rarr;</a></td></tr>'
    )


def test_wire_mail_reads_desk_over_slug_and_filing_stamp_with_byline() -> None:
    html = (
        "<html><body><table><tr><td>Example Wire Morning Briefing</td></tr>"
        "<tr><td>Thursday 3 December 2026</td></tr>"
        + _wire_item(
            1,
            "TRANSPORT",
            "TRANSPORT Fares",
            "Rail fares review to be published on Thursday",
            "Filed 05:40 GMT, 3 Dec 2026 &middot; By Jane Doe, Transport Correspondent",
        )
        + _wire_item(
            2,
            "HEALTH",
            "HEALTH Waits",
            "Hospital waiting lists fall for third month running",
            "Filed 00:01 GMT, 3 Dec 2026 &middot; By John Roe, Health Editor",
        )
        + "<tr><td>Copyright 2026 Example Wire Ltd.</td></tr></table></body></html>"
    )
    sender = "Example Wire <briefing@wire.example>"
    arts = _articles("wire.eml", mail_bytes(sender, "Morning Briefing", html, "html"))
    assert [a.title for a in arts] == [
        "Rail fares review to be published on Thursday",
        "Hospital waiting lists fall for third month running",
    ]
    assert [a.section for a in arts] == ["Transport", "Health"]
    assert [a.published.replace(tzinfo=None) for a in arts] == [
        datetime(2026, 12, 3, 5, 40),
        datetime(2026, 12, 3, 0, 1),
    ]
    assert [a.author for a in arts] == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Filed 05:40 GMT, 3 Dec 2026 · By Jane Doe, Transport Correspondent",
        "3 December 2026, 05:40 | By Jane Doe, Senior Political Reporter",
    ],
)
def test_stamp_with_byline_and_role_after_a_bar_dates_the_paste(stamp: str) -> None:
    text = f"Rail fares review to be published on Thursday\n{stamp}\n\n{_EN}\n\n{_EN2}\n"
    (art,) = _articles("paste.txt", text.encode())
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2026, 12, 3, 5, 40)
    assert art.author == "Jane Doe"
    assert art.body.startswith("Ministers will publish")


def test_slug_field() -> None:
    from app.importers.wireslug import is_slug_field

    assert is_slug_field("SLUG: POLITICS Budget")
    assert is_slug_field("Slug: US Shutdown (AP)")
    assert not is_slug_field("Slugs invade gardens after wet autumn: what to do")
    assert not is_slug_field("POLITICS")


# --- an institute's weekly brief: the editor's essay over the items, the items' stamp rows
# ('Commentary | November 19, 2026 | Jane Doe and John Roe'), a question as a headline

_ESSAY = [
    "A year ago most observers expected the housing slowdown to be over by now, and it is not. "
    "Permits are still falling in most large metro areas, and builders report thinner margins.",
    "What is different this time is where the strain shows up: in rental markets that depend "
    "on new supply, and in towns whose budgets lean on construction fees.",
    "This week our fellows look at who is building, who is not, and why. I welcome replies.",
]


def _brief_item(n: int, desk: str, headline: str, row: str) -> str:
    return (
        f'<tr><td><p style="text-transform:uppercase">{desk}</p>'
        f'<p><a href="https://click.hartwell.org/?q={n}">{headline}</a></p><p>{row}</p>'
        f"<p>The analysis of {n + 2} hundred local permit records finds that costs rose faster "
        "than rents in most places, and that smaller builders left the market first.</p>"
        f'<p><a href="https://click.hartwell.org/?q={n}">Read more</a></p></td></tr>'
    )


def _brief() -> bytes:
    html = (
        "<html><body><table><tr><td>The Hartwell Brief<br>Friday, December 4, 2026</td></tr>"
        "<tr><td><p>From the editor</p><h1>Why the housing slump is not over</h1>"
        + "".join(f"<p>{p}</p>" for p in _ESSAY)
        + "<p>Ann Editor<br>Managing Editor, Hartwell</p></td></tr>"
        + _brief_item(
            1,
            "Economic Studies",
            "Who really builds the homes in America's fastest-growing suburbs?",
            "Commentary | December 2, 2026 | Jane Doe and John Roe",
        )
        + _brief_item(
            2,
            "Metro",
            "Permit fees are rising faster than rents",
            "Report | December 1, 2026 | Mary Major",
        )
        + _brief_item(
            3,
            "Housing",
            "The quiet exit of small builders",
            "Commentary | December 3, 2026 | Tom Minor",
        )
        + "<tr><td>Unsubscribe · The Hartwell Institute, 1 Example Ave, Washington</td></tr>"
        "</table></body></html>"
    )
    sender = "The Hartwell Brief <brief@email.hartwell.org>"
    return mail_bytes(
        sender, "Why the housing slump is not over", html, "html", "Fri, 04 Dec 2026 10:02:33 -0500"
    )


def test_brief_files_the_essay_first_under_the_institute_with_the_mail_day() -> None:
    arts = _articles("brief.eml", _brief())
    assert [a.title for a in arts] == [
        "Why the housing slump is not over",
        "Who really builds the homes in America's fastest-growing suburbs?",
        "Permit fees are rising faster than rents",
        "The quiet exit of small builders",
    ]
    assert {a.source for a in arts} == {"Hartwell"}
    assert arts[0].published == datetime(2026, 12, 4)
    assert [a.published for a in arts[1:]] == [
        datetime(2026, 12, 2),
        datetime(2026, 12, 1),
        datetime(2026, 12, 3),
    ]
    assert arts[1].author == "Jane Doe and John Roe"
    assert arts[1].body.startswith("The analysis of 3 hundred")


def test_stamp_row_of_kind_day_and_two_writers_dates_the_item() -> None:
    text = (
        "Permit fees are rising faster than rents\n"
        "Commentary | December 2, 2026 | Jane Doe and John Roe\n\n"
        "The analysis of local permit records finds that costs rose faster than rents in most "
        "places, and that smaller builders left the market first.\n"
    )
    (art,) = _articles("paste.txt", text.encode())
    assert art.published == datetime(2026, 12, 2)
    assert art.author == "Jane Doe and John Roe"


def test_edition_brand_drops_the_newsletters_article() -> None:
    from app.importers.mail import _edition_brand

    assert _edition_brand("The Hartwell Brief", "email.hartwell.org") == "Hartwell"
    # an outlet whose address spells the article keeps it
    assert _edition_brand("The Example Times Daily", "theexampletimes.com") == "The Example Times"
    assert _edition_brand("The Hartwell Brief", "example.org") == "The Hartwell Brief"


# --- a chamber's text press review: items under '=== Group ===' headings, each under its
# 'Quelle: Outlet, date' line, two items of a group set apart by a rule


def _review_item(outlet: str, day: str, headline: str, n: int) -> str:
    return (
        f"Quelle: {outlet}, {day}\n{headline}\nVon Anna Beispiel\n\n"
        f"Der Kreistag hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Für "
        f"Schulen und Straßen sind zusammen {n} Millionen Euro mehr vorgesehen als bisher.\n\n"
        f"Zum Artikel: https://t.newsletter.example/c/{n}\n"
    )


def test_text_review_splits_items_of_one_group_under_their_source_lines() -> None:
    rule = "-" * 40
    text = (
        "PRESSESCHAU DER KAMMER\nMittwoch, 2. Dezember 2026\n\n=== REGION ===\n\n"
        + _review_item("Kreisblatt", "02.12.2026", "Kreistag beschließt Haushalt", 3)
        + f"\n{rule}\n"
        + _review_item("Stadtanzeiger", "01.12.2026", "Neue Halle für den Hafen geplant", 4)
        + f"\n{rule}\n\n=== LAND ===\n\n"
        + _review_item("Landeszeitung", "01.12.2026", "Land fördert Wasserstoffprojekte", 5)
        + f"\n{rule}\n"
        + _review_item("Nordkurier", "02.12.2026", "Mehr Lehrstellen im Handwerk", 6)
        + f"\n{rule}\n\nImpressum: https://example.org/impressum\n"
    )
    sender = "Kammer Beispielstadt <presseschau@newsletter.example>"
    arts = _articles("review.eml", mail_bytes(sender, "Presseschau – 2. Dezember 2026", text))
    assert [a.title for a in arts] == [
        "Kreistag beschließt Haushalt",
        "Neue Halle für den Hafen geplant",
        "Land fördert Wasserstoffprojekte",
        "Mehr Lehrstellen im Handwerk",
    ]
    assert [a.source for a in arts] == [
        "Kreisblatt",
        "Stadtanzeiger",
        "Landeszeitung",
        "Nordkurier",
    ]
    assert [a.published for a in arts] == [
        datetime(2026, 12, 2),
        datetime(2026, 12, 1),
        datetime(2026, 12, 1),
        datetime(2026, 12, 2),
    ]
    assert [a.section for a in arts] == ["Region", "Region", "Land", "Land"]


# --- an outlet's own digest: the first item's stamp with its writer over the headline is
# no issue line, and an item without a stamp takes the mail's date, not the next item's time

_RU = (
    "Городской совет утвердил программу ремонта дворов на следующий год. На работы "
    "направят около двух миллиардов тенге, сообщили в пресс-службе акимата."
)


def _ru_item(n: int, desk: str, row: str, headline: str) -> str:
    stamp = f"<div>{row}</div>" if row else ""
    return (
        f"<tr><td><div>{desk}</div>{stamp}"
        f'<div><a href="https://news.example.kz/?r={n}">{headline}</a></div>'
        f'<div>{_RU}</div><div><a href="https://news.example.kz/?r={n}">Читать далее</a>'
        "</div></td></tr>"
    )


def test_first_items_stamp_with_its_writer_is_no_issue_line() -> None:
    html = (
        "<html><body><table><tr><td>Главное за неделю · 1–4 декабря 2026</td></tr>"
        + _ru_item(
            1, "Экономика", "1 декабря 2026, 14:27 | Автор: Анна Петрова", "Банк сохранил ставку"
        )
        + _ru_item(2, "Общество", "2 декабря 2026, 09:12", "В городе изменятся маршруты автобусов")
        + _ru_item(3, "Спорт", "3 декабря 2026, 22:03", "Команда завершила сезон победой")
        + "<tr><td>Отписаться от рассылки</td></tr></table></body></html>"
    )
    sender = "Example News <news@news.example.kz>"
    data = mail_bytes(sender, "Главное за неделю", html, "html", "Sat, 05 Dec 2026 10:00:00 +0500")
    arts = _articles("weekly.eml", data)
    assert arts[0].title == "Банк сохранил ставку"
    assert arts[0].published == datetime(2026, 12, 1, 14, 27)
    assert arts[0].section == "Экономика"
    assert arts[0].author == "Анна Петрова"


def test_unstamped_digest_item_takes_no_other_items_time() -> None:
    html = (
        "<html><body><table><tr><td>ABENDPOST</td></tr><tr><td>Guten Abend, liebe Leserinnen "
        "und Leser, heute geht es um den Hafen, die Schulen und den Nahverkehr. Einen schönen "
        "Feierabend wünscht Ihre Redaktion.</td></tr>"
        + "".join(
            f'<tr><td><p>{desk}</p><p><a href="https://zeitung.example/a{n}">{head}</a></p>'
            + (f"<p>{row}</p>" if row else "")
            + f"<p>{_DE}</p><p><a href='https://zeitung.example/a{n}'>Weiterlesen</a></p>"
            "</td></tr>"
            for n, (desk, head, row) in enumerate(
                [
                    (
                        "HAFEN",
                        "Neuer Kai wird im Frühjahr eröffnet",
                        "03.12.2026 - 16:05 Uhr | Von Anna Beispiel",
                    ),
                    ("SCHULE", "Gymnasium bekommt neue Mensa", ""),
                    ("VERKEHR", "Buslinie 5 fährt bald öfter", "03.12.2026 - 14:48 Uhr"),
                ]
            )
        )
        + "<tr><td>Newsletter abbestellen</td></tr></table></body></html>"
    )
    sender = "Beispiel Zeitung <newsletter@zeitung.example>"
    data = mail_bytes(sender, "Abendpost", html, "html", "Thu, 03 Dec 2026 18:00:04 +0100")
    arts = _articles("abend.eml", data)
    assert [a.title for a in arts] == [
        "Neuer Kai wird im Frühjahr eröffnet",
        "Gymnasium bekommt neue Mensa",
        "Buslinie 5 fährt bald öfter",
    ]
    # the stamp under the greeting is the next item's, no issue's day: the unstamped item
    # is dated by the mail (its minute, as the mail readers file it), never by 14:48
    assert [a.published.replace(tzinfo=None) for a in arts] == [
        datetime(2026, 12, 3, 16, 5),
        datetime(2026, 12, 3, 18, 0, 4),
        datetime(2026, 12, 3, 14, 48),
    ]


_DE = (
    "Die Stadt hat am Mittwoch die Pläne für das Projekt vorgestellt. Der Gemeinderat soll im "
    "Januar darüber entscheiden, die Kosten liegen bei rund vier Millionen Euro."
)
