"""Site names in the case readers know them: a domain set in capitals in a logo, a
transliterated title, the WebSite name over the owner company in JSON-LD."""

from __future__ import annotations

from app.importers import extract
from app.importers.sitename import domain_cased, latin_name


def test_domain_in_capitals_takes_its_usual_case() -> None:
    assert domain_cased("PRIMER.KZ") == "Primer.kz"
    assert domain_cased("NEWS-24.RU") == "News-24.ru"
    assert domain_cased("BBC") == "BBC"  # an acronym, no domain
    assert domain_cased("Primer.kz") == "Primer.kz"


def test_shouted_domain_masthead_becomes_the_source() -> None:
    text = "\n".join(
        [
            "PRIMER.KZ",
            "Главная",
            "Новости",
            "Экономика",
            "Цены на хлеб в Алматы выросли на 4% за месяц",
            "3 апреля 2025, 14:22",
            "Средняя цена буханки хлеба в Алматы в марте выросла на 4%, до 240 тенге,"
            " сообщили в городском управлении предпринимательства.",
            "Рост связан с подорожанием муки и электроэнергии, пояснили в ведомстве.",
            "© 2025 PRIMER.KZ. Все права защищены.",
        ]
    )
    art = extract("primer.txt", text.encode())[0].article
    assert art.source == "Primer.kz"


def test_transliterated_title_is_title_cased() -> None:
    assert latin_name("Примерская правда") == "Primerskaya Pravda"
    assert latin_name("Аргументы и факты") == "Argumenty i Fakty"
    assert latin_name("КазТАГ") == "KazTAG"


_PAGE = """<html><head><title>Dam plan approved | Example Insight</title>
<script type="application/ld+json">{"@graph":[
{"@type":"WebSite","name":"Example Insight"},
{"@type":"NewsArticle","headline":"Dam plan approved","datePublished":"2025-03-27T11:45:00",
"publisher":{"@type":"Organization","name":"EXNET"}}]}</script></head>
<body><article><h1>Dam plan approved</h1>
<p>The government approved the plan for a new dam on the river on Wednesday, the ministry
said in a statement, after two years of talks with the neighbouring countries.</p>
<p>Construction is due to start next spring and to take five years, officials said.</p>
</article></body></html>"""


def test_website_name_beats_the_publishing_company() -> None:
    art = extract("page.html", _PAGE.encode())[0].article
    assert art.source == "Example Insight"
