"""A press office that signs for its body is no source of its own: the body is.

'Пресс-служба МЧС России' signs the release of 'МЧС России', 'Press Office of the Example
Council' that of 'Example Council'. The label goes where the body's name stays as the body
writes it (an acronym, a contracted ministry, an English name); a declined Russian name
('Пресс-служба Министерства финансов', 'Пресс-служба губернатора') keeps the label, since
cutting it would leave a genitive.
"""

from __future__ import annotations

from app.importers.sitename import plain_source


def test_press_office_label_goes() -> None:
    assert plain_source("Пресс-служба Минтранса Примерской области") == (
        "Минтранса Примерской области"
    )
    assert plain_source("Пресс-центр ГУ МВД по Примерской области") == (
        "ГУ МВД по Примерской области"
    )
    assert plain_source("Press Office of the Exampleshire Council") == "Exampleshire Council"
    assert plain_source("Harbourtown Port Authority Media Office") == "Harbourtown Port Authority"


def test_declined_names_and_bare_labels_stay() -> None:
    for name in (
        "Пресс-служба Министерства финансов Примерии",
        "Пресс-служба губернатора",
        "Press Office",
        "Пресс-служба",
        "Pressestelle der Stadt Beispielburg",
    ):
        assert plain_source(name) == name, name
