"""People are found by surname, and by surname plus first initial: `persoon:"S.A. Blok"`
finds the letter signed `Stef Blok`, `persoon:Blok` every Blok.

The index files each person under `persoon=<surname>` and `persoon=<surname>/<initial>`
(`/*` when the letter gives no initial or first name: `Pompeo`), folded.
"""

from __future__ import annotations

import re
import unicodedata

# Words between the first names and the surname that belong to the surname.
_PARTICLES = frozenset("van de der den ter ten te 't von le la du da di del dos op in".split())
_TITLES = re.compile(r"^(?:mr|dr|drs|ir|prof|ing|mevr|dhr|ds)\.?$", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z][a-z]{0,2}\.)+-?$|^[A-Z]$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def split_name(name: str) -> tuple[str, str | None]:
    """(surname, first initial) of a name as letters write it; initial None when absent.

    >>> split_name("S.A. Blok"), split_name("Stef Blok"), split_name("Van der Staaij")
    (('blok', 's'), ('blok', 's'), ('van der staaij', None))
    >>> split_name("A.Th.B. Bijleveld-Schouten"), split_name("mr. L.J. Brinkhorst")
    (('bijleveld-schouten', 'a'), ('brinkhorst', 'l'))
    """
    words = [w for w in re.split(r"\s+|(?<=\.)(?=[A-Z])", name.strip()) if w]
    words = [w for w in words if not _TITLES.match(w)]
    if not words:
        return "", None
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    given = words[:start]
    surname = " ".join(words[start:])
    initial = _fold(given[0][0]) if given else None
    return _fold(surname), initial


def person_keys(name: str) -> list[str]:
    """The index values of one person's name.

    >>> person_keys("Stef Blok"), person_keys("Pompeo")
    (['blok', 'blok/s'], ['pompeo', 'pompeo/*'])
    """
    surname, initial = split_name(name)
    if not surname:
        return []
    return [surname, f"{surname}/{initial or '*'}"]


def query_keys(value: str) -> list[str]:
    """The index values a `persoon:` filter looks for: surname alone, or surname with the
    initial (and people known by surname only).

    >>> query_keys("S.A. Blok"), query_keys("blok")
    (['blok/s', 'blok/*'], ['blok'])
    """
    surname, initial = split_name(value)
    if not surname:
        return []
    return [f"{surname}/{initial}", f"{surname}/*"] if initial else [surname]
