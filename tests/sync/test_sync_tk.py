"""End to end against a local server replaying the Tweede Kamer's open data: a first sync,
then an incremental one with an update and a deletion, then one with nothing new."""

from __future__ import annotations

import io
from pathlib import Path

from tests.sync.replay import ReplayServer, route_key
from tests.sync.sources import (
    DOC1,
    DOC2,
    DOC3,
    DOC4,
    FAST,
    feed,
    lookup,
    resource,
    serve_tk_first_sync,
    serve_tk_next_day,
)

from kamerbrieven.export import (
    read_csv,
    read_jsonl,
    read_parquet,
    write_csv,
    write_jsonl,
    write_parquet,
)
from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.sync import SyncOptions, ToezeggingRegister, sync


def _options(server: ReplayServer, tmp_path: Path) -> SyncOptions:
    return SyncOptions(tk_base=server.url, sru_base=server.url + "/sru", files=tmp_path / "files")


def test_first_sync_stores_letters_with_what_the_source_says(server, kb: KnowledgeBase, tmp_path):
    serve_tk_first_sync(server)
    report = sync(kb, _options(server, tmp_path), FAST)

    assert report.failures == []
    assert (report.added, report.skipped, report.toezeggingen) == (3, 1, 2)
    assert sorted(letter.id for letter in kb.store.iter_letters()) == [
        "ah-tk-20232024-2210",
        "kst-29515-496",
        "kst-36682-10",
    ]
    brief = kb.get("kst-29515-496")
    assert brief.source.format == "pdf"
    assert brief.source.document_number == "2025D03982"
    assert (brief.source.dossier, brief.source.number, brief.source.kind) == ("29515", 496, "brief")
    assert brief.source.ministry == "Economische Zaken"
    # the motion was published: its official XML is read, not the Tweede Kamer's docx
    motie = kb.get("kst-36682-10")
    assert motie.source.format == "xml" and motie.source.document_number == "2025D17311"
    assert server.requests_for(resource(DOC2)) == []
    # the convocation is no letter: not looked up, not fetched
    assert (
        server.requests_for(lookup(server, DOC3)) == []
        and server.requests_for(resource(DOC3)) == []
    )
    assert kb.search('"Delta Rhine Corridor"').total >= 1


def test_where_source_and_text_disagree_the_source_wins_with_a_warning(server, kb, tmp_path):
    serve_tk_first_sync(server)
    sync(kb, _options(server, tmp_path), FAST)
    answers = kb.get("ah-tk-20232024-2210")
    assert answers.date == "2024-07-22"  # the Tweede Kamer's date, the text says 23 July
    assert answers.source.date == "2024-07-22"
    assert "bron en tekst verschillen over date: '2024-07-22' (bron) / '2024-07-23' (tekst)" in (
        answers.warnings
    )


def test_toezeggingen_are_kept_and_linked_to_the_letter_that_kept_them(server, kb, tmp_path):
    serve_tk_first_sync(server)
    sync(kb, _options(server, tmp_path), FAST)
    register = ToezeggingRegister(kb.store)
    kept = register.get("TZ202411-042")
    assert kept.state() == "kept" and kept.fulfilled_by == "2025D03982"
    assert kept.letter_id == "kst-29515-496"
    assert kept.person == "Beljaarts, D.S." and kept.ministry == "Economische Zaken"
    assert [t.number for t in register.for_letter("kst-29515-496")] == ["TZ202411-042"]
    assert register.get("TZ202503-017").state(today="2025-04-01") == "open"


def test_incremental_sync_applies_an_update_and_a_deletion(server, kb, tmp_path):
    serve_tk_first_sync(server)
    options = _options(server, tmp_path)
    sync(kb, options, FAST)
    motie_file = tmp_path / "files" / "op" / "kst-36682-10.xml"
    assert motie_file.is_file()
    server.log.clear()
    serve_tk_next_day(server)

    report = sync(kb, options, FAST)

    assert (report.updated, report.deleted, report.added) == (1, 1, 0)
    # resumed after the last entry of the first run, not from the start
    assert server.log[0].key == route_key(feed(server, "Document", 20512007))
    assert kb.get("kst-36682-10") is None and not motie_file.exists()
    assert kb.search("apothekers").total == 0
    answers = kb.get("ah-tk-20232024-2210")
    assert answers.date == "2024-07-23" and not any("verschillen" in w for w in answers.warnings)
    # the file was asked for conditionally and not sent again
    (asked,) = server.requests_for(resource(DOC4))
    assert asked.headers.get("if-none-match") == '"d4-v1"'
    assert server.requests_for(resource(DOC1)) == []


def test_a_third_sync_with_nothing_new_fetches_no_file(server, kb, tmp_path):
    serve_tk_first_sync(server)
    options = _options(server, tmp_path)
    sync(kb, options, FAST)
    serve_tk_next_day(server)
    sync(kb, options, FAST)
    server.log.clear()
    report = sync(kb, options, FAST)
    assert (report.added, report.updated, report.deleted, report.fetched) == (0, 0, 0, 0)
    assert {r.path for r in server.log} == {"/SyncFeed/2.0/Feed"}


def test_a_synced_record_reads_back_from_every_export_format(server, kb, tmp_path):
    serve_tk_first_sync(server)
    sync(kb, _options(server, tmp_path), FAST)
    letters = {letter.id: letter for letter in kb.store.iter_letters()}
    assert letters["kst-29515-496"].source.document_number == "2025D03982"
    for write, read in ((write_jsonl, read_jsonl), (write_csv, read_csv)):
        out = io.StringIO()
        write(letters.values(), out)
        assert {letter.id: letter for letter in read(io.StringIO(out.getvalue()))} == letters
    write_parquet(letters.values(), tmp_path / "brieven.parquet")
    assert {letter.id: letter for letter in read_parquet(tmp_path / "brieven.parquet")} == letters
