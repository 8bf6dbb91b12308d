"""Rules as data: each family of patterns is one table of rows, compiled once.

A row holds its pattern, what a match of it yields, a real sentence it must match and one
it must not (both run as tests, `tests/rules/test_rule_tables.py`), and where those came
from. Its prefilter, the words a match can start at, is derived from the pattern
(`prefilter.starts_of`), so it cannot drift from it; so are the words one of which every
match holds (`prefilter.needs_of`), which pass a row by in a text without any of them.

    >>> table = RuleTable((
    ...     Rule("motie", re.compile(r"\\b[Mm]otie\\s+\\w+"), "motie",
    ...          example="de motie Voordewind", counter="de emotie"),
    ... ))
    >>> [(rule.yields, m.group()) for rule, m in table.finditer("zie motie Voordewind")]
    [('motie', 'motie Voordewind')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

import ahocorasick

from kamerbrieven.rules import scan
from kamerbrieven.rules.prefilter import Needs, Starts, needs_of, starts_of

T = TypeVar("T")

# Up to this length (a sentence, a footnote) each row's needed words are looked up one by
# one before the keyword pass: quicker than the pass, and most such texts need none.
SHORT_TEXT = 1000

__all__ = ["Needs", "Rule", "RuleTable", "Starts", "needs_of", "starts_of"]


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

    @cached_property
    def needs(self) -> Needs | None:
        return needs_of(self.pattern)

    def may_match(self, text: str) -> bool:
        """False when `text` holds none of the words every match needs: most texts fail
        this test in well under a microsecond, no search needed."""
        needs = self.needs
        if needs is None:
            return True
        haystack = scan.lowered(text) if needs.folded else text
        return haystack is None or any(map(haystack.__contains__, needs.words))

    @cached_property
    def start_keys(self) -> tuple[tuple[bool, str], ...]:
        """The keys of `RuleTable.starts_in` where this rule's matches start."""
        starts = self.starts
        return tuple((starts.folded, word) for word in starts.words) if starts else ()

    @cached_property
    def need_keys(self) -> tuple[tuple[bool, str], ...]:
        """The keys of `RuleTable.starts_in` one of which a text with a match has."""
        needs = self.needs
        return tuple((needs.folded, word) for word in needs.words) if needs else ()


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
        rows, found = self._live_rows(text)
        for rule in rows:
            yield from ((rule, m) for m in self._matches(rule, text, found))

    def search(self, rule: Rule[T], text: str) -> re.Match[str] | None:
        """``rule.pattern.search(text)``, tried only where a match can start, and not at
        all when `text` lacks the words every match needs."""
        if not rule.may_match(text):
            return None
        return next(self._matches(rule, text, self.starts_in(text)), None)

    def first(self, text: str) -> tuple[Rule[T], re.Match[str]] | None:
        """The first row (in table order) with a match, and its first match."""
        rows, found = self._live_rows(text)
        for rule in rows:
            m = next(self._matches(rule, text, found), None)
            if m is not None:
                return rule, m
        return None

    def alternation(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[tuple[Rule[T], re.Match[str]]]:
        """The matches that one pattern ``row1|row2|...`` would give in ``text[pos:endpos]``
        (as ``finditer``): leftmost first, the earlier row where two start at one place,
        none that starts inside the match before it. Rows must not match the empty string.

        >>> table = RuleTable((
        ...     Rule("raad", re.compile(r"Raad \\w+"), 1, example="Raad X", counter="raad"),
        ...     Rule("top", re.compile(r"\\w+top"), 2, example="EU-top", counter="top"),
        ... ))
        >>> [(r.yields, m.group()) for r, m in table.alternation("de Eurotop en de Raad Ecofin")]
        [(2, 'Eurotop'), (1, 'Raad Ecofin')]
        """
        end = len(text) if endpos is None else endpos
        rows, found = self._live_rows(text)
        offsets = [self._offsets(rule, text, found) for rule in rows]
        ahead: list[re.Match[str] | None | bool] = [False] * len(rows)  # False: not looked
        while True:
            best = None
            for i, rule in enumerate(rows):
                m = ahead[i]
                if m is False or (m is not None and m.start() < pos):
                    m = ahead[i] = _next_match(rule.pattern, text, offsets[i], pos, end)
                if m is not None and (best is None or m.start() < best[1].start()):
                    best = (rule, m)
            if best is None:
                return
            yield best
            pos = best[1].end()

    def starts_in(self, text: str) -> dict[tuple[bool, str], list[int]]:
        """Offsets of every start word and needed word of the rows in `text`, keyed by
        (folded, word): one keyword pass for all rows."""
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
        """``rule.pattern.finditer(text)``, tried only at the starts in `found` (from
        `starts_in`), and not at all when it has none of the words every match needs."""
        if not self._holds_needs(rule, text, found):
            return iter(())
        return self._matches(rule, text, found)

    def _live_rows(self, text: str) -> tuple[list[Rule[T]], dict[tuple[bool, str], list[int]]]:
        """The rows that may match `text`, and the words of `starts_in`."""
        rows: Iterable[Rule[T]] = self.rows
        if len(text) <= SHORT_TEXT:
            rows = [rule for rule in rows if rule.may_match(text)]
            if not rows:
                return [], {}
        found = self.starts_in(text)
        return [rule for rule in rows if self._holds_needs(rule, text, found)], found

    def _holds_needs(
        self, rule: Rule[T], text: str, found: dict[tuple[bool, str], list[int]]
    ) -> bool:
        needs = rule.needs
        if needs is None or (needs.folded and scan.lowered(text) is None):
            return True  # nothing known, or the lower-case lookup was skipped
        return any(key in found for key in rule.need_keys)

    def _matches(
        self, rule: Rule[T], text: str, found: dict[tuple[bool, str], list[int]]
    ) -> Iterator[re.Match[str]]:
        offsets = self._offsets(rule, text, found)
        if offsets is None:
            return rule.pattern.finditer(text)
        return scan.finditer_at(rule.pattern, text, offsets)

    def _offsets(
        self, rule: Rule[T], text: str, found: dict[tuple[bool, str], list[int]]
    ) -> Sequence[int] | None:
        """Where a match of `rule` can start, ascending; None: anywhere."""
        starts = rule.starts
        if starts is None or (starts.folded and scan.lowered(text) is None):
            return None
        lists = [found[key] for key in rule.start_keys if key in found]
        if starts.digits:
            lists.append(scan.digit_positions(text))
        return lists[0] if len(lists) == 1 else scan.merged(*lists)

    def _automaton(self, folded: bool) -> ahocorasick.Automaton | None:
        if folded not in self._automata:
            words = {
                word
                for rule in self.rows
                for key_folded, word in (*rule.start_keys, *rule.need_keys)
                if key_folded == folded
            }
            self._automata[folded] = scan.keywords({w: (w,) for w in words}) if words else None
        return self._automata[folded]


def _next_match(
    pattern: re.Pattern[str], text: str, offsets: Sequence[int] | None, pos: int, end: int
) -> re.Match[str] | None:
    """The first match of `pattern` in ``text[pos:end]``, tried only at `offsets`."""
    if offsets is None:
        return pattern.search(text, pos, end)
    for at in offsets[bisect_left(offsets, pos) :]:
        if at >= end:
            break
        m = pattern.match(text, at, end)
        if m:
            return m
    return None
