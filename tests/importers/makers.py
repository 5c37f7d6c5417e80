"""Builders for test documents and shared article text, so the tests need no third-party files."""

from __future__ import annotations

import io
import textwrap
import zipfile
from email.message import EmailMessage

#: article paragraphs for a saved page: enough text for the extractor to see an article
ARTICLE_HTML = (
    "<p>The national railway handled a record number of passenger trips in the first two "
    "months of the year, the operator said on Monday, as travel demand stayed strong.</p>"
    "<p>Freight volumes rose as well, helped by coal and grain shipments to the ports, and "
    "the operator plans to open several new lines before the end of the year.</p>"
) * 3

#: three paragraphs of a saved page's running text in English, German and Russian (a
#: council votes on a route), for pages built by ``html_page``
PARA = (
    "<p>The council voted on Tuesday evening to approve the plan after a long debate about "
    "costs, timing and the impact on residents living along the proposed route.</p>"
    "<p>Officials said construction could begin next year if funding is confirmed by the "
    "national government, which has promised to review the application in spring.</p>"
    "<p>Opponents said they would continue to campaign against the scheme and called for a "
    "public hearing before any contract is signed by the local authority.</p>"
)
PARA_DE = (
    "<p>Der Gemeinderat hat am Dienstagabend den Plan nach langer Debatte über Kosten, "
    "Zeitplan und die Folgen für die Anwohner entlang der Strecke beschlossen.</p>"
    "<p>Nach Angaben der Verwaltung könnten die Bauarbeiten im kommenden Jahr beginnen, "
    "wenn der Bund die Förderung bestätigt, die er im Frühjahr prüfen will.</p>"
    "<p>Gegner kündigten an, weiter gegen das Vorhaben vorzugehen, und forderten eine "
    "öffentliche Anhörung, bevor ein Vertrag unterschrieben wird.</p>"
)
PARA_RU = (
    "<p>Городская дума во вторник утвердила план после долгого обсуждения стоимости, сроков "
    "и последствий для жителей домов вдоль будущей трассы.</p>"
    "<p>По словам чиновников, строительство может начаться в следующем году, если "
    "федеральный бюджет подтвердит финансирование проекта весной.</p>"
    "<p>Противники проекта заявили, что продолжат добиваться общественных слушаний до "
    "подписания контракта с подрядчиком.</p>"
)


def html_page(head: str, body: str, lang: str = "en") -> bytes:
    """A saved page: ``head`` in its <head>, ``body`` in its <body>, UTF-8."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


#: two paragraphs of running text in English for pasted clippings (a tram plan)
NEWS_TEXT = (
    "The city council approved a plan on Tuesday to expand its tram network by 40 "
    "kilometres over the next decade, with the first new line due to open in 2028."
)
NEWS_MORE = (
    "Officials said the project would be financed by a mix of municipal bonds and federal "
    "grants, and that construction would start in the northern districts next spring."
)


#: a German and a Russian paragraph for mailed clippings (a cycle path, bridge repairs)
MAIL_DE = (
    "Die Stadt baut bis zum Sommer zwei neue Radwege am Ufer, teilte das Bauamt am Dienstag "
    "mit. Die Kosten liegen bei rund drei Millionen Euro, den Großteil zahlt das Land."
)
MAIL_RU = (
    "Городские власти утвердили план ремонта двенадцати мостов, работы начнутся весной и "
    "продлятся до конца следующего года, сообщили в мэрии. Подрядчик уже выбран."
)


#: two paragraphs of running text per language (de, en, ru) for pasted, mailed and
#: printed clippings (a station quarter rebuilt)
CLIP_TEXT = {
    "de": (
        "Die Stadtverwaltung hat am Dienstag neue Pläne für den Umbau des Bahnhofsviertels "
        "vorgestellt, die in den kommenden drei Jahren umgesetzt werden sollen. "
        "Anwohnerinnen und Anwohner können bis Ende Januar Stellung nehmen.",
        "Die Kosten werden auf rund zwölf Millionen Euro geschätzt, ein Drittel davon soll "
        "aus Fördermitteln des Landes kommen, wie die Verwaltung mitteilte.",
    ),
    "en": (
        "The county council on Tuesday unveiled plans to rebuild the station quarter over "
        "the next three years, with residents invited to comment until the end of January.",
        "The cost is put at about twelve million pounds, a third of which is expected to "
        "come from regional grants, the council said in a statement.",
    ),
    "ru": (
        "Администрация города во вторник представила план реконструкции привокзального "
        "района, которую планируют завершить в течение трёх лет. Жители могут направить "
        "свои предложения до конца января.",
        "Стоимость работ оценивается примерно в двенадцать миллионов рублей, треть суммы "
        "должна поступить из областного бюджета, сообщили в мэрии.",
    ),
}

#: two German paragraphs for clippings in press reviews (a school extension)
REVIEW_DE_TEXT = (
    "Die Gemeinde Nordheim baut ihre Grundschule bis zum Sommer 2027 um und erweitert sie "
    "um vier Klassenräume, wie der Bürgermeister am Montag im Gemeinderat mitteilte."
)
REVIEW_DE_MORE = (
    "Die Kosten liegen nach ersten Schätzungen bei rund 4,1 Millionen Euro, von denen das "
    "Land etwa die Hälfte übernehmen soll, der Rest kommt aus dem Haushalt der Gemeinde."
)


def articles_of(name: str, data: bytes) -> list:
    """The articles extracted from a file, after checking that every item is one."""
    from app.importers import extract
    from app.model import Extracted

    items = extract(name, data)
    assert all(isinstance(i, Extracted) for i in items), items
    return [i.article for i in items]


def article_of(text: str, name: str = "clip.txt"):
    """The article extracted from a pasted text (the first, where a text gives several)."""
    return articles_of(name, text.encode())[0]


def mail_bytes(
    sender: str,
    subject: str,
    body: str,
    subtype: str = "plain",
    date: str = "Wed, 26 Nov 2025 06:00:12 +0100",
) -> bytes:
    """A one-part message as a mail client saves it (.eml)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "desk@example.org", subject
    msg["Date"] = date
    msg.set_content(body, subtype=subtype)
    return bytes(msg)


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_with_text(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Windows-1252, Helvetica)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
    for line in lines:
        ops.append(f"{_pdf_string(line)} Tj T*")
    ops.append("ET")
    return _pdf(["\n".join(ops)])


#: a line placed on a page: left edge x, baseline y (points from the foot), type size, text
Placed = tuple[float, float, float, str]


def pdf_with_layout(pages: list[list[Placed]]) -> bytes:
    """A PDF whose pages hold the given lines where and how large they are printed."""
    streams = []
    for page in pages:
        ops = [
            f"BT /F1 {size:g} Tf 1 0 0 1 {x:g} {y:g} Tm {_pdf_string(t)} Tj ET"
            for x, y, size, t in page
        ]
        streams.append("\n".join(ops))
    return _pdf(streams)


def pdf_with_paragraphs(
    paragraphs: list[str], head: list[Placed] | None = None, top: float = 800.0
) -> bytes:
    """One PDF page: the placed `head` lines, then the paragraphs from `top` down, wrapped
    in 10-point lines with a blank line's gap between them."""
    placed = list(head or [])
    y = top
    for text in paragraphs:
        for row in textwrap.wrap(text, 85):
            placed.append((60.0, y, 10, row))
            y -= 12
        y -= 10
    return pdf_with_layout([placed])


def _pdf(streams: list[str]) -> bytes:
    """The file around the pages' content streams (one Helvetica font, A4 pages)."""
    n = len(streams)
    kids = " ".join(f"{4 + 2 * k} 0 R" for k in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for k, stream in enumerate(streams):
        data = stream.encode("cp1252")  # WinAnsiEncoding: the dashes and quotes too
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * k)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref))  # fmt: skip
    return out.getvalue()


def docx_with(paragraphs: list[str], table: bool = True) -> bytes:
    from docx import Document

    doc = Document()
    for text in paragraphs[:-1]:
        doc.add_paragraph(text)
    if table:  # a table inside the text, before the last paragraph
        cells = doc.add_table(rows=1, cols=2)
        cells.cell(0, 0).text = "Tabelle links"
        cells.cell(0, 1).text = "Tabelle rechts"
    doc.add_paragraph(paragraphs[-1])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def docx_with_header(header: str, paragraphs: list[str]) -> bytes:
    """A Word file whose page header is one line of `header` over the paragraphs."""
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def odt_with(paragraphs: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for text in paragraphs:
        doc.text.addElement(P(text=text))
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


#: three paragraphs of one made-up story (bus fares) in each language, for tests that need
#: plain running text around the chrome they test
FARES_EN = (
    "The regional government will raise bus fares by six per cent from the first of March, "
    "the transport minister confirmed in parliament on Tuesday afternoon.",
    "Commuters travelling into the capital every day face an increase of roughly two hundred "
    "pounds a year, according to figures published by the ministry.",
    "Passenger groups said the rise came after a year of cancellations and delays on most "
    "routes, and urged the minister to freeze fares until services improve.",
)
FARES_DE = (
    "Die Landesregierung erhöht die Preise für Busfahrten im kommenden März um sechs Prozent, "
    "wie der Verkehrsminister am Dienstag im Landtag bestätigte.",
    "Pendler, die täglich in die Hauptstadt fahren, müssen mit Mehrkosten von rund zweihundert "
    "Euro im Jahr rechnen, wie aus Zahlen des Ministeriums hervorgeht.",
    "Fahrgastverbände kritisierten die Erhöhung nach einem Jahr mit vielen Ausfällen und "
    "forderten, die Preise einzufrieren, bis sich der Betrieb bessert.",
)
FARES_RU = (
    "Правительство области повысит стоимость проезда в автобусах на шесть процентов с первого "
    "марта, сообщил во вторник министр транспорта на заседании парламента.",
    "Пассажиры, которые ежедневно ездят в столицу, будут платить примерно на две тысячи "
    "рублей в год больше, следует из данных министерства.",
    "Объединения пассажиров раскритиковали повышение после года отмен и задержек рейсов и "
    "призвали министра заморозить тарифы до улучшения работы.",
)


#: a council's cycle-lane story, two paragraphs per language: the running text under the
#: headers the family tests build
CYCLE_EN = (
    "The regional council approved a new cycle lane along the river on Tuesday, after two "
    "years of consultation with residents, shop owners and the local transport authority.",
    "Work on the two-kilometre route is due to start in the spring and should take about "
    "eight months, the council said, with the road open to buses during the building works.",
)
CYCLE_DE = (
    "Der Stadtrat hat am Dienstag einen neuen Radweg entlang des Flusses beschlossen, nach zwei "
    "Jahren der Beratung mit Anwohnern, Geschäftsleuten und dem örtlichen Verkehrsverbund.",
    "Die Arbeiten an der zwei Kilometer langen Strecke sollen im Frühjahr beginnen und rund acht "
    "Monate dauern, teilte die Stadt mit; die Straße bleibt für Busse während der Bauzeit offen.",
)
CYCLE_RU = (
    "Городской совет во вторник одобрил строительство новой велодорожки вдоль реки после двух "
    "лет обсуждений с жителями, владельцами магазинов и местным транспортным управлением.",
    "Работы на двухкилометровом участке начнутся весной и займут около восьми месяцев, "
    "сообщили в совете; во время строительства дорога останется открытой для автобусов.",
)


def paste(*lines: str) -> str:
    """Lines as a pasted text: one per row, a final newline."""
    return "\n".join(lines) + "\n"
