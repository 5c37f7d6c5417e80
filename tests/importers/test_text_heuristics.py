"""Plain text: encodings, datelines, dates, teasers, very large files."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.importers import extract
from app.importers.agency import parse_dateline
from app.importers.dates import find_dates
from app.importers.encoding import decode
from app.importers.profiles import load_profiles
from app.model import Extracted

RU = "Москва, 5 ноября. Правительство утвердило новый бюджет на следующий год. Ёлка и щи."
MSK = timezone(timedelta(hours=3))
DE = "Größere Änderungen für Bürger: Die Straße wird gesperrt, sagte der Bürgermeister."


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8_r",
                 "cp866", "iso8859_5"],
)  # fmt: skip
def test_russian_encodings(encoding: str) -> None:
    assert decode(RU.encode(encoding)) == RU


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1", "iso8859_15", "utf-16"])
def test_western_encodings(encoding: str) -> None:
    assert decode(DE.encode(encoding)) == DE


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("ASTANA, 5. November (BelTA) – Belarus", "Astana", "BelTA"),
        ("МОСКВА, 5 ноября. /ТАСС/. Президент", "Москва", "TASS"),
        ("LONDON, Nov 5 (Reuters) - Oil", "London", "Reuters"),
        ("ASTANA. KAZINFORM – The", "Astana", "Kazinform"),
        ("МОСКВА, 5 ноя — РИА Новости. Текст", "Москва", "RIA Novosti"),
        ("Москва. 5 ноября. INTERFAX.RU - Текст", "Москва", "Interfax"),
        ("FRANKFURT AM MAIN (dpa-AFX) - Der", "Frankfurt am Main", "dpa-AFX"),
        ("Berlin (dpa/lnw) - Der", "Berlin", "dpa"),
        ("KYIV. Oct 3 (Interfax-Ukraine) – Ukraine", "Kyiv", "Interfax-Ukraine"),
        ("Hannover (epd). Die Diakonie", "Hannover", "epd"),
        ("Ташкент, 3 октября /УзА/. По данным", "Ташкент", "UzA"),
        ("Бишкек, 7 апр — АКИpress. Тарифы", "Бишкек", "AKIpress"),
        ("МОСКВА, 17 июн - ПРАЙМ. Цены", "Москва", "PRIME"),
        ("SEOUL, March 5 (Yonhap) -- South", "Seoul", "Yonhap"),
        ("BEIJING, Nov. 5 (Xinhua) -- China", "Beijing", "Xinhua"),
        ("WASHINGTON (AP) — The", "Washington", "AP"),
        ("PARIS (AFP) - La", "Paris", "AFP"),
        ("Bonn (epd) - Die Kirchen", "Bonn", "epd"),
    ],
)
def test_datelines(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line, load_profiles())
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(
    "line", ["Die Regierung (SPD) – hat", "By John Smith (Reuters)", "Das sagte er (dpa) -"]
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line, load_profiles()) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("05 November 2025, 12:33", datetime(2025, 11, 5, 12, 33)),
        ("5. März 2024 um 08:15 Uhr", datetime(2024, 3, 5, 8, 15)),
        ("Jänner 3, 2020", datetime(2020, 1, 3)),
        ("12 декабря 2023 г., 14:20 (МСК)", datetime(2023, 12, 12, 14, 20, tzinfo=MSK)),
        ("в декабре: 1 декабря 2023", datetime(2023, 12, 1)),
        ("Stand: 05.11.2025, 12:33 Uhr", datetime(2025, 11, 5, 12, 33)),
        ("2025-11-05T12:33:00+03:00", datetime(2025, 11, 5, 12, 33, tzinfo=MSK)),
        ("Nov. 5, 2025 3:15 PM", datetime(2025, 11, 5, 15, 15)),
        ("12:33 05.11.2025", datetime(2025, 11, 5, 12, 33)),
    ],
)  # fmt: skip
def test_dates(text: str, value: datetime) -> None:
    assert find_dates(text)[0].value == value


def _one(name: str, text: str, encoding: str = "utf-8") -> Extracted:
    [item] = extract(name, text.encode(encoding))
    assert isinstance(item, Extracted)
    return item


def test_header_bar_date_is_not_the_publication_date() -> None:
    text = (
        "Dienstag, 7 Januar 2025\nPolitik\n06 Januar 2025, 18:02\n\n"
        "Minister kündigt Reform der Grundsteuer an\n\n"
        "MINSK, 6. Januar (BelTA) – Der Finanzminister hat am Montag eine Reform der "
        "Grundsteuer angekündigt. Sie soll ab dem kommenden Jahr gelten und kleine Betriebe "
        "entlasten, sagte er vor Journalisten.\n"
    )
    art = _one("a.txt", text).article
    assert art.published == datetime(2025, 1, 6, 18, 2)
    assert art.section == "Politik"


def test_teasers_in_mid_text_are_dropped_but_prose_kept() -> None:
    text = (
        "Neue Brücke über die Elbe eröffnet\n\n"
        "Dresden (dpa) - Nach vier Jahren Bauzeit ist die neue Brücke über die Elbe für den "
        "Verkehr freigegeben worden. Täglich sollen dort 20 000 Fahrzeuge fahren.\n"
        "Lesen Sie auch\nStau auf der A4: Pendler brauchen Geduld\n"
        "Die Kosten lagen mit 120 Millionen Euro im geplanten Rahmen, teilte die Stadt mit.\n"
        "Read also: Something else entirely\n"
        "Читайте также: Другая новость\n"
        "Der Oberbürgermeister sprach von einem guten Tag für die ganze Region und die Stadt.\n"
    )
    body = _one("b.txt", text).article.body
    assert "Lesen Sie auch" not in body and "Stau auf der A4" not in body
    assert "Read also" not in body and "Читайте" not in body
    assert "120 Millionen Euro" in body and "guten Tag für die ganze Region" in body


def test_author_line_and_language() -> None:
    text = (
        "Ученые нашли новый вид бабочек на Урале\n\nАвтор: Мария Иванова\n\n"
        "ЕКАТЕРИНБУРГ, 3 июля. /ТАСС/. Сотрудники заповедника обнаружили неизвестный ранее "
        "вид бабочек в горах Северного Урала, сообщила пресс-служба учреждения.\n"
    )
    art = _one("c.txt", text, "koi8_r").article
    assert art.author == "Мария Иванова"
    assert (art.language, art.source, art.dateline) == ("ru", "TASS", "Екатеринбург")
    assert "Автор" not in art.body


def test_very_short_text_has_no_language() -> None:
    art = _one("d.txt", "Kurz\n\nNur ein paar Worte hier.\n").article
    assert art.language == ""


def test_very_large_text_imports_whole() -> None:
    paragraph = "Der Ausschuss beriet über den Haushalt und vertagte die Abstimmung erneut. "
    paras = [f"Absatz {n}: {paragraph * 3}" for n in range(40_000)]
    text = "Haushaltsdebatte im Landtag dauert an\n\n" + "\n\n".join(paras) + "\n"
    assert len(text.encode()) > 5_000_000
    art = _one("big.txt", text).article
    assert art.body.count("Absatz ") == 40_000
    assert art.body.rstrip().endswith(paragraph.strip())


def test_hard_wrapped_text_is_unwrapped() -> None:
    body = (
        "The central bank kept its key interest rate unchanged on Thursday, saying\n"
        "inflation was easing more slowly than it had expected in the spring and that\n"
        "it wanted to see more evidence before cutting borrowing costs again, the\n"
        "governor told reporters after the meeting of the monetary policy committee.\n\n"
        "Analysts had widely expected the decision, although a minority had bet on a\n"
        "quarter-point cut after weaker than expected retail sales figures in August.\n"
    )
    art = _one("e.txt", "Central bank holds rates\n\n" + body * 2).article
    assert "saying inflation was easing" in art.body


def test_section_label_above_the_date_stamp() -> None:
    text = (
        "TASS\nRussian Politics & Diplomacy\nNovember 12, 2025, 09:41\n\n"
        "Russia, Kazakhstan agree to expand Caspian shipping\n\n"
        "MOSCOW, November 12. /TASS/. Russia and Kazakhstan have agreed to expand cargo "
        "shipping across the Caspian Sea, Deputy Prime Minister Alexei Overchuk said.\n"
        "Read also\nOverchuk: Eurasian Economic Union to discuss digital trade\n"
        "The two countries will also set up a joint working group on logistics, he added.\n"
        "Share\n"
    )
    art = _one("t.txt", text).article
    assert art.section == "Russian Politics & Diplomacy"
    assert (art.source, art.dateline) == ("TASS", "Moscow")
    assert art.published == datetime(2025, 11, 12, 9, 41)
    assert "Overchuk: Eurasian" not in art.body and "Share" not in art.body


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rail plan\nASTANA – Kazakhstan plans to build more than 1,000 kilometers of new"
         " railway lines by 2027, the minister said on Tuesday.", "Astana"),
        ("Gas exports\nBAKU, Azerbaijan, October 21. Azerbaijan exported 9.6 billion cubic"
         " meters of gas to Europe in nine months, the ministry said.", "Baku"),
        ("Wheat harvest\nANKARA\nTurkiye's wheat harvest is expected to fall by around 12%"
         " due to drought and spring frosts, the ministry said.", "Ankara"),
    ],
)  # fmt: skip
def test_place_only_datelines(text: str, place: str) -> None:
    items = extract("a.txt", text.encode("utf-8"))
    art = items[0].article
    assert (art.dateline, art.source, art.title) == (place, "", text.split("\n")[0])


def test_capitals_in_a_later_paragraph_are_no_dateline() -> None:
    text = (
        "Budget talks\nThe government agreed on a budget on Monday after long talks.\n"
        "NATO – the alliance – was not part of the talks, officials said on Monday."
    )
    assert extract("a.txt", text.encode("utf-8"))[0].article.dateline == ""


def test_reporter_and_editor_lines_under_the_text() -> None:
    from app.importers import extract

    text = (
        "Coffee exports rise on strong demand\n"
        "Jakarta (ANTARA) - Indonesia's coffee exports rose 12 percent in 2024 as demand from "
        "Europe and the United States grew, the statistics agency said on Monday.\n"
        "Robusta accounted for most of the shipments, officials said.\n"
        "Reporter: Dewi Kartika Sari\n"
        "Editor: Bambang Wijaya\n"
    )
    art = extract("a.txt", text.encode("utf-8"))[0].article
    assert art.author == "Dewi Kartika Sari"
    assert "Editor:" not in art.body and "Reporter:" not in art.body
