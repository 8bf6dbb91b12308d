"""A search hit's snippet as safe HTML: its text escaped here, its matches in <mark>."""

from __future__ import annotations

import html
import re

from markupsafe import Markup, escape

_BOLD = re.compile(r"(</?b>)")


def snippet_html(snippet: str) -> Markup:
    """The index gives the snippet escaped with matches in <b>..</b>; it is taken apart and
    escaped again here, so nothing but <mark> can come through, whatever the index did.

    >>> snippet_html("de <b>NAVO</b> &amp; &lt;script&gt;")
    Markup('de <mark>NAVO</mark> &amp; &lt;script&gt;')
    >>> snippet_html("<b>x</b><script>")
    Markup('<mark>x</mark>&lt;script&gt;')
    """
    parts: list[str] = []
    inside = False
    for piece in _BOLD.split(snippet):
        if piece == "<b>" and not inside:
            parts.append("<mark>")
            inside = True
        elif piece == "</b>" and inside:
            parts.append("</mark>")
            inside = False
        elif piece not in ("<b>", "</b>"):
            parts.append(str(escape(html.unescape(piece))))
    if inside:
        parts.append("</mark>")
    return Markup("".join(parts))
