import Foundation
import JSONSchema
import NewsModel

/// ninjs dates are RFC 3339 date-times; NewsML-G2 allows a missing zone and (for some properties) a
/// date alone. Such values are completed with the assumption named in a warning, never silently.
enum NinjsDate {
    static func rfc3339(_ value: String, field: String, diagnostics: inout [Diagnostic]) -> String? {
        let trimmed = value.trimmingWhitespace()
        if isRFC3339(trimmed) { return trimmed }
        var candidate = trimmed
        let scalars = Array(trimmed.utf8)
        if scalars.count == 10, isRFC3339(trimmed + "T00:00:00Z") {
            candidate = trimmed + "T00:00:00Z"
        } else if isRFC3339(trimmed + "Z") {
            candidate = trimmed + "Z"
        } else if scalars.count > 19, isRFC3339(String(trimmed.prefix(19)) + "Z"),
            trimmed.dropFirst(19).allSatisfy({ $0.isNumber || $0 == "." })
        {
            candidate = trimmed + "Z"
        }
        guard isRFC3339(candidate) else {
            diagnostics.append(.warning("ninjs.date.dropped", "\(field) '\(trimmed)' is not a date-time ninjs can carry; it was left out"))
            return nil
        }
        diagnostics.append(
            .warning("ninjs.date.assumed-utc", "\(field) '\(trimmed)' has no time zone; ninjs needs one, UTC was assumed: '\(candidate)'"))
        return candidate
    }

    /// An RFC 3339 date-time as the same instant in UTC, whole seconds, `Z`: the form every ninjs 1.x reader parses.
    static func utc(_ rfc3339: String) -> String? {
        guard let date = fractional.date(from: rfc3339) ?? whole.date(from: rfc3339) else { return nil }
        return whole.string(from: date)
    }

    // Built once: a formatter costs more to create than writing an item. ISO8601DateFormatter is thread-safe.
    nonisolated(unsafe) private static let fractional: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()
    nonisolated(unsafe) private static let whole: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }()

    /// RFC 3339 date-time, as the JSON Schema `date-time` format checks it.
    static func isRFC3339(_ text: String) -> Bool { FormatChecker.isDateTime(text) }
}
