"""An Outlook HTML forward of a clipping by a colleague: the forwarder's directory name
('Surname, Given') is one person and no source, and the bold-label header block over the
article ('Von:' / value / … / 'Betreff:' / value) is no part of the article."""

from tests.importers.makers import articles_of, mail_bytes

_ARTICLE = (
    "<p>Beispielstadt Rundschau &gt; Region &gt; Beispielstadt</p>"
    "<p><b>Neue Buslinie verbindet Nordviertel und Bahnhof</b></p>"
    "<p>Von Maren Voigt | 23.11.2025 - 16:10 Uhr</p>"
    "<p>Beispielstadt. Ab dem kommenden Monat fährt eine neue Buslinie im Takt von zwanzig "
    "Minuten zwischen dem Nordviertel und dem Bahnhof, wie die Verkehrsbetriebe mitteilten. "
    "Die Linie soll vor allem Pendler entlasten, die bisher zweimal umsteigen mussten.</p>"
    "<p>Der Gemeinderat hatte die Strecke im Frühjahr beschlossen. Die Kosten von rund "
    "1,2 Millionen Euro im Jahr teilen sich Stadt und Landkreis, der Rest kommt aus "
    "Fahrgeldern und Zuschüssen des Landes für den Nahverkehr im ländlichen Raum.</p>"
    "<p>© Beispielstadt Rundschau 2025 – Alle Rechte vorbehalten</p>"
)
_HTML = (
    "<html><body><p>Hallo Herr Kern,</p><p>anbei der Artikel von gestern.</p>"
    "<p>Viele Grüße<br>Anna Berger<br>Pressestelle | Landratsamt Beispielkreis</p>"
    "<div><p><b>Von:</b> Berger, Anna &lt;a.berger@example-amt.de&gt;<br>"
    "<b>Gesendet:</b> Montag, 24. November 2025 08:02<br>"
    "<b>An:</b> Kern, Jonas &lt;j.kern@example-amt.de&gt;<br>"
    "<b>Betreff:</b> WG: BR: Neue Buslinie verbindet Nordviertel und Bahnhof</p></div>"
    f"{_ARTICLE}</body></html>"
)


def test_outlook_forward_by_a_directory_name_reads_the_article_under_its_header() -> None:
    data = mail_bytes(
        '"Berger, Anna" <a.berger@example-amt.de>',
        "WG: BR: Neue Buslinie verbindet Nordviertel und Bahnhof",
        _HTML,
        subtype="html",
    )
    (art,) = articles_of("fw.eml", data)
    assert art.source == "Beispielstadt Rundschau"  # its notice, not the forwarder
    assert art.title == "Neue Buslinie verbindet Nordviertel und Bahnhof"  # no subject label
    assert art.author == "Maren Voigt"  # its byline, not 'Von: Berger, Anna'
    assert art.body.startswith("Beispielstadt. Ab dem kommenden Monat")
