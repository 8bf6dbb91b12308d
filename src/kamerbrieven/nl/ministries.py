"""Dutch ministries since the 1990s, and which ministry houses a minister's post.

Names are the short form the record uses (``Buitenlandse Zaken``, not ``Ministerie van
Buitenlandse Zaken``). Renamed ministries keep the name they had when they wrote: a 2005
letter of ``Justitie`` is not relabelled ``Justitie en Veiligheid``; `SUCCESSORS` links
old names to the ministry that carries their work on, for who wants to group them.

A post is read from a function as written in a signature or header:
``De Minister van X`` heads ministry X; ``De minister voor X`` (a minister without a
ministry of their own) and some ``staatssecretaris voor`` posts are housed elsewhere
(`HOUSED_POSTS`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Every ministry name, with the abbreviations letters use for it.
MINISTRIES: dict[str, tuple[str, ...]] = {
    "Algemene Zaken": ("AZ",),
    "Buitenlandse Zaken": ("BZ", "BuZa"),
    "Binnenlandse Zaken en Koninkrijksrelaties": ("BZK", "BiZa"),
    "Binnenlandse Zaken": (),  # until 1998
    "Justitie en Veiligheid": ("JenV", "J&V"),  # since 2017
    "Veiligheid en Justitie": ("VenJ", "V&J"),  # 2010-2017
    "Justitie": (),  # until 2010
    "Financiën": ("Fin",),
    "Defensie": ("Def",),
    "Onderwijs, Cultuur en Wetenschap": ("OCW", "OC&W"),
    "Onderwijs, Cultuur en Wetenschappen": ("OCenW",),  # the 1990s spelling
    "Economische Zaken en Klimaat": ("EZK",),  # 2017-2024
    "Economische Zaken, Landbouw en Innovatie": ("EL&I", "ELI"),  # 2010-2012
    "Economische Zaken": ("EZ",),
    "Landbouw, Natuur en Voedselkwaliteit": ("LNV",),  # 2003-2010, 2017-2024
    "Landbouw, Natuurbeheer en Visserij": (),  # until 2003
    "Landbouw, Visserij, Voedselzekerheid en Natuur": ("LVVN",),  # since 2024
    "Infrastructuur en Waterstaat": ("IenW", "I&W"),  # since 2017
    "Infrastructuur en Milieu": ("IenM", "I&M"),  # 2010-2017
    "Verkeer en Waterstaat": ("VenW", "V&W"),  # until 2010
    "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer": ("VROM",),  # until 2010
    "Volkshuisvesting en Ruimtelijke Ordening": ("VRO",),  # since 2024
    "Sociale Zaken en Werkgelegenheid": ("SZW",),
    "Volksgezondheid, Welzijn en Sport": ("VWS",),
    "Klimaat en Groene Groei": ("KGG",),  # since 2024
    "Asiel en Migratie": ("AenM", "A&M"),  # since 2024
    "Vreemdelingenzaken en Integratie": (),  # 2003-2007, housed at Justitie
}

# Posts without a ministry of their own -> the ministry that houses them.
# "De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking," (BZ letters 2017-2024)
HOUSED_POSTS: dict[str, str] = {
    "Buitenlandse Handel en Ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "Ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "Europese Zaken": "Buitenlandse Zaken",
    "Medische Zorg": "Volksgezondheid, Welzijn en Sport",
    "Medische Zorg en Sport": "Volksgezondheid, Welzijn en Sport",
    "Langdurige Zorg en Sport": "Volksgezondheid, Welzijn en Sport",
    "Langdurige Zorg": "Volksgezondheid, Welzijn en Sport",
    "Jeugd, Preventie en Sport": "Volksgezondheid, Welzijn en Sport",
    "Jeugd en Gezin": "Volksgezondheid, Welzijn en Sport",
    "Rechtsbescherming": "Justitie en Veiligheid",
    "Migratie": "Justitie en Veiligheid",
    "Vreemdelingenzaken en Integratie": "Justitie",
    "Immigratie en Asiel": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Immigratie, Integratie en Asiel": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Wonen en Rijksdienst": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Wonen, Wijken en Integratie": "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
    "Bestuurlijke Vernieuwing en Koninkrijksrelaties": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Grote Steden- en Integratiebeleid": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Volkshuisvesting en Ruimtelijke Ordening": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Basis- en Voortgezet Onderwijs en Media": "Onderwijs, Cultuur en Wetenschap",
    "Primair en Voortgezet Onderwijs": "Onderwijs, Cultuur en Wetenschap",
    "Armoedebeleid, Participatie en Pensioenen": "Sociale Zaken en Werkgelegenheid",
    "Natuur en Stikstof": "Landbouw, Natuur en Voedselkwaliteit",
    "Klimaat en Energie": "Economische Zaken en Klimaat",
    "Klimaat en Groene Groei": "Klimaat en Groene Groei",
    "Digitalisering": "Binnenlandse Zaken en Koninkrijksrelaties",
}

# Old name -> the ministry that carries its work on today.
SUCCESSORS: dict[str, str] = {
    "Binnenlandse Zaken": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Justitie": "Justitie en Veiligheid",
    "Veiligheid en Justitie": "Justitie en Veiligheid",
    "Onderwijs, Cultuur en Wetenschappen": "Onderwijs, Cultuur en Wetenschap",
    "Economische Zaken, Landbouw en Innovatie": "Economische Zaken",
    "Economische Zaken en Klimaat": "Economische Zaken",
    "Landbouw, Natuurbeheer en Visserij": "Landbouw, Natuur en Voedselkwaliteit",
    "Landbouw, Natuur en Voedselkwaliteit": "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Infrastructuur en Milieu": "Infrastructuur en Waterstaat",
    "Verkeer en Waterstaat": "Infrastructuur en Waterstaat",
    "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer": "Infrastructuur en Waterstaat",
}

# "De Minister-President, Minister van Algemene Zaken," -> Algemene Zaken
_PRIME_MINISTER = re.compile(r"minister-president", re.IGNORECASE)
# "minister van X", "staatssecretaris voor X", "ministers van X en van Y"
_POST = re.compile(
    r"\b(?:minister|ministers|staatssecretaris|staatssecretarissen|bewindspersoon)\s+"
    r"(van|voor)\s+",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    """Lower case, accents off, one space: `FINANCIËN` and `Financien` meet."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


@lru_cache(maxsize=2)
def _names_longest_first(housed: bool) -> list[tuple[str, str]]:
    """(folded name, ministry), longest first so `Economische Zaken en Klimaat` wins over
    `Economische Zaken`; for a `voor` post the housed posts are tried before ministries
    (`minister voor Volkshuisvesting en Ruimtelijke Ordening` 2022-2024 sat at BZK)."""
    ministries = sorted(((_fold(n), n) for n in MINISTRIES), key=lambda r: -len(r[0]))
    posts = sorted(((_fold(p), h) for p, h in HOUSED_POSTS.items()), key=lambda r: -len(r[0]))
    return posts + ministries if housed else ministries + posts


def _match_name(rest: str, housed: bool) -> str | None:
    folded = _fold(rest)
    for name, ministry in _names_longest_first(housed):
        if folded.startswith(name) and (
            len(folded) == len(name) or not folded[len(name)].isalpha()
        ):
            return ministry
        # a typing error in a long name, before a shorter name it starts with:
        # "Binnenlandse Zaken en Koninkrijkrelaties" is not "Binnenlandse Zaken"
        if len(name) >= _TYPO_MIN and _one_typo_prefix(folded, name):
            return ministry
    return None


_TYPO_MIN = 20  # names this long may carry one typing error and still be recognised


def _one_typo_prefix(text: str, name: str) -> bool:
    """Whether `text` starts with `name` but for one letter left out, added or changed,
    followed by the end or a non-letter.

    >>> _one_typo_prefix("binnenlandse zaken en koninkrijkrelaties,", \
"binnenlandse zaken en koninkrijksrelaties")
    True
    """
    for length in (len(name) - 1, len(name), len(name) + 1):
        head = text[:length]
        if len(head) != length or (len(text) > length and text[length].isalpha()):
            continue
        if _distance_at_most_one(head, name):
            return True
    return False


def _distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


def ministry_of(function: str) -> str | None:
    """The ministry a function as written belongs to, in short form, or None.

    >>> ministry_of("De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,")
    'Buitenlandse Zaken'
    >>> ministry_of("De Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst")
    'Financiën'
    """
    found = ministries_in(function)
    return found[0] if found else None


def ministries_in(text: str) -> list[str]:
    """Every ministry named as a post in `text`, in order, without repeats.

    Handles plural kind lines of Kamerstukken:
    >>> ministries_in("BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE")
    ['Buitenlandse Zaken', 'Defensie']
    >>> ministries_in("de Ministers voor Medische Zorg, van Defensie en voor Rechtsbescherming")
    ['Volksgezondheid, Welzijn en Sport', 'Defensie', 'Justitie en Veiligheid']
    """
    found: list[str] = []
    if _PRIME_MINISTER.search(text):
        found.append("Algemene Zaken")
    for match in _POST.finditer(text):
        housed = match.group(1).lower() == "voor"
        # "MINISTERS VAN X EN VAN Y": read each part; "mede namens de minister van Y" is
        # found as a post of its own
        rest = text[match.end() :]
        # "MINISTERS VOOR X, VAN Y EN VOOR Z": a comma parts them too
        for part in re.split(r"(?:\s+en|,)\s+(?=van\s|voor\s)", rest, flags=re.IGNORECASE)[:5]:
            part = re.sub(r"^(?:van|voor)\s+", "", part.strip(), flags=re.IGNORECASE)
            ministry = _match_name(part, housed)
            if ministry and ministry not in found:
                found.append(ministry)
    return found


def ministry_name(abbreviation_or_name: str) -> str | None:
    """The short name for an abbreviation or a full name (`VWS`, `Ministerie van Defensie`).

    >>> ministry_name("OCW"), ministry_name("Ministerie van Defensie")
    ('Onderwijs, Cultuur en Wetenschap', 'Defensie')
    """
    text = re.sub(r"^ministerie\s+van\s+", "", abbreviation_or_name.strip(), flags=re.IGNORECASE)
    for name, abbreviations in MINISTRIES.items():
        if text in abbreviations or _fold(text) == _fold(name):
            return name
    return None
