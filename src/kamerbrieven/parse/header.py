"""The header block: chamber, year, dossier and title, number, kind line, addressee, date,
subject. These lines are metadata and leave the body text.

Two shapes are read. A Kamerstuk (any year, either chamber) starts with a run of
recognisable lines, possibly run together on one line by a PDF tool:
``Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2018–2019 28 676 NAVO Nr. 307 BRIEF
VAN DE MINISTER VAN BUITENLANDSE ZAKEN / Aan de Voorzitter ... / Den Haag, 12 december
2018``. A letter on ministry paper has a letterhead (address, `Datum`, `Betreft`,
`Ons kenmerk` ...) before `Geachte voorzitter,`: everything before the salutation is
header, and the salutation opens the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.clean.pages import PAGE_BREAK
from kamerbrieven.parse.dates import iso_date

# "Tweede Kamer der Staten-Generaal 2" (the 2 is the chamber's logo number)
_CHAMBER = re.compile(r"^(?P<chamber>Tweede|Eerste) Kamer der Staten-Generaal(?: ?\d\b)?\s*")
# "Vergaderjaar 2018–2019", "Vergaderjaar 2023–2024 Aanhangsel van de Handelingen"
_YEAR = re.compile(r"^Vergaderjaar (?P<year>\d{4}\s*[–-]\s*\d{4})\s*")
# "28 676 NAVO", "21 501-02 Raad Algemene Zaken ...", "36 725 XVII ...", "36450 ..."
# Until about 2010 the dossier stands alone, its title on the next line: "22 894" /
# "Preventiebeleid voor de volksgezondheid", "30 300 VI" / "Vaststelling van ...".
_DOSSIER = re.compile(
    r"^(?P<dossier>\d{2} ?\d{3}(?:[- ](?:[IVXLC]+|[A-Z]|\d{2})(?=\s|$))?)"
    r"(?:\s+(?P<title>\D.*))?$"
)
# "Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", "Nr. 12 MOTIE VAN ...", and the
# pre-2010 "nr. 234" with the kind line under it
_NUMBER = re.compile(r"^[Nn]r\.\s*(?P<number>\d+)\s*(?P<kind>.*)$")
# The metadata table of officielebekendmakingen.nl, its cells glued by a text dump:
# "Tweede Kamer der Staten-Generaal2009-201029279 nr. 106" (chamber, year, dossier, nr.)
_TABLE_ROW = re.compile(
    r"^(?P<chamber>Tweede|Eerste) Kamer der Staten-Generaal\s*(?P<year>\d{4}-\d{4})\s*"
    r"(?P<dossier>\d{5}(?:-[A-Z0-9]+)?) nr\. (?P<number>\d+)$"
)
# Page furniture above the document: the table's caption ("Kamerstuk", "Datum
# publicatieOrganisatieVergaderjaarDossier- en ondernummer") and openkamer.org's
# metadata ("Gepubliceerd: 1 september 2014", "ID: 33268-25", "Bron: https://...").
_SITE_METADATA = re.compile(
    r"^(?:Kamerstuk|Datum publicatie\s*Organisatie.*|"
    r"(?:Gepubliceerd|Indiener\(s\)|Onderwerpen|Bron|ID):\s.*)$"
)
# "ID: 33268-25", "Bron: https://zoek.officielebekendmakingen.nl/kst-33268-25.html"
_SITE_ID = re.compile(r"^(?:ID:\s*|Bron:.*\bkst-)(?P<dossier>\d{5}(?:-\w+)?)-(?P<number>\d+)\b")
# "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
_ADDRESSEE = re.compile(r"^Aan\s+(?:de|het)\s+(?P<addressee>[A-Z].*?)\s*$")
# "Den Haag, 12 december 2018", "’s-Gravenhage, 3 mei 1999", "Datum 14 april 2025",
# "Voorgesteld 5 december 2024", "Vastgesteld 16 januari 2025", "(ontvangen 23 juli 2024)"
_DATE_LINE = re.compile(
    r"^(?:Den Haag|[’']s-Gravenhage|Datum|Voorgesteld|Vastgesteld|Ontvangen)\b[ ,:]*"
    r"(?P<date>\d{1,2}[ -/.]\w+\.?[ -/.]\d{4})",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^(?:Onderwerp|Betreft)\b\s*:?\s*(?P<subject>.*)$", re.IGNORECASE)
_SALUTATION = re.compile(r"^(?:Zeer\s+|Hoog)?[Gg]eachte\s+(?P<whom>[^,]+?),?$")
# Letterhead lines that say nothing about the letter's content.
_LETTERHEAD = re.compile(
    r"^(?:>?\s*Retouradres|Postbus|Ons kenmerk|Uw kenmerk|Uw brief|Kenmerk|Bijlagen?|"
    r"Contactpersoon|Telefoon|T\s|E-?mail|www\.|Datum$|Onze referentie|Doorkiesnummer|"
    r"\d{4}\s?[A-Z]{2}\s|Aan de|Tweede Kamer der Staten-Generaal$|Eerste Kamer der)",
    re.IGNORECASE,
)
# Aanhangsel: "Vragen gesteld door de leden der Kamer, met de daarop door de regering ..."
_AANHANGSEL_LINES = re.compile(
    r"^(?:Vragen gesteld door de leden der Kamer|regering gegeven antwoorden|\d{1,5}$)"
)
_QUESTION_TITLE = re.compile(r"^Vragen van (?:het lid|de leden)\b")
_KIND_LINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý ,.'’()\-–]+$")
# where a PDF tool ran several header lines into one
_HEADER_SPLITS = re.compile(
    r"\s+(?=Vergaderjaar \d{4})|(?<=Staten-Generaal \d)\s+|(?<=Staten-Generaal)\s+(?=[A-Za-z])"
    r"|\s+(?=Nr\. \d+\b)|(?<=\d{4}[–-]\d{4})\s+(?=\d{2} ?\d{3}\s)"
)


@dataclass
class Header:
    """What the header block says; `body_start` indexes the first body line."""

    chamber: str | None = None
    year: str | None = None
    dossier: str | None = None
    dossier_title: str | None = None
    number: int | None = None
    kind_line: str | None = None
    addressee: str | None = None
    date: str | None = None
    title: str | None = None
    salutation: str | None = None
    aanhangsel: bool = False
    body_start: int = 0
    lines: list[str] = field(default_factory=list)


def split_run_together(lines: list[str], limit: int = 12) -> list[str]:
    """Split header lines a PDF tool ran together, in the first `limit` lines only.

    >>> split_run_together(["Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2018–2019"
    ...                     " 28 676 NAVO Nr. 307 BRIEF VAN DE MINISTER"])
    ['Tweede Kamer der Staten-Generaal 2', 'Vergaderjaar 2018–2019', '28 676 NAVO', \
'Nr. 307 BRIEF VAN DE MINISTER']
    """
    out: list[str] = []
    for i, line in enumerate(lines):
        if i < limit and line and line != PAGE_BREAK:
            out.extend(part for part in _HEADER_SPLITS.split(line) if part)
        else:
            out.append(line)
    return out


def _classify(header: Header, line: str, state: dict[str, Any]) -> bool:
    """Fill `header` from `line`; True when the line is a header line."""
    if match := _TABLE_ROW.match(line):
        state["table"] = match.groupdict()
        return True
    if _SITE_METADATA.match(line):
        if match := _SITE_ID.match(line):
            state["table"] = match.groupdict()
        return True
    if match := _CHAMBER.match(line):
        header.chamber = match.group("chamber") + " Kamer"
        return not line[match.end() :].strip()
    if match := _YEAR.match(line):
        header.year = re.sub(r"\s", "", match.group("year"))
        header.aanhangsel = "aanhangsel" in line.lower()
        return True
    if header.aanhangsel and _AANHANGSEL_LINES.match(line):
        if line.isdigit() and header.number is None:
            header.number = int(line)
        return True
    if header.aanhangsel and (state.get("in_question") or _QUESTION_TITLE.match(line)):
        # "Vragen van het lid Bromet (GroenLinks) aan ... over ... (ingezonden 4 juli 2023)."
        title = f"{header.title or ''} {line}".strip()
        state["in_question"] = "(ingezonden" not in title and len(title) < 600
        header.title = re.sub(r"\s*\(ingezonden[^)]*\)\.?\s*$", "", title)
        return True
    if (match := _NUMBER.match(line)) and header.number is None:
        header.number = int(match.group("number"))
        header.kind_line = match.group("kind").strip() or None
        state["in_title"], state["in_kind"] = False, True
        return True
    if state.get("in_kind") and _KIND_LINE.match(line):
        header.kind_line = f"{header.kind_line or ''} {line}".strip()
        return True
    state["in_kind"] = False
    if (match := _DOSSIER.match(line)) and header.dossier is None and header.number is None:
        header.dossier = re.sub(r"\s", "", match.group("dossier"))
        header.dossier = re.sub(r"(?<=\d{5})(?=[IVXLC]+$|[A-Z]$)", "-", header.dossier)
        header.dossier_title = (match.group("title") or "").strip() or None
        state["in_title"] = True
        return True
    if state.get("in_title") and state.get("number_ahead") and not _ADDRESSEE.match(line):
        header.dossier_title = f"{header.dossier_title or ''} {line}".strip()
        return True
    if match := _ADDRESSEE.match(line):
        header.addressee = match.group("addressee").rstrip(",")
        return True
    if match := _DATE_LINE.match(line):
        header.date = header.date or iso_date(match.group("date"))
        return True
    if line.lower() in ("datum", "datum:"):
        state["want_date"] = True  # letterhead: "Datum" / "14 april 2025" on two lines
        return True
    if state.pop("want_date", False) and iso_date(line) and len(line) < 30:
        header.date = header.date or iso_date(line)
        return True
    if match := _SUBJECT.match(line):
        header.title = match.group("subject").strip() or None
        state["in_subject"] = not header.title
        return True
    return False


def read_header(lines: list[str], search: int = 80) -> Header:
    """Read the header block at the top of `lines` ("" blank, "\\f" page break).

    >>> h = read_header(["Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", "",
    ...     "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "",
    ...     "Den Haag, 12 december 2018", "", "Hierbij informeer ik u"])
    >>> h.number, h.date, h.addressee, h.body_start
    (307, '2018-12-12', 'Voorzitter van de Tweede Kamer der Staten-Generaal', 5)
    """
    header = Header(lines=lines)
    state: dict[str, Any] = {}
    filled = [i for i, line in enumerate(lines) if line and line != PAGE_BREAK]
    salutation = next(
        (i for i in filled[:search] if _SALUTATION.match(lines[i]) and len(lines[i]) < 60), None
    )
    if salutation is not None:
        header.salutation = _SALUTATION.match(lines[salutation]).group("whom").strip()
        for i in filled:
            if i >= salutation:
                break
            line = lines[i]
            if state.get("in_subject") and not _LETTERHEAD.match(line):
                header.title = line
                state["in_subject"] = False
                continue
            if not _classify(header, line, state) and header.date is None and iso_date(line):
                header.date = iso_date(line)  # "Datum" / "14 april 2025" on two lines
            state["in_title"] = False
        header.body_start = salutation
        return header
    body_start = 0
    for n, i in enumerate(filled):
        line = lines[i]
        # a dossier title runs on over lines only up to the "Nr. 3 ..." line
        state["number_ahead"] = any(_NUMBER.match(lines[j]) for j in filled[n : n + 5])
        if _classify(header, line, state):
            body_start = i + 1
            continue
        break
    header.body_start = body_start
    _fill_from_table(header, state.get("table"))
    return header


def _fill_from_table(header: Header, table: dict[str, str] | None) -> None:
    """The page's metadata table counts where the document's own header is silent."""
    if not table:
        return
    header.dossier = header.dossier or table["dossier"]
    header.number = header.number if header.number is not None else int(table["number"])
    if table.get("chamber"):
        header.chamber = header.chamber or table["chamber"] + " Kamer"
        header.year = header.year or table["year"]
