"""Text clean-up shared by every format: invisible characters, line ends, hard wraps.

E-mails, Reuters wires and PDFs break paragraphs every ~70 characters; joining those lines
gives the heuristics one line per paragraph, which is what a copied web page gives.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata

from app.importers.dates import STAMP_PARTS, is_only_date, year_dates
from app.importers.pdflayout import join_wrapped

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Runs of spaces to make one plain space: a run of two or more, or one other space character
# (a single plain space, between nearly every two words, is left alone: replacing it with
# itself was most of the clean-up's time on a long text).
_SPACES = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
# "Quelle：Beijing Rundschau | Autor：Wang Lei": a Chinese site's template sets the full-width
# colon after Latin or Cyrillic labels too; there it is an ordinary colon (Chinese text keeps it)
_WIDE_COLON = re.compile(r"(?<=[A-Za-zß-ÿА-яЁё])\uff1a\s*")


def clean_text(text: str) -> str:
    """NFC, unified line ends, no soft hyphens or zero-width marks, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\x0c", "\n\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))  # no line end in _SPACES
    if "\uff1a" in text:
        text = _WIDE_COLON.sub(": ", text)
    return "\n".join([line.strip() for line in text.split("\n")])


_STANDING_ALONE = 10  # of so many lines one may run past the wrap column


def _wrap_width(lines: list[str]) -> int:
    """The column the text wraps at: its longest line that another line continues. A line
    standing alone (a credit line under the text, a link) may run past that column."""
    continued = [len(ln) for ln, after in itertools.pairwise(lines) if ln and after]
    return max(continued or [len(ln) for ln in lines])


def _hard_wrapped(lines: list[str]) -> bool:
    """Most lines end near the same column and most do not end a sentence."""
    filled = [ln for ln in lines if len(ln) > 20]
    if len(filled) < 6:
        return False
    width = _wrap_width(lines)
    lengths = [len(ln) for ln in filled if len(ln) <= width]
    beyond = len(filled) - len(lengths)
    # A lead, a caption and a footer may each stand alone past the column of a wrapped
    # text; they are few beside its wrapped lines (two of those to each such line)
    wrapped = sum(1 for ln, after in itertools.pairwise(lines) if after and len(ln) >= width - 15)
    if beyond > max(1, len(filled) // _STANDING_ALONE) and beyond * 2 > wrapped:
        return False  # paragraphs a line each, longer than the lines over a label
    if width > 100 or width < 50:
        return False
    near_width = sum(1 for n in lengths if n >= width - 15) / len(lengths)
    open_ends = sum(1 for ln in filled if ln[-1] not in '.!?:"»“”)') / len(filled)
    return near_width > 0.5 and open_ends > 0.5 and statistics.median(lengths) > 45


def _stamp_line(line: str) -> bool:
    """Whether ``line`` is an item's stamp: a day, maybe with its hour, alone or before the
    desk and byline it is set off from ('25.11.2025 17:45', '25 ноября 2025 в 14:20 |
    Экономика | Текст: X'). Why: a mail's headline runs past the column's short-line mark
    and would take the stamp under it. A date closing a sentence ('… on\n25 May 2025.') is
    the sentence's end, no stamp."""
    first = STAMP_PARTS.split(line, maxsplit=1)[0]
    return bool(line) and line[-1] not in ".,;" and is_only_date(first)


# A labelled byline line: it continues no paragraph, it opens a line of its own.
_AUTHOR_FIELD = re.compile(r"^(?:autor(?:in|en)?|authors?|автор(?:ы)?|by|von)\s*:\s*\S", re.I)


# A print page's folio beside its rubric under the running head: "Politik 3", "4 Politik".
_FOLIO_ROW = re.compile(r"^(?:\d{1,3} [^\W\d_][\w &-]{1,30}|[^\W\d_][\w &-]{1,30} \d{1,3})$")


def _running_heads(lines: list[str]) -> set[str]:
    """The lines an e-paper's text copy repeats on every page: the paper's name and the
    issue's day ("Example AZ Donnerstag, 4. Dezember 2025"), printed again over the next
    page's columns; each stands alone, and so does the folio row under it."""
    seen: set[str] = set()
    heads: set[str] = set()
    for line in lines:
        if 12 < len(line) <= 80 and line[-1:].isdigit():
            if line in seen and year_dates(line):
                heads.add(line)
            seen.add(line)
    return heads


def unwrap(text: str) -> str:
    """Join hard-wrapped lines into paragraphs (blank lines stay paragraph breaks); a word
    hyphenated at a line's end is joined again ("Kantons-" / "rat")."""
    lines = text.split("\n")
    if not _hard_wrapped(lines):
        return text
    width = _wrap_width(lines)
    heads = _running_heads(lines)
    # a typeset column's copy breaks words at their syllables ("Kantons-" / "rat"); a mail
    # wraps between words only, a hyphen at its line's end is the compound's own
    broken = sum(1 for ln, nx in itertools.pairwise(lines) if _syllable_break(ln, nx))
    join = _joined if broken >= 2 else " ".join
    out: list[str] = []
    buf: list[str] = []
    for k, (line, after) in enumerate(itertools.zip_longest(lines, lines[1:], fillvalue="")):
        if not line:
            if buf:
                out.append(join(buf))
                buf = []
            out.append("")
            continue
        buf.append(line)
        # A short line ends its paragraph even without a blank line after it, and so does a
        # headline over a labelled byline ('Autorin: Name') or over its stamp line, however
        # long it runs; a stamp line is a line of its own too. A headline's second line in
        # lower case ('Example streicht Sparpaket' / 'zusammen') continues it.
        ends = len(line) < width - 25 and not _continued(line, after)
        ends = ends or _AUTHOR_FIELD.match(after)
        if heads and (line in heads or after in heads or (k and lines[k - 1] in heads)):
            ends = True  # a page's running head and the folio row under it stand alone
        if ends or _stamp_line(after) or _stamp_line(line):
            out.append(join(buf))
            buf = []
    if buf:
        out.append(join(buf))
    return "\n".join(out)


def _continued(line: str, after: str) -> bool:
    """Whether a short line runs on in the next: a headline broken before a word in lower
    case, a word hyphenated at the break."""
    return bool(after) and after[0].islower() and line[-1] not in '.!?:;"»“”)'


def _syllable_break(line: str, after: str) -> bool:
    return len(line) > 2 and line[-1] == "-" and line[-2].isalpha() and after[:1].islower()


def _joined(buf: list[str]) -> str:
    text = buf[0]
    for more in buf[1:]:
        text = join_wrapped(text, more)
    return text
