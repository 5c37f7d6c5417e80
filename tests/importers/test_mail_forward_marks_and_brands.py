"""A person's forward of a clipping whose only notice is the site's address ('© 66.example
— news of the town'): the address is the outlet, never the colleague who forwarded it.
"""

from __future__ import annotations

from tests.importers.makers import MAIL_DE as DE
from tests.importers.makers import MAIL_RU as RU
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of, mail_bytes

NOTE_EN = "Hi all,\n\nSee below.\n\nThanks,\nAlex"


def _forward(note: str, fields: str, headline: str, text: str, mark: str) -> bytes:
    body = f"{note}\n\n{fields}\n\n{headline}\n\n{text}\n\n{text}\n\n{mark}\n"
    return mail_bytes("Alex Example <alex@example.org>", f"FW: {headline}", body)


def test_a_forwarded_texts_address_mark_names_its_outlet() -> None:
    cases = [
        (
            "Коллеги, пересылаю.\n\nС уважением,\nОльга",
            "От: Петрова Ольга Ивановна <o.petrova@example.org>\n"
            "Отправлено: 26 ноября 2025 г. 9:14\nКому: Пресс-служба <press@example.org>\n"
            "Тема: Мост закроют на ремонт",
            "Мост закроют на ремонт почти на два года",
            RU,
            "© 66.example — новости Примерска. 18+",
            "66.example",
        ),
        (
            "Hallo zusammen,\n\nzur Info.\n\nViele Grüße\nJens",
            "Von: Jens Beispiel <jens@example.org>\nGesendet: Dienstag, 25. November 2025 "
            "07:02\nAn: Team <team@example.org>\nBetreff: Schule bekommt Anbau",
            "Schule in Nordheim bekommt einen Anbau mit Mensa",
            DE,
            "(c) nordheimer-bote.example.de – Nachrichten aus Nordheim",
            "nordheimer-bote.example.de",
        ),
        (
            NOTE_EN,
            "From: Sam Other <sam@example.org>\nSent: 25 November 2025 08:51\n"
            "To: Alex Example <alex@example.org>\nSubject: Harbour bridge",
            "Harbour bridge will stay shut until the spring, council admits",
            f"{NEWS_TEXT} {NEWS_MORE}",
            "© townnews.example.co.uk",
            "townnews.example.co.uk",
        ),
    ]
    for note, fields, headline, text, mark, outlet in cases:
        (art,) = articles_of("fw.eml", _forward(note, fields, headline, text, mark))
        assert art.source == outlet, (mark, art.source)


def test_a_photographers_mark_under_a_forward_is_no_outlet() -> None:
    fields = (
        "From: Sam Other <sam@example.org>\nSent: 25 November 2025 08:51\n"
        "To: Alex Example <alex@example.org>\nSubject: Harbour bridge"
    )
    headline = "Harbour bridge will stay shut until the spring, council admits"
    data = _forward(NOTE_EN, fields, headline, f"{NEWS_TEXT} {NEWS_MORE}", "© Max Mustermann")
    (art,) = articles_of("fw.eml", data)
    assert art.source != "Max Mustermann"


def _letter(sender: str, text: str) -> str:
    body = f"Schule bekommt einen Anbau mit Mensa und Halle\n\n{text}\n\n{text}\n"
    (art,) = articles_of("nl.eml", mail_bytes(sender, "Schule bekommt Anbau", body))
    return art.source


def test_a_newsletters_edition_words_leave_the_outlet_its_address_spells() -> None:
    assert _letter("Nordbote am Morgen <newsletter@nordbote.example>", DE) == "Nordbote"
    assert _letter("Techpost Weekly <weekly@mail.techpost.example>", NEWS_TEXT) == "Techpost"
    sender = "Harbour Times Briefing <briefing@news.harbourtimes.example>"
    assert _letter(sender, NEWS_TEXT) == "Harbour Times"


def test_an_outlet_whose_address_holds_the_edition_word_keeps_it() -> None:
    assert _letter("Example Daily <news@exampledaily.example>", NEWS_TEXT) == "Example Daily"
    assert _letter("Nordbote Kompakt <info@verlag.example>", DE) == "Nordbote Kompakt"


def test_a_plain_letter_sender_takes_the_texts_spelling_of_its_name() -> None:
    text = "Ærø Wind said on Monday that Ærø Wind would build a second park off the coast."
    assert _letter("Aero Wind IR <ir@aerowind.example>", f"{text} {NEWS_TEXT}") == "Ærø Wind"
    text = "Die Société Générale Nord hat am Montag mitgeteilt, dass die Société Générale Nord"
    assert _letter("Societe Generale Nord <p@sgn.example>", f"{text} {DE}") == (
        "Société Générale Nord"
    )
    text = "Łódź Port Authority opened a terminal; Łódź Port Authority said it cost little."
    sender = "Lodz Port Authority Investor Relations <ir@lodz.example>"
    assert _letter(sender, f"{text} {NEWS_TEXT}") == "Łódź Port Authority"


def test_a_sender_the_text_spells_once_or_not_at_all_stays_as_it_is() -> None:
    text = "Der Verein Müller hat am Montag mitgeteilt, dass er die Halle erweitert."
    assert _letter("Muller Presse <p@muller.example>", f"{text} {DE}") == "Muller Presse"
    assert _letter("Nordheim Irrigation <p@irr.example>", DE) == "Nordheim Irrigation"


def test_a_federal_bodys_compound_short_name_is_an_institution() -> None:
    from app.importers.sitename import is_institution

    for name in ("Роспотребнадзор", "Россельхознадзор", "Росстат", "Росгвардия", "Росреестр"):
        assert is_institution(name), name
    for name in ("Росбалт", "Российская газета", "Ростов"):
        assert not is_institution(name), name


def _html_release(label: str, text: str) -> str:
    html = (
        "<html><body><table><tr><td><p>Example Agency</p>"
        f"<p><b>{label}</b></p><h1>Bridge repairs begin in the spring</h1>"
        f"<p>{text}</p><p>{text}</p><p>{text}</p></td></tr></table></body></html>"
    )
    (art,) = articles_of("r.eml", mail_bytes("Press <p@agency.example>", "Bridges", html, "html"))
    return art.section


def test_a_document_kind_over_a_mailed_headline_is_no_section() -> None:
    assert _html_release("ПРЕСС-РЕЛИЗ", RU) == ""
    assert _html_release("Pressemitteilung", DE) == ""
    assert _html_release("Press release", NEWS_TEXT) == ""


def test_a_desk_over_a_mailed_headline_stays_the_section() -> None:
    assert _html_release("Verkehr", DE) == "Verkehr"
