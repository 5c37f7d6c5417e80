"""A study's or brief's authors printed with their academic titles under the headline
("Dr. Name · Prof. Dr. Name"): the byline, the titles no part of the names."""

from __future__ import annotations

from tests.importers.makers import articles_of, docx_with

TEXT = (
    "Eine höhere Pendlerpauschale entlastet vor allem Haushalte mit hohem Einkommen, zeigt "
    "unsere Auswertung. Haushalte mit geringem Einkommen profitieren kaum davon."
)
MORE = (
    "Wir simulieren drei Varianten der Pauschale für das Jahr 2027 und vergleichen die "
    "Wirkung nach Einkommenszehnteln und Regionen."
)


def test_titled_names_under_the_headline_are_the_authors() -> None:
    paragraphs = [
        "Pendlerpauschale: Wer von der Erhöhung wirklich profitiert",
        "Dr. Jana Feldmann · Prof. Dr. Ole Brandt",
        "12. März 2025",
        TEXT,
        MORE,
    ]
    (article,) = articles_of("kurzbericht.docx", docx_with(paragraphs, table=False))
    assert article.author == "Jana Feldmann, Ole Brandt"
    assert "Feldmann" not in article.lead
    assert article.body.startswith("Eine höhere Pendlerpauschale")
