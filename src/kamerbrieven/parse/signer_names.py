"""What a signer's name looks like, and where a second name starts on a line that holds
two signers side by side."""

from __future__ import annotations

import re

# "S.A. Blok", "Stef Blok", "Ank Bijleveld-Schouten", "mr. drs. A.B. van der Berg", "Van Campen"
# (each word ends at a full stop, a space or the end, so a long line of capitals is not
# tried every way it could be cut up)
NAME = re.compile(
    r"^(?:(?:mr|dr|drs|ir|ing|prof|ds|mw|mevr|dhr)\.\s*)*"
    r"(?:[A-ZÀ-Ý][\w’'\-]*(?:\.\s*|\s+|$)|(?:van|de|der|den|ten|ter|te|in|'t|het|la|le|du|von)\s+)+$"
)
# Where a second name starts on a line of two: a title or initials after a surname
_NAME_START = re.compile(r"^(?:(?:Mr|Dr|Drs|Ir|Ing|Prof)\.?|(?:[A-ZÀ-Ý]\.)+)$")
_PARTICLE = re.compile(r"^(?:van|de|der|den|ten|ter|te|in|'t|het|la|le|du|von)$")


def is_name(line: str) -> bool:
    """A signer's name as written.

    >>> is_name("S.A. Blok"), is_name("Ank Bijleveld-Schouten"), is_name("Hierin werd")
    (True, True, False)
    """
    words = line.split()
    return 0 < len(words) <= 6 and len(line) <= 60 and bool(NAME.match(line))


def split_names(line: str) -> list[str]:
    """The names on a line that holds signers side by side (one name: a list of one).

    >>> split_names("Dr B. R. Bot Mr Drs A. Nicolaï")
    ['Dr B. R. Bot', 'Mr Drs A. Nicolaï']
    >>> split_names("Drs. M.J.M. Verhagen Drs. F.C.G.M. Timmermans")
    ['Drs. M.J.M. Verhagen', 'Drs. F.C.G.M. Timmermans']
    >>> split_names("A.M.A. van Ardenne-van der Hoeven")
    ['A.M.A. van Ardenne-van der Hoeven']
    """
    if len(parts := re.split(r"\s{2,}", line.strip())) > 1:
        return parts
    names: list[list[str]] = [[]]
    for word in line.split():
        previous = names[-1][-1] if names[-1] else None
        if (
            previous
            and _NAME_START.match(word)
            and not _NAME_START.match(previous)
            and not _PARTICLE.match(previous)
        ):
            names.append([])
        names[-1].append(word)
    return [" ".join(words) for words in names]
