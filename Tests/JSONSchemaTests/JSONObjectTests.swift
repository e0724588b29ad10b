import JSONSchema
import Testing

/// JSONObject keeps its keys in order and finds them without hashing while it is small, with an index past a dozen keys:
/// both ways must answer as the dictionary it used to be.
@Suite("JSON objects")
struct JSONObjectTests {
    @Test("lookups, updates and removals answer the same below and above the index threshold", arguments: [3, 12, 13, 40])
    func behavesAsDictionary(count: Int) {
        var object = JSONObject()
        var reference: [String: JSONValue] = [:]
        for number in 0..<count {
            object["k\(number)"] = .integer(number)
            reference["k\(number)"] = .integer(number)
        }
        object["k1"] = "changed"
        reference["k1"] = "changed"
        object["k0"] = nil
        reference["k0"] = nil
        object["missing"] = nil
        object["late"] = .bool(true)
        reference["late"] = .bool(true)
        #expect(object.count == reference.count)
        for (key, value) in reference { #expect(object[key] == value, "\(key)") }
        #expect(object["k0"] == nil)
        #expect(object["absent"] == nil)
        #expect(Array(object.keys.suffix(1)) == ["late"])
        #expect(object.keys.first == (count > 1 ? "k1" : "late"))
        #expect(object.map(\.key) == object.keys)
    }

    @Test("equality and hashing ignore the keys' order")
    func orderIndependent() {
        let pairs: [(String, JSONValue)] = (0..<20).map { ("key\($0)", .integer($0)) }
        let forward = JSONObject(pairs)
        let backward = JSONObject(pairs.reversed())
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        #expect(Set([JSONValue.object(forward), .object(backward)]).count == 1)
        var changed = backward
        changed["key3"] = .integer(4)
        #expect(forward != changed)
        #expect(JSONObject([("a", 1)]) != JSONObject([("a", 1), ("b", 2)]))
        #expect(JSONObject([("a", 1), ("b", 2)]) != JSONObject([("a", 1), ("c", 2)]))
    }

    /// The validator's keywords, looked up by their bytes and key lengths, must find what the String key finds.
    @Test("a keyword finds what its String key finds", arguments: [2, 12, 13])
    func keywordLookup(extra: Int) {
        var object = JSONObject()
        object["type"] = "object"
        object["properties"] = .object(JSONObject())
        object["maxLength"] = 4
        for number in 0..<extra { object["x\(number)"] = .integer(number) }
        #expect(object[keyword: "type"] == object["type"])
        #expect(object[keyword: "properties"] == object["properties"])
        #expect(object[keyword: "maxLength"] == 4)
        // Missing, of a length some key has and of one no key has.
        #expect(object[keyword: "enum"] == nil)
        #expect(object[keyword: "minLength"] == nil)
        #expect(object[keyword: "additionalProperties"] == nil)
        object["maxLength"] = nil
        #expect(object[keyword: "maxLength"] == nil)
        #expect(object[keyword: "type"] == "object")
        // A key equal to a keyword only by canonical equivalence (KELVIN SIGN is "K"): the String comparison decides.
        var kelvin = JSONObject()
        kelvin["\u{212A}ey"] = "value"
        #expect(kelvin[keyword: "Key"] == kelvin["Key"])
        #expect(kelvin[keyword: "Key"] == "value")
        // A long key and a keyword of 63 bytes or more share the last length bit.
        var long = JSONObject()
        long[String(repeating: "a", count: 70)] = 1
        #expect(long[keyword: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"] == nil)
        #expect(long[keyword: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"] == 1)
    }
}
