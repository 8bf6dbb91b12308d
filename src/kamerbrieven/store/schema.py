"""The `letters` table, as numbered migrations in SQL that SQLite and PostgreSQL both run.

Besides the full record (`letters.record`, the JSON that `parse` prints), every list field
has a plain table keyed by (`letter_id`, `ord`), derived from the record fields the steps
declare (`tables.py`), so that `sqlite3`, datasette or psql can query the knowledge base
directly:

    SELECT l.id, l.date, c.target_id FROM letters l JOIN citations c ON c.letter_id = l.id
    WHERE c.type = 'motie';

`citations` holds the record's `references` (REFERENCES is an SQL keyword); offsets into
`letters.text` are `span_start` / `span_end` (END is a keyword too).
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (
        1,
        "letters",
        (
            """CREATE TABLE letters (
                id TEXT PRIMARY KEY,
                source_path TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                format TEXT NOT NULL,
                kind TEXT NOT NULL,
                dossier TEXT,
                dossier_title TEXT,
                number INTEGER,
                date TEXT,
                title TEXT,
                addressee TEXT,
                senders_text TEXT NOT NULL,
                text TEXT NOT NULL,
                ingested_at TEXT NOT NULL,
                record TEXT NOT NULL
            )""",
            "CREATE INDEX letters_source_path ON letters (source_path)",
            "CREATE INDEX letters_sha256 ON letters (sha256)",
            "CREATE INDEX letters_date ON letters (date)",
            "CREATE INDEX letters_dossier ON letters (dossier, number)",
            "CREATE INDEX letters_kind ON letters (kind)",
        ),
    ),
    (
        2,
        "index on ingested_at, for the fingerprint the search index is kept in step by",
        ("CREATE INDEX letters_ingested_at ON letters (ingested_at)",),
    ),
    (
        3,
        "the list fields' tables are derived from the record fields (store/tables.py)",
        (
            """CREATE TABLE record_tables (
                name TEXT PRIMARY KEY, signature TEXT NOT NULL)""",
        ),
    ),
    (
        4,
        "a document read from several files keeps each reading (store/readings.py)",
        (
            """CREATE TABLE readings (
                letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
                sha256 TEXT NOT NULL,
                record TEXT NOT NULL,
                PRIMARY KEY (letter_id, sha256))""",
        ),
    ),
    (
        5,
        "a hash of each record (record.record_version), for the index to compare with",
        (
            "ALTER TABLE letters ADD COLUMN version TEXT",
            "CREATE INDEX letters_version ON letters (version)",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1][0]

VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"""
