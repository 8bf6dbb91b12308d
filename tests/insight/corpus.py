"""A corpus made for the insight tests, where the right answers are known.

Letters of the NAVO dossier (28676), a council of the Raad Buitenlandse Zaken (21501-02),
a letter about Afghanistan in another dossier (27925) and one about regulation (29515)
cite, continue and fulfil each other from 2018 to 2021:

- kst-28676-300 (2018-03-01) makes four commitments:
  C_PLAN "het nationale actieplan" by 2018-06-21, kept by kst-28676-305, whose title is
  the promised document ("Nationaal actieplan ...") in the same dossier;
  C_AFGHANISTAN (under "Afghanistan", nothing named), kept by kst-27925-700, which cites
  kst-28676-300 and is about Afghanistan (another dossier);
  C_BALKAN by 1 oktober 2018, which nothing keeps: overdue;
  C_ORPHAN (no deadline), cited only by kst-29515-400 about something else: open.
- kst-28676-310 (2019-05-01) promises more on wapenbeheersing by 2019-12-31: open on
  2019-06-01, overdue on 2020-06-01. It cites 300, 305 and kst-28676-290, which the store
  lacks.
- kst-21501-02-2000 (geannoteerde agenda, 2019-01-16) prepares the Raad Buitenlandse
  Zaken of 21 januari 2019 and reports on the one of 10 december 2018; kst-21501-02-2010
  (verslag, 2019-01-25) reports on the January council.
- kst-28676-320 (2021-06-01) speaks of Oekraïne, and under "Westelijke Balkan: Servië en
  Kosovo" of Servië: that heading is one topic, Westelijke Balkan.

Statements carry `topics` only where the test says so; entities are found by the real
extractor's functions over the text, so their spans are the text's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kamerbrieven.extract.entities import find_missions_and_treaties, find_named
from kamerbrieven.record import (
    Deadline,
    Letter,
    Meeting,
    Reference,
    Section,
    Source,
    Statement,
)


@dataclass(frozen=True)
class S:
    """A statement to write into a letter."""

    kind: str
    text: str
    actor: str | None = "Nederland"
    subject: str | None = None
    due: str | None = None  # deadline's not_after
    due_text: str | None = None
    topics: tuple[str, ...] = ()


Item = S | str  # a plain sentence is no statement


def build(
    letter_id: str,
    date: str | None,
    sections: list[tuple[str | None, list[Item]]],
    *,
    kind: str = "brief",
    title: str | None = None,
    senders: tuple[str, ...] = ("Buitenlandse Zaken",),
    cites: tuple[str, ...] = (),
    meetings: tuple[tuple[str, tuple[str, ...]], ...] = (),
    opening: str = "Geachte voorzitter,",
) -> Letter:
    """A letter whose text is its sections; spans, entities and references follow from it."""
    text = opening + "\n\n"
    references = []
    for target in cites:
        dossier, number = target.removeprefix("kst-").rsplit("-", 1)
        raw = f"Kamerstuk {dossier}, nr. {number}"
        start = len(text) + len("Zie ")
        text += f"Zie {raw}. "
        references.append(
            Reference(
                "kamerstuk", raw, (start, start + len(raw)), dossier, int(number), None, target
            )
        )
    text += "\n\n"
    found_sections, statements = [], []
    for heading, items in sections:
        start = len(text)
        if heading:
            text += heading + "\n\n"
        for item in items:
            if isinstance(item, str):
                text += item + " "
                continue
            at = len(text)
            text += item.text + " "
            deadline = Deadline(item.due_text or item.due or "", item.due) if item.due else None
            statements.append(
                Statement(
                    item.kind,
                    item.actor,
                    item.text,
                    (at, at + len(item.text)),
                    section=heading,
                    topics=item.topics,
                    subject=item.subject,
                    deadline=deadline,
                )
            )
        text = text.rstrip() + "\n\n"
        found_sections.append(Section(heading, start, len(text) - 2))
    text = text.rstrip()
    entities = [
        e
        for e in find_named(text) + find_missions_and_treaties(text)
        if e.type in ("country", "organisation", "treaty", "mission")
    ]
    dossier, number = _dossier_and_number(letter_id)
    digest = hashlib.sha256(f"{letter_id}/{text}".encode()).hexdigest()
    return Letter(
        id=letter_id,
        source=Source(f"corpus/{letter_id}.xml", digest, "xml"),
        kind=kind,
        dossier=dossier,
        number=number,
        date=date,
        title=title,
        senders=senders,
        text=text,
        sections=tuple(found_sections),
        references=tuple(references),
        entities=tuple(sorted(entities, key=lambda e: e.span)),
        meetings=tuple(Meeting(body, days, "Brussel") for body, days in meetings),
        statements=tuple(statements),
    )


def _dossier_and_number(letter_id: str) -> tuple[str | None, int | None]:
    if not letter_id.startswith("kst-"):
        return None, None
    dossier, number = letter_id.removeprefix("kst-").rsplit("-", 1)
    return dossier, int(number)


C_PLAN = S(
    "commitment",
    "Het kabinet zal uw Kamer voor de zomer het nationale actieplan toesturen.",
    "het kabinet",
    subject="het nationale actieplan",
    due="2018-06-21",
    due_text="voor de zomer",
)
C_AFGHANISTAN = S(
    "commitment",
    "Het kabinet zal de Kamer informeren over de uitkomst van de evaluatie van de missie.",
    "het kabinet",
    subject="de uitkomst van de evaluatie",
)
C_BALKAN = S(
    "commitment",
    "Het kabinet zal uw Kamer voor 1 oktober 2018 een brief sturen over de toetreding.",
    "het kabinet",
    subject="een brief over de toetreding",
    due="2018-10-01",
    due_text="voor 1 oktober 2018",
)
C_ORPHAN = S(
    "commitment",
    "De Kamer ontvangt een overzicht van de bijdragen aan de trustfondsen.",
    "het kabinet",
    subject="een overzicht van de bijdragen",
)
C_ARMS = S(
    "commitment",
    "Het kabinet zal de Kamer voor het einde van 2019 informeren over de wapenbeheersing.",
    "het kabinet",
    subject=None,
    due="2019-12-31",
    due_text="voor het einde van 2019",
)

RBZ = "Raad Buitenlandse Zaken"


def corpus() -> list[Letter]:
    """The letters, in date order."""
    return [
        build(
            "kst-28676-300",
            "2018-03-01",
            [
                (None, ["Hierbij informeer ik u over de stand van zaken in de NAVO."]),
                (
                    "Oekraïne en Georgië",
                    [
                        S("position", "Nederland steunt de hervormingen in Oekraïne."),
                        S(
                            "decision",
                            "De bondgenoten besloten de steun aan Georgië voort te zetten.",
                            "de bondgenoten",
                        ),
                        C_ORPHAN,
                    ],
                ),
                (
                    "INF-verdrag",
                    [S("position", "Nederland vindt dat Rusland het INF-verdrag schendt.")],
                ),
                ("Afghanistan", [C_AFGHANISTAN]),
                ("Westelijke Balkan", [C_BALKAN]),
                ("Vervolg", [C_PLAN]),
            ],
            title="Stand van zaken NAVO",
        ),
        build(
            "kst-28676-305",
            "2018-06-10",
            [
                (None, ["Hierbij zend ik u het plan."]),
                ("Capaciteiten", ["Het plan telt tien maatregelen."]),
            ],
            title="Nationaal actieplan NAVO-capaciteiten",
            senders=("Defensie",),
        ),
        build(
            "kst-21501-02-2000",
            "2019-01-16",
            [
                (None, ["Hierbij bied ik u de geannoteerde agenda aan."]),
                (
                    "Oekraïne",
                    [
                        S(
                            "position",
                            "Nederland zal aandringen op verlenging van de sancties tegen Rusland.",
                        )
                    ],
                ),
                (
                    "Venezuela",
                    [S("position", "Nederland steunt een politieke oplossing in Venezuela.")],
                ),
                ("Westelijke Balkan", [S("position", "Nederland blijft strikt maar fair.")]),
            ],
            kind="geannoteerde agenda",
            title="Geannoteerde agenda Raad Buitenlandse Zaken van 21 januari 2019",
            meetings=((f"{RBZ} (RBZ)", ("2019-01-21",)), (RBZ, ("2018-12-10",))),
        ),
        build(
            "kst-21501-02-2010",
            "2019-01-25",
            [
                (None, ["Hierbij ontvangt u het verslag van de Raad."]),
                (
                    "Rusland/Oekraïne",
                    [
                        S(
                            "decision",
                            "De Raad besloot de sancties tegen Rusland met zes maanden te"
                            " verlengen.",
                            "de Raad",
                        ),
                        S("position", "Nederland verwelkomde dit besluit."),
                    ],
                ),
                (
                    "Venezuela",
                    [S("decision", "De Raad nam conclusies aan over Venezuela.", "de Raad")],
                ),
                (
                    "Overige onderwerpen",
                    [
                        S(
                            "decision",
                            "De Raad sprak over de nucleaire afspraken met Iran.",
                            "de Raad",
                        )
                    ],
                ),
            ],
            kind="verslag",
            title="Verslag Raad Buitenlandse Zaken van 21 januari 2019",
            meetings=((RBZ, ("2019-01-21",)),),
        ),
        build(
            "kst-27925-700",
            "2019-02-01",
            [
                (
                    "Afghanistan",
                    ["De evaluatie van de missie is afgerond; de uitkomst staat hieronder."],
                )
            ],
            title="Evaluatie missie",
            cites=("kst-28676-300",),
            senders=("Defensie",),
        ),
        build(
            "kst-29515-400",
            "2019-03-01",
            [("Regeldruk", ["De regeldruk voor ondernemers daalt."])],
            title="Actieplan regeldruk",
            cites=("kst-28676-300",),
            senders=("Economische Zaken",),
        ),
        build(
            "kst-28676-310",
            "2019-05-01",
            [
                (
                    "Wapenbeheersing",
                    [
                        S(
                            "position",
                            "Nederland blijft zich inzetten voor wapenbeheersing in Europa.",
                        ),
                        C_ARMS,
                    ],
                ),
            ],
            title="Wapenbeheersing",
            cites=("kst-28676-300", "kst-28676-305", "kst-28676-290"),
        ),
        build(
            "kst-28676-320",
            "2021-06-01",
            [
                (
                    "Rusland/Oekraïne",
                    [
                        S(
                            "position",
                            "Nederland veroordeelt de troepenopbouw aan de grens met Oekraïne.",
                        )
                    ],
                ),
                (
                    "Westelijke Balkan: Servië en Kosovo",
                    [S("position", "Nederland steunt de dialoog tussen Servië en Kosovo.")],
                ),
                (
                    None,
                    [S("position", "Nederland blijft de missie steunen.", topics=("Afghanistan",))],
                ),
            ],
            title="Brief over NAVO 2021",
        ),
    ]
