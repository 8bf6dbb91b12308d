"""The web app over the store: a JSON API under /api/ and pages in Dutch, rendered on the
server (`kamerbrieven serve`). Read-only, bound to loopback unless told otherwise.

    app.py       the app factory: routes, error handlers, security headers, static files
    pool.py      knowledge bases on worker threads (an SQLite connection stays on its thread)
    security.py  limits, headers, accepted ids and hosts
    errors.py    typed errors -> JSON for /api/, a Dutch page for the rest
    lookups.py   what the API and the pages both ask of the knowledge base
    api/         the JSON endpoints, one module per group
    pages/       the HTML pages, one module per page
    views/       pure functions that turn records into what a template shows
"""

from __future__ import annotations

from kamerbrieven.web.app import create_app

__all__ = ["create_app"]
