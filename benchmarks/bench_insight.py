"""Insight benchmark: how fast each question is answered on a store of generated letters.

    .venv/bin/python benchmarks/bench_insight.py --size 100000      # what `make bench` runs
    .venv/bin/python benchmarks/bench_insight.py --size 10000       # `--quick`
    .venv/bin/python benchmarks/bench_insight.py --size 10000 --backend postgres

The letters come from tests/synthetic.py with statements, meetings and citations of
earlier letters added (`tests/insight/generated.py`). They go into the store in transactions of
1000 by the store's own writer, then the insight tables are derived (`Insight.sync`).

Each question is timed after a warm-up, REPEATS times (several ids or topics in turn):
`api` is the Python call (`kb.insight.<question>`, in step check included); `command` is
the CLI command in-process with `--json` (opening the store, the question, the JSON
printed), without the interpreter's start. Figures go between the
`<!-- bench_insight:begin -->` and `<!-- bench_insight:end -->` markers of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from kamerbrieven.cli.main import app
from kamerbrieven.insight import Insight, RegisterFilter
from kamerbrieven.record import Letter
from kamerbrieven.store import open_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the letters are made by tests/insight/generated.py
from tests.insight.generated import letters  # noqa: E402

REPEATS = 20
BATCH = 1000


def build_store(db: str, size: int) -> dict[str, float]:
    """Fill a new store with `size` letters; derive the insight tables."""
    store = open_store(db)
    start = time.perf_counter()
    now = datetime.now(UTC).isoformat()
    batch: list[Letter] = []
    for letter in letters(size):
        batch.append(letter)
        if len(batch) == BATCH:
            _write(store, batch, now)
            batch = []
    _write(store, batch, now)
    stored = time.perf_counter() - start
    start = time.perf_counter()
    Insight(store).sync()
    derived = time.perf_counter() - start
    store.close()
    return {"store_s": stored, "derive_s": derived}


def _write(store: Any, batch: list[Letter], now: str) -> None:
    with store._transaction() as cur:  # the store's own writer, 1000 letters a transaction
        for letter in batch:
            store._write(cur, [letter], {letter.source.sha256: now})


# -- the questions -----------------------------------------------------------------------
def questions(
    insight: Insight, db: str
) -> list[tuple[str, list[Callable[[], Any]], list[list[str]]]]:
    """(name, calls of the API in turn, the same as CLI argument lists)."""
    rows = insight.db.rows
    cited = rows(
        "SELECT target_id FROM citations GROUP BY target_id"
        " ORDER BY COUNT(*) DESC, target_id LIMIT 1"
    )[0][0]
    middle = int(rows("SELECT COUNT(*) FROM letters")[0][0]) // 3
    ids = [r[0] for r in rows("SELECT id FROM letters ORDER BY id LIMIT 20 OFFSET ?", (middle,))]
    dossier = rows("SELECT dossier FROM letters GROUP BY dossier ORDER BY COUNT(*) DESC LIMIT 1")[
        0
    ][0]
    biggest = insight.topics(limit=1)[0].topic
    meetings = [m.meeting.id for m in insight.meetings(limit=20)]
    june = date(2026, 6, 1)
    q: list[tuple[str, list[Callable[[], Any]], list[list[str]]]] = [
        (
            "refs ID (20 letters in turn)",
            [lambda i=i: insight.refs(i) for i in ids],
            [["refs", i] for i in ids],
        ),
        (f"refs {cited} (most cited)", [lambda: insight.refs(cited)], [["refs", cited]]),
        (
            f"dossier {dossier} (largest)",
            [lambda: insight.dossier(dossier)],
            [["dossier", dossier]],
        ),
        ("topics (top 50)", [lambda: insight.topics(limit=50)], [["topics"]]),
        ("topics (all)", [lambda: insight.topics()], [["topics", "--limit", "0"]]),
        (
            f"timeline {biggest} (largest topic)",
            [lambda: insight.timeline(biggest)],
            [["timeline", biggest]],
        ),
        (
            "timeline Oekraïne --from 2018 --to 2022",
            [lambda: insight.timeline("Oekraïne", date_from="2018-01-01", date_to="2022-12-31")],
            [["timeline", "Oekraïne", "--from", "2018", "--to", "2022"]],
        ),
        (
            "positions --topic Oekraïne --from 2018 --to 2022",
            [
                lambda: insight.positions(
                    topic="Oekraïne", date_from="2018-01-01", date_to="2022-12-31"
                )
            ],
            [["positions", "--topic", "Oekraïne", "--from", "2018", "--to", "2022"]],
        ),
        (
            "positions --topic Oekraïne --compare 2018:2019 2021:2022",
            [lambda: insight.compare_positions("Oekraïne", ["2018:2019", "2021:2022"])],
            [["positions", "--topic", "Oekraïne", "--compare", "2018:2019", "2021:2022"]],
        ),
        (
            "commitments (newest 100)",
            [lambda: insight.commitments(RegisterFilter(today=june), limit=100)],
            [["commitments", "--today", "2026-06-01"]],
        ),
        (
            "commitments --status overdue (100)",
            [lambda: insight.commitments(RegisterFilter(status="overdue", today=june), limit=100)],
            [["commitments", "--status", "overdue", "--today", "2026-06-01"]],
        ),
        (
            f"commitments --dossier {dossier} --status open (all)",
            [
                lambda: insight.commitments(
                    RegisterFilter(dossier=dossier, status="open", today=june)
                )
            ],
            [
                [
                    "commitments",
                    "--dossier",
                    dossier,
                    "--status",
                    "open",
                    "--today",
                    "2026-06-01",
                    "--limit",
                    "0",
                ]
            ],
        ),
        (
            "commitments --ministry BZ (100) + counts",
            [
                lambda: (
                    insight.commitments(RegisterFilter(ministry="BZ", today=june), limit=100),
                    insight.commitment_counts(RegisterFilter(ministry="BZ", today=june)),
                )
            ],
            [["commitments", "--ministry", "BZ", "--today", "2026-06-01"]],
        ),
        ("meetings (newest 50)", [lambda: insight.meetings(limit=50)], [["meetings"]]),
        (
            "meeting ID (20 meetings in turn)",
            [lambda m=m: insight.meeting(m) for m in meetings],
            [["meeting", m] for m in meetings],
        ),
    ]
    return q


def timed(calls: list[Callable[[], Any]], repeats: int) -> list[float]:
    for call in calls:
        call()  # warm-up
    samples = []
    for n in range(repeats):
        start = time.perf_counter()
        calls[n % len(calls)]()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def command_runner(db: str) -> Callable[[list[str]], Callable[[], Any]]:
    runner = CliRunner()

    def make(args: list[str]) -> Callable[[], Any]:
        def run() -> None:
            result = runner.invoke(app, [*args, "--json", "--db", db])
            if result.exit_code:
                raise RuntimeError(f"{args}: {result.stderr}")

        return run

    return make


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def answer_size(call: Callable[[], Any]) -> int:
    found = call()
    if isinstance(found, tuple):
        found = found[0]
    if hasattr(found, "entries"):
        return len(found.entries)
    if hasattr(found, "documents"):
        return len(found.documents) + len(found.missing)
    if hasattr(found, "cited_by"):
        return len(found.cites) + len(found.cited_by)
    if hasattr(found, "items"):
        return len(found.items)
    if isinstance(found, list) and found and hasattr(found[0], "positions"):
        return sum(len(p.positions) for p in found)
    return len(found) if isinstance(found, list) else 1


def run(size: int, db: str, reuse: bool = False) -> dict[str, Any]:
    if reuse:  # a store this script built before, in --workdir: storing is not timed again
        built = {"store_s": float("nan"), "derive_s": float("nan")}
    else:
        built = build_store(db, size)
    store = open_store(db, create=False)
    insight = Insight(store)
    if reuse:  # derived again when the insight tables changed since
        start = time.perf_counter()
        if insight.sync():
            built["derive_s"] = time.perf_counter() - start
    counts = {
        name: insight.db.rows(sql)[0][0]
        for name, sql in (
            ("statements", "SELECT COUNT(*) FROM statements"),
            ("commitments", "SELECT COUNT(*) FROM insight_commitments"),
            (
                "kept",
                "SELECT COUNT(DISTINCT letter_id || '/' || statement_ord) FROM insight_fulfilments",
            ),
            ("topics", "SELECT COUNT(DISTINCT topic_key) FROM insight_topics"),
            ("topic rows", "SELECT COUNT(*) FROM insight_topics"),
            ("meeting mentions", "SELECT COUNT(*) FROM insight_meetings"),
            ("citations", "SELECT COUNT(*) FROM citations"),
        )
    }
    command = command_runner(db)
    rows = []
    for name, calls, argv in questions(insight, db):
        api = timed(calls, REPEATS)
        cli = timed([command(a) for a in argv], max(5, REPEATS // 2))
        rows.append({"name": name, "api": api, "cli": cli, "answer": answer_size(calls[0])})
        print(
            f"{size:>7} {name[:55]:<55} api p95 {percentile(api, 95):7.1f} ms,"
            f" command p95 {percentile(cli, 95):7.1f} ms",
            file=sys.stderr,
        )
    store.close()
    return {"size": size, "built": built, "counts": counts, "rows": rows, "speed": machine_speed()}


def machine_speed() -> float:
    """Milliseconds for a fixed pure-Python loop: the machine is shared, so compare runs by
    it (as bench_extract.py does)."""
    start = time.perf_counter()
    total = 0
    for n in range(5_000_000):
        total += n
    return (time.perf_counter() - start) * 1000


# -- the report --------------------------------------------------------------------------
def report(result: dict[str, Any], backend: str) -> str:
    size, built, counts = result["size"], result["built"], result["counts"]
    when = date.today().isoformat()
    engine = f"SQLite {sqlite3.sqlite_version}" if backend == "sqlite" else "PostgreSQL"
    lines = [
        f"`benchmarks/bench_insight.py --size {size}` ({backend}), {when}, Python "
        f"{platform.python_version()}, {engine}, 2 shared cores. {size:,} letters from "
        "tests/synthetic.py with statements, meetings and citations of earlier letters "
        f"added (bench_insight.py's docstring): {counts['statements']:,} statements, "
        f"{counts['commitments']:,} commitments ({counts['kept']:,} kept), "
        f"{counts['citations']:,} citations, {counts['topics']:,} topics "
        f"({counts['topic rows']:,} letter-topic rows), {counts['meeting mentions']:,} "
        "meeting mentions.",
        "",
        f"Storing the letters took {built['store_s']:.0f} s; deriving the insight tables "
        f"from the plain tables (first `Insight.sync`) {built['derive_s']:.0f} s "
        f"({size / max(built['derive_s'], 1e-9):,.0f} letters/s). Machine speed at the time: "
        f"a fixed pure-Python loop (5 million additions) took {result['speed']:.0f} ms.",
        "",
        f"Milliseconds per question: api = the Python call, {REPEATS} runs; command = the "
        "CLI command in-process with --json (store opened, question, JSON printed), "
        f"{max(5, REPEATS // 2)} runs; both after a warm-up. Aim: every command within 200 ms.",
        "",
        "| question | answer size | api p50 | api p95 | command p50 | command p95 |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in result["rows"]:
        api, cli = row["api"], row["cli"]
        lines.append(
            f"| `{row['name']}` | {row['answer']:,} | {percentile(api, 50):.1f} | "
            f"{percentile(api, 95):.1f} | {percentile(cli, 50):.1f} | {percentile(cli, 95):.1f} |"
        )
    worst = max(result["rows"], key=lambda r: percentile(r["cli"], 95))
    lines += [
        "",
        f"Slowest command at p95: `{worst['name']}`, {percentile(worst['cli'], 95):.1f} ms.",
    ]
    return "\n".join(lines) + "\n"


BEGIN, END = "<!-- bench_insight:begin -->", "<!-- bench_insight:end -->"


def write_section(figures: str, path: Path) -> None:
    """Put the figures between the markers of "## Insight", keeping all other text."""
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{BEGIN}\n{figures.strip()}\n{END}"
    begin, end = text.find(BEGIN), text.find(END)
    if 0 <= begin < end:
        text = text[:begin] + block + text[end + len(END) :]
    else:
        notes = "Notes (written by hand; bench_insight.py keeps this part): none yet.\n"
        text = text.rstrip("\n") + f"\n\n## Insight\n\n{block}\n\n{notes}"
    path.write_text(text, "utf-8")


@contextlib.contextmanager
def store_location(backend: str, workdir: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(workdir / "insight.db")
        return
    from tests.pg_server import running_server

    with running_server() as url:
        yield url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--reuse", action="store_true", help="time the questions on the store in --workdir"
    )
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kb-bench-insight-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        with store_location(args.backend, workdir) as db:
            result = run(args.size, db, reuse=args.reuse and Path(db).exists())
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    section = report(result, args.backend)
    write_section(section, args.out)
    print(section)


if __name__ == "__main__":
    main()
