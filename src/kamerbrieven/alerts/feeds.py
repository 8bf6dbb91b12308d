"""Atom feeds (RFC 4287) for each alert and each dossier: pure builders the web app
mounts at `/feeds/alerts/{name}.atom` and `/feeds/dossiers/{dossier}.atom`, and
`kamerbrieven alert feed` prints.

    >>> feed = atom_feed("urn:x", "NAVO", [FeedItem("kst-28676-512", "Motie", "2025-05-27",
    ...                  "https://kb.example/brieven/kst-28676-512")], "https://kb.example/f")
    >>> b"<title>Motie</title>" in feed, feed.startswith(b"<?xml")
    (True, True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from kamerbrieven.alerts.book import KINDS, Alert, AlertBook
from kamerbrieven.alerts.check import Match, matches
from kamerbrieven.knowledge_base import KnowledgeBase

ATOM = "http://www.w3.org/2005/Atom"
MAX_ENTRIES = 50
LinkFor = Callable[[str], str]


@dataclass(frozen=True)
class FeedItem:
    id: str
    title: str | None
    date: str | None  # ISO date or date-time
    link: str
    summary: str | None = None


def atom_feed(
    feed_id: str,
    title: str,
    items: Iterable[FeedItem],
    self_link: str,
    updated: str | None = None,
) -> bytes:
    """An Atom document: one entry an item, newest first as given."""
    entries = list(items)
    root = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    _text(root, "id", feed_id)
    _text(root, "title", title)
    stamps = [s for s in (_stamp(i.date) for i in entries) if s]
    stamp = updated or max(stamps, default=None) or _now()
    _text(root, "updated", stamp)
    etree.SubElement(root, f"{{{ATOM}}}link", rel="self", href=self_link)
    author = etree.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "kamerbrieven")
    for item in entries:
        entry = etree.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "id", item.link)
        _text(entry, "title", item.title or item.id)
        _text(entry, "updated", _stamp(item.date) or stamp)
        etree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=item.link)
        if item.summary:
            _text(entry, "summary", item.summary)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))


def _text(parent: etree._Element, name: str, value: str) -> None:
    etree.SubElement(parent, f"{{{ATOM}}}{name}").text = value


def _stamp(value: str | None) -> str | None:
    """An RFC 3339 time for an ISO date or date-time (a date is its midnight, UTC)."""
    if not value:
        return None
    return f"{value}T00:00:00Z" if len(value) == 10 else value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _items(found: Iterable[Match], link_for: LinkFor) -> list[FeedItem]:
    return [
        FeedItem(m.id, m.title, m.date, link_for(m.id.split(":")[0]), _plain(m.detail))
        for m in list(found)[:MAX_ENTRIES]
    ]


def _plain(snippet: str | None) -> str | None:
    """A search snippet without its <b> marks."""
    return snippet.replace("<b>", "").replace("</b>", "") if snippet else None


def letter_link(base_url: str) -> LinkFor:
    return lambda letter_id: f"{base_url.rstrip('/')}/brieven/{letter_id}"


def alert_feed(kb: KnowledgeBase, name: str, base_url: str) -> bytes:
    """The feed of one alert: what it matches now, newest first."""
    alert = AlertBook(kb.store).need(name)
    base = base_url.rstrip("/")
    return atom_feed(
        f"{base}/feeds/alerts/{name}",
        f"kamerbrieven: {KINDS[alert.kind]} {alert.target}",
        _items(matches(kb, alert), letter_link(base)),
        f"{base}/feeds/alerts/{name}.atom",
    )


def dossier_feed(kb: KnowledgeBase, dossier: str, base_url: str) -> bytes:
    """The feed of a Kamerstuk dossier: its letters, newest first."""
    base = base_url.rstrip("/")
    found = matches(kb, Alert(f"dossier-{dossier}", "dossier", dossier, ""))
    return atom_feed(
        f"{base}/feeds/dossiers/{dossier}",
        f"kamerbrieven: dossier {dossier}",
        _items(found, letter_link(base)),
        f"{base}/feeds/dossiers/{dossier}.atom",
    )
