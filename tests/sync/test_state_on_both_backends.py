"""What sync and alerts keep in the store works the same on SQLite and PostgreSQL."""

from __future__ import annotations

from tests.store.letters import rich_letter

from kamerbrieven.alerts import AlertBook
from kamerbrieven.store import open_store
from kamerbrieven.sync.facts import DocumentFacts
from kamerbrieven.sync.http import Validators
from kamerbrieven.sync.state import MISSING, OK, SyncedDocument, SyncState
from kamerbrieven.sync.toezeggingen import Toezegging, ToezeggingRegister


def test_cursors_documents_and_validators_round_trip(db_url):
    with open_store(db_url) as store:
        state = SyncState(store)
        assert state.cursor("tk:Document") is None
        state.set_cursor("tk:Document", "20512003")
        state.set_cursor("tk:Document", "20512007")
        assert state.cursor("tk:Document") == "20512007"
        state.set_cursor("tk:Document", None)
        assert state.cursor("tk:Document") is None

        facts = DocumentFacts("guid-1", "v1", "kst-29515-496", "2025D03982", "brief", number=496)
        state.put_document(
            SyncedDocument("tk", "guid-1", "v1", OK, facts, ("/a.pdf",), "kst-29515-496")
        )
        state.put_document(
            SyncedDocument("tk", "guid-2", "", MISSING, facts, fetch={"entry": {"id": "guid-2"}})
        )
        known = state.document("tk", "guid-1")
        assert (known.version, known.paths, known.facts) == ("v1", ("/a.pdf",), facts)
        assert [d.remote_id for d in state.pending("tk")] == ["guid-2"]
        state.remove_document("tk", "guid-2")
        assert state.pending("tk") == []

        state.put_validators("http://x/a", Validators('"e1"', None), "/a.pdf", "ab" * 32)
        state.put_validators(
            "http://x/a", Validators('"e2"', "Tue, 01 Jul 2025"), "/a.pdf", "cd" * 32
        )
        assert state.all_validators() == {"http://x/a": Validators('"e2"', "Tue, 01 Jul 2025")}


def test_toezeggingen_link_to_the_stored_letter_that_kept_them(db_url):
    with open_store(db_url) as store:
        register = ToezeggingRegister(store)
        register.put(
            Toezegging(
                "id-1",
                "TZ1",
                "Een brief.",
                status="Voldaan",
                fulfilled_by="2025D1",
                made_on="2025-01-01",
                updated="1",
            )
        )
        register.put(
            Toezegging(
                "id-2",
                "TZ2",
                "Een notitie.",
                status="Openstaand",
                made_on="2025-02-01",
                updated="1",
            )
        )
        facts = DocumentFacts("g", "v", document_number="2025D1")
        SyncState(store).put_document(SyncedDocument("tk", "g", "v", OK, facts, (), "kst-1-1"))
        assert [(t.number, t.letter_id) for t in register.all()] == [
            ("TZ2", None),
            ("TZ1", "kst-1-1"),
        ]
        assert [t.number for t in register.all(status="voldaan")] == ["TZ1"]
        assert register.delete("id-2") and not register.delete("id-2")


def test_alerts_remember_what_was_told(db_url):
    with open_store(db_url) as store:
        book = AlertBook(store)
        book.add("query", "NAVO", "navo")
        book.mark_seen("navo", ["kst-1", "kst-2"])
        book.mark_seen("navo", ["kst-2", "kst-3"])
        assert book.seen("navo") == {"kst-1", "kst-2", "kst-3"}
        assert book.get("navo").checked_at is not None
        book.remove("navo")
        assert book.all() == [] and book.seen("navo") == set()


def test_a_withdrawn_file_takes_only_its_own_reading(db_url):
    letter = rich_letter()
    with open_store(db_url) as store:
        store.put(letter)
        assert store.remove_file(letter.source.path) == (letter.id,)
        assert store.get(letter.id) is None and store.remove_file("/nergens.pdf") == ()
