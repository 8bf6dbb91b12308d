"""Run a pattern only where a match can start: same matches, a fraction of the time.

Python's `re` has no fast scan for a pattern that opens with a lookbehind or an
optional group: it tries the whole pattern at every character, some 30 ns each, half a
millisecond per pattern on a 15 KB letter. Most patterns here can only start at a few
known words (``Minister``, ``motie``) or at a number. `keyword_starts` finds those words
in one Aho-Corasick pass, `digit_starts` the numbers, and `finditer_at` tries the
pattern only there, which gives exactly the matches of ``pattern.finditer(text)`` as
long as the positions include every place a match can start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import ahocorasick

# Where a run of digits starts: no match of a number pattern can start inside one.
# `\d\d*` rather than `\d+`: `re` then skips to the next digit in C (a leading
# repeat makes it try the whole pattern at every character).
_DIGITS = re.compile(r"\d\d*")
_DIGIT = re.compile(r"\d")
# The same on a Latin-1 text as bytes, each digit made b"1" and any other byte b" ":
# `re` finds a fixed first byte faster still. Latin-1 has no digits but 0-9.
_DIGIT_MASK = bytes(ord("1") if chr(i).isdecimal() else ord(" ") for i in range(256))
_DIGIT_BYTES = re.compile(rb"11*")
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


def keywords(kinds: dict[str, Iterable[str]]) -> ahocorasick.Automaton:
    """An automaton over the words of each kind; a word may serve several kinds.

    >>> sorted(keyword_starts(keywords({"a": ["de"], "b": ["de", "het"]}), "de het").items())
    [('a', [0]), ('b', [0, 3])]
    """
    owners: dict[str, list[str]] = {}
    for kind, words in kinds.items():
        for word in words:
            owners.setdefault(word, []).append(kind)
    automaton = ahocorasick.Automaton()
    for word, names in owners.items():
        automaton.add_word(word, (len(word), tuple(names)))
    automaton.make_automaton()
    return automaton


def keyword_starts(automaton: ahocorasick.Automaton, text: str) -> dict[str, list[int]]:
    """Per kind, the ascending start offsets of its words in `text` (a kind without any
    is left out)."""
    found: dict[str, list[int]] = {}
    for end, (length, names) in automaton.iter(text):
        for name in names:
            found.setdefault(name, []).append(end - length + 1)
    # Aho-Corasick reports by end offset: a long word can end after a shorter later one
    return {name: sorted(set(starts)) for name, starts in found.items()}


@lru_cache(maxsize=8)
def digit_starts(text: str) -> tuple[int, ...]:
    """Offsets where a run of digits (``\\d``, any script) starts; shared by the steps.

    >>> digit_starts("nr. 12 en 345"), digit_starts("nr’ 12 en ٣٤")
    ((4, 10), (4, 10))
    """
    try:
        mask = text.encode("latin-1").translate(_DIGIT_MASK)  # one byte per character
    except UnicodeEncodeError:
        return tuple(m.start() for m in _DIGITS.finditer(text))
    return tuple(m.start() for m in _DIGIT_BYTES.finditer(mask))


def digit_positions(text: str) -> list[int]:
    """Every offset that holds a digit: where a pattern that opens with ``\\d`` may start.

    >>> digit_positions("nr. 12")
    [4, 5]
    """
    return [m.start() for m in _DIGIT.finditer(text)]


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` when every match starts at one of
    `starts` (ascending). A match never is empty here; a start inside the previous
    match is skipped, as `finditer` goes on after the end of each match.

    >>> list(m.group() for m in finditer_at(re.compile(r"(?<!\\w)ab+"), "ab xab abb", [0, 4, 7]))
    ['ab', 'abb']
    """
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            pos = max(m.end(), start + 1)


def lowered(text: str) -> str | None:
    """`text` in lower case, to look up the words of an IGNORECASE pattern at the same
    offsets; None when `re` would fold a letter that `str.lower` leaves alone or makes
    longer (İ ı ſ and the Kelvin sign K, which IGNORECASE takes for i, s and k).

    >>> lowered("De Minister"), lowered("\u017fept")
    ('de minister', None)
    """
    if any(odd in text for odd in _ODD_CASE):
        return None
    return text.lower()


def merged(*lists: Iterable[int]) -> list[int]:
    """The ascending union of several lists of offsets.

    >>> merged([4, 1], [1, 9])
    [1, 4, 9]
    """
    return sorted(set().union(*lists))
