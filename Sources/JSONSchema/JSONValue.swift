/// A JSON document in memory. Integers written without fraction or exponent stay integers, so that
/// schema `type: integer` checks and re-serialisation see what the producer wrote.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var object: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value as an integer when it is an integral number (`3` or `3.0`).
    public var integer: Int? {
        switch self {
        case .integer(let value): return value
        case .number(let value) where value.rounded() == value && abs(value) < 9e15: return Int(value)
        default: return nil
        }
    }

    public var double: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }

    public subscript(key: String) -> JSONValue? { object?[key] }

    /// JSON equality as schemas mean it: `1` equals `1.0`, object key order does not matter.
    public func isJSONEqual(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.integer, .number), (.number, .integer), (.integer, .integer), (.number, .number):
            return double == other.double
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.isJSONEqual(to: $1) }
        case (.object(let left), .object(let right)):
            guard left.count == right.count else { return false }
            return left.allSatisfy { key, value in right[key].map { value.isJSONEqual(to: $0) } ?? false }
        default:
            return self == other
        }
    }

    /// The JSON type name used in messages and by schema `type`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON object that remembers the order its keys were read in; lookups go through a dictionary.
public struct JSONObject: Sendable, Hashable, Sequence {
    /// The keys in the order they were first set, and each key's value at the same position.
    public private(set) var keys: [String] = []
    /// The values, in the keys' order.
    public private(set) var values: [JSONValue] = []
    /// Key → position, kept only for objects of more than `indexedFrom` keys: the validator asks each schema object for
    /// some forty keywords, nearly all of them missing, and hashing each name cost more than comparing it with the few
    /// keys a schema object or a ninjs property has.
    private var positions: [String: Int]?
    private static let indexedFrom = 12
    /// Every key is ASCII: then a keyword is found by its bytes (`subscript(keyword:)`), since `==` between Strings
    /// compares canonical equivalence ("\u{212A}" is "K") and costs a call for every key the keyword is not.
    private var asciiKeys = true
    /// Bit n set: some key has n UTF-8 bytes (bit 63: 63 or more). A keyword of a length no key has is missing.
    private var keyLengths: UInt64 = 0

    public init() {}

    public init(_ pairs: [(String, JSONValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex(of: key)
    }

    /// The value of an ASCII keyword (the validator asks each schema object for some forty, nearly all of them
    /// missing): a key of another length is another key, and one of the same length is compared byte by byte.
    package subscript(keyword keyword: StaticString) -> JSONValue? {
        guard asciiKeys, positions == nil, keyword.hasPointerRepresentation, keyword.isASCII else {
            return self[keyword.description]
        }
        let length = keyword.utf8CodeUnitCount
        guard keyLengths & Self.lengthBit(length) != 0 else { return nil }
        let spelled = UnsafeBufferPointer(start: keyword.utf8Start, count: length)
        for index in keys.indices where keys[index].utf8.count == length {
            let equal =
                keys[index].utf8.withContiguousStorageIfAvailable { stored in
                    (0..<length).allSatisfy { stored[$0] == spelled[$0] }
                } ?? keys[index].utf8.elementsEqual(spelled)
            if equal { return values[index] }
        }
        return nil
    }

    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(Swift.min(length, 63)) }

    private static func isASCII(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? key.unicodeScalars.allSatisfy(\.isASCII)
    }

    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { values[$0] } }
        set {
            if let newValue {
                if let position = position(of: key) {
                    values[position] = newValue
                } else {
                    if asciiKeys, !Self.isASCII(key) { asciiKeys = false }
                    keyLengths |= Self.lengthBit(key.utf8.count)
                    keys.append(key)
                    values.append(newValue)
                    if positions != nil {
                        positions?[key] = keys.count - 1
                    } else if keys.count > Self.indexedFrom {
                        positions = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
                    }
                }
            } else if let position = position(of: key) {
                keys.remove(at: position)
                values.remove(at: position)
                keyLengths = keys.reduce(0) { $0 | Self.lengthBit($1.utf8.count) }
                if positions != nil { positions = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }) }
            }
        }
    }

    public func makeIterator() -> AnyIterator<(key: String, value: JSONValue)> {
        var index = 0
        return AnyIterator {
            guard index < keys.count else { return nil }
            defer { index += 1 }
            return (keys[index], values[index])
        }
    }

    /// Equal when both hold the same keys with equal values, in any order (as the dictionary it was compared by).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (index, key) in lhs.keys.enumerated() where rhs[key] != lhs.values[index] { return false }
        return true
    }

    /// Independent of the keys' order, as equality is.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for (index, key) in keys.enumerated() {
            var pair = Hasher()
            pair.combine(key)
            pair.combine(values[index])
            combined ^= pair.finalize()
        }
        hasher.combine(keys.count)
        hasher.combine(combined)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
    public init(nilLiteral: ()) { self = .null }
}
