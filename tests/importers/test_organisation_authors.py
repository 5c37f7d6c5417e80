"""A saved page's stated author that is a company (a JSON-LD Organization, a name with a
legal form or a street address) is not shown as the writer; a printed byline is, and a
person whose name only looks like one keeps it. Made-up pages in English, German, Russian."""

from __future__ import annotations

import json

import pytest

from app.importers import extract
from app.importers.byline import person_author

TEXT = {
    "en": "The harbour town opened a new ferry line on Monday, the mayor said, and expects "
    "two hundred passengers a day by the summer, when the second boat arrives.",
    "de": "Die Hafenstadt hat am Montag eine neue Fährlinie eröffnet, sagte der Bürgermeister, "
    "und erwartet bis zum Sommer zweihundert Fahrgäste am Tag, wenn das zweite Schiff kommt.",
    "ru": "Портовый город в понедельник открыл новую паромную линию, сообщил мэр, и к лету "
    "ожидает двести пассажиров в день, когда прибудет второе судно.",
}


def page(lang: str, author: object, byline: str = "", meta_author: str = "") -> bytes:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour town opens a ferry line",
        "datePublished": "2025-11-24T10:15:00+01:00",
        "author": author,
        "publisher": {"@type": "Organization", "name": "Example Post"},
    }
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    paragraphs = "".join(f"<p>{TEXT[lang]}</p>" for _ in range(4))
    return (
        f'<!doctype html><html lang="{lang}"><head><title>Harbour town | Example Post</title>'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        f'{meta}<meta property="og:site_name" content="Example Post"></head><body><article>'
        f"<h1>Harbour town opens a ferry line</h1>{byline}{paragraphs}</article></body></html>"
    ).encode()


def author_of(data: bytes) -> str:
    return extract("page.html", data)[0].article.author


@pytest.mark.parametrize(
    ("lang", "author"),
    [
        ("en", {"@type": "Organization", "name": "Example Media Ltd"}),
        ("de", {"@type": "NewsMediaOrganization", "name": "Beispiel Nachrichten"}),
        ("de", {"@type": "Person", "name": "Süddeutsche.de GmbH, Munich, Germany"}),
        ("de", [{"@type": "Person", "name": "Beispiel Verlag AG"}]),
        ("en", {"name": "Example Media Ltd, London"}),
        ("en", "Example Holdings Inc."),
        ("ru", {"@type": "Person", "name": "ООО «Пример Медиа», Москва"}),
        ("ru", {"@type": "Person", "name": "АО «Пример», ул. Пример, 5"}),
    ],
)
def test_a_company_stated_as_author_is_no_author(lang: str, author: object):
    assert author_of(page(lang, author)) == ""


@pytest.mark.parametrize(
    ("lang", "byline", "name"),
    [
        ("en", '<p class="byline">By John Roe</p>', "John Roe"),
        ("de", '<p class="byline">Von Max Muster</p>', "Max Muster"),
        ("ru", '<p class="author">Автор: Анна Иванова</p>', "Анна Иванова"),
    ],
)
def test_the_printed_byline_stands_in_for_a_company_author(lang: str, byline: str, name: str):
    company = {"@type": "Person", "name": "Example Media Ltd, London"}
    assert author_of(page(lang, company, byline=byline)) == name


def test_a_company_in_the_author_meta_tag_is_no_author():
    assert author_of(page("en", [], meta_author="Example Media Ltd, London")) == ""


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("en", "Thomas Ag"),  # "Ag" a surname, not "AG"
        ("ru", "Ли Ао"),  # "Ао" a name, not "АО"
        ("de", "Kim Se-ri"),
        ("en", "Peter Holding"),
    ],
)
def test_a_person_whose_name_looks_like_a_company_keeps_it(lang: str, name: str):
    assert author_of(page(lang, {"@type": "Person", "name": name})) == name


def test_a_person_with_the_employer_after_the_name_is_the_person():
    assert person_author("Jane Doe, Example Media Ltd") == "Jane Doe"
    assert person_author("Jane Doe, John Roe, Beispiel Verlag GmbH") == "Jane Doe, John Roe"
    assert person_author("Example Verlag, Hauptstraße 5, 10115 Berlin") == ""
    assert person_author("Example Press, 12 High Street, London") == ""
    assert person_author("Jane Doe, London") == "Jane Doe, London"  # a byline's place
