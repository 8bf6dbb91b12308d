"""Where a citation leads: the cited letter's page when the store holds it, else its
official address at officielebekendmakingen.nl when it has one there."""

from __future__ import annotations

import re
from urllib.parse import quote

OFFICIAL_SITE = "https://zoek.officielebekendmakingen.nl"
# Identifier forms the official publication site knows: Kamerstukken, Handelingen,
# Aanhangsels, Staatsblad, Staatscourant, Tractatenblad (`kst-33694-34`, `stb-2018-123`).
_OFFICIAL_ID = re.compile(r"(?:kst|h-tk|h-ek|ah-tk|ah-ek|stb|stcrt|trb|blg)-[A-Za-z0-9-]{1,60}")


def official_url(target_id: str | None) -> str | None:
    """The official address of a document, or None for identifiers the site does not use.

    >>> official_url("kst-33694-34")
    'https://zoek.officielebekendmakingen.nl/kst-33694-34.html'
    >>> official_url("2019Z01234"), official_url("kst-1\\"><script>")
    (None, None)
    """
    if not target_id or not _OFFICIAL_ID.fullmatch(target_id):
        return None
    return f"{OFFICIAL_SITE}/{quote(target_id)}.html"


def letter_path(letter_id: str) -> str:
    """The path of a letter's page.

    >>> letter_path("kst-28676-307")
    '/brieven/kst-28676-307'
    """
    return f"/brieven/{quote(letter_id, safe='')}"


def citation_url(target_id: str | None, in_store: bool) -> str | None:
    """The cited letter's page in this app, or its official address, or None.

    >>> citation_url("kst-29515-496", True), citation_url("kst-1-2", False)
    ('/brieven/kst-29515-496', 'https://zoek.officielebekendmakingen.nl/kst-1-2.html')
    """
    if target_id and in_store:
        return letter_path(target_id)
    return official_url(target_id)
