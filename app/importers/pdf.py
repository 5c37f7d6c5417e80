"""PDF with a text layer (pypdf). A scan without one is rejected with a clear reason."""

from __future__ import annotations

import io
import logging
import warnings

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from app.importers.base import Context, Item, from_text
from app.model import ExtractionError

logging.getLogger("pypdf").setLevel(logging.ERROR)
MIN_CHARS = 40


def extract_pdf(name: str, data: bytes, ctx: Context) -> list[Item]:
    """One article from the text of every page."""
    try:
        with warnings.catch_warnings():
            # pypdf warns about every small defect of real-world files; we judge the result.
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ExtractionError("the PDF is password-protected")
            pages = [page.extract_text() or "" for page in reader.pages]
    except ExtractionError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractionError("the PDF is damaged or incomplete") from exc
    text = "\n\n".join(pages)
    if len(text.strip()) < MIN_CHARS:
        raise ExtractionError("the PDF has no text layer (a scan?); run OCR on it first")
    return [from_text(text, ctx, origin=name)]
