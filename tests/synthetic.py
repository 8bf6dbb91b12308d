"""Deterministic generator of realistic Dutch parliamentary letters, as Letter records.

A corpus of real Kamerbrieven comes from some 15 ministries writing about many themes,
so a theme word (`stikstof`, `NAVO`, `asielinstroom`) is in a few percent of the
letters while function words (`de`, `van`, `minister`) are in nearly all of them. Each
letter here has one theme (ministry, dossier, vocabulary, acronyms, sentence patterns;
themes are picked with skewed weights, as real dossiers differ in size), general
sentences in the style of Kamerbrieven with slots for that theme's terms, now and then
a side remark on another theme, and real sentences of the repository's letters
(`samples/*`, `tests/data/corpus/kst-*.xml`), each used only by the theme it is about.
Letter `i` depends only on (`seed`, `i`), so the first 10,000 letters of a
100,000-letter run are the 10,000-letter run.

    >>> letters = list(generate_letters(3))
    >>> letters[0].id.startswith("kst-"), len(letters)
    (True, 3)

Tests import it as `tests.synthetic`; the benchmarks too (they put the project root on
`sys.path`).
"""

from __future__ import annotations

import hashlib
import random
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from lxml import etree

from kamerbrieven.record import Acronym, Entity, Letter, Reference, Section, Signatory, Source

ROOT = Path(__file__).resolve().parent.parent  # the project root
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

BZ = "Buitenlandse Zaken"
DEF = "Defensie"
AZ = "Algemene Zaken"
JENV = "Justitie en Veiligheid"
BZK = "Binnenlandse Zaken en Koninkrijksrelaties"
FIN = "Financiën"
EZ = "Economische Zaken"
KGG = "Klimaat en Groene Groei"
LNV = "Landbouw, Natuur en Voedselkwaliteit"
OCW = "Onderwijs, Cultuur en Wetenschap"
SZW = "Sociale Zaken en Werkgelegenheid"
VWS = "Volksgezondheid, Welzijn en Sport"
IENW = "Infrastructuur en Waterstaat"
VRO = "Volkshuisvesting en Ruimtelijke Ordening"
AENM = "Asiel en Migratie"
MINISTRIES = sorted([BZ, DEF, AZ, JENV, BZK, FIN, EZ, KGG, LNV, OCW, SZW, VWS, IENW, VRO, AENM])


@dataclass(frozen=True)
class Theme:
    name: str
    weight: float  # share of the letters, relative
    ministry: str
    dossiers: tuple[tuple[str, str], ...]  # (dossier, dossier title)
    terms: tuple[str, ...]  # what letters on the theme talk about
    acronyms: tuple[tuple[str, str], ...] = ()
    sentences: tuple[str, ...] = ()  # theme-specific patterns
    sources: tuple[str, ...] = ()  # real letters (file stems) whose sentences fit the theme
    foreign: bool = False  # names countries


THEMES = [
    Theme(
        "navo",
        3.0,
        BZ,
        (("28676", "NAVO"),),
        (
            "wapenbeheersing",
            "defensie-uitgaven",
            "de NAVO-top",
            "de collectieve verdediging",
            "de afschrikking",
            "het INF-verdrag",
            "de oostflank",
        ),
        (("NAR", "Noord Atlantische Raad"), ("MAP", "Membership Action Plan")),
        (
            "De NAVO-bondgenoten spraken over {term} en de steun aan {country}.",
            "De bondgenoten riepen {country} op om de afspraken over {term} na te leven.",
            "Nederland heeft in de NAVO benadrukt dat {term} van groot belang is voor de "
            "veiligheid van het bondgenootschap.",
        ),
        ("000_50034ceebe6a1b15", "002_ad9ccb4a6e4e1731", "kst-28676-512", "kst-28676-542"),
        foreign=True,
    ),
    Theme(
        "defensie",
        3.0,
        DEF,
        (("36124", "Defensienota 2022"), ("27830", "Materieelprojecten")),
        (
            "de krijgsmacht",
            "het defensiematerieel",
            "de personeelsvoorziening",
            "de gereedstelling",
            "de munitievoorraden",
            "de luchtverdediging",
            "de F-35",
        ),
        (("DMO", "Defensie Materieel Organisatie"),),
        (
            "De verwerving van {term} ligt op schema, al zijn er vertragingen bij leveranciers.",
            "Defensie investeert in {term}, mede in lijn met de afspraken met de bondgenoten.",
            "Het tekort aan personeel raakt {term} en de inzetbaarheid van eenheden.",
        ),
        foreign=True,
    ),
    Theme(
        "eu",
        4.0,
        BZ,
        (
            ("21501-02", "Raad Algemene Zaken en Raad Buitenlandse Zaken"),
            ("21501-20", "Europese Raad"),
        ),
        (
            "het migratiepact",
            "de Europese begroting",
            "de uitbreiding van de Unie",
            "de rechtsstaat",
            "de Raad Algemene Zaken",
            "het meerjarig financieel kader",
        ),
        (("RBZ", "Raad Buitenlandse Zaken"), ("MFK", "meerjarig financieel kader")),
        (
            "De Europese Raad sprak over {term}; het kabinet zet in op een gezamenlijke aanpak.",
            "De Europese Commissie presenteerde voorstellen over {term}, waarover het kabinet "
            "een BNC-fiche opstelt.",
            "Verschillende lidstaten wezen op het belang van {term}; Nederland steunt die oproep.",
        ),
        ("kst-21501-02-3173", "kst-21501-20-2265"),
        foreign=True,
    ),
    Theme(
        "buitenland",
        3.0,
        BZ,
        (("36410-V", "Vaststelling begroting Buitenlandse Zaken 2024"), ("32735", "Mensenrechten")),
        (
            "de sanctiemaatregelen",
            "de mensenrechten",
            "de persvrijheid",
            "de presidentsverkiezingen",
            "de consulaire bijstand",
            "de internationale rechtsorde",
        ),
        (("OVSE", "Organisatie voor Veiligheid en Samenwerking in Europa"),),
        (
            "Het kabinet deelt de zorgen over {term} in {country} en blijft dit aankaarten.",
            "De ambassade in {country} volgt {term} nauwgezet.",
            "Met {country} en {country2} is gesproken over de gevolgen van {term}.",
        ),
        ("kst-36410-V-78",),
        foreign=True,
    ),
    Theme(
        "ontwikkeling",
        2.0,
        BZ,
        (("33625", "Ontwikkelingssamenwerking"), ("36725-XVII", "Begroting Buitenlandse Handel")),
        (
            "de ontwikkelingssamenwerking",
            "het ontwikkelingssamenwerkingsbeleid",
            "de voedselzekerheid",
            "de humanitaire hulp",
            "de wederopbouw",
            "de exportbevordering",
        ),
        (),
        (
            "Nederland draagt via {term} bij aan stabiliteit in {country}.",
            "De middelen voor {term} worden de komende jaren anders verdeeld.",
        ),
        ("kst-36725-XVII-52",),
        foreign=True,
    ),
    Theme(
        "stikstof",
        4.0,
        LNV,
        (("35334", "Problematiek rondom stikstof en PAS"),),
        (
            "de stikstofuitstoot",
            "de stikstofdepositie",
            "het natuurherstel",
            "de Natura 2000-gebieden",
            "de uitkoopregeling",
            "de kritische depositiewaarde",
        ),
        (
            ("PAS", "Programma Aanpak Stikstof"),
            ("RIVM", "Rijksinstituut voor Volksgezondheid en Milieu"),
        ),
        (
            "De stikstofdepositie op kwetsbare natuur moet omlaag; {term} is daarbij een "
            "belangrijk instrument.",
            "Provincies werken hun gebiedsprogramma's voor {term} verder uit.",
            "Boeren die willen stoppen kunnen gebruikmaken van {term}.",
        ),
    ),
    Theme(
        "landbouw",
        3.0,
        LNV,
        (("33037", "Mestbeleid"), ("28286", "Dierenwelzijn")),
        (
            "het mestbeleid",
            "de derogatie",
            "het dierenwelzijn",
            "de veehouderij",
            "de gewasbescherming",
            "de vogelgriep",
        ),
        (("NVWA", "Nederlandse Voedsel- en Warenautoriteit"),),
        (
            "De NVWA houdt toezicht op {term} en treedt op bij overtredingen.",
            "Het kabinet wil {term} in overleg met de sector verbeteren.",
        ),
        ("kst-28286-1366",),
    ),
    Theme(
        "onderwijs",
        5.0,
        OCW,
        (("31289", "Voortgezet onderwijs"), ("31293", "Primair onderwijs")),
        (
            "het wiskunde-onderwijs",
            "het lerarentekort",
            "de kansengelijkheid",
            "de basisvaardigheden",
            "het passend onderwijs",
            "de onderwijsachterstanden",
        ),
        (("PO-Raad", "PO-Raad"),),
        (
            "Scholen krijgen extra middelen voor {term}.",
            "De inspectie constateert dat {term} op veel scholen aandacht vraagt.",
            "Leraren en schoolleiders zijn betrokken bij de aanpak van {term}.",
        ),
    ),
    Theme(
        "wetenschap",
        2.0,
        OCW,
        (("31288", "Hoger onderwijs"), ("32820", "Nieuwe cultuurbeleid")),
        (
            "het hoger onderwijs",
            "de internationalisering",
            "het wetenschapsbeleid",
            "de cultuursector",
            "de studiefinanciering",
        ),
        (("DUO", "Dienst Uitvoering Onderwijs"),),
        ("Universiteiten en hogescholen zijn gevraagd mee te denken over {term}.",),
    ),
    Theme(
        "zorg",
        5.0,
        VWS,
        (
            ("29689", "Herziening Zorgstelsel"),
            ("29477", "Geneesmiddelenbeleid"),
            ("36682", "Verzamelwet VWS"),
        ),
        (
            "de zorgkosten",
            "de geneesmiddelentekorten",
            "de wachtlijsten",
            "de ouderenzorg",
            "de jeugdzorg",
            "de arbeidsmarkt in de zorg",
            "de zorgverzekering",
        ),
        (
            ("NZa", "Nederlandse Zorgautoriteit"),
            ("RIVM", "Rijksinstituut voor Volksgezondheid en Milieu"),
        ),
        (
            "Zorgaanbieders en zorgverzekeraars maken afspraken over {term}.",
            "De NZa ziet toe op {term} en rapporteert daarover jaarlijks.",
            "Patiënten merken {term} direct in de spreekkamer.",
        ),
        ("kst-36682-10",),
    ),
    Theme(
        "asiel",
        4.0,
        AENM,
        (("19637", "Vreemdelingenbeleid"), ("32317", "JBZ-Raad")),
        (
            "de asielinstroom",
            "de opvang van asielzoekers",
            "de spreidingswet",
            "de gezinshereniging",
            "het terugkeerbeleid",
            "de grensbewaking",
        ),
        (
            ("IND", "Immigratie- en Naturalisatiedienst"),
            ("COA", "Centraal Orgaan opvang asielzoekers"),
        ),
        (
            "Het COA zoekt met gemeenten naar extra plekken voor {term}.",
            "De IND heeft de behandeling van aanvragen in het kader van {term} versneld.",
            "Asielzoekers uit {country} vormen een groot deel van {term}.",
        ),
        foreign=True,
    ),
    Theme(
        "politie",
        3.0,
        JENV,
        (("29628", "Politie"), ("28684", "Naar een veiliger samenleving")),
        (
            "de politiecapaciteit",
            "de georganiseerde criminaliteit",
            "de wijkagenten",
            "de cybercriminaliteit",
            "de terrorismebestrijding",
            "het politiebureau",
        ),
        (("NCTV", "Nationaal Coördinator Terrorismebestrijding en Veiligheid"),),
        (
            "De politie zet extra capaciteit in op {term}.",
            "Burgemeesters vragen aandacht voor {term} in hun gemeente.",
        ),
    ),
    Theme(
        "justitie",
        2.0,
        JENV,
        (("29279", "Rechtsstaat en Rechtsorde"), ("35851", "Wet Huis voor klokkenluiders")),
        (
            "de rechtspraak",
            "de strafrechtketen",
            "de klokkenluidersbescherming",
            "het gevangeniswezen",
            "de rechtsbijstand",
        ),
        (("OM", "Openbaar Ministerie"),),
        ("Het OM en de rechtspraak werken samen aan {term}.",),
        ("kst-35851-71",),
    ),
    Theme(
        "belastingen",
        4.0,
        FIN,
        (("32140", "Fiscale beleids- en uitvoeringsaangelegenheden"), ("31066", "Belastingdienst")),
        (
            "de inkomstenbelasting",
            "het belastingstelsel",
            "de vermogensbelasting",
            "de hersteloperatie kinderopvangtoeslag",
            "de toeslagen",
            "de Belastingdienst",
        ),
        (),
        (
            "De Belastingdienst kan wijzigingen in {term} pas vanaf volgend jaar uitvoeren.",
            "Het kabinet kiest voor een eenvoudiger opzet van {term}.",
        ),
    ),
    Theme(
        "woningbouw",
        4.0,
        VRO,
        (("32847", "Integrale visie op de woningmarkt"),),
        (
            "de woningbouwopgave",
            "de huurbescherming",
            "de betaalbare huurwoningen",
            "de woningcorporaties",
            "de ruimtelijke ordening",
            "de dakloosheid",
        ),
        (),
        (
            "Gemeenten en corporaties maken woondeals over {term}.",
            "Het tekort aan woningen maakt {term} urgent.",
        ),
    ),
    Theme(
        "klimaat",
        4.0,
        KGG,
        (
            ("32813", "Kabinetsaanpak Klimaatbeleid"),
            ("29023", "Voorzienings- en leveringszekerheid energie"),
        ),
        (
            "de energietransitie",
            "de netcongestie",
            "het klimaatakkoord",
            "de energieprijzen",
            "de wind op zee",
            "de gaswinning in Groningen",
        ),
        (
            ("PBL", "Planbureau voor de Leefomgeving"),
            ("KNMI", "Koninklijk Nederlands Meteorologisch Instituut"),
        ),
        (
            "Het PBL rekent de effecten van {term} door in de Klimaat- en Energieverkenning.",
            "Netbeheerders waarschuwen dat {term} bedrijven raakt die willen verduurzamen.",
        ),
    ),
    Theme(
        "arbeid",
        3.0,
        SZW,
        (("29544", "Arbeidsmarktbeleid"), ("32043", "Toekomst pensioenstelsel")),
        (
            "de arbeidsmarktkrapte",
            "de pensioenhervorming",
            "het minimumloon",
            "de bestaanszekerheid",
            "de flexibele arbeid",
        ),
        (
            ("UWV", "Uitvoeringsinstituut Werknemersverzekeringen"),
            ("CBS", "Centraal Bureau voor de Statistiek"),
        ),
        (
            "Volgens het CBS verandert {term} het beeld op de arbeidsmarkt.",
            "Werkgevers en vakbonden zijn betrokken bij {term}.",
        ),
    ),
    Theme(
        "economie",
        2.0,
        EZ,
        (("29515", "Regeldruk"), ("32637", "Bedrijfslevenbeleid")),
        (
            "de regeldruk",
            "het ondernemersklimaat",
            "het mkb",
            "de innovatie",
            "de digitale economie",
        ),
        (("ATR", "Adviescollege Toetsing Regeldruk"),),
        ("Ondernemers ervaren {term} als een belangrijk knelpunt.",),
    ),
    Theme(
        "infrastructuur",
        3.0,
        IENW,
        (("29984", "Spoor: vervoer- en beheerplan"), ("27625", "Waterbeleid")),
        (
            "de waterveiligheid",
            "de dijkversterking",
            "het openbaar vervoer",
            "de verkeersveiligheid",
            "de bereikbaarheid",
            "de spoorcapaciteit",
        ),
        (("KNMI", "Koninklijk Nederlands Meteorologisch Instituut"),),
        (
            "Rijkswaterstaat werkt samen met de waterschappen aan {term}.",
            "Reizigers merken {term} vooral in de spits.",
        ),
    ),
    Theme(
        "bestuur",
        2.0,
        BZK,
        (("35165", "Kiesrecht"), ("26643", "Informatie- en communicatietechnologie")),
        (
            "de verkiezingen",
            "de digitale overheid",
            "de decentrale overheden",
            "de informatiehuishouding",
            "de gemeentefinanciën",
        ),
        (),
        ("Gemeenten en provincies zijn nauw betrokken bij {term}.",),
    ),
    Theme(
        "kabinet",
        1.0,
        AZ,
        (("36000", "Ministerraad"),),
        ("de ministerraad", "het coalitieakkoord", "de Voorjaarsnota", "de informatievoorziening"),
        (),
        ("De ministerraad heeft ingestemd met {term}.",),
    ),
]
THEME_WEIGHTS = [theme.weight for theme in THEMES]

COUNTRIES = [
    "Afghanistan",
    "Duitsland",
    "Italië",
    "Turkije",
    "Verenigd Koninkrijk",
    "Verenigde Staten",
    "Oekraïne",
    "Georgië",
    "Rusland",
    "Frankrijk",
    "België",
    "Polen",
    "China",
    "Iran",
    "Irak",
    "Syrië",
    "Mali",
    "Somalië",
    "Jemen",
    "Venezuela",
    "Libië",
    "Israël",
    "Libanon",
    "Egypte",
    "Marokko",
    "Zuid-Soedan",
    "Soedan",
    "Hongarije",
    "Servië",
    "Kosovo",
    "Spanje",
    "Griekenland",
    "Noorwegen",
    "Zweden",
    "Finland",
    "Denemarken",
    "Oostenrijk",
    "Moldavië",
    "Armenië",
    "Eritrea",
]
PERSONS = [
    ("Stef Blok", "VVD"),
    ("Ank Bijleveld-Schouten", "CDA"),
    ("Sigrid Kaag", "D66"),
    ("Wopke Hoekstra", "CDA"),
    ("Christianne van der Wal", "VVD"),
    ("Jan van Dijk", "SP"),
    ("Pieter Omtzigt", "NSC"),
    ("Sadet Karabulut", "SP"),
    ("Joël Voordewind", "CU"),
    ("Michiel van Nispen", "SP"),
    ("Hanke Bruins Slot", "CDA"),
    ("Dennis Wiersma", "VVD"),
    ("Robbert Dijkgraaf", "D66"),
    ("Piet Adema", "CU"),
    ("Mona Keijzer", "BBB"),
    ("Mark Harbers", "VVD"),
    ("Rob Jetten", "D66"),
    ("Dilan Yeşilgöz-Zegerius", "VVD"),
    ("Caspar Veldkamp", "NSC"),
    ("Ruben Brekelmans", "VVD"),
    ("Anne-Marie de Vries", "GL-PvdA"),
    ("Kees van Dijk", "PVV"),
    ("Femke Wiersma", "BBB"),
    ("Eppo Bruins", "NSC"),
    ("Hugo de Jonge", "CDA"),
    ("Karien van Gennip", "CDA"),
    ("Ernst Kuipers", "D66"),
    ("Mariëlle Paul", "VVD"),
    ("Eric van der Burg", "VVD"),
    ("Lilianne Ploumen", "PvdA"),
    ("Joost Eerdmans", "JA21"),
    ("Laurens Dassen", "Volt"),
    ("Tom van der Lee", "GL"),
    ("Derk Boswijk", "CDA"),
    ("Don Ceder", "CU"),
    ("Ingrid Michon", "VVD"),
]
KINDS = (
    ["brief"] * 12
    + ["geannoteerde agenda"] * 3
    + ["verslag"] * 2
    + ["antwoorden kamervragen", "motie", "verslag algemeen overleg"]
)
CITIES = ["Brussel", "Luxemburg", "Den Haag", "Straatsburg", "Washington", "Genève", "Vilnius"]
PLACES = ["Utrecht", "Rotterdam", "Groningen", "Zwolle", "Eindhoven", "Ter Apel", "Wolvega"]

# General patterns: any theme, slots filled from the letter's theme.
TEMPLATES = [
    "Hierbij informeer ik u, mede namens de minister van {ministry2}, over {topic}.",
    "In deze brief ga ik in op {topic} en op de stand van zaken rond {topic2}.",
    "Tijdens het overleg in {city} op {date} is gesproken over {topic}.",
    "Het kabinet zal uw Kamer voor {month} nader informeren over {topic}.",
    "Zoals toegezegd in mijn brief van {date} (Kamerstuk {ref}) ga ik hieronder in op {topic}.",
    "De {long} ({short}) besprak op {date} de voortgang van {topic}.",
    "De {short} heeft hierover nog geen besluit genomen en komt daar later op terug.",
    "Het lid {person} ({party}) vroeg tijdens het commissiedebat naar {topic}.",
    "Minister {surname} gaf aan dat {topic} de komende periode extra aandacht behoeft.",
    "In de motie-{surname} (Kamerstuk {ref}) wordt de regering verzocht {topic} te betrekken "
    "bij de besluitvorming.",
    "Uw Kamer ontvangt voor het zomerreces een brief over {topic} en over {topic2}.",
    "Ook {rare} en {rare2} kwamen kort aan de orde.",
    "De minister van {ministry2} stond uitgebreid stil bij {topic} en de rol van {rare}.",
    "Met deze maatregelen wil het kabinet {topic} structureel verbeteren.",
    "De financiële gevolgen van {topic} worden verwerkt in de eerstvolgende suppletoire begroting.",
    "Over de uitvoering van {topic} heb ik overleg gevoerd met de betrokken partijen.",
    "Daarnaast is onderzocht welke mogelijkheden er zijn om {topic} te versnellen.",
    "De evaluatie van {topic} wordt in {year2} afgerond en aan uw Kamer gezonden.",
    "In {place} is een proef gestart die inzicht moet geven in {topic}.",
    "Het advies van de Raad van State over {topic} wordt meegenomen in het wetsvoorstel.",
    "Ik verwacht u in het najaar te kunnen informeren over de resultaten van {topic}.",
    "Ik zie geen aanleiding om het beleid ten aanzien van {topic} op dit moment te wijzigen.",
    "Ten slotte merk ik op dat {rare} in dit verband geen rol speelt.",
]
FOREIGN_TEMPLATES = [
    "Tijdens de bijeenkomst in {city} op {date} spraken de ministers over {topic} en over de "
    "situatie in {country}.",
    "Het besluit van {country} over {topic} is het gevolg van een herbeoordeling van de situatie.",
    "Met {country} en {country2} is gesproken over de gevolgen van {topic} voor {rare}.",
]
# Stock phrases that real letters use now and then, not in every other letter.
RARE_TEMPLATES = [
    "Het is van groot belang dat {topic} zorgvuldig wordt uitgevoerd.",
    "Ik hecht eraan te benadrukken dat {topic} voor het kabinet prioriteit heeft.",
    "De Algemene Rekenkamer heeft in haar rapport aanbevelingen gedaan over {topic}.",
]
# A side remark on another theme: keeps theme words from being confined to one theme.
ASIDE = "Verder is in het overleg kort gesproken over {other}."
HEADINGS = [
    "{Topic}",
    "Overige onderwerpen",
    "Stand van zaken {topic_bare}",
    "Vervolg",
    "Financiële gevolgen",
    "Inleiding",
    "Uitvoering",
]
FOREIGN_HEADINGS = ["{country}", "{country} en {country2}"]
_ARTICLE = re.compile(r"^(?:de|het) ")


@lru_cache(maxsize=1)
def real_sentences_by_source() -> dict[str, tuple[str, ...]]:
    """Sentences of the real letters in the repository, lightly cleaned, per file stem."""
    texts = {p.stem: p.read_text("utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))}
    for path in sorted((ROOT / "tests" / "data" / "corpus").glob("kst-*.xml")):
        try:
            tree = etree.parse(str(path))
        except etree.XMLSyntaxError:
            continue
        texts[path.stem] = " ".join(" ".join(el.itertext()) for el in tree.iter("al"))
    out: dict[str, tuple[str, ...]] = {}
    for stem, text in texts.items():
        text = re.sub(r"(\w)-\s*\n\s*([a-z])", r"\1\2", text)  # verslech-\ntering
        text = " ".join(text.split())
        sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", text)
        out[stem] = tuple(
            s for s in sentences if 40 <= len(s) <= 320 and not re.search(r"\d{2}\s*$", s)
        )
    return out


@cache
def theme_sentences(name: str) -> tuple[str, ...]:
    theme = next(t for t in THEMES if t.name == name)
    by_source = real_sentences_by_source()
    return tuple(s for stem in theme.sources for s in by_source.get(stem, ()))


@lru_cache(maxsize=1)
def rare_words() -> tuple[str, ...]:
    """A fixed long tail of real Dutch words (every 23rd lexicon word), for rare terms."""
    from kamerbrieven.nl.lexicon import dutch_words

    words = sorted(w for w in dutch_words() if w.isalpha() and w.islower() and len(w) >= 7)
    return tuple(words[::23])


def generate_letters(count: int, seed: int = 1) -> Iterator[Letter]:
    """`count` letters; letter i is the same for any count > i."""
    for i in range(count):
        yield make_letter(i, seed)


def make_letter(i: int, seed: int = 1) -> Letter:
    rng = random.Random(seed * 1_000_003 + i)
    theme = rng.choices(THEMES, THEME_WEIGHTS)[0]
    dossier, dossier_title = rng.choice(theme.dossiers)
    ministry = theme.ministry
    year = rng.randint(2008, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    date_iso = f"{year}-{month:02d}-{day:02d}"
    countries = rng.sample(COUNTRIES, 3) if theme.foreign else [rng.choice(COUNTRIES)]
    topics = rng.sample(theme.terms, min(4, len(theme.terms)))
    pool = list(theme.acronyms)
    if not pool or rng.random() < 0.3:
        pool += [rng.choice(t.acronyms) for t in rng.sample(THEMES, 3) if t.acronyms][:1]
    acronyms = rng.sample(pool, min(2, len(pool))) if pool else []
    person, party = rng.choice(PERSONS)
    ministry2 = rng.choice(MINISTRIES)
    others = [t for t in rng.sample(THEMES, 2) if t is not theme]
    real = theme_sentences(theme.name)
    references: list[tuple[str, str]] = []
    defined: list[tuple[str, str]] = []

    templates = TEMPLATES + list(theme.sentences) * 3
    if theme.foreign:
        templates += FOREIGN_TEMPLATES * 2
    if not acronyms:
        templates = [t for t in templates if "{short}" not in t and "{long}" not in t]

    context = _Context(theme, topics, countries, acronyms, others, ministry2, person, party, year)

    def fill(template: str) -> str:
        fields = _fields(template)
        slots: dict[str, str] = {}
        for name in fields:
            if name not in slots:
                slots.update(SLOTS[name](rng, context))
        if "ref" in fields:
            references.append((slots["ref"], slots["ref_id"]))
        if "long" in fields:
            defined.append((slots["short"], slots["long"]))
        sentence = template.format(**slots)
        return sentence[0].upper() + sentence[1:]

    def sentence() -> str:
        draw = rng.random()
        if real and draw < 0.25:
            return rng.choice(real)
        if others and draw > 0.97:
            return fill(ASIDE)
        if draw > 0.985:
            return fill(rng.choice(RARE_TEMPLATES))
        return fill(rng.choice(templates))

    paragraphs_by_section: list[tuple[str | None, list[str]]] = []
    for s in range(rng.randint(2, 5)):
        heading = None
        if s > 0:
            bare = _ARTICLE.sub("", rng.choice(topics))
            country, country2 = _two(rng, countries)
            choices = HEADINGS + (FOREIGN_HEADINGS if theme.foreign else [])
            pattern = rng.choice(choices)
            heading = pattern.format(
                Topic=bare[0].upper() + bare[1:],
                topic_bare=bare,
                country=country,
                country2=country2,
            )
        paragraphs = []
        for _ in range(rng.randint(1, 3)):
            paragraphs.append(" ".join(sentence() for _ in range(rng.randint(2, 6))))
        paragraphs_by_section.append((heading, paragraphs))
    signed = rng.random() < 0.8
    if signed:
        paragraphs_by_section[-1][1].append(
            f"De minister van {ministry},\n\n{_initials(person)} {person.split(' ', 1)[1]}"
        )

    text_parts: list[str] = []
    sections: list[Section] = []
    cursor = 0
    for heading, paragraphs in paragraphs_by_section:
        if heading:
            text_parts.append(heading + "\n\n")
            cursor += len(heading) + 2
        body = "\n\n".join(paragraphs) + "\n\n"
        sections.append(
            Section(heading, cursor - (len(heading) + 2 if heading else 0), cursor + len(body) - 2)
        )
        text_parts.append(body)
        cursor += len(body)
    text = "".join(text_parts).rstrip()

    entities = [
        Entity("country", name, name, m.span())
        for name in COUNTRIES
        if name in text
        for m in _COUNTRY_RES[name].finditer(text)
    ] + [Entity("person", person, person, span) for span in _spans(text, person)]
    refs = [
        Reference(
            "kamerstuk",
            f"Kamerstuk {raw}",
            span,
            dossier=raw.split(",")[0],
            number=int(target.rsplit("-", 1)[1]),
            target_id=target,
        )
        for raw, target in dict.fromkeys(references)
        for span in _spans(text, f"Kamerstuk {raw}")[:1]
    ]
    kind = rng.choice(KINDS)
    number = i + 1
    title_topic = _ARTICLE.sub("", rng.choice(topics))
    when = f"{day} {MONTHS[month - 1]} {year}"
    titles = [
        f"Kabinetsreactie op {title_topic}",
        f"Stand van zaken {title_topic}",
        f"Voortgangsbrief {title_topic}",
        f"Beantwoording vragen van het lid {person.split()[-1]} over {title_topic}",
        f"Geannoteerde agenda {dossier_title} van {when}",
    ]
    if theme.foreign:
        titles.append(f"Verslag van de {dossier_title}-bijeenkomst van {when}")
        titles.append(f"Beantwoording vragen over {title_topic} in {countries[0]}")
    title = rng.choice(titles)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Letter(
        id=f"kst-{dossier}-{number}",
        source=Source(path=f"generated/kst-{dossier}-{number}.xml", sha256=sha, format="xml"),
        text=text,
        kind=kind,
        dossier=dossier,
        dossier_title=dossier_title,
        number=number,
        date=date_iso,
        title=title,
        senders=tuple(dict.fromkeys([ministry] + ([ministry2] if rng.random() < 0.2 else []))),
        addressee="Voorzitter van de Tweede Kamer der Staten-Generaal",
        signatories=(Signatory(person, f"De minister van {ministry}"),) if signed else (),
        sections=tuple(sections),
        references=tuple(refs),
        entities=tuple(entities),
        acronyms=tuple(Acronym(s, lg) for s, lg in dict.fromkeys(defined)),
    )


@dataclass(frozen=True)
class _Context:
    """What the slots of one letter's sentences are filled from."""

    theme: Theme
    topics: list[str]
    countries: list[str]
    acronyms: list[tuple[str, str]]
    others: list[Theme]
    ministry2: str
    person: str
    party: str
    year: int


def _ref(rng: random.Random, c: _Context) -> dict[str, str]:
    ref_theme = rng.choice(THEMES) if rng.random() < 0.3 else c.theme
    ref_dossier = rng.choice(ref_theme.dossiers)[0]
    ref_number = rng.randint(1, 600)
    return {"ref": f"{ref_dossier}, nr. {ref_number}", "ref_id": f"kst-{ref_dossier}-{ref_number}"}


def _acronym(rng: random.Random, c: _Context) -> dict[str, str]:
    short, long = rng.choice(c.acronyms)
    return {"short": short, "long": long}


def _countries(rng: random.Random, c: _Context) -> dict[str, str]:
    country, country2 = _two(rng, c.countries)
    return {"country": country, "country2": country2}


def _term(rng: random.Random, c: _Context) -> dict[str, str]:
    term = rng.choice(c.topics)
    return {"term": _ARTICLE.sub("", term) if rng.random() < 0.3 else term}


def _date(rng: random.Random, c: _Context) -> dict[str, str]:
    when = f"{rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {rng.randint(c.year - 1, c.year)}"
    return {"date": when}


SLOTS = {
    "ministry2": lambda rng, c: {"ministry2": c.ministry2},
    "city": lambda rng, c: {"city": rng.choice(CITIES)},
    "place": lambda rng, c: {"place": rng.choice(PLACES)},
    "country": _countries,
    "country2": _countries,
    "topic": lambda rng, c: {"topic": rng.choice(c.topics)},
    "topic2": lambda rng, c: {"topic2": rng.choice(c.topics)},
    "term": _term,
    "other": lambda rng, c: {"other": rng.choice(rng.choice(c.others).terms)},
    "month": lambda rng, c: {"month": MONTHS[rng.randrange(12)]},
    "year2": lambda rng, c: {"year2": str(c.year + rng.randint(0, 2))},
    "date": _date,
    "ref": _ref,
    "long": _acronym,
    "short": _acronym,
    "person": lambda rng, c: {"person": c.person},
    "party": lambda rng, c: {"party": c.party},
    "surname": lambda rng, c: {"surname": c.person.split()[-1]},
    "rare": lambda rng, c: {"rare": rng.choice(rare_words())},
    "rare2": lambda rng, c: {"rare2": rng.choice(rare_words())},
}


@cache
def _fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


_COUNTRY_RES = {name: re.compile(rf"(?<![\w-]){re.escape(name)}\b") for name in COUNTRIES}


def _two(rng: random.Random, countries: list[str]) -> tuple[str, str]:
    first, second = rng.sample(countries, 2) if len(countries) > 1 else countries * 2
    return first, second


def _initials(person: str) -> str:
    return "".join(part[0] + "." for part in person.split()[:1])


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return spans


if __name__ == "__main__":
    import sys

    for letter in generate_letters(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
        print(letter.id, letter.date, letter.title)
        print(letter.text)
        print()
