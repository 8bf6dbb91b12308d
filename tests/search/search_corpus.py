"""The search test corpus: generated letters plus hand-made, real-looking ones.

Reusable by other test suites (store backends): `build_corpus()` returns Letter objects
only, and nothing here depends on the search index.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from tests import synthetic

from kamerbrieven.record import Acronym, Entity, Letter, Reference, Section, Signatory, Source

ROOT = Path(__file__).resolve().parents[2]
GENERATED = 240


def generator():  # type: ignore[no-untyped-def]
    """The generator of realistic letters (tests/synthetic.py)."""
    return synthetic


def _seed_text(name: str) -> str:
    """A reference letter with line-end hyphens joined and lines rejoined (a rough clean)."""
    raw = (ROOT / "samples" / name).read_text("utf-8")
    raw = re.sub(r"(\w)-\s*\n\s*([a-z])", r"\1\2", raw)
    paragraphs = re.split(r"\n\s*\n", raw)
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _letter(letter_id: str, text: str, **fields) -> Letter:  # type: ignore[no-untyped-def]
    sha = hashlib.sha256(text.encode()).hexdigest()
    source = Source(path=f"hand/{letter_id}.txt", sha256=sha, format="text")
    countries = fields.pop("countries", ())
    persons = fields.pop("persons", ())
    entities = [Entity("country", c, c, _first_span(text, c)) for c in countries]
    entities += [Entity("person", p, p, _first_span(text, p)) for p in persons]
    return Letter(id=letter_id, source=source, text=text, entities=tuple(entities), **fields)


def _first_span(text: str, needle: str) -> tuple[int, int]:
    start = text.find(needle)
    return (start, start + len(needle)) if start >= 0 else (0, 0)


def _sections(text: str, headings: list[str]) -> tuple[Section, ...]:
    starts = [0] + [text.index("\n\n" + h) + 2 for h in headings] + [len(text)]
    heads: list[str | None] = [None, *headings]
    return tuple(Section(h, a, b) for h, a, b in zip(heads, starts, starts[1:], strict=False))


def hand_letters() -> list[Letter]:
    """Letters made by hand for behaviours the generator does not pin down."""
    nato_2021 = _seed_text("000_50034ceebe6a1b15.txt")
    nato_2018 = _seed_text("002_ad9ccb4a6e4e1731.txt")
    return [
        _letter(
            "sha-50034ceebe6a",
            nato_2021,
            kind="brief",
            date="2021-04-14",
            title="Verslag extra NAVO-Raad over Afghanistan en Oekraïne",
            senders=("Buitenlandse Zaken", "Defensie"),
            signatories=(
                Signatory("Stef Blok", "De minister van Buitenlandse Zaken"),
                Signatory("Ank Bijleveld-Schouten", "De minister van Defensie"),
            ),
            sections=_sections(nato_2021, ["Afghanistan", "Oekraïne"]),
            countries=("Afghanistan", "Oekraïne", "Rusland", "Verenigde Staten"),
            persons=("Blinken", "Austin", "Biden"),
            acronyms=(Acronym("MAP", "Membership Action Plan"),),
            references=(
                Reference(
                    "kamerstuk",
                    "Kamerstuk 28676, nr. 353",
                    (0, 0),
                    "28676",
                    353,
                    target_id="kst-28676-353",
                ),
            ),
        ),
        _letter(
            "kst-28676-307",
            nato_2018,
            kind="brief",
            dossier="28676",
            dossier_title="NAVO",
            number=307,
            date="2018-12-12",
            title="Verslag van de NAVO-ministeriële van 4 en 5 december 2018",
            senders=("Buitenlandse Zaken",),
            signatories=(Signatory("S.A. Blok", "De Minister van Buitenlandse Zaken"),),
            countries=("Oekraïne", "Georgië", "Rusland", "Verenigde Staten", "Afghanistan"),
            acronyms=(
                Acronym("NAR", "Noord Atlantische Raad"),
                Acronym("RSM", "Resolute Support Mission"),
            ),
            references=(
                Reference(
                    "kamerstuk",
                    "Kamerstuk 33 694, nr. 34",
                    (0, 0),
                    "33694",
                    34,
                    target_id="kst-33694-34",
                ),
                Reference(
                    "motie",
                    "Kamerstuk 33 694, nr. 30",
                    (0, 0),
                    "33694",
                    30,
                    target_id="kst-33694-30",
                ),
            ),
        ),
        _letter(
            "hand-moldavie",
            "De presidentsverkiezingen in Moldavië verliepen volgens de "
            "waarnemers van de OVSE ordelijk. Het kabinet volgt de uitslag nauwgezet.",
            kind="brief",
            date="2024-11-05",
            title="Presidentsverkiezingen Moldavië",
            senders=("Buitenlandse Zaken",),
            countries=("Moldavië",),
        ),
        _letter(
            "hand-wapens",
            "Een situatie waarin alleen de VS zich houdt aan "
            "wapenbeheersingsverplichtingen is niet houdbaar, aldus de bondgenoten.",
            kind="brief",
            date="2019-02-01",
            title="Toekomst van het INF-verdrag",
            senders=("Buitenlandse Zaken",),
            countries=("Verenigde Staten",),
        ),
        _letter(
            "hand-wiskunde-koppel",
            "Het wiskunde-onderwijs in de onderbouw staat onder druk "
            "door het lerarentekort in de grote steden.",
            kind="brief",
            date="2023-03-01",
            title="Voortgangsbrief basisvaardigheden",
            senders=("Onderwijs, Cultuur en Wetenschap",),
        ),
        _letter(
            "hand-wiskunde-los",
            "De inspectie ziet dat wiskundeonderwijs op veel scholen "
            "te weinig uitdaging biedt aan sterke leerlingen.",
            kind="verslag",
            date="2022-06-15",
            title="Staat van het Onderwijs",
            senders=("Onderwijs, Cultuur en Wetenschap",),
        ),
        _letter(
            "hand-nar-kort",
            "De NAR sprak in Vilnius over de toetreding van Zweden; een besluit volgt in de zomer.",
            kind="brief",
            date="2023-07-14",
            title="Verslag NAVO-top Vilnius",
            senders=("Buitenlandse Zaken",),
            countries=("Zweden",),
        ),
        _letter(
            "hand-nar-lang",
            "De Noord Atlantische Raad kwam bijeen om de steun aan de "
            "Baltische staten te bespreken.",
            kind="brief",
            date="2016-03-10",
            title="Verslag bijeenkomst bondgenoten",
            senders=("Defensie",),
        ),
        _letter(
            "hand-toeslag-titel",
            "Het kabinet informeert u over de voortgang van de "
            "hersteloperatie. De kinderopvangtoeslag wordt aan gedupeerde ouders hersteld. "
            "De uitvoering ligt bij de Belastingdienst.",
            kind="brief",
            date="2021-01-15",
            title="Hersteloperatie kinderopvangtoeslag",
            senders=("Financiën",),
        ),
        _letter(
            "hand-toeslag-tekst",
            "Het kabinet informeert u over de voortgang van de "
            "herstelregeling. Ook de kinderopvangtoeslag komt aan bod in dit overzicht. "
            "De uitvoering ligt bij de Belastingdienst.",
            kind="brief",
            date="2021-02-15",
            title="Voortgang herstelregelingen",
            senders=("Financiën",),
        ),
        _letter(
            "hand-ontwikkelingsbeleid",
            "Het ontwikkelingssamenwerkingsbeleid richt zich op voedselzekerheid "
            "en waterbeheer in de Sahel.",
            kind="brief",
            date="2022-09-20",
            title="Beleidsbrief",
            senders=("Buitenlandse Zaken",),
        ),
        _letter(
            "hand-navo-klein",
            "De Navo-secretaris-generaal bezocht Den Haag; de navo-landen spraken "
            "over de steun aan Kyiv.",
            kind="brief",
            date="2024-02-02",
            title="Bezoek secretaris-generaal",
            senders=("Defensie",),
        ),
        _letter(
            "hand-html",
            "De motie vraagt of <script> en a < b & c > d veilig worden getoond "
            "bij het zoekwoord tekentest.",
            kind="motie",
            date="2020-05-05",
            title="Motie over tekentest",
            senders=("Binnenlandse Zaken en Koninkrijksrelaties",),
        ),
    ]


def build_corpus() -> list[Letter]:
    """240 generated letters and the hand-made ones, in a fixed order."""
    return list(generator().generate_letters(GENERATED, seed=7)) + hand_letters()
