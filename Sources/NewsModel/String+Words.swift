extension String {
    /// The words between spaces, split on bytes (splitting on Characters costs grapheme breaking).
    public var spaceSeparatedWords: [Substring] {
        var words: [Substring] = []
        // Counted first (one pass over the bytes): growing the array word by word reallocated it a dozen times a
        // paragraph, and this runs over every block several times.
        words.reserveCapacity(spaceSeparatedWordCount)
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == 0x20 {
                if let wordStart = start {
                    words.append(self[wordStart..<index])
                    start = nil
                }
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let wordStart = start { words.append(self[wordStart..<endIndex]) }
        return words
    }

    /// How many words `spaceSeparatedWords` would give, without building them.
    public var spaceSeparatedWordCount: Int {
        withUTF8Bytes { bytes in
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
}
