"""What can go wrong talking to a source, each a one-line Dutch message with a hint."""

from __future__ import annotations

from kamerbrieven.errors import KamerbrievenError

RESUME_HINT = "nog eens `kamerbrieven sync` gaat verder waar het bleef"


class SyncError(KamerbrievenError):
    """A sync could not go on; what it stored so far stays, and the next run resumes."""

    hint = RESUME_HINT


class SourceUnreachable(SyncError):
    """No connection at all: offline, the name does not resolve, the port is closed."""

    hint = f"controleer de internetverbinding; {RESUME_HINT}"


class SourceFailing(SyncError):
    """The source answers with errors (HTTP 429, 5xx) or not in time, also after retries."""

    hint = f"de bron heeft het druk of een storing; probeer het later; {RESUME_HINT}"


class SourceFormatError(SyncError):
    """An answer that is not in the format the source has always used."""

    hint = "de bron is mogelijk van formaat veranderd; werk kamerbrieven bij of meld dit als fout"


class FileMissing(SyncError):
    """A document's file the source lists but does not serve (HTTP 404 or 410)."""

    hint = "de volgende sync probeert het opnieuw"
