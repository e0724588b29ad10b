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
        } else if scalars.count > 19, isRFC3339(String(trimmed.prefix(19)) + "Z"), trimmed.dropFirst(19).allSatisfy({ $0.isNumber || $0 == "." }) {
            candidate = trimmed + "Z"
        }
        guard isRFC3339(candidate) else {
            diagnostics.append(.warning("ninjs.date.dropped", "\(field) '\(trimmed)' is not a date-time ninjs can carry; it was left out"))
            return nil
        }
        diagnostics.append(.warning("ninjs.date.assumed-utc", "\(field) '\(trimmed)' has no time zone; ninjs needs one, UTC was assumed: '\(candidate)'"))
        return candidate
    }

    /// RFC 3339 date-time: `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`, with real calendar days.
    static func isRFC3339(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), bytes.count > 19, bytes[4] == 45, let month = number(5, 2), bytes[7] == 45, let day = number(8, 2),
              bytes[10] == 84 || bytes[10] == 116, let hour = number(11, 2), bytes[13] == 58, let minute = number(14, 2), bytes[16] == 58,
              let second = number(17, 2) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), day >= 1, day <= days[month - 1], hour < 24, minute < 60, second <= 60 else { return false }
        var index = 19
        if bytes[index] == 46 {
            index += 1
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            guard index > start, index < bytes.count else { return false }
        }
        if bytes[index] == 90 || bytes[index] == 122 { return index + 1 == bytes.count }
        guard bytes[index] == 43 || bytes[index] == 45, let offsetHour = number(index + 1, 2), index + 3 < bytes.count, bytes[index + 3] == 58,
              let offsetMinute = number(index + 4, 2) else { return false }
        return offsetHour < 24 && offsetMinute < 60 && index + 6 == bytes.count
    }
}
