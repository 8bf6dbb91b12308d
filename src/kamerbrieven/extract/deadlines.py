"""By when a commitment is due: the time phrase of a promise, and the last day that keeps it.

``waarover ik uw Kamer dit najaar zal berichten`` (a letter of 30 May 2023) ->
``Deadline("dit najaar", "2023-12-31")``. Each phrase is a row of `DEADLINES` whose
`yields` resolves it against the letter's date:

- a day (``uiterlijk 30 april``, ``voor het commissiedebat van 12 maart``): that day, in
  the year the letter's date makes it next (``half februari``: the 15th);
- a month (``in september``, ``eind maart 2024``): its last day; ``voor maart``: the day
  before it;
- a season or recess: ``voor de zomer`` / ``voor het zomerreces`` 1 July, ``deze zomer`` /
  ``rond de zomer`` 31 August, ``voorjaar`` 30 June, ``najaar`` 31 December, ``voor het
  kerstreces`` 24 December, ``voor Prinsjesdag`` the third Tuesday of September; a season
  already past at the letter's date is next year's, ``volgend voorjaar`` always is;
- a part of a year: ``begin 2024`` 31 March, ``medio 2024`` 30 June, ``eind 2024`` / ``in
  2024`` / ``later dit jaar`` 31 December, ``het eerste kwartaal van 2024`` / ``Q1 2024`` 31
  March, ``de eerste helft van 2024`` 30 June;
- a span from the letter's date: ``volgende week`` (its Sunday), ``volgende maand`` (its
  last day), ``binnen twee maanden``;
- no day at all (``op zeer korte termijn``, ``zo spoedig mogelijk``, ``na de zomer``, ``als
  de onderzoeken zijn afgerond``): the text is kept, `not_after` is None.
"""

from __future__ import annotations

import re
from datetime import date

from kamerbrieven.extract.deadline_days import (
    Resolve,
    day_of_month,
    fixed,
    half_year,
    month_end,
    no_day,
    part_of_year,
    prinsjesdag,
    quarter,
    season_next_year,
    this_year,
    week_or_month,
    within,
)
from kamerbrieven.nl.months import month_numbers
from kamerbrieven.record import Deadline
from kamerbrieven.rules import Rule, RuleTable

_FLAGS = re.IGNORECASE
_MONTHS = month_numbers()
# full names and "mei" ("mrt" or "dec" are rarely written in a promise)
_MONTH = "|".join(
    sorted((re.escape(m) for m in _MONTHS if len(m) > 3 or m == "mei"), key=len)[::-1]
)
_YEAR = r"(?:19|20)\d\d"


_OF_YEAR = rf"(?:\s+(?:van\s+)?(?P<year>{_YEAR}))?"


def _row(name: str, pattern: str, resolve: Resolve, **texts: str) -> Rule[Resolve]:
    return Rule(name, re.compile(pattern, _FLAGS), resolve, **texts)


_WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
_NOT_PAST = r"(?!\s+(?:jl\.|j\.l\.|jongstleden|laatstleden))"
_MEETING = (
    r"(?:[\w-]*debat|algemeen\s+overleg|AO|notaoverleg|wetgevingsoverleg|schriftelijk\s+overleg"
    r"|begrotingsbehandeling|behandeling\s+van\s+de\s+begroting)"
)

# The time phrases of a promise; `find_deadline` takes the first that names a day, else the first.
DEADLINES: RuleTable[Resolve] = RuleTable(
    (
        _row(
            "day",
            # "uiterlijk 30 april", "voor het commissiedebat van 12 maart", "omstreeks half
            # februari 2010"; not a day gone by ("op 2 februari jl.")
            rf"\b(?:voor|vóór|uiterlijk|omstreeks|rond|tijdig\s+voor)\s+(?:op\s+)?"
            rf"(?:(?:het|de)\s+(?:[\w-]+\s+){{1,4}}?(?:van|op)\s+)?{_WEEKDAY}"
            rf"(?P<day>[12]?\d|3[01]|half)\s+(?P<month>{_MONTH})\.?(?:\s+(?P<year>{_YEAR}))?"
            rf"{_NOT_PAST}\b",
            day_of_month,
            example="Ik verwacht u de brief uiterlijk 30 april te doen toekomen.",
            counter="Op 2 februari jl. heb ik toegezegd u binnen twee maanden het "
            "feitenonderzoek te zullen toesturen, voorzien van mijn standpunt.",
            source="devset/heldout/kst-35300-VII-113; counter devset/domestic/kst-29279-106",
        ),
        _row(
            "month",
            rf"\b(?P<before>in|eind|einde|begin|medio|voor|vóór|uiterlijk)\s+(?P<month>{_MONTH})"
            rf"(?:\s+(?P<year>{_YEAR}))?{_NOT_PAST}\b",
            month_end,
            example="Ik zal u deze visie in september toesturen.",
            counter="In mijn brief van 30 september jl. heb ik aangegeven dat NWO en UNL eerder "
            "gezamenlijk voorstellen hebben gedaan.",
            source="devset/statements/tuned kst-28385-208; counter "
            "tests/parse/data/kst-29338-289.pdfminer",
        ),
        _row(
            "before-summer",
            rf"\b(?:voor|vóór)\s+(?:de|het)\s+zomer(?:reces|vakantie)?{_OF_YEAR}\b",
            fixed(7, 1),
            example="Ik ben voornemens deze brief voor het zomerreces naar uw Kamer te sturen.",
            counter="Na de zomer zal ik samen met netbeheerders, provincies en vertegenwoordigende "
            "organisaties van netgebruikers mogelijk kansrijke gebieden verder uitwerken.",
            source="devset/statements/tuned kst-35000-B-10; counter "
            "tests/data/corpus/ah-tk-20232024-2210.pdf",
        ),
        _row(
            "summer",
            rf"\b(?:deze|in\s+de|rond\s+de|komende)\s+zomer{_OF_YEAR}\b",
            fixed(8, 31),
            example="Deze sectoragenda zal naar verwachting rond de zomer aan uw Kamer worden "
            "aangeboden.",
            counter="Deze Kamerbrief wordt naar verwachting kort na de zomer verstuurd.",
            source="devset/letterhead/ezk-20230530-herijkte-missies; counter "
            "tests/data/corpus/vlos-tk-20250703-commissiedebat-internationale-fiscaliteit.xml",
        ),
        _row(
            "next-season",
            r"\bvolgend(?:e)?\s+(?P<season>voorjaar|najaar)\b",
            season_next_year,
            example="Komende periode willen wij in gesprek met deze partijen komen tot een "
            "Beleidsagenda Jeugd die we uw Kamer volgend voorjaar zullen toezenden.",
            counter="Initiatiefnemers dragen hun planningen aan en dat is dit voorjaar gebeurd.",
            source="devset/statements/tuned kst-31839-606; counter "
            "tests/data/corpus/ah-tk-20232024-2210.pdf",
        ),
        _row(
            "spring",
            rf"\b(?:dit|het|komend|komende)\s+voorjaar{_OF_YEAR}\b",
            fixed(6, 30),
            example="De Kamer wordt over de resultaten hiervan naar verwachting in het voorjaar "
            "van 2023 via de periodieke voortgangsbrief geïnformeerd.",
            counter="Komende periode willen wij in gesprek met deze partijen komen tot een "
            "Beleidsagenda Jeugd die we uw Kamer volgend voorjaar zullen toezenden.",
            source="devset/letterhead/ienw-20221222-emissies-luchtvaart; counter "
            "devset/statements/tuned kst-31839-606",
        ),
        _row(
            "autumn",
            rf"\b(?:dit|het|komend|komende)\s+najaar{_OF_YEAR}\b",
            fixed(12, 31),
            example="Voor de inzet op sleuteltechnologieën werk ik aan een Nationale "
            "Technologiestrategie, waarover ik uw Kamer dit najaar zal berichten.",
            counter="Initiatiefnemers dragen hun planningen aan en dat is dit voorjaar gebeurd.",
            source="devset/letterhead/ezk-20230530-herijkte-missies; counter "
            "tests/data/corpus/ah-tk-20232024-2210.pdf",
        ),
        _row(
            "christmas",
            r"\b(?:voor|vóór)\s+(?:de|het)\s+kerst(?:reces|vakantie)?\b",
            fixed(12, 24),
            example="In Voortgangsrapportage van het IBP VTH die voor de kerst aan uw Kamer zal "
            "worden verzonden, wordt u bericht over de voortgang.",
            counter="De kerstgedachte zit er al helemaal in, en we moeten nog zo lang!",
            source="tests/data/corpus/jenv-ienw-20231204-beantwoording-kamervragen-2023Z19006"
            "-beckerman.docx; counter devset/letterhead/h-tk-20172018-61-10",
        ),
        _row(
            "prinsjesdag",
            r"\b(?:voor|vóór|op|rond|met)\s+Prinsjesdag\b",
            prinsjesdag,
            example="Het kabinet zal uw Kamer voor Prinsjesdag informeren over de uitkomsten.",
            counter="Het kabinet presenteert op de derde dinsdag van september de begroting.",
            source="written for the row (no letter in the repository names it)",
        ),
        _row(
            "this-year",
            r"\b(?:voor\s+het\s+einde?\s+van\s+(?:het|dit)\s+jaar|(?:eind|einde)\s+(?:van\s+)?dit"
            r"\s+jaar|later\s+dit\s+jaar|in\s+de\s+loop\s+van\s+dit\s+jaar|voor\s+de\s+jaarwisseling"
            r"|nog\s+dit\s+jaar)\b",
            this_year(12, 31),
            example="De staatssecretaris zal ten aanzien van de introductie van een trading tax "
            "in de inkomstenbelasting later dit jaar onderzoek met de Kamer delen.",
            counter="Om ervoor te zorgen dat dit jaar de transformatie nog kan plaatsvinden, "
            "worden verdere voorbereidingen in gang gezet.",
            source="tests/data/corpus/vlos-tk-20250703-commissiedebat-internationale-fiscaliteit"
            ".xml; counter tests/data/corpus/tk-besluitenlijst-procedurevergadering-fin-20161026",
        ),
        _row(
            "part-of-year",
            rf"\b(?P<part>begin|medio|halverwege|eind|einde|in)\s+(?P<year>{_YEAR})\b",
            part_of_year,
            example="In de brief heb ik uw Kamer toegezegd haar hier uiterlijk eind 2025 over te "
            "informeren.",
            counter="In de tweede helft van 2024 was al een relatieve daling in de asielinstroom "
            "zichtbaar.",
            source="tests/data/corpus/vlos-tk-20250703-commissiedebat-internationale-fiscaliteit"
            ".xml; counter tests/data/corpus/aenm-contourennota-intrekking-spreidingswet",
        ),
        _row(
            "quarter",
            rf"\b(?:in|voor|uiterlijk|aan\s+het\s+eind\s+van)\s+(?:het\s+)?"
            rf"(?P<nth>eerste|tweede|derde|vierde|1e|2e|3e|4e)\s+kwartaal{_OF_YEAR}(?P<q>)\b",
            quarter,
            example="Op basis van de berekende concentraties zal de Kamer over alle berekeningen "
            "en het vervolg in het derde kwartaal van 2023 worden geïnformeerd.",
            counter="Hierbij stuur ik uw Kamer de rapportage van de Nationaal Coördinator "
            "Groningen (NCG) over het eerste kwartaal van 2018.",
            source="devset/letterhead/ienw-20221222-emissies-luchtvaart; counter "
            "devset/statements/tuned kst-33529-467",
        ),
        _row(
            "q-quarter",
            rf"\b(?:in|voor|uiterlijk)\s+Q(?P<q>[1-4])(?:\s+(?P<year>{_YEAR}))?\b",
            quarter,
            example="In Q1 2026 ontvangt uw Kamer de jaarlijkse voortgangsrapportage.",
            counter="Kunnen de rapportages waarnaar verwezen wordt in de Uitvoeringsagenda "
            "Curaçao Q1 2024 gedeeld worden met de Kamer?",
            source="devset/statements/tuned kst-36800-X-11; counter "
            "devset/letterhead/ah-tk-20232024-1481",
        ),
        _row(
            "half-year",
            rf"\b(?:in|voor|uiterlijk\s+in)\s+de\s+(?P<nth>eerste|tweede)\s+helft\s+van\s+"
            rf"(?P<year>{_YEAR})\b",
            half_year,
            example="De Kamer zal in de tweede helft van 2023 worden geïnformeerd over de "
            "voortgang van dit project.",
            counter="Ook heeft ATR aan bijna de helft van de dossiers met aanzienlijke regeldruk "
            "een negatieve beoordeling gegeven.",
            source="devset/letterhead/ienw-20221222-emissies-luchtvaart; counter "
            "tests/data/corpus/kst-36450-3.pdf",
        ),
        _row(
            "next-week-or-month",
            r"\b(?:volgende|komende)\s+(?P<unit>week|maand)\b",
            week_or_month,
            example="Ik verwacht u deze brief en het onderzoek in de loop van de volgende maand "
            "te kunnen toesturen.",
            counter="Het hoofdlijnenakkoord zal in de komende periode verder uitgewerkt worden "
            "in een regeerprogramma.",
            source="devset/domestic/kst-22894-234; counter tests/data/corpus/"
            "jenv-20240715-beantwoording-kamervragen-2024Z11859-politiebureau-wolvega.docx",
        ),
        _row(
            "within",
            r"\bbinnen\s+(?P<n>\d+|een|één|twee|drie|vier|vijf|zes|acht)\s+"
            r"(?P<unit>dagen|dag|weken|week|maanden|maand)\b",
            within,
            example="Op 2 februari jl. heb ik toegezegd u binnen twee maanden het "
            "feitenonderzoek te zullen toesturen.",
            counter="NWO heeft binnen een aantal programma’s maatregelen genomen.",
            source="devset/domestic/kst-29279-106; counter tests/parse/data/kst-29338-289.pdfminer",
        ),
        _row(
            "before-a-debate",
            # the debate without its day: the text is kept
            rf"\b(?:voor|vóór|ruim\s+voor|tijdig\s+voor)\s+(?:het|de)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"{_MEETING}\b",
            no_day,
            example="Besluit: Agenderen voor het algemeen overleg over de Participatiewet.",
            counter="Tijdens het algemeen overleg op 22 november jl. heb ik een overzicht van "
            "alle defensielocaties toegezegd.",
            source="tests/data/corpus/tk-besluitenlijst-procedurevergadering-fin-20161026.pdf; "
            "counter devset/policy/kst-32733-53",
        ),
        _row(
            "soon",
            r"\b(?:op\s+(?:zeer\s+)?korte\s+termijn|binnenkort|zo\s+(?:spoedig|snel)\s+"
            r"(?:als\s+)?mogelijk|spoedig|te\s+zijner\s+tijd|(?:in\s+)?de\s+komende\s+"
            r"(?:periode|tijd|maanden|weken)|op\s+een\s+later(?:e)?\s+(?:moment|tijdstip|datum)"
            r"|(?:kort\s+)?na\s+de\s+zomer(?:reces)?)\b",
            no_day,
            example="Zoals eerder gemeld zal uw Kamer op zeer korte termijn conform het "
            "Toetsingskader met een aanvullende Artikel 100-brief nader worden geïnformeerd.",
            counter="Ik verwacht u de brief uiterlijk 30 april te doen toekomen.",
            source="seeds/000_50034ceebe6a1b15; counter devset/heldout/kst-35300-VII-113",
        ),
        _row(
            "when-done",
            # a condition, not a day: "als de onderzoeken zijn afgerond"
            r"\b(?:zodra|wanneer|als|nadat)\s+(?:[^\s,.;]+\s+){1,10}?(?:(?:is|zijn|wordt|worden)"
            r"\s+)?(?:afgerond|bekend|beschikbaar|gereed|klaar|vastgesteld|ontvangen|verschenen"
            r"|opgeleverd|gepubliceerd|duidelijk|duidelijkheid)\b(?:\s+(?:is|zijn|wordt|worden)\b)?",
            no_day,
            example="Vanzelfsprekend zal ik u nader informeren als de onderzoeken zijn afgerond.",
            counter="Zodra het landenbeleid van Syrië verandert gaat het kabinet over tot "
            "herbeoordeling van de tijdelijke verblijfsvergunningen.",
            source="devset/statements/tuned kst-29893-262; counter "
            "tests/data/corpus/aenm-contourennota-intrekking-spreidingswet-20250414.pdf",
        ),
    )
)


# A word every time phrase holds (a month, a season, a number, ...): most sentences have
# none, and one search tells so before the rows run.
_TIME_WORD = re.compile(
    rf"\d|{_MONTH}|zomer|voorjaar|najaar|kerst|prinsjesdag|jaar|kwartaal|helft|week|maand"
    r"|binnen|overleg|debat|behandeling|termijn|spoedig|snel|zijner|komende|later|zodra"
    r"|wanneer|als|nadat",
    _FLAGS,
)


def find_deadline(sentence: str, reference: date | None) -> Deadline | None:
    """The time phrase of a promise, with the last day it leaves (see the module's notes).

    >>> find_deadline("waarover ik uw Kamer dit najaar zal berichten.", date(2023, 5, 30))
    Deadline(text='dit najaar', not_after='2023-12-31')
    >>> find_deadline("Ik zal u op zeer korte termijn informeren.", date(2023, 5, 30))
    Deadline(text='op zeer korte termijn', not_after=None)
    """
    if not DEADLINES.may_match(sentence) or not _TIME_WORD.search(sentence):
        return None
    first: Deadline | None = None
    for rule, m in sorted(DEADLINES.finditer(sentence), key=lambda found: found[1].start()):
        last = rule.yields(m, reference)
        text = " ".join(m.group().split())
        if last is not None:
            return Deadline(text, last.isoformat())
        first = first or Deadline(text)
    return first
