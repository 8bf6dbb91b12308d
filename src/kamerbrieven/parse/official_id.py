"""The record's `id`: the document's official identifier, so that citations of it resolve.

Evidence, best first: the identifier the official metadata names; the one the publication
site prints on the first page of its PDF (a line of its own); the one the header's own
lines make (an Aanhangsel's vergaderjaar and number, a Kamerstuk's dossier and number or
an Eerste Kamer stuk's letter). Without any, ``sha-`` and the file's hash.
"""

from __future__ import annotations

import re
from typing import Any

from kamerbrieven.nl.identifiers import OfficialId, read_official_id, session_of
from kamerbrieven.parse.layouts.base import Header
from kamerbrieven.record import letter_id

# The publication site prints the identifier on a line of its own on the first page; a
# text tool may put it anywhere on that page, so the first pages are searched
_PRINTED = re.compile(r"^[ \t]*((?:kst|ah|h)-[\w-]+)[ \t\r]*$", re.MULTILINE)
_FIRST_PAGES = 12_000


def printed_id(text: str) -> OfficialId | None:
    """The identifier printed on a line of its own near the top of `text`.

    >>> printed_id("Aanhangsel 1\\nah-tk-20232024-2210\\nISSN 0921-7398\\n").id
    'ah-tk-20232024-2210'
    """
    for match in _PRINTED.finditer(text, 0, _FIRST_PAGES):
        found = read_official_id(match.group(1))
        if found:
            return found
    return None


def official_id(
    values: dict[str, Any], header: Header, raw_text: str, metadata: dict[str, Any], sha256: str
) -> str:
    """The record's id; fills `values`' number and dossier where the identifier gives
    them and the text did not (an Aanhangsel's number, a vergadering's number).

    >>> values = {"dossier": None, "number": 3649, "kind": "antwoorden kamervragen"}
    >>> official_id(values, Header(year="2022–2023", series="aanhangsel"), "", {}, "ab" * 32)
    'ah-tk-20222023-3649'
    """
    given = read_official_id(str(metadata.get("id") or "")) or printed_id(raw_text)
    if given:
        if values.get("number") is None and given.number is not None:
            values["number"] = given.number
        if not values.get("dossier") and given.dossier:
            values["dossier"] = given.dossier
        return given.id
    dossier, number = values.get("dossier"), values.get("number")
    session = session_of(header.year)
    if header.series == "aanhangsel" and number is not None and session:
        house = "ek" if (header.chamber or "").startswith("Eerste") else "tk"
        return f"ah-{house}-{session}-{number}"
    if dossier and number is None and header.letter:
        return f"kst-{dossier}-{header.letter}"
    return letter_id(dossier, number, sha256)
