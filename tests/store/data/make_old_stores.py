"""Write the stores of earlier schema versions that tests/store/test_schema_upgrades.py
opens: each by the kamerbrieven of the commit that brought that version in, from the
same sample letters, as an SQLite file and as a PostgreSQL dump.

    python tests/store/data/make_old_stores.py     # from the repository root, with git history

It takes each commit's `src/` with `git archive` into a temporary folder, runs that
version's own `ingest` on the letters (into a new SQLite file, and into a new database
on a throwaway PostgreSQL server, dumped with pg_dump as plain INSERTs) and writes the
results here. Nothing of the working tree is changed but the files in this folder.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

# schema version -> (the commit whose kamerbrieven writes it, the letters it reads)
SAMPLES = ["samples/002_ad9ccb4a6e4e1731.txt", "samples/000_50034ceebe6a1b15.txt"]
TWO_FILES = ["tests/data/corpus/kst-28286-1366.pdf", "tests/data/corpus/kst-28286-1366.xml"]
OLD_STORES = {
    # v1 came in with 1df6cd7, whose pipeline imports the readers of later commits: 333558f
    # is the first that reads a letter into a v1 store.
    1: ("333558f", [*SAMPLES, "samples/kst-28676-512.xml"]),
    2: ("77d2c8a", [*SAMPLES, "samples/kst-28676-512.xml"]),
    3: ("a2f9649", [*SAMPLES, "samples/kst-28676-512.xml"]),
    # v4 and v5 came in together (0bb6031): no store of version 4 was ever written; this
    # v5 store has the plain tables of then (statements without subject and deadline).
    5: ("0bb6031", [*SAMPLES, "samples/kst-28676-512.xml", *TWO_FILES]),
}


def _source_of(commit: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "src"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _ingest(source: Path, db: str, letters: list[str], index: Path) -> None:
    """That version's own `kamerbrieven ingest`."""
    program = (
        "import sys; from kamerbrieven.cli.main import app; sys.argv[0] = 'kamerbrieven'; app()"
    )
    paths = [str(REPO / name) for name in letters]
    done = subprocess.run(
        [sys.executable, "-c", program, "ingest", *paths, "--db", db, "--index", str(index)],
        env={"PYTHONPATH": str(source), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=index.parent,
    )
    if done.returncode != 0:
        raise SystemExit(f"ingest at {source} failed:\n{done.stdout}\n{done.stderr}")


def _dump(url: str, bindir: Path) -> str:
    """The database as plain SQL any client can run: INSERTs, no owners or grants, and
    without psql's own meta-commands (the \\restrict lines of newer pg_dump)."""
    done = subprocess.run(
        [str(bindir / "pg_dump"), "--inserts", "--no-owner", "--no-privileges", url],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line for line in done.stdout.splitlines() if not line.startswith("\\")]
    return "\n".join(lines) + "\n"


def main() -> None:
    sys.path.insert(0, str(REPO))
    import psycopg
    from tests.pg_server import find_bindir, running_server

    with tempfile.TemporaryDirectory() as scratch, running_server() as server_url:
        bindir = find_bindir()
        assert bindir is not None
        admin = psycopg.connect(server_url, autocommit=True)
        for version, (commit, letters) in OLD_STORES.items():
            work = Path(scratch) / commit
            source = _source_of(commit, work)
            db = HERE / f"schema-v{version}-{commit}.db"
            db.unlink(missing_ok=True)
            _ingest(source, str(db), letters, work / "sqlite.index")
            admin.execute(f"CREATE DATABASE v{version}")
            url = server_url.rsplit("/", 1)[0] + f"/v{version}"
            _ingest(source, url, letters, work / "pg.index")
            dump = HERE / f"schema-v{version}-{commit}.sql"
            dump.write_text(_dump(url, bindir), "utf-8")
            print(f"v{version} by {commit}: {db.name}, {dump.name}")
        admin.close()


if __name__ == "__main__":
    main()
