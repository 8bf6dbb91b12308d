"""Whole seed letters against their hand-written gold, with the rules of score.py."""

from __future__ import annotations

import re

import pytest

SEEDS = ("000_50034ceebe6a1b15", "002_ad9ccb4a6e4e1731")


def _tokens(s: str) -> set[str]:
    s = re.sub(r"\[\d+\]|(?<=[a-z\)])\d(?=[\s.,:;])", " ", s.lower())
    return set(re.findall(r"\w+", s))


def _similar(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) >= 0.7


@pytest.mark.parametrize("name", SEEDS)
def test_seed_references_are_the_gold_kamerstukken_and_handelingen(seeds, name):
    letter, gold = seeds[name]
    found = {(r.dossier, r.number) if r.dossier else r.raw for r in letter.references}
    expected = {
        (g["dossier"], g["number"]) if g.get("dossier") else g["raw"] for g in gold["references"]
    }
    assert found == expected


@pytest.mark.parametrize("name", SEEDS)
def test_seed_dates_are_the_gold_dates(seeds, name):
    letter, gold = seeds[name]
    assert sorted(d.date for d in letter.dates) == sorted(g["date"] for g in gold["dates"])


@pytest.mark.parametrize("name", SEEDS)
def test_seed_countries_are_the_gold_countries(seeds, name):
    letter, gold = seeds[name]
    found = {e.name for e in letter.entities if e.type == "country"}
    assert found == set(gold["countries"])


@pytest.mark.parametrize("name", SEEDS)
def test_seed_persons_match_the_gold_by_last_name(seeds, name):
    letter, gold = seeds[name]
    found = {e.name.split()[-1] for e in letter.entities if e.type == "person"}
    assert found == {p["name"].split()[-1] for p in gold["persons"]}


@pytest.mark.parametrize("name", SEEDS)
def test_seed_acronyms_are_the_gold_acronyms(seeds, name):
    letter, gold = seeds[name]
    assert {(a.short, a.long) for a in letter.acronyms} == {
        (g["short"], g["long"]) for g in gold["acronyms"]
    }


@pytest.mark.parametrize("name", SEEDS)
def test_seed_meeting_has_the_gold_days_and_place(seeds, name):
    letter, gold = seeds[name]
    assert [(list(m.dates), m.location) for m in letter.meetings] == [
        (g["dates"], g["location"]) for g in gold["meetings"]
    ]


@pytest.mark.parametrize("name", SEEDS)
@pytest.mark.parametrize(
    "kind,key",
    [("position", "nl_positions"), ("decision", "decisions"), ("commitment", "commitments")],
)
def test_seed_statements_are_exactly_the_gold_sentences(seeds, name, kind, key):
    letter, gold = seeds[name]
    found = [s.text for s in letter.statements if s.kind == kind]
    assert len(found) == len(gold[key])
    for sentence in gold[key]:
        assert any(_similar(sentence, f) for f in found), sentence


def test_statement_spans_and_sections_point_into_the_text(seeds):
    letter, _ = seeds["000_50034ceebe6a1b15"]
    for statement in letter.statements:
        a, b = statement.span
        assert letter.text[a:b] == statement.text
    sections = {s.text[:30]: s.section for s in letter.statements}
    assert sections["Nederland bevestigde de aanhou"] == "Oekraïne"


def test_footnote_reference_takes_the_span_of_its_marker(seeds):
    letter, _ = seeds["002_ad9ccb4a6e4e1731"]
    ref = next(r for r in letter.references if r.number == 106)
    assert letter.text[ref.span[0] : ref.span[1]] == "[2]"
