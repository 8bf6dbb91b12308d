"""Rules as data: each family of patterns is one table of rows, compiled once.

A row holds its pattern, what a match of it yields, a real sentence it must match and one
it must not (both run as tests, `tests/rules/test_rule_tables.py`), and where those came
from. Its prefilter, the words a match can start at, is derived from the pattern
(`prefilter.starts_of`), so it cannot drift from it.

    >>> table = RuleTable((
    ...     Rule("motie", re.compile(r"\\b[Mm]otie\\s+\\w+"), "motie",
    ...          example="de motie Voordewind", counter="de emotie"),
    ... ))
    >>> [(rule.yields, m.group()) for rule, m in table.finditer("zie motie Voordewind")]
    [('motie', 'motie Voordewind')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

import ahocorasick

from kamerbrieven.rules import scan
from kamerbrieven.rules.prefilter import Starts, starts_of

T = TypeVar("T")

__all__ = ["Rule", "RuleTable", "Starts", "starts_of"]


@dataclass(frozen=True)
class Rule(Generic[T]):
    """One pattern and what it means.

    `example` is a real sentence (or line) the pattern must find a match in, `counter` a
    near miss it must not; `source` names the document they come from.
    """

    name: str
    pattern: re.Pattern[str]
    yields: T
    example: str
    counter: str
    source: str = ""

    @cached_property
    def starts(self) -> Starts | None:
        return starts_of(self.pattern)


@dataclass(frozen=True)
class RuleTable(Generic[T]):
    """Rows tried in order; `finditer` runs each only where its matches can start."""

    rows: tuple[Rule[T], ...]
    _automata: dict[bool, ahocorasick.Automaton | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __iter__(self) -> Iterator[Rule[T]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def by_name(self, name: str) -> Rule[T]:
        return next(rule for rule in self.rows if rule.name == name)

    def finditer(self, text: str) -> Iterator[tuple[Rule[T], re.Match[str]]]:
        """Every match of every row, row by row (not merged by position)."""
        found = self.starts_in(text)
        for rule in self.rows:
            yield from ((rule, m) for m in self.matches(rule, text, found))

    def search(self, rule: Rule[T], text: str) -> re.Match[str] | None:
        """``rule.pattern.search(text)``, tried only where a match can start."""
        return next(self.matches(rule, text, self.starts_in(text)), None)

    def first(self, text: str) -> tuple[Rule[T], re.Match[str]] | None:
        """The first row (in table order) with a match, and its first match."""
        found = self.starts_in(text)
        for rule in self.rows:
            m = next(self.matches(rule, text, found), None)
            if m is not None:
                return rule, m
        return None

    def starts_in(self, text: str) -> dict[tuple[bool, str], list[int]]:
        """Offsets of every start word in `text`, keyed by (folded, word)."""
        found: dict[tuple[bool, str], list[int]] = {}
        for folded in (False, True):
            automaton = self._automaton(folded)
            if automaton is None:
                continue
            haystack = scan.lowered(text) if folded else text
            if haystack is None:  # letters `str.lower` folds otherwise than `re`
                continue
            for word, offsets in scan.keyword_starts(automaton, haystack).items():
                found[(folded, word)] = offsets
        return found

    def matches(
        self, rule: Rule[T], text: str, found: dict[tuple[bool, str], list[int]]
    ) -> Iterator[re.Match[str]]:
        starts = rule.starts
        if starts is None or (starts.folded and scan.lowered(text) is None):
            return rule.pattern.finditer(text)
        offsets: Iterable[int] = scan.merged(
            *(found.get((starts.folded, word), ()) for word in starts.words),
            scan.digit_positions(text) if starts.digits else (),
        )
        return scan.finditer_at(rule.pattern, text, offsets)

    def _automaton(self, folded: bool) -> ahocorasick.Automaton | None:
        if folded not in self._automata:
            words = {
                word
                for rule in self.rows
                if rule.starts is not None and rule.starts.folded == folded
                for word in rule.starts.words
            }
            self._automata[folded] = scan.keywords({w: (w,) for w in words}) if words else None
        return self._automata[folded]
