/// One way an instance breaks a schema: where in the instance (a JSON pointer), which keyword of the
/// schema (a JSON pointer into the schema document), and a sentence a person can act on.
public struct JSONSchemaViolation: Sendable, Hashable, CustomStringConvertible {
    public var instancePointer: String
    public var keywordLocation: String
    public var message: String

    public var description: String { "\(instancePointer.isEmpty ? "/" : instancePointer): \(message)" }
}

/// Which `format` values are asserted. JSON Schema 2020-12 only annotates formats by default; checking
/// date-time matches what IPTC's reference validator does, uri is stricter and used on our own outputs.
public struct FormatAssertions: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let dateTime = FormatAssertions(rawValue: 1)
    public static let uri = FormatAssertions(rawValue: 2)
}

/// Why a schema could not be used.
public struct JSONSchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) {
        self.message = message
    }
}
