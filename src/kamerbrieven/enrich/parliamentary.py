"""Is this a parliamentary document at all? A shop's web page is not.

A document shows at least one sign of the genre: a kind the reader recognised, a
Kamerstuk dossier or number, a sending ministry, the Kamer as addressee, a citation of
a Kamerstuk or the Handelingen, or the words of parliamentary business in its text.
"""

from __future__ import annotations

import re

from kamerbrieven.record import Letter

# Words of parliamentary business: "uw Kamer", "de minister", "Kamerstuk", "Staten-Generaal"
_WORDS = re.compile(
    r"\b(?:Tweede\s+Kamer|Eerste\s+Kamer|uw\s+Kamer|Staten-Generaal|Kamerstuk(?:ken)?"
    r"|Kamerle(?:den|d)|Kamervragen|Handelingen|[Mm]inist(?:er|ers|erie|eries)"
    r"|[Ss]taatssecretaris|kabinet|regering|parlement\w*|motie|amendement|wetsvoorstel)\b"
)
_PARLIAMENT_REFERENCES = ("kamerstuk", "motie", "amendement", "handelingen", "aanhangsel")
NOT_PARLIAMENTARY = "geen kenmerken van een parlementair stuk"


def parliamentary_signs(letter: Letter) -> list[str]:
    """The signs of a parliamentary document the letter shows (empty: none).

    >>> from kamerbrieven.record import Source
    >>> shop = Letter("x", Source("x", "", "html"), text="Bestel nu: gratis verzending!")
    >>> parliamentary_signs(shop)
    []
    >>> parliamentary_signs(shop.replace(text="De minister informeert uw Kamer."))
    ['woorden: minister, uw Kamer']
    """
    signs = []
    if letter.kind != "other":
        signs.append(f"soort {letter.kind}")
    if letter.dossier or letter.number is not None:
        signs.append("dossier of nummer")
    if letter.senders:
        signs.append("afzender " + ", ".join(letter.senders))
    if letter.addressee and "kamer" in letter.addressee.lower():
        signs.append("geadresseerd aan de Kamer")
    if any(r.type in _PARLIAMENT_REFERENCES for r in letter.references):
        signs.append("verwijst naar Kamerstukken")
    words = sorted({" ".join(m.group().split()) for m in _WORDS.finditer(letter.text[:20000])})
    if words:
        signs.append("woorden: " + ", ".join(words[:4]))
    return signs


def mark_not_parliamentary(letter: Letter) -> Letter:
    """A warning on a document without any sign of the genre (`ingest` refuses it unless
    told to keep it as kind `other`)."""
    if parliamentary_signs(letter):
        return letter
    return letter.replace(warnings=(*letter.warnings, NOT_PARLIAMENTARY))
