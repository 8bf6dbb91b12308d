"""What sync remembers between runs, in the store: each feed's cursor, each synced
document (its version, the files it became, the letter they were read into) and each
file's HTTP validators. So a run fetches only what changed and resumes where the last
one stopped."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kamerbrieven.store import Store
from kamerbrieven.sync.facts import DocumentFacts
from kamerbrieven.sync.http import Validators

OK = "ok"
MISSING = "missing"  # the source listed it but did not serve its file: tried again next run


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class SyncedDocument:
    source: str  # "tk" or "op"
    remote_id: str
    version: str
    status: str
    facts: DocumentFacts
    paths: tuple[str, ...] = ()
    letter_id: str | None = None
    # how to fetch it again (the feed entry, or the publication's file URLs)
    fetch: dict[str, Any] = field(default_factory=dict)


class SyncState:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- cursors -------------------------------------------------------------------------
    def cursor(self, source: str) -> str | None:
        rows = self.store.query("SELECT cursor FROM sync_cursors WHERE source = ?", [source])
        return str(rows[0][0]) if rows else None

    def set_cursor(self, source: str, cursor: str | None) -> None:
        with self.store.writing() as db:
            if cursor is None:
                db.execute("DELETE FROM sync_cursors WHERE source = ?", [source])
                return
            db.execute(
                "INSERT INTO sync_cursors (source, cursor, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor, "
                "updated_at = excluded.updated_at",
                [source, cursor, now()],
            )

    # -- documents -----------------------------------------------------------------------
    def document(self, source: str, remote_id: str) -> SyncedDocument | None:
        rows = self.store.query(
            "SELECT source, remote_id, version, status, facts, paths, letter_id "
            "FROM sync_documents WHERE source = ? AND remote_id = ?",
            [source, remote_id],
        )
        return _document(rows[0]) if rows else None

    def pending(self, source: str) -> list[SyncedDocument]:
        """Documents whose file the source did not serve last time."""
        rows = self.store.query(
            "SELECT source, remote_id, version, status, facts, paths, letter_id "
            "FROM sync_documents WHERE source = ? AND status <> ? ORDER BY remote_id",
            [source, OK],
        )
        return [_document(row) for row in rows]

    def put_document(self, doc: SyncedDocument) -> None:
        facts = json.dumps({"facts": doc.facts.to_json(), "fetch": doc.fetch}, ensure_ascii=False)
        values = [
            doc.source,
            doc.remote_id,
            doc.version,
            doc.status,
            doc.letter_id,
            doc.facts.document_number,
            doc.facts.official_id,
            json.dumps(list(doc.paths)),
            facts,
            now(),
        ]
        columns = (
            "source, remote_id, version, status, letter_id, document_number, official_id, "
            "paths, facts, synced_at"
        )
        updates = ", ".join(
            f"{c} = excluded.{c}"
            for c in (
                "version status letter_id document_number official_id paths facts synced_at"
            ).split()
        )
        with self.store.writing() as db:
            db.execute(
                f"INSERT INTO sync_documents ({columns}) VALUES ({', '.join('?' * 10)}) "
                f"ON CONFLICT (source, remote_id) DO UPDATE SET {updates}",
                values,
            )

    def remove_document(self, source: str, remote_id: str) -> None:
        with self.store.writing() as db:
            db.execute(
                "DELETE FROM sync_documents WHERE source = ? AND remote_id = ?", [source, remote_id]
            )

    # -- HTTP validators -----------------------------------------------------------------
    def all_validators(self) -> dict[str, Validators]:
        """Every file's validators, read once a run (the download threads may not use the
        store's connection)."""
        rows = self.store.query("SELECT url, etag, last_modified FROM http_validators")
        return {url: Validators(etag, modified) for url, etag, modified in rows}

    def put_validators(self, url: str, validators: Validators, path: str, sha256: str) -> None:
        with self.store.writing() as db:
            db.execute(
                "INSERT INTO http_validators (url, etag, last_modified, path, sha256, fetched_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, path = excluded.path, "
                "sha256 = excluded.sha256, fetched_at = excluded.fetched_at",
                [url, validators.etag, validators.last_modified, path, sha256, now()],
            )


def _document(row: tuple[Any, ...]) -> SyncedDocument:
    source, remote_id, version, status, facts, paths, letter_id = row
    data = json.loads(facts)
    return SyncedDocument(
        source,
        remote_id,
        version,
        status,
        DocumentFacts.from_json(data["facts"]),
        tuple(json.loads(paths)),
        letter_id,
        data.get("fetch") or {},
    )
