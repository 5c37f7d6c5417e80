"""Blind batch 154: a sentence under its photo credit with the headline (and its stamp
or byline) right under it is the picture's caption, not the text's first paragraph; the
header's ticker ("Срочно: other story") over the stamp makes no caption of the headline
under a video credit; a row of crumbs between bars over the headline is no headline; a
stamp labelled "Updated" a day after the plain stamp by the byline loses to it."""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import article_of

DE_TEXT = (
    "Seit Wochen verhandeln die Stadtwerke mit dem Land über die Finanzierung der neuen "
    "Leitungen, die bis 2028 fertig sein sollen. Nach Angaben des Betreibers fehlen noch "
    "rund zwölf Millionen Euro, die nun über ein Förderprogramm kommen sollen."
)
EN_TEXT = (
    "The regional council has approved a plan to extend the harbour railway by twelve "
    "kilometres, officials said on Tuesday, ending a dispute that had delayed the project "
    "for almost three years and raised costs for freight operators."
)
RU_TEXT = (
    "Городские власти утвердили программу ремонта теплосетей на ближайшие три года, "
    "сообщили в администрации во вторник. На работы выделят около двух миллиардов рублей, "
    "а первые участки заменят уже весной следующего года."
)

# --- a caption under its photo credit over the headline ----------------------------------


def test_caption_over_labelled_headline_de() -> None:
    text = "\n".join(
        [
            "TECHBLATT",
            "Newsletter",
            "Anmelden",
            "Home › Energie",
            "Foto: Jana Muster – Bildagentur.example",
            "Ein Monteur prüft eine Leitung im Umspannwerk.",
            "Analyse",
            "Stadtwerke suchen Geld für neue Leitungen",
            "24.11.2025 | Lesezeit: 3 Min.",
            "Von Anna Beispiel",
            DE_TEXT,
            DE_TEXT,
        ]
    )
    art = article_of(text)
    assert art.title == "Stadtwerke suchen Geld für neue Leitungen"
    assert art.body.startswith("Seit Wochen verhandeln")
    assert art.published == datetime(2025, 11, 24)


def test_caption_over_headline_en_and_ru() -> None:
    text = "\n".join(
        [
            "Harbour Gazette",
            "Subscribe",
            "Photo: John Example / Picture Desk",
            "Freight wagons wait at the harbour terminal.",
            "Council backs harbour rail extension after long dispute",
            "By Mary Sample",
            "November 25, 2025",
            EN_TEXT,
            EN_TEXT,
        ]
    )
    art = article_of(text)
    assert art.title == "Council backs harbour rail extension after long dispute"
    assert art.body.startswith("The regional council")
    text = "\n".join(
        [
            "Вестник Примера",
            "Войти",
            "Фото: Иван Пример",
            "Рабочие меняют трубы на улице Ленина.",
            "Власти утвердили программу ремонта теплосетей",
            "25.11.2025 10:15",
            "Автор: Ольга Пример",
            RU_TEXT,
            RU_TEXT,
        ]
    )
    art = article_of(text)
    assert art.title == "Власти утвердили программу ремонта теплосетей"
    assert art.body.startswith("Городские власти")


def test_lead_under_credit_without_headline_below_stays_text() -> None:
    # look-alike: the sentence under the credit runs on into more text, no headline under it
    text = "\n".join(
        [
            "Harbour Gazette",
            "Council backs harbour rail extension after long dispute",
            "By Mary Sample",
            "November 25, 2025",
            "Photo: John Example",
            "Freight wagons wait at the harbour terminal on Tuesday morning.",
            EN_TEXT,
            EN_TEXT,
        ]
    )
    art = article_of(text)
    assert art.title == "Council backs harbour rail extension after long dispute"


# --- the header's ticker over the stamp and a video credit ------------------------------


def test_ticker_over_stamp_is_no_heading_ru_en() -> None:
    text = "\n".join(
        [
            "Канал Пример",
            "Прямой эфир",
            "СРОЧНО: На трассе М-5 затруднено движение из-за аварии",
            "Новости / Город",
            "17 ноября 2025 19:45",
            "Обновлено: 17 ноября 2025 21:10",
            "В городе открыли новый пересадочный узел метро",
            "Видео: Канал Пример",
            RU_TEXT,
            RU_TEXT,
        ]
    )
    assert article_of(text).title == "В городе открыли новый пересадочный узел метро"
    text = "\n".join(
        [
            "Example TV",
            "Watch live",
            "BREAKING: Motorway closed after lorry fire near junction 12",
            "News / City",
            "17 November 2025 19:45",
            "Harbour rail extension wins council backing",
            "Video: Example TV",
            EN_TEXT,
            EN_TEXT,
        ]
    )
    assert article_of(text).title == "Harbour rail extension wins council backing"


# --- a row of crumbs between bars over the headline --------------------------------------


def test_bar_row_over_headline_de_en_ru() -> None:
    cases = [
        ("Märkte | Polen | Energie", "Polen baut Netz für Windstrom aus", DE_TEXT, "26.11.2025"),
        ("News | World | Asia", "Port city plans new rail freight hub", EN_TEXT, "26.11.2025"),
        ("Новости | Регион | ЖКХ", "Город утвердил программу ремонта сетей", RU_TEXT, "26.11.2025"),
    ]
    for row, head, body, stamp in cases:
        text = "\n".join(["Example Portal", "Login", row, head, stamp, body, body])
        assert article_of(text).title == head, row


def test_bar_headline_with_clauses_is_kept() -> None:
    # look-alike: a headline with a bar sets clauses on its sides
    head = "Budget 2026 | What the new tax rules change for you | Explained"
    text = "\n".join(["Example Portal", head, "26.11.2025", EN_TEXT, EN_TEXT])
    assert article_of(text).title == head


# --- "Updated" a day after the plain stamp ------------------------------------------------


def test_updated_next_day_loses_to_plain_stamp_en_de_ru() -> None:
    cases = [
        ("27th November 2025", "Updated 28th November 2025 08:12", EN_TEXT, datetime(2025, 11, 27)),
        ("27.11.2025", "Aktualisiert: 28.11.2025, 09:40 Uhr", DE_TEXT, datetime(2025, 11, 27)),
        ("27 ноября 2025", "Обновлено: 28 ноября 2025, 10:05", RU_TEXT, datetime(2025, 11, 27)),
    ]
    for stamp, updated, body, want in cases:
        text = "\n".join(
            [
                "Example Portal",
                "Harbour plan wins backing of the council",
                stamp,
                updated,
                body,
                body,
            ]
        )
        assert article_of(text).published == want, updated


def test_updated_same_day_keeps_its_rule() -> None:
    # look-alike: published with a time, updated later the same day: the first stamp wins
    text = "\n".join(
        [
            "Example Portal",
            "Harbour plan wins backing of the council",
            "27.11.2025, 08:00 Uhr",
            "Aktualisiert: 27.11.2025, 14:00 Uhr",
            DE_TEXT,
            DE_TEXT,
        ]
    )
    assert article_of(text).published == datetime(2025, 11, 27, 8, 0)
