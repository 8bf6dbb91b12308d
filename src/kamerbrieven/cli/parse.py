"""`kamerbrieven parse FILE...`: read files and print their records; no store involved."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from kamerbrieven.cli.errors import EXIT_REFUSED, handle_errors
from kamerbrieven.pipeline import Failure, read_or_failure
from kamerbrieven.present.text import letter_as_text


class OutputFormat(StrEnum):
    json = "json"
    text = "text"


@handle_errors
def parse_command(
    files: list[Path] = typer.Argument(
        ..., help="Brieven om te lezen (.txt .pdf .html .xml .docx)."
    ),
    output_format: OutputFormat = typer.Option(
        OutputFormat.json,
        "--format",
        "-f",
        help="json: een record per regel (JSON Lines bij meer bestanden); text: leesbaar.",
    ),
) -> None:
    """Lees bestanden en toon hun records, in de gegeven volgorde (zonder store)."""
    refused = 0
    for path in files:
        result = read_or_failure(path)
        if isinstance(result, Failure):
            refused += 1
            print(f"kamerbrieven: {result}", file=sys.stderr)
            continue
        if output_format is OutputFormat.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            print(letter_as_text(result))
        sys.stdout.flush()
    if refused:
        raise typer.Exit(EXIT_REFUSED)
