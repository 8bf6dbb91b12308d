"""A Letter as rows of the store: its `letters` row (schema.py) and the rows of its plain
tables (tables.py); the same for every backend."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from kamerbrieven.extract import record_fields
from kamerbrieven.record import SCALAR_FIELDS, Letter, record_version
from kamerbrieven.store.tables import Table, record_tables, rows_of

# The item types of the fields only extractors declare, to read records back typed.
EXTRA_ITEM_TYPES = {f.name: f.item for f in record_fields() if f.name not in Letter.__annotations__}

LETTER_COLUMNS = (
    "id",
    "source_path",
    "sha256",
    "format",
    *SCALAR_FIELDS[1:],  # kind, dossier, dossier_title, number, date, title, addressee, text
    "senders_text",
    "ingested_at",
    "record",
    "version",
)


def record_json(letter: Letter) -> str:
    """The record exactly as `parse --format json` prints it."""
    return json.dumps(letter.to_dict(), ensure_ascii=False)


def letter_row(letter: Letter, record: str) -> tuple[Any, ...]:
    """The `letters` row of a letter whose record (JSON) is `record`, in LETTER_COLUMNS order."""
    values = {name: getattr(letter, name) for name in SCALAR_FIELDS}
    values |= {
        "source_path": letter.source.path,
        "sha256": letter.source.sha256,
        "format": letter.source.format,
        "senders_text": "; ".join(letter.senders),
        # microseconds: the store's fingerprint (sql.py) must change with every put
        "ingested_at": datetime.now(UTC).isoformat(timespec="microseconds"),
        "record": record,
        "version": record_version(letter),
    }
    return tuple(values[column] for column in LETTER_COLUMNS)


def child_rows(record: dict[str, Any]) -> dict[Table, list[tuple[Any, ...]]]:
    """Rows for each plain table (`tables.py`), in record order (`ord`)."""
    return {table: list(rows_of(table, record)) for table in record_tables()}
