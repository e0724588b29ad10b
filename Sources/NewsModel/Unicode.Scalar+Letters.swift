extension Unicode.Scalar {
    // Unicode property lookups cost a table search each; news copy is mostly ASCII, so ASCII is
    // answered by value and only other scalars look up their properties.

    /// White space, including no-break and ideographic spaces.
    @inlinable public var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    @inlinable public var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 65 && value <= 90 }
        return properties.isUppercase
    }

    @inlinable public var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 97 && value <= 122 }
        return properties.isLowercase
    }

    @inlinable public var isLetterLike: Bool {
        if value < 0x80 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return properties.isAlphabetic
    }
}
