"""The document's own date, as the header writes it (`Den Haag, 12 december 2018`)."""

from __future__ import annotations

import re

from kamerbrieven.nl.months import month_numbers

# "12 december 2018", "1 november 2024", "4 febr. 2021"
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b")
# "12-12-2018", "12/12/2018"
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")


def iso_date(text: str) -> str | None:
    """The first full date in `text` as ISO, or None.

    >>> iso_date("Den Haag, 12 december 2018"), iso_date("Datum 04-02-2021")
    ('2018-12-12', '2021-02-04')
    """
    months = month_numbers()
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = months.get(match.group(2).lower())
        day = int(match.group(1))
        if month and 1 <= day <= 31:
            return f"{match.group(3)}-{month:02d}-{day:02d}"
    numeric = _NUMERIC.search(text)
    if numeric:
        day, month = int(numeric.group(1)), int(numeric.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{numeric.group(3)}-{month:02d}-{day:02d}"
    return None
