"""What a ministry letter's side column leaves beside the text of later pages, where a PDF
tool puts it among the body lines: the reference under "Ons kenmerk", and the blocks of
short lines it prints again on every page (the ministry's logo text "Ministerie van" /
"Infrastructuur en" / "Waterstaat", the directorate).
"""

from __future__ import annotations

import re
from collections import Counter

# A short reference of the letterhead's side column ("DGBI / 26844711", "IENW/BSK-2022/268034"):
# letters and digits, no sentence
_REFERENCE_LIKE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[\w&/.()–-]+(?: [\w&/.()–-]+){0,4}$")
_RECURS = 3


def strip_recurring_references(pages: list[list[str]]) -> list[list[str]]:
    """A reference that comes back beside the text of three pages or more ("Ons kenmerk"'s
    value in a ministry letter's side column), wherever a PDF tool put it: on a line of its
    own, or glued to the end of a body line it shared a baseline with.

    >>> page = ["Dit is", "DGBI / 26844711", "een zin DGBI / 26844711"]
    >>> strip_recurring_references([page, ["DGBI / 26844711", "verder."]])
    [['Dit is', 'een zin'], ['verder.']]
    """
    counts: Counter[str] = Counter(
        line for page in pages for line in page if len(line) <= 40 and _REFERENCE_LIKE.match(line)
    )
    # the lines of their own and the glued ones together make the recurrence
    for page in pages:
        for line in page:
            if (glued := _glued_reference(line, counts)) is not None:
                counts[glued] += 1
    recurring = {r for r, n in counts.items() if n >= _RECURS}
    if not recurring:
        return pages
    cleaned = []
    for page in pages:
        out = []
        for line in page:
            if line in recurring:
                continue
            if (glued := _glued_reference(line, recurring)) is not None:
                line = line[: -len(glued) - 1].rstrip()
            out.append(line)
        cleaned.append(out)
    return cleaned


def _glued_reference(line: str, references: Counter[str] | set[str]) -> str | None:
    """The reference (of `references`) that ends `line` after a space, if any: its last one
    to five words."""
    words = line.split(" ")
    for k in range(1, min(5, len(words) - 1) + 1):
        tail = " ".join(words[-k:])
        if tail in references:
            return tail
    return None


# A block of the side column: two to six short lines standing apart from the text
_SHORT = 40
_BLOCK_LINES = (2, 6)


def strip_side_column(pages: list[list[str]]) -> list[list[str]]:
    """Recurring references, then recurring blocks, taken out of `pages`."""
    return strip_recurring_blocks(strip_recurring_references(pages))


def strip_recurring_blocks(pages: list[list[str]]) -> list[list[str]]:
    """Blocks of short lines, blank lines around them, that come back the same on three
    pages or more: a side column printed again beside the body, not text.

    >>> logo = ["", "Ministerie van", "Infrastructuur en", "Waterstaat", ""]
    >>> pages = [["Dit is", *logo, "een zin."], [*logo, "verder."], ["en", *logo]]
    >>> strip_recurring_blocks(pages)
    [['Dit is', '', 'een zin.'], ['', 'verder.'], ['en', '']]
    """
    seen: Counter[tuple[str, ...]] = Counter()
    for page in pages:
        seen.update({tuple(page[a:b]) for a, b in _blocks(page)})
    recurring = {block for block, n in seen.items() if n >= _RECURS}
    if not recurring:
        return pages
    cleaned = []
    for page in pages:
        drop = {i for a, b in _blocks(page) if tuple(page[a:b]) in recurring for i in range(a, b)}
        out = [line for i, line in enumerate(page) if i not in drop]
        cleaned.append([line for k, line in enumerate(out) if line or k == 0 or out[k - 1]])
    return cleaned


def _blocks(page: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of short non-blank lines with a blank line or a page edge
    on both sides."""
    found = []
    start = None
    for i, line in enumerate([*page, ""]):
        if line.strip():
            if start is None:
                start = i
            continue
        if start is not None:
            run = page[start:i]
            low, high = _BLOCK_LINES
            if low <= len(run) <= high and all(len(line.strip()) <= _SHORT for line in run):
                found.append((start, i))
            start = None
    return found
