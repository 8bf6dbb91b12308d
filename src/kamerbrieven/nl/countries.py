"""Dutch country names, adjectives and abbreviations -> the standard Dutch short name.

Names come from CLDR (Babel ``Locale('nl').territories``), not typed by hand. On top of
them a small alias table holds what CLDR lacks: abbreviations (``VS``, ``VK``), older
or common names (``Macedonië``, ``Wit-Rusland``, ``Birma``, ``Joegoslavië``) and the
adjectives letters use (``de Russische troepenopbouw`` -> Rusland). Adjectives of
names in ``-ië`` are derived (``Libië`` -> ``Libische``, ``Georgische``, ``Servische``);
the irregular ones are listed in `ADJECTIVES`. Each adjective is found in its plain
and inflected form (``Kosovaars leger``, ``de Kosovaarse stap``).
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

# CLDR codes that are not countries: the EU, the eurozone, the UN, pseudo and unknown
# regions; numeric codes (continents, "Europa") are left out as well.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "HK", "MO", "PS", "UM"})
# Where the letters' usual short name differs from CLDR's ("Bosnië en Herzegovina",
# "Myanmar (Birma)"): "de relatie tussen de NAVO en Bosnië-Herzegovina".
PREFERRED_NAMES = {"BA": "Bosnië-Herzegovina", "MM": "Myanmar"}

# Other spellings and abbreviations -> name. Historical names stay what they were
# ("NAVO toetreding van Macedonië", 2018; "Joegoslavië", 1999): rewriting them would
# change what the letter says.
ALIASES: dict[str, str] = {
    "VS": "Verenigde Staten",
    "V.S.": "Verenigde Staten",
    "Amerika": "Verenigde Staten",
    "VK": "Verenigd Koninkrijk",
    "Groot-Brittannië": "Verenigd Koninkrijk",
    "Engeland": "Verenigd Koninkrijk",
    "Bosnië en Herzegovina": "Bosnië-Herzegovina",
    "Bosnië": "Bosnië-Herzegovina",
    "Wit-Rusland": "Belarus",
    "Birma": "Myanmar",
    "Tsjechische Republiek": "Tsjechië",
    "Russische Federatie": "Rusland",
    "Macedonië": "Macedonië",
    "FYROM": "Macedonië",
    "Joegoslavië": "Joegoslavië",
    "Sovjet-Unie": "Sovjet-Unie",
    "Swaziland": "Eswatini",
    "Kaapverdische Eilanden": "Kaapverdië",
    "Democratische Republiek Congo": "Congo-Kinshasa",
    "DRC": "Congo-Kinshasa",
    "Ivoorkust": "Ivoorkust",
}

# Irregular adjective stems (uninflected form) -> country name. "Amerikaanse troepen",
# "het VK en de Duitse", "Oekraïense marineschepen", "de Kosovaarse veiligheidsmacht".
# Left out on purpose: "Frans" (a first name: Frans Timmermans), "Engels" (the language),
# "Koreaans" and "Congolees" (which of two?), "Turks" before "-" (Turks- en Caicoseilanden).
ADJECTIVES: dict[str, str] = {
    "Amerikaans": "Verenigde Staten",
    "Brits": "Verenigd Koninkrijk",
    "Duits": "Duitsland",
    "Nederlands": "Nederland",
    "Belgisch": "België",
    "Luxemburgs": "Luxemburg",
    "Russisch": "Rusland",
    "Oekraïens": "Oekraïne",
    "Wit-Russisch": "Belarus",
    "Belarussisch": "Belarus",
    "Italiaans": "Italië",
    "Spaans": "Spanje",
    "Portugees": "Portugal",
    "Grieks": "Griekenland",
    "Turks": "Turkije",
    "Cypriotisch": "Cyprus",
    "Maltees": "Malta",
    "Iers": "Ierland",
    "Deens": "Denemarken",
    "Zweeds": "Zweden",
    "Noors": "Noorwegen",
    "Fins": "Finland",
    "IJslands": "IJsland",
    "Pools": "Polen",
    "Tsjechisch": "Tsjechië",
    "Slowaaks": "Slowakije",
    "Hongaars": "Hongarije",
    "Oostenrijks": "Oostenrijk",
    "Zwitsers": "Zwitserland",
    "Sloveens": "Slovenië",
    "Kroatisch": "Kroatië",
    "Bosnisch": "Bosnië-Herzegovina",
    "Montenegrijns": "Montenegro",
    "Albanees": "Albanië",
    "Kosovaars": "Kosovo",
    "Bulgaars": "Bulgarije",
    "Roemeens": "Roemenië",
    "Moldavisch": "Moldavië",
    "Ests": "Estland",
    "Lets": "Letland",
    "Litouws": "Litouwen",
    "Armeens": "Armenië",
    "Azerbeidzjaans": "Azerbeidzjan",
    "Kazachs": "Kazachstan",
    "Oezbeeks": "Oezbekistan",
    "Afghaans": "Afghanistan",
    "Pakistaans": "Pakistan",
    "Indiaas": "India",
    "Iraaks": "Irak",
    "Irakees": "Irak",
    "Iraans": "Iran",
    "Israëlisch": "Israël",
    "Libanees": "Libanon",
    "Jordaans": "Jordanië",
    "Egyptisch": "Egypte",
    "Saoedisch": "Saoedi-Arabië",
    "Saoedi-Arabisch": "Saoedi-Arabië",
    "Jemenitisch": "Jemen",
    "Koeweits": "Koeweit",
    "Qatarees": "Qatar",
    "Emiraats": "Verenigde Arabische Emiraten",
    "Marokkaans": "Marokko",
    "Algerijns": "Algerije",
    "Soedanees": "Soedan",
    "Zuid-Soedanees": "Zuid-Soedan",
    "Malinees": "Mali",
    "Nigerees": "Niger",
    "Nigeriaans": "Nigeria",
    "Tsjadisch": "Tsjaad",
    "Burkinees": "Burkina Faso",
    "Mauritaans": "Mauritanië",
    "Senegalees": "Senegal",
    "Ghanees": "Ghana",
    "Ivoriaans": "Ivoorkust",
    "Keniaans": "Kenia",
    "Oegandees": "Oeganda",
    "Rwandees": "Rwanda",
    "Burundees": "Burundi",
    "Tanzaniaans": "Tanzania",
    "Zuid-Afrikaans": "Zuid-Afrika",
    "Zimbabwaans": "Zimbabwe",
    "Mozambikaans": "Mozambique",
    "Eritrees": "Eritrea",
    "Chinees": "China",
    "Japans": "Japan",
    "Taiwanees": "Taiwan",
    "Noord-Koreaans": "Noord-Korea",
    "Zuid-Koreaans": "Zuid-Korea",
    "Thais": "Thailand",
    "Vietnamees": "Vietnam",
    "Filipijns": "Filipijnen",
    "Canadees": "Canada",
    "Mexicaans": "Mexico",
    "Braziliaans": "Brazilië",
    "Argentijns": "Argentinië",
    "Venezolaans": "Venezuela",
    "Colombiaans": "Colombia",
    "Cubaans": "Cuba",
    "Chileens": "Chili",
    "Peruaans": "Peru",
    "Surinaams": "Suriname",
    "Arubaans": "Aruba",
    "Curaçaos": "Curaçao",
    "Australisch": "Australië",
    "Nieuw-Zeelands": "Nieuw-Zeeland",
    "Joegoslavisch": "Joegoslavië",
    "Macedonisch": "Macedonië",
    "Noord-Macedonisch": "Noord-Macedonië",
    "Sovjet": "Sovjet-Unie",
    "Frans-": "Frankrijk",
    "Franse": "Frankrijk",
}


def inflections(adjective: str) -> list[str]:
    """The plain and inflected forms: ``Russisch`` -> ``Russisch``, ``Russische``.

    >>> inflections("Portugees"), inflections("Kosovaars")
    (['Portugees', 'Portugese'], ['Kosovaars', 'Kosovaarse'])
    """
    if adjective.endswith("-") or adjective.endswith("e"):
        return [adjective]
    if adjective.endswith("ees"):  # "Portugees" -> "Portugese": the long vowel stays long
        return [adjective, adjective[:-3] + "ese"]
    return [adjective, adjective + "e"]


def derived_adjective(name: str) -> str | None:
    """``Libië`` -> ``Libisch``: the regular adjective of a name in ``-ië``, else None.

    >>> derived_adjective("Georgië")
    'Georgisch'
    """
    return name[:-2] + "isch" if name.endswith("ië") and " " not in name else None


@lru_cache(maxsize=1)
def country_forms() -> dict[str, str]:
    """Every written form (name, alias, adjective) -> the standard Dutch short name.

    >>> forms = country_forms()
    >>> forms["VS"], forms["Russische"], forms["Oekraïense"], forms["Kosovaarse"]
    ('Verenigde Staten', 'Rusland', 'Oekraïne', 'Kosovo')
    """
    forms: dict[str, str] = {}
    for code, name in Locale("nl").territories.items():
        if code.isdigit() or code in NOT_COUNTRIES or len(code) != 2:
            continue
        name = PREFERRED_NAMES.get(code, name)
        forms[name] = name
        adjective = derived_adjective(name)
        if adjective:
            for form in inflections(adjective):
                forms.setdefault(form, name)
    forms.update(ALIASES)
    for adjective, name in ADJECTIVES.items():
        for form in inflections(adjective):
            forms[form] = name
    return forms
