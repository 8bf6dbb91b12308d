"""The OpenTaal Dutch word list, bundled in `kamerbrieven/data/` (see its README)."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def dutch_words() -> frozenset[str]:
    """Every word of the OpenTaal list, as written (case kept: `Rusland`, `NAVO`, `de-escalatie`).

    >>> "verslechtering" in dutch_words()
    True
    """
    data = resources.files("kamerbrieven.data").joinpath("opentaal-wordlist.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split("\n")) - {""}


@lru_cache(maxsize=1)
def dutch_words_lower() -> frozenset[str]:
    """The same list folded to lower case, for looking up words at the start of a sentence."""
    return frozenset(word.lower() for word in dutch_words())


def is_dutch_word(word: str) -> bool:
    """True when the lexicon knows `word` as written or, failing that, in lower case."""
    return word in dutch_words() or word.lower() in dutch_words_lower()
