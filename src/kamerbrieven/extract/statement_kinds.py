"""The kind of one sentence: a commitment, a decision, a Dutch position, or none.

Each kind is tried in this order (the first that fits wins):

- none: what a letter says of earlier letters (`statement_rules.NO_STATEMENT`), a question;
- commitment: the government promises the Kamer information later: the Kamer, an
  informing verb and a time to come (a future, or a deadline such as ``In Q1 2026``):
  ``Zoals eerder gemeld zal uw Kamer ... nader worden geïnformeerd.``, ``Ik houd uw Kamer
  op de hoogte``, ``In die brief wil ik ook ingaan op ...``; not this letter's own act
  (`statement_acts.LETTER_ACT`), nor a request the Kamer made (``Uw Kamer heeft ... het
  kabinet verzocht ... te informeren``);
- decision: a body or the government decides, adopts, concludes, agrees, allocates
  (`decision_rules`); not a named person's choice (``President Biden heeft besloten``);
- position: the Dutch government speaks (`position_rules`): ``Nederland``, ``het
  kabinet``, a minister, a ministry or its service as the subject (``Defensie staat in
  nauw contact met beide landen``); the first person wherever it stands (``leggen we in
  dit programma de nadruk op``, ``ben ik bereid``); the government's view where it is no
  subject (``is kennisopbouw voor het kabinet van groot belang``); not this letter's own
  act, nor the signers' earlier procedural acts (`statement_acts.PAST_ACT`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final, cast

# the tables by their modules: the rule-table tests find each table once, where it is
from kamerbrieven.extract import decision_rules, position_rules, statement_acts, statement_rules
from kamerbrieven.extract.deadlines import find_deadline
from kamerbrieven.extract.position_rules import (
    NOT_BEFORE_SUBJECT,
    OPENERS,
    PRONOUNS,
    signers_actor,
)
from kamerbrieven.nl.lexicon import dutch_words
from kamerbrieven.record import Deadline, Entity, Signatory
from kamerbrieven.rules import RuleTable
from kamerbrieven.rules.rule_set import RuleSet

# The rows asked of every sentence; one pass over their needed words tells which may match.
RULES = RuleSet(
    (
        statement_rules.NO_STATEMENT,
        statement_acts.LETTER_ACT,
        statement_acts.PAST_ACT,
        statement_rules.COMMITMENT,
        decision_rules.DECISION,
        decision_rules.DECISION_VERBS,
        position_rules.ACTORS,
        position_rules.VIEWPOINT,
        position_rules.POSITION,
    )
)
_NO_STATEMENT = RULES.names(statement_rules.NO_STATEMENT)
_LETTER_ACTS = RULES.names(statement_acts.LETTER_ACT) - {"hereby"}
_PAST_ACTS = RULES.names(statement_acts.PAST_ACT)
_DECISION_VERBS = RULES.names(decision_rules.DECISION_VERBS)
_ACTORS = RULES.names(position_rules.ACTORS)
_VIEWPOINTS = RULES.names(position_rules.VIEWPOINT)
# Rows one of which each kind of statement needs: most sentences have none of them.
_PROMISES = frozenset({"more-time", "inform", "next-letter", "separate-letter", "that-letter"})
_DECISIONS = RULES.names(decision_rules.DECISION) | _DECISION_VERBS
_POSITIONS = _ACTORS | _VIEWPOINTS | {"impersonal-view", "pronoun"}
MAX_WORDS_BEFORE_SUBJECT = 12
_ARTICLES = frozenset({"de", "het", "een"})
_WORD = re.compile(r"[\wë'-]+")
# "het belang van het adequaat en tijdig informeren van de Kamer": the verb as a noun (an
# article before it, "van" after it) promises nothing
_AS_NOUN = re.compile(r"\bhet\s+(?:[\w-]+\s+(?:en\s+)?){0,3}$", re.IGNORECASE)
_OF = re.compile(r"\s+van\b")
_SHALL = re.compile(r"\b(?:zal|zullen)\b", re.IGNORECASE)


def _part(table: RuleTable[str], name: str) -> re.Pattern[str]:
    return table.by_name(name).pattern


_CHAMBER = _part(decision_rules.DECISION_PARTS, "chamber")
_RECALLED = _part(decision_rules.DECISION_PARTS, "recalled")
_BODY = _part(decision_rules.DECISION_PARTS, "body")
_BODY_AFTER = _part(decision_rules.DECISION_PARTS, "body-after")
_NOT_POSITION = _part(position_rules.SUBJECT_CLUES, "not-position")
_REPORTING = _part(position_rules.SUBJECT_CLUES, "reporting")
_FINITE_VERB = _part(position_rules.SUBJECT_CLUES, "finite-verb")
_ASKED = _part(position_rules.SUBJECT_CLUES, "asked")


class Sentence:
    """One sentence: which rows may match it, and what several checks ask of it, each
    worked out once (plain attributes: `functools.cached_property` takes a lock on first
    use in Python 3.11, a microsecond a sentence)."""

    __slots__ = (
        "_actor",
        "anywhere",
        "_agreed",
        "_deadline",
        "_letter_act",
        "live",
        "persons",
        "reference",
        "signatories",
        "text",
    )
    _NOT_YET: Final = object()  # an answer not worked out yet (None is an answer)

    def __init__(
        self,
        text: str,
        persons: list[Entity],
        signatories: tuple[Signatory, ...],
        live: set[str] | None = None,
        reference: date | None = None,
        anywhere: bool = True,
    ) -> None:
        self.text = text
        # the government's voice: the first person is the government wherever it stands
        # (a letter of the government), not where an MP or a committee writes or speaks
        self.anywhere = anywhere
        self.persons = persons
        self.signatories = signatories
        self.reference = reference
        self.live = RULES.live(text) if live is None else live
        self._letter_act: bool | None = None
        self._agreed: re.Match[str] | None | object = self._NOT_YET
        self._actor: str | None | object = self._NOT_YET
        self._deadline: Deadline | None | object = self._NOT_YET

    def find(self, name: str) -> re.Match[str] | None:
        """The first match of the row `name` in the sentence."""
        return RULES.search(name, self.text) if name in self.live else None

    def any_live(self, names: frozenset[str]) -> bool:
        return not self.live.isdisjoint(names)

    @property
    def deadline(self) -> Deadline | None:
        """The time phrase of the sentence, resolved against the letter's date."""
        if self._deadline is self._NOT_YET:
            self._deadline = find_deadline(self.text, self.reference)
        return cast("Deadline | None", self._deadline)

    @property
    def letter_act(self) -> bool:
        """This letter's own act: "Hierbij informeer ik u", "ga ik in op", "wil ik u
        informeren dat ..."; an act the sentence puts in a time to come is a promise."""
        if self._letter_act is None:
            self._letter_act = self._own_act()
        return self._letter_act

    def _own_act(self) -> bool:
        if "hereby" in self.live and self.find("inform") and self.find("hereby"):
            return True
        if not self.any_live(_LETTER_ACTS):
            return False
        acts = {name for name in self.live & _LETTER_ACTS if self.find(name)}
        if acts and acts <= statement_acts.SOFT_ACTS:
            later = ("that-letter", "next-letter", "separate-letter")
            return self.deadline is None and not any(map(self.find, later))
        return bool(acts)

    @property
    def past_act(self) -> bool:
        """The signers' earlier procedural act: "heb ik uw Kamer geïnformeerd"."""
        return self.any_live(_PAST_ACTS) and any(self.find(name) for name in self.live & _PAST_ACTS)

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


def _agreement(s: Sentence) -> re.Match[str] | None:
    """The agreement the sentence reports ("Daarbij is afgesproken"), not one it recalls
    ("zoals ... is afgesproken") or one a named person's clause holds."""
    agreed = s.find("agreed")
    if agreed is None:
        return None
    if _RECALLED.search(s.text[: agreed.start()].rsplit(",", 1)[-1]):
        return None
    if any(p.span[0] < agreed.start() for p in s.persons):
        return None
    return agreed


def classify(
    sentence: str,
    persons: list[Entity],
    previous_actor: str | None,
    signatories: tuple[Signatory, ...] = (),
    reference: date | None = None,
) -> tuple[str, str | None] | None:
    """(kind, actor) of one sentence, or None when it is no statement.

    >>> classify("De Kamer zal hierover op een later moment nader worden geïnformeerd.", [], None)
    ('commitment', 'het kabinet')
    >>> classify("We gaan daarom door met deze aanpak.", [], None)
    ('position', 'het kabinet')
    >>> classify("Daarnaast reageer ik op twee rapporten.", [], None) is None
    True
    """
    return classify_sentence(
        Sentence(sentence, persons, signatories, None, reference), previous_actor
    )


def classify_sentence(s: Sentence, previous_actor: str | None) -> tuple[str, str | None] | None:
    sentence = s.text
    if not sentence.rstrip("])0123456789[").endswith((".", "!", "?", ")", ";")):
        return None  # a heading, salutation or signature line
    if s.any_live(_NO_STATEMENT) and statement_rules.NO_STATEMENT.first(sentence):
        return None  # of earlier letters, or of this one
    found = _commitment(s)
    if found or sentence.endswith("?"):
        return found  # a question (Kamervragen, a quoted question) states nothing
    return _decision(s) or _position(s, previous_actor)


def _commitment(s: Sentence) -> tuple[str, str | None] | None:
    """A promise of information later, or a request for more time."""
    if s.live.isdisjoint(_PROMISES):
        return None
    if s.find("more-time") or _promised_to_the_kamer(s):
        return "commitment", s.actor or _promiser(s)
    if s.letter_act or not s.actor:
        return None
    if s.find("next-letter") or s.find("separate-letter") or s.find("that-letter"):
        return "commitment", s.actor
    return None


def _promiser(s: Sentence) -> str | None:
    """Who promises when no Dutch actor is the subject: the government, unless the Kamer
    only receives ("In Q1 2026 ontvangt uw Kamer ...")."""
    return None if s.find("receiving") else "het kabinet"


def _promised_to_the_kamer(s: Sentence) -> bool:
    """The Kamer, an informing verb and a time to come: "zal uw Kamer ... worden
    geïnformeerd", "Ik houd uw Kamer op de hoogte", "In Q1 2026 ontvangt uw Kamer"."""
    live = s.live
    if "inform" not in live or not ("the-kamer" in live or "you-or-questions" in live):
        return False
    inform = s.find("inform")
    if inform is None or (
        _AS_NOUN.search(s.text, 0, inform.start()) and _OF.match(s.text, inform.end())
    ):
        return False
    # "Na overleg is afgesproken dat u ... per brief zal worden geïnformeerd": the agreement
    # is what the sentence says, the promise is inside it; "Uw Kamer heeft ... het kabinet
    # verzocht ... te informeren": the Kamer asked, nobody promised
    if s.agreed and s.agreed.start() < inform.start():
        return False
    requested = s.find("requested")
    if (
        requested
        and requested.start() < inform.start()
        and not _SHALL.search(s.text, requested.end(), inform.start())
    ):
        return False
    if not (s.find("the-kamer") or s.find("you-or-questions")):
        return False
    if s.find("promised-information") and not _SHALL.search(s.text):
        return False  # "heb ik u toegezegd u te informeren": an earlier promise, reported
    # a deadline makes a present tense a promise ("In Q1 2026 ontvangt uw Kamer"), not an
    # infinitive ("de toezegging om in maart een opzet naar uw Kamer te sturen")
    dated = s.deadline is not None and not s.text[: inform.start()].endswith("te ")
    return (bool(s.find("future")) or dated) and not s.letter_act


def _decision(s: Sentence) -> tuple[str, str | None] | None:
    """A vote, an agreement, a meeting called off or moved, a body that decides."""
    if s.live.isdisjoint(_DECISIONS):
        return None
    text = s.text
    if s.find("vote"):
        chamber = _CHAMBER.search(text)
        return "decision", chamber.group("chamber") if chamber else "de Kamer"
    if s.agreed:
        agreed = s.agreed
        return "decision", s.actor or _body(text[: agreed.end()], text[agreed.end() :])
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
    if s.letter_act:
        return None  # "Met deze brief maak ik het besluit bekend"
    return "decision", s.actor or _body(text[: m.start()], text[m.end() :])


def _position(s: Sentence, previous_actor: str | None) -> tuple[str, str | None] | None:
    """The Dutch government speaking, or a pronoun after a Dutch minister."""
    if s.live.isdisjoint(_POSITIONS) or s.letter_act:
        return None
    if s.find("impersonal-view"):  # "Het is helaas niet mogelijk gebleken ..."
        return "position", signers_actor(s.signatories)
    if s.past_act:
        return None
    if s.actor:
        return "position", s.actor
    if s.anywhere and s.any_live(_VIEWPOINTS):
        for rule, m in position_rules.VIEWPOINT.alternation(s.text, checked=True):
            return "position", rule.yields(m, s.signatories)
    if previous_actor and s.find("pronoun"):
        return "position", previous_actor
    return None


def _subject_actor(s: Sentence) -> str | None:
    """The Dutch actor when it is the sentence's subject, else None."""
    sentence = s.text
    for rule, m in position_rules.ACTORS.alternation(sentence, checked=True):
        after = sentence[m.end() :]
        if _NOT_POSITION.match(after):  # every branch is anchored at the start
            return None
        if _ASKED.match(after) and _ASKED.search(sentence[max(0, m.start() - 8) : m.start()]):
            return None  # "is de regering verzocht": asked, not acting
        if rule.name in PRONOUNS:
            if not s.anywhere and m.group().lower() == "we":
                continue
            if s.anywhere and not _in_opening_clause(s, m.start()):
                return rule.yields(m, s.signatories)
        if _is_subject(s, sentence[: m.start()]):
            return rule.yields(m, s.signatories)
    return None


def _in_opening_clause(s: Sentence, at: int) -> bool:
    """Whether `at` lies in a clause that opens the sentence and ends at a comma
    ("Gedurende de periode dat ik informateur ben, worden mijn taken waargenomen")."""
    comma = s.text.find(",", at)
    return comma > 0 and "," not in s.text[:at] and bool(s.find("subordinate-opening"))


def _is_subject(s: Sentence, before: str) -> bool:
    """Whether an actor after `before` is the subject: first in its clause (after opening
    adverbs), right after a finite verb, or after a reporting verb (", stelde Nederland")."""
    # "Omdat preventie een breed begrip is, willen wij ...": after a clause that opens the
    # sentence, the main clause starts at its comma
    if "," in before and s.find("subordinate-opening"):
        before = before.rsplit(",", 1)[1]
    words = _WORD.findall(before)
    if not words or all(w.lower() in OPENERS for w in words):
        return True
    if _REPORTING.search(before):
        return True
    last = words[-1]
    if len(words) > 1 and words[-2].lower() in _ARTICLES:
        return False  # "in een klimaatbestendig Nederland": an adjective, no verb
    return (
        len(words) <= MAX_WORDS_BEFORE_SUBJECT
        and last.lower() not in NOT_BEFORE_SUBJECT
        and bool(_FINITE_VERB.search(last))
        and not before.rstrip().endswith(("(", "-"))
    )


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
