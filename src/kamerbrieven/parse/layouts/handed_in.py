"""A motie (or amendement) as handed in: a scan of the signed paper, before it is printed
as a Kamerstuk. "35851-71" on top for dossier and number, the dossier title, "MOTIE VAN DE
LEDEN CHAKOR EN VAN NISPEN" without "Nr.", and the debate it was moved in ("Plenair debat
(tweeminutendebat) - ...").

The paper prints the date it was moved beside the code ("35851-71 16 januari 2025"), which
is how Tesseract reads it; the OCR layer the scan came with leaves the date out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamerbrieven.parse.dates import iso_date
from kamerbrieven.parse.layouts.base import HeaderLine
from kamerbrieven.parse.layouts.cues import Cues
from kamerbrieven.parse.layouts.kamerstuk import Kamerstuk, KamerstukReading
from kamerbrieven.rules import Rule, RuleTable

LINES: RuleTable[HeaderLine] = RuleTable(
    (
        Rule(
            "code",
            re.compile(
                r"^(?P<dossier>\d{5}(?:-(?:[IVXLC]+|\d{2}))?)-(?P<number>\d{1,4})"
                r"(?:\s+(?P<date>\d{1,2}\s+[a-z]+\s+\d{4}))?$"
            ),
            HeaderLine("dossier, number, date", 3, "code boven de motie"),
            example="35851-71 16 januari 2025",
            counter="35851-71 Klokkenluiders",
            source="kst-35851-71.scan.pdf, read with OCR (its own OCR layer has the date apart)",
        ),
        Rule(
            "kind",
            re.compile(
                r"^(?:(?:NADER\s+)?GEWIJZIGDE?\s+)?(?:MOTIE|AMENDEMENT)\s+VAN\s+"
                r"(?:HET\s+LID|DE\s+LEDEN)\b[A-ZÀ-Ý .,'’-]*$"
            ),
            HeaderLine("kind_line"),
            example="MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN",
            counter="Nr. 71 MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN",
            source="kst-35851-71.scan.pdf",
        ),
        Rule(
            "debate",
            re.compile(r"^(?:Plenair debat|Commissiedebat|Tweeminutendebat|Notaoverleg)\b.*$"),
            HeaderLine("", 2, "debat"),
            example="Plenair debat (tweeminutendebat) - Tweeminutendebat Klokkenluiders (CD 3/12)",
            counter="Het plenair debat over klokkenluiders",
            source="kst-35851-71.scan.pdf",
        ),
    )
)
_CODE = LINES.by_name("code").pattern
_KIND = LINES.by_name("kind").pattern
_DEBATE = LINES.by_name("debate").pattern


@dataclass(repr=False, eq=False)
class HandedInReading(KamerstukReading):
    seen: int = 0  # lines read so far: the code stands on the first
    handed_in: bool = False  # the code was read: the lines under it are the paper's


def code(reading: HandedInReading) -> bool:
    """ "35851-71" on top, but only with the kind line a few lines under it."""
    reading.seen += 1
    if reading.seen != 1 or not (match := _CODE.match(reading.line)):
        return False
    if not any(_KIND.match(line) for line in reading.ahead(8)[1:]):
        return False
    reading.header.dossier = match.group("dossier")
    reading.header.number = int(match.group("number"))
    reading.header.date = iso_date(match.group("date") or "")
    reading.in_title = reading.handed_in = True
    return True


def paper(reading: HandedInReading) -> bool:
    """Under the code: the dossier title, the kind line, the debate, a page or stamp number."""
    if not reading.handed_in:
        return False
    header, line = reading.header, reading.line
    if _KIND.match(line) and not header.kind_line:
        header.kind_line = line
        reading.in_title = False
        return True
    if reading.in_title and reading.seen <= 5 and not line.endswith(","):
        header.dossier_title = f"{header.dossier_title or ''} {line}".strip()
        return True
    reading.in_title = False
    return bool(_DEBATE.match(line) or (line.isdigit() and len(line) <= 2))


class HandedIn(Kamerstuk):
    """Reads a handed-in motie: its code and paper on top, then the Kamerstuk's lines.

    >>> h = HandedIn().read(["35851-71", "Wijziging van de Wet Huis voor klokkenluiders",
    ...     "MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN", "De Kamer,"])
    >>> h.dossier, h.number, h.dossier_title[:8], h.kind_line[:5], h.body_start
    ('35851', 71, 'Wijzigin', 'MOTIE', 3)
    """

    name = "handed_in"
    label = "ingediende motie"
    cues = Cues(LINES)
    base = Kamerstuk.cues
    reading = HandedInReading
    steps = Kamerstuk.steps.inserted(Kamerstuk.steps.steps[0], code, paper)
