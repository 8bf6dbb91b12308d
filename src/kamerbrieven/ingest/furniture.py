"""Page furniture: the lines a printed page carries around its text, as one table.

Page numbers, document ids, the ISSN, the typeset Kamerstuk footer and running header,
and the links a web copy puts under the text. The PDF reader (`pdf_pages`) drops them at
the edges of a page; the page cleaner (`clean.pages`) drops them at the edges of a text
dump's pages. Both ask this one table (ingest comes before clean: clean may import it).

    >>> is_furniture("Pagina 1 van 6"), is_furniture("De NAVO is")
    (True, False)
"""

from __future__ import annotations

import re

from kamerbrieven.rules import Rule, RuleTable

# A line that is furniture wherever it stands at a page edge (rows match a whole line).
PAGE_FURNITURE: RuleTable[str] = RuleTable(
    (
        Rule(
            "page-number",
            re.compile(r"^\d{1,3}$"),
            "a page number",
            example="2",
            counter="1/10",
            source="devset/domestic/ah-tk-20222023-3649; counter "
            "devset/foreign/bz-20040428-verslag-razeb",
        ),
        Rule(
            "dashed-page-number",
            re.compile(r"^[-–] ?\d{1,3} ?[-–]$"),
            "a page number",
            example="- 3 -",
            counter="- 3 ministers",
            source="written for the row",
        ),
        Rule(
            "page-of-pages",
            re.compile(r"^(?:Pagina|Blad|Page) \d+ (?:van|of|/) \d+$", re.IGNORECASE),
            "a page number",
            example="Pagina 1 van 6",
            counter="Pagina 1 van het verslag",
            source="tests/clean/data/aenm-contourennota; counter written for the row",
        ),
        Rule(
            "page-fraction",
            re.compile(r"^\d{1,3} ?/ ?\d{1,3}$"),
            "a page number",
            example="1/10",
            counter="2018/19",
            source="devset/foreign/bz-20040428-verslag-razeb; counter written for the row",
        ),
        Rule(
            "document-id",
            # "kst-29515-496"; a converter may leave spaces in it
            re.compile(r"^(?:kst|ah-tk|ah-ek|blg|stcrt|stb|h-tk)-[\w -]+$"),
            "the document's id",
            example="ah-tk-20222023-3649",
            counter="h tk 20232024 387",
            source="devset/domestic/ah-tk-20222023-3649; counter "
            "devset/foreign/ah-tk-20232024-387-kaukasus",
        ),
        Rule(
            "document-id-without-hyphens",
            # the id with its hyphens lost by a converter: "h tk 20232024 387"
            re.compile(r"^(?:kst|a?h[ -]?[te]k|blg)[ -]\d{5,8}[ -][\w -]{1,12}$"),
            "the document's id",
            example="h tk 20232024 387",
            counter="blg-1007826",
            source="devset/foreign/ah-tk-20232024-387-kaukasus; counter written for the row",
        ),
        Rule(
            "issn",
            re.compile(r"^ISSN \d{4} ?- ?\d{3}[\dX]$"),
            "the ISSN of the series",
            example="ISSN 0921 - 7371",
            counter="ISSN-nummer van de reeks",
            source="tests/clean/data/kst-36450-3.p1-3.pdfium; counter written for the row",
        ),
        Rule(
            "chamber-footer",
            # The typeset Kamerstuk footer, with the page number at its end when a whole
            # footer line: "Tweede Kamer, vergaderjaar 2018–2019, 28 676, nr. 307 3",
            # "Eerste Kamer, vergaderjaar 2019–2020, 35 300, A 2", "Tweede Kamer,
            # vergaderjaar 2023–2024, Aanhangsel 1"; its start alone is furniture too.
            re.compile(
                r"^(?:[’']s-Gravenhage \d{4} )?(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}"
                r"(?:\s*[–-]\s*\d{4},[^\n]*?(?: (?P<page>\d{1,3}))?$)?"
            ),
            "the footer of a typeset Kamerstuk",
            example="’s-Gravenhage 2023 Tweede Kamer, vergaderjaar 2023–2024, 36 450, nr. 3 1",
            counter="De Tweede Kamer heeft in vergaderjaar 2023–2024 besloten",
            source="tests/clean/data/kst-36450-3.p1-3.pdfium; counter written for the row",
        ),
        Rule(
            "kamerstuk-header",
            # "Kamerstuk 28 676, nr. 307 2" as a running header of a letter printed as one
            re.compile(r"^Kamerstuk(?:ken)? \d{2} ?\d{3}[^\n,]*, nr\. \d+ \d{1,3}$"),
            "the running header of a Kamerstuk",
            example="Kamerstuk 28 676, nr. 307 2",
            counter="Kamerstuk 28 676, nr. 307",
            source="written for the row (clean.pages.strip_running_lines)",
        ),
        Rule(
            "web-furniture",
            # under a web copy: "Naar boven" (officielebekendmakingen.nl), "Reageren" and
            # "---" (opennieuwsbank.nl)
            re.compile(r"^(?:Naar boven|Reageren|-{3,})$"),
            "a link of a web page",
            example="Naar boven",
            counter="Naar boven toe bijgesteld",
            source="devset/domestic/kst-21501-07-1187; counter written for the row",
        ),
    )
)

# The document a typeset Kamerstuk's footer names: "... vergaderjaar 2023–2024, 36 450, nr. 3"
FOOTER_FIELDS: RuleTable[str] = RuleTable(
    (
        Rule(
            "kamerstuk-footer",
            re.compile(
                r"(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, "
                r"(?P<dossier>\d{2} ?\d{3}(?:[ -](?:[A-Z]{1,5}|\d{1,2}))?), nr\. (?P<number>\d+)"
            ),
            "the dossier and number of the document",
            example="Tweede Kamer, vergaderjaar 2023–2024, 36 450, nr. 3 2",
            counter="Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
            source="tests/clean/data/kst-36450-3.p1-3.pdfium; counter written for the row",
        ),
    )
)
_CHAMBER_FOOTER = PAGE_FURNITURE.by_name("chamber-footer").pattern
_KAMERSTUK_FOOTER = FOOTER_FIELDS.by_name("kamerstuk-footer").pattern


def is_furniture(line: str) -> bool:
    """Whether `line` (stripped) is page furniture wherever it stands at a page edge.

    >>> is_furniture("kst-29515-496"), is_furniture("3 december 2018")
    (True, False)
    """
    return any(rule.pattern.match(line) for rule in PAGE_FURNITURE)


def footer_page(line: str) -> str | None:
    """The page number at the end of a typeset Kamerstuk footer line, else None.

    >>> footer_page("Tweede Kamer, vergaderjaar 2023–2024, 36 450, nr. 3 2")
    '2'
    """
    match = _CHAMBER_FOOTER.match(line)
    return match.group("page") if match else None


def footer_document(text: str) -> tuple[str, int] | None:
    """(dossier as written, number) of the document a Kamerstuk footer names.

    >>> footer_document("Tweede Kamer, vergaderjaar 2023–2024, 36 200 V, nr. 53 2")
    ('36 200 V', 53)
    """
    match = _KAMERSTUK_FOOTER.search(text)
    return (match.group("dossier"), int(match.group("number"))) if match else None
