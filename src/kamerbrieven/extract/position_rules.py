"""The patterns of positions (`statements`): the Dutch government as the subject of a
sentence. Each row has a real sentence it must find and a near miss it must not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kamerbrieven.nl.ministries import HOUSED_POSTS, MINISTRIES
from kamerbrieven.record import Signatory
from kamerbrieven.rules import Rule, RuleTable

_FLAGS = re.IGNORECASE

# Who a Dutch actor is, given the match and the letter's signers.
NameActor = Callable[[re.Match[str], tuple[Signatory, ...]], str]


def role(written: str) -> str:
    """``De Minister van Buitenlandse Zaken,`` -> ``minister van Buitenlandse Zaken``.

    >>> role("De Minister van Defensie,")
    'minister van Defensie'
    """
    words = re.sub(r"^[Dd]e\s+|[,\s]+$", "", " ".join(written.split()))
    return words[:1].lower() + words[1:]


def signers_actor(signatories: tuple[Signatory, ...]) -> str:
    """Who "ik" or "wij" is: the one signer's post, else the government.

    >>> signers_actor(())
    'het kabinet'
    """
    if len(signatories) == 1 and signatories[0].function:
        return role(signatories[0].function)
    return "het kabinet"


def _first_signer(m: re.Match[str], signatories: tuple[Signatory, ...]) -> str:
    function = signatories[0].function if signatories else None
    return role(function) if function else "ik"


_POSTS = "|".join(
    sorted((re.escape(p) for p in set(MINISTRIES) | set(HOUSED_POSTS)), key=len, reverse=True)
)
_MINISTRY_NAMES = "|".join(
    sorted(
        (re.escape(n) for name, short in MINISTRIES.items() for n in (name, *short)),
        key=len,
        reverse=True,
    )
)


def _as_written(m: re.Match[str], signatories: tuple[Signatory, ...]) -> str:
    """``De overheid`` -> ``de overheid``; ``Defensie`` as it is."""
    words = " ".join(m.group().split())
    return words[:1].lower() + words[1:] if words.split()[0] in ("De", "Het") else words


def _ministry(m: re.Match[str], signatories: tuple[Signatory, ...]) -> str:
    return "ministerie van " + " ".join(m.group("ministry").split())


# A Dutch actor; the rows run as one alternation (`RuleTable.alternation`), in text order.
ACTORS: RuleTable[NameActor] = RuleTable(
    (
        Rule(
            "nederland",
            re.compile(r"Nederland(?![\w-])"),
            lambda m, signatories: "Nederland",
            example="Nederland importeert geen Azerbeidzjaans gas.",
            counter="Het kabinet heeft op verzoek van leiding van Resolute Support besloten dat "
            "Nederlandse trainers, net als de Duitse trainers, ook ondersteuning kunnen verlenen",
            source="devset/foreign/ah-tk-20232024-387-kaukasus; counter seeds/002_ad9ccb4a6e4e1731",
        ),
        Rule(
            "government",
            # older letters write "De Regering", "Het Kabinet"
            re.compile(
                r"(?:(?:[Hh]et|[Dd]it)\s+(?:Nederlandse\s+)?[Kk]abinet|[Dd]e\s+(?:Nederlandse\s+)?"
                r"[Rr]egering|^Kabinet)\b"
            ),
            lambda m, signatories: "het kabinet",
            example="Het kabinet neemt daarom onder andere maatregelen om de instroom van "
            "asielzoekers te beperken.",
            counter="Bij brief van 17 april 1996 heb ik het Kabinetsstandpunt Besluiten over "
            "grote projecten (vergaderjaar 1995–1996, 24 690, nr. 1) aan de Tweede Kamer "
            "aangeboden.",
            source="tests/clean/data/aenm-contourennota; counter devset/heldout/kst-24690-4",
        ),
        Rule(
            "minister",
            re.compile(
                r"[Dd]e\s+(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)"
                rf"(?:\s+(?:van|voor)\s+(?:{_POSTS}))?(?![\w-])(?!\s+van\s+(?:de\s+|het\s+)?[A-Z])"
            ),
            lambda m, signatories: role(m.group()),
            example="De minister van Defensie zei dat het in de komende periode onze gezamenlijke "
            "zorg is om het uitgezonden personeel zo goed mogelijk te beschermen.",
            counter="Namens Nederland namen de ministers van Buitenlandse Zaken en Defensie deel "
            "aan de bijeenkomst.",
            source="seeds/000_50034ceebe6a1b15",
        ),
        Rule(
            "ministry",
            # "Het ministerie van IenW laat in 2023 onderzoek uitvoeren"
            re.compile(
                rf"(?:[Hh]et\s+)?[Mm]inisterie\s+van\s+(?P<ministry>{_MINISTRY_NAMES})(?![\w-])"
            ),
            _ministry,
            example="Sinds 2008 laat Rijkswaterstaat, in opdracht van het Ministerie van "
            "Infrastructuur en Waterstaat (IenW), jaarlijks een onderzoek uitvoeren.",
            counter="De minister van Defensie zei dat het in de komende periode onze gezamenlijke "
            "zorg is.",
            source="devset/statements/tuned kst-32852-357; counter seeds/000_50034ceebe6a1b15",
        ),
        Rule(
            "service",
            # a ministry by its short name, its executive service, the government at large:
            # "Defensie staat in nauw contact met beide landen"
            re.compile(
                r"(?<![\w-])(?:Defensie|Rijkswaterstaat|[Dd]e\s+(?:rijks)?overheid"
                r"|[Dd]e\s+bewindspersonen|[Dd]e\s+bewindslieden)(?![\w-])"
            ),
            _as_written,
            example="Defensie bereidt zich voor op het scenario waarin onze vrijheid moet worden "
            "beschermd.",
            counter="De krijgsmacht moet daarbij kunnen rekenen op onze eigen Nederlandse "
            "defensie-industrie.",
            source="devset/statements/tuned kst-36800-X-11 (both)",
        ),
        Rule(
            "ik",
            re.compile(r"\b[Ii]k\b"),
            _first_signer,
            example="Ik ben voornemens u mijn standpunt en de daarbij behorende stukken begin mei "
            "toe te zenden.",
            counter="Het kabinet heeft momenteel geen aanwijzingen dat Azerbeidzjan plannen heeft "
            "om een doorgang te forceren naar de exclave Nachitsjevan.",
            source="devset/domestic/kst-29279-106; counter "
            "devset/foreign/ah-tk-20232024-387-kaukasus",
        ),
        Rule(
            "wij",
            # the signers together: "Wij betreuren dit", "willen wij deze opzet ... bespreken",
            # "We gaan daarom door met deze aanpak"
            re.compile(r"\b(?:[Ww]ij|[Ww]e)\b"),
            lambda m, signatories: signers_actor(signatories),
            example="Wij betreuren dit en bieden onze excuses aan voor het feit dat we wederom "
            "een beroep moeten doen op uw welwillendheid.",
            counter="Zij spraken hun waardering uit voor EU-NAVO samenwerking.",
            source="devset/domestic/kst-32793-69; counter seeds/002_ad9ccb4a6e4e1731",
        ),
    )
)

# The first person is always a subject ("ik", "wij", "we"), wherever it stands.
PRONOUNS = frozenset({"ik", "wij"})
# Words before an actor that make it no subject: "Namens Nederland", "dat Nederland", "De
# motie verzoekt de regering".
NOT_BEFORE_SUBJECT = frozenset(
    "namens van voor met door aan in op bij tot uit naar over tussen zoals als dan en of "
    "dat die waar waarin omdat wanneer indien hoe wat welke zodat terwijl doordat "
    "mits hierbij informeer de het een verzoekt vraagt roept verzocht vroeg adviseert "
    "adviseerde dwingt wordt werd worden werden".split()
)
# Sentence-opening adverbs: "Ook Nederland vindt ...", "Verder heeft Nederland ..."
OPENERS = frozenset("ook verder daarnaast tevens voorts bovendien echter wel".split())

POSITION: RuleTable[str] = RuleTable(
    (
        Rule(
            "subordinate-opening",
            # "Omdat preventie een breed begrip is, willen wij ...": the main clause starts
            # at the comma
            re.compile(
                r"^(?:Omdat|Nu|Aangezien|Gezien|Hoewel|Doordat|Wanneer|Indien|Als|Zodra|Nadat"
                r"|Voordat|Teneinde|Gelet\s+op|Met\s+het\s+oog\s+op|Gedurende|Zolang|Terwijl"
                r"|Toen|Sinds|Voorzover|Voor\s+zover|Zoals|Naar|Om)\b"
            ),
            "a clause before the main clause",
            example="Als het gaat om de programma’s bij NWO, wil ik erop wijzen dat NWO als "
            "zelfstandig bestuursorgaan gaat over de verdeling van de middelen.",
            counter="Tegelijkertijd gaat het kabinet met gemeenten in gesprek over het "
            "consolideren van de bij de lopende eerste cyclus van de wet aangeleverde "
            "opvangplekken.",
            source="tests/parse/data/kst-29338-289.pdfminer; counter "
            "tests/clean/data/aenm-contourennota",
        ),
        Rule(
            "impersonal-view",
            # The writer's own finding, knowledge or ability in an impersonal sentence: "Het
            # is helaas niet mogelijk gebleken om ...", "Het is ons gebleken dat ...", "Het
            # was mij niet bekend ...". Not "Het is van belang dat Rusland ...": what others
            # should do is a call, which the gold readings leave out unless an actor makes it.
            re.compile(
                r"^Het\s+(?:is|was)\s+(?:(?:mij|me|ons)\s+)?"
                r"(?:(?:helaas|dan\s+ook|daarom|inmiddels|nog|echter|wel|ook|thans|nu"
                r"|tot\s+(?:op\s+)?heden|tot\s+nu\s+toe)\s+){0,3}(?:niet\s+)?"
                r"(?:mogelijk|onmogelijk|bekend|onbekend|gebleken|gelukt|opgevallen)\b"
            ),
            "a position of the signers",
            example="Het is niet mogelijk binnen de door de Commissie aangegeven termijn van 23 "
            "januari deze brief aan de Tweede Kamer te doen toekomen.",
            counter="Het is van belang dat Rusland onverwijld de gevangen genomen Oekraïense "
            "zeelieden vrijlaat en de marineschepen retourneert aan Oekraïne.",
            source="devset/heldout2/kst-21501-31-266; counter seeds/002_ad9ccb4a6e4e1731",
        ),
        Rule(
            "pronoun",
            # "Hij stelde vast dat ...": the Dutch minister of the sentences before
            re.compile(r"^(?:Hij|Ze|Zij)\s+[a-z]"),
            "a position of the actor before",
            example="Hij benadrukte nogmaals dat het een gezamenlijke verantwoordelijkheid van de "
            "lidstaten is.",
            counter="Zijn schrijven is voor mij reden om de Rijksvertegenwoordiger om "
            "ambtsbericht te verzoeken.",
            source="devset/foreign/bz-20040428-verslag-razeb; counter devset/heldout/kst-31568-100",
        ),
    )
)

# What stands around an actor: after it (taking part is no position), before it (a
# reporting verb, the finite verb of an inverted sentence).
SUBJECT_CLUES: RuleTable[str] = RuleTable(
    (
        Rule(
            "not-position",
            # verbs after the actor that report taking part or receiving, not a view or an
            # act; asked to act ("het kabinet wordt opgeroepen"); described ("Nederland is
            # toonaangevend op het gebied van landbouw")
            re.compile(
                r"^\s*(?:nam|namen|neemt|nemen)\s+(?:\w+\s+)*?deel\b"
                r"|^\s*(?:ontving|ontvangt|is\s+lid)\b"
                r"|^\s*(?:wordt|werd|is|was|zijn|worden)\s+(?:[^\s,;]+\s+){0,3}?"
                r"(?:verzocht|gevraagd|opgeroepen|opgedragen|uitgenodigd)\b"
                r"|^\s*(?:is|was)\s+(?:(?:al|nog|nu|sinds\s+\w+|wereldwijd|in\s+Europa)\s+)*"
                r"(?:toonaangevend|koploper|gidsland|een\s+van\s+de|één\s+van\s+de"
                r"|dichtbevolkt|welvarend|een\s+klein\s+land)\b"
                r"|^\s*(?:wordt|werd)\s+(?:[^\s,;]+\s+){0,4}?(?:ge\w+(?:d|t|en)|\w+eerd)\b",
                _FLAGS,
            ),
            "no position: taking part or receiving",
            example=" namen de ministers van Buitenlandse Zaken en Defensie deel aan de "
            "bijeenkomst.",
            counter=" steunt de uitgangspunten van het Open Deur beleid.",
            source="seeds/000_50034ceebe6a1b15, what follows 'Namens Nederland'; counter "
            "tests/extract/test_units.py",
        ),
        Rule(
            "reporting",
            # ", stelde Nederland": a reporting verb right before the actor, after a comma
            re.compile(r",\s+(?:stelde|zei|benadrukte|meldde|gaf|aldus|onderstreepte)\s+$"),
            "a position reported",
            example="Tegelijkertijd moet de NAVO er rekening mee houden dat Rusland ook deze "
            "oproep aan zich voorbij laat gaan, stelde ",
            counter="Hij stelde vast dat ",
            source="seeds/002_ad9ccb4a6e4e1731, what comes before 'Nederland'",
        ),
        Rule(
            "asked",
            # after a passive verb before the actor: "Met de motie ... is de regering verzocht
            # een onderzoek in te stellen"; not "Om die reden heeft Nederland opgeroepen"
            re.compile(
                r"\b(?:is|was|wordt|werd|zijn|worden)\s+$"
                r"|^\s*(?:[^\s,;]+\s+){0,3}?(?:verzocht|gevraagd|opgeroepen|opgedragen)\b",
                _FLAGS,
            ),
            "no position: the government asked",
            example="Met de motie Van den Berg c.s. is ",
            counter="Om die reden heeft ",
            source="devset/statements/tuned kst-29447-74, what comes before 'de regering'",
        ),
        Rule(
            "finite-verb",
            # the word before an actor that makes it the subject: "Om die reden heeft Nederland"
            re.compile(r"^[a-zë]+$"),
            "a verb before the subject",
            example="heeft",
            counter="Nederland",
            source="devset/foreign: 'Om die reden heeft Nederland ... opgeroepen'",
        ),
    )
)


_ME = re.compile(r"\b(?:mij|mijn)\b", re.IGNORECASE)
_US = re.compile(r"\b(?:ons|onze)\b", re.IGNORECASE)


def _who(m: re.Match[str], signatories: tuple[Signatory, ...]) -> str:
    """``mij``/``mijn``: the signer; ``ons``/``onze``: the signers together; else the
    government (the rows' groups cannot share a name in one alternation)."""
    if _ME.search(m.group()):
        return _first_signer(m, signatories)
    if _US.search(m.group()):
        return signers_actor(signatories)
    return "het kabinet"


# The government's view where it is not the subject: "is normering voor het kabinet het
# uitgangspunt", "Voor mij staan daarbij drie zaken voorop", "de door mij getroffen
# maatregelen", "Het heeft onze prioriteit"; the rows run as one alternation.
VIEWPOINT: RuleTable[NameActor] = RuleTable(
    (
        Rule(
            "for-the-government",
            re.compile(
                r"\b[Vv]oor\s+(?:het\s+kabinet|de\s+regering)\b"
                r"|\b[Vv]oor\s+(?:mij|ons)(?=\s*[,.;:]|\s+(?:de|het|een|van|om|is|zijn"
                r"|staan|staat|belangrijk|essentieel|helder|duidelijk)\b)"
            ),
            _who,
            example="Doorgaan met de huidige aanpak en procedure, zou voor het kabinet tot "
            "onacceptabele extra vertraging van alle modaliteiten leiden.",
            counter="Misbruik ondermijnt het draagvlak voor ons sociale stelsel.",
            source="devset/statements/tuned kst-29826-216; counter kst-17050-596",
        ),
        Rule(
            "by-the-government",
            # the agent of a passive: "de door mij additioneel getroffen maatregelen"
            re.compile(r"\b[Dd]oor\s+(?:(?:mij|ons)|het\s+kabinet|de\s+regering)\b"),
            _who,
            example="De reactie van de RBB Groep is betrokken bij de voorliggende "
            "kabinetsreactie en de door mij additioneel getroffen maatregelen.",
            counter="Op 27 juni jl. bent u door het vorige kabinet geïnformeerd over de "
            "voortgang en de vertraging van het project.",
            source="devset/statements/tuned kst-34300-VII-60; counter kst-29826-216",
        ),
        Rule(
            "our-aim",
            # a stance the government owns: "onze prioriteit", "mijn inzet", "ons jeugdbeleid"
            re.compile(
                r"\b(?:[Oo]nze?|[Mm]ijn)\s+[\w-]*(?:prioriteit(?:en)?|inzet|ambitie(?:s)?"
                r"|doel(?:en|stelling(?:en)?)?|visie|standpunt|voorkeur|overtuiging|zorg(?:en)?"
                r"|opvatting|oordeel|insteek|beleid|uitgangspunt(?:en)?)\b"
            ),
            _who,
            example="Het heeft onze prioriteit om de basis van passend onderwijs op orde te "
            "brengen.",
            counter="Dit draagt niet alleen bij aan de vergelding van onrecht, maar ook aan het "
            "veiliger maken van ons land.",
            source="devset/statements/tuned kst-31497-475; counter kst-24587-937",
        ),
        Rule(
            "the-governments-aim",
            # "Eén van de prioriteiten van dit kabinet is ..."
            re.compile(
                r"\b(?:prioriteit(?:en)?|ambitie(?:s)?|doel(?:en|stelling(?:en)?)?"
                r"|voornemen(?:s)?|keuze(?:s)?)\s+van\s+(?:het|dit)\s+"
                r"(?:[Kk]abinet|[Rr]egering)\b"
            ),
            _who,
            example="Eén van de prioriteiten van dit kabinet is te zorgen voor een woning voor "
            "iedereen.",
            counter="De inzet van het kabinet bij en de uitkomst van onderhandelingen in Brussel "
            "wordt steeds vooraf en achteraf met uw Kamer gedeeld en verantwoord.",
            source="devset/statements/tuned kst-32847-883; counter "
            "devset/domestic/kst-21501-07-1187",
        ),
    )
)
