"""Countries, organisations, missions, treaties and places named in a letter.

Countries come from `kamerbrieven.nl.countries` (CLDR names, aliases, adjectives):
``de Russische troepenopbouw`` -> Rusland, ``het VK`` -> Verenigd Koninkrijk. Places are
CLDR's time-zone cities (Dutch names where CLDR has them: Brussel, Belgrado, Kiev; else
the zone's own: Sarajevo, Tallinn, Kabul) plus the meeting places CLDR has no zone for.
Organisations, missions and treaties are short lists and patterns, each with an example.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.core import get_global

from kamerbrieven.extract import gazetteer
from kamerbrieven.nl.countries import country_forms
from kamerbrieven.record import Entity
from kamerbrieven.rules import scan

# "zoals de EU en de OVSE", "een duurzame overwinning op ISIS", "het lid Karabulut (SP)".
# Written form -> normal name. Parties are those that sat in the Tweede Kamer since 1995.
ORGANISATIONS: dict[str, str] = {
    form: name
    for name, forms in {
        "NAVO": ("NAVO", "NATO", "Noord-Atlantische Verdragsorganisatie"),
        "EU": ("EU", "Europese Unie"),
        "VN": ("VN", "Verenigde Naties", "UN"),
        "VN-Veiligheidsraad": ("VN-Veiligheidsraad", "Veiligheidsraad"),
        "OVSE": ("OVSE", "OSCE"),
        "Raad van Europa": ("Raad van Europa",),
        "Europese Commissie": ("Europese Commissie",),
        "Europees Parlement": ("Europees Parlement",),
        "Europese Raad": ("Europese Raad",),
        "ISIS": ("ISIS", "ISIL", "Da'esh", "Daesh", "IS"),
        "Taliban": ("Taliban",),
        "Al-Qaida": ("Al-Qaida", "Al Qaida", "al-Qaida", "Al-Qaeda"),
        "Hamas": ("Hamas",),
        "Hezbollah": ("Hezbollah",),
        "IMF": ("IMF",),
        "Wereldbank": ("Wereldbank",),
        "WTO": ("WTO",),
        "WHO": ("WHO",),
        "OESO": ("OESO", "OECD"),
        "IAEA": ("IAEA",),
        "OPCW": ("OPCW",),
        "Internationaal Strafhof": ("Internationaal Strafhof", "ICC"),
        "UNHCR": ("UNHCR",),
        "UNICEF": ("UNICEF",),
        "Afrikaanse Unie": ("Afrikaanse Unie",),
        "AIVD": ("AIVD",),
        "MIVD": ("MIVD",),
        "G7": ("G7",),
        "G20": ("G20",),
        "VVD": ("VVD",),
        "PvdA": ("PvdA",),
        "CDA": ("CDA",),
        "D66": ("D66",),
        "SP": ("SP",),
        "GroenLinks": ("GroenLinks", "GL"),
        "GL-PvdA": ("GL-PvdA", "GroenLinks-PvdA"),
        "PVV": ("PVV",),
        "ChristenUnie": ("ChristenUnie", "CU"),
        "SGP": ("SGP",),
        "PvdD": ("PvdD", "Partij voor de Dieren"),
        "50PLUS": ("50PLUS",),
        "DENK": ("DENK",),
        "FvD": ("FvD", "Forum voor Democratie"),
        "JA21": ("JA21",),
        "BBB": ("BBB",),
        "NSC": ("NSC",),
        "Volt": ("Volt",),
        "LPF": ("LPF",),
        "GPV": ("GPV",),
        "RPF": ("RPF",),
        "AOV": ("AOV",),
    }.items()
    for form in forms
}

# "de Resolute Support Mission (RSM)", "de Resolute Support-missie", "EUFOR Althea",
# "de NAVO-missie in Irak", "operatie Atalanta"
MISSION_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:EUFOR|EUTM|EUCAP|EUNAVFOR|EUBAM|EULEX|EUPOL|EUMM)(?:\s+(?:RCA\s+)?[A-Z][\w-]+)?"
    r"|KFOR|SFOR|IFOR|ISAF|UNIFIL|MINUSMA|UNMISS|UNDOF|UNTSO|MONUSCO|UNPROFOR|UNMEE"
    r"|Resolute\s+Support(?:\s+Mission|-missie)?"
    r"|[Oo]peratie\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
    r"|(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+-missie"
    r")(?![\w])"
)
# "het INF-verdrag", "art. 10 van het Verdrag van Washington", "het Prespa-akkoord",
# "het Akkoord van Parijs"
TREATY_PATTERN = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][\w]*-)+(?:[Vv]erdrag|akkoord|Akkoord|Handvest|[Cc]onventie)"
    r"|(?:Verdrag|Akkoord|Handvest|Conventie|Statuut)\s+van\s+(?:de\s+)?[A-Z][\w-]+"
    r")(?![\w])"
)
# The words a match starts with (see `scan`); a name glued to its kind ("Resolute
# Support-missie", "INF-verdrag") starts some words before it, found by `_glued_starts`.
STARTS: dict[str, tuple[str, ...]] = {
    "mission": (
        *"EU KFOR SFOR IFOR ISAF UNIFIL MINUSMA UNMISS UNDOF UNTSO MONUSCO UNPROFOR".split(),
        *("UNMEE", "Resolute", "Operatie", "operatie"),
    ),
    "treaty": ("Verdrag", "Akkoord", "Handvest", "Conventie", "Statuut"),
    "mission-": ("-missie",),
    "treaty-": tuple(
        "-" + kind
        for kind in "Verdrag verdrag akkoord Akkoord Handvest Conventie conventie".split()
    ),
}
# Meeting places without a time zone of their own: "de dialoog tussen Pristina en Belgrado"
EXTRA_PLACES = (
    "Den Haag",
    "'s-Gravenhage",
    "Amsterdam",
    "Rotterdam",
    "Washington",
    "New York",
    "Genève",
    "Straatsburg",
    "Pristina",
    "Mazar-e-Sharif",
    "Kandahar",
    "Uruzgan",
    "Kunduz",
    "Tallinn",
    "Vilnius",
    "Riga",
    "Sarajevo",
    "Skopje",
    "Tirana",
    "Gao",
    "Bamako",
    "Niamey",
    "Salzburg",
    "Nice",
    "Laken",
    "Göteborg",
    "Sevilla",
    "Thessaloniki",
    "Porto",
    "Lissabon",
    "Maastricht",
    "Bratislava",
    "Praag",
    "Boekarest",
    "Sofia",
)


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """City names: CLDR time-zone cities (Dutch where CLDR has it) and `EXTRA_PLACES`.

    >>> "Brussel" in place_names() and "Sarajevo" in place_names()
    True
    """
    dutch = _dutch_zone_cities()
    names = set(EXTRA_PLACES)
    for zone, territory in get_global("zone_territories").items():
        # Zones of the Old World name capitals and big cities; in the US, Canada and
        # Antarctica they name small towns and words ("Resolute", "Center").
        if zone not in dutch and (
            zone.split("/")[0] not in ("Europe", "Asia", "Africa", "America")
            or territory in ("US", "CA", "AQ", "GL", "BR", "MX")
        ):
            continue
        city = dutch.get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
        if "," not in city and city[:1].isupper() and len(city) > 3:
            names.add(city)
    countries = country_forms()
    return tuple(sorted(n for n in names if n not in countries))


@lru_cache(maxsize=1)
def city_countries() -> frozenset[str]:
    """Countries that share their name with their city (Luxemburg, Singapore, Monaco):
    found as countries, but "in Luxemburg" after a meeting may name the place.

    >>> "Luxemburg" in city_countries(), "Duitsland" in city_countries()
    (True, False)
    """
    countries = country_forms()
    return frozenset(countries[c] for c in _dutch_zone_cities().values() if c in countries)


@lru_cache(maxsize=1)
def _dutch_zone_cities() -> dict[str, str]:
    """CLDR time zone -> its city's Dutch name, where CLDR gives one."""
    return {zone: data["city"] for zone, data in Locale("nl").time_zones.items() if "city" in data}


@lru_cache(maxsize=1)
def _automaton() -> Any:  # an ahocorasick.Automaton (untyped)
    forms: dict[str, str] = {}
    for place in place_names():
        forms[place] = "place|" + place
    for form, name in ORGANISATIONS.items():
        forms[form] = "organisation|" + name
    for form, name in country_forms().items():
        forms[form] = "country|" + name
    return gazetteer.build(forms)


def find_named(text: str) -> list[Entity]:
    """Countries, organisations and places, by list; the longest match wins.

    >>> [(e.type, e.name) for e in find_named("de VS en de Russische troepen in Brussel")]
    [('country', 'Verenigde Staten'), ('country', 'Rusland'), ('place', 'Brussel')]
    """
    found = []
    for span, written, value in gazetteer.find(_automaton(), text):
        kind, name = value.split("|", 1)
        found.append(Entity(kind, written, name, span))
    return found


def find_missions_and_treaties(text: str) -> list[Entity]:
    """Missions and treaties by pattern.

    >>> [(e.type, e.name) for e in find_missions_and_treaties("het INF-verdrag en EUFOR Althea")]
    [('treaty', 'INF-verdrag'), ('mission', 'EUFOR Althea')]
    """
    found = []
    starts = scan.keyword_starts(_keywords(), text)
    for kind, pattern in (("mission", MISSION_PATTERN), ("treaty", TREATY_PATTERN)):
        glued = _glued_starts(text, starts.get(kind + "-", []), kind == "mission")
        for m in scan.finditer_at(pattern, text, scan.merged(starts.get(kind, []), glued)):
            written = m.group()
            name = " ".join(written.split())
            found.append(Entity(kind, written, name, (m.start(), m.end())))
    return sorted(found, key=lambda e: e.span)


@lru_cache(maxsize=1)
def _keywords() -> Any:  # an ahocorasick.Automaton (untyped)
    return scan.keywords(STARTS)


def _glued_starts(text: str, hyphens: list[int], spaced: bool) -> list[int]:
    """Where a name glued to "-missie" / "-verdrag" at `hyphens` can start.

    A treaty's name is hyphenated words (``Noord-Atlantisch-verdrag``): it starts where
    the run of word characters and hyphens starts. A mission's name is capitalised words
    (``[A-Z][a-z]+``) apart by whitespace (``Resolute Support-missie``): any of them.

    >>> _glued_starts("de Resolute Support-missie", [19], True)
    [3, 12]
    """
    found = []
    for at in hyphens:
        if not spaced:
            while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-"):
                at -= 1  # `[\w-]`: `\w` is `str.isalnum` or "_"
            found.append(at)
            continue
        while True:
            word = at
            while word > 0 and "a" <= text[word - 1] <= "z":
                word -= 1
            if word == at or word == 0 or not "A" <= text[word - 1] <= "Z":
                break
            found.append(word - 1)
            at = word - 1
            while at > 0 and text[at - 1].isspace():
                at -= 1
            if at == word - 1:
                break
    return sorted(found)


def find_countries(text: str) -> list[Entity]:
    """Only the countries of `find_named`.

    >>> [e.name for e in find_countries("de Kosovaarse stap en het VK")]
    ['Kosovo', 'Verenigd Koninkrijk']
    """
    return [e for e in find_named(text) if e.type == "country"]
