"""Errors mapped to HTTP once, here: JSON for /api/, a Dutch page for the rest; never a
stack trace to the browser (it goes to the server's log)."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response

from kamerbrieven.errors import KamerbrievenError, QueryError, StoreError
from kamerbrieven.web.render import page

log = logging.getLogger("kamerbrieven.web")
_POSITION = re.compile(r"\bpositie (\d+)")


class WebError(Exception):
    """An error the user can act on, with its HTTP status and a Dutch message."""

    status = 400

    def __init__(self, message: str, hint: str = "", position: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.position = position


class NotFound(WebError):
    status = 404


class BadRequest(WebError):
    status = 400


def query_error(error: QueryError) -> BadRequest:
    """A malformed query as a 400 with its message, hint and position (1-based column).

    >>> query_error(QueryError("aanhalingsteken op positie 4 wordt niet gesloten")).position
    4
    """
    found = _POSITION.search(str(error))
    return BadRequest(str(error), error.hint, int(found.group(1)) if found else None)


def error_body(error: WebError) -> dict[str, Any]:
    body: dict[str, Any] = {"error": error.message, "status": error.status}
    if error.hint:
        body["hint"] = error.hint
    if error.position is not None:
        body["position"] = error.position
    return body


def respond(request: Request, error: WebError) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return JSONResponse(error_body(error), status_code=error.status)
    context = {"title": _TITLES.get(error.status, "Fout"), "error": error, "query": ""}
    return page("error.html", context, error.status)


_TITLES = {
    400: "Verzoek niet begrepen",
    404: "Niet gevonden",
    405: "Niet toegestaan",
    500: "Interne fout",
    503: "Store niet bereikbaar",
}


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into JSON or a page."""

    async def on_web_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        return respond(request, exc)

    async def on_query_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, QueryError)
        return respond(request, query_error(exc))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, BadRequest(_validation_message(exc)))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = {404: "deze pagina bestaat niet", 405: "alleen lezen: alleen GET en HEAD"}
        error = WebError(message.get(exc.status_code, "verzoek niet begrepen"))
        error.status = exc.status_code
        return respond(request, error)

    async def on_store_error(request: Request, exc: Exception) -> Response:
        log.error("store: %s", exc)
        error = WebError("de store is nu niet bereikbaar", "probeer het zo opnieuw")
        error.status = 503
        return respond(request, error)

    async def on_our_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, KamerbrievenError)
        return respond(request, BadRequest(str(exc), exc.hint))

    async def on_anything(request: Request, exc: Exception) -> Response:
        log.exception("interne fout bij %s", request.url.path)
        error = WebError("interne fout", "de fout staat in het log van de server")
        error.status = 500
        return respond(request, error)

    app.add_exception_handler(WebError, on_web_error)
    app.add_exception_handler(QueryError, on_query_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(StoreError, on_store_error)
    app.add_exception_handler(KamerbrievenError, on_our_error)
    app.add_exception_handler(Exception, on_anything)


def _validation_message(exc: RequestValidationError) -> str:
    """`page` must be >= 1 ... in Dutch, naming the parameter."""
    parts = []
    for problem in exc.errors()[:3]:
        name = str(problem.get("loc", ("", "?"))[-1])
        context = problem.get("ctx") or {}
        if "max_length" in context:
            parts.append(f"{name} is te lang (hoogstens {context['max_length']} tekens)")
        elif "min_length" in context:
            parts.append(f"{name} is leeg")
        elif "ge" in context:
            parts.append(f"{name} moet minstens {context['ge']} zijn")
        elif "le" in context:
            parts.append(f"{name} mag hoogstens {context['le']} zijn")
        elif "pattern" in context or problem.get("type") == "literal_error":
            parts.append(f"{name} heeft een onbekende waarde")
        elif problem.get("type") == "missing":
            parts.append(f"{name} ontbreekt")
        else:
            parts.append(f"{name} is ongeldig")
    return "; ".join(parts) or "ongeldig verzoek"
