"""What kind of document it is, from the header's kind line or the letter's shape."""

from __future__ import annotations

import re

# Kind lines of Kamerstukken and Aanhangsel, first match wins (most specific first):
#   "GEANNOTEERDE AGENDA", "VERSLAG VAN EEN ALGEMEEN OVERLEG", "VERSLAG VAN EEN
#   SCHRIFTELIJK OVERLEG", "MOTIE VAN HET LID HOLMAN", "GEWIJZIGDE MOTIE VAN ...",
#   "AMENDEMENT VAN HET LID ...", "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
#   "Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 23 juli 2024)"
_KIND_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("geannoteerde agenda", re.compile(r"\bgeannoteerde\s+agenda\b", re.IGNORECASE)),
    (
        # the committee's report of a meeting or written exchange with a minister
        "verslag algemeen overleg",
        re.compile(
            r"\bverslag\s+van\s+een\s+(?:(?:algemeen\s+|schriftelijk\s+|nota|wetgevings)"
            r"overleg|commissiedebat)",
            re.IGNORECASE,
        ),
    ),
    ("verslag", re.compile(r"^(?:\w+\s+)?verslag\b", re.IGNORECASE)),
    ("motie", re.compile(r"^(?:(?:nader\s+)?gewijzigde\s+)?motie\b", re.IGNORECASE)),
    ("amendement", re.compile(r"^(?:(?:nader\s+)?gewijzigd\s+)?amendement\b", re.IGNORECASE)),
    ("antwoorden kamervragen", re.compile(r"^antwoord(?:en)?\s+(?:van|op)\b", re.IGNORECASE)),
    ("brief", re.compile(r"^brief\b", re.IGNORECASE)),
]
# A subject line may name the genre: "Geannoteerde agenda Raad Buitenlandse Zaken van ...",
# "Beantwoording Kamervragen ...", "Verslag NAVO-ministeriële ..."
_TITLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("geannoteerde agenda", re.compile(r"\bgeannoteerde\s+agenda\b", re.IGNORECASE)),
    # "Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 26-27 april 2004",
    # the news wire's "Kamerbrief verslag RAZEB van 26 en 27 april 2004"
    ("verslag", re.compile(r"^(?:Kamerbrief\s+(?:inzake\s+)?)?verslag\b", re.IGNORECASE)),
    # "Verzoek om uitstel beantwoording Kamervragen", "Uitstelbrief op kamervragen van ...":
    # a letter asking for more time, not the answers
    ("brief", re.compile(r"\buitstel", re.IGNORECASE)),
    (
        "antwoorden kamervragen",
        # "Beantwoording Kamervragen van de leden Temmink en Van Nispen (beiden SP) ..."
        re.compile(r"\b(?:beantwoording|antwoorden)\b.*(?:\b|kamer)vragen\b", re.IGNORECASE),
    ),
]


def kind_from_line(line: str | None) -> str | None:
    """The kind a header kind line names, or None.

    >>> kind_from_line("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
    'brief'
    >>> kind_from_line("VERSLAG VAN EEN ALGEMEEN OVERLEG")
    'verslag algemeen overleg'
    """
    if not line:
        return None
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(line.strip()):
            return kind
    return None


def guess_kind(
    kind_line: str | None,
    title: str | None,
    answer_line: str | None,
    salutation: str | None,
    has_minister_signature: bool,
    annex_title: str | None = None,
    on_paper: bool = False,
    questions_answered: bool = False,
) -> str:
    """The record's kind: from the kind line, an Aanhangsel answer line, the subject, the
    title of what a cover letter hands over, or the shape of a letter (a salutation, a
    minister's signature, a letterhead with an addressee make a brief).

    A minister's letter that reports a council meeting is a letter, and a committee's
    report of its meeting with a minister a "verslag algemeen overleg":
    >>> guess_kind("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", None, None, None, True,
    ...            "Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 23–24 "
    ...            "februari 2004")
    'brief'
    >>> guess_kind("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", None, None, None, False)
    'verslag algemeen overleg'
    >>> guess_kind(None, None, None, "voorzitter", True)
    'brief'
    """
    found = kind_from_line(kind_line)
    annexed = _annex_kind(annex_title)
    a_letter = found == "brief" or bool(salutation or has_minister_signature or on_paper)
    if found == "brief" and annexed:
        return _as_letter(annexed)
    if found:
        return found
    if answer_line:
        return "antwoorden kamervragen"
    for kind, pattern in _TITLE_PATTERNS:
        if title and pattern.search(title):
            return _as_letter(kind) if a_letter else kind
    if annexed:
        return _as_letter(annexed) if a_letter else annexed
    if questions_answered and not kind_line:
        return "antwoorden kamervragen"  # "Vraag 1" ... "Antwoord op vraag 1" in the body
    if kind_line:
        return "other"  # "MEMORIE VAN TOELICHTING", "VOORSTEL VAN WET", ...
    if salutation or has_minister_signature or on_paper:
        return "brief"
    return "other"


def _as_letter(kind: str) -> str:
    """A minister's letter that reports a meeting ("Verslag van de Raad ...") is a letter;
    one that is the annotated agenda stays that."""
    return "brief" if kind == "verslag" else kind


def _annex_kind(title: str | None) -> str | None:
    """A report or an annotated agenda handed over under a cover letter, by its title:
    "Verslag van de Raad ...", "Aanvullende informatie op de Geannoteerde agenda van ..."."""
    if not title:
        return None
    if re.search(r"\bgeannoteerde\s+agenda\b", title, re.IGNORECASE):
        return "geannoteerde agenda"
    if re.match(r"^verslag\b", title, re.IGNORECASE):
        return "verslag"
    return None


# "Vraag 1", "Vraag 3 en 8", "Vragen 2 en 3"; "Antwoord op vraag 1", "Antwoord 1", "Antwoord"
_QUESTION = re.compile(r"^Vra(?:ag|gen)\s+\d+\b")
_ANSWER = re.compile(
    r"^Antwoord(?:\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?\d+\b|\s*:|$)", re.IGNORECASE
)


def questions_answered(paragraphs: list[str]) -> bool:
    """Whether the body is questions each followed by an answer, the shape of answers to
    Kamervragen (two questions and two answers at least).

    >>> questions_answered(["Vraag 1", "Kent u ...?", "Antwoord op vraag 1", "Ja.",
    ...                     "Vraag 2", "Deelt u ...?", "Antwoord 2", "Nee."])
    True
    >>> questions_answered(["Vraag 1 van het lid is al beantwoord."])
    False
    """
    questions = answers = 0
    for paragraph in paragraphs:
        head = paragraph[:40]
        if _QUESTION.match(head) and len(paragraph) < 400:
            questions += 1
        elif _ANSWER.match(head):
            answers += 1
        if questions >= 2 and answers >= 2:
            return True
    return False
