"""Seed letters as the reader leaves them (clean text, sections, footnotes), with their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kamerbrieven.extract import extract_all
from kamerbrieven.record import Letter

DATA = Path(__file__).parent / "data"
SEEDS = ("000_50034ceebe6a1b15", "002_ad9ccb4a6e4e1731")


def load_seed(name: str) -> tuple[Letter, dict]:
    letter = Letter.from_dict(json.loads((DATA / f"{name}.letter.json").read_text("utf-8")))
    gold = json.loads((DATA / f"{name}.gold.json").read_text("utf-8"))
    return letter, gold


@pytest.fixture(scope="session")
def seeds() -> dict[str, tuple[Letter, dict]]:
    """Each seed's extracted letter and its gold reading."""
    out = {}
    for name in SEEDS:
        letter, gold = load_seed(name)
        out[name] = (extract_all(letter), gold)
    return out
