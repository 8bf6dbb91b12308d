"""A dossier's page: its documents in order."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from kamerbrieven.web import lookups
from kamerbrieven.web.api.params import DossierParam, checked_dossier, pool_of
from kamerbrieven.web.errors import NotFound
from kamerbrieven.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/dossier/{dossier}", response_class=HTMLResponse)
async def dossier_page(request: Request, dossier: str = DossierParam) -> HTMLResponse:
    checked = checked_dossier(dossier)
    title, letters = await pool_of(request).run(lambda kb: lookups.dossier_letters(kb, checked))
    if not letters:
        raise NotFound(f"geen stukken in dossier {checked} in de store")
    heading = f"Dossier {checked}" + (f": {title}" if title else "")
    context = {
        "title": heading,
        "query": f"dossier:{checked}",
        "dossier": checked,
        "dossier_title": title,
        "letters": letters,
    }
    return page("dossier.html", context)
