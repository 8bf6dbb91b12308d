"""Periods as users write them: a year (`2018`), a month (`2018-03`), a day
(`2018-12-04`), or two of these as a range (`2018:2019`); as inclusive ISO bounds.

    >>> period("2018:2019")
    ('2018-01-01', '2019-12-31')
    >>> bound("2022", end=True), bound("2019-02", end=True), bound(None)
    ('2022-12-31', '2019-02-28', None)
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from kamerbrieven.errors import QueryError

_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def bound(value: str | None, *, end: bool = False) -> str | None:
    """The first (or with `end` the last) day `value` stands for."""
    if value is None or not value.strip():
        return None
    match = _SHAPE.fullmatch(value.strip())
    if not match:
        raise QueryError(
            f"{value!r} is geen jaar of datum", hint="schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD"
        )
    year = int(match[1])
    month = int(match[2]) if match[2] else (12 if end else 1)
    try:
        if match[3]:
            return date(year, month, int(match[3])).isoformat()
        day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, day).isoformat()
    except ValueError:
        raise QueryError(f"{value!r} is geen bestaande datum") from None


def period(value: str) -> tuple[str, str]:
    """`FROM:TO` (or one year, month or day) as two inclusive ISO days."""
    first, _, last = value.partition(":")
    start, stop = bound(first), bound(last or first, end=True)
    if start is None or stop is None:
        raise QueryError(f"{value!r} is geen periode", hint="schrijf bv. 2018:2019")
    if start > stop:
        raise QueryError(f"de periode {value!r} eindigt voor hij begint")
    return start, stop
