"""A committee's report of a meeting or a written round, and a list of decisions: the
Kamerstuk's lines with "Nr. 413 VERSLAG VAN EEN ALGEMEEN OVERLEG" and the day the report
was settled, "Vastgesteld 2 april 2013"; or a list of decisions "gehouden op vrijdag 10
januari 2025" under "MINISTERRAAD" / "BESLUITENLIJST".

Not read yet: the committee ("De vaste commissie voor Economische Zaken ... heeft op 13
februari overleg gevoerd"), its chair and clerk (voorzitter, griffier) under the report,
the lead committee of a procedurevergadering ("Voortouwcommissie: ...") and the title of
a VLOS report ("Verslag vergadering: ..."); those lines only show the layout for now.
"""

from __future__ import annotations

import re

from kamerbrieven.parse.dates import iso_date
from kamerbrieven.parse.layouts import kamerstuk, shared
from kamerbrieven.parse.layouts.base import HeaderLine, written_date
from kamerbrieven.parse.layouts.cues import Cues
from kamerbrieven.parse.layouts.kamerstuk import Kamerstuk, KamerstukReading
from kamerbrieven.rules import Rule, RuleTable

LINES: RuleTable[HeaderLine] = RuleTable(
    (
        Rule(
            # the kind line of a report: of an algemeen, schriftelijk, wetgevings- or
            # notaoverleg, or a committee's (voorlopig, nader, eind)verslag on a bill
            "report",
            re.compile(
                r"^(?:Nr\.\s*\d+\s+)?(?:(?:NADER\s+|VOORLOPIG\s+|EIND)*VERSLAG"
                r"(?:\s+VAN\s+EEN\s+(?:\w+\s+)?\w*OVERLEG|\s+HOUDENDE\s+EEN\s+LIJST\s+VAN\s+"
                r"VRAGEN\b.*)?|LIJST\s+VAN\s+VRAGEN\s+EN\s+ANTWOORDEN)$",
                re.IGNORECASE,
            ),
            HeaderLine("kind_line", 3, "verslag van een overleg"),
            example="Nr. 289 Verslag van een schriftelijk overleg",
            counter="Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 26-27 april",
            source="kst-29338-289; bz-20040428-verslag-razeb",
        ),
        Rule(
            "settled",
            shared.dated("Vastgesteld"),
            HeaderLine("date", 3, "Vastgesteld"),
            example="Vastgesteld 16 januari 2024",
            counter="Vastgesteld.",
            source="kst-29338-289; az-ministerraad-besluitenlijst-20250110",
        ),
        Rule(
            # the date a meeting's list of decisions was held on
            "held_on",
            re.compile(
                r"^(?:Besluitenlijst|Verslag|Notulen)\b.{0,80}?\bgehouden\s+op\s+(?:\w+dag\s+)?"
                r"(?P<date>\d{1,2}\s+\w+\s+\d{4})",
                re.IGNORECASE,
            ),
            HeaderLine("date, title", 3, "gehouden op"),
            example="Besluitenlijst van de vergadering gehouden op vrijdag 10 januari 2025",
            counter="Besluitenlijst vorige vergadering(en)",
            source="az-ministerraad-besluitenlijst-20250110; tk-besluitenlijst-procedure-fin",
        ),
        Rule(
            # the capitals-only heads of a list of decisions
            "decisions_head",
            re.compile(r"^(?:MINISTERRAAD|BESLUITENLIJST)$"),
            HeaderLine("", 2, "BESLUITENLIJST"),
            example="MINISTERRAAD",
            counter="Ministerraad",
            source="az-ministerraad-besluitenlijst-20250110",
        ),
        Rule(
            "lead_committee",
            re.compile(r"^Voortouwcommissie:\s"),
            HeaderLine("", 3, "Voortouwcommissie"),
            example="Voortouwcommissie: vaste commissie voor Financiën",
            counter="Voortouwcommissie Financiën heeft besloten",
            source="tk-besluitenlijst-procedurevergadering-fin-20161026",
        ),
        Rule(
            "vlos_report",
            re.compile(r"^Verslag vergadering:\s"),
            HeaderLine("", 3, "Verslag vergadering"),
            example="Verslag vergadering: Internationale fiscaliteit",
            counter="Verslag plenaire vergadering: 105e vergadering, donderdag 10 juli 2025",
            source="vlos-tk-20250703-commissiedebat-internationale-fiscaliteit.xml",
        ),
    )
)
_HELD_ON = LINES.by_name("held_on").pattern
_DECISIONS_HEAD = LINES.by_name("decisions_head").pattern
DATES = (*kamerstuk.DATES, LINES.by_name("settled").pattern, _HELD_ON)


def held_on(reading: KamerstukReading) -> bool:
    """ "Besluitenlijst van de vergadering gehouden op ...": the date, and the title."""
    if not (match := _HELD_ON.match(reading.line)):
        return False
    header = reading.header
    header.date = header.date or iso_date(written_date(match))
    header.title = header.title or reading.line.rstrip(",")
    return True


def decisions_head(reading: KamerstukReading) -> bool:
    return bool(_DECISIONS_HEAD.match(reading.line))


class Committee(Kamerstuk):
    """Reads a committee report or a list of decisions: the Kamerstuk's lines and its own.

    >>> h = Committee().read(["29 338 Wetenschapsbudget",
    ...     "Nr. 289 Verslag van een schriftelijk overleg", "Vastgesteld 16 januari 2024",
    ...     "De vaste commissie voor Onderwijs, Cultuur en Wetenschap heeft een"])
    >>> h.number, h.date, h.body_start
    (289, '2024-01-16', 3)
    """

    name = "committee"
    label = "commissieverslag"
    cues = Cues(LINES)
    base = Kamerstuk.cues
    dates = DATES
    steps = Kamerstuk.steps.inserted(shared.date_line, held_on).inserted(
        shared.form_dots, decisions_head, after=True
    )
