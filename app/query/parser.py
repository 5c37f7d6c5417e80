"""Parser for the query language analysts know.

Implicit AND; ``OR``, which binds tighter than AND (``a OR b lang:de`` filters both);
``NOT`` and ``-term`` (a query may be only negative); the operators also in German and
Russian capitals between terms (``ODER``, ``UND``, ``NICHT``, ``ИЛИ``, ``И``, ``НЕ``);
parentheses; ``"phrases"`` and proximity in any order: ``"a b"~5``, and as Nexis and
Factiva write it ``a NEAR/5 b``, ``a w/5 b``, ``a /5/ b``, ``a near5 b``, bare ``NEAR``
(10 words), binding tighter than AND and looser than OR (``(Putin OR Путин) w/10 Trump``);
wildcards ``pre*``; fields (``title:``, ``tag:`` …) before a word, a phrase or a
parenthesised group; ``lang:`` by code or by name (``lang:Deutsch``, ``lang:russian``,
``lang:русский``); ``date:`` expressions. Errors raise
``QueryError`` with the position of the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.model import QueryError
from app.query.ast import Absent, And, DateRange, MatchAll, Node, Not, Or, Phrase, Term
from app.query.dates import parse_date_expr

#: fields whose ``field:""`` finds the clippings without a value (the facets' "(no source)")
ABSENT_FIELDS = ("source", "tag", "date", "author", "dateline", "section")

#: field name → what it searches (aliases map onto the same name)
FIELDS: dict[str, str] = {
    "title": "title",
    "lead": "lead",
    "body": "body",
    "text": "body",
    "note": "note",
    "notes": "note",
    "tag": "tag",
    "tags": "tag",
    "source": "source",
    "lang": "lang",
    "language": "lang",
    "dateline": "dateline",
    "place": "dateline",
    "section": "section",
    "author": "author",
    "date": "date",
}

#: a language by its name in German, English or Russian, or another code for it
LANGUAGE_NAMES: dict[str, str] = {
    name: code
    for code, names in {
        "de": "deutsch german germanisch ger deu немецкий немецком немецкая немецкие",
        "en": "english englisch eng английский английском английская английские",
        "ru": "russian russisch rus russ русский русском русская русские",
        "fr": "french französisch franzoesisch fra fre французский",
        "uk": "ukrainian ukrainisch ukr украинский",
        "be": "belarusian belarussisch weißrussisch bel белорусский",
        "kk": "kazakh kasachisch kaz казахский",
        "es": "spanish spanisch spa испанский",
        "it": "italian italienisch ita итальянский",
        "pl": "polish polnisch pol польский",
        "zh": "chinese chinesisch chi zho китайский",
    }.items()
    for name in names.split()
}
#: the codes an article's language can have (see app.importers.language)
LANGUAGE_CODES = frozenset((
    "de", "en", "ru", "uk", "be", "kk", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv",
    "da", "no", "fi", "hu", "ro", "bg", "sr", "hr", "tr", "el", "lt", "lv", "et", "zh", "ja", "ar",
))  # fmt: skip

#: the boolean operators in capitals, also in German and Russian: ``Griechenland ODER
#: Türkei``, ``Токаев ИЛИ Лукашенко`` (a German or Russian user's OR was the word "oder")
OPERATORS: dict[str, str] = {
    "AND": "AND", "UND": "AND", "И": "AND",
    "OR": "OR", "ODER": "OR", "ИЛИ": "OR",
    "NOT": "NOT", "NICHT": "NOT", "НЕ": "NOT",
}  # fmt: skip

#: proximity as Nexis and Factiva write it: NEAR/5, near5, w/5, /5/ (bare NEAR: 10 words)
_NEAR = re.compile(r"(?i:near)/?(\d+)|(?i:w)/(\d+)|/(?i:n)?(\d+)/|NEAR")
_NEAR_LIKE = re.compile(r"(?i:near|w)/")
DEFAULT_NEAR = 10

_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<minus>-(?=[^\s)]))
      | (?P<field>[A-Za-z]+:)
      | (?P<phrase>"[^"]*"(?:~\d+)?)
      | (?P<openquote>")
      | (?P<word>[^\s()"]+)""",
    re.VERBOSE,
)


@dataclass
class _Tok:
    kind: str
    text: str
    pos: int


def _tokenize(text: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        kind, pos = match.lastgroup or "", match.end()
        if kind == "space":
            continue
        if kind == "openquote":
            raise QueryError(f"unclosed quote at position {match.start() + 1}", match.start())
        if kind == "field" and match.group()[:-1].lower() not in FIELDS:
            if pos == len(text) or text[pos].isspace():  # "Update: …" is a word
                tokens.append(_Tok("word", match.group(), match.start()))
                continue
            if text.startswith("//", pos):  # a URL, not a field
                pos = _WORD_END.search(text, pos).start()
                tokens.append(_Tok("word", text[match.start() : pos], match.start()))
                continue
            raise QueryError(
                f"unknown field '{match.group()}' at position {match.start() + 1}; fields are "
                + ", ".join(f"{f}:" for f in sorted(set(FIELDS.values()))),
                match.start(),
            )
        if kind == "word" and not any(c.isalnum() or c in "*?" for c in match.group()):
            continue  # a lone dash or punctuation between words
        tokens.append(_Tok(kind, match.group(), match.start()))
    return tokens


_WORD_END = re.compile(r"[\s()]|$")


class _Parser:
    def __init__(self, text: str, today: date | None) -> None:
        self.text = text
        self.today = today
        self.tokens = _tokenize(text)
        self.i = 0

    def peek(self) -> _Tok | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Tok:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> Node:
        if not self.tokens:
            return MatchAll()
        node = self.and_expr(None)
        tok = self.peek()
        if tok is not None:
            raise QueryError(f"unexpected ')' at position {tok.pos + 1}", tok.pos)
        return node

    def and_expr(self, field: str | None) -> Node:
        """Terms side by side (or joined by ``AND``), each an alternative of ``OR``s."""
        children: list[Node] = []
        while True:
            tok = self.peek()
            if tok is None or tok.kind == "rparen":
                break
            if self._is_op("AND"):
                op = self.take()
                if not children or self.peek() is None:
                    raise QueryError(
                        f"AND at position {op.pos + 1} needs a term on both sides", op.pos
                    )
                continue
            if self._is_op("OR"):
                op = self.take()
                raise QueryError(f"OR at position {op.pos + 1} needs a term before it", op.pos)
            children.append(self.near_expr(field))
        if not children:
            tok = self.peek()
            where = tok.pos if tok else len(self.text)
            what = f"'{tok.text}'" if tok else "the end"
            raise QueryError(f"expected a search term before {what} at position {where + 1}", where)
        if len(children) == 1:
            return children[0]
        return And(tuple(children))

    def near_expr(self, field: str | None) -> Node:
        """``a NEAR/5 b``, ``a w/5 b``: within five words in any order, as ``"a b"~5``.
        Looser than OR (``(Putin OR Путин) w/10 Trump``), tighter than AND."""
        node = self.or_expr(field)
        while (slop := self._near_slop()) is not None:
            op = self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind == "rparen" or self._is_op("AND") or self._is_op("OR"):
                raise QueryError(
                    f"{op.text} at position {op.pos + 1} needs a term after it", op.pos
                )
            node = _near(node, self.or_expr(field), slop, op)
        return node

    def _near_slop(self) -> int | None:
        """The word distance of the proximity operator next, None if no operator is next;
        a malformed one ("NEAR/x", "w/") is an error."""
        tok = self.peek()
        if tok is None or tok.kind != "word":
            return None
        match = _NEAR.fullmatch(tok.text)
        if match is None:
            if _NEAR_LIKE.match(tok.text):
                raise QueryError(
                    f"'{tok.text}' at position {tok.pos + 1}: proximity takes a number of "
                    "words, as in NEAR/5 or w/5",
                    tok.pos,
                )
            return None
        digits = next((g for g in match.groups() if g), None)
        slop = int(digits) if digits else DEFAULT_NEAR
        if slop < 1:
            raise QueryError(
                f"'{tok.text}' at position {tok.pos + 1}: proximity needs at least 1 word", tok.pos
            )
        return slop

    def or_expr(self, field: str | None) -> Node:
        """``OR`` binds tighter than ``AND``, as in web search and Nexis: the filter in
        ``Pipeline OR Gasleitung lang:de`` applies to both words, not only the last."""
        children = [self.unary(field)]
        while self._is_op("OR"):
            op = self.take()
            if self.peek() is None or self.peek().kind == "rparen" or self._is_op("AND"):
                raise QueryError(f"OR at position {op.pos + 1} needs a term after it", op.pos)
            children.append(self.unary(field))
        return children[0] if len(children) == 1 else Or(tuple(children))

    def unary(self, field: str | None) -> Node:
        tok = self.peek()
        if tok.kind == "minus" or self._is_op("NOT"):
            self.take()
            if self.peek() is None or self.peek().kind == "rparen":
                raise QueryError(f"nothing to exclude after position {tok.pos + 1}", tok.pos)
            return Not(self.unary(field))
        return self.primary(field)

    def primary(self, field: str | None) -> Node:
        tok = self.take()
        if tok.kind == "lparen":
            inner = self.and_expr(field)
            close = self.peek()
            if close is None or close.kind != "rparen":
                raise QueryError(f"missing ')' for '(' at position {tok.pos + 1}", tok.pos)
            self.take()
            return inner
        if tok.kind == "field":
            name = FIELDS[tok.text[:-1].lower()]
            nxt = self.peek()
            if nxt is not None and nxt.kind == "phrase" and nxt.text == '""':
                self.take()  # source:"" - no source at all
                if name not in ABSENT_FIELDS:
                    known = ", ".join(f'{f}:""' for f in ABSENT_FIELDS)
                    raise QueryError(
                        f"'{tok.text}\"\"' at position {tok.pos + 1}: only {known} ask for"
                        " clippings without a value",
                        tok.pos,
                    )
                return Absent(name)
            if name == "date":
                return self._date(tok)
            if nxt is None or nxt.kind not in ("word", "phrase", "lparen"):
                raise QueryError(f"field '{tok.text}' needs a value", tok.pos)
            return self.primary(name)
        if tok.kind == "phrase":
            return self._phrase(tok, field)
        if tok.kind == "word":
            self.i -= 1
            if self._near_slop() is not None:
                raise QueryError(
                    f"{tok.text} at position {tok.pos + 1} needs a term on both sides", tok.pos
                )
            self.i += 1
            if field == "lang":
                return Term(_language(tok.text, tok.pos), field)
            return Term(tok.text, field, wildcard=any(c in tok.text for c in "*?"))
        raise QueryError(f"unexpected '{tok.text}' at position {tok.pos + 1}", tok.pos)

    def _phrase(self, tok: _Tok, field: str | None) -> Node:
        body, _, slop = tok.text[1:].partition('"')
        words = tuple(body.split())
        if not words:
            raise QueryError(f"empty phrase at position {tok.pos + 1}", tok.pos)
        slop_value = int(slop[1:]) if slop else 0
        if len(words) == 1 and not slop_value:
            return Term(_language(words[0], tok.pos) if field == "lang" else words[0], field)
        return Phrase(words, field, slop_value)

    def _date(self, field_tok: _Tok) -> Node:
        tok = self.peek()
        if tok is None or tok.kind not in ("word", "phrase"):
            raise QueryError(f"'date:' at position {field_tok.pos + 1} needs a date", field_tok.pos)
        self.take()
        try:
            start, end = parse_date_expr(tok.text.strip('"'), self.today)
        except QueryError as exc:
            raise QueryError(f"{exc} (position {tok.pos + 1})", tok.pos) from None
        return DateRange(start, end)

    def _is_op(self, name: str) -> bool:
        """Whether the next token is the operator ``name`` (``AND``, ``OR``, ``NOT``): as
        written in English, or as German or Russian write it (``ODER``, ``ИЛИ``) where it
        stands as an operator - between terms, ``NICHT`` before one - else it is a word
        (the river in ``Hochwasser ODER``)."""
        tok = self.peek()
        if tok is None or tok.kind != "word" or OPERATORS.get(tok.text) != name:
            return False
        return tok.text == name or self._operator_here(name)

    def _operator_here(self, name: str) -> bool:
        """Whether a term follows the next token, and for ``AND`` and ``OR`` one ends
        before it."""
        after = self.tokens[self.i + 1] if self.i + 1 < len(self.tokens) else None
        if after is None or after.kind == "rparen":
            return False
        if after.kind == "word" and OPERATORS.get(after.text) in ("AND", "OR"):
            return False
        if name == "NOT":
            return True
        before = self.tokens[self.i - 1] if self.i else None
        return (
            before is not None
            and before.kind in ("word", "phrase", "rparen")
            and (before.kind != "word" or before.text not in OPERATORS)
        )


def _language(text: str, pos: int) -> str:
    """The language code ``lang:`` means: a code in any case, or a language's name."""
    said = text.lower()
    if said in LANGUAGE_CODES:
        return said
    if said in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[said]
    if any(c in said for c in "*?"):
        return said
    raise QueryError(
        f"unknown language '{text}' at position {pos + 1}: use de, en or ru "
        "(or their names: Deutsch, English, русский …)",
        pos,
    )


#: a proximity's side: its words, the exact phrases among them, its field
_Side = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], str | None]
_TEXT_FIELDS = (None, "title", "lead", "body", "author")
MAX_NEAR_PAIRS = 64


def _near(left: Node, right: Node, slop: int, op: _Tok) -> Node:
    """``left`` within ``slop`` words of ``right``, in any order: a proximity phrase for
    each pair of their alternatives (a phrase among them also kept as a phrase)."""
    lefts, rights = _near_sides(left, op), _near_sides(right, op)
    if len(lefts) * len(rights) > MAX_NEAR_PAIRS:
        raise QueryError(
            f"{op.text} at position {op.pos + 1} joins too many alternatives "
            f"(at most {MAX_NEAR_PAIRS} pairs)",
            op.pos,
        )
    pairs: list[Node] = []
    for words_a, exact_a, field_a in lefts:
        for words_b, exact_b, field_b in rights:
            if field_a and field_b and field_a != field_b:
                raise QueryError(
                    f"{op.text} at position {op.pos + 1} joins words of two fields "
                    f"({field_a}: and {field_b}:)",
                    op.pos,
                )
            field = field_a or field_b
            near = Phrase(words_a + words_b, field, slop)
            exact = [Phrase(words, field) for words in dict.fromkeys(exact_a + exact_b)]
            pairs.append(And((*exact, near)) if exact else near)
    return pairs[0] if len(pairs) == 1 else Or(tuple(pairs))


def _near_sides(node: Node, op: _Tok) -> list[_Side]:
    match node:
        case Term(text, field, False) if field in _TEXT_FIELDS:
            return [((text,), (), field)]
        case Phrase(words, field, 0) if field in _TEXT_FIELDS:
            return [(words, (words,), field)]
        case Phrase(words, field, _) if field in _TEXT_FIELDS:  # a chain: a w/5 b w/5 c
            return [(words, (), field)]
        case And((*exact, Phrase(words, field, slop))) if slop and all(
            isinstance(e, Phrase) and not e.slop for e in exact
        ):
            return [(words, tuple(e.words for e in exact), field)]
        case Or(children):
            return [side for child in children for side in _near_sides(child, op)]
    raise QueryError(
        f"{op.text} at position {op.pos + 1} joins words, phrases or (a OR b) groups of the "
        "text, not wildcards, NOT or metadata fields",
        op.pos,
    )


def parse(text: str, today: date | None = None) -> Node:
    """Parse ``text``; a query that is only negative matches everything but that."""
    return _anchor_negatives(_Parser(text, today).parse())


def _anchor_negatives(node: Node) -> Node:
    """Give purely negative conjunctions something to subtract from."""
    if isinstance(node, Not):
        return And((MatchAll(), Not(_anchor_negatives(node.child))))
    if isinstance(node, Or):
        return Or(tuple(_anchor_negatives(c) for c in node.children))
    if isinstance(node, And):
        children = tuple(
            Not(_anchor_negatives(c.child)) if isinstance(c, Not) else _anchor_negatives(c)
            for c in node.children
        )
        if all(isinstance(c, Not) for c in children):
            children = (MatchAll(), *children)
        return And(children)
    return node
