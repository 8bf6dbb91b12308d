"""Topics: what a section heading, an agenda item or a statement is about, normalised so
that letters of different years meet under one name.

A heading that names countries is about those countries: ``Oekraïne en Georgië``,
``Oekraïne`` and ``Rusland/Oekraïne`` meet under Oekraïne (the names as the country list
writes them, `extract.entities`). A treaty or mission is its own topic, not the countries
around it (``INF-verdrag``). A region is one topic whichever countries it names
(``Westelijke Balkan: Servië en Kosovo`` is Westelijke Balkan), and the statements under
it are about the region, not each country (`closed`). A heading that only says where in
the letter one is (``Inleiding``, ``Overige onderwerpen``) is no topic. Any other heading
is a topic by its own words, without numbering or a lead such as ``Stand van zaken``.

    >>> heading_topics("Oekraïne en Georgië").names
    ('Oekraïne', 'Georgië')
    >>> heading_topics("2. Stand van zaken Westelijke Balkan")
    HeadingTopics(names=('Westelijke Balkan',), closed=True)
    >>> heading_topics("Inleiding").names
    ()
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kamerbrieven.extract.entities import find_missions_and_treaties, find_named
from kamerbrieven.rules import Rule, RuleTable

# Named by nearly every statement (the speaker), or a Dutch party: never a topic.
NOT_TOPICS = frozenset(
    {
        "Nederland",
        *("VVD", "PvdA", "CDA", "D66", "SP", "GroenLinks", "GL-PvdA", "PVV", "ChristenUnie"),
        *("SGP", "PvdD", "50PLUS", "DENK", "FvD", "JA21", "BBB", "NSC", "Volt", "LPF", "GPV"),
        *("RPF", "AOV"),
    }
)

# Regions and themes that letters write in more than one way; a region is `closed`.
TOPIC_NAMES: RuleTable[tuple[str, bool]] = RuleTable(
    (
        Rule(
            "westelijke-balkan",
            re.compile(r"\b(?:[Ww]estelijke\s+)?Balkan(?:landen)?\b"),
            ("Westelijke Balkan", True),
            example="Westelijke Balkan",
            counter="Baltische staten",
            source="seeds/002_ad9ccb4a6e4e1731 (heading); counter written for the row",
        ),
        Rule(
            "midden-oosten",
            re.compile(r"\bMidden-Oosten\b|\bMiddle\s+East\b"),
            ("Midden-Oosten", True),
            example="Midden-Oosten Vredesproces",
            counter="Oostelijk Partnerschap",
            source="heading of the Raad Buitenlandse Zaken's annotated agendas; counter too",
        ),
        Rule(
            "sahel",
            re.compile(r"\bSahel(?:regio)?\b"),
            ("Sahel", True),
            example="Sahel",
            counter="Sahara",
            source="heading of the Raad Buitenlandse Zaken's annotated agendas; counter written",
        ),
        Rule(
            "hoorn-van-afrika",
            re.compile(r"\bHoorn\s+van\s+Afrika\b"),
            ("Hoorn van Afrika", True),
            example="Hoorn van Afrika",
            counter="Afrikaanse Unie",
            source="heading of the Raad Buitenlandse Zaken's annotated agendas; counter written",
        ),
        Rule(
            "oostelijk-partnerschap",
            re.compile(r"\bOostelijk\s+Partnerschap\b"),
            ("Oostelijk Partnerschap", True),
            example="Oostelijk Partnerschap",
            counter="Zuidelijk nabuurschap",
            source="heading of the Raad Buitenlandse Zaken's annotated agendas; counter written",
        ),
        Rule(
            "trans-atlantisch",
            re.compile(r"\b[Tt]rans-?[Aa]tlantische\s+betrekkingen\b"),
            ("Trans-Atlantische betrekkingen", False),
            example="Trans-Atlantische betrekkingen",
            counter="Noord-Atlantische Raad",
            source="seeds/002_ad9ccb4a6e4e1731 (heading); counter written for the row",
        ),
    )
)

# Headings that say where in the letter one is, not what about: no topic.
GENERIC_HEADINGS: RuleTable[None] = RuleTable(
    (
        Rule(
            "opening",
            re.compile(
                r"^(?:inleiding|aanleiding|achtergrond|samenvatting|context|toelichting"
                r"|algemeen|doel\s+van\s+(?:deze|de)\s+brief)$",
                re.IGNORECASE,
            ),
            None,
            example="Inleiding",
            counter="Inleiding tot de Westelijke Balkan",
            source="tests/synthetic.py headings; counter written for the row",
        ),
        Rule(
            "closing",
            re.compile(
                r"^(?:conclusies?|tot\s+slot|afsluitend|slot|vervolg(?:stappen)?"
                r"|(?:financiële|budgettaire)\s+gevolgen|uitvoering|planning|bijlagen?)$",
                re.IGNORECASE,
            ),
            None,
            example="Financiële gevolgen",
            counter="Financiële steun aan Oekraïne",
            source="tests/synthetic.py headings; counter written for the row",
        ),
        Rule(
            "other-items",
            re.compile(
                r"^(?:overige?(?:\s+(?:onderwerpen|punten|zaken|agendapunten))?|diversen"
                r"|rondvraag|wat\s+verder\s+ter\s+tafel\s+komt|w\.?v\.?t\.?t\.?)$",
                re.IGNORECASE,
            ),
            None,
            example="Overige onderwerpen",
            counter="Overige onderwerpen Afghanistan",
            source="tests/synthetic.py headings; counter written for the row",
        ),
        Rule(
            "question-numbers",
            # answers to Kamervragen head each answer by its number
            re.compile(
                r"^(?:vra(?:ag|gen)|antwoord(?:\s+op\s+vra(?:ag|gen))?)\s+\d[\d\s,]*(?:en\s+\d+)?$",
                re.IGNORECASE,
            ),
            None,
            example="Antwoord op vragen 7, 8, en 9",
            counter="Vragen over Oekraïne",
            source="samples/jenv-20240111-beantwoording-kamervragen-2023Z19677-niet-"
            "noodgevallennummer.docx (heading); counter written for the row",
        ),
    )
)

# Leads before a heading's subject: numbering, "Stand van zaken", "Agendapunt:".
HEADING_LEADS: RuleTable[None] = RuleTable(
    (
        Rule(
            "numbering",
            re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\)|[IVX]{1,4}\.)\s+"),
            None,
            example="2. Oekraïne",
            counter="2024 in vogelvlucht",
            source="written for the row",
        ),
        Rule(
            "state-of-affairs",
            re.compile(
                r"^(?:stand\s+van\s+zaken|voortgang|update|ontwikkelingen|situatie"
                r"|agendapunt)(?:\s*:\s*|\s+)(?:(?:in|rond|van|over|omtrent|inzake)\s+)?"
                r"(?:(?:de|het)\s+)?",
                re.IGNORECASE,
            ),
            None,
            example="Stand van zaken wapenbeheersing",
            counter="Zaken die de Kamer aangaan",
            source="tests/synthetic.py headings; counter written for the row",
        ),
    )
)


@dataclass(frozen=True)
class HeadingTopics:
    """The topics a heading names; `closed`: a region, whose statements are about it alone."""

    names: tuple[str, ...]
    closed: bool = False


@lru_cache(maxsize=65536)
def heading_topics(heading: str | None) -> HeadingTopics:
    """What a section heading (or agenda item, or a statement's topic) is about.

    >>> heading_topics("Rusland/Oekraïne").names
    ('Rusland', 'Oekraïne')
    >>> heading_topics("INF-verdrag").names, heading_topics("NAVO").names
    (('INF-verdrag',), ('NAVO',))
    >>> heading_topics("Stand van zaken de collectieve verdediging").names
    ('Collectieve verdediging',)
    """
    text = _without_leads(" ".join((heading or "").split())).strip(" :.;-")
    if not text or GENERIC_HEADINGS.first(text) or len(text) > 120:
        return HeadingTopics(())
    named = TOPIC_NAMES.first(text)
    if named:
        name, closed = named[0].yields
        return HeadingTopics((name,), closed)
    treaties = [e.name for e in find_missions_and_treaties(text)]
    if treaties:
        return HeadingTopics(_unique(treaties))
    found = [e for e in find_named(text) if e.type in ("country", "organisation")]
    countries = [e.name for e in found if e.type == "country" and e.name not in NOT_TOPICS]
    organisations = [e.name for e in found if e.type == "organisation"]
    organisations = [name for name in organisations if name not in NOT_TOPICS]
    if countries:
        return HeadingTopics(_unique(countries + organisations))
    if found and len(text.split()) <= 3:  # "NAVO"; "Nederland" alone is no topic
        return HeadingTopics(_unique(organisations))
    return HeadingTopics((text[0].upper() + text[1:],))


def _without_leads(text: str) -> str:
    for rule in HEADING_LEADS:
        text = rule.pattern.sub("", text, count=1)
    return text


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def topic_key(name: str) -> str:
    """What two spellings of one topic share: letters and digits, folded.

    >>> topic_key("Oekraïne") == topic_key("oekraine"), topic_key("Trans-Atlantische betrekkingen")
    (True, 'transatlantischebetrekkingen')
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def rules_version() -> str:
    """Changes with any row of the tables above, so derived topics are made again."""
    rows = [*TOPIC_NAMES, *GENERIC_HEADINGS, *HEADING_LEADS]
    return "|".join(f"{r.name}:{r.pattern.pattern}:{r.yields}" for r in rows) + str(
        sorted(NOT_TOPICS)
    )
