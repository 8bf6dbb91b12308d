"""A bounded load test of `kamerbrieven serve` on loopback: concurrent clients mixing
search pages, letter pages and API calls get no error. Short by default; the long run (50
clients for 60 s) when KAMERBRIEVEN_LOAD_LONG=1 (`make load`). The figures (requests,
errors, p95) are printed and written to out/web-load.json; timing is not asserted here
(benchmarks/bench_web.py records it in BENCHMARKS.md)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from fastapi.testclient import TestClient
from tests.web.conftest import Server
from tests.web.load import request_mix, run_load

OUT = Path(__file__).resolve().parents[2] / "out" / "web-load.json"


def _settings() -> tuple[int, float]:
    if os.environ.get("KAMERBRIEVEN_LOAD_LONG"):
        return 50, 60.0
    return (
        int(os.environ.get("KAMERBRIEVEN_LOAD_CLIENTS", "10")),
        float(os.environ.get("KAMERBRIEVEN_LOAD_SECONDS", "4")),
    )


def test_concurrent_clients_get_no_errors(live_server: Server, client: TestClient) -> None:
    ids = [hit["id"] for hit in client.get("/api/search?q=de&limit=100").json()["hits"]]
    mix = request_mix(ids, ["28676", "29515"])
    clients, seconds = _settings()
    result = run_load(live_server.url, mix, clients=clients, seconds=seconds)
    summary = result.summary()
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"\nbelasting: {json.dumps(summary)}")
    assert result.error_samples == [] and result.errors == 0
    assert result.requests >= clients  # every client got answers
    assert set(result.latencies_ms) == {kind for kind, _ in mix}  # the whole mix was asked
