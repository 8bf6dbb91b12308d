"""Footnotes a PDF tool left at the bottom of a page, and their markers glued to words.

At the end of a page (running footer already gone) a block like
``1 Raadpleegbaar via www.tweedekamer.nl.`` is a footnote when its number is the next
one expected and the page (or an earlier one) has that number glued to a word as a
marker: ``(zie bijlage bij dit verslag)1.``, ``Tallinn criterium2:``, ``regeldruk.3 Hier``.
The block is taken out of the page, so a sentence interrupted by it joins up again.
Markers become ``[1]``.
"""

from __future__ import annotations

import re

from kamerbrieven.clean.pages import NOTE_CAPTION
from kamerbrieven.record import Footnote

# A footnote's first line: its number, a space, text. "2 Zie verslag van de NAVO ..."
# or glued to it: "1Brabants Dagblad, 2 juli 2023, ..." (ah-tk-20222023-3649)
# or glued to a bracket that opens a capitalised text: "4(Aanhangsel Handelingen, ...)"
_FOOTNOTE_START = re.compile(r"^(\d{1,3})(?:\s+(\S.*)|([^\W\d_(«“].*|\((?=[A-Z]).*))$")
_MONTHS = (
    "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
)
# How far up from the page end a footnote block may start (lines).
_MAX_BLOCK_LINES = 14
_MAX_BLOCK_LINES_OF_MANY = 40  # five notes of three lines each, and more
# Words after which a glued number is part of the text: "nr.1", "art.2", "CO2" (caps).
_NOT_A_MARKER_AFTER = frozenset({"nr", "art", "blz", "p", "pag", "no", "lid", "ca"})


def _marker_pattern(number: int) -> re.Pattern[str]:
    # letter or closing bracket/quote, optional sentence punctuation, then the number,
    # not followed by another digit: "verslag)1.", "criterium2:", "c.s.2 zoals"
    # or a year and a full stop: "in februari 2024.1 Om", "verlengd tot 2011.6";
    # a question mark too: "ziekenhuisnota»»?1, 2", "afspreekt?3 Heeft" (Aanhangsel)
    return re.compile(
        rf"(?:(?P<word>[^\W\d_]+|[)\]’”»])(?P<punct>[.,;:?!]?)|(?<!\d)(?:1[89]|20)\d\d[.,;:])"
        rf"(?P<n>{number})(?![\d])(?=[\s.,;:)\]]|$|-[a-z])"  # "NWO1-programma's" too
    )


def explained_by(note: str) -> frozenset[str]:
    """The words in capitals that a note's opening explains ("1 NWO: Nederlandse
    Organisatie ..." explains NWO), so that a marker glued to them counts (`find_marker`).

    >>> sorted(explained_by("1 NWO: Nederlandse Organisatie voor Wetenschappelijk Onderzoek"))
    ['NWO']
    """
    return frozenset(re.findall(r"\b[A-Z]{2,}\b", note[:80]))


def find_marker(
    text: str, number: int, start: int = 0, explained: frozenset[str] = frozenset()
) -> re.Match[str] | None:
    """The first place from `start` where footnote `number` is glued to a word. A word in
    capitals ("CO2") is a name, unless the note explains it (`explained`: the capitals
    words of the note's text, "1 NWO: Nederlandse Organisatie ..." for "NWO1-programma's").

    >>> find_marker("over het INF-verdrag (zie bijlage bij dit verslag)1. Hierin", 1).start("n")
    50
    >>> find_marker("de uitstoot van CO2 daalt", 2) is None
    True
    >>> find_marker("is verlengd tot 2011.6 Op verzoek", 6).group(0)
    '2011.6'

    """
    for match in _marker_pattern(number).finditer(text, start):
        word = match.group("word") or ""
        closed = text[match.end("n") : match.end("n") + 1] in (")", ".", ",", ";", ":")
        if word.isalpha() and len(word) >= 2 and word.isupper() and word not in explained:
            # "CO2", "G20": part of a name; "onderzoek van KPMG29)": a marker
            if len(word) < 3 or not closed or match.group("punct"):
                continue
        if word.lower() in _NOT_A_MARKER_AFTER and not match.group("punct"):
            continue
        if word == "Generaal" and not match.group("punct"):
            continue  # "Staten-Generaal2": the page number of a running header
        if word.isalpha() and len(word) == 1 and word.isupper():
            continue  # "F16", "A4"
        return match
    return None


def _block_start(
    page: list[str], expected: int, seen_text: str, earlier: list[list[str]]
) -> int | None:
    """Index where a footnote block ending the page starts, or None.

    A marker that the PDF tool put at the start of a line ("1" alone, or "3 ingegaan op")
    counts as evidence too; it is then moved to the end of the line before it, as `[n]`
    (in `page` or in the `earlier` pages, which are changed in place)."""
    filled = [i for i, line in enumerate(page) if line]
    if not filled:
        return None
    last = filled[-1]
    # from the bottom up: a marker the PDF tool put at a line start ("4 is de") looks like
    # a note's first line too, but the notes come last
    for i in reversed(filled):
        if i == filled[0] or last - i >= _MAX_BLOCK_LINES_OF_MANY:
            continue
        if last - i >= _MAX_BLOCK_LINES and not _next_note_below(page, i, expected):
            continue  # a long block only as a run of numbered notes
        match = _FOOTNOTE_START.match(page[i])
        if match and int(match.group(1)) == expected:
            before = seen_text + "\n" + "\n".join(page[:i])
            # evidence: the marker glued in the text above, or the next footnote below
            # (a marker PDF tools cannot show: "tot 2011.6" after a year)
            follows = any(
                _FOOTNOTE_START.match(page[j]) and page[j].startswith(f"{expected + 1}")
                for j in filled
                if j > i
            )
            # or already bracketed by the converter: "«Netjes gezuiverd»[1]"
            bracketed = f"[{expected}]" in before
            explained = explained_by(page[i])
            if bracketed or find_marker(before, expected, explained=explained) is not None:
                return i
            # or the marker opening a line: "...in de weg zitten»?" / "1" (Aanhangsel)
            if _glue_line_start_marker([*earlier, page[:i]], expected, page) or follows:
                return i
            # or the note glued to its number, a shape body text does not have: "2Kamerstuk
            # 29 383" (its marker may be lost: a lone "2" is taken for a page number)
            glued = match.group(3)
            if glued and (glued[0].isupper() or glued[0] == "("):
                return i
    return None


# Body prose: a capitalised word opening a long line, or a line the closing opens with
_PROSE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]*\s+\S")
_CLOSING_LINE = re.compile(r"^(?:Hoogachtend|Met vriendelijke groet|De\s+\w+\s+van\b.*),$")


def block_end(lines: list[str], start: int) -> int:
    """Where a block of notes opening at `start` ends: before a line no note has, body
    prose or the closing after a note that ended its sentence (a text tool may run the
    paragraph after a note on under it).

    >>> block_end(["1 Bron: CBS, 2023.", "De volgende stap is de uitvoering van de "
    ...     "maatregelen in de komende jaren.", "2 Zie ook"], 0)
    1
    >>> block_end(["1 Zie Kamerstuk 21 501-02,", "nr. 12. Zie ook de brief van", "mei."], 0)
    3
    """
    previous = lines[start]
    for k in range(start + 1, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        finished = previous.rstrip().endswith((".", "?", "!", ")"))
        body_like = _PROSE.match(line) and len(line) >= 60 or _CLOSING_LINE.match(line)
        if finished and body_like and not _FOOTNOTE_START.match(line):
            return k
        previous = line
    return len(lines)


def _next_note_below(page: list[str], i: int, expected: int) -> bool:
    return any(line.startswith(f"{expected + 1} ") for line in page[i + 1 :])


def _glue_line_start_marker(pages: list[list[str]], number: int, current: list[str]) -> bool:
    """Find the last line that opens with footnote marker `number` (alone on its line, or
    before a word in small letters) and glue it to the end of the line above as `[n]`.

    `pages` are the lines to search, the last one a slice of `current`; changes are
    written to the earlier pages themselves and, for the last one, to `current`.
    """
    opening = re.compile(rf"^{number}(?:\s*$|\s+(?=[a-zà-ÿ]))")
    for p in range(len(pages) - 1, -1, -1):
        lines = current if p == len(pages) - 1 else pages[p]
        for i in range(len(pages[p]) - 1, -1, -1):
            match = opening.match(lines[i])
            if not match:
                continue
            above = _line_above(pages, p, i, current)
            if above is None:
                return False
            target, j = above
            target[j] = f"{target[j].rstrip()}[{number}]"
            lines[i] = lines[i][match.end() :]
            return True
    return False


def _line_above(
    pages: list[list[str]], p: int, i: int, current: list[str]
) -> tuple[list[str], int] | None:
    """The nearest non-empty line above line `i` of page `p`, as (its list, its index)."""
    while p >= 0:
        lines = current if p == len(pages) - 1 else pages[p]
        for j in range(i - 1, -1, -1):
            if lines[j].strip():
                return lines, j
        p -= 1
        i = len(pages[p]) if p >= 0 else 0
    return None


def _split_block(lines: list[str], first: int) -> list[Footnote]:
    """Footnotes from the lines of a block; a line may hold two ("10 Brief ... 11 https")."""
    text = "\n".join(line for line in lines if line)
    notes: list[Footnote] = []
    number = first
    while text:
        match = re.match(rf"^{number}\s*(?=[^\W\d_(«“]|\s|\((?=[A-Z]))", text)
        if not match:
            break
        rest = text[match.end() :]
        # the next note opens a line, or follows inside one, but not as a date or a number
        # in the note: "Brabants Dagblad, 2 juli 2023", "Kamerstuk 29 383, nr. 2"
        following = re.search(
            rf"\n{number + 1}(?!\d)\s*(?=\S)|(?<!nr\.)\s{number + 1}\s+(?!{_MONTHS}\b)(?=\S)", rest
        )
        body, text = (
            (rest[: following.start()], rest[following.end() :])
            if following
            else (
                rest,
                "",
            )
        )
        if following:
            text = f"{number + 1} {text}"
        notes.append(Footnote(mark=str(number), text=re.sub(r"\s+", " ", body).strip()))
        number += 1
    return notes


# officielebekendmakingen.nl as text puts the notes under the document: "X Noot" / "1" /
# "Raadpleegbaar via www.tweedekamer.nl" (kst-32670-166), one number line per note.


def _take_note_section(page: list[str]) -> tuple[list[str], list[Footnote]]:
    """The page without its "X Noot" section, and the notes in it."""
    captions = [i for i, line in enumerate(page) if NOTE_CAPTION.match(line)]
    if not captions:
        return page, []
    notes: list[Footnote] = []
    for line in page[captions[0] + 1 :]:
        if not line:
            continue
        if re.fullmatch(r"\d{1,3}", line):
            notes.append(Footnote(mark=line, text=""))
        elif notes:
            last = notes[-1]
            notes[-1] = Footnote(mark=last.mark, text=f"{last.text} {line}".strip())
        else:
            return page, []  # text right under the caption: not the notes layout
    if not notes:
        return page, []
    kept = page[: captions[0]]
    while kept and not kept[-1]:
        kept = kept[:-1]
    return kept, notes


def _split_at_note_blocks(lines: list[str], first: int) -> tuple[list[list[str]], dict[int, int]]:
    """Pages for text whose page breaks a tool dropped (pypdf's pages joined with a
    newline): a new page starts after each block of notes, found as a paragraph that opens
    with the next note number whose marker is glued in the text above ("NWO1-programma's"
    above "1 NWO: Nederlandse Organisatie ...").

    >>> _split_at_note_blocks(["het verslag1 werd", "", "1 Zie bijlage.", "", "Verder."], 1)
    ([['het verslag1 werd', '', '1 Zie bijlage.'], ['', 'Verder.']], {0: 2})

    Also returns, per page that ends in a block, where the block starts.
    """
    pages: list[list[str]] = []
    blocks: dict[int, int] = {}
    start, expected, i = 0, first, 0
    while i < len(lines):
        match = _FOOTNOTE_START.match(lines[i])
        opens = i > 0 and not lines[i - 1]  # a paragraph of its own
        if match and opens and int(match.group(1)) == expected:
            explained = explained_by(lines[i])
            above = "\n".join(lines[start:i])
            end = i + 1
            while end < len(lines) and lines[end]:  # the block runs to a blank line
                end += 1
            end = block_end(lines[:end], i)
            if (
                f"[{expected}]" in above
                or find_marker(above, expected, explained=explained)
                or _interrupts_a_sentence(lines, i, end)
            ):
                expected += max(1, len(_split_block(lines[i:end], expected)))
                blocks[len(pages)] = i - start
                pages.append(lines[start:end])
                start = i = end
                continue
        i += 1
    pages.append(lines[start:])
    return pages, blocks


def _interrupts_a_sentence(lines: list[str], first: int, end: int) -> bool:
    """A block that stands inside a sentence: the text above stops without punctuation
    ("Zo ja, wat") and the text below goes on in small letters ("rechtvaardigt een ...");
    only the foot of a page does that."""
    above = next((line for line in reversed(lines[:first]) if line), "")
    below = next((line for line in lines[end:] if line), "")
    return bool(above) and above[-1].isalpha() and below[:1].islower()


def take_footnotes(
    pages: list[list[str]], first: int = 1
) -> tuple[list[list[str]], list[Footnote]]:
    """Move footnote blocks at page ends out of the pages.

    >>> pages = [["het INF-verdrag (zie bijlage)1. Hierin werd", "", "1 Raadpleegbaar via"
    ...           " www.tweedekamer.nl."], ["bevestigd."]]
    >>> kept, notes = take_footnotes(pages)
    >>> kept[0], notes[0].text
    (['het INF-verdrag (zie bijlage)1. Hierin werd'], 'Raadpleegbaar via www.tweedekamer.nl.')
    """
    blocks: dict[int, int] = {}
    if len(pages) == 1:
        pages, blocks = _split_at_note_blocks(pages[0], first)
    expected = first
    seen = ""
    kept_pages: list[list[str]] = []
    footnotes: list[Footnote] = []
    for page in pages:
        page, notes = _take_note_section(page)
        footnotes.extend(notes)
        expected += len(notes)
        page = list(page)  # markers may be moved within it: leave the caller's lists be
        start = _block_start(page, expected, seen, kept_pages)
        if start is None and len(kept_pages) in blocks:
            start = blocks[len(kept_pages)]  # found where the page breaks were lost
        if start is not None:
            end = block_end(page, start)
            page = page[:start] + page[end:] + page[start:end]  # body after it stays body
            start = len(page) - (end - start)
            notes = _split_block(page[start:], expected)
            above = "\n".join("\n".join(lines) for lines in [*kept_pages, page[:start]])
            for note in notes[1:]:  # the first one's marker was placed by _block_start
                number = int(note.mark)
                if f"[{number}]" not in above and find_marker(above, number) is None:
                    _glue_line_start_marker([*kept_pages, page[:start]], number, page)
            footnotes.extend(notes)
            expected += len(notes)
            page = page[:start]
            while page and not page[-1]:
                page = page[:-1]  # the gap above a footnote is not a paragraph break
        kept_pages.append(page)
        seen += "\n" + "\n".join(page)
    return kept_pages, footnotes


def mark_footnotes(
    text: str, marks: list[str], notes: dict[str, str] | None = None
) -> tuple[str, list[str]]:
    """Replace glued markers by `[n]`, in order; return the text and marks not found.
    `notes` (mark -> note text) lets a note explain the capitals its marker is glued to.

    >>> mark_footnotes("het INF-verdrag (zie bijlage bij dit verslag)1. Hierin", ["1"])
    ('het INF-verdrag (zie bijlage bij dit verslag)[1]. Hierin', [])
    >>> mark_footnotes("het rapport over NWO1-programma's", ["1"], {"1": "NWO: Nederlandse ..."})[0]
    "het rapport over NWO[1]-programma's"
    """
    missing = []
    position = 0
    for mark in marks:
        if not mark.isdigit():
            continue
        if re.search(rf"\[{mark}\]", text):
            continue
        explained = explained_by((notes or {}).get(mark, ""))
        match = find_marker(text, int(mark), position, explained=explained)
        if match is None:
            missing.append(mark)
            continue
        text = f"{text[: match.start('n')]}[{mark}]{text[match.end('n') :]}"
        position = match.start("n") + len(mark) + 2
    return text, missing
