"""The JSON API on each store backend: the same answers as the command line, paging, and
errors as JSON with their status."""

from __future__ import annotations

import io
import json

from fastapi.testclient import TestClient
from tests.web.corpus import CITED_ID, HOSTILE_DOSSIER, HOSTILE_ID
from typer.testing import CliRunner

from kamerbrieven.cli.main import app as cli
from kamerbrieven.export import read_csv, read_jsonl


def _cli_json(store: tuple[str, str], *args: str) -> object:
    db, index = store
    result = CliRunner().invoke(
        cli, [*args, "--db", db, "--json"], env={"KAMERBRIEVEN_INDEX": index}
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_search_answers_what_search_json_prints(
    api: TestClient, any_store: tuple[str, str]
) -> None:
    response = api.get("/api/search", params={"q": "NAVO", "limit": 2, "page": 1})
    assert response.status_code == 200
    assert response.json() == _cli_json(any_store, "search", "NAVO", "--limit", "2")
    assert response.json()["total"] >= 3 and len(response.json()["hits"]) == 2


def test_search_pages_through_every_hit_sorted_by_date(api: TestClient) -> None:
    seen: list[str] = []
    dates: list[str] = []
    for page in (1, 2, 3):
        body = api.get(
            "/api/search", params={"q": "NAVO", "limit": 1, "page": page, "sort": "date"}
        ).json()
        seen += [hit["id"] for hit in body["hits"]]
        dates += [hit["date"] or "" for hit in body["hits"]]
        assert all(hit["score"] is None for hit in body["hits"])  # sorted by date: no score
    assert len(set(seen)) == 3
    assert dates == sorted(dates, reverse=True)


def test_record_is_the_stored_record(api: TestClient, any_store: tuple[str, str]) -> None:
    response = api.get(f"/api/letters/{CITED_ID}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == _cli_json(any_store, "show", CITED_ID)


def test_references_out_say_where_each_citation_leads(api: TestClient) -> None:
    citing = api.get("/api/search", params={"q": "vervolg regeldruk Beljaarts"}).json()["hits"][0][
        "id"
    ]
    body = api.get(f"/api/letters/{citing}/references/out").json()
    by_target = {ref["target_id"]: ref for ref in body["references"]}
    assert by_target[CITED_ID]["in_store"] is True
    assert by_target[CITED_ID]["url"] == f"/brieven/{CITED_ID}"
    outside = by_target["kst-33694-34"]
    assert outside["in_store"] is False
    assert outside["url"] == "https://zoek.officielebekendmakingen.nl/kst-33694-34.html"
    assert outside["raw"] == "Kamerstuk 33 694, nr. 34" and outside["span"] == [217, 241]
    assert body["total"] == len(body["references"]) >= 3
    second = api.get(f"/api/letters/{citing}/references/out", params={"limit": 1, "page": 2}).json()
    assert second["references"] == body["references"][1:2]


def test_references_in_are_the_letters_that_cite_it(api: TestClient) -> None:
    body = api.get(f"/api/letters/{CITED_ID}/references/in").json()
    titles = {letter["title"] for letter in body["letters"]}
    assert body["total"] == 2  # the letter in tests/data/web and the hostile record
    assert any("Regeldruk" in title for title in titles)
    assert all(letter["url"] == f"/brieven/{letter['id']}" for letter in body["letters"])
    # a document only cited, not stored, has citing letters too
    cited_only = api.get("/api/letters/kst-28676-106/references/in").json()
    assert cited_only["total"] == 2  # the sample of 2018 and the letter in tests/data/web


def test_dossier_lists_its_documents_in_order(api: TestClient) -> None:
    body = api.get(f"/api/dossiers/{HOSTILE_DOSSIER}").json()
    assert [letter["id"] for letter in body["letters"]] == [HOSTILE_ID]
    navo = api.get("/api/dossiers/28676").json()
    assert navo["title"] == "NAVO" and navo["total"] == len(navo["letters"]) >= 1
    dates = [letter["date"] for letter in navo["letters"] if letter["date"]]
    assert dates == sorted(dates)
    assert api.get("/api/dossiers/28 676").json()["dossier"] == "28676"


def test_stats_count_the_store(api: TestClient, any_store: tuple[str, str]) -> None:
    assert api.get("/api/stats").json() == _cli_json(any_store, "stats")


def test_export_gives_the_records_of_a_search_result(api: TestClient) -> None:
    hits = api.get("/api/search", params={"q": "NAVO", "limit": 100}).json()["hits"]
    jsonl = api.get("/api/export", params={"q": "NAVO", "format": "jsonl"})
    assert jsonl.status_code == 200
    assert "attachment" in jsonl.headers["content-disposition"]
    letters = list(read_jsonl(io.StringIO(jsonl.text)))
    assert [letter.id for letter in letters] == [hit["id"] for hit in hits]
    record = api.get(f"/api/letters/{letters[0].id}").json()
    assert letters[0].to_dict() == record
    csv = api.get("/api/export", params={"q": "NAVO", "format": "csv", "limit": 2})
    assert csv.headers["content-type"].startswith("text/csv")
    assert [letter.id for letter in read_csv(io.StringIO(csv.text))] == [h["id"] for h in hits[:2]]


def test_unknown_id_is_a_json_404(api: TestClient) -> None:
    for path in ("/api/letters/kst-1-1", "/api/letters/kst-1-1/references/out"):
        response = api.get(path)
        assert response.status_code == 404
        assert response.json()["status"] == 404
        assert "kst-1-1" in response.json()["error"]
    assert api.get("/api/dossiers/12345").status_code == 404


def test_malformed_query_is_a_400_with_message_and_position(api: TestClient) -> None:
    response = api.get("/api/search", params={"q": 'NAVO "open quote'})
    assert response.status_code == 400
    body = response.json()
    assert body["position"] == 6
    assert "aanhalingsteken op positie 6" in body["error"]
    assert body["hint"]
    unknown = api.get("/api/search", params={"q": "onbekend:x"}).json()
    assert unknown["position"] == 1 and "onbekend filter" in unknown["error"]
    assert api.get("/api/export", params={"q": "tot:2019-13"}).status_code == 400


def test_bounds_on_what_a_request_may_ask(api: TestClient) -> None:
    cases = {
        "limit": ({"q": "NAVO", "limit": 101}, "limit mag hoogstens 100 zijn"),
        "page": ({"q": "NAVO", "page": 0}, "page moet minstens 1 zijn"),
        "q long": ({"q": "a" * 501}, "q is te lang (hoogstens 500 tekens)"),
        "q empty": ({"q": ""}, "q is leeg"),
        "sort": ({"q": "NAVO", "sort": "random"}, "sort heeft een onbekende waarde"),
    }
    for name, (params, message) in cases.items():
        response = api.get("/api/search", params=params)
        assert (name, response.status_code, response.json()["error"]) == (name, 400, message)
    assert api.get("/api/search").json()["error"] == "q ontbreekt"
    assert api.get("/api/export", params={"q": "NAVO", "limit": 1001}).status_code == 400


def test_openapi_schema_lists_every_endpoint_and_its_docs_page_renders(api: TestClient) -> None:
    schema = api.get("/api/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/search",
        "/api/export",
        "/api/letters/{letter_id}",
        "/api/letters/{letter_id}/references/out",
        "/api/letters/{letter_id}/references/in",
        "/api/dossiers/{dossier}",
        "/api/stats",
    }
    docs = api.get("/api/docs")
    assert docs.status_code == 200 and "text/html" in docs.headers["content-type"]
    for path in schema["paths"]:
        assert path.replace("{", "").replace("}", "") in docs.text.replace("{", "").replace("}", "")
    assert "Resultaten per pagina." in docs.text  # parameter descriptions, in Dutch


def test_only_reading_is_allowed(api: TestClient) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = api.request(method, "/api/search", params={"q": "NAVO"})
        assert response.status_code == 405
        assert response.json()["status"] == 405
        assert response.headers["allow"] == "GET, HEAD"
