"""Fixtures of the web tests: the store (SQLite, and PostgreSQL for the API tests), the app
in-process (FastAPI's TestClient: the real app, no server), a real server started by
`kamerbrieven serve` on a loopback port, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.web.corpus import fill

from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.web import create_app

KAMERBRIEVEN = str(Path(sys.executable).parent / "kamerbrieven")
CHROMIUM = "/usr/bin/chromium"
# Screenshots of the browser tests, kept after the run (git-ignored).
ARTEFACTS = Path(__file__).resolve().parents[2] / "out" / "web-screenshots"


def _build(db: str, folder: Path) -> str:
    with open_knowledge_base(db, index=str(folder / "index")) as kb:
        fill(kb, folder)
    return db


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """(db, index) of an SQLite store with the web corpus, built once a session."""
    folder = tmp_path_factory.mktemp("web-sqlite")
    return _build(str(folder / "kamerbrieven.db"), folder), str(folder / "index")


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def any_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, str]:
    """(db, index) with the web corpus on each backend."""
    if request.param == "sqlite":
        store: tuple[str, str] = request.getfixturevalue("web_store")
        return store
    folder = tmp_path_factory.mktemp("web-postgres")
    db = request.getfixturevalue("new_postgres_database")()
    return _build(db, folder), str(folder / "index")


@pytest.fixture(scope="module")
def api(any_store: tuple[str, str]) -> Iterator[TestClient]:
    """The app over each backend, called in-process."""
    db, index = any_store
    with TestClient(create_app(db, index), base_url="http://127.0.0.1") as client:
        yield client


@pytest.fixture(scope="module")
def client(web_store: tuple[str, str]) -> Iterator[TestClient]:
    """The app over the SQLite store, called in-process; errors come back as responses."""
    db, index = web_store
    app = create_app(db, index)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


class Server:
    def __init__(self, process: subprocess.Popen[str], url: str, banner: str) -> None:
        self.process = process
        self.url = url
        self.banner = banner


def start_server(*args: str, env: dict[str, str] | None = None) -> Server:
    """`kamerbrieven serve ARGS --port 0`, once it says where it listens."""
    process = subprocess.Popen(
        [KAMERBRIEVEN, "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)
    banner = process.stdout.readline() if ready else ""
    if "http://" not in banner:
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"serve did not start: {banner!r} {err!r}")
    url = banner.split("http://", 1)[1].split("/", 1)[0]
    return Server(process, f"http://{url}", banner)


def stop_server(server: Server) -> tuple[str, str]:
    """Stop it as Ctrl-C would; what it printed after its address (stdout, stderr)."""
    server.process.send_signal(signal.SIGINT)
    try:
        return server.process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        server.process.kill()
        return server.process.communicate()


@pytest.fixture(scope="session")
def live_server(web_store: tuple[str, str]) -> Iterator[Server]:
    """A real `kamerbrieven serve` over the SQLite store, on a free loopback port."""
    db, index = web_store
    server = start_server("--db", db, "--index", index)
    yield server
    _, err = stop_server(server)
    assert "Traceback" not in err, err


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, through Playwright (scripts/install-chromium.sh)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium ontbreekt: bash scripts/install-chromium.sh (make test doet dat)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh page at desktop width; any dialog (alert from injected script) fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert dialogs == [] and errors == []


def screenshot(page: Any, name: str, *, full_page: bool = False) -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
