"""The lines of a ministry letter's letterhead, one rule each: what each looks like, what
it fills in the header and how much it says that a letter is on ministry paper
(`letterhead.py` reads them)."""

from __future__ import annotations

import re

from kamerbrieven.parse.layouts import shared
from kamerbrieven.parse.layouts.base import HeaderLine
from kamerbrieven.rules import Rule, RuleTable

LETTERHEAD_LINES: RuleTable[HeaderLine] = RuleTable(
    (
        Rule(
            "salutation",
            re.compile(r"^(?:Zeer\s+|Hoog)?[Gg]eachte\s+(?P<whom>[^,]+?),?$"),
            HeaderLine("salutation", 3, "aanhef"),
            example="Zeer geachte Voorzitter,",
            counter="Geachte voorzitter, hierbij zend ik u het verslag.",
            source="az-bz-def-20081222-ek-irak-antwoorden",
        ),
        Rule(
            # the label as a label ("Betreft Kosovo", "onderwerp" / "Deelname conferentie
            # Esbjerg"), not "onderwerp. De bondgenoten ..." at the start of a body line
            "subject",
            re.compile(
                r"^(?:(?:Onderwerp|Betreft|ONDERWERP|BETREFT)(?=[\s:]|$)|"
                r"(?:onderwerp|betreft)(?=\s*(?::|$)))\s*:?\s*(?P<subject>.*)$"
            ),
            HeaderLine("title", 3, "Betreft"),
            example="Betreft Kosovo",
            counter="onderwerp. De bondgenoten riepen Rusland op",
            source="bz-19990118-kosovo; seed 002",
        ),
        Rule(
            # two letterhead columns read across, their values on the line under them
            "two_labels",
            re.compile(r"^(?:Onderwerp|Betreft)\s+Datum$"),
            HeaderLine("title, date"),
            example="Onderwerp Datum",
            counter="Onderwerp Deelname conferentie",
            source="szw-20060329-verslag-raad-wsbvc",
        ),
        Rule(
            "dated",
            shared.dated("Datum"),
            HeaderLine("date", 2, "Datum"),
            example="Datum 14 november 2005 Behandeld G.J. Bijl de Vroe",
            counter="Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer",
            source="bz-20051114-verslag-razeb",
        ),
        Rule(
            # "Datum" / "14 april 2025" on two lines
            "date_label",
            re.compile(r"^datum:?$", re.IGNORECASE),
            HeaderLine("date", 2, "Datum"),
            example="datum",
            counter="datum: 19-10-2001",
            source="lnv-20011019-brief-esbjerg",
        ),
        Rule(
            # two of them on a joint letter
            "ministry",
            re.compile(r"^Ministerie van (?P<name>[A-Z][\w, ]+?)\s*$"),
            HeaderLine("ministries", 3, "Ministerie van"),
            example="Ministerie van Landbouw, Natuurbeheer en Visserij",
            counter="Ministerie van Buitenlandse Zaken: verslag van de Raad",
            source="lnv-20011019-brief-esbjerg",
        ),
        Rule(
            # the addressee block without "Aan": "De Voorzitter van de Tweede Kamer" /
            # "der Staten-Generaal" / "Postbus 20018" / "2500 EA DEN HAAG"
            "chamber_addressee",
            re.compile(
                r"^(?:[Dd]e\s+)?[Vv]oorzitter\s+van\s+de\s+(?P<chamber>Tweede|Eerste)\s+Kamer"
                r"(?:\s+der\s+Staten-Generaal)?\s*$"
            ),
            HeaderLine("addressee", 2, "adres Kamer"),
            example="De Voorzitter van de Tweede Kamer",
            counter="De Voorzitter van de Tweede Kamer heeft mij gevraagd",
            source="vws-20090113-uitstelbrief-leijten-amerpoort-sherpa (rijksoverheid.nl copy)",
        ),
        Rule(
            "return_address",
            re.compile(r"^(?:>\s*)?Retouradres\b"),
            HeaderLine("", 3, "Retouradres"),
            example="> Retouradres Postbus 20301 2500 EH Den Haag",
            counter="Het retouradres ontbrak",
            source="jenv-20240111-beantwoording-kamervragen-2023Z19677.docx",
        ),
        Rule(
            # labels of the side column, their value on the line under them
            "side_label",
            re.compile(
                r"^(?:(?P<valued>Contactpersoon|Projectnaam|Ons kenmerk|Uw kenmerk|"
                r"Onze referentie|Uw brief|Uw referentie|Kenmerk|Inlichtingen|Doorkiesnummer|"
                r"Telefoon)|Bijlagen?(?:\(n\))?|C\.c\.|Kopie aan)\s*:?\s*$",
                re.IGNORECASE,
            ),
            HeaderLine("", 1, "kenmerk"),
            example="Ons kenmerk",
            counter="Ons kenmerk HDJZ/WAT 2005-54",
            source="vw-20050211-ek-nadere-mva-krw",
        ),
        Rule(
            # the side column, which a Word file puts after the subject
            "side_column",
            re.compile(
                r"^(?:>?\s*Retouradres\b.*|Postbus\s+\d+.*|\d{4}\s?[A-Z]{2}\s+\S.*|www\.\S+|"
                r"[TF]\s+\+?\d[\d ()-]+|E-?mail\b.*|"
                r"(?:Directoraat[- ]?[Gg]eneraal|Directie|Dienst|Afdeling)\s+[A-Z].{0,80}|"
                r"[A-Z][a-z'’.-]+(?:[ -][A-Za-z][\w'’.-]*){0,3}\s+\d{1,4}[a-z]?|"
                r"Bij beantwoording\b.*|Wilt u slechts\b.*|Pagina \d+ van \d+)$"
            ),
            HeaderLine(""),
            example="Directoraat-Generaal Politie en Veiligheidsregio’s",
            counter="De Directie heeft besloten.",
            source="jenv-20240111-beantwoording-kamervragen-2023Z19677.docx",
        ),
        Rule(
            # letterhead lines that say nothing of the letter's content: no subject
            "letterhead",
            re.compile(
                r"^(?:>?\s*Retouradres|Postbus|Ons kenmerk|Uw kenmerk|Uw brief|Kenmerk|Bijlagen?|"
                r"Contactpersoon|Telefoon|T\s|E-?mail|www\.|Datum$|Onze referentie|"
                r"Doorkiesnummer|\d{4}\s?[A-Z]{2}\s|Aan de|Tweede Kamer der Staten-Generaal$|"
                r"Eerste Kamer der|C\.c\.)",
                re.IGNORECASE,
            ),
            HeaderLine(""),
            example="uw brief van",
            counter="Deelname conferentie Esbjerg",
            source="lnv-20011019-brief-esbjerg",
        ),
    )
)
