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
