"""Header chrome of unprofiled sites: captions and credits between the headline and the
text, role bylines, stamps in slash and "date. time" form, the stamp by the headline
against the header bar's clock, and link blocks and appeals around the text."""

from __future__ import annotations

from datetime import datetime

from app.importers import extract
from app.importers.byline import author_of_line
from app.importers.dates import find_dates


def _one(text: str, name: str = "c.txt"):
    return extract(name, text.encode("utf-8"))[0].article


def test_caption_above_its_source_credit_is_not_the_title() -> None:
    art = _one(
        "DAILY PAPER\nStartseite\nPolitik\nWirtschaft\n"
        "Bahn\n"
        "Güterverkehr auf der Schiene legt wieder zu\n"
        "Veröffentlicht am 03.06.2025, 09:10 Uhr\n"
        "Ein Güterzug im Rangierbahnhof: Die Auslastung stieg im Frühjahr\n"
        "Quelle: picture alliance/Max Muster\n"
        "Köln (dpa) - Der Güterverkehr auf der Schiene ist im ersten Quartal wieder "
        "gewachsen, wie das Statistische Bundesamt am Dienstag mitteilte.\n"
        "Vor allem der Containerverkehr legte zu, hieß es weiter.\n"
    )
    assert art.title == "Güterverkehr auf der Schiene legt wieder zu"


def test_caption_ending_in_a_bracketed_photo_credit_is_passed_over() -> None:
    art = _one(
        "NEWS AGENCY\nHome\nPolitics\nBusiness\n"
        "Home / Business\n"
        "Grain exports through the port rise 9% in spring\n"
        "Author: Petra Novak\n"
        "12 May 2025 | 10:20\n"
        "Ships wait at the grain terminal, April 2025 (Agency Photo)\n"
        "Varna, May 12 (XYZ) - Grain exports through the port rose by 9 per cent between March "
        "and May compared with a year earlier, the port authority said on Monday.\n"
        "Wheat accounted for most of the volume.\n"
    )
    assert art.title == "Grain exports through the port rise 9% in spring"
    assert art.section == "Business"


def test_illustration_caption_and_slash_credit_above_the_text() -> None:
    art = _one(
        "Городская газета\nНовости\nПолитика\nЭкономика\n"
        "Общество\n"
        "Тарифы на воду в городе изменятся 1 ноября\n"
        "02/10/2025 12:14\n"
        "Иллюстративное фото: архив редакции\n"
        "Водоканал города с 1 ноября повысит тарифы на холодную воду на 12%, сообщили в "
        "мэрии. Новые тарифы утвердило антимонопольное агентство.\n"
        "Для льготников тариф не изменится.\n"
    )
    assert art.title == "Тарифы на воду в городе изменятся 1 ноября"
    assert art.published == datetime(2025, 10, 2, 12, 14)
    art = _one(
        "Portal\nPolitik\nWirtschaft\n"
        "Agenturmeldung\n"
        "Bauern protestieren gegen neue Auflagen\n"
        "Mittwoch, 14.05.2025, 17:08\n"
        "Weitere Artikel auf Portal online\n"
        "Portal online/Videodienst\n"
        "Brüssel (AFP) - Tausende Landwirte haben in Brüssel gegen neue Umweltauflagen "
        "protestiert, wie die Polizei am Mittwoch mitteilte.\n"
        "Die Kommission kündigte Gespräche an.\n"
    )
    assert art.title == "Bauern protestieren gegen neue Auflagen"


def test_caption_prose_with_credit_is_not_where_the_text_starts() -> None:
    art = _one(
        "portal.de\nStartseite\nPolitik\nWirtschaft\n"
        "Politik\n"
        "Streit um die Pflege\n"
        "Verband fordert mehr Geld für Pflegeheime\n"
        "04.03.2025, 11:42 Uhr\n"
        "00:00 / 03:12\n"
        "Eine Pflegerin schiebt einen Rollstuhl durch den Flur eines Heims in Kassel.\n"
        "(Foto: picture alliance / Max Muster)\n"
        "Die Pläne der Regierung reichen aus Sicht des Verbands nicht aus. Er verlangt "
        "deutlich mehr Geld und warnt vor Engpässen.\n"
        "Von Jana Beispiel\n"
        "Der Sozialverband fordert, die Zuschüsse für Pflegeheime um zwei Milliarden Euro "
        "aufzustocken. Die bisher geplanten Mittel seien viel zu knapp, sagte die Präsidentin.\n"
        "Die Regierung will im Sommer entscheiden.\n"
    )
    assert art.title == "Verband fordert mehr Geld für Pflegeheime"
    assert art.author == "Jana Beispiel"
    assert art.body.startswith("Der Sozialverband fordert")


def test_role_and_from_bylines() -> None:
    assert author_of_line("RYO NAKAMURA, Nikkei staff writer") == "Ryo Nakamura"
    assert author_of_line("Jane Doe, Reuters correspondent in Kyiv") == "Jane Doe"
    assert author_of_line("From Nur Aisyah Rahman") == "Nur Aisyah Rahman"
    assert author_of_line("From Our Correspondent") == ""
    assert author_of_line("From Monday On") == ""


def test_byline_with_role_is_not_the_title_and_colleague_credit_leaves_the_body() -> None:
    art = _one(
        "Skip to main content\nAsia Weekly\nSubscribe\nLog in\nBusiness\nTech\n"
        "Chipmaker wins new funding for its factory\n"
        "Plant to start production in 2027 as state support grows\n"
        "The plant site in spring. (Photo by Jo Lee)\n"
        "KEN SATO, Asia Weekly staff writer\n"
        "February 18, 2025 17:40 JST\n"
        "TOKYO -- A chipmaker has secured about 100 billion yen in new funding from private "
        "companies, people familiar with the matter said on Tuesday.\n"
        "Read Next\n"
        "Other chipmakers race to expand\n"
        "The money will go toward its new production line, the people said.\n"
        "Staff writer Mayu Ito contributed to this report.\n"
    )
    assert art.title == "Chipmaker wins new funding for its factory"
    assert art.author == "Ken Sato"
    assert "contributed to this report" not in art.body
    assert "race to expand" not in art.body
    assert "production line" in art.body


def test_slash_and_dotted_stamps() -> None:
    assert find_dates("06.02.2025. 13:47")[0].value == datetime(2025, 2, 6, 13, 47)
    assert find_dates("08/01/2025 03:45 PM")[0].value == datetime(2025, 1, 8, 15, 45)
    assert find_dates("12/25/2025")[0].value == datetime(2025, 12, 25)  # month first
    hit = find_dates("Mar 05 2025 | 12:51 PM IST")[0]
    assert hit.value.utcoffset() is not None and hit.value.hour == 12


def test_stamp_by_the_headline_beats_the_header_bar_clock() -> None:
    art = _one(
        "PORTAL\nPolitik\nWirtschaft\nKultur\nSport\nWetter\n"
        "Freitag, 16.05.2025 | 08:14\n"
        "Home › Politik\n"
        "Regierung legt Haushaltsentwurf vor\n"
        "Mittwoch, 14.05.2025, 17:08\n"
        "Berlin (AFP) - Die Bundesregierung hat ihren Haushaltsentwurf für das kommende "
        "Jahr vorgelegt, wie das Finanzministerium am Mittwoch mitteilte.\n"
        "Der Bundestag berät im Herbst.\n"
    )
    assert art.published == datetime(2025, 5, 14, 17, 8)


def test_headline_naming_a_day_is_not_a_stamp() -> None:
    art = _one(
        "Городские новости\nПолитика\nЭкономика\n"
        "Общество\n"
        "Отопительный сезон в городе начнется 15 октября\n"
        "03.10.2025 09:00\n"
        "Отопительный сезон в городе стартует 15 октября, сообщили в мэрии. Первыми тепло "
        "получат детские сады, школы и больницы.\n"
        "Жителей просят сообщать о неполадках.\n"
    )
    assert art.title == "Отопительный сезон в городе начнется 15 октября"


def test_donation_appeal_and_other_materials_list_leave_the_body() -> None:
    art = _one(
        "Портал\nНовости\nЭкономика\n"
        "Минфин пересмотрит налоговые льготы для компаний\n"
        "3 июня 2025, 15:20\n"
        "Министерство финансов подготовило поправки, которые сократят налоговые льготы для "
        "добывающих компаний, сообщили в ведомстве.\n"
        "Законопроект планируется внести до конца июня.\n"
        "Поддержите Portal.kz — мы существуем благодаря читателям\n"
        "Другие материалы\n"
        "Сколько стоит бензин в регионах\n"
        "30 мая 2025\n"
    )
    assert "Поддержите" not in art.body
    assert "бензин" not in art.body


def test_agency_credit_line_place_after_stamp_and_share_bar_words() -> None:
    text = (
        "Rail freight volumes climb to record in January\n"
        "Coal and container traffic lifted loadings across all zones\n"
        "Updated - February 02, 2025 09:40 am IST - MUMBAI\n"
        "IANS\n"
        "Share\n"
        "READ LATER\n"
        "Indian Railways loaded a record 142 million tonnes of freight in January, the "
        "ministry said on Sunday, up 6% on the same month a year earlier.\n"
        "Coal accounted for roughly half of the volume, officials said."
    )
    art = extract("h.txt", text.encode("utf-8"))[0].article
    assert art.title == "Rail freight volumes climb to record in January"
    assert art.source == "IANS" and art.dateline == "Mumbai"
    assert art.published is not None and art.published.hour == 9
    assert art.body.startswith("Indian Railways loaded")
