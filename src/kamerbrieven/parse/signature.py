"""The closing of a letter: signature blocks (function line, then a name) and greetings.

``De Minister van Buitenlandse Zaken,`` / ``S.A. Blok``; several signers one after the
other; ``mede namens de minister voor ...,`` under a function; a greeting
(``Hoogachtend,``) before them. A motion ends with the names of its movers after
``en gaat over tot de orde van de dag.``
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kamerbrieven.clean.pages import PAGE_BREAK
from kamerbrieven.record import Signatory

# "De Minister van Buitenlandse Zaken,", "De minister voor Buitenlandse Handel en
# Ontwikkelingssamenwerking,", "De Staatssecretaris van Defensie,", "De Minister-President,"
_FUNCTION = re.compile(
    r"^(?:De|Het)\s+(?:\w+\s+)?(?:minister|staatssecretaris|minister-president|"
    r"ministers|staatssecretarissen)\b[^.;:]*,?$",
    re.IGNORECASE,
)
# "Minister van Algemene Zaken," under "De Minister-President,"
_FUNCTION_MORE = re.compile(r"^(?:minister|staatssecretaris)\s+(?:van|voor)\b.*,$", re.IGNORECASE)
# "mede namens de minister van Defensie,"
_ON_BEHALF = re.compile(r"^mede\s+namens\b.*$", re.IGNORECASE)
_GREETING = re.compile(
    r"^(?:Hoogachtend|Met vriendelijke groet(?:en)?|Met (?:de meeste )?hoogachting|"
    r"Met de meeste hoogachting)\s*,?$",
    re.IGNORECASE,
)
# "S.A. Blok", "Stef Blok", "Ank Bijleveld-Schouten", "mr. drs. A.B. van der Berg", "Van Campen"
_NAME = re.compile(
    r"^(?:(?:mr|dr|drs|ir|ing|prof|ds)\.\s*)*"
    r"(?:[A-ZÀ-Ý][\w’'\-]*\.?\s*|(?:van|de|der|den|ten|ter|te|in|'t|het|la|le|du|von)\s+)+$"
)
# Function and name on one line: "De minister van Volksgezondheid, Welzijn en Sport, E.I.
# Schippers", "De minister van Onderwijs, Cultuur en Wetenschap, J. M.van Bijsterveldt-..."
_FUNCTION_AND_NAME = re.compile(
    r"^(?P<function>(?:De|Het)\s+(?:\w+\s+)?(?:minister|staatssecretaris|minister-president)"
    r"\b.*?,)\s+(?P<name>[^,]+)$",
    re.IGNORECASE,
)
_MOTION_END = re.compile(r"gaat over tot de orde van de dag\.?$", re.IGNORECASE)
_LOOK_BACK = 30


@dataclass
class Closing:
    """The signature zone at the end of the body; `start` indexes its first line."""

    start: int
    end: int | None = None  # where the closing ends when an annex follows it; None: at the end
    signatories: list[Signatory] = field(default_factory=list)
    on_behalf: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _is_function(line: str) -> bool:
    # a function line is short; "De minister van Defensie stond uitgebreid stil ..." is prose
    return bool(_FUNCTION.match(line)) and (line.endswith(",") or len(line.split()) <= 9)


def is_name(line: str) -> bool:
    """A signer's name as written.

    >>> is_name("S.A. Blok"), is_name("Ank Bijleveld-Schouten"), is_name("Hierin werd")
    (True, True, False)
    """
    words = line.split()
    return 0 < len(words) <= 6 and len(line) <= 60 and bool(_NAME.match(line))


def _is_closing_line(line: str) -> bool:
    return bool(
        _is_function(line)
        or _FUNCTION_MORE.match(line)
        or _ON_BEHALF.match(line)
        or _GREETING.match(line)
        or is_name(line)
    )


def split_signature_lines(lines: list[str]) -> list[str]:
    """Put a signer's name that shares the function's line on a line of its own.

    >>> split_signature_lines(["De Minister van Financiën, J.R.V.A. Dijsselbloem"])
    ['De Minister van Financiën,', 'J.R.V.A. Dijsselbloem']
    """
    out: list[str] = []
    for line in lines:
        match = _FUNCTION_AND_NAME.match(line)
        if match and _is_function(match.group("function")) and is_name(match.group("name")):
            out += [match.group("function"), match.group("name").strip()]
        else:
            out.append(line)
    return out


def find_closing(lines: list[str]) -> Closing | None:
    """Find and read the signature zone at the end of `lines`, or None.

    >>> c = find_closing(["de wapens neer te leggen.", "", "De Minister van Buitenlandse Zaken,",
    ...                   "S.A. Blok"])
    >>> c.start, c.signatories
    (2, [Signatory(name='S.A. Blok', function='De Minister van Buitenlandse Zaken')])
    """
    filled = [i for i, line in enumerate(lines) if line and line != PAGE_BREAK]
    if not filled:
        return None
    run: list[int] = []
    for i in reversed(filled[-_LOOK_BACK:]):
        if _is_closing_line(lines[i]):
            run.insert(0, i)
        else:
            break
    motion = _motion_movers(lines, filled)
    if motion is not None:
        return motion
    starts = [i for i in run if _is_function(lines[i]) or _GREETING.match(lines[i])]
    if not starts:
        return _closing_before_annex(lines, filled)
    return _read_closing(lines, run, starts[0])


def _closing_before_annex(lines: list[str], filled: list[int]) -> Closing | None:
    """A letter followed by its annex signs in the middle: "De Minister van Justitie," /
    "J. P. H. Donner" / "BIJLAGE 1 CDA". The first function line ending in a comma with
    a name right under it, the closing lines around it, and what follows is the annex."""
    for n, i in enumerate(filled[:-1]):
        line, below = lines[i], lines[filled[n + 1]]
        if not (_is_function(line) and line.endswith(",") and is_name(below)):
            continue
        first = n
        while first > 0 and _GREETING.match(lines[filled[first - 1]]):
            first -= 1
        last = n + 1
        while last + 1 < len(filled) and _is_closing_line(lines[filled[last + 1]]):
            last += 1
        if last + 1 >= len(filled):
            return None  # no annex after it: not a closing the end-of-text reading missed
        run = [filled[k] for k in range(first, last + 1)]
        closing = _read_closing(lines, run, run[0])
        closing.end = filled[last] + 1
        return closing
    return None


def _read_closing(lines: list[str], run: list[int], start: int) -> Closing:
    closing = Closing(start=start)
    pending: list[str] = []
    for i in run:
        if i < closing.start:
            continue
        line = lines[i]
        if _GREETING.match(line):
            continue
        if _is_function(line):
            if pending:
                closing.warnings.append("handtekening niet herkend: " + pending[-1])
            # two signers side by side: "De Minister van X, De Minister van Y,"
            pending = [p.strip() for p in re.split(r",\s+(?=(?:De|Het)\s)", line)]
        elif _FUNCTION_MORE.match(line) and pending:
            pending[-1] = f"{pending[-1].rstrip(',')}, {line}"
        elif _ON_BEHALF.match(line):
            closing.on_behalf.append(line)
        elif pending:
            names = re.split(r"\s{2,}", line) if len(pending) > 1 else [line]
            if len(names) != len(pending):
                names = [line] + [""] * (len(pending) - 1)
            for function, name in zip(pending, names):
                if name:
                    closing.signatories.append(
                        Signatory(name=name.strip(), function=function.rstrip(" ,"))
                    )
            pending = []
    if pending:
        closing.warnings.append("handtekening niet herkend: " + pending[-1].rstrip(","))
    return closing


def _motion_movers(lines: list[str], filled: list[int]) -> Closing | None:
    """Names after "en gaat over tot de orde van de dag." (a motion's movers)."""
    end = next((i for i in reversed(filled) if _MOTION_END.search(lines[i])), None)
    if end is None:
        return None
    names = [i for i in filled if i > end]
    if not names or not all(is_name(lines[i]) for i in names):
        return None
    return Closing(start=names[0], signatories=[Signatory(name=lines[i]) for i in names])
