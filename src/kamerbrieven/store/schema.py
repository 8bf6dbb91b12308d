"""The store's tables, as numbered migrations in SQL that SQLite and PostgreSQL both run.

Besides the full record (`letters.record`, the JSON that `parse` prints), every list field
has a plain table keyed by `letter_id`, so that `sqlite3`, datasette or psql can query the
knowledge base directly:

    SELECT l.id, l.date, c.target_id FROM letters l JOIN citations c ON c.letter_id = l.id
    WHERE c.type = 'motie';

`citations` holds the record's `references` (REFERENCES is an SQL keyword); offsets into
`letters.text` are `span_start` / `span_end` (END is a keyword too).
"""

from __future__ import annotations

# Tables of list fields, in the order rows.py fills them. Each has letter_id first.
CHILD_TABLES = (
    "senders",
    "signatories",
    "sections",
    "footnotes",
    "citations",
    "dates",
    "entities",
    "acronyms",
    "meetings",
    "statements",
    "warnings",
)

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (
        1,
        "letters and their list fields as plain tables",
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
            """CREATE TABLE senders (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                ministry TEXT NOT NULL)""",
            """CREATE TABLE signatories (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                name TEXT NOT NULL, function TEXT)""",
            """CREATE TABLE sections (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                heading TEXT,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL)""",
            """CREATE TABLE footnotes (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                mark TEXT, text TEXT)""",
            """CREATE TABLE citations (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                type TEXT NOT NULL,
                dossier TEXT, number INTEGER, year TEXT, raw TEXT NOT NULL, target_id TEXT,
                span_start INTEGER, span_end INTEGER)""",
            """CREATE TABLE dates (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                text TEXT NOT NULL,
                date TEXT NOT NULL, date_end TEXT, span_start INTEGER, span_end INTEGER)""",
            """CREATE TABLE entities (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                type TEXT NOT NULL,
                text TEXT NOT NULL, name TEXT NOT NULL, role TEXT, party TEXT,
                span_start INTEGER, span_end INTEGER)""",
            """CREATE TABLE acronyms (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                short TEXT, long TEXT)""",
            """CREATE TABLE meetings (letter_id TEXT NOT NULL, ord INTEGER NOT NULL, body TEXT,
                dates TEXT NOT NULL, first_date TEXT, location TEXT)""",
            """CREATE TABLE statements (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                kind TEXT NOT NULL,
                actor TEXT, text TEXT NOT NULL, section TEXT,
                span_start INTEGER, span_end INTEGER)""",
            """CREATE TABLE warnings (letter_id TEXT NOT NULL, ord INTEGER NOT NULL,
                message TEXT NOT NULL)""",
            *(f"CREATE INDEX {table}_letter ON {table} (letter_id)" for table in CHILD_TABLES),
            "CREATE INDEX citations_target ON citations (target_id)",
            "CREATE INDEX entities_name ON entities (type, name)",
            "CREATE INDEX statements_kind ON statements (kind)",
        ),
    ),
    (
        2,
        "index on ingested_at, for the fingerprint the search index is kept in step by",
        ("CREATE INDEX letters_ingested_at ON letters (ingested_at)",),
    ),
)

LATEST_VERSION = MIGRATIONS[-1][0]

VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"""
