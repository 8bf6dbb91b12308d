"""Sort the lines of PDF pages into body, running headers/footers, footnotes and side column.

Pure functions over ``pdf_layout.Line``; the reader in ``pdf.py`` calls ``sort_pages``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kamerbrieven.ingest.furniture import footer_document, is_furniture
from kamerbrieven.ingest.pdf_layout import Line, line_pitch
from kamerbrieven.record import Footnote

# A footnote line written flat: "1 Kamerstukken II 2020/21, 28 362, nr. 44."
_FLAT_NOTE = re.compile(r"^(?P<mark>\d{1,3}|\*{1,3})\s+(?P<text>\S.*)$")
_SMALL = 0.9  # type this much smaller than the body is small type


@dataclass
class SortedPage:
    body: list[str]  # lines, "" for a paragraph break
    footnotes: list[Footnote]
    furniture: list[str]  # running headers, footers, page numbers, side column
    side: list[str] = field(default_factory=list)


def running_keys(pages: list[list[Line]], heights: list[float]) -> set[tuple[str, int]]:
    """Lines that come back on several pages at the same height near an edge."""
    if len(pages) < 2:
        return set()
    seen: Counter[tuple[str, int]] = Counter()
    for lines, height in zip(pages, heights, strict=False):
        keys = {_key(line) for line in lines if _near_edge(line, height, 0.2)}
        seen.update(keys)
    # on half the pages at least: a label that happens to open two pages of five at the
    # same height ("Antwoord 2", "Antwoord 4") is body text
    return {key for key, count in seen.items() if count >= max(2, len(pages) / 2)}


def _key(line: Line) -> tuple[str, int]:
    return re.sub(r"\d+", "#", line.text), round(line.y / 3)


def _near_edge(line: Line, height: float, share: float) -> bool:
    return line.y > (1 - share) * height or line.y < share * height


def sort_page(
    lines: list[Line],
    height: float,
    body: float,
    running: set[tuple[str, int]],
    first_page: bool,
    pitch: float,
) -> SortedPage:
    """Body lines with paragraph breaks, footnotes, and the furniture taken out."""
    furniture: list[str] = []
    kept: list[Line] = []
    for line in lines:
        edge = _near_edge(line, height, 0.12)
        small = line.size < _SMALL * body
        if _key(line) in running and line.size <= 1.05 * body and not line.lead_mark:
            furniture.append(line.text)
        elif (edge or small and _near_edge(line, height, 0.25)) and is_furniture(line.text):
            furniture.append(line.text)
        else:
            kept.append(line)
    # small type above the first body line at the top of a later page: a running header
    if not first_page:
        while kept and kept[0].size < _SMALL * body and kept[0].y > 0.88 * height:
            furniture.append(kept.pop(0).text)
    notes_from = len(kept)
    while notes_from > 0 and _foot_like(kept[notes_from - 1], body):
        notes_from -= 1
    footnotes, leftover = _footnotes(kept[notes_from:], body)
    body_lines = kept[:notes_from] + leftover
    return SortedPage(_with_breaks(body_lines, pitch), footnotes, furniture)


def _foot_like(line: Line, body: float) -> bool:
    """Small type, a line opening with a raised marker, or type of a size of its own.

    (Some converters set notes larger than the body: 10 pt notes under 9 pt text.)
    """
    odd_size = abs(line.size - body) >= 0.5 and line.size < 1.2 * body
    return line.size < _SMALL * body or bool(line.lead_mark) or odd_size


def _footnotes(lines: list[Line], body: float) -> tuple[list[Footnote], list[Line]]:
    """The lines at the page foot: notes when they open with a marker.

    Small lines before the first marker continue the previous page's last note (mark
    ""); the reader joins them onto it. Lines that belong to no note stay body text.
    """
    first = next((i for i, line in enumerate(lines) if _note_start(line)[0] is not None), None)
    if first is None:
        return [], lines
    leftover = lines[:first]
    notes: list[list[str]] = []
    if leftover and all(line.size < _SMALL * body for line in leftover):
        notes.append(["", " ".join(line.text for line in leftover)])
        leftover = []
    for line in lines[first:]:
        mark, text = _note_start(line)
        if mark is not None:
            notes.append([mark, text])
        else:
            notes[-1][1] = _join_note_line(notes[-1][1], line.text)
    return [Footnote(mark, text.strip()) for mark, text in notes], leftover


def _note_start(line: Line) -> tuple[str | None, str]:
    if line.lead_mark:
        return line.lead_mark, line.text
    flat = _FLAT_NOTE.match(line.text)
    if flat:
        return flat.group("mark"), flat.group("text")
    return None, line.text


def _join_note_line(text: str, more: str) -> str:
    if text.endswith("-") and more[:1].islower():
        return text[:-1] + more  # notes are small: rejoin their hyphenated words here
    return f"{text} {more}"


def _with_breaks(lines: list[Line], pitch: float) -> list[str]:
    out: list[str] = []
    for number, line in enumerate(lines):
        if number:
            upper = lines[number - 1]
            step = upper.y - line.y
            limit = 1.4 * max(pitch, 1.1 * max(upper.size, line.size))
            if step > limit or step < -pitch:
                out.append("")
        out.append(line.text)
    return out


def document_pitch(pages: list[list[Line]], body: float) -> float:
    """The body leading over the whole document."""
    return line_pitch([line for page in pages for line in page], body)


def chamber_footer_metadata(furniture: list[str]) -> dict[str, object]:
    """Dossier and number from a typeset Kamerstuk's footer line.

    >>> chamber_footer_metadata(["Tweede Kamer, vergaderjaar 2023–2024, 36 200 V, nr. 53 2"])
    {'dossier': '36200-V', 'number': 53}
    """
    for text in furniture:
        found = footer_document(text)
        if found:
            dossier = re.sub(r"^(\d{2}) ?(\d{3})[ -]?", r"\1\2-", found[0])
            return {"dossier": dossier.rstrip("-"), "number": found[1]}
    return {}
