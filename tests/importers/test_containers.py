"""Files as real tools write them (uncompressed zips, OEM-coded names, print-restricted
PDFs) and texts with stray damage import whole."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.importers import detect, extract
from app.model import Extracted, ExtractionError
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, docx_with, pdf_with_text, zip_of

CLIPPING = f"Tram network to grow by 40 kilometres\n\n{NEWS_TEXT}\n\n{NEWS_MORE}\n"


def _titles(items: list) -> list[str]:
    return [i.article.title for i in items if isinstance(i, Extracted)]


def test_an_uncompressed_zip_holding_a_word_file_is_a_zip() -> None:
    word = docx_with(["Tram network to grow", NEWS_TEXT, NEWS_MORE])
    for order in (("a.txt", "b.docx"), ("b.docx", "a.txt")):
        members = {"a.txt": CLIPPING.encode(), "b.docx": word}
        data = zip_of({name: members[name] for name in order}, zipfile.ZIP_STORED)
        assert detect("clippings.zip", data) == "zip"
        assert len(_titles(extract("clippings.zip", data))) == 2


def test_a_damaged_word_file_is_still_named_as_one() -> None:
    word = docx_with(["Tram network to grow", NEWS_TEXT * 20, NEWS_MORE])
    with pytest.raises(ExtractionError, match=r"Word|damaged"):
        extract("report.docx", word[: len(word) // 2])


class _OemNamed(zipfile.ZipInfo):
    """A member whose name is written as raw bytes without the UTF-8 flag, as Windows'
    built-in zip writes names in its OEM code page."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("cp437"), self.flag_bits


def _zip_with_raw_names(names: list[bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for raw in names:
            archive.writestr(_OemNamed(raw.decode("cp437")), CLIPPING)
    return out.getvalue()


def test_member_names_in_the_windows_code_page_read_as_written() -> None:
    names = ["Новости_Минск.txt".encode("cp866"), "Größe_Bericht.txt".encode("cp850")]
    items = extract("clips.zip", _zip_with_raw_names(names))
    origins = [i.origin for i in items]
    assert origins == ["clips.zip/Новости_Минск.txt", "clips.zip/Größe_Bericht.txt"]


def test_stray_nul_bytes_do_not_make_a_text_binary() -> None:
    data = CLIPPING.encode().replace(b"kilometres over", b"kilometres\x00 over", 1) + b"\x00\x00"
    [item] = extract("tram.txt", data)
    assert "40 kilometres over the next decade" in item.article.body
    with pytest.raises(ExtractionError, match="binary"):
        extract("blob.txt", bytes(range(256)) * 40)


def _encrypted(pdf: bytes, user_password: str, algorithm: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_print_restricted_pdf_opens_without_a_password(algorithm: str) -> None:
    pdf = pdf_with_text(["Tram network to grow by 40 kilometres", NEWS_TEXT, NEWS_MORE])
    [item] = extract("tram.pdf", _encrypted(pdf, "", algorithm))
    assert item.article.title == "Tram network to grow by 40 kilometres"
    with pytest.raises(ExtractionError, match="password-protected"):
        extract("tram.pdf", _encrypted(pdf, "reader", algorithm))


def test_litter_beside_the_clippings_is_passed_over() -> None:
    members = {
        "clips/tram.txt": CLIPPING.encode(),
        "clips/Thumbs.db": b"\xd0\xcf\x11\xe0 thumbnails",
        "clips/~$tram.docx": b"owner file",
        "clips/page_files/logo.png": b"\x89PNG",
        "clips/page_files/site.css": b"body{}",
        "clips/notes.doc": b"\xd0\xcf\x11\xe0 old word",
    }
    items = extract("clips.zip", zip_of(members))
    assert _titles(items) == ["Tram network to grow by 40 kilometres"]
    assert [i.origin for i in items if not isinstance(i, Extracted)] == [
        "clips.zip/clips/notes.doc"
    ]
    with pytest.raises(ExtractionError, match="no files of a kind Clippings imports"):
        extract("pictures.zip", zip_of({"a.png": b"\x89PNG", "Thumbs.db": b"x"}))
    with pytest.raises(ExtractionError, match="empty"):
        extract("nothing.zip", zip_of({}))
