"""Understanding a letter: references, dates, entities, acronyms, meetings, statements.

`EXTRACTORS` is the registry: each extractor module ends with its declaration
(`registry.Extractor`: its name, the record fields it fills, its function), and runs
here in this order, each seeing what the ones before it filled. Each field also has a
pure function over text of its own (`find_references`, `find_dates`, ...).
"""

from __future__ import annotations

from kamerbrieven.extract import (
    acronyms,
    dates,
    meetings,
    named_entities,
    references,
    statements,
)
from kamerbrieven.extract.acronyms import find_acronyms
from kamerbrieven.extract.dates import find_dates
from kamerbrieven.extract.entities import find_countries, find_missions_and_treaties
from kamerbrieven.extract.meetings import find_meetings
from kamerbrieven.extract.named_entities import find_entities
from kamerbrieven.extract.persons import find_persons
from kamerbrieven.extract.references import find_references
from kamerbrieven.extract.registry import Context, Extractor
from kamerbrieven.extract.statements import find_statements
from kamerbrieven.record import Letter, RecordField

__all__ = [
    "EXTRACTORS",
    "extract_all",
    "find_acronyms",
    "find_countries",
    "find_dates",
    "find_entities",
    "find_meetings",
    "find_missions_and_treaties",
    "find_persons",
    "find_references",
    "find_statements",
    "record_fields",
]

EXTRACTORS: tuple[Extractor, ...] = (
    references.EXTRACTOR,
    dates.EXTRACTOR,
    named_entities.EXTRACTOR,
    acronyms.EXTRACTOR,
    meetings.EXTRACTOR,  # reads the entities (places)
    statements.EXTRACTOR,  # reads the entities (persons)
)


def extract_all(letter: Letter) -> Letter:
    """The letter with every extractor's fields filled, in registry order."""
    context = Context(letter)
    for extractor in EXTRACTORS:
        letter = extractor(letter, context)
        context.letter = letter
    return letter


def record_fields() -> tuple[RecordField, ...]:
    """Every list field the extractors declare, in registry order."""
    return tuple(f for extractor in EXTRACTORS for f in extractor.fills)
