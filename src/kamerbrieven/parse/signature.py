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
from kamerbrieven.parse.signer_names import is_name, split_names
from kamerbrieven.record import Signatory

# "De Minister van Buitenlandse Zaken,", "De minister voor Buitenlandse Handel en
# Ontwikkelingssamenwerking,", "De Staatssecretaris van Defensie,", "De Minister-President,"
_FUNCTION = re.compile(
    r"^(?:De|Het)\s+(?:\w+\s+)?(?:minister|staatssecretaris|minister-president|"
    r"ministers|staatssecretarissen)\b[^.;:]*,?$",
    re.IGNORECASE,
)
# A function line without its comma, as Word letters write it: "De minister van Justitie
# en Veiligheid" over "D. Yeşilgöz-Zegerius": only a post and its ministry's capitalised name
_BARE_FUNCTION = re.compile(
    r"^(?:[Dd]e|[Hh]et)\s+(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)"
    r"(?:\s+(?:van|voor)\s+[A-ZÀ-Ý][\w-]*(?:(?:,\s+|\s+en\s+|\s+)[A-ZÀ-Ý][\w-]*)*)?$"
)
# "Minister van Algemene Zaken," under "De Minister-President,"
_FUNCTION_MORE = re.compile(r"^(?:minister|staatssecretaris)\s+(?:van|voor)\b.*,$", re.IGNORECASE)
# The post under the signer's name, as ministries have signed since about 2021:
# "M.A.M. Adriaansens" / "Minister van Economische Zaken en Klimaat"
_POST_UNDER_NAME = re.compile(
    r"^(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|MINISTER|STAATSSECRETARIS)"
    r"(?:\s+(?:van|voor|VAN|VOOR)\s+[A-ZÀ-Ý][\w’'-]*(?:(?:,\s+|\s+en\s+|\s+)[A-ZÀ-Ý\w][\w’'-]*)*)?"
    r"(?:,\s*(?:[Mm]inister|[Ss]taatssecretaris)\b.*)?,?$"
)
# A footnote at the end of the last page, after the signature, where the text gives no
# page ends to take it at: "15 Kamerstuk 33009, nr. 117.", "1) NOS, 6 maart 2024"
_NOTE_LINE = re.compile(r"^(?P<mark>\d{1,3})\)?\s+(?P<text>\S.*)$")
_MAX_NOTE_LINES = 24
# "mede namens de minister van Defensie,"
_ON_BEHALF = re.compile(r"^mede\s+namens\b.*$", re.IGNORECASE)
_GREETING = re.compile(
    r"^(?:Hoogachtend|Met vriendelijke groet(?:en)?|Met (?:de meeste )?hoogachting|"
    r"Met de meeste hoogachting)\s*,?$",
    re.IGNORECASE,
)
# Function and name on one line: "De minister van Volksgezondheid, Welzijn en Sport, E.I.
# Schippers", "De minister van Onderwijs, Cultuur en Wetenschap, J. M.van Bijsterveldt-..."
_FUNCTION_AND_NAME = re.compile(
    r"^(?P<function>(?:De|Het)\s+(?:\w+\s+)?(?:minister|staatssecretaris|minister-president)"
    r"\b.*?,)\s+(?P<name>[^,]+)$",
    re.IGNORECASE,
)
# The rest of a function broken over lines, or a second column's rest beside it:
# "De Minister" / "van Buitenlandse Zaken,"; "De Minister De Minister voor" /
# "van Buitenlandse Zaken," / "Ontwikkelingssamenwerking," (bz-20040428, side by side)
_FUNCTION_REST = re.compile(
    r"^(?:(?:van|voor)\s+[A-ZÀ-Ý][^.;:]*|[A-ZÀ-Ý][\w\-]*(?:(?:\s+en\s+|\s+)[A-ZÀ-Ý][\w\-]*)*),$"
)
# Two signers side by side on one line: "De Minister De Staatssecretaris",
# "De Minister van Buitenlandse Zaken, De Staatssecretaris voor Europese Zaken,"
_SIDE_BY_SIDE = re.compile(
    r"(?:,\s+|\s+)(?=(?:De|Het)\s+(?:\w+\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b)"
)
_MOTION_END = re.compile(r"gaat over tot de orde van de dag\.?$", re.IGNORECASE)
_LOOK_BACK = 30
# A committee's verslag is signed under its opening paragraphs, function and name on one
# line: "De voorzitter van de vaste commissie voor Economische Zaken, Hamer", "De
# adjunct-griffier van de commissie, Kruithof"
_COMMITTEE_SIGNER = re.compile(
    r"^(?P<function>De\s+(?:adjunct-|plv\.\s*|waarnemend\s+)?(?:voorzitter|ondervoorzitter|"
    r"griffier)\s+van\s+de\s+(?:[\w-]+\s+)*?commissie\b.*),\s+(?P<name>[^,]+)$",
    re.IGNORECASE,
)


# The function alone, its name on the next line: "De voorzitter van de commissie," /
# "Smeets"; "Adjunct-griffier van de commissie," / "Sjerp"
_COMMITTEE_FUNCTION = re.compile(
    r"^(?:De\s+)?(?:adjunct-|plv\.\s*|waarnemend\s+)?(?:voorzitter|ondervoorzitter|"
    r"griffier)\s+van\s+de\s+(?:[\w-]+\s+)*?commissie\b[^.;]*,$",
    re.IGNORECASE,
)


@dataclass
class Closing:
    """The signature zone at the end of the body; `start` indexes its first line."""

    start: int
    end: int | None = None  # where the closing ends when an annex follows it; None: at the end
    stop: int | None = None  # where the last page's footnotes start after the signature
    signatories: list[Signatory] = field(default_factory=list)
    on_behalf: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (mark, text) after it


def _is_function(line: str) -> bool:
    # a function line is short; "De minister van Defensie stond uitgebreid stil ..." is prose
    return bool(_FUNCTION.match(line)) and (line.endswith(",") or len(line.split()) <= 9)


def _is_names(line: str) -> bool:
    """One signer's name, or two or three side by side."""
    names = split_names(line)
    return 1 < len(names) <= 3 and all(is_name(name) for name in names)


def _continues_function(line: str) -> bool:
    return bool(_FUNCTION_MORE.match(line) or _FUNCTION_REST.match(line))


def _is_closing_line(line: str) -> bool:
    return bool(
        _is_function(line)
        or _POST_UNDER_NAME.match(line)
        or _continues_function(line)
        or _is_names(line)
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
    >>> c = find_closing(["met uw Kamer worden gedeeld.", "", "M.A.M. Adriaansens",
    ...                   "Minister van Economische Zaken en Klimaat", "", "15 Kamerstuk 33009."])
    >>> c.start, c.signatories, c.notes
    (2, [Signatory(name='M.A.M. Adriaansens', function='Minister van Economische Zaken en \
Klimaat')], [('15', 'Kamerstuk 33009.')])
    """
    stop, notes = _notes_at_end(lines)
    filled = [i for i, line in enumerate(lines[:stop]) if line and line != PAGE_BREAK]
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
    starts = starts or _names_over_posts(lines, run)
    if not starts:
        return _committee_signers(lines, filled) or _closing_before_annex(lines, filled)
    closing = _read_closing(lines, run, starts[0])
    if notes and closing.signatories:
        closing.stop, closing.notes = stop, notes
    return closing


def _names_over_posts(lines: list[str], run: list[int]) -> list[int]:
    """Where a block of names with their posts under them starts (no function line above
    the name, as ministries sign since about 2021), else nothing."""
    for k, i in enumerate(run[:-1]):
        if is_name(lines[i]) and _POST_UNDER_NAME.match(lines[run[k + 1]]):
            return [i]
    return []


def _notes_at_end(lines: list[str]) -> tuple[int, list[tuple[str, str]]]:
    """Footnotes after the signature on the last page ("15 Kamerstuk 33009, nr. 117."):
    where they start and their (mark, text); (len(lines), []) when the text ends otherwise.
    Only taken when a signer's name or post stands right above them."""
    filled = [i for i, line in enumerate(lines) if line and line != PAGE_BREAK]
    notes: list[tuple[str, str]] = []
    pending: list[str] = []
    for n in range(len(filled) - 1, max(-1, len(filled) - _MAX_NOTE_LINES - 1), -1):
        line = lines[filled[n]]
        match = _NOTE_LINE.match(line)
        if match and not is_name(line):
            text = " ".join([match.group("text"), *reversed(pending)])
            notes.insert(0, (match.group("mark"), text))
            pending = []
            above = lines[filled[n - 1]] if n else ""
            if notes and (_POST_UNDER_NAME.match(above) or is_name(above) or _is_function(above)):
                return filled[n], notes
            continue
        if _is_closing_line(line) or len(line) > 200:
            break
        pending.append(line)
    return len(lines), []


def _signed_at(lines: list[str], filled: list[int], n: int) -> bool:
    """A signature block starts at filled line `n`: a function line, maybe its rest on the
    lines under it, then the signer's name (or names side by side)."""
    line = lines[filled[n]]
    if is_name(line) and n + 1 < len(filled) and _POST_UNDER_NAME.match(lines[filled[n + 1]]):
        return True  # "M.A.M. Adriaansens" / "Minister van Economische Zaken en Klimaat"
    if not _is_function(line):
        return False
    k = n + 1
    while k < len(filled) and _continues_function(lines[filled[k]]):
        k += 1
    if k == n + 1 and not line.endswith(",") and not _BARE_FUNCTION.match(line):
        return False  # "De minister van Defensie stond stil bij ..." is prose
    return k < len(filled) and (is_name(lines[filled[k]]) or _is_names(lines[filled[k]]))


def _closing_before_annex(lines: list[str], filled: list[int]) -> Closing | None:
    """A letter followed by its annex signs in the middle: "De Minister van Justitie," /
    "J. P. H. Donner" / "BIJLAGE 1 CDA". The first signature block, the closing lines
    around it, and what follows is the annex."""
    for n in range(len(filled) - 1):
        if not _signed_at(lines, filled, n):
            continue
        first = n
        # earlier blocks of the same closing: "De minister-president," / "Minister van
        # Algemene Zaken," / "Mr. Dr. J.P. Balkenende" above "De minister van ...,"
        while first > 0:
            above = lines[filled[first - 1]]
            if (
                _GREETING.match(above)
                or _is_function(above)
                or _continues_function(above)
                or _ON_BEHALF.match(above)  # "Mede namens de staatssecretaris van ...,"
            ):
                first -= 1
            elif is_name(above) and first > 1 and _is_closing_line(lines[filled[first - 2]]):
                first -= 1
            else:
                break
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


def _committee_signers(lines: list[str], filled: list[int]) -> Closing | None:
    """The chair's and clerk's lines a committee signs its verslag with, near the top:
    a closing in the middle of the text (`end` set), the verslag itself goes on below.
    Function and name on one line ("De voorzitter van de commissie, Hamer"), or the name
    on the line under its function."""
    for n, i in enumerate(filled[:60]):
        signer, taken = _committee_signer(lines, filled, n)
        if signer is None:
            continue
        signers, last = [signer], n + taken - 1
        while last + 1 < len(filled):
            more, taken = _committee_signer(lines, filled, last + 1)
            if more is None:
                break
            signers.append(more)
            last += taken
        return Closing(start=i, end=filled[last] + 1, signatories=signers)
    return None


def _committee_signer(lines: list[str], filled: list[int], n: int) -> tuple[Signatory | None, int]:
    """The committee officer signing at filled line `n`, and how many lines that takes."""
    line = lines[filled[n]]
    match = _COMMITTEE_SIGNER.match(line)
    if match and is_name(match.group("name").strip()):
        return Signatory(name=match.group("name").strip(), function=match.group("function")), 1
    if _COMMITTEE_FUNCTION.match(line) and n + 1 < len(filled):
        name = lines[filled[n + 1]].strip()
        if is_name(name):
            return Signatory(name=name, function=line.rstrip(" ,")), 2
    return None, 0


def _join_function(function: str, rest: str) -> str:
    # "De minister-president," + "Minister van Algemene Zaken," -> joined with ", ";
    # "De Minister" + "van Buitenlandse Zaken," -> joined with a space
    if function.endswith(","):
        return f"{function.rstrip(',')}, {rest}"
    return f"{function} {rest}"


def _read_closing(lines: list[str], run: list[int], start: int) -> Closing:
    closing = Closing(start=start)
    pending: list[str] = []  # functions read whose signer's name is still to come
    named: str | None = None  # a name whose post may follow on the next line
    for i in run:
        line = lines[i]
        if i < closing.start or _GREETING.match(line):
            continue
        if named is not None:
            post = _POST_UNDER_NAME.match(line) and not pending
            closing.signatories.append(Signatory(named, line.rstrip(" ,") if post else None))
            named = None
            if post:
                continue
        if not pending and is_name(line) and not _is_function(line):
            named = line.strip()
        elif _is_function(line):
            if pending:
                closing.warnings.append("handtekening niet herkend: " + pending[-1])
            pending = [p.strip() for p in _SIDE_BY_SIDE.split(line) if p.strip()]
        elif _continues_function(line) and pending:
            pending = _function_goes_on(pending, line)
        elif _ON_BEHALF.match(line):
            closing.on_behalf.append(line)
        elif pending:
            pending = _names_under(pending, line, closing)
    if named is not None:
        closing.signatories.append(Signatory(name=named))
    if pending:
        closing.warnings.append("handtekening niet herkend: " + pending[-1].rstrip(","))
    return closing


def _function_goes_on(pending: list[str], line: str) -> list[str]:
    """The functions read so far with the rest of one (or of each, side by side)."""
    parts = re.split(r",\s+(?=(?:van|voor)\s)", line)
    if len(parts) == len(pending) > 1:  # "van Buitenlandse Zaken, voor Europese Zaken,"
        parts = [p if p.endswith(",") else p + "," for p in parts]
        return [_join_function(f, p) for f, p in zip(pending, parts, strict=True)]
    # columns read line by line: the rest goes to the first unfinished function
    k = next((k for k, f in enumerate(pending) if not f.endswith(",")), -1)
    pending[k] = _join_function(pending[k], line)
    return pending


def _names_under(pending: list[str], line: str, closing: Closing) -> list[str]:
    """The signers named on `line` under the functions `pending`; the functions left."""
    names = split_names(line) if len(pending) > 1 else [line]
    if len(names) == len(pending):
        for function, name in zip(pending, names, strict=True):
            closing.signatories.append(Signatory(name=name.strip(), function=function.rstrip(" ,")))
        return []
    # names of signers side by side, one a line, in column order
    closing.signatories.append(Signatory(name=line.strip(), function=pending.pop(0).rstrip(" ,")))
    return pending


def _motion_movers(lines: list[str], filled: list[int]) -> Closing | None:
    """Names after "en gaat over tot de orde van de dag." (a motion's movers)."""
    end = next((i for i in reversed(filled) if _MOTION_END.search(lines[i])), None)
    if end is None:
        return None
    names = [i for i in filled if i > end]
    if not names or not all(is_name(lines[i]) for i in names):
        return None
    return Closing(start=names[0], signatories=[Signatory(name=lines[i]) for i in names])
