"""The last day a time phrase of a promise leaves, from its match and the letter's date
(`deadlines.DEADLINES` names these as the `yields` of its rows)."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

from kamerbrieven.nl.months import month_numbers

# The last day a phrase leaves, from its match and the letter's date (None: no day named).
Resolve = Callable[[re.Match[str], date | None], date | None]

_MONTHS = month_numbers()
_ORDINAL = {"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4}
_NUMBER = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "acht": 8}


def _day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, monthrange(year, month)[1]))


def _next(month: int, day: int, ref: date | None, year: str | None = None) -> date | None:
    """That day in the year written, else the first year from the letter's date on."""
    if year:
        return _day(int(year), month, day)
    if ref is None:
        return None
    found = _day(ref.year, month, day)
    return found if found >= ref else _day(ref.year + 1, month, day)


def fixed(month: int, day: int) -> Resolve:
    """A day of the year: ``voor de zomer`` is 1 July of this year, or of the next."""
    return lambda m, ref: _next(month, day, ref, m.groupdict().get("year"))


def this_year(month: int, day: int) -> Resolve:
    """A day of the letter's own year (``dit najaar``, ``later dit jaar``)."""
    return lambda m, ref: _day(ref.year, month, day) if ref else None


def part_of_year(m: re.Match[str], ref: date | None) -> date | None:
    """``begin 2024`` -> 31 March, ``medio 2024`` -> 30 June, ``eind 2024`` -> 31 December."""
    part = (m.group("part") or "").lower()
    month = 3 if part == "begin" else 6 if part in ("medio", "halverwege", "half") else 12
    return _day(int(m.group("year")), month, 31)


def quarter(m: re.Match[str], ref: date | None) -> date | None:
    quarter = int(m.group("q")) if m.group("q") else _ORDINAL[m.group("nth").lower()]
    return _next(quarter * 3, 31, ref, m.group("year"))


def half_year(m: re.Match[str], ref: date | None) -> date | None:
    month = 6 if _ORDINAL[m.group("nth").lower()] == 1 else 12
    return _next(month, 31, ref, m.group("year"))


def month_end(m: re.Match[str], ref: date | None) -> date | None:
    """The last day of the month (``voor maart``: the day before it)."""
    month = _MONTHS[m.group("month").lower()]
    last = _next(month, 31, ref, m.group("year"))
    if last is not None and (m.group("before") or "").lower() in ("voor", "vóór"):
        return last.replace(day=1) - timedelta(days=1)
    return last


def day_of_month(m: re.Match[str], ref: date | None) -> date | None:
    day = 15 if m.group("day").lower() == "half" else int(m.group("day"))
    return _next(_MONTHS[m.group("month").lower()], day, ref, m.group("year"))


def prinsjesdag(m: re.Match[str], ref: date | None) -> date | None:
    """The third Tuesday of September, of this year or the next."""
    if ref is None:
        return None
    for year in (ref.year, ref.year + 1):
        first = date(year, 9, 1)
        day = first + timedelta(days=(1 - first.weekday()) % 7 + 14)
        if day >= ref:
            return day
    return None


def week_or_month(m: re.Match[str], ref: date | None) -> date | None:
    """``volgende week`` -> its Sunday; ``volgende maand`` -> its last day."""
    if ref is None:
        return None
    if m.group("unit").lower() == "week":
        return ref + timedelta(days=13 - ref.weekday())
    year, month = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
    return _day(year, month, 31)


def within(m: re.Match[str], ref: date | None) -> date | None:
    """``binnen twee maanden`` -> the letter's date plus two months."""
    if ref is None:
        return None
    written = m.group("n").lower()
    n = int(written) if written.isdigit() else _NUMBER[written]
    unit = m.group("unit").lower()
    if unit.startswith("dag"):
        return ref + timedelta(days=n)
    if unit.startswith("week"):
        return ref + timedelta(weeks=n)
    months = ref.month - 1 + n
    return _day(ref.year + months // 12, months % 12 + 1, ref.day)


def no_day(m: re.Match[str], ref: date | None) -> date | None:
    return None  # no day named: the text is kept


def season_next_year(m: re.Match[str], ref: date | None) -> date | None:
    """``volgend voorjaar`` -> 30 June of next year, ``volgend najaar`` -> 31 December."""
    month = 6 if m.group("season").lower() == "voorjaar" else 12
    return _day(ref.year + 1, month, 31) if ref else None
