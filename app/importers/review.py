"""An analyst's press review: several clippings in one document, each under its source line.

Analysts paste the day's clippings into one Word file or PDF, each under a line such as
"Quelle: Handelsblatt, 24.11.2025, S. 12" and often with a comment of their own under it.
Read as one article, the review took its cover title and ran every clipping together; read
clipping by clipping, each keeps its own outlet, day, headline and byline, and the
analyst's comment becomes the article's note instead of its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.importers.agency import parse_dateline
from app.importers.base import Context, Item, from_text
from app.importers.byline import author_of_line, placed_name, stamp_person
from app.importers.compose import Hints, is_prose
from app.importers.covernote import outlet_in_note, split_cover_note
from app.importers.dates import STAMP_PARTS, year_dates
from app.importers.docfront import (
    document_front,
    field_kind,
    is_copy_stamp,
    is_source_line,
    labelled_credit,
    labelled_stamp,
    print_stamp,
    under_headline_stamp,
    without_addition,
)
from app.importers.fieldrows import field_rows
from app.importers.headcredit import credit_date, credit_source, headline_credit
from app.importers.outlets import is_agency_name, known_outlet_name
from app.importers.pagecredit import PageCredit, page_credit
from app.importers.profiles import Profile
from app.importers.sitename import brand_name
from app.importers.stampline import (
    ITEM_NUMBER,
    ItemStamp,
    credit_author,
    credit_stamp,
    issue_day_first,
    medium_after_day,
    one_line_stamp,
)
from app.model import ExtractionError, ExtractionFailure

# The analyst's own remark under a clipping: "Comment (analyst): …", "Kommentar: …",
# "Комментарий аналитика: …", the issuer's ("Embassy comment: …", "Desk comment: …").
_COMMENT = re.compile(
    r"^(?:(?:analyst(?:'s)? |(?!(?:the|a|an|his|her|their|our|my|no|this|that) )"
    r"[^\W\d_][\w'’-]{1,20} )?(?:comment|take)|note|assessment|kommentar|anmerkung|"
    r"bewertung|einschätzung|комментарий|примечание|оценка|"
    # the analyst's short note: "Anm. d. Bearb.: vgl. …", "Прим. сост.: …"
    r"anm\.\s?d\.\s?(?:bearb|verf|ausw)\.|прим\.\s?(?:сост|анал)\.)(?:\s+\w[\w-]*)?"
    r"(?:\s*\([^()]{1,30}\))?\s*:\s*\S",
    re.IGNORECASE,
)
_HEADLINE_SPAN = 3  # the headline stands within this many lines under the source line
# "25.11.2025 09:12 · Wirtschaft", "2025-11-25 10:47": a wire item's stamp, the day with the
# minute the item ran, maybe its desk after it.
_WIRE_STAMP = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?:\s*Uhr)?"
    r"(?:\s+[·•|]\s+[^\W\d][\w -]{0,40})?$"
)
_COVER_LINES = 6  # the review's title, date and distribution lines above its first clipping


def desk_stamp(line: str) -> ItemStamp | None:
    """A digest item's rubric and day over its headline ('Policy · 24 November 2025',
    '25.11.2025 | Wirtschaft') as desk and day, else None."""
    parts = STAMP_PARTS.split(line.strip())
    if len(parts) != 2 or (":" in line and is_source_line(line.strip())):
        return None
    for desk, day in (parts, parts[::-1]):
        hits = year_dates(day)
        whole = hits and len(day) - (hits[0].end - hits[0].start) <= 12
        if whole and not re.search(r"\d", desk) and 0 < len(desk.split()) <= 4:
            if desk.strip()[:1] in '«"„' or _agency_service(desk.strip()):
                return None  # '«Example» · 11.11.2025', 'Agency · date': an item's credit
            return ItemStamp("", hits[0].value, desk.strip())
    return None


def _agency_service(name: str) -> bool:
    """Whether ``name`` is a news agency's, or one of its services the agency's name opens
    ('Agency-Basisdienst', 'Agency-Wirtschaftsdienst', 'Agency Landesdienst Bayern'):
    beside a day, the item's credit."""
    head, dash, _ = name.partition("-")
    if is_agency_name(name) or bool(dash and head and is_agency_name(head)):
        return True
    words = name.split()
    return any(
        _SERVICE_WORD.match(words[k]) and is_agency_name(" ".join(words[:k]))
        for k in range(1, min(len(words), 4))
    )


# A news agency's service named after the agency ('Agency Landesdienst Bayern', 'Agency
# Newswire', 'Agency Service'): the word after the agency's name.
_SERVICE_WORD = re.compile(r"^(?:\w*dienst|service|wire|newswire|feed|лента)$", re.I)


def _headline_under(lines: list[str]) -> bool:
    """Whether a headline (a line that is no running text) follows the source line: a
    byline ('Von Jane Doe', 'Автор: Иван Петров') is none, the credit stands under its
    headline then."""
    first = next((line.strip() for line in lines if line.strip()), "")
    label, colon, _ = first.partition(":")
    if colon and field_kind(label):
        return False  # a field table's row ('Издание: Outlet'): the table opens the clipping
    if _SEPARATOR.match(first):
        return False  # '* * *' under a clipping's closing credit: the next clipping follows
    return bool(first) and not is_prose(first) and not _byline(first)


def _byline(line: str) -> bool:
    return len(line) <= 80 and bool(author_of_line(line))


# A clipping's field block, one 'Label: value' a line ("Medium: Outlet", "Datum: 25.11.2025",
# "Ressort: Köln"): the outlet's field opens it, its edition after a comma ('Medium: Outlet,
# Lokalausgabe Gera'); a day in it makes it a source line of its own kind.
_OUTLET_FIELD = re.compile(
    r"^(?:источник|сми|издание|source|quelle|medium|publication|outlet)\s*:\s*[^;|]{2,60}$", re.I
)
_FIELD = re.compile(r"^[^\W\d_][\w.-]*(?:[/*]in)?(?: [\w.-]+)?\s*:\s+\S.{0,60}$")
_FIELDS_MAX = 6


def _field_row(line: str) -> bool:
    """A field block's row ('Seite: 4'): a known label's, or a short one ('Ton: neutral');
    a headline with a colon ('Example-Brigade: Bau liegt im Zeitplan') runs longer."""
    line = line.strip()
    return bool(_FIELD.match(line)) and (bool(field_kind(line.split(":")[0])) or len(line) <= 40)


def _field_block_at(lines: list[str], i: int) -> bool:
    """A clipping under its field block: the outlet's field, the others under it (one of
    them the day) and the headline under them; a review's field table read down."""
    if not _OUTLET_FIELD.match(lines[i].strip()) or year_dates(lines[i]):
        return False
    j = i + 1
    while j < len(lines) and j <= i + _FIELDS_MAX and _FIELD.match(lines[j].strip()):
        if year_dates(lines[j]):
            return _headline_under(lines[j + 1 : j + 1 + _HEADLINE_SPAN]) or any(
                _FIELD.match(ln.strip()) for ln in lines[j + 1 : j + 2]
            )
        j += 1
    return False


def _stamped_item_at(
    lines: list[str], i: int, is_stamp: Callable[[str], object], opens: Callable[[str], bool]
) -> bool:
    """An item under its stamp line (a wire bulletin's "date time · desk", a digest's
    "Rubric · day"): the stamp, its headline, then its text, whose first line `opens`
    accepts."""
    if not is_stamp(lines[i].strip()):
        return False
    under = [line.strip() for line in lines[i + 1 : i + 1 + _HEADLINE_SPAN] if line.strip()]
    return len(under) >= 2 and not is_prose(under[0]) and opens(under[1])


def _with_texts(starts: list[int], lines: list[str]) -> list[int]:
    """`starts` when they are two items at least and each has two paragraphs of text
    (teasers under stamps are no items of their own), else []. An item under its labelled
    source line ('Quelle: Outlet, 25.11.2025') needs one: an analyst's review clips short
    notices too, and no teaser carries such a label."""
    texts = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=False)]
    enough = len(starts) >= 2 and all(
        sum(map(is_prose, text)) >= (1 if _labelled(text) else 2) for text in texts
    )
    return starts if enough else []


def _labelled(text: list[str]) -> bool:
    """Whether an item's lines hold its labelled source line."""
    return any(is_source_line(line.strip()) for line in text)


def _item_starts(lines: list[str], profiles: tuple[Profile, ...]) -> list[int]:
    """Where the clippings start: at their source lines, or at a wire bulletin's or a
    digest's item stamps (`_with_texts`)."""
    starts = [
        i
        for i, line in enumerate(lines)
        if (
            (
                is_source_line(line.strip())
                or print_stamp(line.strip())
                or labelled_stamp(line.strip())
                or credit_stamp(line.strip())  # 'Outlet, date, рубрика «X», автор: Y'
                or _online_stamp(line)
            )
            and _headline_under(lines[i + 1 : i + 1 + _HEADLINE_SPAN])
        )
        or _field_block_at(lines, i)
    ]
    marked = _with_texts(_separated_credits(lines), lines)
    if len(starts) >= 2 and (below := _closing_credits(starts, lines)):
        return below
    if len(starts) >= 2:
        starts = _with_wire_items(starts, lines, profiles)
        # the clippings between the marks whose credit names no page or desk ('Outlet,
        # 25.11.2025, 18:42') beside those whose credit does, or numbered 1, 2, 3 over them
        for found in (marked, _counted_headlines(lines)):
            if set(starts) < set(found):
                return found
        return _with_numbered_credits(starts, lines)
    if marked:
        return marked
    if found := _credited_headlines(lines):
        return found
    if found := _with_texts(_credited_below(lines), lines):
        return found
    # an agency bulletin's item opens with the agency's dateline ("Hamburg (ddp). …")
    wire = [
        i
        for i in range(len(lines))
        if _stamped_item_at(
            lines, i, _WIRE_STAMP.match, lambda text: parse_dateline(text, profiles) is not None
        )
    ]
    if found := _with_texts(wire, lines):
        return found
    # a clipping under its bare credit, outlet, day and desk ('Outlet · 25.11.2025 · Desk'),
    # its headline under it: no page or label, so each must carry its text
    credited = [i for i in range(len(lines)) if _credit_at(lines, i)]
    if found := _with_texts(credited, lines):
        return found
    desk = [i for i in range(len(lines)) if _stamped_item_at(lines, i, desk_stamp, is_prose)]
    stamped = _with_texts(_stamped_headlines(lines), lines)
    counted = _with_texts(_counted_headlines(lines), lines)
    if stamped and set(stamped) < set(counted):
        # numbered 1, 2, 3 over their credits: the clippings whose credit names no desk too
        stamped = counted
    return (
        _with_texts(desk, lines)
        or stamped
        or _with_texts(_counted_credits(lines), lines)
        or _with_texts(_counted_headlines(lines), lines)
        or starts
    )


def _credited_headlines(lines: list[str]) -> list[int]:
    """The headlines closing with their bracketed credit ('Headline (Outlet, 1 December)'),
    two at least, each over a paragraph of text: a digest's summaries, however short."""
    found = [i for i, line in enumerate(lines) if headline_credit(line) is not None]
    texts = [lines[a + 1 : b] for a, b in zip(found, [*found[1:], len(lines)], strict=False)]
    return found if len(found) >= 2 and all(any(map(is_prose, t)) for t in texts) else []


def _with_wire_items(
    starts: list[int], lines: list[str], profiles: tuple[Profile, ...]
) -> list[int]:
    """`starts` with the agency items among the review's clippings: a short dated line
    ('Agency-Meldung vom 01.12.2026, 17:42 Uhr') over a headline and a text opening with an
    agency's dateline ('Berlin (dpa) - …'), under the text of the clipping above (no row of
    a clipping's field block: 'Datum: 01.12.2026, 14:22 Uhr'). Why: such a stamp names no
    outlet or page, so no print stamp; the item ran on as the text of the clipping above."""
    have = set(starts)

    def opens(text: str) -> bool:
        return parse_dateline(text, profiles) is not None

    def after_text(i: int) -> bool:
        above = next((ln for ln in lines[i - 1 :: -1] if ln.strip()), "") if i else ""
        return is_prose(above) and not _field_row(lines[i])

    more = [
        i
        for i, line in enumerate(lines)
        if i not in have
        and not is_prose(line)
        and _stamped_item_at(lines, i, _short_dated, opens)
        and after_text(i)
    ]
    return sorted([*starts, *more]) if more else starts


def _counted_headlines(lines: list[str]) -> list[int]:
    """A review's clippings each under its numbered headline with the outlet and day right
    under it ('1. Headline' / 'Outlet, 08.12.2025' / text): where the numbers run 1, 2, 3
    from the first, the clippings start at the headlines. Why: the bare credit alone could be
    a dateline's place and day, and the review was read as one article under its cover
    line; numbered in a run over such credits, the lines are the clippings' headlines."""
    found = []
    for i, line in enumerate(lines):
        if not line[:1].isdigit() or not ITEM_NUMBER.match(line) or is_prose(line):
            continue
        under = [ln.strip() for ln in lines[i + 1 : i + 4] if ln.strip()]
        if len(under) >= 2 and _lead_credit(under[0]) and is_prose(under[1]):
            found.append(i)
    counts = [int(ITEM_NUMBER.match(lines[i])[0].strip(" .)[]")) for i in found]
    return found if counts == list(range(1, len(found) + 1)) else []


def _counted_credits(lines: list[str]) -> list[int]:
    """A summary's clippings each under its numbered credit, outlet and day alone ('1.
    «Outlet», 19.01.2026'), maybe its author's line ('Автор: Name', 'By Jane Roe') between it
    and the headline: where the numbers run 1, 2, 3 from the first, the clippings start
    there. Why: with no label or page such a line alone could be a dateline's place and day,
    and the summary read as one article, the contents line its title, the other items lost;
    counted in a run, the lines are the clippings' credits."""
    found = []
    for i, line in enumerate(lines):
        if not line[:1].isdigit() or not _numbered_credit(line.strip()):
            continue
        under = [ln.strip() for ln in lines[i + 1 : i + 2 + _HEADLINE_SPAN] if ln.strip()]
        if under and _byline(under[0]):
            under = under[1:]
        if under and _headline_under(under[:1]):
            found.append(i)
    counts = [int(ITEM_NUMBER.match(lines[i].strip())[0].strip(" .)[]")) for i in found]
    return found if counts == list(range(1, len(found) + 1)) else []


def _with_numbered_credits(starts: list[int], lines: list[str]) -> list[int]:
    """`starts` with the review's other numbered clippings: where the found source lines
    carry the clippings' numbers ('2. Outlet | 25.11.2025 | Рубрика: X'), a numbered line of
    an outlet and a day alone over a headline ('1. Outlet, 24.11.2025, 11:20', '5. «Outlet»
    (Town), 27.11.2025') is a clipping's source line too. Why: alone, such a line could be a
    dateline's place and day; numbered like its siblings, it is a credit."""
    if sum(bool(ITEM_NUMBER.match(lines[i].strip())) for i in starts) < 2:
        return starts
    have = set(starts)
    more = [
        i
        for i, line in enumerate(lines)
        if i not in have
        and line[:1].isdigit()
        and _numbered_credit(line.strip())
        and _headline_under(lines[i + 1 : i + 1 + _HEADLINE_SPAN])
    ]
    return sorted([*starts, *more]) if more else starts


def _numbered_credit(line: str) -> bool:
    """'3. Outlet, 24.11.2025[, 11:20]': a number, an outlet without digits, its day."""
    m = ITEM_NUMBER.match(line)
    return m is not None and bool(_comma_credit(line[m.end() :]))


_NAME_WORD = r"[«\"„]?[^\W\d_][\w.-]*[»\"“]?"
_DIGITS_IN_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")


def _comma_credit(line: str) -> str:
    """The outlet of a bare credit, an outlet without digits and its day, maybe the minute
    ('Outlet, 24.11.2025, 11:20', '«Outlet» (Town), 27.11.2025'), else ''. Alone on a line
    it could be a dateline's place: trusted only as a review's clipping's source line."""
    if len(line) > 100:
        return ""
    outlet, comma, rest = line.partition(",")
    if not comma or re.search(r"[:|·•]", outlet) or not 0 < len(outlet.split()) <= 5:
        return ""
    # figures only inside a name's word ('Example2050.kz', 'Sport24'), not on their own
    if any(c.isdigit() for c in outlet) and not _DIGITS_IN_NAME.fullmatch(outlet.strip()):
        return ""
    hits = year_dates(rest)
    if not hits or len(rest.strip()) - (hits[0].end - hits[0].start) > 12:
        return ""
    if any(h.weekday for h in year_dates(line)[:1]):
        return ""  # 'Mittwoch, 18. November 2025': the cover's day, no outlet before it
    if re.search(r"\d\.?\s*[–—-]\s*$", rest[: hits[0].start]):
        return ""  # 'Weekly summary, 8–14 December 2025': a period, no clipping's day
    return without_addition(outlet.strip()).strip('«»"„“” ')


def _opening_credit(line: str) -> str:
    """The outlet of a credit that opens with the outlet and its day, whatever follows the
    day ('Outlet, 26.11.2025, № 217, стр. 2 – Desk', 'Outlet, 21 November 2025, p. 19
    (Opinion)', 'Outlet, 22 November 2025, 06:00 CET'), else ''."""
    if len(line) > 120 or len(line.split()) > 16:
        return ""
    # the issue's number with its day in brackets ('Outlet, Nr. 22 (21.11.2026), S. 4')
    outlet, comma, rest = issue_day_first(line).partition(",")
    hits = year_dates(rest) if comma else []
    if not hits or hits[0].start > 1 or not _comma_credit(f"{outlet},{rest[: hits[0].end]}"):
        return ""
    # the name without its kind or town ('Газета «Example»', '«Example» (Town)')
    return brand_name(without_addition(outlet.strip()))


def _full_credit(line: str) -> tuple[ItemStamp, str] | None:
    """A credit under a clipping's headline, outlet and day first and more after the day
    (its minute, its desk or author by label or 'By Name', bars or commas between:
    'Outlet, 30 November 2026 | By Jane Roe', 'Outlet, 1 December 2026, 10:15', 'Outlet, 30
    November 2026 | Rubric: X | Author: Y'), read as a labelled source line is: its outlet,
    day and desk, and its author; else None. A bare 'Outlet, 30 November 2026' without its
    minute could be a place and day, and is left to the review's other rules."""
    line = line.strip()
    hits = year_dates(line)
    if not _lead_credit(line) or (_bare_credit(line) and not hits[0].has_time):
        return None
    return labelled_credit(f"Quelle: {_CREDIT_BAR.sub(', ', line, count=1)}")


def _credited_byline(lines: list[str]) -> str:
    """The author of the byline under a credited clipping's headline ('By Jane Roe'), else
    ''. Why: the outlet's name before the day ('Example Europe, 22 November 2025') reads as
    a person's over a stamp and was taken for the author, the byline under it lost."""
    return next((author_of_line(ln) for ln in lines if _byline(ln.strip())), "")


def _separated_credits(lines: list[str]) -> list[int]:
    """A review's clippings divided by separator lines ('* * *', '_____'), each opening
    with its credit, outlet and day first, over its headline: the first clipping at its
    credit over the first separator, the others right under one. Why: with a page or a
    desk after the day the credit is no bare one, with no label no source line; the marks
    between the clippings say where each starts. [] unless every part up to the review's
    own tail opens so."""
    marks = [i for i, ln in enumerate(lines) if ln.strip() and _SEPARATOR.match(ln.strip())]

    def credit_at(i: int) -> bool:
        under = lines[i + 1 : i + 1 + _HEADLINE_SPAN]
        return bool(_lead_credit(lines[i])) and _headline_under(under)

    def headline_at(i: int, dated: Callable[[str], object]) -> bool:
        # the headline over its credit ('Headline' / 'Outlet, 18.11.2025, S. 6 – …'), or,
        # once the first clipping opened so, over any short dated line ('Headline' /
        # 'Agency-Meldung vom 17.11.2025, 15:21 Uhr')
        under = [ln.strip() for ln in lines[i + 1 : i + 1 + _HEADLINE_SPAN] if ln.strip()]
        head = lines[i].strip()
        return (
            len(under) >= 2
            and bool(head)
            and not is_prose(head)
            and not is_prose(under[0])
            and bool(dated(under[0]))
            and is_prose(under[1])
        )

    def opens(i: int) -> bool:
        return credit_at(i) or headline_at(i, _lead_credit) or _stacked_credit(lines, i)

    first = next((i for i in range(marks[0]) if opens(i)), -1) if marks else -1
    if first < 0:
        return []
    starts = [first]
    for mark in marks:
        opening = next((i for i in range(mark + 1, len(lines)) if lines[i].strip()), -1)
        if opening >= 0 and not opens(opening) and _group_heading(lines[opening]):
            # the clipping under the heading of the topic it opens ('UNTERNEHMEN / КОМПАНИИ')
            opening = next((i for i in range(opening + 1, len(lines)) if lines[i].strip()), -1)
        if opening >= 0 and (opens(opening) or headline_at(opening, _short_dated)):
            starts.append(opening)
        elif opening >= 0 and _SEPARATOR.match(lines[opening].strip()):
            continue
        else:
            break  # the review's own lines under its last clipping
    return starts if len(starts) >= 2 else []


def _stacked_credit(lines: list[str], i: int) -> bool:
    """A clipping's outlet alone on its line over its day ('EXAMPLE SPORT' / '21.11.2025 ·
    Desk' or '20.11.2025 13:05'), its headline under them."""
    under = [ln.strip() for ln in lines[i + 1 : i + 2 + _HEADLINE_SPAN] if ln.strip()]
    outlet = lines[i].strip()
    if len(under) < 2 or not outlet or re.search(r"\d|[:|·•,]", outlet):
        return False
    if len(outlet.split()) > 5 or is_prose(outlet):
        return False
    day = under[0]
    hits = year_dates(day)
    stamped = (
        bool(hits)
        and hits[0].start == 0
        and (len(day) - hits[0].end <= 2 or desk_stamp(day) is not None)
    )
    # the headline, maybe a byline, then the text: no cover's title over its day and contents
    return stamped and _headline_under(under[1:]) and any(map(is_prose, under[2:4]))


def _under_stacked_credit(part: str, hints: Hints) -> str:
    """The clipping under its outlet's line and its day's ('EXAMPLE SPORT' / '20.11.2025 ·
    Desk'), those given to ``hints`` as its outlet, day and desk. Why: read as the text's
    head, the outlet's capitals over a day passed for a rubric and the item had no source."""
    lines = part.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    day = lines[filled[1]].strip()
    stamp = desk_stamp(day)
    hints.fallback_source = lines[filled[0]].strip()
    hints.section = stamp.section if stamp else ""
    hints.published = stamp.published if stamp else year_dates(day)[0].value
    return "\n".join(lines[filled[1] + 1 :])


def _short_dated(line: str) -> bool:
    """A short line holding a day ('Agency-Meldung vom 17.11.2025, 15:21 Uhr')."""
    return len(line.split()) <= 12 and bool(year_dates(line))


def _online_stamp(line: str) -> bool:
    """An online clipping's stamp line, outlet, day with the minute it went online and desk
    ('Example Online | 20.11.2025, 14.32 Uhr | Wirtschaft'): no page, so no print stamp, but
    a clipping's source line all the same, among print stamps in the same review."""
    line = line.strip()
    if ("|" not in line and "·" not in line) or len(line) > 120 or is_copy_stamp(line):
        return False  # 'Документ 1 из 1 · Сохранено 27.11.2025 10:41': the copy's stamp
    stamp = one_line_stamp(line)
    # the kind of medium after the day names it a clipping's credit ('Outlet | date | online')
    medium = medium_after_day(line)
    return bool(stamp and stamp.complete and (stamp.section or stamp.published.hour or medium))


def _credited_below(lines: list[str]) -> list[int]:
    """The headlines of clippings that carry their source line under the text ('Headline' /
    maybe 'Von Jane Doe' / text / 'Quelle: Outlet, 24.11.2026, S. 5', maybe a '* * *' after
    it), the review ending with a credit: each clipping starts at its headline over its
    first paragraph. The first clipping's text is the run of paragraphs over the first
    credit: the cover above it may hold a paragraph of its own (a summary, a notice)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    credits = [
        n
        for n, i in enumerate(filled)
        if n and _foot_credit(lines, filled, n) and is_prose(lines[filled[n - 1]])
    ]
    tail = [lines[i].strip() for i in filled[credits[-1] + 1 :]] if credits else []
    # the review's own sign-off under the last credit ('Compiled by the press office. …')
    if not credits or any(is_prose(ln) and not _SIGNOFF.match(ln) for ln in tail):
        return []
    # the first clipping's text: the paragraphs right over its credit
    first = credits[0]
    while first > 0 and is_prose(lines[filled[first - 1]]):
        first -= 1
    starts = []
    for after, n in zip([-1, *credits[:-1]], credits, strict=True):
        text = (
            first
            if after < 0
            else next((k for k in range(after + 1, n) if is_prose(lines[filled[k]])), 0)
        )
        if text and _byline(lines[filled[text - 1]].strip()):
            text -= 1  # 'Headline' / 'Von Jane Doe' / text
        if text - 1 <= after:
            return []  # no headline over the text
        starts.append(filled[text - 1])
    return starts


def _foot_credit(lines: list[str], filled: list[int], n: int) -> bool:
    """Whether the ``n``-th filled line is a clipping's credit under its text: a labelled
    source line, or an unlabelled credit, outlet and day first ('Outlet, 02.12.2026, с. 9,
    рубрика «X». Автор: Name', 'Outlet, 01.12.2026, 12:14'), with a separator mark ('* *
    *') under it. Why: alone, such a line could be a text's own place and day; closing the
    clipping over the mark, it is the clipping's credit."""
    line = lines[filled[n]].strip()
    if is_source_line(line):
        return True
    after = lines[filled[n + 1]].strip() if n + 1 < len(filled) else ""
    closed = _SEPARATOR.match(after) or _FLAG.match(after)
    return bool(closed) and bool(credit_stamp(line) or _lead_credit(line))


def _unlabelled_foot_credit(part: list[str]) -> list[str]:
    """A clipping credited under its text with its unlabelled credit moved over its
    headline, where a review's credit is read: under the text it was read as a line of
    the text, the outlet, day, desk and author lost."""
    filled = [k for k, line in enumerate(part) if line.strip()]
    if len(filled) < 3:
        return part
    last = part[filled[-1]].strip()
    if is_source_line(last) or not is_prose(part[filled[-2]]):
        return part
    if not (credit_stamp(last) or _lead_credit(last)):
        return part
    return [last, *part[: filled[-1]], *part[filled[-1] + 1 :]]


def _closing_credits(starts: list[int], lines: list[str]) -> list[int]:
    """The clippings' headlines when the source lines found as `starts` close the texts
    over them ('1. Headline' / text / 'Источник: Outlet, 01.12.2026' / '2. Headline' / …,
    the review ending with a credit), else []. Why: each credit has the next clipping's
    headline under it and passed for that clipping's opening line: the clippings were
    shifted by one, the first one's text lost in the cover."""
    below = _with_texts(_credited_below(lines), lines)
    heads, last = set(below), 0
    for start in starts:
        after = [k for k in range(start + 1, len(lines)) if lines[k].strip()]
        after = [k for k in after if not _FLAG.match(lines[k].strip())]
        if after and _group_heading(lines[after[0]]) and after[0] not in heads:
            after = after[1:]  # 'ВЫЕЗДНОЙ ТУРИЗМ' over the next clipping's headline
        last += not after  # none after it: the review's last credit
        if after and after[0] not in heads:
            return []
    return below if len(below) > len(starts) - last else []


def _credit_at(lines: list[str], i: int) -> bool:
    """An unlabelled credit naming outlet, day and desk over a headline."""
    line = lines[i].strip()
    stamp = one_line_stamp(line) if len(line.split()) <= 16 else None
    return bool(stamp and stamp.complete and stamp.section) and _headline_under(
        lines[i + 1 : i + 1 + _HEADLINE_SPAN]
    )


def _stamped_headlines(lines: list[str]) -> list[int]:
    """The headlines of clippings that carry their print credit under the headline
    ('Headline' / 'Outlet | Rubric | date' / text), or their labelled source line ('Quelle:
    Outlet | Ausgabe vom 25.11.2025 | Seite 17 | Ressort: X'): where each clipping starts.
    Among two such at least, a headline over a bare credit, outlet and day alone ('Outlet,
    01/12/2026 21:40'), starts one too: alone it could be a dateline's place and day."""
    found, bare = [], []
    for i, line in enumerate(lines):
        if not line.strip() or is_prose(line):
            continue  # before the byline test below: it reads the lines under every line
        under = [ln.strip() for ln in lines[i + 1 : i + 2 + _HEADLINE_SPAN] if ln.strip()]
        if len(under) > 2 and (_byline(under[1]) or placed_name(under[1])):
            del under[1]  # 'Headline' / credit / 'Von Jane Doe' / text
        if len(under) < 2 or not is_prose(under[1]):
            continue
        if _byline(line) or _COMMENT.match(line.strip()) or _figures_row(line):
            continue
        if (
            under_headline_stamp(under[0]) is not None
            or is_source_line(under[0])
            or _online_stamp(under[0])  # 'Outlet · 24 Nov 2026, 07:12 GMT'
            or (len(under[0]) <= 120 and credit_stamp(under[0]) is not None)
            or page_credit(under[0]) is not None  # 'Outlet, page 6 (Desk)': the cover's day
            or _full_credit(under[0]) is not None  # 'Outlet, 1 December 2026 | By Name'
        ):
            found.append(i)
        elif _bare_credit(under[0]):
            bare.append(i)
    return sorted(found + bare) if len(found) >= 2 else found


def _figures_row(line: str) -> bool:
    """A table's row of figures ('Nord | 12 | 14'): over a statistic's source line, no
    clipping's headline."""
    cells = line.split("|")
    return len(cells) > 1 and any(re.fullmatch(r"[\d\s.,%+\-–]+", c) for c in cells)


def _cover_lines(lines: list[str], starts: list[int]) -> int:
    """The cover's lines above the first clipping, not counting a table of contents: an
    entry repeating a clipping's headline ('1. Headline (Outlet)'), also when a table's
    cells wrap it over two lines with the outlet between ('Headline start' / 'Outlet
    headline end'), and its one-word cells (numbers, column heads) are no text of their own."""
    heads, outlets = set(), set()
    for i in starts:
        under = [ln.strip() for ln in lines[i : i + 1 + _HEADLINE_SPAN] if ln.strip()]
        # the headline under a source line (or under an outlet's line and its day), or
        # the headline a source line stands under
        heads.update(head for head in under[:3] if len(head) > 15 and not is_prose(head))
        # under a field block, the first line that is no field
        block = lines[i + 1 : i + 2 + _FIELDS_MAX + _HEADLINE_SPAN]
        head = next((ln.strip() for ln in block if ln.strip() and not _field_row(ln)), "")
        heads.update([head] if len(head) > 15 and not is_prose(head) else [])
        # the outlet the stamp line names (or its outlet's field, 'Quelle: Outlet'): the
        # contents list it beside its headline
        outlet = STAMP_PARTS.split(lines[i].strip())[0]
        label, colon, value = outlet.partition(":")
        outlets.add((value if colon and field_kind(label) else outlet).strip().casefold())
        if credit := headline_credit(lines[i]):
            heads.add(credit.headline)  # 'Headline (Outlet, 1 December)': its entry the headline
    cover = [line.strip() for line in lines[: starts[0]] if line.strip()]
    if sum(_toc_entry(line, heads) for line in cover) >= max(2, len(starts) // 2):
        return 0  # a contents list naming the clippings: the cover of a review, however long
    return sum(
        len(line.split()) > 1
        and not _toc_entry(line, heads)
        and not _toc_outlet(_PAGE_TAIL.sub("", line).casefold(), outlets)
        for line in cover
    )


def _group_heading(line: str) -> bool:
    """A review's heading in capitals over the clippings of one topic ('POLICY & CLIMATE',
    'UNTERNEHMEN / КОМПАНИИ'): a few words, no figure, no sentence's stop."""
    line = line.strip()
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and all(c.isupper() for c in letters)
        and 0 < len(line.split()) <= 6
        and not re.search(r"[\d.!?:;,«»\"]", line)
    )


def _toc_outlet(line: str, outlets: set[str]) -> bool:
    """A contents list's cell naming a clipping's outlet, maybe wrapped ('Example
    Allgemeine' / 'Zeitung'), or its column head ('Outlet', 'Quelle')."""
    return bool(field_kind(line)) or any(
        outlet == line or outlet.startswith(f"{line} ") for outlet in outlets
    )


_PAGE_TAIL = re.compile(r"(?:\s*(?:\.{2,}|…)\s*|\s+)(?:S\.\s*|с\.\s*)?\d{1,3}$")


def _toc_entry(line: str, heads: set[str]) -> bool:
    """Whether a cover line is (a piece of) a table of contents' entry for one of `heads`."""
    numbered = re.match(r"^\d{1,2}[.)]?\s+", line)
    line = line[numbered.end() :] if numbered else line
    for head in heads:
        if numbered and head.endswith(f" {line}"):
            return True  # a numbered row's wrapped tail ('4 Zeitplan' under '3 Headline im')
        if head in line or (len(line) >= 20 and line[:20] == head[:20]):
            return True
        if len(line) >= 12 and head.endswith(line[-12:]):
            return True
    return False


# The review's own lines after its last clipping: who compiled it, the end mark, whom to ask,
# when the next one comes ('Zusammengestellt von: …', '– Ende des Pressespiegels –', 'Обзор
# подготовлен отделом мониторинга …', 'Compiled by the press office').
_SIGNOFF = re.compile(
    r"^[\W_]{0,3}(?:zusammengestellt|zusammenstellung\s*:|erstellt von|compiled by|prepared by|"
    r"составитель\s*:|"
    r"(?:обзор|мониторинг|подборка) (?:подготовлен|составлен)|подготовлено|"
    r"ende (?:des|der) (?:presse|medien)(?:spiegels|schau)|end of (?:the )?(?:press |media )?"
    r"(?:review|digest|clippings|summary)\b|конец обзора|(?:bei )?rückfragen|(?:for )?(?:questions|"
    r"enquiries|inquiries|queries)\b|по (?:всем )?вопросам|"
    r"(?:der|die) nächste (?:presse|medien)|the next (?:press |media )?review|"
    r"следующий обзор)",
    re.IGNORECASE,
)
# A line of separator marks between clippings: '* * *', '– – –', '***', '-----'.
_SEPARATOR = re.compile(r"^[*–—\-_=~·•#■□▪◆◇●○\s]{3,}$")
# An analyst's flag under a clipping ('▶ Durham University quoted: …'): the review's note,
# closing the clipping as a separator mark does.
_FLAG = re.compile(r"^[▶►▸▷➤➜]\s")


def _without_signoff(lines: list[str]) -> list[str]:
    """The last clipping up to the review's sign-off under it (after its text has begun),
    and every clipping without the separator lines at its foot."""
    if any(is_prose(line) for line in lines):
        first = next(i for i, line in enumerate(lines) if is_prose(line))
        for i in range(first + 1, len(lines)):
            line = lines[i].strip()
            if line[:1] and len(line) < 400 and _SIGNOFF.match(line):
                lines = lines[:i]
                break
    while lines and (not lines[-1].strip() or _SEPARATOR.match(lines[-1].strip())):
        lines = lines[:-1]
    return lines


# A clipping's field bar read as one line, its cells run together ('SOURCE: Outlet DATE:
# 20/11/2025 PAGE: 4 SECTION: Desk'): the outlet's label opens it, and the other labels,
# each after a plain space, start the fields it holds.
_BAR_OPENS = re.compile(r"^(?:source|quelle|источник|сми|издание|medium|publication)\s*:\s", re.I)
_BAR_FIELD = re.compile(
    r"(?<=[^\s|·•,;])\s+(?=(?:date|datum|дата|page|seite|страница|section|ressort|rubrik|"
    r"рубрика|раздел|author|autor|автор|edition|ausgabe|выпуск)\s*:\s)",
    re.I,
)
_BAR_DATE = re.compile(r"(?:^|\s)(?:date|datum|дата)\s*:\s*\d", re.I)


def _field_bar(line: str) -> list[str]:
    """A run-together field bar's fields, one a line, or [line] when it is none."""
    if ":" not in line[:16] or not _BAR_OPENS.match(line) or not _BAR_DATE.search(line):
        return [line]
    fields = _BAR_FIELD.split(line)
    return fields if len(fields) >= 2 and _OUTLET_FIELD.match(fields[0]) else [line]


def clippings(text: str, profiles: tuple[Profile, ...] = ()) -> list[str]:
    """The review's clippings, each from its source line (or a bulletin's item stamp) up to
    the next; the cover lines above the first are the review's own. One clipping or none:
    the text as it is."""
    lines = [field for line in field_rows(text.split("\n")) for field in _field_bar(line)]
    lines = _rejoined_stamps(lines)
    starts = _item_starts(lines, profiles)
    # a review opens with its first clipping under a few cover lines; source lines deep in
    # a text are its tables' ("Source: Eurostat, 24.11.2025")
    if len(starts) < 2 or _cover_lines(lines, starts) > _COVER_LINES:
        return [text]
    ends = [*starts[1:], len(lines)]
    parts = [lines[start:end] for start, end in zip(starts, ends, strict=True)]
    below = starts == _credited_below(lines)
    if below:  # the analyst's flags under the credits ('▶ Quoted: …') are the review's
        parts = [[ln for ln in p if not _FLAG.match(ln.strip())] for p in parts]
    parts = [_without_heading(p, lines[: starts[0]]) for p in parts]
    if below:
        parts = [*map(_before_closing_mark, parts[:-1]), parts[-1]]
    parts = _without_topic_headings(parts, lines[: starts[0]])
    # marks between every two clippings: the last one's mark ends it too
    divided = all(p and _SEPARATOR.match(p[-1].strip() or "x") for p in parts[:-1])
    parts = [p[:-1] if p and _SEPARATOR.match(p[-1].strip() or "x") else p for p in parts]
    if divided:
        parts[-1] = _before_last_mark(parts[-1])
    if below:
        parts = [_unlabelled_foot_credit(_without_blank_tail(p)) for p in parts]
    # a numbered clipping's number is no part of its source line's outlet ('3. «Outlet», …')
    # nor of its headline where every clipping opens with its number, 1, 2, 3 ('2.
    # Headline' / 'Outlet, 09.12.2025')
    counted = _counted_parts(parts)
    parts = [
        [ITEM_NUMBER.sub("", p[0], count=1), *p[1:]]
        if p[0][:1].isdigit() and (counted or year_dates(p[0]) or _credit_under(p))
        else p
        for p in parts
    ]
    parts[-1] = _without_signoff(parts[-1])
    return ["\n".join(part) for part in parts]


_OPEN_STAMP = re.compile(r"\s[·|•]$")


def _rejoined_stamps(lines: list[str]) -> list[str]:
    """The lines with a print stamp wrapped after a separator by its column ('OUTLET ·
    02.12.2026 · S. 7 ·' / 'DESK') in one line again. Why: cut, the stamp lost its desk,
    and its outlet in capitals was filed as printed."""
    out: list[str] = []
    for line in lines:
        head = out[-1].strip() if out else ""
        cut = bool(head) and bool(_OPEN_STAMP.search(head)) and not is_prose(line)
        if cut and line.strip() and print_stamp(joined := f"{head} {line.strip()}"):
            out[-1] = joined
            continue
        out.append(line)
    return out


def _without_heading(part: list[str], cover: list[str]) -> list[str]:
    """A clipping without the review's section heading at its foot ('Wirtschaftspolitik'
    over the next clipping's headline), a short line the cover's contents list as a group's
    row ('WIRTSCHAFTSPOLITIK') or a heading in capitals under the clipping's closing source
    line. Why: it closed the clipping over it as a line of its text (or its byline)."""
    rows = {" ".join(line.split()).casefold() for line in cover if line.strip()}
    filled = [k for k, line in enumerate(part) if line.strip()]
    if len(filled) < 2:
        return part
    last = " ".join(part[filled[-1]].split())
    if last.casefold() in rows and len(last.split()) <= 6 and not is_prose(last):
        return part[: filled[-1]]
    credit = part[filled[-2]].strip()
    if _group_heading(last) and (is_source_line(credit) or _lead_credit(credit)):
        # under the clipping's closing credit, the next group's heading ('ВЫЕЗДНОЙ ТУРИЗМ')
        return part[: filled[-1]]
    return part


def _before_closing_mark(part: list[str]) -> list[str]:
    """A clipping credited under its text up to its closing mark ('* * *'): the lines
    under the mark without a paragraph of text (the next group's heading in capitals, an
    analyst's flag over the next headline, '▶ Quoted: …') are the review's, or the next
    clipping's, never this one's."""
    marks = [k for k, line in enumerate(part) if line.strip() and _SEPARATOR.match(line.strip())]
    if not marks or any(is_prose(line) for line in part[marks[-1] + 1 :]):
        return part
    return part[: marks[-1] + 1]


def _without_blank_tail(part: list[str]) -> list[str]:
    while part and not part[-1].strip():
        part = part[:-1]
    return part


def _topic_heading(line: str) -> bool:
    """A review's topic heading in plain case ('Klima und Energie', 'Naturschutz'): one to
    four words, a capital first, no figure, mark or sentence's stop."""
    line = line.strip()
    return (
        0 < len(line.split()) <= 4
        and line[:1].isupper()
        and not re.search(r"[\d.!?:;,|·•()\[\]\"«»„“”/]", line)
        and not is_prose(line)
    )


_BYLINE_ROWS = 4  # lines from a clipping's top: stamp, headline, deck, byline


def _without_topic_headings(parts: list[list[str]], cover: list[str]) -> list[list[str]]:
    """The clippings without the review's topic headings at their foot, where the review
    sets its clippings under such headings: one stands right over the first clipping, and
    two clippings or more end on one ('Naturschutz' over the next clipping's stamp). Why:
    the heading closed the clipping over it, read as its author's sign-off."""
    above = next((ln for ln in reversed(cover) if ln.strip()), "")
    if not _topic_heading(above):
        return parts

    def last(part: list[str]) -> int:
        return next((k for k in range(len(part) - 1, -1, -1) if part[k].strip()), -1)

    def signed(part: list[str]) -> bool:
        # a bare name at the foot of a clipping with no byline of its own ('Jana Beispiel')
        # is its writer's sign-off
        head = [ln for ln in part[: last(part)] if ln.strip()][:_BYLINE_ROWS]
        return bool(stamp_person(part[last(part)])) and not any(map(author_of_line, head))

    ends = [
        n
        for n, p in enumerate(parts[:-1])
        if last(p) > 0 and _topic_heading(p[last(p)]) and not signed(p)
    ]
    if len(ends) < 2:
        return parts
    return [p[: last(p)] if n in ends else p for n, p in enumerate(parts)]


def _before_last_mark(lines: list[str]) -> list[str]:
    """The last clipping of a review whose clippings end at separator marks, up to its own
    mark: what follows it without a paragraph of text ('Broadcast' / a list of interviews,
    a line each / 'Queries: …') is the review's own. A mark with a paragraph under it is
    the clipping's own break between its parts, and stays."""
    marks = [i for i, ln in enumerate(lines) if ln.strip() and _SEPARATOR.match(ln.strip())]
    if not marks or not any(is_prose(ln) for ln in lines[: marks[-1]]):
        return lines
    tail = lines[marks[-1] :]
    return lines if any(len(ln.split()) >= _PARAGRAPH_WORDS for ln in tail) else lines[: marks[-1]]


_PARAGRAPH_WORDS = 25  # a paragraph of text, longer than a list's line


def _counted_parts(parts: list[list[str]]) -> bool:
    """Whether every clipping's first line opens with its number, counted from 1."""
    marks = [ITEM_NUMBER.match(p[0].strip()) if p else None for p in parts]
    if not all(marks):
        return False
    return [int(m[0].strip(" .)[]")) for m in marks if m] == list(range(1, len(parts) + 1))


def _credit_under(part: list[str]) -> str:
    """The outlet of the bare credit right under a clipping's headline ('Outlet,
    09.12.2025'), else ''."""
    under = next((ln.strip() for ln in part[1:3] if ln.strip()), "")
    return _bare_credit(under) if under[:1].isalpha() or under[:1] in '«"„(' else ""


_CREDIT_BAR = re.compile(r"\s*[|·•]\s*")


def _credit_line_under(part: str) -> tuple[str, tuple[ItemStamp, str]] | None:
    """The clipping without the full credit right under its headline (`_full_credit`), and
    the credit's fields; None when no such credit stands there."""
    lines = part.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or is_prose(lines[filled[0]]):
        return None
    line = lines[filled[1]].strip()
    if print_stamp(line) or under_headline_stamp(line):
        return None  # a print stamp ('Outlet · date · Desk · p. 11'): read as such
    credit = _full_credit(line)
    if credit is None:
        return None
    return "\n".join(lines[: filled[1]] + lines[filled[1] + 1 :]), credit


def _bare_credit(line: str) -> str:
    """The outlet of a bare credit as `_comma_credit` reads it, also in brackets or with a
    bar or a dot between outlet and day ('(Outlet, 08.12.2025)', 'Outlet | 08.12.2025',
    'Outlet · 08.12.2025'), else ''."""
    line = line.strip()
    if line[:1] == "(" and line[-1:] == ")":
        line = line[1:-1]
    if "|" in line or "·" in line or "•" in line:
        line = _CREDIT_BAR.sub(", ", line, count=1)
    return _comma_credit(line)


def _lead_credit(line: str) -> str:
    """The outlet of a credit opening with its outlet and day, bare ('Outlet | 08.12.2025')
    or with more after the day ('«Outlet» | 24.11.2025 | рубрика «Desk» | автор: Name'),
    else ''."""
    line = _BYLINE_ROLE.sub("", line.strip())
    if any(h.weekday for h in year_dates(line)[:1]):
        # the weekday before the day in a credit's fields ('Outlet · Thursday 26 November
        # 2026 · page 7'); a weekday before a comma stays the cover's day
        line = _FIELD_WEEKDAY.sub(r"\1", line, count=1)
    return _bare_credit(line) or _opening_credit(_CREDIT_BAR.sub(", ", line, count=1))


_FIELD_WEEKDAY = re.compile(r"^([^|·•]+\s[|·•]\s*)[^\W\d_]{3,}\.?,?\s+(?=\d)")
# A closing byline's role after the name ('… · by Jane Roe, Associate Professor of X'):
# the writer's title, no part of the credit's length.
_BYLINE_ROLE = re.compile(r"(\s[|·•]\s*by\s+[^,|·•]+),[^|·•]*$", re.I)


def _page_credit_under(part: str) -> tuple[str, PageCredit] | None:
    """The clipping without the dateless credit right under its headline ('The Herald,
    page 6 (News)'), and that credit; None for none."""
    lines = part.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()][:2]
    if len(filled) < 2 or (credit := page_credit(lines[filled[1]])) is None:
        return None
    return "\n".join(lines[: filled[1]] + lines[filled[1] + 1 :]), credit


def _masthead(cover: str) -> str:
    """The digest's name heading its cover lines ('Example Chamber'), or ''."""
    first = next((ln.strip() for ln in cover.split("\n") if ln.strip()), "")
    plain = first and not re.search(r"\d|[|·•:]", first) and not is_prose(first)
    return first if plain and len(first.split()) <= 6 else ""


def _without_comments(text: str) -> tuple[str, str]:
    """The clipping without the analyst's comment lines, and those comments."""
    kept, notes = [], []
    for line in text.split("\n"):
        (notes if _COMMENT.match(line.strip()) else kept).append(line)
    return "\n".join(kept), "\n".join(n.strip() for n in notes)


def document_items(text: str, ctx: Context, origin: str, hints: Hints | None = None) -> list[Item]:
    """The articles of a document's text: one, or one per clipping of a press review (a
    clipping that gives no article is reported, the others go on)."""
    # a colleague's note over the pasted article: filed as its note, never its text
    cover, text = split_cover_note(text)
    if cover and (outlet := outlet_in_note(cover)):
        hints = hints or Hints()
        hints.fallback_source = hints.fallback_source or outlet
    parts = clippings(text, ctx.profiles)
    reference = hints.reference if hints else None
    items: list[Item] = []
    for n, part in enumerate(parts):
        notes = ""
        # one clipping's source line stands under its headline and the review's cover lines
        top = part.split("\n")[: _COVER_LINES if len(parts) == 1 else 3]
        if len(parts) > 1 or any(is_source_line(line.strip()) for line in top):
            # the analyst's remark under each clipping ('Kommentar: …', 'Example's take: …')
            part, notes = _without_comments(part)
        # a print title names the review, not its clippings
        part_hints = hints if len(parts) == 1 else Hints(reference=reference)
        if len(parts) > 1 and (stamp := desk_stamp(part.split("\n", 1)[0])) is not None:
            # a digest's item under its rubric and day, sent out under the digest's masthead
            part_hints.section, part_hints.published = stamp.section, stamp.published
            part_hints.fallback_source = _masthead(text[: text.find(parts[0])])
            part = part.split("\n", 1)[1]
        first = part.split("\n", 1)[0].strip()
        if len(parts) > 1 and (outlet := _comma_credit(first) or _opening_credit(first)):
            # 'Outlet, 27.11.2025' over the clipping, maybe its page and desk after the day;
            # a known outlet's edition under the outlet's name ('Example Europe': 'Example')
            part_hints.fallback_source = known_outlet_name(outlet)
            if author := _credited_byline(part.split("\n")[1 : 2 + _HEADLINE_SPAN]):
                # the credit names the outlet, the byline under the headline the author
                part_hints.author = author
        elif len(parts) > 1 and (credit := headline_credit(first)) is not None:
            # 'Headline (Outlet, 1 December)': the year the digest's cover gives
            part_hints.fallback_source = credit_source(credit)
            part_hints.credited_source = True
            part_hints.published = credit_date(credit, text[: text.find(parts[0])])
            part = "\n".join([credit.headline, *part.split("\n")[1:]])
        elif len(parts) > 1 and not print_stamp(first) and (credit := _full_credit(first)):
            # a credit in fields under the text, moved over the headline ('Outlet ·
            # Thursday 26 November 2026 · page 7 · News · by Jane Roe'): read as under it
            (stamp, author), part = credit, part.split("\n", 1)[1]
            part_hints.fallback_source = brand_name(stamp.outlet)  # as printed: 'BBC News'
            part_hints.credited_source = True
            part_hints.published, part_hints.section = stamp.published, stamp.section
            part_hints.author = author
        elif len(parts) > 1 and (stamp := credit_stamp(first)) is not None:
            # 'Outlet (outlet.com), Thursday 26 November 2026 – by Jane Doe': the weekday
            # kept it from the bare credits above
            part_hints.fallback_source = known_outlet_name(brand_name(stamp.outlet))
            part_hints.published, part_hints.section = stamp.published, stamp.section
            part_hints.author = credit_author(first)
            part = part.split("\n", 1)[1]
        elif len(parts) > 1 and (credit := _credit_line_under(part)) is not None:
            # 'Headline' / 'Outlet, 1 December 2026 | By Name' / text: the credit's fields
            part, (stamp, author) = credit
            part_hints.fallback_source = known_outlet_name(brand_name(stamp.outlet))
            part_hints.credited_source = True
            part_hints.published, part_hints.section = stamp.published, stamp.section
            part_hints.author = author
        elif len(parts) > 1 and (outlet := _credit_under(part.split("\n", 3))):
            # or under its headline, a known outlet's service under the outlet's name
            part_hints.fallback_source = known_outlet_name(brand_name(outlet))
        elif len(parts) > 1 and _stacked_credit(part.split("\n"), 0):
            part = _under_stacked_credit(part, part_hints)
        elif len(parts) > 1 and (found := _page_credit_under(part)):
            # 'Headline' / 'Outlet, page 6 (Desk)': the day is the review's, on its cover
            part, credit = found
            part_hints.fallback_source = known_outlet_name(credit.outlet)
            part_hints.section = credit.desk
            cover_days = year_dates(text[: text.find(parts[0])])
            part_hints.published = cover_days[0].value if cover_days else None
        body, part_hints = document_front(part, part_hints)
        try:
            extracted = from_text(body, ctx, origin=origin, part=n, hints=part_hints)
        except ExtractionError as exc:
            if len(parts) == 1:
                raise
            items.append(ExtractionFailure(f"{origin} (clipping {n + 1})", str(exc)))
            continue
        extracted.article.notes = "\n\n".join(filter(None, (cover if n == 0 else "", notes)))
        items.append(extracted)
    return items
