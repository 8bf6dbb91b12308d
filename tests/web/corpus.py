"""The store the web tests read: the sample letters, a letter that cites one of them
(tests/data/web/), and a record with markup in every field a page shows.

The markup is an element with a `data-xss` attribute naming its field: escaped, it is text;
not escaped, the browser makes an element of it, which the browser tests look for.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.record import (
    Entity,
    Footnote,
    Letter,
    Meeting,
    Reference,
    Section,
    Signatory,
    Source,
    SourceFile,
    Statement,
)

ROOT = Path(__file__).resolve().parents[2]
CITING_ID_FILE = "vervolg-regeldruk.txt"
CITED_ID = "kst-29515-496"  # in samples/, cited by the letter in tests/data/web/
HOSTILE_ID = "kst-99999-1"
HOSTILE_DOSSIER = "99999"


def payload(field: str) -> str:
    """Markup that runs a script and leaves an element behind if a page does not escape it."""
    return f'<img src=x data-xss="{field}" onerror="document.title=\'XSS\'">'


def fill(kb: KnowledgeBase, folder: Path) -> None:
    """Copy the letters into `folder`, ingest them, and add the hostile record."""
    letters = folder / "brieven"
    letters.mkdir()
    for path in sorted((ROOT / "samples").iterdir()):
        shutil.copy(path, letters / path.name)
    shutil.copy(ROOT / "tests" / "data" / "web" / CITING_ID_FILE, letters / CITING_ID_FILE)
    report = kb.ingest([str(letters)])
    assert not report.failures, report.failures
    hostile_file = folder / f"{payload('bestandsnaam')}.txt"
    hostile_file.write_text("Een bestand met een vijandige naam.\n", encoding="utf-8")
    added = kb.add_letters([hostile_letter(hostile_file)])
    assert added.added == 1


def hostile_letter(path: Path) -> Letter:
    """A record with markup in each field a page shows; its spans point at the markup."""
    parts = [
        payload("kop"),
        "\n\nHet kabinet steunt " + payload("uitspraak") + ".",
        " Zie " + payload("verwijzing") + " en minister " + payload("persoon") + ".",
        " Over " + payload("land") + ".[1]",
        " Zie ook [javascript].",
    ]
    text = "".join(parts)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()

    def span(field: str) -> tuple[int, int]:
        start = text.index(payload(field))
        return start, start + len(payload(field))

    return Letter(
        id=HOSTILE_ID,
        source=Source(str(path), sha, "text"),
        sources=(SourceFile(str(path), sha, "text"),),
        kind="brief",
        dossier=HOSTILE_DOSSIER,
        dossier_title=payload("dossiertitel"),
        number=1,
        date="2025-04-01",
        title=payload("titel") + " regeldruk",
        senders=(payload("afzender"),),
        addressee=payload("aan"),
        signatories=(Signatory(payload("naam"), payload("functie")),),
        text=text,
        sections=(Section(payload("kop"), 0, len(text)),),
        footnotes=(Footnote("1", "Voetnoot " + payload("voetnoot")),),
        references=(
            Reference("kamerstuk", payload("verwijzing"), span("verwijzing"), target_id=CITED_ID),
            Reference("other", "[javascript]", _at(text, "[javascript]"), target_id="javascript:x"),
            Reference("other", "x", (0, 1), target_id='kst-1"><b data-xss="doel">'),
        ),
        entities=(
            Entity("person", payload("persoon"), payload("persoonsnaam"), span("persoon")),
            Entity("country", payload("land"), payload("landnaam"), span("land")),
        ),
        meetings=(Meeting(payload("vergadering"), ("2025-04-01",), payload("plaats")),),
        statements=(
            Statement("position", payload("actor"), payload("uitspraak"), span("uitspraak")),
        ),
        warnings=(payload("waarschuwing"),),
    )


def _at(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)
