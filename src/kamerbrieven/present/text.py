"""A letter as readable text: its metadata, then the clean body, then footnotes."""

from __future__ import annotations

from kamerbrieven.record import Letter


def letter_as_text(letter: Letter) -> str:
    """Metadata lines, a blank line, the body, and the footnotes at the end.

    >>> from kamerbrieven.record import Letter, Source
    >>> letter = Letter(id="sha-1", source=Source("a.txt", "1", "text"), text="Hallo.")
    >>> print(letter_as_text(letter))
    id:        sha-1
    bron:      a.txt (text)
    soort:     other
    <BLANKLINE>
    Hallo.
    """
    fields = [
        ("id", letter.id),
        ("bron", f"{letter.source.path} ({letter.source.format})"),
        ("soort", letter.kind),
        ("dossier", " ".join(x for x in (letter.dossier, letter.dossier_title) if x)),
        ("nummer", letter.number),
        ("datum", letter.date),
        ("onderwerp", letter.title),
        ("afzender", ", ".join(letter.senders)),
        ("aan", letter.addressee),
        (
            "getekend",
            "; ".join(
                f"{s.name} ({s.function})" if s.function else s.name for s in letter.signatories
            ),
        ),
    ]
    lines = [f"{label + ':':<10} {value}" for label, value in fields if value not in (None, "")]
    lines += [f"{'let op:':<10} {warning}" for warning in letter.warnings]
    lines += ["", letter.text.strip()]
    if letter.footnotes:
        lines += ["", "---"] + [f"[{f.mark}] {f.text}" for f in letter.footnotes]
    return "\n".join(lines)
