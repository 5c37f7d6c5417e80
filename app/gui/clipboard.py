"""Whether the clipboard holds a clipping (an article) rather than a search term.

Ctrl+V imports a clipping wherever the focus is, the search bar included: the welcome view
says "paste with Ctrl+V" while the cursor starts in the search bar, and a whole article
pasted into the query is never what was meant. A one-line paste there still goes into the
query.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

#: HTML a browser puts on the clipboard for more than a phrase: paragraphs, headings, breaks
BLOCK_HTML = re.compile(r"<(?:p|div|h[1-6]|br|li|article|section|table|tr|blockquote)\b", re.I)
#: a copied page fragment without a line break still is a clipping when it is this long
LONG_LINE = 200


def holds_clipping(mime: QMimeData | None = None) -> bool:
    """Multi-line text, or HTML with blocks in it, or one very long line."""
    if mime is None:
        mime = QApplication.clipboard().mimeData()
    if mime is None:
        return False
    text = (mime.text() if mime.hasText() else "").strip()
    if "\n" in text or len(text) >= LONG_LINE:
        return True
    html = mime.html() if mime.hasHtml() else ""
    return bool(html) and BLOCK_HTML.search(html) is not None and len(text.split()) > 3
