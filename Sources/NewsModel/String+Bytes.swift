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

extension String {
    /// The first occurrence of `needle`, compared byte for byte (no canonical equivalence).
    public func firstByteRange(of needle: some StringProtocol) -> Range<String.Index>? {
        let found: Int? = withUTF8Bytes { haystack in
            String(needle).withUTF8Bytes { needle -> Int? in
                guard let first = needle.first, needle.count <= haystack.count else { return nil }
                var index = 0
                while index <= haystack.count - needle.count {
                    if haystack[index] == first {
                        var offset = 1
                        while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return index }
                    }
                    index += 1
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
    /// `lowercased()`, answered on the bytes for ASCII text (names and words in news copy nearly always
    /// are) and by Unicode case mapping otherwise.
    public func lowercasedOnBytes() -> String {
        let ascii: String? = withUTF8Bytes { bytes in
            var hasUppercase = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 65 && byte <= 90 { hasUppercase = true }
            }
            guard hasUppercase else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in bytes.indices {
                    let byte = bytes[index]
                    buffer[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return bytes.count
            }
        }
        return ascii ?? lowercased()
    }
}
