"""A dossier's page: its documents in order, a hundred a page."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from kamerbrieven.web import lookups
from kamerbrieven.web.api.params import DossierParam, checked_dossier, pool_of
from kamerbrieven.web.errors import NotFound
from kamerbrieven.web.render import page
from kamerbrieven.web.security import MAX_PAGE
from kamerbrieven.web.views.paging import paging

router = APIRouter(include_in_schema=False)
DOCUMENTS_PER_PAGE = 100


@router.get("/dossiers/{dossier}", response_class=HTMLResponse)
async def dossier_page(
    request: Request,
    dossier: str = DossierParam,
    pagina: int = Query(1, ge=1, le=MAX_PAGE),
) -> HTMLResponse:
    checked = checked_dossier(dossier)
    title, letters = await pool_of(request).run(lambda kb: lookups.dossier_letters(kb, checked))
    if not letters:
        raise NotFound(f"geen stukken in dossier {checked} in de store")
    start = (pagina - 1) * DOCUMENTS_PER_PAGE
    shown = letters[start : start + DOCUMENTS_PER_PAGE]
    heading = f"Dossier {checked}" + (f": {title}" if title else "")
    context = {
        "title": heading,
        "query": f"dossier:{checked}",
        "dossier": checked,
        "dossier_title": title,
        "total": len(letters),
        "letters": shown,
        "paging": paging(len(letters), pagina, DOCUMENTS_PER_PAGE, len(shown), most=MAX_PAGE),
    }
    return page("dossier.html", context)
