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
"""

from __future__ import annotations

import re
from bisect import bisect_left

import ahocorasick

from kamerbrieven.extract.registry import Context, Extractor
from kamerbrieven.nl.lexicon import dutch_words
from kamerbrieven.nl.ministries import HOUSED_POSTS, MINISTRIES
from kamerbrieven.record import Entity, Letter, RecordField, Section, Signatory, Statement
from kamerbrieven.rules import scan

_FLAGS = re.IGNORECASE
# "uw Kamer", "de Kamer", "de Tweede Kamer"
_KAMER = re.compile(r"\b(?:uw|de|Tweede|Eerste)\s+Kamer\b|\bKamerleden\b", _FLAGS)
_INFORM = re.compile(
    r"\b(?:informeren|geïnformeerd|informeer|informeert|toesturen|toegestuurd|stuur|sturen"
    r"|toezenden|toegezonden|zend|zenden|toe\s+te\s+(?:zenden|sturen|komen)|toekomen|ontvangt|ontvangen|delen|gedeeld|rapporteren"
    r"|rapporteer|berichten|op\s+de\s+hoogte|verslag\s+(?:doen|uitbrengen)|voorleggen"
    r"|voorgelegd|aanbieden|aangeboden|bied|bieden|biedt|tegemoet\s+zien|terugkomen|terug(?:\s+te)?\s+komen"
    r"|beantwoorden|beantwoord)\b",
    _FLAGS,
)
_FUTURE = re.compile(
    r"\b(?:zal|zullen|ga|gaan|voornemens|verwacht|streef|streven|binnenkort|spoedig"
    r"|op\s+een\s+later\s+moment|te\s+zijner\s+tijd|voor\s+de\s+zomer|na\s+de\s+zomer"
    r"|in\s+het\s+(?:voorjaar|najaar)|uiterlijk|zo\s+snel\s+mogelijk|later\s+dit\s+jaar"
    r"|planning\s+is|medio)\b",
    _FLAGS,
)
# The first words of `_INFORM`'s and `_FUTURE`'s alternatives, where a match can start
# (see `scan`; looked up in the lower-case sentence): an IGNORECASE alternation tried at
# every character costs some 20 µs a sentence.
_INFORM_STARTS = scan.keywords(
    {
        "start": (
            *("informeren", "geïnformeerd", "informeer", "informeert", "toesturen"),
            *("toegestuurd", "stuur", "sturen", "toezenden", "toegezonden", "zend"),
            *("toekomen", "ontvangt", "ontvangen", "delen", "gedeeld", "rapporteren"),
            *("rapporteer", "berichten", "op", "verslag", "voorleggen", "voorgelegd"),
            *("aanbieden", "aangeboden", "tegemoet", "terugkomen", "terug", "zenden", "toe"),
            *("bied", "bieden", "biedt", "beantwoorden", "beantwoord"),
        )
    }
)
_FUTURE_STARTS = scan.keywords(
    {
        "start": (
            *("zal", "zullen", "ga", "gaan", "voornemens", "verwacht", "streef", "streven"),
            *("binnenkort", "spoedig", "op", "te", "voor", "na", "in", "uiterlijk", "zo"),
            *("later", "planning", "medio"),
        )
    }
)
# "In de komende brief", "bij de volgende voortgangsrapportage": a later letter named as
# where something will be said ("Mijn reactie wil ik opnemen in de komende brief ...")
_NEXT_LETTER = re.compile(
    r"\b(?:in|bij|met)\s+de\s+(?:komende|volgende|eerstvolgende)\s+(?:\w+\s+)?"
    r"(?:brief|kamerbrief|rapportage|voortgangsrapportage|voortgangsbrief|verzamelbrief|nota)\b"
    # "Het kabinet zal in een separate brief op deze vraag ingaan"
    r"|\b(?:zal|zullen)\b[^.;]*?\b(?:in|bij|met)\s+een\s+(?:separate|aparte|afzonderlijke|nadere"
    r"|latere|nieuwe|volgende)\s+(?:\w+\s+)?(?:brief|kamerbrief|rapportage|nota)\b",
    _FLAGS,
)
_NEXT_HINTS = ("komende", "volgende", "separate", "aparte", "afzonderlijke", "nadere", "latere")
# A request for more time is a promise of the letter after it: "Daarom verzoek ik u de
# termijn met 4 weken te verlengen", "vraag ik uw Kamer om uitstel"
_MORE_TIME = re.compile(
    r"\b(?:verzoek|vraag|verzoeken|vragen)\s+(?:ik|wij)\s+(?:u|uw\s+Kamer)\b[^.]*?"
    r"\b(?:termijn|uitstel)\b",
    _FLAGS,
)
# The signers' own earlier acts, reported with their day, are no statement: "Op 17
# december 2012 stuurden wij u een verzoek", "Op 2 februari jl. heb ik toegezegd ..."
_EARLIER_ACT = re.compile(
    r"^Op\s+(?:\w+dag\s+)?\d{1,2}\s+[a-z]+(?:\s+\d{4})?(?:\s+(?:jl\.|j\.l\.|jongstleden))?,?\s+"
    r"(?:heb\s+ik|hebben\s+wij|stuurde\s+ik|stuurden\s+wij|schreef\s+ik|schreven\s+wij"
    r"|zond\s+ik|zonden\s+wij|informeerde\s+ik|informeerden\s+wij)\b"
)
# What a letter says of earlier letters or of itself is no statement: "Bij brief van 17
# april 1996 heb ik ...", "In mijn brief van 24 april ...", "Ik hoop u hiermee voldoende
# te hebben geïnformeerd."
_NO_STATEMENT = re.compile(
    r"^(?:(?:Bij|In|Met)\s+(?:mijn\s+|onze\s+|de\s+)?brief\s+van\b"
    r"|Ik\s+(?:hoop|vertrouw)\s+(?:erop\s+)?u\s+hiermee\b)"
)
# "Mede namens de Minister van Buitenlandse Zaken bericht ik u als volgt." (searched only
# in sentences that hold "als volgt")
_AS_FOLLOWS = re.compile(r"\b(?:bericht|informeer)\s+ik\s+u\s+als\s+volgt\b")
# "Hierbij informeer ik u ...": the letter's own act, not a promise for later.
_LETTER_ACT = re.compile(r"^(?:Hierbij|Bijgaand|Met\s+deze\s+brief|In\s+deze\s+brief)\b")
# "In aanvulling op de agenda wil ik u informeren dat ...": now, in this letter (searched
# only in sentences that hold "wil")
_WISH_TO_INFORM = re.compile(
    r"\b(?:wil|willen)\s+(?:ik|wij)\s+(?:u|uw\s+Kamer)\s+(?:graag\s+)?"
    r"(?:informeren|inlichten|berichten|meedelen|mededelen)\b"
)

_DECISION = re.compile(
    r"\bbesl(?:oot|oten)\b(?!\s+(?:vergadering|zitting|overleg|kring|deel))"
    r"|(?<!\bhet\s)(?<!\been\s)(?<!\bdit\s)(?<!\bdat\s)(?<!\bzijn\s)(?<!\bhaar\s)"
    r"\bbesluit\s+(?:om|tot|dat)\b"
    r"|\bconcludeerde(?:n)?\b|\bconcludeert\b"
    r"|\bna(?:m|men)\s+(?:\w+\s+){0,4}(?:verklaring|verklaringen|conclusies|resolutie|besluit"
    r"|communiqué|richtsnoeren|strategie|actieplan)\b[^.]*?\baan\b"
    r"|\b(?:verklaring|verklaringen|conclusies|resolutie|communiqué)\s+(?:\w+\s+){0,3}aangenomen\b"
    r"|\buit\s+doen\s+gaan\b|\bstemde(?:n)?\s+in\s+met\b|\bkwamen\s+overeen\b"
    # a request granted or refused: "zal ik niet aan uw verzoek tegemoet komen"
    r"|\bverzoek\b[^.]*?\btegemoet\s+(?:te\s+)?kom(?:en|t)?\b",
    _FLAGS,
)
# Agreed or ratified with a finite verb before the participle: "Daarbij is afgesproken ...",
# "zijn de lidstaten overeengekomen", "wordt ... bekrachtigd". Without one the participle
# only describes a noun ("het overeengekomen plan"), which is no decision.
_AGREED = re.compile(
    r"\b(?:is|zijn|werd|werden|wordt|worden|heeft|hebben|had|hadden)\s+"
    r"(?:(?!(?:dat|die|omdat|waar\w*|als|zoals|indien|wanneer)\b)[^\s,;:]+\s+){0,12}?"
    r"(?:afgesproken|overeengekomen|bekrachtigd|ingestemd|afgewezen|goedgekeurd"
    r"|van\s+de\s+hand\s+gewezen)\b",
    _FLAGS,
)
# In the clause before the verb: an agreement recalled or inside a subordinate clause
# ("waar de Kamer mee heeft ingestemd"), not one this sentence reports.
_RECALLED = re.compile(
    r"\b(?:zoals|als|wat|eerder|destijds|dat|die|omdat|waar|waarmee|waarover|indien|wanneer)\b",
    _FLAGS,
)
_AGREED_HINTS = (
    "afgewezen",
    "goedgekeurd",
    "hand gewezen",
    "afgesproken",
    "overeengekomen",
    "bekrachtigd",
    "ingestemd",
)
# "de Landbouwraad ... zal géén doorgang vinden", "de bijeenkomst is afgelast"
_CANCELLED = re.compile(
    r"\bg[eé][eé]n\s+doorgang\s+(?:zal\s+|zullen\s+)?vind(?:en|t)\b"
    r"|\b(?:is|zijn|wordt|worden|werd|werden)\s+(?:[^\s,;]+\s+){0,3}?afgelast\b",
    _FLAGS,
)
# The writer's own account in an impersonal sentence: "Het is helaas niet mogelijk gebleken
# om ...", "Het is mij niet bekend hoe ...". Not "Het is van belang dat Rusland ...": what
# others should do is a call, which the gold readings leave out unless an actor makes it.
_IMPERSONAL_VIEW = re.compile(
    r"^Het\s+is\s+(?:mij\s+|ons\s+)?(?:helaas\s+|dan\s+ook\s+|daarom\s+)?(?:niet\s+)?"
    r"(?:mogelijk|onmogelijk|bekend|gebleken)\b"
)
# A vote of a chamber: "de motie ... is door de Tweede Kamer aanvaard", "werd verworpen".
_VOTE = re.compile(
    r"\b(?:motie|moties|amendement|amendementen|wetsvoorstel|wetsvoorstellen)\b"
    r"[^;]*?\b(?:is|zijn|werd|werden)\s+(?:[^\s;]+\s+){0,8}?(?:aangenomen|aanvaard|verworpen)\b",
    _FLAGS,
)
_VOTE_HINTS = ("aangenomen", "aanvaard", "verworpen")
_CHAMBER = re.compile(r"\b(?:[Dd]e\s+)?(?P<chamber>(?:Tweede|Eerste)\s+Kamer)\b")

# A Dutch actor: "Nederland", "het kabinet", "De minister van Defensie", "Ik".
_POSTS = "|".join(
    sorted((re.escape(p) for p in set(MINISTRIES) | set(HOUSED_POSTS)), key=len, reverse=True)
)
_ACTOR = re.compile(
    r"(?P<nl>Nederland)(?![\w-])"
    # older letters write "De Regering", "Het Kabinet"
    r"|(?P<gov>(?:[Hh]et\s+(?:Nederlandse\s+)?[Kk]abinet|[Dd]e\s+(?:Nederlandse\s+)?[Rr]egering))\b"
    rf"|(?P<minister>[Dd]e\s+(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)"
    rf"(?:\s+(?:van|voor)\s+(?:{_POSTS}))?)(?![\w-])(?!\s+van\s+(?:de\s+|het\s+)?[A-Z])"
    r"|(?P<ik>\b[Ii]k)\b"
    # the signers together: "Wij betreuren dit", "willen wij deze opzet ... bespreken"
    r"|(?P<wij>\b[Ww]ij)\b"
)
# Cheap substring tests before the patterns above (the statement step runs on every sentence).
_ACTOR_HINTS = ("nederland", "kabinet", "regering", "minister", "staatssecretaris", "ik ", "wij ")
_DECISION_HINTS = (
    *("besl", "conclu", "nam", "aangenomen", "doen gaan", "stemde", "kwamen", "tegemoet"),
)
# The words a match of `_ACTOR` / `_DECISION` starts with (see `scan`); the decision's
# are looked up in the lower-case sentence.
_ACTOR_STARTS = scan.keywords(
    {"actor": ("Nederland", "Het", "het", "De", "de", "Ik", "ik", "Wij", "wij")}
)
_DECISION_STARTS = scan.keywords(
    {
        "start": (
            *("besl", "conclu", "nam", "verklaring", "resolutie", "communiqué", "uit"),
            *("stemde", "kwamen", "verzoek"),
        ),
    }
)
_PRONOUN = re.compile(r"^(?:Hij|Ze|Zij)\s+[a-z]")
# Words before an actor that make it no subject: "Namens Nederland", "dat Nederland".
_NOT_BEFORE = frozenset(
    "namens van voor met door aan in op bij tot uit naar over tussen zoals als dan en of "
    "dat die waar waarin omdat wanneer indien hoe wat welke zodat terwijl doordat "
    "mits hierbij informeer de het een".split()
)
# Sentence-opening adverbs: "Ook Nederland vindt ...", "Verder heeft Nederland ..."
_OPENERS = frozenset("ook verder daarnaast tevens voorts bovendien echter wel".split())
# ", stelde Nederland": a reporting verb right before the actor, after a comma.
_REPORTING = re.compile(r",\s+(?:stelde|zei|benadrukte|meldde|gaf|aldus|onderstreepte)\s+$")
_FINITE_VERB = re.compile(r"^[a-zë]+$")
MAX_WORDS_BEFORE_SUBJECT = 12
_SUBORDINATE_OPENING = re.compile(
    r"^(?:Omdat|Nu|Aangezien|Gezien|Hoewel|Doordat|Wanneer|Indien|Als|Zodra|Nadat|Voordat"
    r"|Teneinde|Gelet\s+op|Met\s+het\s+oog\s+op)\b"
)
# Verbs after the actor that report taking part or receiving, not a view or an act.
_NOT_POSITION = re.compile(
    r"^\s*(?:nam|namen|neemt|nemen)\s+(?:\w+\s+)*?deel\b|^\s*(?:ontving|ontvangt|is\s+lid)\b",
    _FLAGS,
)


def _actor_name(m: re.Match[str], signatories: tuple[Signatory, ...]) -> str:
    if m.group("nl"):
        return "Nederland"
    if m.group("gov"):
        return "het kabinet"
    if m.group("ik"):
        function = signatories[0].function if signatories else None
        return _role(function) if function else "ik"
    if m.group("wij"):
        return _signers_actor(signatories)
    return _role(m.group("minister"))


def _signers_actor(signatories: tuple[Signatory, ...]) -> str:
    """Who "ik" or "wij" is: the one signer's post, else the government."""
    if len(signatories) == 1 and signatories[0].function:
        return _role(signatories[0].function)
    return "het kabinet"


def _role(written: str) -> str:
    """``De Minister van Buitenlandse Zaken,`` -> ``minister van Buitenlandse Zaken``."""
    words = re.sub(r"^[Dd]e\s+|[,\s]+$", "", " ".join(written.split()))
    return words[:1].lower() + words[1:]


def _subject_actor(sentence: str, low: str, signatories: tuple[Signatory, ...]) -> str | None:
    """The Dutch actor when it is the sentence's subject, else None."""
    if not any(map(low.__contains__, _ACTOR_HINTS)):  # `map`: no generator per sentence
        return None  # most sentences: no regex needed
    starts = scan.keyword_starts(_ACTOR_STARTS, sentence).get("actor", [])
    for m in scan.finditer_at(_ACTOR, sentence, starts):
        before = sentence[: m.start()]
        # "Omdat preventie een breed begrip is, willen wij ...": after a clause that opens
        # the sentence, the main clause starts at its comma
        if _SUBORDINATE_OPENING.match(sentence) and "," in before:
            before = before.rsplit(",", 1)[1]
        words = re.findall(r"[\wë'-]+", before)
        if _NOT_POSITION.match(sentence[m.end() :]):
            return None
        if not words or all(w.lower() in _OPENERS for w in words):
            return _actor_name(m, signatories)
        if _REPORTING.search(before):
            return _actor_name(m, signatories)
        last = words[-1]
        if (
            len(words) <= MAX_WORDS_BEFORE_SUBJECT
            and last.lower() not in _NOT_BEFORE
            and _FINITE_VERB.match(last)
            and not before.rstrip().endswith(("(", "-"))
        ):
            return _actor_name(m, signatories)
    return None


def _section(sections: tuple[Section, ...], start: int) -> str | None:
    for section in sections:
        if section.start <= start < section.end:
            return section.heading
    return None


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
    if not sentence.rstrip("])0123456789[").endswith((".", "!", "?", ")")):
        return None  # a heading, salutation or signature line
    if _NO_STATEMENT.match(sentence) or (
        sentence.startswith("Op ") and _EARLIER_ACT.match(sentence)
    ):
        return None
    low = sentence.lower()
    if "als volgt" in low and _AS_FOLLOWS.search(sentence):
        return None
    # "Hierbij informeer ik u", "doe ik u hierbij een afschrift toekomen": this letter's act
    letter_act = (
        _LETTER_ACT.match(sentence)
        or ("hierbij" in low and _search(_INFORM, _INFORM_STARTS, sentence))
        or ("wil" in low and _WISH_TO_INFORM.search(sentence))
    )
    agreed = _agreement(sentence, low, persons)
    actor = _subject_actor(sentence, low, signatories)  # once: three branches ask for it
    if ("termijn" in low or "uitstel" in low) and _MORE_TIME.search(sentence):
        return "commitment", actor or "het kabinet"
    if (
        ("kamer" in low or " u " in low or "vragen" in low)
        and (_KAMER.search(sentence) or re.search(r"\bu\b|\bvragen\b", sentence))
        and (inform := _search(_INFORM, _INFORM_STARTS, sentence))
        # "Na overleg is afgesproken dat u ... per brief zal worden geïnformeerd": the
        # agreement is what the sentence says, the promise is inside it
        and not (agreed and agreed.start() < inform.start())
    ):
        if _search(_FUTURE, _FUTURE_STARTS, sentence) and not letter_act:
            return "commitment", actor or "het kabinet"
    if any(map(low.__contains__, _NEXT_HINTS)) and _NEXT_LETTER.search(sentence):
        if actor and not letter_act:
            return "commitment", actor
    if sentence.endswith("?"):
        return None  # a question (Kamervragen, a quoted question) states nothing
    if any(map(low.__contains__, _VOTE_HINTS)) and _VOTE.search(sentence):
        chamber = _CHAMBER.search(sentence)
        return "decision", chamber.group("chamber") if chamber else "de Kamer"
    if agreed:
        before, after = sentence[: agreed.start()], sentence[agreed.end() :]
        return "decision", actor or _body(before, after)
    if ("doorgang" in low or "afgelast" in low) and _CANCELLED.search(sentence):
        return "decision", None  # a meeting called off; who decided it, the text rarely says

    decision = any(map(low.__contains__, _DECISION_HINTS)) and _search(
        _DECISION, _DECISION_STARTS, sentence
    )
    if decision and not sentence.startswith("Het besluit"):
        named = any(p.span[0] < decision.start() for p in persons)
        if not named:
            return "decision", actor or _body(
                sentence[: decision.start()], sentence[decision.end() :]
            )
    if letter_act:
        return None
    if not actor and sentence.startswith("Het is ") and _IMPERSONAL_VIEW.match(sentence):
        actor = _signers_actor(signatories)  # "Het is helaas niet mogelijk gebleken ..."
    if actor:
        return "position", actor
    if previous_actor and _PRONOUN.match(sentence):
        return "position", previous_actor
    return None


def _agreement(sentence: str, low: str, persons: list[Entity]) -> re.Match[str] | None:
    """The agreement or ratification the sentence reports ("Daarbij is afgesproken"), not
    one it recalls or one a named person's clause holds."""
    if not any(map(low.__contains__, _AGREED_HINTS)):
        return None
    agreed = _AGREED.search(sentence)
    if agreed is None or _RECALLED.search(sentence[: agreed.start()].rsplit(",", 1)[-1]):
        return None
    if any(p.span[0] < agreed.start() for p in persons):
        return None
    return agreed


def _search(
    pattern: re.Pattern[str], starts: ahocorasick.Automaton, sentence: str
) -> re.Match[str] | None:
    """``pattern.search(sentence)`` for an IGNORECASE pattern, tried only where one of
    the words of `starts` begins."""
    low = scan.lowered(sentence)
    if low is None:
        return pattern.search(sentence)
    at = scan.keyword_starts(starts, low).get("start", [])
    return next(scan.finditer_at(pattern, sentence, at), None)


_BODY = re.compile(
    r"(?:^|\b(?:hebben|heeft|namen|nam|werd|werden)\s+)(?:[Dd]e\s+|[Hh]et\s+)?"
    r"(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)


# The body right after the verb when the sentence is inverted: "besloot de NAVO om ...".
_BODY_AFTER = re.compile(r"\s+(?:de\s+|het\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


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
    for a, b in sentences:
        if a > paragraph_end:  # a pronoun does not reach back over a paragraph
            previous = None
            nxt = text.find("\n\n", a)
            paragraph_end = nxt if nxt >= 0 else len(text)
        sentence = text[a:b]
        inside = []
        if bisect_left(person_starts, a) < bisect_left(person_starts, b):  # most: none
            inside = [p for p in persons if a <= p.span[0] < b and p.span != (0, 0)]
        result = classify(sentence, [_shift(p, a) for p in inside], previous, signatories)
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
