"""Blind batch 199's families of misses, on fictional inputs unlike the batch's files.

A paper's issue line under its masthead names no outlet by its number; a letterhead's name
wraps over three lines; a listed company's 'Company announcement' is a release under its
wordmark; Firefox prints the page title at the top left and the day at the foot; a byline
runs into its weekday stamp; a 'Name in Rio de Janeiro' byline; a correction prompt and a
release's 'Contact details' heading are chrome.
"""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate, is_footer
from app.importers.byline import stamp_byline
from app.importers.compose import _byline_names
from app.importers.dates import find_dates

from .makers import articles_of, docx_with, pdf_with_layout

_RU = (
    "Городские власти утвердили проект реконструкции набережной, работы начнутся весной "
    "и продлятся около полутора лет, сообщили в пресс-службе мэрии в четверг.",
    "Стоимость работ оценивается в 1,4 млрд рублей, большую часть средств выделит "
    "региональный бюджет, остальное — федеральная программа благоустройства.",
)
_DE = (
    "Das Bundesamt hat heute neue Regeln für die Prüfung von Spielplätzen vorgestellt. Die "
    "Länder sollen die Vorgaben bis Ende 2027 in ihre eigenen Verordnungen übernehmen.",
    "Für die Umsetzung stehen in den kommenden zwei Jahren rund 40 Millionen Euro bereit, "
    "die Kommunen können die Mittel ab dem Frühjahr beim jeweiligen Land beantragen.",
)
_EN = (
    "Examplo has received a firm order for 40 turbines for a wind farm off the coast, the "
    "company said on Tuesday, with deliveries due to begin in the second half of 2028.",
    "The order includes a service agreement for 20 years and does not change the "
    "company's guidance for the year, which it confirmed at its last quarterly report.",
)


def _docx_article(paragraphs: list[str]):
    return articles_of("clip.docx", docx_with(paragraphs, table=False))[0]


# --- the issue's number under the masthead names no outlet ------------------------------


def test_issue_line_under_the_masthead_leaves_the_masthead_the_source() -> None:
    art = _docx_article(
        [
            "ПРИМЕРНЫЕ ВЕСТИ",
            "№ 88 (4012) | 12 марта 2026 г. | Общество",
            "Набережную в центре города реконструируют за полтора года",
            "Ирина Соколова",
            *_RU,
        ]
    )
    assert art.source == "Primernye Vesti"  # not the number '88 (4012)'
    assert art.section == "Общество"
    assert art.published is not None and art.published.date().isoformat() == "2026-03-12"


# --- a letterhead's name wrapped over three lines -----------------------------------------


def test_letterhead_name_wrapped_over_three_lines_is_one_issuer() -> None:
    art = _docx_article(
        [
            "Bundesamt",
            "für Spielplätze, Parks,",
            "Wege und Brunnen",
            "PRESSEMITTEILUNG",
            "Nr. 12/2026 · Berlin, 3. März 2026",
            "Neue Regeln für die Prüfung von Spielplätzen",
            *_DE,
        ]
    )
    assert art.source == "Bundesamt für Spielplätze, Parks, Wege und Brunnen"


# --- a listed company's announcement under its wordmark --------------------------------------


def test_company_announcement_under_a_dotted_wordmark_names_the_company() -> None:
    art = _docx_article(
        [
            "Examplo Wind Systems A/S · Hafenweg 3 · 8000 Aarhus C · Denmark",
            "Examplo.",
            "www.examplo.com",
            "Company announcement No. 12/2026",
            "Examplo secures firm order for 40 turbines off the coast",
            f"Aarhus, 3 March 2026 – {_EN[0]}",
            _EN[1],
        ]
    )
    assert art.source == "Examplo"
    assert art.title == "Examplo secures firm order for 40 turbines off the coast"


# --- a page Firefox printed ------------------------------------------------------------------


def _firefox_print() -> bytes:
    head = "Harbour board scraps crane deal after costs double"
    text = [
        "The harbour board has scrapped a contract for four new cranes after the projected "
        "cost of the order doubled,",
        "papers published ahead of its meeting show. The board will keep the old cranes in "
        "service until at least 2030.",
    ]
    more = [
        "A spokesperson for the board said it would not comment on the talks with the "
        "supplier while they went on,",
        "and that the loading of ships had not been affected at any point this year.",
    ]
    page = [
        (0, 822, 7.5, f"{head} • The Example Ledger"),
        (300, 822, 7.5, "https://www.example-ledger.com/2026/03/03/cranes/"),
        (23, 772, 18, "The Example Ledger"),
        (29, 750, 8.5, "News Business Science Culture Opinion Sport Weather"),
        (23, 729, 8.5, "BUSINESS"),
        (23, 704, 19, head),
        (23, 680, 11, "Costs rose from 20 to 41 million as the supplier's prices climbed"),
        (23, 660, 8, "Jane Roe Tue 3 Mar 2026 // 13:45 UTC"),
        *[(23, 636 - 17 * k, 11.5, ln) for k, ln in enumerate(text)],
        *[(23, 590 - 17 * k, 11.5, ln) for k, ln in enumerate(more)],
        (0, 17, 7.5, "1 of 1"),
        (475, 17, 7.5, "3/4/26, 10:14 AM"),
    ]
    return pdf_with_layout([page])


def test_firefox_print_header_names_the_headline_and_site() -> None:
    art = articles_of("page.pdf", _firefox_print())[0]
    assert art.title == "Harbour board scraps crane deal after costs double"
    assert art.source == "The Example Ledger"


def test_firefox_print_byline_stamp_and_capitals_label_under_the_menu() -> None:
    art = articles_of("page.pdf", _firefox_print())[0]
    assert art.author == "Jane Roe"
    assert art.published is not None
    assert art.published.replace(tzinfo=None).isoformat() == "2026-03-03T13:45:00"
    assert art.section == "Business"  # the menu's entry the label over the headline names
    assert art.body.startswith("The harbour board has scrapped")


def test_double_slash_between_date_and_time() -> None:
    hits = find_dates("Tue 3 Mar 2026 // 13:45 UTC")
    assert hits and hits[0].value.hour == 13 and hits[0].value.minute == 45


def test_name_right_before_the_stamp_weekday_is_the_byline() -> None:
    assert stamp_byline("Jane Roe Tue 3 Mar 2026 // 13:45 UTC") == "Jane Roe"


# --- a byline with a place of a particle --------------------------------------------------------


def test_byline_with_a_place_of_two_words_and_a_particle() -> None:
    assert _byline_names("Maria Example in Rio de Janeiro") == "Maria Example"
    assert _byline_names("Hans Muster in Frankfurt am Main") == "Hans Muster"


# --- chrome -------------------------------------------------------------------------------------


def test_correction_prompt_and_contact_heading_are_chrome() -> None:
    assert is_boilerplate("Ein Fehler im Artikel? Jetzt melden")
    assert is_footer("Contact details")
