"""The Handelingen: the record of a plenary sitting of either chamber, numbered by
vergadering within the vergaderjaar ("Verslag plenaire vergadering: 105e vergadering,
donderdag 10 juli 2025" on top of the Tweede Kamer's VLOS report).

It reads the lines it shares with the Kamerstuk (chamber, year, place and date). The
vergadering's number and day, which the record's `number` and `id` take
(`h-tk-<vergaderjaar>-<vergadering>-<item>`), come from the official XML and the VLOS
report (`kamerbrieven.ingest`); in a text copy they are not read yet, nor the chair
("Voorzitter: Van der Lee") and the members present.
"""

from __future__ import annotations

import re

from kamerbrieven.parse.layouts.base import HeaderLine
from kamerbrieven.parse.layouts.cues import Cues
from kamerbrieven.parse.layouts.kamerstuk import Kamerstuk
from kamerbrieven.rules import Rule, RuleTable

LINES: RuleTable[HeaderLine] = RuleTable(
    (
        Rule(
            "plenary_report",
            re.compile(r"^Verslag plenaire vergadering:\s*(?P<number>\d+)e vergadering\b"),
            HeaderLine("", 4, "plenaire vergadering"),
            example="Verslag plenaire vergadering: 105e vergadering, donderdag 10 juli 2025",
            counter="Verslag vergadering: Procedurevergadering commissie Binnenlandse Zaken",
            source="vlos-tk-20250710-plenair-105e-vergadering.xml",
        ),
    )
)


class Handelingen(Kamerstuk):
    """Reads the Handelingen with the Kamerstuk's lines (see the module for what not yet).

    >>> Handelingen().detect(["Verslag plenaire vergadering: 105e vergadering, donderdag"]).why
    'Handelingen (plenaire vergadering)'
    """

    name = "handelingen"
    label = "Handelingen"
    cues = Cues(LINES)
    base = Kamerstuk.cues
