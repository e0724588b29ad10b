import Foundation
import JSONSchema
import TestSupport
import Testing

@Suite("JSON Schema validator")
struct JSONSchemaValidatorTests {
    func validator(_ schema: String, formats: FormatAssertions = [.dateTime]) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schemaData: Data(schema.utf8), formats: formats)
    }

    func violations(_ schema: String, _ instance: String, formats: FormatAssertions = [.dateTime]) throws -> [JSONSchemaViolation] {
        try validator(schema, formats: formats).validate(JSONParser().parse(Data(instance.utf8)))
    }

    @Test("unevaluatedProperties sees through $ref and allOf (2020-12)")
    func unevaluatedProperties() throws {
        let schema = #"""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "#/$defs/base",
             "allOf": [{"properties": {"extra": {"type": "integer"}}}], "unevaluatedProperties": false,
             "$defs": {"base": {"type": "object", "properties": {"uri": {"type": "string", "format": "uri"}}, "required": ["uri"]}}}
            """#
        #expect(try violations(schema, #"{"uri": "a:b", "extra": 1}"#).isEmpty)
        let found = try violations(schema, #"{"uri": "a:b", "other": 1}"#)
        #expect(found.map(\.instancePointer) == ["/other"])
        #expect(found.first?.message.contains("\"other\" is not allowed") == true)
        #expect(try violations(schema, #"{"extra": "x"}"#).map(\.instancePointer).sorted() == ["", "/extra"])
    }

    @Test("unevaluatedProperties only in a referenced schema: the validator still tracks what was evaluated")
    func unevaluatedPropertiesBehindAReference() throws {
        let schema = #"""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "#/$defs/closed",
             "$defs": {"closed": {"allOf": [{"properties": {"a": {"type": "integer"}}}], "unevaluatedProperties": false}}}
            """#
        #expect(try violations(schema, #"{"a": 1}"#).isEmpty)
        #expect(try violations(schema, #"{"a": 1, "b": 2}"#).map(\.instancePointer) == ["/b"])
        // Reported where it fails, though validity is first asked without the paths.
        let nested = try violations(
            #"{"properties": {"list": {"items": {"properties": {"n": {"type": "integer"}}}}}}"#, #"{"list": [{"n": 1}, {"n": "x"}]}"#)
        #expect(nested.map(\.instancePointer) == ["/list/1/n"])
        #expect(nested.map(\.keywordLocation) == ["/properties/list/items/properties/n/type"])
    }

    @Test("draft-04 $ref ignores its siblings; 2020-12 applies them")
    func referenceSiblings() throws {
        let draft4 =
            ##"{"$schema": "http://json-schema.org/draft-04/schema#", "definitions": {"s": {"type": "string"}}, "$ref": "#/definitions/s", "maxLength": 1}"##
        #expect(try violations(draft4, #""abc""#).isEmpty)
        let draft2020 = ##"{"$defs": {"s": {"type": "string"}}, "$ref": "#/$defs/s", "maxLength": 1}"##
        #expect(try violations(draft2020, #""abc""#).count == 1)
    }

    @Test("draft-03 required flags, draft-04 exclusive bounds and integer rules")
    func olderDrafts() throws {
        let draft3 =
            #"{"$schema": "http://json-schema.org/draft-03/schema#", "type": "object", "properties": {"uri": {"type": "string", "required": true}}}"#
        #expect(try violations(draft3, "{}").first?.message.contains("\"uri\" is missing") == true)
        let draft4 = #"{"$schema": "http://json-schema.org/draft-04/schema#", "type": "integer", "maximum": 9, "exclusiveMaximum": true}"#
        #expect(try violations(draft4, "9").count == 1)
        #expect(try violations(draft4, "8.0").count == 1)
        #expect(try violations(#"{"type": "integer"}"#, "8.0").isEmpty)
    }

    @Test("oneOf, anyOf, not, enum, const, pattern and bounds report at the right pointer")
    func assertions() throws {
        let schema = #"""
            {"type": "object", "properties": {
              "status": {"enum": ["usable", "withheld", "canceled"]},
              "urgency": {"type": "integer", "minimum": 1, "maximum": 9},
              "code": {"type": "string", "pattern": "^[A-Z]{2}$"},
              "either": {"oneOf": [{"type": "string"}, {"type": "integer", "minimum": 0}, {"type": "integer", "maximum": 10}]},
              "any": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
              "never": {"not": {"type": "null"}},
              "fixed": {"const": {"a": 1}},
              "list": {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": true}
            }, "additionalProperties": false}
            """#
        #expect(
            try violations(
                schema, #"{"status": "usable", "urgency": 3, "code": "FR", "either": "x", "any": true, "fixed": {"a": 1.0}, "list": ["a"]}"#
            ).isEmpty)
        let found = try violations(
            schema,
            #"{"status": "gone", "urgency": 10, "code": "fr", "either": 5, "any": 1, "never": null, "fixed": {"a": 2}, "list": ["a", "a", 3], "zzz": 1}"#
        )
        #expect(
            Set(found.map(\.instancePointer)) == [
                "/status", "/urgency", "/code", "/either", "/any", "/never", "/fixed", "/list/1", "/list/2", "/zzz",
            ])
    }

    @Test("format date-time is asserted as RFC 3339; uri only when asked")
    func formats() throws {
        let schema = #"{"properties": {"when": {"format": "date-time"}, "uri": {"format": "uri"}}}"#
        #expect(try violations(schema, #"{"when": "2026-02-28T10:00:00+01:00", "uri": "bare"}"#).isEmpty)
        #expect(try violations(schema, #"{"when": "2026-02-29T10:00:00Z"}"#).count == 1)
        #expect(try violations(schema, #"{"when": "2019-10-08T12:00:00"}"#).count == 1)
        #expect(try violations(schema, #"{"uri": "bare"}"#, formats: [.dateTime, .uri]).count == 1)
        #expect(try violations(schema, #"{"uri": "http://example.com/a b"}"#, formats: [.uri]).count == 1)
    }

    @Test("a reference that cannot be resolved is a violation, never a network fetch")
    func unresolvedReference() throws {
        let found = try violations(#"{"$ref": "https://example.com/elsewhere.json"}"#, "1")
        #expect(found.first?.message.contains("cannot be resolved") == true)
    }

    @Test("a self-referencing schema terminates")
    func recursion() throws {
        #expect(try violations(##"{"$ref": "#"}"##, "1").first?.message.contains("nest deeper") == true)
        let tree = ##"{"type": "object", "properties": {"child": {"$ref": "#"}}, "additionalProperties": false}"##
        #expect(try violations(tree, #"{"child": {"child": {"bad": 1}}}"#).map(\.instancePointer) == ["/child/child/bad"])
    }
}
