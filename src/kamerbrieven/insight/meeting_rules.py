"""Meetings: one name per council whichever way a letter writes it, and whether a letter
prepares a meeting (a geannoteerde agenda) or reports on it (a verslag).

A geannoteerde agenda and the verslag of one meeting name its body differently (``de
NAVO-ministeriële``, ``de Noord Atlantische Raad (NAR) ... Ministers van Buitenlandse
Zaken``); both are the NAVO-Raad, and with overlapping days they are one meeting. A
meeting's id is its body's key and its first day: ``navo-raad-2018-12-04``.

    >>> canonical_body("Noord Atlantische Raad (NAR), Ministers van Buitenlandse Zaken")
    'NAVO-Raad'
    >>> canonical_body("Raad Buitenlandse Zaken (RBZ)"), body_key("Raad Buitenlandse Zaken")
    ('Raad Buitenlandse Zaken', 'raad-buitenlandse-zaken')
"""

from __future__ import annotations

import re
import unicodedata

from kamerbrieven.rules import Rule, RuleTable

# The names of bodies that letters write in several ways; the first row that matches wins.
BODY_NAMES: RuleTable[str] = RuleTable(
    (
        Rule(
            "nato-summit",
            re.compile(r"NAVO[- ]?[Tt]op\b"),
            "NAVO-top",
            example="de NAVO-top in Vilnius",
            counter="de NAVO-Raad van 14 april",
            source="written for the row",
        ),
        Rule(
            "nato-council",
            re.compile(
                r"NAVO-?\s?[Rr]aad|Noord[- ]Atlantische\s+Raad|NAVO[- ]ministeriële"
                r"|NAVO-[Dd]efensieministers"
            ),
            "NAVO-Raad",
            example="Noord Atlantische Raad (NAR), Ministers van Buitenlandse Zaken",
            counter="EU-NAVO samenwerking",
            source="seeds/002_ad9ccb4a6e4e1731 (the meeting as read); counter written",
        ),
        Rule(
            "european-council",
            re.compile(r"Europese\s+Raad|Eurotop|EU-[Tt]op"),
            "Europese Raad",
            example="Europese Raad",
            counter="Raad van Europa",
            source="written for the row",
        ),
        Rule(
            "ecofin",
            re.compile(r"Ecofin", re.IGNORECASE),
            "Ecofinraad",
            example="Ecofin Raad",
            counter="Eurogroep",
            source="devset/heldout2/kst-21501-07-819 (the meeting's name); counter written",
        ),
    )
)

# Whether a letter prepares or reports on its meeting, from its title or opening lines;
# tried in order, so "geannoteerde agenda ... tevens het verslag van" is an agenda.
ROLE_PHRASES: RuleTable[str] = RuleTable(
    (
        Rule(
            "annotated-agenda",
            re.compile(r"\b[Gg]eannoteerde\s+agenda\b"),
            "agenda",
            example="Hierbij bied ik u de geannoteerde agenda aan voor de Raad Buitenlandse "
            "Zaken van 22 januari 2024.",
            counter="Het verslag van de Raad Buitenlandse Zaken van 11 december.",
            source="written after the Raad Buitenlandse Zaken's annotated agendas",
        ),
        Rule(
            "in-preparation",
            re.compile(r"\b[Tt]er\s+voorbereiding\s+(?:op|van)\s+(?:de|het)\b"),
            "agenda",
            example="Ter voorbereiding op de NAVO-top informeer ik u over de inzet.",
            counter="De voorbereiding van de wet loopt.",
            source="written for the row",
        ),
        Rule(
            "report-of",
            re.compile(r"\b[Vv]erslag\s+van\s+(?:de|het|een)\b"),
            "verslag",
            example="Hierbij ontvangt u, mede namens de minister voor Buitenlandse Handel en "
            "Ontwikkelingssamenwerking, het verslag van een extra ingelaste bijeenkomst van de "
            "NAVO-Raad op 14 april 2021 over Afghanistan en Oekraïne.",
            counter="In de verslagperiode is veel bereikt.",
            source="seeds/000_50034ceebe6a1b15 (opening); counter written for the row",
        ),
        Rule(
            "met-past-tense",
            re.compile(
                r"\b(?:bijeen\s?kwam(?:en)?|plaatsvond|heeft\s+plaatsgevonden"
                r"|bijeen\s+(?:is|zijn)\s+gekomen)\b"
            ),
            "verslag",
            example="Hierbij informeer ik u over de bijeenkomst van de Noord Atlantische Raad "
            "(NAR) die op 4 en 5 december 2018 in Brussel bijeen kwam op het niveau van de "
            "Ministers van Buitenlandse Zaken.",
            counter="De Raad komt op 4 december bijeen.",
            source="seeds/002_ad9ccb4a6e4e1731 (opening); counter written for the row",
        ),
    )
)

_SHORT_FORM = re.compile(r"\s*\([^)]*\)")
_LEVEL = re.compile(r",\s*(?:[Mm]inisters|[Ss]taatshoofden|[Rr]egeringsleiders)\b.*$")


def canonical_body(body: str) -> str:
    """One name per body: a known name by its row, else as written without its short
    form and the level it met at."""
    text = " ".join(body.split())
    found = BODY_NAMES.first(text)
    if found:
        return found[0].yields
    text = _LEVEL.sub("", _SHORT_FORM.sub("", text)).strip(" ,")
    return text or body.strip()


def body_key(body: str) -> str:
    """The body's part of a meeting id: folded, words joined by hyphens.

    >>> body_key("NAVO-Raad"), body_key("Informele Raad Buitenlandse Zaken (Gymnich)")
    ('navo-raad', 'informele-raad-buitenlandse-zaken-gymnich')
    """
    decomposed = unicodedata.normalize("NFKD", body.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def meeting_role(
    kind: str, letter_date: str | None, title: str | None, opening: str, days: tuple[str, str]
) -> str:
    """`agenda`, `verslag` or `other`: by the letter's date against the meeting's days
    where it has one (an agenda may also report on the previous meeting), else by its
    kind, title and opening lines.

    >>> meeting_role("brief", "2018-12-12", None, "", ("2018-12-04", "2018-12-05"))
    'verslag'
    >>> opening = "Hierbij het verslag van de NAVO-Raad"
    >>> meeting_role("brief", None, None, opening, ("2021-04-14", "2021-04-14"))
    'verslag'
    """
    first, last = days
    if letter_date and letter_date < first:
        return "agenda"
    if letter_date and letter_date > last:
        return "verslag"
    if kind == "geannoteerde agenda":
        return "agenda"
    if kind in ("verslag", "verslag algemeen overleg"):
        return "verslag"
    for text in (title or "", opening):
        found = ROLE_PHRASES.first(text)
        if found:
            return found[0].yields
    return "other"


def rules_version() -> str:
    rows = [*BODY_NAMES, *ROLE_PHRASES]
    return "|".join(f"{r.name}:{r.pattern.pattern}:{r.yields}" for r in rows)
