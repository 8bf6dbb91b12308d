"""The store's plain tables, derived from the record fields the steps declare.

Every list field of the record (`RecordField`: the reader's in `record.PARSE_FIELDS`,
each extractor's in its declaration) gets a table named in its declaration, one row an
item, keyed by (`letter_id`, `ord`) with a foreign key to `letters` (so datasette links
them). The columns are read off the item's dataclass:

- a string or number is a column (`type`, `raw`, `number`);
- a span ``(start, end)`` is two columns, `span_start` and `span_end` (END is an SQL
  keyword);
- an optional dataclass is flattened into prefixed columns (`deadline_text`,
  `deadline_not_after`);
- a list is a child table of its own, `<table>_<field>` keyed by (`letter_id`,
  `item_ord`, `ord`): a meeting's days in `meetings_dates`, so they can be filtered.

These tables hold nothing the record (`letters.record`) does not: when a declaration
changes, `store/base.py` drops its tables and fills them again from the records.
"""

from __future__ import annotations

import dataclasses
import hashlib
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import NoneType, UnionType
from typing import Any

from kamerbrieven.record import PARSE_FIELDS, RecordField, Span

# Column names SQL reserves, as the tables spell them instead (a section's `end`).
_RENAMED = {"start": "span_start", "end": "span_end"}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str  # TEXT or INTEGER
    path: tuple[str | int, ...]  # where the value sits in an item of the record
    required: bool = False  # the field is no Optional: NOT NULL


@dataclass(frozen=True)
class Table:
    """One plain table: the items of `field` (or a list inside them, when `parent`)."""

    name: str
    field: str  # the record field the rows come from
    columns: tuple[Column, ...]
    parent: str | None = None  # the table whose items hold this list
    inner: tuple[str, ...] = ()  # where the list sits inside the parent's items
    indexes: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return ("letter_id", "item_ord", "ord") if self.parent else ("letter_id", "ord")

    @property
    def column_names(self) -> tuple[str, ...]:
        return (*self.keys, *(c.name for c in self.columns))

    def create_statements(self) -> list[str]:
        columns = [
            f"{key} {'TEXT' if key == 'letter_id' else 'INTEGER'} NOT NULL" for key in self.keys
        ]
        columns += [
            f"{c.name} {c.sql_type}{' NOT NULL' if c.required else ''}" for c in self.columns
        ]
        columns.append(f"PRIMARY KEY ({', '.join(self.keys)})")
        if self.parent:
            columns.append(
                f"FOREIGN KEY (letter_id, item_ord) REFERENCES {self.parent} (letter_id, ord)"
                " ON DELETE CASCADE"
            )
        else:
            columns.append("FOREIGN KEY (letter_id) REFERENCES letters (id) ON DELETE CASCADE")
        body = ",\n    ".join(columns)
        statements = [f"CREATE TABLE {self.name} (\n    {body}\n)"]
        for n, index in enumerate(self.indexes):
            statements.append(f"CREATE INDEX {self.name}_{n} ON {self.name} ({index})")
        return statements


def tables_of(record_field: RecordField) -> tuple[Table, ...]:
    """The table of a record field, then the tables of the lists inside its items.

    >>> [t.column_names for t in tables_of(PARSE_FIELDS[0])]
    [('letter_id', 'ord', 'ministry')]
    """
    indexes = tuple(record_field.indexes)
    if record_field.item in (str, int):
        sql = "TEXT" if record_field.item is str else "INTEGER"
        column = Column(record_field.column, sql, (), required=True)
        return (Table(record_field.table, record_field.name, (column,), indexes=indexes),)
    columns, lists = _columns(record_field.item, ())
    table = Table(record_field.table, record_field.name, tuple(columns), indexes=indexes)
    inner = tuple(
        Table(
            f"{record_field.table}_{'_'.join(path)}",
            record_field.name,
            (Column("value", _sql_type(item), (), required=True),),
            parent=record_field.table,
            inner=path,
        )
        for path, item in lists
    )
    return (table, *inner)


def _columns(
    item: type[Any], prefix: tuple[str, ...], optional: bool = False
) -> tuple[list[Column], list[tuple[tuple[str, ...], Any]]]:
    """The columns of a dataclass item, and its list fields (path, element type); inside
    an `optional` dataclass no column is required."""
    hints = typing.get_type_hints(item)
    columns: list[Column] = []
    lists: list[tuple[tuple[str, ...], Any]] = []
    for f in dataclasses.fields(item):
        hint = _without_none(hints[f.name])
        required = not optional and hint is hints[f.name]  # no "| None" in the hint
        name = "_".join((*prefix, _RENAMED.get(f.name, f.name)))
        path = (*prefix, f.name)
        if hint == Span:
            columns += [Column(f"{name}_start", "INTEGER", (*path, 0), required)]
            columns += [Column(f"{name}_end", "INTEGER", (*path, 1), required)]
        elif typing.get_origin(hint) is tuple:
            lists.append((path, typing.get_args(hint)[0]))
        elif isinstance(hint, type) and dataclasses.is_dataclass(hint):
            inner, inner_lists = _columns(hint, path, optional=not required)
            columns += inner
            lists += inner_lists
        else:
            columns.append(Column(name, _sql_type(hint), path, required))
    return columns, lists


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, UnionType):
        args = [a for a in typing.get_args(hint) if a is not NoneType]
        if len(args) == 1:
            return args[0]
    return hint


def _sql_type(hint: Any) -> str:
    return "INTEGER" if hint in (int, bool) else "TEXT"


def rows_of(table: Table, record: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of `table` for one record (the dict of `Letter.to_dict()`)."""
    letter_id = record["id"]
    items: Sequence[Any] = record.get(table.field) or ()
    if table.parent is None:
        for ord_, item in enumerate(items):
            yield (letter_id, ord_, *(_value(item, c.path) for c in table.columns))
        return
    for item_ord, item in enumerate(items):
        for ord_, value in enumerate(_value(item, table.inner) or ()):
            yield (letter_id, item_ord, ord_, value)


def _value(item: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        if item is None:
            return None
        if isinstance(step, int):
            item = item[step] if len(item) > step else None
        else:
            item = item.get(step) if isinstance(item, dict) else None
    return item


@cache
def record_tables() -> tuple[Table, ...]:
    """Every plain table, parents before the tables of lists inside their items."""
    from kamerbrieven.extract import record_fields

    return tuple(t for f in (*PARSE_FIELDS, *record_fields()) for t in tables_of(f))


def signature(table: Table) -> str:
    """Changes whenever the table's definition does: the store then rebuilds it."""
    return hashlib.sha256("\n".join(table.create_statements()).encode()).hexdigest()[:16]
