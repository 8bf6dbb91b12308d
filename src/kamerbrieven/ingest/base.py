"""What every format reader hands to the cleaner: the raw text and what the format says outright."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.record import Footnote, Source

# How much layout the text still carries.
# "lines": text as a PDF-to-text tool leaves it: hard line ends inside paragraphs, split
#          words, page breaks (a line starting with a space, or \f), running headers,
#          footnotes dropped between pages. Everything must be cleaned.
# "paragraphs": the format knew its paragraphs (XML, docx, HTML): one paragraph a line
#          group, paragraphs separated by a blank line, headings their own paragraph,
#          footnotes already taken out into `footnotes`, markers already `[n]`.
LAYOUTS = ("lines", "paragraphs")


@dataclass(frozen=True)
class RawDocument:
    """One file's content, before cleaning and parsing.

    `metadata` holds what the format states explicitly and reliably (the official XML's
    dossier number, document number, date, title, signatories, kind ...), keyed by the
    record's field names (`dossier`, `number`, `date`, `title`, `kind`, `dossier_title`,
    `senders`, `addressee`, `signatories` as a list of {name, function}). The parser uses
    them instead of, or to check, what it reads from the text.
    """

    source: Source
    text: str
    layout: str = "lines"
    footnotes: tuple[Footnote, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def detail(error: BaseException) -> str:
    """A library's error message as a short detail for a reason: its first line, at most
    200 characters (lxml's messages run over several lines).

    >>> detail(ValueError("Invalid character: Char 0x0\\n, line 2, column 43528"))
    'Invalid character: Char 0x0'
    """
    lines = str(error).strip().splitlines() or [type(error).__name__]
    return lines[0].strip()[:200]
