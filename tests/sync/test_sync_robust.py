"""A source that is busy, failing, slow, offline, or answers in a changed format: sync
retries what is worth retrying, stops with one clear line when it must, keeps what it
stored, and resumes where it stopped."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from tests.sync.replay import ReplayServer, Reply, route_key
from tests.sync.sources import (
    DOC1,
    DOC4,
    FAST,
    JSON,
    TK,
    XML,
    feed,
    lookup,
    resource,
    serve_tk_first_sync,
)

from kamerbrieven.sync import (
    SourceFailing,
    SourceFormatError,
    SourceUnreachable,
    SyncOptions,
    sync,
)


def _options(server: ReplayServer, tmp_path: Path, **changes) -> SyncOptions:
    base = {"tk_base": server.url, "sru_base": server.url + "/sru", "files": tmp_path / "files"}
    return SyncOptions(**(base | changes))


def test_http_429_is_retried_after_the_wait_the_server_asks(server, kb, tmp_path):
    serve_tk_first_sync(server)
    page = TK / "feed-document-1.xml"
    server.route(
        feed(server, "Document", None),
        Reply(429, b"Too Many Requests", {"Retry-After": "0"}),
        Reply(body=page, headers=XML),
    )
    report = sync(kb, _options(server, tmp_path), FAST)
    assert report.added == 3
    assert len(server.requests_for(feed(server, "Document", None))) == 2


def test_http_500_and_a_timeout_are_retried(server, kb, tmp_path):
    serve_tk_first_sync(server)
    document = TK / f"odata-document-{DOC1}.json"
    server.route(lookup(server, DOC1), Reply(500), Reply(503), Reply(body=document, headers=JSON))
    pdf = server._routes[route_key(resource(DOC4))][0]
    server.route(resource(DOC4), Reply(body=pdf.body, headers=pdf.headers, delay=3.0), pdf)
    report = sync(kb, _options(server, tmp_path), FAST)
    assert report.failures == [] and report.added == 3
    assert len(server.requests_for(lookup(server, DOC1))) == 3
    assert len(server.requests_for(resource(DOC4))) == 2


def test_a_source_that_keeps_failing_stops_the_sync_with_one_line(server, kb, tmp_path):
    serve_tk_first_sync(server)
    server.route(feed(server, "Document", None), Reply(503, b"Service Unavailable"))
    with pytest.raises(SourceFailing) as caught:
        sync(kb, _options(server, tmp_path), FAST)
    message = str(caught.value)
    assert "HTTP 503" in message and "3 pogingen" in message and "\n" not in message
    assert kb.store.count() == 0


def test_interrupted_sync_resumes_after_the_last_stored_page(server, kb, tmp_path):
    serve_tk_first_sync(server)
    second_page = feed(server, "Document", 20512003)
    server.route(second_page, Reply(500))  # the source breaks after the first page
    with pytest.raises(SourceFailing):
        sync(kb, _options(server, tmp_path), FAST)
    assert sorted(letter.id for letter in kb.store.iter_letters()) == [
        "kst-29515-496",
        "kst-36682-10",
    ]
    server.route(second_page, Reply(body=TK / "feed-document-2.xml", headers=XML))
    server.log.clear()

    report = sync(kb, _options(server, tmp_path), FAST)

    assert report.resumed_from == "Document skiptoken 20512003"
    assert server.log[0].key == route_key(second_page)  # not the first page again
    assert server.requests_for(resource(DOC1)) == []  # nor its files
    assert report.added == 1 and kb.get("ah-tk-20232024-2210") is not None


def test_offline_is_one_clear_line(kb, tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    options = SyncOptions(tk_base=f"http://127.0.0.1:{port}", files=tmp_path / "files")
    with pytest.raises(SourceUnreachable) as caught:
        sync(kb, options, FAST)
    assert str(caught.value).startswith(f"geen verbinding met 127.0.0.1:{port}")
    assert "internetverbinding" in caught.value.hint


def test_malformed_feed_xml_is_a_changed_format_and_stores_nothing_wrong(server, kb, tmp_path):
    serve_tk_first_sync(server)
    broken = (TK / "feed-document-1.xml").read_bytes()[:1500]  # cut off mid-element
    server.route(feed(server, "Document", None), Reply(body=broken, headers=XML))
    with pytest.raises(SourceFormatError) as caught:
        sync(kb, _options(server, tmp_path), FAST)
    assert str(caught.value).startswith("de SyncFeed van de Tweede Kamer is geen geldige XML")
    assert "formaat" in caught.value.hint
    assert kb.store.count() == 0


def test_a_feed_that_is_no_atom_is_a_changed_format(server, kb, tmp_path):
    server.route(
        feed(server, "Document", None),
        Reply(body=b"<Error><Message>An error has occurred.</Message></Error>"),
    )
    with pytest.raises(SourceFormatError, match="geen Atom-feed maar <Error>"):
        sync(kb, _options(server, tmp_path), FAST)


def test_malformed_odata_json_is_a_changed_format(server, kb, tmp_path):
    serve_tk_first_sync(server)
    server.route(lookup(server, DOC1), Reply(body=b'{"Id": "3c0e9d1a", "Soort": ', headers=JSON))
    with pytest.raises(
        SourceFormatError, match="OData-API van de Tweede Kamer gaf geen geldige JSON"
    ):
        sync(kb, _options(server, tmp_path), FAST)


def test_a_missing_file_is_reported_the_others_go_in_and_it_is_tried_again(server, kb, tmp_path):
    serve_tk_first_sync(server)
    server.route(resource(DOC1), Reply(404, b"Not Found"))
    report = sync(kb, _options(server, tmp_path), FAST)
    assert [f.path for f in report.failures] == [DOC1]
    assert "HTTP 404" in report.failures[0].reason
    assert report.added == 2 and kb.get("kst-29515-496") is None
    # next run: the file is there now, and is fetched although the feed moved on
    serve_tk_first_sync(server)
    server.route(feed(server, "Document", 20512007), Reply(body=TK / "feed-document-4.xml"))
    server.route(feed(server, "Toezegging", 20512950), Reply(body=TK / "feed-toezegging-2.xml"))
    report = sync(kb, _options(server, tmp_path), FAST)
    assert report.added == 1 and kb.get("kst-29515-496") is not None


def test_a_broken_document_file_is_refused_by_name_and_the_rest_goes_in(server, kb, tmp_path):
    serve_tk_first_sync(server)
    server.route(
        resource(DOC4), Reply(body=b"%PDF-1.7\n kapot", headers={"Content-Type": "application/pdf"})
    )
    report = sync(kb, _options(server, tmp_path), FAST)
    (failure,) = report.failures
    assert failure.path.endswith("2024D29920.pdf")
    assert kb.store.count() == 2
