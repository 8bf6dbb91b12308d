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
    (
        6,
        "sync: where each synced document came from, feed cursors, HTTP validators, the "
        "Tweede Kamer's register of commitments (toezeggingen) and saved alerts",
        (
            """CREATE TABLE sync_cursors (
                source TEXT PRIMARY KEY, cursor TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            """CREATE TABLE sync_documents (
                source TEXT NOT NULL,
                remote_id TEXT NOT NULL,
                version TEXT NOT NULL,
                status TEXT NOT NULL,
                letter_id TEXT,
                document_number TEXT,
                official_id TEXT,
                paths TEXT NOT NULL,
                facts TEXT NOT NULL,
                synced_at TEXT NOT NULL,
                PRIMARY KEY (source, remote_id))""",
            "CREATE INDEX sync_documents_number ON sync_documents (document_number)",
            "CREATE INDEX sync_documents_letter ON sync_documents (letter_id)",
            """CREATE TABLE http_validators (
                url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, path TEXT NOT NULL,
                sha256 TEXT NOT NULL, fetched_at TEXT NOT NULL)""",
            """CREATE TABLE toezeggingen (
                id TEXT PRIMARY KEY,
                number TEXT,
                text TEXT NOT NULL,
                person TEXT,
                function TEXT,
                ministry TEXT,
                status TEXT,
                deadline TEXT,
                made_on TEXT,
                fulfilled_by TEXT,
                fulfilled_on TEXT,
                activity_number TEXT,
                updated TEXT NOT NULL)""",
            "CREATE INDEX toezeggingen_number ON toezeggingen (number)",
            "CREATE INDEX toezeggingen_fulfilled_by ON toezeggingen (fulfilled_by)",
            """CREATE TABLE alerts (
                name TEXT PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,
                created_at TEXT NOT NULL, checked_at TEXT)""",
            """CREATE TABLE alert_seen (
                alert TEXT NOT NULL REFERENCES alerts (name) ON DELETE CASCADE,
                item TEXT NOT NULL, seen_at TEXT NOT NULL,
                PRIMARY KEY (alert, item))""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1][0]

VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"""
