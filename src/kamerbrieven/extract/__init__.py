"""Understanding a letter: references, dates, entities, acronyms, meetings, statements.

`extract_all` is the pipeline step (Letter -> Letter); each field also has a pure
function over text of its own (`find_references`, `find_dates`, ...).
"""

from __future__ import annotations

from dataclasses import replace

from kamerbrieven.extract.acronyms import find_acronyms
from kamerbrieven.extract.dates import (
    find_dates,
    letter_date_mention,
    reference_date,
    title_date_mentions,
)
from kamerbrieven.extract.entities import (
    city_countries,
    find_countries,
    find_missions_and_treaties,
    find_named,
)
from kamerbrieven.extract.meetings import find_meetings, title_meetings
from kamerbrieven.extract.persons import find_persons
from kamerbrieven.extract.references import find_footnote_references, find_references
from kamerbrieven.extract.statements import find_statements
from kamerbrieven.nl.sentences import split_sentences
from kamerbrieven.record import DateMention, Entity, Letter

__all__ = [
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
]


def find_entities(letter: Letter) -> list[Entity]:
    """Persons, countries, organisations, missions, treaties and places, in text order.

    >>> from kamerbrieven.record import Source
    >>> letter = Letter("x", Source("x", "", "text"), text="President Biden en de VS.")
    >>> [(e.type, e.name) for e in find_entities(letter)]
    [('person', 'Biden'), ('country', 'Verenigde Staten')]
    """
    persons = find_persons(letter.text, letter.signatories)
    # persons in the title ("Vragen van het lid Boswijk (CDA) aan ..."): span (0, 0)
    for person in find_persons(letter.title or ""):
        persons.append(
            Entity("person", person.text, person.name, (0, 0), person.role, person.party)
        )
    others = find_named(letter.text) + find_missions_and_treaties(letter.text)
    # a person's name is not also a place or country ("minister Washington")
    in_name = bytearray(len(letter.text) + 1)
    for person in persons:
        in_name[person.span[0] : person.span[1]] = b"\x01" * (person.span[1] - person.span[0])
    others = [e for e in others if in_name.find(1, e.span[0], e.span[1]) < 0]
    return sorted(persons + others, key=lambda e: (e.span, e.type))


def extract_all(letter: Letter) -> Letter:
    """The letter with references, dates, entities, acronyms, meetings and statements.

    Footnote citations carry the span of their marker ``[n]`` in the text; the letter's
    own date (from its header, outside the text) is the first date, with span ``(0, 0)``.
    """
    text = letter.text
    notes = [(note.mark, note.text) for note in letter.footnotes]
    references = find_references(text) + find_footnote_references(notes, text)
    references.sort(key=lambda r: r.span)
    dates = find_dates(text, letter.date, letter.title)
    ref = reference_date(text, letter.date, letter.title)
    title_dates = find_dates(letter.title, ref.isoformat() if ref else None) if letter.title else []
    entities = find_entities(letter)
    sentences = split_sentences(text)
    headings = [s.start for s in letter.sections if s.heading]
    places = _places(text, entities)
    meetings = find_meetings(
        text,
        sentences,
        dates,
        places,
        min(headings) if headings else None,
        title_meetings(letter.title, title_dates),
    )
    # "de JBZ-Raad in Luxemburg": the city where the meeting was, not the country
    met_in = {m.location for m in meetings} & {e.name for e in places if e.type == "country"}
    if met_in:
        entities = [
            replace(e, type="place")
            if e.type == "country" and e in places and e.name in met_in
            else e
            for e in entities
        ]
    statements = find_statements(
        text,
        sentences,
        letter.sections,
        [e for e in entities if e.type == "person"],
        letter.signatories,
    )
    return letter.replace(
        references=references,
        dates=letter_date_mention(letter.date, dates)
        + title_date_mentions(letter.title, ref, dates)
        + _header_dates(letter, dates)
        + dates,
        entities=entities,
        acronyms=find_acronyms(text),
        meetings=meetings,
        statements=statements,
    )


def _after_in_or_te(text: str, at: int) -> bool:
    return (
        at >= 3 and text[at - 3 : at] in ("in ", "te ") and (at == 3 or not text[at - 4].isalnum())
    )


def _places(text: str, entities: list[Entity]) -> list[Entity]:
    """Places where a meeting can be: cities, and a country named like its city right
    after "in" or "te" ("de JBZ-Raad op 9 juni in Luxemburg", "van 5 juni a.s. te
    Luxemburg")."""
    cities = city_countries()
    return [
        e
        for e in entities
        if e.type == "place"
        or (e.type == "country" and e.name in cities and _after_in_or_te(text, e.span[0]))
    ]


def _header_dates(letter: Letter, found: list[DateMention]) -> list[DateMention]:
    """Dates the reader took from the header (span (0, 0)), unless the text has them or
    they are the letter's own date."""
    seen = {m.date for m in found} | {letter.date}
    return [m for m in letter.dates if m.span == (0, 0) and m.date not in seen]
