"""What a commitment promises: a letter, a report, answers, a standpoint or a bill.

The first thing promised in the sentence names it (``Ik zal u deze visie in september
toesturen`` -> ``rapport``); a word in a phrase that only says what the promise is about
(``over de uitkomsten van het onderzoek``) does not count, nor one after a promise to
inform (``zal ik u nader informeren als de onderzoeken zijn afgerond``), which is a
``brief`` (``Ik houd uw Kamer op de hoogte``); else ``other``.

Labels: ``brief`` (a letter, an update, informing the Kamer), ``rapport`` (a report, study,
evaluation, monitor, plan, visie, agenda or other document), ``antwoorden`` (answers to
questions), ``standpunt`` (a decision, standpoint or the cabinet's reaction),
``wetsvoorstel`` (a bill, an AMvB or a regulation), ``other``.
"""

from __future__ import annotations

import re

from kamerbrieven.rules import Rule, RuleTable

_FLAGS = re.IGNORECASE
# The thing in a phrase of subject matter ("over de resultaten van de evaluatie").
_ABOUT = re.compile(
    r"\b(?:over|inzake|omtrent|betreffende|aangaande)\s+(?:[^\s,;]+\s+){0,5}$", _FLAGS
)
_INFORMING = re.compile(
    r"\b(?:informeren|geïnformeerd|informeer|berichten|bericht|op\s+de\s+hoogte|terugkomen"
    r"|terug\s+(?:te\s+)?komen|ingaan|rapporteren|melden)\b",
    _FLAGS,
)

SUBJECTS: RuleTable[str] = RuleTable(
    (
        Rule(
            "answers",
            re.compile(r"\b(?:\w*beantwoording|antwoorden|antwoord)\b", _FLAGS),
            "antwoorden",
            example="De beantwoording zal plaatshebben omstreeks half februari 2010.",
            counter="Ik streef ernaar uw Kamer voor de zomer te informeren.",
            source="devset/statements/tuned README (vws-20091203 letter); counter written for "
            "the row",
        ),
        Rule(
            "bill",
            re.compile(
                r"\b(?:\w*wetsvoorstel(?:len)?|\w*wetswijziging|AMvB|algemene\s+maatregel\s+van"
                r"\s+bestuur|ministeriële\s+regeling|ontwerpbesluit|wijzigingsbesluit)\b",
                _FLAGS,
            ),
            "wetsvoorstel",
            example="Het kabinet streeft ernaar het wetsvoorstel voor de zomer bij uw Kamer in "
            "te dienen.",
            counter="Ik zal u deze visie in september toesturen.",
            source="written for the row; counter devset/statements/tuned kst-28385-208",
        ),
        Rule(
            "standpoint",
            re.compile(
                r"\b(?:\w*standpunt(?:en)?|\w*reactie|besluit|beslissing|appreciatie"
                r"|kabinetsvisie)\b",
                _FLAGS,
            ),
            "standpunt",
            example="Daarbij zal ook de reactie op het 10-puntenplan van de fracties van CDA, VVD "
            "en PVV worden meegenomen.",
            counter="Ik zal u deze visie in september toesturen.",
            source="devset/statements/tuned kst-28385-208 (both)",
        ),
        Rule(
            "letter",
            re.compile(r"\b(?:\w*brie(?:f|ven)|update|stand\s+van\s+zaken)\b", _FLAGS),
            "brief",
            example="Ik ben voornemens deze brief voor het zomerreces naar uw Kamer te sturen.",
            counter="In Q1 2026 ontvangt uw Kamer de jaarlijkse voortgangsrapportage.",
            source="devset/statements/tuned kst-35000-B-10; counter kst-36800-X-11",
        ),
        Rule(
            "report",
            re.compile(
                r"\b(?:\w*rapport(?:age|ages|en)?|\w*onderzoek(?:en)?|\w*evaluatie|\w*monitor"
                r"|\w*plan(?:nen)?|\w*visie|\w*agenda|\w*nota|documenten|document|stukken"
                r"|\w*strategie|\w*verkenning|\w*advies|\w*analyse|\w*overzicht|\w*verslag"
                r"|\w*notitie|\w*programma)\b",
                _FLAGS,
            ),
            "rapport",
            example="In Q1 2026 ontvangt uw Kamer de jaarlijkse voortgangsrapportage in de "
            "Strategische Actieagenda Industrie, Innovatie en Kennis voor Defensie.",
            counter="Ik ben voornemens deze brief voor het zomerreces naar uw Kamer te sturen.",
            source="devset/statements/tuned kst-36800-X-11; counter kst-35000-B-10",
        ),
    )
)


def commitment_subject(sentence: str, skip: tuple[int, int] | None = None) -> str:
    """What the promise in `sentence` is of (`skip`: the deadline's span, not a thing).

    >>> commitment_subject("Ik zal u deze visie in september toesturen.")
    'rapport'
    >>> commitment_subject("Ik houd uw Kamer op de hoogte van het verdere verloop.")
    'brief'
    """
    informing = _INFORMING.search(sentence)
    for rule, m in SUBJECTS.alternation(sentence):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        if _ABOUT.search(sentence, 0, m.start()):
            continue
        if informing and informing.start() < m.start():
            break  # "blijven wij de Kamer informeren over ..., zoals door middel van ..."
        return rule.yields
    return "brief" if informing else "other"
