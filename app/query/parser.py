"""Parser for the query language analysts know.

Implicit AND; ``OR``, which binds tighter than AND (``a OR b lang:de`` filters both);
``NOT`` and ``-term`` (a query may be only negative); parentheses; ``"phrases"`` and
proximity ``"a b"~5``; wildcards ``pre*``; fields (``title:``, ``tag:`` …) before a word, a
phrase or a parenthesised group; ``date:`` expressions. Errors raise ``QueryError`` with the
position of the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.model import QueryError
from app.query.ast import And, DateRange, MatchAll, Node, Not, Or, Phrase, Term
from app.query.dates import parse_date_expr

#: field name → what it searches (aliases map onto the same name)
FIELDS: dict[str, str] = {
    "title": "title",
    "lead": "lead",
    "body": "body",
    "text": "body",
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
            children.append(self.or_expr(field))
        if not children:
            tok = self.peek()
            where = tok.pos if tok else len(self.text)
            what = f"'{tok.text}'" if tok else "the end"
            raise QueryError(f"expected a search term before {what} at position {where + 1}", where)
        if len(children) == 1:
            return children[0]
        return And(tuple(children))

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
            if name == "date":
                return self._date(tok)
            nxt = self.peek()
            if nxt is None or nxt.kind not in ("word", "phrase", "lparen"):
                raise QueryError(f"field '{tok.text}' needs a value", tok.pos)
            return self.primary(name)
        if tok.kind == "phrase":
            return self._phrase(tok, field)
        if tok.kind == "word":
            return Term(tok.text, field, wildcard=any(c in tok.text for c in "*?"))
        raise QueryError(f"unexpected '{tok.text}' at position {tok.pos + 1}", tok.pos)

    def _phrase(self, tok: _Tok, field: str | None) -> Node:
        body, _, slop = tok.text[1:].partition('"')
        words = tuple(body.split())
        if not words:
            raise QueryError(f"empty phrase at position {tok.pos + 1}", tok.pos)
        slop_value = int(slop[1:]) if slop else 0
        if len(words) == 1 and not slop_value:
            return Term(words[0], field)
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
        tok = self.peek()
        return tok is not None and tok.kind == "word" and tok.text == name


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
