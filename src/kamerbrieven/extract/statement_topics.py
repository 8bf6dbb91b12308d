"""What a statement is about: the heading it stands under, and the countries and
organisations it names (the normal names the entity step found inside its span)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from kamerbrieven.record import Entity

TOPIC_TYPES = frozenset({"country", "organisation"})
# "1. Inleiding", "2.3 Stikstof", "a) Visserij", "IV. Europa": the number is no topic
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[IVX]+\.)\s+")


class Topics:
    """The entities of a letter that make topics, looked up by span."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._entities = sorted(
            (e for e in entities if e.type in TOPIC_TYPES and e.span != (0, 0)),
            key=lambda e: e.span,
        )
        self._starts = [e.span[0] for e in self._entities]

    def of(self, span: tuple[int, int], heading: str | None) -> tuple[str, ...]:
        """The heading (without its number), then each name once, in text order.

        >>> from kamerbrieven.record import Entity
        >>> topics = Topics([Entity("country", "Oekraïense", "Oekraïne", (30, 40))])
        >>> topics.of((0, 50), "2. Oekraïne"), topics.of((0, 20), None)
        (('Oekraïne',), ())
        """
        found: list[str] = []
        if heading:
            found.append(_NUMBERING.sub("", heading).strip().rstrip(":"))
        at = bisect_left(self._starts, span[0])
        while at < len(self._entities) and self._starts[at] < span[1]:
            name = self._entities[at].name
            if name and name not in found:
                found.append(name)
            at += 1
        return tuple(t for t in found if t)
