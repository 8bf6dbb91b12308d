"""Dutch month names from CLDR (Babel), not typed by hand."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Lower-case Dutch month names and their common abbreviations -> month number.

    >>> month_numbers()["december"], month_numbers()["dec"]
    (12, 12)
    """
    locale = Locale("nl")
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in locale.months[context][width].items():
                names[name.lower().rstrip(".")] = number
    names["sept"] = 9  # common in letters, not CLDR's "sep"
    return names
