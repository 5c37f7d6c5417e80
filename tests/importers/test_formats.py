"""Each container and document format yields articles with origins and stable parts."""

from __future__ import annotations

import json
from datetime import datetime
from email.message import EmailMessage

from app.importers import SUPPORTED_SUFFIXES, detect, extract, extract_clipboard
from app.model import Extracted, ExtractionFailure
from tests.importers.conftest import SAMPLES
from tests.importers.makers import docx_with, odt_with, pdf_with_text, zip_of

STORY = [
    "Stadtwerke senken Fernwärmepreise",
    "Leipzig (dpa) - Die Stadtwerke Leipzig senken zum Jahreswechsel die Preise für "
    "Fernwärme um durchschnittlich acht Prozent, wie das Unternehmen am Montag mitteilte.",
    "Grund seien gesunkene Einkaufspreise für Erdgas, hieß es. Rund 100 000 Haushalte profitieren.",
]


def _articles(items: list) -> list:
    return [i.article for i in items if isinstance(i, Extracted)]


def test_suffixes_cover_every_format() -> None:
    for suffix in (".txt", ".md", ".html", ".htm", ".eml", ".mbox", ".pdf", ".docx", ".odt",
                   ".rtf", ".csv", ".tsv", ".jsonl", ".json", ".zip"):  # fmt: skip
        assert suffix in SUPPORTED_SUFFIXES


def test_content_sniffing_beats_the_name() -> None:
    assert detect("page.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert detect("x.dat", pdf_with_text(["a"])) == "pdf"
    assert detect("mail", b"From: a@b.c\nTo: d@e.f\nSubject: s\nDate: x\n\nbody") == "email"


def test_pdf_with_text_layer() -> None:
    [art] = _articles(extract("wärme.pdf", pdf_with_text(STORY)))
    assert art.title == STORY[0]
    assert art.source == "dpa" and art.dateline == "Leipzig" and art.language == "de"
    assert "100 000 Haushalte" in art.body


def test_docx() -> None:
    [art] = _articles(extract("wärme.docx", docx_with(STORY)))
    assert art.title == STORY[0] and art.source == "dpa"
    assert art.body.startswith("Leipzig (dpa) - Die Stadtwerke")
    assert "Tabelle links | Tabelle rechts" in art.body


def test_odt() -> None:
    [art] = _articles(extract("wärme.odt", odt_with(STORY)))
    assert art.title == STORY[0] and art.dateline == "Leipzig"


def test_rtf_in_its_code_page() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0 Arial;}}"
        rb"\f0 \'cd\'ee\'e2\'fb\'e9 \'ec\'ee\'f1\'f2\par "
        rb"\'cc\'c8\'cd\'d1\'ca, 5 \'ed\'ee\'ff\'e1\'f0\'ff (\'c1\'c5\'cb\'d2\'c0) - "
        rb"\'c2 \'ec\'e8\'ed\'f1\'ea\'ee\'ec \'f0\'e0\'e9\'ee\'ed\'e5 \'ee\'f2\'ea\'f0\'fb\'eb\'e8 "
        rb"\'ed\'ee\'e2\'fb\'e9 \'ec\'ee\'f1\'f2 \'f7\'e5\'f0\'e5\'e7 \'f0\'e5\'ea\'f3 "
        rb"\'d1\'e2\'e8\'f1\'eb\'ee\'f7\'fc, \'f1\'ee\'ee\'e1\'f9\'e8\'eb\'e8 \'e2 "
        rb"\'e3\'ee\'f0\'e8\'f1\'ef\'ee\'eb\'ea\'ee\'ec\'e5.\par}"
    )
    [art] = _articles(extract("most.rtf", rtf))
    assert art.title == "Новый мост"
    assert (art.source, art.dateline) == ("BelTA", "Минск")
    assert "через реку Свислочь" in art.body
    # WordPad and RichEdit write a NUL after the closing brace: no truncation
    [saved] = _articles(extract("most.rtf", rtf + b"\r\n\x00"))
    assert saved.title == "Новый мост"


def test_eml_digest_one_article_per_item() -> None:
    items = extract("digest.eml", (SAMPLES / "eurasia_briefing_digest.eml").read_bytes())
    assert [i.origin for i in items] == ["digest.eml#0", "digest.eml#1", "digest.eml#2"]
    arts = _articles(items)
    assert [a.original_part for a in arts] == [0, 1, 2]
    assert [a.source for a in arts] == ["BelTA", "Eurasia Wire Briefing", "AFP"]


def _mail(subject: str, body: str, sender: str = "Desk <desk@example.org>") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.org", subject
    msg["Date"] = "Tue, 04 Mar 2025 08:00:00 +0100"
    msg.set_content(body)
    return bytes(msg)


def test_mbox_every_message() -> None:
    one = _mail("Hafen Hamburg meldet Rekordumschlag", "\n".join(STORY[1:]) + "\n")
    two = _mail("Port of Rotterdam volumes fall", (
        "ROTTERDAM, March 3 (Reuters) - Cargo volumes at the port of Rotterdam fell 3% in the "
        "first two months of the year as container traffic with Asia slowed, the port said.\n"
    ))  # fmt: skip
    data = b"From desk@example.org Tue Mar  4 08:00:00 2025\n" + one + b"\n"
    data += b"From desk@example.org Tue Mar  4 09:00:00 2025\n" + two + b"\n"
    items = extract("box.mbox", data)
    arts = _articles(items)
    assert [a.title for a in arts] == ["Hafen Hamburg meldet Rekordumschlag",
                                       "Port of Rotterdam volumes fall"]  # fmt: skip
    assert [a.source for a in arts] == ["dpa", "Reuters"]
    assert arts[0].published == datetime.fromisoformat("2025-03-04T08:00:00+01:00")
    assert [i.origin for i in items] == ["box.mbox#0", "box.mbox#1"]


def test_plain_newsletter_sender_is_the_source() -> None:
    body = (
        "Die Landesregierung hat am Dienstag ein neues Förderprogramm für kleine Handwerks"
        "betriebe beschlossen. Es umfasst 50 Millionen Euro über drei Jahre.\n"
    )
    [art] = _articles(extract("n.eml", _mail("Förderprogramm für Handwerk", body)))
    assert art.source == "Desk" and art.title == "Förderprogramm für Handwerk"


def test_csv_with_default_column_names() -> None:
    csv_text = (
        "headline;text;date;tags;source\n"
        "Zinsen steigen;Die Notenbank hob den Leitzins an, wie sie am Donnerstag mitteilte.;"
        "2024-05-02;Geldpolitik, Zinsen;Handelsblatt\n"
        "Leerer Text;;2024-05-03;;\n"
    )
    items = extract("export.csv", csv_text.encode("cp1252"))
    assert isinstance(items[1], ExtractionFailure) and items[1].origin == "export.csv#1"
    [art] = _articles(items)
    assert art.title == "Zinsen steigen" and art.source == "Handelsblatt"
    assert art.published == datetime(2024, 5, 2)
    assert items[0].tags == ["Geldpolitik", "Zinsen"] and art.original_part == 0


def test_jsonl_with_explicit_mapping_and_a_bad_line() -> None:
    rows = [
        {"hl": "Wheat prices climb", "story": "CHICAGO, May 2 (Reuters) - Wheat futures rose "
         "for a third session on Thursday on worries about dry weather in the Plains.",
         "when": "1987-05-02T10:00:00", "topics": ["grain", "wheat"]},
        {"hl": "Corn steady", "story": "Corn futures were little changed in quiet trade."},
    ]  # fmt: skip
    data = "\n".join(json.dumps(r) for r in rows) + "\n{broken\n"
    mapping = {"title": "hl", "body": "story", "published": "when", "tags": "topics"}
    items = extract("w.jsonl", data.encode(), mapping=mapping)
    assert isinstance(items[2], ExtractionFailure) and "JSON" in items[2].reason
    arts = _articles(items)
    assert arts[0].title == "Wheat prices climb" and arts[0].source == "Reuters"
    assert items[0].tags == ["grain", "wheat"] and arts[1].original_part == 1


def test_json_array() -> None:
    data = json.dumps([{"title": "A short item", "body": STORY[1]}]).encode()
    [art] = _articles(extract("a.json", data))
    assert art.title == "A short item" and art.dateline == "Leipzig"


def test_zip_origins_and_parts() -> None:
    data = zip_of({
        "a/one.txt": "\n".join(STORY).encode(),
        "b/two.docx": docx_with(STORY),
        "notes.exe": b"MZ...",
        "__MACOSX/._one.txt": b"junk",
    })  # fmt: skip
    items = extract("bundle.zip", data)
    assert [i.origin for i in items] == ["bundle.zip/a/one.txt", "bundle.zip/b/two.docx",
                                         "bundle.zip/notes.exe"]  # fmt: skip
    assert isinstance(items[2], ExtractionFailure)
    assert [a.original_part for a in _articles(items)] == [0, 1]


def test_markdown_front_matter_wins() -> None:
    [item] = extract("stahl.md", (SAMPLES / "handelsblatt_de_stahl.md").read_bytes())
    art = item.article
    assert art.source == "Handelsblatt"  # not the "(dpa)" of the dateline
    assert art.title.startswith("Handelsblatt: Stahlkocher")
    assert art.url == "https://example.org/stahl-ruhrgebiet" and art.author == "Petra Lindner"
    assert item.tags == ["Stahl", "Industrie", "Region/NRW"]


def test_front_matter_in_a_txt_file() -> None:
    text = "---\ntitle: Eigener Titel\nlanguage: en\n---\n" + "\n".join(STORY)
    [art] = _articles(extract("x.txt", text.encode()))
    assert art.title == "Eigener Titel" and art.language == "en" and art.source == "dpa"


def test_html_sample_and_clipboard_html_preferred() -> None:
    html = (SAMPLES / "xinhua_en_rail.html").read_text(encoding="utf-8")
    [art] = [i.article for i in extract_clipboard("ignored plain text", html)]
    assert art.title == "China launches new cargo rail link to Central Asia"
    assert art.source == "Xinhua"


def test_clipboard_text() -> None:
    [item] = extract_clipboard("\n".join(STORY), None)
    assert item.article.source == "dpa" and item.origin == "clipboard.txt"


def test_headerless_csv_sniffed_as_section_and_body() -> None:
    """10kGNAD style: no header line, `;` between fields, `'` around them."""
    texts = [
        "Die Stadtwerke haben am Montag neue Tarife für Strom und Gas vorgestellt; "
        "die Preise sinken im Schnitt um vier Prozent, teilte das Unternehmen mit. " * 3,
        "Der Gemeinderat hat den Ausbau der Radwege beschlossen; bis 2027 sollen zwölf "
        "Kilometer neue Wege entstehen, die Kosten trägt zum Teil das Land. " * 3,
    ]
    rows = [f"Wirtschaft;'{texts[0]}'", f"Inland;'{texts[1]}'"]
    items = extract("export.csv", "\n".join(rows).encode("utf-8"))
    arts = [i.article for i in items if isinstance(i, Extracted)]
    assert [a.section for a in arts] == ["Wirtschaft", "Inland"]
    assert arts[0].body.startswith("Die Stadtwerke haben am Montag")
    assert "'" not in arts[1].body[:2]
