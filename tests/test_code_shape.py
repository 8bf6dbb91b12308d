"""The shape that keeps the code easy to change (issue 9): no function in src/ over ~60
lines, no module over ~400; what the limits leave out is listed here with the reason."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "kamerbrieven"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400
# Modules that are one declarative table each (rows of data, no logic to split).
TABLES = {"nl/countries.py", "nl/ministries.py", "nl/councils.py"}


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "data" not in p.parts)


def test_no_function_is_longer_than_about_sixty_lines() -> None:
    long = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(SRC)}:{node.name} {lines}")
    assert long == []


def test_no_module_is_longer_than_about_four_hundred_lines() -> None:
    long = [
        f"{path.relative_to(SRC)} {n}"
        for path in _modules()
        if (n := len(path.read_text("utf-8").splitlines())) > MAX_MODULE_LINES
        and str(path.relative_to(SRC)) not in TABLES
    ]
    assert long == []
