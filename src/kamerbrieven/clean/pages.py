"""Pages of a PDF-to-text dump: split them, and strip running headers and footers.

A page break is a form feed (``\\f``) or, in text where some tools mark it so, a line that
starts with one space (`` Verder heeft Nederland steun uitgesproken ...``). Running
headers and footers are removed by pattern (`ingest.furniture`: the typeset Kamerstuk
footer, page numbers) and by recurrence (letterhead lines that come back on several
pages).
"""

from __future__ import annotations

import re
from collections import Counter

from kamerbrieven.clean.side_column import strip_side_column
from kamerbrieven.clean.spacing import repair_letter_spacing
from kamerbrieven.ingest.furniture import footer_page, is_furniture

# Characters PDF tools leave for a soft (hyphenation) hyphen: pdfium's U+FFFE marker
# ("Vermin\ufffederde werkbaarheid") and the Unicode soft hyphen. Both mean "word split
# at a line end"; the joining rules decide whether a hyphen stays.
_SOFT_HYPHENS = re.compile(r"[\ufffe\u00ad]\n?")

# Letterhead lines that carry the date or a label on page 1 and may recur: keep them
# on page 1 for the header reader ("Datum", "14 april 2025").
_KEEP_ON_FIRST_PAGE = re.compile(
    r"^(?:Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Kenmerk)\b|\d{1,2} \w+ \d{4}",
    re.IGNORECASE,
)

PAGE_BREAK = "\f"
# A footer a tool glued to the first line of the next page ends that page:
# "ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3"
_GLUED_FOOTER = re.compile(
    r"^[^\n]*?(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, "
    r"(?:Aanhangsel|\d{2} ?\d{3}[^,\n]{0,12}, (?:nr\. \d+|[A-Z]{1,2})) \d{1,3}(?=[A-Z])",
    re.MULTILINE,
)
# the caption over the notes of an officielebekendmakingen.nl page (kst-32670-166)
NOTE_CAPTION = re.compile(r"^(?:X\s+)?(?:Noot|Noten)$")


def normalise(text: str) -> str:
    """Unify line ends, spaces and soft hyphens.

    >>> normalise("Vermin\\ufffederde werkbaarheid\\r\\n")
    'Vermin-\\nderde werkbaarheid\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SOFT_HYPHENS.sub("-\n", text)
    return text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")


def split_pages(text: str) -> list[list[str]]:
    """Split normalised text into pages of lines (right-stripped; blank lines kept).

    >>> split_pages("een\\n\\ntwee\\n drie")
    [['een', '', 'twee'], ['drie']]
    """
    text = _GLUED_FOOTER.sub("\f", text)
    if "\f" in text:
        chunks = text.split("\f")
    else:
        lines = text.split("\n")
        starts = [i for i, line in enumerate(lines) if re.match(r"^ \S", line)]
        # the seed convention: a rare line starting with one space opens a page; in text
        # indented throughout, leading spaces say nothing
        filled = sum(1 for line in lines if line.strip())
        # or, with no marks at all (pypdf's pages joined by a newline), the typeset
        # footer with its page number closes each page
        footers = [i + 1 for i, line in enumerate(lines) if _ends_page(line)]
        if starts and len(starts) <= max(2, filled // 15):
            bounds = sorted({0, *starts})
        elif len(footers) >= 2:
            bounds = sorted({0, *footers} - {len(lines)})
        else:
            bounds = [0]
        ends = [*bounds[1:], len(lines)]
        chunks = ["\n".join(lines[a:b]) for a, b in zip(bounds, ends, strict=True)]
    return [[line.strip() for line in chunk.split("\n")] for chunk in chunks]


def _ends_page(line: str) -> bool:
    """The typeset Kamerstuk footer with its page number: "Tweede Kamer, vergaderjaar
    2023–2024, 36 450, nr. 3 2"."""
    return bool(footer_page(line.strip()))


def _edge_key(line: str) -> str:
    """Letterhead recurs as written; lines that differ in a number ("Antwoord 2",
    "Antwoord 4") are content, and page counters are caught by pattern."""
    return re.sub(r"\s+", " ", line.strip().lower())


def strip_running_lines(pages: list[list[str]], edge: int = 8) -> list[list[str]]:
    """Remove running headers, footers and page numbers from every page.

    Only the first and last `edge` filled lines of a page are looked at, so a body line
    that happens to look like a page number stays.

    >>> strip_running_lines([["Kamerstuk 28 676, nr. 307 2", "De NAVO is", "2"]])
    [['De NAVO is']]
    """
    recurring: set[str] = set()
    if len(pages) >= 2:
        counts: Counter[str] = Counter()
        for page in pages:
            filled = [line for line in page if line]
            counts.update({_edge_key(line) for line in filled[:edge] + filled[-edge:]})
        # a line on most pages' edges is letterhead ("Directoraat-Generaal", "Migratie")
        need = max(2, (len(pages) + 1) // 2)
        recurring = {key for key, n in counts.items() if n >= need and len(key) < 90}
    cleaned = []
    for number, page in enumerate(pages):
        filled_at = [i for i, line in enumerate(page) if line]
        edges = set(filled_at[:edge] + filled_at[-edge:])
        out = []
        in_notes = False
        previous = ""
        for i, line in enumerate(page):
            # "X Noot" / "1" / "Raadpleegbaar via ...": the lone numbers are note marks;
            # "... gegeven antwoorden" / "698": the Aanhangsel number
            in_notes = in_notes or bool(NOTE_CAPTION.match(line))
            keep = line.isdigit() and (in_notes or previous.endswith("gegeven antwoorden"))
            previous = line or previous
            if i in edges and line and not keep:
                if is_furniture(line):
                    continue
                if _edge_key(line) in recurring and not (
                    number == 0 and _KEEP_ON_FIRST_PAGE.search(line)
                ):
                    continue
            out.append(line)
        cleaned.append(out)
    return cleaned


def page_lines(text: str) -> list[list[str]]:
    """Normalised, letter-spacing-repaired pages without running headers and footers.

    >>> page_lines("De NAVO is\\nTweede Kamer, vergaderjaar 2018–2019, 28 676, nr. 307 3\\f sterk.")
    [['De NAVO is'], ['sterk.']]
    """
    pages = split_pages(normalise(text))
    pages = [[repair_letter_spacing(line) for line in page] for page in pages]
    return strip_running_lines(strip_side_column(pages))
