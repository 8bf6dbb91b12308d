"""One pass over a letter tells, per sentence, which rows of the statement step may match:
it must never leave out a row that does."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamerbrieven.extract.statements import _RULES as rules
from kamerbrieven.nl.sentences import split_sentences

TESTS = Path(__file__).resolve().parents[1]
LETTERS = sorted((TESTS / "golden" / "seeds").glob("*.txt")) + sorted(
    (TESTS / "devset" / "foreign").glob("*.txt")
)


@pytest.mark.parametrize("path", LETTERS, ids=[p.name for p in LETTERS])
def test_a_rule_set_never_passes_by_a_row_that_matches(path):
    """Per sentence, every row of the statement step that matches it is among the rows
    the one pass over the letter leaves live."""
    text = path.read_text("utf-8")
    spans = split_sentences(text)
    for (a, b), live in zip(spans, rules.live_in(text, spans), strict=True):
        sentence = text[a:b]
        assert live == rules.live(sentence)
        for table in rules.tables:
            for rule in table:
                if rule.pattern.search(sentence):
                    assert rule.name in live, (rule.name, sentence)
