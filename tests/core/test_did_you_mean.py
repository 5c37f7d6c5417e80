"""Did you mean, as the analyst meets it: Russian typos, words that are words, stop words."""

from __future__ import annotations

import pytest

from app.model import Article

RUSSIAN = [
    Article(
        title=f"Парламент назначил выборы {n}",
        body=f"Выборы пройдут весной, сообщила комиссия. Кандидаты {n} готовят программы. "
        "Выборы мэра пройдут отдельно.",
        language="ru",
    )
    for n in range(4)
]
ONLY_INFLECTED = Article(
    title="Итоги голосования",
    body="На выборах в городской совет победила оппозиция, говорится в сообщении.",
    language="ru",
)
GERMAN = [
    Article(
        title=f"Bericht {n} aus der Steiermark",
        body=f"Das Werk bleibt offen, weil die Aufträge reichen. Der Weg ist weit, Teil {n}.",
        language="de",
    )
    for n in range(25)
]
WEIZ = Article(
    title="Neuer Bürgermeister in Weiz",
    body="Weiz in der Oststeiermark hat einen neuen Bürgermeister gewählt.",
    language="de",
)


@pytest.fixture
def russian(archive):
    for article in RUSSIAN:
        archive.add(article)
    return archive


def test_a_russian_typo_is_corrected_to_the_archives_word(russian):
    result = russian.search("выбары", suggest=True)
    assert result.total == 0
    assert result.suggestion == "выборы"
    assert russian.search(result.suggestion).total == 4


def test_a_russian_typo_of_a_word_the_archive_only_inflects(archive):
    """No spelling near "выбары" is in the archive as written ("выборах" is two edits
    away, past the budget): a common word of the language that the search finds is."""
    archive.add(ONLY_INFLECTED)
    result = archive.search("выбары", suggest=True)
    assert result.total == 0
    assert result.suggestion == "выборы"
    assert archive.search("выборы").total == 1


def test_a_word_that_finds_clippings_as_written_is_no_typo(archive):
    for article in [*GERMAN, WEIZ]:
        archive.add(article)
    assert archive.search("Weiz").total == 1
    assert archive.search("Weiz", suggest=True).suggestion is None  # not "weil", not "weit"
    assert archive.suggest("Weiz") is None


def test_stop_words_are_never_offered(archive):
    for article in GERMAN:
        archive.add(article)
    assert archive.search("wiel", suggest=True).suggestion is None  # "weil" finds 25


def test_a_typo_inside_clippings_is_corrected_only_against_far_more(russian):
    """A query finding a little through a typo in a clipping gets the word the archive
    says far more often (20 times as many clippings have it, the correction finds more)."""
    for n in range(20):
        body = f"Выборы прошли в округе {n}."
        russian.add(Article(title=f"Выборы в регионе {n}", body=body, language="ru"))
    russian.add(Article(title="Опечатка", body="Выбары в совет назначены на март.", language="ru"))
    assert russian.search("выбары").total == 1
    assert russian.search("выбары", suggest=True).suggestion == "выборы"  # 1 against 24
    russian.add(Article(title="Ещё одна", body="Выбары снова перенесли.", language="ru"))
    assert russian.search("выбары").total == 2
    assert russian.search("выбары", suggest=True).suggestion is None  # 2 against 24
