"""A monitoring alert's label line ('Medium: Outlet (online) | Ressort: X | Datum: … | Autor:
Y') gives the outlet without the kind of medium and the author it names; a release's date
line alone over its headline stays off the headline.
"""

from __future__ import annotations

from app.importers.stampline import one_line_stamp
from tests.importers.makers import REVIEW_DE_MORE, REVIEW_DE_TEXT, articles_of, mail_bytes


def test_the_kind_of_medium_after_the_outlet_is_no_part_of_its_name() -> None:
    stamp = one_line_stamp("Medium: Beispielkurier (online) | Ressort: Land | Datum: 24.11.2025")
    assert stamp is not None and (stamp.outlet, stamp.section) == ("Beispielkurier", "Land")


def test_a_single_alerts_label_line_names_the_author() -> None:
    html = (
        "<html><body><table><tr><td><b>MONITOR – Ihr Treffer-Alert</b></td></tr>"
        "<tr><td>Suchprofil: Schulen · 1 neuer Treffer</td></tr>"
        "<tr><td><b>Grundschule in Nordheim wird erweitert</b></td></tr>"
        "<tr><td>Medium: Beispielkurier (online) | Ressort: Land | Datum: 24.11.2025 | "
        "Autor: Jana Muster | Reichweite: 41.000</td></tr>"
        f"<tr><td><p>{REVIEW_DE_TEXT}</p><p>{REVIEW_DE_MORE}</p></td></tr></table></body></html>"
    )
    (art,) = articles_of(
        "alert.eml", mail_bytes("Monitor <alert@example.de>", "[Alert] Schulen", html, "html")
    )
    assert (art.source, art.section, art.author) == ("Beispielkurier", "Land", "Jana Muster")


_RU = [
    "Москва, 20 ноября 2025 года. – ПАО «Пример» с 15 декабря открывает новый завод в "
    "Подмосковье, на котором будут работать около трехсот человек.",
    "Строительство обошлось примерно в два миллиарда рублей, часть средств выделил "
    "региональный фонд развития промышленности по льготной программе.",
    "Компания также рассматривает возможность открытия второй очереди завода в 2027 году в "
    "зависимости от спроса на продукцию.",
]


def test_a_date_line_over_a_releases_headline_stays_its_own_line() -> None:
    """The day alone on its line over the headline is no part of it; the contact lines
    under the release's last rule are no article of their own."""
    text = (
        "ПРЕСС-СЛУЖБА ПАО «ПРИМЕР»\nДля немедленного распространения\n\n"
        "20.11.2025\n«Пример» откроет новый завод в Подмосковье\n\n"
        + "\n\n".join(_RU)
        + "\n\n***\nПресс-служба ПАО «Пример»\nТел.: +7 495 000-00-00 · press@example.ru\n"
        "Вы получили это письмо, так как подписаны на рассылку. Отписаться: ответьте «STOP».\n"
    )
    subject = "Пресс-релиз: новый завод Подмосковье"  # three words of the printed headline
    (art,) = articles_of("r.eml", mail_bytes("Пример <press@example.ru>", subject, text))
    assert art.title == "«Пример» откроет новый завод в Подмосковье"
    assert art.published.date().isoformat() == "2025-11-20"
    assert art.section == ""  # 'Для немедленного распространения' is no desk
    assert "Тел." not in art.body  # the office's contact lines under the last rule
