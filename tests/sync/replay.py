"""A real HTTP server on loopback that replays recorded answers, for the sync tests.

    with ReplayServer() as server:
        server.route("/SyncFeed/2.0/Feed?category=Document", Reply(body=FIXTURES / "tk/..."))
        sync(kb, SyncOptions(tk_base=server.url))

A route's replies are given in turn (the last one repeats), so a test can answer 429 and
then 200. `__BASE__` in a body becomes the server's own address, as the recordings name
the real host there. Every request is logged (path, query, headers) for the tests to check
what the client asked. No mocking: the client under test talks HTTP to this server.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@dataclass
class Reply:
    status: int = 200
    body: bytes | Path = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a timeout, for a client that waits less)

    def content(self, base: str) -> bytes:
        data = self.body.read_bytes() if isinstance(self.body, Path) else self.body
        return data.replace(b"__BASE__", base.encode())


@dataclass(frozen=True)
class Request:
    path: str
    key: str
    headers: dict[str, str]


def route_key(target: str) -> str:
    """A request target with its query in a fixed order, as routes are looked up by it."""
    parts = urlsplit(target)
    query = sorted(parse_qsl(parts.query, keep_blank_values=True))
    return parts.path + (f"?{urlencode(query)}" if query else "")


class ReplayServer:
    def __init__(self) -> None:
        self._routes: dict[str, list[Reply]] = {}
        self.log: list[Request] = []
        self._lock = threading.Lock()
        self.extra_delay = 0.0  # seconds every reply waits besides its own delay
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def route(self, target: str, *replies: Reply) -> None:
        with self._lock:
            self._routes[route_key(target)] = list(replies)

    def delay_all(self, seconds: float) -> None:
        """Answer every request this much later (a slow source)."""
        self.extra_delay = seconds

    def requests_for(self, target: str) -> list[Request]:
        key = route_key(target)
        return [r for r in self.log if r.key == key]

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _answer(self, target: str, headers: dict[str, str]) -> Reply:
        key = route_key(target)
        with self._lock:
            self.log.append(Request(urlsplit(target).path, key, headers))
            replies = self._routes.get(key)
            if not replies:
                return Reply(404, b"niet gevonden: " + key.encode())
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                reply = server._answer(self.path, {k.lower(): v for k, v in self.headers.items()})
                if reply.delay or server.extra_delay:
                    time.sleep(reply.delay + server.extra_delay)
                body = b"" if reply.status == 304 else reply.content(server.url)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if body and reply.status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test)

            def log_message(self, *args: object) -> None:
                pass

        return Handler
