import Foundation
import JSONSchema
import NewsModel

/// Diagnostics as the CLI and the service print them.
public enum DiagnosticFormatter {
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { $0.description + "\n" }.joined()
    }

    /// `compact`: on one line (as the queue stores it), else indented for a person.
    public static func json(_ value: some Encodable, compact: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "[]"
    }

    /// The compact form of `json(_:compact:)` for diagnostics, written by the project's `JSONWriter` (keys sorted,
    /// one line): the queue stores one for every job, and `JSONEncoder` took a tenth of a worker's CPU beside the
    /// conversions. The same bytes as the encoder's, but for U+2028 and U+2029, which the writer escapes.
    public static func compactJSON(_ diagnostics: [Diagnostic]) -> String {
        let values = diagnostics.map { diagnostic -> JSONValue in
            var location: [(String, JSONValue)] = []
            if let column = diagnostic.location.column { location.append(("column", .integer(column))) }
            if let file = diagnostic.location.file { location.append(("file", .string(file))) }
            if let line = diagnostic.location.line { location.append(("line", .integer(line))) }
            if let pointer = diagnostic.location.pointer { location.append(("pointer", .string(pointer))) }
            return .object(
                JSONObject([
                    ("id", .string(diagnostic.id)), ("location", .object(JSONObject(location))), ("message", .string(diagnostic.message)),
                    ("severity", .string(diagnostic.severity.rawValue)),
                ]))
        }
        return JSONWriter(indent: false).string(.array(values))
    }
}
