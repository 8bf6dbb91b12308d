"""What a sync did, counted, for the progress bar, the summary line and `--json`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kamerbrieven.pipeline import Failure


@dataclass(frozen=True)
class SyncOptions:
    """What to sync and from where. Without a dossier or dates the Tweede Kamer's feed is
    followed from where the last run stopped; with them, the publication site is searched."""

    source: str = "tk"  # "tk": the Tweede Kamer's open data; "op": officielebekendmakingen
    dossier: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kinds: tuple[str, ...] = ()  # record kinds to keep (brief, motie, ...); empty: all
    dry_run: bool = False
    limit: int | None = None  # documents to fetch at most in this run
    files: Path | None = None  # where fetched files are kept; default beside the store
    toezeggingen: bool = True  # with the Tweede Kamer's feed, also its commitments
    tk_base: str = "https://gegevensmagazijn.tweedekamer.nl"
    sru_base: str = "https://repository.overheid.nl/sru"


@dataclass
class SyncReport:
    source: str
    listed: int = 0  # entries or search results looked at
    skipped: int = 0  # not of the kinds or dates asked for
    unchanged: int = 0  # known in this version: nothing fetched
    fetched: int = 0  # files downloaded (new or changed)
    added: int = 0
    updated: int = 0
    deleted: int = 0
    toezeggingen: int = 0
    total: int | None = None  # what the source says it has for the question, when it says
    requests: int = 0
    seconds: float = 0.0
    resumed_from: str | None = None
    interrupted: bool = False
    failures: list[Failure] = field(default_factory=list)
    would_fetch: list[dict[str, Any]] = field(default_factory=list)  # --dry-run

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "failures"}
        data["seconds"] = round(self.seconds, 3)
        data["failures"] = [{"path": f.path, "reason": f.reason} for f in self.failures]
        return data
