"""What a commitment promises, as a word a later letter's title can show: the promised
document (`subject`: ``het Nederlandse nationale plan``) comes down to its head noun
(``plan``), which the title of the letter that delivers it names, alone or as the end of
a compound (``Nationaal actieplan ...``).

    >>> subject_key("het Nederlandse nationale plan")
    'plan'
    >>> subject_key("een aanvullende Artikel 100-brief over de missie")
    'artikel 100-brief'
    >>> delivers("Nationaal actieplan Vrouwen, Vrede en Veiligheid", "plan")
    True
"""

from __future__ import annotations

import re
from datetime import date

# Where the promised thing's own words end: "een brief over ...", "het plan van aanpak".
_ENDS = frozenset(
    "over van voor met aan om in op naar inzake betreffende omtrent rond waarin waarmee "
    "die dat waarvan zodra zo voordat na bij tegen onder".split()
)
# Words that say only that something comes, not what: no key (the citation decides).
_VAGUE = frozenset(
    "brief kamerbrief informatie stand zaken hoogte termijn kamer hierover daarover "
    "reactie stuk stukken uitkomst uitkomsten resultaat resultaten wijze moment".split()
)
_WORD = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
MIN_KEY = 4  # shorter head nouns ("wet") say too little
# A later letter keeps a promise within this many years of it, or of its deadline when
# that is later: what comes long after is no longer plausibly the answer to it.
KEEP_YEARS = 2
LATE_YEARS = 1


def subject_key(subject: str | None) -> str | None:
    """The promised thing's head noun (with a number glued before it: ``artikel 100-brief``),
    or None when the subject is vague or missing."""
    if not subject:
        return None
    words: list[str] = _WORD.findall(subject.lower())
    cut = next((i for i, w in enumerate(words) if i and w in _ENDS), len(words))
    words = words[:cut]
    if not words:
        return None
    head = words[-1]
    if len(words) > 1 and "-" in head and head.split("-")[0].isdigit():
        return f"{words[-2]} {head}"  # "Artikel 100-brief": a kind of its own
    if len(head) < MIN_KEY or head.rsplit("-", 1)[-1] in _VAGUE:
        return None
    return head


def title_keys(title: str | None) -> set[str]:
    """Every key a title can deliver: its words, the ends of its compounds (four letters
    or more), and a number-word with the word before it.

    >>> sorted(title_keys("Actieplan"))
    ['actieplan', 'ctieplan', 'eplan', 'ieplan', 'plan', 'tieplan']
    """
    if not title:
        return set()
    words: list[str] = _WORD.findall(title.lower())
    keys: set[str] = set()
    for i, word in enumerate(words):
        keys.update(word[start:] for start in range(len(word) - MIN_KEY + 1))
        if i and "-" in word and word.split("-")[0].isdigit():
            keys.add(f"{words[i - 1]} {word}")
    return keys


def delivers(title: str | None, key: str) -> bool:
    """Whether a letter of this title is (by its name) the promised thing."""
    return key in title_keys(title)


def keep_until(promised_on: str | None, not_after: str | None) -> str | None:
    """The last day a later letter can keep a promise made on `promised_on`.

    >>> keep_until("2018-03-01", None), keep_until("2018-03-01", "2021-06-30")
    ('2020-03-01', '2022-06-30')
    """
    try:
        ends = [_years_after(promised_on, KEEP_YEARS)] if promised_on else []
        ends += [_years_after(not_after, LATE_YEARS)] if ends and not_after else []
    except ValueError:  # a date the record should not hold: no deadline then
        ends = ends[:1]
    return max(ends) if ends else None


def _years_after(day: str, years: int) -> str:
    when = date.fromisoformat(day[:10])
    try:
        return when.replace(year=when.year + years).isoformat()
    except ValueError:  # 29 February
        return when.replace(year=when.year + years, day=28).isoformat()
