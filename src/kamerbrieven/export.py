"""Take the data elsewhere: JSON Lines, CSV and Parquet, each readable back without loss.

All three go through Letter.to_dict(), the one serialisation (docs/record.md).
- JSON Lines: one record a line, exactly as `parse --format json` prints it.
- CSV: one letter a row; scalar fields as columns, `source` as source_path/_sha256/_format,
  list fields as JSON in their cell (a spreadsheet shows them, `json.loads` reads them).
- Parquet: the record's own nesting as Arrow types (lists of structs), for pandas,
  polars and DuckDB.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sys
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kamerbrieven.extract import record_fields
from kamerbrieven.record import SCALAR_FIELDS, Letter, Source

FORMATS = ("jsonl", "csv", "parquet")

_SCALARS = SCALAR_FIELDS  # id, kind, dossier, ..., text
_SOURCE = tuple(f.name for f in dataclasses.fields(Source))
# The record's list fields: the Letter's own, then the ones only extractors declare.
_OWN_LISTS = tuple(
    f.name
    for f in dataclasses.fields(Letter)
    if f.name not in _SCALARS and f.name not in ("source", "extra")
)
_EXTRA = tuple(f for f in record_fields() if f.name not in _OWN_LISTS)
_LISTS = (*_OWN_LISTS[:-1], *(f.name for f in _EXTRA), _OWN_LISTS[-1])  # warnings last
_ITEM_TYPES = {f.name: f.item for f in _EXTRA}
CSV_COLUMNS = ("id", *(f"source_{name}" for name in _SOURCE), *_SCALARS[1:], *_LISTS)


def write_jsonl(letters: Iterable[Letter], out: IO[str]) -> int:
    count = 0
    for letter in letters:
        out.write(json.dumps(letter.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def read_jsonl(stream: IO[str]) -> Iterator[Letter]:
    for line in stream:
        if line.strip():
            yield Letter.from_dict(json.loads(line), _ITEM_TYPES)


def write_csv(letters: Iterable[Letter], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for letter in letters:
        record = letter.to_dict()
        # a source fact the record leaves out (no sync) is an empty cell
        source = record["source"]
        row: list[Any] = [record["id"], *(source.get(name, "") for name in _SOURCE)]
        row += ["" if record[name] is None else record[name] for name in _SCALARS[1:]]
        row += [json.dumps(record[name], ensure_ascii=False) for name in _LISTS]
        writer.writerow(row)
        count += 1
    return count


def read_csv(stream: IO[str]) -> Iterator[Letter]:
    csv.field_size_limit(sys.maxsize)  # a letter's text is one cell
    for row in csv.DictReader(stream):
        record: dict[str, Any] = {"id": row["id"]}
        source = {name: row[f"source_{name}"] for name in _SOURCE}
        record["source"] = {
            name: int(value) if name == "number" else value
            for name, value in source.items()
            if value != "" or name in ("path", "sha256", "format")
        }
        for name in _SCALARS[1:]:
            value = row[name]
            if name == "number":
                record[name] = int(value) if value else None
            elif name in ("text", "kind"):
                record[name] = value
            else:
                record[name] = value or None  # the record never holds "" for these: null
        for name in _LISTS:
            record[name] = json.loads(row[name])
        yield Letter.from_dict(record, _ITEM_TYPES)


def arrow_schema() -> Any:
    """The Arrow schema of a record, derived from the dataclasses in record.py."""
    import pyarrow as pa

    own = [(f.name, _arrow_type(hint)) for f, hint in _hints(Letter) if f.name != "extra"]
    extra = [(f.name, pa.list_(_arrow_type(f.item))) for f in _EXTRA]
    return pa.schema(own[:-1] + extra + own[-1:])  # the record's order: warnings last


def write_parquet(letters: Iterable[Letter], path: Path, batch: int = 2000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    count = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        chunk: list[dict[str, Any]] = []
        for letter in letters:
            chunk.append(letter.to_dict())
            count += 1
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    return count


def read_parquet(path: Path) -> Iterator[Letter]:
    import pyarrow.parquet as pq

    for record in pq.read_table(str(path)).to_pylist():
        yield Letter.from_dict(record, _ITEM_TYPES)


def export(letters: Iterable[Letter], fmt: str, output: Path | None) -> int:
    """Write letters in `fmt` to `output` (stdout for jsonl/csv when None); returns the count."""
    if fmt == "parquet":
        if output is None:
            raise ValueError("Parquet needs an output file (--output)")
        return write_parquet(letters, output)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if output is None:
        return writer(letters, sys.stdout)
    with open(output, "w", encoding="utf-8", newline="" if fmt == "csv" else None) as out:
        return writer(letters, out)


def _hints(cls: type) -> list[tuple[dataclasses.Field[Any], Any]]:
    import kamerbrieven.record as record_module

    hints = typing.get_type_hints(cls, vars(record_module))
    return [(f, hints[f.name]) for f in dataclasses.fields(cls)]


def _arrow_type(hint: Any) -> Any:
    import pyarrow as pa

    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)) and len(args) == 1:
        return _arrow_type(args[0])
    if origin is tuple:
        return pa.list_(_arrow_type(args[0]))  # tuple[X, ...] and Span = tuple[int, int]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct([(f.name, _arrow_type(h)) for f, h in _hints(hint)])
    return {str: pa.string(), int: pa.int64()}[hint]


def to_string(letters: Iterable[Letter], fmt: str) -> str:
    """jsonl/csv as a string (for tests and the API)."""
    buffer = io.StringIO()
    (write_jsonl if fmt == "jsonl" else write_csv)(letters, buffer)
    return buffer.getvalue()
