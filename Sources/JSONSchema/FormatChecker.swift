/// The `format` checks this validator asserts. Each returns a sentence when the text breaks the format.
/// `isDateTime` and `isAbsoluteURI` are public so that writers hold their output to the same rules.
public enum FormatChecker {
    static func problem(with text: String, format: String, asserting formats: FormatAssertions) -> String? {
        switch format {
        case "date-time" where formats.contains(.dateTime):
            return isDateTime(text) ? nil : "\"\(text)\" is not an RFC 3339 date-time (such as 2026-11-27T10:24:15Z)"
        case "uri" where formats.contains(.uri):
            return isAbsoluteURI(text) ? nil : "\"\(text)\" is not an absolute URI"
        default:
            return nil
        }
    }

    /// RFC 3339 `date-time`: full date, `T`, full time with seconds, optional fraction, `Z` or an offset.
    public static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        // Compared without case on the bytes: the expected marks are ASCII, and no byte read as a Latin-1 character
        // lower-cases to an ASCII letter.
        func byte(_ index: Int, is expected: Unicode.Scalar) -> Bool {
            func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
            return index < bytes.count && folded(bytes[index]) == folded(UInt8(expected.value))
        }
        guard let year = digits(0, 4), byte(4, is: "-"), let month = digits(5, 2), byte(7, is: "-"), let day = digits(8, 2),
            byte(10, is: "T"), let hour = digits(11, 2), byte(13, is: ":"), let minute = digits(14, 2), byte(16, is: ":"),
            let second = digits(17, 2)
        else { return false }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour <= 23, minute <= 59, second <= 60 else {
            return false
        }
        var index = 19
        if byte(index, is: ".") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            if index == start { return false }
        }
        if byte(index, is: "Z") { return index + 1 == bytes.count }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
            let offsetHour = digits(index + 1, 2), byte(index + 3, is: ":"), let offsetMinute = digits(index + 4, 2)
        else { return false }
        return offsetHour <= 23 && offsetMinute <= 59 && index + 6 == bytes.count
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// An RFC 3986 absolute URI: a scheme, a colon, and no characters URIs cannot hold.
    public static func isAbsoluteURI(_ text: String) -> Bool {
        // ASCII text (nearly every identifier) is read on its bytes: each byte is a Character there, and a CR LF pair,
        // the one Character of two bytes, holds a control character either way.
        if let verdict = text.utf8.withContiguousStorageIfAvailable(asciiIsAbsoluteURI) ?? nil { return verdict }
        return characterIsAbsoluteURI(text)
    }

    /// `isAbsoluteURI` Character by Character.
    static func characterIsAbsoluteURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return false }
        return !text.contains {
            $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "^" || $0 == "`" || $0 == "{" || $0 == "|" || $0 == "}"
                || $0.unicodeScalars.contains { $0.value < 0x21 }
        }
    }

    /// `isAbsoluteURI` on the bytes of an ASCII text; nil when the text holds other bytes.
    static func asciiIsAbsoluteURI(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, isLetter(bytes[0]),
            bytes[..<colon].allSatisfy({
                isLetter($0) || (48...57).contains($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
            })
        else { return false }
        return !bytes.contains { byte in
            byte < 0x21 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\\")
                || byte == UInt8(ascii: "^") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "|")
                || byte == UInt8(ascii: "}")
        }
    }
}
