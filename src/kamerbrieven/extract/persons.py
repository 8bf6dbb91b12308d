"""Persons named in a letter, with their role and party where the text gives them.

Forms, each from a real letter:

- title + name: ``het besluit van President Biden``, ``de Libische Minister-President
  Serraj``, ``De Amerikaanse Minister van Buitenlandse Zaken Pompeo``, ``Secretary Austin``
- two ministers at once: ``De Amerikaanse ministers van Buitenlandse Zaken, Blinken, en
  Defensie, Austin,``
- members: ``verzocht het lid Karabulut (SP)``, ``de leden Omtzigt (CDA) en Leijten (SP)``
- movers of a motion: ``de motie Voordewind``, ``de motie van het lid Sjoerdsma``,
  ``de motie-Van der Staaij``
- the signatories, with their function as role (``De minister van Defensie,`` ->
  ``minister van Defensie``)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from kamerbrieven.extract.entities import ORGANISATIONS
from kamerbrieven.nl.countries import (
    ADJECTIVES,
    country_forms,
    derived_adjective,
    inflections,
)
from kamerbrieven.nl.ministries import HOUSED_POSTS, MINISTRIES
from kamerbrieven.record import Entity, Signatory
from kamerbrieven.rules import scan

# A surname, maybe with initials and particles: "Biden", "S.A. Blok", "Van der Staaij",
# "Bijleveld-Schouten". Particles in lower case only after initials ("A. de Vries"):
# right after a title "van" starts a post ("Minister van Defensie"), not a name.
_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*"
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Vv]on|[Ll]e|[Dd]i|[Aa]l|[Ee]l)"
# Two capitalised words make one name ("Bruins Slot", "Kofi Annan"); `_trim` drops a
# second word that is no name ("President Biden Afghanistan" is not written, but lists are).
_WORD = rf"(?:O[’']|D[’'])?{_WORD}"
# "minister Pronk van Volkshuisvesting, ...": "van" and a ministry's first word is the post
_POST_START = (
    r"(?!(?:Algemene|Binnenlandse|Buitenlandse|Defensie|Economische|Financiën|Infrastructuur"
    r"|Justitie|Klimaat|Landbouw|Onderwijs|Sociale|Verkeer|Volksgezondheid|Volkshuisvesting"
    r"|Ontwikkelingssamenwerking|Europese|Medische|Rechtsbescherming|Asiel"
    r"|Vreemdelingenzaken|Milieu|Welzijn|Cultuur)\b)"
)
NAME = (
    rf"(?:(?:[A-Z][a-z]?\.\s?)+\s*(?:{_PARTICLE}\s+)*{_WORD}"
    rf"|(?:(?:Van|De|Der|Den|Ter|Ten|Von)\s+)+(?:(?:der|den|de)\s+)?{_WORD}"
    rf"|{_WORD}(?:\s+(?:(?:[Vv]an|[Vv]on)\s+{_POST_START})?(?:(?:der|den|de)\s+)?{_WORD})?)"
)
# Titles before a name; "SG" as in "de SG NAVO" is kept out by the name's lower case.
TITLES = (
    r"Minister-President|minister-president|[Pp]remier|[Mm]inister|[Ss]taatssecretaris"
    r"|[Pp]resident|[Vv]ice-[Pp]resident|[Vv]icepresident|Secretary(?:\s+of\s+State)?"
    r"|Secretaris-Generaal|Secretary-General|SG|Hoge\s+Vertegenwoordiger|[Bb]ondskanselier"
    r"|[Kk]anselier|[Kk]oning(?:in)?|[Ee]urocommissaris|[Cc]ommissaris|[Gg]ezant"
    r"|[Aa]mbassadeur|[Gg]eneraal|Prime\s+Minister|Chancellor|[Pp]aus|[Vv]oorzitter"
    r"|[Vv]ice-?premier|[\w-]*gezant"
)
# The words each pattern's match starts with (see `scan`): the titles of `TITLES` (all
# but "[\w-]*gezant", run in full when "gezant" is in the text), the honorifics of
# `HONORIFICS` ("heer": "de heer" is looked up from there), the openings of "member",
# "mover" and "pair".
STARTS: dict[str, tuple[str, ...]] = {
    "titled": tuple(
        case + rest
        for word in (
            "minister premier staatssecretaris president vice bondskanselier kanselier "
            "koning eurocommissaris commissaris gezant ambassadeur generaal paus voorzitter"
        ).split()
        for case, rest in ((word[0], word[1:]), (word[0].upper(), word[1:]))
    )
    + ("Secretary", "Secretaris-Generaal", "SG", "Hoge", "Prime", "Chancellor"),
    "pair": ("Ministers", "ministers", "Staatssecretarissen", "staatssecretarissen"),
    "honoured": (
        *("heer", "mevrouw", "Mevrouw", "mevr.", "dhr.", "mw.", "prof.", "mr.", "dr.", "drs."),
        "ir.",
    ),
    "member": ("Kamerlid", "kamerlid", "Kamerleden", "kamerleden", "lid", "leden"),
    "mover": ("Motie", "motie", "Amendement", "amendement"),
}
# "de heer Remkes", "mevrouw Albright", "dhr. Van Rompuy", "prof. mr. Th.A. de Roos"
HONORIFICS = (
    r"(?:[Dd]e\s+heer|[Mm]evrouw|mevr\.|dhr\.|mw\.|prof\.|mr\.|dr\.|drs\.|ir\.)"
    r"(?:\s+(?:prof\.|mr\.|dr\.|drs\.|ir\.))*"
)
# Capitalised words that follow a title but are no name: "Minister van Buitenlandse Zaken"
NOT_NAMES = frozenset(
    "De Het Een Zaken Kamer Kamerstuk Kamerstukken Raad Commissie Staten Generaal NAVO "
    "Nederland Hij Zij Ze Ik Wij Op In Tijdens Naar Voor Van En Over Bij Met Dit Dat Deze "
    "Buitenlandse Defensie Financiën Justitie Zoals Hoewel Daarbij Daarnaast Ook Verder "
    "Handelingen Aanhangsel Minister Ministers President Staatssecretaris Hierbij Mede "
    "Geachte Voorzitter Algemene".split()
)


@lru_cache(maxsize=1)
def _ministry() -> str:
    names = sorted(set(MINISTRIES) | set(HOUSED_POSTS), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


@lru_cache(maxsize=1)
def _countries() -> str:
    names = set(country_forms().values())
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _adjective() -> str:
    # irregular ("Amerikaanse") and derived ("Libische" from Libië) adjectives
    stems = list(ADJECTIVES) + [derived_adjective(n) or "" for n in set(country_forms().values())]
    forms = [f for a in stems if a for f in inflections(a) if not f.endswith("-")]
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    # "Minister van Buitenlandse Zaken", "Secretaris-Generaal van de NAVO", "president van
    # Oekraïne"; a bare capitalised word is no post ("minister voor Buitenlandse Handel ...")
    post = (
        rf"(?:\s+(?:van|voor)\s+(?:{_ministry()}|(?:de|het)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?+"
        rf"|[A-Z]{{2,}}\b|{_countries()}))"
    )
    return {
        "titled": re.compile(
            rf"(?<![\w-])(?P<role>(?:{TITLES}){post}?)"
            rf",?\s+(?P<name>{NAME})(?![\w-])(?!\.\w)"
        ),
        "pair": re.compile(
            rf"(?<![\w-])(?P<title>[Mm]inisters|[Ss]taatssecretarissen)"
            rf"\s+van\s+(?P<post1>{_ministry()}),\s+(?P<name1>{NAME}),\s+en\s+"
            rf"(?:van\s+)?(?P<post2>{_ministry()}),\s+(?P<name2>{NAME})"
        ),
        # a country adjective before a title, looked up behind the match (a leading
        # alternation of 400 adjectives would be tried at every character of the text)
        "adjective": re.compile(rf"(?<![\w-])(?:{_adjective()})\s+$"),
        "honoured": re.compile(
            rf"(?<![\w-]){HONORIFICS}\s+(?P<name>{NAME})(?![\w-])(?!\.\w)"
            rf"(?:\s*\((?P<party>[A-Z][\w-]{{1,11}})\))?"  # "De heer Feenstra (PvdA)"
        ),
        "member": re.compile(
            rf"(?<![\w-])(?:[Kk]amer)?(?:lid|leden)\s+(?P<name>{NAME})"
            rf"(?:\s*\((?P<party>[\w-]{{2,12}})\))?"
        ),
        "mover": re.compile(
            rf"(?<![\w-])(?:[Mm]otie|[Aa]mendement)(?:-|\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?)"
            rf"(?P<name>{NAME})"
        ),
        "more": re.compile(
            rf"\s*(?:,|en|/)\s*(?P<name>{NAME})(?:\s*\((?P<party>[\w-]{{2,12}})\))?"
        ),
    }


@lru_cache(maxsize=1)
def _keywords() -> Any:  # an ahocorasick.Automaton (untyped)
    return scan.keywords(STARTS)


def _starts(text: str) -> dict[str, list[int]]:
    """Where a match of each pattern can start; "de heer" from its "heer"."""
    starts = scan.keyword_starts(_keywords(), text)
    honoured = []
    for at in starts.get("honoured", []):
        if text.startswith("heer", at):
            before = at  # "de", then whitespace (`\s+`), then "heer"
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before < at and before >= 2 and text[before - 2 : before] in ("de", "De"):
                honoured.append(before - 2)
        else:
            honoured.append(at)
    starts["honoured"] = sorted(honoured)
    return starts


def _matches(key: str, text: str, starts: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """``_patterns()[key].finditer(text)``, tried only where a match can start."""
    if key == "titled" and "gezant" in text:  # "[\w-]*gezant" may start at any word
        return _patterns()[key].finditer(text)
    return scan.finditer_at(_patterns()[key], text, starts.get(key, []))


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words of country and organisation names: "Secretaris-Generaal van de Verenigde Naties"."""
    names = list(country_forms()) + list(ORGANISATIONS) + list(ORGANISATIONS.values())
    return NOT_NAMES | {word for name in names for word in name.split()}


def _trim(text: str, start: int, end: int) -> int:
    """The end of the name without a trailing word that is no name."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1 and words[-1].group() in _not_name_words():
        words.pop()
    return start + words[-1].end()


def _is_name(name: str) -> bool:
    words = name.split()
    return (
        words[-1] not in _not_name_words()
        and not NOT_NAMES.intersection(w for w in words if not re.fullmatch(_PARTICLE, w))
        and name not in country_forms()
    )


def _person(text: str, start: int, end: int, role: str | None, party: str | None) -> Entity:
    written = text[start:end]
    role = " ".join(role.split()) if role else None
    return Entity("person", written, " ".join(written.split()), (start, end), role, party)


def find_persons(
    text: str, signatories: tuple[Signatory, ...] | list[Signatory] = ()
) -> list[Entity]:
    """Persons in `text` and the letter's signatories, in order of their place in the text.

    >>> [(p.name, p.role) for p in find_persons("het besluit van President Biden om")]
    [('Biden', 'President')]
    """
    p = _patterns()
    starts = _starts(text)
    found: list[Entity] = []
    for m in _matches("pair", text, starts):
        adj = _adjective_before(text, m.start(), p["adjective"])
        title = "ministers" if m.group("title").lower() == "ministers" else "staatssecretaris"
        title = title.rstrip("s") if title == "ministers" else title
        for i in ("1", "2"):
            post = f"{adj}{title} van {m.group('post' + i)}"
            found.append(_person(text, m.start("name" + i), m.end("name" + i), post, None))
    roles: tuple[tuple[str, str | None], ...] = (
        ("titled", ""),
        ("honoured", None),
        ("member", "lid"),
        ("mover", None),
    )
    for key, role in roles:
        for m in _matches(key, text, starts):
            end = _trim(text, m.start("name"), m.end("name"))
            if "\n\n" in text[m.start() : end] or not _is_name(text[m.start("name") : end]):
                continue
            party = m.groupdict().get("party")
            if key == "titled":
                role = _adjective_before(text, m.start(), p["adjective"]) + m.group("role")
            found.append(_person(text, m.start("name"), end, role, party))
            pos = m.end()
            while more := p["more"].match(text, pos):  # "de leden Omtzigt (CDA) en Leijten (SP)"
                if not _is_name(more.group("name")):
                    break
                found.append(
                    _person(text, more.start("name"), more.end("name"), role, more.group("party"))
                )
                pos = more.end()
    for signatory in signatories:
        at = text.rfind(signatory.name)
        span = (at, at + len(signatory.name)) if at >= 0 else (0, 0)
        signed = re.sub(r"^[Dd]e\s+|[,\s]+$", "", signatory.function or "") or None
        found.append(Entity("person", signatory.name, signatory.name, span, signed, None))
    return _without_overlaps(found)


def _adjective_before(text: str, start: int, pattern: re.Pattern[str]) -> str:
    """``Amerikaanse `` when a country adjective stands right before `start`."""
    m = pattern.search(text, max(0, start - 40), start)
    return m.group() if m else ""


def _without_overlaps(found: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for entity in sorted(found, key=lambda e: (e.span[0], -e.span[1])):
        if entity.span != (0, 0) and any(
            entity.span[0] < k.span[1] and k.span[0] < entity.span[1] for k in kept
        ):
            continue
        kept.append(entity)
    return kept
