"""Acronyms defined in the text: a long form with its short form in brackets.

``de Noord Atlantische Raad (NAR)`` -> NAR = Noord Atlantische Raad; ``Train, Advice and
Assist (TAA)-activiteiten``; ``Membership Action Plan- (MAP)status``; ``Organisatie voor
Veiligheid en Samenwerking in Europa (OVSE)``. The letters of the short form are matched
to the words before the bracket: every content word gives its initial, small words
(``van``, ``and``) may give theirs or nothing, and a word may give more letters from its
parts (``Veiligheidsbeleid`` -> V, B in GBVB). The long form is the fewest words that
match.
"""

from __future__ import annotations

import re

from kamerbrieven.extract.registry import Extractor
from kamerbrieven.record import Acronym, RecordField

# "Special Operations Advisory Team (SOAT)", "Annual National Plan (ANP)"
# "(hierna: IVRK)", the legal way to introduce a short form; "(Wtl)", "(Wob)": Dutch laws
# are short forms with one capital, spelled by the initials alone (see `_MIXED`).
_DEFINITION = re.compile(
    r"\((?:hierna(?:\s+te\s+noemen)?:?\s+)?"
    r"(?P<short>[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*|(?P<mixed>[A-Z][a-z]{1,3}))\)"
)
_WORDS_BEFORE = re.compile(r"[\w'’&]+(?:-[\w'’&]+)*-?[,]?")
_NOT_WORD = re.compile(r"[^\w]")
# Words that may be left out of the short form: Dutch, English, French function words.
SMALL_WORDS = frozenset(
    "van de der den het een en voor in op met tot aan over bij of te ter ten inzake "
    "betreffende tegen om uit per naar door onder tussen jegens "
    "and of the for on in to at by with a an des du la le les et pour".split()
)
MAX_EXTRA_WORDS = 5  # small words a long form may hold beyond one word per letter


def _can_spell(letters: str, words: list[str], initials_only: bool = False) -> bool:
    """Whether `words` spell `letters` (lower case), each content word starting one;
    with `initials_only`, each content word gives its initial and nothing more."""

    # memo in a plain dict: wrapping `fits` in `functools.cache` on every call costs more
    known: dict[tuple[int, int], bool] = {}

    def fits(i: int, w: int) -> bool:
        if (i, w) not in known:
            known[i, w] = _fits(i, w)
        return known[i, w]

    def _fits(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(letters)
        word = words[w]
        small = word in SMALL_WORDS
        if small and fits(i, w + 1):
            return True
        if i == len(letters) or word[0] != letters[i]:
            return False
        # the word gives its initial, then maybe more letters from later in the word
        options = [1]
        j, pos = i + 1, 1
        while j < len(letters) and not initials_only:
            pos = word.find(letters[j], pos)
            if pos < 0:
                break
            options.append(j + 1 - i)
            j, pos = j + 1, pos + 1
        return any(fits(i + n, w + 1) for n in options)

    return fits(0, 0)


def _long_form(before: str, short: str, initials_only: bool = False) -> str | None:
    letters = re.sub(r"[^a-z0-9]", "", short.lower())
    tokens = list(_WORDS_BEFORE.finditer(before))
    if not letters or not tokens:
        return None
    for count in range(1, min(len(tokens), len(letters) + MAX_EXTRA_WORDS) + 1):
        chosen = tokens[-count:]
        words = [_NOT_WORD.sub("", t.group().lower()) for t in chosen]
        if words[0] in SMALL_WORDS or not words[0]:
            continue
        if _can_spell(letters, [w for w in words if w], initials_only):
            text = before[chosen[0].start() :].strip().rstrip(",-").strip()
            return " ".join(text.split())
    return None


def find_acronyms(text: str) -> list[Acronym]:
    """Each (short, long) pair defined in `text`, once, in order of first definition.

    >>> find_acronyms("de Noord Atlantische Raad (NAR) die op 4 en 5 december")
    [Acronym(short='NAR', long='Noord Atlantische Raad')]
    >>> find_acronyms("is de Wet tegemoetkoming loondomein (Wtl) ingevoerd")
    [Acronym(short='Wtl', long='Wet tegemoetkoming loondomein')]
    """
    found: dict[tuple[str, str], Acronym] = {}
    for m in _DEFINITION.finditer(text):
        start = max(0, m.start() - 200)
        before = text[start : m.start()]
        before = re.split(r"[.;:()\n]\s", before)[-1]  # stay in the clause
        long = _long_form(before, m.group("short"), initials_only=bool(m.group("mixed")))
        if long:
            found.setdefault((m.group("short"), long), Acronym(m.group("short"), long))
    return list(found.values())


EXTRACTOR = Extractor(
    name="acronyms",
    fills=(RecordField("acronyms", Acronym, "acronyms"),),
    run=lambda letter, context: {"acronyms": find_acronyms(letter.text)},
)
