"""Ordinary input that rules added in session 23 misread (the reviewer's findings B1-B5):
each rule is narrowed to the case it was written for, these inputs read as before."""

from __future__ import annotations

from datetime import datetime

from tests.importers.makers import articles_of, mail_bytes

_DE_PARAS = "".join(
    f"<p>Die Stadtverwaltung teilte mit, dass die Arbeiten am Abschnitt {i} drei Wochen "
    "dauern und der Verkehr über die Nachbarstraßen umgeleitet wird.</p>"
    for i in range(1, 5)
)


def test_b1_a_share_icon_over_the_headline_names_no_source() -> None:
    """A share button's icon ('<a><img alt="Facebook"></a>') is no logo: it links away."""
    page = (
        "<html><head><meta charset='utf-8'><title>Druckversion</title></head><body>"
        "<div class='share'><a href='https://www.facebook.com/sharer.php?u=x'>"
        "<img src='/icons/facebook-logo.svg' alt='Facebook'></a></div>"
        "<h1>Bahnhofsunterführung in Nordheim wird ab Montag saniert</h1>"
        f"{_DE_PARAS}</body></html>"
    ).encode()
    (art,) = articles_of("page.html", page)
    assert art.source != "Facebook"


_EN_PARAS = "".join(
    f"<p>The championship leader said the car had improved in every sector, and that the "
    f"team expected a close fight on Sunday, part {i} of the weekend's report said.</p>"
    for i in range(1, 5)
)


def test_b2_a_lap_time_in_the_standfirst_is_no_time_of_day() -> None:
    """'His pole time 1:22.15' under the <h1> is a lap time, not the time of publication."""
    page = (
        "<html><head><meta charset='utf-8'><title>Example wins pole in Monza</title>"
        "<meta property='article:published_time' content='2026-11-29'>"
        "</head><body><article><h1>Example wins pole in Monza</h1>"
        "<p class='standfirst'>His pole time 1:22.15 was the fastest lap of the weekend.</p>"
        f"{_EN_PARAS}</article></body></html>"
    ).encode()
    (art,) = articles_of("pole.html", page)
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2026, 11, 29)


_MAIL_DE = (
    "Der Stadtrat hat am Montag nach langer Debatte beschlossen, die Brücke über den Fluss "
    "bis zum Sommer zu sanieren. Die Arbeiten sollen im März beginnen."
)


def test_b3_a_plain_mails_article_headings_are_no_clip_counters() -> None:
    """'Artikel 1' / 'Artikel 2' over a plain mail's paragraphs are its own headings: the
    mail stays one item under its subject, both paragraphs in its text."""
    from app.importers import extract
    from app.model import Extracted

    body = (
        "Liebe Kolleginnen und Kollegen,\n\nanbei die beiden Absätze der neuen Satzung, "
        "über die wir am Donnerstag im Ausschuss sprechen, mit der Bitte um Durchsicht.\n\n"
        f"Artikel 1\n\n{_MAIL_DE}\n\nArtikel 2\n\n{_MAIL_DE}\n\nViele Grüße\nJana Beispiel\n"
    )
    data = mail_bytes("Jana <jana@example.org>", "Neue Satzung zur Brückensanierung", body)
    arts = [i.article for i in extract("mail.eml", data) if isinstance(i, Extracted)]
    assert len(arts) == 1
    assert arts[0].title == "Neue Satzung zur Brückensanierung"
    assert arts[0].body.count("Der Stadtrat hat am Montag") == 2


def test_b3_counted_clips_still_split() -> None:
    """'Treffer 1 von 2' counters split a report even without field rows."""
    from app.importers import extract
    from app.model import Extracted

    body = (
        "Guten Morgen,\n\nhier die Treffer von heute.\n\n"
        f"Treffer 1 von 2\n\nBrücke wird saniert\n\n{_MAIL_DE}\n\n"
        f"Treffer 2 von 2\n\nKosten der Brücke steigen\n\n{_MAIL_DE}\n"
    )
    data = mail_bytes("Monitor <m@monitor.example>", "Treffer", body)
    arts = [i.article for i in extract("mail.eml", data) if isinstance(i, Extracted)]
    assert len(arts) >= 2


def test_b5_a_host_that_clips_our_word_is_no_other_spelling() -> None:
    """'vestiural.ru' runs 'Vesti Urala' together with its ending cut: no English 'Ural'."""
    from app.importers.sitename import host_spelled_words

    assert host_spelled_words("Вести Урала", "Vesti Urala", ["vestiural.ru"]) == ""
    assert host_spelled_words("Ритм Евразии", "Ritm Evrazii", ["ritmeurasia.ru"]) == (
        "Ritm Eurasia"
    )


def test_b4_bare_author_sign_offs_are_no_topic_headings() -> None:
    """A review whose cover ends on a plain line ('Stadtwerke Beispiel') and whose
    clippings each end on their writer's bare name keeps those names as the authors."""
    from app.importers.base import Context
    from app.importers.review import document_items
    from app.model import Extracted

    from .makers import CYCLE_DE, FARES_DE

    def clip(outlet: str, head: str, author: str, text: list[str]) -> list[str]:
        return [f"{outlet} · 01.12.2026 · S. 5 · POLITIK", head, *text, author]

    text = "\n".join(
        [
            "Pressespiegel",
            "Stadtwerke Beispiel",
            *clip("BEISPIEL POST", "Stadt beschließt Radweg", "Jana Beispiel", [*CYCLE_DE]),
            *clip("MUSTER ZEITUNG", "Busfahren wird teurer", "Jonas Muster", [*FARES_DE]),
            *clip("BEISPIEL BOTE", "Fahrgäste fordern Preisstopp", "Erika Probe", [*FARES_DE]),
        ]
    )
    items = document_items(text, Context(profiles=()), "review.pdf")
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert [a.author for a in arts][:2] == ["Jana Beispiel", "Jonas Muster"]
