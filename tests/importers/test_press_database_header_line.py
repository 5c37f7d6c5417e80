"""A single article exported from a press database opens with the outlet's line: outlet,
day, issue, page and desk ('Frankfurter Allgemeine Zeitung, 27.11.2026, Nr. 276, S. 17 –
Wirtschaft', 'Der Standard, 27.11.2026, S. 5, Ressort: Inland', 'Коммерсантъ, 27.11.2026,
№ 218, с. 2'). The line gives the source, the day and the desk; it is neither the title
nor a line of the text, in a Word file, a PDF or an RTF file alike."""

from __future__ import annotations

import io

from .makers import CLIP_TEXT, articles_of, pdf_with_paragraphs

_TITLE = {
    "de": "Stadt plant Umbau des Bahnhofsviertels",
    "en": "Council unveils station quarter plan",
    "ru": "Мэрия представила план реконструкции района",
}
# (the line, its language, the outlet it names, its desk)
_LINES = [
    ("Beispielstädter Allgemeine, 27.11.2026, Nr. 276, S. 17 – Wirtschaft", "de",
     "Beispielstädter Allgemeine", "Wirtschaft"),
    ("Der Musterbote, 27.11.2026, S. 5, Ressort: Inland", "de", "Der Musterbote", "Inland"),
    ("Musterstädter Zeitung, 27.11.2026, S. 4 - Politik", "de", "Musterstädter Zeitung",
     "Politik"),
    ("The Example Chronicle, 27.11.2026, p. 9 — Business", "en", "The Example Chronicle",
     "Business"),
    ("Образцовый вестник, 27.11.2026, № 218, с. 2", "ru", "", ""),
]  # fmt: skip


def _docx(lines: list[str]) -> bytes:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _rtf(lines: list[str]) -> bytes:
    def escaped(text: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in text)

    paras = "".join(f"\\pard {escaped(line)}\\par\n" for line in lines)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0 " + paras + "}").encode()


def test_database_line_gives_source_day_and_desk() -> None:
    for line, lang, outlet, desk in _LINES:
        lines = [line, _TITLE[lang], *CLIP_TEXT[lang]]
        files = [("a.docx", _docx(lines)), ("a.rtf", _rtf(lines))]
        if lang != "ru":  # (the test PDFs print Windows-1252 only)
            files.append(("a.pdf", pdf_with_paragraphs(lines)))
        for name, data in files:
            [art] = articles_of(name, data)
            assert art.title == _TITLE[lang], (name, line, art.title)
            assert art.published is not None and art.published.date().isoformat() == "2026-11-27"
            assert art.source and (not outlet or art.source == outlet), (name, art.source)
            assert art.section == desk, (name, line, art.section)
            assert art.body.startswith(CLIP_TEXT[lang][0][:40]), (name, art.body[:60])
            assert "27.11.2026" not in art.body


def test_dash_desk_needs_the_page() -> None:
    from app.importers.stampline import credit_stamp

    stamp = credit_stamp("Beispielstädter Allgemeine, 27.11.2026, Nr. 276, S. 17 – Wirtschaft")
    assert stamp is not None and stamp.section == "Wirtschaft"
    # a dateline's place and day over a dash and the text's first words: no credit
    assert credit_stamp("Berlin, 27.11.2026 – Die Stadt baut") is None
    assert credit_stamp("Musterstadt, 27.11.2026, 14:30 – Feuerwehr") is None
