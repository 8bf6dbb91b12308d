"""The app factory: `create_app(db)` is the whole web app over one store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from kamerbrieven import __version__
from kamerbrieven.web import errors
from kamerbrieven.web.api import letters as letters_api
from kamerbrieven.web.api import search as search_api
from kamerbrieven.web.pages import api_docs, dossier, feeds, letter, search
from kamerbrieven.web.pool import KnowledgeBasePool
from kamerbrieven.web.render import load_templates
from kamerbrieven.web.security import SecurityMiddleware, allowed_hosts

DESCRIPTION = (
    "Alleen-lezen JSON-API over een kamerbrieven-store: zoeken (de zoektaal van "
    "`kamerbrieven search`), records (docs/record.md), verwijzingen, dossiers, tellingen en "
    "exports. Fouten zijn JSON: `{error, status, hint?, position?}`; 404 voor een onbekend "
    "id, 400 voor een zoekvraag die niet te begrijpen is (met de positie)."
)


def create_app(
    db: str, index: str | None = None, *, host: str = "127.0.0.1", workers: int = 2
) -> FastAPI:
    """The web app over the store `db` (an SQLite path or a PostgreSQL URL), read-only.

    `host` is where it is served: bound to loopback it answers only loopback host names.
    The store is opened at once (a missing one is a StoreError here, not on the first page).
    """
    pool = KnowledgeBasePool(db, index, workers=workers)
    load_templates()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="kamerbrieven",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,  # its page loads scripts from elsewhere: ours is /api/docs
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.add_middleware(SecurityMiddleware, hosts=allowed_hosts(host))
    errors.install(app)
    for module in (search_api, letters_api, api_docs, search, letter, dossier, feeds):
        app.include_router(module.router)
    static = files("kamerbrieven.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
