"""Dates in a letter's text, resolved to ISO (`YYYY-MM-DD`, or `YYYY-MM` for a month).

Forms, with the real line they come from:

- absolute: ``de NAVO-Raad op 14 april 2021``; numeric ``11-03-2009``, ``2008-12-22``
- ranges: ``op 4 en 5 december 2018``, ``23–24 februari 2004``, ``4 tot en met 6 maart
  2020``, ``30 november - 2 december 2018`` (``date_end`` is set)
- month: ``in april 2019 gepland`` -> ``2019-04``; ``de verkiezingen van oktober jl.``
- day and month without a year: ``rond 1 mei`` (the year nearest the reference date)
- relative: ``Op 4 februari jl.``, ``vorige maand``, ``volgende week``, ``gisteren``

Relative mentions resolve against the letter's own date, or, when it has none, against
the latest full date written in the text. Year-only mentions (``vorig jaar``, ``in
2024``) are not listed: the record holds days and months only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from kamerbrieven.extract.gazetteer import trie_pattern
from kamerbrieven.extract.registry import Context, Extractor
from kamerbrieven.nl.months import month_numbers
from kamerbrieven.record import DateMention, Letter, RecordField
from kamerbrieven.rules import scan

_MONTHS = month_numbers()
# As a trie, so "september" wins over "sep"; abbreviations may carry a dot ("4 dec. 2018").
_MONTH = trie_pattern(list(_MONTHS))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_RANGE = r"\s*(?:-|–|—|/|en|tot\s+en\s+met|t/m|tot)\s*"
# "jl." (jongstleden, last), "a.s." (aanstaande, coming): direction for a missing year.
_PAST = r"jl\.|j\.l\.|jongstleden|ll\.|laatstleden"
_FUTURE = r"a\.s\.|aanstaande|as\.|eerstkomend"
_DIRECTION = rf"(?:\s+(?P<dir>{_PAST}|{_FUTURE}))?"

# "30 november tot en met 2 december 2018": day month - day month (year)
_CROSS_MONTH = (
    rf"(?P<xd1>{_DAY})\s+(?P<xm1>{_MONTH})\.?{_RANGE}(?P<xd2>{_DAY})\s+(?P<xm2>{_MONTH})\.?"
    rf"(?:\s+(?P<xy>{_YEAR}))?"
)
# "4 en 5 december 2018", "1 mei", "4 februari jl.", "18 en dinsdag 19 oktober 1999"
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+"
_DAY_MONTH = (
    rf"(?P<d1>{_DAY})(?:{_RANGE}(?:{_WEEKDAY})?(?P<d2>{_DAY}))?\s+(?P<m>{_MONTH})\.?"
    rf"(?:\s+(?P<y>{_YEAR}))?"
)
# "april 2019", "oktober jl.", "begin maart 2020"; a bare full month name, lower case as
# Dutch writes it, takes the year nearest the reference date: "de in december gedane
# toezegging" (April 2013) -> 2012-12
_FULL_MONTHS = trie_pattern([name for name in _MONTHS if len(name) > 4 or name == "mei"])
_MONTH_ONLY = (
    rf"(?P<mm>{_MONTH})(?:\s+(?P<my>{_YEAR})|(?=\s+(?:{_PAST}|{_FUTURE})))"
    rf"|(?-i:(?P<bm>{_FULL_MONTHS}))"
)
# "11-03-2009", "(concept 19-01-05)", "datum: 2008-12-22"
_NUMERIC = (
    rf"(?P<nd>{_DAY})-(?P<nm>0?[1-9]|1[0-2])-(?P<ny>{_YEAR}|\d\d)"
    rf"|(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>{_DAY})"
)
# Days only: the gold readings leave "deze week" and "volgende maand" out (periods, not
# dates), as they leave "vorig jaar" out.
_RELATIVE = r"(?P<rel>eergisteren|gisteren|vandaag|overmorgen|(?<!de\s)(?<!'s\s)morgen)"
DATE_PATTERN = re.compile(
    rf"(?<![\w-])(?:{_CROSS_MONTH}|{_DAY_MONTH}|{_MONTH_ONLY}|{_NUMERIC}|{_RELATIVE})"
    rf"{_DIRECTION}(?![\w-])",
    re.IGNORECASE,
)
# A match starts at a digit (`digit_starts`) or at a month name or relative day, looked
# up in lower case (`scan.lowered`).
_WORD_STARTS = scan.keywords(
    {"word": [*_MONTHS, "eergisteren", "gisteren", "vandaag", "overmorgen", "morgen"]}
)
_FULL_DATE = re.compile(rf"(?<![\w-]){_DAY}\s+(?:{_MONTH})\.?\s+{_YEAR}(?!\w)", re.IGNORECASE)


def reference_date(text: str, letter_date: str | None, title: str | None = None) -> date | None:
    """The date relative mentions resolve against: the letter's, else the latest in the text,
    else one in the title (``geannoteerde agenda Brussel juni 2010`` -> 2010-06-01).

    >>> reference_date("op 14 april 2021 ... d.d. 4 februari 2021", None)
    datetime.date(2021, 4, 14)
    """
    if letter_date:
        try:
            return date.fromisoformat(letter_date[:10])
        except ValueError:
            pass
    latest = None
    # a full date starts a run of digits (its day, after no word character)
    for match in scan.finditer_at(_FULL_DATE, text, scan.digit_starts(text)):
        found = _absolute(*match.group().rstrip(".").replace(".", "").split()[:3])
        if found and (latest is None or found > latest):
            latest = found
    if latest is None and title:
        for mention in find_dates(title, None):
            return date.fromisoformat(
                mention.date if len(mention.date) == 10 else mention.date + "-01"
            )
    return latest


def _absolute(day: str, month: str, year: str) -> date | None:
    try:
        return date(int(year), _MONTHS[month.lower().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


def _nearest(day: int, month: int, ref: date | None, direction: str | None) -> date | None:
    """The day/month nearest `ref`, or the last before / first after it with jl. / a.s."""
    if ref is None:
        return None
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if direction == "past":
        options = [d for d in options if d <= ref]
    elif direction == "future":
        options = [d for d in options if d >= ref]
    return min(options, key=lambda d: abs(d - ref), default=None)


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    return "past" if re.fullmatch(_PAST, word, re.IGNORECASE) else "future"


def _month_of(month: int, year: str | None, ref: date | None, direction: str | None) -> str:
    if year:
        return f"{int(year):04d}-{month:02d}"
    if ref is None:
        return ""
    found = _nearest(1, month, ref.replace(day=1), direction)
    return f"{found.year:04d}-{month:02d}" if found else ""


def _relative(word: str, ref: date | None) -> tuple[str, str | None]:
    if ref is None:
        return "", None
    days = {"eergisteren": -2, "gisteren": -1, "vandaag": 0, "morgen": 1, "overmorgen": 2}
    return (ref + timedelta(days=days[word.lower()])).isoformat(), None


def _resolve(m: re.Match[str], ref: date | None) -> tuple[str, str | None]:
    """(date, date_end) for one match; an empty date when it cannot be resolved."""
    direction = _direction(m.group("dir"))
    g = m.groupdict()
    if g["xd1"]:
        year = g["xy"]
        m1, m2 = _MONTHS[g["xm1"].lower()], _MONTHS[g["xm2"].lower()]
        end = date(int(year), m2, int(g["xd2"])) if year else None
        end = end or _nearest(int(g["xd2"]), m2, ref, direction)
        if end is None:
            return "", None
        start_year = end.year - 1 if m1 > m2 else end.year
        start = _absolute(g["xd1"], g["xm1"], str(start_year))
        return (start.isoformat(), end.isoformat()) if start else ("", None)
    if g["d1"]:
        month = _MONTHS[g["m"].lower()]
        if g["y"]:
            first = _absolute(g["d1"], g["m"], g["y"])
        else:
            first = _nearest(int(g["d1"]), month, ref, direction)
        if first is None:
            return "", None
        last = None
        if g["d2"]:
            try:
                last = first.replace(day=int(g["d2"]))
            except ValueError:
                return "", None
            if last < first:
                return "", None
        return first.isoformat(), last.isoformat() if last else None
    if g["mm"] or g["bm"]:
        month = _MONTHS[(g["mm"] or g["bm"]).lower()]
        return _month_of(month, g["my"], ref, direction), None
    if g["nd"] or g["iy"]:
        day, numeric_month, year = (
            (g["nd"], g["nm"], g["ny"]) if g["nd"] else (g["id"], g["im"], g["iy"])
        )
        if len(year) == 2:  # "19-01-05": the century nearest the reference date
            century = (ref.year if ref else 2000) // 100 * 100
            year = str(
                min(
                    (century - 100, century, century + 100),
                    key=lambda c: abs(c + int(year) - (ref.year if ref else 2000)),
                )
                + int(year)
            )
        try:
            return date(int(year), int(numeric_month), int(day)).isoformat(), None
        except ValueError:
            return "", None
    return _relative(g["rel"], ref)


def find_dates(text: str, letter_date: str | None, title: str | None = None) -> list[DateMention]:
    """Every resolvable date mention in `text`, in order.

    >>> [d.date for d in find_dates("Op 4 februari jl. is uw Kamer geïnformeerd.", "2021-04-14")]
    ['2021-02-04']
    """
    ref = reference_date(text, letter_date, title)
    mentions = []
    for m in _date_matches(text):
        iso, end = _resolve(m, ref)
        if iso:
            mentions.append(DateMention(m.group(), iso, (m.start(), m.end()), end))
    return mentions


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """``DATE_PATTERN.finditer(text)``, tried only at digits and month or day words."""
    low = scan.lowered(text)
    if low is None:
        return DATE_PATTERN.finditer(text)
    words = scan.keyword_starts(_WORD_STARTS, low).get("word", [])
    return scan.finditer_at(DATE_PATTERN, text, scan.merged(scan.digit_starts(text), words))


def letter_date_mention(letter_date: str | None, mentions: list[DateMention]) -> list[DateMention]:
    """The letter's own date (its header line, outside the clean text) as a mention.

    Its span is ``(0, 0)``: the date line is not in ``text``. Left out when the text
    itself already opens with that date (some readers keep the date line in the body).
    Dates in the title are added the same way by `title_date_mentions`.

    >>> letter_date_mention("2018-12-12", [])[0].text
    '12 december 2018'
    """
    if not letter_date or len(letter_date) != 10:
        return []
    if any(m.date == letter_date and m.span[0] < 300 for m in mentions):
        return []
    day = date.fromisoformat(letter_date)
    month_name = max((name for name, n in _MONTHS.items() if n == day.month), key=len)
    return [DateMention(f"{day.day} {month_name} {day.year}", letter_date, (0, 0))]


def title_date_mentions(
    title: str | None, ref: date | None, mentions: list[DateMention]
) -> list[DateMention]:
    """Dates in the subject line (outside the text), span ``(0, 0)``, unless the text has them.

    >>> [m.date for m in title_date_mentions("Geannoteerde agenda Brussel juni 2010", None, [])]
    ['2010-06']
    """
    if not title:
        return []
    seen = {m.date for m in mentions}
    found = find_dates(title, ref.isoformat() if ref else None)
    return [DateMention(m.text, m.date, (0, 0), m.date_end) for m in found if m.date not in seen]


def _dates(letter: Letter, context: Context) -> dict[str, list[DateMention]]:
    """The letter's own date and the title's first (span (0, 0), outside the text), the
    header's other dates, then the text's."""
    found = context.text_dates
    in_header = [m for m in letter.dates if m.span == (0, 0)]  # the reader's: "(ingezonden ...)"
    seen = {m.date for m in found} | {letter.date}
    return {
        "dates": letter_date_mention(letter.date, found)
        + title_date_mentions(letter.title, context.reference_date, found)
        + [m for m in in_header if m.date not in seen]
        + found
    }


EXTRACTOR = Extractor(
    name="dates",
    fills=(RecordField("dates", DateMention, "dates", indexes=("date",)),),
    run=_dates,
)
