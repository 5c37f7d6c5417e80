"""A newsletter's account links over its text ("Profil bearbeiten | Abbestellen") are the
head's chrome: dropped, never the headline, and the text under them stays."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.boilerplate import is_boilerplate

PASTES = {
    "de": (
        "Wochenbrief Osteuropa\nAusgabe vom 26.11.2025\n\nProfil bearbeiten | Abbestellen\n\n"
        "Kasachstan lockt deutsche Maschinenbauer\n\n"
        "Der kasachische Investitionsminister warb in Düsseldorf um Ansiedlungen. Besonders "
        "gefragt seien Traktoren und Landtechnik, sagte er vor Unternehmern.\n\n"
        "Die Gespräche sollen im Frühjahr fortgesetzt werden, hieß es aus dem Ministerium.\n",
        "Kasachstan lockt deutsche Maschinenbauer",
    ),
    "en": (
        "Central Asia Brief\nIssue of 26 November 2025\n\nManage preferences | Unsubscribe\n\n"
        "Kazakhstan courts German engineers\n\n"
        "Kazakhstan's investment minister courted German engineering firms in Dusseldorf on "
        "Tuesday. Tractors and farm machinery were in demand, he told business leaders.\n\n"
        "Talks are to continue in the spring, the ministry said.\n",
        "Kazakhstan courts German engineers",
    ),
    "ru": (
        "Обзор СМИ Центральная Азия\nВыпуск от 26.11.2025\n\nНастройки профиля | Отписаться\n\n"
        "Казахстан привлекает немецких машиностроителей\n\n"
        "Министр инвестиций Казахстана в Дюссельдорфе призвал немецкие компании открывать "
        "производство. Особый спрос на тракторы и сельхозтехнику, сказал он.\n\n"
        "Переговоры продолжатся весной, сообщили в министерстве.\n",
        "Казахстан привлекает немецких машиностроителей",
    ),
}


@pytest.mark.parametrize("lang", PASTES)
def test_the_account_links_under_the_masthead_are_no_headline(lang: str):
    text, headline = PASTES[lang]
    (item,) = extract("paste.txt", text.encode())
    article = item.article
    assert article.title == headline
    assert "|" not in article.body and "|" not in article.lead
    last = text.strip().rsplit("\n", 1)[-1]
    assert last in article.body  # the text under the links is all there


@pytest.mark.parametrize(
    "line",
    [
        "Profil bearbeiten | Abbestellen",
        "Manage preferences | Unsubscribe",
        "Настройки профиля | Отписаться",
        "Im Browser ansehen | Newsletter abbestellen",
        "View in browser",
    ],
)
def test_account_bars_are_chrome(line: str):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        # running text and headlines that speak of these things stay
        "Leser können den Newsletter jederzeit abbestellen.",
        "Readers who unsubscribe lose access to the archive.",
        "Manage preferences, not people: a new book on leadership",
        "Profil bearbeiten: Wie Nutzer ihre Daten zurückholen",
        "Более миллиона пользователей решили отписаться от рассылки банка",
    ],
)
def test_text_about_them_is_no_chrome(line: str):
    assert not is_boilerplate(line)
