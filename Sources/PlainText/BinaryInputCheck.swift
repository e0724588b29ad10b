import NewsModel

/// Binary data is not news: input that is mostly control bytes or bytes that are neither UTF-8 nor text in a
/// single-byte encoding is refused instead of becoming an item with a headline like `J—[`.
enum BinaryInputCheck {
    static func diagnostic(for bytes: some Collection<UInt8>, file: String?) -> Diagnostic? {
        // Contiguous input (Data, arrays: every caller) is read through a buffer pointer, not the generic collection.
        if let verdict = bytes.withContiguousStorageIfAvailable({ diagnostic(for: $0, file: file) }) { return verdict }
        return diagnostic(for: Array(bytes), file: file)
    }

    private static func diagnostic(for bytes: UnsafeBufferPointer<UInt8>, file: String?) -> Diagnostic? {
        var total = 0
        var controls = 0
        var nul = 0
        var spaces = 0
        var invalid = 0
        var continuation = 0
        let checked = UnsafeBufferPointer(rebasing: bytes.prefix(1 << 20))
        total = checked.count
        for byte in checked {
            // Printable ASCII other than the space (most of any text) counts for nothing but the total.
            if byte > 0x20, byte < 0x7F, continuation == 0 { continue }
            if continuation > 0 {
                if byte & 0xC0 == 0x80 {
                    continuation -= 1
                    continue
                }
                invalid += 1
                continuation = 0
            }
            switch byte {
            case 0x00:
                nul += 1
                controls += 1
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20: spaces += 1
            // Wire envelopes (IPTC 7901, ANPA 1312) use SOH, STX, ETX, EOT, SYN and a few more: a handful a story.
            case 0x01...0x1F, 0x7F: controls += 1
            case 0x80...0xFF:
                switch byte {
                case 0xC2...0xDF: continuation = 1
                case 0xE0...0xEF: continuation = 2
                case 0xF0...0xF4: continuation = 3
                default: invalid += 1
                }
            default: break
            }
        }
        guard total >= 64 else { return nil }
        // Text has almost no control bytes; a wire story a dozen in thousands. Random bytes have 12 %.
        // Random bytes are half high bytes, nearly all invalid UTF-8, and almost never spaces; text in any
        // single-byte encoding (Windows-1252, or Cyrillic in CP1251) has a space every few words.
        let binary = controls * 20 > total || nul * 100 > total || (invalid * 5 > total && spaces * 50 < total)
        guard binary else { return nil }
        return .error(
            "plaintext.binary",
            "the input is not text: \(controls * 100 / total) % control bytes and \(invalid * 100 / total) % bytes that are neither UTF-8 nor letters of a text encoding",
            at: SourceLocation(file: file, line: 1, column: 1))
    }
}
