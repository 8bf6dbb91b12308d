"""`kamerbrieven sync`: documents and their metadata from the official open sources, into
the knowledge base. The only part of kamerbrieven that uses the network.

Two sources (docs/dependencies.md says which libraries, and why):

- the Tweede Kamer's open data (`gegevensmagazijn.tweedekamer.nl`): SyncFeed 2.0 followed
  incrementally (updates and deletions, resumable by skiptoken), OData v4 look-ups, each
  document's file, and the register of commitments (toezeggingen) (`tk.py`);
- the publication site's search service (SRU at `repository.overheid.nl/sru`) by dossier,
  dates and kind, with each publication's XML, metadata.xml or PDF (`publications.py`).

    from kamerbrieven import open_knowledge_base
    from kamerbrieven.sync import SyncOptions, sync

    with open_knowledge_base("kamerbrieven.db") as kb:
        report = sync(kb, SyncOptions(source="op", dossier="21501-02"))
"""

from __future__ import annotations

import time

from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.sync.errors import (
    FileMissing,
    SourceFailing,
    SourceFormatError,
    SourceUnreachable,
    SyncError,
)
from kamerbrieven.sync.fetching import Progress, Run
from kamerbrieven.sync.http import Fetcher, HttpSettings
from kamerbrieven.sync.publications import sync_publications
from kamerbrieven.sync.report import SyncOptions, SyncReport
from kamerbrieven.sync.tk import sync_tk
from kamerbrieven.sync.toezeggingen import Toezegging, ToezeggingRegister

__all__ = [
    "FileMissing",
    "HttpSettings",
    "SourceFailing",
    "SourceFormatError",
    "SourceUnreachable",
    "SyncError",
    "SyncOptions",
    "SyncReport",
    "Toezegging",
    "ToezeggingRegister",
    "sync",
]


def sync(
    kb: KnowledgeBase,
    options: SyncOptions,
    http: HttpSettings | None = None,
    progress: Progress | None = None,
) -> SyncReport:
    """Fetch what changed at the source and store it; returns what was done.

    What was stored before an error or Ctrl-C stays stored and the next run resumes after
    it; the error itself (offline, a source failing, a changed format) is raised as a
    SyncError with a one-line Dutch message. A Ctrl-C ends the run with `interrupted` set.
    """
    started = time.perf_counter()
    report = SyncReport(options.source)
    with Fetcher(http) as fetcher:
        run = Run(kb, options, fetcher, report, progress)
        try:
            if options.source == "op":
                sync_publications(run)
            else:
                sync_tk(run)
        except KeyboardInterrupt:
            report.interrupted = True
        finally:
            report.requests = fetcher.requests
            report.seconds = time.perf_counter() - started
            if not options.dry_run:
                kb.sync_index()  # withdrawn and replaced readings leave the index too
    return report
