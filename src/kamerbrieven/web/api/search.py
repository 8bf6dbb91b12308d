"""`GET /api/search` (the JSON of `search --json`) and `GET /api/export` (a search
result's records as JSON Lines or CSV)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from kamerbrieven.web import lookups
from kamerbrieven.web.api.params import (
    LimitParam,
    PageParam,
    QueryParam,
    Sort,
    SortParam,
    pool_of,
)
from kamerbrieven.web.security import MAX_EXPORT

router = APIRouter(prefix="/api", tags=["zoeken"])

_EXPORT_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv"}


@router.get(
    "/search",
    summary="Zoek in de brieven",
    responses={400: {"description": "Zoekvraag niet begrepen: melding en positie"}},
)
async def search(
    request: Request,
    q: str = QueryParam,
    page: int = PageParam,
    limit: int = LimitParam,
    sort: Sort = SortParam,
) -> dict[str, Any]:
    """`{"total", "hits", "facets"}` zoals `kamerbrieven search --json`: het exacte totaal,
    één pagina treffers (id, bron, datum, titel, score, fragment met `<b>` om de
    treffers) en de facetten (jaar, dossier, ministerie, soort, land) over alle treffers."""
    result = await pool_of(request).run(lambda kb: lookups.search(kb, q, page, limit, sort))
    return result.to_dict()


@router.get(
    "/export",
    summary="Exporteer de brieven van een zoekresultaat",
    responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}}}},
)
async def export(
    request: Request,
    q: str = QueryParam,
    format: Literal["jsonl", "csv"] = Query("jsonl", description="`jsonl` of `csv`."),
    limit: int = Query(MAX_EXPORT, ge=1, le=MAX_EXPORT, description="Hoogstens zoveel brieven."),
    sort: Sort = SortParam,
) -> Response:
    """De records (docs/record.md) van de eerste `limit` treffers, als JSON Lines (één
    record per regel) of CSV (zoals `kamerbrieven export`)."""
    text = await pool_of(request).run(lambda kb: lookups.export_search(kb, q, format, limit, sort))
    filename = f"kamerbrieven-zoekresultaat.{format}"
    return Response(
        text.encode("utf-8"),
        media_type=f"{_EXPORT_TYPES[format]}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
