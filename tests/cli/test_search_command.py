"""`kamerbrieven search` and `kamerbrieven reindex` on the samples, on both record stores."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.cli.conftest import SAMPLES


@pytest.fixture
def ingested(cli, db_url, tmp_path) -> list[str]:
    """The samples ingested into `db_url`; returns the --db/--index options to reach them."""
    options = ["--db", db_url, "--index", str(tmp_path / "index")]
    folder = tmp_path / "brieven"
    shutil.copytree(SAMPLES, folder)
    assert cli("ingest", str(folder), *options).exit_code == 0
    return options


def search_json(cli, options: list[str], *args: str) -> dict:
    result = cli("search", *args, *options, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_answer_has_total_hits_and_facets(cli, ingested):
    answer = search_json(cli, ingested, "NAVO")
    assert answer["total"] == len(answer["hits"]) >= 2
    for hit in answer["hits"]:
        assert {"id", "source", "date", "title", "score", "snippet"} <= set(hit)
        assert Path(hit["source"]["path"]).is_file()
        assert hit["score"] > 0 and "<b>" in hit["snippet"].lower()
    years = {facet["value"] for facet in answer["facets"]["year"]}
    assert years == {hit["date"][:4] for hit in answer["hits"] if hit["date"]}
    counted = sum(facet["count"] for facet in answer["facets"]["ministry"])
    assert counted >= 1


def test_phrase_filter_and_exclusion_from_the_command_line(cli, ingested):
    kertsj = search_json(cli, ingested, '"Straat van Kertsj"')
    assert [Path(h["source"]["path"]).name for h in kertsj["hits"]] == ["002_ad9ccb4a6e4e1731.txt"]
    assert search_json(cli, ingested, '"Kertsj Straat van"')["total"] == 0
    navo = search_json(cli, ingested, "NAVO")["total"]
    without = search_json(cli, ingested, "NAVO -Kertsj")["total"]
    assert without == navo - 1
    economy = search_json(cli, ingested, 'ministerie:"Economische Zaken"')
    assert [Path(h["source"]["path"]).suffix for h in economy["hits"]] == [".pdf"]


def test_sort_by_date_and_paging(cli, ingested):
    answer = search_json(cli, ingested, "de", "--sort", "date", "--limit", "100")
    dates = [hit["date"] for hit in answer["hits"] if hit["date"]]
    assert len(dates) >= 4 and dates == sorted(dates, reverse=True)
    pages = [
        search_json(cli, ingested, "de", "--sort", "date", "--limit", "2", "--page", str(page))
        for page in (1, 2, 3)
    ]
    paged = [hit["id"] for page in pages for hit in page["hits"]]
    assert paged == [hit["id"] for hit in answer["hits"]][: len(paged)]
    assert len(set(paged)) == len(paged) == min(6, answer["total"])


def test_table_on_a_terminal_names_the_count(cli, ingested):
    result = cli("search", "Kertsj", *ingested)
    assert result.exit_code == 0
    assert "van 1 resultaat\n" in result.stdout and "2018-12-12" in result.stdout


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ('"Straat van', "aanhalingsteken"),
        ("land:", "land"),
        ("onbekend:iets", "onbekend"),
        ("(NAVO", "("),
    ],
)
def test_a_malformed_query_is_a_usage_error_with_a_message(cli, ingested, query, says):
    result = cli("search", query, *ingested)
    assert result.exit_code == 2
    assert result.stderr.startswith("kamerbrieven: ") and says in result.stderr
    assert result.stdout == ""


def test_reindex_rebuilds_the_same_answers(cli, ingested):
    before = search_json(cli, ingested, "NAVO OR stikstof")
    result = cli("reindex", *ingested)
    assert result.exit_code == 0 and result.stdout.startswith("6 brieven")
    after = search_json(cli, ingested, "NAVO OR stikstof")
    assert {h["id"] for h in after["hits"]} == {h["id"] for h in before["hits"]}
    assert after["total"] == before["total"] > 0


@pytest.mark.parametrize(
    "command",
    [["search", "NAVO"], ["reindex"], ["show", "kst-1-1"], ["list"], ["stats"], ["export"]],
)
def test_reading_a_store_that_does_not_exist_says_so_and_creates_nothing(cli, tmp_path, command):
    missing = tmp_path / "typfout.db"
    result = cli(*command, "--db", str(missing))
    assert result.exit_code == 1
    assert "geen store" in result.stderr and "kamerbrieven ingest" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_tables_show_ids_whole_so_they_can_be_copied(cli, ingested):
    listed = cli("list", *ingested[:2])
    assert listed.exit_code == 0 and "kst-21501-02-3173" in listed.stdout
    found = cli("search", "Ceder", *ingested)
    assert found.exit_code == 0 and "kst-21501-02-3173" in found.stdout
