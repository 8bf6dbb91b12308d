"""`kamerbrieven search QUERY` and `kamerbrieven reindex`."""

from __future__ import annotations

import json
from enum import StrEnum

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from kamerbrieven.cli.dutch import count
from kamerbrieven.cli.errors import handle_errors
from kamerbrieven.cli.options import DbOption, IndexOption, JsonOption
from kamerbrieven.cli.progress import progress_bars
from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.present.titles import display_title


class SortOrder(StrEnum):
    score = "score"
    date = "date"


@handle_errors
def search_command(
    query: str = typer.Argument(
        ...,
        help="Zoekvraag, bv. 'INF-verdrag \"Noord Atlantische Raad\" van:2018-01-01'.",
    ),
    limit: int = typer.Option(10, min=1, max=10000, help="Resultaten per pagina."),
    page: int = typer.Option(1, min=1, help="Paginanummer (1 = de eerste)."),
    sort: SortOrder = typer.Option(
        SortOrder.score, help="score (relevantie) of date (nieuwste eerst)."
    ),
    db: str = DbOption,
    index: str | None = IndexOption,
    as_json: bool = JsonOption,
) -> None:
    """Zoek in de brieven.

    Woorden (AND vanzelf), "woordgroepen", OR, -woord of NOT woord, NEAR(a b), prefix*,
    ( ) en filters: dossier: van: tot: ministerie: soort: land: persoon: verwijst:.
    Zie README.md, 'Searching', voor alle vormen.
    """
    with open_knowledge_base(db, index, create=False) as kb, progress_bars() as report:
        kb.on_progress = report  # an index catching up on a big store shows how far
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
        snippet = escape(hit.snippet).replace("&lt;b&gt;", "<b>")
        snippet = snippet.replace("<b>", "[bold]").replace("</b>", "[/bold]")
        score = f"{hit.score:.2f}" if hit.score is not None else ""  # None: sorted by date
        title = display_title(hit.title, hit.kind, hit.dossier_title, hit.date)
        table.add_row(hit.id, hit.date or "", score, f"{escape(title)}\n{snippet}")
    total = count(result.total, "resultaat", "resultaten")
    if not result.hits and result.total:
        pages = -(-result.total // limit)
        in_pages = count(pages, "pagina", "pagina's")
        print(f"geen resultaten op pagina {page}: er zijn {total} ({in_pages})")
        return
    if result.hits:
        console.print(table)
    first = (page - 1) * limit + 1 if result.hits else 0
    last = (page - 1) * limit + len(result.hits)
    print(f"{first}-{last} van {total}" if result.hits else total)


@handle_errors
def reindex_command(db: str = DbOption, index: str | None = IndexOption) -> None:
    """Bouw de zoekindex opnieuw op uit de store."""
    with open_knowledge_base(db, index, create=False) as kb, progress_bars() as report:
        kb.on_progress = report
        indexed = kb.reindex()
    print(f"{count(indexed, 'brief', 'brieven')} opnieuw geïndexeerd -> {kb.index_path}")
