"""The publication site's search (SRU) by dossier, date and kind, end to end against a
local server replaying its recorded answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync.replay import ReplayServer, Reply, route_key
from tests.sync.sources import FAST, OP, dossier_search, frbr, serve_dossier_28676

from kamerbrieven.sync import SourceFailing, SyncError, SyncOptions, sync
from kamerbrieven.sync.sru import build_query, search_url


def _options(server: ReplayServer, tmp_path: Path, **changes) -> SyncOptions:
    base = {"source": "op", "dossier": "28676", "sru_base": server.url + "/sru"}
    return SyncOptions(**(base | {"files": tmp_path / "files"} | changes))


def test_a_whole_dossier_in_one_sync(server, kb, tmp_path):
    serve_dossier_28676(server)
    report = sync(kb, _options(server, tmp_path), FAST)
    assert report.total == 3 and report.listed == 3
    assert sorted(letter.id for letter in kb.store.iter_letters()) == [
        "kst-28676-512",
        "kst-28676-542",
    ]
    motie = kb.get("kst-28676-542")
    assert (motie.source.format, motie.source.kind, motie.source.dossier) == (
        "xml",
        "motie",
        "28676",
    )
    assert motie.dossier_title == "NAVO"
    # 543's XML is listed but not served: named, the others in; 512's metadata.xml neither
    assert [f.path for f in report.failures] == ["kst-28676-543"]
    assert "HTTP 404" in report.failures[0].reason
    assert kb.search("dossier:28676 WPS-actieplan").total == 1


def test_the_same_dossier_again_fetches_nothing(server, kb, tmp_path):
    serve_dossier_28676(server)
    sync(kb, _options(server, tmp_path), FAST)
    server.log.clear()
    report = sync(kb, _options(server, tmp_path), FAST)
    assert (report.unchanged, report.added, report.updated) == (2, 0, 0)
    fetched = [r.path for r in server.log if "/frbr/" in r.path]
    assert fetched == [frbr("kst-28676-543", "28676", "xml")]  # only the missing one, again


def test_kind_and_date_narrow_what_is_fetched(server, kb, tmp_path):
    serve_dossier_28676(server)
    report = sync(kb, _options(server, tmp_path, kinds=("brief",)), FAST)
    assert report.skipped == 3 and kb.store.count() == 0
    # the search asks for the dates; what comes back is checked against them too
    query = build_query("28676", None, "2025-06-01")
    for start, page in ((1, "sru-dossier-28676-1.xml"), (3, "sru-dossier-28676-2.xml")):
        url = search_url(server.url + "/sru", query, start).removeprefix(server.url)
        server.route(url, Reply(body=OP / page))
    report = sync(kb, _options(server, tmp_path, date_to="2025-06-01"), FAST)
    assert report.skipped == 2
    assert [letter.id for letter in kb.store.iter_letters()] == ["kst-28676-512"]


def test_dry_run_lists_what_would_be_fetched_and_changes_nothing(server, kb, tmp_path):
    serve_dossier_28676(server)
    report = sync(kb, _options(server, tmp_path, dry_run=True), FAST)
    assert [item["id"] for item in report.would_fetch] == [
        "kst-28676-512",
        "kst-28676-542",
        "kst-28676-543",
    ]
    assert report.would_fetch[0]["url"].endswith("/xml/kst-28676-512.xml")
    assert kb.store.count() == 0 and not (tmp_path / "files").exists()
    assert not [r for r in server.log if "/frbr/" in r.path]


def test_an_interrupted_search_resumes_at_its_next_page(server, kb, tmp_path):
    serve_dossier_28676(server)
    server.route(dossier_search(server, "28676", 3), Reply(502))
    with pytest.raises(SourceFailing):
        sync(kb, _options(server, tmp_path), FAST)
    assert kb.store.count() == 2
    server.route(dossier_search(server, "28676", 3), Reply(body=OP / "sru-dossier-28676-2.xml"))
    server.log.clear()
    report = sync(kb, _options(server, tmp_path), FAST)
    assert report.resumed_from == "record 3"
    assert server.log[0].key == route_key(dossier_search(server, "28676", 3))


def test_a_refused_query_says_what_the_service_said(server, kb, tmp_path):
    diagnostic = (
        b'<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">'
        b"<sru:version>2.0</sru:version><sru:numberOfRecords>0</sru:numberOfRecords><sru:diagnostics>"
        b'<diag:diagnostic xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic">'
        b"<diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:details>dt.date</diag:details>"
        b"<diag:message>Query syntax error</diag:message></diag:diagnostic></sru:diagnostics>"
        b"</sru:searchRetrieveResponse>"
    )
    server.route(dossier_search(server, "28676", 1), Reply(body=diagnostic))
    with pytest.raises(SyncError, match="weigert de zoekvraag: Query syntax error \\(dt.date\\)"):
        sync(kb, _options(server, tmp_path), FAST)
