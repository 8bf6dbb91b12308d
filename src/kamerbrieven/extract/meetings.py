"""The meeting(s) a letter reports on or prepares: body, days and place.

A letter names its meeting in the title or in its opening paragraphs: ``het verslag van
een extra ingelaste bijeenkomst van de NAVO-Raad op 14 april 2021`` (the place follows
in the next sentence: ``woonden de vergadering fysiek bij in Brussel``), ``de bijeenkomst
van de Noord Atlantische Raad (NAR) die op 4 en 5 december 2018 in Brussel bijeen kwam op
het niveau van de Ministers van Buitenlandse Zaken``. Meetings mentioned further on in
passing (``de NAVO Rusland Raad (NRR) op 31 oktober jl.``) are not the letter's subject
and are left out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kamerbrieven.extract.entities import city_countries
from kamerbrieven.extract.registry import Context, Extractor
from kamerbrieven.record import DateMention, Entity, Letter, Meeting, RecordField

# Councils and summits. "Raad van State" / "Raad van Europa" are no meetings.
BODY_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    r"NAVO-?\s?[Rr]aad|Noord[- ]Atlantische\s+Raad|NAVO[- ]?[Tt]op|NAVO[- ]ministeriële"
    r"|Europese\s+Raad|RAZEB|Ecofin(?:-?[Rr]aad)?|Eurogroep|Eurotop|EU-[Tt]op|G20-[Tt]op"
    r"|(?:[Ii]nformele\s+)?Raad\s+(?!van\b)[A-Z][\w-]*(?:(?:,\s+|\s+en\s+|\s+)[A-Z][\w-]*)*"
    r"(?:\s+\([A-Z][\w]*\))?"
    r"|[A-Z][a-z]+raad(?=[\s,;:)])|(?:NAVO-)?[Dd]efensieministers|Algemene\s+Vergadering"
    # the Kamer's own meetings: "het wetgevingsoverleg over de begroting", "een Algemeen
    # Overleg met de vaste commissie", "het commissiedebat"; and "een informeel diner van
    # de staatshoofden en regeringsleiders"
    r"|(?:[Aa]lgemeen|[Nn]ota|[Ww]etgevings|[Ss]chriftelijk)\s?[Oo]verleg|[Cc]ommissiedebat"
    r"|(?<=\s)overleg(?=\s+gevoerd\b)"  # "hebben op 13 februari 2013 overleg gevoerd met"
    r"|(?:[Ii]nformeel\s+)?diner\s+(?:\w+\s+){0,3}(?:staatshoofden|regeringsleiders|ministers)"
    # a named forum or conference: "het International Migration Review Forum"
    r"|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,5}\s+(?:Forum|Conferentie|Conference|Summit)\b"
    r")(?:\s+\((?P<short>[A-Z]{2,})\))?"
)
# Councils that advise or govern at home, no meetings a letter reports on
_NOT_MEETINGS = frozenset(
    "Kiesraad Onderwijsraad Gezondheidsraad Adviesraad Gemeenteraad Ondernemingsraad "
    "Ministerraad Rijksministerraad Cultuurraad Jeugdraad Woonraad Natuurraad".split()
)
_MINISTERS = re.compile(r"\b[Mm]inisters\s+van\s+(Buitenlandse\s+Zaken|Defensie|Financiën)")
_SALUTATION = re.compile(r"^(?:Geachte|Hooggeachte)\b")
INTRO_PARAGRAPHS = 3
_REPORTED_BEFORE = re.compile(r"\bverslag\s+van\s+(?:de|het)\s+$")
_CLOSE_DAY = 12  # characters between a further meeting's name and its day: " van ", " op "
MAX_DAYS = 7  # a meeting of more days is a period, not a meeting


def intro_span(text: str, first_heading_at: int | None) -> tuple[int, int]:
    """The opening of the letter: its first paragraphs before any heading, salutation off.

    >>> intro_span("Geachte voorzitter,\\n\\nHierbij ...\\n\\nKop", 34)
    (21, 34)
    """
    end = first_heading_at if first_heading_at is not None else len(text)
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text[:end])]
    starts = [s for s in starts if not _SALUTATION.match(text[s:end])]
    if not starts:
        return 0, end
    stop = starts[INTRO_PARAGRAPHS] if len(starts) > INTRO_PARAGRAPHS else end
    return starts[0], min(stop, end)


def _days(mention: DateMention) -> list[str]:
    if len(mention.date) != 10:
        return []
    first = date.fromisoformat(mention.date)
    last = date.fromisoformat(mention.date_end) if mention.date_end else first
    count = (last - first).days + 1
    if not 0 < count <= MAX_DAYS:
        return [mention.date]
    return [(first + timedelta(days=i)).isoformat() for i in range(count)]


def find_meetings(
    text: str,
    sentences: list[tuple[int, int]],
    dates: list[DateMention],
    places: list[Entity],
    first_heading_at: int | None = None,
    title_meetings: list[Meeting] | None = None,
) -> list[Meeting]:
    """Meetings named with a day in the opening sentences of the letter (or its title).

    >>> from kamerbrieven.extract.dates import find_dates
    >>> t = "Hierbij het verslag van de NAVO-Raad op 14 april 2021 in Brussel."
    >>> find_meetings(t, [(0, len(t))], find_dates(t, None), [])
    [Meeting(body='NAVO-Raad', dates=('2021-04-14',), location=None)]
    """
    start, end = intro_span(text, first_heading_at)
    meetings: list[Meeting] = list(title_meetings or [])
    for a, b in sentences:
        if a < start or a >= end:
            continue
        bodies = [m for m in BODY_PATTERN.finditer(text, a, b) if m.group() not in _NOT_MEETINGS]
        if not bodies:
            continue
        in_sentence = [m for m in dates if a <= m.span[0] < b]
        first = _first_meeting(text, bodies[0], in_sentence, places, (a, b), end)
        for meeting in [first, *_further_meetings(text, bodies[1:], in_sentence, a)]:
            if meeting and not any(m.dates[:1] == meeting.dates[:1] for m in meetings):
                meetings.append(meeting)
    return meetings


def _first_meeting(
    text: str,
    body: re.Match[str],
    in_sentence: list[DateMention],
    places: list[Entity],
    sentence: tuple[int, int],
    intro_end: int,
) -> Meeting | None:
    """The sentence's first meeting, with the day after its name ("de NAVO-Raad op 14
    april"), else the nearest before it ("op 10 en 11 juni ... een bijeenkomst van de
    Noord-Atlantische Raad")."""
    a, b = sentence
    after = [m for m in in_sentence if m.span[0] > body.start()]
    before = [m for m in in_sentence if m.span[0] < body.start()][-1:]
    # "hebben op 16 maart 2000 overleg gevoerd met ... over: het verslag van de Raad van
    # 13 december": the Kamer's overleg has its day before it, what follows is its agenda
    held = body.group() == "overleg"
    days = [d for m in ((before or after) if held else (after or before)) for d in _days(m)]
    if not days:
        return None
    name = " ".join(body.group().split())
    ministers = _MINISTERS.search(text, body.end(), b)
    if ministers:
        name += ", Ministers van " + " ".join(ministers.group(1).split())
    here = [p for p in places if a <= p.span[0] < b]
    kamer = re.search(r"[Oo]verleg|[Cc]ommissiedebat", name)
    if not here and not kamer:  # a council's place may follow: "... in Brussel bij"
        here = [p for p in places if b <= p.span[0] < intro_end]
    location = here[0].name if here else None
    return Meeting(name, tuple(dict.fromkeys(days)), location)


def _further_meetings(
    text: str, bodies: list[re.Match[str]], in_sentence: list[DateMention], sentence_start: int
) -> list[Meeting]:
    """Further meetings of a sentence, each named with its day right after it: "en de
    bijeenkomst van het International Migration Review Forum van 17 t/m 20 mei"; not one
    an earlier letter reported on ("het verslag van de Milieuraad van 13 december")."""
    found = []
    for body in bodies:
        if _REPORTED_BEFORE.search(text, max(sentence_start, body.start() - 20), body.start()):
            continue
        close = [m for m in in_sentence if 0 <= m.span[0] - body.end() <= _CLOSE_DAY]
        days = [d for m in close[:1] for d in _days(m)]
        if days:
            found.append(Meeting(" ".join(body.group().split()), tuple(days), None))
    return found


def title_meetings(title: str | None, title_dates: list[DateMention]) -> list[Meeting]:
    """A meeting named in the subject line: ``Verslag NAVO-Raad 14 april 2021``.

    >>> from kamerbrieven.extract.dates import find_dates
    >>> t = "Geannoteerde agenda Raad Buitenlandse Zaken van 22 januari 2024"
    >>> title_meetings(t, find_dates(t, None))[0].dates
    ('2024-01-22',)
    """
    if not title:
        return []
    body = BODY_PATTERN.search(title)
    days = [d for m in title_dates for d in _days(m)]
    if not body or not days:
        return []
    return [Meeting(" ".join(body.group().split()), tuple(dict.fromkeys(days)), None)]


def meeting_places(text: str, entities: tuple[Entity, ...] | list[Entity]) -> list[Entity]:
    """Places where a meeting can be: cities, and a country named like its city right
    after "in" or "te" ("de JBZ-Raad op 9 juni in Luxemburg", "van 5 juni a.s. te
    Luxemburg")."""
    cities = city_countries()
    return [
        e
        for e in entities
        if e.type == "place"
        or (e.type == "country" and e.name in cities and _after_in_or_te(text, e.span[0]))
    ]


def _after_in_or_te(text: str, at: int) -> bool:
    return (
        at >= 3 and text[at - 3 : at] in ("in ", "te ") and (at == 3 or not text[at - 4].isalnum())
    )


def _meetings(letter: Letter, context: Context) -> dict[str, list[Meeting]]:
    found = find_meetings(
        letter.text,
        context.sentences,
        context.text_dates,
        meeting_places(letter.text, letter.entities),
        context.first_heading_at,
        title_meetings(letter.title, context.title_dates),
    )
    return {"meetings": found}


EXTRACTOR = Extractor(
    name="meetings",
    fills=(RecordField("meetings", Meeting, "meetings"),),
    run=_meetings,
)
