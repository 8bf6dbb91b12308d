"""Sentences that carry a commitment, a decision or a Dutch position.

Each kind is a subject + verb pattern, tried in this order (the first that fits wins):

- commitment: the government promises the Kamer information later: a Kamer, an informing
  verb and a future: ``Zoals eerder gemeld zal uw Kamer ... nader worden geïnformeerd.``,
  ``zal het kabinet het Nederlandse nationale plan met uw Kamer delen``
- decision: a body or the government decides, adopts, concludes: ``besloten om ...``,
  ``Bondgenoten namen een verklaring aan``, ``De SG NAVO concludeerde dat``,
  ``hebben ... een verklaring uit doen gaan``; not a named person's choice
  (``President Biden heeft daarom besloten``: a foreign leader, reported)
- position: the Dutch government is the subject: ``Nederland`` / ``het kabinet`` / ``De
  minister van Defensie`` / ``Ik`` at the start of the sentence or right after its verb
  (``Om die reden heeft Nederland ... opgeroepen``), or after a reporting verb (``...,
  stelde Nederland``); ``Hij``/``Ze`` at the start when the sentences before were about a
  Dutch minister (``Hij stelde vast dat ...``).

The patterns are rows of tables, each with a real sentence it must find and a near miss it
must not: `statement_rules` (no statement, this letter's act, commitments),
`decision_rules` and `position_rules`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Final, cast

# the tables by their modules: the rule-table tests find each table once, where it is
from kamerbrieven.extract import decision_rules, position_rules, statement_rules
from kamerbrieven.extract.position_rules import NOT_BEFORE_SUBJECT, OPENERS, signers_actor
from kamerbrieven.extract.registry import Context, Extractor
from kamerbrieven.nl.lexicon import dutch_words
from kamerbrieven.record import Entity, Letter, RecordField, Section, Signatory, Statement
from kamerbrieven.rules import RuleTable
from kamerbrieven.rules.rule_set import RuleSet

# The rows asked of every sentence; one pass over their needed words tells which may match.
_RULES = RuleSet(
    (
        statement_rules.NO_STATEMENT,
        statement_rules.LETTER_ACT,
        statement_rules.COMMITMENT,
        decision_rules.DECISION,
        decision_rules.DECISION_VERBS,
        position_rules.ACTORS,
        position_rules.POSITION,
    )
)
_NO_STATEMENT = _RULES.names(statement_rules.NO_STATEMENT)
_DECISION_VERBS = _RULES.names(decision_rules.DECISION_VERBS)
_ACTORS = _RULES.names(position_rules.ACTORS)
# Rows one of which each kind of statement needs: most sentences have none of them.
_PROMISES = frozenset({"more-time", "inform", "next-letter", "separate-letter"})
_DECISIONS = _RULES.names(decision_rules.DECISION) | _DECISION_VERBS
_POSITIONS = _ACTORS | {"impersonal-view", "pronoun"}
MAX_WORDS_BEFORE_SUBJECT = 12
_WORD = re.compile(r"[\wë'-]+")


def _part(table: RuleTable[str], name: str) -> Callable[[str], re.Match[str] | None]:
    """The search of a row asked of a part of a sentence (its own words tested)."""
    rule = table.by_name(name)
    return lambda part: table.search(rule, part)


_CHAMBER = _part(decision_rules.DECISION_PARTS, "chamber")
_RECALLED = _part(decision_rules.DECISION_PARTS, "recalled")
_BODY = decision_rules.DECISION_PARTS.by_name("body").pattern
_BODY_AFTER = decision_rules.DECISION_PARTS.by_name("body-after").pattern
_NOT_POSITION = _part(position_rules.SUBJECT_CLUES, "not-position")
_REPORTING = _part(position_rules.SUBJECT_CLUES, "reporting")
_FINITE_VERB = _part(position_rules.SUBJECT_CLUES, "finite-verb")


class _Sentence:
    """One sentence: which rows may match it, and what several checks ask of it, each
    worked out once (plain attributes: `functools.cached_property` takes a lock on first
    use in Python 3.11, a microsecond a sentence)."""

    __slots__ = ("_actor", "_agreed", "_letter_act", "live", "persons", "signatories", "text")
    _NOT_YET: Final = object()  # an answer not worked out yet (None is an answer)

    def __init__(
        self,
        text: str,
        persons: list[Entity],
        signatories: tuple[Signatory, ...],
        live: set[str] | None = None,
    ) -> None:
        self.text = text
        self.persons = persons
        self.signatories = signatories
        self.live = _RULES.live(text) if live is None else live
        self._letter_act: bool | None = None
        self._agreed: re.Match[str] | None | object = self._NOT_YET
        self._actor: str | None | object = self._NOT_YET

    def find(self, name: str) -> re.Match[str] | None:
        """The first match of the row `name` in the sentence."""
        return _RULES.search(name, self.text) if name in self.live else None

    def any_live(self, names: frozenset[str]) -> bool:
        return not self.live.isdisjoint(names)

    @property
    def letter_act(self) -> bool:
        """This letter's own act: "Hierbij informeer ik u", "doe ik u hierbij een afschrift
        toekomen", "wil ik u informeren dat ..."."""
        if self._letter_act is None:
            self._letter_act = bool(
                self.find("letter-opening")
                or ("hereby" in self.live and self.find("inform") and self.find("hereby"))
                or self.find("wish-to-inform")
            )
        return self._letter_act

    @property
    def agreed(self) -> re.Match[str] | None:
        if self._agreed is self._NOT_YET:
            self._agreed = _agreement(self)
        return cast("re.Match[str] | None", self._agreed)

    @property
    def actor(self) -> str | None:
        """The Dutch actor that is the sentence's subject."""
        if self._actor is self._NOT_YET:
            self._actor = _subject_actor(self) if self.any_live(_ACTORS) else None
        return cast("str | None", self._actor)


def _agreement(s: _Sentence) -> re.Match[str] | None:
    """The agreement the sentence reports ("Daarbij is afgesproken"), not one it recalls
    ("zoals ... is afgesproken") or one a named person's clause holds."""
    agreed = s.find("agreed")
    if agreed is None:
        return None
    if _RECALLED(s.text[: agreed.start()].rsplit(",", 1)[-1]):
        return None
    if any(p.span[0] < agreed.start() for p in s.persons):
        return None
    return agreed


def classify(
    sentence: str,
    persons: list[Entity],
    previous_actor: str | None,
    signatories: tuple[Signatory, ...] = (),
) -> tuple[str, str | None] | None:
    """(kind, actor) of one sentence, or None when it is no statement.

    >>> classify("De Kamer zal hierover op een later moment nader worden geïnformeerd.", [], None)
    ('commitment', 'het kabinet')
    """
    return _classify(_Sentence(sentence, persons, signatories), previous_actor)


def _classify(s: _Sentence, previous_actor: str | None) -> tuple[str, str | None] | None:
    sentence = s.text
    if not sentence.rstrip("])0123456789[").endswith((".", "!", "?", ")")):
        return None  # a heading, salutation or signature line
    if s.any_live(_NO_STATEMENT) and statement_rules.NO_STATEMENT.first(sentence):
        return None  # of earlier letters, or of this one
    found = _commitment(s)
    if found or sentence.endswith("?"):
        return found  # a question (Kamervragen, a quoted question) states nothing
    return _decision(s) or _position(s, previous_actor)


def _commitment(s: _Sentence) -> tuple[str, str | None] | None:
    """A promise of information later, or a request for more time."""
    if s.live.isdisjoint(_PROMISES):
        return None
    if s.find("more-time") or _promised_to_the_kamer(s):
        return "commitment", s.actor or "het kabinet"
    if (s.find("next-letter") or s.find("separate-letter")) and s.actor and not s.letter_act:
        return "commitment", s.actor
    return None


def _promised_to_the_kamer(s: _Sentence) -> bool:
    """The Kamer, an informing verb and a future: "zal uw Kamer ... worden geïnformeerd"."""
    live = s.live
    if not ("inform" in live and "future" in live):
        return False
    if not ("the-kamer" in live or "you-or-questions" in live):
        return False
    inform = s.find("inform")
    # "Na overleg is afgesproken dat u ... per brief zal worden geïnformeerd": the agreement
    # is what the sentence says, the promise is inside it
    if inform is None or (s.agreed and s.agreed.start() < inform.start()):
        return False
    addressed = s.find("the-kamer") or s.find("you-or-questions")
    return bool(addressed and s.find("future")) and not s.letter_act


def _decision(s: _Sentence) -> tuple[str, str | None] | None:
    """A vote, an agreement, a meeting called off or moved, a body that decides."""
    if s.live.isdisjoint(_DECISIONS):
        return None
    text = s.text
    if s.find("vote"):
        chamber = _CHAMBER(text)
        return "decision", chamber.group("chamber") if chamber else "de Kamer"
    if s.agreed:
        agreed = s.agreed
        return "decision", s.actor or _body(text[: agreed.start()], text[agreed.end() :])
    if s.find("called-off") or s.find("meeting-moved"):
        return "decision", None  # who decided it, the text rarely says
    if not s.any_live(_DECISION_VERBS) or text.startswith("Het besluit"):
        return None
    verb = next(decision_rules.DECISION_VERBS.alternation(text, checked=True), None)
    if verb is None:
        return None
    m = verb[1]
    if any(p.span[0] < m.start() for p in s.persons):
        return None  # a named person's choice ("President Biden heeft daarom besloten")
    return "decision", s.actor or _body(text[: m.start()], text[m.end() :])


def _position(s: _Sentence, previous_actor: str | None) -> tuple[str, str | None] | None:
    """The Dutch government as the subject, or a pronoun after a Dutch minister."""
    if s.live.isdisjoint(_POSITIONS) or s.letter_act:
        return None
    if s.actor:
        return "position", s.actor
    if s.find("impersonal-view"):  # "Het is helaas niet mogelijk gebleken ..."
        return "position", signers_actor(s.signatories)
    if previous_actor and s.find("pronoun"):
        return "position", previous_actor
    return None


def _subject_actor(s: _Sentence) -> str | None:
    """The Dutch actor when it is the sentence's subject, else None."""
    sentence = s.text
    for rule, m in position_rules.ACTORS.alternation(sentence, checked=True):
        if _NOT_POSITION(sentence[m.end() :]):
            return None
        if _is_subject(s, sentence[: m.start()]):
            return rule.yields(m, s.signatories)
    return None


def _is_subject(s: _Sentence, before: str) -> bool:
    """Whether an actor after `before` is the subject: first in its clause (after opening
    adverbs), right after a finite verb, or after a reporting verb (", stelde Nederland")."""
    # "Omdat preventie een breed begrip is, willen wij ...": after a clause that opens the
    # sentence, the main clause starts at its comma
    if "," in before and s.find("subordinate-opening"):
        before = before.rsplit(",", 1)[1]
    words = _WORD.findall(before)
    if not words or all(w.lower() in OPENERS for w in words):
        return True
    if _REPORTING(before):
        return True
    last = words[-1]
    return (
        len(words) <= MAX_WORDS_BEFORE_SUBJECT
        and last.lower() not in NOT_BEFORE_SUBJECT
        and bool(_FINITE_VERB(last))
        and not before.rstrip().endswith(("(", "-"))
    )


def _section(sections: tuple[Section, ...], start: int) -> str | None:
    for section in sections:
        if section.start <= start < section.end:
            return section.heading
    return None


def _body(before: str, after: str = "") -> str | None:
    """The deciding body: ``De SG NAVO concludeerde`` -> ``SG NAVO``; ``Op 28 juni
    besloot de NAVO`` -> ``NAVO``. A sentence's first word is no body when it is a common
    Dutch word (``Tijdens``, ``De``)."""
    m = _BODY_AFTER.match(after)
    if m:
        return m.group("body")
    for m in _BODY.finditer(before):
        body = m.group("body")
        if m.start("body") == 0 and body.split()[0].lower() in dutch_words():
            continue
        return body
    return None


def find_statements(
    text: str,
    sentences: list[tuple[int, int]],
    sections: tuple[Section, ...] = (),
    persons: list[Entity] | None = None,
    signatories: tuple[Signatory, ...] = (),
) -> list[Statement]:
    """Commitments, decisions and positions among the sentences of `text`.

    >>> t = "Nederland steunt de uitgangspunten van het Open Deur beleid."
    >>> find_statements(t, [(0, len(t))])[0].kind
    'position'
    """
    persons = persons or []
    person_starts = sorted(p.span[0] for p in persons)
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
        result = _classify(_Sentence(sentence, shifted, signatories, live), previous)
        if result:
            kind, actor = result
            found.append(Statement(kind, actor, sentence, (a, b), _section(sections, a)))
            if kind == "position" and actor and actor.startswith(("minister", "staatssecr")):
                previous = actor
        elif inside and sentence.startswith(text[inside[0].span[0] : inside[0].span[1]]):
            previous = None  # another person took over as subject
    return found


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
    )
    return {"statements": found}


EXTRACTOR = Extractor(
    name="statements",
    fills=(RecordField("statements", Statement, "statements", indexes=("kind",)),),
    run=_statements,
)
