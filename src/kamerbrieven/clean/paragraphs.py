"""Lines -> paragraphs: hard line ends out, split words rejoined, headings on their own.

Where the text has blank lines between paragraphs (most text dumps), they decide. Where
it has none (pdfium's text of a typeset Kamerstuk), a paragraph ends at a line that ends
a sentence well short of the line width. Either way a heading line (`Afghanistan`, with
the next paragraph right under it) and a list item start a paragraph of their own.
"""

from __future__ import annotations

import itertools
import re

from kamerbrieven.clean.hyphens import join_lines, rejoin_inline_splits
from kamerbrieven.clean.pages import PAGE_BREAK

# "- de verdere ...", "• Behoud van ...", "a. ...", "1) ...", "I. Behoud ..."
_LIST_ITEM = re.compile(r"^(?:[-–•▪●◦*o]\s+|\(?[a-z]\)\s+|\(?\d{1,2}[.)]\s+|[IVX]{1,4}\.\s+)")
_SENTENCE_END = re.compile(r"[.!?:;]['’”»)]?$")
# Clauses of a motion, each its own paragraph after a ";" (kst-28286-1366):
# "overwegende dat ...;" / "verzoekt de regering ...," / "spreekt uit dat ..."
_MOTION_CLAUSE = re.compile(
    r"^(?:gehoord|constaterende|overwegende|van mening|verzoekt|spreekt uit|roept|"
    r"draagt|besluit|en gaat over)\b"
)
# A heading ends in a letter, digit or closing bracket, never in sentence punctuation.
_HEADING_END = re.compile(r"[\w)’'”»]$")
# "De Minister van Buitenlandse Zaken," "De minister voor ...": signature function lines
_FUNCTION_LINE = re.compile(
    r"^(?:De|Het)\s+(?:\w+\s+)?(?:minister|staatssecretaris|minister-president|voorzitter|"
    r"griffier|lid|leden)\b.*,$",
    re.IGNORECASE,
)


def looks_like_heading(text: str, max_words: int = 12) -> bool:
    """A short line that names what follows: no end punctuation, capital or number first.

    >>> looks_like_heading("Trans-Atlantische betrekkingen"), looks_like_heading("Stef Blok,")
    (True, False)
    >>> looks_like_heading("2.1 Voorgeschiedenis en probleembeschrijving")
    True
    """
    text = text.strip()
    if not text or len(text) > 90 or len(text.split()) > max_words:
        return False
    if not _HEADING_END.search(text) or _FUNCTION_LINE.match(text):
        return False
    if re.match(r"^[-–•▪●◦*]\s", text):
        return False
    first = text[0]
    return first.isupper() or (first.isdigit() and bool(re.match(r"^\d+(\.\d+)*\.?\s+\S", text)))


def _line_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines if len(line) >= 20)
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.9) - 1 if len(lengths) >= 10 else -1]


def _has_blank_paragraphs(lines: list[str]) -> bool:
    filled = sum(1 for line in lines if line and line != PAGE_BREAK)
    gaps = sum(1 for a, b in itertools.pairwise(lines) if a and a != PAGE_BREAK and not b)
    return gaps >= max(2, filled // 25)


def build_paragraphs(lines: list[str], reflow: bool = True) -> list[str]:
    """Join lines into paragraphs. `lines` holds "" for a blank line, "\\f" for a page break.

    With `reflow=False` (text from XML/docx/HTML) lines of one block are joined with a
    space and nothing is dehyphenated.

    >>> build_paragraphs(["Tijdens het werkdiner spraken bondgenoten over partner-",
    ...                   "landen.", "", "Afghanistan", "In aanwezigheid van de minister"])
    ['Tijdens het werkdiner spraken bondgenoten over partnerlanden.', 'Afghanistan', \
'In aanwezigheid van de minister']
    """
    if not reflow:
        blocks: list[list[str]] = [[]]
        for line in lines:
            if not line or line == PAGE_BREAK:
                blocks.append([])
            else:
                blocks[-1].append(line.strip())
        return [" ".join(block) for block in blocks if block]

    width = _line_width(lines)
    blank_mode = _has_blank_paragraphs(lines)
    filled = [i for i, line in enumerate(lines) if line and line != PAGE_BREAK]
    next_filled = {a: b for a, b in itertools.pairwise(filled)}
    paragraphs: list[str] = []
    current: list[str] = []
    after_break = False
    ended = True  # the previous line closed a paragraph (start of text counts)

    def flush() -> None:
        if current:
            text = current[0]
            for line in current[1:]:
                text = join_lines(text, line)
            paragraphs.append(rejoin_inline_splits(re.sub(r"\s+", " ", text).strip()))
            current.clear()

    for i, line in enumerate(lines):
        if line == PAGE_BREAK:
            after_break = True
            continue
        if not line:
            flush()
            ended = True
            continue
        following = lines[next_filled[i]] if i in next_filled else ""
        if current:
            previous = current[-1]
            short_end = _SENTENCE_END.search(previous) and len(previous) < 0.8 * width
            # "De Kamer," / "gehoord de beraadslaging,": short formula lines of a motion
            short_comma = previous.endswith(",") and len(previous) < 0.5 * width
            if (
                _LIST_ITEM.match(line)
                or _FUNCTION_LINE.match(line)
                or short_comma
                or (short_end and (not blank_mode or after_break))
                or (previous.endswith((";", ",")) and _MOTION_CLAUSE.match(line))
                or (_SENTENCE_END.search(previous) and _is_heading_line(line, following, width))
            ):
                flush()
            ended = not current
        heading = ended and _is_heading_line(line, following, width)
        current.append(line)
        if heading or _FUNCTION_LINE.match(line):
            flush()
        ended = not current
        after_break = False
    flush()
    return paragraphs


def _is_heading_line(line: str, following: str, width: int) -> bool:
    if not looks_like_heading(line) or len(line) > 0.75 * width:
        return False
    if _LIST_ITEM.match(line) and not re.match(r"^(?:\d|[IVX]+\.\s)", line):
        return False
    # the next line starts a sentence (or there is none): "Afghanistan" / "De Amerikaanse ..."
    return not following or following[0].isupper() or following[0].isdigit()
