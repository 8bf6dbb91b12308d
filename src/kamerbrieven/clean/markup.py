"""Markup other tools leave in the text: markdown from PDF-to-markdown converters, and
letterheads dumped as ASCII pipe tables. Both go back to plain lines before cleaning.

Markdown (ah-tk-20232024-387 through a PDF-to-markdown tool): ``# 2``, ``#### Vergaderjaar
2023–2024 Aanhangsel van de Handelingen``, ``**regering gegeven antwoorden**``, a page break
as ``-----``, footnote markers as ``[1 ]``.

Pipe table (a 2005 BZ letterhead on a news-wire page), words broken inside the cells::

    |Kenmer|DIE-783 /05                         |Telefoon|070-348 5005       |
    |k     |                                    |        |                   |
"""

from __future__ import annotations

import re

# markdown headings and bold lines: "#### Vergaderjaar 2023–2024", "**Vragen gesteld ...**"
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_MD_PAGE_BREAK = re.compile(r"^-{5,}\s*$", re.MULTILINE)
# "«Netjes gezuiverd»[1 ]" -> "«Netjes gezuiverd»[1]"
_MD_NOTE_MARK = re.compile(r"\[(\d{1,3}) \]")
_TABLE_ROW = re.compile(r"^\|.*\|\s*$")


def is_markdown(text: str) -> bool:
    """Markdown headings or bold lines at line starts, more than once.

    >>> is_markdown("# 2\\n\\n#### Vergaderjaar 2023–2024\\n\\n**regering**\\n")
    True
    >>> is_markdown("Geachte voorzitter,\\n\\n- een punt\\n")
    False
    """
    marks = len(re.findall(r"^(?:#{1,6}\s|\*\*\S)", text, re.MULTILINE))
    return marks >= 2


def strip_markdown(text: str) -> str:
    """Plain lines from markdown; a ``-----`` line becomes a page break (form feed).

    >>> strip_markdown("# 2\\n#### Vergaderjaar 2023–2024\\n**regering gegeven antwoorden**\\n"
    ...                "zuivering»[1 ] en\\n-----\\n(12-10-2023).").split("\\n")
    ['2', 'Vergaderjaar 2023–2024', 'regering gegeven antwoorden', 'zuivering»[1] en', '\\x0c', \
'(12-10-2023).']
    """
    if not is_markdown(text):
        return text
    text = _MD_HEADING.sub("", text)
    text = _MD_BOLD.sub(r"\1", text)
    text = _MD_PAGE_BREAK.sub("\f", text)
    return _MD_NOTE_MARK.sub(r"[\1]", text)


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _join(left: str, right: str) -> str:
    # a cell broken inside a word: "Behandel" / "d", "Bijlag" / "e(n"; else a wrapped value
    if not left or not right:
        return left or right
    if len(right) <= 3 and " " not in right and right[0].islower():
        return left + right
    return f"{left} {right}"


def unpipe_tables(text: str) -> str:
    """Each record of a pipe table as one line of `label value` pairs, cells of a row
    that continues the one above (its first cell empty or lower case) joined into it.

    >>> print(unpipe_tables("|Datum |14 november 2005 |Behandel|G.J. Bijl |\\n"
    ...     "|      |                 |d       |          |\\n|Betref|Verslag van de Raad |\\n"
    ...     "|t     |van 7 november 2005 |"))
    Datum 14 november 2005 Behandeld G.J. Bijl
    Betreft Verslag van de Raad van 7 november 2005
    """
    if "|" not in text:
        return text
    out: list[str] = []
    record: list[str] | None = None

    def flush() -> None:
        if record is not None:
            out.append(" ".join(cell for cell in record if cell))

    for line in text.split("\n"):
        if not _TABLE_ROW.match(line) or line.count("|") < 3:
            flush()
            record = None
            out.append(line)
            continue
        cells = _cells(line)
        if record is not None and (not cells[0] or cells[0][0].islower()):
            record += [""] * (len(cells) - len(record))
            record = [_join(a, b) for a, b in zip(record, cells, strict=False)] + record[
                len(cells) :
            ]
            continue
        flush()
        record = cells
    flush()
    return "\n".join(out)
