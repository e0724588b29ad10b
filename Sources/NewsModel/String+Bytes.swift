import Foundation

extension StringProtocol {
    /// The UTF-8 bytes as one buffer, without copying native strings. Swift's generic `utf8` iteration
    /// checks every index; the hot paths of the readers and writers scan this buffer instead.
    @inlinable public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return try copy.withUTF8(body)
    }

    /// Whether any UTF-8 byte satisfies `predicate`.
    @inlinable public func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        withUTF8Bytes { bytes in
            for byte in bytes where predicate(byte) { return true }
            return false
        }
    }
}

extension String {
    /// A string from a slice of a buffer that holds valid UTF-8 cut at character boundaries.
    @inlinable public init(utf8Slice bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self = String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
}

extension StringProtocol {
    /// Whether the literal `needle` occurs in the text, compared byte for byte. Foundation's `contains` searches
    /// with canonical equivalence through `range(of:)`: thousands of instructions for a one-byte needle.
    @inlinable public func containsBytes(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { needle in
            needle.isEmpty || withUTF8Bytes { firstByteOffset(of: needle, in: $0) != nil }
        }
    }
}

/// Where `needle` first starts in `haystack`, compared byte for byte; nil for an empty needle or none. memchr skips
/// to each occurrence of the needle's first byte: a loop over every byte cost three times as much on a paragraph.
@usableFromInline package func firstByteOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
    let lastStart = haystack.count - needle.count
    var index = 0
    while index <= lastStart {
        guard let found = memchr(base + index, Int32(first), lastStart - index + 1) else { return nil }
        let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        var offset = 1
        while offset < needle.count, haystack[position + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return position }
        index = position + 1
    }
    return nil
}

extension String {
    /// The first occurrence of `needle`, compared byte for byte (no canonical equivalence).
    public func firstByteRange(of needle: some StringProtocol) -> Range<String.Index>? {
        let found: Int? = withUTF8Bytes { haystack in
            String(needle).withUTF8Bytes { firstByteOffset(of: $0, in: haystack) }
        }
        guard let found else { return nil }
        let start = utf8.index(startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Where `needle` last starts, compared byte for byte (`ranges(of:).last` walks Characters over the whole text).
    public func lastByteRange(of needle: some StringProtocol) -> Range<String.Index>? {
        let found: Int? = withUTF8Bytes { haystack in
            String(needle).withUTF8Bytes { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return nil }
                var index = haystack.count - needle.count
                while index >= 0 {
                    if haystack[index] == first {
                        var offset = 1
                        while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return index }
                    }
                    index -= 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let start = utf8.index(startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The last `count` Unicode scalars, found by walking back over the bytes.
    public func suffix(scalars count: Int) -> Substring {
        let start = withUTF8Bytes { bytes -> Int in
            var index = bytes.count
            var taken = 0
            while index > 0 && taken < count {
                index -= 1
                if bytes[index] & 0xC0 != 0x80 { taken += 1 }
            }
            return index
        }
        return self[utf8.index(startIndex, offsetBy: start)...]
    }

    /// The text up to the first space after `limit` bytes (all of it when shorter): a window that
    /// never cuts a word or a character.
    public func prefixCutAtSpace(afterBytes limit: Int) -> String {
        guard utf8.count > limit else { return self }
        let end = withUTF8Bytes { bytes -> Int? in
            var index = limit
            while index < bytes.count, bytes[index] != 0x20 { index += 1 }
            return index < bytes.count ? index : nil
        }
        guard let end else { return self }
        return String(self[..<utf8.index(startIndex, offsetBy: end)])
    }
}

extension String {
    /// `lowercased()`, answered on the bytes for ASCII, Latin-1, basic Cyrillic and typographic punctuation (names
    /// and words in the languages read here) and by Unicode case mapping otherwise.
    public func lowercasedOnBytes() -> String { withUTF8Bytes(Self.lowercasedUTF8) ?? lowercased() }

    /// The lower-case form of `bytes` as a String, or nil where `lowercaseUTF8` cannot make it.
    static func lowercasedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var made = false
        let folded = String(unsafeUninitializedCapacity: Swift.max(1, bytes.count)) { buffer in
            made = lowercaseUTF8(bytes, into: buffer)
            return made ? bytes.count : 0
        }
        return made && folded.utf8.count == bytes.count ? folded : nil
    }

    /// Writes the lower-case form of `bytes` into `buffer` (of at least the same size; the lower-case
    /// forms covered here have the same length). False when the text holds a character outside ASCII,
    /// Latin-1 (U+0080–U+00FF), basic Cyrillic (U+0400–U+045F) and U+2000–U+20FF, which needs the full case mapping.
    public static func lowercaseUTF8(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                buffer[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return false }
            let next = bytes[index + 1]
            // U+2000–U+20FF (E2 80–83): quotation marks, dashes, the ellipsis, bullets, the euro sign — no case, and
            // in most paragraphs of news copy: without them here, such a paragraph took the full case mapping.
            if byte == 0xE2, next <= 0x83, index + 2 < bytes.count {
                buffer[index] = 0xE2
                buffer[index + 1] = next
                buffer[index + 2] = bytes[index + 2]
                index += 3
                continue
            }
            switch byte {
            case 0xC2:
                // U+0080–U+00BF: controls, the no-break space, «», £, ©, °, µ: none changes.
                buffer[index] = 0xC2
                buffer[index + 1] = next
            case 0xC3:
                // U+00C0–U+00DE (not U+00D7 ×) → U+00E0–U+00FE; U+00DF–U+00FF are lower case already.
                buffer[index] = 0xC3
                buffer[index + 1] = next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
            case 0xD0:
                // U+0400–U+040F → U+0450–U+045F (D1 90–9F); U+0410–U+042F → U+0430–U+044F; U+0430–U+043F as they are.
                if next <= 0x8F {
                    buffer[index] = 0xD1
                    buffer[index + 1] = next + 0x10
                } else if next <= 0x9F {
                    buffer[index] = 0xD0
                    buffer[index + 1] = next + 0x20
                } else if next <= 0xAF {
                    buffer[index] = 0xD1
                    buffer[index + 1] = next - 0x20
                } else {
                    buffer[index] = 0xD0
                    buffer[index + 1] = next
                }
            case 0xD1 where next <= 0x9F:
                buffer[index] = 0xD1
                buffer[index + 1] = next
            default:
                return false
            }
            index += 2
        }
        return true
    }
}

extension Unicode.Scalar {
    /// The scalar whose UTF-8 starts at `index` of valid UTF-8 bytes, and how many bytes it takes: the
    /// readers and the recogniser decode text once into scalars this way instead of walking String indices.
    @inlinable public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & UInt32(0xFF >> (length + 1))
        for offset in 1..<length where index + offset < bytes.count { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

extension String {
    /// The UTF-16 code units, transcoded from the UTF-8 bytes in one pass. `Array(utf16)` walks the view a unit at a
    /// time after counting it: several times the cost on a paragraph, where mentions are read by UTF-16 offset.
    public var utf16Units: [UInt16] {
        withUTF8Bytes { bytes in
            // Never more units than bytes: a scalar of one to three bytes is one unit, one of four bytes two.
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
                var index = 0
                var written = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        units[written] = UInt16(byte)
                        written += 1
                        index += 1
                        continue
                    }
                    let (scalar, length) = Unicode.Scalar.decode(bytes, at: index)
                    if scalar.value < 0x1_0000 {
                        units[written] = UInt16(scalar.value)
                        written += 1
                    } else {
                        let value = scalar.value - 0x1_0000
                        units[written] = UInt16(0xD800 + (value >> 10))
                        units[written + 1] = UInt16(0xDC00 + (value & 0x3FF))
                        written += 2
                    }
                    index += length
                }
                count = written
            }
        }
    }
}

extension Substring {
    /// `lowercased()` on the bytes where they settle it (see `String.lowercasedOnBytes`).
    public func lowercasedOnBytes() -> String { withUTF8Bytes(String.lowercasedUTF8) ?? lowercased() }
}
