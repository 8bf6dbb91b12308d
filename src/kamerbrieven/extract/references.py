"""Citations of other parliamentary and official documents, normalised with a target id:
the forms of `reference_forms.REFERENCE_FORMS` run over the text and over each footnote.

Patterns run over the text as it is (``\\s+`` wherever a line may wrap), so spans are
offsets into the clean text without any mapping.
"""

from __future__ import annotations

from kamerbrieven.extract.reference_forms import REFERENCE_FORMS
from kamerbrieven.extract.registry import Context, Extractor
from kamerbrieven.record import Letter, RecordField, Reference


def find_references(text: str) -> list[Reference]:
    """Every citation in `text`, in order; a list of numbers gives one reference each.

    >>> [r.target_id for r in find_references("de motie Voordewind (Kamerstuk 33 694, nr. 30)")]
    ['kst-33694-30']
    """
    taken: list[tuple[int, int]] = []
    found: list[Reference] = []
    for rule, m in REFERENCE_FORMS.finditer(text):
        if m.end() == m.start() or any(m.start() < b and a < m.end() for a, b in taken):
            continue
        refs = list(rule.yields(m))
        if refs:
            taken.append((m.start(), m.end()))
            found.extend(refs)
    return sorted(found, key=lambda r: r.span)


def find_footnote_references(footnotes: list[tuple[str, str]], text: str) -> list[Reference]:
    """Citations in footnote texts; each takes the span of its marker ``[n]`` in `text`.

    The marker is the footnote's place in the clean text; a note whose marker is not in
    the text gets the span ``(0, 0)``.

    >>> notes = [("2", "Zie verslag, Kamerstuk 28 676, nr. 106.")]
    >>> find_footnote_references(notes, "Tallinn criterium[2]: het")[0].span
    (17, 20)
    """
    found: list[Reference] = []
    for mark, note in footnotes:
        marker = text.find(f"[{mark}]")
        span = (marker, marker + len(mark) + 2) if marker >= 0 else (0, 0)
        for ref in find_references(note):
            found.append(
                Reference(ref.type, ref.raw, span, ref.dossier, ref.number, ref.year, ref.target_id)
            )
    return found


def _references(letter: Letter, context: Context) -> dict[str, list[Reference]]:
    """The text's citations and the footnotes' (at their markers), in text order."""
    notes = [(note.mark, note.text) for note in letter.footnotes]
    found = find_references(letter.text) + find_footnote_references(notes, letter.text)
    return {"references": sorted(found, key=lambda r: r.span)}


EXTRACTOR = Extractor(
    name="references",
    fills=(
        RecordField(
            "references",
            Reference,
            "citations",  # REFERENCES is an SQL keyword
            index_keys=lambda ref: [("verwijst", ref.target_id)] if ref.target_id else [],
            filters={"verwijst": "brieven die een stuk aanhalen, bv. verwijst:kst-33694-34"},
            indexes=("target_id",),
        ),
    ),
    run=_references,
)
