"""Letters with every field filled, for the store tests; built in code, no parsing."""

from __future__ import annotations

import hashlib

from kamerbrieven.record import (
    Acronym,
    DateMention,
    Entity,
    Footnote,
    Letter,
    Meeting,
    Reference,
    Section,
    Signatory,
    Source,
    Statement,
    letter_id,
)

TEXT = (
    "Geannoteerde agenda Raad Buitenlandse Zaken van 20 maart 2023.\n\n"
    "Oekraïne\nHet kabinet blijft Oekraïne steunen, zoals toegezegd in de motie-Brekelmans "
    "(Kamerstuk 21 501-02, nr. 2600). De NAVO-top vindt plaats in Vilnius.\n\n"
    "Sahel\nDe minister zal de Kamer vóór de zomer informeren over de situatie in Mali."
)


def sha(content: str) -> str:
    return hashlib.sha256(content.encode()).hexdigest()


def rich_letter(
    number: int = 2600,
    *,
    dossier: str = "21501-02",
    date: str | None = "2023-03-14",
    kind: str = "geannoteerde agenda",
    ministry: str = "Buitenlandse Zaken",
    path: str | None = None,
    version: str = "1",
) -> Letter:
    """A letter with every field filled; `version` changes the content (and sha256)."""
    text = TEXT + ("" if version == "1" else f"\n\nVersie {version}.")
    digest = sha(f"{dossier}/{number}/{version}")
    return Letter(
        id=letter_id(dossier, number, digest),
        source=Source(path=path or f"brieven/{dossier}-{number}.pdf", sha256=digest, format="pdf"),
        kind=kind,
        dossier=dossier,
        dossier_title="Raad Algemene Zaken en Raad Buitenlandse Zaken",
        number=number,
        date=date,
        title="Geannoteerde agenda Raad Buitenlandse Zaken van 20 maart 2023 — Oekraïne",
        senders=(ministry, "Defensie") if ministry != "Defensie" else (ministry,),
        addressee="Voorzitter van de Tweede Kamer der Staten-Generaal",
        signatories=(
            Signatory("W.B. Hoekstra", "De minister van Buitenlandse Zaken"),
            Signatory("K.H. Ollongren", None),
        ),
        text=text,
        sections=(Section(None, 0, 62), Section("Oekraïne", 64, 230), Section("Sahel", 232, 310)),
        footnotes=(Footnote("1", "Kamerstuk 21 501-02, nr. 2600"), Footnote("2", "Zie bijlage.")),
        references=(
            Reference("motie", "motie-Brekelmans", (150, 166), "21501-02", 2600, None, None),
            Reference(
                "kamerstuk",
                "Kamerstuk 21 501-02, nr. 2600",
                (168, 197),
                "21501-02",
                2600,
                "2023",
                "kst-21501-02-2600",
            ),
        ),
        dates=(
            DateMention("20 maart 2023", "2023-03-20", (42, 55)),
            DateMention("vóór de zomer", "2023-06", (270, 283), "2023-09-21"),
        ),
        entities=(
            Entity("country", "Oekraïne", "Oekraïne", (64, 72)),
            Entity("person", "Brekelmans", "R.P. Brekelmans", (156, 166), "Kamerlid", "VVD"),
            Entity("organisation", "NAVO", "NAVO", (203, 207)),
            Entity("place", "Vilnius", "Vilnius", (228, 235)),
        ),
        acronyms=(Acronym("NAVO", "Noord-Atlantische Verdragsorganisatie"),),
        meetings=(
            Meeting("Raad Buitenlandse Zaken", ("2023-03-20",), "Brussel"),
            Meeting("Europese Raad", ("2023-03-23", "2023-03-24"), None),
        ),
        statements=(
            Statement(
                "position",
                "kabinet",
                "Het kabinet blijft Oekraïne steunen",
                (74, 109),
                "Oekraïne",
                topics=("Oekraïne",),
            ),
            Statement("commitment", "minister", "De minister zal de Kamer informeren", (238, 270)),
        ),
        warnings=("voetnoot 2 zonder tekst in de brief", "datum uit de bestandsnaam"),
    )


def bare_letter(path: str = "los/onbekend.txt") -> Letter:
    """A letter with nothing recognised: every scalar None, every list empty."""
    digest = sha(path)
    return Letter(id=letter_id(None, None, digest), source=Source(path, digest, "text"), text="…")
