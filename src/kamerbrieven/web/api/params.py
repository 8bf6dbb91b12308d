"""Query parameters the endpoints share, bounded (security.py says why)."""

from __future__ import annotations

from typing import Literal

from fastapi import Path, Query, Request

from kamerbrieven.web.errors import NotFound
from kamerbrieven.web.pool import KnowledgeBasePool
from kamerbrieven.web.security import (
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_QUERY_CHARS,
    is_dossier,
    is_letter_id,
)

QueryParam = Query(
    ...,
    min_length=1,
    max_length=MAX_QUERY_CHARS,
    description="Zoekvraag in de zoektaal van `kamerbrieven search` (README, 'Searching').",
)
PageParam = Query(1, ge=1, le=MAX_PAGE, description="Paginanummer, 1 is de eerste.")
LimitParam = Query(10, ge=1, le=MAX_PAGE_SIZE, description="Resultaten per pagina.")
SortParam = Query("score", description="`score` (relevantie) of `date` (nieuwste eerst).")
Sort = Literal["score", "date"]
LetterIdParam = Path(..., description="Id van de brief, bv. kst-28676-512.", max_length=120)
DossierParam = Path(..., description="Dossiernummer, bv. 28676 of 21501-02.", max_length=40)


def pool_of(request: Request) -> KnowledgeBasePool:
    pool: KnowledgeBasePool = request.app.state.pool
    return pool


def checked_letter_id(letter_id: str) -> str:
    """The id, or 404 before any lookup when it cannot be one (a path, a script)."""
    if not is_letter_id(letter_id):
        raise NotFound(f"geen brief met id {letter_id!r}", "ids zien eruit als kst-28676-512")
    return letter_id


def checked_dossier(dossier: str) -> str:
    compact = dossier.replace(" ", "").replace(".", "")
    if not is_dossier(compact):
        raise NotFound(f"geen dossier {dossier!r}", "dossiers zien eruit als 28676 of 21501-02")
    return compact
