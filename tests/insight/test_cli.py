"""The insight commands on the corpus store, on both backends: Dutch text, `--json` in the
issue's shapes, and one-line Dutch errors with exit codes."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from typer.testing import CliRunner

from kamerbrieven.cli.main import app
from kamerbrieven.store import Store


@dataclass
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture(scope="module")
def run(corpus_store: Store):
    runner = CliRunner()

    def invoke(*args: str) -> Ran:
        result = runner.invoke(app, [*args, "--db", corpus_store.location], catch_exceptions=False)
        assert "Traceback" not in result.stderr
        return Ran(result.exit_code, result.stdout, result.stderr)

    return invoke


def test_refs_lists_both_directions_and_the_address_of_what_is_missing(run) -> None:
    ran = run("refs", "kst-28676-310")
    assert ran.code == 0
    assert "verwijst naar (3):" in ran.out
    assert "kst-28676-290  niet in de store: https://zoek.officielebekendmakingen.nl/" in ran.out
    data = run("refs", "kst-28676-300", "--json").json()
    assert [c["letter_id"] for c in data["cited_by"]] == [
        "kst-27925-700",
        "kst-29515-400",
        "kst-28676-310",
    ]


def test_dossier_lists_the_documents_in_order(run) -> None:
    ran = run("dossier", "28676")
    assert ran.code == 0
    numbers = [line.split()[1] for line in ran.out.splitlines() if line.startswith("  nr.")]
    assert numbers == ["300", "305", "310", "320", "290"]  # the missing one after the stored
    assert ran.out.strip().endswith("4 stukken in de store, 1 ontbrekend")


def test_topics_counts_letters_and_dates(run) -> None:
    data = run("topics", "--json").json()
    assert {"topic": "Oekraïne", "letters": 4, "first": "2018-03-01", "last": "2021-06-01"} in data
    ran = run("topics", "--contains", "balkan")
    assert "Westelijke Balkan" in ran.out and "1 onderwerp" in ran.out


def test_timeline_json_has_the_issues_shape(run) -> None:
    data = run("timeline", "Oekraïne", "--json").json()
    assert isinstance(data, list) and len(data) == 4
    assert {"letter_id", "date", "meeting", "positions", "decisions"} <= set(data[0])
    text = run("timeline", "Oekraïne", "--from", "2019", "--to", "2019").out
    assert text.startswith("Oekraïne: 2 brieven")
    assert "vergadering: Raad Buitenlandse Zaken, 21 januari 2019" in text


def test_positions_json_and_the_comparison(run) -> None:
    data = run(
        "positions", "--topic", "Oekraïne", "--from", "2018", "--to", "2022", "--json"
    ).json()
    assert [list(p)[:6] for p in data][0] == [
        "letter_id",
        "date",
        "meeting",
        "actor",
        "topic",
        "text",
    ]
    assert len(data) == 4
    compared = run(
        "positions", "--topic", "Oekraïne", "--compare", "2018:2019", "2021:2022", "--json"
    ).json()
    assert [(p["period"], len(p["positions"])) for p in compared] == [
        ("2018:2019", 3),
        ("2021:2022", 1),
    ]
    table = run("positions", "--topic", "Oekraïne", "--compare", "2018:2019", "2021:2022").out
    assert "2018:2019 (3)" in table and "2021:2022 (1)" in table


def test_commitments_register_in_text_and_json(run) -> None:
    ran = run("commitments", "--today", "2019-06-01")
    assert ran.out.startswith("5 toezeggingen: 2 nagekomen, 2 open, 1 verlopen")
    kept = "nagekomen in kst-27925-700 (2019-02-01): verwijst naar de brief, zelfde onderwerp"
    assert f"{kept} (Afghanistan)" in ran.out
    data = run("commitments", "--status", "verlopen", "--today", "2019-06-01", "--json").json()
    assert [(c["letter_id"], c["status"], c["deadline"]["not_after"]) for c in data] == [
        ("kst-28676-300", "overdue", "2018-10-01")
    ]
    assert list(data[0])[:7] == [
        "letter_id",
        "date",
        "text",
        "subject",
        "deadline",
        "status",
        "evidence",
    ]


def test_meetings_and_one_meeting_side_by_side(run) -> None:
    listed = run("meetings", "--json").json()
    assert [m["id"] for m in listed] == [
        "raad-buitenlandse-zaken-2019-01-21",
        "raad-buitenlandse-zaken-2018-12-10",
    ]
    ran = run("meeting", "raad-buitenlandse-zaken-2019-01-21")
    assert ran.code == 0
    assert ran.out.startswith("Raad Buitenlandse Zaken, 21 januari 2019")
    assert "inzet (agenda)" in ran.out and "uitkomst (verslag)" in ran.out
    items = [
        i["item"]
        for i in run("meeting", "raad-buitenlandse-zaken-2019-01-21", "--json").json()["items"]
    ]
    assert items == ["Oekraïne", "Venezuela", "Westelijke Balkan", None]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("refs", "kst-1-1"), 1, "geen brief met id kst-1-1"),
        (("timeline", "Oekraïnecrisis"), 1, "geen onderwerp 'Oekraïnecrisis'"),
        (("timeline", "Oekraïne", "--from", "gisteren"), 2, "'gisteren' is geen jaar of datum"),
        (("commitments", "--status", "vergeten"), 2, "onbekende status 'vergeten'"),
        (("commitments", "--today", "morgen"), 2, "--today 'morgen' is geen datum"),
        (("meeting", "navo-raad"), 1, "'navo-raad' is geen vergadering-id"),
        (("positions", "--compare", "2019:2018", "2020"), 2, "eindigt voor hij begint"),
    ],
)
def test_a_wrong_question_gets_one_dutch_line_and_an_exit_code(run, args, code, message) -> None:
    ran = run(*args)
    assert ran.code == code
    assert ran.err.splitlines()[0] == f"kamerbrieven: {ran.err.splitlines()[0].split(': ', 1)[1]}"
    assert message in ran.err


def test_a_missing_store_is_refused_not_created(tmp_path) -> None:
    result = CliRunner().invoke(app, ["topics", "--db", str(tmp_path / "geen.db")])
    assert result.exit_code == 1
    assert "er is geen store" in result.stderr
    assert not (tmp_path / "geen.db").exists()
