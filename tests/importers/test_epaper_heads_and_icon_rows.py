"""A printed page's furniture around a cutting: an e-paper's issue and page ('Nummer 268 ·
Seite 13', 'Issue 41 | Page 7', '№ 112 / стр. 5') is never the headline; a sharing bar whose
icons come first ('✉ Facebook X Print', the NUL an unmapped icon font leaves) is chrome; a
picture's placeholder caption ('[Photo] …') is no headline; the paper's running head ('Example
Tagespost · Donnerstag, 20. November 2025') names the paper, not the writer; a town's name
after its cased prefix ('Bad Homburg.', 'Schwäbisch Hall.', 'Нижний Тагил.') opens the
dateline, while two capitalised nouns ('Das Ende.') do not."""

from __future__ import annotations

from app.importers.agency import bare_dateline
from app.importers.boilerplate import is_boilerplate
from app.importers.byline import stamp_byline
from app.importers.stampline import press_running_head
from tests.importers.makers import article_of

_DE = (
    "Die Stadt will das Hallenbad im kommenden Jahr für rund vier Millionen Euro sanieren, "
    "das hat der Gemeinderat am Dienstag nach langer Debatte beschlossen."
)
_DE2 = (
    "Während der Bauzeit sollen Schulen und Vereine auf das Bad im Nachbarort ausweichen, "
    "die Stadt übernimmt dafür die Fahrtkosten der Schulklassen."
)
_EN = (
    "The county board on Tuesday approved a $4 million renovation of the public pool, "
    "ending a debate that had run for more than two years."
)
_EN2 = (
    "Schools and swim clubs will use a pool in a neighbouring town during the works, and "
    "the county will pay for the buses, officials said."
)
_RU = (
    "Городские власти в следующем году направят на ремонт бассейна около 40 миллионов "
    "рублей, такое решение во вторник приняли депутаты."
)
_RU2 = (
    "На время ремонта школьники и спортивные секции будут заниматься в бассейне соседнего "
    "района, транспорт оплатит город."
)


def test_issue_and_page_folios_are_chrome() -> None:
    for line in (
        "Nummer 268 · Seite 13",
        "Issue 41 | Page 7",
        "№ 112 / стр. 5",
        "Seite 3 · Ausgabe 12",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Nummer 5 lebt wieder auf")


def test_german_epaper_cutting() -> None:
    art = article_of(
        "\n".join(
            [
                "LOKALES",
                "Example Tagespost · Donnerstag, 20. November 2025",
                "Nummer 268 · Seite 13",
                "Hallenbad",
                "Stadt saniert das Hallenbad für vier Millionen",
                "Von Jana Beispiel",
                f"Bad Homburg. {_DE}",
                _DE2,
            ]
        )
    )
    assert art.title == "Stadt saniert das Hallenbad für vier Millionen"
    assert art.source == "Example Tagespost"
    assert art.author == "Jana Beispiel"
    assert art.dateline == "Bad Homburg"


def test_english_epaper_cutting() -> None:
    art = article_of(
        "\n".join(
            [
                "The Example Herald | November 20, 2025",
                "Issue 41 | Page 7",
                "County backs $4 million pool renovation",
                "By John Sample",
                _EN,
                _EN2,
            ]
        )
    )
    assert art.title == "County backs $4 million pool renovation"
    assert art.source == "The Example Herald"
    assert art.author == "John Sample"


def test_russian_epaper_cutting() -> None:
    art = article_of(
        "\n".join(
            [
                "№ 112 / стр. 5",
                "Бассейн отремонтируют за 40 миллионов",
                "Автор: Иван Примеров",
                f"Нижний Тагил. {_RU}",
                _RU2,
            ]
        )
    )
    assert art.title == "Бассейн отремонтируют за 40 миллионов"
    assert art.dateline == "Нижний Тагил"


def test_running_head_names_the_paper_not_a_person() -> None:
    assert (
        press_running_head("Example Tagespost · Donnerstag, 20. November 2025")
        == "Example Tagespost"
    )
    assert press_running_head("The Example Herald | November 20, 2025") == "The Example Herald"
    assert stamp_byline("Example Tagespost · Donnerstag, 20. November 2025") == ""
    # the rubric run into the name where the PDF lost the space
    glued = "Wirtschaft in der RegionExample Post · 20.11.2025"
    assert press_running_head(glued) == "Example Post"
    assert press_running_head("KREIS WESTSTADTExample Bote | 20.11.2025") == "Example Bote"
    # look-alikes: a writer or a desk before the day
    assert press_running_head("Jane Doe · 20. November 2025") == ""
    assert press_running_head("Politik · 20. November 2025") == ""
    assert stamp_byline("Jane Doe · 20. November 2025") == "Jane Doe"


def test_cased_prefix_towns_open_the_dateline() -> None:
    assert bare_dateline(f"Schwäbisch Hall. {_DE}").place == "Schwäbisch Hall"
    assert bare_dateline(f"Sankt Wendel. {_DE}").place == "Sankt Wendel"
    assert bare_dateline(f"Нижний Тагил. {_RU}").place == "Нижний Тагил"
    assert bare_dateline(f"Das Ende. {_DE}") is None


def test_icon_share_rows_and_picture_placeholders() -> None:
    for line in ("\x00 ✉ Facebook X Print", "✉ Facebook X Print", "☰ Menü"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("▶ Die Stadt will das Hallenbad im kommenden Jahr sanieren.")
    assert is_boilerplate("© 2025 Example Verlag")
    art = article_of(
        "\n".join(
            [
                "Pool renovation wins county approval after long debate",
                "By John Sample",
                "Nov 20, 2025",
                "\x00 ✉ Facebook X Print",
                "[Photo] Swimmers at the county pool, which closes for a year. John Sample, Herald",
                _EN,
                _EN2,
            ]
        )
    )
    assert art.title == "Pool renovation wins county approval after long debate"
    art = article_of(
        "\n".join(
            [
                "Hallenbad wird für vier Millionen saniert",
                "Von Jana Beispiel",
                "20.11.2025",
                "[Foto] Das Hallenbad schließt für ein Jahr.",
                _DE,
                _DE2,
            ]
        )
    )
    assert art.title == "Hallenbad wird für vier Millionen saniert"
