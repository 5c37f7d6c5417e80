"""A printed page's byline: the name alone between the standfirst and the picture's
caption, which a printed page sets without a full stop before its credit ("… im Depot
Foto Name"). Each test holds a small made-up page."""

from __future__ import annotations

from app.importers import boilerplate as bp
from tests.importers.makers import articles_of, docx_with, pdf_with_paragraphs

TEXT = (
    "Bremen. Die Stadt stellt bis zum Sommer zwölf neue Busse in Dienst, teilte die "
    "Verkehrsbehörde am Montag mit. Die ersten Fahrzeuge stehen bereits im Depot."
)
MORE = (
    "Die neuen Busse fahren auf den Linien 4 und 6, die das Zentrum mit den Vororten "
    "verbinden. Jeder Wagen hat Klimaanlage und Platz für zwei Rollstühle."
)


def test_a_caption_credit_without_a_stop_marks_a_caption() -> None:
    assert bp.is_caption("Der neue Bus bei der Probefahrt im Depot Foto Anna Muster")
    assert bp.is_caption("Новый автобус на испытаниях в депо Фото Ивана Петрова")
    assert not bp.is_caption("Wir zeigen das Foto Berlin heute")
    assert not bp.is_caption("Das beste Foto des Jahres kommt aus Bremen")


def test_a_name_alone_over_the_caption_is_the_byline() -> None:
    paragraphs = [
        "VERKEHR",
        "Neue Busse rollen ab dem Sommer durch die Stadt",
        "Die Stadt bekommt zwölf Elektrobusse für die Innenstadt",
        "Klara Weidner",
        "Der neue Bus bei der Probefahrt im Depot Foto Jan Ostholt",
        TEXT,
        MORE,
    ]
    for name, data in (
        ("seite.docx", docx_with(paragraphs, table=False)),
        ("seite.pdf", pdf_with_paragraphs(paragraphs)),
    ):
        (article,) = articles_of(name, data)
        assert article.author == "Klara Weidner", name
        assert "Klara Weidner" not in article.lead, name
        assert article.body.startswith("Bremen. Die Stadt"), name
