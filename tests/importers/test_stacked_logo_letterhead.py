"""A release whose logo is two stacked words on every page (blind batch 52).

'Harbour' over 'Water' at the top left, the press office's label set between them at the
right, repeat on every page: the lower word goes as running too, and with the footer
opening with the same name before its registered office ('Harbour Water Services Limited.
Registered office: …') the logo names the issuer.
"""

from __future__ import annotations

import textwrap

from app.importers import extract
from app.model import Extracted
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, Placed, pdf_with_layout

FOOT = "Harbour Water Services Limited. Registered office: 1 Quay Street, Example Town"
LOGO: list[Placed] = [
    (24.0, 800.0, 9, "Harbour"),
    (410.0, 793.0, 10, "Press office"),
    (30.0, 786.0, 9, "Water"),
    (3.0, 33.0, 6.5, FOOT),
]


def test_stacked_logo_over_a_registered_footer_names_the_issuer() -> None:
    first = [*LOGO, (0.0, 730.0, 18, "Harbour wall repairs to start in spring")]
    y = 690.0
    for text in (NEWS_TEXT, NEWS_MORE):
        for row in textwrap.wrap(text, 85):
            first.append((0.0, y, 10.5, row))
            y -= 14
        y -= 10
    second = [*LOGO, (0.0, 740.0, 8, "Follow us online for service updates")]
    (item,) = extract("release.pdf", pdf_with_layout([first, second]))
    assert isinstance(item, Extracted)
    article = item.article
    assert article.title == "Harbour wall repairs to start in spring"
    assert article.source == "Harbour Water"
    assert "Water\n" not in article.body and not article.body.startswith("Water")
