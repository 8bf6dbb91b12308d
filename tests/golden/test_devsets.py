"""The whole reader and extractor against hand-written gold, scored by score.py (the
project's scorer, vendored beside this file): the seeds must stay perfect and the two dev
sets of real letters (tests/devset/*/README.md) must not fall below what was measured."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
PARSE = f"{Path(sys.executable).parent / 'kamerbrieven'} parse --format json"

EVERY_METRIC = (
    "kind number date senders signatories headings references meetings positions decisions "
    "commitments countries persons acronyms footnotes dates dehyphenation"
).split()

# Floors: the figures measured last (see the issue notes); a change may raise them, never
# lower them without saying why.
FLOORS = {
    "seeds": dict.fromkeys(EVERY_METRIC, 1.0),
    "domestic": {
        "kind": 1.0, "dossier": 1.0, "number": 1.0, "date": 1.0, "title": 1.0,
        "senders": 1.0, "signatories": 1.0, "headings": 0.98, "references": 0.9,
        "dates": 0.98, "persons": 1.0, "countries": 1.0, "acronyms": 1.0,
        "footnotes": 0.9, "dehyphenation": 0.94, "positions": 0.79, "decisions": 0.66,
        "commitments": 1.0, "meetings": 1.0,
    },
    "foreign": {
        "kind": 0.92, "dossier": 1.0, "number": 1.0, "date": 1.0, "title": 1.0,
        "senders": 1.0, "signatories": 1.0, "headings": 1.0, "references": 1.0,
        "dates": 0.92, "persons": 0.95, "countries": 0.97, "acronyms": 0.84,
        "footnotes": 1.0, "meetings": 0.87, "positions": 0.83, "decisions": 0.85,
        "commitments": 1.0,
    },
    # held out: measured before any change made for it (see its README), then raised
    # by general fixes; these floors are the figures after them
    "heldout": {
        "kind": 1.0, "dossier": 1.0, "number": 1.0, "date": 1.0, "senders": 1.0,
        "signatories": 1.0, "headings": 0.99, "references": 0.89, "dates": 0.95,
        "persons": 0.94, "countries": 0.94, "acronyms": 0.84, "footnotes": 1.0,
        "positions": 0.79, "decisions": 0.66, "commitments": 1.0, "meetings": 0.66,
    },
    # held out 2: measured first at 0.624 (see its README), then raised by general fixes
    "heldout2": {
        "kind": 1.0, "dossier": 1.0, "number": 1.0, "date": 1.0, "title": 0.74,
        "senders": 1.0, "signatories": 1.0, "headings": 0.94, "references": 0.92,
        "meetings": 0.88, "decisions": 0.79, "countries": 0.97, "persons": 0.97,
        "acronyms": 0.92, "dates": 0.95, "positions": 0.79, "commitments": 1.0,
    },
}  # fmt: skip
GOLD = {
    "seeds": HERE / "seeds",
    "domestic": TESTS / "devset" / "domestic",
    "foreign": TESTS / "devset" / "foreign",
    "heldout": TESTS / "devset" / "heldout",
    "heldout2": TESTS / "devset" / "heldout2",
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_do_not_fall_below_their_floor(name: str) -> None:
    floors = [f"--min={metric}={value}" for metric, value in FLOORS[name].items()]
    done = subprocess.run(
        [sys.executable, str(HERE / "score.py"), "--gold", str(GOLD[name]), "--cmd", PARSE]
        + floors,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "without a record: 0" in done.stdout
