"""A Letter as rows of the store's plain tables (schema.py); the same for every backend."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from kamerbrieven.record import Letter

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
)

CHILD_COLUMNS: dict[str, tuple[str, ...]] = {
    "senders": ("letter_id", "ord", "ministry"),
    "signatories": ("letter_id", "ord", "name", "function"),
    "sections": ("letter_id", "ord", "heading", "span_start", "span_end"),
    "footnotes": ("letter_id", "ord", "mark", "text"),
    "citations": (
        "letter_id",
        "ord",
        "type",
        "dossier",
        "number",
        "year",
        "raw",
        "target_id",
        "span_start",
        "span_end",
    ),
    "dates": ("letter_id", "ord", "text", "date", "date_end", "span_start", "span_end"),
    "entities": (
        "letter_id",
        "ord",
        "type",
        "text",
        "name",
        "role",
        "party",
        "span_start",
        "span_end",
    ),
    "acronyms": ("letter_id", "ord", "short", "long"),
    "meetings": ("letter_id", "ord", "body", "dates", "first_date", "location"),
    "statements": (
        "letter_id",
        "ord",
        "kind",
        "actor",
        "text",
        "section",
        "span_start",
        "span_end",
    ),
    "warnings": ("letter_id", "ord", "message"),
}


def record_json(letter: Letter) -> str:
    """The record exactly as `parse --format json` prints it."""
    return json.dumps(letter.to_dict(), ensure_ascii=False)


def letter_row(letter: Letter) -> tuple[Any, ...]:
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
        record_json(letter),
    )


def child_rows(letter: Letter) -> dict[str, list[tuple[Any, ...]]]:
    """Rows for each plain table, in record order (`ord`)."""
    lid = letter.id
    return {
        "senders": [(lid, i, s) for i, s in enumerate(letter.senders)],
        "signatories": [(lid, i, s.name, s.function) for i, s in enumerate(letter.signatories)],
        "sections": [(lid, i, s.heading, s.start, s.end) for i, s in enumerate(letter.sections)],
        "footnotes": [(lid, i, f.mark, f.text) for i, f in enumerate(letter.footnotes)],
        "citations": [
            (lid, i, r.type, r.dossier, r.number, r.year, r.raw, r.target_id, *_span(r.span))
            for i, r in enumerate(letter.references)
        ],
        "dates": [
            (lid, i, d.text, d.date, d.date_end, *_span(d.span)) for i, d in enumerate(letter.dates)
        ],
        "entities": [
            (lid, i, e.type, e.text, e.name, e.role, e.party, *_span(e.span))
            for i, e in enumerate(letter.entities)
        ],
        "acronyms": [(lid, i, a.short, a.long) for i, a in enumerate(letter.acronyms)],
        "meetings": [
            (lid, i, m.body, json.dumps(list(m.dates)), m.dates[0] if m.dates else None, m.location)
            for i, m in enumerate(letter.meetings)
        ],
        "statements": [
            (lid, i, s.kind, s.actor, s.text, s.section, *_span(s.span))
            for i, s in enumerate(letter.statements)
        ],
        "warnings": [(lid, i, w) for i, w in enumerate(letter.warnings)],
    }


def _span(span: Any) -> tuple[Any, Any]:
    if span is None or len(span) != 2:
        return (None, None)
    return (span[0], span[1])
