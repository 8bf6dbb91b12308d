"""A bounded load on a running `kamerbrieven serve`: N clients, each on its own keep-alive
connection, asking a mix of search pages, letter pages and API calls until a deadline.

Used by tests/web/test_load.py (short by default, long when flagged) and by
benchmarks/bench_web.py. Only ever sent to the loopback address the server printed.
"""

from __future__ import annotations

import http.client
import itertools
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

QUERIES = (
    "NAVO",
    "regeldruk",
    "Oekraïne OR Georgië",
    '"Noord Atlantische Raad"',
    "kabinet -Rusland",
    "verkiez*",
    "land:Rusland",
    "NEAR(NAVO bondgenoten)",
)
MAX_REQUESTS_PER_CLIENT = 100_000  # a bound besides the deadline
TIMEOUT_S = 30


@dataclass
class LoadResult:
    clients: int
    seconds: float
    requests: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)  # by kind of request

    def all_ms(self) -> list[float]:
        return [ms for values in self.latencies_ms.values() for ms in values]

    def percentile(self, p: float, kind: str | None = None) -> float:
        values = sorted(self.latencies_ms[kind] if kind else self.all_ms())
        if not values:
            return 0.0
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

    def summary(self) -> dict[str, object]:
        every = self.all_ms()
        return {
            "clients": self.clients,
            "seconds": round(self.seconds, 1),
            "requests": self.requests,
            "errors": self.errors,
            "requests_per_s": round(self.requests / self.seconds, 1) if self.seconds else 0,
            "p50_ms": round(self.percentile(50), 1),
            "p95_ms": round(self.percentile(95), 1),
            "p99_ms": round(self.percentile(99), 1),
            "max_ms": round(max(every), 1) if every else 0,
            "mean_ms": round(statistics.fmean(every), 1) if every else 0,
            "p95_ms_by_kind": {k: round(self.percentile(95, k), 1) for k in self.latencies_ms},
        }


def request_mix(letter_ids: list[str], dossiers: list[str]) -> list[tuple[str, str]]:
    """(kind, path) pairs: searches (pages and API, sorted, paged, filtered), letter pages and
    records, references in and out, dossier pages, stats."""
    mix: list[tuple[str, str]] = []
    for n, query in enumerate(QUERIES):
        q = quote(query)
        letter = letter_ids[n % len(letter_ids)]
        mix += [
            ("zoekpagina", f"/zoeken?q={q}"),
            ("zoekpagina", f"/zoeken?q={q}&sortering=datum&pagina={1 + n % 2}"),
            ("api-zoeken", f"/api/search?q={q}&limit=20&page=1"),
            ("briefpagina", f"/brieven/{quote(letter)}"),
            ("api-brief", f"/api/letters/{quote(letter)}"),
            ("api-verwijzingen", f"/api/letters/{quote(letter)}/references/out"),
            ("api-verwijzingen", f"/api/letters/{quote(letter)}/references/in"),
        ]
    for dossier in dossiers:
        mix += [
            ("dossierpagina", f"/dossiers/{dossier}"),
            ("api-dossier", f"/api/dossiers/{dossier}"),
        ]
    mix += [("start", "/"), ("api-tellingen", "/api/stats")]
    return mix


def run_load(
    base_url: str, mix: list[tuple[str, str]], *, clients: int, seconds: float
) -> LoadResult:
    address = urlsplit(base_url)
    if address.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"load only on loopback, not {address.hostname}")
    result = LoadResult(clients, seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    start = threading.Barrier(clients)

    def client(number: int) -> None:
        latencies: dict[str, list[float]] = {}
        errors: list[str] = []
        count = 0
        connection = http.client.HTTPConnection(
            address.hostname or "", address.port, timeout=TIMEOUT_S
        )
        start.wait()
        requests = itertools.islice(itertools.cycle(mix), number * 7, None)
        for kind, path in requests:
            if time.monotonic() >= deadline or count >= MAX_REQUESTS_PER_CLIENT:
                break
            began = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors.append(f"{response.status} {path}")
            except (OSError, http.client.HTTPException) as error:
                errors.append(f"{type(error).__name__} {path}")
                connection.close()
                connection = http.client.HTTPConnection(
                    address.hostname or "", address.port, timeout=TIMEOUT_S
                )
            latencies.setdefault(kind, []).append((time.perf_counter() - began) * 1000)
            count += 1
        connection.close()
        with lock:
            result.requests += count
            result.errors += len(errors)
            result.error_samples += errors[:5]
            for kind, values in latencies.items():
                result.latencies_ms.setdefault(kind, []).extend(values)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + TIMEOUT_S + 30)
    result.seconds = time.monotonic() - began
    return result
