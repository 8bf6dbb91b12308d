"""Find the words of a fixed list in text, whole words only, longest match first.

One pyahocorasick automaton per list. A match counts when it is not glued to a letter
on either side; a hyphen may join it to the next word (``Noord-Afghanistan``,
``Duits-Nederlands``, ``NAVO-bondgenoten``). Of overlapping matches the leftmost, then
longest wins (``Bosnië-Herzegovina`` over ``Bosnië``, ``Caribisch Nederland`` over
``Nederland``).
Whitespace in the text is matched as written: a name wrapped over a line
(``Verenigde \\nStaten``) is found because the automaton runs on a copy where every
whitespace run is one space; spans are mapped back to the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any

import ahocorasick

Span = tuple[int, int]
# A whitespace run that makes the flat text shorter. Written so, not as `\s{2,}`, `re`
# skips in C to the next whitespace character instead of trying the pattern at each one.
_LONG_RUN = re.compile(r"\s\s+")
# The same on a Latin-1 text as bytes, whitespace made b" " and the rest b"x": `re`
# finds a fixed first byte faster still.
_SPACE_MASK = bytes(ord(" ") if chr(i).isspace() else ord("x") for i in range(256))
_LONG_RUN_BYTES = re.compile(rb"  +")


def build(forms: dict[str, str]) -> ahocorasick.Automaton:
    """An automaton over the written forms; each match yields (form, value).

    >>> list(find(build({"VS": "Verenigde Staten"}), "de VS en"))
    [((3, 5), 'VS', 'Verenigde Staten')]
    """
    automaton = ahocorasick.Automaton()
    for form, value in forms.items():
        automaton.add_word(form, (form, value))
    automaton.make_automaton()
    return automaton


def find(automaton: ahocorasick.Automaton, text: str) -> list[tuple[Span, str, str]]:
    """Whole-word matches as (span, text, value), longest first where they overlap."""
    flat, to_text = _one_space(text)
    last = len(flat) - 1
    candidates = []
    for end, (form, value) in automaton.iter(flat):
        start = end - len(form) + 1
        if start > 0 and (flat[start - 1].isalnum() or flat[start - 1] == "_"):
            continue
        if end < last and flat[end + 1].isalnum() and not form.endswith("-"):
            if not _glued_marker(flat, end + 1):
                continue
        # (start, minus length): the sort order below, without a key function
        candidates.append((start, start - end - 1, value))
    # leftmost-longest: sorted by start, longest first; skip what overlaps the last kept
    # (no two candidates share start and length: that would be one form twice)
    candidates.sort()
    chosen: list[tuple[int, int, str]] = []  # ascending and apart, as kept
    for start, minus_length, value in candidates:
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, start - minus_length, value))
    spans = [(to_text(a), to_text(b - 1) + 1, value) for a, b, value in chosen]
    return [((a, b), text[a:b], value) for a, b, value in spans]


def _glued_marker(flat: str, at: int) -> bool:
    """Whether `flat[at:]` starts with a footnote marker glued to the name before it
    (``in Luxemburg1.``, ``Rusland2,``): one or two digits, then no letter or digit.

    >>> _glued_marker("Luxemburg1. De", 9), _glued_marker("G20", 1), _glued_marker("Bern2024", 4)
    (True, False, False)
    """
    if not (flat[at].isdigit() and flat[at - 1].isalpha() and flat[at - 1].islower()):
        return False
    end = at + 1 if at + 1 >= len(flat) or not flat[at + 1].isdigit() else at + 2
    return end >= len(flat) or not flat[end].isalnum()


def _one_space(text: str) -> tuple[str, Callable[[int], int]]:
    """`text` with each whitespace run as one space, and the map of an offset in it back
    to `text` (kept as the offset shift of each stretch between runs: a table of every
    character's offset costs more than the whole lookup).

    >>> flat, to_text = _one_space("de  VS")
    >>> flat, to_text(3)
    ('de VS', 4)
    """
    # `str.split` (far faster than a `re` substitution) and `re`'s `\s` agree on what
    # whitespace is; split drops the runs at either end, which become one space too
    words = text.split()
    flat = " ".join(words)
    if text[:1].isspace():
        flat = " " + flat
    if words and text[-1].isspace():
        flat += " "
    if len(flat) == len(text):
        return flat, lambda i: i
    # Only a run of two or more characters shifts what follows it (by its length - 1):
    # one stretch per such run, which `re` finds far faster than a loop over every run.
    stretch_starts = [0]  # where each stretch starts in the flat text
    shifts = [0]  # offset in `text` minus offset in the flat text
    for m in _long_runs(text):
        shift = shifts[-1] + m.end() - m.start() - 1
        stretch_starts.append(m.end() - shift)
        shifts.append(shift)
    return flat, lambda i: i + shifts[bisect_right(stretch_starts, i) - 1]


def _long_runs(text: str) -> Iterator[re.Match[str]] | Iterator[re.Match[bytes]]:
    """The matches of ``_LONG_RUN.finditer(text)`` (their spans are the same)."""
    try:
        mask = text.encode("latin-1").translate(_SPACE_MASK)  # one byte per character
    except UnicodeEncodeError:
        return _LONG_RUN.finditer(text)
    return _LONG_RUN_BYTES.finditer(mask)


def trie_pattern(words: list[str]) -> str:
    """One regex alternation for `words`, shared prefixes factored out: Python's `re`
    tries a flat alternation word by word at every position, a trie only once.

    >>> trie_pattern(["jan", "januari", "juni"])
    '(?:j(?:an(?:uari)?|uni))'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body
