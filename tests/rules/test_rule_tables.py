"""Every rule table in the package: each row's examples run, and its derived prefilter
finds exactly what the bare pattern finds (on the examples and on real letters)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import kamerbrieven
from kamerbrieven.rules import Rule, RuleTable

TESTS = Path(__file__).resolve().parents[1]


def _tables() -> list[tuple[str, RuleTable[object]]]:
    found = []
    for info in pkgutil.walk_packages(kamerbrieven.__path__, "kamerbrieven."):
        if ".web" in info.name or ".cli" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, RuleTable) and value.rows:
                found.append((f"{info.name}.{name}", value))
    return found


TABLES = _tables()
ROWS = [(f"{where}:{rule.name}", table, rule) for where, table in TABLES for rule in table]
# Real text to hold the prefilters against the patterns: the seeds and some dev-set letters.
SAMPLES = (
    sorted((TESTS / "golden" / "seeds").glob("*.txt"))
    + sorted((TESTS / "devset" / "foreign").glob("*.txt"))[:6]
)


def test_the_package_has_rule_tables() -> None:
    assert len(TABLES) >= 1


@pytest.mark.parametrize(("where", "table", "rule"), ROWS, ids=[r[0] for r in ROWS])
def test_row_matches_its_example_and_not_its_counter(
    where: str, table: RuleTable[object], rule: Rule[object]
) -> None:
    assert rule.example, f"{where} has no example"
    assert rule.pattern.search(rule.example), f"{where} misses its example {rule.example!r}"
    assert not rule.pattern.search(rule.counter), f"{where} matches its counter {rule.counter!r}"
    # the prefilter must not hide the example's match
    assert table.search(rule, rule.example), f"{where}: prefilter hides the example's match"


@pytest.mark.parametrize(("where", "table", "rule"), ROWS, ids=[r[0] for r in ROWS])
def test_prefilter_finds_what_the_pattern_finds(
    where: str, table: RuleTable[object], rule: Rule[object]
) -> None:
    for path in SAMPLES:
        text = path.read_text("utf-8")
        for piece in (text, rule.example, rule.counter):
            found = [m.span() for m in table.matches(rule, piece, table.starts_in(piece))]
            plain = [m.span() for m in rule.pattern.finditer(piece) if m.end() > m.start()]
            assert found == plain, f"{where} on {path.name}"


def test_prefilter_is_derived_not_written() -> None:
    """A word added to a pattern is a start of it at once: no list to forget."""
    table = RuleTable(
        (
            Rule(
                "inform",
                re.compile(r"\b(?:informeren|berichten)\b", re.I),
                1,
                example="zal ik u berichten",
                counter="bericht",
            ),
        )
    )
    widened = RuleTable(
        (
            Rule(
                "inform",
                re.compile(r"\b(?:informeren|berichten|melden)\b", re.I),
                1,
                example="zal ik u melden",
                counter="meld",
            ),
        )
    )
    assert table.first("ik zal het melden") is None
    assert widened.first("ik zal het melden") is not None
