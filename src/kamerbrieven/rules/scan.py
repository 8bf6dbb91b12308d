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
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

import ahocorasick

# Each character of a text as one byte, b"1" for a digit and b" " for anything else: `re`
# finds a fixed byte in C, where a `\d` (a category, not a character) makes it try every
# character, some 10 ns each. Latin-1 has no digits but 0-9.
_DIGIT_MASK = bytes(ord("1") if chr(i).isdecimal() else ord(" ") for i in range(256))
_DIGIT_RUNS = re.compile(rb"11*")  # `11*` rather than `1+`: a leading repeat is slow
_DIGIT_BYTE = re.compile(rb"1")
_REPLACED = re.compile(rb"\?")
ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")  # letters re folds otherwise than str.lower


def keywords(kinds: Mapping[Any, Iterable[str]]) -> Any:
    """An automaton over the words of each kind; a word may serve several kinds.

    >>> sorted(keyword_starts(keywords({"a": ["de"], "b": ["de", "het"]}), "de het").items())
    [('a', [0]), ('b', [0, 3])]
    """
    owners: dict[str, list[Any]] = {}
    for kind, words in kinds.items():
        for word in words:
            owners.setdefault(word, []).append(kind)
    automaton = ahocorasick.Automaton()
    for word, names in owners.items():
        automaton.add_word(word, (len(word), tuple(names)))
    automaton.make_automaton()
    return automaton


def keyword_starts(automaton: Any, text: str) -> dict[Any, list[int]]:
    """Per kind, the ascending start offsets of its words in `text` (a kind without any
    is left out)."""
    found: dict[Any, list[int]] = {}
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
    return tuple(m.start() for m in _DIGIT_RUNS.finditer(_digit_mask(text)))


@lru_cache(maxsize=8)
def digit_positions(text: str) -> tuple[int, ...]:
    """Every offset that holds a digit: where a pattern that opens with ``\\d`` may start.

    >>> digit_positions("nr. 12"), digit_positions("nr’ ٣٤")
    ((4, 5), (4, 5))
    """
    return tuple(m.start() for m in _DIGIT_BYTE.finditer(_digit_mask(text)))


@lru_cache(maxsize=8)
def _digit_mask(text: str) -> bytes:
    """`text` as one byte a character: b"1" where ``\\d`` matches, b" " elsewhere."""
    raw = text.encode("latin-1", "replace")  # a character beyond Latin-1 becomes b"?"
    mask = raw.translate(_DIGIT_MASK)
    # digits of other scripts ("٣"): `\d` is `str.isdecimal`
    beyond = [
        m.start()
        for m in _REPLACED.finditer(raw)
        if text[m.start()] != "?" and text[m.start()].isdecimal()
    ]
    if not beyond:
        return mask
    marked = bytearray(mask)
    for at in beyond:
        marked[at] = ord("1")
    return bytes(marked)


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


@lru_cache(maxsize=16)
def lowered(text: str) -> str | None:
    """`text` in lower case, to look up the words of an IGNORECASE pattern at the same
    offsets; None when `re` would fold a letter that `str.lower` leaves alone or makes
    longer (İ ı ſ and the Kelvin sign K, which IGNORECASE takes for i, s and k). Cached:
    several rules ask for the same sentence.

    >>> lowered("De Minister"), lowered("\u017fept")
    ('de minister', None)
    """
    if ODD_CASE.search(text):
        return None
    return text.lower()


def merged(*lists: Iterable[int]) -> list[int]:
    """The ascending union of several lists of offsets.

    >>> merged([4, 1], [1, 9])
    [1, 4, 9]
    """
    return sorted(set().union(*lists))
