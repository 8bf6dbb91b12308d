"""`kamerbrieven alert ...` as a user runs it, and the README's sync-and-alert example run
as written against the replay server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from lxml import etree
from tests.sync.sources import serve_dossier_21501_02, serve_dossier_28676, serve_tk_first_sync
from typer.testing import CliRunner

from kamerbrieven.cli.main import app

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
FAST_ENV = {"KAMERBRIEVEN_SYNC_ATTEMPTS": "2", "KAMERBRIEVEN_SYNC_WAIT": "0.01"}


def _run(*args: str, env: dict[str, str] | None = None):
    result = CliRunner().invoke(app, list(args), env=FAST_ENV | (env or {}), catch_exceptions=False)
    assert "Traceback" not in result.stderr
    return result


def test_add_list_check_feed_remove(server, tmp_path):
    serve_dossier_28676(server)
    db = str(tmp_path / "kb.db")
    env = {"KAMERBRIEVEN_SRU_URL": server.url + "/sru"}
    seed = REPO / "samples" / "002_ad9ccb4a6e4e1731.txt"  # a store to start from
    assert _run("ingest", str(seed), "--db", db).exit_code == 0
    added = _run("alert", "add", "WPS-actieplan", "--name", "wps", "--db", db)
    assert added.exit_code == 0
    assert added.stdout.startswith("alert wps (zoekvraag: WPS-actieplan) bewaard; 0 treffers nu")
    assert _run("alert", "add", "--dossier", "28 676", "--db", db).exit_code == 0
    listed = _run("alert", "list", "--json", "--db", db)
    assert [a["name"] for a in json.loads(listed.stdout)] == ["dossier-28676", "wps"]

    _run("sync", "--dossier", "28676", "--db", db, env=env)
    checked = _run("alert", "check", "wps", "--db", db)
    assert checked.stdout.splitlines()[0] == "wps (zoekvraag: WPS-actieplan): 1 nieuwe"
    assert checked.stdout.splitlines()[1].startswith("  kst-28676-512  2025-05-27  Motie van")
    as_json = json.loads(_run("alert", "check", "--json", "--db", db).stdout)
    assert [(c["alert"]["name"], len(c["new"])) for c in as_json] == [
        ("dossier-28676", 2),
        ("wps", 0),
    ]

    feed = _run(
        "alert", "feed", "--dossier", "28676", "--base-url", "https://kb.example", "--db", db
    )
    entries = etree.fromstring(feed.stdout.encode()).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 2
    assert _run("alert", "remove", "wps", "--db", db).stdout.strip() == "alert wps verwijderd"
    gone = _run("alert", "check", "wps", "--db", db)
    assert gone.exit_code == 1 and "er is geen alert 'wps'" in gone.stderr


def test_an_alert_needs_exactly_one_target(tmp_path):
    db = str(tmp_path / "kb.db")
    assert _run("ingest", str(REPO / "samples"), "--db", db).exit_code == 0
    both = _run("alert", "add", "NAVO", "--dossier", "28676", "--db", db)
    assert both.exit_code == 2 and "precies één van" in both.stderr
    topic = _run("alert", "add", "--topic", "stikstof", "--db", db)
    assert topic.exit_code == 1 and "onderwerp" in topic.stderr


def test_the_readme_sync_and_alert_example_runs_as_written(server, tmp_path):
    serve_dossier_21501_02(server)
    serve_tk_first_sync(server)
    readme = (REPO / "README.md").read_text("utf-8")
    block = readme.split("## Keeping up to date", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [re.sub(r"\s+#\s.*$", "", line).strip() for line in block.splitlines()]
    commands = [c for c in commands if c.startswith("kamerbrieven ")]
    assert commands[0] == "kamerbrieven sync --dossier 21501-02"
    env = (
        os.environ
        | FAST_ENV
        | {
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "KAMERBRIEVEN_TK_URL": server.url,
            "KAMERBRIEVEN_SRU_URL": server.url + "/sru",
        }
    )
    outputs = []
    for command in commands:
        done = subprocess.run(
            command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        outputs.append(done.stdout)
    assert "1 nieuw" in outputs[0]
    assert (
        "kst-29515-496" in outputs[-1]
        and "regeldruk (zoekvraag: regeldruk): 1 nieuwe" in outputs[-1]
    )
