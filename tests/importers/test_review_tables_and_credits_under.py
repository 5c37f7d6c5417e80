"""Press reviews laid out in HTML: a table of outlet / headline / summary columns, and
headed items each credited by a source line under their text.

A review's table whose header row names its columns ('№ | Издание | Заголовок | Краткое
содержание', 'Outlet | Headline | Summary') holds an item a row: each row its own article
under its outlet, dated by the review's heading. An item credited under its text ('(Quelle:
X, 27.11.2025, S. 9)') takes that outlet and day, never the next item's; its headline loses
the count that numbers the items. A data table of other columns stays part of its article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.importers.makers import articles_of, mail_bytes

TABLES = {
    "ru": (
        "Обзор прессы за 3 декабря 2025 года",
        ["№", "Издание", "Заголовок", "Краткое содержание"],
        [
            (
                "«Степной вестник»",
                "Экспорт зерна вырос на треть",
                "Экспорт зерна из республики за десять месяцев вырос на треть, сообщили в "
                "министерстве сельского хозяйства. Основной рост пришелся на пшеницу.",
            ),
            (
                "Вечерняя Астана",
                "В аэропорту открыли новый терминал",
                "Новый терминал рассчитан на шесть миллионов пассажиров в год и обошелся "
                "в четыреста миллионов долларов, сообщили в акимате.",
            ),
            (
                "Ustnews.kz",
                "Тарифы на тепло вырастут с января",
                "Тарифы на отопление в столице вырастут на девять процентов с первого января, "
                "заявили в городском департаменте энергетики.",
            ),
        ],
        "Обзор подготовлен по открытым источникам и не отражает официальную позицию.",
    ),
    "en": (
        "Media review, 3 December 2025",
        ["Outlet", "Headline", "Summary"],
        [
            (
                "Harbour Post",
                "Port approves new container terminal",
                "The port authority approved a fourth container terminal on Tuesday, doubling "
                "the capacity of the eastern quay by 2029, officials said.",
            ),
            (
                "Coastal Gazette",
                "Ferry operator adds winter sailings",
                "The island ferry will run four more crossings a day over the winter months, "
                "the operator said after complaints from commuters.",
            ),
        ],
        "This review is compiled from public sources for internal use only.",
    ),
    "de": (
        "Pressespiegel vom 03.12.2025",
        ["Medium", "Titel", "Zusammenfassung", "Seite"],
        [
            (
                "Ostsee-Rundschau",
                "Hafen bekommt neues Terminal",
                "Der Hafen erhält bis 2029 ein viertes Containerterminal, wie die "
                "Hafenbehörde am Dienstag mitteilte. Die Kapazität soll sich verdoppeln.",
            ),
            (
                "Heide-Anzeiger",
                "Fähre fährt im Winter öfter",
                "Die Inselfähre verkehrt im Winter viermal täglich zusätzlich, teilte die "
                "Reederei nach Beschwerden von Pendlern mit.",
            ),
        ],
        "Nur für den internen Gebrauch. Weitergabe an Dritte nicht gestattet.",
    ),
}


def _table_mail(lang: str) -> bytes:
    heading, labels, rows, note = TABLES[lang]
    head = "".join(f"<th>{label}</th>" for label in labels)
    body = "".join(
        f"<tr><td>{outlet}</td><td>{title}</td><td>{text}</td>"
        + ("<td>4</td>" if len(labels) == 4 and labels[0] != "№" else "")
        + "</tr>"
        if labels[0] != "№"
        else f"<tr><td>{n}</td><td>{outlet}</td><td>{title}</td><td>{text}</td></tr>"
        for n, (outlet, title, text) in enumerate(rows, 1)
    )
    html = (
        f"<html><body><p><b>PRESS OFFICE</b></p><h3>{heading}</h3><p>{note}</p>"
        f"<table border='1'><tr>{head}</tr>{body}</table>"
        "<p>Press office · 1 Example Street · press@example.org</p></body></html>"
    )
    return mail_bytes("Press Office <press@example.org>", heading, html, subtype="html")


@pytest.mark.parametrize("lang", ["ru", "en", "de"])
def test_review_table_rows_are_items(lang):
    arts = articles_of("review.eml", _table_mail(lang))
    _, _, rows, note = TABLES[lang]
    assert [a.title for a in arts] == [title for _, title, _ in rows]
    for art, (_, _, text) in zip(arts, rows, strict=True):
        assert art.body.startswith(text[:40])
        assert note[:20] not in art.body
        assert art.published.date() == date(2025, 12, 3)
    assert arts[0].source in ("Stepnoy Vestnik", "Harbour Post", "Ostsee-Rundschau")


def test_table_of_figures_stays_in_its_article():
    html = (
        "<html><body><h2>Harbour traffic grows again</h2>"
        "<p>The harbour handled more ships this year than ever before, the port authority "
        "said on Tuesday, and expects the growth to continue next year.</p>"
        "<table><tr><th>Year</th><th>Ships</th><th>Tonnes</th></tr>"
        "<tr><td>2024</td><td>1,200</td><td>4.1m</td></tr>"
        "<tr><td>2025</td><td>1,350</td><td>4.6m</td></tr></table>"
        "<p>Officials credited the new terminal for much of the increase in traffic.</p>"
        "</body></html>"
    )
    data = mail_bytes("Harbour Post <news@harbourpost.example>", "Harbour traffic", html, "html")
    arts = articles_of("one.eml", data)
    assert len(arts) == 1


CREDITED = {
    "de": [
        (
            "Kreise warnen vor Finanzloch",
            "Quelle",
            "Heide-Anzeiger",
            "27.11.2025",
            "S. 9",
            "Stade. Die Landkreise schlagen Alarm: Die Ausgaben für die Eingliederungshilfe "
            "sind erneut um mehr als zwölf Prozent gestiegen, sagte der Landrat am Mittwoch.",
        ),
        (
            "Landrat fordert Planungssicherheit",
            "Quelle",
            "Mainfranken-Bote",
            "29.11.2025",
            "S. 13",
            "Bamberg – Die Krankenhausreform sorgt in der Region weiter für Unruhe, "
            "sagte der Landrat bei einer Podiumsdiskussion am Donnerstagabend.",
        ),
        (
            "Zulassungsstelle startet holprig",
            "Quelle",
            "Saar-Kurier",
            "03.12.2025",
            "S. 15",
            "Homburg. Seit Montag können Bürger ihr Auto online anmelden. Doch der Start des "
            "Portals verlief nicht reibungslos, die Seite war stundenlang nicht erreichbar.",
        ),
    ],
    "en": [
        (
            "Hauliers face duty rise",
            "Source",
            "Freight Weekly",
            "28 November 2025",
            "p. 4",
            "Operators of heavy goods vehicles will pay substantially more in vehicle excise "
            "duty from April, the Treasury confirmed on Thursday afternoon.",
        ),
        (
            "Driver shortage eases",
            "Source",
            "Road Gazette",
            "1 December 2025",
            "p. 7",
            "The shortage of lorry drivers has eased for a second year, an industry survey "
            "found, although fewer apprentices started their training this autumn.",
        ),
    ],
    "ru": [
        (
            "Дороги отремонтируют к лету",
            "Источник",
            "Северный край",
            "28.11.2025",
            "с. 2",
            "Область направит три миллиарда рублей на ремонт дорог в следующем году, сообщили "
            "в региональном правительстве в пятницу.",
        ),
        (
            "В городе откроют центр реабилитации",
            "Источник",
            "Речной вестник",
            "01.12.2025",
            "с. 5",
            "Центр реабилитации откроется в городе весной, рассказали в департаменте "
            "здравоохранения на пресс-конференции.",
        ),
    ],
}


def _credited_mail(lang: str) -> bytes:
    items = CREDITED[lang]
    parts = ["<p><b>Example Association</b></p><p>Review No. 12</p>"]
    for n, (title, label, outlet, day, page, text) in enumerate(items, 1):
        parts.append(
            f"<h3>{n}. {title}</h3><p>{text}</p><p>({label}: {outlet}, {day}, {page})</p>"
            "<p><a href='#top'>top</a></p>"
        )
    parts.append("<p>Example Association · 1 Example Street · Berlin</p>")
    html = "<html><body>" + "".join(parts) + "</body></html>"
    return mail_bytes("Example Association <press@example.org>", "Review", html, "html")


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_credit_under_the_text_is_its_items(lang):
    arts = articles_of("credited.eml", _credited_mail(lang))
    items = CREDITED[lang]
    assert [a.title for a in arts] == [title for title, *_ in items]
    for art, (_, label, outlet, _, _, text) in zip(arts, items, strict=True):
        assert f"({label}:" not in art.body
        assert lang == "ru" or art.source == outlet
        assert art.body.startswith(text[:30])
    assert arts[0].published.date() == date(2025, 11, 27 if lang == "de" else 28)
    assert arts[1].published.date() == date(
        2025, 11 if lang == "de" else 12, 29 if lang == "de" else 1
    )


def test_headline_starting_with_a_number_keeps_it():
    # one item's '3 Fragen an …' is no count of items: headlines not numbered 1, 2 keep theirs
    html = (
        "<html><body><h3>3 Fragen an die Landrätin</h3><p>Die Landrätin spricht über den "
        "Haushalt, die Kliniken und die Digitalisierung der Verwaltung im Kreis.</p>"
        "<h3>Neue Buslinie startet</h3><p>Ab Montag fährt die neue Buslinie zwischen den "
        "beiden Kreisstädten im Stundentakt, teilte der Verkehrsverbund mit.</p></body></html>"
    )
    arts = articles_of(
        "n.eml", mail_bytes("Kreisblatt <news@kreisblatt.example>", "News", html, "html")
    )
    assert any(a.title.startswith("3 Fragen") for a in arts) or "3 Fragen" in arts[0].body
