/// The JSON Schema drafts whose rules differ in ways the validator must honour.
public enum JSONSchemaDialect: Int, Sendable, Comparable {
    case draft3 = 3
    case draft4 = 4
    case draft6 = 6
    case draft7 = 7
    case draft2019 = 2019
    case draft2020 = 2020

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The dialect a `$schema` URI names; unknown or absent means 2020-12.
    init(schemaURI: String?) {
        guard let uri = schemaURI else {
            self = .draft2020
            return
        }
        // An ASCII URI (every dialect's) is searched on its bytes: there each Character is a byte, and no needle holds
        // the CR or LF of the one Character of two. Another is searched by Characters, as before.
        let bytes = Array(uri.utf8)
        let ascii = bytes.allSatisfy { $0 < 0x80 }
        func names(_ needle: String) -> Bool {
            guard ascii else { return uri.contains(needle) }
            let pattern = Array(needle.utf8)
            guard bytes.count >= pattern.count else { return false }
            return (0...(bytes.count - pattern.count)).contains { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) }
        }
        if names("draft-03") {
            self = .draft3
        } else if names("draft-04") {
            self = .draft4
        } else if names("draft-06") {
            self = .draft6
        } else if names("draft-07") {
            self = .draft7
        } else if names("2019-09") {
            self = .draft2019
        } else {
            self = .draft2020
        }
    }

    /// Up to draft-07 a `$ref` replaces its whole schema object; later drafts apply its siblings too.
    var refOverridesSiblings: Bool { self <= .draft7 }
    var identifierKeyword: String { self <= .draft4 ? "id" : "$id" }
    /// Draft-03 and draft-04 do not count `1.0` as an integer.
    var floatsAreIntegers: Bool { self >= .draft6 }
}
