"""A throwaway PostgreSQL server for the tests, and for trying the backend by hand.

    with running_server() as url:      # postgresql://postgres@127.0.0.1:PORT/postgres
        store = open_store(url)

It uses Debian's server binaries (/usr/lib/postgresql/*/bin), installing the package with
apt-get when they are missing. The cluster lives in a fresh folder, listens on 127.0.0.1
only (unix socket inside the folder), trusts loopback connections, and is stopped and
removed afterwards, also when the tests fail. As root, initdb and the server run as the
`postgres` user (initdb refuses root).

By hand (scripts/postgres.sh wraps this):

    python tests/pg_server.py start [--dir /tmp/kamerbrieven-pg] [--port 5433]  # prints URL
    python tests/pg_server.py stop  [--dir /tmp/kamerbrieven-pg]
"""

from __future__ import annotations

import argparse
import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BIN_GLOB = "/usr/lib/postgresql/*/bin"
SERVER_USER = "postgres"
# Throwaway data: no fsync, so a test server starts and writes fast. Never for real data.
FAST_UNSAFE = ("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off")


class PostgresUnavailable(RuntimeError):
    """The server binaries are missing and cannot be installed, or the server won't start."""


@dataclass(frozen=True)
class Server:
    datadir: Path
    port: int
    bindir: Path

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"


def find_bindir() -> Path | None:
    """The newest installed server's bin folder, e.g. /usr/lib/postgresql/15/bin."""
    found = [Path(d) for d in glob.glob(BIN_GLOB) if (Path(d) / "initdb").exists()]
    return max(found, key=lambda d: int(d.parent.name), default=None) if found else None


def ensure_installed() -> Path:
    """The server's bin folder; installs Debian's `postgresql` with apt-get if missing."""
    bindir = find_bindir()
    if bindir:
        return bindir
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise PostgresUnavailable(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; install "
            "Debian's 'postgresql' package (apt-get install postgresql) or run as root"
        )
    print("installing PostgreSQL from Debian's packages ...", file=sys.stderr)
    # We start our own clusters; keep the package from creating and starting its own.
    conf = Path("/etc/postgresql-common/createcluster.conf")
    if not conf.exists():
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text("create_main_cluster = false\n")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "-o", "Dpkg::Options::=--force-confold", "postgresql"],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise PostgresUnavailable(
                f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}"
            )
    bindir = find_bindir()
    if not bindir:
        raise PostgresUnavailable("apt-get installed postgresql, but initdb is still missing")
    return bindir


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as `postgres` then."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", SERVER_USER, "--", *command]
    return ["su", SERVER_USER, "-s", "/bin/sh", "-c", " ".join(map(_quote, command))]


def _quote(arg: str) -> str:
    return shlex.quote(arg)


def _run(command: list[str], what: str, timeout: float = 60) -> None:
    done = subprocess.run(_as_server_user(command), capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise PostgresUnavailable(f"{what} failed ({done.returncode}): {done.stderr.strip()}")


def _prepare_dir(datadir: Path) -> None:
    datadir.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SERVER_USER)
        os.chown(datadir, entry.pw_uid, entry.pw_gid)
    datadir.chmod(0o700)
    if os.geteuid() == 0:
        reach = subprocess.run(_as_server_user(["test", "-w", str(datadir)]))
        if reach.returncode != 0:
            raise PostgresUnavailable(
                f"user '{SERVER_USER}' cannot reach {datadir}: choose a folder whose parents "
                "it may enter, e.g. under /tmp"
            )


def start(datadir: Path, port: int | None = None, *, fast_unsafe: bool = False) -> Server:
    """initdb `datadir` if it is empty, then start a server on 127.0.0.1 and wait for it."""
    bindir = ensure_installed()
    datadir = datadir.resolve()
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise PostgresUnavailable(f"no '{SERVER_USER}' user to run the server as") from None
    if not (datadir / "PG_VERSION").exists():
        _prepare_dir(datadir)
        _run(
            [
                str(bindir / "initdb"),
                "-D",
                str(datadir),
                "-U",
                "postgres",
                "--auth=trust",  # loopback and the socket only: listen_addresses below
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            "initdb",
        )
    attempts = 1 if port else 3  # a free port can be taken between probe and start
    for attempt in range(attempts):
        chosen = port or free_port()
        options = [f"-p {chosen}", f"-k {datadir}", "-c listen_addresses=127.0.0.1"]
        if fast_unsafe:
            options += FAST_UNSAFE
        command = [str(bindir / "pg_ctl"), "-D", str(datadir), "-l", str(datadir / "server.log")]
        command += ["-w", "-t", "60", "-o", " ".join(options), "start"]
        try:
            _run(command, "pg_ctl start", timeout=90)
            return Server(datadir, chosen, bindir)
        except PostgresUnavailable as exc:
            if attempt == attempts - 1:
                log = datadir / "server.log"
                tail = log.read_text(errors="replace")[-1500:] if log.exists() else ""
                raise PostgresUnavailable(f"{exc}\n{tail}") from None
    raise AssertionError("unreachable")


def stop(datadir: Path, bindir: Path | None = None) -> None:
    """Stop the server of `datadir` (fast mode: open connections are cut) if it runs."""
    bindir = bindir or find_bindir()
    if bindir is None or not (datadir / "postmaster.pid").exists():
        return
    _run([str(bindir / "pg_ctl"), "-D", str(datadir), "-m", "fast", "-w", "stop"], "pg_ctl stop")


def _scratch_parent() -> str | None:
    """/dev/shm when it is a roomy tmpfs: there CREATE DATABASE takes 15 ms instead of
    100-300 ms on disk, and the server starts in half the time. Else the temp folder."""
    shm = "/dev/shm"
    try:
        room = shutil.disk_usage(shm).free
    except OSError:
        return None
    return shm if room > 2 * 1024**3 and os.access(shm, os.W_OK) else None


@contextmanager
def running_server() -> Iterator[str]:
    """A fresh server for the duration of the block; yields its URL. Always cleaned up."""
    # Not under pytest's tmp_path: its parents are 0700 root, which `postgres` can't enter.
    folder = Path(tempfile.mkdtemp(prefix="kamerbrieven-pg-", dir=_scratch_parent()))
    os.chmod(folder, 0o755)
    server = None
    try:
        server = start(folder / "data", fast_unsafe=True)
        yield server.url
    finally:
        try:
            if server is not None:
                stop(server.datadir, server.bindir)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A PostgreSQL server to try kamerbrieven on.")
    parser.add_argument("action", choices=["install", "start", "stop", "status"])
    parser.add_argument("--dir", default="/tmp/kamerbrieven-pg", help="cluster folder")
    parser.add_argument("--port", type=int, default=5433)
    args = parser.parse_args(argv)
    datadir = Path(args.dir).resolve()
    try:
        if args.action == "install":
            print(ensure_installed())
        elif args.action == "start":
            if (datadir / "postmaster.pid").exists():
                print(f"already running from {datadir}", file=sys.stderr)
                return 1
            server = start(datadir, args.port)
            print(server.url)
            print(f"stop it with: scripts/postgres.sh stop --dir {args.dir}", file=sys.stderr)
        elif args.action == "stop":
            stop(datadir)
        else:
            running = (datadir / "postmaster.pid").exists()
            print("running" if running else "stopped")
            return 0 if running else 3
    except PostgresUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_main())
