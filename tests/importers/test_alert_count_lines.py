"""A monitoring alert's count line and its medium-kind field are no headline and no text.

An alert opens with how many new clips a profile or search found ('Новые сообщения по
профилю "X": 1', 'New results for your alert "X": 3', 'Neue Treffer zum Suchauftrag X: 2')
and may label each clip's kind of medium ('Тип: Интернет-СМИ', 'Media type: Online'):
boilerplate, whatever the subject repeats; a headline that opens with 'New …' stays.
"""

from __future__ import annotations

from app.importers.boilerplate import is_boilerplate


def test_alert_count_lines_are_boilerplate() -> None:
    for line in (
        'Новые сообщения по профилю "Порт Примерск": 1',
        'New results for your alert "harbour pier": 3',
        "Neue Treffer zum Suchauftrag Hafenbrücke: 2",
        "4 new mentions",
    ):
        assert is_boilerplate(line), line


def test_medium_kind_fields_are_boilerplate() -> None:
    for line in ("Тип: Интернет-СМИ, региональное", "Media type: Online", "Medientyp: Print"):
        assert is_boilerplate(line), line


def test_headlines_opening_with_new_stay() -> None:
    for line in (
        "New results show rise in harbour traffic",
        "Новые сообщения о мошенничестве проверят в Примерске",
        "Neue Treffer für den Hafen: Stadt plant zweite Fähre",
        "New homes: 400",
        "Тип погоды изменится к выходным",
    ):
        assert not is_boilerplate(line), line


def test_subject_repeating_the_count_line_is_no_title() -> None:
    from tests.importers.makers import articles_of, mail_bytes

    text = (
        "Beispiel Monitoring\nNeue Treffer zum Suchauftrag Hafenbrücke: 1\n\n"
        "Stadt plant zweite Brücke über den Hafen\n\n"
        "Die Stadt will bis 2028 eine zweite Brücke über den Hafen bauen, die den Verkehr "
        "auf der alten Drehbrücke entlasten soll, teilte die Verwaltung am Montag mit.\n\n"
        "Die Kosten liegen nach ersten Schätzungen bei rund 40 Millionen Euro, das Land "
        "übernimmt etwa die Hälfte, den Rest trägt die Stadt aus ihrem Haushalt.\n"
    )
    data = mail_bytes(
        "Beispiel Monitoring <alert@monitor.example>",
        "Beispiel: Neue Treffer zum Suchauftrag Hafenbrücke",
        text,
    )
    (a,) = articles_of("m.eml", data)
    assert not a.title.startswith("Neue Treffer")
