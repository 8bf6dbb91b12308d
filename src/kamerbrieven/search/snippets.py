"""Highlighted snippets from a letter's clean text, marked with <b>..</b>.

Only the few hits on a page get a snippet, so this may be plain Python: find words
that could match with one regex over the folded text, then confirm each one with the
same analysis the index used (stem, compound parts, joined hyphen form).
"""

from __future__ import annotations

import html
import re
from collections.abc import Set as AbstractSet

from kamerbrieven.search.analysis import ACRONYM_MARK, WORD_RE, fold, token
from kamerbrieven.search.analysis import extra_tokens as _extra_tokens

WIDTH = 220  # characters of context in one snippet
# Dutch function words (as stems) that are not worth marking next to real query words.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "van",
        "en",
        "in",
        "op",
        "te",
        "dat",
        "die",
        "voor",
        "met",
        "is",
        "zijn",
        "aan",
        "er",
        "om",
        "als",
        "bij",
        "ook",
        "niet",
        "door",
        "naar",
        "dan",
        "of",
        "over",
        "tot",
        "uit",
        "worden",
        "wordt",
        "werd",
        "hebben",
        "heeft",
        "had",
        "zal",
        "zou",
        "kan",
        "u",
        "ik",
        "wij",
        "we",
    ]
)


SCAN_CHARS = 200_000  # where a snippet is looked for, at most


def make_snippet(
    text: str,
    terms: set[str],
    prefixes: AbstractSet[str] = frozenset(),
    width: int = WIDTH,
) -> str:
    """The best window of `text` with the matching words in <b>..</b>, HTML-escaped.

    >>> make_snippet("De presidentsverkiezingen in de VS.", {"verkiez"})
    'De <b>presidentsverkiezingen</b> in de VS.'
    """
    # `de` and `van` in bold on every line hide the words that matter; mark them only
    # when the query has nothing else
    content = {t for t in terms if t.rstrip(ACRONYM_MARK) not in STOPWORDS}
    # a snippet from the first part of a very long text: its cost stays bounded
    text = text[:SCAN_CHARS]
    spans = _matches(text, content if content or prefixes else terms, prefixes)
    if not spans:
        return _escape_window(text, 0, min(len(text), width), [])
    start = _best_start(text, spans, width)
    # some context before the first match, and a full window when the match is near the end
    start = _word_start(text, max(0, min(start - width // 6, len(text) - width)))
    end = _word_end(text, min(len(text), start + width))
    inside = [(a, b) for a, b in spans if a >= start and b <= end]
    return _escape_window(text, start, end, inside)


def _matches(
    text: str, terms: AbstractSet[str], prefixes: AbstractSet[str]
) -> list[tuple[int, int]]:
    needles = {t.rstrip(ACRONYM_MARK) for t in terms if t} | {p for p in prefixes if p}
    if not needles:
        return []
    folded = fold(text)
    # A candidate word contains a needle (compounds, inflections); short needles such as
    # `de` must start a word, or every `onderdeel` would be a candidate.
    longest_first = sorted(needles, key=len, reverse=True)
    pattern = "|".join(re.escape(n) if len(n) > 3 else rf"\b{re.escape(n)}" for n in longest_first)
    spans: list[tuple[int, int]] = []
    verdicts: dict[str, bool] = {}  # the same word recurs: confirm it once
    last_end = -1
    for hit in re.finditer(pattern, folded):
        if hit.start() < last_end:
            continue
        word = _word_around(text, hit.start())
        if word is None:
            continue
        start, end = word
        last_end = end
        surface = text[start:end]
        verdict = verdicts.get(surface)
        if verdict is None:
            verdict = verdicts[surface] = _word_matches(surface, terms, prefixes)
        if verdict:
            spans.append((start, end))
    return spans


def _word_around(text: str, pos: int) -> tuple[int, int] | None:
    start = pos
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    match = WORD_RE.match(text, start)
    if match is None:
        return None
    return match.start(), match.end()


def _word_matches(word: str, terms: AbstractSet[str], prefixes: AbstractSet[str]) -> bool:
    pieces = word.split("-")
    forms = {token(piece) for piece in pieces} | set(_extra_tokens(word))
    if forms & terms:
        return True
    folded = [fold(piece) for piece in pieces] + ["".join(fold(word).split("-"))]
    return any(f.startswith(p) for f in folded for p in prefixes)


def _best_start(text: str, spans: list[tuple[int, int]], width: int) -> int:
    """Start of the window with the most different matching words (then the first)."""
    best, best_score = spans[0][0], 0
    for left, (start, _) in enumerate(spans):
        words = set()
        for a, b in spans[left:]:
            if b > start + width:
                break
            words.add(fold(text[a:b]))
        if len(words) > best_score:
            best, best_score = start, len(words)
    return best


def _word_start(text: str, pos: int) -> int:
    while 0 < pos < len(text) and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


def _escape_window(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    out: list[str] = ["… " if start > 0 else ""]
    cursor = start
    for a, b in spans:
        out.append(html.escape(text[cursor:a], quote=False))
        out.append(f"<b>{html.escape(text[a:b], quote=False)}</b>")
        cursor = b
    out.append(html.escape(text[cursor:end], quote=False))
    out.append(" …" if end < len(text) else "")
    return " ".join("".join(out).split())
