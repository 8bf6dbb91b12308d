"""Several rule tables asked about the sentences of a text, one sentence at a time.

The statement step asks some twenty rows of every sentence, and most rows match none. One
pass over the whole text for the words the rows need (`Rule.needs`) tells, per sentence,
which rows may match it at all; each question after that is a set lookup, and only the
rows left search.

    >>> from kamerbrieven.rules import Rule, RuleTable
    >>> votes = RuleTable((Rule("vote", re.compile(r"\\bmotie\\b.*\\baanvaard\\b"), 1,
    ...                         example="de motie is aanvaard", counter="de motie"),))
    >>> rules = RuleSet((votes,))
    >>> text = "De motie is aanvaard. Zij is verworpen."
    >>> rules.live_in(text, [(0, 21), (22, 39)])
    [{'vote'}, set()]
    >>> rules.search("vote", text[:21]).group()
    'motie is aanvaard'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import ahocorasick

from kamerbrieven.rules import Rule, RuleTable, scan


@dataclass(frozen=True)
class RuleSet:
    """Tables whose rows have names of their own across all of them."""

    tables: tuple[RuleTable[Any], ...]

    def __post_init__(self) -> None:
        names = [rule.name for table in self.tables for rule in table]
        if len(names) != len(set(names)):
            raise ValueError("the rows of a rule set need names of their own")

    def live_in(self, text: str, spans: Sequence[tuple[int, int]]) -> list[set[str]]:
        """Per span of `text` (ascending), the names of the rows that may match in it: it
        holds a word each row needs, and opens as an anchored row must. One keyword pass
        over the lower-case text finds the words of all rows in all spans."""
        if any(b > a for (_s, b), (a, _e) in zip(spans, spans[1:], strict=False)):
            return [self.live(text[a:b]) for a, b in spans]  # overlapping: one by one
        low = scan.lowered(text)
        if low is None:  # letters `str.lower` folds otherwise than `re`: no test
            return [self._opened(text, a, set(self._rows)) for a, _b in spans]
        needed: list[set[str]] = [set() for _ in spans]
        if self._automaton is not None:
            _spread(self._automaton.iter(low), spans, needed)
        return [
            self._opened(text, a, names | self._free)
            for (a, _b), names in zip(spans, needed, strict=True)
        ]

    def live(self, text: str) -> set[str]:
        """The names of the rows that may match `text` (see `live_in`)."""
        return self.live_in(text, ((0, len(text)),))[0]

    def search(self, name: str, text: str) -> re.Match[str] | None:
        """The first match of the row `name` in `text`, a sentence `live` gave it for."""
        table, rule = self._rows[name]
        return table.search(rule, text, checked=True)

    def names(self, table: RuleTable[Any]) -> frozenset[str]:
        return frozenset(rule.name for rule in table)

    def _opened(self, text: str, at: int, live: set[str]) -> set[str]:
        """Without the anchored rows whose first words the span does not open with."""
        for name in live & self._openings.keys():
            folded, words = self._openings[name]
            if folded:
                opening = scan.lowered(text[at : at + self._longest])
                if opening is not None and not opening.startswith(words):
                    live.discard(name)
            elif not text.startswith(words, at):
                live.discard(name)
        return live

    @cached_property
    def _rows(self) -> dict[str, tuple[RuleTable[Any], Rule[Any]]]:
        return {rule.name: (table, rule) for table in self.tables for rule in table}

    @cached_property
    def _free(self) -> frozenset[str]:
        """Rows whose needed words are unknown, too common to look for, or the words they
        open with: live (but for their opening), their own search tests them."""
        free = set()
        for name, rule in self._all():
            opening = frozenset(self._openings.get(name, (False, ()))[1])
            if rule.needs is None or _weak(rule.needs.words) or rule.needs.words <= opening:
                free.add(name)
        return frozenset(free)

    @cached_property
    def _openings(self) -> dict[str, tuple[bool, tuple[str, ...]]]:
        """Rows anchored at the start, with the words they open with."""
        return {
            name: (rule.starts.folded, tuple(rule.starts.words))
            for name, rule in self._all()
            if rule.starts is not None and rule.starts.anchored and rule.starts.words
        }

    @cached_property
    def _longest(self) -> int:
        return max((len(w) for _f, words in self._openings.values() for w in words), default=0)

    @cached_property
    def _automaton(self) -> ahocorasick.Automaton | None:
        """Each needed word in lower case, and the rows that need it: a word written in
        capitals is found in lower case too, which may let a row by, never stop one."""
        words = {
            name: [word.lower() for word in rule.needs.words]
            for name, rule in self._all()
            if rule.needs is not None and name not in self._free
        }
        return scan.keywords(words) if words else None

    def _all(self) -> list[tuple[str, Rule[Any]]]:
        return [(name, rule) for name, (_t, rule) in self._rows.items()]


def _weak(words: frozenset[str]) -> bool:
    """A word of one letter ("u") is found nearly everywhere: it costs more to look for
    than it saves."""
    return min(map(len, words)) < 2


def _spread(hits: Any, spans: Sequence[tuple[int, int]], needed: list[set[str]]) -> None:
    """Each hit (end offset, (length, rows)) to the span it lies in."""
    at = 0
    for end, (length, names) in hits:
        while at < len(spans) and spans[at][1] <= end:
            at += 1
        if at == len(spans):
            return
        if end - length + 1 >= spans[at][0]:  # not running over the start of the span
            needed[at].update(names)
