"""The Jinja2 templates: every value escaped unless a view marked it safe after escaping it."""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.responses import HTMLResponse

from kamerbrieven.present.titles import display_title, dutch_date
from kamerbrieven.web.views.words import kind_word


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kamerbrieven.web", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,  # a misspelt name fails the tests, not the page
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["dutch_date"] = dutch_date
    env.filters["kind_word"] = kind_word
    env.filters["path_part"] = lambda value: quote(str(value), safe="")
    env.globals["display_title"] = display_title
    env.globals["query_string"] = lambda **params: urlencode(
        {k: v for k, v in params.items() if v not in (None, "")}
    )
    return env


def load_templates() -> None:
    """Compile every template now, so the first visitor of a page does not wait for it."""
    env = environment()
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)


def page(template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    html = environment().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code)
