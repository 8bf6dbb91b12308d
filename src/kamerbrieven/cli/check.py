"""`kamerbrieven check`: is the store whole and its search index in step, and what to do
if not; `--repair` rebuilds what the records give."""

from __future__ import annotations

import json
import sys

import typer

from kamerbrieven.cli.dutch import count
from kamerbrieven.cli.errors import EXIT_REFUSED, handle_errors
from kamerbrieven.cli.options import DbOption, IndexOption, JsonOption
from kamerbrieven.health import Health, check, repair
from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.store.schema import LATEST_VERSION


@handle_errors
def check_command(
    db: str = DbOption,
    index: str | None = IndexOption,
    fix: bool = typer.Option(
        False,
        "--repair",
        help="Herstel wat uit de records volgt (tabellen, versies, losse rijen, de zoekindex).",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Controleer de store en de zoekindex: aantallen, versies, losse rijen, schema."""
    with open_knowledge_base(db, index, create=False) as kb:
        if fix:
            rewritten, reindexed = repair(kb)
            letters = count(rewritten, "brief", "brieven")
            done = f"hersteld: de rijen van {letters} opnieuw uit de records"
            print(done + ("; de zoekindex opnieuw opgebouwd" if reindexed else ""), file=sys.stderr)
        health = check(kb)
    if as_json:
        print(json.dumps(health.to_dict(), ensure_ascii=False))
    else:
        print(_as_text(health))
    if not health.whole:
        raise typer.Exit(EXIT_REFUSED)


def _as_text(health: Health) -> str:
    version = f"schemaversie {health.schema_version}"
    if health.schema_version == LATEST_VERSION:
        version += " (de nieuwste)"
    indexed = (
        "niet te lezen" if health.indexed is None else count(health.indexed, "brief", "brieven")
    )
    lines = [
        f"store: {health.store}, {version}, {count(health.letters, 'brief', 'brieven')}",
        f"zoekindex: {health.index}, {indexed}",
    ]
    if health.whole:
        lines.append("in orde: de store klopt met zijn records en de zoekindex met de store")
        return "\n".join(lines)
    lines.append(f"niet in orde: {count(len(health.problems), 'probleem', 'problemen')}")
    for problem in health.problems:
        lines.append(f"- {problem.part}: {problem.what}")
        lines.append(f"  oplossing: {problem.fix}")
    return "\n".join(lines)
