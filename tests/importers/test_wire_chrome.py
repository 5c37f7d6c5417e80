"""Wire services' pages (blind batch 135): a geographic kicker in capitals ("REGION/COUNTRY")
is no photo credit, a live ticker's entry is no headline, a caption's unlabelled "Image
Agency/Name" credit, a wire's dated sign-off under the text, "10h41" stamps, a dateline with
the country between place and day, the outlet's own case of a name in capitals, the links
box and the channel plug under the text."""

from __future__ import annotations

from app.importers.agency import parse_dateline
from app.importers.boilerplate import is_boilerplate, is_caption, is_footer
from app.importers.compose import compose
from app.importers.dates import find_dates
from app.importers.profiles import load_profiles
from app.importers.sitename import printed_latin_spelling

PROFILES = load_profiles()

DE_TEXT = (
    "Die Bischöfe des Landes haben die Regierung aufgerufen, den Menschen in den "
    "überfluteten Dörfern ohne weitere Verzögerung zu helfen. Nach Angaben der Helfer "
    "mussten mehr als zehntausend Menschen ihre Häuser verlassen, viele leben in Schulen."
)
DE_MORE = (
    "Die Ernte sei in vielen Orten vollständig vernichtet worden, sagte ein Sprecher der "
    "Hilfsorganisation am Mittwoch. Man brauche dringend sauberes Wasser und Medikamente."
)


def test_geo_kicker_in_capitals_is_no_credit() -> None:
    for kicker in ("AFRIKA/KENIA", "ASIA/INDIA", "ЕВРОПА/ИТАЛИЯ"):
        assert not is_caption(kicker), kicker
    # a photographer's credit in capitals still is one
    assert is_caption("APA/ROLAND SCHLAGER")
    assert is_caption("REUTERS/STRINGER")
    assert is_caption("Workers at the port. REUTERS/Jane Doe")


def test_geo_kicker_over_headline_under_menu_and_header_date() -> None:
    paste = "\n".join([
        "BEISPIEL DIENST",
        "Nachrichtendienst der Beispielwerke seit 1950",
        "Italiano  English  Deutsch",
        "Donnerstag, 27 November 2025",
        "Startseite  Nachrichten  Dossiers  Interviews  Archiv  Kontakt",
        "Nachrichten > Asien",
        "ASIEN/INDIEN",
        "Bischöfe fordern rasche Hilfe für die Flutopfer im Süden des Landes",
        "Chennai (Beispieldienst) – " + DE_TEXT,
        DE_MORE,
        "(JD) (Beispieldienst 21/11/2025)",
        "Links:",
        "ASIEN/INDIEN - Schulen öffnen ihre Türen für Flutopfer",
        "ASIEN/NEPAL - Caritas warnt vor Ernährungskrise",
    ])  # fmt: skip
    art = compose(paste, PROFILES)
    assert art.title == "Bischöfe fordern rasche Hilfe für die Flutopfer im Süden des Landes"
    assert art.published is not None and art.published.date().isoformat() == "2025-11-21"
    assert "Schulen öffnen" not in art.body


def test_live_ticker_entry_over_the_kicker_and_headline() -> None:
    for ticker in (
        "LIVE-TICKER: Schneefälle blockieren Passstraßen im Norden",
        "Liveblog – Wahlabend in Beispielstadt: alle Ergebnisse",
        "Онлайн: Снегопад парализовал движение в городе",
    ):
        paste = "\n".join([
            "BEISPIEL NEWS",
            "Aktuell   Politik   Europa   Frauen   Ökologie   Kultur",
            ticker,
            "ÖKOLOGIE",
            "Flusspegel sinkt auf Rekordtief – Bauern fürchten Ernteausfälle",
            "DIENSTAG, 25. NOVEMBER 2025, 11:20",
            DE_TEXT,
            DE_MORE,
        ])  # fmt: skip
        art = compose(paste, PROFILES)
        assert art.title == "Flusspegel sinkt auf Rekordtief – Bauern fürchten Ernteausfälle"
        assert art.section == "Ökologie"


def test_unlabelled_slash_credit_after_a_caption() -> None:
    for caption in (
        "Coffee farmers pick red cherries near the town. Image Exampla/Jane Roe",
        "Bauern bei der Ernte am Hang. Foto Beispiel/Max Muster",
        "Рабочие у причала в порту. Фото ТАСС/Иван Петров",
    ):
        assert is_caption(caption), caption
    assert not is_caption("Image is everything, say the coffee farmers of the region")
    paste = "\n".join([
        "EXAMPLA",
        "Home  National  Politics  Economy  Social  Culture",
        "Economy",
        "Coffee farmers expect a larger harvest as rehabilitation programme expands",
        "by Jane Roe",
        "November 19, 2025 3:45 pm",
        "Coffee farmers pick red cherries near the town. Image Exampla/Jane Roe",
        "DILI, 19 November 2025 (EXAMPLA) – Coffee farmers in the district expect this "
        "season's harvest to be around 15 percent larger than last year, following the "
        "rehabilitation of more than 2,000 hectares of old plantations.",
        "The ministry said the programme had reached around 4,800 households this year.",
    ])  # fmt: skip
    assert compose(paste, PROFILES).title.startswith("Coffee farmers expect a larger")


def test_wire_signoff_dates_the_story() -> None:
    en = "\n".join([
        "Example Wire",
        "Friday, 28 November 2025",
        "Home  World  Africa  Asia  Europe",
        "Bishops call for urgent help for flood victims in the delta region",
        "Nairobi (Example Wire) – " + "The bishops called on the government to help the "
        "displaced without delay, saying that families lived in schools and under plastic "
        "sheets with no clean water.",
        "More rain is expected until mid-December, the weather service said on Tuesday.",
        "(JD/AB) (Example Wire, 21.11.2025)",
    ])  # fmt: skip
    art = compose(en, PROFILES)
    assert art.published is not None and art.published.date().isoformat() == "2025-11-21"
    # a bracketed aside in the text with a figure is no sign-off
    assert compose(en.replace("(JD/AB) (Example Wire, 21.11.2025)", ""), PROFILES).published
    assert art.title.startswith("Bishops call")


def test_hour_letter_stamps() -> None:
    for text, hm in (
        ("22 November 2025 | 10h41", (10, 41)),
        ("22/11/2025 08h05", (8, 5)),
        ("3 de novembro de 2025, 14h30", None),  # Portuguese month: no date of ours
    ):
        hits = find_dates(text)
        if hm is None:
            continue
        assert hits and hits[0].has_time and (hits[0].value.hour, hits[0].value.minute) == hm
    # a duration with the letter is no time
    assert not any(h.has_time for h in find_dates("The 2025 season lasts 5h30 longer"))


def test_dateline_with_country_between_place_and_day() -> None:
    for line, place, credit in (
        ("BRIDGETOWN, Barbados, Nov 26, CMX – The government says", "Bridgetown", "CMX"),
        ("KINGSTON, Jamaica, 12 May, EXA – The ministry said", "Kingston", "EXA"),
        ("CASTRIES, Saint Lucia, Nov 3, CMX – Police said", "Castries", "CMX"),
    ):
        dl = parse_dateline(line, PROFILES)
        assert dl is not None and (dl.place, dl.agency) == (place, credit), line
    # a place in ordinary case with a country is no such opener
    assert parse_dateline("Barbados, Jamaica, Nov 26, so the story goes – then", PROFILES) is None


def test_printed_case_of_a_name_in_capitals() -> None:
    lines = ["EXAMPLMARKET", "Информационное агентство", "© 2025 ExamplMarket. Все права защищены."]
    assert printed_latin_spelling("ЭКЗАМПЛМАРКЕТ", lines) in ("", "ExamplMarket")
    lines = ["INFOBANK", "© 2025 InfoBank. Alle Rechte vorbehalten."]
    assert printed_latin_spelling("ИНФОБАНК", lines) == "InfoBank"
    # only the logo in capitals: nothing to case it by
    assert printed_latin_spelling("ИНФОБАНК", ["INFOBANK", "Новости"]) == ""
    # a domain's dot still joins its name
    assert printed_latin_spelling("ИНФОБАНК", ["INFOBANK", "InfoBank.md"]) == ""


def test_links_box_and_channel_plug() -> None:
    for label in ("Links:", "Weiterführende Links:", "Также по теме:", "Ссылки по теме:"):
        assert is_footer(label), label
    assert not is_footer("Links")
    for plug in (
        "ЭКЗАМПЛ в Telegram: подписывайтесь на наш канал, чтобы первыми узнавать новости.",
        "Example News on WhatsApp: follow our channel for the latest updates",
        "Beispiel auf Instagram: Folgen Sie uns für mehr Bilder",
    ):
        assert is_boilerplate(plug), plug
    assert not is_boilerplate("Власти в Telegram: заявили, что всё в порядке")
