"""Highlighted snippets from a letter's clean text, marked with <b>..</b>.

Only the few hits on a page get a snippet, so this may be plain Python: find words
that could match with one regex over the folded text, then confirm each one with the
same analysis the index used (stem, compound parts, joined hyphen form).
"""

from __future__ import annotations

import html
import re

from kamerbrieven.search.analysis import WORD_RE, fold, stem
from kamerbrieven.search.analysis import extra_tokens as _extra_tokens

WIDTH = 220  # characters of context in one snippet


def make_snippet(
    text: str,
    terms: set[str],
    prefixes: set[str] = frozenset(),
    width: int = WIDTH,  # type: ignore[assignment]
) -> str:
    """The best window of `text` with the matching words in <b>..</b>, HTML-escaped.

    >>> make_snippet("De presidentsverkiezingen in de VS.", {"verkiez"})
    'De <b>presidentsverkiezingen</b> in de VS.'
    """
    spans = _matches(text, terms, prefixes)
    if not spans:
        return _escape_window(text, 0, min(len(text), width), [])
    start = _best_start(spans, width)
    # some context before the first match, and a full window when the match is near the end
    start = _word_start(text, max(0, min(start - width // 6, len(text) - width)))
    end = _word_end(text, min(len(text), start + width))
    inside = [(a, b) for a, b in spans if a >= start and b <= end]
    return _escape_window(text, start, end, inside)


def _matches(text: str, terms: set[str], prefixes: set[str]) -> list[tuple[int, int]]:
    needles = {t for t in terms if t} | {p for p in prefixes if p}
    if not needles:
        return []
    folded = fold(text)
    # a candidate word contains a needle somewhere (compounds, inflections)
    pattern = "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
    spans: list[tuple[int, int]] = []
    last_end = -1
    for hit in re.finditer(pattern, folded):
        if hit.start() < last_end:
            continue
        word = _word_around(text, hit.start())
        if word is None:
            continue
        start, end = word
        last_end = end
        if _word_matches(text[start:end], terms, prefixes):
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


def _word_matches(word: str, terms: set[str], prefixes: set[str]) -> bool:
    pieces = word.split("-")
    forms = {stem(piece) for piece in pieces} | set(_extra_tokens(word))
    if forms & terms:
        return True
    folded = [fold(piece) for piece in pieces] + ["".join(fold(word).split("-"))]
    return any(f.startswith(p) for f in folded for p in prefixes)


def _best_start(spans: list[tuple[int, int]], width: int) -> int:
    """Start of the window holding the most matches (the first such window)."""
    best, best_count = spans[0][0], 0
    right = 0
    for left, (start, _) in enumerate(spans):
        right = max(right, left)
        while right < len(spans) and spans[right][1] <= start + width:
            right += 1
        if right - left > best_count:
            best, best_count = start, right - left
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
