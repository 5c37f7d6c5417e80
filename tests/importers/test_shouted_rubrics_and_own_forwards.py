"""Mailed clippings: a rubric set in capitals ('ГОРОДСКАЯ СРЕДА') is filed in normal case
(an acronym rubric, 'ЖКХ', as it is); a person's Outlook forward is the outlet its footer
names; a caption credited to the paper in quotes is no headline; a place in capitals that the
dateline repeats is no masthead; 'Town, UK | date' over a release is no outlet."""

from __future__ import annotations

from app.importers.casing import cased_section
from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes

_MORE = "Работы будут вестись в ночное время, движение по мостам ограничат частично."


def test_a_rubric_in_capitals_over_a_mailed_headline_is_filed_in_normal_case() -> None:
    html = (
        "<html><body><p style='font-size:12px'>ГОРОДСКАЯ СРЕДА</p>"
        "<h1>В городе отремонтируют двенадцать мостов</h1>"
        f"<p>{MAIL_RU}</p><p>{_MORE}</p></body></html>"
    )
    sender = "Пример-Вести <digest@example-vesti.ru>"
    (art,) = articles_of(
        "rubric.eml",
        mail_bytes(sender, "В городе отремонтируют двенадцать мостов", html, "html"),
    )
    assert art.section == "Городская среда"


def test_rubric_casing_keeps_acronyms_and_normal_case() -> None:
    assert cased_section("ЖКХ") == "ЖКХ"
    assert cased_section("NRW") == "NRW"
    assert cased_section("ОБЩЕСТВО") == "Общество"
    assert cased_section("LOCAL NEWS") == "Local News"
    assert cased_section("ЖКХ И ТАРИФЫ") == "ЖКХ и тарифы"
    assert cased_section("Wirtschaft") == "Wirtschaft"


def _outlook_forward(article: str) -> bytes:
    """A colleague's HTML forward of a clipping under Outlook's bold Russian labels."""
    html = (
        "<html><body><p>Коллеги, добрый день!</p><p>Просьба подготовить справку.</p>"
        "<div><p><b>От:</b> Иванова Мария &lt;m.ivanova@example.ru&gt;<br>"
        "<b>Отправлено:</b> 26 ноября 2025 г. 10:41<br><b>Кому:</b> Отдел мониторинга<br>"
        "<b>Тема:</b> Пример-Вести: В городе отремонтируют двенадцать мостов</p></div>"
        f"<div>{article}</div></body></html>"
    )
    subject = "FW: Пример-Вести: В городе отремонтируют двенадцать мостов"
    return mail_bytes("Иванова Мария <m.ivanova@example.ru>", subject, html, "html")


def test_an_outlook_forward_by_a_person_is_the_outlet_its_footer_names() -> None:
    article = (
        "<h1>В городе отремонтируют двенадцать мостов</h1>"
        f"<p>{MAIL_RU}</p><p>{_MORE}</p><p>© Пример-Вести, 2025</p>"
    )
    (art,) = articles_of("fwd.eml", _outlook_forward(article))
    assert art.source == "Primer-Vesti"


def test_a_caption_credited_to_the_paper_in_quotes_is_no_headline() -> None:
    article = (
        "<h1>В городе отремонтируют двенадцать мостов</h1><p>Иван Петров<br>25.11.2025 19:20</p>"
        "<p><i>Мост через реку весной. Фото: «Пример-Вести»</i></p>"
        f"<p>{MAIL_RU}</p><p>{_MORE}</p><p>© Пример-Вести, 2025</p>"
    )
    (art,) = articles_of("fwd.eml", _outlook_forward(article))
    assert art.title == "В городе отремонтируют двенадцать мостов"


def test_a_place_in_capitals_over_the_headline_that_the_dateline_repeats_is_no_masthead() -> None:
    text = (
        "Hallo Jonas,\n\nzur Info.\n\nLG Sabine\n\n-------- Weitergeleitete Nachricht --------\n"
        "Betreff: \tNL-Update: Neue Radwege am Ufer\nDatum: \tThu, 27 Nov 2025 06:30:12 +0100\n"
        "Von: \tExample Kurier <update@example-kurier.de>\nAn: \tsabine@example.org\n\n\n"
        "NORDHEIM\n\nNeue Radwege am Ufer\n\n"
        f"Nordheim – {MAIL_DE} Die Stadt Nordheim plant weitere Wege.\n\n{MAIL_DE}\n"
    )
    sender = "Sabine Koller <sabine@example.org>"
    (art,) = articles_of(
        "fwd.eml", mail_bytes(sender, "Fwd: NL-Update: Neue Radwege am Ufer", text)
    )
    assert art.source == "Example Kurier"


def test_a_town_and_country_beside_the_day_over_a_mailed_release_is_no_outlet() -> None:
    html = (
        "<html><body><p>Derby, UK &nbsp;|&nbsp; 27.11.2025</p>"
        "<h1>Example Reactors opens a module plant</h1>"
        f"<p>{NEWS_TEXT}</p><p>{NEWS_MORE}</p></body></html>"
    )
    sender = "Example Reactors <news@example-reactors.com>"
    (art,) = articles_of(
        "release.eml", mail_bytes(sender, "Example Reactors opens a module plant", html, "html")
    )
    assert art.source == "Example Reactors"
