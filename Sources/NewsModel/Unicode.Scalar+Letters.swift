extension Unicode.Scalar {
    // Unicode property lookups cost a table search each; ASCII, Latin-1, basic Cyrillic and general
    // punctuation (most of news copy in the languages read here) are answered by value.

    /// White space, including no-break and ideographic spaces.
    @inlinable public var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if isGeneralPunctuation { return value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F }
        return properties.isWhitespace
    }

    /// U+2000–U+206F: spaces, dashes, quotation marks, bullets — frequent in news copy, never letters, and
    /// answered without a property lookup.
    @inlinable public var isGeneralPunctuation: Bool { value >= 0x2000 && value <= 0x206F }

    @inlinable public var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 65 && value <= 90 }
        if value <= 0xFF { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
        if value >= 0x400 && value <= 0x45F { return value <= 0x42F }  // basic Cyrillic
        if isGeneralPunctuation { return false }
        return properties.isUppercase
    }

    @inlinable public var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 97 && value <= 122 }
        if value <= 0xFF { return (value >= 0xDF && value != 0xF7) || value == 0xAA || value == 0xB5 || value == 0xBA }
        if value >= 0x400 && value <= 0x45F { return value >= 0x430 }
        if isGeneralPunctuation { return false }
        return properties.isLowercase
    }

    @inlinable public var isLetterLike: Bool {
        if value < 0x80 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        if value <= 0xFF { return (value >= 0xC0 && value != 0xD7 && value != 0xF7) || value == 0xAA || value == 0xB5 || value == 0xBA }
        if value >= 0x400 && value <= 0x45F { return true }
        if isGeneralPunctuation { return false }
        return properties.isAlphabetic
    }
}
