#!/usr/bin/env python3
"""Generate Sources/Entities/Gazetteer/given-names.txt and surnames.txt: given names and surnames of many
countries, one per line, from the first-name and last-name tables of the PyPI package `faker` (MIT License), all of
its locales written in Latin, Cyrillic or Greek letters. The entity-acceptance step reads "the name starts with a known given name" as a feature: a
person's name usually does, a street, a province or a newspaper ("Miller Drive", "Gangwon Province", "Le Figaro")
does not; likewise "the name ends with a known surname" ("Díaz Ayuso", "Abu Hasira").

Names that are also the full name of a month or a weekday in a language that capitalises them ("June", "Mai", "Juli")
are left out: they are no evidence of a person (CLDR's calendar names, from babel). Only English and German: the other
languages write their months and weekdays in small letters, so a capitalised "Julio", "Domingo" or "Maja" in their copy
is a person; and only the full names: an abbreviated month stands before its day's number ("Jan 5"), while "Jan",
"Sam" and "Mar" before a surname are people.

Usage: pip install faker==40.63.0 babel==2.19.0 && python3 scripts/generate-given-names.py
"""
import importlib
import os
import pkgutil
import unicodedata

import faker.providers.person as person
from babel import Locale

GAZETTEER = os.path.join(os.path.dirname(__file__), "..", "Sources", "Entities", "Gazetteer")
SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
CALENDAR_LANGUAGES = ["en", "de"]


def calendar_names():
    """Month and weekday names in full, capitalised, in CALENDAR_LANGUAGES."""
    names = set()
    for language in CALENDAR_LANGUAGES:
        locale = Locale(language)
        for table in (locale.months, locale.days):
            for context in table.values():
                for name in context["wide"].values():
                    names.add(name[:1].upper() + name[1:])
    return names


def written_in_known_script(name):
    return all(c in "-'’" or (c.isalpha() and unicodedata.name(c, "").startswith(SCRIPTS)) for c in name)


def table(attributes, romanized=()):
    """The one-word, capitalised names of faker's person providers' `attributes` tables, NFC; and the `romanized`
    tables of the locales in ROMANIZED_LOCALES."""
    names = set()
    for module in pkgutil.iter_modules(person.__path__):
        tables = tuple(attributes) + (tuple(romanized) if module.name in ROMANIZED_LOCALES else ())
        try:
            provider = importlib.import_module("faker.providers.person." + module.name).Provider
        except Exception:
            continue
        for attribute in tables:
            value = getattr(provider, attribute, None)
            if not isinstance(value, (dict, list, tuple, set)):
                continue
            for name in value:
                name = unicodedata.normalize("NFC", name.strip())
                # One capitalised word (hyphenated names stay whole): what the recogniser's tokens look like.
                if len(name) >= 2 and " " not in name and name[0].isupper() and written_in_known_script(name):
                    names.add(name)
    return names - calendar_names() - GERMAN_POLITE_PRONOUNS


# Japanese names as English copy writes them ("Yuki Muto", "Tomoya Ugajin"): faker's ja_JP romanized tables. (Not
# zh_CN's: its romanized given names are single syllables — "Li", "Na", "Gang" — that would make ordinary words names.)
ROMANIZED_LOCALES = {"ja_JP"}


# German writes its polite "you" with a capital wherever it stands ("Haben Sie Fragen?", "Wissen Sie …"): before a noun
# it would open a run of capitalised words that a given name makes a person's name.
GERMAN_POLITE_PRONOUNS = {"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"}


def write(file, names, what):
    path = os.path.join(GAZETTEER, file)
    with open(path, "w", encoding="utf-8") as out:
        out.write("# %s of many countries, from faker's %s tables (MIT); see NOTICE\n" % what)
        for name in sorted(names):
            out.write(name + "\n")
    print(f"wrote {len(names)} names to {path}")


def main():
    write("given-names.txt", table(("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"),
                                   ("first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")),
          ("given names", "first-name"))
    write("surnames.txt", table(("last_names", "last_names_male", "last_names_female", "last_names_nonbinary"),
                                ("last_romanized_names",)),
          ("surnames", "last-name"))


if __name__ == "__main__":
    main()
