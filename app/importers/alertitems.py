"""An alert service's digest told apart into its items: headline / outlet / snippet.

Google Alerts, Talkwalker Alerts, Яндекс.Алерты ('Упоминания'), Meltwater or Mention mail
a digest of found items, each a headline line, a short line naming its outlet (no date)
and a snippet of a sentence or two, framed by the alert's name, its topic and an
unsubscribe footer. Why: with no 'Outlet, date' stamp (stampeditems) the digest read as
one article titled by the subject ('Google Alert - Kasachstan'), one outlet for all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from lxml.html import HtmlElement

from app.importers.boilerplate import is_boilerplate
from app.importers.byline import author_of_line
from app.importers.compose import is_prose
from app.importers.dates import year_dates

# The services' names as their senders, subjects and mastheads print them.
_SERVICE = re.compile(
    r"google[ -]?alert|alertes? google|google\W{0,2}оповещени|talkwalker|"
    r"яндекс\W{0,2}алерт|yandex\W{0,2}alert|"
    r"^упоминания\b|meltwater|\bmention(?:\.com| alert)|^mention\b",
    re.I | re.M,
)
# The alert's own footer lines: what follows them is no item's snippet.
_FRAME = re.compile(
    r"abbestellen|unsubscribe|отписаться|flag as irrelevant|als irrelevant|"
    r"пометить как нерелевантн|see more results|weitere ergebnisse|alle ergebnisse|посмотреть все|"
    r"you (?:have )?received this|sie haben diese|вы получили (?:это|данное)|"
    r"(?:create|edit|manage) (?:another |this |your )?alerts?|"
    r"benachrichtigung (?:bearbeiten|erstellen)",
    re.I,
)
_OUTLET_WORDS = 5  # an outlet's name is a few words, no sentence
_OUTLET_CHARS = 60
_HEAD_WORDS = 20  # a headline runs a line, no paragraph
_SNIPPET_WORDS = 8  # a snippet's first line runs longer than a label
_LEAST = 2  # one item in that shape is no digest: a one-clip mail reads as it did
_DATED_ROW = re.compile(r"\S\s[·|]\s\S")
_HEAD_SPAN = 6  # the service's name stands in the mail's first lines
_BLOCKS = {"p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"}
_BLOCKS |= {"blockquote", "section", "article", "header", "footer", "body", "center"}


@dataclass
class AlertItem:
    """One found item: its headline, the outlet its line names and its snippet."""

    headline: str
    outlet: str
    snippet: str

    def chunk(self) -> str:
        """The item as a text to read: its headline over its snippet."""
        return f"{self.headline}\n\n{self.snippet}"


def names_service(sender: str, subject: str, text: str) -> bool:
    """Whether the sender, subject or the mail's first lines name an alert service."""
    head = [ln.strip() for ln in text.split("\n") if ln.strip()][:_HEAD_SPAN]
    return any(_SERVICE.search(s) for s in [sender, subject, *head])


def block_text(tree: HtmlElement) -> str:
    """An HTML mail's text a block a line (a <b> keyword inside a snippet stays in its
    line, a headline's link beside blocks its own line), blocks apart by blank lines."""
    out: list[str] = []
    _blocks_of(tree, out)
    blocks = ("\n".join(" ".join(ln.split()) for ln in x.split("\n") if ln.strip()) for x in out)
    return "\n\n".join(t for t in blocks if t)


def _blocks_of(el: HtmlElement, out: list[str]) -> None:
    """The element's runs of inline text between its block children, each a line."""
    run = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            out.append("".join(run))
            _blocks_of(child, out)
            run = [child.tail or ""]
        else:
            run.append(_inline_text(child) + (child.tail or ""))
    out.append("".join(run))


def _inline_text(el: HtmlElement) -> str:
    """An inline element's text, a <br> inside it a line break (a snippet wrapped in a
    <span> with <br>s: its words do not run together)."""
    if not isinstance(el.tag, str):
        return ""
    if el.tag == "br":
        return "\n"
    return (el.text or "") + "".join(_inline_text(c) + (c.tail or "") for c in el)


def _headline(line: str) -> bool:
    words = len(line.split())
    return 0 < words <= _HEAD_WORDS and not is_prose(line) and not line.endswith(":")


def _outlet(line: str) -> bool:
    """'Der Standard', 'tagesschau.de', 'РИА Новости': a few words, no sentence, no day."""
    if not 0 < len(line.split()) <= _OUTLET_WORDS or len(line) > _OUTLET_CHARS:
        return False
    if line[-1] in ".!?;,…" or not re.search(r"\w", line) or year_dates(line):
        return False
    if line[0].isdigit() or re.search(r"[:·|•]", line):
        return False  # '1 new mention', 'Sentiment: Neutral', 'Argus · UK': the alert's rows
    return not author_of_line(line) and not _FRAME.search(line) and not is_boilerplate(line)


def _snippet(line: str) -> bool:
    return (is_prose(line) or len(line.split()) >= _SNIPPET_WORDS) and not _FRAME.search(line)


def _filled_after(lines: list[str], i: int) -> int:
    i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _starts(lines: list[str], i: int) -> bool:
    """Whether an item opens at line i: a headline, its outlet line, its snippet's start."""
    o = _filled_after(lines, i)
    s = _filled_after(lines, o)
    return (
        s < len(lines)
        and _headline(lines[i].strip())
        and _outlet(lines[o].strip())
        and _snippet(lines[s].strip())
    )


# The item's link as a text part prints it under the snippet ('<https://example.de/…>'):
# the alert's button, no word of the snippet.
_LINK_TAIL = re.compile(r"\s*<https?://[^\s<>]+>\s*$")


def alert_items(text: str) -> list[AlertItem]:
    """The items of an alert digest's text, two or more: each headline over its outlet
    line and snippet, the snippet running to a blank line, the next item or the alert's
    footer. [] where fewer stand in that shape, or where the alert stamps its items with
    rows of their own ('Argus · UK · 24 Nov 2025 · Reach 18K'): other readers read those."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _DATED_ROW.search(ln) and year_dates(ln)) >= _LEAST:
        return []  # one dated row is the alert's own heading ('… · 3 декабря 2025 г.')
    items: list[AlertItem] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip() or not _starts(lines, i):
            i += 1
            continue
        o = _filled_after(lines, i)
        s = _filled_after(lines, o)
        snippet = [lines[s].strip()]
        j = s + 1
        while j < len(lines) and lines[j].strip() and not _starts(lines, j):
            if _FRAME.search(lines[j]):
                break
            snippet.append(lines[j].strip())
            j += 1
        said = _LINK_TAIL.sub("", " ".join(snippet))
        items.append(AlertItem(lines[i].strip(), lines[o].strip(), said))
        i = j
    return items if len(items) >= _LEAST else []


# A review table's column labels, by what each column holds.
_COLUMN = {
    "outlet": {
        "издание",
        "сми",
        "источник",
        "outlet",
        "publication",
        "source",
        "medium",
        "media",
        "quelle",
        "zeitung",
        "medien",
        "издание / сми",
        "сми / издание",
    },
    "headline": {
        "заголовок",
        "заголовок материала",
        "тема",
        "headline",
        "title",
        "titel",
        "überschrift",
        "schlagzeile",
        "artikel",
    },
    "text": {
        "краткое содержание",
        "содержание",
        "аннотация",
        "текст",
        "summary",
        "abstract",
        "text",
        "teaser",
        "zusammenfassung",
        "kurzfassung",
        "inhalt",
        "snippet",
    },
}
_COLUMN_HEAD_CHARS = 40  # a column's label is a word or two


def _cells(row: HtmlElement) -> list[str]:
    return [" ".join(c.text_content().split()) for c in row if c.tag in ("td", "th")]


def _column_kinds(labels: list[str]) -> dict[str, int]:
    """Which column holds the outlet, the headline and the text, by the header row's labels
    ('№ | Издание | Заголовок | Краткое содержание'); {} where it names no outlet and
    headline column."""
    kinds: dict[str, int] = {}
    for n, label in enumerate(labels):
        key = label.casefold().strip(" :")
        if len(key) > _COLUMN_HEAD_CHARS:
            return {}
        kind = next((k for k, names in _COLUMN.items() if key in names), "")
        if kind and kind not in kinds:
            kinds[kind] = n
    return kinds if "outlet" in kinds and "headline" in kinds else {}


def table_items(tree: HtmlElement) -> list[AlertItem]:
    """The items of a review laid out as a table whose header row names its columns (the
    outlet, the headline, a summary): each row below it an item, two or more; [] for other
    mails. Why: read as text, the rows ran into one article under the review's disclaimer,
    one outlet for all."""
    for table in tree.iter("table"):
        rows = [r for r in table.iter("tr")]
        if len(rows) < 1 + _LEAST:
            continue
        kinds = _column_kinds(_cells(rows[0]))
        if not kinds:
            continue
        items = []
        for row in rows[1:]:
            cells = _cells(row)
            if len(cells) <= max(kinds.values()):
                continue
            head, outlet = cells[kinds["headline"]], cells[kinds["outlet"]]
            text = cells[kinds["text"]] if "text" in kinds else ""
            if _headline(head) and 0 < len(outlet.split()) <= _OUTLET_WORDS:
                items.append(AlertItem(head, outlet, text))
        if len(items) >= _LEAST and not ("text" not in kinds and _contents(tree, items)):
            return items
    return []


def _contents(tree: HtmlElement, items: list[AlertItem]) -> bool:
    """Whether a table of outlets and headlines is the review's contents: every headline
    in it stands again below, over the clipping's full text. Why: read as the items, the
    rows stood in for the clippings and their texts were lost or doubled."""
    whole = " ".join(tree.text_content().split())
    return all(whole.count(" ".join(item.headline.split())) >= 2 for item in items)


_TITLE_WORDS = 12  # a review's title line with its day, no sentence


def review_day(tree: HtmlElement) -> datetime | None:
    """The day a review's heading names ('Обзор СМИ за 1 декабря 2025 года', 'Pressespiegel
    vom 04.12.2025'): the first heading of a few words with a dated day; else None."""
    for el in tree.iter("h1", "h2", "h3", "h4"):
        line = " ".join(el.text_content().split())
        if len(line.split()) <= _TITLE_WORDS and (hits := year_dates(line)):
            return hits[0].value
    return None
