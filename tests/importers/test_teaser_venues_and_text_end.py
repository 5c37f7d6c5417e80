"""Read-also markers that name where the teaser leads ("Lesen Sie auch bei Example Plus:",
"Читайте на Example Pro:"), a marker run into its headline without punctuation, and a
teaser block after which the text never resumes (eleventh held-out batch); each rule on
its own invented lines."""

from __future__ import annotations

from datetime import datetime

from app.importers.boilerplate import is_boilerplate, is_footer, is_teaser
from app.importers.compose import compose

_PARA = (
    "Die Stadtwerke Nordstadt erhöhen zum 1. Januar die Preise für Fernwärme um durchschnittlich "
    "neun Prozent, wie das Unternehmen am Dienstag nach einer Sitzung des Aufsichtsrats mitteilte."
)
_PARA2 = (
    "Als Grund nennt das Unternehmen vor allem gestiegene Kosten für Gas und Personal sowie "
    "den Ausbau des Netzes, der bis 2030 rund 400 Millionen Euro kosten soll."
)


def test_marker_naming_its_venue_is_a_teaser() -> None:
    assert is_teaser("Lesen Sie auch bei Example Plus: Wie sicher ist die Versorgung?")
    assert is_teaser("Читайте на Example Pro: Как банки оценивают риски")
    assert is_teaser("Read more on Example: Port deal wins approval")
    assert not is_teaser("Lesen Sie auch auf der nächsten Seite, was zu tun ist.")


def test_marker_run_into_its_headline_is_a_teaser() -> None:
    assert is_teaser("Читайте также Порт Южный нарастил перевалку на 5%")
    assert is_teaser("See also Port Operator Wins Approval")
    assert not is_teaser("Читайте также нашу колонку о том, как")  # lower case: a sentence


def test_related_marker_and_newest_articles_heading() -> None:
    assert is_teaser("Passend zum Artikel")
    assert is_footer("Die neusten Artikel")


def test_long_copyright_notice_is_boilerplate() -> None:
    notice = (
        "Copyright © Example Zeitung AG. Alle Rechte vorbehalten. Eine Weiterverarbeitung, "
        "Wiederveröffentlichung oder dauerhafte Speicherung zu gewerblichen oder anderen "
        "Zwecken ohne vorherige ausdrückliche Erlaubnis von Example Zeitung ist nicht "
        "gestattet."
    )
    assert is_boilerplate(notice)
    assert not is_boilerplate(  # running text about copyright, without the © mark
        "Copyright law was changed in 2019 after a long campaign by authors and musicians, "
        "who argued that the platforms earned billions from their work while paying them "
        "almost nothing for it."
    )


def test_teaser_block_with_no_text_after_it_ends_the_text() -> None:
    text = (
        "Fernwärme wird teurer\n"
        f"{_PARA}\n"
        "Passend zum Artikel\n"
        "Gaspreise: Was Haushalte jetzt wissen müssen\n"
        f"{_PARA2}\n"
        "Mehr zum Thema Energie\n"
        "Stadtwerke Südstadt senken Strompreise\n"
        "Neues Heizkraftwerk geht in Betrieb\n"
        "Erstpublikation: 14.05.2025, 14:10 Uhr.\n"
        "Newsletter Wirtschaft\n"
        "Erhalten Sie die wichtigsten Nachrichten jeden Morgen.\n"
    )
    art = compose(text, ())
    assert art.body == f"{_PARA}\n\n{_PARA2}"
    assert art.published == datetime(2025, 5, 14, 14, 10)  # still read after the teasers


def test_teaser_headline_and_its_stamp_are_dropped_in_mid_text() -> None:
    text = (
        "Fernwärme wird teurer\n"
        f"{_PARA}\n"
        "Mehr zum Thema\n"
        "Gaspreise: Was Haushalte jetzt wissen müssen\n"
        "Eva Beispiel, 19.06.2025\n"
        f"{_PARA2}\n"
    )
    body = compose(text, ()).body
    assert "Gaspreise" not in body and "Eva Beispiel" not in body
    assert body.endswith("rund 400 Millionen Euro kosten soll.")
