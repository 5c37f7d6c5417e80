"""PDF with a text layer (pypdf). A scan without one is rejected with a clear reason."""

from __future__ import annotations

import io
import logging
import re
import warnings

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from app.importers.base import Context, Item
from app.importers.compose import Hints
from app.importers.magazine import issue_head
from app.importers.pdflayout import (
    LIGATURES,
    boxes_under_text,
    folio_desk,
    foot_folio,
    head_desk,
    head_row,
    lost_folio,
    lost_footer_name,
    lost_letterhead,
    marked_ad_box,
    page_lines,
    paragraphs,
    print_day,
    print_title,
    strip_running_lines,
)
from app.importers.review import document_items
from app.importers.sitename import is_institution, site_from_title, unshouted
from app.model import ExtractionError

logging.getLogger("pypdf").setLevel(logging.ERROR)
MIN_CHARS = 40
# "Официальный портал органов государственной власти …", "Official portal of …": what
# the site is, not who publishes on it.
_PORTAL = re.compile(
    r"^(?:официальн\w+ (?:интернет-)?портал|official (?:web )?portal|offizielles? portal)\b",
    re.IGNORECASE,
)
_HEAD_LINES = 30  # the headline of a printed page stands among its first lines


def _printed_page(title: str, text: str) -> Hints:
    """A page printed from a browser: its title 'Headline | Section | Site' (or 'Headline -
    Site') names the site, and the section when that label is printed over the headline too."""
    hints = Hints()
    parts = [p.strip() for p in title.split(" | ")]
    lines = text.split("\n")
    if len(parts) < 2:
        # 'Headline - Site': the dash a site puts between them, the headline printed below,
        # maybe broken over lines ('Headline part one:' / 'part two')
        heads = [_run_on(title, lines, i) for i, ln in enumerate(lines[:_HEAD_LINES])]
        heads = [ln for ln in heads if ln]
        hints.fallback_source = next((s for ln in heads if (s := site_from_title(title, ln))), "")
        broken = [ln for ln in heads if ln not in lines and site_from_title(title, ln)]
        hints.title = broken[0] if hints.fallback_source and broken else ""
        named = [ln for ln in heads if ln in lines and site_from_title(title, ln)]
        hints.headline = named[0] if hints.fallback_source and named else ""
        if not hints.fallback_source and (site := site_from_title(title)):
            hints.fallback_source = _masthead_of_domain(site, lines[:_HEAD_LINES])
        return hints
    if parts[0] not in lines:
        # the headline broken over lines ('Brand: New' / 'plant reaches milestone')
        head = range(min(len(lines), _HEAD_LINES))
        starts = [i for i in head if _run_on(parts[0], lines, i) == parts[0]]
        if not starts:
            return hints
        hints.title = parts[0]
        above = lines[: starts[0]]
    else:
        above = lines[: lines.index(parts[0])]
    # the page's own name printed in full: abbreviated in the title, or cut off where the
    # browser's header ran out of room ('… | Official portal of the state authorities of T')
    full = (ln for ln in above if _spells_out(parts[-1], ln) or _cut_off(parts[-1], ln))
    hints.fallback_source = next(full, parts[-1])
    if _PORTAL.match(hints.fallback_source):
        # a state portal's description over the body that runs it: the body is the source
        bodies = (ln for ln in above if is_institution(ln) and len(ln.split()) <= 8)
        hints.fallback_source = next(bodies, hints.fallback_source)
    if len(parts) > 2 and parts[-2] in above:
        hints.section = parts[-2]
    return hints


def _run_on(title: str, lines: list[str], i: int) -> str:
    """The headline printed from line i on, its lines joined while the page's title still
    starts with them; '' when line i does not start the title."""
    head = lines[i].strip()
    if not head or not title.startswith(head):
        return ""
    for line in lines[i + 1 : i + 4]:
        joined = f"{head} {line.strip()}"
        if not title.startswith(joined):
            break
        head = joined
    return head


def _masthead_of_domain(site: str, lines: list[str]) -> str:
    """The paper's masthead in capitals over the text whose initials its site's domain
    spells ('LAUSITZER RUNDSCHAU' for '… – lr-online.de' in the browser's header), in the
    case of its name: the page's own title names the page, the masthead the paper."""
    stem = re.split(r"[-.]", site.lower().removeprefix("www."))[0]
    if "." not in site or not 2 <= len(stem) <= 5:
        return ""
    for line in lines:
        words = line.split()
        shouted = 2 <= len(words) <= 4 and all(w.isalpha() and w.isupper() for w in words)
        if shouted and "".join(w[0] for w in words).lower() == stem:
            return unshouted(line.strip())
    return ""


def _cut_off(part: str, line: str) -> bool:
    """Whether the title's last part is the line cut off where the browser's header ran out
    of room: a long name, or one broken inside a word. A short name at the start of a menu
    row ('Site Live TV Latest India …') is the logo beside the menu, not the name in full."""
    if len(line) <= len(part) or not line.startswith(part):
        return False
    return len(part) >= 30 or line[len(part)].isalnum()


def _spells_out(short: str, line: str) -> bool:
    """Whether a header line prints in full the name a title abbreviates ('Nds.
    Oberverwaltungsgericht' over 'Niedersächsisches Oberverwaltungsgericht'): word for word
    the same, an abbreviation's letters in order in its word. Why: the page's own name wins."""
    pairs = list(zip(short.split(), line.strip().split(), strict=False))
    if len(pairs) != len(line.split()) or len(pairs) != len(short.split()):
        return False
    cut = [(a, b) for a, b in pairs if a != b]
    return bool(cut) and all(_abbreviates(a, b) for a, b in cut)


def _abbreviates(short: str, word: str) -> bool:
    """'Nds.' of 'Niedersächsisches': a stop after some of the word's letters, in order."""
    letters, rest = short[:-1].lower(), iter(word.lower())
    return (
        short.endswith(".")
        and len(letters) < len(word)
        and letters[:1] == word[:1].lower()
        and all(c in rest for c in letters)
    )


def _text(reader: PdfReader) -> tuple[str, Hints]:
    """Paragraphs re-flowed from the lines' geometry; pypdf's plain text when that fails."""
    laid = [page_lines(page) for page in reader.pages]
    if all(lines is not None for lines in laid):
        pages = [lines or [] for lines in laid]
        kept = strip_running_lines(pages)
        if kept and pages[0] and (folios := foot_folio(pages[0])):
            kept[0] = [ln for ln in kept[0] if ln not in folios]  # lost_folio reads it
        if kept and (boxed := boxes_under_text(pages[-1])):
            kept[-1] = [ln for ln in kept[-1] if ln.row not in boxed]
        for k, page in enumerate(pages[: len(kept)]):
            if ad := marked_ad_box(page):
                kept[k] = [ln for ln in kept[k] if ln.row not in ad]
        text = paragraphs(kept)
        if text.strip():
            hints = _printed_page(print_title(pages), text)
            hints.reference = print_day(pages)
            if pages[0] and kept[0] and pages[0][0] is not kept[0][0]:
                # the running head the pages lost, its cells in one line (the masthead at
                # the left, '№ 91 (27 414) | 28 ноября 2025 года | DESK' at the right)
                issue_head(" ".join(c.text for c in head_row(pages[0])), hints)
            masthead, day = lost_folio(pages[0], kept[0]) if pages[0] else ("", None)
            hints.published = hints.published or day
            hints.section = hints.section or folio_desk(pages[0]) or head_desk(pages[0])
            hints.fallback_source = hints.fallback_source or masthead
            # the publisher's name in a footer the pages lost as furniture
            hints.fallback_source = hints.fallback_source or lost_footer_name(pages, kept)
            hints.fallback_source = hints.fallback_source or lost_letterhead(pages, kept)
            return text, hints
    plain = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    return plain.translate(LIGATURES), Hints()


def extract_pdf(name: str, data: bytes, ctx: Context) -> list[Item]:
    """One article from the text of every page, or one per clipping of a press review."""
    try:
        with warnings.catch_warnings():
            # pypdf warns about every small defect of real-world files; we judge the result.
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ExtractionError("the PDF is password-protected")
            text, hints = _text(reader)
    except ExtractionError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractionError("the PDF is damaged or incomplete") from exc
    if len(text.strip()) < MIN_CHARS:
        raise ExtractionError("the PDF has no text layer (a scan?); run OCR on it first")
    return document_items(text, ctx, name, hints)
