"""`kamerbrieven search QUERY` and `kamerbrieven reindex`."""

from __future__ import annotations

import json
from enum import StrEnum

import typer
from rich.console import Console
from rich.table import Column, Table

from kamerbrieven.cli.errors import handle_errors
from kamerbrieven.cli.options import DbOption, IndexOption, JsonOption
from kamerbrieven.knowledge_base import open_knowledge_base


class SortOrder(StrEnum):
    score = "score"
    date = "date"


@handle_errors
def search_command(
    query: str = typer.Argument(
        ..., help="Query, e.g. 'INF-verdrag \"Noord Atlantische Raad\" van:2018-01-01'."
    ),
    limit: int = typer.Option(10, min=1, max=10000, help="Hits per page."),
    page: int = typer.Option(1, min=1, help="Page number (1 = first)."),
    sort: SortOrder = typer.Option(
        SortOrder.score, help="score (relevance) or date (newest first)."
    ),
    db: str = DbOption,
    index: str | None = IndexOption,
    as_json: bool = JsonOption,
) -> None:
    """Search the letters (syntax: see README, 'Zoeken')."""
    with open_knowledge_base(db, index, create=False) as kb:
        result = kb.search(query, limit=limit, offset=(page - 1) * limit, sort=sort.value)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    console = Console()
    # ids and dates are looked up and copied whole: never wrapped or cut
    widest = max((len(hit.id) for hit in result.hits), default=2)
    table = Table(
        Column("id", no_wrap=True, min_width=widest),
        Column("datum", no_wrap=True, min_width=10),
        "score",
        "titel / fragment",
    )
    for hit in result.hits:
        snippet = hit.snippet.replace("<b>", "[bold]").replace("</b>", "[/bold]")
        score = f"{hit.score:.2f}" if hit.score is not None else ""  # None: sorted by date
        table.add_row(hit.id, hit.date or "", score, f"{hit.title or ''}\n{snippet}")
    console.print(table)
    first = (page - 1) * limit + 1 if result.hits else 0
    print(f"{first}-{(page - 1) * limit + len(result.hits)} van {result.total} resultaten")


@handle_errors
def reindex_command(db: str = DbOption, index: str | None = IndexOption) -> None:
    """Rebuild the search index from the store."""
    with open_knowledge_base(db, index, create=False) as kb:
        count = kb.reindex()
    print(f"{count} brieven opnieuw geïndexeerd -> {kb.index_path}")
