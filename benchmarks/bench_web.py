"""The web app under load: `kamerbrieven serve` over a store of synthetic letters (plus the
samples), N clients on loopback mixing search pages, letter pages and API calls for a
fixed time (tests/web/load.py). Writes the "Web app under load" section of BENCHMARKS.md.

    .venv/bin/python benchmarks/bench_web.py --letters 10000 --clients 50 --seconds 60
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the generator and the load driver live in tests/
from benchmarks.report import replace_section  # noqa: E402
from tests import synthetic as generate  # noqa: E402
from tests.web.conftest import start_server, stop_server  # noqa: E402
from tests.web.load import request_mix, run_load  # noqa: E402

from kamerbrieven import open_knowledge_base  # noqa: E402


def build_store(folder: Path, letters: int) -> tuple[str, list[str], list[str]]:
    db = str(folder / "kamerbrieven.db")
    with open_knowledge_base(db) as kb:
        kb.ingest([str(ROOT / "samples")])
        batch = []
        for letter in generate.generate_letters(letters):
            batch.append(letter)
            if len(batch) == 1000:
                kb.add_letters(batch)
                batch = []
        kb.add_letters(batch)
        hits = kb.search("NAVO OR stikstof OR minister", limit=100).hits
        ids = [hit.id for hit in hits]
        dossiers = sorted({hit.dossier for hit in hits if hit.dossier})[:4]
    return db, ids, dossiers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        db, ids, dossiers = build_store(Path(tmp), args.letters)
        print(f"store: {args.letters} letters in {time.perf_counter() - started:.0f} s")
        server = start_server("--db", db, "--workers", str(args.workers))
        try:
            mix = request_mix(ids, dossiers)
            result = run_load(server.url, mix, clients=args.clients, seconds=args.seconds)
        finally:
            stop_server(server)
    summary = result.summary()
    print(json.dumps(summary, indent=2))
    by_kind = "\n".join(
        f"| {kind} | {len(result.latencies_ms[kind]):,} | {result.percentile(50, kind):.0f} "
        f"| {result.percentile(95, kind):.0f} | {result.percentile(99, kind):.0f} |"
        for kind in sorted(result.latencies_ms)
    )
    command = (
        f"benchmarks/bench_web.py --letters {args.letters} --clients {args.clients} "
        f"--seconds {args.seconds:g} --workers {args.workers}"
    )
    row = " | ".join(
        str(summary[key])
        for key in ("clients", "seconds", "requests", "errors", "requests_per_s")
        + ("p50_ms", "p95_ms", "p99_ms", "max_ms")
    )
    body = f"""
`{command}`, {date.today()}, Python {platform.python_version()}, 2 shared cores (the clients
run on the same cores as the server). `kamerbrieven serve` on 127.0.0.1 over an SQLite store
of {args.letters:,} synthetic letters (`tests/synthetic.py`) and the samples; each client keeps
one connection and cycles through a mix of search pages (sorted, paged, filtered), API
searches, letter pages, records, references out and in, dossier pages and stats
(`tests/web/load.py`). `make load` runs the same mix, 50 clients for 60 s, over the test
store (a few letters) and checks that no request fails.

| clients | seconds | requests | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| {row} |

| request | count | p50 ms | p95 ms | p99 ms |
| --- | ---: | ---: | ---: | ---: |
{by_kind}
"""
    replace_section("Web app under load", body)
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
