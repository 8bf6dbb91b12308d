"""Extract benchmark: `extract_all` time per letter, and per step, on one core.

    .venv/bin/python benchmarks/bench_extract.py [--runs 200] [--no-write]

The letter is seed 002 as the reader leaves it (clean text, sections, footnotes; from
tests/extract/data), followed by the body of seed 000, cut at 15 KB (15,360 characters),
the size of a long Kamerbrief. The first call (which builds the country automaton and
compiles patterns) is timed apart. Writes the "## Extract" section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time

from report import ROOT, replace_section

from kamerbrieven.extract import (
    extract_all,
    find_acronyms,
    find_dates,
    find_entities,
    find_references,
    find_statements,
)
from kamerbrieven.nl.sentences import split_sentences
from kamerbrieven.record import Letter

DATA = ROOT / "tests" / "extract" / "data"


def letter_of_15kb() -> Letter:
    first = json.loads((DATA / "002_ad9ccb4a6e4e1731.letter.json").read_text("utf-8"))
    second = json.loads((DATA / "000_50034ceebe6a1b15.letter.json").read_text("utf-8"))
    letter = Letter.from_dict(first)
    text = (letter.text + "\n\n" + second["text"])[: 15 * 1024]
    return letter.replace(text=text)


def per_call_ms(fn, runs: int) -> tuple[float, float]:  # noqa: ANN001 - any callable
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def machine_speed_ms() -> float:
    """The median time of a fixed pure-Python loop: the machine is shared and its speed
    varies by the hour, so a run's figures are read against this one."""
    times = []
    for _ in range(5):
        started = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()

    calibration = machine_speed_ms()
    letter = letter_of_15kb()
    text = letter.text
    start = time.perf_counter()
    extract_all(letter)
    first_ms = (time.perf_counter() - start) * 1000

    sentences = split_sentences(text)
    steps = {
        "extract_all": lambda: extract_all(letter),
        "references": lambda: find_references(text),
        "dates": lambda: find_dates(text, letter.date),
        "entities (persons, countries, ...)": lambda: find_entities(letter),
        "acronyms": lambda: find_acronyms(text),
        "sentences": lambda: split_sentences(text),
        "statements": lambda: find_statements(text, sentences, letter.sections),
    }
    rows = [
        f"| {name} | {median:.2f} | {worst:.2f} |"
        for name, (median, worst) in ((n, per_call_ms(f, args.runs)) for n, f in steps.items())
    ]
    body = "\n".join(
        [
            f"One letter of {len(text.encode('utf-8')) / 1024:.1f} KB (seed 002 + the body of "
            f"seed 000), {args.runs} runs, one core; Python {platform.python_version()}.",
            f"First call (builds the country automaton, compiles patterns): {first_ms:.0f} ms.",
            f"Machine speed at the time: a fixed pure-Python loop (5 million additions) took "
            f"{calibration:.0f} ms; the machine is shared, so compare runs by it.",
            "",
            "| step | median ms | worst ms |",
            "| --- | --- | --- |",
            *rows,
        ]
    )
    print(body)
    if not args.no_write:
        replace_section("Extract", body)


if __name__ == "__main__":
    main()
