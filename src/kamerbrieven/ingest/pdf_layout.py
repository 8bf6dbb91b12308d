"""Glyphs -> text lines of a page: baselines, superscript markers, the letterhead side column.

Pure functions over ``pdf_chars.Char``; sizes and positions in points, y grows upwards.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from operator import attrgetter

from kamerbrieven.ingest.pdf_chars import Char

# A raised, smaller glyph is a superscript when it sits this far above the baseline,
# as a share of the line's type size ("verslag¹": the 1 is ~0.35 em up).
_SUP_RISE = (0.12, 0.8)
_SUP_SHRINK = 0.85
# Superscripts that are footnote markers; others ("1e", "Mme") stay plain text.
_MARKER = re.compile(r"^(?:\d{1,3}|\*{1,3}|[a-z])$")
# Char fields as C-level getters: the layout walks every glyph of the document several times
_text, _left, _right = attrgetter("text"), attrgetter("x0"), attrgetter("x1")
_text_size = attrgetter("text", "size")


@dataclass
class Run:
    """Glyphs written one after the other on one baseline; `sup` flags raised markers."""

    chars: list[Char]
    sup: list[bool]
    y: float
    size: float

    # Cached: asked for several times per run, and `chars` is final once split_runs returns.
    @cached_property
    def x0(self) -> float:
        return float(min(map(_left, self.chars)))

    @cached_property
    def x1(self) -> float:
        return float(max(map(_right, self.chars)))

    def main_size(self) -> float:
        pairs = zip(self.chars, self.sup, strict=True)
        sizes = [c.size for c, s in pairs if not s and c.text != " "]
        return Counter(sizes).most_common(1)[0][0] if sizes else self.size


@dataclass
class Line:
    """One text line of a page, markers rendered as ``[n]``."""

    text: str
    y: float
    x0: float
    x1: float
    size: float
    lead_mark: str | None = None  # a raised marker that opens the line (a footnote's)
    runs: list[Run] = field(default_factory=list, repr=False)


def _no_char(char: Char) -> None:
    raise AssertionError("a character before the first run")


def _no_flag(flag: bool) -> None:
    raise AssertionError("a character before the first run")


def _new_run(char: Char, runs: list[Run]) -> Run:
    run = Run([char], [False], char.y, char.size)
    runs.append(run)
    return run


def _opens_footnote(current: Run, char: Char, dy: float) -> bool:
    """A footnote opening with its raised number ("¹ Kamerstukken II ..."): the run so far
    is that number, and the line goes on in it at this character's baseline."""
    size = char.size
    if not (_only_marker(current) and current.size < _SUP_SHRINK * size and _rises(-dy, size)):
        return False
    current.sup = [True] * len(current.chars)
    current.chars.append(char)
    current.sup.append(False)
    current.y, current.size = char.y, size
    return True


def split_runs(chars: list[Char]) -> list[Run]:
    """Cut the content stream where the baseline jumps or the pen moves back or far.

    >>> [len(r.chars) for r in split_runs([Char("a", 0, 5, 100, 10), Char("b", 5, 10, 100, 10),
    ...                                      Char("c", 0, 5, 88, 10)])]
    [2, 1]
    """
    runs: list[Run] = []
    current: Run | None = None
    # Per-glyph hot loop: the current run's reference size, baseline, last glyph and list
    # appends live in locals, refreshed only where the run changes.
    ref = reach = run_y = 0.0
    last = Char("", 0.0, 0.0, 0.0, 0.0)
    # placeholders until the first run starts (the first character always starts one)
    add_char: Callable[[Char], None] = _no_char
    add_sup: Callable[[bool], None] = _no_flag
    for char in chars:
        text, x0, _, y, size, _ = char
        if current is None:
            if text == " ":
                continue
            current = _new_run(char, runs)
        else:
            dy = y - run_y
            if text == " ":
                if abs(dy) <= 0.8 * ref:  # a space after a raised marker is raised too
                    add_char(char)
                    add_sup(False)
                    last = char
                continue
            sup: bool | None = None  # raised, level with the run, or neither
            if last.x1 - reach <= x0 <= last.x1 + 3 * ref:  # adjacent to the last glyph
                if current.sup[-1] and abs(y - last.y) <= 0.1 * ref and size <= last.size + 0.1:
                    sup = True  # the rest of a multi-glyph marker ("12")
                elif size < _SUP_SHRINK * ref and _rises(dy, ref):
                    sup = True
                elif abs(dy) <= 0.3 * ref:
                    sup = False
                elif not _opens_footnote(current, char, dy):
                    current = _new_run(char, runs)
            else:
                current = _new_run(char, runs)
            if sup is not None:
                add_char(char)
                add_sup(sup)
                last = char
                continue
        # the run started or changed: refresh its locals
        ref = max(current.size, 1.0)
        reach = max(ref, 2.0)
        run_y = current.y
        add_char, add_sup = current.chars.append, current.sup.append
        last = char
    for run in runs:
        run.size = run.main_size()
    return runs


def _rises(dy: float, size: float) -> bool:
    return _SUP_RISE[0] * size <= dy <= _SUP_RISE[1] * size


def _only_marker(run: Run) -> bool:
    text = "".join(map(_text, run.chars)).strip()
    return bool(_MARKER.match(text))


def is_side_run(run: Run, body_size: float, page_width: float) -> bool:
    """Letterhead side column of ministry letters: small type right of the body text.

    ("Datum", "14 april 2025", "Pagina 1 van 6" at x 466 of 595, 6.5 pt beside 9 pt.)
    """
    return run.size < 0.9 * body_size and run.x0 > 0.6 * page_width


def group_lines(runs: list[Run]) -> list[Line]:
    """Runs on one baseline make one line, top to bottom, left to right."""
    ordered = sorted(runs, key=lambda r: -r.y)
    groups: list[list[Run]] = []
    for run in ordered:
        if groups:
            head = groups[-1][0]
            tolerance = 0.3 * max(head.size, run.size, 1.0)
            if abs(head.y - run.y) <= tolerance:
                groups[-1].append(run)
                continue
        groups.append([run])
    groups = _attach_loose_markers(groups)
    return [_render(sorted(group, key=lambda r: r.x0)) for group in groups]


def _attach_loose_markers(groups: list[list[Run]]) -> list[list[Run]]:
    """A raised marker pdfium wrote as a run of its own joins the line it belongs to."""
    kept: list[list[Run]] = []
    for index, group in enumerate(groups):
        if len(group) == 1 and _only_marker(group[0]) and index + 1 < len(groups):
            run, below = group[0], groups[index + 1]
            size = max(r.size for r in below)
            near = any(r.x0 - size <= run.x0 <= r.x1 + size for r in below)
            if run.size < _SUP_SHRINK * size and _rises(run.y - below[0].y, size) and near:
                run.sup = [True] * len(run.chars)
                below.append(run)
                continue
        kept.append(group)
    return kept


def _render(runs: list[Run]) -> Line:
    parts: list[str] = []
    lead_mark: str | None = None
    sizes: Counter[float] = Counter()  # plain (not raised, not space) glyphs per type size
    for number, run in enumerate(runs):
        if parts and parts[-1] != " " and run.chars[0].text != " ":
            gap = run.x0 - runs[number - 1].x1
            if gap > 0.1 * run.size and not run.sup[0]:
                parts.append(" ")
        mark, plain = _render_run(run, parts)
        if mark is not None:
            lead_mark = mark
        sizes[run.size] += plain
    text = re.sub(r" {2,}", " ", "".join(parts)).strip()
    size = sizes.most_common(1)[0][0] if sizes else runs[0].size
    base = max(runs, key=lambda r: r.sup.count(False))
    return Line(
        text=text,
        y=base.y,
        x0=min(r.x0 for r in runs),
        x1=max(r.x1 for r in runs),
        size=size,
        lead_mark=lead_mark,
        runs=runs,
    )


def _render_run(run: Run, parts: list[str]) -> tuple[str | None, int]:
    """Add one run's text to `parts`; its opening marker (if any) and plain glyph count."""
    chars, sup = run.chars, run.sup
    half = run.size * 0.5
    lead_mark: str | None = None
    plain = 0
    prev_text, prev_x1 = " ", 0.0  # no word gap before the run's first glyph
    index, count = 0, len(chars)
    while index < count:
        text, x0, x1, _, size, _ = chars[index]
        if text != " " and prev_text != " " and x0 - prev_x1 > 0.2 * max(size, half):
            parts.append(" ")  # a word gap the PDF left without a space glyph ("jl.¹ is")
        if not sup[index]:
            parts.append(text)
            plain += text != " "
            prev_text, prev_x1 = text, x1
            index += 1
            continue
        end = index
        while end < count and sup[end]:
            end += 1
        mark = "".join(map(_text, chars[index:end])).strip()
        opening = not "".join(parts).strip()
        if opening and _MARKER.match(mark):
            lead_mark = mark
        elif _MARKER.match(mark):
            while parts and parts[-1] == " ":
                parts.pop()  # glue the marker to its word: "verslag[1]."
            parts.append(f"[{mark}]")
        else:
            parts.append(mark)
        prev_text, prev_x1 = chars[end - 1].text, chars[end - 1].x1
        index = end
    return lead_mark, plain


def body_size(pages: list[list[Char]]) -> float:
    """The most frequent type size over the document, rounded to a quarter point.

    >>> body_size([[Char("a", 0, 1, 0, 9.06), Char("b", 1, 2, 0, 9.05), Char("1", 2, 3, 0, 6)]])
    9.0
    """
    # Count (text, size) pairs at C speed, then round the few distinct sizes. Keys enter
    # `counts` in order of first appearance, as when counting glyph by glyph, so ties
    # in most_common go the same way.
    glyphs = Counter(map(_text_size, chain.from_iterable(pages)))
    counts: Counter[float] = Counter()
    for (text, size), count in glyphs.items():
        if text.strip():
            counts[round(size * 4) / 4] += count
    return counts.most_common(1)[0][0] if counts else 10.0


def line_pitch(lines: list[Line], size: float) -> float:
    """The usual distance between baselines of consecutive body lines (leading)."""
    steps: Counter[float] = Counter()
    for upper, lower in zip(lines, lines[1:], strict=False):
        if abs(upper.size - size) < 0.5 and abs(lower.size - size) < 0.5:
            step = round(upper.y - lower.y, 1)
            if 0.8 * size <= step <= 2.5 * size:
                steps[step] += 1
    return steps.most_common(1)[0][0] if steps else 1.2 * size
