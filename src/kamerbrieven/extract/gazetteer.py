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
from collections.abc import Callable

import ahocorasick

Span = tuple[int, int]
# whitespace other than one plain space: "Verenigde \nStaten"
_RUN = re.compile(r"\s{2,}|[^\S ]")


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
    candidates = []
    for end, (form, value) in automaton.iter(flat):
        start = end - len(form) + 1
        if start > 0 and (flat[start - 1].isalnum() or flat[start - 1] == "_"):
            continue
        after = flat[end + 1] if end + 1 < len(flat) else " "
        if after.isalnum() and not form.endswith("-"):
            continue
        candidates.append((start, end + 1, value))
    # leftmost-longest: sorted by start, longest first; skip what overlaps the last kept
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, value in candidates:
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, value))
    spans = [(to_text(a), to_text(b - 1) + 1, value) for a, b, value in sorted(chosen)]
    return [((a, b), text[a:b], value) for a, b, value in spans]


def _one_space(text: str) -> tuple[str, Callable[[int], int]]:
    """`text` with each whitespace run as one space, and the map of an offset in it back
    to `text` (kept as the offset shift of each stretch between runs: a table of every
    character's offset costs more than the whole lookup).

    >>> flat, to_text = _one_space("de  VS")
    >>> flat, to_text(3)
    ('de VS', 4)
    """
    if not _RUN.search(text):
        return text, lambda i: i
    parts: list[str] = []
    stretch_starts: list[int] = []  # where each stretch starts in the flat text
    shifts: list[int] = []  # offset in `text` minus offset in the flat text
    last = flat_at = 0
    for m in _RUN.finditer(text):
        parts.append(text[last : m.start()] + " ")
        stretch_starts.append(flat_at)
        shifts.append(last - flat_at)
        flat_at += m.start() - last + 1
        last = m.end()
    parts.append(text[last:])
    stretch_starts.append(flat_at)
    shifts.append(last - flat_at)
    return "".join(parts), lambda i: i + shifts[bisect_right(stretch_starts, i) - 1]


def trie_pattern(words: list[str]) -> str:
    """One regex alternation for `words`, shared prefixes factored out: Python's `re`
    tries a flat alternation word by word at every position, a trie only once.

    >>> trie_pattern(["jan", "januari", "juni"])
    '(?:j(?:an(?:uari)?|uni))'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body
