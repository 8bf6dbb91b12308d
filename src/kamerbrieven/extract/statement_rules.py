"""The patterns of `statements`, as tables of rows with a real sentence each must find and a
near miss it must not (`tests/rules/test_rule_tables.py` runs them).

Families, in the order `statements.classify` asks them:

- `NO_STATEMENT` (here): what a letter says of earlier letters or of itself
- `statement_acts`: this letter's own act ("Hierbij informeer ik u") and the signers'
  earlier procedural acts ("heb ik uw Kamer geïnformeerd"): no promise, no position
- `COMMITMENT` (here): the Kamer promised information later, or asked for more time
- `decision_rules`: a vote, an agreement, a meeting called off or moved, a body that
  decides, adopts or concludes
- `position_rules`: the Dutch government as the subject of a sentence

A row's `source` names the letter its example comes from (a dev set under
``tests/devset/``, a seed, a test file of ``tests/``), or says the example is written
for the row where no letter in the repository has one.
"""

from __future__ import annotations

import re

from kamerbrieven.rules import Rule, RuleTable

_FLAGS = re.IGNORECASE

NO_STATEMENT: RuleTable[str] = RuleTable(
    (
        Rule(
            "earlier-letter",
            re.compile(r"^(?:Bij|In|Met)\s+(?:mijn\s+|onze\s+|de\s+)?brief\s+van\b"),
            "what an earlier letter said",
            example="In mijn brief van 30 september jl. heb ik aangegeven dat NWO en UNL eerder "
            "gezamenlijk voorstellen hebben gedaan voor het verlagen van de druk op het "
            "wetenschapssysteem.",
            counter="In deze contourennota wordt een schets gegeven van de wijze waarop het "
            "kabinet deze intrekking wil vormgeven.",
            source="tests/parse/data/kst-29338-289.pdfminer; counter "
            "tests/clean/data/aenm-contourennota",
        ),
        Rule(
            "closing-hope",
            re.compile(r"^Ik\s+(?:hoop|vertrouw)\s+(?:erop\s+)?u\s+hiermee\b"),
            "the closing formula",
            example="Ik hoop u hiermee voldoende geïnformeerd te hebben.",
            counter="Ik vertrouw erop dat de Raad hiermee instemt.",
            source="devset/heldout2/kst-21501-07-819; counter written for the row",
        ),
        Rule(
            "closing-request",
            re.compile(
                r"^(?:Ik|Wij|We)\s+(?:ontvang|ontvangen|zie|zien)\s+(?:\S+\s+){0,3}?"
                r"(?:uw\s+(?:reactie|antwoord)|tegemoet)\b"
            ),
            "the closing formula",
            example="Wij ontvangen graag spoedig uw reactie op ons verzoek.",
            counter="Wij betreuren dit en bieden onze excuses aan voor het feit dat we wederom "
            "een beroep moeten doen op uw welwillendheid.",
            source="devset/domestic/kst-32793-69 (both)",
        ),
        Rule(
            "earlier-act",
            # the signers' own earlier acts, reported with their day
            re.compile(
                r"^Op\s+(?:\w+dag\s+)?\d{1,2}\s+[a-z]+(?:\s+\d{4})?"
                r"(?:\s+(?:jl\.|j\.l\.|jongstleden))?,?\s+"
                r"(?:heb\s+ik|hebben\s+wij|stuurde\s+ik|stuurden\s+wij|schreef\s+ik"
                r"|schreven\s+wij|zond\s+ik|zonden\s+wij|informeerde\s+ik|informeerden\s+wij)\b"
            ),
            "what the signers did before",
            example="Op 2 februari jl. heb ik toegezegd u binnen twee maanden het "
            "feitenonderzoek te zullen toesturen, voorzien van mijn standpunt.",
            counter="Op 25 juni 2021 heeft de Minister voor Rechtsbescherming dit uitgewerkt in "
            "een Kamerbrief over de versterking van de kwaliteit van beleid en wetgeving.",
            source="devset/domestic/kst-29279-106; counter tests/data/corpus/kst-36450-3.pdf",
        ),
        Rule(
            "as-follows",
            re.compile(r"\b(?:bericht|informeer)\s+ik\s+u\s+als\s+volgt\b"),
            "the letter announcing itself",
            example="Mede namens de Minister van Buitenlandse Zaken bericht ik u als volgt.",
            counter="De procedure verloopt als volgt.",
            source="devset/foreign/kst-21501-20-865; counter written for the row",
        ),
    )
)

COMMITMENT: RuleTable[str] = RuleTable(
    (
        Rule(
            "more-time",
            # a request for more time promises the letter after it
            re.compile(
                r"\b(?:verzoek|vraag|verzoeken|vragen)\s+(?:ik|wij)\s+(?:u|uw\s+Kamer)\b[^.]*?"
                r"\b(?:termijn|uitstel)\b",
                _FLAGS,
            ),
            "a commitment: the answer after the delay",
            example="Daarom verzoek ik u de termijn met 4 weken te verlengen tot 20 februari.",
            counter="Op 17 december 2012 stuurden wij u een verzoek om het algemeen overleg dat "
            "met uw Kamer gepland stond over het preventiebeleid uit te stellen tot eind maart "
            "2013.",
            source="devset/heldout2/kst-21501-31-266; counter devset/domestic/kst-32793-69",
        ),
        Rule(
            "the-kamer",
            re.compile(r"\b(?:uw|de|Tweede|Eerste)\s+Kamer\b|\bKamerleden\b", _FLAGS),
            "the Kamer addressed",
            example="De minister van BZK zal de brief aan de Tweede Kamer sturen.",
            counter="zoals ik u die op 11 november reeds heb toegezonden (Kamerstuk 21501–07, "
            "nr. 1186).",
            source="tests/data/corpus/az-ministerraad-besluitenlijst-20250110.pdf; counter "
            "devset/domestic/kst-21501-07-1187",
        ),
        Rule(
            "you-or-questions",
            re.compile(r"\bu\b|\bvragen\b"),
            "the Kamer addressed, or its questions",
            example="Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.",
            counter="Uw brief over de vraagstelling is ontvangen.",
            source="tests/extract/test_units.py; counter written for the row",
        ),
        Rule(
            "inform",
            re.compile(
                r"\b(?:informeren|geïnformeerd|informeer|informeert|toesturen|toegestuurd|stuur"
                r"|sturen|toezenden|toegezonden|zend|zenden|toe\s+te\s+(?:zenden|sturen|komen)"
                r"|toekomen|ontvangt|ontvangen|delen|gedeeld|rapporteren|rapporteer|berichten"
                r"|op\s+de\s+hoogte|verslag\s+(?:doen|uitbrengen)|voorleggen|voorgelegd"
                r"|aanbieden|aangeboden|bied|bieden|biedt|tegemoet\s+zien|terugkomen"
                r"|terug(?:\s+te)?\s+komen|beantwoorden|beantwoord"
                r"|(?:kom|komen)\s+(?:ik|wij|we)\s+(?:[^\s.;]+\s+){0,8}?terug)\b",
                _FLAGS,
            ),
            "an informing verb",
            example="Ik zal uw Kamer over de uitkomsten informeren.",
            counter="Het kabinet heeft momenteel geen aanwijzingen dat Azerbeidzjan plannen heeft "
            "om een doorgang te forceren naar de exclave Nachitsjevan.",
            source="tests/data/corpus/jenv-ienw-20231204-beantwoording-kamervragen; counter "
            "devset/foreign/ah-tk-20232024-387-kaukasus",
        ),
        Rule(
            "future",
            re.compile(
                r"\b(?:zal|zullen|ga|gaan|voornemens|verwacht|streef|streven|binnenkort|spoedig"
                r"|op\s+een\s+later\s+moment|te\s+zijner\s+tijd|voor\s+de\s+zomer"
                r"|na\s+de\s+zomer|in\s+het\s+(?:voorjaar|najaar)|uiterlijk|zo\s+snel\s+mogelijk"
                r"|later\s+dit\s+jaar|planning\s+is|medio|wil|willen"
                r"|(?:houd|houdt|houden)\s+(?:[^\s.;]+\s+){0,4}?op\s+de\s+hoogte"
                r"|(?:blijf|blijft|blijven)\s+(?:[^\s.;]+\s+){0,4}?(?:informeren|berichten))\b",
                _FLAGS,
            ),
            "a time to come",
            example="Ik ben voornemens u mijn standpunt en de daarbij behorende stukken begin mei "
            "toe te zenden.",
            counter="Hierbij werd alle voorgenomen regelgeving getoetst.",
            source="devset/domestic/kst-29279-106; counter tests/clean/data/kst-36450-3",
        ),
        Rule(
            "next-letter",
            # a later letter named as where something will be said
            re.compile(
                r"\b(?:in|bij|met)\s+de\s+(?:komende|volgende|eerstvolgende)\s+(?:\w+\s+)?"
                r"(?:brief|kamerbrief|rapportage|voortgangsrapportage|voortgangsbrief"
                r"|verzamelbrief|nota)\b",
                _FLAGS,
            ),
            "a commitment: a later letter",
            example="Mijn reactie op de onderzoeksresultaten wil ik opnemen in de komende brief "
            "met de rapportage over het eerste jaar rookvrije horeca.",
            counter="In deze brief wordt de kabinetsinzet ten aanzien van de lopende "
            "versterkingsoperatie in Groningen, zoals verwoord in mijn brief aan uw Kamer",
            source="devset/domestic/kst-22894-234; counter devset/heldout/kst-33529-468",
        ),
        Rule(
            "separate-letter",
            re.compile(
                r"\b(?:zal|zullen)\b[^.;]*?\b(?:in|bij|met)\s+een\s+(?:separate|aparte"
                r"|afzonderlijke|nadere|latere|nieuwe|volgende)\s+(?:\w+\s+)?"
                r"(?:brief|kamerbrief|rapportage|nota)\b",
                _FLAGS,
            ),
            "a commitment: a later letter",
            example="Het kabinet zal in een separate brief op deze vraag ingaan.",
            counter="Hierbij ontvangt u, mede namens de Minister van Defensie, de brief die aan "
            "dat verzoek tegemoetkomt.",
            source="devset/foreign/ah-tk-20232024-387-kaukasus; counter "
            "devset/foreign/kst-29521-403-sahel",
        ),
        Rule(
            "that-letter",
            # a later letter the sentence before announced: "Ik werk aan een bredere brief
            # ... In die brief wil ik ook ingaan op mijn plannen"
            re.compile(
                r"\b(?:in|bij|met)\s+die\s+(?:\w+\s+)?(?:brief|kamerbrief|rapportage|nota)\b"
                r"[^.;]*?\b(?:wil|zal|zullen|willen|ga|gaan)\b"
                r"|\b(?:wil|zal|zullen|willen)\b[^.;]*?\b(?:in|bij|met)\s+die\s+(?:\w+\s+)?"
                r"(?:brief|kamerbrief|rapportage|nota)\b",
                _FLAGS,
            ),
            "a commitment: a later letter",
            example="In die brief wil ik ook ingaan op mijn plannen inzake de Wgr.",
            counter="In die brieven ben ik ook nader ingegaan op de oorzaken van de "
            "transportschaarste.",
            source="devset/statements/tuned kst-35000-B-10; counter "
            "ezk-20220909-transportschaarste-elektriciteitsnet",
        ),
        Rule(
            "requested",
            # the Kamer's request to inform it, reported: no promise by itself
            re.compile(
                r"\b(?:verzocht|verzoekt|gevraagd|vraagt|opgeroepen|roept)\b"
                r"|\b(?:Kamer|commissie)\s+(?:wil|wenst)\b",
                _FLAGS,
            ),
            "a request to the government",
            example="Uw Kamer heeft via gewijzigde motie van het lid De Kort het kabinet verzocht "
            "om hierover de Kamer in het derde kwartaal van 2022 te informeren.",
            counter="Ik houd uw Kamer op de hoogte van het verdere verloop van dit overleg.",
            source="devset/statements/tuned kst-35394-48; counter kst-33529-467",
        ),
    )
)
