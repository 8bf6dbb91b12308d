"""Safe by default (issue 17 for the web app): markup inside letters and queries comes out
as text on every page, ids and file downloads never reach outside the store, every response
carries the security headers, the server answers only loopback names and only GET, and an
internal error shows no trace."""

from __future__ import annotations

import http.client
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from fastapi.testclient import TestClient
from tests.web.conftest import Server
from tests.web.corpus import CITED_ID, HOSTILE_DOSSIER, HOSTILE_ID, payload

from kamerbrieven.web import create_app
from kamerbrieven.web.security import CONTENT_SECURITY_POLICY

# every field of the hostile record that its letter page shows (tests/web/corpus.py)
LETTER_PAGE_FIELDS = (
    "titel",
    "dossiertitel",
    "afzender",
    "aan",
    "naam",
    "functie",
    "kop",
    "uitspraak",
    "verwijzing",
    "persoon",
    "land",
    "voetnoot",
    "persoonsnaam",
    "landnaam",
    "vergadering",
    "plaats",
    "actor",
    "waarschuwing",
    "bestandsnaam",
    "doel",
)


def _escaped(field: str) -> str:
    return f"data-xss=&#34;{field}&#34;"


def _assert_no_markup_came_through(html: str) -> None:
    assert "<img src=x" not in html
    assert 'data-xss="' not in html
    assert "<script>" not in html.lower()


PAGES_WITH_PAYLOADS = [
    f"/brieven/{HOSTILE_ID}",
    f"/dossiers/{HOSTILE_DOSSIER}",
    "/",
    "/zoeken?q=kabinet+steunt",
    "/zoeken?q=regeldruk",
    "/zoeken?q=" + quote(payload("zoekvraag")),
    "/zoeken?q=" + quote('"' + payload("foutmelding")),  # an unclosed quote: a 400 page
    "/zoeken?q=" + quote("land:" + payload("filter")),
    "/brieven/" + quote(payload("id"), safe=""),
    f"/brieven/{CITED_ID}",  # lists the hostile record among the letters citing it
    "/api/docs",
]


@pytest.mark.parametrize("url", PAGES_WITH_PAYLOADS)
def test_markup_in_letters_and_queries_comes_out_escaped(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (200, 400, 404)
    _assert_no_markup_came_through(response.text)


def test_every_field_of_a_hostile_letter_is_shown_as_text(client: TestClient) -> None:
    html = client.get(f"/brieven/{HOSTILE_ID}").text
    _assert_no_markup_came_through(html)
    missing = [field for field in LETTER_PAGE_FIELDS if _escaped(field) not in html]
    assert missing == []
    # a citation target that is no identifier gets no link at all
    assert 'href="javascript' not in html
    assert html.count(f'href="/brieven/{CITED_ID}"') >= 1


def test_hostile_snippets_and_queries_are_text_on_the_search_page(client: TestClient) -> None:
    html = client.get("/zoeken?q=kabinet+steunt").text
    assert _escaped("uitspraak") in html  # the snippet, escaped
    echoed = client.get("/zoeken?q=" + quote(payload("zoekvraag"))).text
    assert _escaped("zoekvraag") in echoed  # the query, shown back as text


@pytest.mark.parametrize(
    "path",
    [
        "/brieven/..%2F..%2Fetc%2Fpasswd",
        "/brieven/%2e%2e/bestand/0",
        "/brieven/.htaccess",
        "/brieven/a..b/bestand/0",
        "/api/letters/..%2Fpyproject.toml",
        "/api/letters/%2e%2e",
        f"/brieven/{HOSTILE_ID}/bestand/-1",
        f"/brieven/{HOSTILE_ID}/bestand/2",
        f"/brieven/{HOSTILE_ID}/bestand/..%2F..%2Fpyproject.toml",
        "/static/..%2F..%2F..%2Fpyproject.toml",
        "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
        "/dossiers/..%2F1",
    ],
)
def test_paths_in_ids_and_downloads_are_refused(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "[project]" not in response.text and "root:" not in response.text


@pytest.mark.parametrize(
    "raw_path",
    [
        "/static/../../../pyproject.toml",
        "/static/../../../../../../etc/passwd",
        "/brieven/../../etc/passwd",
        "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
    ],
)
def test_raw_dot_segments_sent_to_the_server_are_refused(
    live_server: Server, raw_path: str
) -> None:
    """Sent as written (a browser or httpx would tidy the dots away first)."""
    address = urlsplit(live_server.url)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=10)
    connection.putrequest("GET", raw_path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    assert response.status in (400, 404)
    assert "[project]" not in body and "root:" not in body


def test_security_headers_on_every_kind_of_response(client: TestClient) -> None:
    urls = {
        "page": "/",
        "search": "/zoeken?q=NAVO",
        "letter": f"/brieven/{CITED_ID}",
        "api": "/api/search?q=NAVO",
        "record": f"/api/letters/{CITED_ID}",
        "schema": "/api/openapi.json",
        "css": "/static/style.css",
        "404 page": "/brieven/kst-1-1",
        "404 json": "/api/letters/kst-1-1",
        "400": "/api/search?q=%22",
        "download": f"/brieven/{CITED_ID}/bestand/0",
        "export": "/api/export?q=NAVO&format=csv",
    }
    for name, url in urls.items():
        headers = client.get(url).headers
        policy = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy or "sandbox" in policy, name
        assert "default-src 'none'" in policy, name
        assert headers["x-content-type-options"] == "nosniff", name
        assert headers["x-frame-options"] == "DENY", name
        assert headers["referrer-policy"] == "no-referrer", name
    assert client.get("/").headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src" not in CONTENT_SECURITY_POLICY  # no script may run at all


def test_only_loopback_host_names_are_answered(client: TestClient) -> None:
    for host in ("127.0.0.1", "localhost:8000", "[::1]:8000"):
        assert client.get("/", headers={"host": host}).status_code == 200, host
    for host in ("evil.example", "evil.example:8000", "127.0.0.1.evil.example"):
        response = client.get("/", headers={"host": host})
        assert response.status_code == 400, host
        assert response.headers["x-frame-options"] == "DENY"


def test_a_broken_store_shows_no_trace(web_store: tuple[str, str], tmp_path: Path) -> None:
    db, index = web_store
    copy = tmp_path / "kapot.db"
    shutil.copy(db, copy)
    app = create_app(str(copy), str(tmp_path / "index"))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as broken:
        with sqlite3.connect(copy) as conn:  # the store breaks while the server runs
            conn.execute("DROP TABLE senders")
        for url, kind in (("/", "text/html"), ("/api/stats", "application/json")):
            response = broken.get(url)
            assert response.status_code == 503
            assert response.headers["content-type"].startswith(kind)
            assert "niet bereikbaar" in response.text
            for leak in ("Traceback", "sqlite3", 'File "', "senders", "OperationalError"):
                assert leak not in response.text


def test_an_internal_error_shows_no_trace(
    web_store: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, index = web_store
    app = create_app(db, str(tmp_path / "index"))

    def bug(kb: object) -> dict:  # a bug of ours, not the store's
        raise KeyError("geheime_sleutel")

    monkeypatch.setattr("kamerbrieven.web.lookups.stats", bug)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        for url, kind in (("/", "text/html"), ("/api/stats", "application/json")):
            response = client.get(url)
            assert response.status_code == 500
            assert response.headers["content-type"].startswith(kind)
            assert "interne fout" in response.text
            for leak in ("Traceback", "geheime_sleutel", 'File "', "KeyError"):
                assert leak not in response.text


def test_head_is_answered_like_get_without_a_body(live_server: Server) -> None:
    address = urlsplit(live_server.url)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=10)
    for path in ("/", "/zoeken?q=NAVO", "/api/stats", f"/brieven/{CITED_ID}/bestand/0"):
        connection.request("GET", path)
        got = connection.getresponse()
        body = got.read()
        connection.request("HEAD", path)
        head = connection.getresponse()
        assert head.read() == b""
        assert head.status == got.status == 200
        assert head.getheader("content-length") == str(len(body))
        assert head.getheader("x-content-type-options") == "nosniff"
    connection.close()
