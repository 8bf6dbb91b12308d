"""XML and HTML from outside, parsed safely, their parse errors as a Dutch reason.

No DTD is loaded and nothing is fetched; a document that declares entities
(``<!ENTITY``: the "billion laughs" expansion, or an external entity that would read a
local file) is refused, as official publications declare none. libxml2's limits stay on
(256 levels of nesting, 10 MB in one text node): a document past them is refused with
that reason instead of being read in part.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from kamerbrieven.errors import UnreadableFile

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
# libxml2's words for its limits -> the reason a user reads
_ENTITIES = "declareert eigen entiteiten (<!ENTITY>), die worden niet gelezen"
_OVER_A_LIMIT = "gaat over een grens van de XML-lezer (te groot stuk tekst of te lange naam)"
_LIMITS = (
    ("depth", "is te diep genest (meer dan 256 niveaus in elkaar)"),
    ("amplification", _ENTITIES),  # an entity bomb the byte scan did not see (UTF-16)
    ("entity reference loop", _ENTITIES),
    ("buffer size", "heeft een stuk tekst van meer dan 10 MB zonder opmaak"),
    ("huge", _OVER_A_LIMIT),
    ("resource limit", _OVER_A_LIMIT),
)
ENTITIES_HINT = "officiële publicaties gebruiken geen eigen entiteiten; dit bestand is verdacht"


def parse_xml(data: bytes, what: str = "XML") -> Any:
    """The root element of `data`, or UnreadableFile with the reason in Dutch.

    >>> parse_xml(b'<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><x>&a;</x>')
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kamerbrieven.errors.UnreadableFile: XML declareert eigen entiteiten (<!ENTITY>), ...
    """
    doctype = _DOCTYPE.search(data)
    if doctype and _ENTITY.search(data, doctype.start()):
        raise UnreadableFile(f"{what} {_ENTITIES}", hint=ENTITIES_HINT)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise UnreadableFile(xml_error_reason(str(exc), what)) from None
    if root is None:
        raise UnreadableFile(f"leeg {what}-bestand")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and next(iter(dtd.iterentities()), None) is not None:
        raise UnreadableFile(f"{what} {_ENTITIES}", hint=ENTITIES_HINT)
    return root


def xml_error_reason(message: str, what: str = "XML") -> str:
    """A libxml2 error as a Dutch reason: its limits by name, else its own first line.

    >>> xml_error_reason("Excessive depth in document: 256, use XML_PARSE_HUGE option")
    'XML is te diep genest (meer dan 256 niveaus in elkaar)'
    """
    lowered = message.lower()
    for words, reason in _LIMITS:
        if words in lowered:
            return f"{what} {reason}"
    first = (message.strip().splitlines() or ["?"])[0]
    return f"{what} is niet goed gevormd: {first[:200]}"


def resource_limit_reason(error_log: Any, what: str = "HTML") -> str | None:
    """The reason a parse stopped at one of libxml2's limits (it then keeps only the part
    before it), from the parser's error log; None when it did not."""
    for entry in error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "XML_PARSE_HUGE" in entry.message:
            return xml_error_reason(entry.message, what)
    return None
