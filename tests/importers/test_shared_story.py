"""An app's share mail: the story under its card, by its outlet, not the app or the sharer."""

from email.message import EmailMessage

from app.importers import extract
from app.model import Extracted


def _mail(sender: str, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "reader@example.org", subject
    msg["Date"] = "Wed, 26 Nov 2025 09:20:03 +0100"
    msg.set_content(body)
    return bytes(msg)


_PARA = (
    "The council approved the new tram depot on Tuesday after a long debate about costs, "
    "noise and the number of trees that would have to be felled along the river bank."
)


def _articles(raw: bytes):
    return [i.article for i in extract("x.eml", raw) if isinstance(i, Extracted)]


def test_card_outlet_over_headline_en():
    body = (
        'Jane Roe shared a story with you on Flipnews\n\n"Look at this."\n\n'
        "Riverton Herald\nTram depot approved after long council debate\n\n"
        "Read on Flipnews: https://flipnews.example/x\n\n---\n\n"
        f"Tram depot approved after long council debate\n\n{_PARA}\n\n{_PARA}\n\n"
        "Download the Riverton Herald app | Follow us on Instagram\n\n"
        "---\nYou received this email because Jane Roe shared a story with you."
    )
    arts = _articles(
        _mail("Jane Roe via Flipnews <share@flipnews.example>", "Jane Roe shared", body)
    )
    assert len(arts) == 1
    assert arts[0].source == "Riverton Herald"
    assert arts[0].title == "Tram depot approved after long council debate"
    assert "Look at this" not in arts[0].body
    assert "Follow us" not in arts[0].body


def test_card_outlet_under_headline_de():
    para = (
        "Der Stadtrat hat am Dienstag den Bau des neuen Straßenbahndepots beschlossen, "
        "nach einer langen Debatte über Kosten, Lärm und die Bäume am Flussufer."
    )
    body = (
        "Max Muster hat einen Artikel mit dir geteilt\n\n"
        "Straßenbahndepot kommt nach langer Debatte\n"
        "Beispielstadt Kurier\n\n---\n\n"
        f"Straßenbahndepot kommt nach langer Debatte\n\n{para}\n\n{para}\n"
    )
    sender = "Max Muster über Lesefix <teilen@lesefix.example>"
    arts = _articles(_mail(sender, "Artikel", body))
    assert len(arts) == 1
    assert arts[0].source == "Beispielstadt Kurier"


def test_card_outlet_ru():
    para = (
        "Городская дума во вторник одобрила строительство нового трамвайного депо после "
        "долгого обсуждения расходов, шума и деревьев на берегу реки."
    )
    body = (
        "Иван Петров поделился с вами статьёй\n\nVecherniy Primer\n"
        "Дума одобрила строительство депо\n\n"
        f"---\n\nДума одобрила строительство депо\n\n{para}\n\n{para}\n"
    )
    sender = "Иван Петров через Читалку <share@chitalka.example>"
    arts = _articles(_mail(sender, "Статья", body))
    assert len(arts) == 1
    assert arts[0].source == "Vecherniy Primer"


def test_newsletter_saying_with_you_is_no_share():
    body = (
        "We are happy to share our news with you\n\n---\n\n"
        f"Tram depot approved\n\n{_PARA}\n\n---\n\nBridge reopens\n\n{_PARA}\n"
    )
    arts = _articles(_mail("Riverton Herald <news@riverton.example>", "Newsletter", body))
    assert len(arts) == 2
