"""Atom feeds: of each alert (`kamerbrieven alert add`) and of each dossier, built by
`kamerbrieven.alerts.feeds` (the same `kamerbrieven alert feed` prints)."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from starlette.responses import Response

from kamerbrieven.alerts.book import AlertError
from kamerbrieven.alerts.feeds import alert_feed, dossier_feed
from kamerbrieven.web.api.params import DossierParam, checked_dossier, pool_of
from kamerbrieven.web.errors import NotFound

router = APIRouter(include_in_schema=False)
ATOM_TYPE = "application/atom+xml; charset=utf-8"
_ALERT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


@router.get("/feeds/alerts/{name}.atom")
async def alert(request: Request, name: str) -> Response:
    if not _ALERT_NAME.fullmatch(name):
        raise NotFound(f"geen melding {name!r}", "kamerbrieven alert list toont de namen")
    base = str(request.base_url)
    try:
        feed = await pool_of(request).run(lambda kb: alert_feed(kb, name, base))
    except AlertError as error:
        raise NotFound(str(error), error.hint) from None
    return Response(feed, media_type=ATOM_TYPE)


@router.get("/feeds/dossiers/{dossier}.atom")
async def dossier(request: Request, dossier: str = DossierParam) -> Response:
    checked = checked_dossier(dossier)
    base = str(request.base_url)
    feed = await pool_of(request).run(lambda kb: dossier_feed(kb, checked, base))
    return Response(feed, media_type=ATOM_TYPE)
