"""Rules as data: each family of patterns is one table of rows, compiled once.

A row holds its pattern, what a match of it yields, a real sentence it must match and one
it must not (both run as tests, `tests/rules/test_rule_tables.py`), and where those came
from. Its prefilters are derived from the pattern, so they cannot drift from it: the words
a match can start at (`prefilter.starts_of`), and the words one of which every match holds
(`prefilter.needs_of`), which pass a row by in a text without any of them.

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
from collections.abc import Iterator, Sequence
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
_ROW = "_row"  # the group of each row in `RuleTable.alternation`'s one pattern
# What `RuleTable.starts_in` finds: per (what, row name) the offsets, what being "start"
# (a word a match can start at) or "need" (a word every match holds)
Found = dict[tuple[str, str], list[int]]

__all__ = ["Found", "Needs", "Rule", "RuleTable", "Starts", "needs_of", "starts_of"]


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
        """False when `text` holds none of the words every match needs, or does not open
        with one of them for a pattern anchored at its start: most texts fail this test in
        well under a microsecond, no search needed."""
        folded, opening, needed = self._gate
        if opening is None and needed is None:
            return True
        haystack = scan.lowered(text) if folded else text
        if haystack is None:
            return True  # letters `str.lower` folds otherwise than `re`: no test
        if opening is not None and not haystack.startswith(opening):
            return False
        return needed is None or any(map(haystack.__contains__, needed))

    def start_offsets(self, text: str) -> tuple[int, ...] | None:
        """For a pattern anchored at the start: (0,) when `text` opens as a match must, else
        (); None for any other pattern."""
        starts = self.starts
        if starts is None or not starts.anchored:
            return None
        if starts.words:
            haystack = scan.lowered(text) if starts.folded else text
            if haystack is not None and not haystack.startswith(tuple(starts.words)):
                return ()
        elif starts.digits and not text[:1].isdecimal():
            return ()
        return (0,)

    @cached_property
    def alone(self) -> RuleTable[T]:
        """This row as a table of its own, whose keyword pass looks for its start words."""
        return RuleTable((self,), needs_in_pass=False)

    @cached_property
    def _gate(self) -> tuple[bool, tuple[str, ...] | None, tuple[str, ...] | None]:
        """(folded, the words a text must open with, the words one of which it must hold)."""
        starts, needs = self.starts, self.needs
        opening = tuple(starts.words) if starts and starts.anchored and starts.words else None
        needed = tuple(needs.words) if needs else None
        return bool(self.pattern.flags & re.IGNORECASE), opening, needed


@dataclass(frozen=True)
class RuleTable(Generic[T]):
    """Rows tried in order, each only where its matches can start; names of their own."""

    rows: tuple[Rule[T], ...]
    # the needed words in the keyword pass too: for a long text one pass finds both
    needs_in_pass: bool = True
    _automata: dict[bool, ahocorasick.Automaton | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if len({rule.name for rule in self.rows}) != len(self.rows):
            raise ValueError("the rows of a table need names of their own")

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

    def search(self, rule: Rule[T], text: str, *, checked: bool = False) -> re.Match[str] | None:
        """``rule.pattern.search(text)``, tried only where a match can start, and not at
        all when `text` lacks the words every match needs (unless the caller `checked`)."""
        if not checked and not rule.may_match(text):
            return None
        return next(self._matches(rule, text, rule.alone.starts_in(text)), None)

    def first(self, text: str) -> tuple[Rule[T], re.Match[str]] | None:
        """The first row (in table order) with a match, and its first match."""
        rows, found = self._live_rows(text)
        for rule in rows:
            m = next(self._matches(rule, text, found), None)
            if m is not None:
                return rule, m
        return None

    def alternation(
        self, text: str, pos: int = 0, endpos: int | None = None, *, checked: bool = False
    ) -> Iterator[tuple[Rule[T], re.Match[str]]]:
        """The matches of the rows as one pattern ``row1|row2|...`` (compiled once) in
        ``text[pos:endpos]``, as ``finditer``: leftmost first, the earlier row where two
        start at one place, none inside the match before it. The rows share their flags,
        their group names differ, and none matches the empty string. A caller that
        `checked` the rows' needed words spares that test.

        >>> table = RuleTable((
        ...     Rule("raad", re.compile(r"Raad \\w+"), 1, example="Raad X", counter="raad"),
        ...     Rule("top", re.compile(r"\\w+top"), 2, example="EU-top", counter="top"),
        ... ))
        >>> [(r.yields, m.group()) for r, m in table.alternation("de Eurotop en de Raad Ecofin")]
        [(2, 'Eurotop'), (1, 'Raad Ecofin')]
        """
        one, rule = self._as_one, self._as_one.rows[0]
        end = len(text) if endpos is None else endpos
        window = text[pos:end] if (pos, end) != (0, len(text)) else text
        if checked:
            found = rule.alone.starts_in(window)
        else:
            live, found = one._live_rows(window)
            if not live:
                return
        offsets = _shifted(one._offsets(rule, window, found), pos)
        while (m := _next_match(rule.pattern, text, offsets, pos, end)) is not None:
            row = m.lastgroup or ""  # every alternative is a named group
            yield self.rows[int(row[len(_ROW) :])], m
            pos = m.end()

    def may_match(self, text: str) -> bool:
        """False when no row can match `text`: it holds none of their needed words."""
        gate = self._gate
        if gate is None:
            return True
        plain, folded = gate
        if any(map(text.__contains__, plain)):
            return True
        if not folded:
            return False
        low = scan.lowered(text)
        return low is None or any(map(low.__contains__, folded))

    def starts_in(self, text: str) -> Found:
        """Offsets of the start words (and the needed words) of each row in `text`: one
        keyword pass for all rows."""
        found: Found = {}
        for folded in (False, True):
            automaton = self._automaton(folded)
            if automaton is None:
                continue
            haystack = scan.lowered(text) if folded else text
            if haystack is None:  # letters `str.lower` folds otherwise than `re`
                continue
            found.update(scan.keyword_starts(automaton, haystack))
        return found

    def matches(self, rule: Rule[T], text: str, found: Found) -> Iterator[re.Match[str]]:
        """``rule.pattern.finditer(text)``, tried only at the starts in `found` (from
        `starts_in`), and not at all when it has none of the words every match needs."""
        if not self._holds_needs(rule, text, found):
            return iter(())
        return self._matches(rule, text, found)

    def _live_rows(self, text: str) -> tuple[list[Rule[T]], Found]:
        """The rows that may match `text`, and what `starts_in` found."""
        rows = list(self.rows)
        if len(text) <= SHORT_TEXT:
            if not self.may_match(text):
                return [], {}
            rows = [rule for rule in rows if rule.may_match(text)]
            if not rows:
                return [], {}
        found = self.starts_in(text)
        return [rule for rule in rows if self._holds_needs(rule, text, found)], found

    def _holds_needs(self, rule: Rule[T], text: str, found: Found) -> bool:
        needs = rule.needs
        if needs is None or not self.needs_in_pass:
            return True
        if needs.folded and scan.lowered(text) is None:
            return True  # the lower-case lookup was skipped
        return ("need", rule.name) in found

    def _matches(self, rule: Rule[T], text: str, found: Found) -> Iterator[re.Match[str]]:
        offsets = self._offsets(rule, text, found)
        if offsets is None:
            return rule.pattern.finditer(text)
        return scan.finditer_at(rule.pattern, text, offsets)

    def _offsets(self, rule: Rule[T], text: str, found: Found) -> Sequence[int] | None:
        """Where a match of `rule` can start, ascending; None: anywhere."""
        starts = rule.starts
        if starts is None or (starts.folded and scan.lowered(text) is None):
            return None
        if starts.anchored:
            return rule.start_offsets(text)
        words = found.get(("start", rule.name), [])
        return scan.merged(words, scan.digit_positions(text)) if starts.digits else words

    @cached_property
    def _as_one(self) -> RuleTable[None]:
        """The rows as one pattern, each in a group of its own (``lastgroup`` names it)."""
        flags = {rule.pattern.flags for rule in self.rows}
        if len(flags) != 1:
            raise ValueError("the rows of an alternation must share their flags")
        source = "|".join(f"(?P<{_ROW}{i}>{rule.pattern.pattern})" for i, rule in enumerate(self))
        name = "|".join(rule.name for rule in self)
        return RuleTable((Rule(name, re.compile(source, flags.pop()), None, "", ""),))

    @cached_property
    def _gate(self) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """The needed words of all rows (as written, in lower case); None when a row needs
        nothing known."""
        plain: set[str] = set()
        folded: set[str] = set()
        for rule in self.rows:
            if rule.needs is None:
                return None
            (folded if rule.needs.folded else plain).update(rule.needs.words)
        return tuple(plain), tuple(folded)

    def _automaton(self, folded: bool) -> ahocorasick.Automaton | None:
        """Per row, its start words (not those of a pattern anchored at the start of the
        text) and its needed words, of one case."""
        if folded not in self._automata:
            kinds: dict[tuple[str, str], frozenset[str]] = {}
            for rule in self.rows:
                starts, needs = rule.starts, rule.needs
                if starts and starts.folded == folded and not starts.anchored and starts.words:
                    kinds[("start", rule.name)] = starts.words
                if self.needs_in_pass and needs and needs.folded == folded:
                    kinds[("need", rule.name)] = needs.words
            self._automata[folded] = scan.keywords(kinds) if kinds else None
        return self._automata[folded]


def _shifted(offsets: Sequence[int] | None, by: int) -> Sequence[int] | None:
    """Offsets found in a window of a text that starts at `by`, as offsets of the text."""
    if offsets is None or not by:
        return offsets
    return [at + by for at in offsets]


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
