"""Facet counts from tantivy's aggregations: the request for each facet field, and the
buckets of the answer as counts by value."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

import tantivy

from kamerbrieven.search.schema import FACET_FIELDS

# Each segment reports every value it has, so merged counts are exact (tantivy's default
# keeps only the top 10 x size per segment).
_EVERY_VALUE = 1 << 30


def facet_request(size: int) -> dict[str, object]:
    return {
        name: {"terms": {"field": name, "size": size, "segment_size": _EVERY_VALUE}}
        for name in FACET_FIELDS
    }


@lru_cache(maxsize=1)
def request_all() -> dict[str, object]:
    return facet_request(_EVERY_VALUE)


def buckets(answer: dict[str, Any], name: str) -> Counter[str]:
    buckets = answer.get(name, {}).get("buckets", [])
    return Counter({facet_value(b["key"]): int(b["doc_count"]) for b in buckets})


def counts_by_field(answer: dict[str, Any]) -> dict[str, Counter[str]]:
    return {name: buckets(answer, name) for name in FACET_FIELDS}


def all_but(query: tantivy.Query) -> tantivy.Query:
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, tantivy.Query.all_query()), (tantivy.Occur.MustNot, query)]
    )


def facet_value(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
