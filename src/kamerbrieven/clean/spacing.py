"""Letter-spacing damage: a capital cut off its word by kerning (`T weede Kamer`).

PDF tools put a space between a capital and the next letter when the font kerns the
pair tightly (T, V, W, Y, P ...): `T weede Kamer der Staten-Generaal 2 V ergaderjaar
2018–2019`. The lexicon decides: join when it knows the joined word and not the rest.
"""

from __future__ import annotations

import re

from kamerbrieven.nl.lexicon import is_dutch_word

# a lone capital, a space, then a lower-case word: "V ergaderjaar"
_CUT_CAPITAL = re.compile(r"(?<![\w.])([A-Z]) ([a-zà-ÿ][\w\-’']*)")
# Capitals that kern with the next letter; for them a short rest may also be a word
# ("W ij" -> "Wij": "ij" is in the lexicon as the letter's name).
_KERNING_CAPITALS = frozenset("TVWYPF")
# ...but not when the rest is a word of its own that often follows a lone letter:
# "de ministeries van V en W", "bijlage P of Q"
_FUNCTION_WORDS = frozenset({"en", "of", "in", "op", "te", "de", "na", "om", "is", "al"})


def _should_join(capital: str, rest: str) -> bool:
    word = rest.rstrip(".,;:!?)’'")
    if not word or not is_dutch_word(capital + word):
        return False
    if not is_dutch_word(word):
        return True
    return capital in _KERNING_CAPITALS and len(word) <= 2 and word not in _FUNCTION_WORDS


def repair_letter_spacing(line: str) -> str:
    """Rejoin capitals split off their word by letter spacing.

    >>> repair_letter_spacing("T weede Kamer der Staten-Generaal 2 V ergaderjaar 2018–2019")
    'Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2018–2019'
    >>> repair_letter_spacing("Ik zend U hierbij de stukken")
    'Ik zend U hierbij de stukken'
    """
    if " " not in line:
        return line

    def fix(match: re.Match[str]) -> str:
        capital, rest = match.group(1), match.group(2)
        return capital + rest if _should_join(capital, rest) else match.group(0)

    return _CUT_CAPITAL.sub(fix, line)
