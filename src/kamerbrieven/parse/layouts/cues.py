"""Evidence of a layout: the rows of its header-line table found among the first lines.

The rows of every table are tried together, in one pass over the top of a document that
is kept for the next table asking, since each layout's detector weighs the same lines. A
row is tried on a line only when the line starts with one of the words a match of it must
start with (`Rule.starts`, derived from the pattern): a few matches a line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from kamerbrieven.parse.layouts.base import Evidence, HeaderLine
from kamerbrieven.rules import Rule, RuleTable, scan


class Cues:
    """The rows of a table that carry weight as evidence (each table's rows join the
    one index every detector shares)."""

    _every: ClassVar[list[Rule[HeaderLine]]] = []
    _last: ClassVar[tuple[Sequence[str], set[int], dict[str, list[int]]] | None] = None
    _index: ClassVar[_StartIndex | None] = None

    def __init__(self, table: RuleTable[HeaderLine]) -> None:
        self.rows = tuple(rule for rule in table if rule.yields.cue)
        self._own: _StartIndex | None = None
        Cues._every.extend(self.rows)
        Cues._index = Cues._last = None

    def found(self, top: Sequence[str]) -> list[Rule[HeaderLine]]:
        """The rows with a match among `top`, in table order."""
        hits = Cues._hits(top)
        return [rule for rule in self.rows if id(rule) in hits]

    def match(self, line: str) -> bool:
        """Whether one of the rows matches `line`."""
        if self._own is None:
            self._own = _StartIndex(self.rows)
        return any(rule.pattern.match(line) for rule in self._own.rows_for(line))

    @staticmethod
    def _hits(top: Sequence[str]) -> set[int]:
        """The ids of the rows, of every table, with a match among `top`; kept for the next
        detector asking about the same `top` when it is a tuple (a list may change)."""
        last = Cues._last
        if last is not None and last[0] is top and isinstance(top, tuple):
            return last[1]
        # a web copy's top is weighed again once stripped: most of its lines were just seen
        seen = last[2] if last is not None else {}
        rows_for = Cues._start_index().rows_for
        by_line = {}
        for line in top:
            if (ids := seen.get(line)) is None:
                ids = [id(rule) for rule in rows_for(line) if rule.pattern.match(line)]
            by_line[line] = ids
        hits = {i for ids in by_line.values() for i in ids}
        Cues._last = (top, hits, by_line)  # holds `top`: no other sequence can take its id
        return hits

    @staticmethod
    def _start_index() -> _StartIndex:
        if Cues._index is None:
            Cues._index = _StartIndex(Cues._every)
        return Cues._index


class _StartIndex:
    """Rows by the first character of the words their matches start with."""

    def __init__(self, rows: Sequence[Rule[HeaderLine]]) -> None:
        self.always: list[Rule[HeaderLine]] = []  # a match may start with anything
        self.digits: list[Rule[HeaderLine]] = []
        self.by_first: dict[str, list[tuple[Rule[HeaderLine], tuple[str, ...], bool]]] = {}
        for rule in rows:
            starts = rule.starts
            if starts is None:
                self.always.append(rule)
                continue
            if starts.digits:
                self.digits.append(rule)
            words = tuple(starts.words)
            firsts = {word[:1] for word in words}
            if starts.folded:
                firsts |= {first.upper() for first in firsts}
            for first in firsts:
                self.by_first.setdefault(first, []).append((rule, words, starts.folded))
        self.everything = list(rows)

    def rows_for(self, line: str) -> list[Rule[HeaderLine]]:
        head = line[:_LONGEST]
        if not head.isascii() and _ODD_CASE.search(head):  # `re` folds these otherwise
            return self.everything
        rows = self.digits + self.always if head[:1].isdigit() else self.always
        if not (entries := self.by_first.get(head[:1])):
            return rows
        folded = head.lower()
        found = [
            rule for rule, words, fold in entries if (folded if fold else head).startswith(words)
        ]
        return found + rows if found else rows


# Words a match starts with are no longer than this (see `kamerbrieven.rules.prefilter`),
# and the letters `re` folds otherwise than `str.lower`.
_LONGEST = 12
_ODD_CASE = scan.ODD_CASE


def evidence(
    name: str, label: str, top: Sequence[str], own: Cues, base: Cues | None = None
) -> Evidence | None:
    """The evidence for a layout whose own rows are `own`: None unless one of them is
    found; a layout that refines another (a committee report is a Kamerstuk) adds the
    weight of the `base` rows found.

    >>> from kamerbrieven.parse.layouts import kamerstuk, committee
    >>> top = ("Nr. 289 Verslag van een schriftelijk overleg", "Vastgesteld 16 januari 2024")
    >>> evidence("committee", "commissieverslag", top, committee.Committee.cues,
    ...          kamerstuk.Kamerstuk.cues).why
    'commissieverslag (verslag van een overleg, Vastgesteld, Nr.)'
    """
    rows = own.found(top)
    if not rows:
        return None
    rows += base.found(top) if base else []
    weight = sum(rule.yields.cue for rule in rows)
    labels = tuple(dict.fromkeys(rule.yields.label for rule in rows))
    return Evidence(name, label, weight, labels)
