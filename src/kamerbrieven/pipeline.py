"""The ordered steps that turn a file into a Letter: read -> clean -> parse -> extract ->
enrich.

`STEPS` is the registry. Each step takes the `Document` so far and returns it with its
own part added; after `read` (the only one that touches the disk) every step is pure. A
file that cannot be read gives a Failure with the reason; it never stops the other files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kamerbrieven.clean import CleanLines, clean_lines
from kamerbrieven.enrich import enrich_all
from kamerbrieven.errors import KamerbrievenError
from kamerbrieven.extract import extract_all
from kamerbrieven.ingest import read_file
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.parse import read_letter
from kamerbrieven.record import Letter, Source
from kamerbrieven.settings import Settings, from_env


@dataclass(frozen=True)
class Document:
    """A file on its way through the pipeline: what each step has made of it so far."""

    path: Path
    settings: Settings
    raw: RawDocument | None = None  # after read: raw text, layout hints, metadata
    cleaned: CleanLines | None = None  # after clean: lines without furniture, page footnotes
    letter: Letter | None = None  # after parse: clean text, structure, metadata

    def the_letter(self) -> Letter:
        if self.letter is None:
            raise RuntimeError("a step that needs the letter runs before parse")
        return self.letter


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Document], Document]


def _read(doc: Document) -> Document:
    settings = doc.settings
    raw = read_file(
        doc.path, settings.max_file_bytes, settings.max_unpacked_bytes, settings.max_text_chars
    )
    return replace(doc, raw=within_limit(raw, settings.max_text_chars))


def within_limit(raw: RawDocument, max_chars: int) -> RawDocument:
    r"""The document's text up to `max_chars`, cut at a paragraph end, with a warning.

    >>> from kamerbrieven.record import Source
    >>> raw = RawDocument(Source("x", "", "text"), "een.\n\ntwee.\n\ndrie.")
    >>> cut = within_limit(raw, 12)
    >>> cut.text, cut.warnings
    ('een.\n\ntwee.', ('tekst ingekort tot 11 van 18 tekens',))
    """
    if len(raw.text) <= max_chars:
        return raw
    cut = raw.text.rfind("\n\n", 0, max_chars + 2)  # a break right at the limit counts
    end = cut if cut > max_chars // 2 else max_chars
    warning = f"tekst ingekort tot {end:,} van {len(raw.text):,} tekens".replace(",", ".")
    return replace(raw, text=raw.text[:end], warnings=(*raw.warnings, warning))


def _clean(doc: Document) -> Document:
    if doc.raw is None:
        raise RuntimeError("clean runs before read")
    return replace(doc, cleaned=clean_lines(doc.raw))


def _parse(doc: Document) -> Document:
    if doc.raw is None or doc.cleaned is None:
        raise RuntimeError("parse runs before read and clean")
    return replace(doc, letter=read_letter(doc.raw, doc.cleaned))


def _on_letter(function: Callable[[Letter], Letter]) -> Callable[[Document], Document]:
    return lambda doc: replace(doc, letter=function(doc.the_letter()))


STEPS: tuple[Step, ...] = (
    Step("read", _read),  # ingest/: bytes -> raw text with layout hints, one reader a format
    Step("clean", _clean),  # clean/: page furniture off, page-end footnotes out
    Step("parse", _parse),  # parse/: header by layout, paragraphs, sections, signatures
    Step("extract", _on_letter(extract_all)),  # extract/: the registered extractors
    Step("enrich", _on_letter(enrich_all)),  # enrich/: what follows from several fields
)


@dataclass(frozen=True)
class Failure:
    """A file that could not be read, and why (one line, for the user)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def read(path: str | Path, settings: Settings | None = None) -> Letter:
    """Read one file into a Letter; raises UnreadableFile / UnsupportedFormat on bad input.

    >>> read("samples/002_ad9ccb4a6e4e1731.txt").number
    307
    """
    doc = Document(Path(path), settings or from_env())
    for step in STEPS:
        doc = step.run(doc)
    return doc.the_letter()


_WARM_UP = """Tweede Kamer der Staten-Generaal
Den Haag, 12 december 2018
Geachte voorzitter,
Hierbij zend ik u, mede namens de minister van Defensie, de brief over de Noord Atlan-
tische Raad (NAR) en Oekraïne (Kamerstuk 28 676, nr. 307). De betrek-
kingen blijven goed. Het kabinet zal de Kamer voor 1 maart informeren.
De Minister van Buitenlandse Zaken,
S.A. Blok
"""


def warm_up() -> None:
    """Load what the steps after `read` load on first use (lexicons, name lists, rule
    tables), by running them on a short letter; processes forked after it start warm."""
    raw = RawDocument(Source("warm-up.txt", "0" * 64, "text"), _WARM_UP)
    doc = Document(Path("warm-up.txt"), Settings(), raw=raw)
    for step in STEPS[1:]:
        doc = step.run(doc)


def read_many(
    paths: Iterable[Path], settings: Settings | None = None
) -> Iterator[Letter | Failure]:
    """Each path as a Letter or a Failure, in the order given."""
    for path in paths:
        yield read_or_failure(path, settings)


def read_or_failure(path: Path, settings: Settings | None = None) -> Letter | Failure:
    try:
        return read(path, settings)
    except KamerbrievenError as exc:
        reason = str(exc) + (f" ({exc.hint})" if exc.hint else "")
        return Failure(str(path), reason)
    except RecursionError:
        return Failure(str(path), "document te diep genest om te lezen")
    except MemoryError:
        return Failure(str(path), "te veel geheugen nodig (meer dan de grens per bestand)")
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop a batch of 100k files
        return Failure(str(path), f"interne fout bij het lezen ({type(exc).__name__}: {exc})")
