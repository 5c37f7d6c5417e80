"""A mail's closing block under its last rule (sign-off, contacts, register, disclaimer) is
no item of its own, however many paragraphs it has; a letterhead's logo acronym before the
sender's full name goes (made-up senders and outlets)."""

from app.importers.mail import _is_footer_part, _split_text
from tests.importers.makers import articles_of, mail_bytes

_RELEASE_DE = (
    "Beispielwerke bauen Wärmenetz aus\n\n"
    "Nordstadt, 18. November 2025 - Die Beispielwerke bauen ihr Wärmenetz im Norden der "
    "Stadt deutlich aus. Bis Ende 2027 entsteht eine neue, rund sechs Kilometer lange "
    "Leitung, über die bis zu 9.000 Haushalte versorgt werden sollen.\n\n"
    "Die Bauarbeiten beginnen im Februar 2026. Für Anwohnerinnen und Anwohner richten die "
    "Werke eine eigene Hotline ein, teilte das Unternehmen am Dienstag mit.\n\n"
)
_RELEASE_RU = (
    "Пример-дорога назначает дополнительные поезда\n\n"
    "Минск, 27 ноября. Пример-дорога в период новогодних праздников назначит 14 "
    "дополнительных поездов в международном и межрегиональном сообщении, сообщили в "
    "пресс-центре.\n\n"
    "Продажа билетов на дополнительные поезда уже открыта в кассах и на сайте перевозчика, "
    "пассажирам рекомендуют приобретать билеты заранее.\n\n"
)
_ITEM_EN = (
    "Port volumes rise for a third month\n\n"
    "Container volumes at Example Port rose by 6% in October, the port authority said on "
    "Friday, the third monthly rise in a row as new routes to Asia filled up.\n\n"
)


def test_closing_blocks_are_footer_parts():
    # contacts block with the office's address and phone, then its notice
    assert _is_footer_part(
        "Пресс-центр Пример-дороги\nул. Ленина, 1, г. Минск\nтел.: +375 17 000-00-00\n\n"
        "© Пример-дорога, 2025"
    )
    # the editors' contacts, then the company's register lines
    assert _is_footer_part(
        "Pressekontakt:\nBeispielwerke Kommunikation\nE-Mail: presse@beispielwerke.example\n\n"
        "Beispielwerke GmbH | Sitz: Nordstadt | Registergericht: Amtsgericht Nordstadt HRB 1"
    )
    # a sign-off over the service's usage note
    assert _is_footer_part(
        "Mit freundlichen Grüßen\nIhr Beispiel-Kundenservice\n\nNutzungshinweis: Die "
        "Inhalte sind urheberrechtlich geschützt und nur für den internen Gebrauch bestimmt."
    )
    # a company's disclaimer
    assert _is_footer_part(
        "This e-mail is confidential and may be legally privileged. If you are not the "
        "intended recipient, please notify the sender and delete it.\nExample Ltd, London"
    )
    # a digest's item under its rule: a headline over its text, no closing block
    assert not _is_footer_part(_ITEM_EN)
    # a headline that only starts like a sign-off, over its story
    assert not _is_footer_part(
        "Best of the season: Example Theatre opens winter programme\n\nThe Example "
        "Theatre opens its winter programme on Friday with three premieres and a tour."
    )


def test_release_with_contacts_and_register_under_a_rule_is_one_article_de():
    body = (
        _RELEASE_DE + "-----------------------------------------------\n"
        "Pressekontakt:\nBeispielwerke Unternehmenskommunikation\nJane Roe\n"
        "Telefon: +49 89 000-0000\nE-Mail: presse@beispielwerke.example\n\n"
        "Beispielwerke GmbH | Hauptstraße 2 | 80000 Nordstadt\n"
        "Vorsitzender des Aufsichtsrats: Oberbürgermeister der Stadt Nordstadt\n"
        "Sitz der Gesellschaft: Nordstadt | Registergericht: Amtsgericht Nordstadt HRB 1\n"
    )
    arts = articles_of(
        "pm.eml", mail_bytes("Presse <presse@bw.example>", "Pressemitteilung: Wärmenetz", body)
    )
    assert len(arts) == 1
    assert arts[0].title == "Beispielwerke bauen Wärmenetz aus"
    assert "Registergericht" not in arts[0].body


def test_release_with_press_office_block_under_a_rule_is_one_article_ru():
    body = (
        _RELEASE_RU + "---\nПресс-центр Пример-дороги\nул. Ленина, 1, 220030, г. Минск\n"
        "тел.: +375 17 000-00-00\ne-mail: press@example.by\n\n© Пример-дорога, 2025\n"
    )
    arts = articles_of("pr.eml", mail_bytes("Пресс-центр <press@example.by>", "Поезда", body))
    assert len(arts) == 1
    assert "ул. Ленина" not in arts[0].body


def test_digest_sign_off_under_its_last_rule_is_no_item():
    other = _ITEM_EN.replace("Port volumes rise for a third month", "Ferry fares frozen")
    other = other.replace("Container volumes", "Ferry volumes")
    text = (
        _ITEM_EN + "----------\n\n" + other + "----------\n\n"
        "Kind regards,\nThe Example Monitoring Team\n\n"
        "This digest is for internal use only and may not be passed on to third parties."
    )
    assert len(_split_text(text)) == 2
    # a last item that is a story stays an item
    assert len(_split_text(_ITEM_EN + "----------\n\n" + other)) == 2


def test_letterhead_acronym_before_the_senders_full_name_goes():
    body = "SWX Beispielwerke Nordstadt\nPRESSEMITTEILUNG\n18.11.2025\n\n" + _RELEASE_DE
    arts = articles_of(
        "pm.eml", mail_bytes("Beispielwerke Nordstadt <presse@bw.example>", "PM", body)
    )
    assert arts[0].source == "Beispielwerke Nordstadt"
