"""Where a document that is not in the store can be fetched: the official address of its
identifier, by the publication site's URL pattern for each kind of id.

officielebekendmakingen.nl publishes Kamerstukken (``kst-``), the Aanhangsel (``ah-tk-``,
``ah-ek-``), the Handelingen (``h-tk-``, ``h-ek-``), the Staatsblad (``stb-``), the
Staatscourant (``stcrt-``) and the Tractatenblad (``trb-``) at
``https://zoek.officielebekendmakingen.nl/<id>.html``; written questions by their
Tweede Kamer number (``2019Z01234``) are on tweedekamer.nl.

    >>> official_address("kst-33694-34")
    'https://zoek.officielebekendmakingen.nl/kst-33694-34.html'
    >>> official_address("2023Z19677")
    'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2023Z19677'
    >>> official_address("sha-0123456789ab") is None
    True
"""

from __future__ import annotations

import re

_PUBLICATIONS = re.compile(r"(?:kst|ah-[te]k|h-[te]k|stb|stcrt|trb)-[\w-]+")
_QUESTIONS = re.compile(r"(?:19|20)\d\dZ\d{4,6}")


def official_address(document_id: str | None) -> str | None:
    """The address of the document `document_id` names, or None for an id of another kind
    (a content hash, an EU document)."""
    if not document_id:
        return None
    if _PUBLICATIONS.fullmatch(document_id):
        return f"https://zoek.officielebekendmakingen.nl/{document_id}.html"
    if _QUESTIONS.fullmatch(document_id):
        return f"https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id={document_id}"
    return None
