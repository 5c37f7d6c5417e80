"""A newsletter's masthead with the issue's name under it, and rubrics counted over headlines.

'Outlet' (heading) / 'DAY IN FOUR STORIES' / 'Friday, 5 December 2025' / greeting opens
the mail: the heading is the masthead, no article; the day is the issue's. Each item's
rubric is counted ('1. TRANSPORT') over its headline: the rubric is the desk, the count
goes, and the next item's rubric is no line of the item above. An outlet whose name opens
with an adjective ('Новая Сибирь', 'Вечерняя Столица') is no person, so its digest is its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.importers.makers import articles_of, mail_bytes

CASES = {
    "ru": (
        "Вечерняя Столица <digest@vecherka.example>",
        "Вечерняя Столица",
        "ВЕЧЕР В ТРЕХ НОВОСТЯХ",
        "Пятница, 5 декабря 2025",
        "Добрый вечер! Рассказываем о главном за день.",
        [
            (
                "ТРАНСПОРТ",
                "Город закупит 40 новых автобусов",
                "Мэрия подписала контракт на поставку сорока новых автобусов. Первые машины "
                "выйдут на маршруты осенью следующего года, сообщили в департаменте.",
            ),
            (
                "ЭКОНОМИКА",
                "Аграрии собрали рекордный урожай",
                "Сельхозпроизводители области собрали рекордный урожай зерна, это максимум за "
                "всю историю наблюдений, сообщили в региональном министерстве.",
            ),
            (
                "ГОРОД",
                "На площади зажгут главную елку",
                "Главная елка города будет открыта двадцатого декабря, ее украсят тремя "
                "тысячами игрушек и гирляндами, рассказали в мэрии.",
            ),
        ],
        "Vechernyaya Stolitsa",
    ),
    "de": (
        "Kreisblatt <news@kreisblatt.example>",
        "Kreisblatt",
        "DER TAG KOMPAKT",
        "Freitag, 5. Dezember 2025",
        "Guten Abend! Das Wichtigste des Tages in drei Meldungen.",
        [
            (
                "VERKEHR",
                "Neue Buslinie startet im Januar",
                "Ab Januar fährt eine neue Buslinie zwischen den beiden Kreisstädten im "
                "Stundentakt, teilte der Verkehrsverbund am Freitag mit.",
            ),
            (
                "SPORT",
                "Handballer gewinnen Derby",
                "Die Handballer des Kreisvereins haben das Derby gegen den Nachbarn mit "
                "28:25 gewonnen und stehen nun auf dem zweiten Tabellenplatz.",
            ),
        ],
        "Kreisblatt",
    ),
    "en": (
        "Harbour Post <digest@harbourpost.example>",
        "Harbour Post",
        "THE DAY IN THREE STORIES",
        "Friday, 5 December 2025",
        "Good evening! Here is what mattered today.",
        [
            (
                "TRANSPORT",
                "Ferry operator adds winter sailings",
                "The island ferry will run four more crossings a day over the winter months, "
                "the operator said after complaints from commuters.",
            ),
            (
                "BUSINESS",
                "Port approves new container terminal",
                "The port authority approved a fourth container terminal on Tuesday, doubling "
                "the capacity of the eastern quay by 2029.",
            ),
        ],
        "Harbour Post",
    ),
}


def _mail(lang: str) -> bytes:
    sender, masthead, issue, day, greeting, items, _ = CASES[lang]
    parts = [f"<h2>{masthead}</h2><p><b>{issue}</b><br>{day}</p><p>{greeting}</p>"]
    for n, (rubric, title, text) in enumerate(items, 1):
        parts.append(
            f"<hr><p><b>{n}. {rubric}</b></p><h3>{title}</h3><p>{text}</p>"
            "<p><a href='https://example.org/'>Read on the site</a></p>"
        )
    parts.append("<hr><p>You receive this mail because you subscribed. Unsubscribe</p>")
    html = "<html><body>" + "".join(parts) + "</body></html>"
    return mail_bytes(
        sender, f"{issue.title()}: today", html, "html", date="Fri, 05 Dec 2025 19:00:00 +0100"
    )


@pytest.mark.parametrize("lang", ["ru", "de", "en"])
def test_masthead_issue_name_and_counted_rubrics(lang):
    *_, items, source = CASES[lang]
    arts = articles_of("digest.eml", _mail(lang))
    assert [a.title for a in arts] == [title for _, title, _ in items]
    for art, (rubric, _, text) in zip(arts, items, strict=True):
        assert art.section.casefold() == rubric.casefold()
        assert art.body.startswith(text[:30])
        assert art.published.date() == date(2025, 12, 5)
        assert art.source == source


def test_person_sender_stays_a_person():
    # a person's name (no adjective first) mailing a page: still a person, never the source
    from app.importers.mail import _is_person

    assert _is_person("Анна Лебедева")
    assert _is_person("Юрий Петров")
    assert not _is_person("Новая Сибирь")
    assert not _is_person("Северный Край")
