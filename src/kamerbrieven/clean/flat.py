"""Documents flattened onto one line: give them back their pages, header lines, headings
and footnote blocks, so the line-based cleaning can read them.

Some tools (and some datasets) keep a PDF's text as one line: header, ``Vraag 1`` /
``Antwoord 1`` headings, footnotes and page footers all run inline
(``... wordt 1 Financieel Dagblad, «...», 24 september 2014 2 De Telegraaf, ...
ah-tk-20142015-698 ISSN 0921 - 7398 ’s-Gravenhage 2014 Tweede Kamer, vergaderjaar
2014–2015, Aanhangsel 1 gegeven aan verzekerden?``). Only the anchors a typeset
Kamerstuk or Aanhangsel always has are used; the prose stays one paragraph.
"""

from __future__ import annotations

import re

from kamerbrieven.clean.footnotes import find_marker

# A text is flat when nearly all of it sits on very long lines.
_FLAT_LINE = 2000
# The page footer, with what a tool glues in front of it, ends a page:
# "ah-tk-20142015-698 ISSN 0921 - 7398 ’s-Gravenhage 2014 Tweede Kamer, vergaderjaar
# 2014–2015, Aanhangsel 1", "Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 2",
# "Tweede Kamer, vergaderjaar 2018–2019, 28 676, nr. 307 3"
_FOOTER = re.compile(
    r"\s*(?:\b(?:kst|ah-tk|ah-ek|blg)-[\w-]+\s+)?(?:ISSN \d{4} ?- ?\d{3}[\dX]\s*)?"
    r"(?:[’']s-Gravenhage \d{4}\s*)?(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4},"
    r" (?:Aanhangsel|\d{2} ?\d{3}[^,]{0,12}, (?:nr\. \d+|[A-Z]{1,2})) \d{1,3}\b\s*"
)
# Header lines of a Kamerstuk or Aanhangsel, each a line of its own.
_HEADER_BREAKS = re.compile(
    r"\s+(?=Vergaderjaar \d{4})|\s+(?=Vragen gesteld door de leden)"
    r"|(?<=gegeven antwoorden)\s+(?=\d{1,5}\s)|\s+(?=Vragen van (?:het lid|de leden) )"
    r"|\s+(?=Antwoord(?:en)? van (?:de )?(?:[Mm]inister|[Ss]taatssecretaris)\b)"
    r"|\s+(?=Nr\. \d+ [A-Z]{3})"
)
# "Vraag 1", "Antwoord 2 en 3" before the sentence they head
_QA_HEADING = re.compile(
    r"(?:^|\s+)((?:Vraag|Antwoord) \d{1,3}(?:(?:,| en| t/m) \d{1,3})*)\s+(?=[A-Z«“‘(])"
)


def is_flat(text: str) -> bool:
    """The whole document on one or two very long lines (an HTML page's long paragraph
    is one line too, but the page has more than that).

    >>> is_flat("Vraag 1 " * 400), is_flat("Een brief.\\n\\nMet regels.\\n\\n" + "Zo. " * 600)
    (True, False)
    """
    filled = [line for line in text.split("\n") if line.strip()]
    return len(filled) <= 2 and sum(map(len, filled)) >= _FLAT_LINE


def _split_footnote_block(page: str, expected: int) -> tuple[str, int]:
    """Put the footnote block at the end of a flat page on a line of its own: the first
    "1 Financieel Dagblad, ..." from where notes numbered on run to the page end."""
    for match in re.finditer(rf"\s({expected})\s+(?=[A-Z«“‘(])", page):
        if re.search(r"(?:Vraag|Antwoord|nr\.|en|,)$", page[: match.start()]):
            continue  # "Antwoord 1 Ja.", "Vraag 2 en 3 Herinnert"
        rest = page[match.end() :]
        count = 1
        while re.search(rf"\s{expected + count}\s+(?=[A-Z«“‘(])", rest):
            count += 1
        marked = find_marker(page[: match.start()], expected) is not None
        # a note is a reference or a short source, not a page of prose
        if len(rest) < 300 * count and (count > 1 or marked):
            return f"{page[: match.start()]}\n{page[match.start() :].strip()}", count
    return page, 0


def unflatten(text: str) -> str:
    """Lines, pages and footnote blocks for a document flattened onto one line.

    >>> print(unflatten("Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2014–2015 "
    ...     "Aanhangsel van de Handelingen Vragen van het lid Bouwmeester (ingezonden 3 "
    ...     "oktober 2014). Vraag 1 Kent u de berichten?1 Antwoord 1 Ja. 1 Financieel Dagblad "
    ...     "Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 1 Vraag 2 Is dat zo?" * 20)[:194])
    Tweede Kamer der Staten-Generaal 2
    Vergaderjaar 2014–2015 Aanhangsel van de Handelingen
    Vragen van het lid Bouwmeester (ingezonden 3 oktober 2014).
    <BLANKLINE>
    Vraag 1
    Kent u de berichten?1
    <BLANKLINE>
    Antwoord 1
    Ja.
    """
    if not is_flat(text):
        return text
    pages = _FOOTER.split(text.strip())
    expected = 1
    out = []
    for number, page in enumerate(pages):
        if number == 0:
            page = _HEADER_BREAKS.sub("\n", page)
        page = _QA_HEADING.sub(r"\n\n\1\n", page)
        page, count = _split_footnote_block(page, expected)
        expected += count
        out.append(page.strip())
    return "\f".join(out)
