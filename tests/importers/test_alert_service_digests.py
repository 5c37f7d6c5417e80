"""Alert-service digests (Google Alerts, Talkwalker, Яндекс.Алерты): headline / outlet / snippet.

Each found item is a headline line, a short line naming its outlet with no date and a
snippet of a sentence or two, framed by the alert's name, topic and unsubscribe footer.
Each item is its own article under its outlet, dated the day of the mail, with no frame
in any body; a newsletter with crossheads or a single forwarded article stays one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.importers.makers import articles_of, mail_bytes

DE = [
    (
        "Kasachstan plant zweites Atomkraftwerk",
        "Steppen-Kurier",
        "Kasachstan will nach dem ersten Atomkraftwerk am Balchaschsee ein zweites bauen. "
        "Das kündigte der Präsident in Astana an.",
    ),
    (
        "Weizenernte auf Rekordniveau",
        "Ostsee-Rundschau",
        "Die Weizenernte erreichte in diesem Jahr 26 Millionen Tonnen, ein Rekord seit der "
        "Unabhängigkeit des Landes.",
    ),
]
EN = [
    (
        "Port authority approves new container terminal",
        "Harbour Post",
        "The port authority approved a fourth container terminal on Tuesday, doubling the "
        "capacity of the eastern quay by 2029.",
    ),
    (
        "Ferry operator adds winter sailings",
        "Coastal Gazette",
        "The island ferry will run four more crossings a day over the winter months, the "
        "operator said after complaints from commuters.",
    ),
    (
        "Rail freight volumes rise",
        "Transport Weekly",
        "Rail freight through the harbour grew by eleven percent in the third quarter, "
        "helped by two new inland terminals.",
    ),
]
RU = [
    (
        "Казахстан увеличил экспорт зерна",
        "Степной вестник",
        "Экспорт зерна из Казахстана за десять месяцев вырос на треть, сообщили в "
        "министерстве сельского хозяйства республики.",
    ),
    (
        "В Астане открыли новый терминал аэропорта",
        "Вечерняя Астана",
        "Новый терминал рассчитан на шесть миллионов пассажиров в год и обошёлся "
        "в четыреста миллионов долларов.",
    ),
]
FRAMES = {
    "de": (
        "Google Alerts <googlealerts-noreply@google.com>",
        "Google Alert - Kasachstan",
        "Google Alerts\nKasachstan\nTäglich aktualisiert - 21. November 2025\n\nNACHRICHTEN",
        "Diese Benachrichtigung abbestellen\n"
        "Sie haben diese E-Mail erhalten, weil Sie Google Alerts abonniert haben.",
    ),
    "en": (
        "Talkwalker Alerts <alerts@talkwalker.com>",
        "Talkwalker Alert: harbour",
        "Talkwalker Alerts\nYour daily alert for: harbour",
        "Edit this alert · Unsubscribe\nYou received this e-mail because you created an alert.",
    ),
    "ru": (
        "Яндекс.Алерты <alerts@yandex.example>",
        "Упоминания: Казахстан",
        "Яндекс.Алерты\nНовые упоминания по запросу «Казахстан»",
        "Отписаться от рассылки\nВы получили это письмо, потому что подписаны на алерты.",
    ),
}
ITEMS = {"de": DE, "en": EN, "ru": RU}
SOURCES = {"ru": ["Stepnoy Vestnik", "Vechernyaya Astana"]}


def _plain(lang: str) -> str:
    _, _, head, foot = FRAMES[lang]
    items = "\n\n".join(f"{h}\n{o}\n{s}" for h, o, s in ITEMS[lang])
    return f"{head}\n\n{items}\n\n{foot}\n"


def _html(lang: str) -> str:
    _, _, head, foot = FRAMES[lang]
    top = "".join(f"<div>{line}</div>" for line in head.split("\n") if line)
    rows = "".join(
        # the topic's word set in bold inside the headline and snippet, as alerts print it
        f"<tr><td><a href='https://example.org/{n}'>{h}</a><div>{o}</div>"
        f"<div>{s.replace(' ', ' <b>', 1).replace(' ', '</b> ', 2).replace('</b> ', ' ', 1)}"
        f"</div></td></tr>"
        for n, (h, o, s) in enumerate(ITEMS[lang])
    )
    bottom = "".join(f"<p>{line}</p>" for line in foot.split("\n"))
    return f"<html><body>{top}<table>{rows}</table>{bottom}</body></html>"


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
@pytest.mark.parametrize("kind", ["plain", "html"])
def test_alert_digest_items_each_an_article(lang: str, kind: str) -> None:
    sender, subject, head, foot = FRAMES[lang]
    body = _plain(lang) if kind == "plain" else _html(lang)
    data = mail_bytes(sender, subject, body, subtype=kind, date="Fri, 21 Nov 2025 05:00:00 +0000")
    found = articles_of("alert.eml", data)
    assert [a.title for a in found] == [h for h, _, _ in ITEMS[lang]]
    # the archive keeps a Cyrillic outlet's name in its Latin spelling, as for any source
    assert [a.source for a in found] == SOURCES.get(lang, [o for _, o, _ in ITEMS[lang]])
    for art, (_, _, snippet) in zip(found, ITEMS[lang], strict=True):
        assert art.published.date() == date(2025, 11, 21)
        assert " ".join(art.body.split()) == snippet
        assert not {*head.split("\n"), *foot.split("\n")} & set(art.body.split("\n"))


def test_newsletter_with_crossheads_stays_one_article() -> None:
    body = (
        "Hafenbrief\n\n"
        "Neues Terminal für den Osthafen\n\n"
        "Die Hafenbehörde hat am Dienstag ein viertes Containerterminal genehmigt. Es soll "
        "die Kapazität am Ostkai bis 2029 verdoppeln, teilte die Behörde mit.\n\n"
        "Kosten und Zeitplan\n"
        "Der Bau beginnt im Frühjahr\n"
        "Die Kosten liegen nach ersten Schätzungen bei rund 400 Millionen Euro, den Rest "
        "trägt der Betreiber. Die Arbeiten sollen drei Jahre dauern.\n\n"
        "Was Anwohner sagen\n"
        "Sorge um den Lärm\n"
        "Anwohner fürchten mehr Lärm durch den Lkw-Verkehr und fordern eine Schallschutzwand "
        "entlang der Hafenstraße.\n"
    )
    data = mail_bytes("Hafenbrief <brief@hafen.example>", "Hafenbrief", body)
    found = articles_of("letter.eml", data)
    assert len(found) == 1
    assert "Sorge um den Lärm" in found[0].body


def test_single_forwarded_article_from_an_alert_stays_one() -> None:
    body = (
        "Hallo, das könnte dich interessieren.\n\n"
        "---------- Forwarded message ---------\n"
        "Von: Google Alerts <googlealerts-noreply@google.com>\n"
        "Datum: Fr., 21. Nov. 2025\n\n"
        "Belarus erhöht Milchexporte nach China\n\n"
        "MINSK (dpa) - Belarus hat seine Milchexporte nach China in diesem Jahr um ein Drittel "
        "gesteigert. Das teilte das Landwirtschaftsministerium mit. Besonders gefragt seien "
        "Milchpulver und Käse, hieß es weiter.\n"
    )
    data = mail_bytes("Kollege <kollege@example.org>", "Fwd: Belarus erhöht Milchexporte", body)
    found = articles_of("fwd.eml", data)
    assert len(found) == 1
    assert found[0].title == "Belarus erhöht Milchexporte nach China"


def test_russian_google_alert_with_wrapped_snippets_and_a_dated_heading() -> None:
    """The Russian Google alert ('Google Оповещения'): the heading row carries the day
    ('«запрос» — ежедневная рассылка · 3 декабря 2025 г.'), each item is a link, a <br>,
    the outlet's span, a <br> and a snippet wrapped by <br>s, then 'Пометить как
    нерелевантное'. Each item its own article under its outlet, of the heading's day."""
    items = "".join(
        f"<div><a href='https://example.ru/{n}'>{head}</a><br>"
        f"<span>{outlet}</span><br><span>{first}<br>{second}</span><br>"
        f"<a href='#'>Пометить как нерелевантное</a></div>"
        for n, (head, outlet, first, second) in enumerate(
            [
                (
                    "В Кургане вырастут тарифы на отопление",
                    "Курганский вестник",
                    "Областной департамент цен утвердил новые тарифы для ТГК. В ведомстве",
                    "объясняют рост ремонтом теплосетей ...",
                ),
                (
                    "Липчанам объяснили рост платы за тепло",
                    "Липецкий курьер",
                    "Энергетики провели прямую линию с читателями городской газеты. Специалисты",
                    "назвали причиной холодный ноябрь ...",
                ),
            ]
        )
    )
    body = (
        "<html><body><div>Google Оповещения</div>"
        "<div>«цены на тепло» — ежедневная рассылка · 3 декабря 2025 г.</div>"
        f"{items}<div>Отказаться от подписки</div></body></html>"
    )
    data = mail_bytes(
        "Google Оповещения <googlealerts-noreply@google.com>",
        "Google Оповещение – цены на тепло",
        body,
        subtype="html",
        date="Wed, 03 Dec 2025 04:12:09 -0800",
    )
    found = articles_of("alert.eml", data)
    assert [a.title for a in found] == [
        "В Кургане вырастут тарифы на отопление",
        "Липчанам объяснили рост платы за тепло",
    ]
    assert [a.source for a in found] == ["Kurganskiy Vestnik", "Lipetskiy Kurer"]
    assert [a.section for a in found] == ["", ""]
    assert found[0].body.startswith(
        "Областной департамент цен утвердил новые тарифы для ТГК. В ведомстве объясняют"
    )
    assert all(a.published.replace(tzinfo=None).isoformat() == "2025-12-03T00:00:00" for a in found)
    assert not any("нерелевантное" in a.body for a in found)
