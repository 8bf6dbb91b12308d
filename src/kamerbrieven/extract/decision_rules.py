"""The patterns of decisions (`statements`): a vote, an agreement, a meeting called off or
moved, a body that decides, adopts or concludes; and the parts of a decision sentence that
name who decided. Each row has a real sentence it must find and a near miss it must not.
"""

from __future__ import annotations

import re

from kamerbrieven.rules import Rule, RuleTable

_FLAGS = re.IGNORECASE
# A finite verb before a participle: "is afgelast", "heeft ... verplaatst". Without one a
# participle only describes a noun ("de uitgestelde top").
_FINITE = r"(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|had|hadden)"

# What counts as a meeting called off or moved: a meeting that will not take place, or is
# put off or moved to another day, said with a finite verb ("De top is uitgesteld", "U
# heeft daarop het AO verplaatst"); not a request to do so ("om het AO te verplaatsen"), and
# not a policy put off ("de invoering is uitgesteld"), which is no meeting.
_MEETING = (
    r"(?:[\w-]*(?:vergadering|bijeenkomst|overleg|debat|top|raad|conferentie|zitting|sessie"
    r"|bespreking)|AO)"
)
_MOVED = r"(?:uitgesteld|verplaatst|verschoven|verdaagd)"

DECISION: RuleTable[str] = RuleTable(
    (
        Rule(
            "vote",
            # a vote of a chamber: "de motie ... is door de Tweede Kamer aanvaard"
            re.compile(
                r"\b(?:motie|moties|amendement|amendementen|wetsvoorstel|wetsvoorstellen)\b"
                r"[^;]*?\b(?:is|zijn|werd|werden)\s+(?:[^\s;]+\s+){0,8}?"
                r"(?:aangenomen|aanvaard|verworpen)\b"
                r"|\b(?:is|zijn|werd|werden)\s+door\s+(?:uw|de)\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+"
                r"(?:[^\s;]+\s+){0,3}?(?:motie|moties|amendement|amendementen|wetsvoorstel"
                r"|wetsvoorstellen)\b[^;]*?\b(?:aangenomen|aanvaard|verworpen)\b",
                _FLAGS,
            ),
            "a decision of a chamber",
            example="Ik heb geconstateerd dat de in het kader van de behandeling van de "
            "VROM-begroting op 5 november door de heer Hofstra ingediende motie (vergaderjaar "
            "1996–1997, 25 000 XI, nr. 28) op 26 november door de Tweede Kamer is aanvaard.",
            counter="Dit wetsvoorstel geeft uitvoering aan de aangenomen moties Klaver/ Ploumen1 "
            "en Graus c.s.2 zoals ook aangekondigd in de brief over Versterking en opvolger "
            "Adviescollege toetsing regeldruk.",
            source="devset/heldout/kst-24690-4; counter tests/clean/data/kst-36450-3",
        ),
        Rule(
            "agreed",
            # agreed or ratified with a finite verb before the participle
            re.compile(
                r"\b(?:is|zijn|werd|werden|wordt|worden|heeft|hebben|had|hadden)\s+"
                r"(?:(?!(?:dat|die|omdat|waar\w*|als|zoals|indien|wanneer)\b)[^\s,;:]+\s+)"
                r"{0,12}?(?:afgesproken|overeengekomen|bekrachtigd|ingestemd|afgewezen"
                r"|goedgekeurd|van\s+de\s+hand\s+gewezen)\b",
                _FLAGS,
            ),
            "a decision: an agreement",
            example="In het pensioenakkoord is afgesproken dat werkgevers met het kabinet "
            "onderzoeken of voor het geheel aan instrumenten in de Wtl, waaronder het LIV, tot "
            "een effectievere invulling gekomen kan worden",
            counter="Het met veldpartijen overeengekomen plan van aanpak staat beschreven in de "
            "bijlage.",
            source="devset/heldout/kst-32043-AE; counter tests/extract/test_units.py",
        ),
        Rule(
            "called-off",
            re.compile(
                r"\bg[eé][eé]n\s+doorgang\s+(?:zal\s+|zullen\s+|kan\s+|kunnen\s+)?"
                r"(?:vind(?:en|t)|vond(?:en)?)\b"
                r"|\b(?:gaat|gaan|ging|gingen)\s+niet\s+door\b(?!\s+(?:met|op|de|het|een)\b)"
                r"|\b(?:zal|zullen|kan|kunnen)\s+niet\s+doorgaan\b"
                rf"|\b{_FINITE}\s+(?:[^\s,;]+\s+){{0,3}}?(?:afgelast|geannuleerd|afgeblazen)\b",
                _FLAGS,
            ),
            "a decision: a meeting called off",
            example="De vergadering van de vaste commissie gaat niet door.",
            counter="Het kabinet heeft momenteel geen aanwijzingen dat Azerbeidzjan plannen heeft "
            "om een doorgang te forceren naar de exclave Nachitsjevan.",
            source="written for the row (the rule was written from "
            "devset/heldout2/lnv-19991008-landbouwraad-afgelast); counter "
            "devset/foreign/ah-tk-20232024-387-kaukasus",
        ),
        Rule(
            "meeting-moved",
            re.compile(
                rf"\b{_MEETING}\b[^,;.]{{0,60}}?\b{_FINITE}\s+(?:[^\s,;]+\s+){{0,4}}?{_MOVED}\b"
                rf"|\b{_FINITE}\s+(?:[^\s,;]+\s+){{0,4}}?{_MEETING}\s+(?:[^\s,;]+\s+){{0,6}}?"
                rf"{_MOVED}\b",
                _FLAGS,
            ),
            "a decision: a meeting put off or moved",
            example="Het op 25 oktober geplande overleg met de Rekenkamer is verplaatst naar een "
            "latere datum.",
            counter="Wij betreuren dit en bieden onze excuses aan voor het feit dat we wederom "
            "een beroep moeten doen op uw welwillendheid om het AO te verplaatsen.",
            source="tests/data/corpus/tk-besluitenlijst-procedurevergadering-fin-20161026.pdf; "
            "counter devset/domestic/kst-32793-69",
        ),
    )
)

# A body or the government decides, adopts or concludes; the rows run as one alternation
# (`RuleTable.alternation`), the leftmost match is the verb.
DECISION_VERBS: RuleTable[str] = RuleTable(
    (
        Rule(
            "decided",
            re.compile(
                r"\bbesl(?:oot|oten)\b(?!\s+(?:vergadering|zitting|overleg|kring|deel))", _FLAGS
            ),
            "a decision",
            example="Tijdens de Top van Istanbul op 28 juni 2004 besloot de NAVO om de operatie "
            "Joint Forge in Bosnië-Herzegovina op 31 december 2004 te beëindigen.",
            counter="De commissie sprak hierover in een besloten vergadering.",
            source="devset/foreign/bz-def-20041001-ek-art100-althea; counter written for the row",
        ),
        Rule(
            "decision-to",
            re.compile(
                r"(?<!\bhet\s)(?<!\been\s)(?<!\bdit\s)(?<!\bdat\s)(?<!\bzijn\s)(?<!\bhaar\s)"
                r"\bbesluit\s+(?:om|tot|dat)\b",
                _FLAGS,
            ),
            "a decision",
            example="De Raad besluit om de sancties met zes maanden te verlengen.",
            counter="Deze wijziging maakt deel uit van een besluit tot wijziging van enige "
            "fiscale uitvoeringsbesluiten.",
            source="written for the row; counter "
            "tests/data/corpus/tk-besluitenlijst-procedurevergadering-fin-20161026.pdf",
        ),
        Rule(
            "concluded",
            re.compile(r"\bconcludeerde(?:n)?\b|\bconcludeer(?:t|en)?\b", _FLAGS),
            "a decision: a conclusion",
            example="In een evaluatie van ACTAL concludeerde Berenschot in 2007 dat de "
            "doelstelling met betrekking tot verinnerlijking nog steeds niet was gerealiseerd",
            counter="De conclusies van de Raad zijn als bijlage bijgevoegd.",
            source="tests/clean/data/kst-36450-3; counter written for the row",
        ),
        Rule(
            "adopted",
            re.compile(
                r"\bna(?:m|men)\s+(?:\w+\s+){0,4}(?:verklaring|verklaringen|conclusies|resolutie"
                r"|besluit|communiqué|richtsnoeren|strategie|actieplan)\b[^.]*?\baan\b",
                _FLAGS,
            ),
            "a decision: a text adopted",
            example="Bondgenoten namen een verklaring aan over Afghanistan die uw Kamer in "
            "bijlage toegaat.",
            counter="Namens Nederland namen de ministers van Buitenlandse Zaken en Defensie deel "
            "aan de bijeenkomst.",
            source="seeds/000_50034ceebe6a1b15",
        ),
        Rule(
            "text-adopted",
            re.compile(
                r"\b(?:verklaring|verklaringen|conclusies|resolutie|communiqué)\s+(?:\w+\s+){0,3}"
                r"aangenomen\b",
                _FLAGS,
            ),
            "a decision: a text adopted",
            example="De Raad heeft conclusies over Oekraïne aangenomen.",
            counter="De aangenomen conclusies staan in de bijlage.",
            source="written for the row",
        ),
        Rule(
            "issued",
            re.compile(r"\buit\s+doen\s+gaan\b", _FLAGS),
            "a decision: a declaration issued",
            example="Tijdens de bijeenkomst hebben de NAVO-bondgenoten een verklaring uit doen "
            "gaan over het INF-verdrag.",
            counter="Van deze verklaring gaat een duidelijk signaal uit.",
            source="seeds/002_ad9ccb4a6e4e1731; counter written for the row",
        ),
        Rule(
            "consented",
            re.compile(r"\bstemde(?:n)?\s+in\s+met\b", _FLAGS),
            "a decision: consent",
            example="De lidstaten stemden in met het voorstel van de Commissie.",
            counter="Met instemming van de VN Veiligheidsraad (VNVR-Resolutie 1551 d.d. 9 juli "
            "2004) besloot vervolgens de EU",
            source="written for the row; counter devset/foreign/bz-def-20041001-ek-art100-althea",
        ),
        Rule(
            "came-to-agree",
            re.compile(r"\bkwamen\s+overeen\b", _FLAGS),
            "a decision: an agreement",
            example="De ministers kwamen overeen de steun aan Oekraïne voort te zetten.",
            counter="De lidstaten zijn overeengekomen dat de aanpak via informatie-uitwisseling "
            "loopt.",
            source="written for the row; counter tests/extract/test_units.py",
        ),
        Rule(
            "request-answered",
            # a request granted or refused: "zal ik niet aan uw verzoek tegemoet komen"
            re.compile(r"\bverzoek\b[^.]*?\btegemoet\s+(?:te\s+)?kom(?:en|t)?\b", _FLAGS),
            "a decision on a request",
            example="Tegen deze achtergrond zal ik niet aan uw verzoek tegemoet komen.",
            counter="Hierbij ontvangt u, mede namens de Minister van Defensie, de brief die aan "
            "dat verzoek tegemoetkomt.",
            source="devset/domestic/lnv-20011019-brief-esbjerg; counter "
            "devset/foreign/kst-29521-403-sahel",
        ),
        Rule(
            "agreement-concluded",
            # "heeft een akkoord bereikt", "een strategisch partnerschap ... gesloten", "het
            # Europese Plastic Pact is afgesloten"; not a border or school that is closed
            re.compile(
                r"\b(?:een\s+)?akkoord\s+bereikt\b"
                r"|\b\w*(?:akkoord|overeenkomst|partnerschap|convenant|pact|verdrag|contract)\b"
                r"[^.;]{0,60}?\b(?:is|zijn|werd|werden|heeft|hebben|heb)\s+(?:[^\s.;]+\s+){0,3}?"
                r"(?:gesloten|afgesloten|ondertekend|getekend)\b"
                r"|\b(?:heeft|hebben|heb)\b[^.;]{0,40}?\b\w*(?:akkoord|overeenkomst|partnerschap"
                r"|convenant|pact|verdrag|contract)\b[^.;]{0,60}?\b(?:gesloten|afgesloten"
                r"|ondertekend|getekend)\b",
                _FLAGS,
            ),
            "a decision: an agreement concluded",
            example="Het kabinet heeft op 5 juni 2019 een akkoord bereikt met sociale partners "
            "over de vernieuwing van het pensioenstelsel.",
            counter="NAVO-landen hoopten op een snelle implementatie van het akkoord in beide "
            "landen, opdat binnen afzienbare tijd het toetredingsprotocol bij het Verdrag van "
            "Washington kan worden getekend.",
            source="devset/statements/tuned kst-25883-388; counter seeds/002_ad9ccb4a6e4e1731",
        ),
        Rule(
            "decision-taken",
            re.compile(r"\b(?:een|het)\s+besluit\s+genomen\b", _FLAGS),
            "a decision",
            example="Om toch tot een spoedige realisatie van twee modaliteiten te komen, heeft "
            "het kabinet een besluit genomen over het vervolg.",
            counter="Het besluit om de gaswinning de komende jaren volledig af te bouwen.",
            source="devset/statements/tuned kst-29826-216; counter kst-33529-467",
        ),
        Rule(
            "money-allocated",
            # "Het kabinet stelde hiervoor € 800 miljoen beschikbaar"
            re.compile(
                r"\b(?:stel|stelt|stelde|stelden|stellen)\s+(?:[^\s.;]+\s+){0,8}?"
                r"(?:€|euro|miljoen|miljard)[^.;]*?\bbeschikbaar\b",
                _FLAGS,
            ),
            "a decision: money allocated",
            example="Het kabinet stelde hiervoor € 800 miljoen beschikbaar voor een periode van 4 "
            "jaar vanaf 2021.",
            counter="Ook is in drie jaar onder meer € 66 miljoen beschikbaar gesteld aan "
            "samenwerkingsverbanden.",
            source="devset/statements/tuned kst-25883-388; counter kst-31497-475",
        ),
        Rule(
            "motion-done",
            # "beschouw ik ... de motie ... als uitgevoerd"
            re.compile(
                r"\b(?:beschouw|beschouwt|beschouwen)\b[^;]*?\bals\s+(?:uitgevoerd|afgedaan"
                r"|afgehandeld)\b",
                _FLAGS,
            ),
            "a decision: a motion done",
            example="Met dit standpunt beschouw ik eveneens de motie van het lid Van den Berg "
            "c.s., de aanleiding voor het onderzoek, als uitgevoerd.",
            counter="Dit onderzoek bied ik uw Kamer bijgaand aan en daarmee heb ik de motie "
            "uitgevoerd.",
            source="devset/statements/tuned kst-29447-74; counter "
            "ezk-20220909-transportschaarste-elektriciteitsnet",
        ),
    )
)

# Parts of a decision sentence: who voted, an agreement recalled, the body that decided.
DECISION_PARTS: RuleTable[str] = RuleTable(
    (
        Rule(
            "chamber",
            re.compile(r"\b(?:[Dd]e\s+)?(?P<chamber>(?:Tweede|Eerste)\s+Kamer)\b"),
            "the chamber that voted",
            example="De minister van BZK zal de brief aan de Tweede Kamer sturen.",
            counter="Onze planning is nu om de opzet medio april naar de Kamer te sturen.",
            source="tests/data/corpus/az-ministerraad-besluitenlijst-20250110.pdf; counter "
            "devset/domestic/kst-32793-69",
        ),
        Rule(
            "recalled",
            # in the clause before the verb: an agreement recalled or inside a subordinate
            # clause ("waar de Kamer mee heeft ingestemd"), not one this sentence reports
            re.compile(
                r"\b(?:zoals|als|wat|eerder|destijds|dat|die|omdat|waar|waarmee|waarover|indien"
                r"|wanneer)\b",
                _FLAGS,
            ),
            "an agreement recalled",
            example="Pompeo riep opnieuw op om voor het einde van het jaar de geloofwaardige "
            "nationale plannen bij de NAVO aan te leveren, zoals door de regeringsleiders is "
            "afgesproken",
            counter="In het pensioenakkoord is afgesproken",
            source="seeds/002_ad9ccb4a6e4e1731; counter devset/heldout/kst-32043-AE",
        ),
        Rule(
            "body",
            # the deciding body before the verb: "De SG NAVO concludeerde"
            re.compile(
                r"(?:^|\b(?:hebben|heeft|namen|nam|werd|werden)\s+)(?:[Dd]e\s+|[Hh]et\s+)?"
                r"(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
            ),
            "the body that decided",
            example="De SG NAVO concludeerde dat de NAVO Resolute Support-missie eindigt.",
            counter="en besloten om in lijn met de Amerikaanse aankondiging de Resolute "
            "Support-missie te beëindigen.",
            source="seeds/000_50034ceebe6a1b15",
        ),
        Rule(
            "body-after",
            # the body right after the verb when the sentence is inverted: "besloot de NAVO"
            re.compile(r"\s+(?:de\s+|het\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"),
            "the body that decided",
            example="Tijdens de Top van Istanbul op 28 juni 2004 besloot de NAVO om de operatie "
            "Joint Forge in Bosnië-Herzegovina op 31 december 2004 te beëindigen",
            counter="zal ik niet aan uw verzoek tegemoet komen.",
            source="devset/foreign/bz-def-20041001-ek-art100-althea; counter "
            "devset/domestic/lnv-20011019-brief-esbjerg",
        ),
    )
)
