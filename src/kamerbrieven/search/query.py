"""The query language, parsed into a small AST; user text never reaches tantivy's parser.

    query    := or_expr
    or_expr  := and_expr ("OR" and_expr)*
    and_expr := unary+                     (words side by side must all match)
    unary    := "-" unary | primary
    primary  := "(" or_expr ")" | PHRASE | FILTER | PREFIX | WORD

Examples: ``stikstof``, ``"Noord Atlantische Raad"``, ``navo OR nato``, ``-oekraïne``,
``verkiez*``, ``(rusland OR oekraïne) van:2018-01-01``, ``ministerie:"Buitenlandse Zaken"``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kamerbrieven.errors import QueryError
from kamerbrieven.extract import record_fields
from kamerbrieven.record import PARSE_FIELDS
from kamerbrieven.search.filter_values import (
    normal_country,
    normal_dossier,
    normal_kind,
    normal_ministry,
)

# Filter name -> what it means; the keys are the only names accepted before a colon. The
# record fields declare their own (`RecordField.filters`: ministerie:, land:, verwijst:).
FILTERS = {
    "dossier": "Kamerstukdossier, bv. dossier:28676",
    "van": "op of na een datum, bv. van:2018-01-01 (of van:2018)",
    "tot": "op of voor een datum, bv. tot:2019-12-31",
    "soort": "soort stuk, bv. soort:brief",
    "persoon": "persoon die genoemd wordt of ondertekent, bv. persoon:Blok",
    **{name: hint for f in (*PARSE_FIELDS, *record_fields()) for name, hint in f.filters.items()},
}
_HINT = "filters: " + ", ".join(f"{name}:" for name in FILTERS)


@dataclass(frozen=True)
class Word:
    text: str


@dataclass(frozen=True)
class Phrase:
    text: str


@dataclass(frozen=True)
class Prefix:
    text: str  # without the trailing *


@dataclass(frozen=True)
class Filter:
    name: str
    value: str  # dates normalised to ISO; other values as written


@dataclass(frozen=True)
class Near:
    """Words within `distance` words of each other, in any order: NEAR(a b)."""

    words: tuple[str, ...]
    distance: int = 10


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Word | Phrase | Prefix | Filter | Near | Not | And | Or
NEAR_DISTANCE = 10  # words apart at most, unless NEAR(a b, 5) says otherwise
MAX_NEAR_WORDS = 4

# Lexer: one alternative per token kind; position is kept for error messages.
_TOKEN_RE = re.compile(
    r"""(?P<space>\s+)
      | (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<quote>")
      | (?P<minus>-(?=\S))
      | (?P<field>[^\W\d_]+:)
      | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class _Token:
    kind: str  # lparen rparen phrase minus field word or
    text: str
    pos: int  # 1-based column, as people count


def parse_query(query: str) -> Node:
    """Parse a query into its AST, or raise QueryError saying what is wrong and where.

    >>> parse_query('stikstof -"Programma Aanpak" land:Oekraine')
    And(children=(Word(text='stikstof'), Not(child=Phrase(text='Programma Aanpak')), \
Filter(name='land', value='Oekraïne')))
    """
    tokens = _lex(query)
    if not tokens:
        raise QueryError("de zoekvraag is leeg", hint="typ een of meer woorden")
    parser = _Parser(tokens)
    node = parser.or_expr()
    if parser.peek() is not None:
        token = parser.peek()
        assert token is not None
        raise QueryError(f"onverwachte ')' op positie {token.pos}: er staat geen '(' voor")
    return node


def _lex(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(query):
        match = _TOKEN_RE.match(query, pos)
        assert match is not None  # the word alternative takes any other character
        kind = match.lastgroup or ""
        text = match.group()
        if kind == "quote":
            end = query.find('"', pos + 1)
            if end < 0:
                raise QueryError(
                    f"aanhalingsteken op positie {pos + 1} wordt niet gesloten",
                    hint='sluit de woordgroep: "Noord Atlantische Raad"',
                )
            tokens.append(_Token("phrase", query[pos + 1 : end], pos + 1))
            pos = end + 1
            continue
        # OpenTK's operators in capitals: AND (the default), OR, NOT, NEAR(...)
        if kind == "word" and text == "OR":
            kind = "or"
        elif kind == "word" and text == "NOT":
            kind = "minus"
        elif kind == "word" and text.startswith("NEAR(") and text != "NEAR(":
            raise QueryError(f"NEAR op positie {pos + 1}: zet een spatie na 'NEAR('")
        elif kind == "word" and text == "NEAR" and query[match.end() : match.end() + 1] == "(":
            kind = "near"
        if kind != "space" and not (kind == "word" and text == "AND"):  # AND is the default
            tokens.append(_Token(kind, text, pos + 1))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.index = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            after = self.peek()
            if after is None or after.kind in ("or", "rparen"):
                raise QueryError(
                    f"OR op positie {token.pos} heeft niets rechts van zich",
                    hint="zet OR tussen twee termen: navo OR nato",
                )
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self) -> Node:
        children: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("or", "rparen"):
            children.append(self.unary())
        if not children:
            token = self.peek()
            if token is not None and token.kind == "or":
                raise QueryError(
                    f"OR op positie {token.pos} heeft niets links van zich",
                    hint="zet OR tussen twee termen: navo OR nato",
                )
            where = f"positie {token.pos}" if token else "het eind"
            raise QueryError(f"lege groep voor {where}", hint="zet woorden tussen ( )")
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self) -> Node:
        token = self.take()
        if token.kind == "minus":
            after = self.peek()
            if after is None or after.kind in ("or", "rparen"):
                raise QueryError(f"'-' op positie {token.pos} sluit niets uit")
            return Not(self.unary())
        if token.kind == "lparen":
            node = self.or_expr()
            closing = self.peek()
            if closing is None or closing.kind != "rparen":
                raise QueryError(
                    f"'(' op positie {token.pos} wordt niet gesloten", hint="voeg een ')' toe"
                )
            self.take()
            return node
        if token.kind == "phrase":
            if not token.text.strip():
                raise QueryError(f'lege woordgroep "" op positie {token.pos}')
            return Phrase(token.text)
        if token.kind == "field":
            return self.filter(token)
        if token.kind == "near":
            return self.near(token)
        if token.kind == "word":
            return _word(token)
        raise QueryError(f"onverwacht {token.text!r} op positie {token.pos}")

    def near(self, token: _Token) -> Near:
        """NEAR(a b) or NEAR(a b, 5): the words, and at most how far apart."""
        self.take()  # "("
        words: list[str] = []
        distance = NEAR_DISTANCE
        comma = False  # the last word ended in a comma: a number after it is the distance
        while (inner := self.peek()) is not None and inner.kind != "rparen":
            self.take()
            if inner.kind not in ("word", "phrase"):
                raise QueryError(f"NEAR op positie {token.pos}: alleen woorden tussen ( )")
            if comma and inner.text.isdigit():
                distance = int(inner.text)
            else:
                words.extend(w for w in inner.text.rstrip(",").split() if w)
            comma = inner.text.endswith(",")
        if self.peek() is None:
            raise QueryError(f"NEAR( op positie {token.pos} wordt niet gesloten")
        self.take()
        if not 2 <= len(words) <= MAX_NEAR_WORDS:
            raise QueryError(
                f"NEAR op positie {token.pos} heeft {len(words)} woorden",
                hint=f"geef 2 tot {MAX_NEAR_WORDS} woorden: NEAR(stikstof boeren)",
            )
        return Near(tuple(words), max(1, min(distance, 50)))

    def filter(self, token: _Token) -> Filter:
        name = token.text[:-1].lower()
        if name not in FILTERS:
            raise QueryError(f"onbekend filter '{name}:' op positie {token.pos}", hint=_HINT)
        value_token = self.peek()
        adjacent = value_token is not None and value_token.pos == token.pos + len(token.text)
        if value_token is None or not adjacent or value_token.kind not in ("word", "phrase"):
            raise QueryError(
                f"filter '{name}:' op positie {token.pos} heeft geen waarde",
                hint=FILTERS[name],
            )
        self.take()
        value = value_token.text.strip()
        if not value:
            raise QueryError(f"filter '{name}:' op positie {token.pos} heeft een lege waarde")
        if name in ("van", "tot"):
            value = _date_bound(value, end=name == "tot", pos=value_token.pos)
        elif name in _NORMAL:
            value = _NORMAL[name](value, value_token.pos)
        return Filter(name, value)


# Filters whose values are normalised (and checked) before they reach the index.
_NORMAL = {
    "soort": normal_kind,
    "ministerie": normal_ministry,
    "land": normal_country,
    "dossier": normal_dossier,
}


def _word(token: _Token) -> Node:
    text = token.text
    if text.endswith("*"):
        stem = text.rstrip("*")
        if len(stem) < 3 or not any(ch.isalnum() for ch in stem):
            raise QueryError(
                f"begin {text!r} op positie {token.pos} is te kort",
                hint="geef minstens drie letters voor de *: verkiez*",
            )
        return Prefix(stem)
    if not any(ch.isalnum() for ch in text):
        raise QueryError(f"{text!r} op positie {token.pos} heeft geen letters of cijfers")
    return Word(text)


_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _date_bound(value: str, *, end: bool, pos: int) -> str:
    """`2018` -> 2018-01-01 (or 2018-12-31 for an upper bound); checks the date exists."""
    match = _DATE_RE.fullmatch(value)
    if match is None:
        raise QueryError(
            f"ongeldige datum {value!r} op positie {pos}",
            hint="schrijf datums als 2018-12-31, 2018-12 of 2018",
        )
    year = int(match.group(1))
    month = int(match.group(2) or (12 if end else 1))
    if not 1 <= month <= 12:
        raise QueryError(
            f"datum {value!r} op positie {pos} bestaat niet: er is geen maand {month}",
            hint="schrijf datums als 2018-12-31, 2018-12 of 2018",
        )
    try:
        if match.group(3):
            day = dt.date(year, month, int(match.group(3)))
        elif end:
            next_month = dt.date(year + month // 12, month % 12 + 1, 1)
            day = next_month - dt.timedelta(days=1)
        else:
            day = dt.date(year, month, 1)
    except ValueError:
        raise QueryError(
            f"datum {value!r} op positie {pos} bestaat niet",
            hint="schrijf datums als 2018-12-31, 2018-12 of 2018",
        ) from None
    return day.isoformat()
