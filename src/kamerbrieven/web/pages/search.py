"""The home page (search form, the newest letters) and the search page: results with
highlighted snippets, facets as one-click filters, paging, sort by relevance or date."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from kamerbrieven.errors import QueryError
from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.web import lookups
from kamerbrieven.web.api.params import pool_of
from kamerbrieven.web.errors import query_error
from kamerbrieven.web.render import page
from kamerbrieven.web.security import MAX_PAGE, MAX_QUERY_CHARS
from kamerbrieven.web.views.facets import facets_for_page
from kamerbrieven.web.views.paging import paging
from kamerbrieven.web.views.snippet import snippet_html

router = APIRouter(include_in_schema=False)
RESULTS_PER_PAGE = 20
NEWEST_ON_HOME = 10
_SORTS = {"relevantie": "score", "datum": "date"}


@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> HTMLResponse:
    def lookup(kb: KnowledgeBase) -> tuple[dict[str, Any], list[lookups.Listed]]:
        return lookups.stats(kb), lookups.newest(kb, NEWEST_ON_HOME)

    stats, newest = await pool_of(request).run(lookup)
    context = {"title": "Zoeken", "query": "", "stats": stats, "newest": newest}
    return page("home.html", context)


@router.get("/zoeken", response_class=HTMLResponse)
async def search(
    request: Request,
    q: str = Query(""),
    pagina: int = Query(1, ge=1, le=MAX_PAGE),
    sortering: Literal["relevantie", "datum"] = Query("relevantie"),
) -> HTMLResponse:
    query = q.strip()
    context: dict[str, Any] = {"title": "Zoeken", "query": query, "sort": sortering}
    context.update(error=None, hint=None, position=None, result=None)
    if not query:
        return page("search.html", context)
    if len(query) > MAX_QUERY_CHARS:
        message = f"de zoekvraag is te lang ({len(query)} tekens; hoogstens {MAX_QUERY_CHARS})"
        return page("search.html", {**context, "error": message}, 400)
    sort = _SORTS[sortering]
    try:
        result = await pool_of(request).run(
            lambda kb: lookups.search(kb, query, pagina, RESULTS_PER_PAGE, sort)
        )
    except QueryError as error:
        bad = query_error(error)
        context.update(title="Zoekvraag niet begrepen", error=bad.message, hint=bad.hint)
        context.update(position=bad.position)
        return page("search.html", context, 400)
    hits = [
        {"listed": listed, "snippet": snippet_html(hit.snippet), "hit": hit}
        for listed, hit in zip(lookups.listed_from_hits(result), result.hits, strict=True)
    ]
    context.update(
        title=f"{query} - zoeken",
        result=result,
        hits=hits,
        facets=facets_for_page(query, result.facets),
        paging=paging(result.total, pagina, RESULTS_PER_PAGE, len(hits), most=MAX_PAGE),
    )
    return page("search.html", context)
