"""The insight tables: what the questions need that no single record holds, derived from
the plain tables (`derive.py`) and kept in step with them (`sync.py`), as the search
index is kept in step with the store.

Each row belongs to one letter, with a foreign key that deletes it with its letter (a
fulfilment belongs to both letters: it goes when either does). Nothing here is
authoritative: the tables are dropped and derived again whenever their definition, the
rules they are derived by, or a plain table they read changes (`signature`).

- `insight_letters`: every letter derived, with the date it is placed at on a timeline
  (its own, or its meeting's last day when it shows none) and what a list shows of it
  (a small row: lists of thousands of letters need not read the large `letters` rows);
- `insight_topics`: a letter's topics (from headings and statements), one row each;
- `insight_statement_topics`: each statement's topics, with its kind and date;
- `insight_commitments`: each commitment, with what it promises as a word a later title
  can show (`promises.subject_key`), its last day, and the last day a later letter can
  still keep it (`keep_until`, `promises.keep_until`);
- `insight_fulfilments`: a later letter that keeps a commitment, and why (and
  `insight_commitments.kept`, whether any does, set with it and checked after a sync);
- `insight_topic_totals`: per topic its letters and first and last date, counted again
  after each sync that changed anything;
- `insight_meetings`: each meeting a letter names, by its body's key and days (and the
  day from which other mentions of it may start, `near_from`), and whether the letter
  prepares it (`agenda`) or reports on it (`verslag`).
"""

from __future__ import annotations

import hashlib

from kamerbrieven.insight import meeting_rules, topic_rules

# Raise when what derive.py or fulfilment.py make changes without the tables changing.
DERIVATION_VERSION = "1"

TABLES: tuple[tuple[str, str], ...] = (
    ("insight_state", "CREATE TABLE insight_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    (
        "insight_letters",
        """CREATE TABLE insight_letters (
            letter_id TEXT PRIMARY KEY REFERENCES letters (id) ON DELETE CASCADE,
            date TEXT,
            dossier TEXT,
            number INTEGER,
            kind TEXT NOT NULL,
            title TEXT,
            dossier_title TEXT)""",
    ),
    (
        "insight_topics",
        """CREATE TABLE insight_topics (
            letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
            topic_key TEXT NOT NULL,
            topic TEXT NOT NULL,
            date TEXT,
            PRIMARY KEY (letter_id, topic_key))""",
    ),
    (
        "insight_statement_topics",
        """CREATE TABLE insight_statement_topics (
            letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
            statement_ord INTEGER NOT NULL,
            topic_key TEXT NOT NULL,
            topic TEXT NOT NULL,
            kind TEXT NOT NULL,
            date TEXT,
            subject_key TEXT,
            keep_until TEXT,
            PRIMARY KEY (letter_id, statement_ord, topic_key))""",
    ),
    (
        "insight_commitments",
        """CREATE TABLE insight_commitments (
            letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
            statement_ord INTEGER NOT NULL,
            date TEXT,
            dossier TEXT,
            subject_key TEXT,
            not_after TEXT,
            keep_until TEXT,
            kept INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (letter_id, statement_ord))""",
    ),
    (
        "insight_fulfilments",
        """CREATE TABLE insight_fulfilments (
            letter_id TEXT NOT NULL,
            statement_ord INTEGER NOT NULL,
            by_letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
            by_date TEXT,
            cites INTEGER NOT NULL,
            is_document INTEGER NOT NULL,
            same_dossier INTEGER NOT NULL,
            topic TEXT,
            PRIMARY KEY (letter_id, statement_ord, by_letter_id),
            FOREIGN KEY (letter_id, statement_ord)
                REFERENCES insight_commitments (letter_id, statement_ord) ON DELETE CASCADE)""",
    ),
    (
        "insight_topic_totals",
        """CREATE TABLE insight_topic_totals (
            topic_key TEXT PRIMARY KEY,
            topic TEXT NOT NULL,
            letters INTEGER NOT NULL,
            first TEXT,
            last TEXT)""",
    ),
    (
        "insight_meetings",
        """CREATE TABLE insight_meetings (
            letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
            meeting_ord INTEGER NOT NULL,
            body_key TEXT NOT NULL,
            body TEXT NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            near_from TEXT NOT NULL,
            location TEXT,
            role TEXT NOT NULL,
            PRIMARY KEY (letter_id, meeting_ord))""",
    ),
)

# Besides the keys: what the questions look up by. The last ones are on plain tables
# (a dossier's cited documents); they go when their table is rebuilt, and the signature,
# which holds the plain tables' own, has them made again.
INDEXES: tuple[str, ...] = (
    "CREATE INDEX insight_letters_dossier ON insight_letters (dossier, date)",
    "CREATE INDEX insight_letters_number ON insight_letters (dossier, number, date)",
    "CREATE INDEX insight_letters_date ON insight_letters (date)",
    # covering: `topics` counts and dates every topic from the index alone
    "CREATE INDEX insight_topics_key ON insight_topics (topic_key, date, topic)",
    "CREATE INDEX insight_statement_topics_key ON insight_statement_topics (topic_key, kind, date)",
    "CREATE INDEX insight_statement_topics_promise"
    " ON insight_statement_topics (topic_key, subject_key, date)",
    "CREATE INDEX insight_commitments_date ON insight_commitments (date)",
    "CREATE INDEX insight_commitments_promise ON insight_commitments (dossier, subject_key, date)",
    "CREATE INDEX insight_commitments_subject ON insight_commitments (subject_key, date)",
    "CREATE INDEX insight_commitments_status ON insight_commitments (kept, not_after)",
    "CREATE INDEX insight_topic_totals_letters ON insight_topic_totals (letters)",
    "CREATE INDEX insight_fulfilments_by ON insight_fulfilments (by_letter_id)",
    "CREATE INDEX insight_meetings_body ON insight_meetings (body_key, first_day)",
    "CREATE INDEX insight_meetings_day ON insight_meetings (first_day)",
    "CREATE INDEX insight_citations_dossier ON citations (dossier, target_id, letter_id, number)",
    "CREATE INDEX insight_senders_ministry ON senders (ministry)",
)
PLAIN_INDEXES = ("insight_citations_dossier", "insight_senders_ministry")

# The plain tables derive.py and the questions read: a rebuild of one derives again.
READS = (
    "citations",
    "sections",
    "senders",
    "entities",
    "meetings",
    "meetings_dates",
    "statements",
    "statements_topics",
)


def signature(plain_signatures: dict[str, str]) -> str:
    """Changes whenever the insight tables must be made again."""
    parts = [
        DERIVATION_VERSION,
        *(sql for _, sql in TABLES),
        *INDEXES,
        topic_rules.rules_version(),
        meeting_rules.rules_version(),
        *(f"{name}={plain_signatures.get(name, '')}" for name in READS),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
