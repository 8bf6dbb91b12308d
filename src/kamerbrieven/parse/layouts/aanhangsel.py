"""Answers to Kamervragen as printed in the Aanhangsel van de Handelingen: the Kamerstuk's
chamber and year lines, "Aanhangsel van de Handelingen", "Vragen gesteld door de leden der
Kamer, met de daarop door de regering gegeven antwoorden", the Aanhangsel's number, and
the question's title "Vragen van het lid ... (ingezonden 4 juli 2023)." A web copy may
start right with that title.

Not read yet: the answering minister and the date the answers came in ("Antwoord van
Minister ... (ontvangen 23 juli 2024)"), which `parse.letter` takes from the body, and
the "Mededeling" that answers come later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamerbrieven.parse.layouts import kamerstuk
from kamerbrieven.parse.layouts.base import HeaderLine
from kamerbrieven.parse.layouts.cues import Cues
from kamerbrieven.parse.layouts.kamerstuk import Kamerstuk, KamerstukReading
from kamerbrieven.rules import Rule, RuleTable

LINES: RuleTable[HeaderLine] = RuleTable(
    (
        Rule(
            "aanhangsel",
            re.compile(r"^Aanhangsel van de Handelingen$"),
            HeaderLine("", 4, "Aanhangsel van de Handelingen"),
            example="Aanhangsel van de Handelingen",
            counter="Zie het Aanhangsel van de Handelingen, nr. 1178",
            source="ah-tk-20232024-1178 (pdfminer)",
        ),
        Rule(
            "year_of_aanhangsel",
            re.compile(r"^Vergaderjaar \d{4}\s*[–-]\s*\d{4}\s+Aanhangsel\b"),
            HeaderLine("year", 4, "Aanhangsel van de Handelingen"),
            example="Vergaderjaar 2022–2023  Aanhangsel van de Handelingen",
            counter="Vergaderjaar 2022–2023",
            source="ah-tk-20222023-3649",
        ),
        Rule(
            "questions_asked",
            re.compile(r"^(?:Vragen gesteld door de leden der Kamer|regering gegeven antwoorden)"),
            HeaderLine("", 3, "Vragen gesteld door de leden"),
            example="Vragen gesteld door de leden der Kamer, met de daarop door de",
            counter="Vragen van het lid Bromet (GroenLinks)",
            source="ah-tk-20222023-3649",
        ),
        Rule(
            "aanhangsel_number",
            re.compile(r"^\d{1,5}$"),
            HeaderLine("number"),
            example="3649",
            counter="3649 vragen",
            source="ah-tk-20222023-3649",
        ),
        Rule(
            # "Vragen van het lid Bromet (GroenLinks) aan ... over ... (ingezonden 4 juli 2023)."
            "question",
            re.compile(r"^Vragen van (?:het lid|de leden)\b"),
            HeaderLine("title", 3, "Vragen van het lid"),
            example="Vragen van het lid Leijten (SP) aan de Minister van Financiën",
            counter="Vragen 2 en 3",
            source="ah-tk-20172018-2214",
        ),
    )
)
_AANHANGSEL = LINES.by_name("aanhangsel").pattern
_QUESTIONS_ASKED = LINES.by_name("questions_asked").pattern
_NUMBER = LINES.by_name("aanhangsel_number").pattern
_QUESTION = LINES.by_name("question").pattern
# "(ingezonden 30 mei 2024)", which closes the question's title and dates the questions
_SENT = re.compile(r"\(ingezonden[^)]*\)")
_SENT_ON = re.compile(r"\(ingezonden\s+(\d{1,2}\s+[a-z]+\s+\d{4})\)")
_SENT_AT_END = re.compile(r"\s*\(ingezonden[^)]*\)\.?\s*$")


@dataclass(repr=False, eq=False)
class AanhangselReading(KamerstukReading):
    in_aanhangsel: bool = False  # the year line or a line of its own said so
    in_question: bool = False  # the question's title goes on


def year_of_aanhangsel(reading: AanhangselReading) -> bool:
    """Notes whether the year line says "Aanhangsel"; the year itself is the Kamerstuk's."""
    if kamerstuk.YEAR.match(reading.line):
        reading.in_aanhangsel = "aanhangsel" in reading.line.lower()
        if reading.in_aanhangsel:
            reading.header.series = "aanhangsel"
    return False


def aanhangsel(reading: AanhangselReading) -> bool:
    """ "Aanhangsel van de Handelingen" on a line of its own under the year (pdfminer)."""
    if _AANHANGSEL.match(reading.line):
        reading.in_aanhangsel, reading.header.series = True, "aanhangsel"
        return True
    return False


def questions_asked(reading: AanhangselReading) -> bool:
    """The lines under it, and the Aanhangsel's number: "3649"."""
    line = reading.line
    if not reading.in_aanhangsel or not (_QUESTIONS_ASKED.match(line) or _NUMBER.match(line)):
        return False
    if line.isdigit() and reading.header.number is None:
        reading.header.number = int(line)
    return True


def question(reading: AanhangselReading) -> bool:
    """The question's title, until "(ingezonden 30 mei 2024)" closes it (it may wrap onto
    the next line); a web copy's title must close on its first line."""
    line = reading.line
    asked = _QUESTION.match(line) and (reading.in_aanhangsel or "(ingezonden" in line)
    if not ((reading.in_aanhangsel and reading.in_question) or asked):
        return False
    header = reading.header
    title = f"{header.title or ''} {line}".strip()
    reading.in_question = not _SENT.search(title) and len(title) < 600
    if sent := _SENT_ON.search(title):
        header.asked = sent.group(1)  # the questions' date, a date the header names
    header.title = _SENT_AT_END.sub("", title)
    return True


class Aanhangsel(Kamerstuk):
    """Reads answers to Kamervragen in the Aanhangsel: the Kamerstuk's lines and its own.

    >>> h = Aanhangsel().read(["Vergaderjaar 2022–2023 Aanhangsel van de Handelingen", "3649",
    ...     "Vragen van het lid Bromet (GroenLinks) over het bericht (ingezonden 4 juli",
    ...     "2023).", "Antwoord van Minister Van der Wal-Zeggelink (Natuur en Stikstof)"])
    >>> h.number, h.asked, h.title.split(" over ")[1], h.body_start
    (3649, '4 juli 2023', 'het bericht', 4)
    """

    name = "aanhangsel"
    label = "Aanhangsel"
    cues = Cues(LINES)
    base = Kamerstuk.cues
    reading = AanhangselReading
    steps = Kamerstuk.steps.inserted(kamerstuk.year, year_of_aanhangsel).inserted(
        kamerstuk.year, aanhangsel, questions_asked, question, after=True
    )
