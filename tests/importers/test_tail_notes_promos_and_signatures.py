"""Lines the site, the wire or the sender leaves in a clipping's text: an embedded video
player's states ("Video Loading", "Tap to play"), a print button named by what it prints, a
syndicated story's "has not been edited by X and is auto-generated from Y" note, a funder's
"Disclosure:" box, a partnership's "This story is part of X, a … initiative" note, a mail's
confidentiality notice, a subscription pitch ("Subscribe to X to get access", "Подписка на
журнал", "Den vollständigen X finden Abonnenten"), a newsletter's sign-up call, a jump line
to another page's piece, the typed "Source: Outlet, date – URL" line, the writer's "Contact X
at mail" line; a labelled publication stamp under the text; a forwarder's signature block
(sign-off, name, role, firm, phone or address) under a mailed article. Look-alike sentences
of a text stay."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate, is_footer
from app.importers.compose import _signature_block
from tests.importers.makers import FARES_DE as _DE
from tests.importers.makers import FARES_EN as _EN
from tests.importers.makers import FARES_RU as _RU
from tests.importers.makers import article_of


@pytest.mark.parametrize(
    "line",
    [
        # an embedded player's states
        "Video Loading",
        "Video Unavailable",
        "Click to play",
        "Tap to play",
        "Видео недоступно",
        "Video wird geladen",
        # a print button named by what it prints; a teaser box's read button
        "Pressemitteilung drucken",
        "Print this article",
        "Распечатать статью",
        "Jetzt lesen",
        # a feed's copy taken over unedited
        "(This story has not been edited by Example Weekly and is auto-generated from XYZ)",
        # a funder's disclosure box
        "Disclosure: The Example Foundation has been a financial supporter of The Example "
        "Ledger, a nonprofit newsroom funded in part by donations.",
        "Transparenzhinweis: Die Beispiel-Stiftung fördert die Recherchen der Redaktion.",
        # a partnership's note
        "This story is part of The River Desk, a solutions journalism initiative that partners "
        "newsrooms across the basin.",
        "Dieser Beitrag entstand im Rahmen von Klima vor Ort, einer Kooperation mehrerer "
        "Lokalzeitungen.",
        "Материал подготовлен в рамках проекта «Город и люди».",
        # a mail's confidentiality notice
        "This e-mail and any attachments are confidential and intended solely for the "
        "addressee. If you have received it in error, please delete it.",
        "Vertraulichkeitshinweis: Diese E-Mail enthält vertrauliche Informationen und ist nur "
        "für den Empfänger bestimmt.",
        "КОНФИДЕНЦИАЛЬНОСТЬ: Данное письмо и приложения к нему предназначены исключительно для "
        "указанного адресата.",
        # subscription pitches
        "Subscribe to EXAMPLE PLUS to get access to 40 titles and read the news offline.",
        "Подписка на газету «Пример» на 2026 год — во всех отделениях почты",
        "Den vollständigen Marktbericht finden Abonnenten in der aktuellen Ausgabe.",
        "The full price table is available to subscribers in this week's issue.",
        "For feedback, complaints, or inquiries, contact us.",
        "Die Beispielzeitung ist unabhängig. Unterstützen Sie uns – jetzt ein Abo lösen.",
        # a newsletter's sign-up call in a sentence of its own
        "Get a letter from our reporters every Friday. Sign up for the Weekend Desk newsletter.",
        # a jump line to another page's piece
        "Lesen Sie dazu auch den Leitartikel auf Seite 4",
        "See also our editorial on page 14.",
        "Читайте также комментарий на стр. 3",
        # the typed source line with its address
        "Source: The Example Courier, Nov. 3, 2025 – https://example.com/news/2025/11/03/x/",
        "Quelle: Beispiel Zeitung, https://www.beispiel.de/politik/artikel-123",
        "Источник: Пример, https://primer.ru/news/123",
        # the writer's mailbox
        "Contact Jane Roe at jroe@example.com.",
        "Reach the reporter at desk@example.org or 555-0100.",
        "Sie erreichen die Autorin unter a.muster@example.de",
        # captions: a print view's picture marker, the people named from the left, the
        # photographer and the paper in quotes after a slash
        "[Photo] A crew clears dry brush near the bridge in October. Jane Roe jroe@example.com",
        "[Фото] Новый терминал аэропорта в день открытия",
        "Bei der Übergabe des Schecks (v.l.n.r.): Anna Beispiel, Ben Muster und Carla Probe",
        "Winners of the award (from left) Jane Roe, John Doe and Ann Poe at the gala.",
        "Участники встречи (слева направо): Иван Петров и Анна Сидорова",
        "Грузовой терминал на берегу реки. Фото: Иван Петров/«Пример»",
        # a police office's standard advice; a portal's relevance tags
        "Präventionstipp: Lassen Sie sich kostenlos zum Einbruchschutz beraten.",
        "Dieser Artikel ist relevant für: Usbekistan | Bauwirtschaft",
        "This article is relevant to: Kenya | Energy",
        # a footer's links run into its notice
        "About Us Contact Us Privacy Policy Terms of Use © 2025 Example Printers Ltd.",
        # a press review's figures and its note on its sources
        "Тональность: нейтральная. Упоминания: Законодательное собрание края, Пример ГРЭС.",
        "Tonalität: neutral. Erwähnungen: Stadtrat Beispielstadt, Beispiel AG",
        "Обзор подготовлен на основе открытых источников. Стр. 7 из 18",
        "Compiled from public sources.",
        # a contact row: a name, roles and a labelled phone
        "Jana Beispiel, Stadträtin, Vorsteherin Departement Bau, Telefon 052 267 51 20",
        "John Roe, Head of Communications, Example Council, Tel. +44 20 7946 0000",
        # a chart's source line, maybe after its title
        "Source: Example Foundation analysis of ONS, Labour Force Survey",
        "Производство цемента в РФ, млн т. Источник: данные компаний, расчеты Примера",
        "Quelle: eigene Berechnungen nach Destatis",
        # a topic box's name before its marker
        "Example-Navigator: Mehr zum Thema Pflege aus 80 Jahren Example",
        "Dossier: More on this topic from our archive",
        # a forwarder's greeting to colleagues
        "Коллеги, добрый день!",
        "Hi all,",
        "Liebe Kolleginnen und Kollegen,",
        # a publisher's registration row with its bars
        "Example Times, 1 High Street, Exampletown EX1 2AB. Registered in England & Wales | "
        "01234567 |",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The video was unavailable for several hours after the attack, the company said.",
        "Der Bürgermeister sagte, die Stadt werde den Plan drucken lassen.",
        "Kontakt zu den Behörden hatte der Mann nach Angaben der Polizei nicht.",
        "Contact with the vessel was lost at 3am, the coastguard said.",
        "The council said the newsletter would go to all residents who sign up by March.",
        "Anwohner können sich für den Newsletter der Stadt registrieren, sagte der Sprecher.",
        "The ministry said readers could subscribe to the bulletin to get alerts.",
        "Source: the finance ministry said the figures were provisional.",
        "Quelle der Zahlen ist das Statistische Bundesamt.",
        "This story is part of a series on housing.",
        "The message is confidential, the minister said, and should not have been leaked.",
        "Die Mail war nach Angaben der Ermittler vertraulich.",
        "Disclosure rules for lobbyists will be tightened, the minister said.",
        "Подписка на журналы в библиотеке выросла вдвое, сообщила директор.",
        "The full report is available on the ministry's website, the spokesman said.",
        "Lesen Sie die Broschüre, riet die Verbraucherzentrale den Mietern.",
        "Readers can contact the council at info@example.gov for details, a spokesman said.",
        "Der Präventionstipp der Polizei: Türen immer abschließen, sagte der Sprecher.",
        "Anna Beispiel, die Leiterin des Amtes, ist unter Telefon 052 267 51 20 erreichbar.",
        "Kritik: Mehr zum Thema Pflege will die Regierung nicht sagen, meinte die Opposition.",
        "The source of the figures, the ministry said, was its own analysis of tax data.",
        "Коллеги погибшего журналиста провели акцию у здания суда.",
        "Hi-tech firms are leaving the city, the survey found.",
        "Die Stadt erhöht die Gebühren. Kritik: Der Bund der Steuerzahler nennt das überzogen.",
        "The company, founded by three brothers (from left in the 1980s photo), grew fast.",
        "Terms of use for the new park were approved by the council on Monday evening.",
    ],
)
def test_text_lines_stay(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("paras", "stamp"),
    [
        (_DE, "Publiziert: 27.11.2025, 18:20 Uhr | Aktualisiert: 28.11.2025, 08:05 Uhr"),
        (_EN, "Published on 25 November 2025"),
        (_RU, "Опубликовано: 27.11.2025"),
    ],
)
def test_labelled_stamp_under_the_text_goes(paras: tuple[str, ...], stamp: str) -> None:
    art = article_of("\n\n".join(["Bus fares to rise by six per cent", *paras, stamp]))
    assert stamp not in art.body
    assert paras[-1] in art.body


def test_sentence_with_published_stays() -> None:
    line = (
        "Veröffentlicht am 28. November wurde auch der Bericht des Rechnungshofs, der die "
        "Kosten kritisiert."
    )
    art = article_of("\n\n".join(["Busfahren wird teurer", *_DE, line]))
    assert line in art.body


@pytest.mark.parametrize(
    ("paras", "signature"),
    [
        (_EN, ["Best regards,", "Jane Roe", "Senior Account Manager | Example Partners"]),
        (
            _EN,
            [
                "Follow Example News",
                "Niamh Example",
                "Policy Analyst | Housing Unit",
                "Example Research",
                "14 Example Street Lower, Dublin 2, D02 X658",
            ],
        ),
        (
            _DE,
            [
                "Mit freundlichen Grüßen",
                "Jana Beispiel",
                "Referentin Kommunikation",
                "Beispiel GmbH",
                "Tel. +49 30 1234 5678",
            ],
        ),
        (
            _RU,
            [
                "С уважением,",
                "Айгерим Примерова",
                "Ведущий аналитик",
                "ТОО «Пример Аналитика»",
                "Тел.: +7 727 355 00 00, вн. 214",
            ],
        ),
    ],
)
def test_signature_block_under_the_text_goes(paras: tuple[str, ...], signature: list[str]) -> None:
    art = article_of("\n\n".join(["Bus fares to rise", *paras, *signature]))
    assert paras[-1] in art.body
    for line in signature:
        assert line not in art.body


@pytest.mark.parametrize(
    "tail",
    [
        # a timetable's rows: no name, no sign-off
        ["Linie 4: alle 10 Minuten", "Linie 7: alle 15 Minuten", "Linie 9: alle 20 Minuten"],
        # a market's box: a place and an address, no person
        ["Weihnachtsmarkt am Dom", "Domplatz 3, 56068 Koblenz", "täglich 11 bis 21 Uhr"],
        # a name under the text with a sentence after it
        ["Jane Roe", "Policy Analyst", "She can be reached on +44 20 7946 0000."],
    ],
)
def test_closing_rows_without_a_signature_stay(tail: list[str]) -> None:
    assert _signature_block([*_DE, *tail]) == 0


def test_closing_sentence_with_a_phone_number_stays() -> None:
    last = (
        "Fahrgäste, die Fragen zum neuen Tarif haben, erreichen die Servicehotline unter der "
        "Nummer 0800 123 456 täglich von 6 bis 22 Uhr."
    )
    art = article_of("\n\n".join(["Busfahren wird teurer", *_DE, last]))
    assert last in art.body


@pytest.mark.parametrize(
    ("paras", "label", "item"),
    [
        (_DE, "KURZ NOTIERT", "Beispielstadt. Der Adventsmarkt öffnet am Sonnabend um 14 Uhr."),
        (_EN, "IN BRIEF", "Example airport handled 8 per cent more passengers in October."),
        (_RU, "КОРОТКО", "В Примерске открылся новый каток на центральной площади города."),
    ],
)
def test_briefs_column_under_the_story_ends_the_text(
    paras: tuple[str, ...], label: str, item: str
) -> None:
    art = article_of("\n\n".join(["Fares to rise", *paras, label, item]))
    assert paras[-1] in art.body
    assert label not in art.body and item not in art.body


@pytest.mark.parametrize(
    ("label", "figure"),
    [
        ("ЦИФРА", "312 млн рублей – общая стоимость ремонта теплосетей в 2025 году"),
        ("DIE ZAHL", "4,1 Millionen Euro kostet der Umbau des Bahnhofs"),
        ("BY THE NUMBERS", "200 pounds a year more for a daily commuter"),
    ],
)
def test_figure_box_in_the_text_goes(label: str, figure: str) -> None:
    art = article_of("\n\n".join(["Fares to rise", _EN[0], _EN[1], label, figure, _EN[2]]))
    assert label not in art.body and figure not in art.body
    assert _EN[2] in art.body


def test_a_crosshead_in_capitals_stays() -> None:
    art = article_of("\n\n".join(["Fares to rise", _EN[0], "WHAT COMES NEXT", _EN[1], _EN[2]]))
    assert _EN[1] in art.body and _EN[2] in art.body


def test_an_offices_other_releases_end_the_text() -> None:
    assert is_footer("Weitere Medieninformationen")
    assert is_footer("Weitere Medienmitteilungen der Stadt Beispiel")
    assert not is_footer("Weitere Medieninformationen sollen folgen, sagte die Sprecherin.")


def test_a_readers_note_under_a_rule_ends_the_text() -> None:
    note = ["______________________________", "Analyst comment (J. Roe, 21.11.2025):",
            "Relevant for the Q1 brief: watch the off-take scheme."]  # fmt: skip
    art = article_of("\n\n".join(["Fares to rise", *_EN, *note]))
    assert _EN[-1] in art.body
    for line in note:
        assert line not in art.body


def test_a_rule_between_paragraphs_goes_and_the_text_stays() -> None:
    art = article_of("\n\n".join(["Fares to rise", _EN[0], _EN[1], "==========", _EN[2]]))
    assert "====" not in art.body
    assert _EN[2] in art.body
