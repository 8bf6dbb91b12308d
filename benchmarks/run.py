"""`make bench`: every benchmark in turn; each writes its own section of BENCHMARKS.md.

.venv/bin/python benchmarks/run.py            # the full set (100k letters: ~15 min)
.venv/bin/python benchmarks/run.py --quick    # small sizes, a few minutes
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = [
    ["bench_extract.py"],
    ["bench_ingest.py", "--files", "2000"],
    ["bench_search.py", "--sizes", "10000", "100000"],
    ["bench_insight.py", "--size", "100000"],
]
QUICK = [
    ["bench_extract.py"],
    ["bench_ingest.py", "--files", "400"],
    ["bench_search.py", "--sizes", "10000"],
    ["bench_insight.py", "--size", "10000"],
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    for script, *options in QUICK if args.quick else FULL:
        print(f"== {script} {' '.join(options)}", flush=True)
        done = subprocess.run([sys.executable, str(HERE / script), *options], cwd=HERE.parent)
        if done.returncode:
            print(f"{script} failed with exit code {done.returncode}", file=sys.stderr)
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
