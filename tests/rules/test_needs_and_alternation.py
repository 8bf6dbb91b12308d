"""The words a rule needs are derived from its pattern, and a table's rows can run as one
alternation: both must give exactly what the bare patterns give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamerbrieven.rules import Rule, RuleTable, needs_of

TESTS = Path(__file__).resolve().parents[1]
LETTERS = sorted((TESTS / "golden" / "seeds").glob("*.txt")) + sorted(
    (TESTS / "devset" / "foreign").glob("*.txt")
)


def _rule(pattern: str, flags: int = 0) -> Rule[int]:
    return Rule("r", re.compile(pattern, flags), 0, example="", counter="")


def test_the_needed_words_are_the_longest_that_every_match_holds():
    government = re.compile(r"(?:[Hh]et\s+(?:Nederlandse\s+)?[Kk]abinet|[Dd]e\s+[Rr]egering)\b")
    assert needs_of(government).words == {"Kabinet", "kabinet", "Regering", "regering"}
    vote = re.compile(r"\bmoties?\b[^;]*?\b(?:is|werd)\s+(?:aangenomen|verworpen)\b", re.I)
    assert needs_of(vote).words == {"aangenomen", "verworpen"}
    assert needs_of(vote).folded


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:motie)?\s*\d+",  # an optional word is no need
        r"(?:motie|)\s+nr",  # nor is one alternative of two when the other is empty
        r"\w+(?=\s+Kamer)",  # a lookahead is not part of the match
        r"(?i:kamer)\s\w",  # a group that folds case otherwise than its pattern
    ],
)
def test_no_words_are_made_up(pattern):
    needs = needs_of(re.compile(pattern))
    assert needs is None or not ({"motie", "Kamer", "kamer"} & needs.words)


@given(
    st.lists(
        st.sampled_from(["de ", "Het ", "kabinet", "Kabinet", "regering", "  ", "moties ", "is "])
        | st.sampled_from(["aangenomen", "VERWORPEN", "werd ", ";", "İ", "x"]),
        max_size=12,
    )
)
def test_a_text_with_a_match_always_holds_a_needed_word(parts):
    text = "".join(parts)
    for rule in (
        _rule(r"(?:[Hh]et\s+(?:Nederlandse\s+)?[Kk]abinet|[Dd]e\s+[Rr]egering)\b"),
        _rule(r"\bmoties?\b[^;]*?\b(?:is|werd)\s+(?:aangenomen|verworpen)\b", re.I),
    ):
        if rule.pattern.search(text):
            assert rule.may_match(text)


# One pattern of four alternatives, and the same as four rows.
_ALTERNATIVES = (
    r"NAVO-?\s?[Rr]aad",
    r"Raad\s+(?!van\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*",
    r"[A-Z][a-z]+raad(?=[\s,;:)])",
    r"(?:19|20)\d\d",
)
_ONE_PATTERN = re.compile(r"(?<![\w-])(?:" + "|".join(_ALTERNATIVES) + ")")
_ROWS = RuleTable(
    tuple(
        Rule(str(i), re.compile(rf"(?<![\w-])(?:{alternative})"), i, example="", counter="")
        for i, alternative in enumerate(_ALTERNATIVES)
    )
)


@pytest.mark.parametrize("path", LETTERS, ids=[p.name for p in LETTERS])
def test_rows_as_one_alternation_match_as_the_one_pattern(path):
    text = path.read_text("utf-8")
    expected = [m.span() for m in _ONE_PATTERN.finditer(text)]
    assert [m.span() for _, m in _ROWS.alternation(text)] == expected
    # and within a stretch of the text, as `finditer(text, pos, endpos)`
    a, b = len(text) // 3, len(text) // 2
    assert [m.span() for _, m in _ROWS.alternation(text, a, b)] == [
        m.span() for m in _ONE_PATTERN.finditer(text, a, b)
    ]
