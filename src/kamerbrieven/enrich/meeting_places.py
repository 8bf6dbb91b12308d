"""A country named as where a meeting was is the city: "de JBZ-Raad in Luxemburg"."""

from __future__ import annotations

from dataclasses import replace

from kamerbrieven.extract.meetings import meeting_places
from kamerbrieven.record import Letter


def mark_meeting_places(letter: Letter) -> Letter:
    """Entities of a country that shares its name with the city where a meeting of the
    letter was held become places (and stop counting as countries).

    >>> from kamerbrieven.record import Entity, Meeting, Source
    >>> lux = Entity("country", "Luxemburg", "Luxemburg", (22, 31))
    >>> letter = Letter("x", Source("x", "", "text"), text="de JBZ-Raad 9 juni in Luxemburg",
    ...     entities=(lux,), meetings=(Meeting("JBZ-Raad", ("2022-06-09",), "Luxemburg"),))
    >>> mark_meeting_places(letter).entities[0].type
    'place'
    """
    places = meeting_places(letter.text, letter.entities)
    met_in = {m.location for m in letter.meetings}
    countries = {e.name for e in places if e.type == "country"} & met_in
    if not countries:
        return letter
    entities = [
        replace(e, type="place")
        if e.type == "country" and e in places and e.name in countries
        else e
        for e in letter.entities
    ]
    return letter.replace(entities=entities)
