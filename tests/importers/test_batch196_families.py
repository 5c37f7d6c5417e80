"""Outlets' own newsletter digests (blind batch 196): a group heading over the first item
of its group, the desk label under it; a text digest's desks in capitals over each item; a
desk and its day in one row with only a space between; a newsletter whose name opens with
'The', read as a person's; a reader-funded letter's calls (a lone 'Become a member', the
forward-to-a-friend plea, a podcast tip); a Cyrillic name its host spells in Latin letters
its own way; the mail's imprint under the last rule glued to the last item. Each family
with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate
from app.importers.newsletter import item_stamp
from app.importers.sitename import host_spelled_name

from .makers import CYCLE_DE as _DE
from .makers import CYCLE_EN as _EN
from .makers import CYCLE_RU as _RU
from .makers import FARES_EN, FARES_RU, articles_of, mail_bytes
from .makers import paste as _paste

_DATE = "Wed, 14 Oct 2026 06:00:12 +0000"

# --- 1. a group heading over its first item, the desk label under it ----------------------


def _grouped_html() -> str:
    def item(desk: str, tag: str, head: str, by: str, paras: tuple[str, ...]) -> str:
        url = f"https://example.org/{desk.lower()}/story"
        return (
            f'<tr><td style="padding:18px"><p style="font:bold 12px Arial">{desk}</p>'
            f'<{tag}><a href="{url}">{head}</a></{tag}><p>By <a href="https://example.org/a">'
            f"{by}</a></p>" + "".join(f"<p>{t}</p>" for t in paras) + f'<p><a href="{url}">'
            "Read more</a></p></td></tr>"
        )

    return (
        '<html><body><div style="display:none">The first real test of the new rules.</div>'
        '<table><tr><td align="center"><table width="620">'
        '<tr><td><a href="https://example.org/view">View in browser</a></td></tr>'
        '<tr><td><img src="https://example.org/logo.png" alt="Example Matters">'
        "<div>Wednesday, October 21, 2026</div></td></tr>"
        "<tr><td>Good morning, readers. It is Wednesday, October 21.</td></tr>"
        + item(
            "Economy",
            "h2",
            "Insurers ask the state for a steep rise in home cover rates",
            "Jane Roe",
            (*FARES_EN, _EN[0]),
        )
        + '<tr><td><table width="100%"><tr><td><span>SPONSORED BY EXAMPLE ENERGY</span><br>'
        "The grid needs new clean power by 2035. "
        '<a href="https://ad.example.org/x">Learn how local projects can get there.</a>'
        "</td></tr></table></td></tr>"
        '<tr><td style="font:bold 18px Arial">Other Stories You Should Know</td></tr>'
        + item(
            "Environment", "h3", "Judge halts the bond sale for the river tunnel", "John Poe", _EN
        )
        + item(
            "Education",
            "h3",
            "Fewer rural students apply to the state university",
            "Mary Major",
            FARES_EN[1:],
        )
        + '<tr><td>Example Matters is a nonprofit newsroom. <a href="https://example.org/d">'
        "Become a member</a></td></tr>"
        '<tr><td><a href="https://example.org/u">Unsubscribe</a></td></tr>'
        "</table></td></tr></table></body></html>"
    )


def test_the_label_under_a_group_heading_is_the_first_grouped_items_desk() -> None:
    data = mail_bytes(
        "Example Matters <news@example.org>",
        "Insurers ask the state for a steep rise",
        _grouped_html(),
        "html",
        _DATE,
    )
    arts = articles_of("matters.eml", data)
    assert [a.section for a in arts] == ["Economy", "Environment", "Education"]
    assert arts[1].title == "Judge halts the bond sale for the river tunnel"


# --- 2. a text digest's desks in capitals over its items ---------------------------------


def _capital_digest(desks: list[str]) -> str:
    lines = [
        "Example Observer | Morning Headlines",
        "Friday, October 16, 2026",
        "",
        "Good morning! Here are today's top stories.",
        "",
        "=" * 40,
    ]
    heads = [
        "Schools board votes to delay later start times",
        "Payments firm picks the riverside for its headquarters",
        "Panthers sign a veteran kicker after a tryout",
    ]
    for desk, head, text in zip(desks, heads, (FARES_EN[0], _EN[0], FARES_EN[2]), strict=True):
        lines += ["", desk, "", head, "By Jane Roe", "October 15, 2026 9:48 PM", "", text, ""]
        lines += [_EN[1], "", "Read more: https://example.org/news/1", "", "-" * 40]
    return _paste(*lines, "", "Unsubscribe: https://example.org/u")


def test_a_text_digests_capital_desks_are_its_items_rubrics() -> None:
    data = mail_bytes(
        "Example Observer <news@example.org>",
        "Morning Headlines",
        _capital_digest(["LOCAL", "BUSINESS", "SPORTS"]),
        date=_DATE,
    )
    arts = articles_of("observer.eml", data)
    assert [a.section for a in arts] == ["Local", "Business", "Sports"]
    assert arts[0].title == "Schools board votes to delay later start times"
    assert not arts[0].body.startswith("LOCAL")


# --- 3. a desk and its day in one row, a space between -----------------------------------


def test_a_desk_row_with_its_day_gives_desk_and_time() -> None:
    stamp = item_stamp(["Сегодня тепло, без осадков.", "ГОРОД 02.11.2026 18:25"])
    assert (stamp.outlet, stamp.section) == ("", "Город")
    assert stamp.published == datetime(2026, 11, 2, 18, 25)
    bracketed = item_stamp(["[Klimaschutz] 24.11.2025"])
    assert (bracketed.section, bracketed.published) == ("Klimaschutz", datetime(2025, 11, 24))


def test_a_name_with_its_day_is_no_desk_row() -> None:
    # an outlet in capitals with its day (a review's row) names no desk
    assert item_stamp(["BILD 24.11.2025"]).section == ""
    # a sentence ending in a date is no row
    assert item_stamp(["Die Sitzung ist am 24.11.2025"]).section == ""


def test_a_desk_row_dates_a_newsletters_item() -> None:
    item = (
        '<tr><td><font size="1"><b>{desk}</b></font> <font size="1">{day}</font>'
        '<h3><a href="https://example.ru/news/{n}">{head}</a></h3><p>{a}</p><p>{b}</p>'
        '<a href="https://example.ru/news/{n}">Читать далее »</a></td></tr>'
    )
    html = (
        "<html><body><table><tr><td>Утренняя рассылка · Вторник, 3 ноября 2026 года</td></tr>"
        + item.format(
            desk="ГОРОД",
            day="02.11.2026 18:25",
            n=1,
            head="В городе построят велодорожку",
            a=_RU[0],
            b=_RU[1],
        )
        + item.format(
            desk="ЭКОНОМИКА",
            day="02.11.2026 14:10",
            n=2,
            head="Проезд в автобусах подорожает",
            a=FARES_RU[0],
            b=FARES_RU[1],
        )
        + "<tr><td>Вы подписаны на рассылку example.ru. Отписаться</td></tr></table></body></html>"
    )
    data = mail_bytes("Пример <news@example.ru>", "Утренняя рассылка", html, "html", _DATE)
    arts = articles_of("utro.eml", data)
    assert [(a.section, a.published) for a in arts] == [
        ("Город", datetime(2026, 11, 2, 18, 25)),
        ("Экономика", datetime(2026, 11, 2, 14, 10)),
    ]


# --- 4. a newsletter named with 'The' is no person ---------------------------------------


def _letter_html() -> str:
    return (
        "<html><body>"
        '<p><a href="https://example.co.uk/view">View in browser</a></p>'
        "<p>Good morning, readers,</p>"
        "<h1>Inside the fight over the town's empty car parks</h1>"
        "<p>By Rosa Example · 12 November 2026</p>"
        + "".join(f"<p>{t}</p>" for t in (*_EN, *FARES_EN))
        + "<p>The Example Mill is an Example Media publication.</p>"
        "<p>© 2026 Example Media Co Ltd, 3 High Street, Manchester M3 3HF</p>"
        "<p>Unsubscribe</p></body></html>"
    )


def test_a_sender_named_with_the_is_the_outlet_not_a_person() -> None:
    data = mail_bytes(
        "The Example Mill <hello@examplemill.co.uk>",
        "Inside the fight over the town's empty car parks",
        _letter_html(),
        "html",
        _DATE,
    )
    (art,) = articles_of("mill.eml", data)
    assert art.source == "The Example Mill"


def test_a_person_sending_a_page_still_gives_way_to_its_notice() -> None:
    data = mail_bytes(
        "Jane Doe <jane.doe@example.com>",
        "Inside the fight over the town's empty car parks",
        _letter_html(),
        "html",
        _DATE,
    )
    (art,) = articles_of("mill.eml", data)
    assert art.source != "Jane Doe"


# --- 5. a reader-funded letter's calls ---------------------------------------------------


def test_reader_calls_are_chrome() -> None:
    assert is_boilerplate("Become a member")
    assert is_boilerplate("Become a paying subscriber")
    assert is_boilerplate(
        "If you enjoyed this piece, forward it to a friend – and if you were sent this "
        "email, you can sign up for free here."
    )
    assert is_boilerplate("Forward this email to a friend")
    assert is_boilerplate(
        "Podcast-Tipp: Warum der Mittelstand nicht mehr glaubt – das Gespräch hören Sie im "
        "Example Podcast. Jetzt anhören"
    )


def test_sentences_about_members_and_friends_stay() -> None:
    assert not is_boilerplate("He asked them to forward it to a friend in the council.")
    assert not is_boilerplate("Become a member of the board, the mayor urged the businessman.")
    assert not is_boilerplate(_DE[0])


# --- 6. a Cyrillic name its host spells its own way --------------------------------------


def test_the_host_spells_a_one_word_cyrillic_name() -> None:
    assert host_spelled_name("Мойка78", "moika78.ru") == "Moika78"
    assert host_spelled_name("Мойка78", "news.moika78.ru") == "Moika78"


def test_other_hosts_leave_the_name_alone() -> None:
    assert host_spelled_name("Омск-Информ", "omskinform.ru") == "Омск-Информ"  # parts run together
    assert host_spelled_name("Пример", "example.ru") == "Пример"  # another word
    assert host_spelled_name("Мойка78", "moika24.ru") == "Мойка78"  # other figures
    assert host_spelled_name("Example", "exampel.com") == "Example"  # a Latin name as printed


# --- 7. the mail's imprint under the last rule ------------------------------------------


def test_the_imprint_under_a_digests_last_rule_stays_out_of_the_last_item() -> None:
    lines = ["ПРИМЕР * Утро в городе", "Вторник, 10 ноября 2026 г.", "", "=" * 40]
    heads = ["В городе построят велодорожку", "Проезд в автобусах подорожает"]
    for desk, head, (a, b) in zip(
        ("ГОРОД | 09.11.2026 19:20", "ТРАНСПОРТ | 09.11.2026 16:45"),
        heads,
        (_RU, FARES_RU[:2]),
        strict=True,
    ):
        lines += ["", desk, "", head, "", a, "", b, "", "Читать далее: https://example.ru/n/1"]
        lines += ["", "-" * 40]
    lines += [
        "",
        "Больше новостей - на example.ru и в нашем Telegram: t.me/example",
        "",
        'Сетевое издание "Пример". Учредитель: ООО "Медиа-Пример". 18+',
        "Вы получили это письмо, потому что подписались на рассылку example.ru.",
        "Отписаться: https://example.ru/unsubscribe?u=1",
    ]
    data = mail_bytes("Пример <utro@example.ru>", "Утро в городе", _paste(*lines), date=_DATE)
    arts = articles_of("utro.eml", data)
    assert len(arts) == 2
    assert "Учредитель" not in arts[-1].body
    assert "Больше новостей" not in arts[-1].body
    assert arts[-1].body.rstrip().endswith(FARES_RU[1])


def test_a_letters_footer_under_its_last_rule_is_no_second_article() -> None:
    body = _paste(
        "Hallo!",
        "",
        "heute schicken wir dir einen Text, über den lange gestritten wurde. Viel Spaß!",
        "",
        "Anna für das Example-Team",
        "",
        "-" * 60,
        "",
        "Verkehr",
        "",
        "Warum der neue Radweg besser ist als sein Ruf",
        "",
        "Von Lea Beispiel",
        "",
        _DE[0],
        "",
        _DE[1],
        "",
        "-" * 60,
        "",
        "Diesen Artikel online lesen und kommentieren:",
        "https://example.de/verkehr/1-radweg",
        "",
        "Gefällt dir Example? Wir sind werbefrei und werden von unseren Mitgliedern "
        "finanziert. Werde jetzt Mitglied: https://example.de/mitglied",
        "",
        "Du erhältst diese E-Mail, weil du den Example-Newsletter abonniert hast.",
        "Abmelden: https://example.de/abmelden?t=1",
        "",
        "Example eG · Beispielstraße 48 · 10178 Berlin",
        "Vorstand: Jane Doe, John Roe · Genossenschaftsregister Amtsgericht Charlottenburg GnR 1 B",
    )
    subject = "Warum der neue Radweg besser ist als sein Ruf"
    data = mail_bytes("Example <newsletter@example.de>", subject, body, date=_DATE)
    (art,) = articles_of("example.eml", data)
    assert art.title == "Warum der neue Radweg besser ist als sein Ruf"
    assert "Mitglied" not in art.body and "Amtsgericht" not in art.body


def test_an_imprint_and_a_read_on_call_are_chrome_a_court_report_is_not() -> None:
    assert is_boilerplate("Vorstand: Jane Doe (Vors.), John Roe · Amtsgericht Example HRB 12345")
    assert is_boilerplate("Diesen Artikel online lesen und kommentieren:")
    assert not is_boilerplate("Der Vorstand: Die Firma wurde beim Amtsgericht verklagt.")
    assert not is_boilerplate("Gefällt dir das? Dann lies weiter.")


def test_a_text_digests_marked_ad_and_imprint_are_no_items() -> None:
    rule = "=" * 30
    lines = ["«Пример» · Утренняя рассылка", "Вторник, 3 ноября 2026 года", "", "Доброе утро!", ""]
    lines += [rule, "", "[Город] 02.11.2026 18:25", "В городе построят велодорожку", ""]
    lines += [_RU[0], "", _RU[1], "", "Читать далее: https://example.ru/news/1", "", rule]
    lines += ["Реклама. ООО «Пример-Окна», ИНН 3600000000. erid: 2SDnjcQ8Ld1"]
    lines += ["Окна с установкой за 1 день — скидка 20%. Тел. +7 (473) 200-00-00", "", rule, ""]
    lines += ["[Экономика] 02.11.2026 14:10", "Проезд в автобусах подорожает", ""]
    lines += [FARES_RU[0], "", FARES_RU[1], "", "Читать далее: https://example.ru/news/2", ""]
    lines += [rule, "", "Выписать «Пример» на 2027 год можно во всех отделениях Почты России.", ""]
    lines += ["Учредитель: ООО «Редакция газеты «Пример». Главный редактор: И. И. Иванов."]
    lines += ["Свидетельство о регистрации ПИ № ТУ36-00000 выдано Управлением Роскомнадзора. 16+"]
    lines += ["", "Вы подписаны на рассылку example.ru. Отписаться: https://example.ru/u"]
    data = mail_bytes("Пример <news@example.ru>", "Утренняя рассылка", _paste(*lines), date=_DATE)
    arts = articles_of("utro.eml", data)
    assert [(a.section, a.published) for a in arts] == [
        ("Город", datetime(2026, 11, 2, 18, 25)),
        ("Экономика", datetime(2026, 11, 2, 14, 10)),
    ]
