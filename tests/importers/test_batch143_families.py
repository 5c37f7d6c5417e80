"""Blind batch 143: a digest's first item that shares its part with the newsletter's
header (masthead bar, web-view link, rubric) is an item, not the issue's masthead, when
article-length text stands under its headline; the masthead bar's web-view link beside
the issue's day leaves the day the issue's; a clipping service's credit with the page
after the labelled desk ('Outlet, 27.11.2025, Ressort: X, S. 19') is the item's stamp."""

from __future__ import annotations

from datetime import datetime

from app.importers.stampline import credit_stamp
from tests.importers.makers import (
    MAIL_DE,
    MAIL_RU,
    NEWS_MORE,
    NEWS_TEXT,
    REVIEW_DE_MORE,
    REVIEW_DE_TEXT,
    articles_of,
    mail_bytes,
)

# --- the first item of an HTML digest under the newsletter's header --------------------


def _digest(bar: str, items: list[tuple[str, str, str, str]], greeting: str = "") -> bytes:
    html = f"<html><body><p>{bar}</p>"
    html += f"<p>{greeting}</p>" if greeting else ""
    for rubric, head, stamp, text in items:
        html += f"<p>{rubric}</p><h2>{head}</h2><p>{stamp}</p><p>{text}</p><p>{text}</p>"
        html += "<p><a href='https://news.example/x'>Weiterlesen</a></p>"
    html += "<p>Newsletter abbestellen | Impressum</p></body></html>"
    return mail_bytes("Example Digest <news@digest.example>", "Newsletter", html, "html")


def test_first_item_under_the_masthead_bar_is_kept_de() -> None:
    items = [
        ("Politik", "Kabinett beschließt neue Regel", "26.11.2025, 14:12 Uhr", MAIL_DE),
        ("Markt", "Preise für Strom sinken weiter", "26.11.2025, 11:30 Uhr", MAIL_DE),
        ("Praxis", "Neue Software für kleine Betriebe", "26.11.2025, 09:05 Uhr", MAIL_DE),
    ]
    bar = "Newsletter | Donnerstag, 27. November 2025 | Im Browser ansehen"
    arts = articles_of("d.eml", _digest(bar, items))
    assert [a.title for a in arts] == [h for _, h, _, _ in items]
    assert arts[0].published == datetime(2025, 11, 26, 14, 12)
    assert arts[0].section == "Politik"


def test_first_item_under_the_masthead_bar_is_kept_en_and_ru() -> None:
    text = f"{NEWS_TEXT} {NEWS_MORE}"
    items = [
        ("Transport", "Tram network to grow by 40 km", "Nov 26, 2025, 2:12 PM", text),
        ("City", "Council approves new budget plan", "Nov 26, 2025, 11:30 AM", text),
        ("Sport", "Stadium roof repairs start early", "Nov 26, 2025, 9:05 AM", text),
    ]
    bar = "Newsletter | Thursday, 27 November 2025 | View in browser"
    arts = articles_of("e.eml", _digest(bar, items))
    assert [a.title for a in arts] == [h for _, h, _, _ in items]
    items = [
        ("Город", "Мэрия утвердила ремонт мостов", "26.11.2025, 14:12", MAIL_RU),
        ("Экономика", "Цены на жильё снизились осенью", "26.11.2025, 11:30", MAIL_RU),
        ("Спорт", "Стадион откроют после ремонта", "26.11.2025, 09:05", MAIL_RU),
    ]
    bar = "Рассылка | Четверг, 27 ноября 2025 | Открыть в браузере"
    arts = articles_of("r.eml", _digest(bar, items))
    assert [a.title for a in arts] == [h for _, h, _, _ in items]


def test_masthead_heading_with_a_greeting_stays_the_issues() -> None:
    # look-alike: a masthead heading over the issue's day and a greeting, items under it
    html = (
        "<html><body><h1>Example am Morgen</h1><p>Donnerstag, 27. November 2025</p>"
        "<p>Guten Morgen, liebe Leserinnen und Leser, heute geht es um Radwege, um Preise "
        "und um die Schule. Wir wünschen Ihnen eine gute Lektüre und einen schönen Tag, "
        "bleiben Sie uns gewogen und schreiben Sie uns gern, was Sie bewegt.</p>"
    )
    for head in ("Radwege am Ufer kommen", "Strompreise sinken weiter", "Schule wird größer"):
        html += f"<h1>{head}</h1><p>{MAIL_DE}</p><p>{MAIL_DE}</p>"
    html += "</body></html>"
    data = mail_bytes("Example <news@example.org>", "Example am Morgen", html, "html")
    arts = articles_of("m.eml", data)
    assert [a.title for a in arts] == [
        "Radwege am Ufer kommen",
        "Strompreise sinken weiter",
        "Schule wird größer",
    ]
    assert all("Guten Morgen" not in a.body for a in arts)


# --- a clipping service's credit with the page after the labelled desk -----------------


def test_credit_with_page_after_the_labelled_desk() -> None:
    got = credit_stamp("Nordheimer Zeitung, 27.11.2025, Ressort: Wirtschaft, S. 19")
    assert (got.outlet, got.section) == ("Nordheimer Zeitung", "Wirtschaft")
    got = credit_stamp("Example Herald, 27.11.2025, section: Business, p. 4")
    assert (got.outlet, got.section) == ("Example Herald", "Business")
    got = credit_stamp("Вестник Примера, 27.11.2025, рубрика «Город», стр. 3")
    assert (got.outlet, got.section) == ("Вестник Примера", "Город")
    # look-alike: a dateline's day with a desk-like word and no label names no credit
    assert credit_stamp("Berlin, 27.11.2025, Wirtschaft") is None


def test_text_review_keeps_its_first_item_with_a_paged_credit() -> None:
    text = f"{REVIEW_DE_TEXT}\n\n{REVIEW_DE_MORE}"
    body = (
        "Pressespiegel\nAusgabe vom 27.11.2025\n\nInhalt\n1. Schule wird erweitert\n"
        "2. Radwege am Ufer\n3. Neue Brücke\n\n" + "=" * 40 + "\n\n"
        f"Nordheimer Zeitung, 27.11.2025, Ressort: Region, S. 19\nSchule wird erweitert\n"
        f"Von Jane Beispiel\n\n{text}\n\n" + "-" * 40 + "\n\n"
        f"Südkurier Beispiel, 27.11.2025, Ressort: Lokales\nRadwege am Ufer\n\n{text}\n\n"
        + "-"
        * 40
        + "\n\n"
        f"Beispiel-Anzeiger, 26.11.2025, Ressort: Bayern\nNeue Brücke\n\n{text}\n"
    )
    arts = articles_of("p.eml", mail_bytes("Presse <presse@kammer.example>", "Spiegel", body))
    assert [a.title for a in arts] == ["Schule wird erweitert", "Radwege am Ufer", "Neue Brücke"]
    assert (arts[0].source, arts[0].section) == ("Nordheimer Zeitung", "Region")


def test_masthead_with_a_greeting_line_over_a_long_intro_stays_the_issues() -> None:
    # look-alike: 'Guten Morgen,' on its own line over a long intro, then the items
    intro = f"{MAIL_DE} {MAIL_DE}"
    html = (
        "<html><body><h1>Beispiel am Morgen</h1><div>Montag, 24. November 2025</div>"
        f"<p>Guten Morgen, liebe Leserinnen und Leser,</p><p>{intro}</p>"
    )
    for rubric, head in (
        ("Stadt", "Brücke soll im Frühjahr fertig sein"),
        ("Region", "Werk streicht Stellen"),
    ):
        html += f"<div>{rubric}</div><h2>{head}</h2><div>23.11.2025, 18:30 Uhr</div>"
        html += f"<p>{MAIL_DE}</p><p>{MAIL_DE}</p>"
    html += (
        f"<div>Land</div><h2>Landtag streitet über Lehrkräfte</h2><p>{MAIL_DE}</p></body></html>"
    )
    data = mail_bytes("Beispiel <news@example.org>", "Beispiel am Morgen", html, "html")
    arts = articles_of("g.eml", data)
    assert [a.title for a in arts] == [
        "Brücke soll im Frühjahr fertig sein",
        "Werk streicht Stellen",
        "Landtag streitet über Lehrkräfte",
    ]


# --- an agency's kind acronym before its name; a continent's adjective before 'News Agency'


def test_agency_kind_acronym_is_no_part_of_the_name() -> None:
    from app.importers.sitename import without_agency_kind

    assert without_agency_kind("ИА NORDWIND") == "NORDWIND"
    assert without_agency_kind("НИА Пример") == "Пример"
    assert without_agency_kind("ИА Example Daily") == "Example Daily"
    # look-alike: a name that only starts with the letters keeps them
    assert without_agency_kind("ИАЦ Пример") == "ИАЦ Пример"
    assert without_agency_kind("Example News") == "Example News"


def test_agency_mail_sender_drops_its_kind_acronym() -> None:
    body = f"Новости утра\n\nМост откроют весной\n\n{MAIL_RU}\n\n{MAIL_RU}\n"
    data = mail_bytes("ИА NORDWIND <news@nordwind.example>", "Мост откроют весной", body)
    assert articles_of("a.eml", data)[0].source == "NORDWIND"


def test_continent_adjective_keeps_news_agency() -> None:
    from app.importers.sitename import brand_name

    assert brand_name("African News Agency") == "African News Agency"
    assert brand_name("Mexican Press Agency") == "Mexican Press Agency"
    assert brand_name("Tibetan News Agency") == "Tibetan News Agency"
    # look-alike: a brand's own name before 'News Agency' stays the name alone
    assert brand_name("Nordlicht News Agency") == "Nordlicht"


# --- a text digest's unstamped first item under its header is an item, never the frame --


def _review(first: str, lang_text: str, stamps: list[tuple[str, str]]) -> bytes:
    rule = "=" * 40
    body = f"{first}\n\n{rule}\n\n"
    body += f"\n\n{'-' * 40}\n\n".join(f"{s}\n{h}\n\n{lang_text}\n\n{lang_text}" for s, h in stamps)
    return mail_bytes("Presse <presse@kammer.example>", "Pressespiegel", body + "\n")


def test_unstamped_first_item_under_the_header_is_kept() -> None:
    de = f"{REVIEW_DE_TEXT} {REVIEW_DE_MORE}"
    first = f"Pressespiegel\nAusgabe vom 27.11.2025\n\nSchule wird erweitert\n\n{de}"
    stamps = [
        ("Südkurier Beispiel, 27.11.2025, Ressort: Lokales", "Radwege am Ufer"),
        ("Beispiel-Anzeiger, 26.11.2025, Ressort: Bayern", "Neue Brücke"),
    ]
    arts = articles_of("p.eml", _review(first, de, stamps))
    assert [a.title for a in arts] == ["Schule wird erweitert", "Radwege am Ufer", "Neue Brücke"]
    assert "Ausgabe vom" not in arts[0].body
    en = f"{NEWS_TEXT} {NEWS_MORE}"
    first = f"PRESS REVIEW\n27 November 2025\n\nTram network to grow\n\nBy Jane Example\n\n{en}"
    stamps = [
        ("Example Herald, 27.11.2025, section: City", "Council backs budget"),
        ("Sample Times, 26.11.2025, section: Business", "Port volumes rise"),
    ]
    arts = articles_of("e.eml", _review(first, en, stamps))
    assert arts[0].title == "Tram network to grow"
    assert len(arts) == 3
    ru = f"{MAIL_RU} {MAIL_RU}"
    first = f"ОБЗОР ПРЕССЫ\n27 ноября 2025\n\nМосты отремонтируют к осени\n\n{ru}"
    stamps = [
        ("Вестник Примера, 27.11.2025, рубрика «Город»", "Цены на жильё снизились"),
        ("Пример-Инфо, 26.11.2025, рубрика «Спорт»", "Стадион откроют весной"),
    ]
    arts = articles_of("r.eml", _review(first, ru, stamps))
    assert arts[0].title == "Мосты отремонтируют к осени"
    assert len(arts) == 3


def test_greeting_intro_over_a_text_review_is_no_item() -> None:
    # look-alike: a long greeting intro over the stamped items stays the mail's frame
    de = f"{REVIEW_DE_TEXT} {REVIEW_DE_MORE}"
    first = f"Pressespiegel\n\nGuten Morgen, liebe Kolleginnen und Kollegen,\n\n{de}"
    stamps = [
        ("Südkurier Beispiel, 27.11.2025, Ressort: Lokales", "Radwege am Ufer"),
        ("Beispiel-Anzeiger, 26.11.2025, Ressort: Bayern", "Neue Brücke"),
    ]
    arts = articles_of("g.eml", _review(first, de, stamps))
    assert [a.title for a in arts] == ["Radwege am Ufer", "Neue Brücke"]
