"""What follows from several extracted fields together, after extraction.

`ENRICHERS` is the registry: each a pure function Letter -> Letter, run in order.
"""

from __future__ import annotations

from collections.abc import Callable

from kamerbrieven.enrich.meeting_places import mark_meeting_places
from kamerbrieven.enrich.parliamentary import mark_not_parliamentary
from kamerbrieven.record import Letter

ENRICHERS: tuple[Callable[[Letter], Letter], ...] = (mark_meeting_places, mark_not_parliamentary)


def enrich_all(letter: Letter) -> Letter:
    for enricher in ENRICHERS:
        letter = enricher(letter)
    return letter
