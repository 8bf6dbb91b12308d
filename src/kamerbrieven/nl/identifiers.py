"""The official identifiers of parliamentary documents, as officielebekendmakingen.nl names
them and citations resolve to (see docs/record.md, ``id``):

- ``kst-<dossier>-<number>`` a Kamerstuk (``kst-21501-02-2000``, ``kst-36410-V-78``), or
  ``kst-<dossier>-<letter>`` a lettered Eerste Kamer stuk (``kst-28808-A``);
- ``ah-tk-<vergaderjaar>-<number>`` an Aanhangsel van de Handelingen (``ah-ek-`` for the
  Eerste Kamer);
- ``h-tk-<vergaderjaar>-<vergadering>-<item>`` an item of the Handelingen.

The publication site prints the identifier on the first page of each PDF, and names it in
the XML's metadata.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# One pattern per series; a dossier may carry a sub-dossier or begrotingshoofdstuk
# ("21501-02", "36410-V", "36725-XVII")
OFFICIAL_ID = re.compile(
    r"\b(?P<id>kst-(?P<dossier>\d{4,6}(?:-(?:\d{1,3}|[IVXLC]+|[A-Z]\d?))?)"
    r"-(?P<stuk>\d{1,5}|[A-Z]{1,3})"
    r"|(?P<series>ah|h)-(?P<house>tk|ek)-(?P<year>(?:19|20)\d{6})-(?P<number>\d{1,5})"
    r"(?:-(?P<item>\d{1,4}))?)(?![\w-])"
)


class OfficialId(NamedTuple):
    """What an identifier says: its text, series, dossier, and the record's number."""

    id: str
    series: str  # "kst", "ah" or "h"
    dossier: str | None
    number: int | None  # a Kamerstuk's nr., an Aanhangsel's number, a vergadering's number
    letter: str | None


def read_official_id(text: str) -> OfficialId | None:
    """The identifier `text` is (surrounding space allowed), or None.

    >>> read_official_id("kst-28808-A")
    OfficialId(id='kst-28808-A', series='kst', dossier='28808', number=None, letter='A')
    >>> read_official_id("h-tk-20172018-61-10").number
    61
    >>> read_official_id("kst-2024") is None
    True
    """
    match = OFFICIAL_ID.fullmatch(text.strip())
    if not match:
        return None
    if match.group("series"):
        if match.group("series") == "h" and not match.group("item"):
            return None  # a Handelingen id names its item
        if match.group("series") == "ah" and match.group("item"):
            return None
        return OfficialId(
            match.group("id"), match.group("series"), None, int(match["number"]), None
        )
    stuk = match.group("stuk")
    number, letter = (int(stuk), None) if stuk.isdigit() else (None, stuk)
    return OfficialId(match.group("id"), "kst", match.group("dossier"), number, letter)


def id_in_url(url: str) -> OfficialId | None:
    """The identifier a publication URL names in its path.

    >>> id_in_url("https://zoek.officielebekendmakingen.nl/h-tk-20172018-50-1/metadata.xml").id
    'h-tk-20172018-50-1'
    """
    for part in re.split(r"[/?#]", url):
        found = read_official_id(re.sub(r"\.(?:xml|pdf|html?)$", "", part))
        if found:
            return found
    return None


def session_of(year: str | None) -> str | None:
    """ "2023-2024" or "2023–2024" -> "20232024"; None when it is no vergaderjaar.

    >>> session_of("2023–2024"), session_of("2023")
    ('20232024', None)
    """
    digits = re.sub(r"\D", "", year or "")
    if len(digits) == 8 and int(digits[4:]) == int(digits[:4]) + 1:
        return digits
    return None
