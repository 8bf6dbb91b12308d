"""Is the store whole? Every letter's rows are what its record says, no row belongs to no
letter, the readings match the sources, the schema is complete; and the repair of what
can be rebuilt from the records themselves.

The record (`letters.record`) is the truth: the `letters` row's columns, the plain tables
(`tables.py`) and the version stamp are derived from it, so each can be compared with
what the record gives, and rewritten from it. Letters are compared a batch at a time, so
100k letters never sit in memory at once.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.record import Letter, record_version
from kamerbrieven.store.rows import EXTRA_ITEM_TYPES, LETTER_COLUMNS, child_rows, letter_row
from kamerbrieven.store.schema import LATEST_VERSION
from kamerbrieven.store.sql import SQLBase
from kamerbrieven.store.tables import Table, record_tables, rows_of

_BATCH = 500
# letters columns derived from the record (not the time it was stored)
_DERIVED = tuple(c for c in LETTER_COLUMNS if c not in ("ingested_at",))


@dataclass
class StoreCheck:
    """What a check found; every list empty means the store is whole."""

    letters: int = 0
    schema_version: int = 0
    damaged: list[str] = field(default_factory=list)  # the database file itself
    schema: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # ids whose record is no letter
    stale_rows: Counter[str] = field(default_factory=Counter)  # table -> letters off
    stale_versions: list[str] = field(default_factory=list)
    orphans: Counter[str] = field(default_factory=Counter)  # table -> rows of no letter
    readings: list[str] = field(default_factory=list)  # ids whose readings miss sources

    @property
    def whole(self) -> bool:
        return not (
            self.damaged
            or self.schema
            or self.unreadable
            or self.stale_rows
            or self.stale_versions
            or self.orphans
            or self.readings
        )


class Checking(SQLBase):
    """`check_consistency` and `repair_derived`; shared by both backends."""

    def check_consistency(self) -> StoreCheck:
        found = StoreCheck(letters=self.count(), schema_version=self.schema_version())
        found.damaged = self._file_damage()
        found.schema = self._schema_gaps()
        for batch in self._batches():
            self._compare_batch(batch, found)
        found.orphans = self._orphan_rows()
        return found

    def repair_derived(self) -> int:
        """Rewrite, from each letter's record, its `letters` columns, version and plain-table
        rows where they differ, and delete rows of no letter; returns the letters rewritten.
        A record that is no letter, a damaged file or readings that miss a source cannot
        be rebuilt from the records: those stay for the user."""
        rewritten = 0
        for batch in self._batches():
            off = self._compare_batch(batch, StoreCheck())
            records = {lid: record for lid, record in batch if lid in off}
            if records:
                with self._transaction() as cur:
                    for letter_id, record in records.items():
                        self._rewrite_derived(cur, letter_id, record)
                rewritten += len(records)
        with self._transaction() as cur:
            for table in reversed(record_tables()):  # lists inside items before their items
                cur.execute(f"DELETE FROM {table.name} WHERE {_no_letter(table)}")
            cur.execute("DELETE FROM readings WHERE letter_id NOT IN (SELECT id FROM letters)")
        return rewritten

    # -- the parts ----------------------------------------------------------------------

    def _file_damage(self) -> list[str]:
        """What the database's own check finds in its file (SQLite); none elsewhere."""
        return []

    def _schema_gaps(self) -> list[str]:
        have = {int(v) for (v,) in self._query("SELECT version FROM schema_migrations")}
        gaps = [f"migratie {v} ontbreekt" for v in range(1, LATEST_VERSION + 1) if v not in have]
        gaps += [f"onbekende migratie {v}" for v in sorted(have) if v > LATEST_VERSION]
        wanted = {t.name for t in record_tables()}
        listed = {name for (name,) in self._query("SELECT name FROM record_tables")}
        gaps += [f"tabel {name} ontbreekt" for name in sorted(wanted - listed)]
        return gaps

    def _batches(self) -> Any:
        """(id, record JSON) of every letter, a batch at a time, by id."""
        last = ""
        while rows := self._query(
            "SELECT id, record FROM letters WHERE id > ? ORDER BY id LIMIT ?", (last, _BATCH)
        ):
            yield rows
            last = rows[-1][0]

    def _compare_batch(self, batch: list[tuple[str, str]], found: StoreCheck) -> set[str]:
        """Compare a batch of letters' derived data with their records; add what is off to
        `found` and return the ids of the letters whose derived data is off."""
        first, last = batch[0][0], batch[-1][0]
        records: dict[str, dict[str, Any]] = {}
        for letter_id, text in batch:
            try:
                record = json.loads(text)
                Letter.from_dict(record, EXTRA_ITEM_TYPES)
            except (ValueError, TypeError, KeyError, AttributeError):
                found.unreadable.append(letter_id)
                continue
            if record.get("id") != letter_id:
                found.unreadable.append(letter_id)
                continue
            records[letter_id] = record
        off = self._compare_letters_rows(first, last, records, found)
        for table in record_tables():
            stored = self._rows_by_letter(table, first, last)
            for letter_id, record in records.items():
                expected = _expected_rows(table, record)
                if Counter(stored.get(letter_id, [])) != Counter(expected):
                    found.stale_rows[table.name] += 1
                    off.add(letter_id)
        self._compare_readings(first, last, records, found)
        return off

    def _compare_letters_rows(
        self, first: str, last: str, records: dict[str, dict[str, Any]], found: StoreCheck
    ) -> set[str]:
        off: set[str] = set()
        columns = ", ".join(_DERIVED)
        rows = self._query(
            f"SELECT {columns} FROM letters WHERE id >= ? AND id <= ?", (first, last)
        )
        for row in rows:
            record = records.get(row[0])
            if record is None:
                continue
            letter = Letter.from_dict(record, EXTRA_ITEM_TYPES)
            stored_record = row[_DERIVED.index("record")]
            expected = dict(zip(LETTER_COLUMNS, letter_row(letter, stored_record), strict=True))
            if row[_DERIVED.index("version")] != record_version(letter):
                found.stale_versions.append(row[0])
                off.add(row[0])
            elif any(
                _plain(value) != _plain(expected[name])
                for name, value in zip(_DERIVED, row, strict=True)
                if name not in ("record", "version")
            ):
                found.stale_rows["letters"] += 1
                off.add(row[0])
        return off

    def _rows_by_letter(
        self, table: Table, first: str, last: str
    ) -> dict[str, list[tuple[Any, ...]]]:
        cols = ", ".join(table.column_names)
        rows = self._query(
            f"SELECT {cols} FROM {table.name} WHERE letter_id >= ? AND letter_id <= ?",
            (first, last),
        )
        by_letter: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            by_letter.setdefault(row[0], []).append(tuple(_plain(v) for v in row))
        return by_letter

    def _compare_readings(
        self, first: str, last: str, records: dict[str, dict[str, Any]], found: StoreCheck
    ) -> None:
        """A letter read from several files keeps each reading; one imported from an export
        keeps none (its record stands for them). Readings of files that are not among its
        sources mean a merge went wrong."""
        readings: dict[str, set[str]] = {}
        for letter_id, sha in self._query(
            "SELECT letter_id, sha256 FROM readings WHERE letter_id >= ? AND letter_id <= ?",
            (first, last),
        ):
            readings.setdefault(letter_id, set()).add(sha)
        for letter_id, shas in readings.items():
            record = records.get(letter_id)
            if record is None:
                continue
            sources = {s.get("sha256") for s in record.get("sources") or ()}
            if not shas <= sources:
                found.readings.append(letter_id)

    def _orphan_rows(self) -> Counter[str]:
        orphans: Counter[str] = Counter()
        for table in record_tables():
            (n,) = self._query(f"SELECT COUNT(*) FROM {table.name} WHERE {_no_letter(table)}")[0]
            if n:
                orphans[table.name] = int(n)
        (n,) = self._query(
            "SELECT COUNT(*) FROM readings WHERE letter_id NOT IN (SELECT id FROM letters)"
        )[0]
        if n:
            orphans["readings"] = int(n)
        return orphans

    def _rewrite_derived(self, cur: Any, letter_id: str, record_text: str) -> None:
        """The letter's `letters` row (its time kept) and plain-table rows, from its record."""
        letter = Letter.from_dict(json.loads(record_text), EXTRA_ITEM_TYPES)
        values = dict(zip(LETTER_COLUMNS, letter_row(letter, record_text), strict=True))
        sets = ", ".join(f"{name} = ?" for name in _DERIVED[1:])
        cur.execute(
            self._sql(f"UPDATE letters SET {sets} WHERE id = ?"),
            (*(values[name] for name in _DERIVED[1:]), letter_id),
        )
        for table in reversed(record_tables()):
            cur.execute(self._sql(f"DELETE FROM {table.name} WHERE letter_id = ?"), (letter_id,))
        for table, rows in child_rows(json.loads(record_text)).items():
            self._insert(cur, table, rows)


def _expected_rows(table: Table, record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [tuple(_plain(v) for v in row) for row in rows_of(table, record)]


def _plain(value: Any) -> Any:
    """A value as both backends give it back (PostgreSQL's integers are ints too)."""
    return int(value) if isinstance(value, bool) else value


def _no_letter(table: Table) -> str:
    """The WHERE clause of a table's rows that belong to no letter (or no parent item)."""
    if table.parent is None:
        return "letter_id NOT IN (SELECT id FROM letters)"
    return (
        f"NOT EXISTS (SELECT 1 FROM {table.parent} p WHERE p.letter_id = {table.name}.letter_id"
        f" AND p.ord = {table.name}.item_ord)"
    )
