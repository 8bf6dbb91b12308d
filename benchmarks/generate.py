"""Deterministic generator of realistic Dutch parliamentary letters, as Letter records.

Sentences come from two sources: real sentences of the reference letters and the
corpus Kamerstukken (`samples/*.txt`, `tests/data/corpus/kst-*.xml`), and templates
written in their style with slots for topics, countries, people, dates, citations and
acronyms. Letter `i` depends only on (`seed`, `i`), so the first 10,000 letters of a
100,000-letter run are the 10,000-letter run.

    >>> letters = list(generate_letters(3))
    >>> letters[0].id.startswith("kst-"), len(letters)
    (True, 3)

Import it by path (`benchmarks/` is not a package), as tests/search does.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from lxml import etree

from kamerbrieven.record import Acronym, Entity, Letter, Reference, Section, Signatory, Source

ROOT = Path(__file__).resolve().parent.parent
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

# (dossier, dossier title, ministry, topics that letters in it discuss)
DOSSIERS = [
    ("28676", "NAVO", "Buitenlandse Zaken", ["wapenbeheersing", "defensie-uitgaven", "NAVO-top"]),
    (
        "21501-02",
        "Raad Algemene Zaken en Raad Buitenlandse Zaken",
        "Buitenlandse Zaken",
        ["sanctiemaatregelen", "mensenrechten", "rechtsstaat"],
    ),
    ("21501-20", "Europese Raad", "Algemene Zaken", ["migratiepact", "Europese begroting"]),
    (
        "35334",
        "Problematiek rondom stikstof en PAS",
        "Landbouw, Natuur en Voedselkwaliteit",
        ["stikstofuitstoot", "stikstofdepositie", "natuurherstel"],
    ),
    ("33037", "Mestbeleid", "Landbouw, Natuur en Voedselkwaliteit", ["mestbeleid", "derogatie"]),
    (
        "31289",
        "Voortgezet onderwijs",
        "Onderwijs, Cultuur en Wetenschap",
        ["wiskundeonderwijs", "lerarentekort", "kansengelijkheid"],
    ),
    ("29515", "Regeldruk", "Economische Zaken", ["regeldruk", "ondernemersklimaat"]),
    ("32317", "JBZ-Raad", "Justitie en Veiligheid", ["grensbewaking", "asielinstroom"]),
    (
        "29544",
        "Arbeidsmarktbeleid",
        "Sociale Zaken en Werkgelegenheid",
        ["arbeidsmarktkrapte", "pensioenhervorming"],
    ),
    (
        "32813",
        "Kabinetsaanpak Klimaatbeleid",
        "Klimaat en Groene Groei",
        ["energietransitie", "netcongestie", "klimaatakkoord"],
    ),
    (
        "29477",
        "Geneesmiddelenbeleid",
        "Volksgezondheid, Welzijn en Sport",
        ["zorgkosten", "geneesmiddelentekorten"],
    ),
    (
        "32847",
        "Integrale visie op de woningmarkt",
        "Volkshuisvesting en Ruimtelijke Ordening",
        ["woningbouwopgave", "huurbescherming"],
    ),
    (
        "27925",
        "Bestrijding internationaal terrorisme",
        "Defensie",
        ["terrorismebestrijding", "cyberveiligheid"],
    ),
    (
        "33625",
        "Ontwikkelingssamenwerking",
        "Buitenlandse Zaken",
        ["ontwikkelingssamenwerking", "voedselzekerheid", "wederopbouw"],
    ),
    (
        "36410-V",
        "Vaststelling begroting Buitenlandse Zaken 2024",
        "Buitenlandse Zaken",
        ["presidentsverkiezingen", "persvrijheid"],
    ),
]
GENERAL_TOPICS = [
    "de veiligheidssituatie",
    "de humanitaire hulp",
    "de wiskunde-onderwijs-plannen",
    "het wiskunde-onderwijs",
    "de verkiezingen",
    "de wapenbeheersingsverplichtingen",
    "de uitvoering van de motie",
    "de internationale rechtsorde",
    "de digitale weerbaarheid",
    "de energieprijzen",
    "de inflatie",
    "de waterveiligheid",
    "de dijkversterking",
]
MINISTRIES = sorted(
    {d[2] for d in DOSSIERS}
    | {
        "Financiën",
        "Binnenlandse Zaken en Koninkrijksrelaties",
        "Infrastructuur en Waterstaat",
        "Asiel en Migratie",
    }
)
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
]
ACRONYMS = [
    ("NAR", "Noord Atlantische Raad"),
    ("OVSE", "Organisatie voor Veiligheid en Samenwerking in Europa"),
    ("RSM", "Resolute Support Mission"),
    ("PAS", "Programma Aanpak Stikstof"),
    ("ATR", "Adviescollege Toetsing Regeldruk"),
    ("MAP", "Membership Action Plan"),
    ("INF", "Intermediate-Range Nuclear Forces"),
    ("RIVM", "Rijksinstituut voor Volksgezondheid en Milieu"),
    ("CBS", "Centraal Bureau voor de Statistiek"),
    ("IND", "Immigratie- en Naturalisatiedienst"),
    ("UWV", "Uitvoeringsinstituut Werknemersverzekeringen"),
    ("KNMI", "Koninklijk Nederlands Meteorologisch Instituut"),
    ("RBZ", "Raad Buitenlandse Zaken"),
]
KINDS = (
    ["brief"] * 12
    + ["geannoteerde agenda"] * 3
    + ["verslag"] * 2
    + ["antwoorden kamervragen", "motie", "verslag algemeen overleg"]
)
CITIES = ["Brussel", "Luxemburg", "Den Haag", "Straatsburg", "Washington", "Genève", "Vilnius"]

TEMPLATES = [
    "Hierbij informeer ik u, mede namens de minister van {ministry2}, over {topic}.",
    "Tijdens de bijeenkomst in {city} op {date} spraken de ministers over {topic} en over de situatie in {country}.",
    "Nederland heeft in de vergadering benadrukt dat {topic} van groot belang is voor de veiligheid en stabiliteit van Europa.",
    "Het kabinet deelt de zorgen over {topic} in {country} en zal uw Kamer voor {month} nader informeren.",
    "Zoals toegezegd in mijn brief van {date} (Kamerstuk {ref}) ga ik hieronder in op {topic}.",
    "De {long} ({short}) besprak op {date} de voortgang van {topic}.",
    "De {short} heeft hierover nog geen besluit genomen en komt daar later op terug.",
    "Het lid {person} ({party}) vroeg tijdens het commissiedebat naar {topic} in {country}.",
    "Minister {surname} gaf aan dat {topic} de komende periode extra aandacht behoeft.",
    "De bondgenoten riepen {country} op om de afspraken over {topic} volledig na te leven.",
    "Verschillende lidstaten wezen op het belang van {topic}; Nederland steunt die oproep.",
    "In de motie-{surname} (Kamerstuk {ref}) wordt de regering verzocht {topic} te betrekken bij de besluitvorming.",
    "Uw Kamer ontvangt voor het zomerreces een brief over {topic} en over {topic2}.",
    "Het besluit van {country} over {topic} is het gevolg van een herbeoordeling van de situatie.",
    "Ook {rare} en {rare2} kwamen kort aan de orde.",
    "De Europese Commissie presenteerde voorstellen over {topic}, waarover het kabinet een BNC-fiche opstelt.",
    "Met {country} en {country2} is gesproken over de gevolgen van {topic} voor {rare}.",
    "De minister van {ministry2} stond uitgebreid stil bij {topic} en de rol van {rare}.",
]
HEADINGS = [
    "{Topic}",
    "{country}",
    "Overige onderwerpen",
    "Stand van zaken {topic_bare}",
    "Vervolg",
    "{country} en {country2}",
    "Financiële gevolgen",
]


@lru_cache(maxsize=1)
def real_sentences() -> tuple[str, ...]:
    """Sentences of the real letters in the repository, lightly cleaned."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "data" / "corpus").glob("kst-*.xml")):
        try:
            tree = etree.parse(str(path))
        except etree.XMLSyntaxError:
            continue
        texts.append(" ".join(" ".join(el.itertext()) for el in tree.iter("al")))
    joined = " ".join(texts)
    joined = re.sub(r"(\w)-\s*\n\s*([a-z])", r"\1\2", joined)  # verslech-\ntering
    joined = " ".join(joined.split())
    sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", joined)
    return tuple(s for s in sentences if 40 <= len(s) <= 320 and not re.search(r"\d{2}\s*$", s))


@lru_cache(maxsize=1)
def rare_words() -> tuple[str, ...]:
    """A fixed long tail of real Dutch words (every 97th lexicon word), for rare terms."""
    from kamerbrieven.nl.lexicon import dutch_words

    words = sorted(w for w in dutch_words() if w.isalpha() and w.islower() and len(w) >= 7)
    return tuple(words[::97])


def generate_letters(count: int, seed: int = 1) -> Iterator[Letter]:
    """`count` letters; letter i is the same for any count > i."""
    for i in range(count):
        yield make_letter(i, seed)


def make_letter(i: int, seed: int = 1) -> Letter:
    rng = random.Random(seed * 1_000_003 + i)
    dossier, dossier_title, ministry, dossier_topics = DOSSIERS[
        min(int(rng.paretovariate(1.2)) - 1, len(DOSSIERS) - 1)
        if rng.random() < 0.5
        else rng.randrange(len(DOSSIERS))
    ]
    year = rng.randint(2008, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    date_iso = f"{year}-{month:02d}-{day:02d}"
    countries = rng.sample(COUNTRIES, 3)
    topics = dossier_topics + rng.sample(GENERAL_TOPICS, 2)
    acronyms = rng.sample(ACRONYMS, 2)
    person, party = rng.choice(PERSONS)
    ministry2 = rng.choice(MINISTRIES)
    references: list[tuple[str, str]] = []
    defined: list[tuple[str, str]] = []

    def topic() -> str:
        word = rng.choice(topics)
        return word if " " in word else rng.choice(["de ", "het ", ""]) + word

    def fill(template: str) -> str:
        ref_dossier = rng.choice(DOSSIERS)[0]
        country, country2 = rng.sample(countries, 2)
        ref_number = rng.randint(1, 600)
        short, long = rng.choice(acronyms)
        slots = {
            "ministry2": ministry2,
            "city": rng.choice(CITIES),
            "country": country,
            "country2": country2,
            "topic": topic(),
            "topic2": topic(),
            "month": MONTHS[rng.randrange(12)],
            "date": f"{rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {rng.randint(year - 1, year)}",
            "ref": f"{ref_dossier}, nr. {ref_number}",
            "long": long,
            "short": short,
            "person": person,
            "party": party,
            "surname": person.split()[-1],
            "rare": rng.choice(rare_words()),
            "rare2": rng.choice(rare_words()),
        }
        if "{ref}" in template:
            references.append((slots["ref"], f"kst-{ref_dossier}-{ref_number}"))
        if "{long}" in template:
            defined.append((short, long))
        sentence = template.format(**slots)
        return sentence[0].upper() + sentence[1:]

    paragraphs_by_section: list[tuple[str | None, list[str]]] = []
    for s in range(rng.randint(2, 5)):
        heading = None
        if s > 0:
            bare = rng.choice(topics)
            country, country2 = rng.sample(countries, 2)
            heading = rng.choice(HEADINGS).format(
                Topic=bare[0].upper() + bare[1:],
                topic_bare=bare,
                country=country,
                country2=country2,
            )
        paragraphs = []
        for _ in range(rng.randint(1, 3)):
            sentences = [
                fill(rng.choice(TEMPLATES)) if rng.random() < 0.6 else rng.choice(real_sentences())
                for _ in range(rng.randint(2, 6))
            ]
            paragraphs.append(" ".join(sentences))
        paragraphs_by_section.append((heading, paragraphs))

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
        Entity("country", name, name, span) for name in countries for span in _spans(text, name)
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
    title_topic = rng.choice(topics)
    title = rng.choice(
        [
            f"Verslag van de {dossier_title}-bijeenkomst van {day} {MONTHS[month - 1]} {year}",
            f"Kabinetsreactie op {title_topic}",
            f"Stand van zaken {title_topic}",
            f"Geannoteerde agenda {dossier_title} van {day} {MONTHS[month - 1]} {year}",
            f"Beantwoording vragen over {title_topic} in {countries[0]}",
        ]
    )
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
        signatories=(Signatory(person, f"De minister van {ministry}"),)
        if rng.random() < 0.7
        else (),
        sections=tuple(sections),
        references=tuple(refs),
        entities=tuple(entities),
        acronyms=tuple(Acronym(s, lg) for s, lg in dict.fromkeys(defined)),
    )


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
