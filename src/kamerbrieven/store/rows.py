"""A Letter as rows of the store: its `letters` row (schema.py) and the rows of its plain
tables (tables.py); the same for every backend."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from kamerbrieven.extract import record_fields
from kamerbrieven.record import Letter, record_version
from kamerbrieven.store.tables import Table, record_tables, rows_of

# The item types of the fields only extractors declare, to read records back typed.
EXTRA_ITEM_TYPES = {f.name: f.item for f in record_fields() if f.name not in Letter.__annotations__}

LETTER_COLUMNS = (
    "id",
    "source_path",
    "sha256",
    "format",
    "kind",
    "dossier",
    "dossier_title",
    "number",
    "date",
    "title",
    "addressee",
    "senders_text",
    "text",
    "ingested_at",
    "record",
    "version",
)


def record_json(letter: Letter) -> str:
    """The record exactly as `parse --format json` prints it."""
    return json.dumps(letter.to_dict(), ensure_ascii=False)


def letter_row(letter: Letter, record: str) -> tuple[Any, ...]:
    """The `letters` row of a letter whose record (JSON) is `record`."""
    return (
        letter.id,
        letter.source.path,
        letter.source.sha256,
        letter.source.format,
        letter.kind,
        letter.dossier,
        letter.dossier_title,
        letter.number,
        letter.date,
        letter.title,
        letter.addressee,
        "; ".join(letter.senders),
        letter.text,
        # microseconds: the store's fingerprint (base.py) must change with every put
        datetime.now(UTC).isoformat(timespec="microseconds"),
        record,
        record_version(letter),
    )


def child_rows(record: dict[str, Any]) -> dict[Table, list[tuple[Any, ...]]]:
    """Rows for each plain table (`tables.py`), in record order (`ord`)."""
    return {table: list(rows_of(table, record)) for table in record_tables()}
