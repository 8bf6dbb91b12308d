"""The Store interface, the same tests on SQLite and PostgreSQL (the `db_url` fixture)."""

from __future__ import annotations

import json
import multiprocessing
import sys

import pytest
from tests.store.letters import bare_letter, rich_letter

from kamerbrieven.errors import MissingExtra, StoreError
from kamerbrieven.record import Letter
from kamerbrieven.store import LetterFilter, open_store
from kamerbrieven.store import base as store_base
from kamerbrieven.store.rows import record_json
from kamerbrieven.store.schema import LATEST_VERSION
from kamerbrieven.store.tables import record_tables

CHILD_TABLES = tuple(t.name for t in record_tables())
CHILD_COLUMNS = {t.name: t.column_names for t in record_tables()}

# Which record list fills which plain table.
TABLE_FIELDS = {
    "senders": "senders",
    "signatories": "signatories",
    "sections": "sections",
    "footnotes": "footnotes",
    "citations": "references",
    "dates": "dates",
    "entities": "entities",
    "acronyms": "acronyms",
    "meetings": "meetings",
    "statements": "statements",
    "warnings": "warnings",
}


@pytest.fixture
def store(db_url: str):
    opened = open_store(db_url)
    yield opened
    opened.close()


def rows_of(store, table: str, letter_id: str) -> list[tuple]:
    return store._query(f"SELECT * FROM {table} WHERE letter_id = ? ORDER BY ord", (letter_id,))


def table_sizes(store) -> dict[str, int]:
    return {t: store._query(f"SELECT COUNT(*) FROM {t}")[0][0] for t in ("letters", *CHILD_TABLES)}


def assert_rows_match_records(store) -> None:
    """Every plain table holds exactly the rows of the stored records, nothing else."""
    letters = list(store.iter_letters())
    for table, field in TABLE_FIELDS.items():
        expected = sum(len(getattr(letter, field)) for letter in letters)
        assert store._query(f"SELECT COUNT(*) FROM {table}")[0][0] == expected, table
    orphans = store._query(
        "SELECT COUNT(*) FROM senders WHERE letter_id NOT IN (SELECT id FROM letters)"
    )
    assert orphans[0][0] == 0
    paths = store._query("SELECT source_path, COUNT(*) FROM letters GROUP BY source_path")
    assert all(n == 1 for _, n in paths)


# -- the record goes in and comes out unchanged ------------------------------------------
def test_round_trip_gives_the_same_letter(store) -> None:
    letters = [rich_letter(), bare_letter()]
    for letter in letters:
        assert store.put(letter).status == "added"
    for letter in letters:
        back = store.get(letter.id)
        assert back.replace(sources=()) == letter
        assert isinstance(back, Letter)
        # the store notes the file it was read from, and when
        (source,) = back.sources
        assert (source.path, source.sha256, source.format) == (
            letter.source.path,
            letter.source.sha256,
            letter.source.format,
        )
        assert source.ingested and source.ingested[:4].isdigit()
    assert store.get("kst-0-0") is None
    assert "Oekraïne" in store.get(letters[0].id).title


def test_record_json_is_the_parse_output_with_its_sources(store) -> None:
    letter = rich_letter()
    store.put(letter)
    stored = store.get_record_json(letter.id)
    with_sources = store.get(letter.id)
    assert stored == record_json(with_sources)
    assert json.loads(stored) | {"sources": []} == letter.to_dict()
    assert "Oekraïne" in stored  # not \u00ef
    assert store.get_record_json("kst-0-0") is None


# -- idempotent put ----------------------------------------------------------------------
def test_same_content_again_is_unchanged(store) -> None:
    letter = rich_letter()
    assert store.put(letter).status == "added"
    before = table_sizes(store)
    result = store.put(letter)
    assert (result.status, result.removed_ids) == ("unchanged", ())
    assert table_sizes(store) == before
    assert store.knows_content(letter.source.sha256)


def test_changed_file_at_same_path_replaces_the_old_record(store) -> None:
    old = rich_letter(2600)
    store.put(old)
    # Same file, new content: now recognised as another letter number.
    new = rich_letter(2601, path=old.source.path, version="2")
    result = store.put(new)
    assert result.status == "updated"
    assert result.removed_ids == (old.id,)
    assert store.get(old.id) is None
    assert store.get(new.id).replace(sources=()) == new
    assert store.count() == 1
    assert not store.knows_content(old.source.sha256)
    for table in CHILD_TABLES:
        assert rows_of(store, table, old.id) == []
    assert_rows_match_records(store)


def test_a_second_file_of_the_same_letter_becomes_one_more_source(store) -> None:
    old = rich_letter(2600)
    store.put(old)
    new = rich_letter(2600, version="2", path="elders/2600.pdf")
    result = store.put(new)
    assert (result.status, result.removed_ids) == ("updated", ())
    stored = store.get(new.id)
    assert [s.path for s in stored.sources] == ["brieven/21501-02-2600.pdf", "elders/2600.pdf"]
    assert store.count() == 1
    assert store.knows_content(old.source.sha256) and store.knows_content(new.source.sha256)
    assert store.put(old).status == store.put(new).status == "unchanged"
    assert_rows_match_records(store)


# -- the plain tables --------------------------------------------------------------------
def test_plain_tables_hold_the_record_lists_in_order(store) -> None:
    letter = rich_letter()
    store.put(letter)
    lid = letter.id
    assert rows_of(store, "senders", lid) == [(lid, 0, "Buitenlandse Zaken"), (lid, 1, "Defensie")]
    assert rows_of(store, "citations", lid) == [
        (lid, 0, "motie", "motie-Brekelmans", 150, 166, "21501-02", 2600, None, None),
        (
            lid, 1, "kamerstuk", "Kamerstuk 21 501-02, nr. 2600", 168, 197, "21501-02", 2600,
            "2023", "kst-21501-02-2600",
        ),
    ]  # fmt: skip
    entities = rows_of(store, "entities", lid)
    assert [(e[2], e[4]) for e in entities] == [
        ("country", "Oekraïne"),
        ("person", "R.P. Brekelmans"),
        ("organisation", "NAVO"),
        ("place", "Vilnius"),
    ]
    assert entities[1][7:9] == ("Kamerlid", "VVD")
    assert rows_of(store, "statements", lid)[1][2:] == (
        "commitment", "minister", "De minister zal de Kamer informeren", 238, 270, None,
        None, None, None,
    )  # fmt: skip
    meetings = rows_of(store, "meetings", lid)
    assert meetings[1][2:] == ("Europese Raad", None)
    days = store._query(
        "SELECT value FROM meetings_dates WHERE letter_id = ? AND item_ord = 1 ORDER BY ord",
        (lid,),
    )
    assert days == [("2023-03-23",), ("2023-03-24",)]
    assert rows_of(store, "dates", lid)[1][2:] == (
        "vóór de zomer", "2023-06", 270, 283, "2023-09-21",
    )  # fmt: skip
    for table, field in TABLE_FIELDS.items():
        rows = rows_of(store, table, lid)
        assert len(rows) == len(getattr(letter, field)), table
        assert all(len(row) == len(CHILD_COLUMNS[table]) for row in rows)
    days_in_records = sum(len(m.dates) for m in letter.meetings)
    assert store._query("SELECT COUNT(*) FROM meetings_dates")[0][0] == days_in_records
    columns = store._query("SELECT number, date, senders_text, format FROM letters")
    assert columns == [(2600, "2023-03-14", "Buitenlandse Zaken; Defensie", "pdf")]
    # the query from schema.py's docstring, as a user would type it
    joined = store._query(
        "SELECT l.id, l.date, c.target_id FROM letters l JOIN citations c ON c.letter_id = l.id "
        "WHERE c.type = 'kamerstuk'"
    )
    assert joined == [(lid, "2023-03-14", "kst-21501-02-2600")]


# -- reading -----------------------------------------------------------------------------
@pytest.fixture
def filled(store):
    """Six letters over three years, two dossiers, three kinds and ministries, one undated."""
    letters = [
        rich_letter(1, date="2021-05-01", kind="brief", ministry="Defensie"),
        rich_letter(2, date="2022-01-31", ministry="Buitenlandse Zaken"),
        rich_letter(3, date="2022-06-15", ministry="Buitenlandse Zaken"),
        rich_letter(4, date="2022-06-15", dossier="36045", kind="motie", ministry="Financiën"),
        rich_letter(5, date="2023-12-31", kind="brief", ministry="Financiën"),
        rich_letter(6, date=None, kind="brief", ministry="Defensie"),
    ]
    for letter in reversed(letters):
        store.put(letter)
    return store


def ids(summaries) -> list[str]:
    return [s.id for s in summaries]


def test_list_orders_newest_first_undated_last_then_by_id(filled) -> None:
    assert ids(filled.list_letters()) == [
        "kst-21501-02-5",
        "kst-21501-02-3",  # same date as 36045-4: by id
        "kst-36045-4",
        "kst-21501-02-2",
        "kst-21501-02-1",
        "kst-21501-02-6",
    ]
    first = filled.list_letters(LetterFilter(limit=1))[0]
    assert first.to_dict() == {
        "id": "kst-21501-02-5",
        "date": "2023-12-31",
        "kind": "brief",
        "dossier": "21501-02",
        "number": 5,
        "title": rich_letter().title,
        "senders": ["Financiën", "Defensie"],
        "source_path": "brieven/21501-02-5.pdf",
        "dossier_title": "Raad Algemene Zaken en Raad Buitenlandse Zaken",
    }


@pytest.mark.parametrize(
    ("letter_filter", "expected"),
    [
        (
            LetterFilter(date_from="2022-01-31", date_to="2022-06-15"),
            ["21501-02-3", "36045-4", "21501-02-2"],
        ),
        (LetterFilter(date_from="2023-01-01"), ["21501-02-5"]),
        (LetterFilter(date_to="2021-12-31"), ["21501-02-1"]),
        (LetterFilter(dossier="36045"), ["36045-4"]),
        (LetterFilter(dossier="21 501-02", date_from="2022-06-01"), ["21501-02-5", "21501-02-3"]),
        (LetterFilter(ministry="financiën"), ["21501-02-5", "36045-4"]),
        (
            LetterFilter(ministry="DEFENSIE", kind="brief"),
            ["21501-02-5", "21501-02-1", "21501-02-6"],
        ),
        (LetterFilter(ministry="Landbouw"), []),
        (LetterFilter(kind="motie"), ["36045-4"]),
        (LetterFilter(kind="brief", limit=2), ["21501-02-5", "21501-02-1"]),
        (LetterFilter(limit=2, offset=2), ["36045-4", "21501-02-2"]),
        (LetterFilter(limit=10, offset=5), ["21501-02-6"]),
        (LetterFilter(limit=0), []),
    ],
)  # fmt: skip
def test_list_filters(filled, letter_filter: LetterFilter, expected: list[str]) -> None:
    assert ids(filled.list_letters(letter_filter)) == [f"kst-{e}" for e in expected]


def test_filter_values_are_parameters_not_sql(filled) -> None:
    assert filled.list_letters(LetterFilter(kind="brief' OR '1'='1")) == []
    assert filled.count() == 6


def test_stats_counts(filled) -> None:
    stats = filled.stats()
    assert stats == {
        "letters": 6,
        "first_date": "2021-05-01",
        "last_date": "2023-12-31",
        "undated": 1,
        "kinds": {"brief": 3, "geannoteerde agenda": 2, "motie": 1},
        "years": {"2021": 1, "2022": 3, "2023": 1},
        "ministries": {"Defensie": 6, "Buitenlandse Zaken": 2, "Financiën": 2},
        "references": {"kamerstuk": 6, "motie": 6},
        "statements": {"commitment": 6, "position": 6},
        "entities": {"country": 6, "organisation": 6, "person": 6, "place": 6},
        "entity_names": {"country": 1, "organisation": 1, "person": 1, "place": 1},
        "warnings": 12,
        "schema_version": LATEST_VERSION,
    }


def test_stats_of_an_empty_store(store) -> None:
    stats = store.stats()
    assert (stats["letters"], stats["first_date"], stats["kinds"]) == (0, None, {})


def test_iter_letters_goes_over_several_batches_in_id_order(store) -> None:
    letters = [rich_letter(n, date=None) for n in range(1, 8)] + [bare_letter()]
    for letter in letters:
        store.put(letter)
    seen = list(store.iter_letters(batch=3))
    assert [s.replace(sources=()) for s in seen] == sorted(letters, key=lambda letter: letter.id)
    assert list(store.iter_letters(batch=500)) == seen


def test_delete_removes_the_letter_and_its_rows(filled) -> None:
    gone = "kst-21501-02-3"
    assert filled.delete(gone) is True
    assert filled.get(gone) is None
    assert filled.count() == 5
    for table in CHILD_TABLES:
        assert rows_of(filled, table, gone) == []
    assert rows_of(filled, "senders", "kst-21501-02-2") != []
    assert filled.delete(gone) is False
    assert_rows_match_records(filled)


# -- schema ------------------------------------------------------------------------------
def test_schema_is_at_the_latest_version_and_migrating_again_is_harmless(db_url: str) -> None:
    with open_store(db_url) as store:
        assert store.schema_version() == LATEST_VERSION
        store.put(rich_letter())
        store.migrate()
        store.migrate()
        assert store.schema_version() == LATEST_VERSION
        versions = store._query("SELECT version FROM schema_migrations")
        assert versions == [(v,) for v in range(1, LATEST_VERSION + 1)]
    with open_store(db_url) as reopened:  # opening runs migrate() once more
        assert reopened.count() == 1
        assert reopened.get(rich_letter().id).replace(sources=()) == rich_letter()


def test_a_newer_schema_is_refused(db_url: str) -> None:
    with open_store(db_url) as store:
        with store._transaction() as cur:
            cur.execute(
                store._sql("INSERT INTO schema_migrations VALUES (?, ?, ?)"),
                (LATEST_VERSION + 1, "from the future", "2099-01-01"),
            )
    with pytest.raises(StoreError, match="schemaversie") as caught:
        open_store(db_url)
    assert caught.value.hint


# -- a failed put changes nothing ----------------------------------------------------------
REAL_CHILD_ROWS = store_base.child_rows


def _broken_child_rows(record: dict) -> dict:
    """The real rows, except the last table's: NOT NULL broken, after all else was written."""
    rows = REAL_CHILD_ROWS(record)
    last = list(rows)[-1]
    assert rows[last], "the letter must fill the last table"
    rows[last] = [(*row[: len(last.keys)], *(None for _ in last.columns)) for row in rows[last]]
    return rows


@pytest.fixture
def failing_child_rows(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(store_base, "child_rows", _broken_child_rows)


def test_a_put_that_fails_halfway_leaves_nothing(store, failing_child_rows) -> None:
    with pytest.raises(Exception) as caught:  # noqa: B017 - each backend has its own error
        store.put(rich_letter())
    assert "NOT" in str(caught.value).upper() and "NULL" in str(caught.value).upper()
    assert table_sizes(store) == dict.fromkeys(("letters", *CHILD_TABLES), 0)


def test_a_failed_replacement_keeps_the_old_record(store, monkeypatch) -> None:
    old = rich_letter(2600)
    store.put(old)
    before = table_sizes(store)
    monkeypatch.setattr(store_base, "child_rows", _broken_child_rows)
    with pytest.raises(Exception):  # noqa: B017
        store.put(rich_letter(2601, path=old.source.path, version="2"))
    monkeypatch.undo()
    assert table_sizes(store) == before
    assert store.get(old.id).replace(sources=()) == old
    # and the store is still usable afterwards
    assert store.put(rich_letter(7)).status == "added"
    assert_rows_match_records(store)


def test_an_exception_inside_the_transaction_rolls_back(store) -> None:
    with pytest.raises(RuntimeError):
        with store._transaction() as cur:
            cur.execute(store._sql("DELETE FROM letters"))
            raise RuntimeError("stop")
    store.put(rich_letter())
    with pytest.raises(RuntimeError):
        with store._transaction() as cur:
            cur.execute(store._sql("DELETE FROM letters"))
            raise RuntimeError("stop")
    assert store.count() == 1


# -- two processes ingesting at once -------------------------------------------------------
def _ingest(db_url: str, worker: int, rounds: int) -> None:
    with open_store(db_url) as store:
        for r in range(rounds):
            for n in range(1, 13):
                # both workers write the same letters; every other round changes their content
                version = f"{worker}-{r}" if r % 2 else "1"
                store.put(rich_letter(n, version=version, date=f"2022-01-{n:02d}"))


def _run_in_two_processes(target, *args) -> None:
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=target, args=(*args, w)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]


def _ingest(db_url: str, worker: int) -> None:
    """Both workers write the same twelve letters: new content, moved files, deletions."""
    with open_store(db_url) as store:
        for r in range(4):
            for n in range(1, 13):
                if r == 2 and worker == 2:
                    store.delete(f"kst-21501-02-{n}")
                    continue
                version = "1" if r == 0 else f"{worker}-{r}"
                path = f"brieven/{worker if r % 2 else 0}/{n}.pdf"
                store.put(rich_letter(n, version=version, path=path, date=f"2022-01-{n:02d}"))


def test_two_processes_ingesting_at_once_corrupt_nothing(db_url: str) -> None:
    open_store(db_url).close()  # the store exists, as when a team shares one
    _run_in_two_processes(_ingest, db_url)
    with open_store(db_url) as store:
        assert store.count() == 12
        assert_rows_match_records(store)


def _open_and_put(db_url: str, worker: int) -> None:
    with open_store(db_url) as store:
        store.put(rich_letter(worker))


def test_two_processes_opening_a_fresh_database_at_once(db_url: str) -> None:
    _run_in_two_processes(_open_and_put, db_url)
    with open_store(db_url) as store:
        assert store.count() == 2
        assert store._query("SELECT COUNT(*) FROM schema_migrations") == [(LATEST_VERSION,)]


# -- PostgreSQL connection problems are StoreErrors with a hint ---------------------------
@pytest.mark.postgres
def test_a_lost_connection_is_a_store_error(pg_url: str) -> None:
    import psycopg

    db_url = pg_url
    with open_store(db_url) as store:
        store.put(rich_letter())
        with psycopg.connect(db_url, autocommit=True) as other:
            other.execute("SELECT pg_terminate_backend(%s)", (store._conn.info.backend_pid,))
        with pytest.raises(StoreError) as caught:
            store.count()
        _assert_clean(caught.value)
        assert "verbinding" in str(caught.value)
        with pytest.raises(StoreError):
            store.put(rich_letter(2))


def _assert_clean(error: StoreError) -> None:
    assert error.hint
    assert error.__cause__ is None and error.__suppress_context__
    assert "Traceback" not in str(error) and "\n" not in str(error)


@pytest.mark.parametrize(
    ("url", "hint_word"),
    [
        ("postgresql://postgres@127.0.0.1:1/postgres", "draait de server"),
        ("postgresql://postgres@127.0.0.1:notaport/postgres", "ziet eruit als"),
        ("postgresql://[kapot", "ziet eruit als"),
        ("postgresql://postgres@127.0.0.1:5432/db?onzin=1", "ziet eruit als"),
    ],
)
def test_bad_or_unreachable_postgres_urls(url: str, hint_word: str) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(url)
    _assert_clean(caught.value)
    assert hint_word in caught.value.hint


@pytest.mark.postgres
def test_unknown_database_or_user_on_a_running_server(postgres_server_url: str) -> None:
    base = postgres_server_url.rsplit("/", 1)[0]
    with pytest.raises(StoreError) as caught:
        open_store(f"{base}/bestaat_niet")
    _assert_clean(caught.value)
    assert "createdb" in caught.value.hint
    host = base.split("@", 1)[1]
    with pytest.raises(StoreError) as caught:
        open_store(f"postgresql://niemand:geheim@{host}/postgres")
    _assert_clean(caught.value)
    assert "geheim" not in str(caught.value)


def test_without_psycopg_the_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(MissingExtra) as caught:
        open_store("postgresql://postgres@127.0.0.1:1/postgres")
    assert "pip install 'kamerbrieven[postgres]'" in caught.value.hint
