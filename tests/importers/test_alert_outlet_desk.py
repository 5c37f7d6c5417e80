"""A one-clip alert's 'Outlet · Desk' line over the headline: the clip's outlet and desk."""

from email.message import EmailMessage

from app.importers import extract
from app.model import Extracted


def _alert(service: str, line: str, headline: str, byline: str, paras: list[str]) -> bytes:
    text = "".join(f"<p>{p}</p>" for p in paras)
    html = (
        f'<html><body><div>{service}</div><p>Alert: <b>"Example"</b> &mdash; 1 new result</p>'
        f"<p>You're receiving this because you set up an alert on {service}.</p><hr>"
        f"<p>{line}</p><h2>{headline}</h2><p>{byline}</p>{text}<hr>"
        f"<p>{service}, 1 Example St &middot; Unsubscribe</p></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = f"{service} Alerts <alerts@{service.lower().replace(' ', '')}.example>"
    msg["To"], msg["Subject"] = "reader@example.org", f'{service} alert: "Example"'
    msg["Date"] = "Thu, 20 Nov 2025 14:05:11 +0000"
    msg.set_content("x")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


_EN = [
    "The county council has approved a plan for new homes at the old depot site after a "
    "long debate about traffic, schools and the cost of the new access road.",
    "Councillors voted in favour of the application on Tuesday evening and said building "
    "could start next year, subject to funding from the housing department.",
]


def _one(raw: bytes):
    arts = [i.article for i in extract("x.eml", raw) if isinstance(i, Extracted)]
    assert len(arts) == 1
    return arts[0]


def test_outlet_and_desk_en():
    art = _one(
        _alert(
            "Clipwatch",
            "Riverton Gazette &middot; News",
            "Council approves plan for new homes at depot site",
            "By Jane Roe &middot; November 20, 2025",
            _EN,
        )
    )
    assert (art.source, art.section) == ("Riverton Gazette", "News")


def test_outlet_and_desk_bar_sport():
    art = _one(
        _alert(
            "Mediaspy",
            "Westbrook Courier | Sport",
            "Council approves plan for new homes at depot site",
            "By John Doe &middot; November 20, 2025",
            _EN,
        )
    )
    assert (art.source, art.section) == ("Westbrook Courier", "Sport")


def test_outlet_and_desk_de():
    paras = [
        "Der Kreistag hat am Dienstag den Bau neuer Wohnungen auf dem alten Depotgelände "
        "beschlossen, nach einer langen Debatte über Verkehr, Schulen und Kosten.",
        "Die Bauarbeiten könnten im kommenden Jahr beginnen, sofern das Land die "
        "Förderung bewilligt, sagte der Landrat nach der Sitzung.",
    ]
    art = _one(
        _alert(
            "Pressewache",
            "Beispieler Anzeiger &middot; Wirtschaft",
            "Kreistag beschließt Wohnungen auf dem Depotgelände",
            "Von Max Muster &middot; 20.11.2025",
            paras,
        )
    )
    assert (art.source, art.section) == ("Beispieler Anzeiger", "Wirtschaft")


def test_two_words_that_are_no_desk_stay():
    art = _one(
        _alert(
            "Clipwatch",
            "Riverton Gazette &middot; Jane Roe",
            "Council approves plan for new homes at depot site",
            "November 20, 2025",
            _EN,
        )
    )
    assert art.section == ""
