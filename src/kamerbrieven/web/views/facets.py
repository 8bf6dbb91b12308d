"""Facets as one-click filters: each value of a facet is the query with one filter added
(or, when the query has it already, taken out again)."""

from __future__ import annotations

from dataclasses import dataclass

from kamerbrieven.web.views.words import FACET_WORDS, kind_word


@dataclass(frozen=True)
class FacetValue:
    label: str
    count: int
    query: str  # the query a click on it searches
    active: bool  # the query has this filter already; a click removes it


@dataclass(frozen=True)
class Facet:
    name: str
    heading: str
    values: list[FacetValue]


def facet_filter(facet: str, value: str) -> str:
    """The query filter for one facet value.

    >>> facet_filter("year", "2018"), facet_filter("ministry", "Buitenlandse Zaken")
    ('van:2018 tot:2018', 'ministerie:"Buitenlandse Zaken"')
    >>> facet_filter("kind", "antwoorden kamervragen"), facet_filter("dossier", "21501-02")
    ('soort:"antwoorden kamervragen"', 'dossier:21501-02')
    """
    if facet == "year":
        return f"van:{value} tot:{value}"
    name = {"dossier": "dossier", "ministry": "ministerie", "kind": "soort", "country": "land"}
    quoted = value.replace('"', "")
    if facet == "dossier":
        return f"dossier:{quoted}"
    return f'{name[facet]}:"{quoted}"'


def with_filter(query: str, added: str) -> tuple[str, bool]:
    """`query` with the filter added, or without it when it is there already (and True).

    >>> with_filter("NAVO", "land:\\"Rusland\\"")
    ('NAVO land:"Rusland"', False)
    >>> with_filter('NAVO land:"Rusland"', 'land:"Rusland"')
    ('NAVO', True)
    """
    if added in query:
        return " ".join(query.replace(added, " ").split()), True
    return f"{query.strip()} {added}".strip(), False


def facets_for_page(query: str, counted: dict[str, list[tuple[str, int]]]) -> list[Facet]:
    """Each facet with its values as filters, in the order a reader narrows a search."""
    facets = []
    for name, heading in FACET_WORDS.items():
        values = []
        for value, count in counted.get(name, []):
            new_query, active = with_filter(query, facet_filter(name, value))
            label = kind_word(value) if name == "kind" else value
            values.append(FacetValue(label, count, new_query, active))
        if values:
            facets.append(Facet(name, heading, values))
    return facets
