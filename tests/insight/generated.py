"""Generated letters for the insight questions at scale (benchmarks/bench_insight.py, and
the test that both backends answer alike): tests/synthetic.py's letters
(deterministic), with what the questions read added in the same deterministic way:
statements in each section (positions, decisions, about one commitment in four letters,
with a subject half the time and often a deadline), meetings for the
geannoteerde agenda and verslag letters (a council or committee meets on the 21st of each
month; an agenda prepares the next, a verslag reports on the last), and letters that cite
an earlier one of their dossier.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from datetime import date, timedelta

from tests import synthetic as generate

from kamerbrieven.record import Deadline, Letter, Meeting, Reference, Statement

# What commitments promise: documents of many kinds (a title names them when delivered),
# half the time nothing a title would show ("de Kamer wordt geïnformeerd").
SUBJECTS = (
    *("een voortgangsbrief", "de kabinetsreactie", "het actieplan", "de evaluatie"),
    *("het wetsvoorstel", "de beleidsreactie", "een verkenning", "het onderzoeksrapport"),
    *("de uitvoeringsagenda", "een plan van aanpak", "de monitor", "een routekaart"),
    *("de visie", "het jaarverslag", "de tussenrapportage", "het advies"),
    *(None,) * 16,
)
FOREIGN_BODIES = {
    "navo": "NAVO-Raad",
    "eu": "Raad Buitenlandse Zaken",
    "buitenland": "Raad Buitenlandse Zaken",
}


def letters(size: int) -> Iterator[Letter]:
    """The synthetic letters with statements, meetings and citations of earlier letters."""
    earlier: dict[str, list[str]] = {}
    for i, letter in enumerate(generate.generate_letters(size)):
        rng = random.Random(7_000_003 + i)
        same = earlier.setdefault(letter.dossier or "", [])
        yield enrich(letter, rng, same)
        same.append(letter.id)


def enrich(letter: Letter, rng: random.Random, same_dossier: list[str]) -> Letter:
    text = letter.text
    references = list(letter.references)
    if same_dossier and rng.random() < 0.3:
        cited = rng.choice(same_dossier[-200:])
        dossier, number = cited.removeprefix("kst-").rsplit("-", 1)
        raw = f"Kamerstuk {dossier}, nr. {number}"
        text += f"\n\nZie ook {raw}."
        start = len(text) - len(raw) - 1
        references.append(
            Reference(
                "kamerstuk", raw, (start, start + len(raw)), dossier, int(number), None, cited
            )
        )
    return dataclasses.replace(
        letter,
        text=text,
        references=tuple(references),
        statements=tuple(_statements(letter, rng)),
        meetings=tuple(_meetings(letter)),
    )


def _statements(letter: Letter, rng: random.Random) -> Iterator[Statement]:
    for section in letter.sections:
        body_start = section.start + (len(section.heading) + 2 if section.heading else 0)
        cursor = body_start
        for sentence in letter.text[body_start : section.end].split(". ")[:3]:
            start = letter.text.find(sentence, cursor)
            cursor = start + len(sentence)
            draw = rng.random()
            span = (start, start + len(sentence))
            if draw < 0.05:
                due = None
                if rng.random() < 0.6 and letter.date:
                    days = rng.randint(60, 400)
                    due = (date.fromisoformat(letter.date) + timedelta(days=days)).isoformat()
                yield Statement(
                    "commitment",
                    "het kabinet",
                    sentence,
                    span,
                    section.heading,
                    subject=rng.choice(SUBJECTS),
                    deadline=Deadline("binnen afzienbare tijd", due) if due else None,
                )
            elif draw < 0.6:
                yield Statement("position", "Nederland", sentence, span, section.heading)
            elif draw < 0.8:
                yield Statement("decision", "de Raad", sentence, span, section.heading)


def _meetings(letter: Letter) -> list[Meeting]:
    if letter.kind not in ("geannoteerde agenda", "verslag") or not letter.date:
        return []
    theme = next(
        (t for t in generate.THEMES if (letter.dossier, letter.dossier_title) in t.dossiers), None
    )
    body = FOREIGN_BODIES.get(theme.name if theme else "", f"Commissiedebat {letter.dossier_title}")
    day = date.fromisoformat(letter.date)
    month = day.replace(day=21)
    if letter.kind == "geannoteerde agenda" and day.day >= 21:
        month = (month + timedelta(days=31)).replace(day=21)
    if letter.kind == "verslag" and day.day <= 21:
        month = (month - timedelta(days=31)).replace(day=21)
    return [Meeting(body, (month.isoformat(),), "Brussel")]
