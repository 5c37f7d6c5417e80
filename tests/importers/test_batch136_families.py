"""Blind batch 136's families: a newsletter named by its outlet's initials and a two-word
edition name ('XYZ Morning Brief'), and a dateline place in capitals whose particles inside
a hyphenated name stay small ('РОСТОВ-НА-ДОНУ' -> 'Ростов-на-Дону')."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from app.importers.agency import normalise_place
from app.importers.mail import _edition_brand, _edition_initials
from app.importers.newsletter import html_articles


def test_two_word_edition_after_initials_takes_the_outlets_printed_name() -> None:
    text = "MORNING BRIEF | Monday\nKestrel Valley Radio\n\nGood morning."
    assert _edition_initials("KVR Morning Brief", text) == "Kestrel Valley Radio"
    assert _edition_initials("NHB Weekly Digest", "© Nordheimer Hafen Bote") == (
        "Nordheimer Hafen Bote"
    )
    assert _edition_initials("ВЛ Evening Update", "Редакция: Вечерний Лесогорск") == (
        "Вечерний Лесогорск"
    )
    assert _edition_initials("KVR Bulletin", "Kestrel Valley Radio, Main St") == (
        "Kestrel Valley Radio"
    )
    # not spelled out in the text: the sender stays; a name that is no initials stays
    assert _edition_initials("KVR Morning Brief", "Good morning.") == "KVR Morning Brief"
    assert _edition_initials("Legal Brief", "Kestrel Valley Radio") == "Legal Brief"


def test_two_word_edition_under_its_outlets_address() -> None:
    assert _edition_brand("Harbourtown Morning Brief", "news.harbourtown.example") == "Harbourtown"
    # the address spells the whole name: it stays
    assert _edition_brand("Harbour Brief", "harbourbrief.example") == "Harbour Brief"


def test_particles_inside_a_hyphenated_place_in_capitals_stay_small() -> None:
    assert normalise_place("РОСТОВ-НА-ДОНУ") == "Ростов-на-Дону"
    assert normalise_place("KOMSOMOLSK-NA-AMURE") == "Komsomolsk-na-Amure"
    assert normalise_place("STRATFORD-UPON-AVON") == "Stratford-upon-Avon"
    assert normalise_place("AIX-EN-PROVENCE") == "Aix-en-Provence"
    assert normalise_place("FRANKFURT AM MAIN") == "Frankfurt am Main"
    # look-alikes: no particle, or a place already in normal case, stay as they are
    assert normalise_place("SANKT-PETERBURG") == "Sankt-Peterburg"
    assert normalise_place("BADEN-BADEN") == "Baden-Baden"
    assert normalise_place("Ростов-на-Дону") == "Ростов-на-Дону"


def test_cover_note_passing_on_a_named_issuers_release_names_the_client() -> None:
    from app.importers.mail import _client_named

    en = "Dear Sir/Madam,\n\nPlease find below a press release from Kestrel Wind Ltd for you."
    assert _client_named(en) == "Kestrel Wind Ltd"
    de = "Sehr geehrte Damen und Herren,\nanbei die Pressemitteilung der Nordwind Logistik GmbH."
    assert _client_named(de) == "Nordwind Logistik GmbH"
    ru = "Добрый день!\nНаправляем пресс-релиз компании АО «Сибирский Лес» о запуске завода."
    assert _client_named(ru) == "АО «Сибирский Лес»"
    attached = "Hello,\nAttached is the news release issued by Harbourline Ferries, embargoed."
    assert _client_named(attached) == "Harbourline Ferries"
    # look-alikes: a release mentioned inside a story, or one from an unnamed body
    assert _client_named("OSLO (Reuters) - Acme said in a press release from its office.") == ""
    assert _client_named("Hi, below is a press release from the ministry.") == ""
    # an inflected name after a German or Russian article is no name as printed
    assert _client_named("Направляем вам пресс-релиз Северной биржи.") == ""
    assert _client_named("anbei die Pressemitteilung der Deutschen Beispielbahn.") == ""


_EN_STORY = (
    "Work on the new harbour bridge is to resume next spring after the county council "
    "confirmed a grant of four million euro for the project, officials said on Tuesday.\n\n"
    "The bridge would take heavy lorries away from the town square, where residents have "
    "long complained about noise and fumes during the morning rush hour.\n\n"
    "A public consultation on the route is expected in the second half of next year, the "
    "council's senior engineer said, and construction could begin two years later."
)


def _forward(masthead: str, menu: str, notice: str) -> bytes:
    from tests.importers.makers import mail_bytes

    body = (
        "FYI\n\n---------- Forwarded message ---------\n"
        "From: Anna Weber <anna.weber@example-consulting.ie>\n"
        "Date: Tue, 18 Nov 2025 at 17:22\nSubject: bridge\nTo: Tom <tom@example.org>\n\n"
        f"See below from their website\n\n{masthead}\n{menu}\n\n"
        "Harbour bridge work to resume after grant confirmed\n\n"
        f"{_EN_STORY}\n\nShare\nFacebook\nEmail\n\n{notice}\n"
    )
    return mail_bytes("Tom Byrne <tom.byrne@gmail.com>", "Fwd: bridge", body)


def test_masthead_over_its_menu_wins_over_the_publishing_groups_notice() -> None:
    from app.importers.mail import _menu_masthead
    from tests.importers.makers import articles_of

    menu = "Home\nNews\nSport\nLifestyle"
    (art,) = articles_of("a.eml", _forward("Kilbarry Star", menu, "© 2025 Westshore Media"))
    assert art.source == "Kilbarry Star"
    assert _menu_masthead(["Nordheimer Bote", "Startseite", "Lokales", "Sport", "Text"]) == (
        "Nordheimer Bote"
    )
    assert _menu_masthead(["Вечерний Лесогорск", "Главная", "Новости", "Спорт", "…"]) == (
        "Вечерний Лесогорск"
    )
    # look-alikes: the notice names the outlet itself, or the page opens with no menu
    (own,) = articles_of("b.eml", _forward("Kilbarry Star", menu, "© 2025 Kilbarry Echo"))
    assert own.source == "Kilbarry Echo"
    assert _menu_masthead(["See below", "Harbour bridge work to resume", _EN_STORY]) == ""


def test_headline_under_its_stamp_wins_over_the_forwarders_topic() -> None:
    from app.importers.mail import _unprinted_subject

    ru = (
        "Лесогорские вести\nНовости\nОбщество\nСпорт\n\nОбщество\n24 ноября 2025, 11:05\n"
        "В Лесогорске до конца года отремонтируют еще три моста\nАвтор: Ольга Петрова\n"
        "В Лесогорске до конца года планируют отремонтировать еще три моста, сообщили в мэрии."
    )
    assert _unprinted_subject("Мосты до конца года", ru)
    de = (
        "Nordheimer Bote\nLokales\n\nLokales\n21.11.2025, 09:40 Uhr\n"
        "Neue Radwege sollen bis zum Sommer fertig werden\nVon Jana Kühn\n"
        "Die Stadt will bis zum Sommer drei neue Radwege bauen, teilte das Rathaus mit."
    )
    assert _unprinted_subject("Radwege Sommer", de)
    en = (
        "Kilbarry Star\nNews\n\n18 Nov 2025 4:12 PM\n"
        "Harbour bridge work to resume after county grant is confirmed\nBy Tom Hale\n"
        "Work on the harbour bridge is to resume next spring, the county council said."
    )
    assert _unprinted_subject("Harbour works update", en)
    # look-alike: the subject is the printed headline itself
    assert not _unprinted_subject(
        "Harbour bridge work to resume after county grant is confirmed", en
    )


def test_short_sign_off_ends_the_cover_note_over_a_long_signature() -> None:
    from app.importers.mail import _cover_note, _is_cover

    signature = (
        "Jan Roth\nReferent Presse\nBeispiel Beratung GmbH\nHauptstraße 5 | 10115 Berlin\n"
        "Beispiel Beratung GmbH, Sitz Berlin, Amtsgericht Berlin HRB 12345\n"
        "Geschäftsführer: Dr. Eva Beispiel, Jonas Muster, Petra Probe, Karl Kunde\n"
        "Tel. +49 30 1234-5 | Fax +49 30 1234-6 | www.beispiel-beratung.example\n"
        "Besuchen Sie uns auch auf unserer Website und in den sozialen Netzwerken"
    )
    de = f"Hallo zusammen,\n\nbitte ins Archiv aufnehmen.\n\nGruß\nJan\n\n{signature}"
    assert _is_cover(de)
    assert _cover_note(de).strip() == "Hallo zusammen,\n\nbitte ins Archiv aufnehmen."
    en = f"Hi all,\n\nfor the file.\n\nThank you!\nJan\n\n{signature}"
    assert _is_cover(en)
    assert _is_cover(f"Kollegen,\n\nzur Info.\n\nHerzliche Grüße\nJan\n\n{signature}")
    # look-alike: a line that only opens with the word is no sign-off
    assert (
        _cover_note("Grüße aus Berlin\n\nDie Stadt feiert.")
        == "Grüße aus Berlin\n\nDie Stadt feiert."
    )


_RU_P = (
    "Администрация порта сообщила, что грузооборот за десять месяцев вырос на четыре "
    "процента, прежде всего за счет наливных грузов и контейнеров."
)
_DE_P = (
    "Der Hafen meldet für die ersten zehn Monate ein Umschlagsplus von vier Prozent, vor "
    "allem dank Flüssiggut und Containern, teilte die Betreibergesellschaft mit."
)
_EN_P = (
    "The port authority said cargo volumes rose four percent in the first ten months, "
    "driven mainly by liquid bulk and containers, according to its monthly report."
)


def _fielded_digest(rows: list[list[tuple[str, str]]], paras: list[str]) -> str:
    items = []
    for n, (fields, para) in enumerate(zip(rows, paras, strict=True), 1):
        table = "".join(f"<tr><td>{k}:</td><td>{v}</td></tr>" for k, v in fields)
        items.append(
            f"<tr><td><div>Item {n} of {len(rows)}</div><table>{table}</table>"
            f"<h3>Headline number {n} of the digest today</h3><p>{para}</p><p>{para}</p>"
            "<p>Тональность: нейтральная · Полный текст</p></td></tr>"
        )
    return (
        "<html><body><table><tr><td><b>Media monitoring</b></td></tr>"
        f"{''.join(items)}<tr><td>Unsubscribe</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    ("labels", "para"),
    [
        (("Источник", "Дата выпуска", "Рубрика", "Автор"), _RU_P),
        (("Quelle", "Datum", "Ressort", "Autor"), _DE_P),
        (("Source", "Published", "Section", "Author"), _EN_P),
    ],
)
def test_a_monitoring_items_field_table_heads_its_own_item(labels: tuple, para: str) -> None:
    src, day, desk, by = labels
    rows = [
        [(src, "Outlet One"), (day, "26.11.2025"), (desk, "Ports"), (by, "Jane Roe")],
        [(src, "Outlet Two"), (day, "26.11.2025 15:20"), (desk, "Rail")],
        [(src, "Outlet Three"), (day, "27.11.2025"), (desk, "Roads"), (by, "Max Muster")],
    ]
    found = html_articles(fromstring(_fielded_digest(rows, [para] * 3)))
    assert len(found) == 3
    for (_, lines, over), fields in zip(found, rows, strict=True):
        assert over == [f"{k}: {v}" for k, v in fields]  # all its rows, none of the next's
        assert not any(line.startswith(f"{src}:") for line in lines)


def test_a_clips_figures_beside_its_full_text_link_are_no_text() -> None:
    from app.importers.boilerplate import clip_metrics

    assert clip_metrics("Тональность: нейтральная · Полный текст")
    assert clip_metrics("Tonality: positive | Full text")
    assert clip_metrics("Tonalität: neutral · Volltext")
    # look-alike: a sentence that names a full text
    assert not clip_metrics("Полный текст доклада опубликован на сайте министерства")
