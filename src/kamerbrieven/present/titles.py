"""What to call a letter in a list: its subject, or, for a letter without one (a typeset
Kamerstuk shows no subject line), its kind, dossier title and date."""

from __future__ import annotations

from kamerbrieven.nl.months import month_numbers

_KIND_WORDS = {
    "brief": "Brief",
    "geannoteerde agenda": "Geannoteerde agenda",
    "verslag": "Verslag",
    "verslag algemeen overleg": "Verslag algemeen overleg",
    "motie": "Motie",
    "amendement": "Amendement",
    "antwoorden kamervragen": "Antwoorden op Kamervragen",
    "other": "Stuk",
}


def dutch_date(iso: str | None) -> str:
    """`2018-12-12` -> `12 december 2018` (a month alone: `december 2018`).

    >>> dutch_date("2018-12-12"), dutch_date("2018-12"), dutch_date(None)
    ('12 december 2018', 'december 2018', '')
    """
    if not iso:
        return ""
    names = {n: name for name, n in month_numbers().items() if len(name) > 3 or name == "mei"}
    parts = iso.split("-")
    try:
        month = names[int(parts[1])] if len(parts) > 1 else ""
    except (ValueError, KeyError):
        return iso
    if len(parts) == 3:
        return f"{int(parts[2])} {month} {parts[0]}"
    return f"{month} {parts[0]}".strip()


def display_title(
    title: str | None,
    kind: str,
    dossier_title: str | None = None,
    date: str | None = None,
) -> str:
    """The subject, or `Brief over NAVO, 12 december 2018` for a letter without one.

    >>> display_title(None, "brief", "NAVO", "2018-12-12")
    'Brief over NAVO, 12 december 2018'
    >>> display_title("Kamerbrief over stikstof", "brief")
    'Kamerbrief over stikstof'
    """
    if title:
        return title
    words = _KIND_WORDS.get(kind, kind.capitalize())
    if dossier_title:
        words += f" over {dossier_title}"
    when = dutch_date(date)
    return f"{words}, {when}" if when else words


def cut_at_word(text: str, width: int) -> str:
    """`text` at most `width` characters, cut after a whole word, with an ellipsis.

    >>> cut_at_word("Verslag van de NAVO-ministeriële van 4 en 5 december", 30)
    'Verslag van de…'
    """
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
