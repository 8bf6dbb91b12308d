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
from kamerbrieven.nl.ministries import ministry_name
from kamerbrieven.parse.dates import iso_date

# "Tweede Kamer der Staten-Generaal 2" (the 2 is the chamber's logo number)
# (in capitals in the Word files of the Tweede Kamer: "TWEEDE KAMER DER STATEN-GENERAAL")
_CHAMBER = re.compile(
    r"^(?P<chamber>Tweede|Eerste) Kamer der Staten-Generaal(?: ?\d\b)?\s*", re.IGNORECASE
)
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
# a number line with its kind in capitals: "Nr. 413 VERSLAG VAN EEN ALGEMEEN OVERLEG"
_NUMBERED_KIND = re.compile(
    r"^[Nn]r\.\s*\d+\s+(?:[A-Z]{4,}\b|(?:Brief|Motie|Verslag|Amendement|Memorie|Nota|"
    r"Gewijzigde|Geannoteerde|Antwoord)\s)"
)
# Eerste Kamer stukken are lettered, not numbered: "AE BRIEF VAN DE MINISTER VAN ...",
# "C1 BRIEF VAN ..." (the 1 a footnote marker). The record's number stays empty.
_LETTERED = re.compile(
    r"^(?P<letter>[A-Z]{1,3})\d{0,2}\s+(?P<kind>(?:BRIEF|MOTIE|MEMORIE|NOTA|VERSLAG|NADER|"
    r"AMENDEMENT|EINDVERSLAG|VOORLOPIG|GEWIJZIGD|ADVIES|KONINKLIJKE)\b.*)$"
)
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
    r"^(?:Kamerstuk(?:\s+\d{5}(?:-\w+)?-\d+)?|Datum publicatie\s*Organisatie.*|"
    r"(?:Gepubliceerd|Indiener\(s\)|Onderwerpen|Bron|ID):\s.*)$"
)
# "ID: 33268-25", "Bron: https://zoek.officielebekendmakingen.nl/kst-33268-25.html"
_SITE_ID = re.compile(
    r"^(?:ID:\s*|Bron:.*\bkst-|Kamerstuk\s+)(?P<dossier>\d{5}(?:-\w+)?)-(?P<number>\d+)\b"
)
# A motie as handed in (a scan of the signed paper): "35851-71" on top for dossier and
# number, the dossier title, "MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN" without "Nr.", the
# debate it was moved in ("Plenair debat (tweeminutendebat) - ...").
_SUBMITTED_CODE = re.compile(r"^(?P<dossier>\d{5}(?:-(?:[IVXLC]+|\d{2}))?)-(?P<number>\d{1,4})$")
_SUBMITTED_KIND = re.compile(
    r"^(?:(?:NADER\s+)?GEWIJZIGDE?\s+)?(?:MOTIE|AMENDEMENT)\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\b"
    r"[A-ZÀ-Ý .,'’-]*$"
)
_DEBATE_LINE = re.compile(r"^(?:Plenair debat|Commissiedebat|Tweeminutendebat|Notaoverleg)\b.*$")
# A changed motie or amendement: "Ter vervanging van die gedrukt onder nr. 8"
_REPLACES = re.compile(r"^Ter vervanging van (?:die|het|de)\b.*\bnr\.\s*\d+\s*$", re.IGNORECASE)
# "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
_ADDRESSEE = re.compile(r"^Aan\s+(?:de|het)\s+(?P<addressee>[A-Z].*?)\s*$")
# "Den Haag, 12 december 2018", "’s-Gravenhage, 3 mei 1999", "Datum 14 april 2025",
# "Voorgesteld 5 december 2024", "Vastgesteld 16 januari 2025", "(ontvangen 23 juli 2024)"
_DATE_LINE = re.compile(
    r"^(?:Den Haag|[’']s-Gravenhage|Datum|Voorgesteld|Vastgesteld|Ontvangen)\b[ ,:]*"
    r"(?P<date>\d{1,2}[ -/.]\w+\.?[ -/.]\d{4})"
    # "Voorgesteld tijdens het Wetgevingsoverleg van 20 juni 2018"
    r"|^Voorgesteld\s+(?:tijdens|in|bij)\b.{0,80}?\b(?:van|op)\s+(?P<during>\d{1,2}\s+\w+\s+\d{4})",
    re.IGNORECASE,
)
# The place and date after a reference number: "No. W18.23.00028/IV 's-Gravenhage, 8 juni
# 2023" (Raad van State); and the date a meeting's list of decisions was held on:
# "Besluitenlijst van de vergadering gehouden op vrijdag 10 januari 2025"
_DATE_AFTER_REFERENCE = re.compile(
    r"^(?:No\.|Nr\.|Ons kenmerk|Kenmerk)\s*\S+\s+(?:Den Haag|[’']s-Gravenhage),?\s+"
    r"(?P<date>\d{1,2}\s+\w+\s+\d{4})$",
    re.IGNORECASE,
)
_HELD_ON = re.compile(
    r"^(?:Besluitenlijst|Verslag|Notulen)\b.{0,80}?\bgehouden\s+op\s+(?:\w+dag\s+)?"
    r"(?P<date>\d{1,2}\s+\w+\s+\d{4})",
    re.IGNORECASE,
)
# Form fields printed as dots ("................. ........") and capitals-only headers of a
# list of decisions ("MINISTERRAAD", "BESLUITENLIJST")
_FURNITURE = re.compile(r"^(?:[.\s]{3,}|MINISTERRAAD|BESLUITENLIJST)$")
# the label as a label ("Betreft Kosovo", "onderwerp" / "Deelname conferentie Esbjerg"),
# not "onderwerp. De bondgenoten ..." or "betreft hier ..." at the start of a body line
_SUBJECT = re.compile(
    r"^(?:(?:Onderwerp|Betreft|ONDERWERP|BETREFT)(?=[\s:]|$)|(?:onderwerp|betreft)(?=\s*(?::|$)))"
    r"\s*:?\s*(?P<subject>.*)$"
)
# The page's own title above the letter: tweedekamer.nl "Brief regering : Nederlandse en
# bredere Europese inzet in de Sahel", a news wire's "Kamerbrief inzake geannoteerde agenda
# Brussel juni 2010". The subject line, where there is one, wins.
_PAGE_TITLE = re.compile(
    r"^(?:(?:Brief regering|Antwoord schriftelijke vragen)\s*:\s*(?P<title>.+)"
    r"|(?P<wire>Kamerbrief\s.+))$"
)
# Dates a site prints for the document: opennieuwsbank.nl "11-03-2009 | Kamerstuk | ...",
# berthub.eu "Nummer: 2008D23614, datum: 2008-12-22, bijgewerkt: 2024-02-19 10:56"
_SITE_DATE = re.compile(
    r"^(?:(?P<dmy>\d{2}-\d{2}-\d{4})\s*\|\s*\w|Nummer:\s*\S+,\s*datum:\s*"
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b)"
)
# A letterhead names the ministry: "Ministerie van Buitenlandse Zaken" (two of them on a
# joint letter: "Ministerie van Buitenlandse Zaken" / "Ministerie van Defensie")
_MINISTRY_LINE = re.compile(r"^Ministerie van (?P<name>[A-Z][\w, ]+?)\s*$")
_SALUTATION = re.compile(r"^(?:Zeer\s+|Hoog)?[Gg]eachte\s+(?P<whom>[^,]+?),?$")
# Letterhead lines that say nothing about the letter's content.
_LETTERHEAD = re.compile(
    r"^(?:>?\s*Retouradres|Postbus|Ons kenmerk|Uw kenmerk|Uw brief|Kenmerk|Bijlagen?|"
    r"Contactpersoon|Telefoon|T\s|E-?mail|www\.|Datum$|Onze referentie|Doorkiesnummer|"
    r"\d{4}\s?[A-Z]{2}\s|Aan de|Tweede Kamer der Staten-Generaal$|Eerste Kamer der|C\.c\.)",
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
    page_title: str | None = None
    ministries: list[str] = field(default_factory=list)
    aanhangsel: bool = False
    asked: str | None = None  # "(ingezonden 4 juli 2023)" as written: "4 juli 2023"
    body_start: int = 0
    lines: list[str] = field(default_factory=list)


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
    for i, line in enumerate(lines):
        if i < limit and line and line != PAGE_BREAK:
            # "VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 7 april 2000 De vaste commissie"
            line = _RUN_TOGETHER_DATE.sub("\n\\1\n", line)
            for piece in line.split("\n"):
                out.extend(part for part in _HEADER_SPLITS.split(piece) if part)
        else:
            out.append(line)
    return out


def _classify(header: Header, line: str, state: dict[str, Any]) -> bool:
    """Fill `header` from `line`; True when the line is a header line."""
    # "Postbus" / "20701": a letterhead's box number is no dossier (bz-def-20041001)
    after_postbus = state.get("previous", "").lower() == "postbus"
    state["previous"] = line
    if after_postbus and line.isdigit():
        return False
    if match := _TABLE_ROW.match(line):
        state["table"] = match.groupdict()
        return True
    state["seen"] = state.get("seen", 0) + 1
    if state["seen"] == 1 and state.get("kind_ahead") and (match := _SUBMITTED_CODE.match(line)):
        header.dossier = match.group("dossier")
        header.number = int(match.group("number"))
        state["in_title"] = state["submitted"] = True
        return True
    if state.get("submitted"):
        if _SUBMITTED_KIND.match(line) and not header.kind_line:
            header.kind_line = line
            state["in_title"] = False
            return True
        if state.get("in_title") and state["seen"] <= 5 and not line.endswith(","):
            header.dossier_title = f"{header.dossier_title or ''} {line}".strip()
            return True
        state["in_title"] = False
        if _DEBATE_LINE.match(line) or (line.isdigit() and len(line) <= 2):
            return True  # the debate it was moved in; a page or stamp number
    if _SITE_METADATA.match(line):
        if match := _SITE_ID.match(line):
            state["table"] = match.groupdict()
        return True
    logo_number = state.pop("after_chamber", False) and line in ("1", "2")
    if match := _CHAMBER.match(line):
        header.chamber = match.group("chamber").capitalize() + " Kamer"
        state["after_chamber"] = True
        return not line[match.end() :].strip()
    if logo_number:
        return True  # the chamber's "2" on a line of its own (Word files)
    if _REPLACES.match(line):
        return True
    if match := _YEAR.match(line):
        header.year = re.sub(r"\s", "", match.group("year"))
        header.aanhangsel = "aanhangsel" in line.lower()
        return True
    if re.fullmatch(r"Aanhangsel van de Handelingen", line):
        header.aanhangsel = True  # on a line of its own under the year (pdfminer)
        return True
    if header.aanhangsel and _AANHANGSEL_LINES.match(line):
        if line.isdigit() and header.number is None:
            header.number = int(line)
        return True
    # the question title; a web copy may start right with it, without the Aanhangsel lines
    asked = _QUESTION_TITLE.match(line) and (header.aanhangsel or "(ingezonden" in line)
    if (header.aanhangsel and state.get("in_question")) or asked:
        # "Vragen van het lid Bromet (GroenLinks) aan ... over ... (ingezonden 4 juli 2023)."
        title = f"{header.title or ''} {line}".strip()
        # until "(ingezonden 30 mei 2024)" closes, which may wrap onto the next line
        state["in_question"] = not re.search(r"\(ingezonden[^)]*\)", title) and len(title) < 600
        if sent := re.search(r"\(ingezonden\s+(\d{1,2}\s+[a-z]+\s+\d{4})\)", title):
            header.asked = sent.group(1)  # the questions' date, a date the header names
        header.title = re.sub(r"\s*\(ingezonden[^)]*\)\.?\s*$", "", title)
        return True
    if (match := _NUMBER.match(line)) and header.number is None:
        header.number = int(match.group("number"))
        header.kind_line = match.group("kind").strip() or None
        state["in_title"], state["in_kind"] = False, True
        return True
    if (match := _LETTERED.match(line)) and header.number is None and not header.kind_line:
        header.kind_line = match.group("kind").strip()
        state["in_title"], state["in_kind"] = False, True
        return True
    if state.get("in_kind") and _KIND_LINE.match(line):
        header.kind_line = f"{header.kind_line or ''} {line}".strip()
        return True
    state["in_kind"] = False
    if match := _PAGE_TITLE.match(line):
        header.page_title = header.page_title or (match.group("title") or match.group("wire"))
        return True
    if match := _SITE_DATE.match(line):
        if match.group("dmy"):
            state["site_date"] = iso_date(match.group("dmy"))
        else:
            state["site_date"] = f"{match.group('y')}-{match.group('m')}-{match.group('d')}"
        return True
    if match := _MINISTRY_LINE.match(line):
        name = ministry_name(match.group("name"))
        if name and name not in header.ministries:
            header.ministries.append(name)
        return bool(name)
    if _DOSSIER.match(line) and header.dossier is not None and header.number is None:
        return True  # a second dossier the letter belongs to: "34 952 Investeren in ..."
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
        # "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal Den Haag, 31 mei 2024"
        addressee, *place_date = re.split(
            r"\s+(?=(?:Den Haag|[’']s-Gravenhage)\b)", match.group("addressee"), maxsplit=1
        )
        header.addressee = addressee.rstrip(",")
        if place_date and (date := _DATE_LINE.match(place_date[0])):
            header.date = header.date or iso_date(_written_date(date))
        return True
    if match := _date_line(line):
        header.date = header.date or iso_date(_written_date(match))
        if match.re is _HELD_ON:  # "Besluitenlijst van de vergadering gehouden op ..."
            header.title = header.title or line.rstrip(",")
        return True
    if _FURNITURE.match(line):
        return True
    if line.lower() in ("datum", "datum:"):
        state["want_date"] = True  # letterhead: "Datum" / "14 april 2025" on two lines
        return True
    if state.pop("want_date", False) and iso_date(line) and len(line) < 30:
        header.date = header.date or iso_date(line)
        return True
    return False


def _read_subject(lines: list[str], filled: list[int], n: int) -> tuple[str | None, int]:
    """The subject that starts at filled line `n`, and the filled index of its last line.

    The value may stand under its label ("Betreft" / "Verslag van de Raad ...") and may wrap
    onto lines that continue it in lower case or with a number: "Betreft Speciale
    ministeriele NAVO-Raad over Kosovo/Brussel 12 april" / "1999" (bz-19990413),
    "Onderwerp: Nederlandse militaire bijdrage aan de EU-geleide" / "troepenmacht in
    Bosnië-Herzegovina: operatie "Althea"." (bz-def-20041001).
    """
    subject = _SUBJECT.match(lines[filled[n]]).group("subject").strip()
    last = n
    if not subject:
        following = filled[n + 1] if n + 1 < len(filled) else None
        if following is None or _LETTERHEAD.match(lines[following]):
            return None, n
        subject, last = lines[following].strip(), n + 1
    while last + 1 < len(filled) and filled[last + 1] == filled[last] + 1:
        more = lines[filled[last + 1]]
        # it goes on in small letters, a number or an acronym: "WSBVC van 10 maart 2006"
        goes_on = re.match(r"^(?:[a-zà-ý0-9(]|[A-Z]{2,}\s+[a-zà-ý])", more) and not re.search(
            r"\b(?:doorkiesnummer|telefoon|kenmerk|bijlagen?|datum|uw brief)\b", more, re.I
        )  # the other letterhead column read across: "(TRC 1999/3994) doorkiesnummer"
        if subject.endswith(".") or not goes_on or len(more) > 90:
            break
        if len(subject) + len(more) > 300:
            break
        subject, last = f"{subject} {more.strip()}", last + 1
    return subject.rstrip(" .") or None, last


# The side column of ministry paper, which a Word file puts after the subject: "Directoraat-
# Generaal Politie", "Turfmarkt 147", "2511 DP Den Haag", "T 070 426 64 26", "Bij
# beantwoording de datum en ons kenmerk vermelden. ..."; labels take the line under them.
_SIDE_COLUMN = re.compile(
    r"^(?:>?\s*Retouradres\b.*|Postbus\s+\d+.*|\d{4}\s?[A-Z]{2}\s+\S.*|www\.\S+|"
    r"[TF]\s+\+?\d[\d ()-]+|E-?mail\b.*|"
    r"(?:Directoraat[- ]?[Gg]eneraal|Directie|Dienst|Afdeling)\s+[A-Z].{0,80}|"
    r"[A-Z][a-z'’.-]+(?:[ -][A-Za-z][\w'’.-]*){0,3}\s+\d{1,4}[a-z]?|"
    r"Bij beantwoording\b.*|Wilt u slechts\b.*|Pagina \d+ van \d+)$"
)
_SIDE_LABEL = re.compile(
    r"^(?:(?P<valued>Contactpersoon|Projectnaam|Ons kenmerk|Uw kenmerk|Onze referentie|"
    r"Uw brief|Uw referentie|Kenmerk|Inlichtingen|Doorkiesnummer|Telefoon)|"
    r"Bijlagen?(?:\(n\))?|C\.c\.|Kopie aan)\s*:?\s*$",
    re.IGNORECASE,
)


def _letterhead_end(lines: list[str], filled: list[int], search: int) -> int | None:
    """Where the body starts in a letter on ministry paper without a salutation: after its
    subject and the side column under it ("C.c.", "Ons kenmerk" / "5164758", the
    directorate's address). None when no subject line is near the top."""
    for n, i in enumerate(filled[:search]):
        if _SUBJECT.match(lines[i]) and len(lines[i]) < 300:
            subject, last = _read_subject(lines, filled, n)
            while last + 1 < len(filled):
                line = lines[filled[last + 1]]
                if label := _SIDE_LABEL.match(line):
                    last += 1
                    under = lines[filled[last + 1]] if last + 1 < len(filled) else ""
                    # the label's value: short ("5164758", a name) or a project's name
                    valued = (label.group("valued") or "").lower()
                    long_ok = valued == "projectnaam" or under[:25] == (subject or "")[:25]
                    if valued and not _SIDE_LABEL.match(under) and (len(under) <= 60 or long_ok):
                        last += 1
                elif _SIDE_COLUMN.match(line):
                    last += 1
                else:
                    break
            return filled[last] + 1
    return None


_TWO_LABELS = re.compile(r"^(?:Onderwerp|Betreft)\s+Datum$")
_ENDS_IN_DATE = re.compile(r"^(?P<rest>.*?)\s+(?P<date>\d{1,2}\s+[a-z]+\s+\d{4})$")


def _two_label_columns(lines: list[str]) -> list[str]:
    """Two letterhead columns read across: "Onderwerp Datum" over "Verslag van de Raad 29
    maart 2006" become "Datum 29 maart 2006" and "Onderwerp Verslag van de Raad" (same
    number of lines, so offsets into `lines` stay valid).

    >>> _two_label_columns(["Onderwerp Datum", "Verslag van de Raad 29 maart 2006", "WSBVC"])
    ['Datum 29 maart 2006', 'Onderwerp Verslag van de Raad', 'WSBVC']
    """
    for i, line in enumerate(lines[:60]):
        if _TWO_LABELS.match(line) and i + 1 < len(lines):
            match = _ENDS_IN_DATE.match(lines[i + 1])
            if match and iso_date(match.group("date")):
                subject = line.split()[0]
                lines = [
                    *lines[:i],
                    f"Datum {match.group('date')}",
                    f"{subject} {match.group('rest')}",
                    *lines[i + 2 :],
                ]
            break
    return lines


def read_header(lines: list[str], search: int = 80) -> Header:
    """Read the header block at the top of `lines` ("" blank, "\\f" page break).

    >>> h = read_header(["Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", "",
    ...     "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "",
    ...     "Den Haag, 12 december 2018", "", "Hierbij informeer ik u"])
    >>> h.number, h.date, h.addressee, h.body_start
    (307, '2018-12-12', 'Voorzitter van de Tweede Kamer der Staten-Generaal', 5)
    """
    lines = _two_label_columns(lines)
    header = Header(lines=lines)
    filled = [i for i, line in enumerate(lines) if line and line != PAGE_BREAK]
    # a code on top is a handed-in motie's dossier and number only above its kind line
    state: dict[str, Any] = {
        "kind_ahead": any(_SUBMITTED_KIND.match(lines[i]) for i in filled[1:8])
    }
    salutation = next(
        (i for i in filled[:search] if _SALUTATION.match(lines[i]) and len(lines[i]) < 60), None
    )
    stop = salutation
    if salutation is not None:
        header.salutation = _SALUTATION.match(lines[salutation]).group("whom").strip()
    else:
        stop = _letterhead_end(lines, filled, search // 2)
    if stop is not None:
        loose_date = None
        skip_to = -1
        for n, i in enumerate(filled):
            if i >= stop:
                break
            if n <= skip_to:
                continue
            line = lines[i]
            if _SUBJECT.match(line):
                header.title, skip_to = _read_subject(lines, filled, n)
                continue
            if not _classify(header, line, state) and loose_date is None:
                loose_date = iso_date(line)  # "nummer Datum" / "CV - 341/04 1 oktober 2004"
            state["in_title"] = False
        header.date = header.date or loose_date or state.get("site_date")
        header.body_start = stop
        return header
    body_start = 0
    letter_top = _letter_top(lines, filled[:search])
    for n, i in enumerate(filled):
        line = lines[i]
        # a dossier title runs on over lines only up to the "Nr. 3 ..." line
        state["number_ahead"] = any(
            _NUMBER.match(lines[j]) or _LETTERED.match(lines[j]) for j in filled[n : n + 5]
        )
        if _classify(header, line, state):
            body_start = i + 1
            continue
        if i < letter_top:
            body_start = i + 1  # a web page's own furniture above the letter
            continue
        break
    header.body_start = body_start
    header.date = header.date or state.get("site_date") or _top_date(lines, filled)
    _fill_from_table(header, state.get("table"))
    return header


def _date_line(line: str) -> re.Match[str] | None:
    """A line that dates the document: "Den Haag, 12 december 2018", "No. W18.23.00028/IV
    's-Gravenhage, 8 juni 2023", "Besluitenlijst van de vergadering gehouden op ..."."""
    return _DATE_LINE.match(line) or _DATE_AFTER_REFERENCE.match(line) or _HELD_ON.match(line)


def _written_date(match: re.Match[str]) -> str:
    """The date a date line holds, in any of `_date_line`'s shapes."""
    groups = match.groupdict()
    return groups.get("date") or groups.get("during") or ""


def _top_date(lines: list[str], filled: list[int], reach: int = 25) -> str | None:
    """The document's date from a date line near the top when the header reading stopped
    before it (a note's "AAN DE KONING" or "TER ONDERTEKENING" above it): "Datum" over
    "30 oktober 2024", "No. W18.23.00028/IV 's-Gravenhage, 8 juni 2023"."""
    top = [lines[i] for i in filled[:reach]]
    for n, line in enumerate(top):
        match = _date_line(line)
        if match and (day := iso_date(_written_date(match))):
            return day
        if line.lower() in ("datum", "datum:") and n + 1 < len(top) and len(top[n + 1]) < 30:
            if day := iso_date(top[n + 1]):
                return day
    return None


def _letter_top(lines: list[str], filled: list[int]) -> int:
    """Where a web page's copy of a Kamerstuk starts, when the page puts its own title and
    metadata above it ("Kerngegevens", "Documentdatum 04-06-2024"; openkamer's "Verslag van
    een algemeen overleg"): its "Eerste Kamer der Staten-Generaal" line with "Vergaderjaar"
    right under it, or its "Nr. 413 VERSLAG VAN ..." line; else 0."""
    for n, i in enumerate(filled):
        if _CHAMBER.fullmatch(lines[i]) and any(
            _YEAR.match(lines[j]) for j in filled[n + 1 : n + 3]
        ):
            return i
        if n < 25 and _NUMBERED_KIND.match(lines[i]):
            # with its dossier line right above it: "21501-31 Raad voor de Werkgelegenheid"
            if n > 0 and _DOSSIER.match(lines[filled[n - 1]]):
                return filled[n - 1]
            return i
    return 0


def _fill_from_table(header: Header, table: dict[str, str] | None) -> None:
    """The page's metadata table counts where the document's own header is silent."""
    if not table:
        return
    header.dossier = header.dossier or table["dossier"]
    header.number = header.number if header.number is not None else int(table["number"])
    if table.get("chamber"):
        header.chamber = header.chamber or table["chamber"] + " Kamer"
        header.year = header.year or table["year"]
