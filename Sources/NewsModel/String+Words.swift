extension String {
    /// The words between spaces, split on bytes (splitting on Characters costs grapheme breaking).
    public var spaceSeparatedWords: [Substring] {
        // Word boundaries found on the raw bytes, then each word cut at its byte offsets (a space is ASCII, so
        // every offset is a scalar boundary): walking `utf8` index by index cost four times as much.
        let utf8 = self.utf8
        let start = utf8.startIndex
        return withUTF8Bytes { bytes in
            var words: [Substring] = []
            // Counted first: growing the array word by word reallocated it a dozen times a paragraph, and this runs
            // over every block several times.
            words.reserveCapacity(Self.wordCount(bytes))
            var wordStart = -1
            for offset in 0..<bytes.count {
                if bytes[offset] == 0x20 {
                    if wordStart >= 0 {
                        words.append(self[utf8.index(start, offsetBy: wordStart)..<utf8.index(start, offsetBy: offset)])
                        wordStart = -1
                    }
                } else if wordStart < 0 {
                    wordStart = offset
                }
            }
            if wordStart >= 0 { words.append(self[utf8.index(start, offsetBy: wordStart)..<endIndex]) }
            return words
        }
    }

    /// How many words `spaceSeparatedWords` would give, without building them.
    public var spaceSeparatedWordCount: Int { withUTF8Bytes(Self.wordCount) }

    /// The runs of bytes other than the space.
    private static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        var inWord = false
        for byte in bytes {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }
}
