"""The API's documentation page, rendered on the server from the OpenAPI schema (the usual
docs pages load scripts from elsewhere; this one works offline and under the strict CSP)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from kamerbrieven.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/api/docs", response_class=HTMLResponse)
async def api_docs(request: Request) -> HTMLResponse:
    schema: dict[str, Any] = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [_parameter(p) for p in operation.get("parameters", [])],
                    "statuses": sorted(operation.get("responses", {})),
                }
            )
    context = {"title": "API", "query": "", "endpoints": endpoints, "info": schema["info"]}
    return page("api_docs.html", context)


def _parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    schema = parameter.get("schema", {})
    bounds = [
        f"{word} {schema[key]}"
        for key, word in (("minimum", "min."), ("maximum", "max."), ("maxLength", "max. tekens"))
        if key in schema
    ]
    if "enum" in schema:
        bounds.append(" | ".join(str(v) for v in schema["enum"]))
    return {
        "name": parameter["name"],
        "where": {"query": "query", "path": "pad"}.get(parameter.get("in", ""), ""),
        "required": parameter.get("required", False),
        "description": parameter.get("description", ""),
        "default": schema.get("default"),
        "bounds": ", ".join(bounds),
    }
