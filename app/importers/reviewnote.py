"""A coverage report's own comment under each clip ('Agency note: Strong pickup of key
message 1.', '[Analyst comment: …]').

Why: a PR agency or a monitoring analyst annotates every clip of its report under the
same label; the note is the reviewer's, no part of the outlet's text, yet as a paragraph
of its own under the text it was kept as the clipping's last paragraph. A label that
recurs under two items or more of one mail is the report's; a label under one item only
(an article's own 'Side note: …') stays, as does the outlet's '[Editor's note: …]'.
"""

from __future__ import annotations

import re

#: a note's label: up to three words before the word for a note ('Agency note', 'Analyst
#: comment'); the outlet's own notes open with one of OUTLETS_OWN's words
NOTE_LABEL = (
    r"(?:[^\W\d_][\w&.’'-]*\s+){1,3}"
    r"(?:note|comment|commentary|analysis|kommentar|anmerkung|hinweis|einschätzung|"
    r"примечание|комментарий)"
)
OUTLETS_OWN = r"(?:editor|translator|author|publisher|redaktion|ред)"
_NOTE = re.compile(rf"^\[?(?P<label>{NOTE_LABEL})\s*:\s*\S", re.IGNORECASE)
_OUTLETS_OWN = re.compile(rf"^{OUTLETS_OWN}", re.I)
_MIN_ITEMS = 2


def _label(line: str) -> str:
    m = _NOTE.match(line.strip())
    if m is None or _OUTLETS_OWN.match(m["label"]):
        return ""
    return " ".join(m["label"].split()).casefold()


def without_reviewer_notes(
    chunks: list[tuple[str, str, list[str]]],
) -> list[tuple[str, str, list[str]]]:
    """The items (label, text, lines over it) without the note lines whose label recurs
    under two items or more."""
    seen: dict[str, int] = {}
    for _, chunk, _ in chunks:
        for label in {_label(line) for line in chunk.split("\n")} - {""}:
            seen[label] = seen.get(label, 0) + 1
    recurring = {label for label, n in seen.items() if n >= _MIN_ITEMS}
    if not recurring:
        return chunks
    return [
        (head, "\n".join(ln for ln in chunk.split("\n") if _label(ln) not in recurring), over)
        for head, chunk, over in chunks
    ]
