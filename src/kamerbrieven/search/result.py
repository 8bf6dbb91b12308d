"""What a search returns: the exact total, one page of hits, and facet counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Hit:
    """One matching letter. `score` is None when the results are sorted by date."""

    id: str
    source_path: str | None
    date: str | None
    title: str | None
    score: float | None
    snippet: str  # HTML-escaped clean text, matches in <b>..</b>
    source_format: str | None = None  # `pdf`, `xml`, ... as in the record's `source.format`
    kind: str = "other"
    dossier: str | None = None
    dossier_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; `source` is shaped like the record's (docs/record.md).

        >>> hit = Hit("kst-28676-307", "a.pdf", "2018-12-12", "NAVO", 1.5, "<b>NAVO</b>", "pdf")
        >>> hit.to_dict()["source"]
        {'path': 'a.pdf', 'format': 'pdf'}
        """
        return {
            "id": self.id,
            "source": {"path": self.source_path, "format": self.source_format},
            "source_path": self.source_path,
            "date": self.date,
            "title": self.title,
            "kind": self.kind,
            "dossier": self.dossier,
            "dossier_title": self.dossier_title,
            "score": self.score,
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class SearchResult:
    """`total` counts every matching letter; `facets` count over all of them, not the page."""

    total: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: facets as lists of {value, count}.

        >>> SearchResult(1, [], {"year": [("2018", 1)]}).to_dict()["facets"]
        {'year': [{'value': '2018', 'count': 1}]}
        """
        return {
            "total": self.total,
            "hits": [hit.to_dict() for hit in self.hits],
            "facets": {
                name: [{"value": value, "count": count} for value, count in values]
                for name, values in self.facets.items()
            },
        }
