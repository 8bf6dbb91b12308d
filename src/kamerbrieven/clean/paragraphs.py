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
# also a question with its footnote markers after it: "leefomgeving»1?, 2"
_SENTENCE_END = re.compile(r"[.!?:;]['’”»)]?$|[?!]['’”»)]?(?:[,\s]*\d{1,2})+$")
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
    if text.count("(") > text.count(")"):
        return False  # "Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen"
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
        return join_section_numbers(_blocks_as_paragraphs(lines))
    width = _line_width(lines)
    lines = _join_margin_headings(lines, width)
    blank_mode = _has_blank_paragraphs(lines)
    filled = [i for i, line in enumerate(lines) if line and line != PAGE_BREAK]
    next_filled = {a: b for a, b in itertools.pairwise(filled)}
    paragraphs: list[str] = []
    current: list[str] = []
    after_break = False
    ended = True  # the previous line closed a paragraph (start of text counts)
    for i, line in enumerate(lines):
        if line == PAGE_BREAK:
            after_break = True
            continue
        if not line:
            if after_break and current and not _SENTENCE_END.search(current[-1]):
                continue  # blank lines that open the next page; the sentence goes on
            _flush(current, paragraphs)
            ended = True
            continue
        following = lines[next_filled[i]] if i in next_filled else ""
        if current:
            if _breaks_before(line, current[-1], following, width, blank_mode, after_break):
                _flush(current, paragraphs)
            ended = not current
        heading = ended and _is_heading_line(line, following, width, blank_mode)
        current.append(line)
        if heading or _FUNCTION_LINE.match(line):
            _flush(current, paragraphs)
        ended = not current
        after_break = False
    _flush(current, paragraphs)
    return join_section_numbers(paragraphs)


# A section's number that a tool put on a line of its own: "1.1", "2.", "3.2.1"
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}\.){1,3}\d{0,2}$")


def join_section_numbers(paragraphs: list[str]) -> list[str]:
    """A section number standing alone goes before the heading under it.

    >>> join_section_numbers(["1.1", "Blootstelling van de omgeving", "De blootstelling is."])
    ['1.1 Blootstelling van de omgeving', 'De blootstelling is.']
    """
    out: list[str] = []
    for paragraph in paragraphs:
        heading_under = (
            paragraph[:1].isupper()
            and len(paragraph) <= 200
            and not _SENTENCE_END.search(paragraph)
        )
        if out and heading_under and _SECTION_NUMBER.match(out[-1]):
            out[-1] = f"{out[-1]} {paragraph}"
            continue
        out.append(paragraph)
    return out


def _blocks_as_paragraphs(lines: list[str]) -> list[str]:
    """Text whose format knew its paragraphs: each block of lines is one paragraph."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if not line or line == PAGE_BREAK:
            blocks.append([])
        else:
            blocks[-1].append(line.strip())
    return _join_broken_sentences([" ".join(block) for block in blocks if block])


def _flush(current: list[str], paragraphs: list[str]) -> None:
    """The lines gathered so far, joined (line-end hyphens undone), as one paragraph."""
    if current:
        text = current[0]
        for line in current[1:]:
            text = join_lines(text, line)
        paragraphs.append(rejoin_inline_splits(re.sub(r"\s+", " ", text).strip()))
        current.clear()


def _breaks_before(
    line: str, previous: str, following: str, width: int, blank_mode: bool, after_break: bool
) -> bool:
    """Whether `line` starts a new paragraph after `previous` in a running paragraph."""
    short_end = _SENTENCE_END.search(previous) and len(previous) < 0.8 * width
    # "De Kamer," / "gehoord de beraadslaging,": short formula lines of a motion
    short_comma = previous.endswith(",") and len(previous) < 0.5 * width
    return bool(
        _LIST_ITEM.match(line)
        or _FUNCTION_LINE.match(line)
        or short_comma
        or (short_end and (not blank_mode or after_break))
        or (previous.endswith((";", ",")) and _MOTION_CLAUSE.match(line))
        or (_SENTENCE_END.search(previous) and _is_heading_line(line, following, width, blank_mode))
    )


def _join_broken_sentences(paragraphs: list[str]) -> list[str]:
    """Paragraphs that a Word author broke mid-sentence with Enter, joined again: one that
    ends in a word and the next that goes on in lower case ("deel ik u mede" / "dat de
    vragen ..."). Not a heading (few words), a list item or a motion's next clause.

    >>> _join_broken_sentences(["In antwoord op uw brief deel ik u mede", "dat de vragen",
    ...     "van mening dat het moet kunnen", "verzoekt de regering"])
    ['In antwoord op uw brief deel ik u mede dat de vragen', 'van mening dat het moet kunnen', \
'verzoekt de regering']
    """
    joined: list[str] = []
    for paragraph in paragraphs:
        previous = joined[-1] if joined else ""
        if (
            previous[-1:].isalpha()
            and len(previous.split()) >= 6
            and paragraph[:1].islower()
            and not _MOTION_CLAUSE.match(paragraph)
            and not _LIST_ITEM.match(paragraph)
        ):
            joined[-1] = f"{previous} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def _join_margin_headings(lines: list[str], width: int) -> list[str]:
    """A heading in a narrow margin column wraps: "Kern van het" / "besluit" over the
    paragraph "Bosnië-Herzegovina heeft ..." (bz-def-20041001). After a sentence end, a
    heading-like line and a short lower-case rest, both far narrower than the text, and
    a capital under them: one heading line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        rest = lines[i + 1] if i + 1 < len(lines) else ""
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if (
            out
            and _SENTENCE_END.search(out[-1])
            and looks_like_heading(line)
            and re.fullmatch(r"[a-zà-ý][\w\-]*(?: [a-zà-ý][\w\-]*)?", rest)
            and len(line) + len(rest) < 0.5 * width
            and after[:1].isupper()
        ):
            out.append(f"{line} {rest}")
            i += 2
            continue
        out.append(line)
        i += 1
    return out


# Words a heading does not end in, a line broken mid-sentence often does:
# "Maatschappelijke organisaties kunnen ervoor zorgen dat de Palestijnse Autoriteit en"
_OPEN_END = re.compile(
    r"\b(?:en|of|van|de|het|een|in|op|met|voor|aan|te|om|door|bij|tot|naar|over|uit|die|dat|"
    r"als|is|zijn|wordt|worden|dan|maar|ook|niet|zich|er|nog|wel|al|zo)$",
    re.IGNORECASE,
)


def _ended_on_purpose(line: str, following: str, width: int) -> bool:
    """A long line is a heading only when the next line's first word would have fitted
    after it, and it neither holds a comma nor ends in a word that needs more."""
    words = following.split()
    return (
        bool(words)
        and len(line) + 1 + len(words[0]) < width
        and "," not in line
        and not _OPEN_END.search(line)
    )


def _is_heading_line(line: str, following: str, width: int, blank_mode: bool = False) -> bool:
    if not looks_like_heading(line):
        return False
    # Without blank lines between paragraphs, a heading longer than most is still one when
    # the next line's first word would have fitted after it: the line was ended on purpose
    # ("Kabinetsinzet twee-statenoplossing en belang Palestijns maatschappelijk middenveld"
    # / "Het kabinet ...", kst-23432-486). With blank lines, a long line after one is far
    # more often a paragraph's first line, broken early by justification.
    long_heading = not blank_mode and _ended_on_purpose(line, following, width)
    if len(line) > 0.75 * width and not long_heading:
        return False
    if _LIST_ITEM.match(line) and not re.match(r"^(?:\d|[IVX]+\.\s)", line):
        return False
    # the next line starts a sentence (or there is none): "Afghanistan" / "De Amerikaanse ..."
    return not following or following[0].isupper() or following[0].isdigit()
