"""A colleague's note over an article pasted into a document.

Why: an analyst who pastes a clipping into a Word file for a colleague writes a few lines
over it ("Hallo Jana, / anbei der Artikel aus dem WA von heute … / Danke & Gruß / Markus"):
a greeting to a person, a sentence or two, a sign-off and a name. Those lines are no part
of the article (read as one, the greeting became its headline); they are the note the
clipping is filed with, and the outlet they name is the article's when the paste itself
prints no name.
"""

from __future__ import annotations

import re

from app.importers.outlets import default_gazetteer, known_outlet_name

# A greeting to one person or to the team, alone on its line: "Hallo Jana,", "Hi Tom,",
# "Dear Ms Berger,", "Liebe Kolleginnen und Kollegen,", "Здравствуйте, Анна!".
_GREETING = re.compile(
    r"^(?:hallo|hi|hey|hello|dear|liebe[rs]?|lieber|moin|servus|guten (?:morgen|tag)|"
    r"good (?:morning|afternoon)|здравствуйте|привет|добрый день|доброе утро|уважаем\w+)"
    r",?\s+(?:[A-ZÄÖÜА-ЯЁ][\w.'’-]*|kolleginnen und kollegen|zusammen|all|team|everyone|"
    r"коллеги)(?:\s+[A-ZÄÖÜА-ЯЁ][\w.'’-]*){0,2}\s*[,!:]?$",
    re.I,
)
# The note's closing: "Danke & Gruß", "Viele Grüße", "Best regards", "С уважением", maybe
# with the writer's name on the same line ("Thanks, Tom").
_SIGN_OFF = re.compile(
    r"^(?:(?:danke|vielen dank|thanks|thank you|спасибо)\s*(?:&|und|and|и|,)?\s*)?"
    r"(?:(?:many |best |kind |warm )?(?:thanks|regards|wishes)|cheers|best|"
    r"(?:(?:viele|beste|liebe|freundliche|herzliche|schöne) )?gr(?:ü(?:ß|ss)e?|u(?:ß|ss))|"
    r"(?:mit )?(?:freundlichen|besten|herzlichen) grüßen|lg|vg|mfg|all the best|danke|"
    r"thanks|с уважением|спасибо|всего доброго)(?:\s*[,!.]\s*[^\n]{0,30})?\s*[,!.]?$",
    re.I,
)
_NAME = re.compile(r"^[A-ZÄÖÜА-ЯЁ][\w'’-]+(?:\s[A-ZÄÖÜА-ЯЁ][\w'’-]+){0,2}$")
_NOTE_LINES = 8  # a note is a few lines: the greeting, a sentence or two, the sign-off
_NOTE_WORDS = 90
_ARTICLE_LINES = 5  # the article under it runs on for more lines than the note


def split_cover_note(text: str) -> tuple[str, str]:
    """(the note, the text under it) where a colleague's note opens the document: a
    greeting line, at most a few lines, a sign-off (the name under it counted in); else
    ('', text)."""
    lines = text.split("\n")
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    if not filled or not _GREETING.match(lines[filled[0]].strip()):
        return "", text
    for n, i in enumerate(filled[1:_NOTE_LINES], start=1):
        if not _SIGN_OFF.match(lines[i].strip()):
            continue
        end = i
        after = filled[n + 1] if n + 1 < len(filled) else None
        if after is not None and after == i + 1 and _NAME.match(lines[after].strip()):
            end = after  # the writer's name under the sign-off
        note = "\n".join(ln.strip() for ln in lines[: end + 1] if ln.strip())
        rest = lines[end + 1 :]
        if len(note.split()) > _NOTE_WORDS or sum(bool(ln.strip()) for ln in rest) < _ARTICLE_LINES:
            return "", text
        return note, "\n".join(rest).strip("\n")
    return "", text


# The outlet named after the word that says where the article is from: "der Artikel aus
# dem WA von heute", "this piece from the Example Times", "статья из «Примера»".
_FROM_OUTLET = re.compile(
    r"\b(?:aus|von|im|in|from|in|из|в)\s+(?:(?:dem|der|den|the)\s+)?[«„\"“]?"
    r"(?P<name>[A-ZÄÖÜА-ЯЁ][\w.&'’-]*(?:\s+[A-ZÄÖÜА-ЯЁ][\w.&'’-]*){0,3})"
)


def outlet_in_note(note: str) -> str:
    """The known outlet a note says the article is from ("aus dem WA von heute"), by its
    listed name, else ''. The capitalised words are tried whole, then fewer."""
    gaz = default_gazetteer()
    for m in _FROM_OUTLET.finditer(note):
        words = m["name"].split()
        for k in range(len(words), 0, -1):
            outlet = gaz.named(" ".join(words[:k]))
            if outlet is not None and outlet.kind != "aggregator":
                return known_outlet_name(" ".join(words[:k]), gaz)
    return ""
