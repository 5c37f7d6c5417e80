"""A release signed under the text with its place and day ("Examplecity" / "November 18,
2025") is dated there when nothing by the headline is; and a body's name joining its words
with several small words ("Board of Trade and Industry of Examplia") is a copyright owner."""

from app.importers.compose import _placed_day, compose
from app.importers.profiles import default_profiles
from app.importers.sitename import copyright_owner

_EN = (
    "The board has observed that certain entities offer unregistered trading services "
    "through websites and messaging groups without any licence from the regulator at all."
)
_DE = (
    "Die Aufsicht hat festgestellt, dass mehrere Anbieter ohne Erlaubnis Wertpapiergeschäfte "
    "über Webseiten und Nachrichtengruppen anbieten und damit gegen das Gesetz verstoßen."
)
_RU = (
    "Регулятор установил, что ряд компаний предлагает услуги на рынке ценных бумаг без "
    "лицензии через сайты и группы в мессенджерах, нарушая требования закона о рынке."
)


def _release(title: str, prose: str, place: str, day: str) -> str:
    return f"{title}\n\n{prose}\n\n{prose}\n\n\n{place}\n{day}\n\nDownload PDF\nShare\n"


def test_place_and_day_under_the_text_date_the_release():
    cases = [
        (_release("Board cautions investors", _EN, "Examplecity", "November 18, 2025"), 11, 18),
        (_release("Aufsicht warnt Anleger", _DE, "Beispielstadt", "24. November 2025"), 11, 24),
        (_release("Регулятор предупреждает", _RU, "Примерск", "3 декабря 2025"), 12, 3),
    ]
    for text, month, day in cases:
        art = compose(text, default_profiles(), None)
        assert art.published is not None
        assert (art.published.month, art.published.day) == (month, day)


def test_a_listed_headline_or_sentence_over_a_day_is_no_place():
    assert _placed_day(["Examplecity", "November 18, 2025"], 1)
    assert not _placed_day(["Board cautions investors on apps", "November 18, 2025"], 1)
    assert not _placed_day(["see the notice", "November 18, 2025"], 1)
    assert not _placed_day(["PR No.71/2025", "November 18, 2025"], 1)


def test_long_body_names_are_copyright_owners():
    notice = "Copyright © Board of Trade and Industry of Examplia. All rights reserved."
    assert copyright_owner(notice) == "Board of Trade and Industry of Examplia"
    assert copyright_owner("© 2025 Bank for Reconstruction and Development of Examplia") == (
        "Bank for Reconstruction and Development of Examplia"
    )
    assert copyright_owner("© Papers on trade and transport of the world 2025") == ""
