"""Writing records as they are: what `kamerbrieven import` does with the lines of an
export, so a store moved through JSON Lines holds the same records.

A record goes in whole, in one transaction, with its `letters` row and plain-table rows
derived as `put` derives them; its sources keep the times they were first read. The same
record again changes nothing, a changed one replaces the letter of its id. The readings a
merged letter was made from are not in an export: its record stands for them (a later
ingest of one of its files merges with the record).
"""

from __future__ import annotations

import json
from typing import Any

from kamerbrieven.record import Letter
from kamerbrieven.store.rows import LETTER_COLUMNS, child_rows, letter_row
from kamerbrieven.store.sql import SQLBase


class Importing(SQLBase):
    """`put_record`; shared by both backends."""

    def put_record(self, letter: Letter) -> str:
        """Store a letter's record exactly; `added`, `updated` or `unchanged`."""
        record = letter.to_dict()
        text = json.dumps(record, ensure_ascii=False)
        with self._transaction() as cur:
            self._lock_letter(cur, letter.id)
            cur.execute(self._sql("SELECT record FROM letters WHERE id = ?"), (letter.id,))
            stored = cur.fetchall()
            if stored and stored[0][0] == text:
                return "unchanged"
            cur.execute(self._sql("DELETE FROM letters WHERE id = ?"), (letter.id,))
            columns = ", ".join(LETTER_COLUMNS)
            marks = ", ".join("?" for _ in LETTER_COLUMNS)
            sql = f"INSERT INTO letters ({columns}) VALUES ({marks})"
            cur.execute(self._sql(sql), letter_row(letter, text))
            for table, rows in child_rows(record).items():
                self._insert(cur, table, rows)
        return "updated" if stored else "added"

    def _lock_letter(self, cur: Any, letter_id: str) -> None:
        """Hold the letter against other writers until the transaction ends (PostgreSQL's
        advisory lock; SQLite's transaction holds the whole store)."""
