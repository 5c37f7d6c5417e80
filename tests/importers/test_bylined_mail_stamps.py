"""A newsletter's item whose stamp by the headline names the reporter, not an outlet
('Jane Doe · Fri, 21 Nov, 2025 - 07:42'): the name is the author, the source stays the
sender's, as for any other item of the newsletter."""

from __future__ import annotations

import pytest

from tests.importers.makers import articles_of, mail_bytes

_TEXTS = {
    "en": [
        "The regional council has again delayed its decision on the new harbour bridge, saying "
        "it needs more time to assess the submissions on noise and traffic.",
        "A ruling is now expected by the end of February, the third time the deadline has been "
        "extended since the application was lodged last year.",
    ],
    "de": [
        "Der Stadtrat von Beispielstadt hat die Entscheidung über die neue Hafenbrücke erneut "
        "vertagt, weil noch zahlreiche Einwendungen geprüft werden müssen.",
        "Eine Entscheidung wird nun bis Ende Februar erwartet, zum dritten Mal wurde die Frist "
        "verlängert, seit der Antrag im vergangenen Jahr gestellt wurde.",
    ],
    "ru": [
        "Городской совет Приморска снова отложил решение о строительстве нового моста через "
        "гавань, сославшись на необходимость изучить замечания жителей.",
        "Теперь решение ожидается к концу февраля, срок переносится уже в третий раз с тех пор, "
        "как заявка была подана в прошлом году.",
    ],
}


def _alert(stamp: str, lang: str, headline: str) -> bytes:
    paras = "".join(f"<p>{t}</p>" for t in _TEXTS[lang])
    html = (
        "<html><body><p>Breaking News Alert</p><p>Politics</p>"
        f"<h2>{headline}</h2><p>{stamp}</p>{paras}"
        "<p>You are receiving this email because you signed up for alerts.</p>"
        "<p>© 2025 Example Harbour News</p></body></html>"
    )
    return mail_bytes(
        "Example Harbour News <alerts@harbournews.example>", headline, html, subtype="html"
    )


@pytest.mark.parametrize(
    ("stamp", "lang", "name"),
    [
        ("Jane Harbour · Fri, 21 Nov, 2025 - 07:42", "en", "Jane Harbour"),
        ("Eva Muster · 21.11.2025, 07:42 Uhr", "de", "Eva Muster"),
        ("Ирина Примерова · 21 ноября 2025, 07:42", "ru", "Ирина Примерова"),
    ],
)
def test_a_name_in_the_stamp_is_the_author(stamp: str, lang: str, name: str) -> None:
    (art,) = articles_of("alert.eml", _alert(stamp, lang, "Council delays harbour bridge decision"))
    assert art.author == name
    assert art.source != name and "Harbour News" in art.source
    assert art.published is not None and (art.published.hour, art.published.minute) == (7, 42)


def test_an_outlet_in_the_stamp_stays_no_author() -> None:
    data = _alert("Example Gazette · Fri, 21 Nov, 2025 - 07:42", "en", "Council delays bridge")
    (art,) = articles_of("alert.eml", data)
    assert art.author != "Example Gazette"
