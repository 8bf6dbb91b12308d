"""Dutch text analysis shared by the index and the query: fold, stem, split compounds.

Both sides go through the same Python functions, so a query word always meets the
tokens its letter was indexed with. tantivy only splits the pre-analysed strings on
whitespace. We stem with PyStemmer's ``dutch_porter`` (the algorithm PostgreSQL's
``dutch`` uses) rather than tantivy's built-in Dutch stemmer, which maps
``bondgenoten`` to ``bondnoot`` but leaves ``bondgenoot`` alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import Stemmer

from kamerbrieven.nl.lexicon import dutch_words, dutch_words_lower

# A word is letters/digits, possibly joined by hyphens: `NAVO-bondgenoten`, `kst-33694-34`.
WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_MAX_TOKEN = 40  # longer "words" are garbage (URLs, hashes); tantivy terms have a size cap
_MIN_PIECE = 4  # compound pieces shorter than this split too eagerly (`ver` + `kiezing`)
_LINKERS = ("s", "en", "e")  # tussenklanken: presidents|verkiezingen, boeken|kast, ziekte|verlof
_MIN_HEAD = 5  # the last piece: `stof`, `ring`, `lijk` as heads mostly split non-compounds
# Lexicon words that are really suffixes when they end a word: beheer|sing, mogelijk|heden.
_SUFFIX_WORDS = frozenset(
    [
        "ingen",
        "lingen",
        "elingen",
        "heden",
        "schap",
        "schappen",
        "rijke",
        "lijke",
        "atie",
        "aties",
        "ische",
        "loze",
        "baar",
        "bare",
        "erij",
        "ster",
        "sters",
        "tjes",
    ]
)
_stemmer = Stemmer.Stemmer("dutch_porter")


def _build_fold_table() -> dict[int, str]:
    # One character in, one character out, so offsets into folded text stay valid.
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base
    table[ord("ß")] = "s"
    return table


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """Lower case with diacritics removed, same length as the input.

    >>> fold("Oekraïne")
    'oekraine'
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    if len(lowered) != len(text):  # `İ` lowers to two characters: keep offsets instead
        lowered = "".join(ch.lower()[0] for ch in text)
    # str.translate with a dict is slow on long texts; only the rare accented letters need it
    return _NON_ASCII.sub(_fold_char, lowered)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(match: re.Match[str]) -> str:
    char = match.group()
    return _FOLD.get(ord(char), char)


def stem(word: str) -> str:
    """The index form of one word piece (no hyphens): folded and stemmed.

    >>> stem("Verkiezingen"), stem("Oekraïne")
    ('verkiez', 'oekrain')
    """
    return _stem_folded(fold(word))


@lru_cache(maxsize=200_000)
def _stem_folded(folded: str) -> str:
    return str(_stemmer.stemWord(folded))


def token(piece: str) -> str:
    """The index token of one word piece: an acronym in capitals keeps its own form.

    The stemmer maps `naar` to `nar`, so `NAR` (Noord Atlantische Raad) would find every
    letter with `naar`; capitals of 2-6 letters become `nar_` instead, never stemmed.

    >>> token("NAR"), token("naar"), token("Verkiezingen")
    ('nar_', 'nar', 'verkiez')
    """
    if 2 <= len(piece) <= 6 and piece.isupper() and piece.isalpha():
        return fold(piece) + ACRONYM_MARK
    return stem(piece)


ACRONYM_MARK = "_"


def plain_acronym_token(piece: str) -> str | None:
    """The ordinary token of an acronym in capitals, when searching it cannot find a word.

    `NAVO` is also written `Navo`, which is indexed as a plain word (`navo`): a query for
    `NAVO` looks for that too. Not so for `NAR`: `nar` is a Dutch word and the stem of
    `naar`, so the plain token would find every letter with `naar`.

    >>> plain_acronym_token("NAVO"), plain_acronym_token("NAR"), plain_acronym_token("Navo")
    ('navo', None, None)
    """
    if not (2 <= len(piece) <= 6 and piece.isupper() and piece.isalpha()):
        return None
    lower = fold(piece)
    plain = _stem_folded(lower)
    if lower in dutch_words() or plain in _common_stems():
        return None
    return plain


@lru_cache(maxsize=1)
def _common_stems() -> frozenset[str]:
    """Stems of the lexicon's lower-case words that are short enough to meet an acronym."""
    return frozenset(_stemmer.stemWords([w for w in dutch_words() if len(w) <= 10 and w.islower()]))


def words(text: str) -> Iterator[re.Match[str]]:
    """Every word of `text` with its position (hyphenated words whole)."""
    return WORD_RE.finditer(text)


def analyse(text: str) -> list[str]:
    """The token stream of free text, as indexed in the body, title and heading fields.

    Hyphenated words become their pieces, so `NAVO-bondgenoten` meets `NAVO bondgenoten`.

    >>> analyse("De NAVO-bondgenoten in Oekraïne")
    ['de', 'navo_', 'bondgenot', 'in', 'oekrain']
    """
    tokens: list[str] = []
    for match in WORD_RE.finditer(text):
        for piece in match.group().split("-"):
            if len(piece) <= _MAX_TOKEN:
                tokens.append(token(piece))
    return tokens


def extra_tokens(text: str) -> list[str]:
    """Tokens that let other spellings find `text`: compound parts and joined hyphen forms.

    `presidentsverkiezingen` gives its parts (`president`, `verkiez`); `wiskunde-onderwijs`
    gives the joined `wiskundeonderwijs` and the parts of each piece.

    >>> extra_tokens("presidentsverkiezingen en wiskunde-onderwijs")
    ['president', 'verkiez', 'wiskundeonderwijs']
    """
    out: list[str] = []
    for match in WORD_RE.finditer(text):
        out.extend(_word_extras(match.group()))
    return out


@lru_cache(maxsize=200_000)
def _word_extras(word: str) -> tuple[str, ...]:
    pieces = word.lower().split("-")
    out: list[str] = []
    if len(pieces) > 1:
        joined = "".join(pieces)
        if len(joined) <= _MAX_TOKEN:
            out.append(_stem_folded(fold(joined)))
    for piece in pieces:
        out.extend(_stem_folded(fold(part)) for part in compound_parts(piece))
    return tuple(out)


def compound_parts(word: str) -> tuple[str, ...]:
    """The lexicon words a compound is made of, and the sub-compounds among them.

    The word is split into the fewest lexicon pieces (each >= 4 letters), allowing a
    linking -s-/-e-/-en- after any piece but the last; pieces are split again down to
    single words. Then a chain of neighbouring pieces is a part too when the lexicon
    knows it, or when it starts or ends the word and does not cut a lexicon word in two
    (`ontwikkeling|s|samen|werking|s|beleid` gives `ontwikkelingssamenwerking` and
    `samenwerkingsbeleid`, not `ontwikkelingssamen`).

    >>> compound_parts("ontwikkelingssamenwerkingsbeleid")[-1]
    'ontwikkelingssamenwerking'
    >>> compound_parts("wapenbeheersingsverplichtingen")
    ('wapenbeheersing', 'verplichtingen', 'wapen', 'beheersing')
    >>> compound_parts("verkiezingen")
    ()
    """
    return _compound_parts(word.lower())


@lru_cache(maxsize=200_000)
def _compound_parts(word: str) -> tuple[str, ...]:
    atoms = _atoms(word)
    if len(atoms) < 2:
        return ()
    pieces = _fewest_pieces(word)
    out = list(pieces)
    for piece in pieces:
        out.extend(p for p in _compound_parts(piece) if p not in out)
    if len(atoms) > 2:
        lexicon = dutch_words_lower()
        last = len(atoms) - 1
        # a cut between two pieces that form a lexicon word makes junk: `ontwikkelingssamen`
        cuts = [word[atoms[k - 1][0] : atoms[k][1]] not in lexicon for k in range(1, last + 1)]
        for i in range(last + 1):
            for j in range(i + 1, last + 1):
                if (i, j) == (0, last):
                    continue
                chain = word[atoms[i][0] : atoms[j][1]]
                if chain in out:
                    continue
                clean = (i == 0 or cuts[i - 1]) and (j == last or cuts[j])
                if chain in lexicon or (clean and (i == 0 or j == last)):
                    out.append(chain)
    return tuple(out)


@lru_cache(maxsize=200_000)
def _atoms(word: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each single-word piece of a compound, linkers left out."""
    if len(word) < 2 * _MIN_PIECE or len(word) > _MAX_TOKEN or not word.isalpha():
        return ()
    pieces = _fewest_pieces(word)
    if len(pieces) < 2:
        return ()
    out: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        start = word.index(piece, cursor)
        inner = _atoms(piece)
        out.extend((start + a, start + b) for a, b in inner) if inner else out.append(
            (start, start + len(piece))
        )
        cursor = start + len(piece)
    return tuple(out)


def _fewest_pieces(word: str) -> tuple[str, ...]:
    """Split into the fewest lexicon words (never the word itself, even when the lexicon
    knows it); ties go to the split whose shortest piece is longest (`stikstof|uitstoot`,
    not `stik|stofuitstoot`)."""
    return _fewest_pieces_cached(word)


@lru_cache(maxsize=200_000)
def _fewest_pieces_cached(word: str) -> tuple[str, ...]:
    lexicon = dutch_words_lower()
    n = len(word)
    if n < 2 * _MIN_PIECE or n > _MAX_TOKEN or not word.isalpha():
        return ()
    # best[i]: the best split of word[:i], each piece stored without its linker
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for end in range(_MIN_PIECE, n + 1):
        for start in range(end - _MIN_PIECE + 1):
            prefix = best[start]
            if prefix is None or (start == 0 and end == n):
                continue
            piece = _as_piece(word[start:end], lexicon, last=end == n)
            if piece is None:
                continue
            candidate = prefix + (piece,)
            current = best[end]
            if current is None or _split_rank(candidate) < _split_rank(current):
                best[end] = candidate
    pieces = best[n] or ()
    if len(pieces) > 2 and min(len(piece) for piece in pieces) < _MIN_HEAD:
        return ()  # three short pieces is a guess, not a compound: vers|lech|tering
    return pieces


def _split_rank(pieces: tuple[str, ...]) -> tuple[int, int]:
    return len(pieces), -min(len(piece) for piece in pieces)


def _as_piece(chunk: str, lexicon: frozenset[str], *, last: bool) -> str | None:
    if last:
        ok = len(chunk) >= _MIN_HEAD and chunk not in _SUFFIX_WORDS and chunk in lexicon
        return chunk if ok else None
    if chunk in lexicon:
        return chunk
    for linker in _LINKERS:
        base = chunk[: -len(linker)]
        if chunk.endswith(linker) and len(base) >= _MIN_PIECE and base in lexicon:
            return base
    return None


_index_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def analyse_for_index(text: str) -> tuple[list[str], list[str]]:
    """`analyse(text)` and `extra_tokens(text)` in one pass, cached per word (the hot path).

    >>> analyse_for_index("NAVO-bondgenoten")
    (['navo_', 'bondgenot'], ['navobondgenot', 'bond', 'genot'])
    """
    tokens: list[str] = []
    extras: list[str] = []
    cache = _index_cache
    for word in WORD_RE.findall(text):
        entry = cache.get(word)
        if entry is None:
            if len(cache) > 500_000:  # bound memory on huge, varied corpora
                cache.clear()
            pieces = [p for p in word.split("-") if len(p) <= _MAX_TOKEN]
            entry = (tuple(token(p) for p in pieces), _word_extras(word))
            cache[word] = entry
        tokens.extend(entry[0])
        extras.extend(entry[1])
    return tokens, extras


def joined(tokens: Iterable[str]) -> str:
    """Tokens as one whitespace-separated string, for tantivy's whitespace tokenizer."""
    return " ".join(tokens)
