"""A letter on ministry paper: a letterhead (``> Retouradres ...``, the addressee block,
``Datum 30 mei 2023``, ``Betreft <subject>``, a side column of directorate, addresses and
``Ons kenmerk`` / ``Uw kenmerk`` / ``Bijlage(n)`` labels) before ``Geachte voorzitter,``.

Everything before the salutation is header, and the salutation opens the body. Without
one, the header ends after the subject and the side column under it; without a subject
either, it is the run of letterhead lines on top.

Not read yet: the side column's values (the directorate, ``Ons kenmerk`` and ``Uw
kenmerk``, ``Bijlage(n)``), and the side column and ``Pagina 2 van 8`` that come back
beside the body on every later page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kamerbrieven.nl.ministries import ministry_name
from kamerbrieven.parse.dates import iso_date
from kamerbrieven.parse.layouts import shared
from kamerbrieven.parse.layouts.base import (
    Dates,
    Evidence,
    Header,
    Reading,
    Steps,
    filled_lines,
    top_date,
)
from kamerbrieven.parse.layouts.cues import Cues, evidence
from kamerbrieven.parse.layouts.letterhead_lines import LETTERHEAD_LINES as LINES

# How far down (in lines with text) a salutation ends the header, and a subject line is
# looked for when there is none.
SALUTATION_REACH = 80
SUBJECT_REACH = 40

_SALUTATION = LINES.by_name("salutation").pattern
SUBJECT = LINES.by_name("subject").pattern
_TWO_LABELS = LINES.by_name("two_labels").pattern
_DATE_LABEL = LINES.by_name("date_label").pattern
_MINISTRY = LINES.by_name("ministry").pattern
_CHAMBER_ADDRESSEE = LINES.by_name("chamber_addressee").pattern
_SIDE_LABEL = LINES.by_name("side_label").pattern
_SIDE_COLUMN = LINES.by_name("side_column").pattern
_LETTERHEAD = LINES.by_name("letterhead").pattern
DATES: Dates = (*shared.DATES, LINES.by_name("dated").pattern)
_ENDS_IN_DATE = re.compile(r"^(?P<rest>.*?)\s+(?P<date>\d{1,2}\s+[a-z]+\s+\d{4})$")


def salutation(line: str) -> str | None:
    """Whom a salutation line greets: "Geachte voorzitter," -> "voorzitter".

    >>> salutation("Zeer geachte Voorzitter,"), salutation("Geachte heer, mevrouw, hierbij")
    ('Voorzitter', None)
    """
    match = _SALUTATION.match(line)
    return match.group("whom").strip() if match and len(line) < 60 else None


def two_label_columns(lines: list[str]) -> list[str]:
    """Two letterhead columns read across: "Onderwerp Datum" over "Verslag van de Raad 29
    maart 2006" become "Datum 29 maart 2006" and "Onderwerp Verslag van de Raad" (same
    number of lines, so offsets into `lines` stay valid).

    >>> two_label_columns(["Onderwerp Datum", "Verslag van de Raad 29 maart 2006", "WSBVC"])
    ['Datum 29 maart 2006', 'Onderwerp Verslag van de Raad', 'WSBVC']
    """
    for i, line in enumerate(lines[:60]):
        if _TWO_LABELS.match(line) and i + 1 < len(lines):
            match = _ENDS_IN_DATE.match(lines[i + 1])
            if match and iso_date(match.group("date")):
                subject = line.split()[0]
                lines = [
                    *lines[:i],
                    f"Datum {match.group('date')}",
                    f"{subject} {match.group('rest')}",
                    *lines[i + 2 :],
                ]
            break
    return lines


# Labels of the letterhead that a PDF tool may print one under the other, their values
# after them in the same order: "Datum" / "Betreft" / "" / "30 mei 2023" / "Herijkte ...".
_STACKED_LABEL = re.compile(r"^(?:Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Uw brief)$")


def stacked_labels(lines: list[str], reach: int = 60) -> list[str]:
    """Labels printed as a column with their values under them put back beside each other:
    "Datum" / "Betreft" / "30 mei 2023" / "Herijkte missies" become "Datum 30 mei 2023" /
    "Betreft Herijkte missies" (the values' lines emptied, so offsets stay valid). Only
    where every "Datum" gets a date.

    >>> stacked_labels(["Datum", "Betreft", "", "30 mei 2023", "Herijkte missies", "Geachte"])
    ['Datum 30 mei 2023', 'Betreft Herijkte missies', '', '', '', 'Geachte']
    """
    lines = list(lines)
    i = 0
    while i < min(reach, len(lines)):
        run = _label_run(lines, i)
        if len(run) < 2:
            i += 1
            continue
        values = [
            k
            for k in range(run[-1] + 1, min(len(lines), run[-1] + 2 * len(run) + 3))
            if lines[k].strip()
        ][: len(run)]
        paired = len(values) == len(run) and all(
            _fits(lines[label], lines[value]) for label, value in zip(run, values, strict=True)
        )
        if paired:
            for label, value in zip(run, values, strict=True):
                lines[label] = f"{lines[label].strip()} {lines[value].strip()}"
                lines[value] = ""
        i = run[-1] + 1
    return lines


def _label_run(lines: list[str], start: int) -> list[int]:
    """The label-only lines from `start` on, blank lines between them allowed."""
    run: list[int] = []
    k = start
    while k < len(lines) and (_STACKED_LABEL.match(lines[k].strip()) or not lines[k].strip()):
        if lines[k].strip():
            run.append(k)
        k += 1
    return run if run and run[0] == start else []


def _fits(label: str, value: str) -> bool:
    """A value that can be this label's: a date for "Datum", and no label itself."""
    if _STACKED_LABEL.match(value.strip()) or _SIDE_LABEL.match(value.strip()):
        return False
    return not label.strip().startswith("Datum") or bool(iso_date(value)) and len(value) < 30


def read_subject(lines: Sequence[str], filled: Sequence[int], n: int) -> tuple[str | None, int]:
    """The subject that starts at filled line `n`, and the filled index of its last line.

    The value may stand under its label ("Betreft" / "Verslag van de Raad ...") and may wrap
    onto lines that continue it in lower case or with a number: "Betreft Speciale
    ministeriele NAVO-Raad over Kosovo/Brussel 12 april" / "1999" (bz-19990413),
    "Onderwerp: Nederlandse militaire bijdrage aan de EU-geleide" / "troepenmacht in
    Bosnië-Herzegovina: operatie "Althea"." (bz-def-20041001).

    >>> read_subject(["Betreft Speciale NAVO-Raad 12 april", "1999", "C.c."], [0, 1, 2], 0)
    ('Speciale NAVO-Raad 12 april 1999', 1)
    """
    label = SUBJECT.match(lines[filled[n]])
    if label is None:  # called on a subject line only
        raise ValueError(f"no subject label on line {filled[n]}")
    subject = label.group("subject").strip()
    last = n
    if not subject:
        following = filled[n + 1] if n + 1 < len(filled) else None
        if following is None or _LETTERHEAD.match(lines[following]):
            return None, n
        subject, last = lines[following].strip(), n + 1
    while last + 1 < len(filled) and filled[last + 1] == filled[last] + 1:
        more = lines[filled[last + 1]]
        # it goes on in small letters, a number or an acronym: "WSBVC van 10 maart 2006"
        goes_on = re.match(r"^(?:[a-zà-ý0-9(]|[A-Z]{2,}\s+[a-zà-ý])", more) and not re.search(
            r"\b(?:doorkiesnummer|telefoon|kenmerk|bijlagen?|datum|uw brief)\b", more, re.I
        )  # the other letterhead column read across: "(TRC 1999/3994) doorkiesnummer"
        if subject.endswith(".") or not goes_on or len(more) > 90:
            break
        if len(subject) + len(more) > 300:
            break
        subject, last = f"{subject} {more.strip()}", last + 1
    return subject.rstrip(" .") or None, last


def _side_column_end(lines: list[str], filled: list[int], last: int, subject: str | None) -> int:
    """The filled index of the side column's last line under the subject ending at `last`
    ("C.c.", "Ons kenmerk" / "5164758", the directorate's address)."""
    while last + 1 < len(filled):
        line = lines[filled[last + 1]]
        if label := _SIDE_LABEL.match(line):
            last += 1
            if last + 1 == len(filled):
                break  # the label ends the document: no value under it
            under = lines[filled[last + 1]]
            # the label's value: short ("5164758", a name) or a project's name
            valued = (label.group("valued") or "").lower()
            long_ok = valued == "projectnaam" or under[:25] == (subject or "")[:25]
            if valued and not _SIDE_LABEL.match(under) and (len(under) <= 60 or long_ok):
                last += 1
        elif _SIDE_COLUMN.match(line):
            last += 1
        else:
            break
    return last


def side_column(lines: list[str], header: Header) -> list[str]:
    """The letterhead's lines that are neither its date, subject, addressee nor salutation:
    what a PDF tool may print again beside the body of every page (the ministry's name,
    the directorate, "Ons kenmerk" and its value).

    >>> side_column(["Ministerie van Defensie", "Datum 4 juni 2021", "Betreft X", "Ons kenmerk",
    ...     "BS2021/123"], Header(title="X", date="2021-06-04"))
    ['Ministerie van Defensie', 'Ons kenmerk', 'BS2021/123']
    """
    kept = []
    for line in (line.strip() for line in lines):
        if not line or len(line) > 80 or SUBJECT.match(line) or _SALUTATION.match(line):
            continue
        if iso_date(line) or line.lower().startswith(("datum", "aan ", "de voorzitter")):
            continue
        if header.title and line in header.title:
            continue  # the subject wrapped over lines
        if header.addressee and line in header.addressee:
            continue
        kept.append(line)
    return kept


def letterhead_end(lines: list[str], filled: list[int]) -> int | None:
    """Where the body starts in a letter on ministry paper without a salutation: after its
    subject and the side column under it. None when no subject line is near the top.

    >>> letterhead_end(["Betreft Kosovo", "Ons kenmerk", "DEU-017/99", "Op 18 januari"],
    ...                [0, 1, 2, 3])
    3
    """
    for n, i in enumerate(filled[:SUBJECT_REACH]):
        if SUBJECT.match(lines[i]) and len(lines[i]) < 300:
            subject, last = read_subject(lines, filled, n)
            return filled[_side_column_end(lines, filled, last, subject)] + 1
    return None


# ministry_name folds every ministry's name on each call; letterheads repeat a few names
_ministry_name = lru_cache(maxsize=256)(ministry_name)


@dataclass(repr=False, eq=False)
class LetterheadReading(Reading):
    want_date: bool = False  # after a "Datum" label, its value


def ministry(reading: LetterheadReading) -> bool:
    """ "Ministerie van Buitenlandse Zaken": a line of the letterhead when it names one."""
    if not (match := _MINISTRY.match(reading.line)):
        return False
    name = _ministry_name(match.group("name"))
    if name and name not in reading.header.ministries:
        reading.header.ministries.append(name)
    return bool(name)


def chamber_addressee(reading: LetterheadReading) -> bool:
    """ "De Voorzitter van de Tweede Kamer" heading the addressee block."""
    if not (match := _CHAMBER_ADDRESSEE.match(reading.line)):
        return False
    chamber = match.group("chamber")
    reading.header.addressee = f"Voorzitter van de {chamber} Kamer der Staten-Generaal"
    return True


# The addressee block's lines under its first: "der Staten-Generaal", "Postbus 20018",
# "2500 EA DEN HAAG"
_ADDRESS_LINE = re.compile(r"^(?:der\s+Staten-Generaal|Postbus\s+\d+|\d{4}\s?[A-Z]{2}\s+\S.*)$")


def address_line(reading: LetterheadReading) -> bool:
    """A line of the addressee block, once the addressee is read."""
    return bool(reading.header.addressee) and bool(_ADDRESS_LINE.match(reading.line.strip()))


def title_line(reading: LetterheadReading) -> bool:
    """The title `title_above` found, as the header's first line."""
    return bool(reading.header.title) and reading.line.strip() == reading.header.title


def title_above(lines: list[str], filled: list[int], header: Header) -> str | None:
    """A web copy's page title on the first line, right above the addressee block
    ("Uitstelbrief op kamervragen van Leijten ..." / "De Voorzitter van de Tweede Kamer")."""
    if header.title or len(filled) < 2 or not _CHAMBER_ADDRESSEE.match(lines[filled[1]]):
        return None
    first = lines[filled[0]].strip()
    looks_like_title = first[:1].isupper() and len(first) <= 250 and first[-1] not in ".,:;"
    return first if looks_like_title and not _MINISTRY.match(first) else None


def date_label(reading: LetterheadReading) -> bool:
    """ "Datum" as a label, its value on the next line."""
    if _DATE_LABEL.match(reading.line):
        reading.want_date = True
        return True
    return False


def date_value(reading: LetterheadReading) -> bool:
    """The date under a "Datum" label: "19-10-2001"."""
    wanted, reading.want_date = reading.want_date, False
    line = reading.line
    if wanted and len(line) < 30 and (day := iso_date(line)):
        reading.header.date = reading.header.date or day
        return True
    return False


class Letterhead:
    """Reads a letter on ministry paper (see the module)."""

    name = "letterhead"
    label = "ministeriebrief"
    cues = Cues(LINES)
    dates = DATES
    steps: Steps[LetterheadReading] = Steps(
        title_line,
        ministry,
        shared.addressee,
        chamber_addressee,
        address_line,
        shared.date_line,
        shared.form_dots,
        date_label,
        date_value,
    )

    def detect(self, top: Sequence[str]) -> Evidence | None:
        """The weight of its rows found among the first lines `top`.

        >>> Letterhead().detect(["Datum 4 februari 2021", "Betreft Gereedstelling"]).why
        'ministeriebrief (Betreft, Datum)'
        """
        return evidence(self.name, self.label, top, self.cues)

    def read(self, lines: list[str]) -> Header:
        """Everything before the salutation, or before the body under the side column.

        >>> h = Letterhead().read(["Datum 4 februari 2021", "Betreft Gereedstelling militairen",
        ...     "", "Geachte voorzitter,", "", "Met deze brief informeer ik u."])
        >>> h.date, h.title, h.salutation, h.body_start
        ('2021-02-04', 'Gereedstelling militairen', 'voorzitter', 3)
        """
        lines = stacked_labels(two_label_columns(lines))
        header = Header(layout=self.name)
        filled = filled_lines(lines)
        reading = LetterheadReading(header, lines, filled, self.dates)
        stop = next(
            (i for i in filled[:SALUTATION_REACH] if salutation(lines[i]) is not None), None
        )
        if stop is not None:
            header.salutation = salutation(lines[stop])
        else:
            stop = letterhead_end(lines, filled)
        if stop is None:  # no salutation, no subject: the run of letterhead lines on top
            header.title = title_above(lines, filled, header)
            header.body_start = self.steps.run(reading)
            header.date = header.date or top_date(lines, filled, self.dates)
            return header
        self._read_until(reading, stop)
        header.body_start = stop
        header.side_column = side_column(lines[:stop], header)
        return header

    def _read_until(self, reading: LetterheadReading, stop: int) -> None:
        """Read every line before `stop`; a line none of the steps takes may still hold the
        date ("nummer Datum" / "CV - 341/04 1 oktober 2004")."""
        header, lines, filled = reading.header, reading.lines, reading.filled
        loose_date = None
        skip_to = -1
        for n, i in enumerate(filled):
            if i >= stop:
                break
            if n <= skip_to:
                continue
            reading.move(n)
            if SUBJECT.match(lines[i]):
                header.title, skip_to = read_subject(lines, filled, n)
            elif not self.steps.take(reading) and loose_date is None:
                loose_date = iso_date(lines[i])
        header.date = header.date or loose_date
