"""Values as official metadata writes them -> the record's forms (dates, dossiers, kinds).

Shared by the XML, HTML, docx and PDF readers: they all meet OEP/DC metadata or a
letterhead date and must hand the parser the same normal forms.
"""

from __future__ import annotations

import re

from kamerbrieven.nl.ministries import ministry_name
from kamerbrieven.nl.months import month_numbers
from kamerbrieven.record import KINDS

_DUTCH_DATE = re.compile(r"\b(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")


def iso_date(text: str | None) -> str | None:
    """The first date in `text` as ISO, from `12 december 2018`, `2018-12-12` or `12-12-2018`.

    >>> iso_date("Den Haag, 12 december 2018"), iso_date("2025-07-03T10:00:00")
    ('2018-12-12', '2025-07-03')
    """
    if not text:
        return None
    found = []
    match = _ISO_DATE.search(text)
    if match:
        found.append((match.start(), (int(match[1]), int(match[2]), int(match[3]))))
    match = _DUTCH_DATE.search(text)
    if match and match[2].lower().rstrip(".") in month_numbers():
        month = month_numbers()[match[2].lower().rstrip(".")]
        found.append((match.start(), (int(match[3]), month, int(match[1]))))
    match = _NUMERIC_DATE.search(text)
    if match:
        found.append((match.start(), (int(match[3]), int(match[2]), int(match[1]))))
    for _, (year, month, day) in sorted(found):
        if 1800 < year < 2200 and 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def dossier_id(text: str | None) -> str | None:
    """A dossier number without spaces or dots, sub-number after a hyphen.

    >>> dossier_id("21 501-02"), dossier_id("36725 XVII"), dossier_id("36.410-V")
    ('21501-02', '36725-XVII', '36410-V')
    """
    if not text:
        return None
    text = text.strip()
    match = re.match(r"^(\d{1,2})[ .]?(\d{3})(?:\s*[- ]\s*([A-Za-z]{1,6}|\d{1,3}))?$", text)
    if not match:
        compact = re.sub(r"[\s.]", "", text)
        return compact or None
    base = match[1] + match[2]
    return f"{base}-{match[3].upper() if match[3].isalpha() else match[3]}" if match[3] else base


# OEP / TK document types as written in metadata -> record kinds
_KIND_WORDS = [
    (re.compile(r"geannoteerde agenda", re.I), "geannoteerde agenda"),
    (
        re.compile(r"verslag (?:van een )?(?:algemeen|notaoverleg|commissiedebat)", re.I),
        "verslag algemeen overleg",
    ),
    (re.compile(r"motie", re.I), "motie"),
    (re.compile(r"amendement", re.I), "amendement"),
    (re.compile(r"antwoord|aanhangsel|kamervragen", re.I), "antwoorden kamervragen"),
    (re.compile(r"verslag|handelingen|vergadering", re.I), "verslag"),
    (re.compile(r"^brief|\bbrief\b", re.I), "brief"),
]


def kind_of(*labels: str | None) -> str | None:
    """The record kind named by a document type or title, or None when none says so.

    >>> kind_of("Motie"), kind_of("Brief regering"), kind_of("Gewijzigde motie"), kind_of("Wet")
    ('motie', 'brief', 'motie', None)
    """
    for label in labels:
        if not label:
            continue
        for pattern, kind in _KIND_WORDS:
            if pattern.search(label):
                assert kind in KINDS
                return kind
    return None


def sender_of(creator: str | None) -> str | None:
    """The short ministry name for an OEP creator (`Ministerie van Buitenlandse Zaken`).

    >>> sender_of("Ministerie van Buitenlandse Zaken"), sender_of("Tweede Kamer")
    ('Buitenlandse Zaken', None)
    """
    if not creator:
        return None
    return ministry_name(creator)


def clean_space(text: str | None) -> str:
    """Whitespace collapsed to single spaces, ends stripped.

    >>> clean_space("  Aan de\\n Voorzitter ")
    'Aan de Voorzitter'
    """
    return re.sub(r"\s+", " ", (text or "").replace("\u00a0", " ")).strip()
