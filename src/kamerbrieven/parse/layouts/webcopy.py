"""A web page's copy of a document: the site's own furniture above (and among) the
document's header lines. It wraps another layout: the furniture is stripped, the document
under it read by the layout the detector picks, and what the site says (its title for the
page, its date, its metadata table) fills what the document's own header leaves open.

The sites: officielebekendmakingen.nl (the caption "Kamerstuk" and the metadata table,
its cells glued by a text dump), openkamer.org ("Gepubliceerd: ...", "ID: 33268-25"),
berthub.eu (a menu, "Nummer: 2024D44000, datum: 2024-11-14"), tweedekamer.nl ("Brief
regering : <title>"), eerstekamer.nl ("Kerngegevens" above the Kamerstuk), news wires
("Kamerbrief inzake ...", "11-03-2009 | Kamerstuk | ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kamerbrieven.clean.pages import PAGE_BREAK
from kamerbrieven.parse.dates import iso_date
from kamerbrieven.parse.layouts import kamerstuk
from kamerbrieven.parse.layouts.base import Evidence, Header, HeaderLine, Stripped, filled_lines
from kamerbrieven.parse.layouts.cues import Cues, evidence
from kamerbrieven.rules import Rule, RuleTable

LINES: RuleTable[HeaderLine] = RuleTable(
    (
        Rule(
            # officielebekendmakingen.nl's metadata table: chamber, year, dossier, nr.
            "metadata_table",
            re.compile(
                r"^(?P<chamber>Tweede|Eerste) Kamer der Staten-Generaal\s*(?P<year>\d{4}-\d{4})"
                r"\s*(?P<dossier>\d{5}(?:-[A-Z0-9]+)?) nr\. (?P<number>\d+)$"
            ),
            HeaderLine("chamber, year, dossier, number", 4, "metadatatabel"),
            example="Tweede Kamer der Staten-Generaal2009-201029279 nr. 106",
            counter="Tweede Kamer der Staten-Generaal 2",
            source="kst-29279-106 (officielebekendmakingen.nl)",
        ),
        Rule(
            # the table's caption
            "caption",
            re.compile(
                r"^(?:Kamerstuk(?:\s+\d{5}(?:-\w+)?-\d+)?|Datum publicatie\s*Organisatie.*)$"
            ),
            HeaderLine("", 2, "Kamerstuk"),
            example="Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer",
            counter="Kamerstuk 21501-33-413 is gisteren verschenen",
            source="kst-29279-106 (officielebekendmakingen.nl); kst-21501-33-413 (openkamer)",
        ),
        Rule(
            "openkamer",
            re.compile(r"^(?:Gepubliceerd|Indiener\(s\)|Onderwerpen|Bron|ID):\s.*$"),
            HeaderLine("", 3, "openkamer"),
            example="Gepubliceerd: 1 september 2014",
            counter="Gepubliceerd in de Staatscourant",
            source="kst-33268-25 (openkamer.org)",
        ),
        Rule(
            # "ID: 33268-25", "Bron: https://zoek.officielebekendmakingen.nl/kst-33268-25.html"
            "document_id",
            re.compile(
                r"^(?:ID:\s*|Bron:.*\bkst-|Kamerstuk\s+)(?P<dossier>\d{5}(?:-\w+)?)-"
                r"(?P<number>\d+)\b"
            ),
            HeaderLine("dossier, number"),
            example="Bron: https://zoek.officielebekendmakingen.nl/kst-33268-25.html",
            counter="Bron: CBS",
            source="kst-33268-25 (openkamer.org)",
        ),
        Rule(
            # the site's title for the page; the document's subject line, where there is
            # one, wins
            "page_title",
            re.compile(r"^(?:Brief regering|Antwoord schriftelijke vragen)\s*:\s*(?P<title>.+)$"),
            HeaderLine("page_title", 3, "paginatitel"),
            example="Brief regering : Nederlandse en bredere Europese inzet in de Sahel",
            counter="Brief regering",
            source="kst-29521-403 (tweedekamer.nl)",
        ),
        Rule(
            "wire_title",
            re.compile(r"^(?P<title>Kamerbrief\s.+)$"),
            HeaderLine("page_title", 3, "nieuwsbericht"),
            example="Kamerbrief inzake geannoteerde agenda Brussel juni 2010",
            counter="Kamerbrief",
            source="def-20100526-geannoteerde-agenda-navo-defensieministers",
        ),
        Rule(
            "wire_date",
            re.compile(r"^(?P<dmy>\d{2}-\d{2}-\d{4})\s*\|\s*\w"),
            HeaderLine("date", 3, "sitedatum"),
            example="11-03-2009 | Kamerstuk | Nederlands Ministerie van Buitenlandse Zaken",
            counter="11-03-2009",
            source="bz-20090311-razeb-aanvulling-geannoteerde-agenda (opennieuwsbank.nl)",
        ),
        Rule(
            "berthub_date",
            re.compile(r"^Nummer:\s*\S+,\s*datum:\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
            HeaderLine("date", 3, "sitedatum"),
            example="Nummer: 2008D23614, datum: 2008-12-22, bijgewerkt: 2024-02-19 10:56",
            counter="Nummer: 2008D23614",
            source="az-bz-def-20081222-ek-irak-antwoorden (berthub.eu)",
        ),
        Rule(
            "berthub_menu",
            re.compile(r"^\[(?:overzicht|toezeggingen)\]\s+\["),
            HeaderLine("", 2, "sitemenu"),
            example="[toezeggingen] [stemmingen] [verslagen] [wat is dit?]",
            counter="[1] Kamerstuk 21501-31, nr. 700",
            source="kst-21501-31-768 (berthub.eu)",
        ),
    )
)
_TABLE = LINES.by_name("metadata_table").pattern
_METADATA = (LINES.by_name("caption").pattern, LINES.by_name("openkamer").pattern)
_DOCUMENT_ID = LINES.by_name("document_id").pattern
_TITLES = (LINES.by_name("page_title").pattern, LINES.by_name("wire_title").pattern)
_WIRE_DATE = LINES.by_name("wire_date").pattern
_BERTHUB_DATE = LINES.by_name("berthub_date").pattern
# How far down (in lines with text) a Kamerstuk may start under a site's furniture, and
# the site's lines are looked for.
_START_REACH = 80
_SITE_REACH = 40
_CUES = Cues(LINES)  # every row but the document id, whose lines the caption rows match


def is_site_line(line: str) -> bool:
    """Whether `line` is one of the sites' own.

    >>> is_site_line("ID: 33268-25"), is_site_line("Nr. 25 BRIEF VAN DE MINISTER")
    (True, False)
    """
    return _CUES.match(line)


class _Site:
    """What the furniture says: its title for the page (the first), its date and its
    metadata table (the last)."""

    def __init__(self) -> None:
        self.page_title: str | None = None
        self.date: str | None = None
        self.table: dict[str, str] = {}

    def read(self, line: str) -> None:
        if match := _TABLE.match(line):
            self.table = match.groupdict()
        elif any(pattern.match(line) for pattern in _METADATA):
            if match := _DOCUMENT_ID.match(line):
                self.table = match.groupdict()
        elif match := next(filter(None, (title.match(line) for title in _TITLES)), None):
            self.page_title = self.page_title or match.group("title")
        elif match := _WIRE_DATE.match(line):
            self.date = iso_date(match.group("dmy"))
        elif match := _BERTHUB_DATE.match(line):
            self.date = f"{match.group('y')}-{match.group('m')}-{match.group('d')}"


class WebCopy:
    """The wrapper of a web page's copy (see the module)."""

    name = "webcopy"
    label = "webkopie"
    cues = _CUES

    def detect(self, top: Sequence[str]) -> Evidence | None:
        """The site's lines, or lines above a Kamerstuk that are none of its own.

        >>> WebCopy().detect(["Kerngegevens", "Eerste Kamer der Staten-Generaal",
        ...     "Vergaderjaar 2023-2024"]).why
        'webkopie (kop boven het Kamerstuk)'
        """
        found = evidence(self.name, self.label, top, self.cues)
        if found or not _starts_below_top(top):
            return found
        return Evidence(self.name, self.label, 3, ("kop boven het Kamerstuk",))

    def strip(self, lines: list[str]) -> Stripped:
        """Blank the site's lines near the top and whatever stands above the Kamerstuk.

        >>> WebCopy().strip(["ID: 33268-25", "", "Nr. 25 BRIEF VAN DE MINISTER"]).lines
        ['', '', 'Nr. 25 BRIEF VAN DE MINISTER']
        """
        filled = filled_lines(lines)
        furniture = set(_above_kamerstuk(lines, filled[:_START_REACH]))
        furniture.update(i for i in filled[:_SITE_REACH] if is_site_line(lines[i]))
        cleaned = list(lines)
        for i in furniture:
            cleaned[i] = ""
        return Stripped(cleaned, sorted(furniture), lines)

    def finish(self, header: Header, stripped: Stripped) -> Header:
        """The header of the document under the furniture, with what the site says where
        the document is silent; the furniture up to the body stays out of it."""
        lines = stripped.lines
        end = next(
            (i for i in range(header.body_start, len(lines)) if lines[i] not in ("", PAGE_BREAK)),
            len(lines),
        )
        site = _Site()
        above = [i for i in stripped.furniture if i < end]
        for i in above:
            site.read(stripped.original[i])
        if above:
            header.body_start = max(header.body_start, above[-1] + 1)
        header.page_title = header.page_title or site.page_title
        header.date = header.date or site.date
        if site.table:
            _fill_from_table(header, site.table)
        header.wrapper = self.name
        return header


def _starts_below_top(top: Sequence[str]) -> bool:
    """Whether a Kamerstuk starts among `top` under lines that are none of its own (looked
    for only when a Kamerstuk's chamber or number line is there at all)."""
    found = {rule.name for rule in kamerstuk.Kamerstuk.cues.found(top)}
    if not found & {"chamber", "numbered_kind"}:
        return False
    return bool(_above_kamerstuk(top, range(len(top))))


def _above_kamerstuk(lines: Sequence[str], filled: Sequence[int]) -> list[int]:
    """The lines above where a Kamerstuk starts that the Kamerstuk's reader does not take:
    the site's title and metadata ("Kerngegevens", "Documentdatum 04-06-2024")."""
    start = kamerstuk.start_of(lines, filled)
    if start is None:
        return []
    reader = kamerstuk.Kamerstuk()
    reading = reader.reading(Header(), lines, filled, reader.dates)
    above = []
    for n, i in enumerate(filled):
        if i >= start:
            break
        reading.move(n)
        if is_site_line(lines[i]) or not reader.steps.take(reading):
            above.append(i)
    return above


def _fill_from_table(header: Header, table: dict[str, str]) -> None:
    """The page's metadata table counts where the document's own header is silent."""
    header.dossier = header.dossier or table["dossier"]
    header.number = header.number if header.number is not None else int(table["number"])
    if table.get("chamber"):
        header.chamber = header.chamber or table["chamber"] + " Kamer"
        header.year = header.year or table["year"]
