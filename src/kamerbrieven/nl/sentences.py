"""A small Dutch-aware sentence splitter for clean letter text.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing bracket, quote or footnote
marker ``[1]`` after it) when the next word starts with a capital, a digit or a quote,
and always at a paragraph break. It does not end after the abbreviations letters use
mid-sentence (``nr.``, ``d.d.``, ``ca.``, ``o.a.``, ``art.``, ``blz.``), after initials
(``S.A. Blok``) or inside numbers (``2.1``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int]

# Abbreviations after which a sentence never ends: "(Kamerstuk 28676, nr. 353, d.d. 4 februari
# 2021)", "de gereedstelling van ca. 80 militairen", "conform art. 10 van het Verdrag".
NEVER_FINAL = frozenset(
    """
    nr nrs no art artt blz pag p ca d.d o.a e.d e.a i.p.v m.b.t t.a.v t.b.v z.g zgn i.v.m
    m.u.v n.a.v dhr mevr mw mr dr drs ir ing prof bijv resp vgl incl excl jhr st stb
    stcrt vs v.w.b i.o.m i.c.m i.s.m m.n o.l.v t.o.v a.g.v c.q jo lid sub e.v al
    """.split()
)
# Abbreviations that may also close a sentence ("... op 4 februari jl. Daarna ..."): these
# end a sentence only when a capital follows ("op 4 februari jl. is uw Kamer ..." does not).
MAYBE_FINAL = frozenset("jl j.l ll a.s c.s etc enz e.d.".split())

# A candidate end: terminal punctuation, then closers and footnote markers, then space.
_END = re.compile(r"[.!?]+[)\]'\"’”]*(?:\[\d+\])*(?=\s)")
_NEXT_START = re.compile(r"\s+(\S)")
_INITIALS = re.compile(r"^\(?(?:[A-Z]\.)*[A-Z]$")


def _is_break(text: str, dot: int, after: int) -> bool:
    """Whether the punctuation at `dot` (ending at `after`) ends a sentence."""
    following = _NEXT_START.match(text, after)
    if following is None:
        return True
    if "\n\n" in text[after : following.start(1)]:
        return True
    nxt = following.group(1)
    starts_sentence = nxt.isupper() or nxt.isdigit() or nxt in "\"'‘“(["
    if text[dot] != ".":
        return starts_sentence
    word = _word_before(text, max(0, dot - 40), dot)  # a short look back: O(n) overall
    token = word.lower().lstrip("([\"'")
    if token in NEVER_FINAL:
        return False
    if _INITIALS.match(word):
        return False  # "S.A. Blok", "mr. A. de Vries"
    if token in MAYBE_FINAL:
        return nxt.isupper()
    return starts_sentence


def _word_before(text: str, start: int, end: int) -> str:
    """The run of non-space characters that ends ``text[start:end]`` (or the stretch
    without its closing newline), else "": what ``re.search(r"(\\S+)$", ...)`` finds.

    >>> _word_before("zie nr.", 0, 6), _word_before("de\\n", 0, 3), _word_before("de ", 0, 3)
    ('nr', 'de', '')
    """
    if end > start and text[end - 1] == "\n":
        end -= 1
    if end == start or text[end - 1].isspace():
        return ""
    return text[start:end].rsplit(None, 1)[-1]


def _ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_END.finditer(text, start, end)``, tried only at the marks ``.!?``: `str.find`
    gets to them far faster than `re` scanning for a character class.

    >>> [m.group() for m in _ends("Ja?! Nee. 2.1 ok.", 0, 17)]
    ['?!', '.']
    """
    marks = []
    for mark in ".!?":
        at = text.find(mark, start, end)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1, end)
    marks.sort()
    pos = start
    for at in marks:
        if at < pos:
            continue  # inside the previous match ("?!"), as `finditer` goes on after it
        m = _END.match(text, at, end)
        if m:
            yield m
            pos = m.end()


def split_sentences(text: str) -> list[Span]:
    """Character spans of the sentences of `text`, without surrounding whitespace.

    >>> text = "Op 4 februari jl. is uw Kamer geïnformeerd (nr. 353). Hij stelde vast dat."
    >>> [text[a:b] for a, b in split_sentences(text)][1]
    'Hij stelde vast dat.'
    """
    spans: list[Span] = []
    for par in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        start = par.start()
        end_of_par = par.end()
        for match in _ends(text, start, end_of_par):
            if _is_break(text, match.start(), match.end()):
                spans.append((start, match.end()))
                start = match.end()
        spans.append((start, end_of_par))
    return [_strip(text, a, b) for a, b in spans if text[a:b].strip()]


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
