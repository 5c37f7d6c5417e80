"""A one-clip monitoring alert ends under its last rule in the service's clip footer: a
link to the clip in its portal, its licence notice and its own imprint, a line each. That
footer is no second item: the alert holds one article, read from its label rows."""

from __future__ import annotations

from app.importers.mail import _is_trailer
from tests.importers.makers import MAIL_DE, MAIL_RU, NEWS_TEXT, mail_bytes
from tests.importers.test_batch122_families import articles_of

RULE = "-" * 60


def _alert(rows: str, text: str, footer: str) -> bytes:
    head = "Beispiel Monitoring AG - Medienbeobachtung"
    body = f"{head}\n\n{rows}\n\nText:\n\n{text}\n\n{text}\n\n{RULE}\n{footer}\n"
    return mail_bytes("BEISPIEL MONITORING <alert@monitoring.example>", "Treffer: Spital", body)


def test_a_clip_footer_de_is_no_item() -> None:
    rows = (
        "Medium:             Talbote\nErscheinungsdatum:  21.11.2025\nRubrik:             Region\n"
        "Autor:              Hans Muster\n\nTitel:              Spital plant neuen Notfall"
    )
    footer = (
        "Diesen Clip im Portal ansehen: https://portal.monitoring.example/clip/1\n"
        "Urheberrechtlich geschützt. Die Weitergabe ist nur im Rahmen Ihres Vertrags gestattet.\n"
        "Beispiel Monitoring AG, Musterstrasse 15, 8000 Zürich, www.monitoring.example"
    )
    (art,) = articles_of("m.eml", _alert(rows, MAIL_DE, footer))
    assert (art.title, art.source, art.author) == (
        "Spital plant neuen Notfall",
        "Talbote",
        "Hans Muster",
    )
    assert "Portal" not in art.body


def test_a_clip_footer_en_and_ru_is_a_trailer() -> None:
    en = (
        "View this clip in the portal: https://portal.monitoring.example/c/7\n"
        "Example Monitoring Ltd, 1 High Street, Springfield, www.monitoring.example"
    )
    ru = (
        "Открыть в кабинете: https://lk.monitoring.example/7\n"
        "ООО «Пример Мониторинг», ул. Примерная, 1, Москва, www.monitoring.example"
    )
    assert _is_trailer(en)
    assert _is_trailer(ru)
    assert MAIL_RU


def test_a_digest_item_with_a_link_stays_an_item() -> None:
    item = f"Council approves the harbour plan\n{NEWS_TEXT[:150]}\nhttps://news.example/harbour"
    assert not _is_trailer(item)
