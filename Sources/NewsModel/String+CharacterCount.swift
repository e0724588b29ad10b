/// Character counts on the bytes where the bytes settle them: the plain-text reader measures every line, and the ninjs
/// writer every body, and grapheme breaking over whole paragraphs cost more than the rest of either.
extension String {
    /// `count` — the number of Characters — from the bytes when every scalar is a Character of its own
    /// (ASCII, Latin, common punctuation: nearly every line of news copy), by grapheme breaking otherwise.
    public var characterCount: Int {
        let (scalars, separate) = scalarCounts(stoppingAt: .max)
        return scalars == separate ? scalars : count
    }

    /// `split(whereSeparator: \.isWhitespace).count` — the words between white space — from the bytes when every
    /// scalar is a Character of its own (`isSeparateCharacter`; CR too, since CR LF is one white-space Character as CR
    /// and LF are two separators), by grapheme breaking otherwise: the ninjs writer counts every body's words.
    public var wordCount: Int {
        let counted: Int? = withUTF8Bytes { bytes in
            var words = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let space: Bool
                if byte < 0x80 {
                    space = byte == 0x20 || (0x09...0x0D).contains(byte)
                } else if byte & 0xC0 == 0x80 {
                    index += 1
                    continue
                } else {
                    guard Self.isSeparateCharacter(bytes, at: index) else { return nil }
                    // U+0085 and U+00A0 are the only white space among the separate scalars past ASCII.
                    space = byte == 0xC2 && index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0)
                }
                if space {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
                index += 1
            }
            return words
        }
        return counted ?? split(whereSeparator: { $0.isWhitespace }).count
    }

    /// The scalars, and the scalars that are Characters of their own (`isSeparateCharacter`): an upper and a
    /// lower bound of `count`. Counting stops once the lower bound reaches `limit`.
    private func scalarCounts(stoppingAt limit: Int) -> (scalars: Int, separate: Int) {
        withUTF8Bytes { bytes in
            var scalars = 0
            var separate = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] & 0xC0 != 0x80 {
                    scalars += 1
                    if Self.isSeparateCharacter(bytes, at: index) {
                        separate += 1
                        if separate >= limit { break }
                    }
                }
                index += 1
            }
            return (scalars, separate)
        }
    }

    /// Whether the scalar starting at `index` always starts a Character and is never extended: ASCII other
    /// than CR, Latin U+0080–U+02FF, punctuation U+2010–U+2027 and U+2030–U+205E, less the emoji among them.
    @inline(__always)
    static func isSeparateCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte != 0x0D }
        if byte >= 0xC2 && byte <= 0xCB {
            // © and ® are emoji: a zero-width joiner before them joins them to the emoji before.
            return !(byte == 0xC2 && index + 1 < bytes.count && (bytes[index + 1] == 0xA9 || bytes[index + 1] == 0xAE))
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
            let value = 0x2000 | (Int(bytes[index + 1] & 0x3F) << 6) | Int(bytes[index + 2] & 0x3F)
            return ((0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)) && value != 0x203C && value != 0x2049
        }
        return false
    }

    /// `count < limit` without grapheme breaking in nearly every case: counting all the characters of a long
    /// paragraph costs a grapheme-breaking pass over it.
    public func isShorter(than limit: Int) -> Bool {
        if utf8.count < limit { return true }
        let (scalars, separate) = scalarCounts(stoppingAt: limit)
        if separate >= limit { return false }
        // The whole text was counted: fewer scalars than the limit means fewer Characters.
        if scalars < limit { return true }
        return index(startIndex, offsetBy: limit, limitedBy: endIndex) == nil
    }
}
