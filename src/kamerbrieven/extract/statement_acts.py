"""What a letter does itself, and what its signers did before: no position, no promise.

`LETTER_ACT`: this letter's own act ("Hierbij informeer ik u", "Daarnaast reageer ik op
twee rapporten", "Op de derde aanbeveling kom ik later in deze brief terug", "Met dit
schrijven meld ik u dat"). The rows marked soft (`SOFT_ACTS`) describe an act that a time
to come turns into a promise ("Ik informeer uw Kamer voor de zomer over ...",
"kom ik na de zomer terug"); `statements` lets a deadline overrule them.

`PAST_ACT`: the signers' earlier procedural acts ("heb ik uw Kamer geïnformeerd",
"hebben wij hierover gesproken" in an overleg, a document "naar uw Kamer verstuurd"),
and a promise of information this letter keeps ("heb ik toegezegd ... twee documenten
... te delen"). A reported act is no position of this letter.

Each row has a real sentence it must find and a near miss it must not
(`tests/rules/test_rule_tables.py` runs them).
"""

from __future__ import annotations

import re

from kamerbrieven.rules import Rule, RuleTable

_FLAGS = re.IGNORECASE
_WE = r"(?:ik|wij|we)"
_DOCUMENT = r"(?:\w*brief|fiche|\w*rapport(?:age)?|\w*nota|stukken|documenten?|verslag|advies)"

LETTER_ACT: RuleTable[str] = RuleTable(
    (
        Rule(
            "letter-opening",
            re.compile(
                r"^(?:Hierbij|Hiermee|Bijgaand|Bijgevoegd|Bij\s+deze|Hieronder|Onderstaand"
                r"|Als\s+bijlage|In\s+de\s+bijlage|Met\s+deze\s+brief|In\s+deze\s+brief)\b"
            ),
            "this letter's own act",
            example="Bijgaand doe ik u de kwaliteitsrapportage van het CBS toekomen.",
            counter="Daarbij is afgesproken de aankondiging van het interview op maandag als "
            "onderwerp het opheffen van het uniformverbod mee te geven.",
            source="devset/domestic/kst-21501-07-1187; counter devset/heldout/kst-34919-3",
        ),
        Rule(
            "hereby",
            # with an informing verb (`COMMITMENT` "inform"): "doe ik u hierbij ... toekomen"
            re.compile(r"hierbij", _FLAGS),
            "this letter's own act, with an informing verb",
            example="Graag bieden wij u hierbij het verslag aan van de Raad Algemene Zaken en "
            "Externe Betrekkingen van 26-27 april 2004.",
            counter="Daarbij is afgesproken de aankondiging van het interview op maandag als "
            "onderwerp het opheffen van het uniformverbod mee te geven.",
            source="devset/foreign/bz-20040428-verslag-razeb; counter devset/heldout/kst-34919-3",
        ),
        Rule(
            "wish-to-inform",
            # "In aanvulling op de agenda wil ik u informeren dat ...": now, in this letter
            # ("Deze vragen wil ik graag in hoofdlijnen beantwoorden")
            re.compile(
                r"\b(?:wil|willen)\s+(?:ik|wij)\s+(?:[^\s.;]+\s+){0,4}?(?:informeren|inlichten"
                r"|berichten|meedelen|mededelen|beantwoorden)\b"
                r"|^(?:Ik|Wij)\s+(?:wil|willen)\s+(?:u|uw\s+Kamer)\s+(?:graag\s+)?"
                r"(?:informeren|inlichten|berichten|meedelen|mededelen)\b"
            ),
            "this letter's own act (soft)",
            example="Hierbij wil ik u informeren over het door mij toegezegde onderzoek naar de "
            "effecten van de invoering van het rookverbod in coffeeshops.",
            counter="Omdat preventie een breed begrip is en een nationaal programma activiteiten "
            "in diverse sectoren betreft, willen wij deze opzet graag met onze collega’s in het "
            "Kabinet bespreken.",
            source="devset/domestic/kst-22894-234; counter devset/domestic/kst-32793-69",
        ),
        Rule(
            "this-letter",
            # "Ik schets in deze brief ...", "Met dit schrijven meld ik u"; not "de in deze
            # brief genoemde maatregelen"
            re.compile(
                r"(?<!\bde\s)(?<!\bhet\s)\b(?:in|met|via|middels|bij)\s+(?:deze|dit|onderhavige"
                r"|voorliggende)\s+(?:[\w-]+\s+)?(?:brief|kamerbrief|schrijven|notitie"
                r"|verzamelbrief|voortgangsbrief|voortgangsrapportage|beleidsreactie"
                r"|kabinetsreactie)\b",
                _FLAGS,
            ),
            "this letter's own act",
            example="Ik schets in deze brief de stand van zaken op het onderwerp gepast gebruik "
            "en laat de ontwikkelingen zien.",
            counter="Ik zal de inhoud van deze rapportage betrekken in mijn visie op de "
            "megastallen.",
            source="devset/statements/tuned kst-29248-326; counter kst-28973-80",
        ),
        Rule(
            "sending-now",
            # present tense: "Tevens reageer ik ...", "stuur ik u", "informeren wij u"
            re.compile(
                rf"\b(?:bied|zend|stuur|verstrek|informeer|bericht|rapporteer|reageer|schets"
                rf"|bespreek|beschrijf|meld)\s+{_WE}\b"
                r"|\b(?:bieden|zenden|sturen|informeren|berichten|rapporteren|reageren|schetsen"
                r"|bespreken|melden)\s+(?:wij|we)\b"
                rf"|\b{_WE}\s+(?:bied|zend|stuur|informeer|bericht|rapporteer|reageer|bieden"
                r"|zenden|sturen|informeren|berichten|rapporteren|reageren)\s+(?:u|uw\s+Kamer"
                r"|de\s+Kamer)\b",
                _FLAGS,
            ),
            "this letter's own act (soft)",
            example="Tevens reageer ik daar op de brief van de VNG van 25 juni jl. over de "
            "samenwerking tussen UHT en gemeenten.",
            counter="Ik zal u deze visie in september toesturen.",
            source="devset/statements/tuned kst-31066-857; counter kst-28385-208",
        ),
        Rule(
            "taking-up",
            # "ga ik in op", "kom ik later in deze brief terug"
            re.compile(
                rf"\b(?:ga|gaan)\s+{_WE}\b[^.;]*?\bin\s+op\b|\b{_WE}\s+(?:ga|gaan)\b[^.;]*?"
                rf"\bin\s+op\b|\b(?:kom|komen)\s+{_WE}\b[^.;]*?\bterug\b",
                _FLAGS,
            ),
            "this letter's own act (soft)",
            example="Naast de overwegenaanpak en het toegezegde plan van aanpak, ga ik in op "
            "diverse onderwerpen die te maken hebben met spoorveiligheid.",
            counter="Verder licht ik toe waarover ik met het veld in gesprek wil gaan.",
            source="devset/statements/tuned kst-29893-262; counter kst-29248-326",
        ),
        Rule(
            "answering-a-request",
            # "Hiermee geef ik uitvoering aan het verzoek", "Deze toezegging doe ik hierbij
            # gestand"; not carrying out a plan ("geven we uitvoering aan het plan")
            re.compile(
                rf"\b(?:geef|geeft|geven|voldoe|voldoen)\s+{_WE}\b[^.;]*?\b(?:aan|op)\s+"
                r"(?:[^\s.;]+\s+){0,3}?(?:motie|moties|toezegging|toezeggingen|verzoek|verzoeken"
                rf"|amendement)\b|\b(?:doe|doen)\s+{_WE}\b[^.;]*?\bgestand\b",
                _FLAGS,
            ),
            "this letter's own act",
            example="Hiermee geef ik uitvoering aan het verzoek van de Vaste Commissie voor "
            "Economische Zaken en Klimaat van 1 maart jl.",
            counter="Ook geven we uitvoering aan het plan van aanpak voor (hoog)begaafdheid.",
            source="devset/statements/tuned kst-29023-515; counter kst-31497-475",
        ),
        Rule(
            "explaining",
            # "Vervolgens geef ik een eerste toelichting", "Verder licht ik toe", "nemen wij
            # u mee"
            re.compile(
                rf"\b(?:geef|geeft|geven)\s+{_WE}\s+(?:[^\s.;]+\s+){{0,3}}?(?:toelichting|update"
                rf"|overzicht)\b|\b(?:licht|lichten)\s+{_WE}\b[^.;]*?\btoe\b"
                rf"|\b(?:neem|nemen)\s+{_WE}\s+u\s+mee\b",
                _FLAGS,
            ),
            "this letter's own act",
            example="Vervolgens geeft ik een eerste toelichting op de lange-termijnoplossingen "
            "die verkend worden in de taskforce.",
            counter="Ik stel vast dat de Belastingdienst RAM niet had moeten en mogen gebruiken "
            "en ik betreur dat.",
            source="devset/statements/tuned ezk-20220909-transportschaarste-elektriciteitsnet; "
            "counter kst-31066-1465",
        ),
        Rule(
            "later-in-this-letter",
            # "Daarbij zal ik gelijk een korte reactie geven (hoofdstuk 1)", "zal ik
            # gedetailleerder ingaan op"
            re.compile(
                rf"\b(?:zal|zullen)\s+{_WE}\b[^.;]*?\((?:zie\s+)?(?:hoofdstuk|paragraaf)\b"
                rf"|\b(?:zal|zullen)\s+{_WE}\s+(?:[^\s.;]+\s+){{0,3}}?ingaan\s+op\b"
                r"|\bdeze\s+brief\s+(?:beginnen|openen|afsluiten)\b",
                _FLAGS,
            ),
            "this letter's own act (soft)",
            example="Daarbij zal ik gelijk een korte reactie geven (hoofdstuk 1).",
            counter="Ik zal u deze visie in september toesturen.",
            source="devset/statements/tuned kst-29447-74; counter kst-28385-208",
        ),
        Rule(
            "receiving",
            re.compile(r"\b(?:ontvangt|treft)\s+(?:u|uw\s+Kamer)\b", _FLAGS),
            "this letter's own act (soft)",
            example="Verder ontvangt u bijgaand een afschrift van mijn reactie op de brief van de "
            "gemeente Amsterdam.",
            counter="Zo wordt geborgd dat het adviescollege het voorstel zo spoedig mogelijk "
            "ontvangt.",
            source="devset/statements/tuned kst-32123-XVIII-75; counter "
            "tests/data/corpus/kst-36450-3.pdf",
        ),
    )
)
# Rows a deadline in the sentence overrules: the act is then a promise.
SOFT_ACTS = frozenset(
    {
        "this-letter",
        "wish-to-inform",
        "sending-now",
        "taking-up",
        "later-in-this-letter",
        "receiving",
    }
)

PAST_ACT: RuleTable[str] = RuleTable(
    (
        Rule(
            "told-before",
            re.compile(
                rf"\b(?:heb|hebben|had|hadden)\s+{_WE}\b[^.;]*?\b(?:geïnformeerd|toegestuurd"
                r"|toegezonden|gestuurd|verstuurd|aangeboden|verzonden|doen\s+toekomen|ingelicht)\b"
                rf"|\b{_WE}\s+(?:heb|hebben|had|hadden)\s+[^.;]*?\b(?:geïnformeerd|toegestuurd"
                r"|toegezonden|gestuurd|verstuurd|aangeboden|verzonden|doen\s+toekomen)\b"
                rf"|\b{_WE}\b[^.;]{{0,80}}?\b(?:heb|hebben|had|hadden)\s+(?:geïnformeerd"
                r"|toegestuurd|toegezonden|gestuurd|verstuurd|aangeboden|verzonden)\b"
                rf"|\b(?:ben|zijn)\s+{_WE}\b[^.;]*?\bingegaan\b"
                rf"|\b(?:informeerde|informeerden|stuurde|stuurden|zond|zonden)\s+{_WE}\b"
                rf"|\b{_WE}\s+(?:u|uw\s+Kamer)\s+(?:informeerde|informeerden)\b",
                _FLAGS,
            ),
            "an earlier procedural act",
            example="Op 22 juni heb ik uw Kamer de 7de Voortgangsrapportage Kinderopvangtoeslag "
            "toegestuurd.",
            counter="Ik heb dan ook een verkenning opgestart om te komen tot een normstelling "
            "voor overwegen.",
            source="devset/statements/tuned kst-31066-857; counter kst-29893-262",
        ),
        Rule(
            "promised-information",
            # kept by this letter: "heb ik toegezegd ... twee documenten met uw Kamer te
            # delen"; not a promise to act ("toegezegd ... periodiek door te lichten")
            re.compile(
                r"\btoegezegd\b[^.;]*?\b(?:te\s+(?:informeren|delen|sturen|zenden|berichten"
                r"|doen\s+toekomen)|toe\s+te\s+(?:sturen|zenden))\b"
                r"|\b(?:brief|informatie|documenten|stukken|\w*rapport\w*|overzicht|notitie)\b"
                r"[^.;]{0,80}?\btoegezegd\b"
                r"|\btoegezegd\s+(?:of|hoe|wat|welke|wanneer)\b"
                r"|\b(?:aangegeven|toegezegd|laten\s+weten)\b[^.;]*?\bzou(?:den)?\s+"
                r"(?:[^\s.;]+\s+){0,3}?(?:ingaan|informeren|sturen|zenden|berichten)\b",
                _FLAGS,
            ),
            "a promise of information, kept",
            example="Hierin heb ik uw Kamer toegezegd om voor het commissiedebat van 1 juli "
            "aanstaande twee documenten met uw Kamer te delen.",
            counter="In juni 2020 heb ik aan uw Kamer toegezegd om de hersteloperatie toeslagen "
            "periodiek door te lichten.",
            source="devset/statements/tuned kst-31066-857 (both)",
        ),
        Rule(
            "spoken-in-parliament",
            re.compile(
                rf"\b(?:overleg|debat|commissiedebat)\b[^.;]*?\b(?:heb|hebben)\s+{_WE}\s+"
                r"(?:[^\s.;]+\s+){0,4}?(?:gesproken|gedebatteerd|besproken)\b"
                r"|\bmet\s+(?:uw|de)\s+Kamer\s+(?:[^\s.;]+\s+){0,6}?(?:gesproken|gedebatteerd"
                r"|van\s+gedachten\s+gewisseld)\b",
                _FLAGS,
            ),
            "an earlier debate",
            example="In het algemeen overleg van 5 februari jongstleden hebben wij hierover "
            "gesproken.",
            counter="In juni 2020 heb ik aan uw Kamer toegezegd om de hersteloperatie toeslagen "
            "periodiek door te lichten.",
            source="devset/statements/tuned kst-29665-118; counter kst-31066-857",
        ),
        Rule(
            "earlier-letter-cited",
            # what an earlier letter said: "wijs ik erop dat ik in mijn brief van 21 oktober
            # 1996 ... heb aangekondigd", "In de eerdere Kamerbrief ... heb ik ... toegelicht"
            re.compile(
                r"\b(?:in|bij|met)\s+(?:mijn|onze)\s+(?:\w+\s+)?(?:kamer)?brie(?:f|ven)\s+"
                r"(?:\S+\s+){0,4}?van\b"
                r"|\b(?:in|bij|met)\s+(?:de|mijn|onze)\s+(?:eerdere|vorige)\s+\w*brie(?:f|ven)\b",
                _FLAGS,
            ),
            "what an earlier letter said",
            example="Voor de goede orde wijs ik er tenslotte op dat ik in mijn brief van 21 "
            "oktober 1996 inzake de ontwikkelingen in het ruimtelijk planningstelsel voornemens "
            "heb aangekondigd.",
            counter="Ik werk aan een bredere brief als uitwerking van de Thorbeckelezing waarin "
            "ik mijn visie op het binnenlands bestuur neerleg.",
            source="devset/heldout/kst-24690-4; counter devset/statements/tuned kst-35000-B-10",
        ),
        Rule(
            "document-sent",
            # by anyone: "Op 12 december heeft de Minister ... het fiche aangeboden"
            re.compile(
                rf"\b{_DOCUMENT}\b[^.;]{{0,80}}?\b(?:aangeboden|toegezonden|toegestuurd"
                r"|gestuurd|verstuurd|verzonden|gezonden)\b",
                _FLAGS,
            ),
            "a document sent before",
            example="Het programma «Een thuis voor iedereen» bouwt voort op het gelijknamige "
            "advies dat op 8 juli 2021 naar uw kamer is verstuurd.",
            counter="Hierbij bied ik u namens het kabinet het programma «Een thuis voor "
            "iedereen» aan.",
            source="devset/statements/tuned kst-32847-883 (both)",
        ),
    )
)
