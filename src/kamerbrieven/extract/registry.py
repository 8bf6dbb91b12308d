"""What an extractor is: a name, the record fields it fills, and a function that fills them.

An extractor module ends with its declaration::

    EXTRACTOR = Extractor(
        name="acronyms",
        fills=(RecordField("acronyms", Acronym, "acronyms"),),
        run=lambda letter, context: {"acronyms": find_acronyms(letter.text)},
    )

and `extract/__init__.py` lists it in `EXTRACTORS`, one line. The record carries the
field, the store makes its table and the search index files its keys from the
`RecordField` declarations alone (see `store/tables.py`, `search/schema.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from kamerbrieven.nl.sentences import split_sentences
from kamerbrieven.record import DateMention, Letter, RecordField


class Context:
    """What several extractors read off one letter, computed once and on first use."""

    def __init__(self, letter: Letter) -> None:
        self.letter = letter

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return split_sentences(self.letter.text)

    @cached_property
    def text_dates(self) -> list[DateMention]:
        """The dates written in the text (not the header's), resolved."""
        from kamerbrieven.extract.dates import find_dates

        return find_dates(self.letter.text, self.letter.date, self.letter.title)

    @cached_property
    def reference_date(self) -> date | None:
        """What relative dates resolve against: the letter's date, else the latest in it."""
        from kamerbrieven.extract.dates import reference_date

        return reference_date(self.letter.text, self.letter.date, self.letter.title)

    @cached_property
    def title_dates(self) -> list[DateMention]:
        """The dates in the subject line, resolved against the reference date."""
        from kamerbrieven.extract.dates import find_dates

        if not self.letter.title:
            return []
        ref = self.reference_date
        return find_dates(self.letter.title, ref.isoformat() if ref else None)

    @cached_property
    def first_heading_at(self) -> int | None:
        headings = [s.start for s in self.letter.sections if s.heading]
        return min(headings) if headings else None


Run = Callable[[Letter, Context], Mapping[str, Sequence[Any]]]


@dataclass(frozen=True)
class Extractor:
    """One extraction step: `run` returns a value for each field in `fills`; it may read
    what the extractors before it in `EXTRACTORS` filled."""

    name: str
    fills: tuple[RecordField, ...]
    run: Run

    def __call__(self, letter: Letter, context: Context) -> Letter:
        values = self.run(letter, context)
        expected = {f.name for f in self.fills}
        if set(values) != expected:  # a declaration out of step with its code: fail loudly
            raise RuntimeError(f"extractor {self.name} filled {sorted(values)}, not {expected}")
        return letter.replace(**{name: tuple(items) for name, items in values.items()})
