"""Text files that are many documents in unknown markup, joined ("<DOC> … </DOC>" × 500).

Read as plain text, such a file became one giant article of tags and stories run
together, silently. Splitting it would need to know which element holds the headline,
the date and the text, which unknown markup does not say; so the file fails, naming the
element and the number of documents, and the person can convert it (Reuters-21578 SGML,
the one such format Clippings knows, has its own importer).
"""

from __future__ import annotations

import re
from collections import Counter

#: fewer repeats than this are a clipping that happens to show a tag or two
MIN_DOCUMENTS = 3
_DECLARATION = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<!--.*?-->\s*)*", re.S
)
_OPENING = re.compile(r"^[ \t]*<([A-Za-z][\w.:-]*)(?:\s[^<>\n]*)?>", re.M)


def joined_documents(text: str) -> tuple[str, int] | None:
    """The element that wraps each document and how many there are, when the text opens
    with markup and one element opens and closes at least ``MIN_DOCUMENTS`` times
    at the start of its lines; None for anything else."""
    start = _DECLARATION.match(text)
    head = text[start.end() if start else 0 :]
    opening = _OPENING.match(head)
    if opening is None:
        return None
    tag = opening.group(1)
    opened = Counter(m.group(1).lower() for m in _OPENING.finditer(head))[tag.lower()]
    closed = len(re.findall(rf"</{re.escape(tag)}\s*>", head, re.IGNORECASE))
    documents = min(opened, closed)
    return (tag, documents) if documents >= MIN_DOCUMENTS else None


def refusal(tag: str, documents: int) -> str:
    """Why the file was not imported, and what to do instead."""
    return (
        f"{documents:,} documents joined in one file, each in <{tag}> … </{tag}> markup "
        "that Clippings does not read; not imported as one article. Split it into one "
        "file per document, or save the documents as CSV or JSON Lines (one per row)"
    )
