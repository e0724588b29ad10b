extension StringProtocol {
    /// `hasPrefix(prefix)`, settled on the UTF-8 bytes wherever they settle it. `hasPrefix` compares Characters
    /// under canonical equivalence, which walks grapheme clusters: hundreds of instructions where the rules ask
    /// tens of thousands of times an article. The bytes decide when they first differ at an ASCII byte of the text
    /// that no combining mark follows (an "e" then U+0301 may be the prefix's "é"), or when they match, the prefix
    /// ends in ASCII and the next byte of the text is ASCII (no combining mark or joiner extends the prefix's last
    /// Character) and is no line feed after a carriage return. Anything else asks `hasPrefix` itself.
    @inlinable public func hasPrefixOnBytes(_ prefix: some StringProtocol) -> Bool {
        let settled: Bool? = withUTF8Bytes { text in
            prefix.withUTF8Bytes { prefix in
                guard !prefix.isEmpty else { return true }
                var index = 0
                while index < prefix.count {
                    guard index < text.count else { return text.isEmpty || prefix[index] < 0x80 ? false : nil }
                    if text[index] != prefix[index] {
                        guard text[index] < 0x80 else { return nil }
                        if prefix[index] >= 0x80 {
                            // The three characters whose canonical decomposition is one ASCII character (U+037E ";",
                            // U+1FEF "`", U+212A "K") equal it under `hasPrefix`.
                            let (scalar, _) = Unicode.Scalar.decode(prefix, at: index)
                            if scalar == "\u{037E}" || scalar == "\u{1FEF}" || scalar == "\u{212A}" { return nil }
                        }
                        return prefix[index] < 0x80 || index + 1 == text.count || text[index + 1] < 0x80 ? false : nil
                    }
                    index += 1
                }
                guard index < text.count else { return true }
                // An ASCII byte after an ASCII prefix starts a Character of its own, but for a line feed after a
                // carriage return (a prefix ending in another script's letter or sign asks `hasPrefix`).
                let next = text[index]
                let last = prefix[index - 1]
                return next < 0x80 && last < 0x80 && !(next == 0x0A && last == 0x0D) ? true : nil
            }
        }
        return settled ?? hasPrefix(prefix)
    }

    /// `hasSuffix(suffix)`, settled on the UTF-8 bytes wherever they settle it (see `hasPrefixOnBytes`): when they
    /// differ at an ASCII byte on both sides, or when they match, the suffix starts with an ASCII byte other than a
    /// line feed, and the byte before it in the text is ASCII (nothing joins it to the suffix's first Character).
    @inlinable public func hasSuffixOnBytes(_ suffix: some StringProtocol) -> Bool {
        let settled: Bool? = withUTF8Bytes { text in
            suffix.withUTF8Bytes { suffix in
                guard !suffix.isEmpty else { return true }
                // A longer suffix of ASCII is no suffix (only a decomposed suffix can match fewer bytes of the text).
                guard suffix.count <= text.count else { return suffix.contains(where: { $0 >= 0x80 }) ? nil : false }
                let start = text.count - suffix.count
                var index = suffix.count - 1
                while index >= 0 {
                    let byte = text[start + index]
                    if byte != suffix[index] { return byte < 0x80 && suffix[index] < 0x80 ? false : nil }
                    index -= 1
                }
                guard suffix[0] < 0x80, suffix[0] != 0x0A else { return nil }
                return start == 0 || text[start - 1] < 0x80 ? true : nil
            }
        }
        return settled ?? hasSuffix(suffix)
    }
}
