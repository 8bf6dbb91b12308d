"""The Dutch words a page uses for the record's codes."""

from __future__ import annotations

KIND_WORDS = {
    "brief": "brief",
    "geannoteerde agenda": "geannoteerde agenda",
    "verslag": "verslag",
    "verslag algemeen overleg": "verslag algemeen overleg",
    "motie": "motie",
    "amendement": "amendement",
    "antwoorden kamervragen": "antwoorden op Kamervragen",
    "other": "overig",
}
STATEMENT_WORDS = {"position": "standpunt", "decision": "besluit", "commitment": "toezegging"}
REFERENCE_WORDS = {
    "kamerstuk": "Kamerstuk",
    "motie": "motie",
    "amendement": "amendement",
    "handelingen": "Handelingen",
    "aanhangsel": "Aanhangsel",
    "kamervragen": "Kamervragen",
    "staatsblad": "Staatsblad",
    "staatscourant": "Staatscourant",
    "other": "overig",
}
FACET_WORDS = {
    "year": "Jaar",
    "kind": "Soort",
    "ministry": "Ministerie",
    "dossier": "Dossier",
    "country": "Land",
}


def kind_word(kind: str) -> str:
    """The Dutch word for a kind of document.

    >>> kind_word("antwoorden kamervragen"), kind_word("other")
    ('antwoorden op Kamervragen', 'overig')
    """
    return KIND_WORDS.get(kind, kind)
