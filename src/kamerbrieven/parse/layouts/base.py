"""What every layout reader shares: the Header it fills, the evidence it gives of its
layout, and the loops that read header lines one at a time.

A layout reader has a `RuleTable` of its header lines; each row yields a `HeaderLine`
(the fields the line fills, and its weight as evidence of the layout). `detect` weighs the
rows that match the first lines of a document (`cues`); `read` takes lines with its steps,
small functions that each try one kind of line and say whether they took it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, Protocol, TypeVar, cast

from kamerbrieven.clean.pages import PAGE_BREAK
from kamerbrieven.parse.dates import iso_date

# How many lines with text at the top the detector weighs: on the dev sets every layout
# shows in the first 15; the reader before layouts looked as far for a web page's
# "Nr. 413 VERSLAG ..." line.
TOP = 25


@dataclass
class Header:
    """What the header block says; `body_start` indexes the first body line.

    `layout` names the reader that read it (`wrapper` the site copy it was stripped of),
    `warnings` what the detector was unsure of.
    """

    chamber: str | None = None
    year: str | None = None
    dossier: str | None = None
    dossier_title: str | None = None
    number: int | None = None
    letter: str | None = None  # an Eerste Kamer stuk's letter ("AE"), which has no number
    series: str | None = None  # "aanhangsel" for answers in the Aanhangsel van de Handelingen
    kind_line: str | None = None
    addressee: str | None = None
    date: str | None = None
    title: str | None = None
    salutation: str | None = None
    page_title: str | None = None
    ministries: list[str] = field(default_factory=list)
    asked: str | None = None  # "(ingezonden 4 juli 2023)" as written: "4 juli 2023"
    body_start: int = 0
    # lines of the letterhead's side column (directorate, addresses, "Ons kenmerk" and its
    # value): a PDF tool prints them again beside the body on every later page
    side_column: list[str] = field(default_factory=list)
    layout: str | None = None
    wrapper: str | None = None
    warnings: list[str] = field(default_factory=list)


class HeaderLine(NamedTuple):
    """What a row of header lines yields: the Header fields the line fills ("" for page
    furniture), and how much the line says that a document has the row's layout (0 for a
    line every layout has, such as "Den Haag, 12 december 2018"); `label` names it in a
    warning."""

    fills: str
    cue: int = 0
    label: str = ""


class Evidence(NamedTuple):
    """Why a document looks like a layout: the labels of the rows found, and their weight.

    >>> Evidence("letterhead", "ministeriebrief", 5, ("Betreft", "Datum")).why
    'ministeriebrief (Betreft, Datum)'
    """

    layout: str
    label: str
    weight: int
    cues: tuple[str, ...]

    @property
    def why(self) -> str:
        return f"{self.label} ({', '.join(self.cues)})"


class Layout(Protocol):
    """One layout of header: says how much the first lines look like it, and reads it."""

    name: str
    label: str  # Dutch, as a warning names it: "Kamerstuk", "ministeriebrief"

    def detect(self, top: Sequence[str]) -> Evidence | None:
        """Evidence from the first non-blank lines, or None when none of its own is seen."""
        ...

    def read(self, lines: list[str]) -> Header:
        """Read the header at the top of `lines` ("" blank, "\\f" page break)."""
        ...


class Stripped(NamedTuple):
    """Lines with a wrapper's furniture blanked (same offsets), and where it stood."""

    lines: list[str]
    furniture: list[int]
    original: list[str]


class Wrapper(Protocol):
    """What a document may be copied into (a web page): found by its own lines, stripped
    off before the document's layout is read, and what it says added to that header."""

    name: str

    def detect(self, top: Sequence[str]) -> Evidence | None: ...

    def strip(self, lines: list[str]) -> Stripped: ...

    def finish(self, header: Header, stripped: Stripped) -> Header: ...


def filled_lines(lines: Sequence[str]) -> list[int]:
    """Offsets of the lines with text (not blank, not a page break).

    >>> filled_lines(["a", "", "\\f", "b"])
    [0, 3]
    """
    return [i for i, line in enumerate(lines) if line and line != PAGE_BREAK]


def top_lines(lines: Sequence[str], reach: int = TOP) -> tuple[str, ...]:
    """The first `reach` lines with text: what the detector weighs.

    >>> top_lines(["", "Nr. 307", "\f", "Den Haag, 12 december 2018", "Hierbij"], 2)
    ('Nr. 307', 'Den Haag, 12 december 2018')
    """
    top: list[str] = []
    for line in lines:
        if line and line != PAGE_BREAK:
            top.append(line)
            if len(top) == reach:
                break
    return tuple(top)


# Date rows: patterns with a "date" (or "during") group that date the document.
Dates = tuple[re.Pattern[str], ...]
S = TypeVar("S", bound="Reading")  # a reading that refines R
R = TypeVar("R", bound="Reading")


# A reading is never compared or printed: only its __init__ is generated (each generated
# method costs import time), here and in the layouts' readings.
@dataclass(repr=False, eq=False)
class Reading:
    """What a reader knows while it goes through the header lines: the Header so far, the
    lines and which of them have text, and where it is (`at`, an index into `filled`)."""

    header: Header
    lines: Sequence[str]
    filled: Sequence[int]
    dates: Dates = ()
    at: int = 0
    line: str = ""  # the line at `at`

    def move(self, at: int) -> None:
        """Go to the `at`-th line with text."""
        self.at = at
        self.line = self.lines[self.filled[at]]

    def ahead(self, count: int) -> list[str]:
        """The line being read and the `count - 1` lines with text after it."""
        return [self.lines[i] for i in self.filled[self.at : self.at + count]]


class Steps(Generic[R]):
    """Steps tried in order on each line; the first that takes the line ends it.

    A step is a function of the Reading that fills the Header from `reading.line` and
    returns True when the line is a header line.

    >>> def dots(reading): return set(reading.line) == {"."}
    >>> Steps(dots).run(Reading(Header(), ["...", "", "..", "Tekst"], [0, 2, 3]))
    3
    """

    def __init__(self, *steps: Callable[[R], bool]) -> None:
        self.steps = steps

    def inserted(
        self, anchor: Callable[[R], bool], *steps: Callable[[S], bool], after: bool = False
    ) -> Steps[S]:
        """These steps with `steps` put before (or `after`) the step `anchor`: a layout
        that refines another (an Aanhangsel reading is a Kamerstuk reading) reads with
        the other's steps and its own."""
        at = self.steps.index(anchor) + after
        # the other's steps take the refined reading too (it is one of theirs)
        inherited = cast("tuple[Callable[[S], bool], ...]", self.steps)
        return Steps(*inherited[:at], *steps, *inherited[at:])

    def take(self, reading: R) -> bool:
        for step in self.steps:
            if step(reading):
                return True
        return False

    def run(self, reading: R) -> int:
        """Read the unbroken run of header lines from the top; where the body starts."""
        body_start = 0
        for n, i in enumerate(reading.filled):
            reading.move(n)
            if not self.take(reading):
                break
            body_start = i + 1
        return body_start


def date_in(line: str, dates: Dates) -> re.Match[str] | None:
    """The first of `dates` that matches `line`."""
    for pattern in dates:
        if match := pattern.match(line):
            return match
    return None


def written_date(match: re.Match[str]) -> str:
    """The date a date row's match holds, as written."""
    groups = match.groupdict()
    return groups.get("date") or groups.get("during") or ""


def top_date(lines: list[str], filled: list[int], dates: Dates, reach: int = 25) -> str | None:
    """The document's date from a date line near the top when the header reading stopped
    before it (a note's "AAN DE KONING" or "TER ONDERTEKENING" above it): "Datum" over
    "30 oktober 2024", "No. W18.23.00028/IV 's-Gravenhage, 8 juni 2023".

    >>> top_date(["AAN DE KONING", "Datum", "30 oktober 2024"], [0, 1, 2], ())
    '2024-10-30'
    """
    top = [lines[i] for i in filled[:reach]]
    for n, line in enumerate(top):
        match = date_in(line, dates)
        if match and (day := iso_date(written_date(match))):
            return day
        if line.lower() in ("datum", "datum:") and n + 1 < len(top) and len(top[n + 1]) < 30:
            if day := iso_date(top[n + 1]):
                return day
    return None
