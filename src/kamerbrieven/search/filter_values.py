"""A filter's value as users write it -> the value the index files it under.

Users write `soort:moties`, `ministerie:EZK`, `land:VS`, `dossier:36 410`; the index knows
`motie`, `Economische Zaken en Klimaat`, `Verenigde Staten`, `36410`. A value that names
nothing known is an error that says which values exist, instead of a silent zero.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kamerbrieven.errors import QueryError
from kamerbrieven.nl.countries import country_forms
from kamerbrieven.nl.ministries import HOUSED_POSTS, MINISTRIES, ministry_name
from kamerbrieven.record import KINDS

# Other ways to write a kind: plurals, the usual short names.
KIND_FORMS: dict[str, str] = {
    "brieven": "brief",
    "kamerbrief": "brief",
    "kamerbrieven": "brief",
    "agenda": "geannoteerde agenda",
    "geannoteerde agendas": "geannoteerde agenda",
    "geannoteerde agenda's": "geannoteerde agenda",
    "verslagen": "verslag",
    "ao": "verslag algemeen overleg",
    "verslag ao": "verslag algemeen overleg",
    "moties": "motie",
    "amendementen": "amendement",
    "antwoorden": "antwoorden kamervragen",
    "antwoord": "antwoorden kamervragen",
    "kamervragen": "antwoorden kamervragen",
    "antwoord kamervragen": "antwoorden kamervragen",
    "overig": "other",
    "anders": "other",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def normal_kind(value: str, pos: int) -> str:
    """`moties` -> `motie`; an unknown kind is an error naming the kinds there are.

    >>> normal_kind("Moties", 1), normal_kind("geannoteerde agenda's", 1)
    ('motie', 'geannoteerde agenda')
    """
    folded = _fold(value)
    if folded in KINDS:
        return folded
    if folded in KIND_FORMS:
        return KIND_FORMS[folded]
    raise QueryError(
        f"onbekende soort {value!r} op positie {pos}",
        hint="soorten: " + ", ".join(KINDS),
    )


@lru_cache(maxsize=1)
def _ministries() -> dict[str, str]:
    """Every way to write a ministry (folded) -> its name."""
    forms: dict[str, str] = {}
    for name, abbreviations in MINISTRIES.items():
        forms[_fold(name)] = name
        for abbreviation in abbreviations:
            forms[_fold(abbreviation)] = name
    for post, ministry in HOUSED_POSTS.items():
        forms.setdefault(_fold(post), ministry)
    return forms


def normal_ministry(value: str, pos: int) -> str:
    """`EZK`, `ministerie van Defensie`, `financien` -> the ministry's name.

    >>> normal_ministry("EZK", 1), normal_ministry("ministerie van defensie", 1)
    ('Economische Zaken en Klimaat', 'Defensie')
    """
    name = ministry_name(value) or _ministries().get(
        _fold(re.sub(r"^ministerie\s+van\s+", "", value.strip(), flags=re.IGNORECASE))
    )
    if name:
        return name
    known = sorted({a for abbreviations in MINISTRIES.values() for a in abbreviations[:1]})
    raise QueryError(
        f"onbekend ministerie {value!r} op positie {pos}",
        hint="schrijf de naam of de afkorting: " + ", ".join(known),
    )


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {_fold(form): name for form, name in country_forms().items()}


def normal_country(value: str, pos: int) -> str:
    """`VS`, `oekraine`, `Russische` -> the country's standard Dutch short name.

    >>> normal_country("VS", 1), normal_country("oekraine", 1)
    ('Verenigde Staten', 'Oekraïne')
    """
    name = _countries().get(_fold(value))
    if name:
        return name
    raise QueryError(
        f"onbekend land {value!r} op positie {pos}",
        hint="schrijf de Nederlandse naam, bv. land:Oekraïne, land:VS, land:Duitsland",
    )


def normal_dossier(value: str, pos: int) -> str:
    """`36 410`, `36410-V`, `21 501-02` -> as the record writes dossiers.

    >>> normal_dossier("36 410 V", 1), normal_dossier("21 501-02", 1)
    ('36410-V', '21501-02')
    """
    compact = re.sub(r"[\s.]", "", value)
    head = re.match(r"^(\d{5})-?([A-Z]+|\d{2})?$", compact.upper())
    if not head:
        raise QueryError(
            f"ongeldig dossiernummer {value!r} op positie {pos}",
            hint="schrijf het als 28676, 21501-02 of 36410-V",
        )
    return head.group(1) + (f"-{head.group(2)}" if head.group(2) else "")
