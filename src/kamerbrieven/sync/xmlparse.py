"""Parsing what a source sends, safely: no DTDs, no entities, no network; an answer that
is not XML becomes a SourceFormatError naming the source."""

from __future__ import annotations

from typing import Any

from lxml import etree

from kamerbrieven.sync.errors import SourceFormatError


def parse_xml(data: bytes, what: str) -> Any:
    """The root element of `data`, or a SourceFormatError saying which answer was wrong.

    >>> parse_xml(b"<a/>", "de feed").tag
    'a'
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SourceFormatError(f"{what} is geen geldige XML ({exc})") from None
    if root is None:
        raise SourceFormatError(f"{what} is leeg")
    return root


def local(tag: Any) -> str:
    """An element's or attribute's name without its namespace."""
    return str(etree.QName(tag).localname) if isinstance(tag, str) else ""


def text_of(element: Any) -> str | None:
    """The element's text, stripped; None for an empty or nil element."""
    if element is None:
        return None
    value = "".join(element.itertext()).strip()
    return value or None
