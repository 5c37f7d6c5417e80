"""A meta row's topic label ("Thema X") or a breadcrumb's desk is no byline."""

from app.importers.chromecheck import is_chrome_author
from app.importers.compose import _is_crumb


def test_topic_label_is_no_author():
    assert is_chrome_author("Thema Finanzmarktstabilität")
    assert is_chrome_author("Topic: Energy policy")
    assert is_chrome_author("Рубрика Экономика")


def test_a_person_named_like_a_label_stays():
    assert not is_chrome_author("Thomas Themann")
    assert not is_chrome_author("Tema Petrova")  # a Latin first name, no Russian label


def test_crumb_over_headline_is_no_author():
    lines = ["Example Bank", "Home » Media » Statements", "Headline", "Text."]
    assert _is_crumb("Statements", lines, 2)
    lines = ["Beispielamt", "Startseite > Presse > Mitteilungen", "Titel", "Text."]
    assert _is_crumb("Mitteilungen", lines, 2)
    assert not _is_crumb("Jane Doe", lines, 2)
