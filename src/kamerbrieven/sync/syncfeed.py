"""The Tweede Kamer's SyncFeed 2.0: an Atom feed of changed entities, one category at a
time (`Feed?category=Document`), 250 entries a page.

Each entry holds the whole entity as it is now, or a tombstone (`tk:verwijderd="true"`)
when it was deleted; its `<title>` is the entity's id; its `<link rel="next">` carries the
`skiptoken` that resumes the feed right after it, which is what a sync keeps as its
cursor. A document's file is the entry's `<link rel="enclosure">`. The feed-level
`<link rel="next">` leads to the next page; a page without one is the end (it has a
`<link rel="resume">` to ask again later). Pure functions: bytes in, entries out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from kamerbrieven.sync.errors import SourceFormatError
from kamerbrieven.sync.xmlparse import local, parse_xml, text_of

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_PATH = "/SyncFeed/2.0/Feed"
WHAT = "de SyncFeed van de Tweede Kamer"


@dataclass(frozen=True)
class FeedEntry:
    """One changed entity: its id, whether it was deleted, its fields and references."""

    id: str
    category: str
    updated: str | None
    skiptoken: int | None
    deleted: bool
    changed: str | None = None  # tk:bijgewerkt, when the source system changed it
    enclosure: str | None = None
    content_type: str | None = None
    content_length: int | None = None
    fields: Mapping[str, str] = field(default_factory=dict)
    refs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def version(self) -> str:
        """What changes when the entity does (to know an entry was seen before)."""
        return self.changed or self.updated or ""


@dataclass(frozen=True)
class FeedPage:
    entries: tuple[FeedEntry, ...]
    next_url: str | None


def feed_url(base: str, category: str, skiptoken: int | None = None) -> str:
    """The feed of one category, from the start or right after `skiptoken`.

    >>> feed_url("https://gegevensmagazijn.tweedekamer.nl", "Document", 20127222)
    'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?skiptoken=20127222&category=Document'
    """
    query = (
        {"category": category}
        if skiptoken is None
        else {"skiptoken": skiptoken, "category": category}
    )
    return f"{base.rstrip('/')}{FEED_PATH}?{urlencode(query)}"


def skiptoken_of(url: str | None) -> int | None:
    """The skiptoken in a feed link.

    >>> skiptoken_of("https://x/SyncFeed/2.0/Feed?skiptoken=5426068&category=Document")
    5426068
    """
    if not url:
        return None
    values = parse_qs(urlparse(url).query).get("skiptoken")
    if not values or not values[0].lstrip("-").isdigit():
        return None
    return int(values[0])


def parse_page(data: bytes, category: str) -> FeedPage:
    """A SyncFeed page's entries, in feed order, and the link to the next page."""
    root = parse_xml(data, WHAT)
    if root.tag != f"{ATOM}feed":
        raise SourceFormatError(f"{WHAT} gaf geen Atom-feed maar <{local(root.tag)}>")
    entries = tuple(_entry(element, category) for element in root.findall(f"{ATOM}entry"))
    return FeedPage(entries, _link(root, "next"))


def _link(element: Any, rel: str) -> str | None:
    for link in element.findall(f"{ATOM}link"):
        if link.get("rel") == rel and link.get("href"):
            return str(link.get("href"))
    return None


def _entry(element: Any, category: str) -> FeedEntry:
    entity_id = text_of(element.find(f"{ATOM}title"))
    content = element.find(f"{ATOM}content")
    body = next(iter(content), None) if content is not None else None
    if not entity_id or body is None or not isinstance(body.tag, str):
        raise SourceFormatError(f"{WHAT}: een entry zonder id of inhoud")
    attrs = {local(name): value for name, value in body.attrib.items()}
    fields: dict[str, str] = {}
    refs: dict[str, tuple[str, ...]] = {}
    for child in body:
        if not isinstance(child.tag, str):
            continue
        name = local(child.tag)
        if child.get("ref"):
            refs[name] = (*refs.get(name, ()), str(child.get("ref")))
        elif (value := text_of(child)) is not None:
            fields.setdefault(name, value)
    enclosure = element.find(f"{ATOM}link[@rel='enclosure']")
    length = attrs.get("contentLength") or (
        enclosure.get("length") if enclosure is not None else None
    )
    return FeedEntry(
        id=entity_id,
        category=category,
        updated=text_of(element.find(f"{ATOM}updated")),
        skiptoken=skiptoken_of(_link(element, "next")),
        deleted=attrs.get("verwijderd", "false").lower() == "true",
        changed=attrs.get("bijgewerkt"),
        enclosure=str(enclosure.get("href")) if enclosure is not None else None,
        content_type=attrs.get("contentType")
        or (enclosure.get("type") if enclosure is not None else None),
        content_length=int(length) if length and length.isdigit() else None,
        fields=fields,
        refs=refs,
    )
