import NewsModel

/// An e-mail's `Date:` field (RFC 5322 §3.3, with the obsolete forms of §4.3 that mail servers still write) as the
/// ISO 8601 date-time the model carries: "Thu, 19 Feb 2015 17:18:40 +1100" is "2015-02-19T17:18:40+11:00". A
/// value that is not a date-time of that form gives nil: a guess would put a wrong time on the story.
package enum MailDate {
    package static func iso8601(_ field: String) -> String? {
        // A trailing comment ("(UTC)", "(PST)") says again what the zone says.
        var value = Substring(field)
        if let comment = value.firstIndex(of: "(") { value = value[..<comment] }
        var words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        // The day of the week is optional, and says nothing the date does not.
        if let first = words.first, first.hasSuffixOnBytes(",") || weekdays.contains(first) { words.removeFirst() }
        if let first = words.first, first.hasSuffixOnBytes(",") { words[0] = String(first.dropLast()) }
        guard words.count == 4 || words.count == 5 else { return nil }
        guard let day = Int(words[0]), (1...31).contains(day), let month = months.firstIndex(of: words[1].lowercasedOnBytes()),
            var year = Int(words[2]), words[2].count >= 2
        else { return nil }
        // Two-digit years (obsolete syntax): 50 and later are the 1900s.
        if words[2].count == 2 { year += year >= 50 ? 1900 : 2000 }
        guard (1900...9999).contains(year), day <= daysIn(month: month + 1, year: year) else { return nil }
        let time = words[3].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2 || time.count == 3, time.allSatisfy({ $0.count == 2 }), let hour = Int(time[0]), let minute = Int(time[1]),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        var second = 0
        if time.count == 3 {
            guard let value = Int(time[2]), (0...59).contains(value) else { return nil }
            second = value
        }
        let date = pad(year, 4) + "-" + pad(month + 1, 2) + "-" + pad(day, 2)
        let clock = pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        // No zone, or "-0000" (RFC 5322: the local time is known, its zone is not): the time without an offset.
        guard words.count == 5, let offset = zoneOffset(words[4]) else { return date + "T" + clock }
        return date + "T" + clock + offset
    }

    /// "+1100" → "+11:00", "GMT" → "+00:00"; nil for "-0000" and for military and unknown zones (their meaning was
    /// never settled, RFC 5322 §4.3).
    private static func zoneOffset(_ zone: String) -> String? {
        if let named = namedZones[zone.uppercased()] { return named }
        let bytes = Array(zone.utf8)
        guard bytes.count == 5, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[1...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        let hours = Int(bytes[1] - 0x30) * 10 + Int(bytes[2] - 0x30)
        let minutes = Int(bytes[3] - 0x30) * 10 + Int(bytes[4] - 0x30)
        guard hours <= 14, minutes <= 59, !(zone == "-0000") else { return nil }
        return String(zone.prefix(3)) + ":" + String(zone.suffix(2))
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let weekdays: Set<String> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let namedZones: [String: String] = [
        "UT": "+00:00", "UTC": "+00:00", "GMT": "+00:00", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00",
        "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
    ]
}
