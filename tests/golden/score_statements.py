#!/usr/bin/env python3
"""Score the statement extractor on a sentence-level dev set (tests/devset/statements).

Usage (from the project root, with the project's venv, which `make test` creates):

    .venv/bin/python tests/golden/score_statements.py tests/devset/statements/untuned.jsonl
    .venv/bin/python tests/golden/score_statements.py FILE.jsonl --min position=0.8 --errors

Each line of FILE.jsonl is one sentence of a letter with its hand-written label (`kind`,
`actor`, and for commitments `subject` and `deadline`; see the dev set's README). The
sentences of one letter are put back together as its text (a heading paragraph where the
`section` changes) and the whole extraction step runs over it as it runs over a parsed
letter, with the letter's date (`letter_date`) and the hand-marked sentences as its
sentences. A statement is matched to the sentence whose span it has.

Prints, per kind, precision, recall and F1 of the sentences labelled that kind; then, of
the statements found with the right kind, how often the actor is right; of the
commitments found, how often the subject and the deadline are right (the deadline's text
found and its `not_after` equal, or both without a deadline); the deadline also over all
commitments of the gold (a missed commitment counts as wrong). Exits 1 when a --min
threshold is not met.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    from kamerbrieven.extract import EXTRACTORS
    from kamerbrieven.extract.registry import Context
    from kamerbrieven.record import Letter, Section, Source, Statement
except ImportError:  # pragma: no cover - a message for someone running it by hand
    sys.exit("kamerbrieven is not installed here: run it with .venv/bin/python (make test)")

KINDS = ("position", "decision", "commitment")
# Written forms of one actor, as the record writes it: the first person plural is the
# government (`signers_actor`), "uw Kamer" the Tweede Kamer.
_SAME_ACTOR = {
    "ik": "ik", "mij": "ik", "me": "ik", "mijn": "ik",
    "we": "kabinet", "wij": "kabinet", "ons": "kabinet", "onze": "kabinet",
    "kabinet": "kabinet", "regering": "kabinet", "nederlandse regering": "kabinet",
    "kamer": "kamer", "uw kamer": "kamer", "tweede kamer": "kamer",
}  # fmt: skip
_ARTICLE = re.compile(r"^(?:de|het|dit|deze|uw)\s+(?=\w)")


def fold(text: str | None) -> str:
    """Lower case, accents off, letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(c for c in decomposed if c.isalnum())


def actor_key(actor: str | None) -> str | None:
    """``Het Kabinet`` -> ``kabinet``; ``wij`` -> ``kabinet``; ``De Minister van X`` ->
    ``minister van x``."""
    if actor is None:
        return None
    words = " ".join(unicodedata.normalize("NFKC", actor).lower().split())
    if words in _SAME_ACTOR:
        return _SAME_ACTOR[words]
    words = _ARTICLE.sub("", words)
    return _SAME_ACTOR.get(words, words)


def same_actor(gold: str | None, found: str | None) -> bool:
    """One actor: the same key, or one's words all among the other's (``OVV`` and ``De
    Onderzoeksraad voor Veiligheid (OVV)``)."""
    g, f = actor_key(gold), actor_key(found)
    if g == f:
        return True
    if g is None or f is None:
        return False
    gw, fw = set(re.findall(r"\w+", g)), set(re.findall(r"\w+", f))
    return bool(gw and fw) and (gw <= fw or fw <= gw)


def same_deadline(gold: dict[str, Any] | None, found: dict[str, Any] | None) -> bool:
    """Both none, or the same last day and one text inside the other."""
    if gold is None or found is None:
        return gold is None and found is None
    g, f = fold(gold.get("text")), fold(found.get("text"))
    text_found = bool(g and f) and (g in f or f in g)
    return text_found and gold.get("not_after") == found.get("not_after")


@dataclass
class Counts:
    """What the scorer tallies over the sentences."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    right: dict[str, int] = field(default_factory=dict)  # actor, subject, deadline, ...
    asked: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def tally(self, name: str, ok: bool) -> None:
        self.asked[name] = self.asked.get(name, 0) + 1
        self.right[name] = self.right.get(name, 0) + int(ok)


def letters(rows: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The rows grouped by letter, in file order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row["letter"], []).append(row)
    return list(grouped.values())


def letter_of(rows: Sequence[dict[str, Any]]) -> tuple[Letter, list[tuple[int, int]]]:
    """The letter the rows are the sentences of, and each row's span in its text."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    sections: list[Section] = []
    at = 0
    current: object = object()
    for row in rows:
        if row.get("section") != current:
            current = row.get("section")
            if parts:
                parts.append("\n\n")
                at += 2
            if sections:
                sections[-1] = Section(sections[-1].heading, sections[-1].start, at)
            sections.append(Section(row.get("section"), at, at))
            if row.get("section"):
                heading = row["section"] + "\n\n"
                parts.append(heading)
                at += len(heading)
        elif parts:
            parts.append(" ")
            at += 1
        sentence = row["sentence"]
        spans.append((at, at + len(sentence)))
        parts.append(sentence)
        at += len(sentence)
    sections[-1] = Section(sections[-1].heading, sections[-1].start, at)
    source = Source(rows[0]["letter"], "", "text")
    letter = Letter(
        rows[0]["letter"],
        source,
        kind="brief",
        date=rows[0].get("letter_date"),
        text="".join(parts),
        sections=tuple(sections),
    )
    return letter, spans


def extract(letter: Letter, spans: list[tuple[int, int]]) -> Letter:
    """Every extractor over the letter, with `spans` as its sentences."""
    context = Context(letter)
    context.__dict__["sentences"] = spans  # the hand-marked sentences, not the splitter's
    for extractor in EXTRACTORS:
        letter = extractor(letter, context)
        context.letter = letter
    return letter


def score_letter(rows: Sequence[dict[str, Any]], counts: Counts) -> None:
    letter, spans = letter_of(rows)
    found: dict[tuple[int, int], Statement] = {s.span: s for s in extract(letter, spans).statements}
    for row, span in zip(rows, spans, strict=True):
        statement = found.get(span)
        gold_kind, kind = row.get("kind"), statement.kind if statement else None
        if gold_kind == kind and kind is not None:
            counts.tp[kind] += 1
            _score_fields(row, statement, counts)
        elif gold_kind != kind:
            if kind is not None:
                counts.fp[kind] += 1
            if gold_kind is not None:
                counts.fn[gold_kind] += 1
            counts.errors.append(
                f"{row['letter']}: gold {gold_kind}, found {kind}: {row['sentence']}"
            )
        if gold_kind == "commitment":
            ok = statement is not None and kind == "commitment"
            counts.tally(
                "deadline-all", ok and same_deadline(row.get("deadline"), _deadline(statement))
            )


def _score_fields(row: dict[str, Any], statement: Any, counts: Counts) -> None:
    checks = [("actor", row.get("actor"), statement.actor, same_actor)]
    if row["kind"] == "commitment":
        checks.append(("subject", row.get("subject"), statement.subject, _equal))
        checks.append(("deadline", row.get("deadline"), _deadline(statement), same_deadline))
    for name, gold, found, same in checks:
        ok = same(gold, found)
        counts.tally(name, ok)
        if not ok:
            counts.errors.append(
                f"{row['letter']}: {name} {gold!r}, found {found!r}: {row['sentence']}"
            )


def _equal(gold: Any, found: Any) -> bool:
    return bool(gold == found)


def _deadline(statement: Any) -> dict[str, Any] | None:
    deadline = statement.deadline if statement is not None else None
    if deadline is None:
        return None
    return {"text": deadline.text, "not_after": deadline.not_after}


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (0.0 if p + r == 0 else 2 * p * r / (p + r)), p, r


def score(rows: Iterable[dict[str, Any]]) -> tuple[dict[str, float], list[str], Counts]:
    """The figures (name -> value), the lines that report them, and the tallies."""
    rows = list(rows)
    counts = Counts()
    grouped = letters(rows)
    for letter_rows in grouped:
        score_letter(letter_rows, counts)
    results: dict[str, float] = {}
    lines = [f"sentences: {len(rows)} in {len(grouped)} letters"]
    for kind in KINDS:
        tp, fp, fn = counts.tp[kind], counts.fp[kind], counts.fn[kind]
        value, p, r = f1(tp, fp, fn)
        results[kind] = value
        lines.append(f"{kind:12s} F1 {value:.3f}  (P {p:.3f} R {r:.3f}; tp {tp} fp {fp} fn {fn})")
    for name, what in (
        ("actor", "of the statements found with the right kind"),
        ("subject", "of the commitments found"),
        ("deadline", "of the commitments found"),
        ("deadline-all", "of all commitments in the gold"),
    ):
        n = counts.asked.get(name, 0)
        ok = counts.right.get(name, 0)
        results[name] = ok / n if n else 1.0
        lines.append(f"{name:12s} accuracy {ok}/{n} = {results[name]:.3f}  ({what})")
    return results, lines, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="a .jsonl of labelled sentences")
    parser.add_argument("--min", action="append", default=[], help="metric=threshold")
    parser.add_argument("--errors", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    rows = [
        json.loads(line) for line in args.devset.read_text("utf-8").splitlines() if line.strip()
    ]
    results, lines, counts = score(rows)
    if args.errors:
        print("\n".join(counts.errors))
    print("\n".join(lines))
    failed = [
        f"{name} {results.get(name, 0.0):.3f} < {value}"
        for name, _, value in (spec.partition("=") for spec in args.min)
        if results.get(name, 0.0) < float(value)
    ]
    if failed:
        print("below threshold: " + "; ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
