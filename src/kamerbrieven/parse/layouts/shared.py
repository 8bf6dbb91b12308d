"""Header lines that every layout may have: the addressee, the place and date, a date after
a reference number, form fields printed as dots. They read the same in each layout and say
nothing about which one it is (weight 0).
"""

from __future__ import annotations

import re

from kamerbrieven.parse.dates import iso_date
from kamerbrieven.parse.layouts.base import (
    Header,
    HeaderLine,
    Reading,
    Steps,
    date_in,
    filled_lines,
    top_date,
    written_date,
)
from kamerbrieven.rules import Rule, RuleTable


def dated(label: str) -> re.Pattern[str]:
    """A line that opens with `label` (a pattern) and the date right after it, the way
    header lines date a document in every layout.

    >>> dated("Ontvangen").match("Ontvangen 27 maart 2024").group("date")
    '27 maart 2024'
    >>> dated("Vastgesteld").match("Vastgesteld16 april 2010").group("date")  # glued
    '16 april 2010'
    """
    return re.compile(
        rf"^(?:{label})(?:\b|(?=\d))[ ,:]*(?P<date>\d{{1,2}}[ -/.]\w+\.?[ -/.]\d{{4}})",
        re.IGNORECASE,
    )


LINES: RuleTable[HeaderLine] = RuleTable(
    (
        Rule(
            "addressee",
            re.compile(r"^Aan\s+(?:de|het)\s+(?P<addressee>[A-Z].*?)\s*$"),
            HeaderLine("addressee, date"),
            example="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            counter="Aan: de Voorzitter van de Eerste Kamer der Staten-Generaal",
            source="kst-21501-07-1187; bz-def-20041001",
        ),
        Rule(
            "place_date",
            dated(r"Den Haag|[’']s-Gravenhage"),
            HeaderLine("date"),
            example="’s-Gravenhage, 3 mei 1999",
            counter="Den Haag, 2500 EA",
            source="kst-21501-02-12 (1999); tk-besluitenlijst-procedurevergadering-biza",
        ),
        Rule(
            # the place and date after a reference number (Raad van State)
            "date_after_reference",
            re.compile(
                r"^(?:No\.|Nr\.|Ons kenmerk|Kenmerk)\s*\S+\s+(?:Den Haag|[’']s-Gravenhage),?\s+"
                r"(?P<date>\d{1,2}\s+\w+\s+\d{4})$",
                re.IGNORECASE,
            ),
            HeaderLine("date"),
            example="No. W18.23.00028/IV 's-Gravenhage, 8 juni 2023",
            counter="Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
            source="rvs-advies-W18.23.00028-IV-20230608-instellingswet-atr",
        ),
        Rule(
            "form_dots",
            re.compile(r"^[.\s]{3,}$"),
            HeaderLine(""),
            example="................. ................... ....................",
            counter="... en verder",
            source="rvs-advies-W18.23.00028-IV-20230608-instellingswet-atr",
        ),
    )
)
ADDRESSEE = LINES.by_name("addressee").pattern
PLACE_DATE = LINES.by_name("place_date").pattern
DATE_AFTER_REFERENCE = LINES.by_name("date_after_reference").pattern
_FORM_DOTS = LINES.by_name("form_dots").pattern
# "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal Den Haag, 31 mei 2024"
_PLACE_AFTER_ADDRESSEE = re.compile(r"\s+(?=(?:Den Haag|[’']s-Gravenhage)\b)")


def addressee(reading: Reading) -> bool:
    """ "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", with the place and date
    when they run on: "... Staten-Generaal Den Haag, 31 mei 2024" (vws-20240531)."""
    if not (match := ADDRESSEE.match(reading.line)):
        return False
    header = reading.header
    whom, *place_date = _PLACE_AFTER_ADDRESSEE.split(match.group("addressee"), maxsplit=1)
    header.addressee = whom.rstrip(",")
    if place_date and (date := PLACE_DATE.match(place_date[0])):
        header.date = header.date or iso_date(written_date(date))
    return True


def date_line(reading: Reading) -> bool:
    """A line that dates the document, in one of the reader's date rows."""
    if not (match := date_in(reading.line, reading.dates)):
        return False
    reading.header.date = reading.header.date or iso_date(written_date(match))
    return True


def form_dots(reading: Reading) -> bool:
    """Form fields printed as dots: "................. ........"."""
    return bool(_FORM_DOTS.match(reading.line))


# The dates every layout reads; a layout adds its own ("Voorgesteld", "Vastgesteld", "Datum").
DATES = (PLACE_DATE, DATE_AFTER_REFERENCE)


def read_plain(lines: list[str]) -> Header:
    """The header of a document in no layout the detector knows: the run of lines every
    layout has on top (an addressee, a place and date).

    >>> h = read_plain(["Aan de Minister van Economische Zaken", "Doorgeleiding"])
    >>> h.addressee, h.body_start, h.layout
    ('Minister van Economische Zaken', 1, None)
    """
    header = Header()
    filled = filled_lines(lines)
    header.body_start = _PLAIN.run(Reading(header, lines, filled, DATES))
    header.date = header.date or top_date(lines, filled, DATES)
    return header


_PLAIN: Steps[Reading] = Steps(addressee, date_line, form_dots)
