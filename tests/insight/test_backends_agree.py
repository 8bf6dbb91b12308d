"""SQLite and PostgreSQL give the same answers on 600 generated letters: two batches of
derivation (pairs across them), hundreds of meetings, commitments and citations."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.insight.generated import letters

from kamerbrieven.insight import Insight, RegisterFilter
from kamerbrieven.store import open_store

pytestmark = pytest.mark.postgres
SIZE = 600


def _answers(db: str) -> dict[str, Any]:
    with open_store(db) as store:
        for letter in letters(SIZE):
            store.put(letter)
        insight = Insight(store)
        assert insight.sync() == SIZE
        biggest = insight.topics(limit=1)[0].topic
        dossier = insight.db.rows(
            "SELECT dossier FROM letters GROUP BY dossier ORDER BY COUNT(*) DESC, dossier LIMIT 1"
        )[0][0]
        meetings = insight.meetings()
        june = RegisterFilter(today=date(2026, 6, 1))
        return {
            "topics": [t.to_dict() for t in insight.topics()],
            "timeline": insight.timeline(biggest).to_dict(),
            "positions": [p.to_dict() for p in insight.positions(topic=biggest, date_from="2015")],
            "register": [c.to_dict() for c in insight.commitments(june)],
            "counts": insight.commitment_counts(june),
            "meetings": [m.to_dict() for m in meetings],
            "meeting": insight.meeting(meetings[0].meeting.id).to_dict(),
            "dossier": insight.dossier(dossier).to_dict(),
        }


def test_both_backends_answer_alike(tmp_path: Path, pg_url: str) -> None:
    on_sqlite = _answers(str(tmp_path / "kamerbrieven.db"))
    on_postgres = _answers(pg_url)
    kept = [c for c in on_sqlite["register"] if c["status"] == "kept"]
    assert kept and on_sqlite["meetings"] and len(on_sqlite["timeline"]) > 10  # not empty
    for question, answer in on_sqlite.items():
        assert on_postgres[question] == answer, question
