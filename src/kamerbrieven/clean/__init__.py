"""Text cleaning: line-end hyphens, page breaks, running headers, footnotes, paragraphs.

`clean_lines` is the pipeline's clean step: a raw document's text as clean lines, its
page furniture gone and the footnotes of its page ends taken out; `parse` reads its
structure from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamerbrieven.clean.flat import unflatten
from kamerbrieven.clean.footnotes import take_footnotes
from kamerbrieven.clean.markup import strip_markdown, unpipe_tables
from kamerbrieven.clean.pages import PAGE_BREAK, normalise, page_lines
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.record import Footnote


@dataclass(frozen=True)
class CleanLines:
    """Body lines ("" a blank line, "\\f" a page break) and the footnotes taken from
    page ends (a format that knew its notes hands them over in `RawDocument.footnotes`)."""

    lines: tuple[str, ...]
    footnotes: tuple[Footnote, ...] = ()


def clean_lines(raw: RawDocument) -> CleanLines:
    """The document's lines without page furniture, and its page-end footnotes.

    >>> from kamerbrieven.record import Source
    >>> raw = RawDocument(Source("x", "", "text"), "De NAVO is\\n2\\f sterk.")
    >>> clean_lines(raw).lines
    ('De NAVO is', '\\x0c', 'sterk.')
    """
    if raw.layout != "lines":
        blocks: list[str] = []
        for block in re.split(r"\n\s*\n", normalise(raw.text)):
            if block.strip():
                blocks += [re.sub(r"\s+", " ", block).strip(), ""]
        return CleanLines(tuple(blocks))
    text = unpipe_tables(strip_markdown(raw.text))
    pages, footnotes = take_footnotes(page_lines(unflatten(text)))
    lines: list[str] = []
    for number, page in enumerate(pages):
        if number:
            lines.append(PAGE_BREAK)
        lines.extend(page)
    return CleanLines(tuple(lines), tuple(footnotes))
