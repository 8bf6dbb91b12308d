"""Searching the publication site (SRU) by dossier, dates and kind, and fetching each
publication's files: its XML with metadata.xml where it has them, else its PDF (with its
metadata.xml beside it, which the reader takes in).

The search's next position is saved after each page, so an interrupted run resumes there;
a finished search starts from the top next time, fetching only what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kamerbrieven.sync.errors import FileMissing, SourceFailing
from kamerbrieven.sync.fetching import Fetched, Missing, Run
from kamerbrieven.sync.sru import Publication, build_query, parse_search, search_url

SOURCE = "op"


def sync_publications(run: Run) -> None:
    o = run.options
    query = build_query(o.dossier, o.date_from, o.date_to)
    key = f"{SOURCE}:{query}"
    cursor = run.state.cursor(key)
    if cursor:
        run.report.resumed_from = f"record {cursor}"
    start = int(cursor) if cursor else 1
    while run.room_left():
        response = run.fetcher.get(search_url(o.sru_base, query, start))
        if response.status_code != 200:
            raise SourceFailing(
                f"de zoekdienst van officielebekendmakingen antwoordt HTTP {response.status_code}"
            )
        page = parse_search(response.content)
        run.report.total = page.total
        _publications(run, page.publications)
        if page.next_position is None or not page.publications:
            if not o.dry_run:
                run.state.set_cursor(key, None)  # done: next time from the top
            return
        if not o.dry_run:
            run.state.set_cursor(key, str(page.next_position))
        start = page.next_position


def _publications(run: Run, publications: tuple[Publication, ...]) -> None:
    todo: list[Publication] = []
    for publication in publications:
        run.report.listed += 1
        run.progress("officielebekendmakingen", run.report.listed, run.report.total)
        facts = publication.facts()
        if not run.wanted(facts) or not ({"xml", "pdf"} & set(publication.files)):
            run.report.skipped += 1
        elif run.known_version(SOURCE, publication.identifier, facts.version):
            run.report.unchanged += 1
        elif run.options.dry_run:
            if run.room_left():
                run.report.would_fetch.append(_planned(publication))
        elif run.room_left():
            todo.append(publication)
    for result in run.in_parallel(_guarded(run), todo):
        run.keep(SOURCE, result)


def _guarded(run: Run) -> Callable[[Publication], Fetched | Missing]:
    def fetch(publication: Publication) -> Fetched:
        return _fetch(run, publication)

    def describe(publication: Publication) -> Missing:
        return Missing(
            publication.identifier, publication.facts(), "", {"files": dict(publication.files)}
        )

    return run.guarded(fetch, describe)


def _planned(publication: Publication) -> dict[str, Any]:
    facts = publication.facts()
    return {
        "source": SOURCE,
        "id": publication.identifier,
        "kind": facts.kind,
        "date": facts.date,
        "title": facts.title,
        "url": publication.files.get("xml") or publication.files.get("pdf"),
    }


def _fetch(run: Run, publication: Publication) -> Fetched:
    """The XML (or else the PDF), with metadata.xml beside it."""
    name = publication.identifier
    folder = run.files / SOURCE
    files = publication.files
    main: Path = folder / (f"{name}.xml" if "xml" in files else f"{name}.pdf")
    run.download(files["xml"] if "xml" in files else files["pdf"], main)
    if "metadata" in files:
        try:
            run.download(files["metadata"], folder / f"{name}.metadata.xml")
        except FileMissing:
            pass  # the document itself is there; its metadata.xml only adds to it
    return Fetched(name, publication.facts(), (main,), {"files": dict(files)})
