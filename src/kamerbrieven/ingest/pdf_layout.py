"""Glyphs -> text lines of a page: baselines, superscript markers, the letterhead side column.

Pure functions over ``pdf_chars.Char``; sizes and positions in points, y grows upwards.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kamerbrieven.ingest.pdf_chars import Char

# A raised, smaller glyph is a superscript when it sits this far above the baseline,
# as a share of the line's type size ("verslag¹": the 1 is ~0.35 em up).
_SUP_RISE = (0.12, 0.8)
_SUP_SHRINK = 0.85
# Superscripts that are footnote markers; others ("1e", "Mme") stay plain text.
_MARKER = re.compile(r"^(?:\d{1,3}|\*{1,3}|[a-z])$")


@dataclass
class Run:
    """Glyphs written one after the other on one baseline; `sup` flags raised markers."""

    chars: list[Char]
    sup: list[bool]
    y: float
    size: float

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.chars)

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars)

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


def split_runs(chars: list[Char]) -> list[Run]:
    """Cut the content stream where the baseline jumps or the pen moves back or far.

    >>> [len(r.chars) for r in split_runs([Char("a", 0, 5, 100, 10), Char("b", 5, 10, 100, 10),
    ...                                      Char("c", 0, 5, 88, 10)])]
    [2, 1]
    """
    runs: list[Run] = []
    current: Run | None = None
    for char in chars:
        if current is None:
            if char.text != " ":
                current = Run([char], [False], char.y, char.size)
                runs.append(current)
            continue
        last = current.chars[-1]
        ref = max(current.size, 1.0)
        dy = char.y - current.y
        if char.text == " ":
            if abs(dy) <= 0.8 * ref:  # a space after a raised marker is raised too
                current.chars.append(char)
                current.sup.append(False)
            continue
        adjacent = last.x1 - max(ref, 2.0) <= char.x0 <= last.x1 + 3 * ref
        if not adjacent:
            pass
        elif current.sup[-1] and abs(char.y - last.y) <= 0.1 * ref and char.size <= last.size + 0.1:
            current.chars.append(char)  # the rest of a multi-glyph marker ("12")
            current.sup.append(True)
            continue
        elif char.size < _SUP_SHRINK * ref and _rises(dy, ref):
            current.chars.append(char)
            current.sup.append(True)
            continue
        elif abs(dy) <= 0.3 * ref:
            current.chars.append(char)
            current.sup.append(False)
            continue
        elif (
            _only_marker(current)
            and current.size < _SUP_SHRINK * char.size
            and (_rises(-dy, char.size))
        ):
            # a footnote opening with its raised number: "¹ Kamerstukken II ..."
            current.sup = [True] * len(current.chars)
            current.chars.append(char)
            current.sup.append(False)
            current.y, current.size = char.y, char.size
            continue
        current = Run([char], [False], char.y, char.size)
        runs.append(current)
    for run in runs:
        run.size = run.main_size()
    return runs


def _rises(dy: float, size: float) -> bool:
    return _SUP_RISE[0] * size <= dy <= _SUP_RISE[1] * size


def _only_marker(run: Run) -> bool:
    text = "".join(c.text for c in run.chars).strip()
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
    for number, run in enumerate(runs):
        if parts and parts[-1] != " " and run.chars[0].text != " ":
            gap = run.x0 - runs[number - 1].x1
            if gap > 0.1 * run.size and not run.sup[0]:
                parts.append(" ")
        index = 0
        while index < len(run.chars):
            char = run.chars[index]
            if index and char.text != " " and run.chars[index - 1].text != " ":
                # a word gap the PDF left without a space glyph ("jl.¹ is")
                if char.x0 - run.chars[index - 1].x1 > 0.2 * max(char.size, run.size * 0.5):
                    parts.append(" ")
            if not run.sup[index]:
                parts.append(char.text)
                index += 1
                continue
            end = index
            while end < len(run.chars) and run.sup[end]:
                end += 1
            mark = "".join(c.text for c in run.chars[index:end]).strip()
            opening = not "".join(parts).strip()
            if opening and _MARKER.match(mark):
                lead_mark = mark
            elif _MARKER.match(mark):
                while parts and parts[-1] == " ":
                    parts.pop()  # glue the marker to its word: "verslag[1]."
                parts.append(f"[{mark}]")
            else:
                parts.append(mark)
            index = end
    text = re.sub(r" {2,}", " ", "".join(parts)).strip()
    sizes = Counter()
    for run in runs:
        pairs = zip(run.chars, run.sup, strict=True)
        sizes[run.size] += sum(1 for c, s in pairs if not s and c.text != " ")
    size = sizes.most_common(1)[0][0] if sizes else runs[0].size
    base = max(runs, key=lambda r: sum(not s for s in r.sup))
    return Line(
        text=text,
        y=base.y,
        x0=min(r.x0 for r in runs),
        x1=max(r.x1 for r in runs),
        size=size,
        lead_mark=lead_mark,
        runs=runs,
    )


def body_size(pages: list[list[Char]]) -> float:
    """The most frequent type size over the document, rounded to a quarter point.

    >>> body_size([[Char("a", 0, 1, 0, 9.06), Char("b", 1, 2, 0, 9.05), Char("1", 2, 3, 0, 6)]])
    9.0
    """
    counts = Counter(round(c.size * 4) / 4 for page in pages for c in page if c.text.strip())
    return counts.most_common(1)[0][0] if counts else 10.0


def line_pitch(lines: list[Line], size: float) -> float:
    """The usual distance between baselines of consecutive body lines (leading)."""
    steps = Counter()
    for upper, lower in zip(lines, lines[1:], strict=False):
        if abs(upper.size - size) < 0.5 and abs(lower.size - size) < 0.5:
            step = round(upper.y - lower.y, 1)
            if 0.8 * size <= step <= 2.5 * size:
                steps[step] += 1
    return steps.most_common(1)[0][0] if steps else 1.2 * size
