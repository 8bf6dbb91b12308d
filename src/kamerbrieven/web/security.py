"""Safe by default: what a request may ask, which hosts the app answers, and the headers
every response carries.

The app only reads; its pages run no script at all, so the Content-Security-Policy allows
none; no other site may frame it; a browser must take each response for the type it says.
"""

from __future__ import annotations

import ipaddress
import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Bounds on what one request may ask, so no request can hold the server up for long.
MAX_QUERY_CHARS = 500
MAX_PAGE_SIZE = 100
MAX_PAGE = 1000  # deeper than page 1000 nobody reads; the export takes a whole result
MAX_EXPORT = 1000  # letters in one export of a search result

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
# A downloaded original may be HTML: never run it in this site's name.
DOWNLOAD_POLICY = "default-src 'none'; sandbox"
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

# Letter ids are official identifiers (kst-28676-307, h-tk-20182019-32-7, 2019Z01234) or
# sha-<hex>: letters, digits and - . _ ; never a path (no slash, no leading dot).
_LETTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,119}")
_DOSSIER = re.compile(r"[0-9]{1,6}(?:-[A-Za-z0-9]{1,10}){0,2}")
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def is_letter_id(value: str) -> bool:
    """Whether `value` can be a letter id (anything else is refused before any lookup).

    >>> is_letter_id("kst-28676-307"), is_letter_id("../etc/passwd"), is_letter_id("a..b")
    (True, False, False)
    """
    return bool(_LETTER_ID.fullmatch(value)) and ".." not in value


def is_dossier(value: str) -> bool:
    """Whether `value` can be a dossier number (as the record writes it).

    >>> is_dossier("21501-02"), is_dossier("36410-V"), is_dossier("../1")
    (True, True, False)
    """
    return bool(_DOSSIER.fullmatch(value))


def is_loopback(host: str) -> bool:
    """Whether binding to `host` keeps the app on this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(bind_host: str) -> frozenset[str] | None:
    """The Host headers the app answers when bound to `bind_host`; None: any.

    Bound to loopback it answers only loopback names: a web page elsewhere that points a
    name of its own at 127.0.0.1 (DNS rebinding) cannot read the store through the browser.
    """
    if not is_loopback(bind_host):
        return None
    return frozenset({*LOOPBACK_NAMES, "[::1]", bind_host})


class SecurityMiddleware:
    """Refuses a Host the app does not answer (400) and any method but GET and HEAD (405),
    and adds SECURITY_HEADERS to every response."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, self._with_headers(send))
            return
        if scope["method"] == "HEAD":  # answered as GET, with the headers and no body
            scope = {**scope, "method": "GET"}
            await self.app(scope, receive, self._with_headers(send, body=False))
            return
        await self.app(scope, receive, self._with_headers(send))

    def _refusal(self, scope: Scope) -> ASGIApp | None:
        if self.hosts is not None:
            host = Headers(scope=scope).get("host", "")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name.lower() not in self.hosts:
                return PlainTextResponse("onbekende host", status_code=400)
        if scope["method"] not in ("GET", "HEAD"):
            body = {"error": "alleen lezen: alleen GET en HEAD", "status": 405}
            return JSONResponse(body, status_code=405, headers={"Allow": "GET, HEAD"})
        return None

    @staticmethod
    def _with_headers(send: Send, *, body: bool = True) -> Send:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:  # a download sets a stricter policy of its own
                        headers[name] = value
            elif message["type"] == "http.response.body" and not body:
                message = {**message, "body": b""}
            await send(message)

        return send_with_headers
