"""Citations of other parliamentary and official documents, normalised with a target id.

Forms, each from a real letter:

- kamerstuk: ``(Kamerstuk 28676, nr. 353, d.d. 4 februari 2021)``, ``Kamerstukken II
  2018/19, 28 676, nr. 307``, bare ``(28 676, nr. 307)``, ``21 501-02, nr. 1900``,
  ``36 725-XVII, nr. 52``, ``kst-28676-307``; lists and ranges ``nrs. 12 en 14``,
  ``nrs. 12-14`` give one reference per number
- motie / amendement: ``de motie Voordewind (Kamerstuk 33 694, nr. 30)``, ``de motie van
  het lid Sjoerdsma c.s. (Kamerstuk ...)``, ``de motie-Van der Staaij``
- ``Handelingen II 2018/19, nr. 32, item 7``, ``Aanhangsel Handelingen II 2019/20, nr. 1234``
- Kamervragen ``2019Z01234``, ``Stb. 2018, 123``, ``Stcrt. 2019, 456``, ``Trb. 2007, 169``

Patterns run over the text as it is (``\\s+`` wherever a line may wrap), so spans are
offsets into the clean text without any mapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kamerbrieven.extract.registry import Context, Extractor
from kamerbrieven.record import Letter, RecordField, Reference
from kamerbrieven.rules import scan

# "28 676", "28676", "21 501-02", "36 725-XVII", "30 300 V" (older style without hyphen)
# "21501–07" (en dash) too
# "21 50108": a sub-dossier whose hyphen a PDF tool lost at a line end (21 501-08)
_DOSSIER = (
    r"(?P<dossier>\d{2}[ .]?\d{3}(?:\s?[-–]\s?(?:\d{1,3}|[IVXL]+|[A-Z]{1,2})|\s[IVXL]+"
    r"|(?<=\d\d[ .]\d{3})\d{2}(?!\d))?)"
)
# "nr. 307", "nrs. 12 en 14", "nrs. 12-14", "nr 12, 13 en 15"
# a further number is not the start of the next dossier ("nr. 1900 en 36 725-XVII, nr. 52")
_NUMBERS = (
    r"(?:nrs?\.?|nummers?|no\.?)\s*"
    r"(?P<numbers>\d+(?:\s*(?:,|en|t/m|tot en met|-|–)\s*\d+(?![ .]?\d{3}\b|\d))*)"
)
# "2018/19", "2014–2015", and the typo "2022–203" (Aanhangsel 3649)
_YEAR = r"(?P<year>(?:19|20)\d\d\s?[/–-]\s?\d{2,4})"
_CHAMBER = r"(?:\s+(?P<chamber>I{1,2}|EK|TK))?"

_KAMERSTUK = (
    rf"(?:(?:Kamerstuk(?:ken)?|Kamerstukken|Kst\.?){_CHAMBER}\s+(?:{_YEAR},?\s+)?)?"
    rf"(?<![\d.]){_DOSSIER},?\s+{_NUMBERS}"
)
_KST_ID = r"kst-(?P<kdossier>\d{5}(?:-[0-9A-Z]{1,5})?)-(?P<knumber>\d+)"
# A dossier cited without a document: "Kamerstuk 34 919", "Kamerstukken I 28808, A" (an
# Eerste Kamer stuk is lettered: its id is kst-28808-A)
_KST_DOSSIER = (
    rf"Kamerstuk(?:ken)?{_CHAMBER}\s+(?:{_YEAR},?\s+)?(?<![\d.]){_DOSSIER}"
    r"(?:,\s+(?P<letter>[A-Z]{1,2})\b)?(?!,?\s*(?:nrs?\.?|nummers?|no\.?)\s*\d)(?![\d-])"
)
# The id written after "Kamerstuk": "Kamerstuk 21501-32-1740", "Kamerstuk 28676-512". With
# two parts a two-digit end may be a sub-dossier ("Kamerstuk 21501-20"): not taken.
_KST_WRITTEN = (
    r"Kamerstuk\s+(?P<wdossier>\d{5}(?:-(?:\d{2}|[IVXLC]+|[A-Z]))?)-(?P<wnumber>\d{1,5})\b(?!-)"
)
# "motie Voordewind", "de motie van het lid Sjoerdsma c.s.", "motie-Van der Staaij",
# "de gewijzigde motie van de leden Omtzigt en Leijten"
_NAME = r"(?!Kamerstuk)(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|'t)\s+)*[A-Z][\w'’-]+"
_MOVER = (
    rf"(?:-(?:{_NAME})(?:\s{_NAME})?"
    rf"|\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?{_NAME}"
    rf"(?:\s*(?:,|en|/)\s*{_NAME})*(?:\s+c\.s\.)?)"
)
_MOTIE = (
    rf"(?P<kind>[Mm]otie|[Aa]mendement)(?P<mover>{_MOVER})?"
    # the citation may follow a short "over ..." clause, within the sentence
    # "motie Voordewind (Kamerstuk 33 694, nr. 30)", "Motie Ceder, Kamerstuk 21 501-02, nr. 2732"
    rf"(?:(?:[^().;]{{0,160}}?\(\s*(?:zie\s+)?|,\s*(?=Kamerstuk))(?P<cite>(?:Kamerstuk(?:ken)?"
    rf"{_CHAMBER}\s+(?:{_YEAR},?\s+)?)?{_DOSSIER},?\s+{_NUMBERS})(?:\s*\))?)?"
)
_HANDELINGEN = (
    # "Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403"
    rf"(?P<aanhangsel>Aanhangsel\s+(?:(?:van\s+)?de\s+)?)?Handelingen{_CHAMBER}"
    rf"(?:,?\s+vergaderjaar)?\s+{_YEAR},?"
    r"\s+(?:nr\.?|nummer)\s*(?P<hnumber>\d+)(?:,?\s+item\s+(?P<item>\d+))?"
)
_KAMERVRAGEN = r"(?<![\w-])(?P<kvnumber>(?:19|20)\d\dZ\d{5})(?!\w)"
# "VNVR-resolutie 1551", "resolutie 2334 van de VN-Veiligheidsraad"
_RESOLUTION = (
    r"(?:VNVR|VN-Veiligheidsraad|Veiligheidsraad)[- ]?[Rr]esoluties?\s+(?:nr\.\s*)?\d{3,4}"
    r"|[Rr]esolutie\s+\d{3,4}(?:\s+\(\d{4}\))?\s+van\s+de\s+(?:VN-)?Veiligheidsraad"
)
_STAATSBLAD = r"(?P<stb>Stb\.|Staatsblad)\s+(?P<sy>(?:19|20)\d\d),?\s+(?:nr\.?\s*)?(?P<sn>\d+)"
_STAATSCOURANT = (
    r"(?P<stcrt>Stcrt\.|Staatscourant)\s+(?P<cy>(?:19|20)\d\d),?\s+(?:nr\.?\s*)?(?P<cn>\d+)"
)
# Treaties: "Trb. 2007, 169" (Tractatenblad); the record has no type of its own for it
_TRACTATENBLAD = (
    r"(?P<trb>Trb\.|Tractatenblad)\s+(?P<ty>(?:19|20)\d\d),?\s+(?:nr\.?\s*)?(?P<tn>\d+)"
)
# European documents: "COM(2016) 815", "COM (2011) 866"; "Verordening (EG) nr. 883/2004",
# "Richtlijn (EU) 2019/1937" (year first since 2015), "Verordening 883/2004"
_EU_COM = r"\bCOM\s?\((?P<comy>(?:19|20)\d\d)\)\s?(?P<comn>\d{1,4})\b"
_EU_ACT = (
    r"\b(?P<act>Verordening|Richtlijn|Besluit|Uitvoeringsverordening|Gedelegeerde verordening)"
    r"\s+(?:\((?:EU|EG|EEG|Euratom|EU,\s*Euratom)\)\s+)?(?:nr\.\s*)?"
    r"(?P<acta>\d{1,4})/(?P<actb>\d{2,4})\b"
)

# One pattern per form; earlier forms win where two overlap (a motie holds a kamerstuk).
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("motie", _MOTIE),
        ("handelingen", _HANDELINGEN),
        ("kamerstuk", _KAMERSTUK),
        ("kst", _KST_ID),
        ("kst-written", _KST_WRITTEN),
        ("kst-dossier", _KST_DOSSIER),
        ("kamervragen", _KAMERVRAGEN),
        ("staatsblad", _STAATSBLAD),
        ("staatscourant", _STAATSCOURANT),
        ("other", _RESOLUTION),
        ("tractatenblad", _TRACTATENBLAD),
        ("eu-com", _EU_COM),
        ("eu-act", _EU_ACT),
    )
)
# Words a form cannot do without: a pattern runs only on a text that has one of them
# (most letters cite no Staatsblad), which keeps the step fast.
HINTS: dict[str, tuple[str, ...]] = {
    "motie": ("otie", "mendement"),
    "handelingen": ("Handelingen",),
    "kamerstuk": ("nr", "nummer", "no"),
    "kst": ("kst-",),
    "kst-written": ("Kamerstuk ",),
    "kst-dossier": ("Kamerstuk",),
    "kamervragen": ("Z0", "Z1", "Z2"),
    "staatsblad": ("Stb", "Staatsblad"),
    "staatscourant": ("Stcrt", "Staatscourant"),
    "other": ("esolutie",),
    "tractatenblad": ("Trb", "Tractatenblad"),
    "eu-com": ("COM",),
    "eu-act": ("erordening", "ichtlijn", "Besluit"),
}
# The words a match starts with (see `scan`); a kamerstuk may also start at its dossier
# number, a Kamervraag always does. "kst", "staatsblad" and "staatscourant" open with a
# fixed string, which `re` finds fast by itself.
STARTS: dict[str, tuple[str, ...]] = {
    "motie": ("Motie", "motie", "Amendement", "amendement"),
    "handelingen": ("Aanhangsel", "Handelingen"),
    "kamerstuk": ("Kamerstuk", "Kst"),
    "other": ("VNVR", "VN-Veiligheidsraad", "Veiligheidsraad", "Resolutie", "resolutie"),
}
AT_NUMBERS = frozenset({"kamerstuk", "kamervragen"})
MAX_RANGE = 50  # "nrs. 12-14" expands; a wider span is more likely a typo than a citation


def normal_dossier(raw: str) -> str:
    """``21 501-02`` -> ``21501-02``; ``30 300 V`` -> ``30300-V``.

    >>> normal_dossier("36 725-XVII"), normal_dossier("21501–07")
    ('36725-XVII', '21501-07')
    """
    raw = raw.replace("–", "-")  # "21501–07": the en dash may stand right after the digits
    head = re.sub(r"[\s.]", "", raw[:6])
    rest = re.sub(r"\s", "", raw[6:])
    if rest and not rest.startswith("-"):
        rest = "-" + rest
    return (head + rest).replace("--", "-")


def normal_year(raw: str | None) -> str | None:
    """``2018/19`` -> ``2018-2019``; ``1999/2000`` -> ``1999-2000``.

    >>> normal_year("2018/19")
    '2018-2019'
    """
    if not raw:
        return None
    first, second = re.split(r"\s?[/–-]\s?", raw)
    if len(second) not in (2, 4):  # a typo ("2022–203"): a session spans two years
        second = str(int(first) + 1)
    if len(second) == 2:
        second = first[:2] + second if second > first[2:] else str(int(first[:2]) + 1) + second
    return f"{first}-{second}"


def expand_numbers(raw: str) -> list[int]:
    """``12 en 14`` -> [12, 14]; ``12-14`` -> [12, 13, 14].

    >>> expand_numbers("12, 13 t/m 15")
    [12, 13, 14, 15]
    """
    numbers: list[int] = []
    for part in re.split(r"\s*(?:,|\ben\b)\s*", raw):
        bounds = [int(n) for n in re.findall(r"\d+", part)]
        if len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= MAX_RANGE:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def _chamber(raw: str | None) -> str:
    return "ek" if raw in ("I", "EK") else "tk"


def _kamerstukken(kind: str, m: re.Match[str], raw: str) -> Iterator[Reference]:
    dossier = normal_dossier(m.group("dossier"))
    year = normal_year(m.group("year"))
    for number in expand_numbers(m.group("numbers")):
        yield Reference(
            kind, raw, (m.start(), m.end()), dossier, number, year, f"kst-{dossier}-{number}"
        )


def _from_match(name: str, m: re.Match[str]) -> Iterator[Reference]:
    raw = " ".join(m.group().split())
    span = (m.start(), m.end())
    if name == "motie":
        kind = m.group("kind").lower()
        if m.group("cite"):
            yield from _kamerstukken(kind, m, raw)
        # A motion named without its number ("de motie-Bruins Slot/Pia Dijkstra") is left
        # out: the gold readings count only cited documents; the mover is a person.
    elif name == "kamerstuk":
        yield from _kamerstukken("kamerstuk", m, raw)
    elif name == "kst":
        number = int(m.group("knumber"))
        yield Reference("kamerstuk", raw, span, m.group("kdossier"), number, None, raw)
    elif name == "kst-written":
        dossier, number = m.group("wdossier"), m.group("wnumber")
        if "-" in dossier or len(number) != 2:
            target = f"kst-{dossier}-{int(number)}"
            yield Reference("kamerstuk", raw, span, dossier, int(number), None, target)
    elif name == "kst-dossier":
        dossier, letter = normal_dossier(m.group("dossier")), m.group("letter")
        target = f"kst-{dossier}-{letter}" if letter else None
        yield Reference("kamerstuk", raw, span, dossier, None, normal_year(m.group("year")), target)
    elif name == "handelingen":
        year = normal_year(m.group("year")) or ""
        house = _chamber(m.group("chamber"))
        number = int(m.group("hnumber"))
        if m.group("aanhangsel"):
            target = f"ah-{house}-{year.replace('-', '')}-{number}"
            yield Reference("aanhangsel", raw, span, None, number, year, target)
        else:
            item = f"-{m.group('item')}" if m.group("item") else ""
            target = f"h-{house}-{year.replace('-', '')}-{number}{item}"
            yield Reference("handelingen", raw, span, None, number, year, target)
    elif name == "kamervragen":
        yield Reference("kamervragen", raw, span, target_id=raw)
    elif name == "staatsblad":
        year, number = m.group("sy"), int(m.group("sn"))
        yield Reference("staatsblad", raw, span, None, number, year, f"stb-{year}-{number}")
    elif name == "other":
        yield Reference("other", raw, span)
    elif name == "eu-com":
        year, number = m.group("comy"), int(m.group("comn"))
        yield Reference("other", raw, span, None, number, year, f"com-{year}-{number}")
    elif name == "eu-act":
        a, b = m.group("acta"), m.group("actb")
        # "2019/1937": year, number; "883/2004" and "1408/71": number, year
        year, number = (a, b) if len(a) == 4 and a[:2] in ("19", "20") else (b, a)
        year = year if len(year) == 4 else ("19" if int(year) > 50 else "20") + year
        act = m.group("act").split()[-1].lower()
        target = f"eu-{act}-{year}-{int(number)}"
        yield Reference("other", raw, span, None, int(number), year, target)
    elif name == "tractatenblad":
        year, number = m.group("ty"), int(m.group("tn"))
        yield Reference("other", raw, span, None, number, year, f"trb-{year}-{number}")
    elif name == "staatscourant":
        year, number = m.group("cy"), int(m.group("cn"))
        yield Reference("staatscourant", raw, span, None, number, year, f"stcrt-{year}-{number}")


def find_references(text: str) -> list[Reference]:
    """Every citation in `text`, in order; a list of numbers gives one reference each.

    >>> [r.target_id for r in find_references("de motie Voordewind (Kamerstuk 33 694, nr. 30)")]
    ['kst-33694-30']
    """
    taken: list[tuple[int, int]] = []
    found: list[Reference] = []
    starts = scan.keyword_starts(_keywords(), text)
    for name, pattern in PATTERNS:
        # a form that starts only at its keywords needs no hint: none found, no match
        if name in STARTS and name not in AT_NUMBERS:
            if not starts.get(name):
                continue
        elif not any(hint in text for hint in HINTS[name]):
            continue
        for m in _matches(name, pattern, text, starts):
            if m.end() == m.start() or any(m.start() < b and a < m.end() for a, b in taken):
                continue
            refs = list(_from_match(name, m))
            if refs:
                taken.append((m.start(), m.end()))
                found.extend(refs)
    return sorted(found, key=lambda r: r.span)


@lru_cache(maxsize=1)
def _keywords():  # noqa: ANN202 - an ahocorasick.Automaton
    return scan.keywords(STARTS)


def _matches(
    name: str, pattern: re.Pattern[str], text: str, starts: dict[str, list[int]]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where a match of form `name` can start."""
    if name not in STARTS and name not in AT_NUMBERS:
        return pattern.finditer(text)
    at = starts.get(name, [])
    if name in AT_NUMBERS:
        at = scan.merged(at, scan.digit_starts(text))
    return scan.finditer_at(pattern, text, at)


def find_footnote_references(footnotes: list[tuple[str, str]], text: str) -> list[Reference]:
    """Citations in footnote texts; each takes the span of its marker ``[n]`` in `text`.

    The marker is the footnote's place in the clean text; a note whose marker is not in
    the text gets the span ``(0, 0)``.

    >>> notes = [("2", "Zie verslag, Kamerstuk 28 676, nr. 106.")]
    >>> find_footnote_references(notes, "Tallinn criterium[2]: het")[0].span
    (17, 20)
    """
    found: list[Reference] = []
    for mark, note in footnotes:
        marker = text.find(f"[{mark}]")
        span = (marker, marker + len(mark) + 2) if marker >= 0 else (0, 0)
        for ref in find_references(note):
            found.append(
                Reference(ref.type, ref.raw, span, ref.dossier, ref.number, ref.year, ref.target_id)
            )
    return found


def _references(letter: Letter, context: Context) -> dict[str, list[Reference]]:
    """The text's citations and the footnotes' (at their markers), in text order."""
    notes = [(note.mark, note.text) for note in letter.footnotes]
    found = find_references(letter.text) + find_footnote_references(notes, letter.text)
    return {"references": sorted(found, key=lambda r: r.span)}


EXTRACTOR = Extractor(
    name="references",
    fills=(
        RecordField(
            "references",
            Reference,
            "citations",  # REFERENCES is an SQL keyword
            index_keys=lambda ref: [("verwijst", ref.target_id)] if ref.target_id else [],
            filters={"verwijst": "brieven die een stuk aanhalen, bv. verwijst:kst-33694-34"},
            indexes=("target_id",),
        ),
    ),
    run=_references,
)
