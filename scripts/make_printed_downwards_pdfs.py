"""Make the PDFs of tests/importers/data/printed_downwards: made-up clippings printed as a
desktop app prints them (Qt's PDF writer counts the page's text space downwards and sets
ligatures), the family of PDFs whose every line came in as a paragraph of its own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_printed_downwards_pdfs.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

OUT = Path(__file__).resolve().parent.parent / "tests/importers/data/printed_downwards"

CLIP_DE = """<p style='font-size:9pt'>Beispiel Post · Wirtschaft · Donnerstag, 27. November 2025</p>
<h1>Die Regierung plant einen neuen Fonds für die Förderung von Wasserstoffprojekten im Norden</h1>
<p style='font-size:9pt'>Von Anna Berg, Hamburg</p>
<p>HAMBURG – Die Landesregierung will einen neuen Fonds für Wasserstoffprojekte auflegen. Das
Programm soll in den kommenden fünf Jahren rund 300 Millionen Euro umfassen und vor allem
kleinen Betrieben helfen, die bisher kaum Zugang zu Fördermitteln hatten.</p>
<p>Der Wirtschaftsverband begrüßte den Plan, forderte aber schnellere Genehmigungen. Die ersten
Anträge sollen im Frühjahr gestellt werden können.</p>
<p style='font-size:9pt'>Beispiel-Abo: Jetzt 1 Monat gratis testen · beispiel.de/abo</p>"""

CLIP_EN = """<p style='font-size:9pt'>The Example Herald · Business · Thursday, 27 November 2025</p>
<h1>Regional airline orders twelve new aircraft to expand its routes across the north</h1>
<p style='font-size:9pt'>By Jane Doe, Leeds</p>
<p>LEEDS – A regional airline has ordered twelve new turboprop aircraft as it plans to add
routes to smaller airports across the north of England and Scotland over the next three
years.</p>
<p>The chief executive said the order was the largest in the company's history. Deliveries are
due to start next spring.</p>
<p style='font-size:9pt'>Subscription: try one month free · example.com/subscribe</p>"""

CLIP_RU = """<p style='font-size:9pt'>Вечерний город · Экономика · 27 ноября 2025</p>
<h1>Правительство утвердило программу строительства новых мостов через реку в регионе</h1>
<p style='font-size:9pt'>Автор: Иван Петров, Омск</p>
<p>ОМСК – Правительство области утвердило программу строительства трёх новых мостов через
Иртыш. Общая стоимость работ превысит двенадцать миллиардов рублей, первые подрядчики будут
выбраны весной.</p>
<p>По словам губернатора, проект позволит разгрузить центр города. Завершить строительство
планируется к 2029 году.</p>
<p style='font-size:9pt'>Подписка: первый месяц бесплатно · example.ru/sub</p>"""


BOX = """<h1>Hafen in Zahlen</h1>
<p>Der Hafen hat im Oktober so viele Container umgeschlagen wie nie zuvor in einem Monat.
Grund seien vor allem zusätzliche Liniendienste nach Asien, teilte die Gesellschaft mit.</p>
<p>Container: 412.000<br>Schiffsanläufe: 610<br>Beschäftigte: 3.200</p>"""

LIGATURES = """<h1>Offene Fragen zum Flughafen</h1>
<p>Die Stadt will den Flughafen öffnen und die Stoffe prüfen lassen, die im Boden gefunden
wurden. Die Finanzierung ist offen, eine Entscheidung soll im Frühjahr fallen.</p>"""


def printed(html: str) -> bytes:
    """The HTML printed to PDF by Qt's text document."""
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setCreator("")
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer
    return bytes(buf.data())


def main() -> None:
    app = QGuiApplication([])  # noqa: F841  (fonts need the application)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, html in {
        "clip_de": CLIP_DE,
        "clip_en": CLIP_EN,
        "clip_ru": CLIP_RU,
        "box_de": BOX,
        "ligatures_de": LIGATURES,
    }.items():
        (OUT / f"{name}.pdf").write_bytes(printed(html))


if __name__ == "__main__":
    main()
