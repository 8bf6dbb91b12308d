"""Where a pattern's matches can start, read off the pattern itself.

A rule runs only where a match can begin (see `scan`). Written by hand, that list of
start words drifts from the pattern: add a verb to the pattern and not to the list, and
the rule silently never fires. `starts_of` derives it from the compiled pattern instead:
the literal prefixes every match must begin with (``motie``, ``amendement``), or the
digits where it may begin, or None when a match may start anywhere.

The derivation walks the parse tree of `re` (``re._parser``, stable since Python 3.0 as
``sre_parse``): literals extend the prefixes, small character classes (``[Mm]``) branch
them, alternations and optional parts union them, zero-width items (``\\b``, lookbehinds)
are skipped, and anything else (``\\w``, ``.``) ends them.

`needs_of` reads the same walk from every item of the pattern on: the words one of which
every match holds somewhere (``kabinet`` in ``[Hh]et\\s+[Kk]abinet``), a test cheaper than
any search that lets a rule pass by most sentences without running.
"""

from __future__ import annotations

import re
import re._constants as sre  # noqa: PLC2701 - the parse tree's opcodes
import re._parser as sre_parse  # noqa: PLC2701 - the stdlib's own regex parser
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# A character class of at most this many characters branches the prefixes ("[Mm]otie").
_MAX_CLASS = 4
# Stop extending when a pattern would give more prefixes than this.
_MAX_PREFIXES = 256
# Prefixes need not be longer than this to be a good filter.
_MAX_LENGTH = 12
# A set of needed words larger than this costs more to test than it saves.
_MAX_NEEDS = 24

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


@dataclass(frozen=True)
class Starts:
    """Where matches of a pattern can start: at one of `words` (looked up in the lower-case
    text when `folded`), or, when `digits`, at any digit; when `anchored` (``^...``), only
    at the start of the text, and there at one of `words` or a digit if any are known."""

    words: frozenset[str]
    digits: bool = False
    folded: bool = False
    anchored: bool = False


def starts_of(pattern: re.Pattern[str]) -> Starts | None:
    """The places a match of `pattern` must start at, or None when it may start anywhere.

    >>> s = starts_of(re.compile(r"(?<!\\w)(?:[Mm]otie|[Aa]mendement)\\b"))
    >>> sorted(s.words), s.digits
    (['Amendement', 'Motie', 'amendement', 'motie'], False)
    >>> sorted(starts_of(re.compile(r"\\b(?:zal|zullen)\\b", re.I)).words)
    ['zal', 'zullen']
    >>> starts_of(re.compile(r"(?:Kamerstuk\\s+)?\\d{2}")).digits
    True
    >>> starts_of(re.compile(r"[A-Z]\\w+")) is None
    True
    >>> starts_of(re.compile(r"^(?:Hij|Ze)\\s")).anchored
    True
    """
    folded = bool(pattern.flags & re.IGNORECASE)
    tree = list(sre_parse.parse(pattern.pattern, pattern.flags))
    anchored = _anchored(tree, pattern.flags)
    prefixes = _walk(tree, [_Prefix("", False)], folded)
    words: set[str] = set()
    digits = False
    for prefix in prefixes:
        if prefix.text:
            words.add(prefix.text)
        elif prefix.digit:
            digits = True
        elif anchored:  # at the start of the text, with something unknown
            return Starts(frozenset(), False, folded, anchored)
        else:
            return None  # this way a match starts with something unknown
    return Starts(_shortest(words), digits, folded, anchored)


def _anchored(tree: list[Any], flags: int) -> bool:
    """``^...`` (not MULTILINE) or ``\\A...``: a match can only start at offset 0."""
    if not tree or tree[0][0] is not sre.AT:
        return False
    at = tree[0][1]
    return at is sre.AT_BEGINNING_STRING or (at is sre.AT_BEGINNING and not flags & re.MULTILINE)


@dataclass(frozen=True)
class Needs:
    """Words one of which every match of a pattern holds (looked up in the lower-case
    text when `folded`)."""

    words: frozenset[str]
    folded: bool = False


def needs_of(pattern: re.Pattern[str]) -> Needs | None:
    """Words one of which every match of `pattern` contains (in lower case when the
    pattern ignores case), or None when no such words are known.

    The words are read from one place in the pattern that every match goes through, the
    place whose words are longest; a text without any of them has no match.

    >>> sorted(needs_of(re.compile(r"(?:[Hh]et\\s+[Kk]abinet|[Dd]e\\s+[Rr]egering)\\b")).words)
    ['Kabinet', 'Regering', 'kabinet', 'regering']
    >>> sorted(needs_of(re.compile(r"\\b(?:zal|zullen)\\s+\\w+\\s+informeren\\b", re.I)).words)
    ['informeren']
    >>> needs_of(re.compile(r"\\d+\\s*\\w+")) is None
    True
    """
    folded = bool(pattern.flags & re.IGNORECASE)
    words = _needs(list(sre_parse.parse(pattern.pattern, pattern.flags)), folded)
    return Needs(words, folded) if words else None


def _needs(items: list[Any], folded: bool) -> frozenset[str] | None:
    """The best set of words one of which every match of the sequence `items` holds."""
    best: frozenset[str] | None = None
    for at, (op, arg) in enumerate(items):
        candidates = [_words_from(items[at:], folded)]
        if op is sre.SUBPATTERN and not _flips_case(arg):
            candidates.append(_needs(list(arg[-1]), folded))
        elif op is sre.BRANCH:
            candidates.append(_union(_needs(list(alt), folded) for alt in arg[1]))
        elif op in _REPEATS and arg[0] >= 1:
            candidates.append(_needs(list(arg[2]), folded))
        for words in candidates:
            if words and len(words) <= _MAX_NEEDS and _better(words, best):
                best = words
    return best


def _words_from(items: list[Any], folded: bool) -> frozenset[str] | None:
    """The literal prefixes of what `items` match, when each is a word."""
    prefixes = _walk(items, [_Prefix("", False)], folded)
    if not prefixes or any(not p.text for p in prefixes):
        return None
    return _contained({p.text for p in prefixes})


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    words: set[str] = set()
    for found in sets:
        if not found:
            return None  # one way through needs nothing known
        words |= found
    return _contained(words)


def _better(words: frozenset[str], than: frozenset[str] | None) -> bool:
    """The set less likely to be found in a text: a word one letter longer is some ten
    times rarer, so "zal" and "zullen" pass fewer sentences than "op" and "in"."""
    return than is None or _chance(words) < _chance(than)


def _chance(words: frozenset[str]) -> float:
    return sum(0.1 ** len(word) for word in words)


def _contained(words: set[str]) -> frozenset[str]:
    """Without the words another one lies in: where "kamerleden" is, "kamer" is too."""
    ordered = sorted(words, key=len)
    kept: list[str] = []
    for word in ordered:
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return frozenset(kept)


@dataclass(frozen=True)
class _Prefix:
    text: str
    closed: bool
    digit: bool = False  # closed on a digit class with no literal before it


def _walk(items: list[Any], prefixes: list[_Prefix], folded: bool) -> list[_Prefix]:
    for op, arg in items:
        if all(p.closed for p in prefixes):
            break
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            prefixes = _extend(prefixes, [_char(arg, folded)])
        elif op is sre.IN:
            chars = _class_chars(arg, folded)
            if chars is None or len(chars) > _MAX_CLASS:
                prefixes = _close(prefixes, digit=_is_digit_class(arg))
            else:
                prefixes = _extend(prefixes, sorted(chars))
        elif op is sre.SUBPATTERN and not _flips_case(arg):
            prefixes = _walk(list(arg[-1]), prefixes, folded)
        elif op is sre.BRANCH:
            prefixes = _branch(arg[1], prefixes, folded)
        elif op in _REPEATS:
            prefixes = _repeat(arg, prefixes, folded)
        else:  # \w, ., a back reference: the prefix ends here
            prefixes = _close(prefixes, digit=False)
        if len(prefixes) > _MAX_PREFIXES:
            prefixes = [_Prefix(p.text, True, p.digit) for p in prefixes]
    return prefixes


def _flips_case(subpattern: Any) -> bool:
    """``(?i:...)`` or ``(?-i:...)``: a group that folds case otherwise than the pattern
    (its words would be looked up in the wrong text, so it ends the prefixes)."""
    _group, add_flags, del_flags, _items = subpattern
    return bool((add_flags | del_flags) & re.IGNORECASE)


def _branch(alternatives: list[Any], prefixes: list[_Prefix], folded: bool) -> list[_Prefix]:
    out: list[_Prefix] = [p for p in prefixes if p.closed]
    open_ = [p for p in prefixes if not p.closed]
    for alternative in alternatives:
        out.extend(_walk(list(alternative), open_, folded))
    return _unique(out)


def _repeat(arg: Any, prefixes: list[_Prefix], folded: bool) -> list[_Prefix]:
    low, high, sub = arg
    once = _walk(list(sub), [p for p in prefixes if not p.closed], folded)
    if high != 1:  # after one round the next may follow: what comes after is unknown
        once = [_Prefix(p.text, True, p.digit) for p in once]
    if low == 0:
        return _unique(prefixes + once)
    return _unique([p for p in prefixes if p.closed] + once)


def _extend(prefixes: list[_Prefix], chars: list[str]) -> list[_Prefix]:
    out = []
    for prefix in prefixes:
        if prefix.closed:
            out.append(prefix)
            continue
        for char in chars:
            text = prefix.text + char
            out.append(_Prefix(text, len(text) >= _MAX_LENGTH))
    return _unique(out)


def _close(prefixes: list[_Prefix], *, digit: bool) -> list[_Prefix]:
    return [p if p.closed else _Prefix(p.text, True, digit and not p.text) for p in prefixes]


def _char(code: int, folded: bool) -> str:
    char = chr(code)
    return char.lower() if folded else char


def _class_chars(items: list[Any], folded: bool) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(_char(arg, folded))
        elif op is sre.RANGE and arg[1] - arg[0] < _MAX_CLASS:
            chars.update(_char(code, folded) for code in range(arg[0], arg[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return None
    return chars


def _is_digit_class(items: list[Any]) -> bool:
    """``\\d`` or ``[0-9]``: a class of digits only."""
    for op, arg in items:
        if op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            continue
        if op is sre.RANGE and chr(arg[0]).isdigit() and chr(arg[1]).isdigit():
            continue
        if op is sre.LITERAL and chr(arg).isdigit():
            continue
        return False
    return bool(items)


def _shortest(words: set[str]) -> frozenset[str]:
    """Without the words another one begins: where "motieis" starts, "motie" starts too."""
    ordered = sorted(words, key=len)
    kept: list[str] = []
    for word in ordered:
        if not any(word.startswith(shorter) for shorter in kept):
            kept.append(word)
    return frozenset(kept)


def _unique(prefixes: list[_Prefix]) -> list[_Prefix]:
    return list(dict.fromkeys(prefixes))
