"""Councils a Dutch letter names: those that are meetings, and those that are not.

A *raad* is a meeting when ministers meet in it: the configurations of the Council of the
European Union, the European Council and the Eurogroup, the councils of NATO and the UN
Security Council. Source: the Council's list of its configurations
(https://www.consilium.europa.eu/nl/council-eu/configurations/), as Dutch letters name them,
and older names letters of their time use. Names of more words (``Raad Algemene Zaken``,
``Raad Buitenlandse Zaken``, ``Europese Raad``, ``Eurogroep``, ``Ecofin``, ``NAVO-Raad``,
``Noord-Atlantische Raad``) have patterns of their own in `extract.meetings`; the names of
one word are listed here: the TTE council meets as ``Transportraad``, ``Telecomraad`` and
``Energieraad``, agriculture and fisheries as ``Landbouwraad`` or ``Visserijraad``.

A *raad* that advises or governs is no meeting: the Dutch adviescolleges of the Kaderwet
adviescolleges (Stb. 1996, 378; the overview at
https://www.rijksoverheid.nl/onderwerpen/rijksoverheid/adviescolleges), former ones letters
still name (``Mediaraad``, ``Sportraad``, ``Emancipatieraad``, ``VROM-raad``), the hoge
colleges and independent councils (``Raad van State``, ``Sociaal-Economische Raad``), and
the councils that govern (``Ministerraad``, ``gemeenteraad``, ``ondernemingsraad``).

    >>> "Telecomraad" in MEETING_WORDS, "Mediaraad" in MEETING_WORDS
    (True, False)
"""

from __future__ import annotations

# Councils that meet, written as one word: a lone "...raad" is a meeting only when here.
MEETING_WORDS = frozenset(
    {
        "Ecofinraad",
        "Concurrentievermogensraad",
        "Transportraad",
        "Telecomraad",
        "Energieraad",
        "Landbouwraad",
        "Visserijraad",
        "Milieuraad",
        "Begrotingsraad",
        "Handelsraad",
        "Defensieraad",
        "Justitieraad",
        "Ontwikkelingsraad",
        "Voorjaarsraad",  # the European Council of the spring
        "Veiligheidsraad",  # of the United Nations
    }
)

# Councils that advise or govern; no meetings.
NOT_MEETINGS = frozenset(
    {
        # hoge colleges van staat and independent councils
        "Raad van State",
        "Sociaal-Economische Raad",
        "Wetenschappelijke Raad voor het Regeringsbeleid",
        "Raad van Europa",
        # adviescolleges (Kaderwet adviescolleges)
        "Onderwijsraad",
        "Gezondheidsraad",
        "Raad voor Cultuur",
        "Kiesraad",
        "Adviesraad Migratie",
        "Adviesraad Internationale Vraagstukken",
        "Adviesraad voor wetenschap, technologie en innovatie",
        "Raad voor de leefomgeving en infrastructuur",
        "Raad voor het openbaar bestuur",
        "Raad voor Volksgezondheid & Samenleving",
        "Raad voor Volksgezondheid en Samenleving",
        "Raad voor Strafrechtstoepassing en Jeugdbescherming",
        "Raad voor de rechtspraak",
        "Raad voor de Rechtspraak",
        "Raad voor Rechtsbijstand",
        "Raad voor de Kinderbescherming",
        "Onderzoeksraad voor Veiligheid",
        "Onderzoeksraad",
        # former adviescolleges that letters still name
        "Mediaraad",
        "Sportraad",
        "Emancipatieraad",
        "Cultuurraad",
        "Jeugdraad",
        "Woonraad",
        "Natuurraad",
        "VROM-raad",
        "Algemene Energieraad",
        "Raad voor het Landelijk Gebied",
        "Raad voor Verkeer en Waterstaat",
        "Adviesraad",
        # councils that govern
        "Ministerraad",
        "Rijksministerraad",
        "Gemeenteraad",
        "Ondernemingsraad",
        "Medezeggenschapsraad",
        "Raad van Bestuur",
        "Raad van Toezicht",
        "Raad van Commissarissen",
    }
)
# Their short forms, as letters write them after the name: "(Rli)", "(AIV)".
NOT_MEETING_SHORT = frozenset({"Rli", "Rob", "AIV", "AWTI", "SER", "WRR", "RVS", "RSJ", "OVV"})
