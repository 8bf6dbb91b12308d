"""Every named thing in a letter, in text order: persons (`persons.py`) and countries,
organisations, missions, treaties and places (`entities.py`)."""

from __future__ import annotations

from kamerbrieven.extract.entities import find_missions_and_treaties, find_named
from kamerbrieven.extract.persons import find_persons
from kamerbrieven.extract.registry import Extractor
from kamerbrieven.record import Entity, Letter, RecordField


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


def _index_keys(entity: Entity) -> list[tuple[str, str]]:
    return [("land", entity.name)] if entity.type == "country" and entity.name else []


EXTRACTOR = Extractor(
    name="entities",
    fills=(
        RecordField(
            "entities",
            Entity,
            "entities",
            index_keys=_index_keys,
            filters={"land": "land dat de brief noemt, bv. land:Oekraïne"},
            indexes=("type, name",),
        ),
    ),
    run=lambda letter, context: {"entities": find_entities(letter)},
)
