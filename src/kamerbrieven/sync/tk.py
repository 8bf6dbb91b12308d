"""Following the Tweede Kamer's open data: the SyncFeed's Document and Toezegging
categories from where the last run stopped (its skiptoken), each changed document looked
up in OData v4 and its file fetched: the official XML from the publication site where the
document has been published, else the Tweede Kamer's own file (mostly PDF).

A page's cursor is saved only once every document on it is stored, so an interrupted run
repeats at most one page, and a repeated entry changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from kamerbrieven.sync.errors import FileMissing, SourceFailing
from kamerbrieven.sync.facts import DocumentFacts
from kamerbrieven.sync.fetching import Fetched, Missing, Run
from kamerbrieven.sync.sru import parse_search, search_url
from kamerbrieven.sync.syncfeed import FeedEntry, feed_url, parse_page
from kamerbrieven.sync.tk_data import (
    document_facts,
    document_lookup_url,
    extension_for,
    parse_json,
    toezegging_of,
)
from kamerbrieven.sync.toezeggingen import ToezeggingRegister

SOURCE = "tk"


def sync_tk(run: Run) -> None:
    """Follow the feed's categories to their ends (or the run's limit)."""
    _retry_missing(run)
    categories = ["Document"] + (["Toezegging"] if run.options.toezeggingen else [])
    for category in categories:
        _follow(run, category)


def _follow(run: Run, category: str) -> None:
    key = f"{SOURCE}:{category}"
    cursor = run.state.cursor(key)
    if cursor and run.report.resumed_from is None:
        run.report.resumed_from = f"{category} skiptoken {cursor}"
    url: str | None = feed_url(run.options.tk_base, category, int(cursor) if cursor else None)
    while url and run.room_left():
        response = run.fetcher.get(url)
        if response.status_code != 200:
            raise SourceFailing(
                f"de SyncFeed van de Tweede Kamer antwoordt HTTP {response.status_code}"
            )
        page = parse_page(response.content, category)
        if category == "Document":
            _documents(run, page.entries)
        else:
            _toezeggingen(run, page.entries)
        last = next((e.skiptoken for e in reversed(page.entries) if e.skiptoken), None)
        if last is not None and not run.options.dry_run:
            run.state.set_cursor(key, str(last))
        url = page.next_url


def _documents(run: Run, entries: tuple[FeedEntry, ...]) -> None:
    todo: list[FeedEntry] = []
    for entry in entries:
        run.report.listed += 1
        run.progress("Tweede Kamer: documenten", run.report.listed, None)
        if entry.deleted:
            run.withdraw(SOURCE, entry.id)
        elif _feed_facts(entry).kind is None or not run.wanted(_feed_facts(entry)):
            # agendas, convocations, vote lists: no letter or Kamerstuk to read
            run.report.skipped += 1
        elif run.known_version(SOURCE, entry.id, entry.version):
            run.report.unchanged += 1
        elif run.options.dry_run:
            if run.room_left():
                run.report.would_fetch.append(_planned(entry))
        elif run.room_left():
            todo.append(entry)
    for result in run.in_parallel(_guarded(run), todo):
        run.keep(SOURCE, result)


def _guarded(run: Run) -> Callable[[FeedEntry], Fetched | Missing]:
    def fetch(entry: FeedEntry) -> Fetched:
        return _fetch(run, entry)

    def describe(entry: FeedEntry) -> Missing:
        return Missing(entry.id, _feed_facts(entry), "", {"entry": dataclasses.asdict(entry)})

    return run.guarded(fetch, describe)


def _feed_facts(entry: FeedEntry) -> DocumentFacts:
    """What the feed entry alone says (enough to filter by kind and date)."""
    return document_facts(entry, {})


def _planned(entry: FeedEntry) -> dict[str, Any]:
    facts = _feed_facts(entry)
    return {
        "source": SOURCE,
        "id": entry.id,
        "document_number": facts.document_number,
        "kind": facts.kind,
        "date": facts.date,
        "title": facts.title,
        "url": entry.enclosure,
    }


def _fetch(run: Run, entry: FeedEntry) -> Fetched:
    """The document's facts from OData, then its files."""
    response = run.fetcher.get(document_lookup_url(run.options.tk_base, entry.id))
    odata = parse_json(response.content) if response.status_code == 200 else {}
    facts = document_facts(entry, odata)
    fetch = {"entry": dataclasses.asdict(entry)}
    official = _official_files(run, facts)
    if official:
        return Fetched(entry.id, facts, official, fetch)
    if not entry.enclosure:
        return _no_file(entry, facts, fetch)
    name = facts.document_number or entry.id
    dest = run.files / SOURCE / f"{name}{extension_for(entry.content_type)}"
    run.download(entry.enclosure, dest)
    return Fetched(entry.id, facts, (dest,), fetch)


def _no_file(entry: FeedEntry, facts: DocumentFacts, fetch: dict[str, Any]) -> Fetched:
    raise FileMissing(f"{facts.document_number or entry.id}: de feed noemt geen bestand")


def _official_files(run: Run, facts: DocumentFacts) -> tuple[Any, ...]:
    """The publication's XML and its metadata.xml, when the document has been published."""
    if not facts.official_id:
        return ()
    query = f"c.product-area==officielepublicaties and dt.identifier=={facts.official_id}"
    response = run.fetcher.get(search_url(run.options.sru_base, query, 1, 1))
    if response.status_code != 200:
        return ()
    found = [p for p in parse_search(response.content).publications if "xml" in p.files]
    if not found:
        return ()
    files = found[0].files
    xml = run.files / "op" / f"{facts.official_id}.xml"
    run.download(files["xml"], xml)
    if "metadata" in files:
        run.download(files["metadata"], xml.with_name(f"{facts.official_id}.metadata.xml"))
    return (xml,)


def _toezeggingen(run: Run, entries: tuple[FeedEntry, ...]) -> None:
    register = ToezeggingRegister(run.kb.store)
    for entry in entries:
        run.report.listed += 1
        run.progress("Tweede Kamer: toezeggingen", run.report.toezeggingen, None)
        if run.options.dry_run:
            continue
        if entry.deleted:
            register.delete(entry.id)
        else:
            register.put(toezegging_of(entry))
        run.report.toezeggingen += 1


def _retry_missing(run: Run) -> None:
    """Documents whose file was missing last time: asked for again first."""
    if run.options.dry_run:
        return
    for known in run.state.pending(SOURCE):
        data = known.fetch.get("entry")
        if not isinstance(data, dict):
            continue
        run.keep(SOURCE, _guarded(run)(FeedEntry(**data)))
