"""Join paragraphs into the letter's text and cut it into sections at the headings."""

from __future__ import annotations

import re

from kamerbrieven.clean.paragraphs import looks_like_heading
from kamerbrieven.record import Section

PARAGRAPH_SEPARATOR = "\n\n"
# The record lines atop a verslag of a meeting: "Voorzitter: Hamer", "Griffier: Franke",
# "Aanvang 16.02 uur"; short and unpunctuated, but no headings
_MINUTES_LINE = re.compile(r"^(?:(?:Voorzitter|Griffier)\s*:|(?:Aanvang|Sluiting)\s+\d)")
# Lines that are no heading however short: a day ("Donderdag 8 februari 2018"), and the
# answer line of answers to Kamervragen ("Antwoord van Minister Heinen (Financiën)
# (ontvangen 29 augustus 2024)")
_NO_HEADING = re.compile(
    r"^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{1,2}\s+"
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december)\s+\d{4}$"
    r"|^(?:Antwoord(?:en)?|Mededeling) van (?:de )?(?:minister|staatssecretaris)\b.*\)$",
    re.IGNORECASE,
)


def is_heading(paragraphs: list[str], index: int) -> bool:
    """A paragraph that heads the ones after it: short, unpunctuated, not a name, not last.

    >>> is_heading(["Zuidflank", "Tijdens het werkdiner spraken bondgenoten."], 0)
    True
    """
    if index + 1 >= len(paragraphs):
        return False
    text = paragraphs[index]
    if _MINUTES_LINE.match(text) or _NO_HEADING.match(text):
        return False
    # "Vraag 1", "Afghanistan", "2.1 Voorgeschiedenis en probleembeschrijving"
    return looks_like_heading(text, max_words=10)


def is_title(paragraph: str) -> bool:
    """A document's title line: no sentence punctuation at its end, a capital first, not a
    page of prose (longer than a heading may be).

    >>> is_title("Aanvullende informatie op de Geannoteerde agenda van de Raad Algemene Zaken "
    ...          "en Externe Betrekkingen (RAZEB) van 16 en 17 maart 2009")
    True
    """
    # an enumeration before it is no sentence end: "I. Geannoteerde agenda"
    text = re.sub(r"^(?:[IVX]{1,4}|\d{1,2}|[A-Z])\.\s+(?=[A-Z])", "", paragraph.strip())
    return (
        0 < len(text) <= 250
        and not _MINUTES_LINE.match(text)
        and text[0].isupper()
        and not re.search(r"[.:;,!?]$", text)
        and not re.search(r"[.!?]\s+[A-Z]", text)
    )


def assemble(
    body: list[str], closing: list[str], titles: set[int] | frozenset[int] = frozenset()
) -> tuple[str, list[Section]]:
    """The text (paragraphs separated by a blank line) and its sections; `titles` are
    indexes of paragraphs that head a section whatever their length (an annex's title).

    Sections tile the body from offset 0 to the end of the last body paragraph; a section
    starts at its heading, so the heading text is inside its span. The closing (greeting
    and signature blocks) follows the body in the text, after the last section.

    >>> text, sections = assemble(["Inleiding.", "Rusland", "Vanwege de discussies."],
    ...                           ["De Minister van Buitenlandse Zaken,", "S.A. Blok"])
    >>> [(s.heading, text[s.start:s.end]) for s in sections]
    [(None, 'Inleiding.'), ('Rusland', 'Rusland\\n\\nVanwege de discussies.')]
    """
    offsets = []
    position = 0
    for paragraph in body + closing:
        offsets.append((position, position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    text = PARAGRAPH_SEPARATOR.join(body + closing)
    if not body:
        return text, []
    body_end = offsets[len(body) - 1][1]
    starts: list[tuple[str | None, int]] = []
    if not (is_heading(body, 0) or 0 in titles):
        starts.append((None, 0))
    for index in range(len(body)):
        if is_heading(body, index) or index in titles:
            starts.append((body[index], offsets[index][0]))
    sections = []
    for n, (heading, start) in enumerate(starts):
        if n + 1 < len(starts):
            next_start = starts[n + 1][1]
            end = next_start - len(PARAGRAPH_SEPARATOR)
        else:
            end = body_end
        sections.append(Section(heading=heading, start=start, end=max(start, end)))
    return text, sections
