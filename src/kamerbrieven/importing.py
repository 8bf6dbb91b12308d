"""`kamerbrieven import`: the lines `export --format jsonl` wrote, into a store and its
index; the records come out as they went in, on either backend.

A line that is no record is named with its number and reason, and the other lines still
go in; each record is stored in one transaction, so a stopped import is taken up again by
running it again (what is in already is unchanged).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kamerbrieven.pipeline import Failure
from kamerbrieven.record import Letter
from kamerbrieven.store.rows import EXTRA_ITEM_TYPES

if TYPE_CHECKING:
    from kamerbrieven.knowledge_base import KnowledgeBase


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)  # path: "regel N"
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "seconds": round(self.seconds, 3),
            "failures": [{"line": f.path, "reason": f.reason} for f in self.failures],
        }


def import_lines(
    kb: KnowledgeBase,
    lines: Iterable[str],
    on_progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Store the record on each line, then bring the index in step with the store."""
    started = time.perf_counter()
    report = ImportReport()
    kb.refuse_if_read_only()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        letter = _record(line, number, report)
        if letter is not None:
            status = kb.store.put_record(letter)
            setattr(report, status, getattr(report, status) + 1)
        if on_progress and number % 200 == 0:
            on_progress(number)
    kb.sync_index(wait=True)
    report.seconds = time.perf_counter() - started
    return report


def _record(line: str, number: int, report: ImportReport) -> Letter | None:
    """The letter of one line, or None with the reason in `report`."""
    where = f"regel {number}"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        report.failures.append(Failure(where, f"geen JSON ({error.msg}, teken {error.pos})"))
        return None
    except RecursionError:
        report.failures.append(Failure(where, "geen record van een brief (te diep genest)"))
        return None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"]:
        report.failures.append(Failure(where, "geen record van een brief (het id ontbreekt)"))
        return None
    if not isinstance(data.get("source"), dict):
        report.failures.append(Failure(where, f"record {data['id']} heeft geen bron (source)"))
        return None
    try:
        return Letter.from_dict(data, EXTRA_ITEM_TYPES)
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        reason = f"record {data['id']} past niet bij deze kamerbrieven ({type(error).__name__})"
        report.failures.append(Failure(where, reason))
        return None
