"""The statement extractor on the hand-labelled sentences of tests/devset/statements,
scored by score_statements.py: the figures must not fall below what was measured.

`tuned` is the part the rules were written from; `untuned` was only ever measured (see
the dev set's README), so its floors say how the rules do on sentences they were not
written from. A change may raise a floor, never lower it without saying why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.golden.score_statements import score

DEVSET = Path(__file__).resolve().parents[1] / "devset" / "statements"

# Measured last (docs/quality.md, "Statements"); per kind F1, then accuracies.
FLOORS = {
    "tuned": {
        "position": 0.93, "decision": 0.96, "commitment": 0.94,
        "actor": 1.0, "subject": 1.0, "deadline": 1.0, "deadline-all": 0.9,
    },
    "untuned": {
        "position": 0.77, "decision": 0.28, "commitment": 0.46,
        "actor": 1.0, "subject": 0.66, "deadline": 1.0, "deadline-all": 0.37,
    },
}  # fmt: skip


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_statement_scores_do_not_fall_below_their_floor(part: str) -> None:
    lines = (DEVSET / f"{part}.jsonl").read_text("utf-8").splitlines()
    results, report, _ = score(json.loads(line) for line in lines if line.strip())
    below = {
        name: round(results[name], 3)
        for name, floor in FLOORS[part].items()
        if results[name] < floor
    }
    assert below == {}, "\n".join(report)


def test_a_missed_commitment_counts_against_the_deadline_of_all() -> None:
    row = {
        "letter": "x", "letter_date": "2023-05-30", "section": None,
        "sentence": "Het weer was goed.", "kind": "commitment", "actor": None,
        "subject": "brief", "deadline": {"text": "dit najaar", "not_after": "2023-12-31"},
    }  # fmt: skip
    results, _, counts = score([row])
    assert results["commitment"] == 0.0
    assert results["deadline-all"] == 0.0
    assert counts.asked.get("deadline", 0) == 0
