"""Names Russian texts also quote in Latin cross scripts in search: `Вашингтон` finds an
English text on Washington (it found nothing while the ambiguity guard held the key)."""

from __future__ import annotations

from datetime import datetime

from app.model import Article


def test_a_cyrillic_name_finds_its_latin_spelling_and_no_look_alike(archive):
    washington = archive.add(
        Article(
            title="Talks in Washington",
            body="Officials met in Washington on Tuesday to discuss grain exports.",
            published=datetime(2025, 11, 20),
            language="en",
        )
    ).id
    general = archive.add(
        Article(
            title="General assembly",
            body="The general assembly of the island nation voted on the budget.",
            published=datetime(2025, 11, 21),
            language="en",
        )
    ).id
    assert archive.search("Вашингтон").ids == [washington]
    assert archive.search("Вашингтоне").ids == [washington]
    assert archive.search("Генерал").ids == []  # a common word, not the name
    assert archive.search("Исландия").ids == []
    assert general in archive.search("general").ids


def test_every_case_of_a_russian_name_finds_its_latin_spelling(archive):
    """Газпром (nominative) found nothing of Gazprom, Газпрома/Газпроме/Газпромом did."""
    german = archive.add(
        Article(
            title="Uniper und Gazprom",
            body="Uniper verklagt Gazprom wegen ausgebliebener Gaslieferungen.",
            published=datetime(2025, 11, 20),
            language="de",
        )
    ).id
    for query in ("Газпром", "Газпрома", "Газпроме", "Газпромом", "Газпром AND Uniper"):
        assert archive.search(query).ids == [german], query
