import Foundation
import JSONSchema
import Testing

@Suite("JSON parser and writer")
struct JSONParserTests {
    @Test("reads every JSON type and keeps integers apart from fractions")
    func readsTypes() throws {
        let value = try JSONParser().parse(Data(#"{"a": [1, 2.5, -3e2, true, null, "x\u00e9\ud83d\ude00\n"], "b": {}}"#.utf8))
        #expect(value["a"]?.array?[0] == .integer(1))
        #expect(value["a"]?.array?[1] == .number(2.5))
        #expect(value["a"]?.array?[2] == .number(-300))
        #expect(value["a"]?.array?[3] == .bool(true))
        #expect(value["a"]?.array?[4] == .null)
        #expect(value["a"]?.array?[5] == .string("xé😀\n"))
        #expect(value["b"] == .object(JSONObject()))
    }

    @Test(
        "syntax errors say what and where",
        arguments: [
            ("{\n  \"a\": 1,\n}", 3, 1),
            ("[1, 2", 1, 6),
            ("{\"a\" 1}", 1, 6),
            ("\"tab\there\"", 1, 5),
            ("01", 1, 2),
            ("[1] x", 1, 5),
        ])
    func syntaxErrors(text: String, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(Data(text.utf8)) }
        do {
            _ = try JSONParser().parse(Data(text.utf8))
        } catch {
            #expect(error.line == line && error.column == column, "\(error)")
        }
    }

    @Test("deep nesting is refused, not a stack overflow")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(Data(text.utf8)) }
    }

    @Test("a JSON pointer maps back to its line")
    func pointerLocation() {
        let text = "{\n  \"people\": [\n    {\"name\": \"A\"},\n    {\"name\": 5}\n  ]\n}"
        let location = JSONParser().location(of: "/people/1/name", in: Data(text.utf8))
        #expect(location?.line == 4)
        #expect(location?.column == 14)
    }

    @Test("the writer sorts keys, indents, escapes only what JSON needs, and round-trips")
    func writerRoundTrip() throws {
        let value: JSONValue = ["b": ["x": 1, "a": "é \"q\" \u{1}"], "a": [true, .null, .number(2.5)]]
        let text = JSONWriter().string(value)
        #expect(
            text
                == "{\n  \"a\": [\n    true,\n    null,\n    2.5\n  ],\n  \"b\": {\n    \"a\": \"é \\\"q\\\" \\u0001\",\n    \"x\": 1\n  }\n}\n"
        )
        #expect(try JSONParser().parse(Data(text.utf8)) == value)
    }
}
