"""A mailed digest whose greeting by name and editor's intro stand in the same part as its
first item ('Guten Morgen, Frau X,' / intro / rubric / headline / teaser / 'Weiterlesen'):
the first item is an item, and a link's label over the next headline is no rubric."""

from __future__ import annotations

from email.message import EmailMessage

from .makers import articles_of, mail_bytes
from .makers import paste as _paste

_ITEMS = [
    (
        "Wirtschaft",
        "Stadtwerke senken den Gaspreis zum Jahreswechsel",
        "Die Stadtwerke Musterstadt geben gesunkene Einkaufspreise weiter: Ab Januar zahlen "
        "Haushalte rund acht Prozent weniger für Gas, teilte das Unternehmen am Mittwoch mit.",
    ),
    (
        "Verkehr",
        "Neue Buslinie verbindet Nordviertel und Klinikum",
        "Ab dem 14. Dezember fährt die Linie 27 im Zwanzig-Minuten-Takt vom Nordviertel bis "
        "zum Klinikum, die Fahrzeit verkürzt sich damit um eine Viertelstunde.",
    ),
    (
        "Kultur",
        "Stadttheater zeigt Uraufführung eines Heimatstücks",
        "Das Ensemble des Stadttheaters bringt am Samstag ein Stück über die Geschichte der "
        "alten Tuchfabrik auf die Bühne, geschrieben von einer jungen Autorin aus der Region.",
    ),
    (
        "Sport",
        "Handballerinnen gewinnen Derby vor ausverkaufter Halle",
        "Mit 31:27 setzte sich die HSG Musterstadt am Dienstagabend gegen den Nachbarn aus "
        "Beispielhausen durch und bleibt damit Tabellenführer der dritten Liga.",
    ),
]
_GREETING = "Guten Morgen, Frau Berger,"
_INTRO = (
    "heute geht es um günstigere Energie, eine neue Buslinie und einen Abend im Theater. "
    "Viel Freude beim Lesen wünscht Ihnen Ihre Redaktion."
)
_FOOT = "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden"
_SENDER = "Musterstädter Anzeiger <newsletter@news.example.de>"
_SUBJECT = "Der Morgen in Musterstadt – Donnerstag, 27. November 2026"
_DATE = "Thu, 27 Nov 2026 06:30:00 +0100"
_HEADS = [head for _, head, _ in _ITEMS]


def _text(item: list[str], greeting: str = _GREETING, intro: str = _INTRO) -> str:
    lines = ["Der Morgen in Musterstadt", "", greeting, "", intro, ""]
    for n, (rubric, head, teaser) in enumerate(_ITEMS):
        url = f"https://news.example.de/artikel-{n}"
        lines += [ln.format(rubric=rubric, head=head, teaser=teaser, url=url) for ln in item]
    return _paste(*lines, _FOOT)


def test_first_item_under_greeting_and_intro_is_kept() -> None:
    for shape in (
        ["{rubric}", "{head}", "", "{teaser}", "", "Weiterlesen <{url}>", ""],
        ["{rubric}", "{head}", "", "{teaser}", "", "Weiterlesen: {url}", ""],
        ["{head}", "", "{teaser}", "", "Weiterlesen: {url}", ""],
        ["{rubric}", "", "{head}", "", "{teaser}", "", "Weiterlesen", ""],
        ["{rubric}", "{head}", "", "{teaser}", "", "-----", ""],
    ):
        arts = articles_of("d.eml", mail_bytes(_SENDER, _SUBJECT, _text(shape), date=_DATE))
        assert [a.title for a in arts] == _HEADS, (shape, [a.title for a in arts])
        assert all(
            a.section in ("", rubric) for a, (rubric, _, _) in zip(arts, _ITEMS, strict=True)
        ), shape
        if "{rubric}" in shape:
            assert [a.section for a in arts] == [r for r, _, _ in _ITEMS], shape


def test_greetings_in_english_and_russian_keep_the_first_item() -> None:
    for greeting, intro in (
        (
            "Good morning, Ms Berger,",
            "today: cheaper gas, a new bus line and a night at the "
            "theatre. Enjoy the read, your editorial team.",
        ),
        (
            "Доброе утро, Анна Петровна!",
            "сегодня о дешёвом газе, новом автобусе и вечере в "
            "театре. Приятного чтения, ваша редакция.",
        ),
    ):
        shape = ["{rubric}", "{head}", "", "{teaser}", "", "Read more: {url}", ""]
        text = _text(shape, greeting, intro)
        arts = articles_of("d.eml", mail_bytes(_SENDER, _SUBJECT, text, date=_DATE))
        assert [a.title for a in arts] == _HEADS, greeting


def test_intro_signed_over_a_postscript_is_still_no_item() -> None:
    """The intro's signature over a postscript is the mail's frame: no item headlined with
    the signature, and the items under the rule stay as they were."""
    text = _paste(
        "Der Morgen in Musterstadt",
        "",
        _GREETING,
        "",
        _INTRO,
        "",
        "Mit freundlichen Grüßen",
        "",
        "P.S. Am Freitag erscheint der Newsletter wegen des Feiertags erst am Mittag, wie "
        "immer mit allen Nachrichten aus der Stadt.",
        "",
        "-----",
        _HEADS[1],
        "",
        _ITEMS[1][2],
        "",
        "-----",
        _HEADS[2],
        "",
        _ITEMS[2][2],
        "",
        "-----",
        _FOOT,
    )
    arts = articles_of("d.eml", mail_bytes(_SENDER, _SUBJECT, text, date=_DATE))
    assert [a.title for a in arts] == _HEADS[1:3]


def _html(row: str) -> str:
    rows = "".join(
        row.format(rubric=r, head=h, teaser=t, url=f"https://news.example.de/a-{n}")
        for n, (r, h, t) in enumerate(_ITEMS)
    )
    return (
        "<html><body><div><p><b>Der Morgen in Musterstadt</b></p>"
        f"<p>{_GREETING}</p><p>{_INTRO}</p>{rows}<p>{_FOOT}</p></div></body></html>"
    )


def test_read_on_link_over_the_next_headline_is_no_rubric() -> None:
    for row in (
        "<h2><a href='{url}'>{head}</a></h2><p>{teaser}</p><p><a href='{url}'>Weiterlesen</a></p>",
        "<h2><a href='{url}'>{head}</a></h2><p>{teaser}</p><p><a href='{url}'>Read more</a></p>",
        "<h2><a href='{url}'>{head}</a></h2><p>{teaser}</p><p><a href='{url}'>Подробнее</a></p>",
    ):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"], msg["Date"] = (
            _SENDER,
            "a@example.org",
            _SUBJECT,
            _DATE,
        )
        msg.set_content(_html(row), subtype="html")
        arts = articles_of("d.eml", bytes(msg))
        assert [a.title for a in arts] == _HEADS, row
        assert [a.section for a in arts] == ["", "", "", ""], row


def test_rubric_over_a_headline_stays_a_rubric() -> None:
    from app.importers.newsletter import _is_rubric, is_link_label

    for label in ("Weiterlesen", "Read more", "Mehr", "Подробнее", "Zum Artikel", "Читать далее"):
        assert is_link_label(label) and not _is_rubric(label), label
    for label in ("Wirtschaft", "Kultur", "Lesen & Lernen", "Leserbriefe", "Mehrwertsteuer"):
        assert not is_link_label(label), label
    assert _is_rubric("Wirtschaft") and _is_rubric("Leserbriefe")


def test_html_and_text_digest_with_kickers_gives_every_item() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Date"] = _SENDER, "a@example.org", _SUBJECT, _DATE
    shape = ["{rubric}", "{head}", "", "{teaser}", "", "Weiterlesen <{url}>", ""]
    msg.set_content(_text(shape))
    row = (
        "<table><tr><td>{rubric}</td></tr><tr><td><a href='{url}'><b>{head}</b></a></td></tr>"
        "<tr><td>{teaser}</td></tr><tr><td><a href='{url}'>Weiterlesen</a></td></tr></table>"
    )
    msg.add_alternative(_html(row), subtype="html")
    arts = articles_of("d.eml", bytes(msg))
    assert [(a.title, a.section) for a in arts] == [(h, r) for r, h, _ in _ITEMS]


def test_read_on_link_closing_the_teaser_leaves_every_item_its_text() -> None:
    """'… teilte das Unternehmen mit. <a>Weiterlesen</a>' in the teaser's paragraph: the
    label is no part of the text, and each headline heads its item (one of four came in,
    under another item's rubric and with a rubric for its source)."""
    row = "<span>{rubric}</span><h2>{head}</h2><p>{teaser} <a href='{url}'>Weiterlesen</a></p>"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = _SENDER, "a@example.org", _SUBJECT
    msg["Date"] = _DATE
    msg.set_content(_html(row), subtype="html")
    arts = articles_of("d.eml", bytes(msg))
    assert [(a.title, a.section) for a in arts] == [(h, r) for r, h, _ in _ITEMS]
    assert not any(a.body.rstrip().endswith("Weiterlesen") for a in arts)
