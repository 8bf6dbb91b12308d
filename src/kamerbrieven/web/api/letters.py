"""`GET /api/letters/{id}` (the record), its references out and in, a dossier's letters,
and the store's counts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from kamerbrieven.web import lookups
from kamerbrieven.web.api.params import (
    DossierParam,
    LetterIdParam,
    LimitParam,
    PageParam,
    checked_dossier,
    checked_letter_id,
    pool_of,
)
from kamerbrieven.web.errors import NotFound

router = APIRouter(prefix="/api", tags=["brieven"])
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Geen brief met dit id"}}


def _no_letter(letter_id: str) -> NotFound:
    return NotFound(f"geen brief met id {letter_id!r}", "/api/search vindt brieven en hun ids")


@router.get("/letters/{letter_id}", summary="Het record van een brief", responses=_NOT_FOUND)
async def letter(request: Request, letter_id: str = LetterIdParam) -> Response:
    """Het record zoals de store het bewaart (docs/record.md), precies zoals
    `kamerbrieven show ID --json` het geeft."""
    checked = checked_letter_id(letter_id)
    record = await pool_of(request).run(lambda kb: kb.store.get_record_json(checked))
    if record is None:
        raise _no_letter(letter_id)
    return Response(record.encode("utf-8"), media_type="application/json")


@router.get(
    "/letters/{letter_id}/references/out",
    summary="Wat een brief aanhaalt",
    responses=_NOT_FOUND,
)
async def references_out(
    request: Request,
    letter_id: str = LetterIdParam,
    page: int = PageParam,
    limit: int = LimitParam,
) -> dict[str, Any]:
    """De verwijzingen van het record (`references`), elk met `in_store` (de store heeft het
    aangehaalde stuk) en `url` (de pagina van dat stuk hier, of zijn officiële adres)."""
    checked = checked_letter_id(letter_id)

    def lookup(kb: Any) -> list[dict[str, Any]] | None:
        found = kb.get(checked)
        return None if found is None else lookups.references_out(kb, found)

    refs = await pool_of(request).run(lookup)
    if refs is None:
        raise _no_letter(letter_id)
    start = (page - 1) * limit
    return {"letter_id": checked, "total": len(refs), "references": refs[start : start + limit]}


@router.get(
    "/letters/{letter_id}/references/in",
    summary="Brieven die een brief aanhalen",
    responses=_NOT_FOUND,
)
async def references_in(
    request: Request,
    letter_id: str = LetterIdParam,
    page: int = PageParam,
    limit: int = LimitParam,
) -> dict[str, Any]:
    """Brieven in de store die deze brief aanhalen, nieuwste eerst. Ook voor een id dat de
    store zelf niet heeft (een stuk dat alleen wordt aangehaald)."""
    checked = checked_letter_id(letter_id)
    result = await pool_of(request).run(lambda kb: lookups.references_in(kb, checked, page, limit))
    letters = [item.to_dict() for item in lookups.listed_from_hits(result)]
    return {"letter_id": checked, "total": result.total, "letters": letters}


@router.get(
    "/dossiers/{dossier}",
    summary="De stukken van een dossier, op volgorde",
    responses={404: {"description": "Geen stukken in dit dossier"}},
)
async def dossier(
    request: Request,
    dossier: str = DossierParam,
    page: int = PageParam,
    limit: int = LimitParam,
) -> dict[str, Any]:
    """De stukken van een Kamerstukdossier in de store, op datum en nummer (zonder datum
    achteraan), met de titel van het dossier."""
    checked = checked_dossier(dossier)
    title, letters = await pool_of(request).run(lambda kb: lookups.dossier_letters(kb, checked))
    if not letters:
        raise NotFound(f"geen stukken in dossier {checked} in de store")
    start = (page - 1) * limit
    return {
        "dossier": checked,
        "title": title,
        "total": len(letters),
        "letters": [item.to_dict() for item in letters[start : start + limit]],
    }


@router.get("/stats", summary="Tellingen over de store")
async def stats(request: Request) -> dict[str, Any]:
    """Zoals `kamerbrieven stats --json`: brieven, data, soorten, ministeries,
    verwijzingen, uitspraken, genoemde namen, waarschuwingen."""
    counts: dict[str, Any] = await pool_of(request).run(lookups.stats)
    return counts
