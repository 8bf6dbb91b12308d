"""Sentences that carry a commitment, a decision or a Dutch position, with what each is
about and, for a commitment, what it promises and by when.

`statement_kinds` tells the kind and actor of a sentence (its notes list the rules, whose
patterns are rows of tables with a real sentence each must find and a near miss it must
not: `statement_rules`, `statement_acts`, `decision_rules`, `position_rules`). Here each
statement gets its section, its topics (`statement_topics`: the heading and the countries
and organisations it names), and a commitment its subject (`commitment_subjects`) and its
deadline (`deadlines`, resolved against the letter's date).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from kamerbrieven.extract.commitment_subjects import commitment_subject
from kamerbrieven.extract.registry import Context, Extractor
from kamerbrieven.extract.statement_kinds import RULES as _RULES
from kamerbrieven.extract.statement_kinds import Sentence, classify, classify_sentence
from kamerbrieven.extract.statement_topics import Topics
from kamerbrieven.record import Entity, Letter, RecordField, Section, Signatory, Statement

__all__ = ["EXTRACTOR", "classify", "find_statements"]

# Documents the government writes; in others (Handelingen, reports, moties) "ik" and "we"
# are members of parliament or a committee.
GOVERNMENT_KINDS = frozenset({"brief", "antwoorden kamervragen", "geannoteerde agenda"})


def _section(sections: tuple[Section, ...], start: int) -> str | None:
    for section in sections:
        if section.start <= start < section.end:
            return section.heading
    return None


def find_statements(
    text: str,
    sentences: list[tuple[int, int]],
    sections: tuple[Section, ...] = (),
    persons: list[Entity] | None = None,
    signatories: tuple[Signatory, ...] = (),
    reference: date | None = None,
    entities: tuple[Entity, ...] = (),
    government: bool = True,
) -> list[Statement]:
    """Commitments, decisions and positions among the sentences of `text`; `reference`
    is the letter's date (for deadlines), `entities` its countries and organisations (for
    topics); `government`: the government writes (a letter, answers, an annotated agenda),
    so its first person is the government wherever it stands.

    >>> t = "Nederland steunt de uitgangspunten van het Open Deur beleid."
    >>> find_statements(t, [(0, len(t))])[0].kind
    'position'
    """
    persons = persons or []
    person_starts = sorted(p.span[0] for p in persons)
    topics = Topics(entities)
    found: list[Statement] = []
    previous: str | None = None
    paragraph_end = -1
    lives = _RULES.live_in(text, sentences)
    for (a, b), live in zip(sentences, lives, strict=True):
        if a > paragraph_end:  # a pronoun does not reach back over a paragraph
            previous = None
            nxt = text.find("\n\n", a)
            paragraph_end = nxt if nxt >= 0 else len(text)
        sentence = text[a:b]
        inside = []
        if bisect_left(person_starts, a) < bisect_left(person_starts, b):  # most: none
            inside = [p for p in persons if a <= p.span[0] < b and p.span != (0, 0)]
        shifted = [_shift(p, a) for p in inside]
        s = Sentence(sentence, shifted, signatories, live, reference, government)
        result = classify_sentence(s, previous)
        if result:
            found.append(_statement(s, result, (a, b), _section(sections, a), topics))
            kind, actor = result
            if kind == "position" and actor and actor.startswith(("minister", "staatssecr")):
                previous = actor
        elif inside and sentence.startswith(text[inside[0].span[0] : inside[0].span[1]]):
            previous = None  # another person took over as subject
    return found


def _statement(
    s: Sentence,
    result: tuple[str, str | None],
    span: tuple[int, int],
    section: str | None,
    topics: Topics,
) -> Statement:
    kind, actor = result
    statement = Statement(kind, actor, s.text, span, section, topics.of(span, section))
    if kind != "commitment":
        return statement
    deadline = s.deadline
    skip = None
    if deadline is not None:
        at = " ".join(s.text.split()).find(deadline.text)
        skip = (at, at + len(deadline.text)) if at >= 0 else None
    return Statement(
        kind,
        actor,
        s.text,
        span,
        section,
        statement.topics,
        commitment_subject(" ".join(s.text.split()), skip),
        deadline,
    )


def _shift(entity: Entity, offset: int) -> Entity:
    start, end = entity.span
    return Entity(
        entity.type,
        entity.text,
        entity.name,
        (start - offset, end - offset),
        entity.role,
        entity.party,
    )


def _statements(letter: Letter, context: Context) -> dict[str, list[Statement]]:
    found = find_statements(
        letter.text,
        context.sentences,
        letter.sections,
        [e for e in letter.entities if e.type == "person"],
        letter.signatories,
        context.reference_date,
        letter.entities,
        letter.kind in GOVERNMENT_KINDS,
    )
    return {"statements": found}


EXTRACTOR = Extractor(
    name="statements",
    fills=(RecordField("statements", Statement, "statements", indexes=("kind",)),),
    run=_statements,
)
