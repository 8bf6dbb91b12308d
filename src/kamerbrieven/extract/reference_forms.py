"""The forms a citation of another document takes, each a row of `REFERENCE_FORMS` with
what it builds: references normalised with a target id (`references.py` runs them).

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
from collections.abc import Callable, Iterator

from kamerbrieven.record import Reference
from kamerbrieven.rules import Rule, RuleTable

# What a row yields: the references one match of it gives
Build = Callable[[re.Match[str]], Iterator[Reference]]

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
# A numbered publication of a year: "Stb. 2018, 123", "Stcrt. 2019, 456", "Trb. 2007, 169"
_PUBLISHED = r"\s+(?P<year>(?:19|20)\d\d),?\s+(?:nr\.?\s*)?(?P<number>\d+)"
# European documents: "COM(2016) 815", "COM (2011) 866"; "Verordening (EG) nr. 883/2004",
# "Richtlijn (EU) 2019/1937" (year first since 2015), "Verordening 883/2004"
_EU_COM = r"\bCOM\s?\((?P<year>(?:19|20)\d\d)\)\s?(?P<number>\d{1,4})\b"
_EU_ACT = (
    r"\b(?P<act>Verordening|Richtlijn|Besluit|Uitvoeringsverordening|Gedelegeerde verordening)"
    r"\s+(?:\((?:EU|EG|EEG|Euratom|EU,\s*Euratom)\)\s+)?(?:nr\.\s*)?"
    r"(?P<acta>\d{1,4})/(?P<actb>\d{2,4})\b"
)

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


def _raw(m: re.Match[str]) -> str:
    return " ".join(m.group().split())


def _kamerstukken(kind: str, m: re.Match[str]) -> Iterator[Reference]:
    """One reference per number of a citation: "nrs. 12 en 14" gives two."""
    dossier = normal_dossier(m.group("dossier"))
    year = normal_year(m.group("year"))
    for number in expand_numbers(m.group("numbers")):
        yield Reference(kind, _raw(m), m.span(), dossier, number, year, f"kst-{dossier}-{number}")


def _motie(m: re.Match[str]) -> Iterator[Reference]:
    # A motion named without its number ("de motie-Bruins Slot/Pia Dijkstra") gives
    # nothing: the gold readings count only cited documents; the mover is a person.
    if m.group("cite"):
        yield from _kamerstukken(m.group("kind").lower(), m)


def _kamerstuk(m: re.Match[str]) -> Iterator[Reference]:
    return _kamerstukken("kamerstuk", m)


def _kst_id(m: re.Match[str]) -> Iterator[Reference]:
    number = int(m.group("knumber"))
    yield Reference("kamerstuk", _raw(m), m.span(), m.group("kdossier"), number, None, _raw(m))


def _kst_written(m: re.Match[str]) -> Iterator[Reference]:
    dossier, number = m.group("wdossier"), m.group("wnumber")
    if "-" in dossier or len(number) != 2:  # "Kamerstuk 21501-20": a sub-dossier
        target = f"kst-{dossier}-{int(number)}"
        yield Reference("kamerstuk", _raw(m), m.span(), dossier, int(number), None, target)


def _kst_dossier(m: re.Match[str]) -> Iterator[Reference]:
    dossier, letter = normal_dossier(m.group("dossier")), m.group("letter")
    target = f"kst-{dossier}-{letter}" if letter else None
    year = normal_year(m.group("year"))
    yield Reference("kamerstuk", _raw(m), m.span(), dossier, None, year, target)


def _handelingen(m: re.Match[str]) -> Iterator[Reference]:
    year = normal_year(m.group("year")) or ""
    house = _chamber(m.group("chamber"))
    number = int(m.group("hnumber"))
    session = year.replace("-", "")
    if m.group("aanhangsel"):
        target = f"ah-{house}-{session}-{number}"
        yield Reference("aanhangsel", _raw(m), m.span(), None, number, year, target)
    else:
        item = f"-{m.group('item')}" if m.group("item") else ""
        target = f"h-{house}-{session}-{number}{item}"
        yield Reference("handelingen", _raw(m), m.span(), None, number, year, target)


def _kamervragen(m: re.Match[str]) -> Iterator[Reference]:
    yield Reference("kamervragen", _raw(m), m.span(), target_id=_raw(m))


def _resolution(m: re.Match[str]) -> Iterator[Reference]:
    yield Reference("other", _raw(m), m.span())


def _published(kind: str, prefix: str) -> Build:
    """A builder for a numbered publication of a year: "Stb. 2018, 123" -> stb-2018-123."""

    def build(m: re.Match[str]) -> Iterator[Reference]:
        year, number = m.group("year"), int(m.group("number"))
        yield Reference(kind, _raw(m), m.span(), None, number, year, f"{prefix}-{year}-{number}")

    return build


def _eu_act(m: re.Match[str]) -> Iterator[Reference]:
    a, b = m.group("acta"), m.group("actb")
    # "2019/1937": year, number; "883/2004" and "1408/71": number, year
    year, number = (a, b) if len(a) == 4 and a[:2] in ("19", "20") else (b, a)
    year = year if len(year) == 4 else ("19" if int(year) > 50 else "20") + year
    act = m.group("act").split()[-1].lower()
    target = f"eu-{act}-{year}-{int(number)}"
    yield Reference("other", _raw(m), m.span(), None, int(number), year, target)


# One row per form; table order is priority: where two matches overlap the earlier row's
# wins (a motie holds a kamerstuk, a Handelingen citation holds a number).
REFERENCE_FORMS: RuleTable[Build] = RuleTable(
    (
        Rule(
            "motie",
            re.compile(_MOTIE),
            _motie,
            example="heb ik u bericht over hoe de motie van het lid Middendorp c.s. (Kamerstuk "
            "35 300 VII, nr. 14) over tussentijdse raadsontbinding",
            counter="het amenderingsrecht van de Kamer",
            source="devset/heldout/kst-35300-VII-113; counter written for the row",
        ),
        Rule(
            "handelingen",
            re.compile(_HANDELINGEN),
            _handelingen,
            example="(Handelingen II 2014/15, nr. 23, Regeling van Werkzaamheden)",
            counter="de Handelingen van de Tweede Kamer",
            source="devset/domestic/kst-21501-07-1187; counter written for the row",
        ),
        Rule(
            "kamerstuk",
            re.compile(_KAMERSTUK),
            _kamerstuk,
            example="een uitspraak van de rechtbank Alkmaar (Kamerstukken II 2009–2010, 29 279, "
            "nr. 98).",
            counter="(Kamerstuk 34 919) voorafgaand aan de persconferentie",
            source="devset/domestic/kst-29279-106; counter devset/heldout/kst-34919-3",
        ),
        Rule(
            "kst",
            re.compile(_KST_ID),
            _kst_id,
            example="https://zoek.officielebekendmakingen.nl/kst-33268-25.html",
            counter="ID: 33268-25 Nr. 2",
            source="devset/domestic/kst-33268-25.openkamer",
        ),
        Rule(
            "kst-written",
            re.compile(_KST_WRITTEN),
            _kst_written,
            example="Kamerstuk 21501-33-413",
            counter="Kamerstuk 21501–07, nr. 1186",
            source="devset/heldout/kst-21501-33-413.openkamer; counter "
            "devset/domestic/kst-21501-07-1187",
        ),
        Rule(
            "kst-dossier",
            re.compile(_KST_DOSSIER),
            _kst_dossier,
            example="Implementatiewet EG-kaderrichtlijn water (Kamerstukken I 28808, A)",
            counter="(Kamerstuk 32 670, nr. 165)",
            source="devset/domestic/vw-20050211-ek-nadere-mva-krw; counter "
            "devset/domestic/kst-32670-166",
        ),
        Rule(
            "kamervragen",
            re.compile(_KAMERVRAGEN),
            _kamervragen,
            example="Onderdeel van zaak 2024Z18427: Onderdeel van activiteit",
            counter="ingezonden 2024Z1842 en 2024-Z18427",
            source="devset/heldout2/kst-21501-31-768.berthub; counter written for the row",
        ),
        Rule(
            "staatsblad",
            re.compile(rf"(?:Stb\.|Staatsblad){_PUBLISHED}"),
            _published("staatsblad", "stb"),
            example="uitbreiding van de taken van het college (Stb. 2008, 259).",
            counter="het Staatsblad van 2008",
            source="clean/data/kst-36450-3.p1-3.pdfium; counter written for the row",
        ),
        Rule(
            "staatscourant",
            re.compile(rf"(?:Stcrt\.|Staatscourant){_PUBLISHED}"),
            _published("staatscourant", "stcrt"),
            example="Instellingsbesluit Actal 2011, Stcrt. 2011, 12119.",
            counter="gepubliceerd in de Staatscourant van 12 mei",
            source="clean/data/kst-36450-3.p1-3.pdfium; counter written for the row",
        ),
        Rule(
            "other",
            re.compile(_RESOLUTION),
            _resolution,
            example="Met instemming van de VN Veiligheidsraad (VNVR-Resolutie 1551 d.d. 9 juli "
            "2004) besloot vervolgens de EU",
            counter="de relevante VR-resoluties, waaronder",
            source="devset/foreign/bz-def-20041001-ek-art100-althea; counter "
            "devset/foreign/bz-19990118-kosovo",
        ),
        Rule(
            "tractatenblad",
            re.compile(rf"(?:Trb\.|Tractatenblad){_PUBLISHED}"),
            _published("other", "trb"),
            example="rechten van personen met een handicap (Trb. 2007, 169 en Trb. 2014, 113)",
            counter="bekendgemaakt in het Tractatenblad",
            source="devset/heldout/vws-20240531-ek-33826-C-facultatief-protocol; counter written "
            "for the row",
        ),
        Rule(
            "eu-com",
            re.compile(_EU_COM),
            _published("other", "com"),
            example="Grensoverschrijdende bedreigingen voor de gezondheid COM (2011) 866 (Engelse "
            "versie)",
            counter="het COMECON en COM-voorstellen (2011)",
            source="devset/heldout2/kst-21501-31-266; counter written for the row",
        ),
        Rule(
            "eu-act",
            re.compile(_EU_ACT),
            _eu_act,
            example="Sinds 2016 wordt onderhandeld over de herziening van Verordening 883/2004",
            counter="het Besluit van 12 mei 2004 en de Richtlijn over water",
            source="devset/heldout2/kst-21501-31-768.berthub; counter written for the row",
        ),
    )
)
