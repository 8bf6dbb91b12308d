"""Turn a query AST into a tantivy query, built term by term (no query-string parsing).

Every word is analysed exactly as the index analysed the letters (`analysis.py`) and
looked up in all text fields, weighted title > headings > body > compound parts.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import tantivy

from kamerbrieven.search.analysis import (
    ACRONYM_MARK,
    WORD_RE,
    analyse,
    fold,
    plain_acronym_token,
    stem,
    token,
)
from kamerbrieven.search.person_names import query_keys
from kamerbrieven.search.query import And, Filter, Near, Node, Not, Or, Phrase, Prefix, Word
from kamerbrieven.search.schema import TEXT_FIELDS, day_number, dossier_value, key

Occur = tantivy.Occur


# An upper bound on how many letters a query matches, in document frequencies:
# ("terms", ((field, token), ...)) is at most the sum of their frequencies; "sum" and
# "min" combine bounds (OR, AND); None is no bound. It lets a search guess, before it
# runs, whether most letters will match (facets are then counted the other way round).
Bound = tuple[Any, ...]


@dataclass
class Compiled:
    """The tantivy query plus what the snippet maker needs to mark."""

    query: tantivy.Query
    terms: set[str] = field(default_factory=set)  # analysed tokens to highlight
    prefixes: set[str] = field(default_factory=set)  # folded prefixes to highlight
    scored: bool = False  # False when the query is filters and exclusions only
    bound: Bound | None = None


class Acronyms:
    """Known acronyms, both ways: `NAR` <-> `noord atlantische raad` (folded)."""

    def __init__(self, pairs: Mapping[str, list[str]] | None = None) -> None:
        self.long_by_short: dict[str, list[str]] = {k: list(v) for k, v in (pairs or {}).items()}
        self.short_by_long: dict[str, set[str]] = {}
        for short, longs in self.long_by_short.items():
            for long in longs:
                self.short_by_long.setdefault(long, set()).add(short)

    def learn(self, short: str, long: str) -> bool:
        """Remember one pair; True if it was new."""
        short_key, long_key = short.upper(), " ".join(fold(long).split())
        longs = self.long_by_short.setdefault(short_key, [])
        if long_key in longs:
            return False
        longs.append(long_key)
        self.short_by_long.setdefault(long_key, set()).add(short_key)
        return True


def compile_query(node: Node, schema: tantivy.Schema, acronyms: Acronyms | None = None) -> Compiled:
    """The tantivy query for an AST.

    >>> from kamerbrieven.search.query import parse_query
    >>> from kamerbrieven.search.schema import build_schema
    >>> sorted(compile_query(parse_query("Verkiezingen"), build_schema()).terms)
    ['verkiez']
    """
    compiler = _Compiler(schema, acronyms or Acronyms())
    compiled = Compiled(query=compiler.node(node, negated=False))
    compiled.terms, compiled.prefixes, compiled.scored = (
        compiler.terms,
        compiler.prefixes,
        compiler.scored,
    )
    compiled.bound = compiler.bounds.get(node)
    if isinstance(node, Not):
        compiled.query = _all_but(compiled.query)
    return compiled


def _all_but(query: tantivy.Query) -> tantivy.Query:
    return tantivy.Query.boolean_query(
        [(Occur.Must, tantivy.Query.all_query()), (Occur.MustNot, query)]
    )


class _Compiler:
    def __init__(self, schema: tantivy.Schema, acronyms: Acronyms) -> None:
        self.schema = schema
        self.acronyms = acronyms
        self.terms: set[str] = set()
        self.prefixes: set[str] = set()
        self.scored = False
        self.bounds: dict[Node, Bound | None] = {}
        self._options: list[list[str]] = []  # token lists of the last word or phrase

    def node(self, node: Node, *, negated: bool) -> tantivy.Query:
        self._options = []
        query = self._node(node, negated=negated)
        self.bounds[node] = self._bound(node)
        return query

    def _bound(self, node: Node) -> Bound | None:
        if isinstance(node, (Word, Phrase)):
            if not self._options:
                return None
            return ("sum", tuple(_tokens_bound(tokens) for tokens in self._options))
        if isinstance(node, Near):
            return _tokens_bound([t for w in node.words for t in analyse(w)])
        if isinstance(node, Filter) and node.name not in ("van", "tot", "persoon"):
            value = dossier_value(node.value) if node.name == "dossier" else node.value
            return ("terms", (("keys", key(node.name, value)),))
        if isinstance(node, And):
            known = [self.bounds.get(c) for c in node.children if not isinstance(c, Not)]
            known = [b for b in known if b is not None]
            return ("min", tuple(known)) if known else None
        if isinstance(node, Or):
            children = [self.bounds.get(c) for c in node.children]
            if any(b is None for b in children):
                return None
            return ("sum", tuple(children))
        return None

    def _node(self, node: Node, *, negated: bool) -> tantivy.Query:
        if isinstance(node, Word):
            return self.word(node.text, negated)
        if isinstance(node, Phrase):
            return self.phrase(node.text, negated)
        if isinstance(node, Prefix):
            return self.prefix(node.text, negated)
        if isinstance(node, Filter):
            return self.filter(node)
        if isinstance(node, Near):
            return self.near(node, negated)
        if isinstance(node, Not):
            return self.node(node.child, negated=not negated)
        if isinstance(node, And):
            clauses = [
                (Occur.MustNot if isinstance(c, Not) else Occur.Must, self.node(c, negated=negated))
                for c in node.children
            ]
            if all(occur == Occur.MustNot for occur, _ in clauses):
                clauses.append((Occur.Must, tantivy.Query.all_query()))
            return tantivy.Query.boolean_query(clauses)
        if isinstance(node, Or):
            subqueries = []
            for child in node.children:
                query = self.node(child, negated=negated)
                subqueries.append(_all_but(query) if isinstance(child, Not) else query)
            return tantivy.Query.boolean_query([(Occur.Should, q) for q in subqueries])
        raise TypeError(f"not a query node: {node!r}")

    def _mark(self, tokens: list[str], negated: bool) -> None:
        if not negated:
            self.terms.update(tokens)
            self.scored = True

    def word(self, text: str, negated: bool) -> tantivy.Query:
        pieces = [p for m in WORD_RE.finditer(text) for p in m.group().split("-")]
        tokens = [token(p) for p in pieces]
        self._mark(tokens, negated)
        if len(tokens) == 1:
            options = [self.in_text_fields(tokens)]
            as_acronym = fold(pieces[0]) + ACRONYM_MARK
            if as_acronym != tokens[0] and 2 <= len(pieces[0]) <= 6 and pieces[0].isalpha():
                # `navo` typed in lower case also finds `NAVO`
                self._mark([as_acronym], negated)
                options.append(self.in_text_fields([as_acronym]))
        else:
            # `wiskunde-onderwijs`: the pieces side by side, or the joined word
            joined = stem("".join(pieces))
            self._mark([joined], negated)
            options = [self.in_text_fields(tokens), self.in_text_fields([joined])]
        if len(pieces) == 1 and len(text) >= 2 and text.isupper():
            plain = plain_acronym_token(pieces[0])
            if plain is not None:  # `NAVO` also finds `Navo` and `navo`
                self._mark([plain], negated)
                options.append(self.in_text_fields([plain]))
            for long in self.acronyms.long_by_short.get(text, []):
                options.append(self.in_text_fields(analyse(long)))
        return _any(options)

    def phrase(self, text: str, negated: bool) -> tantivy.Query:
        tokens = analyse(text)
        if not tokens:
            return tantivy.Query.empty_query()
        if len(tokens) == 1:
            return self.word(text.strip(), negated)
        self._mark(tokens, negated)
        options = [self.in_text_fields(tokens)]
        for short in sorted(self.acronyms.short_by_long.get(" ".join(fold(text).split()), ())):
            options.append(self.in_text_fields([token(short)]))
        return _any(options)

    def prefix(self, text: str, negated: bool) -> tantivy.Query:
        folded = "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())
        if not negated:
            self.prefixes.add(folded)
            self.scored = True
        patterns = {folded, stem(folded)} if len(stem(folded)) >= 3 else {folded}
        return _any(
            tantivy.Query.boost_query(
                tantivy.Query.regex_query(self.schema, name, f"{pattern}.*"), weight
            )
            for pattern in sorted(patterns)
            for name, weight in TEXT_FIELDS.items()
        )

    def near(self, node: Near, negated: bool) -> tantivy.Query:
        """The words at most `distance` words apart, in any order, in one text field."""
        tokens = [t for word in node.words for t in analyse(word)]
        if len(tokens) < 2:
            return self.word(node.words[0], negated) if tokens else tantivy.Query.empty_query()
        self._mark(tokens, negated)
        orders = list(dict.fromkeys(itertools.permutations(tokens)))
        return _any(
            tantivy.Query.boost_query(
                tantivy.Query.phrase_query(self.schema, name, _words(order), slop=node.distance),
                weight,
            )
            for order in orders
            for name, weight in TEXT_FIELDS.items()
        )

    def in_text_fields(self, tokens: list[str]) -> tantivy.Query:
        """The token (or tokens, as a phrase) in any text field, each with its weight."""
        self._options.append(tokens)
        return _any(
            tantivy.Query.boost_query(self.tokens_in(name, tokens), weight)
            for name, weight in TEXT_FIELDS.items()
        )

    def tokens_in(self, name: str, tokens: list[str]) -> tantivy.Query:
        if len(tokens) == 1:
            return tantivy.Query.term_query(self.schema, name, tokens[0])
        return tantivy.Query.phrase_query(self.schema, name, _words(tokens))

    def filter(self, node: Filter) -> tantivy.Query:
        if node.name in ("van", "tot"):
            bound = day_number(node.value)
            lower, upper = (bound, None) if node.name == "van" else (1, bound)
            query = tantivy.Query.range_query(
                self.schema, "day", tantivy.FieldType.Integer, lower, upper
            )
        elif node.name == "persoon":
            # by surname (and initial): "S.A. Blok" finds "Stef Blok"; a surname alone also
            # as written anywhere in a name ("Bijleveld" in "Bijleveld-Schouten")
            keys = [
                tantivy.Query.term_query(self.schema, "keys", key("persoon", value))
                for value in query_keys(node.value)
            ]
            tokens = analyse(node.value)
            if tokens and len(query_keys(node.value)) == 1:
                keys.append(self.tokens_in("person", tokens))
            query = _any(keys) if keys else tantivy.Query.empty_query()
        else:
            value = dossier_value(node.value) if node.name == "dossier" else node.value
            query = tantivy.Query.term_query(self.schema, "keys", key(node.name, value))
        # filters narrow the result; they do not change its ranking
        return tantivy.Query.const_score_query(query, 0.0)


def _words(tokens: Iterable[str]) -> list[str | tuple[int, str]]:
    return list(tokens)


def _tokens_bound(tokens: list[str]) -> Bound:
    """Letters with all these tokens, in any text field: at most the rarest one's count."""
    return ("min", tuple(("terms", tuple((f, t) for f in TEXT_FIELDS)) for t in set(tokens)))


def _any(queries: Iterable[tantivy.Query]) -> tantivy.Query:
    listed = list(queries)
    if len(listed) == 1:
        return listed[0]
    return tantivy.Query.boolean_query([(Occur.Should, q) for q in listed])
