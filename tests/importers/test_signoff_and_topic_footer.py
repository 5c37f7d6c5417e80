"""Under the text: the author's dated sign-off and a 'more on these topics' list.

Austrian papers close an article with "(Anna Muster, 24.11.2025)"; a page printed or pasted
from a site ends in "Explore more on these topics" over its topic links. Neither is text.
"""

from __future__ import annotations

from app.importers import extract
from app.importers.boilerplate import is_boilerplate, is_footer
from app.model import Extracted

PAGE = """Wohnen
Mieten in Graz steigen stärker als die Löhne
Anna Muster
24. November 2025, 06:00
Die Angebotsmieten in Graz sind im dritten Quartal um sechs Prozent gestiegen, deutlich \
stärker als die Löhne, wie eine Auswertung einer Immobilienplattform zeigt.
Vor allem kleine Wohnungen wurden teurer, weil Studierende und Singles um dieselben \
Objekte konkurrieren, sagt ein Ökonom, der für die nächsten Jahre keine Entspannung sieht.
(Anna Muster, 24.11.2025)
Explore more on these topics
Wohnen | Graz | Mieten
"""


def test_dated_sign_off_and_topic_footer_leave_the_body() -> None:
    [item] = extract("mieten.txt", PAGE.encode())
    assert isinstance(item, Extracted)
    art = item.article
    assert art.body.endswith("keine Entspannung sieht.")
    assert "(Anna Muster" not in art.body and "Explore more" not in art.body


def test_patterns() -> None:
    assert is_boilerplate("(Anna Muster, 24.11.2025)")
    assert is_boilerplate("(Jean-Luc Petit-Martin, 3.2.25)")
    assert not is_boilerplate("(Das Ministerium bestätigte das am 24.11.2025.)")
    assert is_footer("Explore more on these topics")
    assert is_footer("More on this topic")
