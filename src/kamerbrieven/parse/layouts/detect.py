"""Which layout reader reads a document: the one whose own lines weigh most among the
first lines. When that is not clear (a rival close behind, or little evidence at all)
the best one still reads, and the record says which layout was taken and why.

A layout that refines another (a committee report is a Kamerstuk) is no rival of it:
its weight holds the other's already.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from kamerbrieven.parse.layouts.base import Evidence, Layout

# Below this weight the evidence is too thin to call the layout clear: one strong line
# ("Betreft", "Nr. 307 BRIEF", "Vastgesteld") reaches it.
CLEAR = 3


class Choice(NamedTuple):
    """The layout to read with (None: no layout shows at all), why, and a warning for
    the record when it was not clear."""

    layout: Layout | None
    evidence: Evidence | None = None
    warning: str | None = None


def choose(layouts: Sequence[Layout], top: Sequence[str]) -> Choice:
    """The layout whose evidence among `top` weighs most (the first listed on a tie).

    >>> from kamerbrieven.parse.layouts import LAYOUTS
    >>> choose(LAYOUTS, ["Nr. 307 BRIEF VAN DE MINISTER", "Geachte voorzitter,"]).warning
    'opmaak onzeker: Kamerstuk (Nr.) of ministeriebrief (aanhef)'
    >>> choose(LAYOUTS, ["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2018–2019",
    ...     "Nr. 307 BRIEF VAN DE MINISTER", "Geachte voorzitter,"]).warning is None
    True
    """
    found = [(e, layout) for layout in layouts if (e := layout.detect(top)) is not None]
    if not found:
        return Choice(None)
    found.sort(key=lambda pair: -pair[0].weight)  # stable: the first listed wins a tie
    (best, layout), *others = found
    rival = next((e for e, other in others if not isinstance(layout, type(other))), None)
    if rival is not None and 2 * rival.weight > best.weight:
        return Choice(layout, best, f"opmaak onzeker: {best.why} of {rival.why}")
    if best.weight < CLEAR:
        return Choice(layout, best, f"opmaak onzeker: {best.why}, weinig kenmerken")
    return Choice(layout, best)
