"""The typeset Kamerstuk, any year, either chamber: a run of recognisable lines on top,
possibly run together on one line by a PDF tool: ``Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2018–2019 28 676 NAVO Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN /
Aan de Voorzitter ... / Den Haag, 12 december 2018``. The body starts at the first line
that is none of them.

Until about 2010 the dossier stands alone, its title on the next line, and the number is
written "nr. 234" with the kind line under it. Eerste Kamer stukken are lettered ("AE
BRIEF VAN ..."), not numbered. Committee reports, Aanhangsels, Handelingen and handed-in
moties are Kamerstuk layouts with lines of their own: their readers refine this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kamerbrieven.clean.pages import PAGE_BREAK
from kamerbrieven.parse.layouts import shared
from kamerbrieven.parse.layouts.base import (
    Dates,
    Evidence,
    Header,
    HeaderLine,
    Reading,
    Steps,
    filled_lines,
    top_date,
)
from kamerbrieven.parse.layouts.cues import Cues, evidence
from kamerbrieven.parse.layouts.letterhead import SALUTATION_REACH, salutation
from kamerbrieven.rules import Rule, RuleTable

LINES: RuleTable[HeaderLine] = RuleTable(
    (
        Rule(
            # the 2 is the chamber's logo number; in capitals in the Tweede Kamer's Word files
            "chamber",
            re.compile(
                r"^(?P<chamber>Tweede|Eerste) Kamer der Staten-Generaal(?: ?\d\b)?\s*",
                re.IGNORECASE,
            ),
            HeaderLine("chamber", 2, "Kamer der Staten-Generaal"),
            example="TWEEDE KAMER DER STATEN-GENERAAL",
            counter="De Tweede Kamer der Staten-Generaal heeft besloten",
            source="kst-36682-10.docx",
        ),
        Rule(
            "year",
            re.compile(r"^Vergaderjaar (?P<year>\d{4}\s*[–-]\s*\d{4})\s*"),
            HeaderLine("year", 2, "Vergaderjaar"),
            example="Vergaderjaar 2018–2019",
            counter="In het vergaderjaar 2018–2019",
            source="kst-28676-307 (seed 002)",
        ),
        Rule(
            # "21 501-02 Raad Algemene Zaken ...", "36 725 XVII ...", "36450 ..."; until
            # about 2010 alone, its title on the next line: "30 300 VI"
            "dossier",
            re.compile(
                r"^(?P<dossier>\d{2} ?\d{3}(?:[- ](?:[IVXLC]+|[A-Z]|\d{2})(?=\s|$))?)"
                r"(?:\s+(?P<title>\D.*))?$"
            ),
            HeaderLine("dossier, dossier_title", 1, "dossier"),
            example="21 501-07 Raad voor Economische en Financiële Zaken",
            counter="2500 EA Den Haag",
            source="kst-21501-07-1187",
        ),
        Rule(
            # "Nr. 307 BRIEF VAN DE MINISTER ...", and the pre-2010 "nr. 234" with the kind
            # line under it
            "number",
            re.compile(r"^[Nn]r\.\s*(?P<number>\d+)\s*(?P<kind>.*)$"),
            HeaderLine("number, kind_line", 2, "Nr."),
            example="nr. 234",
            counter="Nummer: 2008D23614, datum: 2008-12-22",
            source="kst-22894-234",
        ),
        Rule(
            # the number line with its kind: where a web page's copy of the Kamerstuk starts
            "numbered_kind",
            re.compile(
                r"^[Nn]r\.\s*\d+\s+(?:[A-Z]{4,}\b|(?:Brief|Motie|Verslag|Amendement|Memorie|"
                r"Nota|Gewijzigde|Geannoteerde|Antwoord)\s)"
            ),
            HeaderLine("", 3, "Nr."),
            example="Nr. 768 Brief van de minister van Sociale Zaken en Werkgelegenheid",
            counter="Nr. 12 en 13 zijn vervallen",
            source="kst-21501-31-768 (berthub.eu)",
        ),
        Rule(
            # Eerste Kamer stukken are lettered: "C1 BRIEF VAN ..." (the 1 a footnote marker);
            # the record's number stays empty
            "lettered",
            re.compile(
                r"^(?P<letter>[A-Z]{1,3})\d{0,2}\s+(?P<kind>(?:BRIEF|MOTIE|MEMORIE|NOTA|VERSLAG|"
                r"NADER|AMENDEMENT|EINDVERSLAG|VOORLOPIG|GEWIJZIGD|ADVIES|KONINKLIJKE)\b.*)$"
            ),
            HeaderLine("kind_line", 3, "letter met soort"),
            example="AE1 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID",
            counter="NAVO BRIEF",
            source="kst-32043-AE",
        ),
        Rule(
            # the kind line goes on in capitals: "BUITENLANDSE ZAKEN"
            "kind_line",
            re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý ,.'’()\-–]+$"),
            HeaderLine("kind_line"),
            example="BUITENLANDSE ZAKEN",
            counter="Buitenlandse Zaken",
            source="kst-23432-486",
        ),
        Rule(
            # a changed motie or amendement
            "replaces",
            re.compile(r"^Ter vervanging van (?:die|het|de)\b.*\bnr\.\s*\d+\s*$", re.IGNORECASE),
            HeaderLine("", 1, "Ter vervanging"),
            example="Ter vervanging van die gedrukt onder nr. 8",
            counter="Ter vervanging van de brief van 3 mei",
            source="kst-36682-10",
        ),
        Rule(
            "proposed",
            shared.dated("Voorgesteld"),
            HeaderLine("date", 1, "Voorgesteld"),
            example="Voorgesteld 2 december 2010",
            counter="Voorgesteld wordt de motie aan te houden",
            source="kst-32500-VII-37",
        ),
        Rule(
            "proposed_during",
            re.compile(
                r"^Voorgesteld\s+(?:tijdens|in|bij)\b.{0,80}?\b(?:van|op)\s+"
                r"(?P<during>\d{1,2}\s+\w+\s+\d{4})",
                re.IGNORECASE,
            ),
            HeaderLine("date", 1, "Voorgesteld"),
            example="Voorgesteld tijdens het Wetgevingsoverleg van 20 juni 2018",
            counter="Voorgesteld 20 juni 2018",
            source="a motie moved in a Wetgevingsoverleg (kst-34775-XIII)",
        ),
        Rule(
            "received",
            shared.dated("Ontvangen"),
            HeaderLine("date", 1, "Ontvangen"),
            example="Ontvangen 27 maart 2024",
            counter="Ontvangen BBR",
            source="kst-36450-6; ez-beslisnota-20241030",
        ),
    )
)
CHAMBER = LINES.by_name("chamber").pattern
YEAR = LINES.by_name("year").pattern
DOSSIER = LINES.by_name("dossier").pattern
NUMBER = LINES.by_name("number").pattern
NUMBERED_KIND = LINES.by_name("numbered_kind").pattern
LETTERED = LINES.by_name("lettered").pattern
_KIND_LINE = LINES.by_name("kind_line").pattern
_REPLACES = LINES.by_name("replaces").pattern
DATES: Dates = (
    *shared.DATES,
    LINES.by_name("proposed").pattern,
    LINES.by_name("proposed_during").pattern,
    LINES.by_name("received").pattern,
)

# Where a PDF tool ran several header lines into one.
_HEADER_SPLITS = re.compile(
    r"\s+(?=Vergaderjaar \d{4})|(?<=Staten-Generaal \d)\s+|(?<=Staten-Generaal)\s+(?=[A-Za-z])"
    r"|\s+(?=Nr\. \d+\b)|(?<=\d{4}[–-]\d{4})\s+(?=\d{2} ?\d{3}\s)"
)
# "VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 7 april 2000 De vaste commissie"
_RUN_TOGETHER_DATE = re.compile(
    r"(?<=[A-Z])\s+((?:Vastgesteld|Voorgesteld)\s+\d{1,2}\s+[a-z]+\s+\d{4})(?:\s+|$)"
)


def split_run_together(lines: list[str], limit: int = 12) -> list[str]:
    """Split header lines a PDF tool ran together, in the first `limit` lines only.

    >>> split_run_together(["Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2018–2019"
    ...                     " 28 676 NAVO Nr. 307 BRIEF VAN DE MINISTER"])
    ['Tweede Kamer der Staten-Generaal 2', 'Vergaderjaar 2018–2019', '28 676 NAVO', \
'Nr. 307 BRIEF VAN DE MINISTER']
    """
    out: list[str] = []
    for line in lines[:limit]:
        if line and line != PAGE_BREAK and _may_run_together(line):
            line = _RUN_TOGETHER_DATE.sub("\n\\1\n", line)
            for piece in line.split("\n"):
                out.extend(part for part in _HEADER_SPLITS.split(piece) if part)
        else:
            out.append(line)
    return out + lines[limit:]


# The words without which neither pattern above can split a line: trying those patterns
# at every character of a long paragraph is what costs.
_SPLIT_WORDS = ("Vergaderjaar", "Staten-Generaal", "Nr. ", "Vastgesteld", "Voorgesteld")
_YEAR_RANGE = re.compile(r"\d{4}[–-]\d{4}")


def _may_run_together(line: str) -> bool:
    return any(word in line for word in _SPLIT_WORDS) or bool(_YEAR_RANGE.search(line))


@dataclass(repr=False, eq=False)
class KamerstukReading(Reading):
    after_chamber: bool = False  # the chamber's logo number may stand on the next line
    in_title: bool = False  # the dossier title may go on
    in_kind: bool = False  # the kind line may go on


def chamber(reading: KamerstukReading) -> bool:
    """ "Tweede Kamer der Staten-Generaal", and its "2" on a line of its own (Word files)."""
    line = reading.line
    logo = reading.after_chamber and line in ("1", "2")
    reading.after_chamber = False
    if match := CHAMBER.match(line):
        reading.header.chamber = match.group("chamber").capitalize() + " Kamer"
        reading.after_chamber = True
        return not line[match.end() :].strip()
    return logo


def replaces(reading: KamerstukReading) -> bool:
    """ "Ter vervanging van die gedrukt onder nr. 8" """
    return bool(_REPLACES.match(reading.line))


def year(reading: KamerstukReading) -> bool:
    if match := YEAR.match(reading.line):
        reading.header.year = re.sub(r"\s", "", match.group("year"))
        return True
    return False


def number(reading: KamerstukReading) -> bool:
    """ "Nr. 307 BRIEF VAN DE MINISTER ...": the number, and the kind line that may go on."""
    header = reading.header
    if (match := NUMBER.match(reading.line)) and header.number is None:
        header.number = int(match.group("number"))
        header.kind_line = match.group("kind").strip() or None
        reading.in_title, reading.in_kind = False, True
        return True
    return False


def lettered(reading: KamerstukReading) -> bool:
    """ "AE1 BRIEF VAN DE MINISTER ...": an Eerste Kamer stuk's letter and kind line."""
    header = reading.header
    if (match := LETTERED.match(reading.line)) and header.number is None and not header.kind_line:
        header.kind_line = match.group("kind").strip()
        header.letter = match.group("letter")
        reading.in_title, reading.in_kind = False, True
        return True
    return False


def kind_goes_on(reading: KamerstukReading) -> bool:
    if reading.in_kind and _KIND_LINE.match(reading.line):
        header = reading.header
        header.kind_line = f"{header.kind_line or ''} {reading.line}".strip()
        return True
    reading.in_kind = False
    return False


def dossier(reading: KamerstukReading) -> bool:
    """ "28 676 NAVO"; a second dossier the letter belongs to is passed over."""
    header = reading.header
    match = DOSSIER.match(reading.line)
    if not match or header.number is not None:
        return False
    if header.dossier is None:
        code = re.sub(r"\s", "", match.group("dossier"))
        header.dossier = re.sub(r"(?<=\d{5})(?=[IVXLC]+$|[A-Z]$)", "-", code)
        header.dossier_title = (match.group("title") or "").strip() or None
        reading.in_title = True
    return True


def title_goes_on(reading: KamerstukReading) -> bool:
    """The dossier title runs on over lines, but only up to the "Nr. 3 ..." line."""
    if not reading.in_title or shared.ADDRESSEE.match(reading.line):
        return False
    if not any(NUMBER.match(line) or LETTERED.match(line) for line in reading.ahead(5)):
        return False
    header = reading.header
    header.dossier_title = f"{header.dossier_title or ''} {reading.line}".strip()
    return True


class Kamerstuk:
    """Reads a typeset Kamerstuk; its refinements change `steps`, `dates`, `cues`."""

    name = "kamerstuk"
    label = "Kamerstuk"
    cues = Cues(LINES)
    base: Cues | None = None  # a refinement counts the Kamerstuk's own lines too
    dates: Dates = DATES
    reading: type[KamerstukReading] = KamerstukReading
    # Any: a refinement (Aanhangsel, committee report, ...) replaces these with steps over
    # its own reading, a subclass of KamerstukReading
    steps: Steps[Any] = Steps(
        chamber,
        replaces,
        year,
        number,
        lettered,
        kind_goes_on,
        dossier,
        title_goes_on,
        shared.addressee,
        shared.date_line,
        shared.form_dots,
    )

    def detect(self, top: Sequence[str]) -> Evidence | None:
        """The weight of its rows found among the first lines `top`.

        >>> Kamerstuk().detect(["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2018–2019"])
        Evidence(layout='kamerstuk', label='Kamerstuk', weight=4, \
cues=('Kamer der Staten-Generaal', 'Vergaderjaar'))
        """
        return evidence(self.name, self.label, top, self.cues, self.base)

    def read(self, lines: list[str]) -> Header:
        """The run of header lines on top.

        >>> h = Kamerstuk().read(["Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", "",
        ...     "Den Haag, 12 december 2018", "", "Hierbij informeer ik u"])
        >>> h.number, h.kind_line[:5], h.date, h.body_start
        (307, 'BRIEF', '2018-12-12', 3)
        """
        header = Header(layout=self.name)
        filled = filled_lines(lines)
        reading = self.reading(header, lines, filled, self.dates)
        header.body_start = self.steps.run(reading)
        header.date = header.date or top_date(lines, filled, self.dates)
        # a letter printed as a Kamerstuk may open with "Geachte voorzitter,"
        first = next((i for i in filled[:SALUTATION_REACH] if i >= header.body_start), None)
        if first is not None:
            header.salutation = salutation(lines[first])
        return header


def start_of(lines: Sequence[str], filled: Sequence[int]) -> int | None:
    """Where a Kamerstuk starts among `lines`: its "Eerste Kamer der Staten-Generaal" line
    with "Vergaderjaar" right under it, or its "Nr. 413 VERSLAG VAN ..." line (with its
    dossier line right above it: "21501-31 Raad voor de Werkgelegenheid"); None when no
    Kamerstuk starts there.

    >>> start_of(["Kerngegevens", "Eerste Kamer der Staten-Generaal", "Vergaderjaar 2023-2024"],
    ...          [0, 1, 2])
    1
    """
    for n, i in enumerate(filled):
        if CHAMBER.fullmatch(lines[i]) and any(YEAR.match(lines[j]) for j in filled[n + 1 : n + 3]):
            return i
        if n < 25 and NUMBERED_KIND.match(lines[i]):
            if n > 0 and DOSSIER.match(lines[filled[n - 1]]):
                return filled[n - 1]
            return i
    return None
