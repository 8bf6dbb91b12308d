"""Find the words of a fixed list in text, whole words only, longest match first.

One pyahocorasick automaton per list. A match counts when it is not glued to a letter
on either side; a hyphen may join it to the next word (``Noord-Afghanistan``,
``Duits-Nederlands``, ``NAVO-bondgenoten``). Of overlapping matches the longest wins
(``Bosnië-Herzegovina`` over ``Bosnië``, ``Caribisch Nederland`` over ``Nederland``).
Whitespace in the text is matched as written: a name wrapped over a line
(``Verenigde \\nStaten``) is found because the automaton runs on a copy where every
whitespace character is a space (same length, so spans stay true).
"""

from __future__ import annotations

import re

import ahocorasick

Span = tuple[int, int]
_SPACE = re.compile(r"\s")


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
    flat = _SPACE.sub(" ", text)
    candidates = []
    for end, (form, value) in automaton.iter(flat):
        start = end - len(form) + 1
        if start > 0 and (flat[start - 1].isalnum() or flat[start - 1] == "_"):
            continue
        after = flat[end + 1] if end + 1 < len(flat) else " "
        if after.isalnum() and not form.endswith("-"):
            continue
        candidates.append((start, end + 1, value))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, value in candidates:
        if all(end <= a or start >= b for a, b, _ in chosen):
            chosen.append((start, end, value))
    return [((a, b), text[a:b], value) for a, b, value in sorted(chosen)]
