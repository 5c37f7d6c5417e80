"""A monitoring service's frame under its clips stays out of the text: the row of buttons
under a clip ('Original ansehen · Treffer bewerten · Alert verwalten'), the review's tally
('Всего публикаций за период: 47'), and the mail's end - the notice that it was made
automatically or is licensed for internal use, the service's contact for its monitoring,
the publisher's postal row and the row that ends in the alert's settings."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate
from app.importers.newsletter import MAIL_FOOTER
from tests.importers.makers import CLIP_TEXT, articles_of, mail_bytes


@pytest.mark.parametrize(
    "line",
    [
        "Original ansehen · Treffer bewerten · PDF herunterladen",
        "Zum Originalartikel · Treffer bewerten · Alert verwalten",
        "View original article | Rate this clip | Manage alerts",
        "Открыть оригинал · Оценить публикацию · Скачать PDF",
        "Всего публикаций за период: 31 (федеральные СМИ - 4, региональные - 27).",
        "Treffer gesamt: 12",
        "Total mentions in period: 9",
        "This content is licensed for internal use only under the Example Press licence.",
    ],
)
def test_the_alert_frame_lines_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        # running text that names the same acts stays text
        "Leser können den Beitrag bewerten und das Original im Archiv ansehen, sagte er.",
        "The regulator will rate this result against last year's figures, officials said.",
        "Всего публикаций за год в районной газете вышло больше сотни, рассказал редактор.",
        "Total mentions of the bridge in council minutes rose sharply, the report found.",
    ],
)
def test_text_naming_the_same_acts_stays(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Diese E-Mail wurde automatisch erstellt. Die Nutzung ist nur intern gestattet.",
        "This alert was generated automatically. Do not reply.",
        "Die Clippings sind urheberrechtlich geschützt und nur für den internen Gebrauch bestimmt.",
        "Beispiel Media GmbH · Hamburg · Alert-Einstellungen ändern",
        "Example Monitoring Ltd · Leeds · Manage your alerts",
        "Вопросы и предложения по мониторингу: pr@zavod.example, тел. +7 (3452) 10-20-30",
        "Fragen zum Monitoring: Anna Beispiel, +49 30 1234567",
        "625000, г. Тюмень, ул. Примерная, д. 7. Телефон редакции: +7 (3452) 11-22-33.",
    ],
)
def test_the_services_mail_end_is_a_footer(line: str) -> None:
    assert MAIL_FOOTER.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "This email was sent to every council member on Monday, the mayor said.",
        "Die Inhalte des Gutachtens sind für den internen Gebrauch der Verwaltung gedacht.",
        "Вопросы по ремонту моста жители могут задать на встрече в четверг.",
        "Der Verein · Hamburg · Einstellungen zum Datenschutz",
    ],
)
def test_look_alikes_end_no_mail(line: str) -> None:
    assert not MAIL_FOOTER.match(line)


HEADLINE = {
    "de": "Neue Pläne für das Bahnhofsviertel vorgestellt",
    "en": "Council unveils plans for the station quarter",
    "ru": "Мэрия представила план реконструкции привокзального района",
}


def _alert(lang: str, rows: str, actions: str, footer: str) -> bytes:
    text = "".join(f"<p>{p}</p>" for p in CLIP_TEXT[lang] * 3)
    html = (
        f"<html><body><table><tr><td>{rows}</td></tr><tr><td><h2>{HEADLINE[lang]}</h2>{text}"
        f'<p><a href="https://portal.monitoring.example/c/1">{actions}</a></p><hr>'
        f'<p style="font-size:11px">{footer}</p></td></tr></table></body></html>'
    )
    return mail_bytes("Example Alert <alert@monitoring.example>", "Alert: 1", html, "html")


@pytest.mark.parametrize(
    ("lang", "actions", "footer"),
    [
        (
            "de",
            "Original ansehen · Treffer bewerten · PDF herunterladen",
            "Diese E-Mail wurde automatisch erstellt. Die Nutzung der Inhalte ist "
            "ausschließlich für interne Zwecke gestattet.<br>Beispiel Media GmbH &middot; "
            "Hamburg &middot; Alert-Einstellungen ändern",
        ),
        (
            "en",
            "View original | Rate this clip | Manage alerts",
            "This alert was generated automatically.<br>Example Monitoring Ltd &middot; Leeds "
            "&middot; Manage your alerts",
        ),
        (
            "ru",
            "Открыть оригинал · Оценить публикацию",
            "Вопросы и предложения по мониторингу: pr@zavod.example<br>625000, г. Тюмень, "
            "ул. Примерная, д. 7.",
        ),
    ],
)
def test_a_one_clip_alert_keeps_only_its_text(lang: str, actions: str, footer: str) -> None:
    (art,) = articles_of("a.eml", _alert(lang, "Beispiel-Kurier", actions, footer))
    assert art.title == HEADLINE[lang]
    last = art.body.split("\n\n")[-1]
    assert last == CLIP_TEXT[lang][1], last
