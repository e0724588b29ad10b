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
