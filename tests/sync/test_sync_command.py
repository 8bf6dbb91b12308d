"""`kamerbrieven sync` as a user runs it, against the local replay server."""

from __future__ import annotations

import json
import socket

from tests.sync.sources import serve_dossier_28676, serve_tk_first_sync
from typer.testing import CliRunner

from kamerbrieven.cli.main import app

FAST_ENV = {"KAMERBRIEVEN_SYNC_ATTEMPTS": "2", "KAMERBRIEVEN_SYNC_WAIT": "0.01"}


def _run(*args: str, env: dict[str, str]):
    result = CliRunner().invoke(app, list(args), env=FAST_ENV | env, catch_exceptions=False)
    assert "Traceback" not in result.stderr
    return result


def test_sync_from_the_tweede_kamer_prints_a_summary(server, tmp_path):
    serve_tk_first_sync(server)
    env = {"KAMERBRIEVEN_TK_URL": server.url, "KAMERBRIEVEN_SRU_URL": server.url + "/sru"}
    db = str(tmp_path / "kb.db")
    result = _run("sync", "--db", db, "--rate", "50", env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("de open data van de Tweede Kamer: 6 documenten bekeken in")
    assert "3 nieuw, 0 bijgewerkt, 0 verwijderd, 0 ongewijzigd, 1 overgeslagen, 2 toezeggingen" in (
        result.stdout
    )
    assert (tmp_path / "kb.db.files" / "tk" / "2025D03982.pdf").is_file()
    shown = _run("show", "kst-29515-496", "--json", "--db", db, env={})
    assert json.loads(shown.stdout)["source"]["document_number"] == "2025D03982"


def test_sync_dossier_json_and_a_missing_file_exit_1(server, tmp_path):
    serve_dossier_28676(server)
    env = {"KAMERBRIEVEN_SRU_URL": server.url + "/sru"}
    result = _run("sync", "--dossier", "28 676", "--json", "--db", str(tmp_path / "kb.db"), env=env)
    assert result.exit_code == 1  # one document's file was missing; the others went in
    report = json.loads(result.stdout)
    assert (report["source"], report["added"], report["total"]) == ("op", 2, 3)
    assert report["failures"][0]["path"] == "kst-28676-543"


def test_dry_run_shows_what_it_would_fetch(server, tmp_path):
    serve_dossier_28676(server)
    env = {"KAMERBRIEVEN_SRU_URL": server.url + "/sru"}
    result = _run(
        "sync", "--dossier", "28676", "--dry-run", "--db", str(tmp_path / "kb.db"), env=env
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("zou ophalen: kst-28676-512  2025-05-27  motie  Motie van de leden")
    assert "3 op te halen (--dry-run: niets opgehaald)" in lines[-1]


def test_offline_is_one_line_in_dutch_with_a_hint(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {"KAMERBRIEVEN_TK_URL": f"http://127.0.0.1:{port}"}
    result = _run("sync", "--db", str(tmp_path / "kb.db"), env=env)
    assert result.exit_code == 1
    first, hint = result.stderr.strip().splitlines()
    assert first.startswith(f"kamerbrieven: geen verbinding met 127.0.0.1:{port}")
    assert hint.startswith("  hint: controleer de internetverbinding")


def test_a_wrong_date_or_kind_is_a_usage_error(tmp_path):
    result = _run("sync", "--from", "gisteren", "--db", str(tmp_path / "kb.db"), env={})
    assert result.exit_code == 2 and "--from gisteren: geen datum" in result.stderr
    result = _run("sync", "--kind", "brievenbus", "--db", str(tmp_path / "kb.db"), env={})
    assert result.exit_code == 2 and "kies uit: brief" in result.stderr
