#!/usr/bin/env python3
"""Writes NewsMLKit's own ninjs schemas (3.2, 2.3 and 1.7) into Sources/NewsMLKit/Schemas/.

They describe exactly what NewsMLKit's ninjs writer emits, more strictly than IPTC's schemas (every object
closed, every identifier an absolute URI), so that a document they accept is also valid under IPTC's
ninjs 3.2 / 2.3. Both come from one description; 2.x spells property names in lower case.
Run: python3 scripts/generate-ninjs-schemas.py
"""
import json, os

DATE = {"type": "string", "format": "date-time"}
URI = {"type": "string", "format": "uri"}
TEXT = {"type": "string", "minLength": 1}


def closed(properties, required=()):
    schema = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


def array_of(item):
    return {"type": "array", "minItems": 1, "items": item}


def describe(version):
    lower = version.startswith("2")
    k = (lambda name: "embargoed" if lower and name == "embargoedUntil" else name.lower() if lower else name)
    text_with_role = closed({"role": TEXT, k("contentType"): TEXT, "value": {"type": "string"}}, ["value"])
    entity = closed({"name": TEXT, "rel": TEXT, "uri": URI, "literal": TEXT})
    subject = closed({"name": TEXT, "rel": TEXT, "uri": URI, "literal": TEXT, "creator": TEXT,
                      "relevance": {"type": "integer", "minimum": 0, "maximum": 100},
                      "confidence": {"type": "integer", "minimum": 0, "maximum": 100}})
    rendition = closed({"name": TEXT, "href": URI, k("contentType"): TEXT,
                        "width": {"type": "integer", "minimum": 0}, "height": {"type": "integer", "minimum": 0},
                        k("sizeInBytes"): {"type": "integer", "minimum": 0}, "duration": {"type": "number", "minimum": 0}},
                       ["name"])
    body = closed({"role": TEXT, k("contentType"): {"enum": ["application/xhtml+xml", "text/plain"]},
                   k("charCount"): {"type": "integer", "minimum": 0}, k("wordCount"): {"type": "integer", "minimum": 0},
                   "value": {"type": "string"}}, ["value"])
    common = {
        "uri": URI,
        "type": {"enum": ["text", "picture", "graphic", "audio", "video", "composite"]},
        "version": {"type": "string", "pattern": "^[1-9][0-9]*$"},
        k("copyrightHolder"): TEXT, k("copyrightNotice"): TEXT, k("usageTerms"): TEXT,
        "descriptions": array_of(text_with_role),
        "headlines": array_of(text_with_role),
        "by": TEXT,
        "renditions": array_of({"$ref": "#/$defs/rendition"}),
    }
    picture_properties = dict(common)
    picture_properties["name"] = TEXT
    if not lower:
        picture_properties["rel"] = TEXT
    association = closed(picture_properties, ["name", "uri"])
    item = dict(common)
    item.update({
        "standard": closed({"name": {"const": "ninjs"}, "version": {"const": version},
                            "schema": {"const": "http://www.iptc.org/std/ninjs/ninjs-schema_%s.json" % version}},
                           ["name", "version", "schema"]),
        k("firstCreated"): DATE, k("versionCreated"): DATE, k("contentCreated"): DATE, k("embargoedUntil"): DATE,
        "expires": DATE,
        k("pubStatus"): {"enum": ["usable", "withheld", "canceled"]},
        "urgency": {"type": "integer", "minimum": 1, "maximum": 9},
        k("edNote"): TEXT, "language": {"type": "string", "pattern": "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"},
        "title": TEXT, "slugline": TEXT, "located": TEXT,
        "bodies": array_of({"$ref": "#/$defs/body"}),
        "people": array_of({"$ref": "#/$defs/entity"}),
        "organisations": array_of({"$ref": "#/$defs/entity"}),
        "places": array_of({"$ref": "#/$defs/entity"}),
        "events": array_of({"$ref": "#/$defs/entity"}),
        "objects": array_of({"$ref": "#/$defs/entity"}),
        "subjects": array_of({"$ref": "#/$defs/subject"}),
        "genres": array_of(closed({"name": TEXT, "uri": URI, "literal": TEXT})),
        k("infoSources"): array_of(closed({"name": TEXT, "role": TEXT, "uri": URI, "literal": TEXT})),
        k("altIds"): array_of(closed({"role": TEXT, "value": {"type": "string"}}, ["value"])),
        "associations": array_of({"$ref": "#/$defs/association"}),
    })
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsmlkit.example/schemas/newsmlkit-ninjs-%s.json" % version,
        "title": "What NewsMLKit writes as ninjs %s (stricter than IPTC's schema; written by the NewsMLKit team)" % version,
        "$defs": {"entity": entity, "subject": subject, "rendition": rendition, "body": body, "association": association},
        **closed(item, ["standard", "uri", "type", "version", k("versionCreated"), k("pubStatus")]),
    }


def describe_legacy():
    """ninjs 1.7 as NewsMLKit writes it: single headline, body_html, entities with scheme and code, objects keyed by name."""
    key = {"type": "object", "additionalProperties": False, "minProperties": 1,
           "patternProperties": {"^[a-zA-Z0-9_]+$": {"$ref": "#/$defs/rendition"}}}
    rendition = closed({"href": URI, "mimetype": TEXT, "width": {"type": "integer", "minimum": 0},
                        "height": {"type": "integer", "minimum": 0}, "sizeinbytes": {"type": "integer", "minimum": 0}},
                       ["href"])
    concept = closed({"name": TEXT, "scheme": URI, "code": TEXT})
    subject = closed({"name": TEXT, "scheme": URI, "code": TEXT,
                      "relevance": {"type": "integer", "minimum": 0, "maximum": 100},
                      "confidence": {"type": "integer", "minimum": 0, "maximum": 100}})
    picture = closed({"uri": URI, "type": {"const": "picture"}, "description_text": TEXT, "byline": TEXT,
                      "copyrightholder": TEXT, "copyrightnotice": TEXT, "usageterms": TEXT, "renditions": key},
                     ["uri", "type"])
    utc = {"type": "string", "format": "date-time", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"}
    item = {
        "uri": URI, "type": {"enum": ["text", "picture", "graphic", "audio", "video", "composite"]},
        "version": {"type": "string", "pattern": "^[1-9][0-9]*$"},
        "firstcreated": utc, "versioncreated": utc, "contentcreated": utc, "embargoed": utc, "expires": utc,
        "pubstatus": {"enum": ["usable", "withheld", "canceled"]}, "urgency": {"type": "integer", "minimum": 1, "maximum": 9},
        "copyrightholder": TEXT, "copyrightnotice": TEXT, "usageterms": TEXT, "ednote": TEXT,
        "language": {"type": "string", "pattern": "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"},
        "title": TEXT, "slugline": TEXT, "headline": TEXT, "byline": TEXT, "located": TEXT, "description_text": TEXT,
        "body_html": {"type": "string"}, "body_text": {"type": "string"},
        "charcount": {"type": "integer", "minimum": 0}, "wordcount": {"type": "integer", "minimum": 0},
        "person": array_of({"$ref": "#/$defs/concept"}), "organisation": array_of({"$ref": "#/$defs/concept"}),
        "place": array_of({"$ref": "#/$defs/concept"}), "event": array_of({"$ref": "#/$defs/concept"}),
        "object": array_of({"$ref": "#/$defs/concept"}), "subject": array_of({"$ref": "#/$defs/subject"}),
        "genre": array_of(closed({"name": TEXT, "code": TEXT})),
        "renditions": key,
        "associations": {"type": "object", "additionalProperties": False, "minProperties": 1,
                         "patternProperties": {"^[a-zA-Z0-9_]+$": {"$ref": "#/$defs/picture"}}},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsmlkit.example/schemas/newsmlkit-ninjs-1.7.json",
        "title": "What NewsMLKit writes as ninjs 1.7 (stricter than IPTC's schema; written by the NewsMLKit team)",
        "$defs": {"rendition": rendition, "concept": concept, "subject": subject, "picture": picture},
        **closed(item, ["uri", "type", "version", "versioncreated", "pubstatus"]),
    }


here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "NewsMLKit", "Schemas")
for version in ("3.2", "2.3"):
    with open(os.path.join(here, "newsmlkit-ninjs-%s.json" % version), "w") as f:
        json.dump(describe(version), f, indent=2, sort_keys=True)
        f.write("\n")
with open(os.path.join(here, "newsmlkit-ninjs-1.7.json"), "w") as f:
    json.dump(describe_legacy(), f, indent=2, sort_keys=True)
    f.write("\n")
