"""Blind batch 208's families of misses, on made-up mails unlike the batch's files.

A regional edition's newsletter signs its items with the group's bare brand in the
dateline ('КИШИНЕВ, 24 ноя – Sputnik.'); the sender names the listed edition, which is
the items' outlet.
"""

from __future__ import annotations

from app.importers.outlets import Gazetteer, Outlet, edition_of_sender

from .makers import articles_of, mail_bytes

_GZ = Gazetteer(
    [
        Outlet("Example Wire", hosts=("examplewire.com",), group="Example Group", kind="agency"),
        Outlet(
            "Example Wire Nordland",
            hosts=("examplewire.no",),
            aliases=("Example Wire Норланд",),
            group="Example Group",
        ),
        Outlet("Example Wire Weekly", hosts=("ewweekly.com",), group="Other Group"),
        Outlet("Nordland Post", hosts=("nordlandpost.no",), group="Example Group"),
    ]
)


def test_edition_of_sender_names_the_groups_listed_edition() -> None:
    assert edition_of_sender("Example Wire", "Example Wire Норланд", _GZ) == (
        "Example Wire Nordland"
    )


def test_edition_of_sender_needs_the_same_group_and_the_brand_in_its_name() -> None:
    assert edition_of_sender("Example Wire", "Example Wire Weekly", _GZ) == ""  # another group
    assert edition_of_sender("Example Wire", "Nordland Post", _GZ) == ""  # no edition's name
    assert edition_of_sender("Example Wire", "Example Wire", _GZ) == ""
    assert edition_of_sender("Example Wire", "Unknown Sender", _GZ) == ""


_ITEM = (
    "{desk}\n{title}\n24.11.2025, {clock}\n\n"
    "КИШИНЕВ, 24 ноя – Sputnik. {lead}\n\n{more}\n\n"
    "Подробнее: https://sputnik.md/20251124/{n}.html\n\n--------\n\n"
)


def test_a_regional_editions_digest_files_its_items_under_the_edition() -> None:
    items = [
        (
            "Экономика",
            "Парламент одобрил бюджет на следующий год",
            "10:15",
            "Депутаты во втором чтении приняли закон о государственном бюджете, дефицит "
            "которого составит около четырех процентов.",
            "Расходы на образование и здравоохранение вырастут, сообщили в министерстве "
            "финансов после заседания.",
        ),
        (
            "Общество",
            "В столице откроют три новых детских сада",
            "16:40",
            "Мэрия объявила, что до конца года в разных секторах города начнут работу три "
            "детских сада на восемьсот мест.",
            "Строительство финансировалось из муниципального бюджета и средств доноров, "
            "уточнили в пресс-службе.",
        ),
    ]
    body = "SPUTNIK МОЛДОВА · Главное за день · 24 ноября 2025\n\n" + "".join(
        _ITEM.format(desk=d, title=t, clock=c, lead=lead, more=m, n=k)
        for k, (d, t, c, lead, m) in enumerate(items)
    )
    body += "© 2025 Sputnik. Все права защищены.\n"
    mail = mail_bytes("Sputnik Молдова <newsletter@sputnik.md>", "Главное за 24 ноября", body)
    arts = articles_of("digest.eml", mail)
    assert [a.source for a in arts] == ["Sputnik Moldova", "Sputnik Moldova"]


_STORIES = [
    (
        "NORDSTADT",
        "Brücke über die Aach bleibt bis Mai gesperrt",
        "27.11.2025 - 16:05 Uhr | Von Jana Roth",
        "Die Sanierung der Aachbrücke dauert länger als geplant, weil Gutachter Schäden an "
        "den Lagern gefunden haben. Fußgänger müssen weiter den Umweg über den Steg nehmen.",
    ),
    (
        "OBERTAL",
        '<span style="background:#c00;color:#fff">EB+</span>Wochenmarkt: Händler wollen '
        "zurück auf den Kirchplatz",
        "",
        "Die Marktbeschicker fordern, nach dem Umbau wieder auf den Kirchplatz ziehen zu "
        "dürfen. Der Gemeinderat berät im Januar über ihren Antrag.",
    ),
    (
        "RHEIN-TAL",
        "Neue Buslinie verbindet drei Gemeinden",
        "27.11.2025 - 11:20 Uhr | Von Tim Berger",
        "Ab Dezember fährt eine neue Linie stündlich zwischen den drei Gemeinden im Tal. Der "
        "Landkreis trägt die Kosten für die ersten zwei Jahre.",
    ),
]
_CELL = (
    '<tr><td class="item"><div style="font:bold 11px Arial;color:#c00">{kicker}</div>'
    '<a href="https://link.example-bote.de/ls/click?upn={n}"><div style="font:bold 19px '
    'Georgia">{title}</div></a>{stamp}<div style="font:15px Georgia">{text}</div>'
    '<div><a href="https://link.example-bote.de/ls/click?upn={n}">Weiterlesen</a></div>'
    "</td></tr>"
)


def _bote_digest() -> list:
    cells = "".join(
        _CELL.format(
            kicker=k,
            title=t,
            stamp=f'<div style="font:11px Arial">{st}</div>' if st else "",
            text=x,
            n=n,
        )
        for n, (k, t, st, x) in enumerate(_STORIES)
    )
    html = (
        '<html><body><table width="600"><tr><td><img alt="Example Bote" '
        'src="https://www.example-bote.de/logo.png"></td></tr>'
        '<tr><td style="font:bold 24px Georgia">Bote am Abend</td></tr>'
        "<tr><td>Guten Abend, heute geht es um eine Brücke, einen Markt und eine Buslinie."
        f"</td></tr>{cells}<tr><td>Example Bote Mediengesellschaft mbH, Hauptstraße 1, "
        "78000 Beispielstadt</td></tr></table></body></html>"
    )
    mail = mail_bytes(
        "Example Bote <newsletter@example-bote.de>",
        "Bote am Abend: Brücke, Markt, Buslinie",
        html,
        subtype="html",
        date="Thu, 27 Nov 2025 18:00:00 +0100",
    )
    return articles_of("abend.eml", mail)


def test_an_outlets_digest_reads_the_kicker_in_capitals_as_the_local_desk() -> None:
    arts = _bote_digest()
    assert [a.section for a in arts] == ["Nordstadt", "Obertal", "Rhein-Tal"]


def test_the_outlets_paywall_badge_by_its_initials_before_the_headline_goes() -> None:
    arts = _bote_digest()
    assert arts[1].title == "Wochenmarkt: Händler wollen zurück auf den Kirchplatz"
