"""Agency and trade-wire pages pasted whole (blind batch 86): a unit of measure after a
figure ("250 EUR/MWh") is no photographer's credit, so a price headline stays the headline;
a short "Topic: statement" headline keeps its longer deck under it; a trail set with "→"
arrows names the section; a place with its region in brackets before the dash is the
dateline; a stock page's identifier row ("X | WKN: … | ISIN: …") is neither lead nor text."""

from __future__ import annotations

import pytest

from app.importers import boilerplate as bp
from app.importers.agency import bare_dateline
from app.importers.compose import compose
from app.importers.profiles import default_profiles
from app.importers.sections import section_of_line

_DE = (
    "Die Stadtwerke wollen bis 2030 rund 40 neue Ladepunkte in der Innenstadt errichten. Das "
    "teilte der Geschäftsführer am Dienstag bei einer Pressekonferenz im Rathaus mit.\n"
    "Die Kosten von rund zwei Millionen Euro tragen Stadt und Land gemeinsam. Die ersten "
    "Säulen sollen im Frühjahr am Marktplatz und am Bahnhof in Betrieb gehen.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Strompreis springt bei Flaute über 250 EUR/MWh",
        "Gas price falls below 30 EUR/MWh at the Dutch hub",
        "Spotpris stiger til 1.250,50 NOK/MWh i Sør-Norge",
    ],
)
def test_a_unit_after_a_figure_is_no_photo_credit(line: str) -> None:
    assert not bp.is_caption(line)


def test_a_credit_after_a_year_or_a_caption_still_is_one() -> None:
    assert bp.is_caption("Firefighters at the scene © 2025 REUTERS/Jane Doe")
    assert bp.is_caption("Der Hafen am Morgen APA/Helmut Fohringer")


def test_a_price_headline_under_a_list_of_stamped_headlines_is_the_title() -> None:
    text = (
        "Beispiel Energie\nTop-Meldungen\n"
        "Nordische Preise steigen auf Wochenhoch\n28.11.2025 16:42\n"
        "Gasspeicher zu drei Vierteln gefüllt\n28.11.2025 11:03\n"
        "News > Strom\nStrompreis springt bei Flaute über 250 EUR/MWh\n27.11.2025 14:18\n" + _DE
    )
    art = compose(text, default_profiles())
    assert art.title == "Strompreis springt bei Flaute über 250 EUR/MWh"


@pytest.mark.parametrize(
    ("head", "deck"),
    [
        (
            "Ladepunkte: Stadt baut weiter aus",
            "Kein Geld vom Bund - Stadtwerke verweisen auf eigene Mittel",
        ),
        (
            "Chargers: city expands network",
            "No federal money - utility points to its own budget for the plan",
        ),
        (
            "Зарядки: город расширяет сеть",
            "Без денег из центра - компания ссылается на собственный бюджет",
        ),
    ],
)
def test_a_short_topic_colon_headline_keeps_its_longer_deck(head: str, deck: str) -> None:
    text = f"Beispiel Agrar\nMärkte\n{head}\n{deck}\nMi, 26.11.2025 - 14:07\n" + _DE
    art = compose(text, default_profiles())
    assert art.title == head
    assert art.lead == deck


def test_a_keyword_field_over_the_headline_is_no_topic_headline() -> None:
    text = (
        "Beispiel Dienst\nRessort: Inland\nStichwörter: Stadt, Strom, Netz\n"
        "Stadtwerke bauen bis 2030 rund 40 neue Ladepunkte\n" + _DE
    )
    art = compose(text, default_profiles())
    assert art.title == "Stadtwerke bauen bis 2030 rund 40 neue Ladepunkte"


@pytest.mark.parametrize(
    "field", ["Aktenzeichen: 3 S 1187/25", "Case No: C-412/24 P", "Дело: № А40-1234/2025"]
)
def test_a_file_number_field_over_the_headline_is_no_topic_headline(field: str) -> None:
    text = (
        f"Beispiel Gericht\nPressemitteilung\n{field}\n"
        "Eilantrag gegen den Windpark am Stadtrand bleibt ohne Erfolg\n" + _DE
    )
    art = compose(text, default_profiles())
    assert art.title == "Eilantrag gegen den Windpark am Stadtrand bleibt ohne Erfolg"


def test_a_short_kicker_without_a_colon_still_gives_way_to_the_headline() -> None:
    text = (
        "Beispiel Agrar\nVerkehrswende in Hamburg\n"
        "Senat legt nach langem Streit die neue Radwege-Bilanz vor\n26.11.2025 14:07\n" + _DE
    )
    art = compose(text, default_profiles())
    assert art.title == "Senat legt nach langem Streit die neue Radwege-Bilanz vor"


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Главная → Новости → Металлургия → Рынок проката", "Рынок проката"),
        ("Home → News → Energy markets", "Energy markets"),
        ("Startseite ⇒ Nachrichten ⇒ Landwirtschaft", "Landwirtschaft"),
    ],
)
def test_an_arrow_trail_names_the_section(line: str, section: str) -> None:
    assert section_of_line(line) == section


def test_an_arrow_in_a_sentence_is_no_trail() -> None:
    assert section_of_line("Preise steigen → Kunden zahlen mehr für Strom und Gas im Winter") == ""


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Jorf Lasfar (El Jadida province) - The group opened a new plant.", "Jorf Lasfar"),
        ("Тула (Тульская область) — В городе открыли новый мост.", "Тула"),
        ("Sillamäe (Ida-Viru maakond) – Die Stadt baut einen Hafen.", "Sillamäe"),
        ("Grevenbroich (Rhein-Kreis Neuss) - Die Stadt baut eine Schule.", "Grevenbroich"),
    ],
)
def test_a_place_with_its_region_in_brackets_before_the_dash(line: str, place: str) -> None:
    dl = bare_dateline(line)
    assert dl is not None and dl.place == place and not dl.agency


@pytest.mark.parametrize(
    "line", ["Kassel (dpa) - Die Stadt baut.", "Berlin (Reuters) - The city builds a bridge."]
)
def test_a_bracketed_agency_is_no_region(line: str) -> None:
    assert bare_dateline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Beispiel AG | WKN: A0B1C2 | ISIN: DE000A0B1C23",
        "Aktie im Fokus: Beispiel AG | WKN 604700 | ISIN DE0006047004",
        "Example Corp. · Ticker: EXMP · ISIN US0378331005",
        "Пример | Тикер: PRMR",
    ],
)
def test_a_security_identifier_row_is_no_text(line: str) -> None:
    assert bp.security_ids(line) and bp.is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Aktie (ISIN DE0006047004) legte am Freitag um fünf Prozent zu.",
        "Symbol: Stadt setzt Zeichen",
        "Ticker: Apple | Symbol: Birne",
    ],
)
def test_a_sentence_naming_an_isin_is_text(line: str) -> None:
    assert not bp.security_ids(line)


def test_the_identifier_row_under_the_headline_is_no_standfirst() -> None:
    text = (
        "Beispiel Börse\nNews > Energie\nBeispiel AG: Aufträge über 1 GW - Aktie klettert\n"
        "Beispiel AG | WKN: A0B1C2 | ISIN: DE000A0B1C23\n21.11.2025 - 12:44 Uhr\n" + _DE
    )
    art = compose(text, default_profiles())
    assert art.title == "Beispiel AG: Aufträge über 1 GW - Aktie klettert"
    assert art.lead == ""
    assert "WKN" not in art.body


@pytest.mark.parametrize(
    "line",
    [
        "Bitte beachten Sie die Hinweise zu möglichen Interessenkonflikten.",
        "Please read our disclaimer before trading.",
        "Ознакомьтесь с отказом от ответственности.",
        "Artikel weiterleiten | Drucken",
        "Redigiert von Jane Roe",
        "Mehr Nachrichten zur Beispiel Aktie",
        "More news on Example Corp",
        "Другие новости о компании Пример",
        "Weiterführende Informationen:",
    ],
)
def test_stock_and_trade_page_footers_are_boilerplate(line: str) -> None:
    assert bp.is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mehr Nachrichten über Politik gibt es künftig im Radio.",
        "Bitte beachten Sie, dass die Straße am Montag gesperrt ist.",
    ],
)
def test_sentences_like_those_footers_are_text(line: str) -> None:
    assert not bp.is_boilerplate(line)


@pytest.mark.parametrize(
    "link",
    [
        "Beispiel-Aktie: Chartbild hellt sich auf - So geht es weiter (19.11.2025)",
        "Example shares: what the chart says now (2025-11-19)",
        "Акции Примера: что дальше (19/11/2025)",
    ],
)
def test_a_dated_link_amid_the_text_goes(link: str) -> None:
    first, second = _DE.splitlines()
    text = f"Beispiel Börse\nStadtwerke bauen 40 neue Ladepunkte\n{first}\n{link}\n{second}\n"
    art = compose(text, default_profiles())
    assert link not in art.body and second in art.body


def test_a_sentence_closed_by_a_bracketed_day_stays() -> None:
    first, second = _DE.splitlines()
    line = "Der Rat hatte den Plan schon einmal beraten (19.11.2025)."
    text = f"Beispiel Börse\nStadtwerke bauen 40 neue Ladepunkte\n{first}\n{line}\n{second}\n"
    assert line in compose(text, default_profiles()).body
