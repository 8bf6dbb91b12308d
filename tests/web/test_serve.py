"""`kamerbrieven serve`: on loopback unless told, a clear warning when told otherwise, clear
errors for a bad address, a taken port or a missing store, and a clean stop on Ctrl-C."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

from tests.web.conftest import KAMERBRIEVEN, Server, start_server, stop_server


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on `port`, from the kernel's tables."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address if len(address) == width else "?")
    return found


def test_serves_on_loopback_by_default(live_server: Server) -> None:
    assert live_server.banner.startswith("kamerbrieven: ")
    assert live_server.url.startswith("http://127.0.0.1:")
    port = int(live_server.url.rsplit(":", 1)[1])
    assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, nothing else
    with urllib.request.urlopen(live_server.url + "/api/stats", timeout=10) as response:
        assert response.status == 200


def test_another_address_must_be_asked_for_and_is_warned_about(tmp_path: Path) -> None:
    """--host 0.0.0.0 warns before anything is opened (the store here is missing, so the
    server never listens beyond loopback during the test)."""
    done = subprocess.run(
        [KAMERBRIEVEN, "serve", "--host", "0.0.0.0", "--db", str(tmp_path / "geen.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "let op: de server luistert op 0.0.0.0" in done.stderr
    assert "zonder wachtwoord" in done.stderr
    assert "er is geen store" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_name_instead_of_an_address_is_refused(web_store: tuple[str, str]) -> None:
    done = subprocess.run(
        [KAMERBRIEVEN, "serve", "--host", "example.org", "--db", web_store[0]],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--host 'example.org' is geen IP-adres" in done.stderr


def test_a_taken_port_is_a_clear_error(web_store: tuple[str, str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        db, index = web_store
        done = subprocess.run(
            [KAMERBRIEVEN, "serve", "--db", db, "--index", index, "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert f"kan niet luisteren op 127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr


def test_ctrl_c_stops_it_cleanly(web_store: tuple[str, str]) -> None:
    db, index = web_store
    server = start_server("--db", db, "--index", index, "--workers", "1")
    with urllib.request.urlopen(server.url + "/", timeout=10) as response:
        assert b"Kamerbrieven doorzoeken" in response.read()
    out, err = stop_server(server)
    assert server.process.returncode == 130  # the shell's 128 + SIGINT, as every command
    assert out.strip() == "kamerbrieven: gestopt"
    assert "Traceback" not in err


def test_ingest_beside_a_running_server_goes_in_and_shows_up(tmp_path: Path) -> None:
    """The server never keeps the index's writer lock: an ingest while it runs finishes,
    and the new letter is found (search at once, the counts within their recheck time)."""
    db = str(tmp_path / "kamerbrieven.db")
    root = Path(__file__).resolve().parents[2]
    first = subprocess.run(
        [KAMERBRIEVEN, "ingest", str(root / "samples"), "--db", db],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert first.returncode == 0, first.stderr
    server = start_server("--db", db, "--workers", "1")
    try:
        before = _json(server.url + "/api/stats")["letters"]
        ingest = subprocess.run(
            [
                KAMERBRIEVEN,
                "ingest",
                str(root / "tests/data/web/vervolg-regeldruk.txt"),
                "--db",
                db,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert ingest.returncode == 0, ingest.stderr
        found = _json(server.url + "/api/search?q=vervolg+regeldruk+Beljaarts")
        assert found["total"] == 1
        deadline = time.monotonic() + 20
        while _json(server.url + "/api/stats")["letters"] == before:
            assert time.monotonic() < deadline, "the counts never showed the new letter"
            time.sleep(0.5)
        assert _json(server.url + "/api/stats")["letters"] == before + 1
    finally:
        stop_server(server)


def _json(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=10) as response:
        answer: dict[str, Any] = json.load(response)
    return answer
