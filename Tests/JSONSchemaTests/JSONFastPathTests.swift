import Foundation
import Testing

@testable import JSONSchema

/// The byte-level paths of the writer, the pointer escaping, the format checks and the dialect test, each held to the
/// Character- or Foundation-level operation it stands in for, on texts made to tell them apart.
@Suite("JSON byte paths")
struct JSONFastPathTests {
    /// Texts with every escape the writer knows, the characters around them and the scripts news copy carries.
    static let texts: [String] = [
        "", "plain", "quote \" backslash \\ slash /", "line\nfeed\rreturn\r\ncrlf\ttab", "\u{08}\u{0C}\u{00}\u{01}\u{1F}\u{7F}",
        "sep\u{2028}para\u{2029}end", "\u{2027}\u{202A}", "café naïve Zürich", "Москва", "東京", "emoji 👍🏽 and 🇫🇷",
        "e\u{301} combining", " \u{301}space-mark", "\u{FEFF}bom", "a\u{FEFF}b", "\u{FEFF}", "\u{FEFF}%41", "~0 ~1 ~ / %2F %7e", "a/b~c",
        "%", "~",
    ]

    /// The writer as it was: scalar by scalar into a String.
    static func referenceString(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    @Test("strings are written as the scalar-by-scalar writer wrote them")
    func writerEscapesAsBefore() throws {
        for text in Self.texts {
            var bytes: [UInt8] = []
            JSONWriter.writeString(text, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == Self.referenceString(text), "\(text.debugDescription)")
        }
        let document: JSONValue = .object(
            JSONObject([("b", .array(Self.texts.map(JSONValue.string))), ("a", .integer(-3)), ("c", .number(2.5))]))
        let written = JSONWriter().string(document)
        #expect(written.hasPrefix("{\n  \"a\": -3,\n  \"b\": [\n    \"\",\n    \"plain\""))
        #expect(JSONWriter().data(document) == Data(written.utf8))
        #expect(try JSONParser().parse(JSONWriter().data(document)) == document)
    }

    @Test("pointer tokens escape and unescape as Foundation's replacing does")
    func pointerTokens() {
        for text in Self.texts {
            #expect(JSONPointer.escape(text) == text.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1"))
            let reference = (text.removingPercentEncoding ?? text).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(
                of: "~0", with: "~")
            #expect(JSONPointer.fragmentKey(Substring(text)) == reference, "\(text.debugDescription)")
        }
    }

    @Test("absolute URIs and date-times are told apart as the Character checks told them")
    func formats() {
        let uris = [
            "http://cv.iptc.org/newscodes/genre/", "urn:newsml:apa.at:20150716:APA0001", "x:", ":x", "1ab:c", "a+b-c.d:e", "a_b:c",
            "http://a b", "http://a\tb", "http://a\r\nb", "http://x/<y>", "http://x/{y}", "http://x/|", "http://x/^", "http://x/`",
            "http://x/\\", "http://x/\"", "http://x/é", "é:x", "http://x/\u{7F}", "mailto:a@b", "", "http", "tag:a,2026:x#frag",
            "ab\u{301}:x",
        ]
        for uri in uris {
            let bytes = Array(uri.utf8)
            if let fast = bytes.withUnsafeBufferPointer(FormatChecker.asciiIsAbsoluteURI) {
                #expect(fast == FormatChecker.characterIsAbsoluteURI(uri), "\(uri.debugDescription)")
            }
            #expect(FormatChecker.isAbsoluteURI(uri) == FormatChecker.characterIsAbsoluteURI(uri), "\(uri.debugDescription)")
        }
        for (text, valid) in [
            ("2026-12-07T22:59:01Z", true), ("2026-12-07t22:59:01z", true), ("2026-12-07T22:59:01.5+01:00", true),
            ("2026-12-07 22:59:01Z", false), ("2026-02-30T00:00:00Z", false), ("2026-12-07T22:59:01", false),
            ("2026-12-07T22:59:01ż", false),
        ] {
            #expect(FormatChecker.isDateTime(text) == valid, "\(text)")
        }
    }

    @Test("a $schema URI names the dialect it named before, ASCII or not")
    func dialects() {
        func reference(_ uri: String) -> JSONSchemaDialect {
            if uri.contains("draft-03") { return .draft3 }
            if uri.contains("draft-04") { return .draft4 }
            if uri.contains("draft-06") { return .draft6 }
            if uri.contains("draft-07") { return .draft7 }
            if uri.contains("2019-09") { return .draft2019 }
            return .draft2020
        }
        for uri in [
            "http://json-schema.org/draft-04/schema#", "https://json-schema.org/draft/2019-09/schema",
            "http://json-schema.org/draft-07/schema",
            "https://json-schema.org/draft/2020-12/schema", "draft-0", "", "é draft-03", "draft-03\u{301}", "urn:x:draft-06",
        ] {
            #expect(JSONSchemaDialect(schemaURI: uri) == reference(uri), "\(uri)")
        }
        #expect(JSONSchemaDialect(schemaURI: nil) == .draft2020)
    }

    @Test("a reference resolves the same on every use, and one that cannot be resolved fails every time")
    func referencesResolvedOnce() throws {
        let schema = #"""
            {"$defs": {"name": {"type": "string"}, "a/b": {"minimum": 2}},
             "properties": {"n": {"$ref": "#/$defs/name"}, "m": {"$ref": "#/$defs/a~1b"}, "x": {"$ref": "#/$defs/missing"}}}
            """#
        let validator = try JSONSchemaValidator(schemaData: Data(schema.utf8))
        for _ in 0..<3 {
            let good = try JSONParser().parse(Data(#"{"n": "text", "m": 3}"#.utf8))
            #expect(validator.validate(good).isEmpty)
            let bad = try JSONParser().parse(Data(#"{"n": 1, "m": 1, "x": 0}"#.utf8))
            let found = validator.validate(bad).map(\.keywordLocation)
            #expect(found == ["/properties/n/$ref/type", "/properties/m/$ref/minimum", "/properties/x/$ref"])
        }
    }
}
