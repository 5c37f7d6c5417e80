"""The outlets gazetteer: hosts, name variants and groups become the outlet's own name."""

from __future__ import annotations

import logging

import pytest

from app.importers import outlets
from app.importers.compose import Hints, compose
from app.importers.outlets import Gazetteer, Outlet, load_gazetteer, name_key, outlet_source

# Made-up outlets: no rule may depend on a real one.
HERALD = Outlet(
    name="The Example Herald & Star",
    hosts=("exampleherald.co.uk",),
    aliases=("Example Herald and Star", "Herald & Star"),
    group="Beispiel Media Group",
    kind="newspaper",
)
BOTE = Outlet(
    name="Musterstädter Bote",
    hosts=("musterbote.de", "bote-online.de"),
    group="Beispiel Media Group",
    kind="newspaper",
)
GAZETA = Outlet(
    name="Primer Gazeta",
    hosts=("primergazeta.ru",),
    aliases=("Примерная газета",),
    kind="newspaper",
)
PORTAL = Outlet(name="Newsflow", hosts=("newsflow.example",), kind="aggregator")
TWIN_A = Outlet(name="Express Nord", hosts=("express-nord.de",), aliases=("Express",))
TWIN_B = Outlet(name="Express Süd", hosts=("express-sued.de",), aliases=("Express",))

GAZ = Gazetteer([HERALD, BOTE, GAZETA, PORTAL, TWIN_A, TWIN_B])


def resolve(source: str, **kw) -> str:
    kw.setdefault("url", "")
    kw.setdefault("lines", [])
    return outlet_source(source, gazetteer=GAZ, **kw)


def test_name_key_ignores_spelling_noise() -> None:
    assert name_key("The News & Star") == name_key("news and star")
    assert name_key("Ёлки-Палки") == name_key("елки палки")
    assert name_key("Der Bote") != name_key("Bote")


@pytest.mark.parametrize(
    ("host", "name"),
    [
        ("exampleherald.co.uk", HERALD.name),
        ("www.exampleherald.co.uk", HERALD.name),
        ("m.musterbote.de", BOTE.name),
        ("lokales.bote-online.de", BOTE.name),
        ("www.primergazeta.ru", GAZETA.name),
    ],
)
def test_host_and_its_subdomains_name_the_outlet(host: str, name: str) -> None:
    assert GAZ.for_host(host).name == name


def test_unknown_hosts_and_bare_suffixes_name_nobody() -> None:
    assert GAZ.for_host("co.uk") is None
    assert GAZ.for_host("herald.example.org") is None
    assert GAZ.for_url("not a url") is None


def test_a_variant_two_outlets_share_names_neither() -> None:
    assert GAZ.named("Express") is None
    assert GAZ.named("Express Nord") is TWIN_A


@pytest.mark.parametrize("found", ["HERALD & STAR", "Example Herald and Star", "Primer Gazeta"])
def test_a_name_the_page_prints_stays_as_printed(found: str) -> None:
    # the archive's convention: the outlet as this page writes itself
    url = "https://www.exampleherald.co.uk/news/1"
    assert resolve(found, url=url) == found


def test_the_host_names_the_outlet_for_no_source_a_group_or_a_platform() -> None:
    url = "https://www.musterbote.de/lokales/artikel-1"
    assert resolve("Beispiel Media Group", url=url) == BOTE.name
    assert resolve("Newsflow", url=url) == BOTE.name
    assert resolve("", url=url) == BOTE.name


def test_a_cyrillic_group_name_is_matched_before_its_transliteration() -> None:
    gaz = Gazetteer(
        [Outlet(name="Primer Gazeta", hosts=("primergazeta.ru",), group="Медиахолдинг Пример")]
    )
    lines = ["Текст заметки.", "primergazeta.ru"]
    got = outlet_source(
        "Mediakholding Primer", printed="Медиахолдинг Пример", url="", lines=lines, gazetteer=gaz
    )
    assert got == "Primer Gazeta"


def test_an_articles_credit_to_another_outlet_stays() -> None:
    url = "https://www.musterbote.de/politik/artikel-2"
    # the heuristics read "Quelle: Example Press" under the text: the partner's story
    assert resolve("Example Press", url=url) == "Example Press"


def test_a_group_gives_way_to_its_outlet_named_on_the_page() -> None:
    lines = [
        "Musterstädter Bote",
        "Lokales  Sport  Kultur",
        "Neue Brücke über die Mulde",
        "Der Stadtrat hat am Dienstag den Bau beschlossen.",
        "© 2025 Beispiel Media Group",
    ]
    assert resolve("Beispiel Media Group", lines=lines) == BOTE.name


def test_a_group_gives_way_to_its_outlets_printed_host() -> None:
    lines = ["Text der Meldung.", "www.exampleherald.co.uk | Kontakt | Impressum"]
    assert resolve("Beispiel Media Group", lines=lines) == HERALD.name


def test_a_group_with_no_outlet_of_it_on_the_page_stays() -> None:
    lines = ["Text der Meldung.", "Mehr bei www.primergazeta.ru"]
    assert resolve("Beispiel Media Group", lines=lines) == "Beispiel Media Group"


def test_no_gazetteer_changes_nothing() -> None:
    empty = Gazetteer([])
    assert outlet_source("", url="https://musterbote.de/", lines=[], gazetteer=empty) == ""


def test_compose_names_the_outlet_of_a_pasted_page_by_its_footer(monkeypatch) -> None:
    monkeypatch.setattr(outlets, "default_gazetteer", lambda: GAZ)
    text = "\n".join(
        [
            "Startseite",
            "Lokales",
            "Neue Brücke über die Mulde soll 2027 fertig sein",
            "Der Stadtrat hat am Dienstagabend den Neubau der Brücke über die Mulde "
            "beschlossen. Die Kosten liegen bei rund zwölf Millionen Euro.",
            "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, teilte die "
            "Stadtverwaltung mit.",
            "© 2025 Beispiel Media Group",
            "www.bote-online.de",
        ]
    )
    article = compose(text, (), Hints())
    assert article.source == BOTE.name


def test_compose_keeps_a_saved_pages_source_the_gazetteer_does_not_know(monkeypatch) -> None:
    monkeypatch.setattr(outlets, "default_gazetteer", lambda: GAZ)
    text = (
        "Neue Brücke über die Mulde soll 2027 fertig sein\n"
        "Der Stadtrat hat am Dienstagabend den Neubau der Brücke beschlossen. Die Kosten "
        "liegen bei rund zwölf Millionen Euro, teilte die Stadt mit."
    )
    hints = Hints(url="https://www.unbekannt.example/a", fallback_source="Unbekannte Zeitung")
    assert compose(text, (), hints).source == "Unbekannte Zeitung"


def test_the_users_outlets_file_extends_and_a_broken_one_is_skipped(tmp_path, caplog) -> None:
    (tmp_path / "mine.yaml").write_text(
        "- name: Kreisblatt Beispiel\n  hosts: [kreisblatt.example]\n  kind: newspaper\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.yaml").write_text("- name: [unclosed\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        gaz = load_gazetteer(tmp_path)
    assert gaz.for_host("www.kreisblatt.example").name == "Kreisblatt Beispiel"
    assert "broken.yaml" in caplog.text


def test_the_shipped_gazetteer_loads_and_every_entry_has_a_name() -> None:
    gaz = load_gazetteer(None)  # hosts: test_outlet_list_aliases (a group's site may serve it)
    assert len(gaz.outlets) > 300
    assert all(o.name.strip() for o in gaz.outlets)
    assert not [
        o.name for o in gaz.outlets if any(c.isspace() or "/" in c for h in o.hosts for c in h)
    ]


@pytest.mark.parametrize(
    "line",
    ["Musterstädter Bote · Montag, 24. November 2025 · Seite 5", "© 2025 Musterstädter Bote"],
)
def test_no_source_takes_a_known_outlet_opening_the_head_or_foot(line: str) -> None:
    lines = [line, "Neue Brücke über die Mulde", "Der Stadtrat hat den Bau beschlossen."]
    assert resolve("", lines=lines) == BOTE.name
    assert resolve("", lines=list(reversed(lines))) == BOTE.name


def test_a_plain_word_or_a_namesake_opening_a_line_names_nothing() -> None:
    gaz = Gazetteer(
        [
            Outlet(name="ThePost", hosts=("thepost.example",), aliases=("The Post",)),
            Outlet(name="Morning", hosts=("morning.example",)),
        ]
    )
    lines = ["Print", "Post", "Morning", "Neue Brücke über die Mulde", "Text."]
    assert outlet_source("", url="", lines=lines, gazetteer=gaz) == ""
    assert outlet_source("", url="", lines=["The Post | Nachrichten"], gazetteer=gaz) == "ThePost"


def test_a_known_outlet_named_inside_the_text_names_nothing() -> None:
    lines = [
        "Musterstädter Bote erweitert seine Lokalredaktion",
        "Neue Brücke über die Mulde",
        "Wie der Musterstädter Bote berichtet, beginnt der Bau im Frühjahr.",
    ]
    assert resolve("", lines=lines) == ""
