"""Mailed newsletters, alerts and reviews (blind batch 193): a monitoring alert's clips
grouped under the kind of medium ('PRESS', 'ONLINE') with their outlet row under the
headline; an edition named for its time of day ('X Der Morgen'); a sender named by its
address or in Cyrillic where the outlet list knows the outlet; a desk over a kicker over
the headline; a digest's stamp line between headline and text, under an editor's signed
intro; a review's outlet and day each on a line under the headline; an app promo after a
colon. Each family with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate
from app.importers.mail import _edition_brand
from app.importers.newsletter import is_medium_kind
from app.importers.outlets import Gazetteer, Outlet, host_outlet_name, site_outlet_name
from app.importers.stampline import one_line_stamp

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import FARES_DE, FARES_EN, FARES_RU, articles_of, mail_bytes
from .makers import paste as _paste

_DATE = "Tue, 09 Dec 2025 21:00:37 +0000"

# --- 1. a monitoring alert's clips grouped by medium, each with its outlet row ------------


def _alert(groups: list[tuple[str, list[tuple[str, str, str]]]]) -> str:
    lines = ["Example Monitor | Daily Alert", "", "Client: Example Port Authority", ""]
    for medium, clips in groups:
        lines += ["=" * 40, medium, "=" * 40, ""]
        for head, row, text in clips:
            lines += [head, row, "", text, "", "View item: https://monitor.example.org/i/1", ""]
    return _paste(*lines, "-" * 40, "Unsubscribe from this alert: https://monitor.example.org/u")


def test_alert_clips_under_a_medium_heading_take_their_outlet_row() -> None:
    groups = [
        (
            "PRINT",
            [
                (
                    "Harbour dredging plan wins federal backing",
                    "Example Herald | 08 Dec 2025 | Page 4 | Business",
                    FARES_EN[0],
                ),
                (
                    "Pilots warn of delays at the outer harbour",
                    "Sample Courier | 07 Dec 2025 | Page 11 | Regional",
                    FARES_EN[1],
                ),
            ],
        ),
        (
            "ONLINE",
            [
                (
                    "Council backs the river cycle lane at last",
                    "Example Times | 08 Dec 2025 5:10 PM | exampletimes.com.au | Environment",
                    _EN[0],
                ),
            ],
        ),
    ]
    mail = mail_bytes("Example Monitor <alerts@monitor.example.org>", "Alert: Port", _alert(groups))
    arts = articles_of("a.eml", mail)
    assert [a.source for a in arts] == ["Example Herald", "Sample Courier", "Example Times"]
    assert all(a.title != "Example Monitor | Daily Alert" for a in arts)
    assert [a.section for a in arts] == ["Business", "Regional", "Environment"]
    assert [a.published for a in arts] == [
        datetime(2025, 12, 8),
        datetime(2025, 12, 7),
        datetime(2025, 12, 8, 17, 10),
    ]


def test_medium_kinds_are_no_outlets() -> None:
    for label in ("PRESS", "Online", "Broadcast", "Printmedien", "Интернет-СМИ", "Social media"):
        assert is_medium_kind(label), label
    for label in ("Example Herald", "Press Gazette", "Online Reporter", "Radio Example"):
        assert not is_medium_kind(label), label


def test_a_stamp_row_names_a_desk_after_the_outlets_site() -> None:
    row = one_line_stamp("Example Times | 08 Dec 2025 5:10 PM | exampletimes.com.au | Environment")
    assert row is not None and (row.outlet, row.section) == ("Example Times", "Environment")
    # a site for an outlet's name keeps its place as the outlet
    row = one_line_stamp("66.example | 25 ноября 2025, 12:47 | Город")
    assert row is not None and (row.outlet, row.section) == ("66.example", "Город")


# --- 2. an edition named for its time of day ----------------------------------------------


def test_edition_named_for_time_of_day_is_its_outlets() -> None:
    assert _edition_brand("Beispiel24 Der Abend", "beispiel24.de") == "Beispiel24"
    assert _edition_brand("Example Post The Morning", "examplepost.com") == "Example Post"
    # an outlet whose name holds the words keeps them, as its address spells it whole
    assert _edition_brand("Example Die Woche", "examplediewoche.de") == "Example Die Woche"
    assert _edition_brand("The Day", "theday.example") == "The Day"


# --- 3. a sender named by its address, or in Cyrillic, of a listed outlet -----------------

_GAZ = Gazetteer(
    [
        Outlet("Beispiel", hosts=("beispiel-medien.de",), aliases=("Beispiel Medien",)),
        Outlet("Primer", hosts=("primer-news.ru",), aliases=("Пример",), language="ru"),
        Outlet("Example.ru", hosts=("example.ru",)),
        Outlet("Sample", hosts=("sample.in",), aliases=("Sample.in",)),
    ]
)


def test_a_senders_address_names_the_listed_outlet() -> None:
    assert host_outlet_name("beispiel-medien.de", _GAZ) == "Beispiel"
    assert host_outlet_name("unbekannt.de", _GAZ) == "unbekannt.de"  # unlisted: as printed
    assert host_outlet_name("Beispiel Medien", _GAZ) == "Beispiel Medien"  # no address
    # an outlet listed by its address goes by it, as printed
    assert host_outlet_name("example.ru", _GAZ) == "example.ru"


def test_a_cyrillic_sender_from_a_listed_site_is_the_listed_name() -> None:
    assert site_outlet_name("Пример", "primer-news.ru", _GAZ) == "Primer"
    # another name from that site, or the name from another site: as printed
    assert site_outlet_name("Пример Плюс", "primer-news.ru", _GAZ) == "Пример Плюс"
    assert site_outlet_name("Пример", "other.ru", _GAZ) == "Пример"
    # a Latin name is the outlet's own spelling, whatever the list's
    assert site_outlet_name("Sample.in", "sample.in", _GAZ) == "Sample.in"


# --- 4. a desk over a kicker over the headline --------------------------------------------


def _html_digest(items: list[tuple[str, str, str, str, str]]) -> str:
    rows = [
        "<html><body><table>",
        "<tr><td><h1>Beispiel Kurier</h1><p>Guten Morgen, liebe Leserinnen und Leser, hier "
        "ist der Überblick über die wichtigsten Nachrichten aus der Stadt und der Region.</p>"
        "</td></tr>",
    ]
    for desk, kicker, head, stamp, text in items:
        rows.append(
            f'<tr><td><div class="rubric">{desk}</div><p class="kicker">{kicker}</p>'
            f'<h2><a href="https://www.beispiel-kurier.de/a/1">{head}</a></h2>'
            f"<div>{stamp}</div><p>{text}</p>"
            '<a href="https://www.beispiel-kurier.de/a/1">Weiterlesen</a></td></tr>'
        )
    rows.append("<tr><td>Newsletter abbestellen</td></tr></table></body></html>")
    return "\n".join(rows)


def test_desk_over_kicker_files_the_item_under_the_desk() -> None:
    items = [
        ("Wirtschaft", "Hafen Nord", "Neue Kaimauer kostet zwölf Millionen", "Mo 08.12.25", _DE[0]),
        ("Sport", "Handball", "Heimsieg im Derby vor vollem Haus", "So 07.12.25", _DE[1]),
    ]
    mail = mail_bytes(
        "Beispiel Kurier <news@beispiel-kurier.de>", "Der Morgen", _html_digest(items), "html"
    )
    arts = articles_of("k.eml", mail)
    assert [a.title for a in arts] == [i[2] for i in items]
    assert [a.section for a in arts] == ["Wirtschaft", "Sport"]


def test_one_label_over_the_headline_stays_its_desk() -> None:
    items = [
        ("Hafen Nord", "", "Neue Kaimauer kostet zwölf Millionen", "Mo 08.12.25", _DE[0]),
        ("Handball", "", "Heimsieg im Derby vor vollem Haus", "So 07.12.25", _DE[1]),
    ]
    html = _html_digest(items).replace('<p class="kicker"></p>', "")
    mail = mail_bytes("Beispiel Kurier <news@beispiel-kurier.de>", "Der Morgen", html, "html")
    assert [a.section for a in articles_of("k.eml", mail)] == ["Hafen Nord", "Handball"]


def test_last_menu_label_over_a_trail_is_no_desk_over_a_kicker() -> None:
    html = (
        "<html><body><div>Example Daily</div><div>News</div><div>Sport</div>"
        "<div>Opinion</div><div>Home / Business</div>"
        "<h1>Petrol queues return as depot prices climb</h1><div>November 21, 2025</div>"
        f"<p>{FARES_EN[0]}</p><p>{FARES_EN[1]}</p><p>{FARES_EN[2]}</p></body></html>"
    )
    mail = mail_bytes("Example Daily <news@exampledaily.example>", "Petrol", html, "html")
    assert articles_of("d.eml", mail)[0].section != "Opinion"


# --- 5. a stamp line between headline and text, under the editor's signed intro ----------


def _signed_digest(items: list[tuple[str, str, str, str]], signature: str) -> str:
    rows = [
        "<html><body><table>",
        "<tr><td><b>Пример | Главное за неделю</b></td></tr>",
        "<tr><td><p>Добрый вечер!</p><p>Неделя выдалась насыщенной: совет одобрил велодорожку, "
        "а тарифы на проезд снова выросли. Собрали для вас главное.</p>"
        f"<p><i>{signature}</i></p></td></tr>",
    ]
    for desk, head, stamp, text in items:
        rows.append(
            f'<tr><td><font><b>{desk}</b></font><br><a href="https://primer.example/n/1">'
            f"<font><b>{head}</b></font></a><br><font>{stamp}</font><p>{text}</p>"
            '<a href="https://primer.example/n/1">Читать далее</a></td></tr>'
        )
    rows.append("<tr><td>Отписаться от рассылки</td></tr></table></body></html>")
    return "\n".join(rows)


def test_stamp_line_between_headline_and_text_keeps_the_headline() -> None:
    items = [
        ("Город", "Совет одобрил новую велодорожку", "11.12.2025 10:15 / Анна Иванова", _RU[0]),
        ("Транспорт", "Проезд в автобусах подорожает", "10.12.2025 17:40", FARES_RU[0]),
        ("Общество", "Работы начнутся весной", "09.12.2025", _RU[1]),
    ]
    html = _signed_digest(items, "Пётр Сидоров, выпускающий редактор")
    mail = mail_bytes("Пример <digest@primer.example>", "Главное за неделю", html, "html")
    arts = articles_of("p.eml", mail)
    assert [a.title for a in arts] == [i[1] for i in items]
    assert [a.section for a in arts] == [i[0] for i in items]
    assert arts[0].author == "Анна Иванова"  # the item's byline, never the intro's signer
    assert arts[1].published == datetime(2025, 12, 10, 17, 40)


# --- 6. a review's outlet and day each on a line under the headline -----------------------


def test_review_outlet_line_over_day_line_names_the_outlet() -> None:
    clips = [
        ("Stadtrat beschließt neuen Radweg", "Musterstädter Bote", "10.12.2025, S. 9", _DE),
        ("Busse fahren ab März teurer", "Beispieler Rundschau", "09.12.2025", FARES_DE),
    ]
    lines = ["Pressespiegel Verkehr", "Mittwoch, 10. Dezember 2025", ""]
    for n, (head, outlet, day, text) in enumerate(clips, 1):
        lines += ["_" * 40, "", f"{n}. {head}", outlet, day, "", text[0], "", text[1], ""]
    text = _paste(*lines, "_" * 40, "Zusammengestellt von der Pressestelle.")
    mail = mail_bytes("Beispiel Pressespiegel <presse@beispiel.example>", "Pressespiegel", text)
    arts = articles_of("r.eml", mail)
    assert [a.source for a in arts] == ["Musterstädter Bote", "Beispieler Rundschau"]
    assert [a.published for a in arts] == [datetime(2025, 12, 10), datetime(2025, 12, 9)]


# --- 7. an app promo after a colon --------------------------------------------------------


def test_app_promo_with_its_pitch_after_a_colon_is_chrome() -> None:
    assert is_boilerplate("Get the Example Herald app: stay up to date with the latest news.")
    assert is_boilerplate("Download the Sample Times app – breaking news wherever you are")
    # a sentence of the text that gets an app is no promo
    assert not is_boilerplate("They get the app: stay calm, the minister said, and then waited.")
