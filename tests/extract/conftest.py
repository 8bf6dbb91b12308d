"""Seed letters as the reader leaves them (clean text, sections, footnotes), with their gold.

The letters are read from the one copy of the seeds (tests/golden/seeds) by the reader
itself, so what the extractors get is what the pipeline gives them today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kamerbrieven.enrich import enrich_all
from kamerbrieven.extract import extract_all
from kamerbrieven.ingest import read_file
from kamerbrieven.parse import read_letter
from kamerbrieven.record import Letter

SEED_DIR = Path(__file__).resolve().parents[1] / "golden" / "seeds"
SEEDS = ("000_50034ceebe6a1b15", "002_ad9ccb4a6e4e1731")


def load_seed(name: str) -> tuple[Letter, dict]:
    """The seed as the reader leaves it (before extraction), and its gold reading."""
    letter = read_letter(read_file(SEED_DIR / f"{name}.txt", 50 << 20))
    gold = json.loads((SEED_DIR / f"{name}.gold.json").read_text("utf-8"))
    return letter, gold


@pytest.fixture(scope="session")
def seeds() -> dict[str, tuple[Letter, dict]]:
    """Each seed's extracted letter and its gold reading."""
    out = {}
    for name in SEEDS:
        letter, gold = load_seed(name)
        out[name] = (enrich_all(extract_all(letter)), gold)
    return out
