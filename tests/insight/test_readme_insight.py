"""The README's insight example runs as written on the samples' store."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kamerbrieven import open_knowledge_base

REPO = Path(__file__).resolve().parents[2]


def test_the_readme_insight_example_runs_on_the_samples(tmp_path: Path) -> None:
    shutil.copytree(REPO / "samples", tmp_path / "samples")
    with open_knowledge_base(str(tmp_path / "kamerbrieven.db")) as kb:
        kb.ingest([str(tmp_path / "samples")])
    readme = (REPO / "README.md").read_text("utf-8")
    code = readme.split("## Insight", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["2018-12-12 sha-d30d988a6492 3", "2021-04-14 sha-751b5cfb4500 7"]
    assert "INF-verdrag 0 4" in lines
