import NewsModel

/// Turns the bytes of a plain-text article into text: UTF-8 with or without a byte-order mark; bytes
/// that are not UTF-8 are read as Windows-1252 (a superset of Latin-1 for text) and reported once.
public enum PlainTextDecoder {
    public static func decode(_ bytes: some Collection<UInt8>, file: String? = nil) -> (text: String, diagnostics: [Diagnostic]) {
        var input = Array(bytes)
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(input, file: file)
        }
        if let text = String(validating: input, as: UTF8.self) { return (text, []) }
        // Mixed input: keep every valid UTF-8 sequence, read each stray byte as Windows-1252.
        // Built as UTF-8 bytes and turned into a String once: appending to a String's scalar view one
        // scalar at a time reallocates, which made 20 MB of binary input take minutes.
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2)
        var repairedLines: [Int] = []
        var line = 1
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0x0A { line += 1 }
            if byte < 0x80 {
                output.append(byte)
                index += 1
                continue
            }
            let length = sequenceLength(input, at: index)
            if length > 1, String(validating: input[index..<index + length], as: UTF8.self) != nil {
                output.append(contentsOf: input[index..<index + length])
                index += length
            } else {
                output.append(contentsOf: Array(String(windows1252(byte)).utf8))
                if repairedLines.last != line { repairedLines.append(line) }
                index += 1
            }
        }
        let shown = repairedLines.prefix(5).map(String.init).joined(separator: ", ") + (repairedLines.count > 5 ? " …" : "")
        let diagnostic = Diagnostic.warning(
            "plaintext.encoding.windows-1252",
            "the text is not valid UTF-8; bytes on line(s) \(shown) were read as Windows-1252",
            at: SourceLocation(file: file, line: repairedLines.first ?? 1, column: 1))
        return (String(decoding: output, as: UTF8.self), [diagnostic])
    }

    /// Length of a well-formed UTF-8 sequence starting at `index`, or 1 if it is not one.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 1
        }
        guard index + length <= bytes.count else { return 1 }
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return 1 }
        return length
    }

    private static func decodeUTF16(_ bytes: [UInt8], file: String?) -> (String, [Diagnostic]) {
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair =
                littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(pair)
            index += 2
        }
        return (
            String(decoding: units, as: UTF16.self),
            [.note("plaintext.encoding.utf16", "the text was decoded as UTF-16", at: SourceLocation(file: file))]
        )
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) {
            let value = windows1252High[Int(byte - 0x80)]
            // Undefined positions become the replacement character rather than a C1 control.
            return value < 0xA0 ? "\u{FFFD}" : Unicode.Scalar(value)!
        }
        return Unicode.Scalar(byte)
    }
}
