"""PDF with a text layer (pypdf). A scan without one is rejected with a clear reason."""

from __future__ import annotations

import io
import logging
import warnings

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from app.importers.base import Context, Item, from_text
from app.importers.pdflayout import page_lines, paragraphs, strip_running_lines
from app.model import ExtractionError

logging.getLogger("pypdf").setLevel(logging.ERROR)
MIN_CHARS = 40


def _text(reader: PdfReader) -> str:
    """Paragraphs re-flowed from the lines' geometry; pypdf's plain text when that fails."""
    laid = [page_lines(page) for page in reader.pages]
    if all(lines is not None for lines in laid):
        text = paragraphs(strip_running_lines([lines or [] for lines in laid]))
        if text.strip():
            return text
    return "\n\n".join(page.extract_text() or "" for page in reader.pages)


def extract_pdf(name: str, data: bytes, ctx: Context) -> list[Item]:
    """One article from the text of every page."""
    try:
        with warnings.catch_warnings():
            # pypdf warns about every small defect of real-world files; we judge the result.
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ExtractionError("the PDF is password-protected")
            text = _text(reader)
    except ExtractionError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractionError("the PDF is damaged or incomplete") from exc
    if len(text.strip()) < MIN_CHARS:
        raise ExtractionError("the PDF has no text layer (a scan?); run OCR on it first")
    return [from_text(text, ctx, origin=name)]
